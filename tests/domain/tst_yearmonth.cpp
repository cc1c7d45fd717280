#include "core/domain/YearMonth.h"
#include "tests/common/VerifyRejected.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <climits>

using jiuzhu::DateRange;
using jiuzhu::YearMonth;

namespace jiuzhu {

// Found by QCOMPARE through argument-dependent lookup, for readable failures.
char* toString(const YearMonth& month)
{
    return qstrdup(month.toString().toUtf8().constData());
}

} // namespace jiuzhu

namespace {

YearMonth ym(int year, int month)
{
    return YearMonth::of(year, month).value();
}

} // namespace

class TestYearMonth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void of_data();
    void of();
    void parse_data();
    void parse();
    void days_data();
    void days();
    void addMonths_data();
    void addMonths();
    void monthsUntil_data();
    void monthsUntil();
    void containing_data();
    void containing();
    void everyMonthRoundTrips();
    void ordersAndHashes();
    void dateRangeOf_data();
    void dateRangeOf();
    void dateRangeContainsAndOverlaps();
};

void TestYearMonth::of_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("fragment"); // empty when valid

    QTest::newRow("ordinary") << 2026 << 7 << QString();
    QTest::newRow("first valid") << 1900 << 1 << QString();
    QTest::newRow("last valid") << 2999 << 12 << QString();
    QTest::newRow("year 1899") << 1899 << 12 << QStringLiteral("between 1900 and 2999, not 1899");
    QTest::newRow("year 3000") << 3000 << 1 << QStringLiteral("not 3000");
    QTest::newRow("negative year") << -1 << 5 << QStringLiteral("not -1");
    QTest::newRow("month 0") << 2026 << 0 << QStringLiteral("between 1 and 12, not 0");
    QTest::newRow("month 13") << 2026 << 13 << QStringLiteral("not 13");
    QTest::newRow("month -1") << 2026 << -1 << QStringLiteral("not -1");
    QTest::newRow("both wrong: year reported") << 0 << 0 << QStringLiteral("The year must be");
}

void TestYearMonth::of()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, fragment);
    const auto result = YearMonth::of(year, month);
    if (fragment.isEmpty()) {
        QVERIFY(result.has_value());
        QCOMPARE(result->year(), year);
        QCOMPARE(result->month(), month);
    } else {
        VERIFY_REJECTED(result, fragment);
    }
}

void TestYearMonth::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("year"); // 0 when invalid
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("fragment");

    const QString format = QStringLiteral("YYYY-MM or YYYY年M月");
    QTest::newRow("ISO") << QStringLiteral("2026-07") << 2026 << 7 << QString();
    QTest::newRow("one-digit month") << QStringLiteral("2026-7") << 2026 << 7 << QString();
    QTest::newRow("Chinese") << QStringLiteral("2026年7月") << 2026 << 7 << QString();
    QTest::newRow("Chinese, padded") << QStringLiteral("2026年07月") << 2026 << 7 << QString();
    QTest::newRow("Chinese, December") << QStringLiteral("2026年12月") << 2026 << 12 << QString();
    QTest::newRow("spaces") << QStringLiteral("  2026-07\t") << 2026 << 7 << QString();
    QTest::newRow("full-width digits")
        << QStringLiteral("\uFF11\uFF19\uFF19\uFF19-\uFF11\uFF12") << 1999 << 12 << QString();
    QTest::newRow("first") << QStringLiteral("1900-01") << 1900 << 1 << QString();
    QTest::newRow("last") << QStringLiteral("2999年12月") << 2999 << 12 << QString();
    QTest::newRow("empty") << QString() << 0 << 0 << QStringLiteral("required");
    QTest::newRow("blank") << QStringLiteral("   ") << 0 << 0 << QStringLiteral("required");
    QTest::newRow("slash") << QStringLiteral("2026/07") << 0 << 0 << format;
    QTest::newRow("no separator") << QStringLiteral("202607") << 0 << 0 << format;
    QTest::newRow("two-digit year") << QStringLiteral("26-07") << 0 << 0 << format;
    QTest::newRow("five-digit year") << QStringLiteral("20260-07") << 0 << 0 << format;
    QTest::newRow("three-digit month") << QStringLiteral("2026-007") << 0 << 0 << format;
    QTest::newRow("full date") << QStringLiteral("2026-07-01") << 0 << 0 << format;
    QTest::newRow("leading minus") << QStringLiteral("-2026-07") << 0 << 0 << format;
    QTest::newRow("missing month number") << QStringLiteral("2026-") << 0 << 0 << format;
    QTest::newRow("missing 月") << QStringLiteral("2026年7") << 0 << 0 << format;
    QTest::newRow("Chinese with day") << QStringLiteral("2026年7月1日") << 0 << 0 << format;
    QTest::newRow("Chinese numerals") << QStringLiteral("二〇二六年七月") << 0 << 0 << format;
    QTest::newRow("letters") << QStringLiteral("abcd-ef") << 0 << 0 << format;
    QTest::newRow("month 13") << QStringLiteral("2026-13") << 0 << 0 << QStringLiteral("not 13");
    QTest::newRow("month 00") << QStringLiteral("2026-00") << 0 << 0
                              << QStringLiteral("between 1 and 12, not 0");
    QTest::newRow("Chinese month 13") << QStringLiteral("2026年13月") << 0 << 0 << QStringLiteral("not 13");
    QTest::newRow("year 1899") << QStringLiteral("1899-12") << 0 << 0 << QStringLiteral("not 1899");
    QTest::newRow("year 3000") << QStringLiteral("3000年1月") << 0 << 0 << QStringLiteral("not 3000");
}

