#pragma once

#include "core/domain/Error.h"
#include "core/domain/YearMonth.h"
#include "core/payments/PayableCase.h"
#include "core/payments/RosterLine.h"
#include "core/payments/RosterStatistics.h"

#include <QCoreApplication>
#include <QList>

namespace jiuzhu {

// The payment roster of one month (发放花名册): who is paid what, and its
// sums. Built from the cases' entitlements, or read back from stored lines;
// either way the sums are checked and the roster never changes afterwards.
class PaymentRoster
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRoster)

public:
    // Every case is validated; the roster refuses a case whose periods are
    // ambiguous, and a household paid twice in the month for one type (two
    // overlapping cases), since either would pay money nobody decided. Zero
    // amounts stay on the roster: the household is still a beneficiary and
    // counts in the statistics (低保边缘 and 刚性支出 households often are).
    // An error, never a wrapped total, when the sums do not fit in a qint64.
    [[nodiscard]] static Result<PaymentRoster> build(const QList<PayableCase>& cases, YearMonth month);

    // A roster as stored or filed. Lines are kept exactly as given, duplicates
    // included, so that the reconciliation can point at them; only lines that
    // cannot be summed (persons < 1, negative amounts, overflow) are refused.
    [[nodiscard]] static Result<PaymentRoster> fromLines(YearMonth month, QList<RosterLine> lines);

    [[nodiscard]] YearMonth month() const { return m_month; }
    // Sorted by type, household, case and kind, so equal rosters print alike.
    [[nodiscard]] const QList<RosterLine>& lines() const { return m_lines; }
    // The sums of the lines, which the statistics table must equal.
    [[nodiscard]] const RosterStatistics& totals() const { return m_totals; }

private:
    PaymentRoster(YearMonth month, QList<RosterLine> lines, RosterStatistics totals)
        : m_month(month)
        , m_lines(std::move(lines))
        , m_totals(std::move(totals))
    {
    }

    YearMonth m_month;
    QList<RosterLine> m_lines;
    RosterStatistics m_totals;
};

} // namespace jiuzhu
