#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>

namespace jiuzhu {

class WorkingCalendar;

// How long a publicity posted on a given day runs.
class PublicityPeriod
{
    Q_DECLARE_TR_FUNCTIONS(PublicityPeriod)

public:
    // The last day of a publicity of `days` days posted on `start`. The
    // posting day counts as the first day; in working days it counts only if
    // it is a working day (a sheet posted on a Saturday starts on Monday).
    [[nodiscard]] static Result<QDate> lastDay(
        QDate start, qint64 days, bool workingDays, const WorkingCalendar& calendar);
};

} // namespace jiuzhu
