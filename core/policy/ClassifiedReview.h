#pragma once

#include "core/policy/Assessment.h"
#include "core/policy/HouseholdSituation.h"
#include "core/policy/PolicySet.h"

#include <QCoreApplication>
#include <QList>

namespace jiuzhu {

// 一次申请，分类审核认定: one application, assessed against every type a
// calculator covers, on the same HouseholdSituation and policy, so that a
// household refused 低保 is at once assessed for 低保边缘, 刚性支出 and the
// rest without anyone entering its data again.
//
// 一事一议 has no calculator: it is decided by deliberation, case by case.
class ClassifiedReview
{
    Q_DECLARE_TR_FUNCTIONS(ClassifiedReview)

public:
    explicit ClassifiedReview(const PolicySet& policy);

    // The types reviewed, in the order of kAllAssistanceTypes: all but CaseByCase.
    [[nodiscard]] static QList<AssistanceType> reviewedTypes();

    [[nodiscard]] Result<Assessment> assess(AssistanceType type, const HouseholdSituation& situation) const;
    // Every type in `types` (all reviewed types when empty), in that order.
    // The first error (invalid situation, a parameter not in force) fails the
    // whole review: a partial review would look like a refusal.
    [[nodiscard]] Result<QList<Assessment>> assessAll(
        const HouseholdSituation& situation, const QList<AssistanceType>& types = {}) const;

private:
    const PolicySet& m_policy;
};

} // namespace jiuzhu
