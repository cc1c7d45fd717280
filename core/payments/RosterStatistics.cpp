#include "core/payments/RosterStatistics.h"

#include "core/domain/DomainText.h"
#include "core/domain/Money.h"
#include "core/payments/PayableCase.h"

#include <QSet>

namespace jiuzhu {

namespace {

static_assert(RosterStatistics::kTypeCount == 8, "the statistics table has a row per assistance type");

constexpr std::size_t rowOf(AssistanceType type)
{
    return std::size_t(type);
}

// Adds `add` to `into` field by field; households and persons cannot overflow
// a qint64 (a QList of ints could not hold enough lines), fen can.
Status accumulate(RosterFigures& into, const RosterFigures& add, const QString& row)
{
    const Result<Money> fen = Money::fromFen(into.fen).checkedAdd(Money::fromFen(add.fen));
    if (!fen)
        return fail(ErrorCode::InvalidInput, row,
            RosterStatistics::tr(
                "The total amount is too large to be stored; check the amounts of this row."));
    into.households += add.households;
    into.persons += add.persons;
    into.fen = fen->fen();
    return {};
}

} // namespace

static_assert(
    [] {
        for (std::size_t i = 0; i < kAllAssistanceTypes.size(); ++i) {
            if (std::size_t(kAllAssistanceTypes[i]) != i)
                return false;
        }
        return true;
    }(),
    "rows are indexed by the enumerator's value");

qint64 RosterFigures::value(RosterFigure figure) const
{
    switch (figure) {
    case RosterFigure::Households:
        return households;
    case RosterFigure::Persons:
        return persons;
    case RosterFigure::Fen:
        return fen;
    }
    return 0;
}

const RosterFigures& RosterStatistics::figures(AssistanceType type, PaymentKind kind) const
{
    return kind == PaymentKind::Monthly ? monthly[rowOf(type)] : oneOff[rowOf(type)];
}

RosterFigures& RosterStatistics::figures(AssistanceType type, PaymentKind kind)
{
    return kind == PaymentKind::Monthly ? monthly[rowOf(type)] : oneOff[rowOf(type)];
}

Result<RosterStatistics> RosterStatistics::fromLines(YearMonth month, const QList<RosterLine>& lines)
{
    RosterStatistics table;
    table.month = month;
    std::array<QSet<qint64>, kTypeCount> monthlyHouseholds;

    for (const RosterLine& line : lines) {
        const QString label = PayableCase::caseLabel(line.caseId);
        if (line.persons < 1)
            return fail(ErrorCode::InvalidInput, label,
                tr("A roster line must be for at least one person, not %1.").arg(line.persons));
        if (line.fen < 0)
            return fail(ErrorCode::InvalidInput, label,
                tr("A roster line cannot pay a negative amount; recoveries are recorded separately."));

        RosterFigures add {0, line.persons, line.fen};
        if (line.kind == PaymentKind::OneOff) {
            add.households = 1; // 户次: every one-off counts
        } else if (!monthlyHouseholds[rowOf(line.type)].contains(line.householdId)) {
            add.households = 1; // 户数: a household counts once per type
            monthlyHouseholds[rowOf(line.type)].insert(line.householdId);
        }

        const QString row = displayName(line.type);
        if (Status added = accumulate(table.figures(line.type, line.kind), add, row); !added)
            return std::unexpected(added.error());
        if (Status added = accumulate(table.overall, add, tr("Overall")); !added)
            return std::unexpected(added.error());
    }
    return table;
}

} // namespace jiuzhu
