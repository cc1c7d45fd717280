#include "core/policy/WorkingCalendar.h"

#include <QFile>
#include <QTest>

using namespace jiuzhu;
using Kind = WorkingCalendar::DayKind;

namespace {

// A synthetic October like the national-day week: Thursday 1 to Wednesday 7
// off, Saturday 10 worked; plus a lone Monday holiday on 19 October.
// October 2026 starts on a Thursday.
WorkingCalendar octoberCalendar()
{
    WorkingCalendar calendar;
    for (int day = 1; day <= 7; ++day)
        (void)calendar.addException(QDate(2026, 10, day), Kind::Holiday, QStringLiteral("国庆节"));
    (void)calendar.addException(QDate(2026, 10, 10), Kind::MakeUpWorkday, QStringLiteral("国庆节调休上班"));
    (void)calendar.addException(QDate(2026, 10, 19), Kind::Holiday, QStringLiteral("测试假日"));
    return calendar;
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isWorkingDay_data();
    void isWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void betweenAndAddAgree();
    void rejectsBadExceptions();
    void jsonRoundTripAndErrors();
    void shipped2026Calendar();
};

void TestWorkingCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");
    QTest::newRow("holiday on a Thursday") << QDate(2026, 10, 1) << false;
    QTest::newRow("holiday on a Monday") << QDate(2026, 10, 5) << false;
    QTest::newRow("holiday on a Saturday") << QDate(2026, 10, 3) << false;
    QTest::newRow("ordinary Thursday") << QDate(2026, 10, 8) << true;
    QTest::newRow("Saturday make-up day counts") << QDate(2026, 10, 10) << true;
    QTest::newRow("ordinary Sunday") << QDate(2026, 10, 11) << false;
    QTest::newRow("ordinary Saturday") << QDate(2026, 10, 17) << false;
    QTest::newRow("lone Monday holiday") << QDate(2026, 10, 19) << false;
}

void TestWorkingCalendar::isWorkingDay()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QCOMPARE(octoberCalendar().isWorkingDay(day), working);
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    // From Wednesday 30 September: the holiday week is skipped, Thursday 8 is
    // the first working day, Friday 9 the second, Saturday 10 (worked) the third.
    QTest::newRow("zero days is the start") << QDate(2026, 9, 30) << 0 << QDate(2026, 9, 30);
    QTest::newRow("over the holiday week") << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8);
    QTest::newRow("onto the make-up Saturday") << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10);
    QTest::newRow("past the make-up Saturday") << QDate(2026, 9, 30) << 4 << QDate(2026, 10, 12);
    QTest::newRow("start inside the holiday") << QDate(2026, 10, 3) << 1 << QDate(2026, 10, 8);
    // 20 working days from 30 September: Oct 8, 9, 10, 12-16 (8), 20-23 (12,
    // the 19th is off), 26-30 (17), Nov 2, 3, 4 (20).
    QTest::newRow("twenty working days") << QDate(2026, 9, 30) << 20 << QDate(2026, 11, 4);
    QTest::newRow("friday plus one is monday") << QDate(2026, 11, 6) << 1 << QDate(2026, 11, 9);
    QTest::newRow("negative days is the start") << QDate(2026, 11, 6) << -3 << QDate(2026, 11, 6);
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(octoberCalendar().addWorkingDays(start, days), expected);
}

void TestWorkingCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("same day") << QDate(2026, 10, 8) << QDate(2026, 10, 8) << 0;
    QTest::newRow("next working day") << QDate(2026, 10, 8) << QDate(2026, 10, 9) << 1;
    QTest::newRow("start not counted, end counted") << QDate(2026, 10, 7) << QDate(2026, 10, 8) << 1;
    QTest::newRow("holiday week is empty") << QDate(2026, 9, 30) << QDate(2026, 10, 7) << 0;
    QTest::newRow("with make-up Saturday") << QDate(2026, 9, 30) << QDate(2026, 10, 11) << 3;
    QTest::newRow("reversed is negative") << QDate(2026, 10, 11) << QDate(2026, 9, 30) << -3;
    QTest::newRow("ordinary week") << QDate(2026, 11, 1) << QDate(2026, 11, 8) << 5;
    QTest::newRow("ordinary week reversed") << QDate(2026, 11, 8) << QDate(2026, 11, 1) << -5;
}

void TestWorkingCalendar::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    const WorkingCalendar calendar = octoberCalendar();
    QCOMPARE(calendar.workingDaysBetween(from, to), expected);
    QCOMPARE(calendar.workingDaysBetween(to, from), -expected);
}

