#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"
#include "core/domain/YearMonth.h"

#include <QCoreApplication>
#include <QList>

namespace jiuzhu {

class PaymentRoster;

// One entry of the lists of new beneficiaries, exits and adjustments
// (新增/退出/调整名单), or of the month's one-off payments. "Before" is last
// month's monthly line (zero for new lines and one-offs), "after" this
// month's (zero for exits).
struct RosterChange
{
    qint64 caseId = 0;
    qint64 householdId = 0;
    AssistanceType type = AssistanceType::Dibao;
    int personsBefore = 0;
    qint64 fenBefore = 0;
    int personsAfter = 0;
    qint64 fenAfter = 0;

    [[nodiscard]] int personsDelta() const { return personsAfter - personsBefore; }
    // Both sides are amounts of zero or more, so the difference always fits.
    [[nodiscard]] qint64 fenDelta() const { return fenAfter - fenBefore; }

    friend bool operator==(const RosterChange&, const RosterChange&) = default;
};

// What changed between last month's roster and this month's, as filed with
// the district. Monthly lines are matched by case and type:
// - added: paid monthly this month and not last month;
// - exits: paid monthly last month and not this month;
// - adjustments: paid monthly in both, with a different amount or number of
//   persons (unchanged lines appear in no list);
// - oneOffs: this month's one-off payments (临时救助). They are not new
//   beneficiaries of the monthly roster and last month's one-offs are not
//   exits: a one-off lives in its own month only. So the invariant is
//     last month's monthly part + added − exits ± adjustments
//       = this month's monthly part, and
//     oneOffs = this month's one-off part,
//   which together give this month's whole roster.
struct RosterChanges
{
    Q_DECLARE_TR_FUNCTIONS(RosterChanges)

public:
    YearMonth month = YearMonth::containing(QDate()); // this month
    QList<RosterChange> added;
    QList<RosterChange> exits;
    QList<RosterChange> adjustments;
    QList<RosterChange> oneOffs;

    // The months must follow one another, and neither roster may hold a case
    // twice with one kind of payment (the change would be ambiguous; the
    // reconciliation names such lines).
    [[nodiscard]] static Result<RosterChanges> between(
        const PaymentRoster& previous, const PaymentRoster& current);

    friend bool operator==(const RosterChanges&, const RosterChanges&) = default;
};

} // namespace jiuzhu
