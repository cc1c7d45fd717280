#include "core/cli/CommandLine.h"
#include "core/domain/Clock.h"
#include "core/store/SqliteDatabase.h"
#include "tests/cli/CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace jiuzhu;

using Run = testing::CliRun;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recognisesHeadlessInvocations_data();
    void recognisesHeadlessInvocations();
    void versionAndHelp();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void demoThenSearchThenVerifyThenBackup();
    void verifyNamesTheFirstBrokenAuditRow();
    void commandsOnAMissingStoreFailWithoutCreatingIt();
    void calcPrintsTheGoldenResult();
    void calcExplainsInChinese();
    void calcFailsOnBadInput();
    void casesDueListsDeadlines();

private:
    Run run(const QStringList& arguments);

    FixedClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};
};

Run TestCommandLine::run(const QStringList& arguments)
{
    return testing::runCli(arguments, m_clock);
}

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("jiuzhu"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

void TestCommandLine::recognisesHeadlessInvocations_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");
    QTest::newRow("no arguments") << QStringList {QStringLiteral("jiuzhu")} << false;
    QTest::newRow("data dir only") << QStringList {QStringLiteral("jiuzhu"), QStringLiteral("--data-dir"),
        QStringLiteral("/x")} << false;
    QTest::newRow("version") << QStringList {QStringLiteral("jiuzhu"), QStringLiteral("--version")} << true;
    QTest::newRow("search") << QStringList {QStringLiteral("jiuzhu"), QStringLiteral("--data-dir"),
        QStringLiteral("/x"), QStringLiteral("search"), QStringLiteral("zs")}
                            << true;
    QTest::newRow("verify") << QStringList {QStringLiteral("jiuzhu"), QStringLiteral("verify")} << true;
    QTest::newRow("mistyped command")
        << QStringList {QStringLiteral("jiuzhu"), QStringLiteral("serch"), QStringLiteral("zs")} << true;
    QTest::newRow("qt platform option") << QStringList {QStringLiteral("jiuzhu"), QStringLiteral("-platform"),
        QStringLiteral("offscreen")} << false;
    QTest::newRow("data dir with equals")
        << QStringList {QStringLiteral("jiuzhu"), QStringLiteral("--data-dir=/x")} << false;
}

void TestCommandLine::recognisesHeadlessInvocations()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    QCOMPARE(CommandLine::wantsHeadless(arguments), headless);
}

void TestCommandLine::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("jiuzhu 9.8.7"));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const QString& command : CommandLine::commandNames())
        QVERIFY2(help.out.contains(command), qPrintable(command));
}

void TestCommandLine::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {QStringLiteral("--json")};
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("verify"), QStringLiteral("--colour")};
    QTest::newRow("search without text") << QStringList {QStringLiteral("search")};
    QTest::newRow("bad limit") << QStringList {
        QStringLiteral("search"), QStringLiteral("zs"), QStringLiteral("--limit"), QStringLiteral("-3")};
    QTest::newRow("demo size not a number")
        << QStringList {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("many")};
    QTest::newRow("backup without out") << QStringList {QStringLiteral("backup")};
    QTest::newRow("verify with extra") << QStringList {QStringLiteral("verify"), QStringLiteral("now")};
    QTest::newRow("cases without due") << QStringList {QStringLiteral("cases")};
    QTest::newRow("cases soon") << QStringList {QStringLiteral("cases"), QStringLiteral("soon")};
    QTest::newRow("cases due bad user") << QStringList {
        QStringLiteral("cases"), QStringLiteral("due"), QStringLiteral("--user"), QStringLiteral("x")};
}

void TestCommandLine::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestCommandLine::demoThenSearchThenVerifyThenBackup()
{
    QTemporaryDir directory;
    const QString dataDir = directory.path() + QStringLiteral("/office");
    const Run demo = run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("demo"),
        QStringLiteral("--households"), QStringLiteral("150"), QStringLiteral("--json")});
    QCOMPARE(demo.exitCode, 0);
    QCOMPARE(demo.json().value(QStringLiteral("households")).toInt(), 150);

    const Run tooSmall = run(
        {QStringLiteral("--data-dir"), directory.path() + QStringLiteral("/other"), QStringLiteral("demo"),
            QStringLiteral("--households"), QStringLiteral("5"), QStringLiteral("--json")});
    QCOMPARE(tooSmall.exitCode, 1);
    QCOMPARE(tooSmall.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid-input"));

    const Run search = run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("search"),
        QStringLiteral("村"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("10")});
    QCOMPARE(search.exitCode, 0);
    const QJsonArray households = search.json().value(QStringLiteral("households")).toArray();
    QVERIFY(!households.isEmpty());
    QVERIFY(households.size() <= 10);
    const QString masked
        = households.at(0).toObject().value(QStringLiteral("head_id_number_masked")).toString();
    QCOMPARE(masked.size(), 18);
    QCOMPARE(masked.mid(4, 10), QString(10, QLatin1Char('*')));

    const Run plain
        = run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("search"), QStringLiteral("村")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.count(QLatin1Char('\n')) >= 1);

    const Run verify
        = run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.json().value(QStringLiteral("audit_rows")).toInt() > 0);

    const QString backup = directory.path() + QStringLiteral("/usb/jiuzhu-backup.db");
    const Run backed = run(
        {QStringLiteral("--data-dir"), dataDir, QStringLiteral("backup"), QStringLiteral("--out"), backup});
    QCOMPARE(backed.exitCode, 0);
    QVERIFY(QFile::exists(backup));
}

