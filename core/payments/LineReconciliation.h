#pragma once

#include "core/payments/Discrepancy.h"
#include "core/payments/PaymentRoster.h"
#include "core/payments/RosterChanges.h"

#include <QList>

namespace jiuzhu {

// The line-by-line half of the reconciliation: replays the lists of changes
// on last month's lines and compares the outcome with this month's lines, so
// that a total which is off comes with the case that makes it so.
class LineReconciliation
{
public:
    static void check(const PaymentRoster& previous, const RosterChanges& changes,
        const PaymentRoster& current, QList<Discrepancy>& found);
};

} // namespace jiuzhu
