#include "core/store/PaymentRepository.h"

#include "core/domain/Clock.h"
#include "core/domain/DomainKeys.h"
#include "core/store/AuditLog.h"
#include "core/store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>

namespace jiuzhu {

namespace {

class PaymentText
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)
};

constexpr std::array kDirectionKeys {
    std::pair {BenefitDirection::Raise, u"raise"},
    std::pair {BenefitDirection::Lower, u"lower"},
    std::pair {BenefitDirection::Stop, u"stop"},
    std::pair {BenefitDirection::Unchanged, u"unchanged"},
    std::pair {BenefitDirection::AwaitingReview, u"awaiting-review"},
};

constexpr std::array kChangeKindKeys {
    std::pair {ChangeEventKind::Death, u"death"},
    std::pair {ChangeEventKind::Birth, u"birth"},
    std::pair {ChangeEventKind::Marriage, u"marriage"},
    std::pair {ChangeEventKind::MoveOut, u"move-out"},
    std::pair {ChangeEventKind::IncomeChange, u"income-change"},
};

constexpr std::array kOverpaymentStatusKeys {
    std::pair {OverpaymentStatus::Open, u"open"},
    std::pair {OverpaymentStatus::Recovered, u"recovered"},
    std::pair {OverpaymentStatus::Paid, u"paid"},
    std::pair {OverpaymentStatus::Waived, u"waived"},
};

QString paymentKindKey(PaymentKind kind)
{
    return kind == PaymentKind::Monthly ? QStringLiteral("monthly") : QStringLiteral("one-off");
}

// The filter of the entitlement queries: every case, or one.
QString caseFilter(std::optional<qint64> caseId, const QString& column)
{
    return caseId ? QStringLiteral(" AND %1 = %2").arg(column).arg(*caseId) : QString();
}

Result<YearMonth> monthColumn(const SqliteStatement& statement, int column, const QString& field)
{
    auto month = YearMonth::parse(statement.columnText(column));
    if (!month)
        return fail(ErrorCode::StoreCorrupt, field,
            PaymentText::tr("A stored month is not a month: \"%1\".").arg(statement.columnText(column)));
    return month;
}

} // namespace

QString domainKey(BenefitDirection direction)
{
    return keyInTable(kDirectionKeys, direction);
}

std::optional<BenefitDirection> benefitDirectionFromKey(const QString& key)
{
    return valueInTable(kDirectionKeys, key);
}

QString domainKey(ChangeEventKind kind)
{
    return keyInTable(kChangeKindKeys, kind);
}

std::optional<ChangeEventKind> changeEventKindFromKey(const QString& key)
{
    return valueInTable(kChangeKindKeys, key);
}

QString domainKey(OverpaymentStatus status)
{
    return keyInTable(kOverpaymentStatusKeys, status);
}

std::optional<OverpaymentStatus> overpaymentStatusFromKey(const QString& key)
{
    return valueInTable(kOverpaymentStatusKeys, key);
}

PaymentRepository::PaymentRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{
}

