#include "core/payments/ChangeEffects.h"
#include "core/payments/PaymentRoster.h"
#include "tests/payments/PaymentsFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::monthlyCase;
using jiuzhu::testing::period;
using jiuzhu::testing::ym;

namespace {

// A household of three on 低保 at 900 yuan since 2025, due to run to 2027-12.
PayableCase familyOfThree()
{
    return monthlyCase(5, 50, AssistanceType::Dibao, {period(ym(2025, 1), ym(2027, 12), 90000, 3)});
}

PayableCase livingAlone()
{
    return monthlyCase(6, 60, AssistanceType::Tekun, {period(ym(2024, 5), std::nullopt, 110000, 1)});
}

} // namespace

class TestChangeEffects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deathOfAPersonLivingAloneEndsTheCaseThatMonth();
    void deathStopsTheSharefromTheNextMonth_data();
    void deathStopsTheSharefromTheNextMonth();
    void deathAwaitingTheNewAmount();
    void deathWithTheWrongNumberOfPersons();
    void otherEventsWaitForAReview_data();
    void otherEventsWaitForAReview();
    void reviewOutcome_data();
    void reviewOutcome();
    void unchangedLeavesTheCaseAlone();
    void refusesEventsOutsideThePaidMonths();
    void changeBeyondTheCaseEndChangesNothing();
};

void TestChangeEffects::deathOfAPersonLivingAloneEndsTheCaseThatMonth()
{
    const auto proposal
        = ChangeEffects::propose(livingAlone(), ChangeEvent {ChangeEventKind::Death, QDate(2026, 3, 14)});
    VERIFY_OK(proposal);
    QCOMPARE(proposal->direction, BenefitDirection::Stop);
    QVERIFY(!proposal->reviewRequired);
    QCOMPARE(proposal->effectiveFrom, std::optional(ym(2026, 4)));
    QCOMPARE(proposal->persons, 0);
    QVERIFY(!proposal->newPeriod.has_value());
    QVERIFY2(proposal->reason.contains(QStringLiteral("2026-03 is the last month paid")),
        qPrintable(proposal->reason));
    QVERIFY(proposal->reason.contains(QStringLiteral("2026-03-14")));

    const auto applied = ChangeEffects::apply(livingAlone(), *proposal);
    VERIFY_OK(applied);
    QCOMPARE(applied->periods, (QList<BenefitPeriod> {period(ym(2024, 5), ym(2026, 3), 110000, 1)}));
    const auto april = PaymentRoster::build({*applied}, ym(2026, 4));
    VERIFY_OK(april);
    QVERIFY(april->lines().isEmpty());
}

void TestChangeEffects::deathStopsTheSharefromTheNextMonth_data()
{
    QTest::addColumn<QDate>("died");
    QTest::addColumn<YearMonth>("effective");
    QTest::newRow("mid-month") << QDate(2026, 3, 14) << ym(2026, 4);
    QTest::newRow("first day") << QDate(2026, 3, 1) << ym(2026, 4);
    QTest::newRow("last day") << QDate(2026, 3, 31) << ym(2026, 4);
    QTest::newRow("december") << QDate(2026, 12, 20) << ym(2027, 1);
}

void TestChangeEffects::deathStopsTheSharefromTheNextMonth()
{
    QFETCH(QDate, died);
    QFETCH(YearMonth, effective);
    const Recalculation remaining {true, 2, 64000, died.addDays(5)};
    const auto proposal
        = ChangeEffects::propose(familyOfThree(), ChangeEvent {ChangeEventKind::Death, died}, remaining);
    VERIFY_OK(proposal);
    QCOMPARE(proposal->direction, BenefitDirection::Lower);
    QVERIFY(!proposal->reviewRequired);
    // A death takes effect from the month after it, not from the decision.
    QCOMPARE(proposal->effectiveFrom, std::optional(effective));
    QCOMPARE(proposal->persons, 2);
    QCOMPARE(proposal->newPeriod, std::optional(period(effective, ym(2027, 12), 64000, 2)));

    const auto applied = ChangeEffects::apply(familyOfThree(), *proposal);
    VERIFY_OK(applied);
    QCOMPARE(applied->periods,
        (QList<BenefitPeriod> {period(ym(2025, 1), effective.addMonths(-1), 90000, 3),
            period(effective, ym(2027, 12), 64000, 2)}));
}