void TestCommandLine::verifyNamesTheFirstBrokenAuditRow()
{
    QTemporaryDir directory;
    QCOMPARE(run({QStringLiteral("--data-dir"), directory.path(), QStringLiteral("demo"),
                     QStringLiteral("--households"), QStringLiteral("100")})
                 .exitCode,
        0);
    {
        auto raw = SqliteDatabase::open(
            directory.path() + QStringLiteral("/jiuzhu.db"), SqliteDatabase::OpenMode::ReadWriteExisting);
        QVERIFY(raw.has_value());
        QVERIFY(raw->exec(QStringLiteral("DROP TRIGGER audit_log_no_update;"
                                         " UPDATE audit_log SET actor = 'intruder' WHERE seq = 2;"))
                    .has_value());
    }
    const Run verify = run({QStringLiteral("--data-dir"), directory.path(), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(QStringLiteral("Audit row 2")), qPrintable(verify.err));
}

void TestCommandLine::commandsOnAMissingStoreFailWithoutCreatingIt()
{
    QTemporaryDir directory;
    const QString missing = directory.path() + QStringLiteral("/none");
    for (const QStringList& command :
        {QStringList {QStringLiteral("verify")}, QStringList {QStringLiteral("search"), QStringLiteral("zs")},
            QStringList {QStringLiteral("backup"), QStringLiteral("--out"),
                directory.path() + QStringLiteral("/b.db")}}) {
        const Run result = run(QStringList {QStringLiteral("--data-dir"), missing} + command);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.isEmpty());
    }
    QVERIFY(!QDir(missing).exists());
}

void TestCommandLine::calcPrintsTheGoldenResult()
{
    const QString folder = QStringLiteral(JIUZHU_TEST_DATA_DIR "/calc/dibao-july-after-raise");
    const Run calc = run({QStringLiteral("calc"), QStringLiteral("--input"),
        folder + QStringLiteral("/input.json"), QStringLiteral("--json")});
    QCOMPARE(calc.exitCode, 0);
    QFile expected(folder + QStringLiteral("/expected.json"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(calc.out.toUtf8()), QJsonDocument::fromJson(expected.readAll()));
}

void TestCommandLine::calcExplainsInChinese()
{
    const Run calc = run({QStringLiteral("calc"), QStringLiteral("--input"),
        QStringLiteral(JIUZHU_TEST_DATA_DIR "/calc/dibao-july-after-raise/input.json")});
    QCOMPARE(calc.exitCode, 0);
    QVERIFY2(calc.out.contains(QStringLiteral("756.00")), qPrintable(calc.out));
    QVERIFY2(calc.out.contains(QStringLiteral("农村低保标准")), qPrintable(calc.out));
}

void TestCommandLine::calcFailsOnBadInput()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"household\": {\"area\": \"moon\"}}");
    file.close();
    const Run calc = run({QStringLiteral("calc"), QStringLiteral("--input"), path, QStringLiteral("--json")});
    QCOMPARE(calc.exitCode, 1);
    QVERIFY(QJsonDocument::fromJson(calc.out.toUtf8()).object().contains(QStringLiteral("error")));
    QVERIFY(!calc.err.isEmpty());
    QCOMPARE(run({QStringLiteral("calc")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("calc"), QStringLiteral("--input"),
                     directory.filePath(QStringLiteral("none.json"))})
                 .exitCode,
        1);
}

void TestCommandLine::casesDueListsDeadlines()
{
    QTemporaryDir directory;
    QCOMPARE(
        run({QStringLiteral("--data-dir"), directory.path(), QStringLiteral("cases"), QStringLiteral("due")})
            .exitCode,
        1);
    QCOMPARE(run({QStringLiteral("--data-dir"), directory.path(), QStringLiteral("demo"),
                     QStringLiteral("--households"), QStringLiteral("100")})
                 .exitCode,
        0);
    const Run due = run({QStringLiteral("--data-dir"), directory.path(), QStringLiteral("cases"),
        QStringLiteral("due"), QStringLiteral("--json")});
    QCOMPARE(due.exitCode, 0);
    const QJsonObject object = due.json();
    for (const QString& group :
        {QStringLiteral("overdue"), QStringLiteral("due_today"), QStringLiteral("due_this_week")})
        QVERIFY2(object.value(group).isArray(), qPrintable(group));
    const Run plain = run(
        {QStringLiteral("--data-dir"), directory.path(), QStringLiteral("cases"), QStringLiteral("due")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains(QStringLiteral("Overdue")));
    const Run unknownUser = run({QStringLiteral("--data-dir"), directory.path(), QStringLiteral("cases"),
        QStringLiteral("due"), QStringLiteral("--user"), QStringLiteral("42")});
    QCOMPARE(unknownUser.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