Status PaymentRepository::syncFromDecisions(std::optional<qint64> caseId)
{
    // The rule migration 0003 applied to the cases decided before it: the
    // monthly amount from the start month for the co-resident members (one
    // person for 特困, which supports the individual); one-offs in the month
    // of decision (of the aid itself for 急难型 aid given first).
    const QString persons = QStringLiteral(
        "max(1, (SELECT count(*) FROM members m WHERE m.household_id = c.household_id AND m.co_resident = 1))");
    const QString periods = QStringLiteral(
        "INSERT INTO benefit_periods (case_id, from_month, until_month, monthly_fen, persons)"
        " SELECT c.id, c.start_month,"
        "  CASE WHEN c.end_month IS NOT NULL AND c.end_month >= c.start_month THEN c.end_month"
        "       WHEN c.state IN ('terminated', 'suspended') THEN max(c.start_month, substr(c.updated_at, 1, 7))"
        "       ELSE NULL END,"
        "  c.monthly_amount_fen,"
        "  CASE WHEN c.assistance_type = 'tekun' THEN 1 ELSE %1 END"
        " FROM cases c"
        " WHERE c.state IN ('approved', 'suspended', 'terminated') AND c.start_month IS NOT NULL"
        "  AND c.assistance_type NOT IN ('temporary-emergency', 'temporary-expenditure')"
        "  AND NOT EXISTS (SELECT 1 FROM benefit_periods p WHERE p.case_id = c.id)%2")
                                .arg(persons, caseFilter(caseId, QStringLiteral("c.id")));
    const QString oneOffs = QStringLiteral(
        "INSERT INTO one_off_payments (case_id, month, fen, persons)"
        " SELECT c.id, substr(COALESCE(c.decided_on, c.accepted_on, c.applied_on), 1, 7),"
        "  c.one_off_amount_fen, %1"
        " FROM cases c"
        " WHERE c.state IN ('approved', 'suspended', 'terminated', 'emergency-aid-granted')"
        "  AND c.one_off_amount_fen > 0"
        "  AND NOT EXISTS (SELECT 1 FROM one_off_payments o WHERE o.case_id = c.id)%2")
                                .arg(persons, caseFilter(caseId, QStringLiteral("c.id")));
    // A case that has ended stops being paid after its end month.
    const QString close = QStringLiteral(
        "UPDATE benefit_periods SET until_month = (SELECT max(benefit_periods.from_month, c.end_month)"
        "  FROM cases c WHERE c.id = benefit_periods.case_id)"
        " WHERE until_month IS NULL AND case_id IN (SELECT c.id FROM cases c"
        "  WHERE c.state IN ('terminated', 'suspended') AND c.end_month IS NOT NULL%1)")
                              .arg(caseFilter(caseId, QStringLiteral("c.id")));
    for (const QString& sql : {periods, oneOffs, close}) {
        if (auto done = m_database.exec(sql); !done)
            return done;
    }
    return {};
}

Result<QList<PayableCase>> PaymentRepository::payableCases()
{
    QMap<qint64, PayableCase> cases;
    auto periods = m_database.prepare(QStringLiteral(
        "SELECT p.case_id, c.household_id, c.assistance_type, p.from_month, p.until_month, p.monthly_fen,"
        " p.persons FROM benefit_periods p JOIN cases c ON c.id = p.case_id ORDER BY p.case_id, p.from_month"));
    auto oneOffs = m_database.prepare(
        QStringLiteral("SELECT o.case_id, c.household_id, c.assistance_type, o.month, o.fen, o.persons"
                       " FROM one_off_payments o JOIN cases c ON c.id = o.case_id ORDER BY o.case_id, o.month"));
    if (!periods || !oneOffs)
        return std::unexpected(!periods ? periods.error() : oneOffs.error());

    std::optional<Error> broken;
    auto caseOf = [&](const SqliteStatement& row) -> PayableCase& {
        PayableCase& payable = cases[row.columnInt64(0)];
        payable.caseId = row.columnInt64(0);
        payable.householdId = row.columnInt64(1);
        if (auto type = assistanceTypeFromKey(row.columnText(2)))
            payable.type = *type;
        else if (!broken)
            broken = Error {ErrorCode::StoreCorrupt, PaymentText::tr("Assistance type"),
                PaymentText::tr("Case %1 has an unknown assistance type.").arg(payable.caseId)};
        return payable;
    };
    auto visited = periods->forEachRow([&] {
        PayableCase& payable = caseOf(*periods);
        auto from = monthColumn(*periods, 3, PaymentText::tr("Benefit period"));
        if (!from) {
            broken = broken.value_or(from.error());
            return;
        }
        BenefitPeriod period {*from, std::nullopt, periods->columnInt64(5), periods->columnInt(6)};
        if (!periods->columnIsNull(4)) {
            auto until = monthColumn(*periods, 4, PaymentText::tr("Benefit period"));
            if (!until) {
                broken = broken.value_or(until.error());
                return;
            }
            period.until = *until;
        }
        payable.periods.append(period);
    });
    if (!visited)
        return std::unexpected(visited.error());
    visited = oneOffs->forEachRow([&] {
        PayableCase& payable = caseOf(*oneOffs);
        auto month = monthColumn(*oneOffs, 3, PaymentText::tr("One-off payment"));
        if (!month) {
            broken = broken.value_or(month.error());
            return;
        }
        payable.oneOffs.append(OneOffPayment {*month, oneOffs->columnInt64(4), oneOffs->columnInt(5)});
    });
    if (!visited)
        return std::unexpected(visited.error());
    if (broken)
        return std::unexpected(*broken);
    return cases.values();
}

