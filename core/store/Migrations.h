#pragma once

#include "core/domain/Error.h"

#include <QString>
#include <QStringList>

namespace jiuzhu {

class SqliteDatabase;

// Schema versions are recorded in PRAGMA user_version. Migration N lives in
// migrations/NNNN_*.sql (embedded) and turns version N-1 into N in one
// transaction.
class Migrations
{
public:
    static int currentVersion();
    static QStringList scriptPaths();
    // Brings the database up to currentVersion(); fails without touching it
    // when the file was written by a newer Jiuzhu.
    static Status migrate(SqliteDatabase& database);
    // Refuses a store written by a newer Jiuzhu, before anything touches it.
    static Status checkReadable(qint64 storedVersion);
    // Applies migrations up to and including `version` only (tests build
    // fixtures of older versions this way).
    static Status migrateTo(SqliteDatabase& database, int version);
};

} // namespace jiuzhu
