#include "core/payments/ChangeEffects.h"

#include "core/domain/Money.h"

namespace jiuzhu {

namespace {

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).toYuanString();
}

// "A birth on 2026-03-02": the event as the notice words it.
QString eventText(const ChangeEvent& event)
{
    switch (event.kind) {
    case ChangeEventKind::Death:
        return ChangeEffects::tr("A death on %1").arg(day(event.date));
    case ChangeEventKind::Birth:
        return ChangeEffects::tr("A birth on %1").arg(day(event.date));
    case ChangeEventKind::Marriage:
        return ChangeEffects::tr("A marriage on %1").arg(day(event.date));
    case ChangeEventKind::MoveOut:
        return ChangeEffects::tr("A member moving out on %1").arg(day(event.date));
    case ChangeEventKind::IncomeChange:
        return ChangeEffects::tr("A change of household income to %1 yuan a month on %2")
            .arg(yuan(event.newMonthlyIncomeFen), day(event.date));
    }
    return QString();
}

// A change can only reach as far as the case was due to run.
bool endsBefore(const PayableCase& payable, YearMonth month)
{
    const std::optional<YearMonth> lastUntil = payable.periods.last().until;
    return lastUntil && *lastUntil < month;
}

Status checkPersons(const PayableCase& payable, const ChangeEvent& event, int before, int after)
{
    const QString field = PayableCase::caseLabel(payable.caseId);
    switch (event.kind) {
    case ChangeEventKind::Death:
    case ChangeEventKind::MoveOut:
        if (after != before - 1)
            return fail(ErrorCode::InvalidInput, field,
                ChangeEffects::tr("After a member dies or moves out the case is for %1 persons, not %2.")
                    .arg(before - 1)
                    .arg(after));
        break;
    case ChangeEventKind::Birth:
        if (after <= before)
            return fail(ErrorCode::InvalidInput, field,
                ChangeEffects::tr("After a birth the case is for more than %1 persons, not %2.")
                    .arg(before)
                    .arg(after));
        break;
    case ChangeEventKind::IncomeChange:
        if (after != before)
            return fail(ErrorCode::InvalidInput, field,
                ChangeEffects::tr("A change of income leaves the case for %1 persons, not %2.")
                    .arg(before)
                    .arg(after));
        break;
    case ChangeEventKind::Marriage:
        break; // a spouse may join, or a member leave
    }
    return {};
}

} // namespace

Result<ProposedChange> ChangeEffects::propose(
    const PayableCase& payable, const ChangeEvent& event, const std::optional<Recalculation>& recalculation)
{
    if (Status valid = payable.validate(); !valid)
        return std::unexpected(valid.error());
    const QString field = PayableCase::caseLabel(payable.caseId);
    if (!event.date.isValid())
        return fail(ErrorCode::InvalidInput, field, tr("The event needs a valid date."));
    if (event.kind == ChangeEventKind::IncomeChange && event.newMonthlyIncomeFen < 0)
        return fail(ErrorCode::InvalidInput, field, tr("A monthly income cannot be negative."));
    const YearMonth eventMonth = YearMonth::containing(event.date);
    const std::optional<BenefitPeriod> atEvent = payable.periodIn(eventMonth);
    if (!atEvent)
        return fail(ErrorCode::InvalidInput, field,
            tr("The case is not paid monthly in %1, so the event changes nothing to pay.")
                .arg(eventMonth.toString()));

    ProposedChange proposal;
    proposal.caseId = payable.caseId;
    proposal.event = event.kind;
    proposal.persons = atEvent->persons;
    const QString what = eventText(event);

    YearMonth effective = eventMonth.addMonths(1);
    BenefitPeriod current = *atEvent;
    if (event.kind != ChangeEventKind::Death) {
        proposal.reviewRequired = true;
        if (!recalculation) {
            proposal.direction = BenefitDirection::AwaitingReview;
            proposal.reason = tr("%1: the household must be reviewed before its benefit changes.").arg(what);
            return proposal;
        }
        if (!recalculation->decidedOn.isValid() || recalculation->decidedOn < event.date)
            return fail(
                ErrorCode::InvalidInput, field, tr("The review must be decided on or after the event."));
        // Money already paid for the months before the decision stands; the
        // new level applies from the month after it.
        effective = YearMonth::containing(recalculation->decidedOn).addMonths(1);
        current = payable.periodIn(effective.addMonths(-1)).value_or(*atEvent);
    }
    proposal.effectiveFrom = effective;

    if (endsBefore(payable, effective)) {
        proposal.direction = BenefitDirection::Unchanged;
        proposal.reason
            = tr("%1: the case already ends before %2, so nothing changes.").arg(what, effective.toString());
        return proposal;
    }
    const bool singlePersonDeath = event.kind == ChangeEventKind::Death && current.persons == 1;
    if (singlePersonDeath || (recalculation && !recalculation->eligible)) {
        proposal.direction = BenefitDirection::Stop;
        proposal.persons = 0;
        proposal.reason = tr("%1: the benefit stops from %2; %3 is the last month paid.")
                              .arg(what, effective.toString(), effective.addMonths(-1).toString());
        return proposal;
    }

    const int persons = event.kind == ChangeEventKind::Death ? current.persons - 1 : recalculation->persons;
    if (recalculation) {
        if (recalculation->monthlyFen < 0 || recalculation->persons < 1)
            return fail(ErrorCode::InvalidInput, field,
                tr("A recalculated benefit needs at least one person and an amount of zero or more."));
        if (Status agrees = checkPersons(payable, event, current.persons, recalculation->persons); !agrees)
            return std::unexpected(agrees.error());
    }
    proposal.persons = persons;
    if (!recalculation) {
        // Only a death gets here: its effect does not wait for the amount.
        proposal.direction = BenefitDirection::Lower;
        proposal.reason
            = tr("%1: the deceased's share stops from %2; the benefit for the remaining %3 persons "
                 "awaits recalculation.")
                  .arg(what, effective.toString())
                  .arg(persons);
        return proposal;
    }

    const qint64 fen = recalculation->monthlyFen;
    if (fen == current.monthlyFen && persons == current.persons) {
        proposal.direction = BenefitDirection::Unchanged;
        proposal.reason = tr("%1: after review the benefit stays as it is.").arg(what);
        return proposal;
    }
    proposal.direction = fen > current.monthlyFen || (fen == current.monthlyFen && persons > current.persons)
        ? BenefitDirection::Raise
        : BenefitDirection::Lower;
    proposal.newPeriod = BenefitPeriod {effective, payable.periods.last().until, fen, persons};
    proposal.reason = (proposal.direction == BenefitDirection::Raise
            ? tr("%1: the benefit rises to %2 yuan a month for %3 persons from %4.")
            : tr("%1: the benefit falls to %2 yuan a month for %3 persons from %4."))
                          .arg(what, yuan(fen))
                          .arg(persons)
                          .arg(effective.toString());
    return proposal;
}

