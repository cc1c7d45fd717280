#include "core/demo/DemoHouseholdPlanner.h"

#include "core/demo/DemoRandom.h"

namespace jiuzhu {

namespace {

constexpr quint64 kPlanStream = 0x91A4;

// Shares per mille; they shape the demo and are not policy.
constexpr int kMinorityPerMille = 15;
constexpr int kHasCasePerMille = 680; // 60-75 % of the households have a case
constexpr int kSecondCasePerMille = 110; // a temporary-assistance case besides the main one
constexpr int kExpenditureIllnessPerMille = 600;

struct Showcase
{
    AssistanceType type;
    CaseState state;
    std::optional<ApplicationChannel> channel;
    bool closeRelative;
};

const Showcase kShowcases[] = {
    {AssistanceType::Dibao, CaseState::Approved, std::nullopt, false},
    {AssistanceType::Tekun, CaseState::Approved, ApplicationChannel::Agent, false},
    {AssistanceType::TemporaryEmergency, CaseState::Approved, ApplicationChannel::ActiveDiscovery, false},
    {AssistanceType::TemporaryExpenditure, CaseState::ReferredToDistrict, std::nullopt, false},
    {AssistanceType::NearDibao, CaseState::Approved, std::nullopt, true},
    {AssistanceType::RigidExpense, CaseState::Investigating, std::nullopt, false},
    {AssistanceType::SeriousIllness, CaseState::PreliminaryOpinion, ApplicationChannel::Agent, false},
    {AssistanceType::CaseByCase, CaseState::DemocraticAppraisal, std::nullopt, false},
    {AssistanceType::Dibao, CaseState::Applied, std::nullopt, false},
    {AssistanceType::Dibao, CaseState::MaterialsIncomplete, std::nullopt, false},
    {AssistanceType::Dibao, CaseState::NotAccepted, std::nullopt, false},
    {AssistanceType::Dibao, CaseState::Accepted, ApplicationChannel::ActiveDiscovery, false},
    {AssistanceType::NearDibao, CaseState::Publicity, std::nullopt, false},
    {AssistanceType::Dibao, CaseState::Refused, std::nullopt, true},
    {AssistanceType::Dibao, CaseState::Suspended, std::nullopt, false},
    {AssistanceType::Tekun, CaseState::Terminated, std::nullopt, false},
    {AssistanceType::TemporaryEmergency, CaseState::EmergencyAidGranted, std::nullopt, false},
};

QList<int> compositionWeights(AreaKind area)
{
    // Order of DemoComposition. Villages have more elderly living alone and
    // left-behind children; towns more single parents and single adults.
    if (area == AreaKind::Urban)
        return {200, 120, 190, 140, 100, 90, 130, 30};
    return {240, 160, 170, 80, 140, 80, 70, 60};
}

QList<int> typeWeights(DemoComposition composition)
{
    // Order of kAllAssistanceTypes. 特困 only for people living alone who
    // cannot work: it requires no one obliged and able to support them.
    int tekun = 0;
    if (composition == DemoComposition::SingleElderly)
        tekun = 380;
    else if (composition == DemoComposition::SingleAdult)
        tekun = 150;
    return {560, tekun, 40, 55, 70, 35, 45, 12};
}

} // namespace

DemoHouseholdPlanner::DemoHouseholdPlanner(
    quint64 seed, qint64 householdCount, const QList<DemoCommunitySpec>& communities)
    : m_seed(seed)
    , m_householdCount(householdCount)
{
    for (const DemoCommunitySpec& spec : communities) {
        m_communityWeights.append(spec.weight);
        m_communityAreas.append(spec.community.area);
    }
}

int DemoHouseholdPlanner::showcaseCount()
{
    return static_cast<int>(std::size(kShowcases));
}

int DemoHouseholdPlanner::showcaseSlot(qint64 index) const
{
    if (m_householdCount < showcaseCount())
        return -1;
    // Slot j sits at floor(j * n / 16); with n >= 100 the slots are far apart.
    const qint64 slots = showcaseCount();
    const qint64 below = index * slots / m_householdCount;
    for (qint64 slot = below; slot <= below + 1 && slot < slots; ++slot) {
        if (slot * m_householdCount / slots == index)
            return static_cast<int>(slot);
    }
    return -1;
}

DemoHouseholdPlan DemoHouseholdPlanner::plan(qint64 index) const
{
    DemoRandom random = DemoRandom::forItem(m_seed, kPlanStream, static_cast<quint64>(index));
    DemoHouseholdPlan plan;
    plan.index = index;
    plan.communityIndex = random.weightedIndex(m_communityWeights);
    plan.area = m_communityAreas.value(plan.communityIndex, AreaKind::Rural);
    plan.composition = static_cast<DemoComposition>(random.weightedIndex(compositionWeights(plan.area)));
    plan.minority = random.chance(kMinorityPerMille);

    if (const int slot = showcaseSlot(index); slot >= 0) {
        const Showcase& showcase = kShowcases[slot];
        if (showcase.type == AssistanceType::Tekun)
            plan.composition = DemoComposition::SingleElderly;
        plan.cases.append(
            DemoCasePlan {showcase.type, showcase.state, showcase.channel, showcase.closeRelative});
    } else if (random.chance(kHasCasePerMille)) {
        const auto type = kAllAssistanceTypes.at(
            static_cast<std::size_t>(random.weightedIndex(typeWeights(plan.composition))));
        plan.cases.append(DemoCasePlan {type, std::nullopt, std::nullopt, false});
        const bool temporary
            = type == AssistanceType::TemporaryEmergency || type == AssistanceType::TemporaryExpenditure;
        if (!temporary && random.chance(kSecondCasePerMille)) {
            const auto second = random.chance(500) ? AssistanceType::TemporaryEmergency
                                                   : AssistanceType::TemporaryExpenditure;
            plan.cases.append(DemoCasePlan {second, std::nullopt, std::nullopt, false});
        }
    }

    for (const DemoCasePlan& planned : plan.cases) {
        if (planned.type == AssistanceType::SeriousIllness || planned.type == AssistanceType::RigidExpense)
            plan.needsIllness = true;
        if (planned.type == AssistanceType::TemporaryExpenditure
            && random.chance(kExpenditureIllnessPerMille))
            plan.needsIllness = true;
        if (planned.type == AssistanceType::Tekun && plan.composition == DemoComposition::SingleAdult)
            plan.needsSevereDisability = true;
    }
    return plan;
}

} // namespace jiuzhu
