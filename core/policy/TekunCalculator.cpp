#include "core/policy/TekunCalculator.h"

#include "core/policy/CalculatorSupport.h"
#include "core/policy/ChineseText.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicyReader.h"

#include <QStringList>

namespace jiuzhu {

namespace {

namespace ct = chinesetext;
namespace pk = policykey;

QString selfCareText(SelfCareLoss loss)
{
    switch (loss) {
    case SelfCareLoss::None:
        return QStringLiteral("具备生活自理能力（全自理）");
    case SelfCareLoss::Partial:
        return QStringLiteral("部分丧失生活自理能力");
    case SelfCareLoss::Full:
        return QStringLiteral("完全丧失生活自理能力");
    }
    return {};
}

// The conditions the home visit did not establish for a member, worded for
// the refusal notice: the calculator knows what was recorded, not more.
QStringList unmetConditions(const SituationMember& member)
{
    QStringList out;
    if (!member.noLabourCapacity)
        out.append(QStringLiteral("无劳动能力"));
    if (!member.noIncomeSource)
        out.append(QStringLiteral("无生活来源"));
    if (!member.noAbleSupporter)
        out.append(QStringLiteral("无法定赡养抚养扶养义务人或其义务人无履行义务能力"));
    return out;
}

QString conditionFormula(const SituationMember& member)
{
    return QStringLiteral("no_labour_capacity=%1 no_income_source=%2 no_able_supporter=%3")
        .arg(int(member.noLabourCapacity))
        .arg(int(member.noIncomeSource))
        .arg(int(member.noAbleSupporter));
}

} // namespace

TekunCalculator::TekunCalculator(const PolicySet& policy)
    : m_policy(policy)
{
}

Result<Assessment> TekunCalculator::assess(const HouseholdSituation& situation) const
{
    if (const Status valid = situation.validate(); !valid)
        return std::unexpected(valid.error());

    PolicyReader read(m_policy, situation.area, situation.assessedOn);
    const PolicyEntry standardEntry = read.entry(pk::kDibaoStandardMonthly);
    const std::optional<PolicyEntry> published = read.optionalEntry(pk::kTekunBasicMonthly);
    const qint64 multiple = published ? 0 : read.integer(pk::kTekunBasicMultiple);
    const qint64 careFull = read.integer(pk::kTekunCareFull);
    const qint64 carePartial = read.integer(pk::kTekunCarePartial);
    const qint64 careNone = read.integer(pk::kTekunCareNone);
    const RoundingRule rounding = read.rounding();
    if (!read.ok())
        return std::unexpected(read.error());

    Assessment result;
    result.type = AssistanceType::Tekun;
    Explanation& explanation = result.explanation;

    QList<int> eligible;
    for (const int index : situation.coResidentIndexes()) {
        const SituationMember& member = situation.members.at(index);
        const QString name = situation.displayName(index);
        const QStringList unmet = unmetConditions(member);
        if (unmet.isEmpty()) {
            eligible.append(index);
            explanation.add(QStringLiteral("tekun.conditions"), conditionFormula(member), 0,
                QStringLiteral("%1无劳动能力、无生活来源、无法定赡养抚养扶养义务人或其义务人无履行义务能力，"
                               "符合特困人员认定条件")
                    .arg(name));
        } else {
            const QString reason = QStringLiteral("%1未经认定%2，不符合特困人员认定条件")
                                       .arg(name, unmet.join(QStringLiteral("、")));
            explanation.add(QStringLiteral("tekun.conditions"), conditionFormula(member), 0, reason);
            result.reasonsNotEligible.append(reason);
        }
    }
    if (eligible.isEmpty())
        return result;
    result.reasonsNotEligible.clear();
    result.eligible = true;

    qint64 basic = 0;
    if (published) {
        basic = entryNumber(*published);
        explanation.add(pk::kTekunBasicMonthly, QString::number(basic), basic,
            QStringLiteral("特困人员基本生活标准每人每月%1（%2）")
                .arg(ct::yuan(basic), ct::inForceSince(published->effectiveFrom)));
    } else {
        const qint64 standard = entryNumber(standardEntry);
        basic = RoundingRule::applyBasisPoints(standard, multiple);
        explanation.add(pk::kTekunBasicMultiple,
            QStringLiteral("%1 × %2 / 10000 = %3").arg(standard).arg(multiple).arg(basic), basic,
            QStringLiteral("特困人员基本生活标准＝%1（%2）×%3＝每人每月%4")
                .arg(calcsupport::standardPhrase(situation, standard),
                    ct::inForceSince(standardEntry.effectiveFrom), ct::multiple(multiple), ct::yuan(basic)));
    }

    qint64 total = 0;
    for (const int index : std::as_const(eligible)) {
        const SituationMember& member = situation.members.at(index);
        const QString name = situation.displayName(index);
        const qint64 care = member.selfCareLoss == SelfCareLoss::Full ? careFull
            : member.selfCareLoss == SelfCareLoss::Partial            ? carePartial
                                                                      : careNone;
        const QString careKey = member.selfCareLoss == SelfCareLoss::Full ? pk::kTekunCareFull
            : member.selfCareLoss == SelfCareLoss::Partial                ? pk::kTekunCarePartial
                                                                          : pk::kTekunCareNone;
        const qint64 amount = rounding.apply(basic + care);
        total += amount;
        explanation.add(careKey,
            QStringLiteral("%1 + %2 = %3 -> %4").arg(basic).arg(care).arg(basic + care).arg(amount), amount,
            QStringLiteral(
                "%1经评估%2，照料护理标准每人每月%3；月救助供养金＝基本生活标准%4＋照料护理标准%3＝%5，"
                "%6后为%7")
                .arg(name, selfCareText(member.selfCareLoss), ct::yuan(care), ct::yuan(basic),
                    ct::yuan(basic + care), rounding.chineseName(), ct::yuan(amount)));
    }
    if (eligible.size() > 1)
        explanation.add(QStringLiteral("tekun.total"), QString::number(total), total,
            QStringLiteral("%1名特困人员月救助供养金合计%2").arg(eligible.size()).arg(ct::yuan(total)));
    result.monthlyAmountFen = total;
    return result;
}

} // namespace jiuzhu
