#include "core/payments/LineReconciliation.h"

#include "core/payments/DiscrepancyText.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace jiuzhu {

namespace {

using LineKey = std::pair<qint64, int>; // case, type
using Wording = DiscrepancyText::Wording;

struct LineFigures
{
    qint64 householdId = 0;
    int persons = 0;
    qint64 fen = 0;
};

// The first line of each case; later duplicates are reported elsewhere.
QHash<LineKey, LineFigures> linesOf(const PaymentRoster& roster, PaymentKind kind)
{
    QHash<LineKey, LineFigures> byCase;
    for (const RosterLine& line : roster.lines()) {
        const LineKey key(line.caseId, int(line.type));
        if (line.kind == kind && !byCase.contains(key))
            byCase.insert(key, LineFigures {line.householdId, line.persons, line.fen});
    }
    return byCase;
}

Discrepancy lineDiscrepancy(DiscrepancyKind kind, const LineKey& key, qint64 householdId, PaymentKind part)
{
    Discrepancy discrepancy;
    discrepancy.kind = kind;
    discrepancy.type = AssistanceType(key.second);
    discrepancy.part = part;
    discrepancy.caseId = key.first;
    discrepancy.householdId = householdId;
    return discrepancy;
}

class ChangeReplay
{
public:
    ChangeReplay(const PaymentRoster& previous, QList<Discrepancy>& found)
        : m_previous(linesOf(previous, PaymentKind::Monthly))
        , m_state(m_previous)
        , m_found(found)
    {
    }

    enum class List { Added, Exits, Adjustments };

    void apply(const RosterChange& change, List list)
    {
        const LineKey key(change.caseId, int(change.type));
        if (m_listed.contains(key)) {
            contradiction(change,
                QT_TRANSLATE_NOOP("DiscrepancyText",
                    "%1 appears more than once in the lists of changes; keep it in one list only."));
            return;
        }
        m_listed.insert(key);
        const auto last = m_previous.constFind(key);
        const bool wasPaid = last != m_previous.constEnd();
        if (list == List::Added) {
            if (wasPaid)
                contradiction(change,
                    QT_TRANSLATE_NOOP("DiscrepancyText",
                        "%1 is listed as new but was already paid last month; record it as an adjustment."));
            m_state.insert(key, LineFigures {change.householdId, change.personsAfter, change.fenAfter});
            return;
        }
        if (!wasPaid)
            contradiction(change,
                QT_TRANSLATE_NOOP("DiscrepancyText",
                    "%1 is listed as an exit or adjustment but was not paid last month; list it as new."));
        else if (last->persons != change.personsBefore || last->fen != change.fenBefore)
            contradiction(change,
                QT_TRANSLATE_NOOP("DiscrepancyText",
                    "%1: the list of changes starts from a line that differs from last month's roster; take "
                    "the "
                    "persons and amount before the change from last month's roster."));
        if (list == List::Exits)
            m_state.remove(key);
        else
            m_state.insert(key, LineFigures {change.householdId, change.personsAfter, change.fenAfter});
    }

    [[nodiscard]] const QHash<LineKey, LineFigures>& state() const { return m_state; }

private:
    void contradiction(const RosterChange& change, const char* source)
    {
        const LineKey key(change.caseId, int(change.type));
        Discrepancy discrepancy = lineDiscrepancy(
            DiscrepancyKind::ChangeContradictsLastMonth, key, change.householdId, PaymentKind::Monthly);
        const auto last = m_previous.constFind(key);
        discrepancy.figure = RosterFigure::Fen;
        discrepancy.expected = last == m_previous.constEnd() ? 0 : last->fen;
        discrepancy.actual = change.fenBefore;
        DiscrepancyText::setHint(discrepancy, source, [&](Wording wording) {
            return QStringList {DiscrepancyText::caseName(change.caseId, change.type, wording)};
        });
        m_found.append(discrepancy);
    }

    const QHash<LineKey, LineFigures> m_previous;
    QHash<LineKey, LineFigures> m_state;
    QSet<LineKey> m_listed;
    QList<Discrepancy>& m_found;
};

// Reports every case whose expected line (from last month and the changes)
// differs from its actual line this month, in case order.
void compareLines(const QHash<LineKey, LineFigures>& expected, const QHash<LineKey, LineFigures>& actual,
    PaymentKind part, QList<Discrepancy>& found)
{
    QList<LineKey> keys = expected.keys();
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
        if (!expected.contains(it.key()))
            keys.append(it.key());
    }
    std::sort(keys.begin(), keys.end());

