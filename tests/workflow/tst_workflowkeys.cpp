#include "core/store/StoreKeys.h"
#include "core/workflow/ProcedureDefinition.h"
#include "core/workflow/Role.h"
#include "core/workflow/WorkflowKeys.h"

#include <QSet>
#include <QTest>

using namespace jiuzhu;

// The workflow repeats the store's keys because it cannot link the store;
// this test is what keeps the two tables one.
class TestWorkflowKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeKeysMatchTheStore();
    void stateKeysMatchTheStore();
    void roleKeysRoundTrip();
    void dutyKeysRoundTrip();
};

void TestWorkflowKeys::typeKeysMatchTheStore()
{
    for (AssistanceType type : kAllAssistanceTypes) {
        QCOMPARE(WorkflowKeys::key(type), storeKey(type));
        QCOMPARE(WorkflowKeys::typeFromKey(storeKey(type)), std::optional<AssistanceType>(type));
    }
    QVERIFY(!WorkflowKeys::typeFromKey(QStringLiteral("lottery")));
}

void TestWorkflowKeys::stateKeysMatchTheStore()
{
    QSet<QString> seen;
    for (CaseState state : kAllCaseStates) {
        QVERIFY2(!WorkflowKeys::key(state).isEmpty(), "every state has a key");
        QCOMPARE(WorkflowKeys::key(state), storeKey(state));
        QCOMPARE(WorkflowKeys::stateFromKey(storeKey(state)), std::optional<CaseState>(state));
        seen.insert(WorkflowKeys::key(state));
    }
    QCOMPARE(seen.size(), static_cast<qsizetype>(kAllCaseStates.size()));
    QCOMPARE(WorkflowKeys::key(CaseState::EmergencyAidGranted), QStringLiteral("emergency-aid-granted"));
}

void TestWorkflowKeys::roleKeysRoundTrip()
{
    for (Role role : kAllRoles) {
        QCOMPARE(roleFromKey(roleKey(role)), std::optional<Role>(role));
        QVERIFY(!displayName(role).isEmpty());
    }
    QCOMPARE(roleKey(Role::PreliminaryReviewer), QStringLiteral("preliminary-reviewer"));
    QVERIFY(!roleFromKey(QStringLiteral("mayor")));
}

void TestWorkflowKeys::dutyKeysRoundTrip()
{
    for (Duty duty : {Duty::Intake, Duty::PreliminaryReview, Duty::Confirmation})
        QCOMPARE(dutyFromKey(dutyKey(duty)), std::optional<Duty>(duty));
}

QTEST_GUILESS_MAIN(TestWorkflowKeys)
#include "tst_workflowkeys.moc"
