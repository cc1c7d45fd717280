#pragma once

#include "core/domain/Household.h"
#include "core/policy/Explanation.h"

#include <QStringList>

namespace jiuzhu {

// The outcome of one calculator for one household: whether it qualifies,
// how much, why not, and the trail behind the figures. Amounts are 0 when
// not eligible.
struct Assessment
{
    AssistanceType type = AssistanceType::Dibao;
    bool eligible = false;
    qint64 monthlyAmountFen = 0;
    qint64 oneOffAmountFen = 0;
    // Temporary assistance above the township's cap (temporary.cap.months of
    // the 低保 standard) is proposed by the township and approved by the district.
    bool requiresDistrictApproval = false;
    QStringList reasonsNotEligible; // Chinese sentences for the refusal notice
    Explanation explanation;

    friend bool operator==(const Assessment&, const Assessment&) = default;
};

} // namespace jiuzhu
