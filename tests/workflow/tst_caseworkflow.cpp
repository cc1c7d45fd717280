#include "core/domain/DomainKeys.h"
#include "core/workflow/CaseWorkflow.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::Step;
using jiuzhu::testing::WorkflowFixture;

Q_DECLARE_METATYPE(jiuzhu::AssistanceType)
Q_DECLARE_METATYPE(jiuzhu::Role)

namespace {

QStringList actionsOf(const QList<AvailableAction>& actions)
{
    QStringList names;
    for (const AvailableAction& action : actions)
        names.append(action.action);
    return names;
}

} // namespace

class TestCaseWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void familyTypeHappyPath_data();
    void familyTypeHappyPath();
    void temporaryExpenditureHappyPath();
    void emergencyHappyPath();
    void caseByCaseHappyPath();
    void eventRecordsWhoWhenFromToWhy();
    void actorIsAlwaysTheSignedInUser();
    void availableActionsFollowRoleAndState();
    void refusedDibaoOffersClassifiedReview();
    void notAcceptedDibaoOffersClassifiedReview();
    void otherTypesOfferNoFollowUp();
    void wrongRoleIsRefused_data();
    void wrongRoleIsRefused();
    void userMustBeSignedIn();
    void actionMustFitTheState();
    void requiredInputAndDates();
};

void TestCaseWorkflow::familyTypeHappyPath_data()
{
    QTest::addColumn<AssistanceType>("type");
    QTest::addColumn<bool>("monthly");
    QTest::newRow("dibao") << AssistanceType::Dibao << true;
    QTest::newRow("tekun") << AssistanceType::Tekun << true;
    QTest::newRow("near-dibao") << AssistanceType::NearDibao << false;
    QTest::newRow("rigid-expense") << AssistanceType::RigidExpense << false;
    QTest::newRow("serious-illness") << AssistanceType::SeriousIllness << false;
}

void TestCaseWorkflow::familyTypeHappyPath()
{
    QFETCH(AssistanceType, type);
    QFETCH(bool, monthly);
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(type);
    auto file = fx.run(draft, fx.toPublicity(draft));
    VERIFY_OK(file);
    QCOMPARE(file->state, CaseState::Publicity);
    fx.advanceDays(7);
    auto approved = fx.apply(*file, QStringLiteral("confirm-approve"), fx.confirmer,
        WorkflowFixture::approval(monthly ? 45000 : 0));
    VERIFY_OK(approved);
    QCOMPARE(approved->caseFile.state, CaseState::Approved);
    QVERIFY(approved->notice);
    QCOMPARE(approved->notice->kind, QStringLiteral("approval-notice"));
    QVERIFY(approved->caseFile.longTermPublicity);
    QVERIFY(approved->caseFile.decision && approved->caseFile.decision->approved);
    QCOMPARE(approved->caseFile.decision->monthlyAmountFen, monthly ? 45000 : 0);
    QCOMPARE(approved->caseFile.decision->startMonth, YearMonth::of(2026, 4).value());
    QVERIFY(approved->lateDeadlines.isEmpty());
    if (type == AssistanceType::Tekun)
        QCOMPARE(approved->caseFile.selfCare->level(), SelfCareLevel::PartiallyLost);

    // Dynamic management: an adjustment with its written notice, then termination.
    ActionInput adjust = WorkflowFixture::withText(QStringLiteral("reasons"), QStringLiteral("家庭收入增加"));
    adjust.monthlyAmountFen = 30000;
    auto adjusted = fx.apply(approved->caseFile, QStringLiteral("adjust"), fx.confirmer, adjust);
    VERIFY_OK(adjusted);
    QCOMPARE(adjusted->notice->kind, QStringLiteral("adjustment-notice"));
    QCOMPARE(adjusted->caseFile.decision->monthlyAmountFen, 30000);
    auto ended = fx.apply(adjusted->caseFile, QStringLiteral("terminate"), fx.confirmer,
        WorkflowFixture::withText(QStringLiteral("reasons"), QStringLiteral("已不符合条件")));
    VERIFY_OK(ended);
    QCOMPARE(ended->caseFile.state, CaseState::Terminated);
}

