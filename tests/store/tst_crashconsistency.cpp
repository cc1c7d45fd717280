// Kills a writer process at random moments and checks that the store opens
// intact with every transaction the writer reported as committed.
#include "core/domain/Clock.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "tests/common/TestHouseholds.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace jiuzhu;

namespace {

const FixedClock kClock {QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};

// Child mode: adds households forever, alternating single adds and larger
// batches so kills land inside transactions of both sizes; prints the serial
// of each household once its transaction has committed.
int runWriter(const QString& directory, int firstSerial)
{
    auto store = CaseStore::open(directory, kClock);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 3;
    }
    auto communities = (*store)->households().communities();
    qint64 communityId = communities && !communities->isEmpty() ? communities->constFirst().id : 0;
    if (communityId == 0) {
        communityId = *(*store)->households().addCommunity(
            Community {0, QString(), QStringLiteral("北街村"), CommunityKind::Village, AreaKind::Rural},
            QStringLiteral("writer"));
    }
    QTextStream out(stdout);
    int serial = firstSerial;
    for (int round = 0;; ++round) {
        QList<NewHousehold> batch;
        const int size = round % 3 == 0 ? 40 : 1;
        for (int index = 0; index < size; ++index, ++serial) {
            NewHousehold household = testing::makeHousehold(communityId, QStringLiteral("赵六"), serial);
            household.members[0].idNumber
                = testing::makeIdNumber(QDate(1940, 1, 1).addDays(serial / 1000), serial % 1000);
            batch.append(household);
        }
        auto added = (*store)->households().addMany(batch, QStringLiteral("writer"));
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
            return 4;
        }
        for (int index = serial - size; index < serial; ++index)
            out << index << '\n';
        out.flush();
    }
}

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingCommitted();
};

void TestCrashConsistency::killedWriterLosesNothingCommitted()
{
    QTemporaryDir directory;
    QSet<int> committed;
    int nextSerial = 0;
    const int kills = qEnvironmentVariableIntValue("JIUZHU_CRASH_KILLS") > 0
        ? qEnvironmentVariableIntValue("JIUZHU_CRASH_KILLS")
        : 12;
    QRandomGenerator random(20261122);
    for (int kill = 0; kill < kills; ++kill) {
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--writer"), directory.path(), QString::number(nextSerial)});
        QVERIFY(writer.waitForStarted());
        // Wait for some commits, then kill at a random moment after them.
        int seen = 0;
        const int wanted = 1 + static_cast<int>(random.bounded(60));
        while (seen < wanted && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(2000);
            while (writer.canReadLine()) {
                committed.insert(writer.readLine().trimmed().toInt());
                ++seen;
            }
        }
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        QTest::qSleep(static_cast<int>(random.bounded(15)));
        writer.kill(); // SIGKILL: no destructor, no rollback, no unlock
        writer.waitForFinished();
        while (writer.canReadLine())
            committed.insert(writer.readLine().trimmed().toInt());
        const QByteArray rest = writer.readAllStandardOutput();
        for (const QByteArray& line : rest.split('\n')) {
            if (!line.trimmed().isEmpty())
                committed.insert(line.trimmed().toInt());
        }

        auto store = CaseStore::open(directory.path(), kClock, CaseStore::OpenMode::ExistingOnly);
        QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().message));
        auto verified = (*store)->verify();
        QVERIFY2(verified.has_value(), qPrintable(verified ? QString() : verified.error().message));
        auto count = (*store)->households().count();
        QVERIFY(count.has_value());
        QVERIFY2(*count >= committed.size(),
            qPrintable(QStringLiteral("kill %1: %2 committed, %3 present")
                           .arg(kill)
                           .arg(committed.size())
                           .arg(*count)));
        for (int serial : std::as_const(committed)) {
            const QString id = testing::makeIdNumber(QDate(1940, 1, 1).addDays(serial / 1000), serial % 1000);
            auto found = (*store)->households().find(HouseholdQuery {id, 0, 0, 5});
            QVERIFY(found.has_value());
            QVERIFY2(found->size() == 1,
                qPrintable(QStringLiteral("household %1 lost after kill %2").arg(serial).arg(kill)));
        }
        // Serials the writer committed but had no time to report must not be reused.
        nextSerial = (kill + 1) * 100000;
    }
    qInfo("%d kills survived, %lld committed households all present", kills,
        static_cast<long long>(committed.size()));
}

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    TestCrashConsistency test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashconsistency.moc"
