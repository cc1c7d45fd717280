#include "core/payments/Reconciliation.h"
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

// June to July 2026: case 1 new, case 2 exits, case 3 raised, case 4
// unchanged, case 5 a one-off in July, case 6 a one-off in June.
QList<PayableCase> scenario()
{
    return {
        monthlyCase(1, 1, AssistanceType::Dibao, {period(ym(2026, 7), std::nullopt, 60000, 2)}),
        monthlyCase(2, 2, AssistanceType::Tekun, {period(ym(2025, 1), ym(2026, 6), 90000, 1)}),
        monthlyCase(3, 3, AssistanceType::Dibao,
            {period(ym(2025, 1), ym(2026, 6), 100000, 3), period(ym(2026, 7), std::nullopt, 110000, 3)}),
        monthlyCase(4, 4, AssistanceType::Tekun, {period(ym(2025, 1), std::nullopt, 95000, 1)}),
        oneOffCase(5, 5, AssistanceType::TemporaryEmergency, {OneOffPayment {ym(2026, 7), 300000, 4}}),
        oneOffCase(6, 6, AssistanceType::TemporaryExpenditure, {OneOffPayment {ym(2026, 6), 150000, 2}}),
    };
}

struct Filing
{
    PaymentRoster previous;
    RosterChanges changes;
    PaymentRoster current;
    RosterStatistics statistics;

    [[nodiscard]] QList<Discrepancy> check() const
    {
        return Reconciliation::check(previous, changes, current, statistics);
    }
};

PaymentRoster fromLines(YearMonth month, const QList<RosterLine>& lines)
{
    return expectOk(PaymentRoster::fromLines(month, lines));
}

Filing july()
{
    const QList<PayableCase> cases = scenario();
    const PaymentRoster june = buildRoster(cases, ym(2026, 6));
    const PaymentRoster current = buildRoster(cases, ym(2026, 7));
    return Filing {june, *RosterChanges::between(june, current), current, current.totals()};
}

QList<Discrepancy> ofKind(const QList<Discrepancy>& all, DiscrepancyKind kind)
{
    QList<Discrepancy> found;
    for (const Discrepancy& discrepancy : all) {
        if (discrepancy.kind == kind)
            found.append(discrepancy);
    }
    return found;
}

QString describe(const QList<Discrepancy>& all)
{
    QStringList hints;
    for (const Discrepancy& discrepancy : all)
        hints.append(discrepancy.hintEnglish);
    return hints.join(u'\n');
}

// Every discrepancy explains itself, in the user's language and in English.
void verifyHints(const QList<Discrepancy>& all)
{
    for (const Discrepancy& discrepancy : all) {
        QVERIFY(!discrepancy.hint.isEmpty());
        QVERIFY(!discrepancy.hintEnglish.isEmpty());
        QVERIFY2(!discrepancy.hintEnglish.contains(u'%'), qPrintable(discrepancy.hintEnglish));
    }
}

RosterLine& lineOf(QList<RosterLine>& lines, qint64 caseId)
{
    for (RosterLine& line : lines) {
        if (line.caseId == caseId)
            return line;
    }
    qFatal("no line for case %lld", caseId);
}

} // namespace

class TestReconciliation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consistentMonthReconciles();
    void wrongMonths();
    void lineAmountOff();
    void personsOff();
    void droppedLine();
    void doubleCountedLine();
    void householdPaidByTwoCases();
    void unlistedNewBeneficiary();
    void missingOneOff();
    void statisticsDiffer_data();
    void statisticsDiffer();
    void changeContradictsLastMonth();
    void caseListedTwiceInChanges();
    void tooLargeToSum();
};

void TestReconciliation::consistentMonthReconciles()
{
    const Filing filing = july();
    QCOMPARE(filing.changes.added.size(), 1);
    QCOMPARE(filing.changes.exits.size(), 1);
    QCOMPARE(filing.changes.adjustments.size(), 1);
    QCOMPARE(filing.changes.oneOffs.size(), 1);
    const QList<Discrepancy> found = filing.check();
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
}

