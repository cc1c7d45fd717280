#include "core/domain/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/CaseStore.h"
#include "core/store/ContentStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/Migrations.h"
#include "core/store/OfficeRepository.h"
#include "core/store/SqliteDatabase.h"
#include "tests/common/TestHouseholds.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace jiuzhu;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAFreshStoreWithTheExpectedSettings();
    void reopensAndKeepsData();
    void refusesASecondInstance();
    void lockIsReleasedWhenTheStoreCloses();
    void refusesADamagedFileWithoutTouchingIt_data();
    void refusesADamagedFileWithoutTouchingIt();
    void refusesAnotherProgramsSqliteFile();
    void refusesAStoreFromANewerVersion();
    void existingOnlyModeDoesNotCreate();
    void backupIsAVerifiedCopy();
    void outerTransactionSpansRepositories();
    void backupRefusesToOverwriteTheStore();
    void contentStoreNamesFilesByHash();
    void verifyNoticesAChangedEvidenceFile();

private:
    FixedClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC)};
};

void TestCaseStore::createsAFreshStoreWithTheExpectedSettings()
{
    QTemporaryDir directory;
    auto store = CaseStore::open(directory.path() + QStringLiteral("/office"), m_clock);
    QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().message));
    QCOMPARE((*store)->schemaVersion(), Migrations::currentVersion());
    QVERIFY(QFile::exists(directory.path() + QStringLiteral("/office/jiuzhu.db")));

    auto probe = SqliteDatabase::open((*store)->databasePath(), SqliteDatabase::OpenMode::ReadOnly);
    QVERIFY(probe.has_value());
    QCOMPARE(*probe->queryText(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(*probe->queryInt64(QStringLiteral("PRAGMA application_id")), qint64(0x4A5A4855));
    // foreign_keys and synchronous are per connection: check through the store's own settings by behaviour.
    auto office = (*store)->office().office();
    QVERIFY(office.has_value());
    QVERIFY(!office->has_value());

    NewHousehold orphan = testing::makeHousehold(999, QStringLiteral("张三"), 1);
    auto added = (*store)->households().add(orphan, QStringLiteral("test"));
    QVERIFY(!added.has_value());
    QCOMPARE(added.error().code, ErrorCode::NotFound);
}

void TestCaseStore::reopensAndKeepsData()
{
    QTemporaryDir directory;
    {
        auto store = CaseStore::open(directory.path(), m_clock);
        QVERIFY(store.has_value());
        auto community = (*store)->households().addCommunity(
            Community {0, QStringLiteral("130123101001"), QStringLiteral("东关社区"),
                CommunityKind::Community, AreaKind::Urban},
            QStringLiteral("test"));
        QVERIFY(community.has_value());
        QVERIFY((*store)->households().add(
            testing::makeHousehold(*community, QStringLiteral("张三"), 1), QStringLiteral("test")));
    }
    auto reopened = CaseStore::open(directory.path(), m_clock, CaseStore::OpenMode::ExistingOnly);
    QVERIFY(reopened.has_value());
    QCOMPARE(*(*reopened)->households().count(), qint64(1));
    QVERIFY((*reopened)->verify().has_value());
}

void TestCaseStore::refusesASecondInstance()
{
    QTemporaryDir directory;
    auto first = CaseStore::open(directory.path(), m_clock);
    QVERIFY(first.has_value());
    auto second = CaseStore::open(directory.path(), m_clock);
    QVERIFY(!second.has_value());
    QCOMPARE(second.error().code, ErrorCode::StoreLocked);
    QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
}

void TestCaseStore::lockIsReleasedWhenTheStoreCloses()
{
    QTemporaryDir directory;
    {
        auto first = CaseStore::open(directory.path(), m_clock);
        QVERIFY(first.has_value());
    }
    auto second = CaseStore::open(directory.path(), m_clock);
    QVERIFY(second.has_value());
}

void TestCaseStore::refusesADamagedFileWithoutTouchingIt_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("text file") << QByteArray("this is a spreadsheet, not a database\n");
    QTest::newRow("zeros") << QByteArray(8192, '\0');
    QByteArray truncatedHeader("SQLite format 3");
    truncatedHeader.append('\0');
    truncatedHeader.append(QByteArray(84, '\xff'));
    QTest::newRow("header then garbage") << truncatedHeader;
}

