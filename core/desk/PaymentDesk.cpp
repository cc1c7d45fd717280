#include "core/desk/PaymentDesk.h"

#include "core/desk/DeskActor.h"
#include "core/domain/Clock.h"
#include "core/payments/Reconciliation.h"
#include "core/store/CaseStore.h"
#include "core/store/PaymentRepository.h"
#include "core/store/PolicyRepository.h"
#include "core/store/SqliteDatabase.h"

namespace jiuzhu {

PaymentDesk::PaymentDesk(CaseStore& store, const Clock& clock, PolicySet policy)
    : m_store(store)
    , m_clock(clock)
    , m_policy(std::move(policy))
{
}

Result<std::unique_ptr<PaymentDesk>> PaymentDesk::open(CaseStore& store, const Clock& clock)
{
    auto policy = store.policy().policy();
    if (!policy)
        return std::unexpected(policy.error());
    return std::unique_ptr<PaymentDesk>(new PaymentDesk(store, clock, std::move(*policy)));
}

Result<PaymentRoster> PaymentDesk::dueRoster(YearMonth month)
{
    auto cases = m_store.payments().payableCases();
    if (!cases)
        return std::unexpected(cases.error());
    return PaymentRoster::build(*cases, month);
}

Result<MonthPayments> PaymentDesk::month(YearMonth month)
{
    PaymentRepository& payments = m_store.payments();
    auto lastClosed = payments.lastClosedMonth();
    if (!lastClosed)
        return std::unexpected(lastClosed.error());

    auto rosterOf = [&](YearMonth wanted, bool& closed) -> Result<PaymentRoster> {
        auto stored = payments.closedRoster(wanted);
        if (!stored)
            return std::unexpected(stored.error());
        closed = stored->has_value();
        if (closed)
            return std::move(**stored);
        return dueRoster(wanted);
    };
    bool previousClosed = false;
    bool closed = false;
    auto previous = rosterOf(month.addMonths(-1), previousClosed);
    if (!previous)
        return std::unexpected(previous.error());
    auto roster = rosterOf(month, closed);
    if (!roster)
        return std::unexpected(roster.error());
    auto changes = RosterChanges::between(*previous, *roster);
    if (!changes)
        return std::unexpected(changes.error());
    auto statistics = RosterStatistics::fromLines(month, roster->lines());
    if (!statistics)
        return std::unexpected(statistics.error());
    QList<Discrepancy> discrepancies = Reconciliation::check(*previous, *changes, *roster, *statistics);
    return MonthPayments {std::move(*previous), previousClosed, std::move(*roster), closed, *lastClosed,
        std::move(*changes), std::move(discrepancies)};
}

Result<MonthPayments> PaymentDesk::close(YearMonth month, qint64 userId)
{
    auto actor = deskActorWithRole(m_store, userId, {Role::Clerk, Role::Confirmer},
        tr("Closing a month's payment roster needs the clerk or confirmer role."));
    if (!actor)
        return std::unexpected(actor.error());
    const QString field = tr("Month");
    if (YearMonth::containing(m_clock.today()) < month)
        return fail(ErrorCode::InvalidInput, field,
            tr("%1 has not begun: a month's roster can be closed from its first day on.").arg(month.toString()));
    auto current = this->month(month);
    if (!current)
        return current;
    if (current->closed)
        return fail(ErrorCode::Conflict, field, tr("The roster of %1 is already closed.").arg(month.toString()));
    if (current->lastClosed && *current->lastClosed != month.addMonths(-1)) {
        if (month < *current->lastClosed)
            return fail(ErrorCode::Conflict, field,
                tr("%1 is earlier than %2, the last month closed.")
                    .arg(month.toString(), current->lastClosed->toString()));
        return fail(ErrorCode::InvalidInput, field,
            tr("Close %1 first: months are closed in order, and the last closed is %2.")
                .arg(current->lastClosed->addMonths(1).toString(), current->lastClosed->toString()));
    }
    if (!current->discrepancies.isEmpty()) {
        QStringList hints;
        for (const Discrepancy& discrepancy : std::as_const(current->discrepancies))
            hints.append(discrepancy.hint);
        return fail(ErrorCode::InvalidInput, field,
            tr("The roster of %1 does not reconcile:\n%2").arg(month.toString(), hints.join(QLatin1Char('\n'))));
    }
    if (auto stored = m_store.payments().closeRoster(current->roster, PaymentActor {actor->userId, actor->login});
        !stored)
        return std::unexpected(stored.error());
    current->closed = true;
    current->lastClosed = month;
    return current;
}

Result<OverpaymentReport> PaymentDesk::applyChange(
    const PayableCase& payable, const ProposedChange& proposal, const Actor& actor)
{
    // Nothing to apply while a review is awaited or when nothing changes.
    if (proposal.direction != BenefitDirection::Stop && !proposal.newPeriod)
        return OverpaymentReport {};
    auto corrected = ChangeEffects::apply(payable, proposal);
    if (!corrected)
        return std::unexpected(corrected.error());
    PaymentRepository& payments = m_store.payments();
    const PaymentActor who {actor.userId, actor.login};
    if (auto replaced = payments.replaceEntitlement(*corrected, who, proposal.reason); !replaced)
        return std::unexpected(replaced.error());
    auto paid = payments.closedRostersOf({corrected->caseId});
    if (!paid)
        return std::unexpected(paid.error());
    auto report = OverpaymentFinder::find(*paid, {*corrected});
    if (!report)
        return std::unexpected(report.error());
    QList<Overpayment> differences = report->overpayments;
    differences.append(report->underpayments);
    if (auto recorded = payments.recordOverpayments(differences, who); !recorded)
        return std::unexpected(recorded.error());
    return report;
}

Result<PaymentChangeOutcome> PaymentDesk::reportChange(qint64 caseId, const ChangeEvent& event,
    const std::optional<Recalculation>& recalculation, qint64 userId)
{
    auto actor = deskActorWithRole(m_store, userId, {Role::Clerk, Role::Confirmer},
        tr("Recording a change in a beneficiary household needs the clerk or confirmer role."));
    if (!actor)
        return std::unexpected(actor.error());
    if (event.date.isValid() && m_clock.today() < event.date)
        return fail(ErrorCode::InvalidInput, tr("Date of the event"),
            tr("The event is dated %1, after today: record changes that have happened.")
                .arg(event.date.toString(Qt::ISODate)));
    auto payable = m_store.payments().payableCase(caseId);
    if (!payable)
        return std::unexpected(payable.error());
    auto proposal = ChangeEffects::propose(*payable, event, recalculation);
    if (!proposal)
        return std::unexpected(proposal.error());

    auto transaction = m_store.beginTransaction();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto report = applyChange(*payable, *proposal, *actor);
    if (!report)
        return std::unexpected(report.error());
    PaymentChangeOutcome outcome {*proposal, 0, *report};
    ChangeRecord record {0, caseId, event, m_clock.today(), proposal->direction, proposal->effectiveFrom,
        proposal->reason};
    auto changeId = m_store.payments().recordChange(record, PaymentActor {actor->userId, actor->login});
    if (!changeId)
        return std::unexpected(changeId.error());
    outcome.changeId = *changeId;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return outcome;
}

Result<QList<ReviewDue>> PaymentDesk::reviewsDue(YearMonth month)
{
    auto cases = m_store.payments().payableCases();
    if (!cases)
        return std::unexpected(cases.error());
    auto lastReviews = m_store.payments().lastReviewMonths();
    if (!lastReviews)
        return std::unexpected(lastReviews.error());
    QList<ReviewableCase> reviewable;
    for (const PayableCase& payable : std::as_const(*cases)) {
        std::optional<YearMonth> last;
        if (auto found = lastReviews->constFind(payable.caseId); found != lastReviews->cend())
            last = *found;
        if (auto candidate = ReviewableCase::fromPayable(payable, last))
            reviewable.append(*candidate);
    }
    return ReviewSchedule(m_policy).dueInMonth(reviewable, month);
}

Result<PaymentChangeOutcome> PaymentDesk::recordReview(
    qint64 caseId, const Recalculation& recalculation, qint64 userId)
{
    auto actor = deskActorWithRole(m_store, userId, {Role::Confirmer},
        tr("Deciding the outcome of a review needs the confirmer role."));
    if (!actor)
        return std::unexpected(actor.error());
    if (recalculation.decidedOn.isValid() && m_clock.today() < recalculation.decidedOn)
        return fail(ErrorCode::InvalidInput, tr("Date of decision"),
            tr("A review cannot be decided on a day still to come (%1).")
                .arg(recalculation.decidedOn.toString(Qt::ISODate)));
    auto payable = m_store.payments().payableCase(caseId);
    if (!payable)
        return std::unexpected(payable.error());
    auto proposal = ChangeEffects::afterReview(*payable, recalculation);
    if (!proposal)
        return std::unexpected(proposal.error());

    auto transaction = m_store.beginTransaction();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto report = applyChange(*payable, *proposal, *actor);
    if (!report)
        return std::unexpected(report.error());
    PaymentChangeOutcome outcome {*proposal, 0, *report};
    ReviewRecord review {caseId, YearMonth::containing(recalculation.decidedOn), recalculation.decidedOn,
        proposal->direction, proposal->effectiveFrom, proposal->reason};
    if (auto recorded = m_store.payments().recordReview(review, PaymentActor {actor->userId, actor->login});
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return outcome;
}

} // namespace jiuzhu
