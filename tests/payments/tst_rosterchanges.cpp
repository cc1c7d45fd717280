#include "core/payments/PaymentRoster.h"
#include "core/payments/RosterChanges.h"
#include "tests/payments/PaymentsFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::buildRoster;
using jiuzhu::testing::expectOk;
using jiuzhu::testing::monthlyCase;
using jiuzhu::testing::oneOffCase;
using jiuzhu::testing::period;
using jiuzhu::testing::ym;

namespace {

QList<qint64> caseIds(const QList<RosterChange>& changes)
{
    QList<qint64> ids;
    for (const RosterChange& change : changes)
        ids.append(change.caseId);
    return ids;
}

} // namespace

class TestRosterChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesEveryCase();
    void adjustmentCarriesTheDelta();
    void personsChangeAloneIsAnAdjustment();
    void oneOffsAreTheirOwnList();
    void unchangedMonthsHaveNoChanges();
    void refusesMonthsThatDoNotFollow();
    void refusesAmbiguousRosters();
};

void TestRosterChanges::classifiesEveryCase()
{
    const QList<PayableCase> cases {
        monthlyCase(
            1, 1, AssistanceType::Dibao, {period(ym(2026, 7), std::nullopt, 60000, 2)}), // new in July
        monthlyCase(
            2, 2, AssistanceType::Tekun, {period(ym(2025, 1), ym(2026, 6), 90000, 1)}), // exit after June
        monthlyCase(3, 3, AssistanceType::Dibao,
            {period(ym(2025, 1), ym(2026, 6), 100000, 3),
                period(ym(2026, 7), std::nullopt, 110000, 3)}), // raise
        monthlyCase(4, 4, AssistanceType::Dibao, {period(ym(2025, 1), std::nullopt, 50000, 1)}), // unchanged
    };
    const auto changes
        = RosterChanges::between(buildRoster(cases, ym(2026, 6)), buildRoster(cases, ym(2026, 7)));
    VERIFY_OK(changes);
    QCOMPARE(changes->month, ym(2026, 7));
    QCOMPARE(caseIds(changes->added), QList<qint64> {1});
    QCOMPARE(caseIds(changes->exits), QList<qint64> {2});
    QCOMPARE(caseIds(changes->adjustments), QList<qint64> {3});
    QVERIFY(changes->oneOffs.isEmpty());

    QCOMPARE(changes->added.first(), (RosterChange {1, 1, AssistanceType::Dibao, 0, 0, 2, 60000}));
    QCOMPARE(changes->exits.first(), (RosterChange {2, 2, AssistanceType::Tekun, 1, 90000, 0, 0}));
}

void TestRosterChanges::adjustmentCarriesTheDelta()
{
    const QList<PayableCase> cases {monthlyCase(3, 3, AssistanceType::Dibao,
        {period(ym(2026, 1), ym(2026, 6), 100000, 3), period(ym(2026, 7), std::nullopt, 82000, 2)})};
    const auto changes
        = RosterChanges::between(buildRoster(cases, ym(2026, 6)), buildRoster(cases, ym(2026, 7)));
    VERIFY_OK(changes);
    QCOMPARE(changes->adjustments.size(), 1);
    const RosterChange& adjustment = changes->adjustments.first();
    QCOMPARE(adjustment.personsBefore, 3);
    QCOMPARE(adjustment.personsAfter, 2);
    QCOMPARE(adjustment.personsDelta(), -1);
    QCOMPARE(adjustment.fenDelta(), qint64(-18000));
}

void TestRosterChanges::personsChangeAloneIsAnAdjustment()
{
    const QList<PayableCase> cases {monthlyCase(3, 3, AssistanceType::Tekun,
        {period(ym(2026, 1), ym(2026, 1), 5000, 1), period(ym(2026, 2), std::nullopt, 5000, 2)})};
    const auto changes
        = RosterChanges::between(buildRoster(cases, ym(2026, 1)), buildRoster(cases, ym(2026, 2)));
    VERIFY_OK(changes);
    QCOMPARE(caseIds(changes->adjustments), QList<qint64> {3});
    QCOMPARE(changes->adjustments.first().fenDelta(), qint64(0));
}

void TestRosterChanges::oneOffsAreTheirOwnList()
{
    const QList<PayableCase> cases {
        oneOffCase(5, 5, AssistanceType::TemporaryExpenditure, {OneOffPayment {ym(2026, 3), 200000, 3}}),
        oneOffCase(6, 6, AssistanceType::TemporaryEmergency, {OneOffPayment {ym(2026, 2), 100000, 1}}),
    };
    const auto changes
        = RosterChanges::between(buildRoster(cases, ym(2026, 2)), buildRoster(cases, ym(2026, 3)));
    VERIFY_OK(changes);
    // Neither a new beneficiary (case 5) nor an exit (case 6, paid in February).
    QVERIFY(changes->added.isEmpty());
    QVERIFY(changes->exits.isEmpty());
    QCOMPARE(caseIds(changes->oneOffs), QList<qint64> {5});
    QCOMPARE(changes->oneOffs.first().fenAfter, qint64(200000));
}

void TestRosterChanges::unchangedMonthsHaveNoChanges()
{
    const QList<PayableCase> cases {
        monthlyCase(1, 1, AssistanceType::Dibao, {period(ym(2026, 1), std::nullopt, 5, 1)})};
    const auto changes
        = RosterChanges::between(buildRoster(cases, ym(2026, 4)), buildRoster(cases, ym(2026, 5)));
    VERIFY_OK(changes);
    QCOMPARE(*changes, (RosterChanges {ym(2026, 5), {}, {}, {}, {}}));
}

void TestRosterChanges::refusesMonthsThatDoNotFollow()
{
    const QList<PayableCase> cases;
    const auto skipped
        = RosterChanges::between(buildRoster(cases, ym(2026, 4)), buildRoster(cases, ym(2026, 6)));
    QVERIFY(!skipped.has_value());
    QVERIFY(skipped.error().message.contains(QStringLiteral("2026-04")));
    QVERIFY(!RosterChanges::between(buildRoster(cases, ym(2026, 6)), buildRoster(cases, ym(2026, 5)))
                 .has_value());
    // Across the turn of the year they do follow.
    VERIFY_OK(RosterChanges::between(buildRoster(cases, ym(2025, 12)), buildRoster(cases, ym(2026, 1))));
}

void TestRosterChanges::refusesAmbiguousRosters()
{
    const RosterLine line {1, 1, AssistanceType::Dibao, 1, 100, PaymentKind::Monthly};
    const auto previous = PaymentRoster::fromLines(ym(2026, 1), {line});
    const auto doubled = PaymentRoster::fromLines(ym(2026, 2), {line, line});
    VERIFY_OK(previous);
    VERIFY_OK(doubled);
    const auto changes = RosterChanges::between(*previous, *doubled);
    QVERIFY(!changes.has_value());
    QCOMPARE(changes.error().code, ErrorCode::Conflict);
    QCOMPARE(changes.error().field, QStringLiteral("Case 1"));
}

QTEST_GUILESS_MAIN(TestRosterChanges)
#include "tst_rosterchanges.moc"
