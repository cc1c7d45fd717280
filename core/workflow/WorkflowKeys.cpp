#include "core/workflow/WorkflowKeys.h"

namespace jiuzhu {

QString WorkflowKeys::key(AssistanceType type)
{
    switch (type) {
    case AssistanceType::Dibao:
        return QStringLiteral("dibao");
    case AssistanceType::Tekun:
        return QStringLiteral("tekun");
    case AssistanceType::TemporaryEmergency:
        return QStringLiteral("temporary-emergency");
    case AssistanceType::TemporaryExpenditure:
        return QStringLiteral("temporary-expenditure");
    case AssistanceType::NearDibao:
        return QStringLiteral("near-dibao");
    case AssistanceType::RigidExpense:
        return QStringLiteral("rigid-expense");
    case AssistanceType::SeriousIllness:
        return QStringLiteral("serious-illness");
    case AssistanceType::CaseByCase:
        return QStringLiteral("case-by-case");
    }
    return QString();
}

QString WorkflowKeys::key(CaseState state)
{
    switch (state) {
    case CaseState::Applied:
        return QStringLiteral("applied");
    case CaseState::MaterialsIncomplete:
        return QStringLiteral("materials-incomplete");
    case CaseState::NotAccepted:
        return QStringLiteral("not-accepted");
    case CaseState::Accepted:
        return QStringLiteral("accepted");
    case CaseState::Investigating:
        return QStringLiteral("investigating");
    case CaseState::PreliminaryOpinion:
        return QStringLiteral("preliminary-opinion");
    case CaseState::Publicity:
        return QStringLiteral("publicity");
    case CaseState::DemocraticAppraisal:
        return QStringLiteral("democratic-appraisal");
    case CaseState::Approved:
        return QStringLiteral("approved");
    case CaseState::Refused:
        return QStringLiteral("refused");
    case CaseState::ReferredToDistrict:
        return QStringLiteral("referred-to-district");
    case CaseState::Suspended:
        return QStringLiteral("suspended");
    case CaseState::Terminated:
        return QStringLiteral("terminated");
    case CaseState::EmergencyAidGranted:
        return QStringLiteral("emergency-aid-granted");
    }
    return QString();
}

std::optional<AssistanceType> WorkflowKeys::typeFromKey(const QString& text)
{
    for (AssistanceType type : kAllAssistanceTypes) {
        if (key(type) == text)
            return type;
    }
    return std::nullopt;
}

std::optional<CaseState> WorkflowKeys::stateFromKey(const QString& text)
{
    for (CaseState state : kAllCaseStates) {
        if (key(state) == text)
            return state;
    }
    return std::nullopt;
}

} // namespace jiuzhu
