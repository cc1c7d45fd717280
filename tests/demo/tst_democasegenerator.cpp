#include "core/demo/DemoCaseGenerator.h"
#include "core/demo/DemoCommunityGenerator.h"
#include "core/demo/DemoHouseholdGenerator.h"
#include "core/demo/DemoHouseholdPlanner.h"
#include "core/demo/DemoIdNumberAllocator.h"
#include "core/demo/DemoWordLists.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace jiuzhu;

namespace {

const QDate kToday(2026, 11, 22);

} // namespace

class TestDemoCaseGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseHistoriesAreOrdered();
};

void TestDemoCaseGenerator::caseHistoriesAreOrdered()
{
    constexpr quint64 seed = 99;
    constexpr int count = 2000;
    auto words = DemoWordLists::load();
    QVERIFY(words);
    const QList<DemoCommunitySpec> communities
        = DemoCommunityGenerator::generate(*words, QStringLiteral("130123101"), count, seed);
    const DemoHouseholdPlanner planner(seed, count, communities);
    const DemoHouseholdGenerator households(*words, communities, seed, kToday);
    const DemoCaseGenerator cases(*words, seed, kToday);
    DemoIdNumberAllocator idNumbers(QStringLiteral("130123"));
    const QSet<QString> knownActions {QStringLiteral("apply"), QStringLiteral("accept"),
        QStringLiteral("notify-missing"), QStringLiteral("refuse-intake"), QStringLiteral("investigate"),
        QStringLiteral("opinion"), QStringLiteral("publicize"), QStringLiteral("appraise"),
        QStringLiteral("approve"), QStringLiteral("refuse"), QStringLiteral("refer"),
        QStringLiteral("suspend"), QStringLiteral("terminate"), QStringLiteral("grant-emergency-aid")};

    for (qint64 index = 0; index < count; ++index) {
        const DemoHouseholdPlan plan = planner.plan(index);
        const NewHousehold household = households.generate(plan, 1, idNumbers);
        if (plan.needsIllness) {
            QVERIFY(std::any_of(household.members.cbegin(), household.members.cend(),
                [](const NewMember& m) { return !m.illness.isEmpty(); }));
        }
        const QList<CaseRecordInput> records = cases.generate(plan, household, index + 1);
        QCOMPARE(records.size(), plan.cases.size());
        for (const CaseRecordInput& record : records) {
            QCOMPARE(record.householdId, index + 1);
            QVERIFY(!record.events.isEmpty());
            QCOMPARE(record.events.constFirst().action, QStringLiteral("apply"));
            QVERIFY(!record.events.constFirst().fromState.has_value());
            QCOMPARE(record.events.constLast().toState, record.state);
            QCOMPARE(record.appliedOn, record.events.constFirst().at.date());
            for (qsizetype e = 0; e < record.events.size(); ++e) {
                const CaseEventRecord& event = record.events.at(e);
                QVERIFY2(knownActions.contains(event.action), qPrintable(event.action));
                QVERIFY(event.at.date() < kToday);
                QVERIFY(event.at.date().dayOfWeek() <= 5);
                QVERIFY(!event.reason.isEmpty());
                QVERIFY(!event.reason.contains(QLatin1String("%1")));
                if (e > 0) {
                    QVERIFY(record.events.at(e - 1).at < event.at);
                    QCOMPARE(event.fromState, std::optional(record.events.at(e - 1).toState));
                }
            }
            const bool granted = record.state == CaseState::Approved || record.state == CaseState::Suspended
                || record.state == CaseState::Terminated || record.state == CaseState::EmergencyAidGranted;
            QCOMPARE(!record.startMonth.isEmpty(), granted);
            QCOMPARE(!record.endMonth.isEmpty(), record.state == CaseState::Terminated);
            QVERIFY(record.startMonth.isEmpty() || record.endMonth.isEmpty()
                || record.startMonth <= record.endMonth);
            QVERIFY(!record.acceptedOn.isValid() || record.acceptedOn >= record.appliedOn);
            QVERIFY(!record.decidedOn.isValid() || record.decidedOn >= record.appliedOn);
            const bool temporary = record.type == AssistanceType::TemporaryEmergency
                || record.type == AssistanceType::TemporaryExpenditure;
            const bool monthly = record.type == AssistanceType::Dibao || record.type == AssistanceType::Tekun
                || record.type == AssistanceType::CaseByCase || record.type == AssistanceType::SeriousIllness;
            QCOMPARE(record.monthlyAmountFen > 0, granted && monthly);
            QCOMPARE(record.oneOffAmountFen > 0, granted && temporary);
        }
    }
}

QTEST_GUILESS_MAIN(TestDemoCaseGenerator)
#include "tst_democasegenerator.moc"
