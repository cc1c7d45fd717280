#pragma once

#include "core/domain/Household.h"
#include "core/payments/RosterLine.h"
#include "core/payments/RosterStatistics.h"

#include <QString>

#include <optional>

namespace jiuzhu {

enum class DiscrepancyKind {
    WrongMonth, // a document of the packet is for another month
    RosterDoesNotFollow, // last month + new − exits ± adjustments ≠ this month
    StatisticsDiffer, // the statistics table ≠ the roster's sums
    DuplicateHousehold, // a household paid twice for one type
    DuplicateCase, // a case with two lines of one kind
    LineNotExplained, // a line of this month that last month and the changes do not give
    ChangeContradictsLastMonth, // a change whose "before" is not last month's line
    TooLargeToSum, // the totals cannot be computed without overflow
};

// One reason the month does not reconcile, with the figures and a hint a
// clerk can act on. `hint` is translated for the user (Chinese in the
// shipped catalogue); `hintEnglish` is the same sentence untranslated, for
// logs and the district's support staff.
struct Discrepancy
{
    DiscrepancyKind kind = DiscrepancyKind::RosterDoesNotFollow;
    RosterFigure figure = RosterFigure::Households;
    std::optional<AssistanceType> type; // none: the overall row or the whole packet
    std::optional<PaymentKind> part; // none: monthly and one-off together
    qint64 expected = 0;
    qint64 actual = 0;
    qint64 caseId = 0; // for line-level kinds
    qint64 householdId = 0; // for line-level kinds
    QString hint;
    QString hintEnglish;
};

} // namespace jiuzhu