void TestChangeEffects::deathAwaitingTheNewAmount()
{
    const auto proposal
        = ChangeEffects::propose(familyOfThree(), ChangeEvent {ChangeEventKind::Death, QDate(2026, 3, 14)});
    VERIFY_OK(proposal);
    QCOMPARE(proposal->direction, BenefitDirection::Lower);
    QCOMPARE(proposal->effectiveFrom, std::optional(ym(2026, 4)));
    QCOMPARE(proposal->persons, 2);
    QVERIFY(!proposal->newPeriod.has_value());
    QVERIFY(proposal->reason.contains(QStringLiteral("awaits recalculation")));
    const auto applied = ChangeEffects::apply(familyOfThree(), *proposal);
    QVERIFY(!applied.has_value());
    QVERIFY(applied.error().message.contains(QStringLiteral("new amount")));
}

void TestChangeEffects::deathWithTheWrongNumberOfPersons()
{
    const auto proposal
        = ChangeEffects::propose(familyOfThree(), ChangeEvent {ChangeEventKind::Death, QDate(2026, 3, 14)},
            Recalculation {true, 3, 90000, QDate(2026, 3, 20)});
    QVERIFY(!proposal.has_value());
    QCOMPARE(proposal.error().field, QStringLiteral("Case 5"));
    QVERIFY(proposal.error().message.contains(QStringLiteral("for 2 persons, not 3")));
}

void TestChangeEffects::otherEventsWaitForAReview_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("birth") << int(ChangeEventKind::Birth) << QStringLiteral("A birth on 2026-03-14");
    QTest::newRow("marriage") << int(ChangeEventKind::Marriage) << QStringLiteral("A marriage on 2026-03-14");
    QTest::newRow("move out") << int(ChangeEventKind::MoveOut) << QStringLiteral("moving out on 2026-03-14");
    QTest::newRow("income") << int(ChangeEventKind::IncomeChange) << QStringLiteral("1,500.00 yuan a month");
}

void TestChangeEffects::otherEventsWaitForAReview()
{
    QFETCH(int, kind);
    QFETCH(QString, words);
    const auto proposal = ChangeEffects::propose(
        familyOfThree(), ChangeEvent {ChangeEventKind(kind), QDate(2026, 3, 14), 150000});
    VERIFY_OK(proposal);
    QCOMPARE(proposal->direction, BenefitDirection::AwaitingReview);
    QVERIFY(proposal->reviewRequired);
    QVERIFY(!proposal->effectiveFrom.has_value());
    QCOMPARE(proposal->persons, 3);
    QVERIFY2(proposal->reason.contains(words), qPrintable(proposal->reason));
    QVERIFY(!ChangeEffects::apply(familyOfThree(), *proposal).has_value());
}

void TestChangeEffects::reviewOutcome_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<Recalculation>("review");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("error");

    const QDate decided(2026, 5, 20); // changes apply from 2026-06
    const int raise = int(BenefitDirection::Raise);
    const int lower = int(BenefitDirection::Lower);
    const int stop = int(BenefitDirection::Stop);
    QTest::newRow("birth raises") << int(ChangeEventKind::Birth) << Recalculation {true, 4, 115000, decided}
                                  << raise << QString();
    QTest::newRow("birth with as many persons")
        << int(ChangeEventKind::Birth) << Recalculation {true, 3, 115000, decided} << 0
        << QStringLiteral("more than 3 persons");
    QTest::newRow("marriage adds a spouse")
        << int(ChangeEventKind::Marriage) << Recalculation {true, 4, 90000, decided} << raise << QString();
    QTest::newRow("marriage takes a member away")
        << int(ChangeEventKind::Marriage) << Recalculation {true, 2, 70000, decided} << lower << QString();
    QTest::newRow("move out lowers") << int(ChangeEventKind::MoveOut)
                                     << Recalculation {true, 2, 60000, decided} << lower << QString();
    QTest::newRow("move out keeping everyone")
        << int(ChangeEventKind::MoveOut) << Recalculation {true, 3, 60000, decided} << 0
        << QStringLiteral("for 2 persons, not 3");
    QTest::newRow("income rises, benefit falls")
        << int(ChangeEventKind::IncomeChange) << Recalculation {true, 3, 40000, decided} << lower
        << QString();
    QTest::newRow("income falls, benefit rises")
        << int(ChangeEventKind::IncomeChange) << Recalculation {true, 3, 120000, decided} << raise
        << QString();
    QTest::newRow("income too high to qualify")
        << int(ChangeEventKind::IncomeChange) << Recalculation {false, 0, 0, decided} << stop << QString();
    QTest::newRow("income with other persons")
        << int(ChangeEventKind::IncomeChange) << Recalculation {true, 2, 40000, decided} << 0
        << QStringLiteral("for 3 persons, not 2");
    QTest::newRow("decided before the event")
        << int(ChangeEventKind::Birth) << Recalculation {true, 4, 115000, QDate(2026, 3, 1)} << 0
        << QStringLiteral("on or after the event");
    QTest::newRow("negative amount") << int(ChangeEventKind::Birth) << Recalculation {true, 4, -1, decided}
                                     << 0 << QStringLiteral("zero or more");
}

