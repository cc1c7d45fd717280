#include "core/policy/NearDibaoCalculator.h"

#include "core/policy/CalculatorSupport.h"
#include "core/policy/ChineseText.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicyReader.h"

namespace jiuzhu {

namespace {
namespace ct = chinesetext;
namespace pk = policykey;
} // namespace

NearDibaoCalculator::NearDibaoCalculator(const PolicySet& policy)
    : m_policy(policy)
{
}

Result<Assessment> NearDibaoCalculator::assess(const HouseholdSituation& situation) const
{
    if (const Status valid = situation.validate(); !valid)
        return std::unexpected(valid.error());

    PolicyReader read(m_policy, situation.area, situation.assessedOn);
    const PolicyEntry standardEntry = read.entry(pk::kDibaoStandardMonthly);
    const qint64 multiple = read.integer(pk::kNearDibaoIncomeMultiple);
    if (!read.ok())
        return std::unexpected(read.error());

    Assessment result;
    result.type = AssistanceType::NearDibao;
    Explanation& explanation = result.explanation;

    const qint64 standard = entryNumber(standardEntry);
    const int persons = situation.persons();
    const qint64 income = situation.householdIncomeFen();
    const qint64 average = calcsupport::perCapita(income, persons);
    const qint64 limitPerPerson = RoundingRule::applyBasisPoints(standard, multiple);
    const QString standardText = calcsupport::standardPhrase(situation, standard);
    const QString limitText
        = QStringLiteral("低保标准的%1（%2）").arg(ct::multiple(multiple), ct::yuan(limitPerPerson));

    calcsupport::explainMembers(explanation, situation);
    calcsupport::explainStandardTotal(explanation, situation, standardEntry);
    calcsupport::explainIncome(explanation, situation);

    const QString rule = QStringLiteral("near_dibao.eligibility");
    if (income < standard * persons) {
        const QString reason
            = QStringLiteral("家庭月人均收入%1低于%2，应按最低生活保障审核，不属于低保边缘家庭")
                  .arg(ct::yuan(average), standardText);
        explanation.add(
            rule, QStringLiteral("%1 < %2 × %3").arg(income).arg(standard).arg(persons), 0, reason);
        result.reasonsNotEligible.append(reason);
        return result;
    }
    // income / persons <= multiple / 10000 × standard, without division.
    if (income * 10000 > multiple * standard * persons) {
        const QString reason
            = QStringLiteral("家庭月人均收入%1高于%2，不属于低保边缘家庭").arg(ct::yuan(average), limitText);
        explanation.add(rule,
            QStringLiteral("%1 × 10000 > %2 × %3 × %4").arg(income).arg(multiple).arg(standard).arg(persons),
            0, reason);
        result.reasonsNotEligible.append(reason);
        return result;
    }
    result.eligible = true;
    explanation.add(rule,
        QStringLiteral("%1 × %2 <= %3 && %3 × 10000 <= %4 × %1 × %2")
            .arg(standard)
            .arg(persons)
            .arg(income)
            .arg(multiple),
        0,
        QStringLiteral("家庭月人均收入%1不低于%2，且不高于%3，属于低保边缘家庭")
            .arg(ct::yuan(average), standardText, limitText));
    explanation.add(QStringLiteral("near_dibao.status"), QStringLiteral("0"), 0,
        QStringLiteral(
            "低保边缘家庭不发放低保金，可按规定享受医疗救助、教育救助、住房救助、就业救助等专项社会救助"
            "和临时救助；家庭中的重病患者、重度残疾人可按规定参照“单人户”申请纳入最低生活保障"));
    return result;
}

} // namespace jiuzhu
