// Store benchmarks at district scale (100,000 households): open, keystroke
// search latency percentiles, and bulk insert beside the floor set by the
// sqlite3 shell's .import of the same rows into a bare table.
#include "core/demo/DemoOfficeGenerator.h"
#include "core/domain/Clock.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/HouseholdSearchIndex.h"
#include "core/store/HouseholdValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <vector>

using namespace jiuzhu;

namespace {

const FixedClock kClock {QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};

int householdCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("JIUZHU_BENCH_HOUSEHOLDS");
    return fromEnvironment > 0 ? fromEnvironment : 100000;
}

DemoOptions benchOptions()
{
    DemoOptions options;
    options.households = householdCount();
    options.seed = 42;
    options.today = kClock.today();
    return options;
}

// One populated store shared by the open and search benchmarks.
QTemporaryDir& sharedDirectory()
{
    static QTemporaryDir directory;
    static bool populated = false;
    if (!populated) {
        auto store = CaseStore::open(directory.path(), kClock);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        auto summary = DemoOfficeGenerator(benchOptions()).populate(**store);
        if (!summary)
            qFatal("%s", qPrintable(summary.error().message));
        populated = true;
    }
    return directory;
}

void BM_OpenStore(benchmark::State& state)
{
    const QString path = sharedDirectory().path();
    for (auto _ : state) {
        auto store = CaseStore::open(path, kClock, CaseStore::OpenMode::ExistingOnly);
        if (!store) {
            state.SkipWithError(qPrintable(store.error().message));
            break;
        }
        benchmark::DoNotOptimize((*store)->households().count());
    }
}
BENCHMARK(BM_OpenStore)->Unit(benchmark::kMillisecond);

// What a clerk types, keystroke by keystroke: every prefix of each query is
// one search, as the household list issues them.
const QStringList kTypedQueries = {
    QStringLiteral("张三"),
    QStringLiteral("王建国"),
    QStringLiteral("李"),
    QStringLiteral("zs"),
    QStringLiteral("wjg"),
    QStringLiteral("zhangsan"),
    QStringLiteral("liuyang"),
    QStringLiteral("1234"),
    QStringLiteral("0032"),
    QStringLiteral("13012319"),
    QStringLiteral("村"),
    QStringLiteral("东关"),
};

