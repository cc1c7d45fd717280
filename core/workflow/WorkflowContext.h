#pragma once

#include "core/domain/Clock.h"
#include "core/domain/Household.h"
#include "core/domain/YearMonth.h"
#include "core/workflow/Role.h"

#include <QSet>
#include <QString>

namespace jiuzhu {

class PolicySet;
class WorkingCalendar;

// The signed-in user. Every event the engine records names this user; there
// is no way to act in another person's name.
struct Actor
{
    qint64 userId = 0;
    QString login;
    QSet<Role> roles;
};

// What the district's yearly entrustment letter (委托书) lets the township
// confirm, and for how long. Amount limits are not here: they are policy
// (temporary.cap.months × the area's current 低保 standard).
struct Entrustment
{
    QSet<AssistanceType> types;
    DateRange period;
};

// Everything outside the case that a decision depends on, injected so tests
// can pin the date, the standards and the holidays.
struct WorkflowContext
{
    const Clock& clock;
    const PolicySet& policy;
    const WorkingCalendar& calendar;
    Entrustment entrustment;
};

} // namespace jiuzhu
