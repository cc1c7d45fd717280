#include "core/workflow/SeparationOfDuties.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::Step;
using jiuzhu::testing::WorkflowFixture;

namespace {

CaseEvent eventBy(qint64 user, const QString& duty)
{
    CaseEvent event;
    event.action = QStringLiteral("step");
    event.actorUserId = user;
    event.at = QDateTime(WorkflowFixture::startDate(), QTime(9, 0));
    if (!duty.isEmpty())
        event.data.insert(SeparationOfDuties::dataKey(), duty);
    return event;
}

TransitionDefinition transitionWith(std::optional<Duty> duty)
{
    TransitionDefinition t;
    t.action = QStringLiteral("next");
    t.duty = duty;
    return t;
}

} // namespace

class TestSeparationOfDuties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkFindsEarlierDuties_data();
    void checkFindsEarlierDuties();
    void acceptAndConfirmBySamePerson();
    void acceptAndPreliminaryReviewBySamePerson();
    void preliminaryReviewAndConfirmBySamePerson();
    void emergencyGrantAndPaperworkBySamePerson();
    void sameDutyMayBeSharedAndRepeated();
    void availableActionsHideWhatTheUserMayNotDo();
};

void TestSeparationOfDuties::checkFindsEarlierDuties_data()
{
    QTest::addColumn<QString>("earlierDuty");
    QTest::addColumn<qint64>("earlierUser");
    QTest::addColumn<int>("nextDuty"); // -1: a step without a duty
    QTest::addColumn<QString>("fragment"); // empty when allowed
    const int intake = static_cast<int>(Duty::Intake);
    const int review = static_cast<int>(Duty::PreliminaryReview);
    const int confirm = static_cast<int>(Duty::Confirmation);
    QTest::newRow("intake then confirm, same user")
        << QStringLiteral("intake") << qint64(7) << confirm << QStringLiteral("both accept and confirm");
    QTest::newRow("intake then review, same user") << QStringLiteral(
        "intake") << qint64(7) << review << QStringLiteral("accept a case and give its preliminary");
    QTest::newRow("review then confirm, same user")
        << QStringLiteral("preliminary-review") << qint64(7) << confirm
        << QStringLiteral("preliminary opinion on a case and confirm");
    QTest::newRow("confirm then intake, same user")
        << QStringLiteral("confirmation") << qint64(7) << intake << QStringLiteral("both accept and confirm");
    QTest::newRow("intake then confirm, other user")
        << QStringLiteral("intake") << qint64(8) << confirm << QString();
    QTest::newRow("intake twice, same user") << QStringLiteral("intake") << qint64(7) << intake << QString();
    QTest::newRow("record-keeping after intake") << QStringLiteral("intake") << qint64(7) << -1 << QString();
    QTest::newRow("earlier step without duty") << QString() << qint64(7) << confirm << QString();
}

void TestSeparationOfDuties::checkFindsEarlierDuties()
{
    QFETCH(QString, earlierDuty);
    QFETCH(qint64, earlierUser);
    QFETCH(int, nextDuty);
    QFETCH(QString, fragment);
    CaseFile file = WorkflowFixture::draft(AssistanceType::Dibao);
    file.events = {eventBy(99, QStringLiteral("intake")), eventBy(earlierUser, earlierDuty)};
    const Actor actor {7, QStringLiteral("seven"), {Role::Clerk, Role::PreliminaryReviewer, Role::Confirmer}};
    const auto duty = nextDuty < 0 ? std::nullopt : std::optional<Duty>(static_cast<Duty>(nextDuty));
    const Status result = SeparationOfDuties::check(file, transitionWith(duty), actor);
    if (fragment.isEmpty()) {
        VERIFY_OK(result);
    } else {
        VERIFY_FAILS(result, ErrorCode::PermissionDenied, fragment);
    }
}

