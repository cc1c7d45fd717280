#include "core/workflow/CaseWorkflow.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::Step;
using jiuzhu::testing::WorkflowFixture;

Q_DECLARE_METATYPE(jiuzhu::AppraisalRole)

// The named guards of the procedure file, each through the engine so the
// test proves both the rule and that the file puts it where it belongs.
class TestWorkflowGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opinionNeedsHomeVisitAndReport();
    void tekunNeedsSelfCareAssessment();
    void confirmationWaitsForPublicityToEnd();
    void objectionsLeadToAppraisalAndNewPublicity();
    void appraisalSigner_data();
    void appraisalSigner();
    void caseByCaseAppraisal_data();
    void caseByCaseAppraisal();
    void caseByCasePublicityNeedsCollectiveDecision();
    void outsideEntrustmentIsReferred_data();
    void outsideEntrustmentIsReferred();
    void withinEntrustmentIsNotReferred();
    void emergencyAidWithinCap();
    void emergencyPaperworkLateIsFlagged();
    void caseByCaseFilingLateIsFlagged();
};

void TestWorkflowGuards::opinionNeedsHomeVisitAndReport()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    const ActionInput opinion
        = WorkflowFixture::withText(QStringLiteral("opinion"), QStringLiteral("拟同意"));
    auto file = fx.run(draft,
        {{QStringLiteral("apply"), fx.clerk, fx.allMaterials(draft, QStringLiteral("application"))},
            {QStringLiteral("accept"), fx.clerk, {}},
            {QStringLiteral("request-economic-check"), fx.clerk, {}, 1}});
    VERIFY_OK(file);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("give-preliminary-opinion"), fx.reviewer, opinion),
        ErrorCode::Conflict, QStringLiteral("home visit"));
    auto visited
        = fx.run(*file, {{QStringLiteral("record-home-visit"), fx.assistant, WorkflowFixture::homeVisit()}});
    VERIFY_OK(visited);
    VERIFY_FAILS(fx.apply(*visited, QStringLiteral("give-preliminary-opinion"), fx.reviewer, opinion),
        ErrorCode::Conflict, QStringLiteral("economic check has not come back"));
    auto reported = fx.run(*visited,
        {{QStringLiteral("receive-economic-check-report"), fx.clerk, WorkflowFixture::dated(fx.clock.today()),
            3}});
    VERIFY_OK(reported);
    // The paper copies of the investigation belong in the file too.
    VERIFY_FAILS(fx.apply(*reported, QStringLiteral("give-preliminary-opinion"), fx.reviewer, opinion),
        ErrorCode::Conflict, QStringLiteral("入户调查表"));
    ActionInput papers = fx.allMaterials(*reported, QStringLiteral("investigation"));
    VERIFY_OK(fx.run(*reported,
        {{QStringLiteral("record-materials"), fx.clerk, papers},
            {QStringLiteral("give-preliminary-opinion"), fx.reviewer, opinion}}));
}

void TestWorkflowGuards::tekunNeedsSelfCareAssessment()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Tekun);
    QList<Step> steps = fx.toPublicity(draft);
    const auto assess = std::find_if(steps.begin(), steps.end(),
        [](const Step& s) { return s.action == QLatin1String("assess-self-care"); });
    QVERIFY(assess != steps.end());
    steps.erase(assess);
    const auto refused = fx.run(draft, steps);
    VERIFY_FAILS(refused, ErrorCode::Conflict, QStringLiteral("self-care assessment"));
}

void TestWorkflowGuards::confirmationWaitsForPublicityToEnd()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    auto file = fx.run(draft, fx.toPublicity(draft));
    VERIFY_OK(file);
    const QDate end = file->publicity.constLast().end;
    QCOMPARE(end, file->publicity.constLast().start.addDays(6));
    const ActionInput approve = WorkflowFixture::approval(45000);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("confirm-approve"), fx.confirmer, approve),
        ErrorCode::Conflict, QStringLiteral("Publicity runs until %1").arg(end.toString(Qt::ISODate)));
    fx.clock.set(QDateTime(end, QTime(17, 0)));
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("confirm-refuse"), fx.confirmer,
                     WorkflowFixture::withText(QStringLiteral("reasons"), QStringLiteral("不符合"))),
        ErrorCode::Conflict, QStringLiteral("cannot be confirmed before it ends"));
    fx.advanceDays(1);
    VERIFY_OK(fx.apply(*file, QStringLiteral("confirm-approve"), fx.confirmer, approve));
}