void BM_SearchKeystrokes(benchmark::State& state)
{
    auto store = CaseStore::open(sharedDirectory().path(), kClock, CaseStore::OpenMode::ExistingOnly);
    if (!store) {
        state.SkipWithError(qPrintable(store.error().message));
        return;
    }
    std::vector<double> latencies;
    qint64 results = 0;
    for (auto _ : state) {
        for (const QString& query : kTypedQueries) {
            for (qsizetype length = 1; length <= query.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                auto found = (*store)->households().find(HouseholdQuery {query.left(length), 0, 0, 200});
                latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                results += found ? found->size() : 0;
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        return latencies.empty()
            ? 0.0
            : latencies[static_cast<size_t>(p * static_cast<double>(latencies.size() - 1))];
    };
    state.counters["p50_ms"] = percentile(0.50);
    state.counters["p95_ms"] = percentile(0.95);
    state.counters["max_ms"] = latencies.empty() ? 0.0 : latencies.back();
    state.counters["searches"] = static_cast<double>(latencies.size());
    state.counters["results"] = static_cast<double>(results);
}
BENCHMARK(BM_SearchKeystrokes)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_BulkInsert(benchmark::State& state)
{
    const DemoOfficeGenerator generator(benchOptions());
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir directory;
        auto store = CaseStore::open(directory.path(), kClock);
        QList<qint64> communityIds;
        for (const Community& community : generator.communities())
            communityIds.append(*(*store)->households().addCommunity(community, QStringLiteral("bench")));
        const QList<NewHousehold> households = generator.households(communityIds);
        qint64 members = 0;
        for (const NewHousehold& household : households)
            members += household.members.size();
        state.ResumeTiming();

        auto added = (*store)->households().addMany(households, QStringLiteral("bench"));
        if (!added) {
            state.SkipWithError(qPrintable(added.error().message));
            break;
        }
        state.counters["households"] = static_cast<double>(households.size());
        state.counters["members"] = static_cast<double>(members);
    }
}
BENCHMARK(BM_BulkInsert)->Unit(benchmark::kMillisecond)->Iterations(3);

// The parts of a bulk insert that are not SQLite's: checking every field,
// and building the search tokens (pinyin, suffixes) of every household.
void BM_ValidateHouseholds(benchmark::State& state)
{
    const DemoOfficeGenerator generator(benchOptions());
    QList<qint64> communityIds;
    for (qsizetype index = 0; index < generator.communities().size(); ++index)
        communityIds.append(index + 1);
    const QList<NewHousehold> households = generator.households(communityIds);
    const HouseholdValidator validator(kClock.today());
    for (auto _ : state) {
        for (const NewHousehold& household : households)
            benchmark::DoNotOptimize(validator.validate(household));
    }
    state.counters["households"] = static_cast<double>(households.size());
}
BENCHMARK(BM_ValidateHouseholds)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_BuildSearchTokens(benchmark::State& state)
{
    const DemoOfficeGenerator generator(benchOptions());
    QList<qint64> communityIds;
    for (qsizetype index = 0; index < generator.communities().size(); ++index)
        communityIds.append(index + 1);
    const QList<NewHousehold> households = generator.households(communityIds);
    qint64 tokens = 0;
    for (auto _ : state) {
        tokens = 0;
        for (const NewHousehold& household : households) {
            const QString text = HouseholdSearchIndex::tokensFor(
                QStringLiteral("H0012345"), household.members, QStringLiteral("西王庄村"));
            tokens += text.count(QLatin1Char(' ')) + 1;
        }
    }
    state.counters["households"] = static_cast<double>(households.size());
    state.counters["tokens"] = static_cast<double>(tokens);
}
BENCHMARK(BM_BuildSearchTokens)->Unit(benchmark::kMillisecond)->Iterations(3);

// The floor: the same rows (one per member, with its household's fields) as
// CSV, loaded by the sqlite3 shell into a table with no index and no checks.
void BM_SqliteShellImportFloor(benchmark::State& state)
{
    const DemoOfficeGenerator generator(benchOptions());
    QList<qint64> communityIds;
    const QList<Community> communities = generator.communities();
    for (qsizetype index = 0; index < communities.size(); ++index)
        communityIds.append(index + 1);
    const QList<NewHousehold> households = generator.households(communityIds);
    QTemporaryDir directory;
    const QString csvPath = directory.filePath(QStringLiteral("members.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly)) {
            state.SkipWithError("cannot write CSV");
            return;
        }
        QTextStream out(&csv);
        qint64 householdNo = 0;
        for (const NewHousehold& household : households) {
            ++householdNo;
            for (const NewMember& member : household.members) {
                out << householdNo << ',' << household.communityId << ",\"" << household.address << "\","
                    << household.phone << ",\"" << member.name << "\"," << member.idNumber << ','
                    << static_cast<int>(member.relation) << ',' << member.disabilityGrade << ",\""
                    << member.disabilityKind << "\",\"" << member.illness << "\",\"" << member.employment
                    << "\"," << member.monthlyIncomeFen << '\n';
            }
        }
    }
    for (auto _ : state) {
        state.PauseTiming();
        const QString database = directory.filePath(QStringLiteral("floor.db"));
        QFile::remove(database);
        QProcess::execute(QStringLiteral("sqlite3"),
            {database,
                QStringLiteral("CREATE TABLE members (household_no, community_id, address, phone,"
                               " name, id_number, relation, disability_grade, disability_kind,"
                               " illness, employment, monthly_income_fen);")});
        state.ResumeTiming();
        const int exitCode = QProcess::execute(QStringLiteral("sqlite3"),
            {database, QStringLiteral(".mode csv"), QStringLiteral(".import %1 members").arg(csvPath)});
        if (exitCode != 0) {
            state.SkipWithError("sqlite3 .import failed (is the sqlite3 package installed?)");
            break;
        }
    }
}
BENCHMARK(BM_SqliteShellImportFloor)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
