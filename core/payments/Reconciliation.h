#pragma once

#include "core/payments/Discrepancy.h"
#include "core/payments/PaymentRoster.h"
#include "core/payments/RosterChanges.h"
#include "core/payments/RosterStatistics.h"

#include <QCoreApplication>
#include <QList>

namespace jiuzhu {

// Checks a month's filing before it leaves the office: the monthly packet
// export refuses while this returns anything.
//
// The invariant, per assistance type, separately in households, persons and
// fen, and again for the overall row:
//   monthly part:  previous.monthly + Σ added − Σ exits.before
//                  − Σ adjustments.before + Σ adjustments.after = current.monthly
//   one-off part:  Σ changes.oneOffs = current.oneOff
// (households: +1 per added line, −1 per exit, 0 per adjustment, +1 per
// one-off). Last month's one-offs do not enter: they were paid in their own
// month and carry nothing over. Then the statistics table must equal the
// current roster's sums row by row, and every line of the current roster must
// be what last month's line and its change give (which names the case to fix
// when a total is off).
class Reconciliation
{
    Q_DECLARE_TR_FUNCTIONS(Reconciliation)

public:
    [[nodiscard]] static QList<Discrepancy> check(const PaymentRoster& previous, const RosterChanges& changes,
        const PaymentRoster& current, const RosterStatistics& statistics);
};

} // namespace jiuzhu