void TestWorkflowGuards::objectionsLeadToAppraisalAndNewPublicity()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    auto file = fx.run(draft, fx.toPublicity(draft));
    VERIFY_OK(file);
    auto objected = fx.run(*file,
        {{QStringLiteral("record-objection"), fx.assistant,
            WorkflowFixture::withText(QStringLiteral("objection"), QStringLiteral("群众反映其子女有车")),
            2}});
    VERIFY_OK(objected);
    fx.advanceDays(6);
    VERIFY_FAILS(fx.apply(*objected, QStringLiteral("confirm-approve"), fx.confirmer,
                     WorkflowFixture::approval(45000)),
        ErrorCode::Conflict, QStringLiteral("hold a democratic appraisal"));

    auto appraising = fx.run(*objected,
        {{QStringLiteral("call-appraisal"), fx.reviewer,
            WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("公示期间有异议"))}});
    VERIFY_OK(appraising);
    QCOMPARE(appraising->state, CaseState::DemocraticAppraisal);
    const ActionInput opinion
        = WorkflowFixture::withText(QStringLiteral("opinion"), QStringLiteral("经评议，拟同意"));
    VERIFY_FAILS(fx.apply(*appraising, QStringLiteral("give-preliminary-opinion"), fx.reviewer, opinion),
        ErrorCode::Conflict, QStringLiteral("its record must be in"));
    auto minutes = fx.apply(
        *appraising, QStringLiteral("record-appraisal"), fx.assistant, WorkflowFixture::appraisal(7));
    VERIFY_OK(minutes);
    QCOMPARE(minutes->notice->kind, QStringLiteral("appraisal-minutes"));
    auto republished = fx.run(minutes->caseFile,
        {{QStringLiteral("give-preliminary-opinion"), fx.reviewer, opinion},
            {QStringLiteral("start-publicity"), fx.clerk, {}}});
    VERIFY_OK(republished);
    QCOMPARE(republished->publicity.size(), 2);
    QCOMPARE(republished->openObjections(), 0);
    VERIFY_FAILS(fx.apply(*republished, QStringLiteral("confirm-approve"), fx.confirmer,
                     WorkflowFixture::approval(45000)),
        ErrorCode::Conflict, QStringLiteral("Publicity runs until"));
    fx.advanceDays(7);
    VERIFY_OK(fx.apply(
        *republished, QStringLiteral("confirm-approve"), fx.confirmer, WorkflowFixture::approval(45000)));
}

void TestWorkflowGuards::appraisalSigner_data()
{
    QTest::addColumn<AppraisalRole>("signerRole");
    QTest::addColumn<int>("participants");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("community director") << AppraisalRole::CommunityDirector << 5 << true;
    QTest::newRow("party secretary") << AppraisalRole::PartySecretary << 5 << true;
    QTest::newRow("resident representative") << AppraisalRole::ResidentRepresentative << 5 << false;
    QTest::newRow("discipline officer") << AppraisalRole::DisciplineOfficer << 5 << false;
    QTest::newRow("nobody signed") << AppraisalRole::Other << 0 << false;
}

void TestWorkflowGuards::appraisalSigner()
{
    QFETCH(AppraisalRole, signerRole);
    QFETCH(int, participants);
    QFETCH(bool, accepted);
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    QList<Step> steps = fx.toPublicity(draft).mid(0, 6);
    steps.append({QStringLiteral("call-appraisal"), fx.reviewer,
        WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("初审发现重大疑点"))});
    auto file = fx.run(draft, steps);
    VERIFY_OK(file);
    const auto result = fx.apply(*file, QStringLiteral("record-appraisal"), fx.clerk,
        WorkflowFixture::appraisal(participants, false, signerRole));
    if (accepted)
        VERIFY_OK(result);
    else
        VERIFY_FAILS(
            result, ErrorCode::InvalidInput, QStringLiteral("community director or the party secretary"));
}

