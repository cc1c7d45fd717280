#include "core/payments/FilingCalendar.h"

#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicySet.h"

#include <algorithm>

namespace jiuzhu {

namespace {

const QString& dayKey(FilingStep step)
{
    switch (step) {
    case FilingStep::Payment:
        return policykey::kPaymentMonthlyDay;
    case FilingStep::Adjustments:
        return policykey::kFilingAdjustmentsDay;
    case FilingStep::Reconciliation:
        return policykey::kFilingReconciliationDay;
    }
    return policykey::kFilingReconciliationDay;
}

constexpr std::array kSteps {FilingStep::Payment, FilingStep::Adjustments, FilingStep::Reconciliation};

} // namespace

QString FilingCalendar::stepName(FilingStep step)
{
    switch (step) {
    case FilingStep::Payment:
        return tr("Monthly payment");
    case FilingStep::Adjustments:
        return tr("Adjustments (new, exits, changes)");
    case FilingStep::Reconciliation:
        return tr("Reconciliation and statistics table");
    }
    return QString();
}

Result<QList<FilingDeadline>> FilingCalendar::deadlines(YearMonth month) const
{
    QList<FilingDeadline> result;
    for (FilingStep step : kSteps) {
        const Result<qint64> day = m_policy.integer(dayKey(step), std::nullopt, month.firstDay());
        if (!day)
            return fail(day.error().code, stepName(step),
                tr("No deadline for %1 is in force: %2").arg(month.toString(), day.error().message));
        if (*day < 1)
            return fail(ErrorCode::InvalidInput, stepName(step),
                tr("The deadline must be a day of the month, not %1.").arg(*day));
        const int lastDay = month.lastDay().day();
        result.append(
            FilingDeadline {step, QDate(month.year(), month.month(), int(std::min<qint64>(*day, lastDay)))});
    }
    return result;
}

Result<QList<DeadlineStanding>> FilingCalendar::standing(
    YearMonth month, QDate today, const QSet<FilingStep>& done) const
{
    if (!today.isValid())
        return fail(ErrorCode::InvalidInput, tr("Date"), tr("The day to look from is not a valid date."));
    const Result<QList<FilingDeadline>> all = deadlines(month);
    if (!all)
        return std::unexpected(all.error());

    QList<DeadlineStanding> result;
    for (const FilingDeadline& deadline : *all) {
        DeadlineStanding standing;
        standing.step = deadline.step;
        standing.due = deadline.due;
        standing.daysLeft = today.daysTo(deadline.due);
        const QString step = stepName(deadline.step);
        const QString due = deadline.due.toString(Qt::ISODate);
        const int days = int(std::min<qint64>(std::abs(standing.daysLeft), 100000));
        if (done.contains(deadline.step)) {
            standing.state = DeadlineState::Done;
            standing.text = tr("%1: done (due %2).").arg(step, due);
        } else if (standing.daysLeft > 0) {
            standing.state = DeadlineState::Upcoming;
            standing.text = tr("%1: due in %n day(s), on %2.", nullptr, days).arg(step, due);
        } else if (standing.daysLeft == 0) {
            standing.state = DeadlineState::DueToday;
            standing.text = tr("%1: due today (%2).").arg(step, due);
        } else {
            standing.state = DeadlineState::Overdue;
            standing.text = tr("%1: overdue by %n day(s); it was due on %2.", nullptr, days).arg(step, due);
        }
        result.append(standing);
    }
    return result;
}

} // namespace jiuzhu
