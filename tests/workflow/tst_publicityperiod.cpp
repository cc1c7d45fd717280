#include "core/policy/WorkingCalendar.h"
#include "core/workflow/PublicityPeriod.h"

#include <QTest>

using namespace jiuzhu;

class TestPublicityPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastDay_data();
    void lastDay();
    void rejectsImpossibleLengths();
};

void TestPublicityPeriod::lastDay_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("workingDays");
    QTest::addColumn<QDate>("last");
    // The synthetic calendar: 1–5 May 2026 off (Fri–Tue), Saturday 9 May worked.
    QTest::newRow("7 calendar days") << QDate(2026, 3, 2) << 7 << false << QDate(2026, 3, 8);
    QTest::newRow("7 calendar days over the holiday")
        << QDate(2026, 4, 30) << 7 << false << QDate(2026, 5, 6);
    QTest::newRow("7 working days from a Monday") << QDate(2026, 3, 2) << 7 << true << QDate(2026, 3, 10);
    QTest::newRow("posted on a Saturday") << QDate(2026, 3, 7) << 7 << true << QDate(2026, 3, 17);
    QTest::newRow("over the holiday and the make-up Saturday")
        << QDate(2026, 4, 29) << 7 << true << QDate(2026, 5, 11);
    QTest::newRow("one working day") << QDate(2026, 5, 1) << 1 << true << QDate(2026, 5, 6);
}

void TestPublicityPeriod::lastDay()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(bool, workingDays);
    QFETCH(QDate, last);
    WorkingCalendar calendar;
    for (QDate day(2026, 5, 1); day <= QDate(2026, 5, 5); day = day.addDays(1))
        QVERIFY(calendar.addException(day, WorkingCalendar::DayKind::Holiday, QStringLiteral("劳动节")));
    QVERIFY(calendar.addException(
        QDate(2026, 5, 9), WorkingCalendar::DayKind::MakeUpWorkday, QStringLiteral("调休")));
    const auto result = PublicityPeriod::lastDay(start, days, workingDays, calendar);
    QVERIFY(result);
    QCOMPARE(*result, last);
}

void TestPublicityPeriod::rejectsImpossibleLengths()
{
    const WorkingCalendar calendar;
    QVERIFY(!PublicityPeriod::lastDay(QDate(2026, 3, 2), 0, false, calendar));
    QVERIFY(!PublicityPeriod::lastDay(QDate(2026, 3, 2), -3, true, calendar));
    QVERIFY(!PublicityPeriod::lastDay(QDate(), 7, false, calendar));
}

QTEST_GUILESS_MAIN(TestPublicityPeriod)
#include "tst_publicityperiod.moc"
