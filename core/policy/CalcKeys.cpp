#include "core/policy/CalcKeys.h"

#include "core/domain/DomainKeys.h"

#include <array>
#include <utility>

namespace jiuzhu::calckeys {

namespace {

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

constexpr std::array kSelfCareKeys {
    std::pair {SelfCareLoss::None, u"none"},
    std::pair {SelfCareLoss::Partial, u"partial"},
    std::pair {SelfCareLoss::Full, u"full"},
};

} // namespace

QString typeChineseName(AssistanceType type)
{
    return keyInTable(kTypeNames, type);
}
QString selfCareKey(SelfCareLoss loss)
{
    return keyInTable(kSelfCareKeys, loss);
}
std::optional<SelfCareLoss> selfCareFromKey(const QString& key)
{
    return valueInTable(kSelfCareKeys, key);
}

} // namespace jiuzhu::calckeys
