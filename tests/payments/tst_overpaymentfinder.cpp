#include "core/payments/ChangeEffects.h"
#include "core/payments/OverpaymentFinder.h"
#include "tests/payments/PaymentsFixture.h"

#include <QTest>

#include <limits>

using namespace jiuzhu;
using jiuzhu::testing::buildRoster;
using jiuzhu::testing::expectOk;
using jiuzhu::testing::monthlyCase;
using jiuzhu::testing::oneOffCase;
using jiuzhu::testing::period;
using jiuzhu::testing::ym;

namespace {

QList<PayableCase> asPaid()
{
    return {
        monthlyCase(5, 50, AssistanceType::Dibao, {period(ym(2025, 1), std::nullopt, 90000, 3)}),
        monthlyCase(6, 60, AssistanceType::Tekun, {period(ym(2024, 5), std::nullopt, 110000, 1)}),
        monthlyCase(7, 70, AssistanceType::Dibao, {period(ym(2025, 1), std::nullopt, 50000, 1)}),
    };
}

// The rosters of January to May 2026, as they were paid.
QList<PaymentRoster> paidRosters(const QList<PayableCase>& cases)
{
    QList<PaymentRoster> rosters;
    for (int month = 1; month <= 5; ++month)
        rosters.append(buildRoster(cases, ym(2026, month)));
    return rosters;
}

PayableCase afterDeath(const PayableCase& payable, QDate died, std::optional<Recalculation> recalculation)
{
    const ProposedChange proposal = expectOk(
        ChangeEffects::propose(payable, ChangeEvent {ChangeEventKind::Death, died}, recalculation));
    return expectOk(ChangeEffects::apply(payable, proposal));
}

QList<YearMonth> months(const QList<Overpayment>& records)
{
    QList<YearMonth> result;
    for (const Overpayment& record : records)
        result.append(record.month);
    return result;
}

} // namespace

class TestOverpaymentFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lateReportedDeathOfAPersonLivingAlone();
    void lateReportedDeathInAFamily();
    void underpaymentsAreKeptApart();
    void oneOffsCompareToo();
    void correctEntitlementFindsNothing();
    void refusesAmbiguousInput();
    void totalsNeverOverflowSilently();
};

void TestOverpaymentFinder::lateReportedDeathOfAPersonLivingAlone()
{
    // Died on 10 February, reported in May: March to May were paid wrongly.
    const QList<PayableCase> paid = asPaid();
    const PayableCase corrected = afterDeath(paid.at(1), QDate(2026, 2, 10), std::nullopt);
    const auto report = OverpaymentFinder::find(paidRosters(paid), {corrected});
    VERIFY_OK(report);
    QCOMPARE(months(report->overpayments), (QList<YearMonth> {ym(2026, 3), ym(2026, 4), ym(2026, 5)}));
    QCOMPARE(report->totalOverpaidFen, qint64(330000));
    QVERIFY(report->underpayments.isEmpty());
    const Overpayment& first = report->overpayments.first();
    QCOMPARE(first.caseId, qint64(6));
    QCOMPARE(first.householdId, qint64(60));
    QCOMPARE(first.type, AssistanceType::Tekun);
    QCOMPARE(first.kind, PaymentKind::Monthly);
    QCOMPARE(first.paidFen, qint64(110000));
    QCOMPARE(first.paidPersons, 1);
    QCOMPARE(first.entitledFen, qint64(0));
    QCOMPARE(first.entitledPersons, 0);
    QCOMPARE(first.differenceFen, qint64(110000));
}

void TestOverpaymentFinder::lateReportedDeathInAFamily()
{
    const QList<PayableCase> paid = asPaid();
    const PayableCase corrected
        = afterDeath(paid.at(0), QDate(2026, 2, 10), Recalculation {true, 2, 64000, QDate(2026, 5, 12)});
    const auto report = OverpaymentFinder::find(paidRosters(paid), {corrected, paid.at(2)});
    VERIFY_OK(report);
    QCOMPARE(report->overpayments.size(), 3);
    QCOMPARE(report->totalOverpaidFen, qint64(3 * 26000));
    for (const Overpayment& record : report->overpayments) {
        QCOMPARE(record.paidPersons, 3);
        QCOMPARE(record.entitledPersons, 2);
        QCOMPARE(record.differenceFen, qint64(26000));
    }
}

