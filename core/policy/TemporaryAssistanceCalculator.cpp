#include "core/policy/TemporaryAssistanceCalculator.h"

#include "core/policy/CalculatorSupport.h"
#include "core/policy/ChineseText.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicyReader.h"

namespace jiuzhu {

namespace {
namespace ct = chinesetext;
namespace pk = policykey;
} // namespace

TemporaryAssistanceCalculator::TemporaryAssistanceCalculator(const PolicySet& policy)
    : m_policy(policy)
{
}

Result<Assessment> TemporaryAssistanceCalculator::assessExpenditure(const HouseholdSituation& situation) const
{
    if (const Status valid = situation.validate(); !valid)
        return std::unexpected(valid.error());

    PolicyReader read(m_policy, situation.area, situation.assessedOn);
    const PolicyEntry standardEntry = read.entry(pk::kDibaoStandardMonthly);
    const qint64 capMonths = read.integer(pk::kTemporaryCapMonths);
    const qint64 share = read.integer(pk::kTemporaryExpenditureShare);
    const RoundingRule rounding = read.rounding();
    if (!read.ok())
        return std::unexpected(read.error());

    Assessment result;
    result.type = AssistanceType::TemporaryExpenditure;
    Explanation& explanation = result.explanation;
    const qint64 expenditure = situation.temporaryExpenditureFen;
    if (expenditure <= 0) {
        const QString reason = QStringLiteral("未申报符合救助条件的大额必需支出，不适用支出型临时救助");
        explanation.add(QStringLiteral("temporary.expenditure"), QStringLiteral("0"), 0, reason);
        result.reasonsNotEligible.append(reason);
        return result;
    }

    const qint64 computed = rounding.apply(RoundingRule::applyBasisPoints(expenditure, share));
    explanation.add(pk::kTemporaryExpenditureShare,
        QStringLiteral("%1 × %2 / 10000 = %3").arg(expenditure).arg(share).arg(computed), computed,
        QStringLiteral("符合救助条件的支出%1×救助比例%2，%3后为%4")
            .arg(ct::yuan(expenditure), ct::percent(share), rounding.chineseName(), ct::yuan(computed)));
    if (computed <= 0) {
        const QString reason = QStringLiteral("按现行救助比例计算的救助金额为0");
        result.reasonsNotEligible.append(reason);
        return result;
    }

    const qint64 standard = entryNumber(standardEntry);
    const qint64 cap = standard * capMonths;
    explanation.add(pk::kTemporaryCapMonths,
        QStringLiteral("%1 × %2 = %3").arg(standard).arg(capMonths).arg(cap), cap,
        QStringLiteral("乡镇（街道）审批限额＝当年%1低保标准%2（%3）×%4个月＝%5")
            .arg(ct::area(situation.area), ct::yuan(standard), ct::inForceSince(standardEntry.effectiveFrom))
            .arg(capMonths)
            .arg(ct::yuan(cap)));
    result.eligible = true;
    result.oneOffAmountFen = computed;
    if (computed > cap) {
        result.requiresDistrictApproval = true;
        explanation.add(QStringLiteral("temporary.approval"),
            QStringLiteral("%1 > %2").arg(computed).arg(cap), computed,
            QStringLiteral(
                "拟救助金额%1超过乡镇（街道）审批限额%2，由乡镇（街道）提出意见后报区（县）民政部门审批")
                .arg(ct::yuan(computed), ct::yuan(cap)));
    } else {
        explanation.add(QStringLiteral("temporary.approval"),
            QStringLiteral("%1 <= %2").arg(computed).arg(cap), computed,
            QStringLiteral("救助金额%1未超过乡镇（街道）审批限额%2，由乡镇（街道）审核确认")
                .arg(ct::yuan(computed), ct::yuan(cap)));
    }
    return result;
}

Result<Assessment> TemporaryAssistanceCalculator::assessEmergency(const HouseholdSituation& situation) const
{
    if (const Status valid = situation.validate(); !valid)
        return std::unexpected(valid.error());

    PolicyReader read(m_policy, situation.area, situation.assessedOn);
    const PolicyEntry capEntry = read.entry(pk::kTemporaryEmergencyCap);
    const qint64 paperworkDays = read.integer(pk::kDeadlineEmergencyPaperworkDays);
    const RoundingRule rounding = read.rounding();
    if (!read.ok())
        return std::unexpected(read.error());

    Assessment result;
    result.type = AssistanceType::TemporaryEmergency;
    Explanation& explanation = result.explanation;
    const qint64 need = situation.emergencyNeedFen;
    if (need <= 0) {
        const QString reason = QStringLiteral("未申报急难情形，不适用急难型临时救助");
        explanation.add(QStringLiteral("temporary.emergency"), QStringLiteral("0"), 0, reason);
        result.reasonsNotEligible.append(reason);
        return result;
    }

    const qint64 cap = entryNumber(capEntry);
    const qint64 rounded = rounding.apply(need);
    const qint64 amount = qMin(rounded, cap);
    const QString capText
        = QStringLiteral("先行救助限额%1（%2）").arg(ct::yuan(cap), ct::inForceSince(capEntry.effectiveFrom));
    explanation.add(pk::kTemporaryEmergencyCap,
        QStringLiteral("min(%1, %2) = %3").arg(rounded).arg(cap).arg(amount), amount,
        rounded > cap
            ? QStringLiteral("经评估急需救助%1，超过%2，先行救助%3，其余困难可按支出型临时救助程序申请")
                  .arg(ct::yuan(need), capText, ct::yuan(amount))
            : QStringLiteral("经评估急需救助%1，未超过%2，%3后先行救助%4")
                  .arg(ct::yuan(need), capText, rounding.chineseName(), ct::yuan(amount)));
    explanation.add(pk::kDeadlineEmergencyPaperworkDays, QString::number(paperworkDays), 0,
        QStringLiteral("急难型临时救助先行发放，急难情况缓解后%1日内补齐经办人员签字、盖章等手续")
            .arg(paperworkDays));
    result.eligible = amount > 0;
    result.oneOffAmountFen = amount;
    return result;
}

} // namespace jiuzhu
