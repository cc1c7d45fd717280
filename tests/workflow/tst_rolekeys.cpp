#include "core/workflow/ProcedureDefinition.h"
#include "core/workflow/Role.h"

#include <QSet>
#include <QTest>

using namespace jiuzhu;

// Roles and duties are written into users, events and the procedure file
// by key; every key must lead back to its value.
class TestRoleKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleKeysRoundTrip();
    void dutyKeysRoundTrip();
};

void TestRoleKeys::roleKeysRoundTrip()
{
    for (Role role : kAllRoles) {
        QCOMPARE(roleFromKey(roleKey(role)), std::optional<Role>(role));
        QVERIFY(!displayName(role).isEmpty());
    }
    QCOMPARE(roleKey(Role::PreliminaryReviewer), QStringLiteral("preliminary-reviewer"));
    QVERIFY(!roleFromKey(QStringLiteral("mayor")));
}

void TestRoleKeys::dutyKeysRoundTrip()
{
    for (Duty duty : {Duty::Intake, Duty::PreliminaryReview, Duty::Confirmation})
        QCOMPARE(dutyFromKey(dutyKey(duty)), std::optional<Duty>(duty));
}

QTEST_GUILESS_MAIN(TestRoleKeys)
#include "tst_rolekeys.moc"
