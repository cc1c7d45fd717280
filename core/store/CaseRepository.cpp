#include "core/store/CaseRepository.h"

#include "core/domain/Clock.h"
#include "core/domain/DomainKeys.h"
#include "core/store/AuditLog.h"
#include "core/store/PaymentRepository.h"
#include "core/store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace jiuzhu {

namespace {

class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
};

QString dateOrEmpty(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

struct CaseRepository::Statements
{
    SqliteStatement insertCase;
    SqliteStatement insertEvent;
    SqliteStatement nextNumber;
};

CaseRepository::CaseRepository(
    SqliteDatabase& database, AuditLog& audit, const Clock& clock, PaymentRepository& payments)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
    , m_payments(payments)
{
}

CaseRepository::~CaseRepository() = default;

Result<QList<qint64>> CaseRepository::addMany(const QList<CaseRecordInput>& cases, const QString& actor)
{
    for (qsizetype index = 0; index < cases.size(); ++index) {
        const CaseRecordInput& input = cases.at(index);
        if (!input.appliedOn.isValid())
            return fail(ErrorCode::InvalidInput, CaseText::tr("Application date"),
                CaseText::tr("Case %1 has no valid application date.").arg(index + 1));
        if (input.monthlyAmountFen < 0 || input.oneOffAmountFen < 0)
            return fail(ErrorCode::InvalidInput, CaseText::tr("Amount"),
                CaseText::tr("Case %1 has a negative amount.").arg(index + 1));
        if (input.events.isEmpty() || input.events.constLast().toState != input.state)
            return fail(ErrorCode::InvalidInput, CaseText::tr("Case history"),
                CaseText::tr("Case %1: the last event must lead to the case's current state.")
                    .arg(index + 1));
    }
    if (!m_statements) {
        auto prepared = std::make_unique<Statements>();
        auto insertCase = m_database.prepare(QStringLiteral(
            "INSERT INTO cases (case_no, household_id, assistance_type, state, channel, applied_on, "
            "accepted_on,"
            " decided_on, monthly_amount_fen, one_off_amount_fen, start_month, end_month, close_relative,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        auto insertEvent = m_database.prepare(QStringLiteral(
            "INSERT INTO case_events (case_id, at, actor_id, action, from_state, to_state, reason)"
            " VALUES (?, ?, NULL, ?, ?, ?, ?)"));
        auto nextNumber = m_database.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM cases"));
        if (!insertCase || !insertEvent || !nextNumber)
            return std::unexpected(!insertCase ? insertCase.error()
                    : !insertEvent             ? insertEvent.error()
                                               : nextNumber.error());
        prepared->insertCase = std::move(*insertCase);
        prepared->insertEvent = std::move(*insertEvent);
        prepared->nextNumber = std::move(*nextNumber);
        m_statements = std::move(prepared);
    }
    Statements& sql = *m_statements;

    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    QList<qint64> ids;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const CaseRecordInput& input : cases) {
        auto next = sql.nextNumber.step();
        if (!next)
            return std::unexpected(next.error());
        const qint64 number = sql.nextNumber.columnInt64(0);
        sql.nextNumber.reset();
        const QString caseNo
            = QStringLiteral("%1-%2").arg(input.appliedOn.year()).arg(number, 6, 10, QLatin1Char('0'));

        sql.insertCase.bind(1, caseNo).bind(2, input.householdId).bind(3, domainKey(input.type));
        sql.insertCase.bind(4, domainKey(input.state)).bind(5, domainKey(input.channel));
        sql.insertCase.bind(6, input.appliedOn.toString(Qt::ISODate));
        sql.insertCase.bindOptional(7, dateOrEmpty(input.acceptedOn))
            .bindOptional(8, dateOrEmpty(input.decidedOn));
        sql.insertCase.bind(9, input.monthlyAmountFen).bind(10, input.oneOffAmountFen);
        sql.insertCase.bindOptional(11, input.startMonth).bindOptional(12, input.endMonth);
        sql.insertCase.bind(13, input.closeRelative).bind(14, now).bind(15, now);
        if (auto inserted = sql.insertCase.execute(); !inserted) {
            if (inserted.error().code == ErrorCode::Conflict)
                return fail(ErrorCode::NotFound, CaseText::tr("Household"),
                    CaseText::tr("Household %1 does not exist.").arg(input.householdId));
            return std::unexpected(inserted.error());
        }
        const qint64 caseId = m_database.lastInsertRowId();
        for (const CaseEventRecord& event : input.events) {
            sql.insertEvent.bind(1, caseId)
                .bind(2, event.at.toUTC().toString(Qt::ISODate))
                .bind(3, event.action);
            if (event.fromState)
                sql.insertEvent.bind(4, domainKey(*event.fromState));
            else
                sql.insertEvent.bindNull(4);
            sql.insertEvent.bind(5, domainKey(event.toState)).bind(6, event.reason);
            if (auto inserted = sql.insertEvent.execute(); !inserted)
                return std::unexpected(inserted.error());
        }
        ids.append(caseId);
        digest.addData(QByteArray::number(caseId));
    }
    if (auto synced = m_payments.syncFromDecisions(); !synced)
        return std::unexpected(synced.error());
    AuditEntry entry;
    entry.actor = actor;
    entry.action = QStringLiteral("case.load");
    entry.entity = QStringLiteral("case");
    entry.entityId = ids.isEmpty() ? QString() : QString::number(ids.constFirst());
    entry.details = QJsonObject {{QStringLiteral("count"), static_cast<qint64>(ids.size())},
        {QStringLiteral("ids_sha256"), QString::fromLatin1(digest.result().toHex())}};
    if (auto audited = m_audit.append(entry); !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return ids;
}

Result<qint64> CaseRepository::saveStep(const CaseRowWrite& row, const CaseStepWrite& step)
{
    if (!row.appliedOn.isValid())
        return fail(ErrorCode::InvalidInput, CaseText::tr("Application date"),
            CaseText::tr("The case has no valid application date."));
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    qint64 caseId = row.caseId;
    if (caseId == 0) {
        auto next = m_database.queryInt64(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM cases"));
        if (!next)
            return std::unexpected(next.error());
        auto insert
            = m_database.prepare(QStringLiteral("INSERT INTO cases (id, case_no, household_id, "
                                                "assistance_type, state, channel, applied_on, created_at,"
                                                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return std::unexpected(insert.error());
        const QString caseNo
            = QStringLiteral("%1-%2").arg(row.appliedOn.year()).arg(*next, 6, 10, QLatin1Char('0'));
        insert->bind(1, *next).bind(2, caseNo).bind(3, row.householdId).bind(4, domainKey(row.type));
        insert->bind(5, domainKey(row.state)).bind(6, domainKey(row.channel));
        insert->bind(7, row.appliedOn.toString(Qt::ISODate)).bind(8, now).bind(9, now);
        if (auto inserted = insert->execute(); !inserted) {
            if (inserted.error().code == ErrorCode::Conflict)
                return fail(ErrorCode::NotFound, CaseText::tr("Household"),
                    CaseText::tr("Household %1 does not exist.").arg(row.householdId));
            return std::unexpected(inserted.error());
        }
        caseId = *next;
    }
    auto update = m_database.prepare(
        QStringLiteral("UPDATE cases SET state = ?, accepted_on = ?, decided_on = ?, monthly_amount_fen = ?,"
                       " one_off_amount_fen = ?, start_month = ?, end_month = ?, close_relative = ?, "
                       "workflow = ?, updated_at = ?"
                       " WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, domainKey(row.state)).bindOptional(2, dateOrEmpty(row.acceptedOn));
    update->bindOptional(3, dateOrEmpty(row.decidedOn))
        .bind(4, row.monthlyAmountFen)
        .bind(5, row.oneOffAmountFen);
    update->bindOptional(6, row.startMonth).bindOptional(7, row.endMonth).bind(8, row.closeRelative);
    update->bind(9, row.workflowJson).bind(10, now).bind(11, caseId);
    if (auto updated = update->execute(); !updated)
        return std::unexpected(updated.error());
    if (m_database.changes() != 1)
        return fail(
            ErrorCode::NotFound, CaseText::tr("Case"), CaseText::tr("Case %1 does not exist.").arg(caseId));

    auto event = m_database.prepare(QStringLiteral(
        "INSERT INTO case_events (case_id, at, actor_id, action, from_state, to_state, reason, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!event)
        return std::unexpected(event.error());
    event->bind(1, caseId).bind(2, step.at.toUTC().toString(Qt::ISODateWithMs));
    if (step.actorUserId > 0)
        event->bind(3, step.actorUserId);
    else
        event->bindNull(3);
    event->bind(4, step.action);
    if (step.fromState)
        event->bind(5, domainKey(*step.fromState));
    else
        event->bindNull(5);
    event->bind(6, domainKey(step.toState)).bind(7, step.reason);
    event->bind(8, QString::fromUtf8(QJsonDocument(step.data).toJson(QJsonDocument::Compact)));
    if (auto inserted = event->execute(); !inserted)
        return std::unexpected(inserted.error());

    if (auto synced = m_payments.syncFromDecisions(caseId); !synced)
        return std::unexpected(synced.error());
    AuditEntry entry {step.actorLogin, QStringLiteral("case.") + step.action, QStringLiteral("case"),
        QString::number(caseId), step.auditDetails};
    if (auto audited = m_audit.append(entry); !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return caseId;
}

Result<QList<QPair<qint64, QString>>> CaseRepository::workflowFiles()
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT id, workflow FROM cases WHERE workflow IS NOT NULL ORDER BY id"));
    if (!statement)
        return std::unexpected(statement.error());
    QList<QPair<qint64, QString>> files;
    if (auto visited = statement->forEachRow([&] {
            files.append({statement->columnInt64(0), statement->columnText(1)});
        });
        !visited)
        return std::unexpected(visited.error());
    return files;
}

Result<QString> CaseRepository::workflowFile(qint64 caseId)
{
    auto statement = m_database.prepare(QStringLiteral("SELECT workflow FROM cases WHERE id = ?"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, caseId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || statement->columnIsNull(0))
        return fail(ErrorCode::NotFound, CaseText::tr("Case"),
            CaseText::tr("Case %1 has no procedure record.").arg(caseId));
    return statement->columnText(0);
}

Result<QMap<CaseState, qint64>> CaseRepository::countByState()
{
    auto statement = m_database.prepare(QStringLiteral("SELECT state, count(*) FROM cases GROUP BY state"));
    if (!statement)
        return std::unexpected(statement.error());
    QMap<CaseState, qint64> counts;
    if (auto visited = statement->forEachRow([&] {
            if (auto state = caseStateFromKey(statement->columnText(0)))
                counts.insert(*state, statement->columnInt64(1));
        });
        !visited)
        return std::unexpected(visited.error());
    return counts;
}

Result<qint64> CaseRepository::count()
{
    return m_database.queryInt64(QStringLiteral("SELECT count(*) FROM cases"));
}

} // namespace jiuzhu