    for (const LineKey& key : std::as_const(keys)) {
        const auto want = expected.constFind(key);
        const auto got = actual.constFind(key);
        const auto name = [&](Wording wording) {
            return QStringList {DiscrepancyText::caseName(key.first, AssistanceType(key.second), wording)};
        };
        if (want == expected.constEnd() || got == actual.constEnd()) {
            const bool missing = got == actual.constEnd();
            Discrepancy discrepancy = lineDiscrepancy(
                DiscrepancyKind::LineNotExplained, key, missing ? want->householdId : got->householdId, part);
            discrepancy.figure = RosterFigure::Households;
            discrepancy.expected = missing ? 1 : 0;
            discrepancy.actual = missing ? 0 : 1;
            if (missing && part == PaymentKind::Monthly)
                DiscrepancyText::setHint(discrepancy,
                    QT_TRANSLATE_NOOP("DiscrepancyText",
                        "%1 is missing from this month's roster although last month's roster and the changes "
                        "keep it paid; add the line, or list the case as an exit."),
                    name);
            else if (missing)
                DiscrepancyText::setHint(discrepancy,
                    QT_TRANSLATE_NOOP("DiscrepancyText",
                        "%1 is in the list of one-off payments but not on this month's roster; add the "
                        "line."),
                    name);
            else if (part == PaymentKind::Monthly)
                DiscrepancyText::setHint(discrepancy,
                    QT_TRANSLATE_NOOP("DiscrepancyText",
                        "%1 is on this month's roster but neither on last month's nor in the list of new "
                        "beneficiaries; list it as new, or remove the line."),
                    name);
            else
                DiscrepancyText::setHint(discrepancy,
                    QT_TRANSLATE_NOOP("DiscrepancyText",
                        "%1 has a one-off line on this month's roster that is not in the list of one-off "
                        "payments; add it to the list, or remove the line."),
                    name);
            found.append(discrepancy);
            continue;
        }
        const std::pair<RosterFigure, std::pair<qint64, qint64>> figures[] = {
            {RosterFigure::Persons, {want->persons, got->persons}},
            {RosterFigure::Fen, {want->fen, got->fen}},
        };
        for (const auto& [figure, values] : figures) {
            if (values.first == values.second)
                continue;
            Discrepancy discrepancy
                = lineDiscrepancy(DiscrepancyKind::LineNotExplained, key, got->householdId, part);
            discrepancy.figure = figure;
            discrepancy.expected = values.first;
            discrepancy.actual = values.second;
            DiscrepancyText::setHint(discrepancy,
                QT_TRANSLATE_NOOP("DiscrepancyText",
                    "%1, %2: the roster line has %3, but last month's roster and the changes give %4; "
                    "correct "
                    "the line, or record the change."),
                [&](Wording wording) {
                    return QStringList {
                        DiscrepancyText::caseName(key.first, AssistanceType(key.second), wording),
                        DiscrepancyText::figureName(figure, wording),
                        DiscrepancyText::value(figure, values.second, wording),
                        DiscrepancyText::value(figure, values.first, wording)};
                });
            found.append(discrepancy);
        }
    }
}

} // namespace

void LineReconciliation::check(const PaymentRoster& previous, const RosterChanges& changes,
    const PaymentRoster& current, QList<Discrepancy>& found)
{
    ChangeReplay replay(previous, found);
    for (const RosterChange& change : changes.exits)
        replay.apply(change, ChangeReplay::List::Exits);
    for (const RosterChange& change : changes.adjustments)
        replay.apply(change, ChangeReplay::List::Adjustments);
    for (const RosterChange& change : changes.added)
        replay.apply(change, ChangeReplay::List::Added);
    compareLines(replay.state(), linesOf(current, PaymentKind::Monthly), PaymentKind::Monthly, found);

    QHash<LineKey, LineFigures> listedOneOffs;
    for (const RosterChange& payment : changes.oneOffs) {
        const LineKey key(payment.caseId, int(payment.type));
        if (listedOneOffs.contains(key)) {
            Discrepancy discrepancy = lineDiscrepancy(
                DiscrepancyKind::DuplicateCase, key, payment.householdId, PaymentKind::OneOff);
            DiscrepancyText::setHint(discrepancy,
                QT_TRANSLATE_NOOP("DiscrepancyText",
                    "%1 is in the list of one-off payments twice; delete the duplicate entry."),
                [&](Wording wording) {
                    return QStringList {DiscrepancyText::caseName(payment.caseId, payment.type, wording)};
                });
            found.append(discrepancy);
            continue;
        }
        listedOneOffs.insert(key, LineFigures {payment.householdId, payment.personsAfter, payment.fenAfter});
    }
    compareLines(listedOneOffs, linesOf(current, PaymentKind::OneOff), PaymentKind::OneOff, found);
}

} // namespace jiuzhu
