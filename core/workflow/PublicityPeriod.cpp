#include "core/workflow/PublicityPeriod.h"

#include "core/policy/WorkingCalendar.h"

namespace jiuzhu {

namespace {

// No calendar has a year without working days; beyond this the calendar data is broken.
constexpr int kMaxDaysSearched = 2 * 366;

} // namespace

Result<QDate> PublicityPeriod::lastDay(
    QDate start, qint64 days, bool workingDays, const WorkingCalendar& calendar)
{
    if (!start.isValid())
        return fail(
            ErrorCode::InvalidInput, tr("Publicity"), tr("The publicity needs the day it is posted."));
    if (days < 1 || days > 366)
        return fail(ErrorCode::InvalidInput, tr("Publicity"),
            tr("A publicity of %1 days is not possible; check the policy.").arg(days));
    if (!workingDays)
        return start.addDays(days - 1);
    qint64 counted = 0;
    QDate day = start;
    for (int step = 0; step < kMaxDaysSearched; ++step, day = day.addDays(1)) {
        if (calendar.isWorkingDay(day) && ++counted == days)
            return day;
    }
    return fail(ErrorCode::Internal, tr("Publicity"),
        tr("The working-day calendar has no %1 working days after %2.")
            .arg(days)
            .arg(start.toString(Qt::ISODate)));
}

} // namespace jiuzhu
