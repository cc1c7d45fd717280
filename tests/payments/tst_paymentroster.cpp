#include "core/payments/PaymentRoster.h"
#include "tests/payments/PaymentsFixture.h"

#include <QTest>

#include <limits>

using namespace jiuzhu;
using jiuzhu::testing::monthlyCase;
using jiuzhu::testing::oneOffCase;
using jiuzhu::testing::period;
using jiuzhu::testing::ym;

namespace {

// Three households over 2026: one starting in April, one stopping after June,
// one raised in July; and an emergency grant in March.
QList<PayableCase> year2026()
{
    return {
        monthlyCase(1, 10, AssistanceType::Dibao, {period(ym(2026, 4), std::nullopt, 64000, 2)}),
        monthlyCase(2, 20, AssistanceType::Tekun, {period(ym(2025, 1), ym(2026, 6), 98000, 1)}),
        monthlyCase(3, 30, AssistanceType::Dibao,
            {period(ym(2025, 7), ym(2026, 6), 120000, 4), period(ym(2026, 7), std::nullopt, 132000, 4)}),
        oneOffCase(4, 10, AssistanceType::TemporaryEmergency, {OneOffPayment {ym(2026, 3), 300000, 2}}),
    };
}

const RosterLine* lineOf(const PaymentRoster& roster, qint64 caseId, PaymentKind kind)
{
    for (const RosterLine& line : roster.lines()) {
        if (line.caseId == caseId && line.kind == kind)
            return &line;
    }
    return nullptr;
}

} // namespace

class TestPaymentRoster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseStartingMidYear();
    void stoppedCase();
    void raiseAppliesFromItsMonth();
    void oneOffPaidInItsMonthOnly();
    void totalsPerTypeAndOverall();
    void zeroAmountsStayOnTheRoster();
    void refusesAHouseholdPaidTwiceForOneType();
    void allowsTwoTypesAndSuccessiveCasesForAHousehold();
    void refusesInvalidCasesNamingThem();
    void refusesACaseListedTwice();
    void fromLinesKeepsDuplicatesAndSorts();
    void fromLinesRefusesUnsummableLines();
    void totalsNeverOverflowSilently();
};

void TestPaymentRoster::caseStartingMidYear()
{
    const auto march = PaymentRoster::build(year2026(), ym(2026, 3));
    const auto april = PaymentRoster::build(year2026(), ym(2026, 4));
    VERIFY_OK(march);
    VERIFY_OK(april);
    QVERIFY(!lineOf(*march, 1, PaymentKind::Monthly));
    const RosterLine* line = lineOf(*april, 1, PaymentKind::Monthly);
    QVERIFY(line);
    QCOMPARE(line->fen, qint64(64000));
    QCOMPARE(line->persons, 2);
    QCOMPARE(line->householdId, qint64(10));
    QCOMPARE(line->type, AssistanceType::Dibao);
}

void TestPaymentRoster::stoppedCase()
{
    const auto june = PaymentRoster::build(year2026(), ym(2026, 6));
    const auto july = PaymentRoster::build(year2026(), ym(2026, 7));
    VERIFY_OK(june);
    VERIFY_OK(july);
    QVERIFY(lineOf(*june, 2, PaymentKind::Monthly));
    QVERIFY(!lineOf(*july, 2, PaymentKind::Monthly));
}

void TestPaymentRoster::raiseAppliesFromItsMonth()
{
    const auto june = PaymentRoster::build(year2026(), ym(2026, 6));
    const auto july = PaymentRoster::build(year2026(), ym(2026, 7));
    VERIFY_OK(june);
    VERIFY_OK(july);
    QCOMPARE(lineOf(*june, 3, PaymentKind::Monthly)->fen, qint64(120000));
    QCOMPARE(lineOf(*july, 3, PaymentKind::Monthly)->fen, qint64(132000));
}