void TestWorkflowGuards::caseByCaseAppraisal_data()
{
    QTest::addColumn<int>("participants");
    QTest::addColumn<bool>("disciplineOfficer");
    QTest::addColumn<QString>("fragment"); // empty when accepted
    QTest::newRow("12 with the discipline officer") << 12 << true << QString();
    QTest::newRow("20 with the discipline officer") << 20 << true << QString();
    QTest::newRow("11 participants") << 11 << true
                                     << QStringLiteral("at least 12 participants; 11 took part");
    QTest::newRow("no discipline officer") << 12 << false << QStringLiteral("discipline officer");
}

void TestWorkflowGuards::caseByCaseAppraisal()
{
    QFETCH(int, participants);
    QFETCH(bool, disciplineOfficer);
    QFETCH(QString, fragment);
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::CaseByCase);
    QList<Step> steps = fx.toPublicity(draft);
    auto file = fx.run(draft, steps.mid(0, 7)); // up to and including call-appraisal
    VERIFY_OK(file);
    QCOMPARE(file->state, CaseState::DemocraticAppraisal);
    const auto result = fx.apply(*file, QStringLiteral("record-appraisal"), fx.assistant,
        WorkflowFixture::appraisal(participants, disciplineOfficer));
    if (fragment.isEmpty())
        VERIFY_OK(result);
    else
        VERIFY_FAILS(result, ErrorCode::InvalidInput, fragment);
}

void TestWorkflowGuards::caseByCasePublicityNeedsCollectiveDecision()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::CaseByCase);
    QList<Step> steps = fx.toPublicity(draft);
    steps.removeAt(steps.size() - 2); // no record-collective-decision
    VERIFY_FAILS(fx.run(draft, steps), ErrorCode::Conflict, QStringLiteral("collective decision"));
}

void TestWorkflowGuards::outsideEntrustmentIsReferred_data()
{
    QTest::addColumn<QString>("breach");
    QTest::addColumn<qint64>("amountFen");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("type not entrusted")
        << QStringLiteral("type") << qint64(100000) << QStringLiteral("not entrusted");
    QTest::newRow("period over") << QStringLiteral("period") << qint64(100000)
                                 << QStringLiteral("does not cover");
    QTest::newRow("above five months of the rural standard") << QStringLiteral(
        "none") << qint64(300001) << QStringLiteral("above the township's limit of 3,000.00 yuan");
}

void TestWorkflowGuards::outsideEntrustmentIsReferred()
{
    QFETCH(QString, breach);
    QFETCH(qint64, amountFen);
    QFETCH(QString, fragment);
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::TemporaryExpenditure);
    auto file = fx.run(draft, fx.toPublicity(draft));
    VERIFY_OK(file);
    fx.advanceDays(10);
    if (breach == QLatin1String("type"))
        fx.entrustment.types.remove(AssistanceType::TemporaryExpenditure);
    if (breach == QLatin1String("period"))
        fx.entrustment.period = DateRange::of(QDate(2025, 1, 1), QDate(2026, 3, 15)).value();
    ActionInput approve = WorkflowFixture::approval(0, amountFen);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("confirm-approve"), fx.confirmer, approve),
        ErrorCode::PermissionDenied, fragment);
    ActionInput refer
        = WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("超出乡镇审批权限"));
    refer.oneOffAmountFen = amountFen;
    auto referred = fx.apply(*file, QStringLiteral("refer-to-district"), fx.confirmer, refer);
    VERIFY_OK(referred);
    QCOMPARE(referred->caseFile.state, CaseState::ReferredToDistrict);
    QCOMPARE(referred->caseFile.referralReason, QStringLiteral("超出乡镇审批权限"));
}

