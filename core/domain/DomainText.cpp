#include "core/domain/DomainText.h"

#include <QCoreApplication>

namespace jiuzhu {

namespace {

class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
};

} // namespace

QString displayName(AssistanceType type)
{
    switch (type) {
    case AssistanceType::Dibao:
        return DomainText::tr("Minimum living allowance");
    case AssistanceType::Tekun:
        return DomainText::tr("Extreme-poverty support");
    case AssistanceType::TemporaryEmergency:
        return DomainText::tr("Temporary assistance (emergency)");
    case AssistanceType::TemporaryExpenditure:
        return DomainText::tr("Temporary assistance (expenditure)");
    case AssistanceType::NearDibao:
        return DomainText::tr("Near-minimum household");
    case AssistanceType::RigidExpense:
        return DomainText::tr("Rigid-expense hardship household");
    case AssistanceType::SeriousIllness:
        return DomainText::tr("Seriously ill patient impoverished by illness");
    case AssistanceType::CaseByCase:
        return DomainText::tr("Case-by-case deliberation");
    }
    return QString();
}

QString displayName(CaseState state)
{
    switch (state) {
    case CaseState::Applied:
        return DomainText::tr("Applied");
    case CaseState::MaterialsIncomplete:
        return DomainText::tr("Materials incomplete");
    case CaseState::NotAccepted:
        return DomainText::tr("Not accepted");
    case CaseState::Accepted:
        return DomainText::tr("Accepted");
    case CaseState::Investigating:
        return DomainText::tr("Under investigation");
    case CaseState::PreliminaryOpinion:
        return DomainText::tr("Preliminary opinion given");
    case CaseState::Publicity:
        return DomainText::tr("In publicity");
    case CaseState::DemocraticAppraisal:
        return DomainText::tr("Democratic appraisal");
    case CaseState::Approved:
        return DomainText::tr("Approved");
    case CaseState::Refused:
        return DomainText::tr("Refused");
    case CaseState::ReferredToDistrict:
        return DomainText::tr("Referred to the district");
    case CaseState::Suspended:
        return DomainText::tr("Payment suspended");
    case CaseState::Terminated:
        return DomainText::tr("Terminated");
    case CaseState::EmergencyAidGranted:
        return DomainText::tr("Emergency aid granted, paperwork pending");
    }
    return QString();
}

QString displayName(Relation relation)
{
    switch (relation) {
    case Relation::Head:
        return DomainText::tr("Household head");
    case Relation::Spouse:
        return DomainText::tr("Spouse");
    case Relation::Child:
        return DomainText::tr("Child");
    case Relation::Parent:
        return DomainText::tr("Parent");
    case Relation::Grandchild:
        return DomainText::tr("Grandchild");
    case Relation::Grandparent:
        return DomainText::tr("Grandparent");
    case Relation::Sibling:
        return DomainText::tr("Sibling");
    case Relation::ChildInLaw:
        return DomainText::tr("Son- or daughter-in-law");
    case Relation::Other:
        return DomainText::tr("Other relative");
    }
    return QString();
}

QString displayName(Sex sex)
{
    return sex == Sex::Female ? DomainText::tr("Female") : DomainText::tr("Male");
}

QString displayName(AreaKind area)
{
    return area == AreaKind::Urban ? DomainText::tr("Urban") : DomainText::tr("Rural");
}

QString displayName(CommunityKind kind)
{
    return kind == CommunityKind::Community ? DomainText::tr("Community") : DomainText::tr("Village");
}

QString displayName(ApplicationChannel channel)
{
    switch (channel) {
    case ApplicationChannel::HouseholdHead:
        return DomainText::tr("Household head");
    case ApplicationChannel::Agent:
        return DomainText::tr("Agent (village or community)");
    case ApplicationChannel::ActiveDiscovery:
        return DomainText::tr("Active discovery");
    }
    return QString();
}

} // namespace jiuzhu
