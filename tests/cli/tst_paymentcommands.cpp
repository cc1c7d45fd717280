// The money commands on a demo office: the roster and its sums, closing a
// month, a late-reported death with its overpayments, reviews due, and the
// usage and role errors.
#include "core/cli/CommandLine.h"
#include "tests/cli/CliRun.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;
using testing::CliRun;

class TestPaymentCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rosterSumsItsRowsAndReconciles();
    void monthsCloseInOrderAsAUserWithTheRole();
    void aLateDeathIsRecordedWithItsOverpayments();
    void reviewsDueAndLiveDeadlinesOnTheDemo();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();

private:
    CliRun run(QStringList arguments)
    {
        arguments.prepend(m_directory.path());
        arguments.prepend(QStringLiteral("--data-dir"));
        return testing::runCli(arguments, m_clock);
    }

    FixedClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};
    QTemporaryDir m_directory;
};

void TestPaymentCommands::initTestCase()
{
    const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("400")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY(demo.out.contains(QStringLiteral("--user 3")));
}

void TestPaymentCommands::rosterSumsItsRowsAndReconciles()
{
    const CliRun roster = run({QStringLiteral("roster"), QStringLiteral("--month"), QStringLiteral("2026-11"),
        QStringLiteral("--json")});
    QCOMPARE(roster.exitCode, 0);
    const QJsonObject object = roster.json();
    QVERIFY(object.value(QStringLiteral("ok")).toBool());
    QVERIFY(!object.value(QStringLiteral("closed")).toBool());
    // The demo closed the three months before this one.
    QCOMPARE(object.value(QStringLiteral("last_closed")).toString(), QStringLiteral("2026-10"));
    qint64 fen = 0;
    qint64 persons = 0;
    for (const QJsonValue& row : object.value(QStringLiteral("rows")).toArray()) {
        fen += row[QStringLiteral("fen")].toInteger();
        persons += row[QStringLiteral("persons")].toInteger();
    }
    const QJsonObject overall = object.value(QStringLiteral("overall")).toObject();
    QVERIFY(fen > 0);
    QCOMPARE(overall.value(QStringLiteral("fen")).toInteger(), fen);
    QCOMPARE(overall.value(QStringLiteral("persons")).toInteger(), persons);
    QVERIFY(object.value(QStringLiteral("discrepancies")).toArray().isEmpty());

    const CliRun closed = run({QStringLiteral("roster"), QStringLiteral("--month"), QStringLiteral("2026-09"),
        QStringLiteral("--json")});
    QCOMPARE(closed.exitCode, 0);
    QVERIFY(closed.json().value(QStringLiteral("closed")).toBool());
}