Result<PayableCase> PaymentRepository::payableCase(qint64 caseId)
{
    // Small enough per case to reuse the full reader's parsing.
    auto type = m_database.prepare(QStringLiteral("SELECT household_id, assistance_type FROM cases WHERE id = ?"));
    if (!type)
        return std::unexpected(type.error());
    type->bind(1, caseId);
    auto row = type->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, PaymentText::tr("Case"),
            PaymentText::tr("Case %1 does not exist.").arg(caseId));
    PayableCase payable;
    payable.caseId = caseId;
    payable.householdId = type->columnInt64(0);
    auto assistance = assistanceTypeFromKey(type->columnText(1));
    if (!assistance)
        return fail(ErrorCode::StoreCorrupt, PaymentText::tr("Assistance type"),
            PaymentText::tr("Case %1 has an unknown assistance type.").arg(caseId));
    payable.type = *assistance;
    type->reset();

    auto periods = m_database.prepare(QStringLiteral("SELECT from_month, until_month, monthly_fen, persons"
                                                     " FROM benefit_periods WHERE case_id = ? ORDER BY from_month"));
    auto oneOffs = m_database.prepare(
        QStringLiteral("SELECT month, fen, persons FROM one_off_payments WHERE case_id = ? ORDER BY month"));
    if (!periods || !oneOffs)
        return std::unexpected(!periods ? periods.error() : oneOffs.error());
    periods->bind(1, caseId);
    oneOffs->bind(1, caseId);
    std::optional<Error> broken;
    auto visited = periods->forEachRow([&] {
        auto from = monthColumn(*periods, 0, PaymentText::tr("Benefit period"));
        std::optional<YearMonth> until;
        if (!periods->columnIsNull(1)) {
            auto parsed = monthColumn(*periods, 1, PaymentText::tr("Benefit period"));
            if (parsed)
                until = *parsed;
            else
                broken = parsed.error();
        }
        if (!from)
            broken = from.error();
        else
            payable.periods.append(BenefitPeriod {*from, until, periods->columnInt64(2), periods->columnInt(3)});
    });
    if (!visited)
        return std::unexpected(visited.error());
    visited = oneOffs->forEachRow([&] {
        auto month = monthColumn(*oneOffs, 0, PaymentText::tr("One-off payment"));
        if (!month)
            broken = month.error();
        else
            payable.oneOffs.append(OneOffPayment {*month, oneOffs->columnInt64(1), oneOffs->columnInt(2)});
    });
    if (!visited)
        return std::unexpected(visited.error());
    if (broken)
        return std::unexpected(*broken);
    return payable;
}

Status PaymentRepository::writeEntitlement(const PayableCase& payable)
{
    for (const QString& table : {QStringLiteral("benefit_periods"), QStringLiteral("one_off_payments")}) {
        auto removed = m_database.prepare(QStringLiteral("DELETE FROM %1 WHERE case_id = ?").arg(table));
        if (!removed)
            return std::unexpected(removed.error());
        if (auto done = removed->bind(1, payable.caseId).execute(); !done)
            return done;
    }
    auto period = m_database.prepare(QStringLiteral("INSERT INTO benefit_periods"
                                                    " (case_id, from_month, until_month, monthly_fen, persons)"
                                                    " VALUES (?, ?, ?, ?, ?)"));
    auto oneOff = m_database.prepare(
        QStringLiteral("INSERT INTO one_off_payments (case_id, month, fen, persons) VALUES (?, ?, ?, ?)"));
    if (!period || !oneOff)
        return std::unexpected(!period ? period.error() : oneOff.error());
    for (const BenefitPeriod& stretch : payable.periods) {
        period->bind(1, payable.caseId).bind(2, stretch.from.toString());
        period->bindOptional(3, stretch.until ? stretch.until->toString() : QString());
        period->bind(4, stretch.monthlyFen).bind(5, stretch.persons);
        if (auto done = period->execute(); !done)
            return done;
    }
    for (const OneOffPayment& payment : payable.oneOffs) {
        oneOff->bind(1, payable.caseId).bind(2, payment.month.toString()).bind(3, payment.fen);
        oneOff->bind(4, payment.persons);
        if (auto done = oneOff->execute(); !done)
            return done;
    }
    return {};
}

