#include "core/store/CaseStore.h"

#include "core/domain/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContentStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/Migrations.h"
#include "core/store/OfficeRepository.h"
#include "core/store/PaymentRepository.h"
#include "core/store/PolicyRepository.h"
#include "core/store/SqliteDatabase.h"
#include "core/store/UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <cstdio>
#include <filesystem>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace jiuzhu {

namespace {

class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)
};

// "JZHU": marks the file as a Jiuzhu store so a stray SQLite file is refused.
constexpr qint64 kApplicationId = 0x4A5A4855;
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

Error storeError(ErrorCode code, const QString& message)
{
    return Error {code, StoreText::tr("Case store"), message};
}

void syncFile(const QString& path)
{
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (descriptor >= 0) {
        ::fsync(descriptor);
        ::close(descriptor);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

CaseStore::CaseStore(QString dataDirectory, const Clock& clock)
    : m_dataDirectory(std::move(dataDirectory))
    , m_clock(clock)
{
}

CaseStore::~CaseStore()
{
    m_households.reset();
    m_cases.reset();
    m_office.reset();
    m_users.reset();
    m_policy.reset();
    m_payments.reset();
    m_audit.reset();
    if (m_database)
        m_database->close();
    if (m_lock)
        m_lock->unlock();
}

QString CaseStore::databaseFileName()
{
    return QStringLiteral("jiuzhu.db");
}

QString CaseStore::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString CaseStore::databasePath() const
{
    return m_dataDirectory + QLatin1Char('/') + databaseFileName();
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(
    const QString& dataDirectory, const Clock& clock, OpenMode mode)
{
    const QString directory = QDir(dataDirectory).absolutePath();
    if (!QFileInfo(directory).isDir()) {
        if (mode == OpenMode::ExistingOnly)
            return std::unexpected(storeError(ErrorCode::StoreMissing,
                StoreText::tr("There is no Jiuzhu data folder at %1.").arg(directory)));
        if (!QDir().mkpath(directory))
            return std::unexpected(
                storeError(ErrorCode::Io, StoreText::tr("Cannot create the data folder %1.").arg(directory)));
    }

    std::unique_ptr<CaseStore> store(new CaseStore(directory, clock));
    store->m_lock = std::make_unique<QLockFile>(directory + QStringLiteral("/jiuzhu.lock"));
    // A live instance may keep the folder open for days; only a lock whose
    // process is gone counts as stale.
    store->m_lock->setStaleLockTime(0);
    if (!store->m_lock->tryLock(0)) {
        if (store->m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            store->m_lock->getLockInfo(&pid, &host, &application);
            return std::unexpected(storeError(ErrorCode::StoreLocked,
                StoreText::tr("This data folder is already open in another Jiuzhu window (process %1 on %2). "
                              "Close it there first.")
                    .arg(pid)
                    .arg(host)));
        }
        return std::unexpected(storeError(ErrorCode::Io,
            StoreText::tr("Cannot lock the data folder %1: it is not writable.").arg(directory)));
    }
    if (auto opened = store->openDatabase(mode); !opened)
        return std::unexpected(opened.error());
    return store;
}

Status CaseStore::openDatabase(OpenMode mode)
{
    const QString path = databasePath();
    QFileInfo file(path);
    if (file.exists() && file.size() > 0) {
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly))
            return std::unexpected(storeError(
                ErrorCode::Io, StoreText::tr("Cannot read %1: %2.").arg(path, probe.errorString())));
        if (probe.read(16) != kSqliteMagic)
            return std::unexpected(storeError(ErrorCode::StoreCorrupt,
                StoreText::tr("%1 is damaged or is not a Jiuzhu case store. It was left "
                              "untouched; restore it from a backup.")
                    .arg(path)));
    } else if (mode == OpenMode::ExistingOnly) {
        return std::unexpected(storeError(
            ErrorCode::StoreMissing, StoreText::tr("There is no case store in %1.").arg(m_dataDirectory)));
    }

    auto database = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWriteCreate);
    if (!database)
        return std::unexpected(storeError(database.error().code, database.error().message));
    m_database = std::make_unique<SqliteDatabase>(std::move(*database));

    auto damaged = [&](const Error& cause) {
        const bool corrupt = cause.code == ErrorCode::StoreCorrupt || cause.code == ErrorCode::Internal;
        return std::unexpected(storeError(corrupt ? ErrorCode::StoreCorrupt : cause.code,
            corrupt ? StoreText::tr("%1 is damaged or is not a Jiuzhu case store. It was left untouched; "
                                    "restore it from a backup.")
                          .arg(path)
                    : cause.message));
    };

    // Reading the schema is what makes SQLite look at the file's pages.
    auto version = m_database->queryInt64(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return damaged(version.error());
    auto tables = m_database->queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return damaged(tables.error());
    auto applicationId = m_database->queryInt64(QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return damaged(applicationId.error());
    if (*tables > 0 && *applicationId != kApplicationId)
        return std::unexpected(storeError(ErrorCode::StoreCorrupt,
            StoreText::tr("%1 is an SQLite file of another program, not a Jiuzhu case "
                          "store. It was left untouched.")
                .arg(path)));
    if (auto readable = Migrations::checkReadable(*version); !readable)
        return readable;

    auto journal = m_database->queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal)
        return damaged(journal.error());
    const QString pragmas
        = QStringLiteral("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;"
                         " PRAGMA temp_store = MEMORY; PRAGMA application_id = %1;")
              .arg(kApplicationId);
    if (auto set = m_database->exec(pragmas); !set)
        return damaged(set.error());
    if (auto migrated = Migrations::migrate(*m_database); !migrated)
        return migrated;

    m_audit = std::make_unique<AuditLog>(*m_database, m_clock);
    m_content = std::make_unique<ContentStore>(m_dataDirectory + QStringLiteral("/content"));
    m_households = std::make_unique<HouseholdRepository>(*m_database, *m_audit, m_clock);
    m_office = std::make_unique<OfficeRepository>(*m_database, *m_audit, m_clock);
    m_users = std::make_unique<UserRepository>(*m_database, *m_audit, m_clock);
    m_policy = std::make_unique<PolicyRepository>(*m_database, *m_audit, m_clock);
    m_payments = std::make_unique<PaymentRepository>(*m_database, *m_audit, m_clock);
    m_cases = std::make_unique<CaseRepository>(*m_database, *m_audit, m_clock, *m_payments);
    return {};
}

int CaseStore::schemaVersion() const
{
    auto version = m_database->queryInt64(QStringLiteral("PRAGMA user_version"));
    return version ? static_cast<int>(*version) : -1;
}

Result<SqliteTransaction> CaseStore::beginTransaction()
{
    return SqliteTransaction::begin(*m_database);
}

HouseholdRepository& CaseStore::households()
{
    return *m_households;
}
CaseRepository& CaseStore::cases()
{
    return *m_cases;
}
OfficeRepository& CaseStore::office()
{
    return *m_office;
}

UserRepository& CaseStore::users()
{
    return *m_users;
}

PolicyRepository& CaseStore::policy()
{
    return *m_policy;
}

PaymentRepository& CaseStore::payments()
{
    return *m_payments;
}

void CaseStore::setLoginRules(const LoginRules& rules)
{
    m_users = std::make_unique<UserRepository>(*m_database, *m_audit, m_clock, rules);
}
AuditLog& CaseStore::audit()
{
    return *m_audit;
}
ContentStore& CaseStore::content()
{
    return *m_content;
}

Status CaseStore::backupTo(const QString& targetPath, const std::function<void(int)>& progress)
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (target == QFileInfo(databasePath()).absoluteFilePath())
        return fail(ErrorCode::InvalidInput, StoreText::tr("Backup file"),
            StoreText::tr("The backup cannot replace the case store itself."));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(ErrorCode::Io, StoreText::tr("Backup file"),
            StoreText::tr("Cannot create the folder %1.").arg(QFileInfo(target).absolutePath()));
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);

    {
        auto destination = SqliteDatabase::open(partial, SqliteDatabase::OpenMode::ReadWriteCreate);
        if (!destination)
            return fail(ErrorCode::Io, StoreText::tr("Backup file"),
                StoreText::tr("Cannot create %1: %2").arg(partial, destination.error().message));
        sqlite3_backup* backup
            = sqlite3_backup_init(destination->handle(), "main", m_database->handle(), "main");
        if (!backup)
            return fail(ErrorCode::Io, StoreText::tr("Backup file"), destination->lastErrorMessage());
        int rc = SQLITE_OK;
        do {
            rc = sqlite3_backup_step(backup, 1024);
            const int total = sqlite3_backup_pagecount(backup);
            if (progress && total > 0)
                progress(static_cast<int>(100LL * (total - sqlite3_backup_remaining(backup)) / total));
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            const QString reason = QString::fromUtf8(sqlite3_errstr(rc));
            destination->close();
            QFile::remove(partial);
            return fail(ErrorCode::Io, StoreText::tr("Backup file"),
                StoreText::tr("The backup could not be written: %1.").arg(reason));
        }
        // A single-file backup is easier to carry; WAL only matters for the live store.
        (void)destination->queryText(QStringLiteral("PRAGMA journal_mode = DELETE"));
        auto check = destination->queryText(QStringLiteral("PRAGMA integrity_check"));
        if (!check || *check != QLatin1String("ok")) {
            destination->close();
            QFile::remove(partial);
            return fail(ErrorCode::Io, StoreText::tr("Backup file"),
                StoreText::tr("The written backup failed its integrity check; nothing was replaced."));
        }
    }
    syncFile(partial);
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
        std::filesystem::path(target.toStdU16String()), renameError);
    if (renameError) {
        QFile::remove(partial);
        return fail(ErrorCode::Io, StoreText::tr("Backup file"),
            StoreText::tr("Cannot move the backup into place: %1.")
                .arg(QString::fromStdString(renameError.message())));
    }
    syncFile(QFileInfo(target).absolutePath());
    return {};
}

