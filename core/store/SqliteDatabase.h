#pragma once

#include "core/domain/Error.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace jiuzhu {

class SqliteDatabase;

// One prepared statement; reset and reused by the repositories so hot paths
// never re-parse SQL. Column and parameter indexes follow SQLite: parameters
// from 1, columns from 0.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement();

    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqliteStatement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bind(int index, const QByteArray& blob);
    SqliteStatement& bindNull(int index);
    SqliteStatement& bindOptional(int index, const QString& value);

    // Steps once: true when a row is available, false when done; the error
    // carries SQLite's message for the log, never shown raw to a user.
    Result<bool> step();
    // Steps a statement that returns no rows and resets it for reuse.
    Status execute();
    void reset();
    // Steps through every remaining row, calling visit() on each, then resets.
    template <typename Visit> Status forEachRow(Visit&& visit)
    {
        while (true) {
            auto row = step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            visit();
        }
        reset();
        return {};
    }

    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    friend class SqliteDatabase;
    SqliteStatement(sqlite3_stmt* statement, sqlite3* database);

    sqlite3_stmt* m_statement = nullptr;
    sqlite3* m_database = nullptr;
};

// Owns one sqlite3 connection. Only the store layer sees this class.
class SqliteDatabase
{
public:
    enum class OpenMode { ReadWriteExisting, ReadWriteCreate, ReadOnly };

    SqliteDatabase() = default;
    SqliteDatabase(SqliteDatabase&& other) noexcept;
    SqliteDatabase& operator=(SqliteDatabase&& other) noexcept;
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;
    ~SqliteDatabase();

    static Result<SqliteDatabase> open(const QString& path, OpenMode mode);

    // Runs one or more statements without results (schema scripts, pragmas).
    Status exec(const QString& sql);
    Result<SqliteStatement> prepare(const QString& sql);
    // Convenience for single-value queries such as PRAGMA user_version.
    Result<qint64> queryInt64(const QString& sql);
    Result<QString> queryText(const QString& sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const { return m_database; }
    bool isOpen() const { return m_database != nullptr; }
    QString lastErrorMessage() const;
    int lastErrorCode() const;
    void close();

private:
    explicit SqliteDatabase(sqlite3* database)
        : m_database(database)
    {
    }

    sqlite3* m_database = nullptr;
};

// BEGIN IMMEDIATE on construction (a SAVEPOINT when a transaction is already
// open), ROLLBACK on destruction unless commit() succeeded: an early return
// never leaves half a write behind.
class SqliteTransaction
{
public:
    static Result<SqliteTransaction> begin(SqliteDatabase& database);
    SqliteTransaction(SqliteTransaction&& other) noexcept;
    SqliteTransaction& operator=(SqliteTransaction&&) = delete;
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    ~SqliteTransaction();

    Status commit();

private:
    SqliteTransaction(SqliteDatabase* database, bool nested)
        : m_database(database)
        , m_nested(nested)
    {
    }
    SqliteDatabase* m_database = nullptr;
    bool m_nested = false;
};

// Maps a failed SQLite call to an Error; the SQLite text goes into the
// message because only developers and logs see these (the store layer
// translates the cases a user can cause into their own messages first).
Error sqliteError(sqlite3* database, const QString& context);

} // namespace jiuzhu