void TestReconciliation::wrongMonths()
{
    Filing filing = july();
    filing.changes.month = ym(2026, 6);
    filing.statistics.month = ym(2026, 8);
    const QList<Discrepancy> found = ofKind(filing.check(), DiscrepancyKind::WrongMonth);
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.first().hintEnglish.contains(
                 QStringLiteral("The list of changes is for 2026-06 but should be for "
                                "2026-07")),
        qPrintable(found.first().hintEnglish));
    QVERIFY(found.last().hintEnglish.contains(QStringLiteral("statistics table")));

    Filing skipped = july();
    skipped.previous = fromLines(ym(2026, 5), skipped.previous.lines());
    QCOMPARE(ofKind(skipped.check(), DiscrepancyKind::WrongMonth).size(), 1);
}

void TestReconciliation::lineAmountOff()
{
    Filing filing = july();
    QList<RosterLine> lines = filing.current.lines();
    lineOf(lines, 3).fen += 100; // 1,100.00 becomes 1,101.00
    filing.current = fromLines(ym(2026, 7), lines);
    const QList<Discrepancy> all = filing.check();
    verifyHints(all);

    const QList<Discrepancy> roster = ofKind(all, DiscrepancyKind::RosterDoesNotFollow);
    QCOMPARE(roster.size(), 2); // the 低保 monthly row and the overall row
    QCOMPARE(roster.first().type, AssistanceType::Dibao);
    QCOMPARE(roster.first().part, PaymentKind::Monthly);
    QCOMPARE(roster.first().figure, RosterFigure::Fen);
    QCOMPARE(roster.first().expected, qint64(170000));
    QCOMPARE(roster.first().actual, qint64(170100));
    QVERIFY2(roster.first().hintEnglish.contains(QStringLiteral("1,700.00 yuan")),
        qPrintable(roster.first().hintEnglish));
    QVERIFY(!roster.last().type.has_value());

    // The statistics table was made from the true roster, so it differs too.
    QVERIFY(!ofKind(all, DiscrepancyKind::StatisticsDiffer).isEmpty());

    const QList<Discrepancy> line = ofKind(all, DiscrepancyKind::LineNotExplained);
    QCOMPARE(line.size(), 1);
    QCOMPARE(line.first().caseId, qint64(3));
    QCOMPARE(line.first().expected, qint64(110000));
    QCOMPARE(line.first().actual, qint64(110100));
    QVERIFY2(
        line.first().hintEnglish.contains(QStringLiteral("Case 3")), qPrintable(line.first().hintEnglish));
}

void TestReconciliation::personsOff()
{
    Filing filing = july();
    QList<RosterLine> lines = filing.current.lines();
    lineOf(lines, 4).persons = 2;
    filing.current = fromLines(ym(2026, 7), lines);
    filing.statistics = filing.current.totals(); // a table made from the wrong roster
    const QList<Discrepancy> all = filing.check();
    QVERIFY(ofKind(all, DiscrepancyKind::StatisticsDiffer).isEmpty());
    const QList<Discrepancy> roster = ofKind(all, DiscrepancyKind::RosterDoesNotFollow);
    QCOMPARE(roster.size(), 2);
    QCOMPARE(roster.first().type, AssistanceType::Tekun);
    QCOMPARE(roster.first().figure, RosterFigure::Persons);
    QCOMPARE(roster.first().expected, qint64(1));
    QCOMPARE(roster.first().actual, qint64(2));
    QCOMPARE(ofKind(all, DiscrepancyKind::LineNotExplained).first().caseId, qint64(4));
}

