#include "core/domain/DomainKeys.h"

#include <array>
#include <utility>

namespace jiuzhu {

namespace {

constexpr std::array kAreaKeys {
    std::pair {AreaKind::Urban, u"urban"},
    std::pair {AreaKind::Rural, u"rural"},
};

constexpr std::array kCommunityKindKeys {
    std::pair {CommunityKind::Village, u"village"},
    std::pair {CommunityKind::Community, u"community"},
};

constexpr std::array kRelationKeys {
    std::pair {Relation::Head, u"head"},
    std::pair {Relation::Spouse, u"spouse"},
    std::pair {Relation::Child, u"child"},
    std::pair {Relation::Parent, u"parent"},
    std::pair {Relation::Grandchild, u"grandchild"},
    std::pair {Relation::Grandparent, u"grandparent"},
    std::pair {Relation::Sibling, u"sibling"},
    std::pair {Relation::ChildInLaw, u"child-in-law"},
    std::pair {Relation::Other, u"other"},
};

constexpr std::array kSexKeys {
    std::pair {Sex::Male, u"male"},
    std::pair {Sex::Female, u"female"},
};

constexpr std::array kAssistanceTypeKeys {
    std::pair {AssistanceType::Dibao, u"dibao"},
    std::pair {AssistanceType::Tekun, u"tekun"},
    std::pair {AssistanceType::TemporaryEmergency, u"temporary-emergency"},
    std::pair {AssistanceType::TemporaryExpenditure, u"temporary-expenditure"},
    std::pair {AssistanceType::NearDibao, u"near-dibao"},
    std::pair {AssistanceType::RigidExpense, u"rigid-expense"},
    std::pair {AssistanceType::SeriousIllness, u"serious-illness"},
    std::pair {AssistanceType::CaseByCase, u"case-by-case"},
};

constexpr std::array kCaseStateKeys {
    std::pair {CaseState::Applied, u"applied"},
    std::pair {CaseState::MaterialsIncomplete, u"materials-incomplete"},
    std::pair {CaseState::NotAccepted, u"not-accepted"},
    std::pair {CaseState::Accepted, u"accepted"},
    std::pair {CaseState::Investigating, u"investigating"},
    std::pair {CaseState::PreliminaryOpinion, u"preliminary-opinion"},
    std::pair {CaseState::Publicity, u"publicity"},
    std::pair {CaseState::DemocraticAppraisal, u"democratic-appraisal"},
    std::pair {CaseState::Approved, u"approved"},
    std::pair {CaseState::Refused, u"refused"},
    std::pair {CaseState::ReferredToDistrict, u"referred-to-district"},
    std::pair {CaseState::Suspended, u"suspended"},
    std::pair {CaseState::Terminated, u"terminated"},
    std::pair {CaseState::EmergencyAidGranted, u"emergency-aid-granted"},
};

constexpr std::array kChannelKeys {
    std::pair {ApplicationChannel::HouseholdHead, u"household-head"},
    std::pair {ApplicationChannel::Agent, u"agent"},
    std::pair {ApplicationChannel::ActiveDiscovery, u"active-discovery"},
};

} // namespace

QString domainKey(AreaKind value)
{
    return keyInTable(kAreaKeys, value);
}
QString domainKey(CommunityKind value)
{
    return keyInTable(kCommunityKindKeys, value);
}
QString domainKey(Relation value)
{
    return keyInTable(kRelationKeys, value);
}
QString domainKey(Sex value)
{
    return keyInTable(kSexKeys, value);
}
QString domainKey(AssistanceType value)
{
    return keyInTable(kAssistanceTypeKeys, value);
}
QString domainKey(CaseState value)
{
    return keyInTable(kCaseStateKeys, value);
}
QString domainKey(ApplicationChannel value)
{
    return keyInTable(kChannelKeys, value);
}

std::optional<AreaKind> areaKindFromKey(const QString& key)
{
    return valueInTable(kAreaKeys, key);
}
std::optional<CommunityKind> communityKindFromKey(const QString& key)
{
    return valueInTable(kCommunityKindKeys, key);
}
std::optional<Relation> relationFromKey(const QString& key)
{
    return valueInTable(kRelationKeys, key);
}
std::optional<Sex> sexFromKey(const QString& key)
{
    return valueInTable(kSexKeys, key);
}
std::optional<AssistanceType> assistanceTypeFromKey(const QString& key)
{
    return valueInTable(kAssistanceTypeKeys, key);
}
std::optional<CaseState> caseStateFromKey(const QString& key)
{
    return valueInTable(kCaseStateKeys, key);
}
std::optional<ApplicationChannel> applicationChannelFromKey(const QString& key)
{
    return valueInTable(kChannelKeys, key);
}

} // namespace jiuzhu
