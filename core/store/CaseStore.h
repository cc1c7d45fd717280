#pragma once

#include "core/domain/Error.h"

#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace jiuzhu {

class AuditLog;
class CaseRepository;
class Clock;
class ContentStore;
class HouseholdRepository;
class OfficeRepository;
class PaymentRepository;
class SqliteDatabase;
class SqliteTransaction;
class UserRepository;
class PolicyRepository;
struct LoginRules;

struct StoreVerification
{
    qint64 auditRowsChecked = 0;
    QString auditHeadHash;
    qint64 attachmentsChecked = 0;
};

// One office's data folder: the SQLite case store (jiuzhu.db), the evidence
// content folder beside it, and a lock that keeps a second Jiuzhu out.
class CaseStore
{
public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    // Never overwrites: a locked, damaged, foreign or newer-version file is
    // refused with a message saying which.
    static Result<std::unique_ptr<CaseStore>> open(
        const QString& dataDirectory, const Clock& clock, OpenMode mode = OpenMode::CreateIfMissing);
    static QString databaseFileName();
    static QString defaultDataDirectory();

    const QString& dataDirectory() const { return m_dataDirectory; }
    QString databasePath() const;
    int schemaVersion() const;
    const Clock& clock() const { return m_clock; }

    // One unit of work across repositories: their own writes nest inside it
    // and nothing is kept unless it commits.
    Result<SqliteTransaction> beginTransaction();

    HouseholdRepository& households();
    CaseRepository& cases();
    OfficeRepository& office();
    UserRepository& users();
    PolicyRepository& policy();
    PaymentRepository& payments();
    // Replaces the password-hashing and lockout rules (tests use cheap hashing).
    void setLoginRules(const LoginRules& rules);
    AuditLog& audit();
    ContentStore& content();

    // A consistent copy through SQLite's online backup API, written beside the
    // target and renamed into place only once it passed an integrity check.
    Status backupTo(const QString& targetPath, const std::function<void(int percent)>& progress = {});
    // integrity_check, foreign keys, the audit chain and every evidence file.
    Result<StoreVerification> verify();

private:
    CaseStore(QString dataDirectory, const Clock& clock);
    Status openDatabase(OpenMode mode);

    QString m_dataDirectory;
    const Clock& m_clock;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<SqliteDatabase> m_database;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<HouseholdRepository> m_households;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<OfficeRepository> m_office;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<PolicyRepository> m_policy;
    std::unique_ptr<PaymentRepository> m_payments;
};

} // namespace jiuzhu
