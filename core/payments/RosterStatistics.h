#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"
#include "core/domain/YearMonth.h"
#include "core/payments/RosterLine.h"

#include <QCoreApplication>
#include <QList>

#include <array>

namespace jiuzhu {

enum class RosterFigure { Households, Persons, Fen };

// Households, persons and money of one row of the statistics table. For
// monthly payments households are distinct households (户数); for one-offs
// they are household-times (户次) and persons person-times (人次), as the
// statistics table counts temporary assistance.
struct RosterFigures
{
    qint64 households = 0;
    qint64 persons = 0;
    qint64 fen = 0;

    [[nodiscard]] qint64 value(RosterFigure figure) const;
    friend bool operator==(const RosterFigures&, const RosterFigures&) = default;
};

// The statistics table of one month (人数资金统计表 / 城乡低保、特困供养资金和
// 临时救助发放统计表): a row per assistance type, split into monthly and
// one-off payments, and the overall row, which is the sum of all the others
// (a household on two types counts in both rows, as on the paper table).
struct RosterStatistics
{
    Q_DECLARE_TR_FUNCTIONS(RosterStatistics)

public:
    static constexpr std::size_t kTypeCount = kAllAssistanceTypes.size();

    YearMonth month = YearMonth::containing(QDate());
    std::array<RosterFigures, kTypeCount> monthly {};
    std::array<RosterFigures, kTypeCount> oneOff {};
    RosterFigures overall;

    [[nodiscard]] const RosterFigures& figures(AssistanceType type, PaymentKind kind) const;
    [[nodiscard]] RosterFigures& figures(AssistanceType type, PaymentKind kind);

    // Sums the lines with checked arithmetic: an amount too large to store is
    // an error, never a wrapped total. Lines must have persons >= 1 and
    // amounts >= 0; duplicates are counted as they stand (the reconciliation
    // reports them), so the table says what the roster really holds.
    [[nodiscard]] static Result<RosterStatistics> fromLines(YearMonth month, const QList<RosterLine>& lines);

    friend bool operator==(const RosterStatistics&, const RosterStatistics&) = default;
};

} // namespace jiuzhu
