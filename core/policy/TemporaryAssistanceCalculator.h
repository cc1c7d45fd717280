#pragma once

#include "core/policy/Assessment.h"
#include "core/policy/HouseholdSituation.h"
#include "core/policy/PolicySet.h"

#include <QCoreApplication>

namespace jiuzhu {

// 临时救助, both kinds; one-off amounts.
//
// 支出型 (expenditure): eligible when an eligible one-off expenditure was
// declared (temporaryExpenditureFen > 0; whether the hardship is real is the
// investigation's finding). Amount = temporary.expenditure.share × that
// expenditure, rounded by rounding.benefit. The township may grant up to
// temporary.cap.months × the 低保 standard in force for the household's area;
// above that the amount stands as proposed and requiresDistrictApproval is
// set: the district approves it (DOMAIN.md, 扎政发〔2025〕13号).
//
// 急难型 (emergency): eligible when an emergency need was assessed
// (emergencyNeedFen > 0). Amount = the need rounded by rounding.benefit, at
// most temporary.emergency.cap: aid first within the township's limit,
// paperwork within deadline.emergency.paperwork_days. Never referred, since
// aid-first money is paid at once; any further need goes through 支出型.
class TemporaryAssistanceCalculator
{
    Q_DECLARE_TR_FUNCTIONS(TemporaryAssistanceCalculator)

public:
    explicit TemporaryAssistanceCalculator(const PolicySet& policy);

    [[nodiscard]] Result<Assessment> assessExpenditure(const HouseholdSituation& situation) const;
    [[nodiscard]] Result<Assessment> assessEmergency(const HouseholdSituation& situation) const;

private:
    const PolicySet& m_policy;
};

} // namespace jiuzhu
