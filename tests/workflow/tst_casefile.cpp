#include "core/workflow/CaseFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace jiuzhu;

namespace {

CaseEvent refusal()
{
    CaseEvent event;
    event.action = QStringLiteral("confirm-refuse");
    event.actorUserId = 3;
    event.at = QDateTime(QDate(2026, 3, 20), QTime(9, 30), Qt::UTC);
    event.fromState = CaseState::Publicity;
    event.toState = CaseState::Refused;
    event.reason = QStringLiteral("张三（身份证号110101199003070000）名下有车");
    event.data.insert(QStringLiteral("duty"), QStringLiteral("confirmation"));
    event.data.insert(QStringLiteral("notice"), QStringLiteral("refusal-notice"));
    event.data.insert(QStringLiteral("late"), QJsonArray {QStringLiteral("confirmation")});
    event.data.insert(QStringLiteral("reasons"), QJsonArray {QStringLiteral("张三名下有车")});
    event.data.insert(QStringLiteral("oneOffAmountFen"), 0);
    return event;
}

} // namespace

class TestCaseFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditDetailsKeepNoNamesOrIdNumbers();
    void auditDetailsDetectChangedText();
    void openingEventHasNoFromState();
    void datesComeFromEvents();
    void missingAuthorizations();
    void objectionsAreOpenOnlyInTheLatestRound();
    void deriveCarriesTheFactsNotTheDecision();
    void keysRoundTrip();
};