void TestCaseWorkflow::temporaryExpenditureHappyPath()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::TemporaryExpenditure);
    auto file = fx.run(draft, fx.toPublicity(draft));
    VERIFY_OK(file);
    // Seven working days from Monday 9 March: the last is Tuesday 17 March.
    QCOMPARE(file->publicity.constLast().start, QDate(2026, 3, 9));
    QCOMPARE(file->publicity.constLast().end, QDate(2026, 3, 17));
    QVERIFY(file->publicity.constLast().workingDays);
    fx.clock.set(QDateTime(QDate(2026, 3, 18), QTime(9, 0)));
    auto approved = fx.apply(
        *file, QStringLiteral("confirm-approve"), fx.confirmer, WorkflowFixture::approval(0, 250000));
    VERIFY_OK(approved);
    QCOMPARE(approved->caseFile.state, CaseState::Approved);
    QCOMPARE(approved->caseFile.decision->oneOffAmountFen, 250000);
    QVERIFY(!approved->caseFile.longTermPublicity);
}

void TestCaseWorkflow::emergencyHappyPath()
{
    WorkflowFixture fx;
    CaseFile draft = WorkflowFixture::draft(AssistanceType::TemporaryEmergency);
    ActionInput grant = WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("火灾致房屋损毁"));
    grant.oneOffAmountFen = 300000;
    auto file = fx.run(draft,
        {{QStringLiteral("apply"), fx.assistant, {}},
            {QStringLiteral("grant-emergency-aid"), fx.confirmer, grant}});
    VERIFY_OK(file);
    QCOMPARE(file->state, CaseState::EmergencyAidGranted);
    QCOMPARE(file->emergencyAid->amountFen, 300000);
    QCOMPARE(file->emergencyAid->grantedOn, WorkflowFixture::startDate());
    fx.advanceDays(3);
    auto done = fx.apply(*file, QStringLiteral("complete-paperwork"), fx.clerk,
        fx.allMaterials(*file, QStringLiteral("paperwork")));
    VERIFY_OK(done);
    QCOMPARE(done->caseFile.state, CaseState::Approved);
    QCOMPARE(done->caseFile.paperworkCompletedOn, WorkflowFixture::startDate().addDays(3));
    QVERIFY(done->lateDeadlines.isEmpty());
}

void TestCaseWorkflow::caseByCaseHappyPath()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::CaseByCase);
    auto file = fx.run(draft, fx.toPublicity(draft));
    VERIFY_OK(file);
    QCOMPARE(file->appraisals.size(), 1);
    QCOMPARE(file->collectiveDecision, QStringLiteral("班子会议研究同意"));
    fx.advanceDays(7);
    auto file2 = fx.run(*file,
        {{QStringLiteral("confirm-approve"), fx.confirmer, WorkflowFixture::approval(0, 200000)},
            {QStringLiteral("file-with-district"), fx.clerk, {}, 1},
            {QStringLiteral("review"), fx.clerk, {}, 150}});
    VERIFY_OK(file2);
    QCOMPARE(file2->state, CaseState::Approved);
    QVERIFY(file2->filedOn.isValid());
    QCOMPARE(file2->reviews.size(), 1);
    // The next review is due six months after the last; a later one is flagged.
    fx.advanceDays(190);
    auto lateReview = fx.apply(*file2, QStringLiteral("review"), fx.clerk);
    VERIFY_OK(lateReview);
    QCOMPARE(lateReview->lateDeadlines, QStringList {QStringLiteral("review")});
}

