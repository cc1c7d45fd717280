#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"
#include "core/domain/YearMonth.h"
#include "core/payments/PayableCase.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jiuzhu {

class PolicySet;

// What the schedule needs of a case: the month its benefit started, the month
// of its last review (年度复核 or a review after a change), and the last month
// it is paid when it has ended.
struct ReviewableCase
{
    qint64 caseId = 0;
    qint64 householdId = 0;
    AssistanceType type = AssistanceType::Dibao;
    YearMonth startMonth = YearMonth::containing(QDate());
    std::optional<YearMonth> lastReview;
    std::optional<YearMonth> endMonth;

    // From the case's benefit periods; none when nothing is paid monthly.
    [[nodiscard]] static std::optional<ReviewableCase> fromPayable(
        const PayableCase& payable, std::optional<YearMonth> lastReview);
};

// One line of a month's review worklist.
struct ReviewDue
{
    qint64 caseId = 0;
    qint64 householdId = 0;
    AssistanceType type = AssistanceType::Dibao;
    YearMonth dueMonth = YearMonth::containing(QDate());
    int monthsOverdue = 0; // 0 when due in the month asked about
};

// When each case must be reviewed again: its last review (or its start) plus
// the review interval of its type in force at that time
// (review.interval_months.dibao / .tekun / .case_by_case). The interval is
// read as of the last review because the next review date is set then and
// written on the review record; a later policy change applies from the next
// review on. A review older than the policy's recorded history uses the
// earliest interval on record. Temporary assistance is paid once and never reviewed; 低边,
// 刚性支出 and 重病 have no review interval in the policy catalogue, so they
// are reviewed only on a change (see ChangeEffects).
class ReviewSchedule
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSchedule)

public:
    explicit ReviewSchedule(const PolicySet& policy)
        : m_policy(policy)
    {
    }

    // None for types without periodic review; an error when the interval of
    // a reviewed type is missing from the policy or not a positive number.
    [[nodiscard]] Result<std::optional<YearMonth>> nextDue(const ReviewableCase& reviewable) const;

    // The cases due in `month` and those overdue from earlier months that are
    // still paid in `month`, most overdue first, then by case.
    [[nodiscard]] Result<QList<ReviewDue>> dueInMonth(
        const QList<ReviewableCase>& cases, YearMonth month) const;

private:
    const PolicySet& m_policy;
};

} // namespace jiuzhu