void TestCaseFile::auditDetailsKeepNoNamesOrIdNumbers()
{
    const QJsonObject details = refusal().toAuditDetails();
    QCOMPARE(details.value(QStringLiteral("action")).toString(), QStringLiteral("confirm-refuse"));
    QCOMPARE(details.value(QStringLiteral("actorUserId")).toInteger(), 3);
    QCOMPARE(details.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-20T09:30:00Z"));
    QCOMPARE(details.value(QStringLiteral("from")).toString(), QStringLiteral("publicity"));
    QCOMPARE(details.value(QStringLiteral("to")).toString(), QStringLiteral("refused"));
    QCOMPARE(details.value(QStringLiteral("duty")).toString(), QStringLiteral("confirmation"));
    QCOMPARE(details.value(QStringLiteral("notice")).toString(), QStringLiteral("refusal-notice"));
    QCOMPARE(details.value(QStringLiteral("late")).toArray().size(), 1);
    QCOMPARE(details.value(QStringLiteral("reasonSha256")).toString().size(), 64);
    QCOMPARE(details.value(QStringLiteral("dataSha256")).toString().size(), 64);
    QVERIFY(!details.contains(QStringLiteral("reason")));
    QVERIFY(!details.contains(QStringLiteral("reasons")));
    const QString text = QString::fromUtf8(QJsonDocument(details).toJson());
    QVERIFY2(!text.contains(QStringLiteral("张三")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("110101")), qPrintable(text));
}

void TestCaseFile::auditDetailsDetectChangedText()
{
    CaseEvent changed = refusal();
    changed.reason += QStringLiteral("。");
    QVERIFY(changed.toAuditDetails().value(QStringLiteral("reasonSha256"))
        != refusal().toAuditDetails().value(QStringLiteral("reasonSha256")));
    changed = refusal();
    changed.data.insert(QStringLiteral("reasons"), QJsonArray {QStringLiteral("李四名下有车")});
    QVERIFY(changed.toAuditDetails().value(QStringLiteral("dataSha256"))
        != refusal().toAuditDetails().value(QStringLiteral("dataSha256")));
}

void TestCaseFile::openingEventHasNoFromState()
{
    CaseEvent opening;
    opening.action = QStringLiteral("apply");
    opening.actorUserId = 1;
    opening.at = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
    const QJsonObject details = opening.toAuditDetails();
    QVERIFY(!details.contains(QStringLiteral("from")));
    QVERIFY(!details.contains(QStringLiteral("reasonSha256")));
    QVERIFY(!details.contains(QStringLiteral("dataSha256")));
    QCOMPARE(details.value(QStringLiteral("to")).toString(), QStringLiteral("applied"));
}

void TestCaseFile::datesComeFromEvents()
{
    CaseFile file
        = CaseFile::draft(AssistanceType::Dibao, 1, ApplicationChannel::HouseholdHead, AreaKind::Rural);
    QVERIFY(file.isDraft());
    QVERIFY(!file.appliedOn().isValid());
    const auto add = [&](QDate day, std::optional<CaseState> from, CaseState to) {
        file.events.append(
            CaseEvent {QStringLiteral("step"), 1, QDateTime(day, QTime(10, 0)), from, to, {}, {}});
    };
    add(QDate(2026, 3, 2), std::nullopt, CaseState::Applied);
    add(QDate(2026, 3, 3), CaseState::Applied, CaseState::MaterialsIncomplete);
    add(QDate(2026, 3, 5), CaseState::MaterialsIncomplete, CaseState::MaterialsIncomplete);
    add(QDate(2026, 3, 9), CaseState::MaterialsIncomplete, CaseState::Accepted);
    QCOMPARE(file.appliedOn(), QDate(2026, 3, 2));
    QCOMPARE(file.enteredOn(CaseState::MaterialsIncomplete), QDate(2026, 3, 3));
    QCOMPARE(file.enteredOn(CaseState::Accepted), QDate(2026, 3, 9));
    QVERIFY(!file.enteredOn(CaseState::Approved).isValid());
}

void TestCaseFile::missingAuthorizations()
{
    CaseFile file;
    file.coResidentAdults = {11, 12, 13};
    file.authorizationsSigned = {12, 99};
    QCOMPARE(file.missingAuthorizations(), (QList<qint64> {11, 13}));
}

void TestCaseFile::objectionsAreOpenOnlyInTheLatestRound()
{
    CaseFile file;
    QCOMPARE(file.openObjections(), 0);
    file.publicity.append(PublicityRound {QDate(2026, 3, 9), QDate(2026, 3, 15), false});
    file.objections.append(Objection {QDate(2026, 3, 10), QStringLiteral("有车"), 1});
    QCOMPARE(file.openObjections(), 1);
    file.publicity.append(PublicityRound {QDate(2026, 3, 20), QDate(2026, 3, 26), false});
    QCOMPARE(file.openObjections(), 0);
}

void TestCaseFile::deriveCarriesTheFactsNotTheDecision()
{
    CaseFile file = CaseFile::draft(AssistanceType::Dibao, 7, ApplicationChannel::Agent, AreaKind::Urban);
    file.id = 42;
    file.coResidentAdults = {1, 2};
    file.authorizationsSigned = {1, 2};
    file.closeRelative = true;
    file.materials.insert(QStringLiteral("identity-card"), MaterialStatus::Provided);
    file.economicCheckRequestedOn = QDate(2026, 3, 3);
    file.economicCheckReportOn = QDate(2026, 3, 10);
    file.homeVisit
        = HomeVisit {QDate(2026, 3, 4), {QStringLiteral("甲"), QStringLiteral("乙")}, QStringLiteral("困难")};
    file.state = CaseState::Refused;
    file.decision = Decision {};
    file.publicity.append(PublicityRound {QDate(2026, 3, 11), QDate(2026, 3, 17), false});
    file.events.append(CaseEvent {});
    const CaseFile other = file.derive(AssistanceType::NearDibao);
    QCOMPARE(other.type, AssistanceType::NearDibao);
    QCOMPARE(other.sourceCaseId, 42);
    QCOMPARE(other.id, 0);
    QCOMPARE(other.householdId, 7);
    QCOMPARE(other.channel, ApplicationChannel::Agent);
    QCOMPARE(other.area, AreaKind::Urban);
    QCOMPARE(other.authorizationsSigned, file.authorizationsSigned);
    QVERIFY(other.closeRelative);
    QCOMPARE(other.materials, file.materials);
    QCOMPARE(other.economicCheckReportOn, QDate(2026, 3, 10));
    QVERIFY(other.homeVisit);
    QVERIFY(other.isDraft());
    QCOMPARE(other.state, CaseState::Applied);
    QVERIFY(!other.decision);
    QVERIFY(other.publicity.isEmpty());
}

void TestCaseFile::keysRoundTrip()
{
    for (MaterialStatus status : {MaterialStatus::Missing, MaterialStatus::Provided, MaterialStatus::Waived})
        QCOMPARE(materialStatusFromKey(materialStatusKey(status)), std::optional<MaterialStatus>(status));
    for (AppraisalRole role : {AppraisalRole::CommunityDirector, AppraisalRole::PartySecretary,
             AppraisalRole::DisciplineOfficer, AppraisalRole::ResidentRepresentative})
        QCOMPARE(appraisalRoleFromKey(appraisalRoleKey(role)), std::optional<AppraisalRole>(role));
    QVERIFY(!materialStatusFromKey(QStringLiteral("lost")));
}

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