void TestCaseWorkflow::eventRecordsWhoWhenFromToWhy()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    auto opened = fx.apply(
        draft, QStringLiteral("apply"), fx.clerk, fx.allMaterials(draft, QStringLiteral("application")));
    VERIFY_OK(opened);
    QVERIFY(!opened->event.fromState);
    QCOMPARE(opened->event.toState, CaseState::Applied);
    QCOMPARE(opened->caseFile.events.size(), 1);
    fx.advanceDays(1);
    auto refused = fx.apply(opened->caseFile, QStringLiteral("not-accept"), fx.clerk,
        WorkflowFixture::withText(QStringLiteral("reasons"), QStringLiteral("非本辖区户籍且未居住")));
    VERIFY_OK(refused);
    const CaseEvent& event = refused->event;
    QCOMPARE(event.action, QStringLiteral("not-accept"));
    QCOMPARE(event.actorUserId, fx.clerk.userId);
    QCOMPARE(event.at, fx.clock.now());
    QCOMPARE(event.fromState, std::optional<CaseState>(CaseState::Applied));
    QCOMPARE(event.toState, CaseState::NotAccepted);
    QCOMPARE(event.reason, QStringLiteral("非本辖区户籍且未居住"));
    QCOMPARE(event.data.value(QStringLiteral("duty")).toString(), QStringLiteral("intake"));
    QCOMPARE(event.data.value(QStringLiteral("notice")).toString(), QStringLiteral("non-acceptance-notice"));
    QCOMPARE(refused->caseFile.events.constLast().action, event.action);
    QCOMPARE(refused->caseFile.events.constLast().data, event.data);
    // The input file is a value: applying a step never changes it.
    QCOMPARE(opened->caseFile.state, CaseState::Applied);
}

void TestCaseWorkflow::actorIsAlwaysTheSignedInUser()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    QList<Step> steps = fx.toPublicity(draft);
    steps.append({QStringLiteral("confirm-approve"), fx.confirmer, WorkflowFixture::approval(45000), 7});
    CaseFile file = draft;
    for (const Step& step : steps) {
        fx.advanceDays(step.daysLater);
        auto result = fx.apply(file, step.action, step.actor, step.input);
        VERIFY_OK(result);
        QCOMPARE(result->event.actorUserId, step.actor.userId);
        QCOMPARE(result->caseFile.events.constLast().actorUserId, step.actor.userId);
        file = result->caseFile;
    }
    QCOMPARE(file.events.size(), steps.size());
    // Even an input naming someone else in free text cannot change who acted.
    ActionInput note = WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("代王局长处理"));
    note.reasons = {QStringLiteral("由审核确认人张三代签")};
    auto terminated = fx.apply(file, QStringLiteral("terminate"), fx.confirmer, note);
    VERIFY_OK(terminated);
    QCOMPARE(terminated->event.actorUserId, fx.confirmer.userId);
}

void TestCaseWorkflow::availableActionsFollowRoleAndState()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    QCOMPARE(actionsOf(fx.workflow.availableActions(draft, fx.clerk, fx.context())),
        QStringList {QStringLiteral("apply")});
    QVERIFY(fx.workflow.availableActions(draft, fx.confirmer, fx.context()).isEmpty());

    auto file = fx.run(draft, {{QStringLiteral("apply"), fx.clerk, {}}});
    VERIFY_OK(file);
    const auto clerkActions = fx.workflow.availableActions(*file, fx.clerk, fx.context());
    QCOMPARE(actionsOf(clerkActions),
        (QStringList {QStringLiteral("record-materials"), QStringLiteral("record-authorizations"),
            QStringLiteral("notify-missing-materials"), QStringLiteral("accept"),
            QStringLiteral("not-accept")}));
    const auto accept = std::find_if(clerkActions.cbegin(), clerkActions.cend(),
        [](const AvailableAction& a) { return a.action == QLatin1String("accept"); });
    QVERIFY(accept->blockedBecause.contains(QStringLiteral("申请书")));
    QCOMPARE(accept->to, std::optional<CaseState>(CaseState::Accepted));
    QCOMPARE(actionsOf(fx.workflow.availableActions(*file, fx.assistant, fx.context())),
        (QStringList {QStringLiteral("record-materials"), QStringLiteral("record-authorizations")}));
    QVERIFY(fx.workflow.availableActions(*file, fx.confirmer, fx.context()).isEmpty());
    const Actor admin {9, QStringLiteral("admin"), {Role::Administrator}};
    QVERIFY(fx.workflow.availableActions(*file, admin, fx.context()).isEmpty());
}

