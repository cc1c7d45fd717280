#include "core/workflow/CaseWorkflow.h"
#include "core/workflow/WorkflowKeys.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::Step;
using jiuzhu::testing::WorkflowFixture;

Q_DECLARE_METATYPE(jiuzhu::AssistanceType)

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
    void completeMaterialsAreAccepted();
    void missingMaterialsNoticeListsEverything();
    void secondNoticeListsOnlyWhatIsStillMissing();
    void providedMaterialCannotBeAskedForAgain();
    void notAcceptedNeedsReasons();
    void availableActionsFollowRoleAndState();
    void refusedDibaoOffersClassifiedReview();
    void notAcceptedDibaoOffersClassifiedReview();
    void otherTypesOfferNoFollowUp();
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

void TestCaseWorkflow::completeMaterialsAreAccepted()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    auto file = fx.run(draft,
        {{QStringLiteral("apply"), fx.assistant, fx.allMaterials(draft, QStringLiteral("application"))}});
    VERIFY_OK(file);
    auto accepted = fx.apply(*file, QStringLiteral("accept"), fx.clerk);
    VERIFY_OK(accepted);
    QCOMPARE(accepted->caseFile.state, CaseState::Accepted);
    QCOMPARE(accepted->notice->kind, QStringLiteral("acceptance-notice"));
    QCOMPARE(accepted->caseFile.enteredOn(CaseState::Accepted), WorkflowFixture::startDate());
}

void TestCaseWorkflow::missingMaterialsNoticeListsEverything()
{
    WorkflowFixture fx;
    CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    draft.channel = ApplicationChannel::Agent;
    ActionInput some;
    some.materials.insert(QStringLiteral("application-form"), MaterialStatus::Provided);
    some.materials.insert(
        QStringLiteral("disability-certificate"), MaterialStatus::Missing); // staff list it as needed
    some.authorizations = {101};
    auto file = fx.run(draft, {{QStringLiteral("apply"), fx.clerk, some}});
    VERIFY_OK(file);
    auto notice = fx.apply(*file, QStringLiteral("notify-missing-materials"), fx.clerk);
    VERIFY_OK(notice);
    QCOMPARE(notice->caseFile.state, CaseState::MaterialsIncomplete);
    QCOMPARE(notice->notice->kind, QStringLiteral("missing-materials-notice"));
    const QStringList expected {
        QStringLiteral("economic-declaration"),
        QStringLiteral("authorization"),
        QStringLiteral("household-register"),
        QStringLiteral("identity-card"),
        QStringLiteral("credit-pledge"),
        QStringLiteral("agent-authorization"),
        QStringLiteral("disability-certificate"),
    };
    QCOMPARE(notice->notice->missingMaterials, expected);
    QCOMPARE(notice->notice->missingAuthorizations, QList<qint64> {102});
}

void TestCaseWorkflow::secondNoticeListsOnlyWhatIsStillMissing()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    auto first = fx.run(draft,
        {{QStringLiteral("apply"), fx.clerk, {}},
            {QStringLiteral("notify-missing-materials"), fx.clerk, {}}});
    VERIFY_OK(first);
    const QStringList listedFirst
        = first->events.constLast().data.value(QStringLiteral("missing")).toVariant().toStringList();
    QVERIFY(listedFirst.contains(QStringLiteral("identity-card")));
    QVERIFY(listedFirst.contains(QStringLiteral("authorization")));

    ActionInput supplied;
    supplied.materials.insert(QStringLiteral("identity-card"), MaterialStatus::Provided);
    supplied.materials.insert(QStringLiteral("household-register"), MaterialStatus::Provided);
    supplied.materials.insert(QStringLiteral("credit-pledge"), MaterialStatus::Waived);
    supplied.authorizations = {101, 102};
    fx.advanceDays(2);
    auto second = fx.apply(*first, QStringLiteral("notify-missing-materials"), fx.secondClerk, supplied);
    VERIFY_OK(second);
    const QStringList listedSecond = second->notice->missingMaterials;
    QCOMPARE(listedSecond,
        (QStringList {QStringLiteral("application-form"), QStringLiteral("economic-declaration")}));
    for (const QString& item : listedSecond)
        QVERIFY(listedFirst.contains(item));
    for (const QString& provided : {QStringLiteral("identity-card"), QStringLiteral("household-register"),
             QStringLiteral("credit-pledge"), QStringLiteral("authorization")})
        QVERIFY2(!listedSecond.contains(provided), qPrintable(provided));
    QVERIFY(second->notice->missingAuthorizations.isEmpty());

    // Once everything is in, the application is accepted.
    ActionInput rest;
    rest.materials.insert(QStringLiteral("application-form"), MaterialStatus::Provided);
    rest.materials.insert(QStringLiteral("economic-declaration"), MaterialStatus::Provided);
    auto accepted = fx.apply(second->caseFile, QStringLiteral("accept"), fx.clerk, rest);
    VERIFY_OK(accepted);
    QCOMPARE(accepted->caseFile.state, CaseState::Accepted);
}

void TestCaseWorkflow::providedMaterialCannotBeAskedForAgain()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    ActionInput some;
    some.materials.insert(QStringLiteral("identity-card"), MaterialStatus::Provided);
    auto file = fx.run(draft, {{QStringLiteral("apply"), fx.clerk, some}});
    VERIFY_OK(file);
    ActionInput backwards;
    backwards.materials.insert(QStringLiteral("identity-card"), MaterialStatus::Missing);
    const auto result = fx.apply(*file, QStringLiteral("notify-missing-materials"), fx.clerk, backwards);
    VERIFY_FAILS(result, ErrorCode::InvalidInput, QStringLiteral("cannot be asked for again"));
    QVERIFY(result.error().message.contains(QStringLiteral("身份证")));

    ActionInput unknown;
    unknown.materials.insert(QStringLiteral("horoscope"), MaterialStatus::Provided);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("record-materials"), fx.clerk, unknown),
        ErrorCode::InvalidInput, QStringLiteral("not on this procedure's checklist"));
}

void TestCaseWorkflow::notAcceptedNeedsReasons()
{
    WorkflowFixture fx;
    auto file
        = fx.run(WorkflowFixture::draft(AssistanceType::Dibao), {{QStringLiteral("apply"), fx.clerk, {}}});
    VERIFY_OK(file);
    ActionInput blank;
    blank.reasons = {QStringLiteral("  ")};
    const auto refused = fx.apply(*file, QStringLiteral("not-accept"), fx.clerk, blank);
    VERIFY_FAILS(refused, ErrorCode::InvalidInput, QStringLiteral("Reasons"));
    QCOMPARE(refused.error().field, ActionInput::fieldLabel(QStringLiteral("reasons")));

    ActionInput reasons;
    reasons.reasons = {QStringLiteral("家庭成员名下有商业用房"), QStringLiteral("申请人有稳定工资收入")};
    auto notAccepted = fx.apply(*file, QStringLiteral("not-accept"), fx.clerk, reasons);
    VERIFY_OK(notAccepted);
    QCOMPARE(notAccepted->caseFile.state, CaseState::NotAccepted);
    QCOMPARE(notAccepted->notice->kind, QStringLiteral("non-acceptance-notice"));
    QCOMPARE(notAccepted->notice->reasons, reasons.reasons);
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

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
