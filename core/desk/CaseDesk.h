#pragma once

#include "core/domain/Error.h"
#include "core/policy/PolicySet.h"
#include "core/policy/WorkingCalendar.h"
#include "core/workflow/ActionInput.h"
#include "core/workflow/CaseFile.h"
#include "core/workflow/CaseTransition.h"
#include "core/workflow/CaseWorkflow.h"
#include "core/workflow/DeadlineCalculator.h"
#include "core/workflow/WorkflowContext.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace jiuzhu {

class CaseStore;
class Clock;

struct DueCases
{
    QList<Deadline> overdue;
    QList<Deadline> dueToday;
    QList<Deadline> dueThisWeek;
};

// Where the procedure engine meets the office's store: a step is taken on
// the case file as saved, by a user as the store knows them (roles from the
// users table, never from the caller), under the policy, calendar and
// entrustment in force, and saved with its event and audit entry in one
// transaction. Nothing is written when the engine refuses.
class CaseDesk
{
    Q_DECLARE_TR_FUNCTIONS(CaseDesk)

public:
    static Result<std::unique_ptr<CaseDesk>> open(CaseStore& store, const Clock& clock);

    Result<Actor> actor(qint64 userId);
    // Opens a case from a draft with the procedure's opening action.
    Result<CaseTransition> start(
        const CaseFile& draft, const QString& action, qint64 userId, const ActionInput& input);
    Result<CaseTransition> take(
        qint64 caseId, const QString& action, qint64 userId, const ActionInput& input);
    Result<CaseFile> caseFile(qint64 caseId);
    Result<QList<AvailableAction>> availableActions(qint64 caseId, qint64 userId);
    // 一次申请、分类审核: the drafts of other types a refused or not accepted
    // case may be assessed for, carrying its household, members and the
    // materials the other type asks for, so nothing is entered twice.
    Result<QList<CaseFile>> followUpDrafts(qint64 caseId);
    // Opens the follow-up case of `type` as `userId`.
    Result<CaseTransition> openFollowUp(qint64 sourceCaseId, AssistanceType type, qint64 userId);
    // Deadlines of every case run through the procedure, for the whole
    // office or only those the given user can act on.
    Result<DueCases> due(std::optional<qint64> userId = std::nullopt);

private:
    CaseDesk(CaseStore& store, const Clock& clock, CaseWorkflow workflow, PolicySet policy,
        WorkingCalendar calendar, Entrustment entrustment);
    WorkflowContext context() const;
    Result<CaseTransition> save(const CaseFile& before, CaseTransition transition, const Actor& actor);
    Status adjustEntitlement(qint64 caseId, qint64 monthlyFen, const Actor& actor);

    CaseStore& m_store;
    const Clock& m_clock;
    CaseWorkflow m_workflow;
    PolicySet m_policy;
    WorkingCalendar m_calendar;
    Entrustment m_entrustment;
};

} // namespace jiuzhu
