#include "core/payments/Reconciliation.h"
#include "tests/payments/PaymentsFixture.h"
#include "tests/payments/RandomCaseHistory.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <limits>

using namespace jiuzhu;
using jiuzhu::testing::RandomCaseHistory;
using jiuzhu::testing::ym;

namespace {

constexpr int kMonths = 24;
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

// How many random case sets each property sees. The default keeps each test
// well under two seconds in a Release build; JIUZHU_PROPERTY_RUNS=200000 for
// a long run, JIUZHU_PROPERTY_SEED to explore other seeds.
int runs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("JIUZHU_PROPERTY_RUNS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : 2000;
}

quint64 baseSeed()
{
    bool ok = false;
    const qint64 fromEnvironment = qEnvironmentVariable("JIUZHU_PROPERTY_SEED").toLongLong(&ok);
    return ok ? quint64(fromEnvironment) : 20260701;
}

// A sum of non-negative amounts that cannot overflow: the oracle against
// which the checked totals are compared.
struct WideSum
{
    quint64 high = 0;
    quint64 low = 0;

    void add(qint64 fen)
    {
        low += quint64(fen);
        if (low < quint64(fen))
            ++high;
    }
    [[nodiscard]] bool fits() const { return high == 0 && low <= quint64(kMax); }
};

struct OracleRow
{
    QSet<qint64> households;
    qint64 count = 0;
    qint64 persons = 0;
    WideSum fen;
};

// The statistics table worked out straight from the cases, not through the
// roster, or nullopt when some sum exceeds a qint64.
std::optional<RosterStatistics> oracle(const QList<PayableCase>& cases, YearMonth month)
{
    std::array<OracleRow, RosterStatistics::kTypeCount> monthly;
    std::array<OracleRow, RosterStatistics::kTypeCount> oneOff;
    WideSum overall;
    for (const PayableCase& payable : cases) {
        OracleRow& m = monthly[std::size_t(payable.type)];
        OracleRow& o = oneOff[std::size_t(payable.type)];
        if (const auto paid = payable.periodIn(month)) {
            m.households.insert(payable.householdId);
            m.persons += paid->persons;
            m.fen.add(paid->monthlyFen);
            overall.add(paid->monthlyFen);
        }
        if (const auto paid = payable.oneOffIn(month)) {
            ++o.count;
            o.persons += paid->persons;
            o.fen.add(paid->fen);
            overall.add(paid->fen);
        }
    }
    RosterStatistics table;
    table.month = month;
    for (std::size_t row = 0; row < RosterStatistics::kTypeCount; ++row) {
        if (!monthly[row].fen.fits() || !oneOff[row].fen.fits())
            return std::nullopt;
        table.monthly[row]
            = {monthly[row].households.size(), monthly[row].persons, qint64(monthly[row].fen.low)};
        table.oneOff[row] = {oneOff[row].count, oneOff[row].persons, qint64(oneOff[row].fen.low)};
        table.overall.households += table.monthly[row].households + table.oneOff[row].households;
        table.overall.persons += table.monthly[row].persons + table.oneOff[row].persons;
    }
    if (!overall.fits())
        return std::nullopt;
    table.overall.fen = qint64(overall.low);
    return table;
}

QString describe(const QList<Discrepancy>& found)
{
    QStringList hints;
    for (const Discrepancy& discrepancy : found)
        hints.append(discrepancy.hintEnglish);
    return hints.join(u'\n');
}

QString seedText(quint64 seed, int month)
{
    return QStringLiteral("seed %1, month %2").arg(seed).arg(month);
}

enum Corruption {
    LineFen,
    LinePersons,
    DropLine,
    DuplicateLine,
    SecondCaseForHousehold,
    StatisticsFigure,
    ChangeEntry,
    PreviousMonthlyLine,
    CorruptionCount,
};

} // namespace

class TestReconciliationProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consecutiveMonthsReconcile();
    void corruptionIsAlwaysDetected();
    void totalsNeverOverflowSilently();

private:
    // Builds the 24 rosters of one random case set, checked against the oracle.
    bool rosters(quint64 seed, QList<PaymentRoster>& out);
    QList<Discrepancy> corruptAndCheck(RandomCaseHistory& random, const PaymentRoster& previous,
        const RosterChanges& changes, const PaymentRoster& current, Corruption& applied);

    qint64 m_cases = 0;
    qint64 m_deaths = 0;
};

bool TestReconciliationProperties::rosters(quint64 seed, QList<PaymentRoster>& out)
{
    RandomCaseHistory random(seed);
    const QList<PayableCase> cases = random.generate(ym(2025, 1), kMonths, random.uniform(1, 25));
    m_cases += cases.size();
    m_deaths += random.deaths();
    out.clear();
    for (int month = 0; month < kMonths; ++month) {
        const YearMonth ofMonth = ym(2025, 1).addMonths(month);
        const Result<PaymentRoster> roster = PaymentRoster::build(cases, ofMonth);
        if (!roster) {
            qWarning("%s: %s", qPrintable(seedText(seed, month)), qPrintable(roster.error().toString()));
            return false;
        }
        if (const auto sums = oracle(cases, ofMonth); roster->totals() != sums) {
            qWarning("%s: the roster's totals differ from the sums of the cases: overall %s, expected %s",
                qPrintable(seedText(seed, month)), jiuzhu::toString(roster->totals().overall),
                sums ? jiuzhu::toString(sums->overall) : "too large");
            return false;
        }
        out.append(*roster);
    }
    return true;
}