void TestCaseStore::refusesADamagedFileWithoutTouchingIt()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir directory;
    const QString path = directory.path() + QStringLiteral("/jiuzhu.db");
    writeFile(path, contents);
    const QByteArray before = fileHash(path);

    auto store = CaseStore::open(directory.path(), m_clock);
    QVERIFY(!store.has_value());
    QCOMPARE(store.error().code, ErrorCode::StoreCorrupt);
    QVERIFY(store.error().message.contains(path));
    QCOMPARE(fileHash(path), before);
}

void TestCaseStore::refusesAnotherProgramsSqliteFile()
{
    QTemporaryDir directory;
    const QString path = directory.path() + QStringLiteral("/jiuzhu.db");
    {
        auto foreign = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWriteCreate);
        QVERIFY(foreign.has_value());
        QVERIFY(foreign->exec(QStringLiteral("CREATE TABLE ledger (x); INSERT INTO ledger VALUES (1);"))
                    .has_value());
    }
    const QByteArray before = fileHash(path);
    auto store = CaseStore::open(directory.path(), m_clock);
    QVERIFY(!store.has_value());
    QCOMPARE(store.error().code, ErrorCode::StoreCorrupt);
    QCOMPARE(fileHash(path), before);
}

void TestCaseStore::refusesAStoreFromANewerVersion()
{
    QTemporaryDir directory;
    {
        auto store = CaseStore::open(directory.path(), m_clock);
        QVERIFY(store.has_value());
    }
    const QString path = directory.path() + QStringLiteral("/jiuzhu.db");
    {
        auto raw = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWriteExisting);
        QVERIFY(raw.has_value());
        QVERIFY(raw->exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::currentVersion() + 5))
                    .has_value());
    }
    const QByteArray before = fileHash(path);
    auto store = CaseStore::open(directory.path(), m_clock);
    QVERIFY(!store.has_value());
    QCOMPARE(store.error().code, ErrorCode::StoreTooNew);
    QVERIFY(store.error().message.contains(QString::number(Migrations::currentVersion() + 5)));
    QCOMPARE(fileHash(path), before);
}

void TestCaseStore::existingOnlyModeDoesNotCreate()
{
    QTemporaryDir directory;
    auto missingFolder = CaseStore::open(
        directory.path() + QStringLiteral("/nowhere"), m_clock, CaseStore::OpenMode::ExistingOnly);
    QVERIFY(!missingFolder.has_value());
    QCOMPARE(missingFolder.error().code, ErrorCode::StoreMissing);
    QVERIFY(!QFile::exists(directory.path() + QStringLiteral("/nowhere")));

    auto missingFile = CaseStore::open(directory.path(), m_clock, CaseStore::OpenMode::ExistingOnly);
    QVERIFY(!missingFile.has_value());
    QCOMPARE(missingFile.error().code, ErrorCode::StoreMissing);
    QVERIFY(!QFile::exists(directory.path() + QStringLiteral("/jiuzhu.db")));
}

void TestCaseStore::backupIsAVerifiedCopy()
{
    QTemporaryDir directory;
    const QString office = directory.path() + QStringLiteral("/office");
    const QString backup = directory.path() + QStringLiteral("/usb/backup.jiuzhu");
    {
        auto store = CaseStore::open(office, m_clock);
        QVERIFY(store.has_value());
        auto community = (*store)->households().addCommunity(
            Community {0, QString(), QStringLiteral("北街村"), CommunityKind::Village, AreaKind::Rural},
            QStringLiteral("test"));
        QVERIFY(community.has_value());
        for (int index = 0; index < 50; ++index)
            QVERIFY((*store)->households().add(
                testing::makeHousehold(*community, QStringLiteral("李四"), index), QStringLiteral("test")));
        QList<int> progress;
        QVERIFY((*store)->backupTo(backup, [&](int percent) { progress.append(percent); }).has_value());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), 100);
        QVERIFY(!QFile::exists(backup + QStringLiteral(".part")));
    }
    // The backup is itself a store: put it in a folder and open it.
    QTemporaryDir restored;
    QVERIFY(QFile::copy(backup, restored.path() + QStringLiteral("/jiuzhu.db")));
    auto copy = CaseStore::open(restored.path(), m_clock, CaseStore::OpenMode::ExistingOnly);
    QVERIFY2(copy.has_value(), qPrintable(copy ? QString() : copy.error().message));
    QCOMPARE(*(*copy)->households().count(), qint64(50));
    auto verified = (*copy)->verify();
    QVERIFY(verified.has_value());
    QCOMPARE(verified->auditRowsChecked, qint64(51));
}

