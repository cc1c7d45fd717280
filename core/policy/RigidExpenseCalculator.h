#pragma once

#include "core/policy/Assessment.h"
#include "core/policy/HouseholdSituation.h"
#include "core/policy/PolicySet.h"

#include <QCoreApplication>

namespace jiuzhu {

// 刚性支出困难家庭: households whose unavoidable spending (medical,
// education, other rigid expenditure, per month after reimbursement)
// outweighs their income.
//
// Eligible when both hold, compared exactly on totals:
// - rigid expenditure > rigid.expense.threshold_ratio × household income;
// - per-capita income after deducting the rigid expenditure is below
//   rigid.expense.monthly_income_ceiling.multiple × the 低保 standard.
//
// Amount (monthly): rigid.expense.benefit.share of the expenditure above the
// threshold (expenditure − ratio × income), rounded by rounding.benefit, and
// never more than rigid.expense.benefit.cap.multiple × one person's 低保
// standard. A share of 0 means the status brings special assistance only;
// the explanation then says so.
class RigidExpenseCalculator
{
    Q_DECLARE_TR_FUNCTIONS(RigidExpenseCalculator)

public:
    explicit RigidExpenseCalculator(const PolicySet& policy);
    [[nodiscard]] Result<Assessment> assess(const HouseholdSituation& situation) const;

private:
    const PolicySet& m_policy;
};

} // namespace jiuzhu
