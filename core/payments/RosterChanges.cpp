#include "core/payments/RosterChanges.h"

#include "core/payments/PaymentRoster.h"

#include <QHash>
#include <QSet>

namespace jiuzhu {

namespace {

using LineKey = std::pair<qint64, int>; // case, type

Result<QHash<LineKey, RosterLine>> monthlyLinesByCase(const PaymentRoster& roster)
{
    QHash<LineKey, RosterLine> byCase;
    for (const RosterLine& line : roster.lines()) {
        if (line.kind != PaymentKind::Monthly)
            continue;
        const LineKey key(line.caseId, int(line.type));
        if (byCase.contains(key))
            return fail(ErrorCode::Conflict, PayableCase::caseLabel(line.caseId),
                RosterChanges::tr("The roster of %1 pays the case twice; remove the duplicate line first.")
                    .arg(roster.month().toString()));
        byCase.insert(key, line);
    }
    return byCase;
}

} // namespace

Result<RosterChanges> RosterChanges::between(const PaymentRoster& previous, const PaymentRoster& current)
{
    if (previous.month().addMonths(1) != current.month())
        return fail(ErrorCode::InvalidInput, tr("Month"),
            tr("Changes are counted between consecutive months, not from %1 to %2.")
                .arg(previous.month().toString(), current.month().toString()));

    const Result<QHash<LineKey, RosterLine>> before = monthlyLinesByCase(previous);
    if (!before)
        return std::unexpected(before.error());
    const Result<QHash<LineKey, RosterLine>> after = monthlyLinesByCase(current);
    if (!after)
        return std::unexpected(after.error());

    RosterChanges changes;
    changes.month = current.month();
    QSet<qint64> oneOffCases;
    // Walking the sorted lines keeps every list in roster order.
    for (const RosterLine& line : current.lines()) {
        RosterChange change {line.caseId, line.householdId, line.type, 0, 0, line.persons, line.fen};
        if (line.kind == PaymentKind::OneOff) {
            if (oneOffCases.contains(line.caseId))
                return fail(ErrorCode::Conflict, PayableCase::caseLabel(line.caseId),
                    tr("The roster of %1 pays the case two one-offs; remove the duplicate line first.")
                        .arg(current.month().toString()));
            oneOffCases.insert(line.caseId);
            changes.oneOffs.append(change);
            continue;
        }
        const auto last = before->constFind(LineKey(line.caseId, int(line.type)));
        if (last == before->constEnd()) {
            changes.added.append(change);
            continue;
        }
        change.personsBefore = last->persons;
        change.fenBefore = last->fen;
        if (change.personsDelta() != 0 || change.fenDelta() != 0)
            changes.adjustments.append(change);
    }
    for (const RosterLine& line : previous.lines()) {
        if (line.kind == PaymentKind::Monthly && !after->contains(LineKey(line.caseId, int(line.type))))
            changes.exits.append(
                RosterChange {line.caseId, line.householdId, line.type, line.persons, line.fen, 0, 0});
    }
    return changes;
}

} // namespace jiuzhu
