#pragma once

#include "core/policy/Assessment.h"
#include "core/policy/HouseholdSituation.h"
#include "core/policy/PolicySet.h"

#include <QCoreApplication>

namespace jiuzhu {

// 特困人员救助供养: assessed person by person for every co-resident member.
//
// Eligible: a member for whom the home visit recorded all three conditions
// (三无): no labour capacity, no source of income, and no statutory supporter
// or none able to support. Age and disability, which the national rules use
// to define "no labour capacity", are judged at the visit and recorded in
// noLabourCapacity, not recomputed here.
//
// Amount per eligible member: the basic living standard — tekun.basic.monthly
// when a published figure is in force, else tekun.basic.multiple × the 低保
// standard — plus the care standard for the member's self-care loss
// (tekun.care.none / partial / full), rounded by rounding.benefit per person.
// The assessment's monthly amount is the sum; it is eligible when at least
// one member is.
class TekunCalculator
{
    Q_DECLARE_TR_FUNCTIONS(TekunCalculator)

public:
    explicit TekunCalculator(const PolicySet& policy);
    [[nodiscard]] Result<Assessment> assess(const HouseholdSituation& situation) const;

private:
    const PolicySet& m_policy;
};

} // namespace jiuzhu
