#include "core/policy/DibaoCalculator.h"

#include "core/policy/CalculatorSupport.h"
#include "core/policy/ChineseText.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicyReader.h"

#include <QStringList>

namespace jiuzhu {

namespace {

namespace ct = chinesetext;
namespace pk = policykey;

struct AddonCategory
{
    QString key;
    QString shortName; // "老年人" — used when a member meets several conditions
    qint64 basisPoints = 0;
};

struct AddonParameters
{
    AddonCategory elderly;
    AddonCategory minor;
    AddonCategory severeDisability;
    AddonCategory seriousIllness;
    qint64 elderlyAge = 0;
    qint64 minorAge = 0;
    qint64 severeGrade = 0;
    bool sum = false;
};

// The conditions one member meets, each with the phrase that says why.
QList<std::pair<AddonCategory, QString>> qualifyingCategories(
    const HouseholdSituation& situation, const SituationMember& member, const AddonParameters& p)
{
    QList<std::pair<AddonCategory, QString>> out;
    const int age = situation.ageOf(member);
    if (p.elderly.basisPoints > 0 && age >= p.elderlyAge)
        out.append({p.elderly, QStringLiteral("年满%1周岁，属老年人").arg(p.elderlyAge)});
    if (p.minor.basisPoints > 0 && age < p.minorAge)
        out.append({p.minor, QStringLiteral("未满%1周岁，属未成年人").arg(p.minorAge)});
    if (p.severeDisability.basisPoints > 0 && member.disabilityGrade >= 1
        && member.disabilityGrade <= p.severeGrade)
        out.append(
            {p.severeDisability, QStringLiteral("持%1级残疾人证，属重度残疾人").arg(member.disabilityGrade)});
    if (p.seriousIllness.basisPoints > 0 && member.seriousIllness)
        out.append({p.seriousIllness, QStringLiteral("患重病")});
    return out;
}

// Adds the add-on steps and returns their total.
qint64 explainAddons(
    Explanation& explanation, const HouseholdSituation& situation, qint64 standard, const AddonParameters& p)
{
    const QString standardText = ct::area(situation.area) + QStringLiteral("低保标准");
    qint64 total = 0;
    for (const int index : situation.coResidentIndexes()) {
        const QString name = situation.displayName(index);
        const auto categories = qualifyingCategories(situation, situation.members.at(index), p);
        if (categories.isEmpty())
            continue;
        if (p.sum || categories.size() == 1) {
            for (const auto& [category, why] : categories) {
                const qint64 amount = RoundingRule::applyBasisPoints(standard, category.basisPoints);
                total += amount;
                explanation.add(category.key,
                    QStringLiteral("%1 × %2 / 10000 = %3")
                        .arg(standard)
                        .arg(category.basisPoints)
                        .arg(amount),
                    amount,
                    QStringLiteral("分类施保：%1%2，按%3的%4增发%5")
                        .arg(name, why, standardText, ct::percent(category.basisPoints), ct::yuan(amount)));
            }
            continue;
        }
        // Highest only: name every condition met, pay the largest.
        const AddonCategory* best = &categories.first().first;
        QStringList names;
        for (const auto& [category, why] : categories) {
            names.append(category.shortName);
            if (category.basisPoints > best->basisPoints)
                best = &category;
        }
        const qint64 amount = RoundingRule::applyBasisPoints(standard, best->basisPoints);
        total += amount;
        explanation.add(best->key,
            QStringLiteral("%1 × %2 / 10000 = %3").arg(standard).arg(best->basisPoints).arg(amount), amount,
            QStringLiteral("分类施保：%1同时属%2，按就高原则以%3标准增发%4的%5，即%6")
                .arg(name, names.join(QStringLiteral("、")), best->shortName, standardText,
                    ct::percent(best->basisPoints), ct::yuan(amount)));
    }
    return total;
}

} // namespace

DibaoCalculator::DibaoCalculator(const PolicySet& policy)
    : m_policy(policy)
{
}

Result<Assessment> DibaoCalculator::assess(const HouseholdSituation& situation) const
{
    if (const Status valid = situation.validate(); !valid)
        return std::unexpected(valid.error());

    PolicyReader read(m_policy, situation.area, situation.assessedOn);
    const PolicyEntry standardEntry = read.entry(pk::kDibaoStandardMonthly);
    const QString method = read.text(pk::kDibaoMethod);
    const qint64 minimumPerPerson = read.integer(pk::kDibaoMinimumPerPerson);
    AddonParameters addons;
    addons.elderly = {pk::kDibaoAddonElderly, QStringLiteral("老年人"), read.integer(pk::kDibaoAddonElderly)};
    addons.minor = {pk::kDibaoAddonMinor, QStringLiteral("未成年人"), read.integer(pk::kDibaoAddonMinor)};
    addons.severeDisability = {pk::kDibaoAddonSevereDisability, QStringLiteral("重度残疾人"),
        read.integer(pk::kDibaoAddonSevereDisability)};
    addons.seriousIllness = {pk::kDibaoAddonSeriousIllness, QStringLiteral("重病患者"),
        read.integer(pk::kDibaoAddonSeriousIllness)};
    addons.elderlyAge = read.integer(pk::kDibaoAddonElderlyAge);
    addons.minorAge = read.integer(pk::kDibaoAddonMinorAge);
    addons.severeGrade = read.integer(pk::kDibaoAddonSevereDisabilityGrade);
    addons.sum = read.text(pk::kDibaoAddonStacking) == QLatin1String("sum");
    const RoundingRule rounding = read.rounding();
    if (!read.ok())
        return std::unexpected(read.error());

    Assessment result;
    result.type = AssistanceType::Dibao;
    Explanation& explanation = result.explanation;

    const qint64 standard = entryNumber(standardEntry);
    const int persons = situation.persons();
    const qint64 income = situation.householdIncomeFen();
    const qint64 standardTotal = standard * persons;
    const qint64 average = calcsupport::perCapita(income, persons);
    const QString standardText = calcsupport::standardPhrase(situation, standard);

    calcsupport::explainMembers(explanation, situation);
    calcsupport::explainStandardTotal(explanation, situation, standardEntry);
    calcsupport::explainIncome(explanation, situation);

    if (income >= standardTotal) {
        const QString reason
            = QStringLiteral("家庭月人均收入%1，不低于%2").arg(ct::yuan(average), standardText);
        explanation.add(QStringLiteral("dibao.eligibility"),
            QStringLiteral("%1 >= %2").arg(income).arg(standardTotal), 0,
            reason + QStringLiteral("，不符合最低生活保障条件"));
        result.reasonsNotEligible.append(reason);
        return result;
    }
    explanation.add(QStringLiteral("dibao.eligibility"),
        QStringLiteral("%1 < %2").arg(income).arg(standardTotal), 0,
        QStringLiteral("家庭月人均收入%1低于%2，符合最低生活保障条件").arg(ct::yuan(average), standardText));
    result.eligible = true;

    qint64 gap = 0;
    if (method == QLatin1String("per-capita")) {
        gap = (standard - average) * persons;
        explanation.add(QStringLiteral("dibao.gap"),
            QStringLiteral("(%1 - %2) × %3 = %4").arg(standard).arg(average).arg(persons).arg(gap), gap,
            QStringLiteral("按人均差额计算：（%1－月人均收入%2）×%3人＝%4")
                .arg(standardText, ct::yuan(average))
                .arg(persons)
                .arg(ct::yuan(gap)));
    } else {
        gap = standardTotal - income;
        explanation.add(QStringLiteral("dibao.gap"),
            QStringLiteral("%1 - %2 = %3").arg(standardTotal).arg(income).arg(gap), gap,
            QStringLiteral("按家庭差额计算：低保标准合计%1－家庭月收入%2＝%3")
                .arg(ct::yuan(standardTotal), ct::yuan(income), ct::yuan(gap)));
    }

    qint64 base = gap;
    const qint64 minimumTotal = minimumPerPerson * persons;
    if (gap < minimumTotal) {
        base = minimumTotal;
        explanation.add(pk::kDibaoMinimumPerPerson,
            QStringLiteral("max(%1, %2 × %3) = %4").arg(gap).arg(minimumPerPerson).arg(persons).arg(base),
            base,
            QStringLiteral("差额%1低于保底金额（每人每月%2×%3人＝%4），按保底金额计发")
                .arg(ct::yuan(gap), ct::yuan(minimumPerPerson))
                .arg(persons)
                .arg(ct::yuan(minimumTotal)));
    }

    const qint64 addonTotal = explainAddons(explanation, situation, standard, addons);
    const qint64 unrounded = base + addonTotal;
    const qint64 amount = rounding.apply(unrounded);
    const QString sumText = addonTotal > 0
        ? QStringLiteral("%1＋分类施保增发%2＝%3")
              .arg(ct::yuan(base), ct::yuan(addonTotal), ct::yuan(unrounded))
        : ct::yuan(unrounded);
    explanation.add(QStringLiteral("dibao.total"),
        QStringLiteral("%1 + %2 = %3 -> %4").arg(base).arg(addonTotal).arg(unrounded).arg(amount), amount,
        QStringLiteral("月低保金%1，%2后核定为每月%3")
            .arg(sumText, rounding.chineseName(), ct::yuan(amount)));
    result.monthlyAmountFen = amount;
    return result;
}

} // namespace jiuzhu