void TestChangeEffects::reviewOutcome()
{
    QFETCH(int, kind);
    QFETCH(Recalculation, review);
    QFETCH(int, direction);
    QFETCH(QString, error);
    const ChangeEvent event {ChangeEventKind(kind), QDate(2026, 3, 14), 150000};
    const auto proposal = ChangeEffects::propose(familyOfThree(), event, review);
    if (!error.isEmpty()) {
        QVERIFY(!proposal.has_value());
        QVERIFY2(proposal.error().message.contains(error), qPrintable(proposal.error().message));
        return;
    }
    VERIFY_OK(proposal);
    QCOMPARE(int(proposal->direction), direction);
    QVERIFY(proposal->reviewRequired);
    // Money paid before the decision stands: the change starts the month after.
    QCOMPARE(proposal->effectiveFrom, std::optional(ym(2026, 6)));

    const auto applied = ChangeEffects::apply(familyOfThree(), *proposal);
    VERIFY_OK(applied);
    QCOMPARE(applied->periods.first(), period(ym(2025, 1), ym(2026, 5), 90000, 3));
    if (BenefitDirection(direction) == BenefitDirection::Stop) {
        QCOMPARE(applied->periods.size(), 1);
        QVERIFY(proposal->reason.contains(QStringLiteral("stops from 2026-06")));
    } else {
        QCOMPARE(applied->periods.size(), 2);
        QCOMPARE(
            applied->periods.last(), period(ym(2026, 6), ym(2027, 12), review.monthlyFen, review.persons));
    }
}

void TestChangeEffects::unchangedLeavesTheCaseAlone()
{
    const auto proposal = ChangeEffects::propose(familyOfThree(),
        ChangeEvent {ChangeEventKind::IncomeChange, QDate(2026, 3, 14), 20000},
        Recalculation {true, 3, 90000, QDate(2026, 4, 2)});
    VERIFY_OK(proposal);
    QCOMPARE(proposal->direction, BenefitDirection::Unchanged);
    QVERIFY(!proposal->newPeriod.has_value());
    const auto applied = ChangeEffects::apply(familyOfThree(), *proposal);
    VERIFY_OK(applied);
    QCOMPARE(*applied, familyOfThree());
}

void TestChangeEffects::refusesEventsOutsideThePaidMonths()
{
    const auto before
        = ChangeEffects::propose(familyOfThree(), ChangeEvent {ChangeEventKind::Death, QDate(2024, 12, 31)});
    QVERIFY(!before.has_value());
    QVERIFY(before.error().message.contains(QStringLiteral("not paid monthly in 2024-12")));
    QVERIFY(
        !ChangeEffects::propose(familyOfThree(), ChangeEvent {ChangeEventKind::Birth, QDate()}).has_value());
    QVERIFY(!ChangeEffects::propose(
        familyOfThree(), ChangeEvent {ChangeEventKind::IncomeChange, QDate(2026, 1, 1), -5})
                 .has_value());
    PayableCase broken = familyOfThree();
    broken.periods.first().persons = 0;
    QVERIFY(
        !ChangeEffects::propose(broken, ChangeEvent {ChangeEventKind::Death, QDate(2026, 1, 1)}).has_value());
}

void TestChangeEffects::changeBeyondTheCaseEndChangesNothing()
{
    // Died in the last month the case was to be paid anyway.
    const auto proposal
        = ChangeEffects::propose(familyOfThree(), ChangeEvent {ChangeEventKind::Death, QDate(2027, 12, 3)},
            Recalculation {true, 2, 60000, QDate(2027, 12, 5)});
    VERIFY_OK(proposal);
    QCOMPARE(proposal->direction, BenefitDirection::Unchanged);
    QCOMPARE(*ChangeEffects::apply(familyOfThree(), *proposal), familyOfThree());
}

QTEST_GUILESS_MAIN(TestChangeEffects)
#include "tst_changeeffects.moc"