void TestWorkflowGuards::withinEntrustmentIsNotReferred()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::TemporaryExpenditure);
    auto file = fx.run(draft, fx.toPublicity(draft));
    VERIFY_OK(file);
    fx.advanceDays(10);
    ActionInput refer = WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("想交给区里"));
    refer.oneOffAmountFen = 300000;
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("refer-to-district"), fx.confirmer, refer),
        ErrorCode::Conflict, QStringLiteral("within the township's entrustment"));
    // Exactly at the cap the township decides; an urban household's cap is higher.
    VERIFY_OK(fx.apply(
        *file, QStringLiteral("confirm-approve"), fx.confirmer, WorkflowFixture::approval(0, 300000)));
    CaseFile urban = *file;
    urban.area = AreaKind::Urban;
    VERIFY_OK(fx.apply(
        urban, QStringLiteral("confirm-approve"), fx.confirmer, WorkflowFixture::approval(0, 400000)));
}

void TestWorkflowGuards::emergencyAidWithinCap()
{
    WorkflowFixture fx;
    auto file = fx.run(WorkflowFixture::draft(AssistanceType::TemporaryEmergency),
        {{QStringLiteral("apply"), fx.clerk, {}}});
    VERIFY_OK(file);
    ActionInput grant = WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("突发重病"));
    grant.oneOffAmountFen = 500001;
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("grant-emergency-aid"), fx.confirmer, grant),
        ErrorCode::PermissionDenied, QStringLiteral("above the 5,000.00 yuan"));
    grant.oneOffAmountFen = 500000;
    VERIFY_OK(fx.apply(*file, QStringLiteral("grant-emergency-aid"), fx.confirmer, grant));
    fx.entrustment.types.remove(AssistanceType::TemporaryEmergency);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("grant-emergency-aid"), fx.confirmer, grant),
        ErrorCode::PermissionDenied, QStringLiteral("not entrusted"));
}

void TestWorkflowGuards::emergencyPaperworkLateIsFlagged()
{
    WorkflowFixture fx;
    ActionInput grant = WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("突发重病"));
    grant.oneOffAmountFen = 200000;
    auto file = fx.run(WorkflowFixture::draft(AssistanceType::TemporaryEmergency),
        {{QStringLiteral("apply"), fx.clerk, {}},
            {QStringLiteral("grant-emergency-aid"), fx.confirmer, grant}});
    VERIFY_OK(file);
    const ActionInput papers = fx.allMaterials(*file, QStringLiteral("paperwork"));
    fx.advanceDays(7); // the seventh day is still on time
    auto onTime = fx.apply(*file, QStringLiteral("complete-paperwork"), fx.secondClerk, papers);
    VERIFY_OK(onTime);
    QVERIFY(onTime->lateDeadlines.isEmpty());
    fx.advanceDays(1);
    auto late = fx.apply(*file, QStringLiteral("complete-paperwork"), fx.secondClerk, papers);
    VERIFY_OK(late);
    QCOMPARE(late->lateDeadlines, QStringList {QStringLiteral("emergency-paperwork")});
    QCOMPARE(late->event.data.value(QStringLiteral("late")).toVariant().toStringList(), late->lateDeadlines);
    QCOMPARE(late->caseFile.events.constLast().data, late->event.data);
}

void TestWorkflowGuards::caseByCaseFilingLateIsFlagged()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::CaseByCase);
    auto file = fx.run(draft, fx.toPublicity(draft));
    VERIFY_OK(file);
    fx.clock.set(QDateTime(QDate(2026, 3, 19), QTime(9, 0))); // a Thursday
    auto approved = fx.apply(
        *file, QStringLiteral("confirm-approve"), fx.confirmer, WorkflowFixture::approval(0, 100000));
    VERIFY_OK(approved);
    fx.clock.set(QDateTime(QDate(2026, 3, 24), QTime(9, 0))); // three working days later
    auto onTime = fx.apply(approved->caseFile, QStringLiteral("file-with-district"), fx.clerk);
    VERIFY_OK(onTime);
    QVERIFY(onTime->lateDeadlines.isEmpty());
    fx.advanceDays(1);
    auto late = fx.apply(approved->caseFile, QStringLiteral("file-with-district"), fx.clerk);
    VERIFY_OK(late);
    QCOMPARE(late->lateDeadlines, QStringList {QStringLiteral("case-by-case-filing")});
}

QTEST_GUILESS_MAIN(TestWorkflowGuards)
#include "tst_workflowguards.moc"