Status PaymentRepository::replaceEntitlement(
    const PayableCase& corrected, const PaymentActor& actor, const QString& why)
{
    if (auto valid = corrected.validate(); !valid)
        return valid;
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto written = writeEntitlement(corrected); !written)
        return written;
    // Month spans and amounts only: the audit chain keeps no personal data.
    QJsonObject details {{QStringLiteral("periods"), static_cast<qint64>(corrected.periods.size())},
        {QStringLiteral("one_offs"), static_cast<qint64>(corrected.oneOffs.size())},
        {QStringLiteral("why"), why}};
    if (!corrected.periods.isEmpty()) {
        const BenefitPeriod& last = corrected.periods.constLast();
        details.insert(QStringLiteral("last_from"), last.from.toString());
        details.insert(QStringLiteral("last_until"), last.until ? last.until->toString() : QString());
        details.insert(QStringLiteral("last_fen"), last.monthlyFen);
    }
    AuditEntry entry {actor.login, QStringLiteral("payment.entitlement"), QStringLiteral("case"),
        QString::number(corrected.caseId), details};
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    return transaction->commit();
}

Result<std::optional<PaymentRoster>> PaymentRepository::closedRoster(YearMonth month)
{
    auto lines = m_database.prepare(
        QStringLiteral("SELECT p.case_id, p.household_id, p.assistance_type, p.persons, p.amount_fen, p.kind"
                       " FROM payments p JOIN payment_rosters r ON r.id = p.roster_id"
                       " WHERE r.month = ? AND r.state = 'final' AND p.kind IN ('monthly', 'one-off')"));
    auto exists = m_database.prepare(
        QStringLiteral("SELECT 1 FROM payment_rosters WHERE month = ? AND state = 'final'"));
    if (!lines || !exists)
        return std::unexpected(!lines ? lines.error() : exists.error());
    exists->bind(1, month.toString());
    auto found = exists->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::optional<PaymentRoster>();
    lines->bind(1, month.toString());
    QList<RosterLine> read;
    std::optional<Error> broken;
    auto visited = lines->forEachRow([&] {
        RosterLine line;
        line.caseId = lines->columnInt64(0);
        line.householdId = lines->columnInt64(1);
        auto type = assistanceTypeFromKey(lines->columnText(2));
        if (!type) {
            broken = Error {ErrorCode::StoreCorrupt, PaymentText::tr("Payment roster"),
                PaymentText::tr("A line of the %1 roster has an unknown assistance type.").arg(month.toString())};
            return;
        }
        line.type = *type;
        line.persons = lines->columnInt(3);
        line.fen = lines->columnInt64(4);
        line.kind = lines->columnText(5) == QLatin1String("monthly") ? PaymentKind::Monthly : PaymentKind::OneOff;
        read.append(line);
    });
    if (!visited)
        return std::unexpected(visited.error());
    if (broken)
        return std::unexpected(*broken);
    auto roster = PaymentRoster::fromLines(month, std::move(read));
    if (!roster)
        return std::unexpected(roster.error());
    return std::optional<PaymentRoster>(std::move(*roster));
}

Result<QList<PaymentRoster>> PaymentRepository::closedRostersOf(const QList<qint64>& caseIds)
{
    auto months = m_database.prepare(
        QStringLiteral("SELECT month FROM payment_rosters WHERE state = 'final' ORDER BY month"));
    if (!months)
        return std::unexpected(months.error());
    QList<YearMonth> closed;
    std::optional<Error> broken;
    auto visited = months->forEachRow([&] {
        auto month = monthColumn(*months, 0, PaymentText::tr("Payment roster"));
        if (month)
            closed.append(*month);
        else
            broken = month.error();
    });
    if (!visited)
        return std::unexpected(visited.error());
    if (broken)
        return std::unexpected(*broken);
    const QSet<qint64> wanted(caseIds.cbegin(), caseIds.cend());
    QList<PaymentRoster> rosters;
    for (YearMonth month : std::as_const(closed)) {
        auto roster = closedRoster(month);
        if (!roster)
            return std::unexpected(roster.error());
        QList<RosterLine> lines;
        for (const RosterLine& line : (*roster)->lines()) {
            if (wanted.contains(line.caseId))
                lines.append(line);
        }
        auto cut = PaymentRoster::fromLines(month, std::move(lines));
        if (!cut)
            return std::unexpected(cut.error());
        rosters.append(std::move(*cut));
    }
    return rosters;
}

