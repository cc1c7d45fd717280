#pragma once

#include "core/domain/Household.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiuzhu {

// The shapes of family the demo draws, as they appear in a township's
// assistance files.
enum class DemoComposition {
    SingleElderly, // 独居老人
    ElderlyCouple, // 老年夫妇
    CoupleWithChildren, // 夫妻和子女
    SingleParent, // 单亲家庭
    ThreeGenerations, // 三代同堂
    DisabledAdultChild, // 老人和重度残疾的成年子女
    SingleAdult, // 独身的残疾或患病成年人
    GrandparentsWithGrandchildren, // 祖孙家庭（事实无人抚养儿童）
};

// One case a household will get. A forced state comes from the showcase
// households that make every state and type appear even in a small demo.
struct DemoCasePlan
{
    AssistanceType type = AssistanceType::Dibao;
    std::optional<CaseState> forcedState;
    std::optional<ApplicationChannel> forcedChannel;
    bool forcedCloseRelative = false;
};

// Everything decided about household n before its members are drawn, so
// that the members fit the cases (a 重病 case needs a seriously ill member).
struct DemoHouseholdPlan
{
    qint64 index = 0;
    qsizetype communityIndex = 0;
    AreaKind area = AreaKind::Rural;
    DemoComposition composition = DemoComposition::SingleElderly;
    bool minority = false;
    bool needsIllness = false;
    bool needsSevereDisability = false;
    QList<DemoCasePlan> cases; // empty: the household has no case
};

// A village or community with what its addresses are made of.
struct DemoCommunitySpec
{
    Community community;
    int weight = 1; // relative number of households living there
    int groups = 1; // 村民小组 of a village
    QStringList compounds; // 小区 of an urban community
    QStringList streets;
};

} // namespace jiuzhu