void TestPaymentCommands::monthsCloseInOrderAsAUserWithTheRole()
{
    const QStringList closeNovember {
        QStringLiteral("roster"), QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--close")};
    // The village assistant (user 4) may not close; nothing is written.
    const CliRun refused = run(closeNovember + QStringList {QStringLiteral("--user"), QStringLiteral("4")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!run({QStringLiteral("roster"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                   QStringLiteral("--json")})
                 .json()
                 .value(QStringLiteral("closed"))
                 .toBool());
    const CliRun future = run({QStringLiteral("roster"), QStringLiteral("--month"), QStringLiteral("2026-12"),
        QStringLiteral("--close"), QStringLiteral("--user"), QStringLiteral("1")});
    QCOMPARE(future.exitCode, 1);
    const CliRun closed = run(closeNovember + QStringList {QStringLiteral("--user"), QStringLiteral("1")});
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));
    const CliRun again = run(closeNovember + QStringList {QStringLiteral("--user"), QStringLiteral("1")});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(run({QStringLiteral("verify")}).exitCode, 0);
}

void TestPaymentCommands::aLateDeathIsRecordedWithItsOverpayments()
{
    // Every closed month after the death was paid in error.
    int closedAfterDeath = 0;
    for (const QString& month : {QStringLiteral("2026-09"), QStringLiteral("2026-10"), QStringLiteral("2026-11")})
        closedAfterDeath += run({QStringLiteral("roster"), QStringLiteral("--month"), month, QStringLiteral("--json")})
                                .json()
                                .value(QStringLiteral("closed"))
                                .toBool()
            ? 1
            : 0;
    QVERIFY(closedAfterDeath >= 2);
    qint64 caseId = 0;
    qint64 monthlyFen = 0;
    // The first one-person case paid monthly in August: its death stops it.
    for (qint64 candidate = 1; candidate < 400 && caseId == 0; ++candidate) {
        const CliRun change = run({QStringLiteral("change"), QStringLiteral("--case"), QString::number(candidate),
            QStringLiteral("--event"), QStringLiteral("death"), QStringLiteral("--date"), QStringLiteral("2026-08-15"),
            QStringLiteral("--user"), QStringLiteral("1"), QStringLiteral("--json")});
        if (change.exitCode != 0)
            continue;
        const QJsonObject object = change.json();
        if (object.value(QStringLiteral("direction")).toString() != QLatin1String("stop"))
            continue;
        caseId = candidate;
        QCOMPARE(object.value(QStringLiteral("effective_from")).toString(), QStringLiteral("2026-09"));
        const QJsonArray overpaid = object.value(QStringLiteral("overpayments")).toArray();
        QCOMPARE(overpaid.size(), closedAfterDeath);
        monthlyFen = overpaid.at(0)[QStringLiteral("paid_fen")].toInteger();
        QCOMPARE(object.value(QStringLiteral("overpaid_fen")).toInteger(), closedAfterDeath * monthlyFen);
    }
    QVERIFY2(caseId != 0, "no one-person monthly case was paid in the demo's closed months");
    const CliRun listed = run({QStringLiteral("overpayments"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    int forCase = 0;
    for (const QJsonValue& row : listed.json().value(QStringLiteral("overpayments")).toArray())
        forCase += row[QStringLiteral("case_id")].toInteger() == caseId ? 1 : 0;
    QCOMPARE(forCase, closedAfterDeath);
    // A date to come is refused.
    QCOMPARE(run({QStringLiteral("change"), QStringLiteral("--case"), QString::number(caseId),
                     QStringLiteral("--event"), QStringLiteral("birth"), QStringLiteral("--date"),
                     QStringLiteral("2026-12-01"), QStringLiteral("--user"), QStringLiteral("1")})
                 .exitCode,
        1);
}

void TestPaymentCommands::reviewsDueAndLiveDeadlinesOnTheDemo()
{
    const CliRun reviews = run({QStringLiteral("reviews"), QStringLiteral("due"), QStringLiteral("--month"),
        QStringLiteral("2026-11"), QStringLiteral("--json")});
    QCOMPARE(reviews.exitCode, 0);
    const QJsonArray due = reviews.json().value(QStringLiteral("reviews")).toArray();
    QVERIFY(!due.isEmpty());
    for (const QJsonValue& review : due)
        QVERIFY(review[QStringLiteral("months_overdue")].toInt() <= 3);
    const CliRun deadlines = run({QStringLiteral("cases"), QStringLiteral("due"), QStringLiteral("--json")});
    QCOMPARE(deadlines.exitCode, 0);
    const QJsonObject object = deadlines.json();
    QVERIFY(object.value(QStringLiteral("overdue")).toArray().size()
            + object.value(QStringLiteral("due_this_week")).toArray().size()
        > 0);
}

void TestPaymentCommands::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("roster without month") << QStringList {QStringLiteral("roster")};
    QTest::newRow("roster bad month") << QStringList {
        QStringLiteral("roster"), QStringLiteral("--month"), QStringLiteral("2026-13")};
    QTest::newRow("close without user") << QStringList {
        QStringLiteral("roster"), QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--close")};
    QTest::newRow("reviews without due") << QStringList {
        QStringLiteral("reviews"), QStringLiteral("--month"), QStringLiteral("2026-11")};
    QTest::newRow("change unknown event") << QStringList {QStringLiteral("change"), QStringLiteral("--case"),
        QStringLiteral("1"), QStringLiteral("--event"), QStringLiteral("lottery"), QStringLiteral("--date"),
        QStringLiteral("2026-08-01"), QStringLiteral("--user"), QStringLiteral("1")};
    QTest::newRow("change negative amount") << QStringList {QStringLiteral("change"), QStringLiteral("--case"),
        QStringLiteral("1"), QStringLiteral("--event"), QStringLiteral("birth"), QStringLiteral("--date"),
        QStringLiteral("2026-08-01"), QStringLiteral("--user"), QStringLiteral("1"), QStringLiteral("--persons"),
        QStringLiteral("3"), QStringLiteral("--amount"), QStringLiteral("-5")};
    QTest::newRow("review without outcome") << QStringList {
        QStringLiteral("review"), QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--user"),
        QStringLiteral("3")};
    QTest::newRow("follow-up type without user") << QStringList {QStringLiteral("cases"),
        QStringLiteral("follow-up"), QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--type"),
        QStringLiteral("near-dibao")};
}

void TestPaymentCommands::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestPaymentCommands)
#include "tst_paymentcommands.moc"
