#pragma once

#include "core/domain/Error.h"
#include "core/domain/YearMonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace jiuzhu {

class PolicySet;

// The monthly steps the district's calendar sets (DOMAIN.md, 月度备案).
enum class FilingStep {
    Payment, // monthly benefits paid (payment.monthly.day)
    Adjustments, // new, exits and adjustments done (filing.adjustments.day)
    Reconciliation, // payments reconciled, statistics table sent (filing.reconciliation.day)
};

enum class DeadlineState { Done, Upcoming, DueToday, Overdue };

struct FilingDeadline
{
    FilingStep step = FilingStep::Payment;
    QDate due;
};

// Where one step stands on a given day.
struct DeadlineStanding
{
    FilingStep step = FilingStep::Payment;
    QDate due;
    DeadlineState state = DeadlineState::Upcoming;
    qint64 daysLeft = 0; // negative when overdue
    QString text; // translated: "Adjustments are due in 3 days."
};

// The deadlines of a month's payment and filing, as calendar days of that
// month taken from the policy in force on its first day. A day past the
// end of a short month (31 in February) means its last day.
class FilingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(FilingCalendar)

public:
    explicit FilingCalendar(const PolicySet& policy)
        : m_policy(policy)
    {
    }

    // Payment, adjustments, reconciliation: in that order.
    [[nodiscard]] Result<QList<FilingDeadline>> deadlines(YearMonth month) const;

    // Each step of `month` as seen on `today`; steps in `done` are Done
    // whatever the date.
    [[nodiscard]] Result<QList<DeadlineStanding>> standing(
        YearMonth month, QDate today, const QSet<FilingStep>& done = {}) const;

    [[nodiscard]] static QString stepName(FilingStep step);

private:
    const PolicySet& m_policy;
};

} // namespace jiuzhu
