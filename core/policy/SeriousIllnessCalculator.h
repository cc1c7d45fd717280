#pragma once

#include "core/policy/Assessment.h"
#include "core/policy/HouseholdSituation.h"
#include "core/policy/PolicySet.h"

#include <QCoreApplication>

namespace jiuzhu {

// 因病致贫重病患者: a seriously ill member of a household just above the 低保
// line is covered on their own, as a one-person household (参照“单人户”纳入
// 低保), the way many districts word it (e.g. 益阳市民政局 2026, 阳城县
// 阳政办发〔2025〕2号 lists the type among those devolved to townships).
//
// Eligible when at least one co-resident member has a certified serious
// illness, and the household's per-capita income is at or above the 低保
// standard (below it, the household is a 低保 case and the illness an
// add-on) and at most serious_illness.income.multiple × the standard.
//
// Amount (monthly): for each ill member, serious_illness.benefit.multiple ×
// the 低保 standard less that member's own income (not below 0); the sum is
// rounded by rounding.benefit. Eligible only if the sum is above 0.
class SeriousIllnessCalculator
{
    Q_DECLARE_TR_FUNCTIONS(SeriousIllnessCalculator)

public:
    explicit SeriousIllnessCalculator(const PolicySet& policy);
    [[nodiscard]] Result<Assessment> assess(const HouseholdSituation& situation) const;

private:
    const PolicySet& m_policy;
};

} // namespace jiuzhu
