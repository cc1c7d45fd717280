#include "core/payments/PayableCase.h"

#include <QSet>

namespace jiuzhu {

namespace {

// Errors name the case first and the part of it second, so a clerk facing a
// list of several thousand cases can find the one to fix.
QString periodField(qint64 caseId, qsizetype index)
{
    return PayableCase::tr("%1: period %2").arg(PayableCase::caseLabel(caseId)).arg(index + 1);
}

QString oneOffField(qint64 caseId, qsizetype index)
{
    return PayableCase::tr("%1: one-off payment %2").arg(PayableCase::caseLabel(caseId)).arg(index + 1);
}

} // namespace

QString PayableCase::caseLabel(qint64 caseId)
{
    return tr("Case %1").arg(caseId);
}

Status PayableCase::validate() const
{
    if (caseId <= 0)
        return fail(
            ErrorCode::InvalidInput, caseLabel(caseId), tr("A payable case must have been stored first."));
    if (householdId <= 0)
        return fail(ErrorCode::InvalidInput, caseLabel(caseId),
            tr("A payable case must belong to a stored household."));

    for (qsizetype i = 0; i < periods.size(); ++i) {
        const BenefitPeriod& period = periods.at(i);
        const QString field = periodField(caseId, i);
        if (period.monthlyFen < 0)
            return fail(ErrorCode::InvalidInput, field, tr("A monthly amount cannot be negative."));
        if (period.persons < 1)
            return fail(
                ErrorCode::InvalidInput, field, tr("A benefit must be paid for at least one person."));
        if (period.until && *period.until < period.from)
            return fail(ErrorCode::InvalidInput, field,
                tr("The period ends in %1, before it starts in %2.")
                    .arg(period.until->toString(), period.from.toString()));
        if (i == 0)
            continue;
        const BenefitPeriod& before = periods.at(i - 1);
        if (period.from <= before.from)
            return fail(ErrorCode::InvalidInput, field,
                tr("Periods must be listed in order: this one starts in %1, not after the one before (%2).")
                    .arg(period.from.toString(), before.from.toString()));
        // An open-ended period followed by another would pay the same month twice.
        if (!before.until || *before.until >= period.from)
            return fail(ErrorCode::InvalidInput, field,
                tr("The period starting in %1 overlaps the one before it; a month can be paid only once.")
                    .arg(period.from.toString()));
    }

    QSet<YearMonth> oneOffMonths;
    for (qsizetype i = 0; i < oneOffs.size(); ++i) {
        const OneOffPayment& payment = oneOffs.at(i);
        const QString field = oneOffField(caseId, i);
        if (payment.fen < 0)
            return fail(ErrorCode::InvalidInput, field, tr("A one-off amount cannot be negative."));
        if (payment.persons < 1)
            return fail(
                ErrorCode::InvalidInput, field, tr("A one-off payment must be for at least one person."));
        // The roster holds one one-off line per case and month; a second grant
        // in the same month is a new application and so a new case.
        if (oneOffMonths.contains(payment.month))
            return fail(ErrorCode::InvalidInput, field,
                tr("The case already has a one-off payment in %1; a further grant needs its own case.")
                    .arg(payment.month.toString()));
        oneOffMonths.insert(payment.month);
    }
    return {};
}

std::optional<BenefitPeriod> PayableCase::periodIn(YearMonth month) const
{
    for (const BenefitPeriod& period : periods) {
        if (period.covers(month))
            return period;
    }
    return std::nullopt;
}

std::optional<OneOffPayment> PayableCase::oneOffIn(YearMonth month) const
{
    for (const OneOffPayment& payment : oneOffs) {
        if (payment.month == month)
            return payment;
    }
    return std::nullopt;
}

std::optional<YearMonth> PayableCase::firstMonth() const
{
    std::optional<YearMonth> first;
    if (!periods.isEmpty())
        first = periods.first().from;
    for (const OneOffPayment& payment : oneOffs) {
        if (!first || payment.month < *first)
            first = payment.month;
    }
    return first;
}

} // namespace jiuzhu
