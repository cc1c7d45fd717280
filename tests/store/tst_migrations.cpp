#include "core/domain/Clock.h"
#include "core/store/CaseStore.h"
#include "core/store/ContentStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/Migrations.h"
#include "core/store/PaymentRepository.h"
#include "core/store/SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;

namespace {

const QString kDataDir = QStringLiteral(JIUZHU_TEST_DATA_DIR "/store");

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList schemaOf(SqliteDatabase& database)
{
    auto rows = database.prepare(QStringLiteral("SELECT type, name, COALESCE(sql, '') FROM sqlite_master "
                                                "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    QStringList schema;
    while (rows && *rows->step())
        schema.append(rows->columnText(0) + QLatin1Char(' ') + rows->columnText(1) + QLatin1Char(' ')
            + rows->columnText(2).simplified());
    return schema;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releasedMigrationsAreNeverEdited();
    void everyOlderVersionHasAFixture();
    void fixturesUpgradeToTheCurrentSchema_data();
    void fixturesUpgradeToTheCurrentSchema();
    void aFailingMigrationChangesNothing();
    void version3GivesDecidedCasesTheirEntitlement();

private:
    FixedClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};
};

void TestMigrations::releasedMigrationsAreNeverEdited()
{
    QHash<QString, QString> recorded;
    const QStringList lines = readText(kDataDir + QStringLiteral("/migrations.sha256"))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList parts = line.split(QStringLiteral("  "));
        QCOMPARE(parts.size(), 2);
        recorded.insert(parts.at(1), parts.at(0));
    }
    const QStringList scripts = Migrations::scriptPaths();
    QCOMPARE(scripts.size(), Migrations::currentVersion());
    for (const QString& script : scripts) {
        const QString name = QFileInfo(script).fileName();
        QVERIFY2(recorded.contains(name),
            qPrintable(
                QStringLiteral("record the SHA-256 of new migration %1 in tests/data/store/migrations.sha256")
                    .arg(name)));
        QFile file(script);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(ContentStore::sha256Hex(file.readAll()) == recorded.value(name),
            qPrintable(
                QStringLiteral("migration %1 changed after release: add a new migration instead").arg(name)));
    }
}

void TestMigrations::everyOlderVersionHasAFixture()
{
    for (int version = 0; version < Migrations::currentVersion(); ++version) {
        const QString fixture = kDataDir + QStringLiteral("/fixture_v%1.sql").arg(version);
        QVERIFY2(QFile::exists(fixture), qPrintable(QStringLiteral("missing fixture %1").arg(fixture)));
    }
}

void TestMigrations::fixturesUpgradeToTheCurrentSchema_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < Migrations::currentVersion(); ++version)
        QTest::addRow("from v%d", version) << version;
}

void TestMigrations::fixturesUpgradeToTheCurrentSchema()
{
    QFETCH(int, version);
    QTemporaryDir reference;
    QStringList currentSchema;
    {
        auto fresh = CaseStore::open(reference.path(), m_clock);
        QVERIFY(fresh.has_value());
        auto database = SqliteDatabase::open((*fresh)->databasePath(), SqliteDatabase::OpenMode::ReadOnly);
        currentSchema = schemaOf(*database);
    }

    QTemporaryDir directory;
    const QString path = directory.path() + QStringLiteral("/jiuzhu.db");
    qint64 rowsBefore = 0;
    {
        auto database = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWriteCreate);
        QVERIFY(database.has_value());
        // The schema of that version from its frozen migrations, then its rows.
        QVERIFY(Migrations::migrateTo(*database, version).has_value());
        const QString script = readText(kDataDir + QStringLiteral("/fixture_v%1.sql").arg(version));
        QVERIFY(database->exec(script).has_value());
        QCOMPARE(*database->queryInt64(QStringLiteral("PRAGMA user_version")), qint64(version));
        if (version > 0)
            rowsBefore = *database->queryInt64(QStringLiteral("SELECT count(*) FROM households"));
    }
    auto upgraded = CaseStore::open(directory.path(), m_clock);
    QVERIFY2(upgraded.has_value(), qPrintable(upgraded ? QString() : upgraded.error().message));
    QCOMPARE((*upgraded)->schemaVersion(), Migrations::currentVersion());
    auto database = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
    QCOMPARE(schemaOf(*database), currentSchema);
    if (version > 0) {
        QCOMPARE(*database->queryInt64(QStringLiteral("SELECT count(*) FROM households")), rowsBefore);
        auto found = (*upgraded)->households().find(HouseholdQuery {QStringLiteral("zs"), 0, 0, 10});
        QVERIFY(found.has_value());
        QCOMPARE(found->size(), 1);
    }
    QVERIFY((*upgraded)->verify().has_value());
}

void TestMigrations::aFailingMigrationChangesNothing()
{
    QTemporaryDir directory;
    auto database = SqliteDatabase::open(
        directory.path() + QStringLiteral("/x.db"), SqliteDatabase::OpenMode::ReadWriteCreate);
    QVERIFY(database.has_value());
    // A table the first migration also creates makes it fail half-way.
    QVERIFY(database
                ->exec(QStringLiteral("CREATE TABLE households (id INTEGER PRIMARY KEY, note TEXT);"
                                      " INSERT INTO households VALUES (1, 'keep me');"))
                .has_value());
    auto migrated = Migrations::migrate(*database);
    QVERIFY(!migrated.has_value());
    QCOMPARE(*database->queryInt64(QStringLiteral("PRAGMA user_version")), qint64(0));
    QCOMPARE(
        *database->queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'office'")),
        qint64(0));
    QCOMPARE(*database->queryText(QStringLiteral("SELECT note FROM households")), QStringLiteral("keep me"));
}

void TestMigrations::version3GivesDecidedCasesTheirEntitlement()
{
    QTemporaryDir directory;
    {
        auto database = SqliteDatabase::open(
            directory.path() + QStringLiteral("/jiuzhu.db"), SqliteDatabase::OpenMode::ReadWriteCreate);
        QVERIFY(Migrations::migrateTo(*database, 2).has_value());
        QVERIFY(database->exec(readText(kDataDir + QStringLiteral("/fixture_v2.sql"))).has_value());
    }
    auto store = CaseStore::open(directory.path(), m_clock);
    QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().message));
    auto cases = (*store)->payments().payableCases();
    QVERIFY(cases.has_value());
    QCOMPARE(cases->size(), 3);

    const PayableCase& dibao = cases->at(0);
    QCOMPARE(dibao.periods.size(), 1);
    QCOMPARE(dibao.periods.constFirst().from.toString(), QStringLiteral("2026-02"));
    QVERIFY(!dibao.periods.constFirst().until.has_value());
    QCOMPARE(dibao.periods.constFirst().monthlyFen, qint64(126000));
    QCOMPARE(dibao.periods.constFirst().persons, 2); // the son does not live with them

    const PayableCase& tekun = cases->at(1);
    QCOMPARE(tekun.periods.constFirst().persons, 1);
    QCOMPARE(tekun.periods.constFirst().until->toString(), QStringLiteral("2026-06"));

    const PayableCase& temporary = cases->at(2);
    QVERIFY(temporary.periods.isEmpty());
    QCOMPARE(temporary.oneOffs.size(), 1);
    QCOMPARE(temporary.oneOffs.constFirst().month.toString(), QStringLiteral("2026-03"));
    QCOMPARE(temporary.oneOffs.constFirst().fen, qint64(300000));
    for (const PayableCase& payable : std::as_const(*cases))
        QVERIFY(payable.validate().has_value());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