void TestReconciliation::droppedLine()
{
    Filing filing = july();
    QList<RosterLine> lines = filing.current.lines();
    lines.removeIf([](const RosterLine& line) { return line.caseId == 1; });
    filing.current = fromLines(ym(2026, 7), lines);
    filing.statistics = filing.current.totals();
    const QList<Discrepancy> all = filing.check();
    const QList<Discrepancy> roster = ofKind(all, DiscrepancyKind::RosterDoesNotFollow);
    // Households, persons and fen of the 低保 row, and of the overall row.
    QCOMPARE(roster.size(), 6);
    QCOMPARE(roster.first().figure, RosterFigure::Households);
    QCOMPARE(roster.first().expected, qint64(2));
    QCOMPARE(roster.first().actual, qint64(1));
    const QList<Discrepancy> line = ofKind(all, DiscrepancyKind::LineNotExplained);
    QCOMPARE(line.size(), 1);
    QVERIFY2(line.first().hintEnglish.contains(QStringLiteral("missing from this month's roster")),
        qPrintable(line.first().hintEnglish));
}

void TestReconciliation::doubleCountedLine()
{
    Filing filing = july();
    QList<RosterLine> lines = filing.current.lines();
    lines.append(lineOf(lines, 4));
    filing.current = fromLines(ym(2026, 7), lines);
    filing.statistics = filing.current.totals();
    const QList<Discrepancy> all = filing.check();
    verifyHints(all);
    const QList<Discrepancy> duplicates = ofKind(all, DiscrepancyKind::DuplicateCase);
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.first().caseId, qint64(4));
    QVERIFY(duplicates.first().hintEnglish.contains(QStringLiteral("Case 4")));
    QVERIFY(!ofKind(all, DiscrepancyKind::RosterDoesNotFollow).isEmpty());
}

void TestReconciliation::householdPaidByTwoCases()
{
    Filing filing = july();
    QList<RosterLine> lines = filing.current.lines();
    RosterLine second = lineOf(lines, 3);
    second.caseId = 99;
    lines.append(second);
    filing.current = fromLines(ym(2026, 7), lines);
    const QList<Discrepancy> duplicates = ofKind(filing.check(), DiscrepancyKind::DuplicateHousehold);
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.first().householdId, qint64(3));
    QVERIFY2(duplicates.first().hintEnglish.contains(QStringLiteral("Household 3 is paid twice")),
        qPrintable(duplicates.first().hintEnglish));
    QVERIFY(duplicates.first().hintEnglish.contains(QStringLiteral("cases 3 and 99")));
}

void TestReconciliation::unlistedNewBeneficiary()
{
    Filing filing = july();
    filing.changes.added.clear();
    const QList<Discrepancy> all = filing.check();
    const QList<Discrepancy> line = ofKind(all, DiscrepancyKind::LineNotExplained);
    QCOMPARE(line.size(), 1);
    QCOMPARE(line.first().caseId, qint64(1));
    QVERIFY(line.first().hintEnglish.contains(QStringLiteral("list it as new")));
    QCOMPARE(ofKind(all, DiscrepancyKind::RosterDoesNotFollow).size(), 6);
}

void TestReconciliation::missingOneOff()
{
    Filing filing = july();
    filing.changes.oneOffs.clear();
    const QList<Discrepancy> all = filing.check();
    const QList<Discrepancy> roster = ofKind(all, DiscrepancyKind::RosterDoesNotFollow);
    QVERIFY(!roster.isEmpty());
    QCOMPARE(roster.first().type, AssistanceType::TemporaryEmergency);
    QCOMPARE(roster.first().part, PaymentKind::OneOff);
    QVERIFY(roster.first().hintEnglish.contains(QStringLiteral("one-off")));
    QCOMPARE(ofKind(all, DiscrepancyKind::LineNotExplained).first().caseId, qint64(5));
}

void TestReconciliation::statisticsDiffer_data()
{
    QTest::addColumn<int>("figure");
    QTest::addColumn<bool>("overall");
    QTest::newRow("households") << int(RosterFigure::Households) << false;
    QTest::newRow("persons") << int(RosterFigure::Persons) << false;
    QTest::newRow("fen") << int(RosterFigure::Fen) << false;
    QTest::newRow("overall fen") << int(RosterFigure::Fen) << true;
}

