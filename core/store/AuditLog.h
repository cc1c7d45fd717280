#pragma once

#include "core/domain/Clock.h"
#include "core/domain/Error.h"

#include <QJsonObject>
#include <QString>

namespace jiuzhu {

class SqliteDatabase;

struct AuditEntry
{
    QString actor; // user login, or "system"
    QString action; // e.g. "household.create"
    QString entity; // e.g. "household"
    QString entityId;
    QJsonObject details; // identifiers and digests only: no names or ID numbers
};

struct AuditVerification
{
    qint64 rowsChecked = 0;
    QString headHash; // hash of the last row; the chain head filed with the district
};

// The append-only audit log. Rows are chained by SHA-256; appends happen
// inside the caller's transaction so the log and the change commit together.
class AuditLog
{
public:
    AuditLog(SqliteDatabase& database, const Clock& clock);

    Status append(const AuditEntry& entry);
    // Walks the whole chain; the error names the first broken row.
    Result<AuditVerification> verify() const;
    Result<QString> headHash() const;

    static QString genesisHash();
    static QString rowHash(const QString& previousHash, qint64 seq, const QString& at, const QString& actor,
        const QString& action, const QString& entity, const QString& entityId, const QString& details);

private:
    SqliteDatabase& m_database;
    const Clock& m_clock;
};

} // namespace jiuzhu
