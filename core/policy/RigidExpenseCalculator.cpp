#include "core/policy/RigidExpenseCalculator.h"

#include "core/policy/CalculatorSupport.h"
#include "core/policy/ChineseText.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicyReader.h"

namespace jiuzhu {

namespace {
namespace ct = chinesetext;
namespace pk = policykey;
} // namespace

RigidExpenseCalculator::RigidExpenseCalculator(const PolicySet& policy)
    : m_policy(policy)
{
}

Result<Assessment> RigidExpenseCalculator::assess(const HouseholdSituation& situation) const
{
    if (const Status valid = situation.validate(); !valid)
        return std::unexpected(valid.error());

    PolicyReader read(m_policy, situation.area, situation.assessedOn);
    const PolicyEntry standardEntry = read.entry(pk::kDibaoStandardMonthly);
    const qint64 ratio = read.integer(pk::kRigidExpenseThresholdRatio);
    const qint64 ceiling = read.integer(pk::kRigidExpenseIncomeCeilingMultiple);
    const qint64 share = read.integer(pk::kRigidExpenseBenefitShare);
    const qint64 capMultiple = read.integer(pk::kRigidExpenseBenefitCapMultiple);
    const RoundingRule rounding = read.rounding();
    if (!read.ok())
        return std::unexpected(read.error());

    Assessment result;
    result.type = AssistanceType::RigidExpense;
    Explanation& explanation = result.explanation;

    const qint64 standard = entryNumber(standardEntry);
    const int persons = situation.persons();
    const qint64 income = situation.householdIncomeFen();
    const RigidExpenditure& rigid = situation.monthlyRigid;
    const qint64 expenditure = rigid.totalFen();
    const qint64 threshold = RoundingRule::applyBasisPoints(income, ratio);
    const qint64 after = income - expenditure;
    const qint64 afterAverage = calcsupport::perCapita(after, persons);
    const qint64 ceilingPerPerson = RoundingRule::applyBasisPoints(standard, ceiling);

    calcsupport::explainMembers(explanation, situation);
    calcsupport::explainIncome(explanation, situation);
    explanation.add(QStringLiteral("rigid.expenditure"),
        QStringLiteral("%1 + %2 + %3 = %4")
            .arg(rigid.medicalFen)
            .arg(rigid.educationFen)
            .arg(rigid.otherFen)
            .arg(expenditure),
        expenditure,
        QStringLiteral("家庭月刚性支出合计%1（医疗%2、教育%3、其他%4）")
            .arg(ct::yuan(expenditure), ct::yuan(rigid.medicalFen), ct::yuan(rigid.educationFen),
                ct::yuan(rigid.otherFen)));

    // expenditure > ratio / 10000 × income, without division.
    const bool exceeds = expenditure * 10000 > ratio * income;
    const QString thresholdText = QStringLiteral("家庭月收入%1的%2（%3）")
                                      .arg(ct::yuan(income), ct::percent(ratio), ct::yuan(threshold));
    const QString thresholdSentence = exceeds
        ? QStringLiteral("月刚性支出%1超过%2").arg(ct::yuan(expenditure), thresholdText)
        : QStringLiteral("月刚性支出%1未超过%2").arg(ct::yuan(expenditure), thresholdText);
    explanation.add(pk::kRigidExpenseThresholdRatio,
        QStringLiteral("%1 × 10000 %2 %3 × %4")
            .arg(expenditure)
            .arg(exceeds ? QStringLiteral(">") : QStringLiteral("<="))
            .arg(ratio)
            .arg(income),
        threshold, thresholdSentence);
    if (!exceeds)
        result.reasonsNotEligible.append(thresholdSentence);

    // after / persons < ceiling / 10000 × standard, without division.
    const bool underCeiling = after * 10000 < ceiling * standard * persons;
    const QString ceilingText = QStringLiteral("%1的%2（%3）")
                                    .arg(calcsupport::standardPhrase(situation, standard),
                                        ct::multiple(ceiling), ct::yuan(ceilingPerPerson));
    const QString ceilingSentence
        = QStringLiteral("扣除刚性支出后家庭月收入%1，月人均%2，%3%4")
              .arg(ct::yuan(after), ct::yuan(afterAverage),
                  underCeiling ? QStringLiteral("低于") : QStringLiteral("不低于"), ceilingText);
    explanation.add(pk::kRigidExpenseIncomeCeilingMultiple,
        QStringLiteral("(%1 - %2) × 10000 %3 %4 × %5 × %6")
            .arg(income)
            .arg(expenditure)
            .arg(underCeiling ? QStringLiteral("<") : QStringLiteral(">="))
            .arg(ceiling)
            .arg(standard)
            .arg(persons),
        after, ceilingSentence);
    if (!underCeiling)
        result.reasonsNotEligible.append(ceilingSentence);
    if (!result.reasonsNotEligible.isEmpty()) {
        explanation.add(QStringLiteral("rigid.expense.eligibility"), QStringLiteral("0"), 0,
            QStringLiteral("不符合刚性支出困难家庭认定条件"));
        return result;
    }
    result.eligible = true;
    explanation.add(QStringLiteral("rigid.expense.eligibility"), QStringLiteral("1"), 0,
        QStringLiteral("符合刚性支出困难家庭认定条件"));

    if (share == 0) {
        explanation.add(pk::kRigidExpenseBenefitShare, QStringLiteral("0"), 0,
            QStringLiteral(
                "刚性支出困难家庭不发放按月救助金，可按规定享受医疗救助、教育救助等专项社会救助和临时救助"));
        return result;
    }
    const qint64 excess = qMax<qint64>(0, expenditure - threshold);
    const qint64 computed = rounding.apply(RoundingRule::applyBasisPoints(excess, share));
    const qint64 cap = RoundingRule::applyBasisPoints(standard, capMultiple);
    const qint64 amount = qMin(computed, cap);
    explanation.add(pk::kRigidExpenseBenefitShare,
        QStringLiteral("(%1 - %2) × %3 / 10000 = %4")
            .arg(expenditure)
            .arg(threshold)
            .arg(share)
            .arg(computed),
        computed,
        QStringLiteral("超出部分%1×救助比例%2＝%3（%4）")
            .arg(ct::yuan(excess), ct::percent(share), ct::yuan(computed), rounding.chineseName()));
    explanation.add(pk::kRigidExpenseBenefitCapMultiple,
        QStringLiteral("min(%1, %2 × %3 / 10000) = %4")
            .arg(computed)
            .arg(standard)
            .arg(capMultiple)
            .arg(amount),
        amount,
        computed > cap ? QStringLiteral("超过每月救助上限（低保标准的%1，即%2），核定为每月%3")
                             .arg(ct::multiple(capMultiple), ct::yuan(cap), ct::yuan(amount))
                       : QStringLiteral("未超过每月救助上限（低保标准的%1，即%2），核定为每月%3")
                             .arg(ct::multiple(capMultiple), ct::yuan(cap), ct::yuan(amount)));
    result.monthlyAmountFen = amount;
    return result;
}

} // namespace jiuzhu