void TestReconciliation::statisticsDiffer()
{
    QFETCH(int, figure);
    QFETCH(bool, overall);
    Filing filing = july();
    RosterFigures& row = overall ? filing.statistics.overall
                                 : filing.statistics.figures(AssistanceType::Dibao, PaymentKind::Monthly);
    (RosterFigure(figure) == RosterFigure::Households       ? row.households
            : RosterFigure(figure) == RosterFigure::Persons ? row.persons
                                                            : row.fen)
        += 1;
    const QList<Discrepancy> all = filing.check();
    QCOMPARE(all.size(), 1);
    const Discrepancy& found = all.first();
    QCOMPARE(found.kind, DiscrepancyKind::StatisticsDiffer);
    QCOMPARE(int(found.figure), figure);
    QCOMPARE(found.type.has_value(), !overall);
    QCOMPARE(found.actual, found.expected + 1);
    QVERIFY2(found.hintEnglish.contains(QStringLiteral("rebuild the statistics table")),
        qPrintable(found.hintEnglish));
}

void TestReconciliation::changeContradictsLastMonth()
{
    Filing filing = july();
    filing.changes.adjustments[0].fenBefore += 1;
    QList<Discrepancy> found = ofKind(filing.check(), DiscrepancyKind::ChangeContradictsLastMonth);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().caseId, qint64(3));
    QCOMPARE(found.first().expected, qint64(100000));
    QCOMPARE(found.first().actual, qint64(100001));

    filing = july();
    filing.changes.added.append(RosterChange {4, 4, AssistanceType::Tekun, 0, 0, 1, 95000});
    found = ofKind(filing.check(), DiscrepancyKind::ChangeContradictsLastMonth);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().hintEnglish.contains(QStringLiteral("already paid last month")));

    filing = july();
    filing.changes.exits.append(RosterChange {77, 7, AssistanceType::Dibao, 1, 5, 0, 0});
    found = ofKind(filing.check(), DiscrepancyKind::ChangeContradictsLastMonth);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().caseId, qint64(77));
    QVERIFY(found.first().hintEnglish.contains(QStringLiteral("not paid last month")));
}

void TestReconciliation::caseListedTwiceInChanges()
{
    Filing filing = july();
    filing.changes.exits.append(RosterChange {3, 3, AssistanceType::Dibao, 3, 100000, 0, 0});
    const QList<Discrepancy> found = ofKind(filing.check(), DiscrepancyKind::ChangeContradictsLastMonth);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().hintEnglish.contains(QStringLiteral("more than once")));

    filing = july();
    filing.changes.oneOffs.append(filing.changes.oneOffs.first());
    QCOMPARE(ofKind(filing.check(), DiscrepancyKind::DuplicateCase).size(), 1);
}

void TestReconciliation::tooLargeToSum()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    const PaymentRoster previous = fromLines(
        ym(2026, 6), {RosterLine {1, 1, AssistanceType::Dibao, 1, max - 5, PaymentKind::Monthly}});
    const PaymentRoster current = fromLines(
        ym(2026, 7), {RosterLine {1, 1, AssistanceType::Dibao, 1, max - 5, PaymentKind::Monthly}});
    RosterChanges changes {
        ym(2026, 7), {RosterChange {2, 2, AssistanceType::Dibao, 0, 0, 1, 10}}, {}, {}, {}};
    const QList<Discrepancy> all = Reconciliation::check(previous, changes, current, current.totals());
    const QList<Discrepancy> overflow = ofKind(all, DiscrepancyKind::TooLargeToSum);
    QCOMPARE(overflow.size(), 2); // the 低保 row and the overall row
    QCOMPARE(overflow.first().type, AssistanceType::Dibao);
    QVERIFY(!overflow.last().type.has_value());
    verifyHints(all);

    // Exactly at the limit is no overflow.
    changes.added.first().fenAfter = 5;
    const PaymentRoster full = fromLines(ym(2026, 7),
        {current.lines().first(), RosterLine {2, 2, AssistanceType::Dibao, 1, 5, PaymentKind::Monthly}});
    const QList<Discrepancy> none = Reconciliation::check(previous, changes, full, full.totals());
    QVERIFY2(none.isEmpty(), qPrintable(describe(none)));
}

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
