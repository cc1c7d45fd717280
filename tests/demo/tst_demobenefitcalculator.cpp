#include "core/demo/DemoBenefitCalculator.h"
#include "core/demo/DemoRandom.h"
#include "core/demo/DemoStandards.h"
#include "core/demo/DemoWordLists.h"

#include <QTest>

using namespace jiuzhu;

class TestDemoBenefitCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void benefitsFollowTheStandardsTable();
    void standardsRejectMalformedLines();
};

void TestDemoBenefitCalculator::benefitsFollowTheStandardsTable()
{
    auto words = DemoWordLists::load();
    QVERIFY2(words, qPrintable(words ? QString() : words.error().toString()));
    const DemoBenefitCalculator benefits(words->standards);
    const YearMonth june2025 = *YearMonth::of(2025, 6);

    NewHousehold single;
    single.members.append(NewMember {});
    // Rural standard 2025: 605 yuan; no income: the whole standard.
    QCOMPARE(benefits.dibaoMonthly(single, AreaKind::Rural, june2025), 60500);
    single.members[0].monthlyIncomeFen = 50000;
    QCOMPARE(benefits.dibaoMonthly(single, AreaKind::Rural, june2025), 10500);
    // Income just under the standard: the minimum benefit of 60 yuan.
    single.members[0].monthlyIncomeFen = 60000;
    QCOMPARE(benefits.dibaoMonthly(single, AreaKind::Rural, june2025), 6000);
    // Members living elsewhere count neither as persons nor with their income;
    // a part-yuan gap is rounded up.
    NewHousehold couple = single;
    couple.members[0].monthlyIncomeFen = 30050;
    couple.members.append(NewMember {});
    couple.members.append(NewMember {});
    couple.members[2].coResident = false;
    couple.members[2].monthlyIncomeFen = 300000;
    QCOMPARE(benefits.dibaoMonthly(couple, AreaKind::Urban, *YearMonth::of(2026, 3)), 2 * 92000 - 30000);
    // 特困 rural 2025: basic 787 + full self-care 150.
    QCOMPARE(benefits.tekunMonthly(AreaKind::Rural, june2025, DemoSelfCare::Full), 93700);
    QCOMPARE(benefits.singlePersonMonthly(AreaKind::Urban, june2025), 89000);
    // Before the first row of the table, the first row applies.
    QCOMPARE(benefits.singlePersonMonthly(AreaKind::Urban, *YearMonth::of(2015, 1)), 72000);

    DemoRandom random(1);
    for (int draw = 0; draw < 200; ++draw) {
        const qint64 emergency = benefits.emergencyOneOff(june2025, random);
        QVERIFY(emergency >= 50000 && emergency <= 500000 && emergency % 10000 == 0);
        const qint64 expenditure = benefits.expenditureOneOff(AreaKind::Rural, june2025, random);
        QVERIFY(expenditure >= 60500 && expenditure <= 5 * 60500 && expenditure % 10000 == 0);
    }
}

void TestDemoBenefitCalculator::standardsRejectMalformedLines()
{
    QVERIFY(DemoStandards::parse(QStringLiteral("# comment\nkey\turban\t2025-01\t100\tnote\n"), QString()));
    QVERIFY(!DemoStandards::parse(QStringLiteral("key\turban\t2025-01\n"), QString()));
    QVERIFY(!DemoStandards::parse(QStringLiteral("key\tcity\t2025-01\t100\n"), QString()));
    QVERIFY(!DemoStandards::parse(QStringLiteral("key\turban\t2025-13\t100\n"), QString()));
    QVERIFY(!DemoStandards::parse(QStringLiteral("key\turban\t2025-01\t-5\n"), QString()));
    auto standards = DemoStandards::parse(
        QStringLiteral("k\t-\t2024-01\t1\nk\trural\t2025-01\t2\nk\t-\t2026-01\t3\n"), QString());
    QVERIFY(standards);
    QCOMPARE(standards->valueAt(QStringLiteral("k"), AreaKind::Rural, *YearMonth::of(2025, 6)), 2);
    QCOMPARE(standards->valueAt(QStringLiteral("k"), AreaKind::Urban, *YearMonth::of(2025, 6)), 1);
    QCOMPARE(standards->valueAt(QStringLiteral("k"), AreaKind::Urban, *YearMonth::of(2026, 1)), 3);
    QVERIFY(!standards->valueAt(QStringLiteral("other"), AreaKind::Urban, *YearMonth::of(2026, 1)));
}

QTEST_GUILESS_MAIN(TestDemoBenefitCalculator)
#include "tst_demobenefitcalculator.moc"
