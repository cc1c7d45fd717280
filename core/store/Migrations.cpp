#include "core/store/Migrations.h"

#include "core/store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace jiuzhu {

namespace {

class MigrationText
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

const QString kMigrationsDir = QStringLiteral(":/jiuzhu/store/migrations");

} // namespace

QStringList Migrations::scriptPaths()
{
    QDir directory(kMigrationsDir);
    QStringList paths;
    const QStringList names = directory.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        paths.append(directory.filePath(name));
    return paths;
}

int Migrations::currentVersion()
{
    return static_cast<int>(scriptPaths().size());
}

Status Migrations::migrate(SqliteDatabase& database)
{
    return migrateTo(database, currentVersion());
}

Status Migrations::checkReadable(qint64 storedVersion)
{
    if (storedVersion <= currentVersion())
        return {};
    return fail(ErrorCode::StoreTooNew, MigrationText::tr("Case store"),
        MigrationText::tr("The case store was written by a newer version of Jiuzhu (format %1; this "
                          "version reads up to %2). Install the newer version to open it.")
            .arg(storedVersion)
            .arg(currentVersion()));
}

Status Migrations::migrateTo(SqliteDatabase& database, int version)
{
    auto stored = database.queryInt64(QStringLiteral("PRAGMA user_version"));
    if (!stored)
        return std::unexpected(stored.error());
    if (auto readable = checkReadable(*stored); !readable)
        return readable;
    const QStringList scripts = scriptPaths();
    for (int next = static_cast<int>(*stored) + 1; next <= version; ++next) {
        QFile script(scripts.at(next - 1));
        if (!script.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Internal, QStringLiteral("cannot read migration %1").arg(next));
        const QString sql = QString::fromUtf8(script.readAll());

        auto transaction = SqliteTransaction::begin(database);
        if (!transaction)
            return std::unexpected(transaction.error());
        if (auto applied = database.exec(sql); !applied)
            return applied;
        if (auto recorded = database.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)); !recorded)
            return recorded;
        if (auto committed = transaction->commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace jiuzhu