void TestSeparationOfDuties::acceptAndConfirmBySamePerson()
{
    WorkflowFixture fx;
    const Actor leader {7, QStringLiteral("leader"), {Role::Clerk, Role::Confirmer}};
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    QList<Step> steps = fx.toPublicity(draft);
    steps[1].actor = leader; // accept
    auto file = fx.run(draft, steps);
    VERIFY_OK(file);
    fx.advanceDays(7);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("confirm-approve"), leader, WorkflowFixture::approval(45000)),
        ErrorCode::PermissionDenied,
        QStringLiteral("The same person cannot both accept and confirm a case."));
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("confirm-refuse"), leader,
                     WorkflowFixture::withText(QStringLiteral("reasons"), QStringLiteral("不符合"))),
        ErrorCode::PermissionDenied, QStringLiteral("cannot both accept and confirm"));
    VERIFY_OK(
        fx.apply(*file, QStringLiteral("confirm-approve"), fx.confirmer, WorkflowFixture::approval(45000)));
}

void TestSeparationOfDuties::acceptAndPreliminaryReviewBySamePerson()
{
    WorkflowFixture fx;
    const Actor head {7, QStringLiteral("head"), {Role::Clerk, Role::PreliminaryReviewer}};
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    QList<Step> steps = fx.toPublicity(draft);
    steps[1].actor = head;
    steps[6].actor = head; // give-preliminary-opinion
    VERIFY_FAILS(fx.run(draft, steps), ErrorCode::PermissionDenied,
        QStringLiteral("The same person cannot both accept a case and give its preliminary opinion."));
}

void TestSeparationOfDuties::preliminaryReviewAndConfirmBySamePerson()
{
    WorkflowFixture fx;
    const Actor deputy {7, QStringLiteral("deputy"), {Role::PreliminaryReviewer, Role::Confirmer}};
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    QList<Step> steps = fx.toPublicity(draft);
    steps[6].actor = deputy;
    steps.append({QStringLiteral("confirm-approve"), deputy, WorkflowFixture::approval(45000), 7});
    VERIFY_FAILS(fx.run(draft, steps), ErrorCode::PermissionDenied,
        QStringLiteral("cannot both give the preliminary opinion on a case and confirm it"));
}

void TestSeparationOfDuties::emergencyGrantAndPaperworkBySamePerson()
{
    WorkflowFixture fx;
    const Actor both {7, QStringLiteral("both"), {Role::Clerk, Role::Confirmer}};
    ActionInput grant = WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("火灾"));
    grant.oneOffAmountFen = 100000;
    auto file = fx.run(WorkflowFixture::draft(AssistanceType::TemporaryEmergency),
        {{QStringLiteral("apply"), both, {}}, {QStringLiteral("grant-emergency-aid"), both, grant}});
    VERIFY_OK(file);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("complete-paperwork"), both,
                     fx.allMaterials(*file, QStringLiteral("paperwork"))),
        ErrorCode::PermissionDenied, QStringLiteral("cannot both accept and confirm"));
}

void TestSeparationOfDuties::sameDutyMayBeSharedAndRepeated()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    auto file = fx.run(draft,
        {{QStringLiteral("apply"), fx.clerk, {}}, {QStringLiteral("notify-missing-materials"), fx.clerk, {}},
            {QStringLiteral("accept"), fx.secondClerk,
                fx.allMaterials(draft, QStringLiteral("application"))}});
    VERIFY_OK(file);
    QCOMPARE(file->events.at(1).data.value(QStringLiteral("duty")).toString(), QStringLiteral("intake"));
    QCOMPARE(file->events.at(2).data.value(QStringLiteral("duty")).toString(), QStringLiteral("intake"));
    QVERIFY(!file->events.at(0).data.contains(QStringLiteral("duty")));
}

void TestSeparationOfDuties::availableActionsHideWhatTheUserMayNotDo()
{
    WorkflowFixture fx;
    const Actor everyone {7, QStringLiteral("everyone"),
        {Role::Clerk, Role::PreliminaryReviewer, Role::Confirmer, Role::VillageAssistant}};
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    QList<Step> steps = fx.toPublicity(draft).mid(0, 6);
    steps[1].actor = everyone;
    auto file = fx.run(draft, steps);
    VERIFY_OK(file);
    QStringList names;
    for (const AvailableAction& action : fx.workflow.availableActions(*file, everyone, fx.context()))
        names.append(action.action);
    QVERIFY(names.contains(QStringLiteral("record-home-visit")));
    QVERIFY(names.contains(QStringLiteral("call-appraisal")));
    QVERIFY(!names.contains(QStringLiteral("give-preliminary-opinion")));
    QVERIFY(!fx.workflow.availableActions(*file, fx.reviewer, fx.context()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSeparationOfDuties)
#include "tst_separationofduties.moc"