void TestYearMonth::parse()
{
    QFETCH(QString, input);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, fragment);
    const auto result = YearMonth::parse(input);
    if (fragment.isEmpty()) {
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->year(), year);
        QCOMPARE(result->month(), month);
    } else {
        VERIFY_REJECTED(result, fragment);
    }
}

void TestYearMonth::days_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("lastDay");

    QTest::newRow("Feb of leap 2024") << 2024 << 2 << 29;
    QTest::newRow("Feb of common 2023") << 2023 << 2 << 28;
    QTest::newRow("Feb of 1900 (not leap)") << 1900 << 2 << 28;
    QTest::newRow("Feb of 2000 (leap)") << 2000 << 2 << 29;
    QTest::newRow("April") << 2026 << 4 << 30;
    QTest::newRow("December") << 2026 << 12 << 31;
    QTest::newRow("last month") << 2999 << 12 << 31;
}

void TestYearMonth::days()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, lastDay);
    const YearMonth m = ym(year, month);
    QCOMPARE(m.firstDay(), QDate(year, month, 1));
    QCOMPARE(m.lastDay(), QDate(year, month, lastDay));
    QCOMPARE(DateRange::ofMonth(m).dayCount(), qint64(lastDay));
}

void TestYearMonth::addMonths_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("to");

    QTest::newRow("zero") << QStringLiteral("2026-07") << 0 << QStringLiteral("2026-07");
    QTest::newRow("into next year") << QStringLiteral("2026-07") << 6 << QStringLiteral("2027-01");
    QTest::newRow("into previous year") << QStringLiteral("2026-07") << -7 << QStringLiteral("2025-12");
    QTest::newRow("December plus one") << QStringLiteral("2026-12") << 1 << QStringLiteral("2027-01");
    QTest::newRow("January minus one") << QStringLiteral("2026-01") << -1 << QStringLiteral("2025-12");
    QTest::newRow("five years back") << QStringLiteral("2026-07") << -60 << QStringLiteral("2021-07");
    QTest::newRow("clamped below") << QStringLiteral("1900-01") << -1 << QStringLiteral("1900-01");
    QTest::newRow("clamped above") << QStringLiteral("2999-12") << 1 << QStringLiteral("2999-12");
    QTest::newRow("INT_MAX") << QStringLiteral("2026-07") << INT_MAX << QStringLiteral("2999-12");
    QTest::newRow("INT_MIN") << QStringLiteral("2026-07") << INT_MIN << QStringLiteral("1900-01");
}

void TestYearMonth::addMonths()
{
    QFETCH(QString, from);
    QFETCH(int, months);
    QFETCH(QString, to);
    QCOMPARE(YearMonth::parse(from)->addMonths(months).toString(), to);
}

void TestYearMonth::monthsUntil_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("months");

    QTest::newRow("same") << QStringLiteral("2026-07") << QStringLiteral("2026-07") << 0;
    QTest::newRow("later") << QStringLiteral("2026-01") << QStringLiteral("2026-07") << 6;
    QTest::newRow("earlier") << QStringLiteral("2026-07") << QStringLiteral("2026-01") << -6;
    QTest::newRow("across a year") << QStringLiteral("2025-11") << QStringLiteral("2026-02") << 3;
    QTest::newRow("whole range") << QStringLiteral("1900-01") << QStringLiteral("2999-12") << 13199;
}

void TestYearMonth::monthsUntil()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, months);
    const YearMonth a = *YearMonth::parse(from);
    const YearMonth b = *YearMonth::parse(to);
    QCOMPARE(a.monthsUntil(b), months);
    QCOMPARE(a.addMonths(months), b);
}

void TestYearMonth::containing_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("month");

    QTest::newRow("leap day") << QDate(2024, 2, 29) << QStringLiteral("2024-02");
    QTest::newRow("first day") << QDate(2026, 7, 1) << QStringLiteral("2026-07");
    QTest::newRow("last day") << QDate(2026, 7, 31) << QStringLiteral("2026-07");
    QTest::newRow("invalid date") << QDate() << QStringLiteral("1900-01");
    QTest::newRow("before range") << QDate(1850, 6, 1) << QStringLiteral("1900-01");
    QTest::newRow("after range") << QDate(3100, 1, 1) << QStringLiteral("2999-12");
}

void TestYearMonth::containing()
{
    QFETCH(QDate, date);
    QFETCH(QString, month);
    QCOMPARE(YearMonth::containing(date).toString(), month);
}