void TestWorkingCalendar::betweenAndAddAgree()
{
    const WorkingCalendar calendar = octoberCalendar();
    for (QDate start(2026, 9, 25); start <= QDate(2026, 10, 20); start = start.addDays(1)) {
        for (int days = 0; days <= 25; ++days) {
            const QDate end = calendar.addWorkingDays(start, days);
            QCOMPARE(calendar.workingDaysBetween(start, end), days);
            if (days > 0)
                QVERIFY(calendar.isWorkingDay(end));
        }
    }
}

void TestWorkingCalendar::rejectsBadExceptions()
{
    WorkingCalendar calendar = octoberCalendar();
    const Status weekday
        = calendar.addException(QDate(2026, 10, 14), Kind::MakeUpWorkday, QStringLiteral("x"));
    QVERIFY(!weekday.has_value());
    QVERIFY(weekday.error().message.contains(QStringLiteral("Saturday or Sunday")));
    const Status twice = calendar.addException(QDate(2026, 10, 1), Kind::Holiday, QStringLiteral("again"));
    QVERIFY(!twice.has_value());
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QVERIFY(twice.error().message.contains(QStringLiteral("国庆节")));
    QVERIFY(!calendar.addException(QDate(), Kind::Holiday, QStringLiteral("x")).has_value());
    QCOMPARE(calendar.nameOf(QDate(2026, 10, 10)), QStringLiteral("国庆节调休上班"));
    QCOMPARE(calendar.nameOf(QDate(2026, 10, 12)), QString());
}

void TestWorkingCalendar::jsonRoundTripAndErrors()
{
    const WorkingCalendar calendar = octoberCalendar();
    const Result<WorkingCalendar> again = WorkingCalendar::fromJson(calendar.toJson());
    QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again->exceptions(), calendar.exceptions());

    const QList<std::pair<QByteArray, QString>> bad {
        {"nope", QStringLiteral("not valid JSON")},
        {R"({"dayz": []})", QStringLiteral("dayz")},
        {R"({"days": [{"date": "2026-10-14", "kind": "make-up-workday", "name": "x"}]})",
            QStringLiteral("Saturday or Sunday")},
        {R"({"days": [{"date": "2026-10-01", "kind": "holiday"}, {"date": "2026-10-01", "kind": "holiday"}]})",
            QStringLiteral("day 1")},
        {R"({"days": [{"date": "2026-10-01", "kind": "vacation"}]})", QStringLiteral("“kind”")},
        {R"({"days": [{"date": "01/10/2026", "kind": "holiday"}]})", QStringLiteral("YYYY-MM-DD")},
    };
    for (const auto& [json, fragment] : bad) {
        const Result<WorkingCalendar> parsed = WorkingCalendar::fromJson(json);
        QVERIFY2(!parsed.has_value(), json.constData());
        QVERIFY2(parsed.error().toString().contains(fragment), qPrintable(parsed.error().toString()));
    }
}

void TestWorkingCalendar::shipped2026Calendar()
{
    // 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
    QFile file(QStringLiteral(JIUZHU_TEST_DATA_DIR "/../../resources/policy/calendar_2026.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<WorkingCalendar> calendar = WorkingCalendar::fromJson(file.readAll());
    QVERIFY2(calendar.has_value(), qPrintable(calendar ? QString() : calendar.error().toString()));
    QVERIFY(!calendar->isWorkingDay(QDate(2026, 1, 1)));
    QVERIFY(calendar->isWorkingDay(QDate(2026, 1, 4))); // Sunday worked
    QVERIFY(calendar->isWorkingDay(QDate(2026, 2, 14))); // Saturday worked
    QVERIFY(!calendar->isWorkingDay(QDate(2026, 2, 23))); // Monday, last day of 春节
    QVERIFY(calendar->isWorkingDay(QDate(2026, 2, 28)));
    QVERIFY(!calendar->isWorkingDay(QDate(2026, 4, 6)));
    QVERIFY(!calendar->isWorkingDay(QDate(2026, 5, 5)));
    QVERIFY(calendar->isWorkingDay(QDate(2026, 5, 9)));
    QVERIFY(!calendar->isWorkingDay(QDate(2026, 6, 19)));
    QVERIFY(calendar->isWorkingDay(QDate(2026, 9, 20)));
    QVERIFY(!calendar->isWorkingDay(QDate(2026, 9, 25)));
    QVERIFY(!calendar->isWorkingDay(QDate(2026, 10, 7)));
    QVERIFY(calendar->isWorkingDay(QDate(2026, 10, 10)));
    // 2026: 365 days, 104 weekend days, 6 make-up workdays and 19 holidays
    // on weekdays (1/1-2, 2/16-20, 2/23, 4/6, 5/1, 5/4-5, 6/19, 9/25,
    // 10/1-2, 10/5-7): 365 - 104 + 6 - 19 = 248 working days.
    QCOMPARE(calendar->workingDaysBetween(QDate(2025, 12, 31), QDate(2026, 12, 31)), 248);
    QCOMPARE(calendar->exceptions().size(), 39);
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
