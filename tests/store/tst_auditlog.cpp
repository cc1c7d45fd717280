#include "core/domain/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/CaseStore.h"
#include "core/store/SqliteDatabase.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chainVerifiesAndHeadMoves();
    void sqlCannotUpdateOrDelete();
    void tamperingIsDetectedAtTheFirstBrokenRow_data();
    void tamperingIsDetectedAtTheFirstBrokenRow();
    void hashFieldsAreUnambiguous();

private:
    void appendRows(int count);
    Status tamper(const QString& sql);

    FixedClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CaseStore> m_store;
};

void TestAuditLog::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    auto store = CaseStore::open(m_directory->path(), m_clock);
    QVERIFY(store.has_value());
    m_store = std::move(*store);
}

void TestAuditLog::cleanup()
{
    m_store.reset();
    m_directory.reset();
}

void TestAuditLog::appendRows(int count)
{
    for (int index = 0; index < count; ++index) {
        m_clock.advanceSeconds(60);
        AuditEntry entry {QStringLiteral("clerk%1").arg(index % 3), QStringLiteral("case.accept"),
            QStringLiteral("case"), QString::number(100 + index),
            QJsonObject {{QStringLiteral("step"), index}}};
        QVERIFY(m_store->audit().append(entry).has_value());
    }
}

Status TestAuditLog::tamper(const QString& sql)
{
    auto raw = SqliteDatabase::open(m_store->databasePath(), SqliteDatabase::OpenMode::ReadWriteExisting);
    if (!raw)
        return std::unexpected(raw.error());
    return raw->exec(
        QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ") + sql);
}

void TestAuditLog::chainVerifiesAndHeadMoves()
{
    auto empty = m_store->audit().verify();
    QVERIFY(empty.has_value());
    QCOMPARE(empty->rowsChecked, qint64(0));
    QCOMPARE(empty->headHash, AuditLog::genesisHash());

    appendRows(5);
    auto verified = m_store->audit().verify();
    QVERIFY(verified.has_value());
    QCOMPARE(verified->rowsChecked, qint64(5));
    QCOMPARE(verified->headHash, *m_store->audit().headHash());
    QVERIFY(verified->headHash != AuditLog::genesisHash());

    appendRows(1);
    QVERIFY(m_store->audit().verify()->headHash != verified->headHash);
}

void TestAuditLog::sqlCannotUpdateOrDelete()
{
    appendRows(3);
    auto raw = SqliteDatabase::open(m_store->databasePath(), SqliteDatabase::OpenMode::ReadWriteExisting);
    QVERIFY(raw.has_value());
    auto update = raw->exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2"));
    QVERIFY(!update.has_value());
    QVERIFY(update.error().message.contains(QStringLiteral("append-only")));
    QVERIFY(!raw->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")).has_value());
    QVERIFY(m_store->audit().verify().has_value());
}

void TestAuditLog::tamperingIsDetectedAtTheFirstBrokenRow_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("edited actor") << QStringLiteral("UPDATE audit_log SET actor = 'leader' WHERE seq = 4")
                                  << QStringLiteral("Audit row 4 was changed");
    QTest::newRow("edited details") << QStringLiteral(
        "UPDATE audit_log SET details = '{\"step\":99}' WHERE seq = 2")
                                    << QStringLiteral("Audit row 2 was changed");
    QTest::newRow("edited time") << QStringLiteral(
        "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 6")
                                 << QStringLiteral("Audit row 6 was changed");
    QTest::newRow("deleted row") << QStringLiteral("DELETE FROM audit_log WHERE seq = 3")
                                 << QStringLiteral("Audit row 3 is missing");
    QTest::newRow("reordered rows") << QStringLiteral(
        "UPDATE audit_log SET seq = 100 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3;"
        " UPDATE audit_log SET seq = 3 WHERE seq = 100;")
                                    << QStringLiteral("Audit row 2 does not follow row 1");
    QTest::newRow("row rehashed alone")
        << QStringLiteral("UPDATE audit_log SET actor = 'x', hash = '%1' WHERE seq = 5")
               .arg(QString(64, QLatin1Char('a')))
        << QStringLiteral("Audit row 5 was changed");
}

void TestAuditLog::tamperingIsDetectedAtTheFirstBrokenRow()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    appendRows(8);
    QVERIFY(m_store->audit().verify().has_value());
    auto tampered = tamper(sql);
    QVERIFY2(tampered.has_value(), qPrintable(tampered ? QString() : tampered.error().message));

    auto verified = m_store->audit().verify();
    QVERIFY(!verified.has_value());
    QCOMPARE(verified.error().code, ErrorCode::AuditChainBroken);
    QVERIFY2(verified.error().message.startsWith(expected), qPrintable(verified.error().message));
    auto whole = m_store->verify();
    QVERIFY(!whole.has_value());
    QCOMPARE(whole.error().code, ErrorCode::AuditChainBroken);
}

void TestAuditLog::hashFieldsAreUnambiguous()
{
    const QString previous = AuditLog::genesisHash();
    const QString a = AuditLog::rowHash(previous, 1, QStringLiteral("t"), QStringLiteral("ab"),
        QStringLiteral("c"), QStringLiteral("e"), QStringLiteral("1"), QStringLiteral("{}"));
    const QString b = AuditLog::rowHash(previous, 1, QStringLiteral("t"), QStringLiteral("a"),
        QStringLiteral("bc"), QStringLiteral("e"), QStringLiteral("1"), QStringLiteral("{}"));
    QVERIFY(a != b);
    QCOMPARE(a.size(), 64);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
