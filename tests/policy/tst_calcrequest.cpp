#include "core/domain/DomainKeys.h"
#include "core/policy/CalcKeys.h"
#include "core/policy/CalcRequest.h"
#include "core/policy/CalcResult.h"
#include "tests/policy/PolicyFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;

namespace {

QByteArray inlinePolicy()
{
    return jiuzhu::testing::syntheticPolicy().toJson();
}

QByteArray request(const QByteArray& household, const QByteArray& extra = QByteArray())
{
    return QByteArray(R"({"household": )") + household + extra + QByteArray(R"(, "policy": )")
        + inlinePolicy() + QByteArray("}");
}

const QByteArray kHousehold = R"({"area": "rural", "assessed_on": "2025-08-15", "members": [
    {"name": "张三", "birth_date": "1960-05-01", "relation": "head", "monthly_income_yuan": "1,234.56"},
    {"name": "李四", "birth_date": "1962-05-01", "relation": "spouse", "co_resident": false}],
    "rigid_expenditure_monthly": {"medical_fen": 100, "education_yuan": "2.00"},
    "temporary_expenditure_fen": 300, "emergency_need_yuan": "4"})";

} // namespace

class TestCalcRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAHousehold();
    void rejects_data();
    void rejects();
    void policyFileIsResolvedBesideTheInput();
    void typeSubsetAndErrorJson();
    void everyTypeHasAChineseName();
    void documentedExampleIsCurrent();
};

void TestCalcRequest::parsesAHousehold()
{
    const Result<CalcRequest> parsed = CalcRequest::fromJson(request(kHousehold));
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().toString()));
    const HouseholdSituation& s = parsed->situation;
    QCOMPARE(s.area, AreaKind::Rural);
    QCOMPARE(s.assessedOn, QDate(2025, 8, 15));
    QCOMPARE(s.members.size(), 2);
    QCOMPARE(s.members.at(0).monthlyIncomeFen, qint64(123456));
    QCOMPARE(s.members.at(0).relation, Relation::Head);
    QVERIFY(s.members.at(0).coResident);
    QVERIFY(!s.members.at(1).coResident);
    QCOMPARE(s.members.at(1).selfCareLoss, SelfCareLoss::None);
    QCOMPARE(s.monthlyRigid.medicalFen, qint64(100));
    QCOMPARE(s.monthlyRigid.educationFen, qint64(200));
    QCOMPARE(s.temporaryExpenditureFen, qint64(300));
    QCOMPARE(s.emergencyNeedFen, qint64(400));
    QVERIFY(parsed->types.isEmpty());
    QVERIFY(!parsed->policy.isEmpty());
}

void TestCalcRequest::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");

    const QByteArray member = R"({"birth_date": "1960-05-01"})";
    const auto household = [&](const QByteArray& members, const QByteArray& more = QByteArray()) {
        return request(QByteArray(R"({"area": "rural", "assessed_on": "2025-08-15", "members": [)") + members
            + QByteArray("]") + more + QByteArray("}"));
    };
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("no household") << QByteArray(R"({"policy": {"entries": []}})")
                                  << QStringLiteral("household");
    QTest::newRow("unknown root member") << QByteArray(R"({"houshold": {}})") << QStringLiteral("houshold");
    QTest::newRow("bad area") << request(
        R"({"area": "town", "assessed_on": "2025-08-15", "members": [{"birth_date": "1960-05-01"}]})")
                              << QStringLiteral("household.area");
    QTest::newRow("no members") << household("") << QStringLiteral("household.members");
    QTest::newRow("bad birth date") << household(R"({"birth_date": "1960-13-01"})")
                                    << QStringLiteral("household.members[0].birth_date");
    QTest::newRow("fractional fen") << household(R"({"birth_date": "1960-05-01", "monthly_income_fen": 1.5})")
                                    << QStringLiteral("household.members[0].monthly_income_fen");
    QTest::newRow("fen and yuan") << household(
        R"({"birth_date": "1960-05-01", "monthly_income_fen": 1, "monthly_income_yuan": "1"})")
                                  << QStringLiteral("either");
    QTest::newRow("bad yuan") << household(R"({"birth_date": "1960-05-01", "monthly_income_yuan": "1.234"})")
                              << QStringLiteral("two decimal places");
    QTest::newRow("negative income") << household(R"({"birth_date": "1960-05-01", "monthly_income_fen": -1})")
                                     << QStringLiteral("between 0");
    QTest::newRow("bad relation") << household(
        member + R"(, {"birth_date": "1960-05-01", "relation": "cousin"})")
                                  << QStringLiteral("household.members[1].relation");
    QTest::newRow("bad self care") << household(R"({"birth_date": "1960-05-01", "self_care_loss": "half"})")
                                   << QStringLiteral("self_care_loss");
    QTest::newRow("flag not boolean")
        << household(R"({"birth_date": "1960-05-01", "serious_illness": "yes"})")
        << QStringLiteral("serious_illness");
    QTest::newRow("grade 5") << household(R"({"birth_date": "1960-05-01", "disability_grade": 5})")
                             << QStringLiteral("disability_grade");
    QTest::newRow("unknown member field") << household(R"({"birth_date": "1960-05-01", "income": 5})")
                                          << QStringLiteral("household.members[0].income");
    QTest::newRow("unknown rigid kind")
        << household(member, R"(, "rigid_expenditure_monthly": {"housing_fen": 1})")
        << QStringLiteral("housing_fen");
    QTest::newRow("nobody co-resident") << household(R"({"birth_date": "1960-05-01", "co_resident": false})")
                                        << QStringLiteral("co-resident");
    QTest::newRow("born after assessment")
        << household(R"({"birth_date": "2026-05-01"})") << QStringLiteral("not after the assessment date");
    QTest::newRow("both policies") << QByteArray(
        R"({"household": {"area": "rural", "assessed_on": "2025-08-15", "members": [{"birth_date": "1960-05-01"}]}, "policy": {"entries": []}, "policy_file": "x.json"})")
                                   << QStringLiteral("exactly one");
    QTest::newRow("no policy") << QByteArray(
        R"({"household": {"area": "rural", "assessed_on": "2025-08-15", "members": [{"birth_date": "1960-05-01"}]}})")
                               << QStringLiteral("exactly one");
    QTest::newRow("bad inline policy") << QByteArray(
        R"({"household": {"area": "rural", "assessed_on": "2025-08-15", "members": [{"birth_date": "1960-05-01"}]}, "policy": {"entries": [{"key": "x"}]}})")
                                       << QStringLiteral("Policy entry 0 (x)");
    QTest::newRow("unknown type") << household(member).replace(
        QByteArray(R"({"household")"), QByteArray(R"({"types": ["dibao", "wubao"], "household")"))
                                  << QStringLiteral("wubao");
    QTest::newRow("case-by-case type") << household(member).replace(
        QByteArray(R"({"household")"), QByteArray(R"({"types": ["case-by-case"], "household")"))
                                       << QStringLiteral("no calculator");
}

