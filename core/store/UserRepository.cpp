#include "core/store/UserRepository.h"

#include "core/domain/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/FieldRules.h"
#include "core/store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <sodium.h>

namespace jiuzhu {

namespace {

class UserText
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};

const QString kUserColumns
    = QStringLiteral("id, login, display_name, roles, active, failed_logins, COALESCE(locked_until, '')");

UserRecord readUser(const SqliteStatement& row)
{
    UserRecord user;
    user.id = row.columnInt64(0);
    user.login = row.columnText(1);
    user.displayName = row.columnText(2);
    user.roleKeys = row.columnText(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    user.active = row.columnInt64(4) != 0;
    user.failedLogins = row.columnInt(5);
    user.lockedUntil = QDateTime::fromString(row.columnText(6), Qt::ISODate);
    return user;
}

// One message for an unknown login and a wrong password, so the form does
// not tell a stranger which logins exist.
std::unexpected<Error> wrongCredentials()
{
    return fail(ErrorCode::PermissionDenied, UserText::tr("Password"),
        UserText::tr("The login name or the password is wrong."));
}

} // namespace

UserRepository::UserRepository(
    SqliteDatabase& database, AuditLog& audit, const Clock& clock, LoginRules rules)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
    , m_rules(rules)
{
    // Safe to call repeatedly; it only fails when no entropy source exists.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

QStringList UserRepository::knownRoleKeys()
{
    return {QStringLiteral("clerk"), QStringLiteral("preliminary-reviewer"), QStringLiteral("confirmer"),
        QStringLiteral("village-assistant"), QStringLiteral("district-reviewer"),
        QStringLiteral("administrator")};
}

Status UserRepository::checkPasswordRule(const QString& password) const
{
    if (password.size() < m_rules.minimumPasswordLength)
        return fail(ErrorCode::InvalidInput, UserText::tr("Password"),
            UserText::tr("A password needs at least %1 characters.").arg(m_rules.minimumPasswordLength));
    if (password.size() > 256)
        return fail(ErrorCode::InvalidInput, UserText::tr("Password"),
            UserText::tr("A password can have at most 256 characters."));
    return {};
}

Result<QString> UserRepository::hashPassword(const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const unsigned long long operations
        = m_rules.hashOperations ? m_rules.hashOperations : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t memory
        = m_rules.hashMemoryBytes ? m_rules.hashMemoryBytes : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            operations, memory, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(ErrorCode::Internal, UserText::tr("Password"),
            UserText::tr("Not enough memory to protect the password; close other programs and try again."));
    return QString::fromLatin1(hash);
}

Result<qint64> UserRepository::create(const NewUser& user, const QString& actor)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    const QString login = user.login.trimmed().toLower();
    if (!loginPattern.match(login).hasMatch())
        return fail(ErrorCode::InvalidInput, UserText::tr("Login name"),
            UserText::tr("A login name has 2 to 32 lower-case letters, digits, dots, hyphens or "
                         "underscores and starts with a letter."));
    auto displayName = FieldRules::requiredText(UserText::tr("Name"), user.displayName, 30);
    if (!displayName)
        return std::unexpected(displayName.error());
    for (const QString& role : user.roleKeys) {
        if (!knownRoleKeys().contains(role))
            return fail(
                ErrorCode::InvalidInput, UserText::tr("Roles"), UserText::tr("Unknown role “%1”.").arg(role));
    }
    if (auto rule = checkPasswordRule(user.password); !rule)
        return std::unexpected(rule.error());
    auto hash = hashPassword(user.password);
    if (!hash)
        return std::unexpected(hash.error());

    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO users (login, display_name, password_hash, roles, created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, login).bind(2, *displayName).bind(3, *hash).bind(4, user.roleKeys.join(QLatin1Char(',')));
    insert->bind(5, m_clock.now().toUTC().toString(Qt::ISODate));
    if (auto inserted = insert->execute(); !inserted) {
        if (inserted.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict, UserText::tr("Login name"),
                UserText::tr("The login name %1 is taken.").arg(login));
        return std::unexpected(inserted.error());
    }
    const qint64 id = m_database.lastInsertRowId();
    AuditEntry entry {actor, QStringLiteral("user.create"), QStringLiteral("user"), QString::number(id),
        QJsonObject {{QStringLiteral("login"), login},
            {QStringLiteral("roles"), QJsonArray::fromStringList(user.roleKeys)}}};
    if (auto audited = m_audit.append(entry); !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<QList<UserRecord>> UserRepository::list()
{
    auto statement
        = m_database.prepare(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(kUserColumns));
    if (!statement)
        return std::unexpected(statement.error());
    QList<UserRecord> users;
    if (auto visited = statement->forEachRow([&] { users.append(readUser(*statement)); }); !visited)
        return std::unexpected(visited.error());
    return users;
}

Result<UserRecord> UserRepository::byLogin(const QString& login)
{
    auto statement
        = m_database.prepare(QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(kUserColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, login.trimmed().toLower());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, UserText::tr("Login name"),
            UserText::tr("No user is called %1.").arg(login));
    return readUser(*statement);
}

Result<UserRecord> UserRepository::byId(qint64 id)
{
    auto statement
        = m_database.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(
            ErrorCode::NotFound, UserText::tr("User"), UserText::tr("User %1 does not exist.").arg(id));
    return readUser(*statement);
}

Result<UserRecord> UserRepository::authenticate(const QString& login, const QString& password)
{
    auto user = byLogin(login);
    if (!user)
        return user.error().code == ErrorCode::NotFound ? wrongCredentials() : std::unexpected(user.error());
    const QDateTime now = m_clock.now().toUTC();
    if (!user->active)
        return fail(ErrorCode::PermissionDenied, UserText::tr("Login name"),
            UserText::tr("This account has been switched off by the administrator."));
    if (user->lockedUntil.isValid() && user->lockedUntil > now)
        return fail(ErrorCode::PermissionDenied, UserText::tr("Password"),
            UserText::tr("Too many wrong passwords: this account is locked until %1.")
                .arg(user->lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    auto stored = m_database.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    if (!stored)
        return std::unexpected(stored.error());
    stored->bind(1, user->id);
    if (auto row = stored->step(); !row || !*row)
        return wrongCredentials();
    const QByteArray hash = stored->columnText(0).toLatin1();
    const QByteArray utf8 = password.toUtf8();
    const bool matches = !hash.isEmpty()
        && crypto_pwhash_str_verify(
               hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
            == 0;
    stored->reset();

    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update = m_database.prepare(
        QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    int failures = 0;
    QString lockedUntil;
    if (!matches) {
        failures = user->failedLogins + 1;
        if (failures >= m_rules.failuresBeforeLock) {
            const int doublings = std::min(failures - m_rules.failuresBeforeLock, 20);
            const qint64 seconds
                = std::min<qint64>(qint64(m_rules.firstLockSeconds) << doublings, m_rules.longestLockSeconds);
            lockedUntil = now.addSecs(seconds).toString(Qt::ISODate);
        }
    }
    update->bind(1, failures).bindOptional(2, lockedUntil).bind(3, user->id);
    if (auto updated = update->execute(); !updated)
        return std::unexpected(updated.error());
    AuditEntry entry {user->login,
        matches ? QStringLiteral("user.login") : QStringLiteral("user.login-failed"), QStringLiteral("user"),
        QString::number(user->id), QJsonObject {{QStringLiteral("failures"), failures}}};
    if (auto audited = m_audit.append(entry); !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    if (!matches)
        return wrongCredentials();
    user->failedLogins = 0;
    user->lockedUntil = QDateTime();
    return *user;
}

Status UserRepository::writePasswordHash(
    qint64 userId, const QString& hash, const QString& action, const QString& actor)
{
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update = m_database.prepare(QStringLiteral(
        "UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, hash).bind(2, userId);
    if (auto updated = update->execute(); !updated)
        return updated;
    AuditEntry entry {actor, action, QStringLiteral("user"), QString::number(userId), {}};
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    return transaction->commit();
}

Status UserRepository::changePassword(qint64 userId, const QString& oldPassword, const QString& newPassword)
{
    auto user = byId(userId);
    if (!user)
        return std::unexpected(user.error());
    if (auto checked = authenticate(user->login, oldPassword); !checked)
        return std::unexpected(checked.error());
    if (auto rule = checkPasswordRule(newPassword); !rule)
        return rule;
    auto hash = hashPassword(newPassword);
    if (!hash)
        return std::unexpected(hash.error());
    return writePasswordHash(userId, *hash, QStringLiteral("user.password-change"), user->login);
}

Status UserRepository::resetPassword(qint64 userId, const QString& newPassword, const QString& actor)
{
    if (auto user = byId(userId); !user)
        return std::unexpected(user.error());
    if (auto rule = checkPasswordRule(newPassword); !rule)
        return rule;
    auto hash = hashPassword(newPassword);
    if (!hash)
        return std::unexpected(hash.error());
    return writePasswordHash(userId, *hash, QStringLiteral("user.password-reset"), actor);
}

Status UserRepository::setRoles(qint64 userId, const QStringList& roleKeys, const QString& actor)
{
    for (const QString& role : roleKeys) {
        if (!knownRoleKeys().contains(role))
            return fail(
                ErrorCode::InvalidInput, UserText::tr("Roles"), UserText::tr("Unknown role “%1”.").arg(role));
    }
    if (auto user = byId(userId); !user)
        return std::unexpected(user.error());
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update = m_database.prepare(QStringLiteral("UPDATE users SET roles = ? WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, roleKeys.join(QLatin1Char(','))).bind(2, userId);
    if (auto updated = update->execute(); !updated)
        return updated;
    AuditEntry entry {actor, QStringLiteral("user.roles"), QStringLiteral("user"), QString::number(userId),
        QJsonObject {{QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys)}}};
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    return transaction->commit();
}

Status UserRepository::setActive(qint64 userId, bool active, const QString& actor)
{
    if (auto user = byId(userId); !user)
        return std::unexpected(user.error());
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update = m_database.prepare(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, active).bind(2, userId);
    if (auto updated = update->execute(); !updated)
        return updated;
    AuditEntry entry {actor, active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"),
        QStringLiteral("user"), QString::number(userId), {}};
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    return transaction->commit();
}

} // namespace jiuzhu