void TestCaseStore::outerTransactionSpansRepositories()
{
    QTemporaryDir directory;
    auto store = CaseStore::open(directory.path(), m_clock);
    QVERIFY(store.has_value());
    auto community = (*store)->households().addCommunity(
        Community {0, QString(), QStringLiteral("北街村"), CommunityKind::Village, AreaKind::Rural},
        QStringLiteral("test"));
    QVERIFY(community.has_value());
    {
        auto outer = (*store)->beginTransaction();
        QVERIFY(outer.has_value());
        QVERIFY((*store)->households().add(
            testing::makeHousehold(*community, QStringLiteral("张三"), 1), QStringLiteral("test")));
        QVERIFY((*store)->households().add(
            testing::makeHousehold(*community, QStringLiteral("李四"), 2), QStringLiteral("test")));
        // A failing inner write rolls back only itself.
        QVERIFY(!(*store)->households().add(
            testing::makeHousehold(*community, QStringLiteral("张三"), 1), QStringLiteral("test")));
        QCOMPARE(*(*store)->households().count(), qint64(2));
    } // not committed: everything inside is gone
    QCOMPARE(*(*store)->households().count(), qint64(0));
    QVERIFY((*store)->audit().verify().has_value());
    {
        auto outer = (*store)->beginTransaction();
        QVERIFY((*store)->households().add(
            testing::makeHousehold(*community, QStringLiteral("王五"), 3), QStringLiteral("test")));
        QVERIFY(outer->commit().has_value());
    }
    QCOMPARE(*(*store)->households().count(), qint64(1));
    QCOMPARE((*store)->verify()->auditRowsChecked, qint64(2));
}

void TestCaseStore::backupRefusesToOverwriteTheStore()
{
    QTemporaryDir directory;
    auto store = CaseStore::open(directory.path(), m_clock);
    QVERIFY(store.has_value());
    auto written = (*store)->backupTo((*store)->databasePath());
    QVERIFY(!written.has_value());
    QCOMPARE(written.error().code, ErrorCode::InvalidInput);
}

void TestCaseStore::contentStoreNamesFilesByHash()
{
    QTemporaryDir directory;
    ContentStore content(directory.path());
    const QByteArray scan("%PDF-1.4 pretend scan of a household register");
    auto first = content.put(scan);
    QVERIFY(first.has_value());
    QCOMPARE(*first, ContentStore::sha256Hex(scan));
    QVERIFY(QFile::exists(directory.path() + QLatin1Char('/') + first->left(2) + QLatin1Char('/') + *first));
    auto second = content.put(scan);
    QCOMPARE(*second, *first);
    QCOMPARE(*content.get(*first), scan);
    QVERIFY(content.verify(*first).has_value());
    QVERIFY(!content.get(QStringLiteral("../../etc/passwd")).has_value());
}

void TestCaseStore::verifyNoticesAChangedEvidenceFile()
{
    QTemporaryDir directory;
    auto store = CaseStore::open(directory.path(), m_clock);
    QVERIFY(store.has_value());
    auto sha = (*store)->content().put(QByteArray("original scan"));
    QVERIFY(sha.has_value());
    {
        auto raw
            = SqliteDatabase::open((*store)->databasePath(), SqliteDatabase::OpenMode::ReadWriteExisting);
        QVERIFY(raw.has_value());
        QVERIFY(raw->exec(QStringLiteral("INSERT INTO attachments (sha256, size, media_type, stored_at)"
                                         " VALUES ('%1', 13, 'image/png', '2026-11-22')")
                              .arg(*sha))
                    .has_value());
    }
    QVERIFY((*store)->verify().has_value());
    writeFile((*store)->content().pathFor(*sha), QByteArray("altered scan!"));
    auto verified = (*store)->verify();
    QVERIFY(!verified.has_value());
    QCOMPARE(verified.error().code, ErrorCode::StoreCorrupt);
    QVERIFY(verified.error().message.contains(*sha));
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
