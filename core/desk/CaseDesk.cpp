#include "core/desk/CaseDesk.h"

#include "core/desk/DeskActor.h"
#include "core/domain/Clock.h"
#include "core/domain/DomainText.h"
#include "core/payments/ChangeEffects.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseStore.h"
#include "core/store/OfficeRepository.h"
#include "core/store/PaymentRepository.h"
#include "core/store/PolicyRepository.h"
#include "core/store/SqliteDatabase.h"
#include "core/workflow/CaseFileJson.h"

#include <QJsonDocument>

namespace jiuzhu {

namespace {

// Without a recorded entrustment letter the township may confirm nothing:
// an empty set over an empty period refers every case to the district.
Entrustment entrustmentFrom(const std::optional<EntrustmentRecord>& record, QDate today)
{
    if (!record) {
        auto empty = DateRange::of(today, today);
        return Entrustment {{}, *empty};
    }
    QSet<AssistanceType> types(record->types.cbegin(), record->types.cend());
    auto period = DateRange::of(record->validFrom, record->validUntil);
    return Entrustment {types, period ? *period : *DateRange::of(today, today)};
}

} // namespace

CaseDesk::CaseDesk(CaseStore& store, const Clock& clock, CaseWorkflow workflow, PolicySet policy,
    WorkingCalendar calendar, Entrustment entrustment)
    : m_store(store)
    , m_clock(clock)
    , m_workflow(std::move(workflow))
    , m_policy(std::move(policy))
    , m_calendar(std::move(calendar))
    , m_entrustment(std::move(entrustment))
{
}

Result<std::unique_ptr<CaseDesk>> CaseDesk::open(CaseStore& store, const Clock& clock)
{
    auto workflow = CaseWorkflow::builtIn();
    if (!workflow)
        return std::unexpected(workflow.error());
    auto policy = store.policy().policy();
    if (!policy)
        return std::unexpected(policy.error());
    auto calendar = store.policy().calendar();
    if (!calendar)
        return std::unexpected(calendar.error());
    auto entrustment = store.office().entrustment();
    if (!entrustment)
        return std::unexpected(entrustment.error());
    return std::unique_ptr<CaseDesk>(new CaseDesk(store, clock, std::move(*workflow), std::move(*policy),
        std::move(*calendar), entrustmentFrom(*entrustment, clock.today())));
}

WorkflowContext CaseDesk::context() const
{
    return WorkflowContext {m_clock, m_policy, m_calendar, m_entrustment};
}

Result<Actor> CaseDesk::actor(qint64 userId)
{
    return deskActor(m_store, userId);
}

Result<CaseFile> CaseDesk::caseFile(qint64 caseId)
{
    auto json = m_store.cases().workflowFile(caseId);
    if (!json)
        return std::unexpected(json.error());
    auto file = CaseFileJson::fromJson(QJsonDocument::fromJson(json->toUtf8()).object());
    if (!file)
        return std::unexpected(file.error());
    file->id = caseId;
    return file;
}

Result<CaseTransition> CaseDesk::start(
    const CaseFile& draft, const QString& action, qint64 userId, const ActionInput& input)
{
    auto who = actor(userId);
    if (!who)
        return std::unexpected(who.error());
    auto transition = m_workflow.apply(draft, action, *who, input, context());
    if (!transition)
        return std::unexpected(transition.error());
    return save(draft, std::move(*transition), *who);
}

Result<CaseTransition> CaseDesk::take(
    qint64 caseId, const QString& action, qint64 userId, const ActionInput& input)
{
    auto who = actor(userId);
    if (!who)
        return std::unexpected(who.error());
    auto file = caseFile(caseId);
    if (!file)
        return std::unexpected(file.error());
    auto transition = m_workflow.apply(*file, action, *who, input, context());
    if (!transition)
        return std::unexpected(transition.error());
    return save(*file, std::move(*transition), *who);
}

Result<QList<AvailableAction>> CaseDesk::availableActions(qint64 caseId, qint64 userId)
{
    auto who = actor(userId);
    if (!who)
        return std::unexpected(who.error());
    auto file = caseFile(caseId);
    if (!file)
        return std::unexpected(file.error());
    return m_workflow.availableActions(*file, *who, context());
}

Result<CaseTransition> CaseDesk::save(const CaseFile& before, CaseTransition transition, const Actor& actor)
{
    const CaseFile& after = transition.caseFile;
    CaseRowWrite row;
    row.caseId = before.id;
    row.householdId = after.householdId;
    row.type = after.type;
    row.state = after.state;
    row.channel = after.channel;
    row.appliedOn = after.appliedOn();
    row.acceptedOn = after.enteredOn(CaseState::Accepted);
    row.closeRelative = after.closeRelative;
    if (after.decision) {
        row.decidedOn = after.decision->decidedOn;
        row.monthlyAmountFen = after.decision->monthlyAmountFen;
        row.oneOffAmountFen = after.decision->oneOffAmountFen;
        if (after.decision->startMonth)
            row.startMonth = after.decision->startMonth->toString();
    }
    if (after.emergencyAid)
        row.oneOffAmountFen = after.emergencyAid->amountFen;
    if (after.state == CaseState::Terminated)
        row.endMonth = YearMonth::containing(localDay(transition.event.at)).toString();
    row.workflowJson
        = QString::fromUtf8(QJsonDocument(CaseFileJson::toJson(after)).toJson(QJsonDocument::Compact));

    const CaseEvent& event = transition.event;
    CaseStepWrite step {event.action, event.actorUserId, event.at, event.fromState, event.toState,
        event.reason, event.data, actor.login, event.toAuditDetails()};
    auto transaction = m_store.beginTransaction();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto caseId = m_store.cases().saveStep(row, step);
    if (!caseId)
        return std::unexpected(caseId.error());
    if (event.action == QLatin1String("adjust") && after.decision) {
        if (auto adjusted = adjustEntitlement(*caseId, after.decision->monthlyAmountFen, actor); !adjusted)
            return std::unexpected(adjusted.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    transition.caseFile.id = *caseId;
    return transition;
}

Status CaseDesk::adjustEntitlement(qint64 caseId, qint64 monthlyFen, const Actor& actor)
{
    // An adjustment decided today pays the new amount, for the same persons,
    // from next month on: this month's money has already gone out.
    auto payable = m_store.payments().payableCase(caseId);
    if (!payable)
        return std::unexpected(payable.error());
    const QDate today = m_clock.today();
    const auto current = payable->periodIn(YearMonth::containing(today));
    if (!current)
        return fail(ErrorCode::InvalidInput, tr("Monthly amount"),
            tr("Case %1 is not paid monthly this month, so there is no amount to adjust.").arg(caseId));
    auto proposal = ChangeEffects::afterReview(*payable, Recalculation {true, current->persons, monthlyFen, today});
    if (!proposal)
        return std::unexpected(proposal.error());
    auto corrected = ChangeEffects::apply(*payable, *proposal);
    if (!corrected)
        return std::unexpected(corrected.error());
    return m_store.payments().replaceEntitlement(*corrected, PaymentActor {actor.userId, actor.login}, proposal->reason);
}

Result<QList<CaseFile>> CaseDesk::followUpDrafts(qint64 caseId)
{
    auto file = caseFile(caseId);
    if (!file)
        return std::unexpected(file.error());
    return m_workflow.followUpDrafts(*file);
}

Result<CaseTransition> CaseDesk::openFollowUp(qint64 sourceCaseId, AssistanceType type, qint64 userId)
{
    auto drafts = followUpDrafts(sourceCaseId);
    if (!drafts)
        return std::unexpected(drafts.error());
    for (const CaseFile& draft : std::as_const(*drafts)) {
        if (draft.type == type)
            return start(draft, QStringLiteral("apply"), userId, ActionInput {});
    }
    return fail(ErrorCode::InvalidInput, tr("Assistance type"),
        tr("Case %1 as it stands offers no classified review for %2.").arg(sourceCaseId).arg(displayName(type)));
}

Result<DueCases> CaseDesk::due(std::optional<qint64> userId)
{
    std::optional<Actor> user;
    if (userId) {
        auto who = actor(*userId);
        if (!who)
            return std::unexpected(who.error());
        user = *who;
    }
    auto stored = m_store.cases().workflowFiles();
    if (!stored)
        return std::unexpected(stored.error());
    QList<CaseFile> files;
    for (const auto& [caseId, json] : std::as_const(*stored)) {
        auto file = CaseFileJson::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        if (!file)
            return std::unexpected(file.error());
        file->id = caseId;
        files.append(*file);
    }
    const DeadlineCalculator deadlines(m_workflow.book(), context());
    DueCases due;
    auto overdue = deadlines.overdue(files, user);
    auto today = deadlines.dueToday(files, user);
    auto week = deadlines.dueThisWeek(files, user);
    if (!overdue || !today || !week)
        return std::unexpected(!overdue ? overdue.error() : !today ? today.error() : week.error());
    due.overdue = *overdue;
    due.dueToday = *today;
    due.dueThisWeek = *week;
    return due;
}

} // namespace jiuzhu
