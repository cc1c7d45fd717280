#include "core/payments/PayableCase.h"
#include "tests/payments/PaymentsFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::monthlyCase;
using jiuzhu::testing::period;
using jiuzhu::testing::ym;

Q_DECLARE_METATYPE(jiuzhu::PayableCase)

class TestPayableCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidCases();
    void rejectsBrokenRules_data();
    void rejectsBrokenRules();
    void findsThePeriodOfAMonth();
    void findsOneOffsAndFirstMonth();
};

void TestPayableCase::acceptsValidCases()
{
    const PayableCase payable = monthlyCase(7, 3, AssistanceType::Dibao,
        {period(ym(2026, 1), ym(2026, 6), 50000, 3), period(ym(2026, 7), std::nullopt, 56000, 3)});
    QVERIFY(payable.validate().has_value());

    PayableCase zeroAmount = payable;
    zeroAmount.periods = {period(ym(2026, 1), std::nullopt, 0, 1)};
    QVERIFY2(zeroAmount.validate().has_value(), "a zero amount is allowed: 低保边缘 may be paid nothing");

    PayableCase gap = payable;
    gap.periods = {period(ym(2026, 1), ym(2026, 2), 100, 1), period(ym(2026, 5), ym(2026, 5), 100, 1)};
    QVERIFY2(gap.validate().has_value(), "a gap between periods is a suspension, not an error");
}

void TestPayableCase::rejectsBrokenRules_data()
{
    QTest::addColumn<PayableCase>("payable");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");

    const PayableCase base
        = monthlyCase(42, 9, AssistanceType::Dibao, {period(ym(2026, 1), std::nullopt, 50000, 2)});

    PayableCase c = base;
    c.caseId = 0;
    QTest::newRow("unsaved case") << c << QStringLiteral("Case 0") << QStringLiteral("stored first");
    c = base;
    c.householdId = 0;
    QTest::newRow("no household") << c << QStringLiteral("Case 42") << QStringLiteral("stored household");
    c = base;
    c.periods[0].monthlyFen = -1;
    QTest::newRow("negative amount") << c << QStringLiteral("Case 42: period 1")
                                     << QStringLiteral("negative");
    c = base;
    c.periods[0].persons = 0;
    QTest::newRow("no persons") << c << QStringLiteral("Case 42: period 1")
                                << QStringLiteral("at least one person");
    c = base;
    c.periods = {period(ym(2026, 5), ym(2026, 4), 1, 1)};
    QTest::newRow("ends before start")
        << c << QStringLiteral("Case 42: period 1") << QStringLiteral("before it starts");
    c = base;
    c.periods = {period(ym(2026, 5), ym(2026, 6), 1, 1), period(ym(2026, 1), ym(2026, 2), 1, 1)};
    QTest::newRow("out of order") << c << QStringLiteral("Case 42: period 2") << QStringLiteral("in order");
    c = base;
    c.periods = {period(ym(2026, 1), ym(2026, 6), 1, 1), period(ym(2026, 6), std::nullopt, 2, 1)};
    QTest::newRow("overlap by a month")
        << c << QStringLiteral("Case 42: period 2") << QStringLiteral("overlaps");
    c = base;
    c.periods = {period(ym(2026, 1), std::nullopt, 1, 1), period(ym(2026, 9), std::nullopt, 2, 1)};
    QTest::newRow("open period followed")
        << c << QStringLiteral("Case 42: period 2") << QStringLiteral("overlaps");
    c = base;
    c.oneOffs = {OneOffPayment {ym(2026, 3), -5, 1}};
    QTest::newRow("negative one-off")
        << c << QStringLiteral("Case 42: one-off payment 1") << QStringLiteral("negative");
    c = base;
    c.oneOffs = {OneOffPayment {ym(2026, 3), 5, 0}};
    QTest::newRow("one-off for nobody")
        << c << QStringLiteral("Case 42: one-off payment 1") << QStringLiteral("at least one person");
    c = base;
    c.oneOffs = {OneOffPayment {ym(2026, 3), 5, 1}, OneOffPayment {ym(2026, 3), 7, 1}};
    QTest::newRow("two one-offs in a month")
        << c << QStringLiteral("Case 42: one-off payment 2") << QStringLiteral("own case");
}

void TestPayableCase::rejectsBrokenRules()
{
    QFETCH(PayableCase, payable);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    const Status status = payable.validate();
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().code, ErrorCode::InvalidInput);
    QCOMPARE(status.error().field, field);
    QVERIFY2(status.error().message.contains(rule), qPrintable(status.error().message));
}

void TestPayableCase::findsThePeriodOfAMonth()
{
    const PayableCase payable = monthlyCase(1, 1, AssistanceType::Dibao,
        {period(ym(2026, 1), ym(2026, 6), 50000, 3), period(ym(2026, 7), ym(2026, 10), 56000, 2)});
    QVERIFY(!payable.periodIn(ym(2025, 12)).has_value());
    QCOMPARE(payable.periodIn(ym(2026, 1))->monthlyFen, 50000);
    QCOMPARE(payable.periodIn(ym(2026, 6))->monthlyFen, 50000);
    QCOMPARE(payable.periodIn(ym(2026, 7))->monthlyFen, 56000);
    QCOMPARE(payable.periodIn(ym(2026, 10))->persons, 2);
    QVERIFY(!payable.periodIn(ym(2026, 11)).has_value());
}

void TestPayableCase::findsOneOffsAndFirstMonth()
{
    PayableCase payable = jiuzhu::testing::oneOffCase(5, 2, AssistanceType::TemporaryEmergency,
        {OneOffPayment {ym(2026, 4), 300000, 4}, OneOffPayment {ym(2026, 2), 100000, 4}});
    QCOMPARE(payable.oneOffIn(ym(2026, 4))->fen, 300000);
    QVERIFY(!payable.oneOffIn(ym(2026, 3)).has_value());
    QCOMPARE(payable.firstMonth(), ym(2026, 2));
    payable.periods = {period(ym(2026, 1), std::nullopt, 1, 1)};
    QCOMPARE(payable.firstMonth(), ym(2026, 1));
    QVERIFY(!PayableCase().firstMonth().has_value());
}

QTEST_GUILESS_MAIN(TestPayableCase)
#include "tst_payablecase.moc"
