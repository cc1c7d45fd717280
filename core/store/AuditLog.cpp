#include "core/store/AuditLog.h"

#include "core/store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace jiuzhu {

namespace {

class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

// Length-prefixing every field makes the hashed byte string unambiguous, so
// moving text from one field to the next changes the hash.
void addField(QCryptographicHash& hash, const QString& field)
{
    const QByteArray utf8 = field.toUtf8();
    hash.addData(QByteArray::number(utf8.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(utf8);
    hash.addData(QByteArrayView("\n"));
}

} // namespace

AuditLog::AuditLog(SqliteDatabase& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::rowHash(const QString& previousHash, qint64 seq, const QString& at, const QString& actor,
    const QString& action, const QString& entity, const QString& entityId, const QString& details)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, previousHash);
    addField(hash, QString::number(seq));
    addField(hash, at);
    addField(hash, actor);
    addField(hash, action);
    addField(hash, entity);
    addField(hash, entityId);
    addField(hash, details);
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> AuditLog::headHash() const
{
    auto head = m_database.queryText(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!head)
        return head;
    return head->isEmpty() ? genesisHash() : *head;
}

Status AuditLog::append(const AuditEntry& entry)
{
    auto last
        = m_database.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return std::unexpected(last.error());
    auto hasLast = last->step();
    if (!hasLast)
        return std::unexpected(hasLast.error());
    const qint64 seq = *hasLast ? last->columnInt64(0) + 1 : 1;
    const QString previousHash = *hasLast ? last->columnText(1) : genesisHash();

    const QString at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QString details = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    const QString hash
        = rowHash(previousHash, seq, at, entry.actor, entry.action, entry.entity, entry.entityId, details);

    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, seq).bind(2, at).bind(3, entry.actor).bind(4, entry.action).bind(5, entry.entity);
    insert->bind(6, entry.entityId).bind(7, details).bind(8, previousHash).bind(9, hash);
    return insert->execute();
}

Result<AuditVerification> AuditLog::verify() const
{
    auto rows = m_database.prepare(QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, "
                                                  "details, prev_hash, hash FROM audit_log ORDER BY seq"));
    if (!rows)
        return std::unexpected(rows.error());

    AuditVerification verification;
    QString expectedPrevious = genesisHash();
    qint64 expectedSeq = 1;
    while (true) {
        auto hasRow = rows->step();
        if (!hasRow)
            return std::unexpected(hasRow.error());
        if (!*hasRow)
            break;
        const qint64 seq = rows->columnInt64(0);
        const QString storedPrevious = rows->columnText(7);
        const QString storedHash = rows->columnText(8);
        if (seq != expectedSeq) {
            return fail(ErrorCode::AuditChainBroken, AuditText::tr("Audit log"),
                AuditText::tr("Audit row %1 is missing: the next row found is %2.")
                    .arg(expectedSeq)
                    .arg(seq));
        }
        if (storedPrevious != expectedPrevious) {
            return fail(ErrorCode::AuditChainBroken, AuditText::tr("Audit log"),
                AuditText::tr("Audit row %1 does not follow row %2: the link between them is broken.")
                    .arg(seq)
                    .arg(seq - 1));
        }
        const QString recomputed = rowHash(storedPrevious, seq, rows->columnText(1), rows->columnText(2),
            rows->columnText(3), rows->columnText(4), rows->columnText(5), rows->columnText(6));
        if (recomputed != storedHash) {
            return fail(ErrorCode::AuditChainBroken, AuditText::tr("Audit log"),
                AuditText::tr("Audit row %1 was changed after it was written: its hash does not match.")
                    .arg(seq));
        }
        expectedPrevious = storedHash;
        ++expectedSeq;
        ++verification.rowsChecked;
    }
    verification.headHash = expectedPrevious;
    return verification;
}

} // namespace jiuzhu
