#include "core/payments/ReviewSchedule.h"

#include "core/domain/DomainText.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicySet.h"

#include <algorithm>

namespace jiuzhu {

namespace {

std::optional<QString> intervalKey(AssistanceType type)
{
    switch (type) {
    case AssistanceType::Dibao:
        return policykey::kReviewIntervalMonthsDibao;
    case AssistanceType::Tekun:
        return policykey::kReviewIntervalMonthsTekun;
    case AssistanceType::CaseByCase:
        return policykey::kReviewIntervalMonthsCaseByCase;
    case AssistanceType::TemporaryEmergency:
    case AssistanceType::TemporaryExpenditure:
    case AssistanceType::NearDibao:
    case AssistanceType::RigidExpense:
    case AssistanceType::SeriousIllness:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<ReviewableCase> ReviewableCase::fromPayable(
    const PayableCase& payable, std::optional<YearMonth> lastReview)
{
    if (payable.periods.isEmpty())
        return std::nullopt;
    return ReviewableCase {payable.caseId, payable.householdId, payable.type, payable.periods.first().from,
        lastReview, payable.periods.last().until};
}

Result<std::optional<YearMonth>> ReviewSchedule::nextDue(const ReviewableCase& reviewable) const
{
    const std::optional<QString> key = intervalKey(reviewable.type);
    if (!key)
        return std::optional<YearMonth>();
    const YearMonth base = reviewable.lastReview.value_or(reviewable.startMonth);
    Result<qint64> interval = m_policy.integer(*key, std::nullopt, base.firstDay());
    if (!interval && interval.error().code == ErrorCode::NotFound) {
        // A case reviewed before the policy's recorded history began (brought
        // in from old records) follows the earliest interval on record.
        std::optional<PolicyEntry> earliest;
        for (const PolicyEntry& entry : m_policy.entries()) {
            if (entry.key == *key && !entry.area && (!earliest || entry.effectiveFrom < earliest->effectiveFrom))
                earliest = entry;
        }
        if (earliest)
            interval = m_policy.integer(*key, std::nullopt, earliest->effectiveFrom);
    }
    if (!interval)
        return fail(interval.error().code, PayableCase::caseLabel(reviewable.caseId),
            tr("No review interval for %1 is in force in %2: %3")
                .arg(displayName(reviewable.type), base.toString(), interval.error().message));
    // The policy loader bounds the value; this guards the arithmetic below.
    if (*interval < 1)
        return fail(ErrorCode::InvalidInput, PayableCase::caseLabel(reviewable.caseId),
            tr("The review interval for %1 must be at least one month, not %2.")
                .arg(displayName(reviewable.type))
                .arg(*interval));
    return std::optional<YearMonth>(base.addMonths(int(*interval)));
}

Result<QList<ReviewDue>> ReviewSchedule::dueInMonth(const QList<ReviewableCase>& cases, YearMonth month) const
{
    QList<ReviewDue> due;
    for (const ReviewableCase& reviewable : cases) {
        // A case not yet started or already ended is not on anyone's desk.
        if (month < reviewable.startMonth || (reviewable.endMonth && *reviewable.endMonth < month))
            continue;
        const Result<std::optional<YearMonth>> next = nextDue(reviewable);
        if (!next)
            return std::unexpected(next.error());
        if (!next->has_value() || month < **next)
            continue;
        due.append(ReviewDue {
            reviewable.caseId, reviewable.householdId, reviewable.type, **next, (*next)->monthsUntil(month)});
    }
    std::sort(due.begin(), due.end(), [](const ReviewDue& a, const ReviewDue& b) {
        return a.monthsOverdue != b.monthsOverdue ? a.monthsOverdue > b.monthsOverdue : a.caseId < b.caseId;
    });
    return due;
}

} // namespace jiuzhu
