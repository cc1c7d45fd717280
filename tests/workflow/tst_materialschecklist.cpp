#include "core/workflow/MaterialsChecklist.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::WorkflowFixture;

// The checklist of materials and the intake rules built on it: accept when
// complete, one notice listing everything missing, never ask again for what
// was handed in, reasons for refusing on the spot.
class TestMaterialsChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredDependsOnTheCase_data();
    void requiredDependsOnTheCase();
    void completeMaterialsAreAccepted();
    void missingMaterialsNoticeListsEverything();
    void secondNoticeListsOnlyWhatIsStillMissing();
    void providedMaterialCannotBeAskedForAgain();
    void notAcceptedNeedsReasons();
    void closeRelativeNeedsItsRecordForm();
    void everyAdultSignsBeforeTheEconomicCheck();
};

void TestMaterialsChecklist::requiredDependsOnTheCase_data()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<QString>("situation");
    QTest::addColumn<bool>("required");
    QTest::newRow("application form, always") << QStringLiteral("application-form") << QString() << true;
    QTest::newRow("agent's letter, in person") << QStringLiteral("agent-authorization") << QString() << false;
    QTest::newRow("agent's letter, by an agent")
        << QStringLiteral("agent-authorization") << QStringLiteral("agent") << true;
    QTest::newRow("close-relative form, not flagged")
        << QStringLiteral("close-relative-record") << QString() << false;
    QTest::newRow("close-relative form, flagged")
        << QStringLiteral("close-relative-record") << QStringLiteral("close-relative") << true;
    QTest::newRow("disability card, not listed")
        << QStringLiteral("disability-certificate") << QString() << false;
    QTest::newRow("disability card, listed by staff")
        << QStringLiteral("disability-certificate") << QStringLiteral("listed") << true;
}

void TestMaterialsChecklist::requiredDependsOnTheCase()
{
    QFETCH(QString, material);
    QFETCH(QString, situation);
    QFETCH(bool, required);
    WorkflowFixture fx;
    CaseFile file = WorkflowFixture::draft(AssistanceType::Dibao);
    if (situation == QLatin1String("agent"))
        file.channel = ApplicationChannel::Agent;
    if (situation == QLatin1String("close-relative"))
        file.closeRelative = true;
    if (situation == QLatin1String("listed"))
        file.materials.insert(material, MaterialStatus::Missing);
    const ProcedureDefinition* dibao = fx.workflow.book().procedure(AssistanceType::Dibao);
    const auto item = std::find_if(dibao->checklist.cbegin(), dibao->checklist.cend(),
        [&](const ChecklistItem& i) { return i.material == material; });
    QVERIFY(item != dibao->checklist.cend());
    QCOMPARE(MaterialsChecklist::required(*item, file), required);
    QCOMPARE(MaterialsChecklist::missing(*dibao, file, QStringLiteral("application")).contains(material),
        required);
    file.materials.insert(material, MaterialStatus::Waived);
    QVERIFY(!MaterialsChecklist::missing(*dibao, file, QStringLiteral("application")).contains(material));
}

void TestMaterialsChecklist::completeMaterialsAreAccepted()
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

void TestMaterialsChecklist::missingMaterialsNoticeListsEverything()
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

void TestMaterialsChecklist::secondNoticeListsOnlyWhatIsStillMissing()
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

void TestMaterialsChecklist::providedMaterialCannotBeAskedForAgain()
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

void TestMaterialsChecklist::notAcceptedNeedsReasons()
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

void TestMaterialsChecklist::closeRelativeNeedsItsRecordForm()
{
    WorkflowFixture fx;
    CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    ActionInput materials = fx.allMaterials(draft, QStringLiteral("application"));
    draft.closeRelative = true;
    auto file = fx.run(draft, {{QStringLiteral("apply"), fx.clerk, materials}});
    VERIFY_OK(file);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("accept"), fx.clerk), ErrorCode::Conflict,
        QStringLiteral("近亲属备案表"));
    ActionInput record;
    record.materials.insert(QStringLiteral("close-relative-record"), MaterialStatus::Provided);
    VERIFY_OK(fx.apply(*file, QStringLiteral("accept"), fx.clerk, record));
}

void TestMaterialsChecklist::everyAdultSignsBeforeTheEconomicCheck()
{
    WorkflowFixture fx;
    const CaseFile draft = WorkflowFixture::draft(AssistanceType::Dibao);
    ActionInput materials = fx.allMaterials(draft, QStringLiteral("application"));
    materials.authorizations = {101};
    auto file = fx.run(draft, {{QStringLiteral("apply"), fx.clerk, materials}});
    VERIFY_OK(file);
    VERIFY_FAILS(fx.apply(*file, QStringLiteral("accept"), fx.clerk), ErrorCode::Conflict,
        QStringLiteral("家庭经济状况核对授权书"));
    ActionInput second;
    second.authorizations = {102};
    auto accepted = fx.run(*file, {{QStringLiteral("accept"), fx.clerk, second}});
    VERIFY_OK(accepted);
    // A third adult joins the household after intake: no check until they sign too.
    accepted->coResidentAdults.append(103);
    VERIFY_FAILS(fx.apply(*accepted, QStringLiteral("request-economic-check"), fx.clerk), ErrorCode::Conflict,
        QStringLiteral("Every co-resident adult must sign"));
    ActionInput third;
    third.authorizations = {103};
    VERIFY_FAILS(fx.apply(*accepted, QStringLiteral("record-authorizations"), fx.clerk, ActionInput {}),
        ErrorCode::InvalidInput, QStringLiteral("Authorizations"));
    auto checked = fx.run(*accepted,
        {{QStringLiteral("record-authorizations"), fx.assistant, third},
            {QStringLiteral("request-economic-check"), fx.clerk, {}}});
    VERIFY_OK(checked);
    QCOMPARE(checked->economicCheckRequestedOn, WorkflowFixture::startDate());
    ActionInput stranger;
    stranger.authorizations = {999};
    VERIFY_FAILS(fx.apply(*checked, QStringLiteral("record-authorizations"), fx.clerk, stranger),
        ErrorCode::InvalidInput, QStringLiteral("co-resident adults"));
}

QTEST_GUILESS_MAIN(TestMaterialsChecklist)
#include "tst_materialschecklist.moc"