void TestCaseWorkflow::refusedDibaoOffersClassifiedReview()
{
    WorkflowFixture fx;
    CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    draft.closeRelative = true;
    QList<Step> steps = fx.toPublicity(draft);
    steps[0].input.materials.insert(QStringLiteral("close-relative-record"), MaterialStatus::Provided);
    auto file = fx.run(draft, steps);
    VERIFY_OK(file);
    fx.advanceDays(7);
    auto refused = fx.apply(*file, QStringLiteral("confirm-refuse"), fx.confirmer,
        WorkflowFixture::withText(QStringLiteral("reasons"), QStringLiteral("人均收入高于低保标准")));
    VERIFY_OK(refused);
    QCOMPARE(refused->notice->kind, QStringLiteral("refusal-notice"));
    const QList<CaseFile>& offers = refused->followUps;
    QCOMPARE(offers.size(), 4);
    QCOMPARE(offers.at(0).type, AssistanceType::NearDibao);
    QCOMPARE(offers.at(2).type, AssistanceType::SeriousIllness);
    for (const CaseFile& offer : offers) {
        QVERIFY(offer.isDraft());
        QCOMPARE(offer.sourceCaseId, file->id);
        QCOMPARE(offer.householdId, file->householdId);
        QCOMPARE(offer.coResidentAdults, file->coResidentAdults);
        QCOMPARE(offer.authorizationsSigned, file->authorizationsSigned);
        QVERIFY(offer.closeRelative);
        QCOMPARE(offer.economicCheckReportOn, file->economicCheckReportOn);
        QVERIFY(!offer.decision);
    }

    // The 低保边缘 offer needs nothing typed again: it opens and is accepted at once.
    auto nearDibao = fx.run(
        offers.at(0), {{QStringLiteral("apply"), fx.clerk, {}}, {QStringLiteral("accept"), fx.clerk, {}}});
    VERIFY_OK(nearDibao);
    QCOMPARE(nearDibao->events.constFirst().data.value(QStringLiteral("sourceCaseId")).toInteger(), file->id);
    // 重病 needs its own bills: the only item its notice lists.
    auto illness = fx.run(offers.at(2),
        {{QStringLiteral("apply"), fx.clerk, {}},
            {QStringLiteral("notify-missing-materials"), fx.clerk, {}}});
    VERIFY_OK(illness);
    QCOMPARE(illness->events.constLast().data.value(QStringLiteral("missing")).toVariant().toStringList(),
        QStringList {QStringLiteral("medical-bills")});
}

void TestCaseWorkflow::notAcceptedDibaoOffersClassifiedReview()
{
    WorkflowFixture fx;
    auto file
        = fx.run(WorkflowFixture::draft(AssistanceType::Dibao), {{QStringLiteral("apply"), fx.clerk, {}}});
    VERIFY_OK(file);
    auto result = fx.apply(*file, QStringLiteral("not-accept"), fx.clerk,
        WorkflowFixture::withText(QStringLiteral("reasons"), QStringLiteral("收入明显高于标准")));
    VERIFY_OK(result);
    QCOMPARE(result->followUps.size(), 4);
}

void TestCaseWorkflow::otherTypesOfferNoFollowUp()
{
    WorkflowFixture fx;
    auto file = fx.run(
        WorkflowFixture::draft(AssistanceType::NearDibao), {{QStringLiteral("apply"), fx.clerk, {}}});
    VERIFY_OK(file);
    auto result = fx.apply(*file, QStringLiteral("not-accept"), fx.clerk,
        WorkflowFixture::withText(QStringLiteral("reasons"), QStringLiteral("收入明显高于标准")));
    VERIFY_OK(result);
    QVERIFY(result->followUps.isEmpty());
}