void TestOverpaymentFinder::underpaymentsAreKeptApart()
{
    // A raise from April decided late: April and May were paid too little.
    const QList<PayableCase> paid = asPaid();
    PayableCase corrected = paid.at(2);
    corrected.periods
        = {period(ym(2025, 1), ym(2026, 3), 50000, 1), period(ym(2026, 4), std::nullopt, 58000, 1)};
    const auto report = OverpaymentFinder::find(paidRosters(paid), {corrected});
    VERIFY_OK(report);
    QVERIFY(report->overpayments.isEmpty());
    QCOMPARE(months(report->underpayments), (QList<YearMonth> {ym(2026, 4), ym(2026, 5)}));
    QCOMPARE(report->underpayments.first().differenceFen, qint64(-8000));
    QCOMPARE(report->totalUnderpaidFen, qint64(16000));
    QCOMPARE(report->totalOverpaidFen, qint64(0));
}

void TestOverpaymentFinder::oneOffsCompareToo()
{
    const PayableCase grant
        = oneOffCase(9, 90, AssistanceType::TemporaryEmergency, {OneOffPayment {ym(2026, 2), 300000, 2}});
    PayableCase corrected = grant;
    corrected.oneOffs.first().fen = 200000; // the cap was exceeded
    const auto report = OverpaymentFinder::find(paidRosters({grant}), {corrected});
    VERIFY_OK(report);
    QCOMPARE(report->overpayments.size(), 1);
    QCOMPARE(report->overpayments.first().kind, PaymentKind::OneOff);
    QCOMPARE(report->overpayments.first().month, ym(2026, 2));
    QCOMPARE(report->totalOverpaidFen, qint64(100000));
}

void TestOverpaymentFinder::correctEntitlementFindsNothing()
{
    const QList<PayableCase> paid = asPaid();
    const auto report = OverpaymentFinder::find(paidRosters(paid), paid);
    VERIFY_OK(report);
    QVERIFY(report->overpayments.isEmpty());
    QVERIFY(report->underpayments.isEmpty());
}

void TestOverpaymentFinder::refusesAmbiguousInput()
{
    const QList<PayableCase> paid = asPaid();
    QList<PaymentRoster> rosters = paidRosters(paid);
    QVERIFY(!OverpaymentFinder::find(rosters, {paid.at(0), paid.at(0)}).has_value());

    PayableCase invalid = paid.at(0);
    invalid.periods.first().monthlyFen = -1;
    const auto rejected = OverpaymentFinder::find(rosters, {invalid});
    QVERIFY(!rejected.has_value());
    QCOMPARE(rejected.error().field, QStringLiteral("Case 5: period 1"));

    rosters.append(rosters.first());
    const auto twice = OverpaymentFinder::find(rosters, paid);
    QVERIFY(!twice.has_value());
    QVERIFY(twice.error().message.contains(QStringLiteral("2026-01 is given twice")));

    const RosterLine line {5, 50, AssistanceType::Dibao, 3, 90000, PaymentKind::Monthly};
    const auto doubled = PaymentRoster::fromLines(ym(2026, 1), {line, line});
    VERIFY_OK(doubled);
    QVERIFY(!OverpaymentFinder::find({*doubled}, paid).has_value());
}

void TestOverpaymentFinder::totalsNeverOverflowSilently()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    const PayableCase paid
        = monthlyCase(1, 1, AssistanceType::Dibao, {period(ym(2026, 1), ym(2026, 2), max - 1, 1)});
    const PayableCase nothingDue
        = monthlyCase(1, 1, AssistanceType::Dibao, {period(ym(2026, 3), ym(2026, 3), 1, 1)});
    QList<PaymentRoster> rosters;
    for (int month = 1; month <= 2; ++month)
        rosters.append(*PaymentRoster::build({paid}, ym(2026, month)));
    const auto report = OverpaymentFinder::find(rosters, {nothingDue});
    QVERIFY(!report.has_value());
    QVERIFY(report.error().message.contains(QStringLiteral("too large")));
}

QTEST_GUILESS_MAIN(TestOverpaymentFinder)
#include "tst_overpaymentfinder.moc"
