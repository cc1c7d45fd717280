#pragma once

#include "core/policy/Assessment.h"
#include "core/policy/HouseholdSituation.h"
#include "core/policy/PolicySet.h"

#include <QCoreApplication>

namespace jiuzhu {

// 低保边缘家庭: a status, not a cash benefit.
//
// Eligible when the co-resident members' per-capita income is at or above
// the 低保 standard (below it the household is a 低保 case) and at most
// near_dibao.income.multiple × the standard, both compared exactly on totals.
// The monthly amount is always 0; the explanation says what the status gives
// (special assistance, temporary assistance, 单人户 inclusion of the
// seriously ill or disabled).
class NearDibaoCalculator
{
    Q_DECLARE_TR_FUNCTIONS(NearDibaoCalculator)

public:
    explicit NearDibaoCalculator(const PolicySet& policy);
    [[nodiscard]] Result<Assessment> assess(const HouseholdSituation& situation) const;

private:
    const PolicySet& m_policy;
};

} // namespace jiuzhu