void TestCaseWorkflow::wrongRoleIsRefused_data()
{
    QTest::addColumn<int>("stepsBefore"); // of the dibao path to publicity
    QTest::addColumn<QString>("action");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("needed");
    QTest::newRow("reviewer accepts")
        << 1 << QStringLiteral("accept") << Role::PreliminaryReviewer << QStringLiteral("Clerk");
    QTest::newRow("assistant accepts")
        << 1 << QStringLiteral("accept") << Role::VillageAssistant << QStringLiteral("Clerk");
    QTest::newRow("clerk gives the opinion") << 6 << QStringLiteral("give-preliminary-opinion") << Role::Clerk
                                             << QStringLiteral("Preliminary reviewer");
    QTest::newRow("confirmer starts publicity") << 7 << QStringLiteral("start-publicity") << Role::Confirmer
                                                << QStringLiteral("Clerk / Village or community assistant");
    QTest::newRow("reviewer confirms")
        << 8 << QStringLiteral("confirm-approve") << Role::PreliminaryReviewer << QStringLiteral("Confirmer");
    QTest::newRow("district reviewer confirms")
        << 8 << QStringLiteral("confirm-approve") << Role::DistrictReviewer << QStringLiteral("Confirmer");
    QTest::newRow("administrator confirms")
        << 8 << QStringLiteral("confirm-approve") << Role::Administrator << QStringLiteral("Confirmer");
}

void TestCaseWorkflow::wrongRoleIsRefused()
{
    QFETCH(int, stepsBefore);
    QFETCH(QString, action);
    QFETCH(Role, role);
    QFETCH(QString, needed);
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    auto file = fx.run(draft, fx.toPublicity(draft).mid(0, stepsBefore));
    VERIFY_OK(file);
    fx.advanceDays(10);
    const Actor outsider {20, QStringLiteral("outsider"), {role}};
    const auto result = fx.apply(*file, action, outsider, WorkflowFixture::approval(45000));
    VERIFY_FAILS(
        result, ErrorCode::PermissionDenied, QStringLiteral("Only a user with the role %1 may").arg(needed));
}

void TestCaseWorkflow::userMustBeSignedIn()
{
    WorkflowFixture fx;
    const Actor nobody {0, QString(), {Role::Clerk}};
    VERIFY_FAILS(fx.apply(WorkflowFixture::draft(AssistanceType::Dibao), QStringLiteral("apply"), nobody),
        ErrorCode::PermissionDenied, QStringLiteral("signed-in user"));
}

void TestCaseWorkflow::actionMustFitTheState()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    VERIFY_FAILS(fx.apply(draft, QStringLiteral("accept"), fx.clerk), ErrorCode::Conflict,
        QStringLiteral("must be opened"));
    auto file = fx.run(draft, {{QStringLiteral("apply"), fx.clerk, {}}});
    VERIFY_OK(file);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("apply"), fx.clerk), ErrorCode::Conflict,
        QStringLiteral("\"apply\" is not possible"));
    VERIFY_FAILS(
        fx.apply(*file, QStringLiteral("confirm-approve"), fx.confirmer, WorkflowFixture::approval(45000)),
        ErrorCode::Conflict, QStringLiteral("not possible while the case is in the state"));
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("grant-emergency-aid"), fx.confirmer),
        ErrorCode::InvalidInput, QStringLiteral("has no action \"grant-emergency-aid\""));
}

void TestCaseWorkflow::requiredInputAndDates()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    auto file = fx.run(draft, fx.toPublicity(draft));
    VERIFY_OK(file);
    fx.advanceDays(7);
    ActionInput noMonth = WorkflowFixture::approval(45000);
    noMonth.startMonth.reset();
    const auto missing = fx.apply(*file, QStringLiteral("confirm-approve"), fx.confirmer, noMonth);
    VERIFY_FAILS(missing, ErrorCode::InvalidInput, QStringLiteral("Start month"));
    QCOMPARE(missing.error().field, ActionInput::fieldLabel(QStringLiteral("start-month")));
    ActionInput zero = WorkflowFixture::approval(45000);
    zero.monthlyAmountFen = 0;
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("confirm-approve"), fx.confirmer, zero),
        ErrorCode::InvalidInput, QStringLiteral("more than zero"));
    ActionInput early = WorkflowFixture::approval(45000);
    early.startMonth = YearMonth::of(2026, 1).value();
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("confirm-approve"), fx.confirmer, early),
        ErrorCode::InvalidInput, QStringLiteral("before the month of application"));
    ActionInput tomorrow = WorkflowFixture::withText(QStringLiteral("objection"), QStringLiteral("有异议"));
    tomorrow.date = fx.clock.today().addDays(1);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("record-objection"), fx.clerk, tomorrow),
        ErrorCode::InvalidInput, QStringLiteral("in the future"));
}

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
