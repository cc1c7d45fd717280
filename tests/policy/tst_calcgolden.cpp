#include "core/policy/CalcRequest.h"
#include "core/policy/CalcResult.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jiuzhu;

// Golden-file tests in the Tiled style: one folder per case under
// tests/data/calc/<case>/ with input.json (a CalcRequest) and expected.json
// (the CalcResult JSON, or the error JSON), compared as parsed JSON so that
// formatting does not matter. Each folder's README.md holds the arithmetic,
// checked by hand before the expected file was accepted.
//
// JIUZHU_UPDATE_GOLDEN=1 rewrites expected.json from the current output;
// check every changed figure by hand before committing it.
class TestCalcGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void everyTypeIsCovered();
};

namespace {

QString casesDir()
{
    return QStringLiteral(JIUZHU_TEST_DATA_DIR "/calc");
}

QByteArray actualOutput(const QString& caseDir)
{
    const Result<CalcRequest> request = CalcRequest::fromFile(caseDir + QStringLiteral("/input.json"));
    if (!request)
        return CalcResult::errorJson(request.error());
    const Result<CalcResult> result = CalcResult::compute(*request);
    if (!result)
        return CalcResult::errorJson(result.error());
    return result->toJson();
}

} // namespace

void TestCalcGolden::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList cases = QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 20, qPrintable(QStringLiteral("only %1 golden cases").arg(cases.size())));
    for (const QString& name : cases)
        QTest::newRow(qPrintable(name)) << casesDir() + QChar(u'/') + name;
}

void TestCalcGolden::golden()
{
    QFETCH(QString, caseDir);
    QVERIFY2(QFile::exists(caseDir + QStringLiteral("/README.md")), "every case documents its arithmetic");
    const QByteArray actual = actualOutput(caseDir);
    const QString expectedPath = caseDir + QStringLiteral("/expected.json");

    if (qEnvironmentVariableIntValue("JIUZHU_UPDATE_GOLDEN") == 1) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        QSKIP("expected.json rewritten; check it by hand");
    }

    QFile file(expectedPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    QJsonParseError error;
    const QJsonDocument expected = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonDocument got = QJsonDocument::fromJson(actual);
    if (got != expected) {
        qWarning().noquote() << "actual output:\n" << QString::fromUtf8(actual);
        QFAIL("output differs from expected.json (JIUZHU_UPDATE_GOLDEN=1 rewrites it)");
    }
}

void TestCalcGolden::everyTypeIsCovered()
{
    // At least three cases per type, one of them eligible and one not.
    QHash<QString, int> cases;
    QHash<QString, int> eligible;
    QHash<QString, int> refused;
    for (const QString& name : QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(casesDir() + QChar(u'/') + name + QStringLiteral("/expected.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray assessments
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("assessments")).toArray();
        QSet<QString> seen;
        for (const QJsonValue& value : assessments) {
            const QJsonObject a = value.toObject();
            const QString type = a.value(QStringLiteral("type")).toString();
            // A case counts for a type when it was asked for that type alone
            // or the type is the point of a classified-review case.
            seen.insert(type);
            (a.value(QStringLiteral("eligible")).toBool() ? eligible : refused)[type] += 1;
        }
        for (const QString& type : seen)
            cases[type] += 1;
    }
    for (const QString& type :
        {QStringLiteral("dibao"), QStringLiteral("tekun"), QStringLiteral("temporary-emergency"),
            QStringLiteral("temporary-expenditure"), QStringLiteral("near-dibao"),
            QStringLiteral("rigid-expense"), QStringLiteral("serious-illness")}) {
        QVERIFY2(cases.value(type) >= 3, qPrintable(type));
        QVERIFY2(eligible.value(type) >= 1, qPrintable(type));
        QVERIFY2(refused.value(type) >= 1, qPrintable(type));
    }
}

QTEST_GUILESS_MAIN(TestCalcGolden)
#include "tst_calcgolden.moc"
