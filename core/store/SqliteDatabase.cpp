#include "core/store/SqliteDatabase.h"

#include <sqlite3.h>
#include <utility>

namespace jiuzhu {

Error sqliteError(sqlite3* database, const QString& context)
{
    const int code = database ? sqlite3_extended_errcode(database) : SQLITE_ERROR;
    const QString detail
        = database ? QString::fromUtf8(sqlite3_errmsg(database)) : QStringLiteral("no database");
    ErrorCode errorCode = ErrorCode::Internal;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        errorCode = ErrorCode::StoreLocked;
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        errorCode = ErrorCode::StoreCorrupt;
        break;
    case SQLITE_CONSTRAINT:
        errorCode = ErrorCode::Conflict;
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
        errorCode = ErrorCode::Io;
        break;
    default:
        break;
    }
    return Error {errorCode, QString(), context + QStringLiteral(": ") + detail};
}

SqliteStatement::SqliteStatement(sqlite3_stmt* statement, sqlite3* database)
    : m_statement(statement)
    , m_database(database)
{
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_database(std::exchange(other.m_database, nullptr))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_database = std::exchange(other.m_database, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_statement, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

SqliteStatement& SqliteStatement::bindOptional(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqliteError(m_database, QString::fromUtf8(sqlite3_sql(m_statement)).left(80));
    sqlite3_reset(m_statement);
    return std::unexpected(error);
}

Status SqliteStatement::execute()
{
    auto stepped = step();
    reset();
    if (!stepped)
        return std::unexpected(stepped.error());
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return text ? QString::fromUtf8(text, size) : QString();
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(data, size) : QByteArray();
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{
}

SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept
{
    if (this != &other) {
        close();
        m_database = std::exchange(other.m_database, nullptr);
    }
    return *this;
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

void SqliteDatabase::close()
{
    if (m_database) {
        sqlite3_close_v2(m_database);
        m_database = nullptr;
    }
}

Result<SqliteDatabase> SqliteDatabase::open(const QString& path, OpenMode mode)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case OpenMode::ReadWriteExisting:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(handle, QStringLiteral("open"));
        sqlite3_close_v2(handle);
        return std::unexpected(error);
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, 5000);
    return SqliteDatabase(handle);
}

Status SqliteDatabase::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_database, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(m_database, sql.left(80));
        sqlite3_free(message);
        return std::unexpected(error);
    }
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const QString& sql)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_database, utf8.constData(), static_cast<int>(utf8.size()),
        SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(m_database, sql.left(80)));
    return SqliteStatement(statement, m_database);
}

Result<qint64> SqliteDatabase::queryInt64(const QString& sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->columnInt64(0) : 0;
}

Result<QString> SqliteDatabase::queryText(const QString& sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->columnText(0) : QString();
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_database);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_database);
}

QString SqliteDatabase::lastErrorMessage() const
{
    return m_database ? QString::fromUtf8(sqlite3_errmsg(m_database)) : QString();
}

int SqliteDatabase::lastErrorCode() const
{
    return m_database ? sqlite3_extended_errcode(m_database) : SQLITE_ERROR;
}

Result<SqliteTransaction> SqliteTransaction::begin(SqliteDatabase& database)
{
    // Inside an open transaction a savepoint nests, so a repository write can
    // join a larger unit of work (households and their cases together).
    const bool nested = sqlite3_get_autocommit(database.handle()) == 0;
    const QString statement
        = nested ? QStringLiteral("SAVEPOINT jiuzhu_nested") : QStringLiteral("BEGIN IMMEDIATE");
    if (auto begun = database.exec(statement); !begun)
        return std::unexpected(begun.error());
    return SqliteTransaction(&database, nested);
}

SqliteTransaction::SqliteTransaction(SqliteTransaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_nested(other.m_nested)
{
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_database)
        return;
    if (m_nested)
        (void)m_database->exec(QStringLiteral("ROLLBACK TO jiuzhu_nested; RELEASE jiuzhu_nested"));
    else
        (void)m_database->exec(QStringLiteral("ROLLBACK"));
}

Status SqliteTransaction::commit()
{
    if (!m_database)
        return fail(ErrorCode::Internal, QStringLiteral("commit without an open transaction"));
    auto committed
        = m_database->exec(m_nested ? QStringLiteral("RELEASE jiuzhu_nested") : QStringLiteral("COMMIT"));
    if (!committed)
        return committed; // the destructor rolls back
    m_database = nullptr;
    return {};
}

} // namespace jiuzhu
