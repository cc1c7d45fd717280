#include "core/policy/CalcKeys.h"

#include <array>
#include <utility>

namespace jiuzhu::calckeys {

namespace {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return QString::fromUtf16(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, const QString& key)
{
    for (const auto& [candidate, text] : table) {
        if (key == QStringView(text))
            return candidate;
    }
    return std::nullopt;
}

constexpr std::array kTypeKeys {
    std::pair {AssistanceType::Dibao, u"dibao"},
    std::pair {AssistanceType::Tekun, u"tekun"},
    std::pair {AssistanceType::TemporaryEmergency, u"temporary-emergency"},
    std::pair {AssistanceType::TemporaryExpenditure, u"temporary-expenditure"},
    std::pair {AssistanceType::NearDibao, u"near-dibao"},
    std::pair {AssistanceType::RigidExpense, u"rigid-expense"},
    std::pair {AssistanceType::SeriousIllness, u"serious-illness"},
    std::pair {AssistanceType::CaseByCase, u"case-by-case"},
};

constexpr std::array kTypeNames {
    std::pair {AssistanceType::Dibao, u"最低生活保障"},
    std::pair {AssistanceType::Tekun, u"特困人员救助供养"},
    std::pair {AssistanceType::TemporaryEmergency, u"临时救助（急难型）"},
    std::pair {AssistanceType::TemporaryExpenditure, u"临时救助（支出型）"},
    std::pair {AssistanceType::NearDibao, u"低保边缘家庭"},
    std::pair {AssistanceType::RigidExpense, u"刚性支出困难家庭"},
    std::pair {AssistanceType::SeriousIllness, u"因病致贫重病患者"},
    std::pair {AssistanceType::CaseByCase, u"一事一议"},
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

constexpr std::array kAreaKeys {
    std::pair {AreaKind::Urban, u"urban"},
    std::pair {AreaKind::Rural, u"rural"},
};

constexpr std::array kSelfCareKeys {
    std::pair {SelfCareLoss::None, u"none"},
    std::pair {SelfCareLoss::Partial, u"partial"},
    std::pair {SelfCareLoss::Full, u"full"},
};

} // namespace

QString typeKey(AssistanceType type)
{
    return keyOf(kTypeKeys, type);
}
std::optional<AssistanceType> typeFromKey(const QString& key)
{
    return valueOf(kTypeKeys, key);
}
QString typeChineseName(AssistanceType type)
{
    return keyOf(kTypeNames, type);
}
QString relationKey(Relation relation)
{
    return keyOf(kRelationKeys, relation);
}
std::optional<Relation> relationFromKey(const QString& key)
{
    return valueOf(kRelationKeys, key);
}
QString areaKey(AreaKind area)
{
    return keyOf(kAreaKeys, area);
}
std::optional<AreaKind> areaFromKey(const QString& key)
{
    return valueOf(kAreaKeys, key);
}
QString selfCareKey(SelfCareLoss loss)
{
    return keyOf(kSelfCareKeys, loss);
}
std::optional<SelfCareLoss> selfCareFromKey(const QString& key)
{
    return valueOf(kSelfCareKeys, key);
}

} // namespace jiuzhu::calckeys
