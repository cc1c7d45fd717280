#pragma once

#include "core/domain/Error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace jiuzhu {

class AuditLog;
class Clock;
class SqliteDatabase;

struct UserRecord
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QStringList roleKeys; // e.g. "clerk", "preliminary-reviewer", "confirmer": the workflow layer maps them
    bool active = true;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked
};

struct NewUser
{
    QString login;
    QString displayName;
    QStringList roleKeys;
    QString password;
};

// How hard passwords are hashed (Argon2id) and how repeated failures lock an
// account. Security settings of the program, not assistance policy.
struct LoginRules
{
    unsigned long long hashOperations = 0; // 0: libsodium's "interactive" defaults
    size_t hashMemoryBytes = 0;
    int failuresBeforeLock = 5;
    int firstLockSeconds = 60; // doubles with every further failure
    int longestLockSeconds = 86400;
    int minimumPasswordLength = 8;
};

// Local users of one office. Passwords are stored only as Argon2id hashes;
// no password or hash ever reaches a log or the audit chain.
class UserRepository
{
public:
    UserRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock, LoginRules rules = {});

    Result<qint64> create(const NewUser& user, const QString& actor);
    Result<QList<UserRecord>> list();
    Result<UserRecord> byLogin(const QString& login);
    Result<UserRecord> byId(qint64 id);
    // Checks a password; failures count towards a lock that grows with each
    // further failure. A locked or inactive account fails whatever the password.
    Result<UserRecord> authenticate(const QString& login, const QString& password);
    Status changePassword(qint64 userId, const QString& oldPassword, const QString& newPassword);
    Status resetPassword(qint64 userId, const QString& newPassword, const QString& actor);
    Status setRoles(qint64 userId, const QStringList& roleKeys, const QString& actor);
    Status setActive(qint64 userId, bool active, const QString& actor);

    static QStringList knownRoleKeys();

private:
    Result<QString> hashPassword(const QString& password) const;
    Status checkPasswordRule(const QString& password) const;
    Status writePasswordHash(qint64 userId, const QString& hash, const QString& action, const QString& actor);

    SqliteDatabase& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    LoginRules m_rules;
};

} // namespace jiuzhu