void TestPaymentRoster::oneOffPaidInItsMonthOnly()
{
    const auto march = PaymentRoster::build(year2026(), ym(2026, 3));
    const auto april = PaymentRoster::build(year2026(), ym(2026, 4));
    VERIFY_OK(march);
    VERIFY_OK(april);
    const RosterLine* line = lineOf(*march, 4, PaymentKind::OneOff);
    QVERIFY(line);
    QCOMPARE(line->fen, qint64(300000));
    QVERIFY(!lineOf(*april, 4, PaymentKind::OneOff));
}

void TestPaymentRoster::totalsPerTypeAndOverall()
{
    const auto march = PaymentRoster::build(year2026(), ym(2026, 3));
    VERIFY_OK(march);
    const RosterStatistics& totals = march->totals();
    QCOMPARE(totals.month, ym(2026, 3));
    QCOMPARE(totals.figures(AssistanceType::Dibao, PaymentKind::Monthly), (RosterFigures {1, 4, 120000}));
    QCOMPARE(totals.figures(AssistanceType::Tekun, PaymentKind::Monthly), (RosterFigures {1, 1, 98000}));
    QCOMPARE(totals.figures(AssistanceType::TemporaryEmergency, PaymentKind::OneOff),
        (RosterFigures {1, 2, 300000}));
    QCOMPARE(totals.figures(AssistanceType::TemporaryEmergency, PaymentKind::Monthly), RosterFigures());
    QCOMPARE(totals.overall, (RosterFigures {3, 7, 518000}));

    const auto statistics = RosterStatistics::fromLines(ym(2026, 3), march->lines());
    VERIFY_OK(statistics);
    QCOMPARE(*statistics, totals);

    const auto july = PaymentRoster::build(year2026(), ym(2026, 7));
    VERIFY_OK(july);
    QCOMPARE(
        july->totals().figures(AssistanceType::Dibao, PaymentKind::Monthly), (RosterFigures {2, 6, 196000}));
    QCOMPARE(july->totals().overall, (RosterFigures {2, 6, 196000}));
    QCOMPARE(july->lines().size(), 2);
}

void TestPaymentRoster::zeroAmountsStayOnTheRoster()
{
    const QList<PayableCase> cases {
        monthlyCase(1, 1, AssistanceType::NearDibao, {period(ym(2026, 1), std::nullopt, 0, 3)}),
    };
    const auto roster = PaymentRoster::build(cases, ym(2026, 2));
    VERIFY_OK(roster);
    QCOMPARE(roster->lines().size(), 1);
    QCOMPARE(roster->totals().overall, (RosterFigures {1, 3, 0}));
}

void TestPaymentRoster::refusesAHouseholdPaidTwiceForOneType()
{
    const QList<PayableCase> cases {
        monthlyCase(1, 5, AssistanceType::Dibao, {period(ym(2026, 1), std::nullopt, 100, 1)}),
        monthlyCase(2, 5, AssistanceType::Dibao, {period(ym(2026, 3), std::nullopt, 200, 1)}),
    };
    VERIFY_OK(PaymentRoster::build(cases, ym(2026, 2)));
    const auto march = PaymentRoster::build(cases, ym(2026, 3));
    QVERIFY(!march.has_value());
    QCOMPARE(march.error().code, ErrorCode::Conflict);
    QCOMPARE(march.error().field, QStringLiteral("Case 2"));
    QVERIFY2(march.error().message.contains(QStringLiteral("Household 5 would be paid twice")),
        qPrintable(march.error().message));
    QVERIFY(march.error().message.contains(QStringLiteral("case 1")));
}

void TestPaymentRoster::allowsTwoTypesAndSuccessiveCasesForAHousehold()
{
    // The one-off has the lowest case number, so its line sorts first: it
    // must not take the household's place in the monthly count.
    const QList<PayableCase> cases {
        monthlyCase(2, 5, AssistanceType::Dibao, {period(ym(2026, 1), ym(2026, 2), 100, 2)}),
        monthlyCase(3, 5, AssistanceType::Dibao, {period(ym(2026, 3), std::nullopt, 200, 2)}),
        monthlyCase(4, 5, AssistanceType::Tekun, {period(ym(2026, 1), std::nullopt, 300, 1)}),
        oneOffCase(1, 5, AssistanceType::Dibao, {OneOffPayment {ym(2026, 3), 50, 2}}),
    };
    const auto march = PaymentRoster::build(cases, ym(2026, 3));
    VERIFY_OK(march);
    QCOMPARE(march->lines().size(), 3);
    // The household counts once in each row of the statistics table.
    QCOMPARE(march->totals().figures(AssistanceType::Dibao, PaymentKind::Monthly).households, 1);
    QCOMPARE(march->totals().figures(AssistanceType::Dibao, PaymentKind::OneOff).households, 1);
    QCOMPARE(march->totals().overall.households, 3);
}

