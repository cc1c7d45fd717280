#pragma once

#include "core/policy/Assessment.h"
#include "core/policy/HouseholdSituation.h"
#include "core/policy/PolicySet.h"

#include <QCoreApplication>

namespace jiuzhu {

// 最低生活保障 (低保), the family being the unit.
//
// Eligible when the co-resident members' monthly income is below the
// standard × persons (per-capita income below the standard, compared exactly
// on totals, never on a rounded average). Assets are outside this calculator:
// the economic check report decides them.
//
// Amount, all parameters dated policy (PolicyKeys.h):
// 1. gap by dibao.method: "household-gap" = standard × persons − income;
//    "per-capita" = (standard − per-capita income in whole fen) × persons;
// 2. at least dibao.minimum.per_person × persons (保底);
// 3. plus 分类施保 add-ons: for each co-resident member who is elderly
//    (age ≥ dibao.addon.elderly_age), a minor (age < dibao.addon.minor_age),
//    severely disabled (grade 1..dibao.addon.severe_disability_grade) or
//    seriously ill, the add-on's basis points of the standard (to the fen,
//    halves up); a member meeting several conditions gets the highest or the
//    sum, by dibao.addon.stacking; an add-on of 0 is not mentioned;
// 4. rounded by rounding.benefit.
class DibaoCalculator
{
    Q_DECLARE_TR_FUNCTIONS(DibaoCalculator)

public:
    explicit DibaoCalculator(const PolicySet& policy);

    // An error when the situation is invalid or a parameter is not in force
    // on the assessment date for the household's area; never a silent 0.
    [[nodiscard]] Result<Assessment> assess(const HouseholdSituation& situation) const;

private:
    const PolicySet& m_policy;
};

} // namespace jiuzhu
