#include "core/policy/CalculatorSupport.h"

#include "core/policy/ChineseText.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicyReader.h"

#include <QStringList>

namespace jiuzhu::calcsupport {

namespace ct = chinesetext;

void explainMembers(Explanation& explanation, const HouseholdSituation& situation)
{
    QList<int> excluded;
    for (qsizetype i = 0; i < situation.members.size(); ++i) {
        if (!situation.members.at(i).coResident)
            excluded.append(int(i));
    }
    if (excluded.isEmpty())
        return;
    explanation.add(QStringLiteral("household.members"),
        QStringLiteral("%1 - %2 = %3")
            .arg(situation.members.size())
            .arg(excluded.size())
            .arg(situation.persons()),
        0,
        QStringLiteral("家庭成员%1人，其中共同生活家庭成员%2人；%3非共同生活家庭成员，其人口和收入不计入")
            .arg(situation.members.size())
            .arg(situation.persons())
            .arg(joinedNames(situation, excluded)));
}

QString standardPhrase(const HouseholdSituation& situation, qint64 standardFen)
{
    return ct::area(situation.area) + QStringLiteral("低保标准") + ct::yuan(standardFen);
}

void explainStandardTotal(
    Explanation& explanation, const HouseholdSituation& situation, const PolicyEntry& standard)
{
    const qint64 perPerson = entryNumber(standard);
    const int persons = situation.persons();
    const qint64 total = perPerson * persons;
    explanation.add(policykey::kDibaoStandardMonthly,
        QStringLiteral("%1 × %2 = %3").arg(perPerson).arg(persons).arg(total), total,
        QStringLiteral("%1低保标准每人每月%2（%3）×共同生活家庭成员%4人＝%5")
            .arg(ct::area(situation.area), ct::yuan(perPerson), ct::inForceSince(standard.effectiveFrom))
            .arg(persons)
            .arg(ct::yuan(total)));
}

void explainIncome(Explanation& explanation, const HouseholdSituation& situation)
{
    const QList<int> indexes = situation.coResidentIndexes();
    QStringList terms;
    QStringList parts;
    for (const int index : indexes) {
        const qint64 income = situation.members.at(index).monthlyIncomeFen;
        terms.append(QString::number(income));
        parts.append(situation.displayName(index) + ct::yuan(income));
    }
    const qint64 total = situation.householdIncomeFen();
    const int persons = situation.persons();
    const qint64 average = perCapita(total, persons);
    explanation.add(QStringLiteral("household.income"),
        QStringLiteral("%1 = %2; %2 / %3 = %4")
            .arg(terms.join(QStringLiteral(" + ")))
            .arg(total)
            .arg(persons)
            .arg(average),
        total,
        QStringLiteral("共同生活家庭成员月收入合计%1（%2），月人均收入%3")
            .arg(ct::yuan(total), parts.join(QStringLiteral("、")), ct::yuan(average)));
}

qint64 perCapita(qint64 totalFen, int persons)
{
    return persons > 0 ? totalFen / persons : 0;
}

QString joinedNames(const HouseholdSituation& situation, const QList<int>& indexes)
{
    QStringList names;
    for (const int index : indexes)
        names.append(situation.displayName(index));
    return names.join(QStringLiteral("、"));
}

} // namespace jiuzhu::calcsupport
