#include "core/workflow/CaseFileJson.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::WorkflowFixture;

namespace {

// Cases that between them fill every member of a case file.
QList<CaseFile> richCases()
{
    WorkflowFixture fx;
    QList<CaseFile> cases;
    CaseFile byCase = WorkflowFixture::draft(AssistanceType::CaseByCase);
    byCase.closeRelative = true;
    byCase.channel = ApplicationChannel::Agent;
    auto steps = fx.toPublicity(byCase);
    steps.append({QStringLiteral("record-objection"), fx.clerk,
        WorkflowFixture::withText(QStringLiteral("objection"), QStringLiteral("邻居反映有收入"))});
    steps.append({QStringLiteral("call-appraisal"), fx.reviewer,
        WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("公示有异议"))});
    steps.append({QStringLiteral("record-appraisal"), fx.assistant, WorkflowFixture::appraisal(13)});
    steps.append({QStringLiteral("give-preliminary-opinion"), fx.reviewer,
        WorkflowFixture::withText(QStringLiteral("opinion"), QStringLiteral("复议同意"))});
    steps.append({QStringLiteral("record-collective-decision"), fx.confirmer,
        WorkflowFixture::withText(QStringLiteral("explanation"), QStringLiteral("再次研究同意"))});
    steps.append({QStringLiteral("start-publicity"), fx.assistant, {}});
    steps.append(
        {QStringLiteral("confirm-approve"), fx.confirmer, WorkflowFixture::approval(20000, 100000), 8});
    steps.append({QStringLiteral("file-with-district"), fx.clerk, {}});
    steps.append({QStringLiteral("review"), fx.clerk, {}, 30});
    steps[0].input = fx.allMaterials(byCase, QStringLiteral("application"));
    auto byCaseFile = fx.run(byCase, steps);
    if (!byCaseFile)
        qFatal("%s", qPrintable(byCaseFile.error().toString()));
    cases.append(*byCaseFile);

    WorkflowFixture fresh; // the scripts date their records from the fixture's first day
    const CaseFile tekun = WorkflowFixture::draft(AssistanceType::Tekun);
    cases.append(fresh.run(tekun, fresh.toPublicity(tekun)).value());

    ActionInput grant = WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("火灾"));
    grant.oneOffAmountFen = 100000;
    cases.append(fx.run(WorkflowFixture::draft(AssistanceType::TemporaryEmergency),
                       {{QStringLiteral("apply"), fx.clerk, {}},
                           {QStringLiteral("grant-emergency-aid"), fx.confirmer, grant}})
                     .value());
    return cases;
}

} // namespace

class TestCaseFileJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryMember();
    void rejectsMalformedMembers_data();
    void rejectsMalformedMembers();
};

void TestCaseFileJson::roundTripsEveryMember()
{
    for (const CaseFile& file : richCases()) {
        const QJsonObject json = CaseFileJson::toJson(file);
        const auto back
            = CaseFileJson::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        VERIFY_OK(back);
        QCOMPARE(CaseFileJson::toJson(*back), json);
        QCOMPARE(back->type, file.type);
        QCOMPARE(back->state, file.state);
        QCOMPARE(back->events.size(), file.events.size());
        for (qsizetype i = 0; i < file.events.size(); ++i) {
            QCOMPARE(back->events.at(i).at, file.events.at(i).at);
            QCOMPARE(back->events.at(i).fromState, file.events.at(i).fromState);
            QCOMPARE(back->events.at(i).data, file.events.at(i).data);
        }
        QCOMPARE(back->authorizationsSigned, file.authorizationsSigned);
        QCOMPARE(back->materials, file.materials);
        QCOMPARE(back->publicity.size(), file.publicity.size());
        QCOMPARE(back->appraisals.size(), file.appraisals.size());
        QCOMPARE(back->selfCare, file.selfCare);
        QCOMPARE(back->decision.has_value(), file.decision.has_value());
        if (file.decision)
            QCOMPARE(back->decision->startMonth, file.decision->startMonth);
    }
    const QJsonObject byCase = CaseFileJson::toJson(richCases().constFirst());
    QCOMPARE(byCase.value(QStringLiteral("appraisals")).toArray().size(), 2);
    QCOMPARE(byCase.value(QStringLiteral("publicity")).toArray().size(), 2);
    QCOMPARE(byCase.value(QStringLiteral("channel")).toString(), QStringLiteral("agent"));
    QVERIFY(byCase.contains(QStringLiteral("filedOn")));
}

void TestCaseFileJson::rejectsMalformedMembers_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("type") << QStringLiteral("type") << QJsonValue(QStringLiteral("lottery"));
    QTest::newRow("state") << QStringLiteral("state") << QJsonValue(QStringLiteral("pending"));
    QTest::newRow("channel") << QStringLiteral("channel") << QJsonValue(QStringLiteral("phone"));
    QTest::newRow("area") << QStringLiteral("area") << QJsonValue(QStringLiteral("suburban"));
    QTest::newRow("date") << QStringLiteral("filedOn") << QJsonValue(QStringLiteral("2026-02-30"));
    QTest::newRow("material status") << QStringLiteral(
        "materials") << QJsonValue(QJsonObject {{QStringLiteral("identity-card"), QStringLiteral("lost")}});
    QTest::newRow("event state") << QStringLiteral("events")
                                 << QJsonValue(QJsonArray {
                                        QJsonObject {{QStringLiteral("action"), QStringLiteral("apply")},
                                            {QStringLiteral("actorUserId"), 1},
                                            {QStringLiteral("at"), QStringLiteral("2026-03-02T01:00:00Z")},
                                            {QStringLiteral("to"), QStringLiteral("limbo")}}});
}

void TestCaseFileJson::rejectsMalformedMembers()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QJsonObject json = CaseFileJson::toJson(richCases().constFirst());
    QVERIFY(CaseFileJson::fromJson(json));
    json.insert(member, value);
    const auto file = CaseFileJson::fromJson(json);
    VERIFY_FAILS(file, ErrorCode::InvalidInput, QStringLiteral("is not valid"));
}

QTEST_GUILESS_MAIN(TestCaseFileJson)
#include "tst_casefilejson.moc"