Result<ProposedChange> ChangeEffects::afterReview(const PayableCase& payable, const Recalculation& recalculation)
{
    if (Status valid = payable.validate(); !valid)
        return std::unexpected(valid.error());
    const QString field = PayableCase::caseLabel(payable.caseId);
    if (!recalculation.decidedOn.isValid())
        return fail(ErrorCode::InvalidInput, field, tr("The review needs a valid date of decision."));
    const YearMonth decided = YearMonth::containing(recalculation.decidedOn);
    const std::optional<BenefitPeriod> current = payable.periodIn(decided);
    if (!current)
        return fail(ErrorCode::InvalidInput, field,
            tr("The case is not paid monthly in %1, so there is nothing to review.").arg(decided.toString()));
    if (recalculation.eligible && (recalculation.monthlyFen < 0 || recalculation.persons < 1))
        return fail(ErrorCode::InvalidInput, field,
            tr("A recalculated benefit needs at least one person and an amount of zero or more."));

    const YearMonth effective = decided.addMonths(1);
    ProposedChange proposal;
    proposal.caseId = payable.caseId;
    proposal.event = ChangeEventKind::IncomeChange;
    proposal.effectiveFrom = effective;
    const QString what = tr("The review of %1").arg(day(recalculation.decidedOn));
    if (!recalculation.eligible) {
        proposal.direction = BenefitDirection::Stop;
        proposal.reason = tr("%1: the benefit stops from %2; %3 is the last month paid.")
                              .arg(what, effective.toString(), decided.toString());
        return proposal;
    }
    proposal.persons = recalculation.persons;
    if (recalculation.monthlyFen == current->monthlyFen && recalculation.persons == current->persons) {
        proposal.direction = BenefitDirection::Unchanged;
        proposal.reason = tr("%1: after review the benefit stays as it is.").arg(what);
        return proposal;
    }
    if (endsBefore(payable, effective)) {
        proposal.direction = BenefitDirection::Unchanged;
        proposal.reason
            = tr("%1: the case already ends before %2, so nothing changes.").arg(what, effective.toString());
        return proposal;
    }
    const qint64 fen = recalculation.monthlyFen;
    proposal.direction = fen > current->monthlyFen
            || (fen == current->monthlyFen && recalculation.persons > current->persons)
        ? BenefitDirection::Raise
        : BenefitDirection::Lower;
    proposal.newPeriod = BenefitPeriod {effective, payable.periods.last().until, fen, recalculation.persons};
    proposal.reason = (proposal.direction == BenefitDirection::Raise
            ? tr("%1: the benefit rises to %2 yuan a month for %3 persons from %4.")
            : tr("%1: the benefit falls to %2 yuan a month for %3 persons from %4."))
                          .arg(what, yuan(fen))
                          .arg(recalculation.persons)
                          .arg(effective.toString());
    return proposal;
}

Result<PayableCase> ChangeEffects::apply(const PayableCase& payable, const ProposedChange& change)
{
    const QString field = PayableCase::caseLabel(payable.caseId);
    if (change.caseId != payable.caseId)
        return fail(
            ErrorCode::InvalidInput, field, tr("The proposed change is for case %1.").arg(change.caseId));
    if (change.direction == BenefitDirection::Unchanged)
        return payable;
    if (!change.effectiveFrom)
        return fail(
            ErrorCode::InvalidInput, field, tr("The change cannot be applied before the review decides it."));
    if (change.direction != BenefitDirection::Stop && !change.newPeriod)
        return fail(ErrorCode::InvalidInput, field,
            tr("The change cannot be applied until the new amount has been calculated."));

    const YearMonth effective = *change.effectiveFrom;
    PayableCase changed = payable;
    changed.periods.clear();
    for (BenefitPeriod period : payable.periods) {
        if (effective <= period.from)
            continue;
        if (!period.until || effective <= *period.until)
            period.until = effective.addMonths(-1);
        changed.periods.append(period);
    }
    if (change.newPeriod)
        changed.periods.append(*change.newPeriod);
    if (Status valid = changed.validate(); !valid)
        return std::unexpected(valid.error());
    return changed;
}

} // namespace jiuzhu
