#include "core/payments/FilingCalendar.h"
#include "tests/payments/PaymentsFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::addEntry;
using jiuzhu::testing::standardPolicy;
using jiuzhu::testing::ym;

class TestFilingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadlinesOfAMonth();
    void deadlinesFollowThePolicyInForce();
    void shortMonthsEndEarly();
    void missingPolicyIsAnError();
    void standing_data();
    void standing();
    void doneStepsAreNeverOverdue();
};

void TestFilingCalendar::deadlinesOfAMonth()
{
    const PolicySet policy = standardPolicy();
    const auto deadlines = FilingCalendar(policy).deadlines(ym(2026, 7));
    VERIFY_OK(deadlines);
    QCOMPARE(deadlines->size(), 3);
    QCOMPARE(deadlines->at(0).step, FilingStep::Payment);
    QCOMPARE(deadlines->at(0).due, QDate(2026, 7, 10));
    QCOMPARE(deadlines->at(1).step, FilingStep::Adjustments);
    QCOMPARE(deadlines->at(1).due, QDate(2026, 7, 15));
    QCOMPARE(deadlines->at(2).step, FilingStep::Reconciliation);
    QCOMPARE(deadlines->at(2).due, QDate(2026, 7, 20));
}

void TestFilingCalendar::deadlinesFollowThePolicyInForce()
{
    PolicySet policy = standardPolicy();
    addEntry(policy, policykey::kFilingAdjustmentsDay, QDate(2026, 8, 1), 12);
    const FilingCalendar calendar(policy);
    QCOMPARE(calendar.deadlines(ym(2026, 7))->at(1).due, QDate(2026, 7, 15));
    QCOMPARE(calendar.deadlines(ym(2026, 8))->at(1).due, QDate(2026, 8, 12));
}

void TestFilingCalendar::shortMonthsEndEarly()
{
    PolicySet policy = standardPolicy();
    addEntry(policy, policykey::kFilingReconciliationDay, QDate(2026, 1, 1), 31);
    const FilingCalendar calendar(policy);
    QCOMPARE(calendar.deadlines(ym(2026, 2))->at(2).due, QDate(2026, 2, 28));
    QCOMPARE(calendar.deadlines(ym(2028, 2))->at(2).due, QDate(2028, 2, 29));
    QCOMPARE(calendar.deadlines(ym(2026, 4))->at(2).due, QDate(2026, 4, 30));
    QCOMPARE(calendar.deadlines(ym(2026, 5))->at(2).due, QDate(2026, 5, 31));
}

void TestFilingCalendar::missingPolicyIsAnError()
{
    const PolicySet empty;
    const auto deadlines = FilingCalendar(empty).deadlines(ym(2026, 7));
    QVERIFY(!deadlines.has_value());
    QCOMPARE(deadlines.error().code, ErrorCode::NotFound);
    QCOMPARE(deadlines.error().field, FilingCalendar::stepName(FilingStep::Payment));
    QVERIFY(!FilingCalendar(empty).standing(ym(2026, 7), QDate(2026, 7, 1)).has_value());
}

void TestFilingCalendar::standing_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("adjustments");
    QTest::addColumn<qint64>("adjustmentsDaysLeft");
    QTest::addColumn<QString>("adjustmentsText");
    QTest::addColumn<int>("reconciliation");
    QTest::addColumn<QString>("reconciliationText");

    const int upcoming = int(DeadlineState::Upcoming);
    const int today = int(DeadlineState::DueToday);
    const int overdue = int(DeadlineState::Overdue);
    QTest::newRow("start of month") << QDate(2026, 7, 1) << upcoming << qint64(14)
                                    << QStringLiteral("due in 14 day(s), on 2026-07-15") << upcoming
                                    << QStringLiteral("due in 19 day(s)");
    QTest::newRow("three days before")
        << QDate(2026, 7, 12) << upcoming << qint64(3) << QStringLiteral("due in 3 day(s)") << upcoming
        << QStringLiteral("due in 8");
    QTest::newRow("on the day") << QDate(2026, 7, 15) << today << qint64(0)
                                << QStringLiteral("due today (2026-07-15)") << upcoming
                                << QStringLiteral("due in 5");
    QTest::newRow("between") << QDate(2026, 7, 17) << overdue << qint64(-2)
                             << QStringLiteral("overdue by 2 day(s)") << upcoming
                             << QStringLiteral("due in 3");
    QTest::newRow("reconciliation overdue")
        << QDate(2026, 7, 21) << overdue << qint64(-6) << QStringLiteral("overdue by 6") << overdue
        << QStringLiteral("overdue by 1 day(s); it was due on 2026-07-20");
    QTest::newRow("next month") << QDate(2026, 8, 3) << overdue << qint64(-19)
                                << QStringLiteral("overdue by 19") << overdue
                                << QStringLiteral("overdue by 14");
}

void TestFilingCalendar::standing()
{
    QFETCH(QDate, today);
    QFETCH(int, adjustments);
    QFETCH(qint64, adjustmentsDaysLeft);
    QFETCH(QString, adjustmentsText);
    QFETCH(int, reconciliation);
    QFETCH(QString, reconciliationText);
    const PolicySet policy = standardPolicy();
    const auto standing = FilingCalendar(policy).standing(ym(2026, 7), today);
    VERIFY_OK(standing);
    QCOMPARE(standing->size(), 3);
    const DeadlineStanding& adjusting = standing->at(1);
    QCOMPARE(int(adjusting.state), adjustments);
    QCOMPARE(adjusting.daysLeft, adjustmentsDaysLeft);
    QVERIFY2(adjusting.text.startsWith(FilingCalendar::stepName(FilingStep::Adjustments)),
        qPrintable(adjusting.text));
    QVERIFY2(adjusting.text.contains(adjustmentsText), qPrintable(adjusting.text));
    QCOMPARE(int(standing->at(2).state), reconciliation);
    QVERIFY2(standing->at(2).text.contains(reconciliationText), qPrintable(standing->at(2).text));
}

void TestFilingCalendar::doneStepsAreNeverOverdue()
{
    const PolicySet policy = standardPolicy();
    const auto standing = FilingCalendar(policy).standing(
        ym(2026, 7), QDate(2026, 7, 25), {FilingStep::Payment, FilingStep::Adjustments});
    VERIFY_OK(standing);
    QCOMPARE(standing->at(0).state, DeadlineState::Done);
    QCOMPARE(standing->at(1).state, DeadlineState::Done);
    QVERIFY(standing->at(1).text.contains(QStringLiteral("done (due 2026-07-15)")));
    QCOMPARE(standing->at(2).state, DeadlineState::Overdue);
    QVERIFY(!FilingCalendar(policy).standing(ym(2026, 7), QDate()).has_value());
}

QTEST_GUILESS_MAIN(TestFilingCalendar)
#include "tst_filingcalendar.moc"