Result<std::optional<YearMonth>> PaymentRepository::lastClosedMonth()
{
    auto last = m_database.queryText(
        QStringLiteral("SELECT COALESCE(MAX(month), '') FROM payment_rosters WHERE state = 'final'"));
    if (!last)
        return std::unexpected(last.error());
    if (last->isEmpty())
        return std::optional<YearMonth>();
    auto month = YearMonth::parse(*last);
    if (!month)
        return std::unexpected(month.error());
    return std::optional<YearMonth>(*month);
}

Status PaymentRepository::closeRoster(const PaymentRoster& roster, const PaymentActor& actor)
{
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto header = m_database.prepare(QStringLiteral(
        "INSERT INTO payment_rosters (month, state, created_at) VALUES (?, 'final', ?)"));
    if (!header)
        return std::unexpected(header.error());
    header->bind(1, roster.month().toString()).bind(2, m_clock.now().toUTC().toString(Qt::ISODate));
    if (auto inserted = header->execute(); !inserted) {
        if (inserted.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict, PaymentText::tr("Payment roster"),
                PaymentText::tr("The roster of %1 is already closed.").arg(roster.month().toString()));
        return inserted;
    }
    const qint64 rosterId = m_database.lastInsertRowId();
    auto line = m_database.prepare(
        QStringLiteral("INSERT INTO payments (roster_id, case_id, household_id, assistance_type, persons,"
                       " amount_fen, kind) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!line)
        return std::unexpected(line.error());
    for (const RosterLine& paid : roster.lines()) {
        line->bind(1, rosterId).bind(2, paid.caseId).bind(3, paid.householdId).bind(4, domainKey(paid.type));
        line->bind(5, paid.persons).bind(6, paid.fen).bind(7, paymentKindKey(paid.kind));
        if (auto inserted = line->execute(); !inserted)
            return inserted;
    }
    const RosterFigures& overall = roster.totals().overall;
    AuditEntry entry {actor.login, QStringLiteral("payment.roster.close"), QStringLiteral("payment_roster"),
        roster.month().toString(),
        QJsonObject {{QStringLiteral("lines"), static_cast<qint64>(roster.lines().size())},
            {QStringLiteral("households"), overall.households}, {QStringLiteral("persons"), overall.persons},
            {QStringLiteral("fen"), overall.fen}}};
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    return transaction->commit();
}

Result<qint64> PaymentRepository::recordChange(const ChangeRecord& change, const PaymentActor& actor)
{
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO change_events (case_id, kind, happened_on, reported_on, new_monthly_income_fen,"
        " direction, effective_month, reason, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, change.caseId).bind(2, domainKey(change.event.kind));
    insert->bind(3, change.event.date.toString(Qt::ISODate)).bind(4, change.reportedOn.toString(Qt::ISODate));
    insert->bind(5, change.event.newMonthlyIncomeFen).bind(6, domainKey(change.direction));
    insert->bindOptional(7, change.effectiveFrom ? change.effectiveFrom->toString() : QString());
    insert->bind(8, change.reason);
    if (actor.userId > 0)
        insert->bind(9, actor.userId);
    else
        insert->bindNull(9);
    if (auto inserted = insert->execute(); !inserted) {
        if (inserted.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::NotFound, PaymentText::tr("Case"),
                PaymentText::tr("Case %1 does not exist.").arg(change.caseId));
        return std::unexpected(inserted.error());
    }
    const qint64 id = m_database.lastInsertRowId();
    AuditEntry entry {actor.login, QStringLiteral("payment.change"), QStringLiteral("case"),
        QString::number(change.caseId),
        QJsonObject {{QStringLiteral("change_id"), id}, {QStringLiteral("kind"), domainKey(change.event.kind)},
            {QStringLiteral("direction"), domainKey(change.direction)},
            {QStringLiteral("effective"), change.effectiveFrom ? change.effectiveFrom->toString() : QString()}}};
    if (auto audited = m_audit.append(entry); !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<QList<ChangeRecord>> PaymentRepository::changesOf(qint64 caseId)
{
    auto select = m_database.prepare(
        QStringLiteral("SELECT id, kind, happened_on, reported_on, new_monthly_income_fen, direction,"
                       " effective_month, reason FROM change_events WHERE case_id = ? ORDER BY id"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, caseId);
    QList<ChangeRecord> changes;
    std::optional<Error> broken;
    auto visited = select->forEachRow([&] {
        ChangeRecord change;
        change.id = select->columnInt64(0);
        change.caseId = caseId;
        auto kind = changeEventKindFromKey(select->columnText(1));
        auto direction = benefitDirectionFromKey(select->columnText(5));
        if (!kind || !direction) {
            broken = Error {ErrorCode::StoreCorrupt, PaymentText::tr("Change event"),
                PaymentText::tr("Change %1 has an unknown kind or direction.").arg(change.id)};
            return;
        }
        change.event = ChangeEvent {*kind, QDate::fromString(select->columnText(2), Qt::ISODate),
            select->columnInt64(4)};
        change.reportedOn = QDate::fromString(select->columnText(3), Qt::ISODate);
        change.direction = *direction;
        if (!select->columnIsNull(6)) {
            if (auto month = YearMonth::parse(select->columnText(6)))
                change.effectiveFrom = *month;
        }
        change.reason = select->columnText(7);
        changes.append(change);
    });
    if (!visited)
        return std::unexpected(visited.error());
    if (broken)
        return std::unexpected(*broken);
    return changes;
}

Status PaymentRepository::recordReview(const ReviewRecord& review, const PaymentActor& actor)
{
    if (review.outcome == BenefitDirection::AwaitingReview)
        return fail(ErrorCode::InvalidInput, PaymentText::tr("Review outcome"),
            PaymentText::tr("A review that was carried out has an outcome: raise, lower, stop or unchanged."));
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO reviews (case_id, reviewed_on, review_month, outcome, effective_month, reviewer_id, notes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, review.caseId).bind(2, review.reviewedOn.toString(Qt::ISODate));
    insert->bind(3, review.reviewMonth.toString()).bind(4, domainKey(review.outcome));
    insert->bindOptional(5, review.effectiveFrom ? review.effectiveFrom->toString() : QString());
    if (actor.userId > 0)
        insert->bind(6, actor.userId);
    else
        insert->bindNull(6);
    insert->bind(7, review.notes);
    if (auto inserted = insert->execute(); !inserted) {
        if (inserted.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::NotFound, PaymentText::tr("Case"),
                PaymentText::tr("Case %1 does not exist.").arg(review.caseId));
        return inserted;
    }
    AuditEntry entry {actor.login, QStringLiteral("payment.review"), QStringLiteral("case"),
        QString::number(review.caseId),
        QJsonObject {{QStringLiteral("month"), review.reviewMonth.toString()},
            {QStringLiteral("outcome"), domainKey(review.outcome)}}};
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    return transaction->commit();
}

Status PaymentRepository::addReviews(const QList<ReviewRecord>& reviews, const QString& actor)
{
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO reviews (case_id, reviewed_on, review_month, outcome, effective_month, notes)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    for (const ReviewRecord& review : reviews) {
        if (review.outcome == BenefitDirection::AwaitingReview)
            return fail(ErrorCode::InvalidInput, PaymentText::tr("Review outcome"),
                PaymentText::tr("Case %1: a review that was carried out has an outcome.").arg(review.caseId));
        insert->bind(1, review.caseId).bind(2, review.reviewedOn.toString(Qt::ISODate));
        insert->bind(3, review.reviewMonth.toString()).bind(4, domainKey(review.outcome));
        insert->bindOptional(5, review.effectiveFrom ? review.effectiveFrom->toString() : QString());
        insert->bind(6, review.notes);
        if (auto inserted = insert->execute(); !inserted)
            return inserted;
    }
    AuditEntry entry {actor, QStringLiteral("payment.review.load"), QStringLiteral("case"), QString(),
        QJsonObject {{QStringLiteral("count"), static_cast<qint64>(reviews.size())}}};
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    return transaction->commit();
}

Result<QMap<qint64, YearMonth>> PaymentRepository::lastReviewMonths()
{
    auto select = m_database.prepare(
        QStringLiteral("SELECT case_id, MAX(review_month) FROM reviews GROUP BY case_id"));
    if (!select)
        return std::unexpected(select.error());
    QMap<qint64, YearMonth> last;
    std::optional<Error> broken;
    auto visited = select->forEachRow([&] {
        auto month = monthColumn(*select, 1, PaymentText::tr("Review"));
        if (month)
            last.insert(select->columnInt64(0), *month);
        else
            broken = month.error();
    });
    if (!visited)
        return std::unexpected(visited.error());
    if (broken)
        return std::unexpected(*broken);
    return last;
}

Status PaymentRepository::recordOverpayments(const QList<Overpayment>& found, const PaymentActor& actor)
{
    if (found.isEmpty())
        return {};
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto upsert = m_database.prepare(QStringLiteral(
        "INSERT INTO overpayments (case_id, month, kind, paid_fen, entitled_fen, difference_fen, found_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (case_id, month, kind) DO UPDATE SET paid_fen = excluded.paid_fen,"
        " entitled_fen = excluded.entitled_fen, difference_fen = excluded.difference_fen,"
        " found_on = excluded.found_on WHERE overpayments.status = 'open'"));
    if (!upsert)
        return std::unexpected(upsert.error());
    qint64 total = 0;
    for (const Overpayment& item : found) {
        upsert->bind(1, item.caseId).bind(2, item.month.toString()).bind(3, paymentKindKey(item.kind));
        upsert->bind(4, item.paidFen).bind(5, item.entitledFen).bind(6, item.differenceFen);
        upsert->bind(7, m_clock.today().toString(Qt::ISODate));
        if (auto done = upsert->execute(); !done)
            return done;
        total += item.differenceFen;
    }
    AuditEntry entry {actor.login, QStringLiteral("payment.overpayment"), QStringLiteral("case"),
        QString::number(found.constFirst().caseId),
        QJsonObject {{QStringLiteral("months"), static_cast<qint64>(found.size())},
            {QStringLiteral("difference_fen"), total}}};
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    return transaction->commit();
}

Result<QList<StoredOverpayment>> PaymentRepository::overpayments(std::optional<OverpaymentStatus> status)
{
    auto select = m_database.prepare(QStringLiteral(
        "SELECT o.id, o.case_id, c.household_id, c.assistance_type, o.month, o.kind, o.paid_fen,"
        " o.entitled_fen, o.difference_fen, o.found_on, o.status FROM overpayments o"
        " JOIN cases c ON c.id = o.case_id WHERE (?1 = '' OR o.status = ?1) ORDER BY o.month, o.case_id"));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, status ? domainKey(*status) : QString());
    QList<StoredOverpayment> stored;
    std::optional<Error> broken;
    auto visited = select->forEachRow([&] {
        StoredOverpayment row;
        row.id = select->columnInt64(0);
        Overpayment& item = row.overpayment;
        item.caseId = select->columnInt64(1);
        item.householdId = select->columnInt64(2);
        auto type = assistanceTypeFromKey(select->columnText(3));
        auto month = monthColumn(*select, 4, PaymentText::tr("Overpayment"));
        auto rowStatus = overpaymentStatusFromKey(select->columnText(10));
        if (!type || !month || !rowStatus) {
            broken = Error {ErrorCode::StoreCorrupt, PaymentText::tr("Overpayment"),
                PaymentText::tr("Overpayment %1 cannot be read.").arg(row.id)};
            return;
        }
        item.type = *type;
        item.month = *month;
        item.kind = select->columnText(5) == QLatin1String("monthly") ? PaymentKind::Monthly : PaymentKind::OneOff;
        item.paidFen = select->columnInt64(6);
        item.entitledFen = select->columnInt64(7);
        item.differenceFen = select->columnInt64(8);
        row.foundOn = QDate::fromString(select->columnText(9), Qt::ISODate);
        row.status = *rowStatus;
        stored.append(row);
    });
    if (!visited)
        return std::unexpected(visited.error());
    if (broken)
        return std::unexpected(*broken);
    return stored;
}

} // namespace jiuzhu
