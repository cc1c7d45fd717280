#pragma once

#include "core/domain/Error.h"
#include "core/workflow/CaseFile.h"
#include "core/workflow/ProcedureBook.h"
#include "core/workflow/WorkflowContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace jiuzhu {

// A time limit running on one case.
struct Deadline
{
    qint64 caseId = 0;
    AssistanceType type = AssistanceType::Dibao;
    QString kind; // as named in the procedure file, e.g. "confirmation"
    QDate startedOn;
    QDate due; // the last day on which the step is on time
    bool extended = false; // the longer limit applies (slow economic check)
};

// Works out the deadlines the procedure file declares, with limits from the
// policy in force on the day each one started and working days from the
// district's calendar. Keeps a reference to the book, which must outlive it;
// the context is copied (it is itself references to clock, policy and calendar).
class DeadlineCalculator
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalculator)

public:
    DeadlineCalculator(const ProcedureBook& book, const WorkflowContext& context);

    // The deadlines running on `file` now.
    [[nodiscard]] Result<QList<Deadline>> running(const CaseFile& file) const;

    // Over many cases, for the whole office or, given a user, only the
    // deadlines that user can act on: those met by actions the procedure
    // names for the deadline, else the steps that move the case on from its
    // present state. Sorted by due date.
    [[nodiscard]] Result<QList<Deadline>> dueToday(
        const QList<CaseFile>& files, const std::optional<Actor>& user = std::nullopt) const;
    // Due from today to Sunday of this week.
    [[nodiscard]] Result<QList<Deadline>> dueThisWeek(
        const QList<CaseFile>& files, const std::optional<Actor>& user = std::nullopt) const;
    // Due before today and still running.
    [[nodiscard]] Result<QList<Deadline>> overdue(
        const QList<CaseFile>& files, const std::optional<Actor>& user = std::nullopt) const;

    // Whether `user` holds a role for a step that moves the case on, and the
    // separation of duties lets them take it.
    [[nodiscard]] bool isNextStepFor(const CaseFile& file, const Actor& user) const;

private:
    bool isFor(const CaseFile& file, const Deadline& deadline, const Actor& user) const;
    Result<std::optional<Deadline>> evaluate(
        const CaseFile& file, const DeadlineDefinition& definition) const;
    Result<QList<Deadline>> select(const QList<CaseFile>& files, const std::optional<Actor>& user,
        const std::function<bool(QDate)>& wanted) const;

    const ProcedureBook& m_book;
    const WorkflowContext m_context;
};

} // namespace jiuzhu