void TestCalcRequest::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    const Result<CalcRequest> parsed = CalcRequest::fromJson(json);
    QVERIFY2(!parsed.has_value(), json.constData());
    QVERIFY2(parsed.error().toString().contains(fragment), qPrintable(parsed.error().toString()));
}

void TestCalcRequest::policyFileIsResolvedBesideTheInput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("policies")));
    QFile policy(dir.filePath(QStringLiteral("policies/p.json")));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(inlinePolicy());
    policy.close();
    QFile input(dir.filePath(QStringLiteral("input.json")));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write(
        QByteArray(R"({"household": )") + kHousehold + QByteArray(R"(, "policy_file": "policies/p.json"})"));
    input.close();

    const Result<CalcRequest> parsed = CalcRequest::fromFile(input.fileName());
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->policy.entries(), jiuzhu::testing::syntheticPolicy().entries());

    QVERIFY(QFile::remove(policy.fileName()));
    const Result<CalcRequest> missing = CalcRequest::fromFile(input.fileName());
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().code, ErrorCode::Io);
    QVERIFY(!CalcRequest::fromFile(dir.filePath(QStringLiteral("none.json"))).has_value());
}

void TestCalcRequest::typeSubsetAndErrorJson()
{
    QByteArray json = request(kHousehold);
    json.replace(
        QByteArray(R"({"household")"), QByteArray(R"({"types": ["near-dibao", "dibao"], "household")"));
    const Result<CalcRequest> parsed = CalcRequest::fromJson(json);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->types, (QList<AssistanceType> {AssistanceType::NearDibao, AssistanceType::Dibao}));
    const Result<CalcResult> result = CalcResult::compute(*parsed);
    QVERIFY(result.has_value());
    QCOMPARE(result->assessments.size(), 2);
    QCOMPARE(result->assessments.at(0).type, AssistanceType::NearDibao);
    const QJsonObject root = QJsonDocument::fromJson(result->toJson()).object();
    QCOMPARE(root.value(QStringLiteral("household_income_yuan")).toString(), QStringLiteral("1,234.56"));
    QCOMPARE(root.value(QStringLiteral("persons")).toInt(), 1);

    const QJsonObject error = QJsonDocument::fromJson(
        CalcResult::errorJson(Error {ErrorCode::NotFound, QStringLiteral("k"), QStringLiteral("m")}))
                                  .object()
                                  .value(QStringLiteral("error"))
                                  .toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("m"));
}

void TestCalcRequest::everyTypeHasAChineseName()
{
    QSet<QString> names;
    for (const AssistanceType type : kAllAssistanceTypes)
        names.insert(calckeys::typeChineseName(type));
    QVERIFY(!names.contains(QString()));
    QCOMPARE(names.size(), static_cast<qsizetype>(kAllAssistanceTypes.size()));
}

void TestCalcRequest::documentedExampleIsCurrent()
{
    // CALC_FORMAT.md ends with a request and its result: run the one and
    // compare with the other, so the documentation cannot drift.
    QFile doc(QStringLiteral(JIUZHU_TEST_DATA_DIR "/../../core/policy/CALC_FORMAT.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    QStringList blocks;
    const QString open = QStringLiteral("```json\n");
    for (qsizetype at = text.indexOf(open); at >= 0; at = text.indexOf(open, at)) {
        const qsizetype start = at + open.size();
        const qsizetype end = text.indexOf(QStringLiteral("```"), start);
        QVERIFY(end > start);
        blocks.append(text.mid(start, end - start));
        at = end;
    }
    QCOMPARE(blocks.size(), 2);

    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(JIUZHU_TEST_DATA_DIR "/../../resources/policy/example_policy.json"),
        dir.filePath(QStringLiteral("example_policy.json"))));
    const Result<CalcRequest> request = CalcRequest::fromJson(blocks.at(0).toUtf8(), dir.path());
    QVERIFY2(request.has_value(), qPrintable(request ? QString() : request.error().toString()));
    const Result<CalcResult> result = CalcResult::compute(*request);
    QVERIFY(result.has_value());
    QCOMPARE(QJsonDocument::fromJson(result->toJson()), QJsonDocument::fromJson(blocks.at(1).toUtf8()));
}

QTEST_GUILESS_MAIN(TestCalcRequest)
#include "tst_calcrequest.moc"