void TestReconciliationProperties::consecutiveMonthsReconcile()
{
    QElapsedTimer timer;
    timer.start();
    qint64 added = 0;
    qint64 exits = 0;
    qint64 adjustments = 0;
    qint64 oneOffs = 0;
    QList<PaymentRoster> history;
    for (int run = 0; run < runs(); ++run) {
        const quint64 seed = baseSeed() + quint64(run);
        QVERIFY2(rosters(seed, history), qPrintable(seedText(seed, -1)));
        for (int month = 1; month < kMonths; ++month) {
            const Result<RosterChanges> changes
                = RosterChanges::between(history.at(month - 1), history.at(month));
            QVERIFY2(changes.has_value(), qPrintable(seedText(seed, month)));
            added += changes->added.size();
            exits += changes->exits.size();
            adjustments += changes->adjustments.size();
            oneOffs += changes->oneOffs.size();
            const QList<Discrepancy> found = Reconciliation::check(
                history.at(month - 1), *changes, history.at(month), history.at(month).totals());
            QVERIFY2(found.isEmpty(), qPrintable(seedText(seed, month) + u'\n' + describe(found)));
        }
    }
    // The generator must exercise every list, or the property says nothing.
    QVERIFY(added > runs() && exits > runs() && adjustments > runs() && oneOffs > runs()
        && m_deaths > runs() / 2);
    qInfo("%d case sets, %lld cases (%lld with a death), 24 months each: %lld new, %lld exits, %lld "
          "adjustments, "
          "%lld one-offs in %lld ms",
        runs(), m_cases, m_deaths, added, exits, adjustments, oneOffs, timer.elapsed());
}

QList<Discrepancy> TestReconciliationProperties::corruptAndCheck(RandomCaseHistory& random,
    const PaymentRoster& previous, const RosterChanges& changes, const PaymentRoster& current,
    Corruption& applied)
{
    QList<RosterLine> lines = current.lines();
    QList<RosterLine> previousLines = previous.lines();
    RosterChanges listed = changes;
    RosterStatistics statistics = current.totals();
    const bool hasMonthlyBefore = std::any_of(previousLines.cbegin(), previousLines.cend(),
        [](const RosterLine& line) { return line.kind == PaymentKind::Monthly; });
    QList<QList<RosterChange>*> lists {&listed.added, &listed.exits, &listed.adjustments, &listed.oneOffs};
    lists.removeIf([](const QList<RosterChange>* list) { return list->isEmpty(); });

    do {
        applied = Corruption(random.uniform(0, CorruptionCount - 1));
    } while ((applied <= SecondCaseForHousehold && lines.isEmpty())
        || (applied == ChangeEntry && lists.isEmpty())
        || (applied == PreviousMonthlyLine && !hasMonthlyBefore));

    const auto bump = [&](qint64 value, qint64 least) {
        qint64 changed = value;
        while (changed == value)
            changed = random.uniform64(least, value + 100000);
        return changed;
    };
    RosterLine* line = lines.isEmpty() ? nullptr : &lines[random.uniform(0, int(lines.size()) - 1)];
    switch (applied) {
    case LineFen:
        line->fen = bump(line->fen, 0);
        break;
    case LinePersons:
        line->persons = int(bump(line->persons, 1));
        break;
    case DropLine:
        lines.removeAt(line - lines.data());
        break;
    case DuplicateLine:
        lines.append(*line);
        break;
    case SecondCaseForHousehold: {
        RosterLine second = *line;
        second.caseId = 1000000 + random.uniform(0, 1000);
        lines.append(second);
        break;
    }
    case StatisticsFigure: {
        RosterFigures& row = random.chance(0.2)
            ? statistics.overall
            : statistics.figures(kAllAssistanceTypes[std::size_t(random.uniform(0, 7))],
                random.chance(0.5) ? PaymentKind::Monthly : PaymentKind::OneOff);
        qint64* const figures[] = {&row.households, &row.persons, &row.fen};
        *figures[random.uniform(0, 2)]
            += random.chance(0.5) ? random.uniform64(1, 100000) : -random.uniform64(1, 100000);
        break;
    }
    case ChangeEntry: {
        QList<RosterChange>& list = *lists[random.uniform(0, int(lists.size()) - 1)];
        const qsizetype index = random.uniform(0, int(list.size()) - 1);
        RosterChange& change = list[index];
        switch (random.uniform(0, 2)) {
        case 0:
            list.removeAt(index);
            break;
        case 1:
            if (&list == &listed.exits)
                change.fenBefore = bump(change.fenBefore, 0);
            else
                change.fenAfter = bump(change.fenAfter, 0);
            break;
        default:
            if (&list == &listed.exits)
                change.personsBefore = int(bump(change.personsBefore, 1));
            else
                change.personsAfter = int(bump(change.personsAfter, 1));
            break;
        }
        break;
    }
    case PreviousMonthlyLine: {
        // Last month's one-offs do not carry over, so only a monthly line of
        // last month bears on this month's reconciliation.
        qsizetype index = -1;
        while (index < 0 || previousLines.at(index).kind != PaymentKind::Monthly)
            index = random.uniform(0, int(previousLines.size()) - 1);
        if (random.chance(0.3))
            previousLines.removeAt(index);
        else if (random.chance(0.5))
            previousLines[index].fen = bump(previousLines[index].fen, 0);
        else
            previousLines[index].persons = int(bump(previousLines[index].persons, 1));
        break;
    }
    case CorruptionCount:
        break;
    }

    const Result<PaymentRoster> corruptedPrevious = PaymentRoster::fromLines(previous.month(), previousLines);
    const Result<PaymentRoster> corrupted = PaymentRoster::fromLines(current.month(), lines);
    if (!corruptedPrevious || !corrupted)
        qFatal("a corrupted roster could not be summed");
    // The statistics table may have been made from the true roster or from
    // the corrupted one; either way the corruption must show.
    if (applied != StatisticsFigure && random.chance(0.5))
        statistics = corrupted->totals();
    return Reconciliation::check(*corruptedPrevious, listed, *corrupted, statistics);
}

