#include "core/policy/ClassifiedReview.h"

#include "core/policy/DibaoCalculator.h"
#include "core/policy/NearDibaoCalculator.h"
#include "core/policy/RigidExpenseCalculator.h"
#include "core/policy/SeriousIllnessCalculator.h"
#include "core/policy/TekunCalculator.h"
#include "core/policy/TemporaryAssistanceCalculator.h"

namespace jiuzhu {

ClassifiedReview::ClassifiedReview(const PolicySet& policy)
    : m_policy(policy)
{
}

QList<AssistanceType> ClassifiedReview::reviewedTypes()
{
    QList<AssistanceType> out;
    for (const AssistanceType type : kAllAssistanceTypes) {
        if (type != AssistanceType::CaseByCase)
            out.append(type);
    }
    return out;
}

Result<Assessment> ClassifiedReview::assess(AssistanceType type, const HouseholdSituation& situation) const
{
    switch (type) {
    case AssistanceType::Dibao:
        return DibaoCalculator(m_policy).assess(situation);
    case AssistanceType::Tekun:
        return TekunCalculator(m_policy).assess(situation);
    case AssistanceType::TemporaryEmergency:
        return TemporaryAssistanceCalculator(m_policy).assessEmergency(situation);
    case AssistanceType::TemporaryExpenditure:
        return TemporaryAssistanceCalculator(m_policy).assessExpenditure(situation);
    case AssistanceType::NearDibao:
        return NearDibaoCalculator(m_policy).assess(situation);
    case AssistanceType::RigidExpense:
        return RigidExpenseCalculator(m_policy).assess(situation);
    case AssistanceType::SeriousIllness:
        return SeriousIllnessCalculator(m_policy).assess(situation);
    case AssistanceType::CaseByCase:
        break;
    }
    return fail(ErrorCode::InvalidInput, tr("Assistance type"),
        tr("Case-by-case deliberation (一事一议) has no calculator; it is decided by the township "
           "leadership."));
}

Result<QList<Assessment>> ClassifiedReview::assessAll(
    const HouseholdSituation& situation, const QList<AssistanceType>& types) const
{
    const QList<AssistanceType> wanted = types.isEmpty() ? reviewedTypes() : types;
    QList<Assessment> out;
    for (const AssistanceType type : wanted) {
        Result<Assessment> assessment = assess(type, situation);
        if (!assessment)
            return std::unexpected(assessment.error());
        out.append(std::move(*assessment));
    }
    return out;
}

} // namespace jiuzhu
