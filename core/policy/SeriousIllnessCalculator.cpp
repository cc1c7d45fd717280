#include "core/policy/SeriousIllnessCalculator.h"

#include "core/policy/CalculatorSupport.h"
#include "core/policy/ChineseText.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicyReader.h"

namespace jiuzhu {

namespace {
namespace ct = chinesetext;
namespace pk = policykey;
} // namespace

SeriousIllnessCalculator::SeriousIllnessCalculator(const PolicySet& policy)
    : m_policy(policy)
{
}

Result<Assessment> SeriousIllnessCalculator::assess(const HouseholdSituation& situation) const
{
    if (const Status valid = situation.validate(); !valid)
        return std::unexpected(valid.error());

    PolicyReader read(m_policy, situation.area, situation.assessedOn);
    const PolicyEntry standardEntry = read.entry(pk::kDibaoStandardMonthly);
    const qint64 incomeMultiple = read.integer(pk::kSeriousIllnessIncomeMultiple);
    const qint64 benefitMultiple = read.integer(pk::kSeriousIllnessBenefitMultiple);
    const RoundingRule rounding = read.rounding();
    if (!read.ok())
        return std::unexpected(read.error());

    Assessment result;
    result.type = AssistanceType::SeriousIllness;
    Explanation& explanation = result.explanation;
    const auto refuse = [&](const QString& rule, const QString& formula, const QString& reason) {
        explanation.add(rule, formula, 0, reason);
        result.reasonsNotEligible.append(reason);
        return result;
    };

    QList<int> ill;
    for (const int index : situation.coResidentIndexes()) {
        if (situation.members.at(index).seriousIllness)
            ill.append(index);
    }
    if (ill.isEmpty())
        return refuse(QStringLiteral("serious_illness.members"), QStringLiteral("0"),
            QStringLiteral("共同生活家庭成员中无经认定的重病患者"));

    const qint64 standard = entryNumber(standardEntry);
    const int persons = situation.persons();
    const qint64 income = situation.householdIncomeFen();
    const qint64 average = calcsupport::perCapita(income, persons);
    const qint64 limitPerPerson = RoundingRule::applyBasisPoints(standard, incomeMultiple);
    const QString standardText = calcsupport::standardPhrase(situation, standard);
    const QString limitText
        = QStringLiteral("低保标准的%1（%2）").arg(ct::multiple(incomeMultiple), ct::yuan(limitPerPerson));

    calcsupport::explainMembers(explanation, situation);
    calcsupport::explainStandardTotal(explanation, situation, standardEntry);
    calcsupport::explainIncome(explanation, situation);

    const QString rule = QStringLiteral("serious_illness.eligibility");
    if (income < standard * persons)
        return refuse(rule, QStringLiteral("%1 < %2 × %3").arg(income).arg(standard).arg(persons),
            QStringLiteral("家庭月人均收入%1低于%2，应按最低生活保障审核，重病患者按分类施保增发")
                .arg(ct::yuan(average), standardText));
    if (income * 10000 > incomeMultiple * standard * persons)
        return refuse(rule,
            QStringLiteral("%1 × 10000 > %2 × %3 × %4")
                .arg(income)
                .arg(incomeMultiple)
                .arg(standard)
                .arg(persons),
            QStringLiteral("家庭月人均收入%1高于%2，不符合因病致贫重病患者认定条件")
                .arg(ct::yuan(average), limitText));
    explanation.add(rule,
        QStringLiteral("%1 <= %2").arg(income * 10000).arg(incomeMultiple * standard * persons), 0,
        QStringLiteral("家庭月人均收入%1不低于%2且不高于%3，%4患重病，可参照“单人户”纳入最低生活保障")
            .arg(ct::yuan(average), standardText, limitText, calcsupport::joinedNames(situation, ill)));

    const qint64 single = RoundingRule::applyBasisPoints(standard, benefitMultiple);
    qint64 total = 0;
    for (const int index : std::as_const(ill)) {
        const qint64 own = situation.members.at(index).monthlyIncomeFen;
        const qint64 amount = qMax<qint64>(0, single - own);
        total += amount;
        explanation.add(pk::kSeriousIllnessBenefitMultiple,
            QStringLiteral("max(0, %1 × %2 / 10000 - %3) = %4")
                .arg(standard)
                .arg(benefitMultiple)
                .arg(own)
                .arg(amount),
            amount,
            QStringLiteral("%1按单人户计算：%2×%3－本人月收入%4＝%5")
                .arg(situation.displayName(index), standardText, ct::multiple(benefitMultiple), ct::yuan(own),
                    ct::yuan(amount)));
    }
    const qint64 rounded = rounding.apply(total);
    if (rounded <= 0)
        return refuse(QStringLiteral("serious_illness.total"), QStringLiteral("0"),
            QStringLiteral("重病患者本人收入不低于单人户保障水平，无需发放救助金"));
    result.eligible = true;
    result.monthlyAmountFen = rounded;
    explanation.add(QStringLiteral("serious_illness.total"),
        QStringLiteral("%1 -> %2").arg(total).arg(rounded), rounded,
        QStringLiteral("月救助金合计%1，%2后核定为每月%3")
            .arg(ct::yuan(total), rounding.chineseName(), ct::yuan(rounded)));
    return result;
}

} // namespace jiuzhu