void TestPaymentRoster::refusesInvalidCasesNamingThem()
{
    QList<PayableCase> cases = year2026();
    cases[2].periods[1].persons = 0;
    const auto roster = PaymentRoster::build(cases, ym(2026, 1));
    QVERIFY(!roster.has_value());
    QCOMPARE(roster.error().field, QStringLiteral("Case 3: period 2"));
}

void TestPaymentRoster::refusesACaseListedTwice()
{
    QList<PayableCase> cases = year2026();
    cases.append(cases.first());
    const auto roster = PaymentRoster::build(cases, ym(2026, 5));
    QVERIFY(!roster.has_value());
    QCOMPARE(roster.error().field, QStringLiteral("Case 1"));
}

void TestPaymentRoster::fromLinesKeepsDuplicatesAndSorts()
{
    const RosterLine a {9, 2, AssistanceType::Tekun, 1, 500, PaymentKind::Monthly};
    const RosterLine b {3, 7, AssistanceType::Dibao, 2, 700, PaymentKind::Monthly};
    const auto roster = PaymentRoster::fromLines(ym(2026, 1), {a, b, a});
    VERIFY_OK(roster);
    QCOMPARE(roster->lines(), (QList<RosterLine> {b, a, a}));
    // The household is counted once, its money twice: the reconciliation
    // reports the duplicate rather than the roster hiding it.
    QCOMPARE(
        roster->totals().figures(AssistanceType::Tekun, PaymentKind::Monthly), (RosterFigures {1, 2, 1000}));
}

void TestPaymentRoster::fromLinesRefusesUnsummableLines()
{
    const auto noPersons = PaymentRoster::fromLines(
        ym(2026, 1), {RosterLine {8, 1, AssistanceType::Dibao, 0, 1, PaymentKind::Monthly}});
    QVERIFY(!noPersons.has_value());
    QCOMPARE(noPersons.error().field, QStringLiteral("Case 8"));
    const auto negative = PaymentRoster::fromLines(
        ym(2026, 1), {RosterLine {8, 1, AssistanceType::Dibao, 1, -1, PaymentKind::Monthly}});
    QVERIFY(!negative.has_value());
    QVERIFY(negative.error().message.contains(QStringLiteral("negative")));
}

void TestPaymentRoster::totalsNeverOverflowSilently()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    QList<PayableCase> cases {
        monthlyCase(1, 1, AssistanceType::Dibao, {period(ym(2026, 1), std::nullopt, max - 10, 1)}),
        monthlyCase(2, 2, AssistanceType::Tekun, {period(ym(2026, 1), std::nullopt, 10, 1)}),
    };
    const auto exact = PaymentRoster::build(cases, ym(2026, 1));
    VERIFY_OK(exact);
    QCOMPARE(exact->totals().overall.fen, max);

    cases[1].periods[0].monthlyFen = 11;
    const auto tooLarge = PaymentRoster::build(cases, ym(2026, 1));
    QVERIFY(!tooLarge.has_value());
    QVERIFY2(
        tooLarge.error().message.contains(QStringLiteral("too large")), qPrintable(tooLarge.error().message));

    // Within one row too.
    cases[1].type = AssistanceType::Dibao;
    QVERIFY(!PaymentRoster::build(cases, ym(2026, 1)).has_value());
}

QTEST_GUILESS_MAIN(TestPaymentRoster)
#include "tst_paymentroster.moc"