void TestYearMonth::everyMonthRoundTrips()
{
    YearMonth m = ym(1900, 1);
    int count = 1;
    while (m != ym(2999, 12)) {
        const YearMonth next = m.addMonths(1);
        QVERIFY(m < next);
        QCOMPARE(m.monthsUntil(next), 1);
        QCOMPARE(m.lastDay().addDays(1), next.firstDay());
        m = next;
        ++count;
        QCOMPARE(YearMonth::parse(m.toString()).value(), m);
        QCOMPARE(YearMonth::parse(m.toChineseString()).value(), m);
        QCOMPARE(YearMonth::containing(m.firstDay()), m);
        QCOMPARE(YearMonth::containing(m.lastDay()), m);
    }
    QCOMPARE(count, 1100 * 12);
    QCOMPARE(ym(2026, 7).toString(), QStringLiteral("2026-07"));
    QCOMPARE(ym(2026, 7).toChineseString(), QStringLiteral("2026年7月"));
    QCOMPARE(ym(2026, 12).toChineseString(), QStringLiteral("2026年12月"));
}

void TestYearMonth::ordersAndHashes()
{
    QList<YearMonth> months = {ym(2026, 7), ym(2025, 12), ym(2026, 1), ym(1900, 1)};
    std::sort(months.begin(), months.end());
    QCOMPARE(months.first(), ym(1900, 1));
    QCOMPARE(months.at(1), ym(2025, 12));
    QCOMPARE(months.at(2), ym(2026, 1));
    QCOMPARE(months.last(), ym(2026, 7));
    QVERIFY(ym(2025, 12) < ym(2026, 1));
    QVERIFY(ym(2026, 2) > ym(2026, 1));

    QHash<YearMonth, int> paid;
    paid.insert(ym(2026, 7), 1);
    paid.insert(ym(2026, 8), 2);
    paid.insert(*YearMonth::parse(QStringLiteral("2026年7月")), 3);
    QCOMPARE(paid.size(), 2);
    QCOMPARE(paid.value(ym(2026, 7)), 3);
    QVERIFY(!paid.contains(ym(2027, 7)));
    QVERIFY(qHash(ym(2026, 7)) != qHash(ym(2026, 8)) || qHash(ym(2026, 7)) != qHash(ym(2027, 7)));
}

void TestYearMonth::dateRangeOf_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<qint64>("days"); // 0 when invalid
    QTest::addColumn<QString>("fragment");

    QTest::newRow("one day") << QDate(2026, 7, 15) << QDate(2026, 7, 15) << qint64(1) << QString();
    QTest::newRow("across leap day") << QDate(2024, 2, 28) << QDate(2024, 3, 1) << qint64(3) << QString();
    QTest::newRow("common year Feb end") << QDate(2023, 2, 28) << QDate(2023, 3, 1) << qint64(2) << QString();
    QTest::newRow("leap year") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << qint64(366) << QString();
    QTest::newRow("reversed") << QDate(2026, 7, 2) << QDate(2026, 7, 1) << qint64(0)
                              << QStringLiteral("2026-07-01 is before the start date 2026-07-02");
    QTest::newRow("invalid first") << QDate() << QDate(2026, 7, 1) << qint64(0)
                                   << QStringLiteral("start date is not a valid");
    QTest::newRow("invalid last") << QDate(2026, 7, 1) << QDate() << qint64(0)
                                  << QStringLiteral("end date is not a valid");
    QTest::newRow("Feb 29 of common year") << QDate(2023, 2, 29) << QDate(2023, 3, 1) << qint64(0)
                                           << QStringLiteral("start date is not a valid");
}

void TestYearMonth::dateRangeOf()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(qint64, days);
    QFETCH(QString, fragment);
    const auto range = DateRange::of(first, last);
    if (fragment.isEmpty()) {
        QVERIFY(range.has_value());
        QCOMPARE(range->first(), first);
        QCOMPARE(range->last(), last);
        QCOMPARE(range->dayCount(), days);
    } else {
        VERIFY_REJECTED(range, fragment);
    }
}

void TestYearMonth::dateRangeContainsAndOverlaps()
{
    const DateRange july = DateRange::ofMonth(ym(2026, 7));
    QVERIFY(july.contains(QDate(2026, 7, 1)));
    QVERIFY(july.contains(QDate(2026, 7, 31)));
    QVERIFY(!july.contains(QDate(2026, 6, 30)));
    QVERIFY(!july.contains(QDate(2026, 8, 1)));
    QVERIFY(!july.contains(QDate()));

    const DateRange lastDayOfJuly = *DateRange::of(QDate(2026, 7, 31), QDate(2026, 8, 10));
    const DateRange august = DateRange::ofMonth(ym(2026, 8));
    QVERIFY(july.overlaps(lastDayOfJuly));
    QVERIFY(lastDayOfJuly.overlaps(july));
    QVERIFY(!july.overlaps(august));
    QVERIFY(!august.overlaps(july));
    QVERIFY(july == *DateRange::of(QDate(2026, 7, 1), QDate(2026, 7, 31)));
}

QTEST_GUILESS_MAIN(TestYearMonth)
#include "tst_yearmonth.moc"