Result<StoreVerification> CaseStore::verify()
{
    StoreVerification verification;
    auto integrity = m_database->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return std::unexpected(integrity.error());
    QStringList problems;
    while (true) {
        auto row = integrity->step();
        if (!row)
            return std::unexpected(storeError(ErrorCode::StoreCorrupt, row.error().message));
        if (!*row)
            break;
        const QString line = integrity->columnText(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty())
        return std::unexpected(storeError(ErrorCode::StoreCorrupt,
            StoreText::tr("The database failed its integrity check: %1")
                .arg(problems.mid(0, 5).join(QStringLiteral("; ")))));
    auto foreignKeys = m_database->prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return std::unexpected(foreignKeys.error());
    if (auto row = foreignKeys->step(); !row || *row)
        return std::unexpected(storeError(ErrorCode::StoreCorrupt,
            StoreText::tr("The database has records that point to missing records "
                          "(table %1).")
                .arg(row ? foreignKeys->columnText(0) : QString())));
    auto chain = m_audit->verify();
    if (!chain)
        return std::unexpected(chain.error());
    verification.auditRowsChecked = chain->rowsChecked;
    verification.auditHeadHash = chain->headHash;

    auto attachments = m_database->prepare(QStringLiteral("SELECT sha256 FROM attachments ORDER BY sha256"));
    if (!attachments)
        return std::unexpected(attachments.error());
    while (true) {
        auto row = attachments->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (auto intact = m_content->verify(attachments->columnText(0)); !intact)
            return std::unexpected(intact.error());
        ++verification.attachmentsChecked;
    }
    return verification;
}

} // namespace jiuzhu