void TestReconciliationProperties::corruptionIsAlwaysDetected()
{
    QElapsedTimer timer;
    timer.start();
    std::array<int, CorruptionCount> tried {};
    QList<PaymentRoster> history;
    for (int run = 0; run < runs(); ++run) {
        const quint64 seed = baseSeed() + quint64(run);
        QVERIFY2(rosters(seed, history), qPrintable(seedText(seed, -1)));
        RandomCaseHistory random(~seed);
        for (int month = 1; month < kMonths; ++month) {
            const PaymentRoster& previous = history.at(month - 1);
            const PaymentRoster& current = history.at(month);
            if (previous.lines().isEmpty() && current.lines().isEmpty())
                continue;
            const Result<RosterChanges> changes = RosterChanges::between(previous, current);
            QVERIFY(changes.has_value());
            Corruption applied = CorruptionCount;
            const QList<Discrepancy> found = corruptAndCheck(random, previous, *changes, current, applied);
            ++tried[applied];
            QVERIFY2(!found.isEmpty(),
                qPrintable(
                    seedText(seed, month) + QStringLiteral(": corruption %1 went unnoticed").arg(applied)));
        }
    }
    for (int kind = 0; kind < CorruptionCount; ++kind)
        QVERIFY2(tried[std::size_t(kind)] > runs(),
            qPrintable(QStringLiteral("corruption %1 too rarely tried").arg(kind)));
    qInfo("%d case sets, every month corrupted once: %lld ms", runs(), timer.elapsed());
}

void TestReconciliationProperties::totalsNeverOverflowSilently()
{
    int refused = 0;
    int built = 0;
    const YearMonth month = ym(2026, 3);
    for (int run = 0; run < runs(); ++run) {
        const quint64 seed = baseSeed() + quint64(run);
        RandomCaseHistory random(seed);
        const QList<PayableCase> cases = random.generateHuge(month, random.uniform(1, 6));
        const Result<PaymentRoster> previous = PaymentRoster::build(cases, month);
        const Result<PaymentRoster> current = PaymentRoster::build(cases, month.addMonths(1));
        const std::optional<RosterStatistics> previousSums = oracle(cases, month);
        const std::optional<RosterStatistics> currentSums = oracle(cases, month.addMonths(1));
        // Built exactly when the true sums fit, and then to the fen.
        QVERIFY2(previous.has_value() == previousSums.has_value(), qPrintable(seedText(seed, 0)));
        QVERIFY2(current.has_value() == currentSums.has_value(), qPrintable(seedText(seed, 1)));
        if (!previous || !current) {
            ++refused;
            QVERIFY((previous ? current.error() : previous.error())
                        .message.contains(QStringLiteral("too large")));
            continue;
        }
        ++built;
        QVERIFY(previous->totals() == *previousSums);
        QVERIFY(current->totals() == *currentSums);
        // With consistent figures no intermediate sum of the check overflows.
        const Result<RosterChanges> changes = RosterChanges::between(*previous, *current);
        QVERIFY(changes.has_value());
        const QList<Discrepancy> found
            = Reconciliation::check(*previous, *changes, *current, current->totals());
        QVERIFY2(found.isEmpty(), qPrintable(seedText(seed, 1) + u'\n' + describe(found)));
    }
    QVERIFY2(refused > runs() / 10 && built > runs() / 10,
        qPrintable(QStringLiteral("both sides of the limit must be reached: %1 refused, %2 built")
                       .arg(refused)
                       .arg(built)));
    qInfo("%d huge case sets: %d refused as too large, %d built exactly", runs(), refused, built);
}

QTEST_GUILESS_MAIN(TestReconciliationProperties)
#include "tst_reconciliationproperties.moc"
