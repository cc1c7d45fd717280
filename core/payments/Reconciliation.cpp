#include "core/payments/Reconciliation.h"

#include "core/domain/Money.h"
#include "core/payments/DiscrepancyText.h"
#include "core/payments/LineReconciliation.h"

#include <QHash>
#include <QSet>

namespace jiuzhu {

namespace {

using Wording = DiscrepancyText::Wording;
constexpr std::array kFigures {RosterFigure::Households, RosterFigure::Persons, RosterFigure::Fen};
constexpr std::array kParts {PaymentKind::Monthly, PaymentKind::OneOff};

// A row of expected figures; `overflowed` once any step could not be stored.
struct ExpectedRow
{
    RosterFigures figures;
    bool overflowed = false;

    // Households and persons come from counts of lines and ints and stay far
    // from the qint64 limits; the amount is checked at every step.
    void step(qint64 households, qint64 persons, qint64 fen, bool subtract)
    {
        figures.households += subtract ? -households : households;
        figures.persons += subtract ? -persons : persons;
        const Money current = Money::fromFen(figures.fen);
        const Result<Money> next
            = subtract ? current.checkedSub(Money::fromFen(fen)) : current.checkedAdd(Money::fromFen(fen));
        if (next)
            figures.fen = next->fen();
        else
            overflowed = true;
    }
};

void checkMonth(QList<Discrepancy>& found, YearMonth actual, YearMonth expected, const char* document)
{
    if (actual == expected)
        return;
    Discrepancy discrepancy;
    discrepancy.kind = DiscrepancyKind::WrongMonth;
    DiscrepancyText::setHint(discrepancy,
        QT_TRANSLATE_NOOP(
            "DiscrepancyText", "%1 is for %2 but should be for %3; use the one of the right month."),
        [&](Wording wording) {
            return QStringList {DiscrepancyText::text("DiscrepancyText", document, wording),
                actual.toString(), expected.toString()};
        });
    found.append(discrepancy);
}

void checkDuplicates(const PaymentRoster& current, QList<Discrepancy>& found)
{
    QHash<std::pair<qint64, int>, qint64> payeeOfType; // (household, type) -> case
    QSet<std::pair<qint64, int>> casesOfKind; // (case, kind)
    for (const RosterLine& line : current.lines()) {
        Discrepancy discrepancy;
        discrepancy.type = line.type;
        discrepancy.part = line.kind;
        discrepancy.caseId = line.caseId;
        discrepancy.householdId = line.householdId;
        discrepancy.expected = 1;
        discrepancy.actual = 2;
        const std::pair caseKey(line.caseId, int(line.kind));
        if (casesOfKind.contains(caseKey)) {
            discrepancy.kind = DiscrepancyKind::DuplicateCase;
            DiscrepancyText::setHint(discrepancy,
                QT_TRANSLATE_NOOP("DiscrepancyText",
                    "%1 has two lines of the same kind on this month's roster; delete the duplicate line."),
                [&](Wording wording) {
                    return QStringList {DiscrepancyText::caseName(line.caseId, line.type, wording)};
                });
            found.append(discrepancy);
            continue;
        }
        casesOfKind.insert(caseKey);
        if (line.kind != PaymentKind::Monthly)
            continue; // one-offs count per grant (户次), so a household may have several
        const std::pair householdKey(line.householdId, int(line.type));
        if (const auto other = payeeOfType.constFind(householdKey); other != payeeOfType.constEnd()) {
            discrepancy.kind = DiscrepancyKind::DuplicateHousehold;
            DiscrepancyText::setHint(discrepancy,
                QT_TRANSLATE_NOOP("DiscrepancyText",
                    "Household %1 is paid twice for %2 this month, by cases %3 and %4; a household is paid "
                    "once per type, so end one of the cases."),
                [&](Wording wording) {
                    return QStringList {QString::number(line.householdId),
                        DiscrepancyText::typeName(line.type, wording), QString::number(other.value()),
                        QString::number(line.caseId)};
                });
            found.append(discrepancy);
            continue;
        }
        payeeOfType.insert(householdKey, line.caseId);
    }
}

void compareRow(QList<Discrepancy>& found, DiscrepancyKind kind, std::optional<AssistanceType> type,
    std::optional<PaymentKind> part, const RosterFigures& expected, const RosterFigures& actual)
{
    for (RosterFigure figure : kFigures) {
        if (expected.value(figure) == actual.value(figure))
            continue;
        Discrepancy discrepancy;
        discrepancy.kind = kind;
        discrepancy.figure = figure;
        discrepancy.type = type;
        discrepancy.part = part;
        discrepancy.expected = expected.value(figure);
        discrepancy.actual = actual.value(figure);
        // Row, figure, expected value, actual value.
        const auto words = [&](Wording wording) {
            return QStringList {DiscrepancyText::row(discrepancy, wording),
                DiscrepancyText::figureName(figure, wording),
                DiscrepancyText::value(figure, discrepancy.expected, wording),
                DiscrepancyText::value(figure, discrepancy.actual, wording)};
        };
        if (kind == DiscrepancyKind::StatisticsDiffer)
            DiscrepancyText::setHint(discrepancy,
                QT_TRANSLATE_NOOP("DiscrepancyText",
                    "%1, %2: the statistics table says %3 but the roster adds up to %4; rebuild the "
                    "statistics "
                    "table from the roster."),
                [&](Wording wording) {
                    QStringList arguments = words(wording);
                    arguments.swapItemsAt(2, 3); // the table's figure first
                    return arguments;
                });
        else if (part == PaymentKind::OneOff)
            DiscrepancyText::setHint(discrepancy,
                QT_TRANSLATE_NOOP("DiscrepancyText",
                    "%1, %2: the month's list of one-off payments gives %3 but the roster has %4; list every "
                    "one-off on the roster and in the list, or correct the line."),
                words);
        else
            DiscrepancyText::setHint(discrepancy,
                QT_TRANSLATE_NOOP("DiscrepancyText",
                    "%1, %2: last month's roster with the new, exit and adjustment lists gives %3 but this "
                    "month's roster has %4; record the missing change or correct the roster."),
                words);
        found.append(discrepancy);
    }
}

void reportOverflow(
    QList<Discrepancy>& found, std::optional<AssistanceType> type, std::optional<PaymentKind> part)
{
    Discrepancy discrepancy;
    discrepancy.kind = DiscrepancyKind::TooLargeToSum;
    discrepancy.figure = RosterFigure::Fen;
    discrepancy.type = type;
    discrepancy.part = part;
    DiscrepancyText::setHint(discrepancy,
        QT_TRANSLATE_NOOP("DiscrepancyText",
            "%1: the amounts are too large to be added up; look for an amount typed with extra digits."),
        [&](Wording wording) { return QStringList {DiscrepancyText::row(discrepancy, wording)}; });
    found.append(discrepancy);
}

void checkInvariant(const PaymentRoster& previous, const RosterChanges& changes, const PaymentRoster& current,
    QList<Discrepancy>& found)
{
    std::array<ExpectedRow, RosterStatistics::kTypeCount> monthly;
    std::array<ExpectedRow, RosterStatistics::kTypeCount> oneOff;
    for (AssistanceType type : kAllAssistanceTypes)
        monthly[std::size_t(type)].figures = previous.totals().figures(type, PaymentKind::Monthly);

    // Everything that leaves is taken away before anything is added, so with
    // consistent figures no intermediate sum exceeds this month's total.
    for (const RosterChange& exit : changes.exits)
        monthly[std::size_t(exit.type)].step(1, exit.personsBefore, exit.fenBefore, true);
    for (const RosterChange& adjustment : changes.adjustments)
        monthly[std::size_t(adjustment.type)].step(0, adjustment.personsBefore, adjustment.fenBefore, true);
    for (const RosterChange& adjustment : changes.adjustments)
        monthly[std::size_t(adjustment.type)].step(0, adjustment.personsAfter, adjustment.fenAfter, false);
    for (const RosterChange& added : changes.added)
        monthly[std::size_t(added.type)].step(1, added.personsAfter, added.fenAfter, false);
    for (const RosterChange& payment : changes.oneOffs)
        oneOff[std::size_t(payment.type)].step(1, payment.personsAfter, payment.fenAfter, false);

    ExpectedRow overall;
    for (AssistanceType type : kAllAssistanceTypes) {
        for (PaymentKind part : kParts) {
            const ExpectedRow& row = (part == PaymentKind::Monthly ? monthly : oneOff)[std::size_t(type)];
            overall.overflowed = overall.overflowed || row.overflowed;
            if (row.overflowed)
                reportOverflow(found, type, part);
            else
                compareRow(found, DiscrepancyKind::RosterDoesNotFollow, type, part, row.figures,
                    current.totals().figures(type, part));
            overall.step(row.figures.households, row.figures.persons, row.figures.fen, false);
        }
    }
    if (overall.overflowed)
        reportOverflow(found, std::nullopt, std::nullopt);
    else
        compareRow(found, DiscrepancyKind::RosterDoesNotFollow, std::nullopt, std::nullopt, overall.figures,
            current.totals().overall);
}

void checkStatistics(
    const PaymentRoster& current, const RosterStatistics& statistics, QList<Discrepancy>& found)
{
    const RosterStatistics& sums = current.totals();
    for (AssistanceType type : kAllAssistanceTypes) {
        for (PaymentKind part : kParts)
            compareRow(found, DiscrepancyKind::StatisticsDiffer, type, part, sums.figures(type, part),
                statistics.figures(type, part));
    }
    compareRow(found, DiscrepancyKind::StatisticsDiffer, std::nullopt, std::nullopt, sums.overall,
        statistics.overall);
}

} // namespace

QList<Discrepancy> Reconciliation::check(const PaymentRoster& previous, const RosterChanges& changes,
    const PaymentRoster& current, const RosterStatistics& statistics)
{
    QList<Discrepancy> found;
    checkMonth(found, previous.month(), current.month().addMonths(-1),
        QT_TRANSLATE_NOOP("DiscrepancyText", "Last month's roster"));
    checkMonth(
        found, changes.month, current.month(), QT_TRANSLATE_NOOP("DiscrepancyText", "The list of changes"));
    checkMonth(found, statistics.month, current.month(),
        QT_TRANSLATE_NOOP("DiscrepancyText", "The statistics table"));
    checkDuplicates(current, found);
    checkInvariant(previous, changes, current, found);
    checkStatistics(current, statistics, found);
    LineReconciliation::check(previous, changes, current, found);
    return found;
}

} // namespace jiuzhu
