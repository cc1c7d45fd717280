#include "core/domain/DomainKeys.h"
#include "core/workflow/ProcedureBook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace jiuzhu;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject builtInJson()
{
    return readJson(ProcedureBook::builtInPath());
}

QJsonArray brokenRows()
{
    return readJson(QStringLiteral(JIUZHU_WORKFLOW_TEST_DATA_DIR "/broken_procedures.json"))
        .value(QStringLiteral("rows"))
        .toArray();
}

// Applies one edit of a broken_procedures.json row to the procedure file.
void applyEdit(QJsonObject& root, const QJsonObject& edit)
{
    const QString op = edit.value(QStringLiteral("op")).toString();
    const QJsonValue value = edit.value(QStringLiteral("value"));
    QJsonObject fragments = root.value(QStringLiteral("fragments")).toObject();
    QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    QJsonObject dibao = procedures.at(0).toObject();
    if (op == QLatin1String("append")) {
        const QString list = edit.value(QStringLiteral("list")).toString();
        QJsonArray entries = dibao.value(list).toArray();
        entries.append(value);
        dibao.insert(list, entries);
    } else if (op == QLatin1String("set")) {
        dibao.insert(edit.value(QStringLiteral("key")).toString(), value);
    } else if (op == QLatin1String("setRoot")) {
        root.insert(edit.value(QStringLiteral("key")).toString(), value);
    } else if (op == QLatin1String("setFragment")) {
        fragments.insert(edit.value(QStringLiteral("fragment")).toString(), value);
    } else if (op == QLatin1String("dropFirst")) {
        const QString name = edit.value(QStringLiteral("fragment")).toString();
        QJsonArray fragment = fragments.value(name).toArray();
        fragment.removeFirst();
        fragments.insert(name, fragment);
    } else if (op == QLatin1String("dropLastProcedure")) {
        procedures.removeLast();
    } else if (op == QLatin1String("repeatFirstProcedure")) {
        procedures.append(dibao);
    } else {
        qFatal("unknown edit %s", qPrintable(op));
    }
    if (op != QLatin1String("dropLastProcedure") && op != QLatin1String("repeatFirstProcedure"))
        procedures.replace(0, dibao);
    root.insert(QStringLiteral("fragments"), fragments);
    root.insert(QStringLiteral("procedures"), procedures);
}

} // namespace

class TestProcedureBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInDefinesEveryType();
    void builtInChecklistsNameMaterialsInChinese();
    void builtInTransitionsAreConsistent();
    void rejectsBrokenDefinitions_data();
    void rejectsBrokenDefinitions();
    void rejectsTextThatIsNotJson();
};

void TestProcedureBook::builtInDefinesEveryType()
{
    const auto book = ProcedureBook::loadBuiltIn();
    QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
    for (AssistanceType type : kAllAssistanceTypes) {
        const ProcedureDefinition* procedure = book->procedure(type);
        QVERIFY2(procedure, qPrintable(domainKey(type)));
        QVERIFY(procedure->opening());
        QCOMPARE(procedure->opening()->action, QStringLiteral("apply"));
        QVERIFY(!procedure->deadlines.isEmpty());
    }
    // Emergency aid comes before its paperwork, with no publicity.
    const ProcedureDefinition* emergency = book->procedure(AssistanceType::TemporaryEmergency);
    QVERIFY(emergency->states.contains(CaseState::EmergencyAidGranted));
    QVERIFY(!emergency->states.contains(CaseState::Publicity));
    // Only 低保 offers the other types when it is refused or not accepted.
    QCOMPARE(
        book->procedure(AssistanceType::Dibao)->transition(QStringLiteral("confirm-refuse"))->followUp.size(),
        4);
    QVERIFY(book->procedure(AssistanceType::Tekun)
                ->transition(QStringLiteral("confirm-refuse"))
                ->followUp.isEmpty());
}

void TestProcedureBook::builtInChecklistsNameMaterialsInChinese()
{
    const auto book = ProcedureBook::loadBuiltIn();
    QVERIFY(book);
    QCOMPARE(book->materialName(QStringLiteral("authorization")), QStringLiteral("家庭经济状况核对授权书"));
    QCOMPARE(book->materialName(QStringLiteral("close-relative-record")), QStringLiteral("近亲属备案表"));
    for (const ProcedureDefinition& procedure : book->procedures()) {
        for (const ChecklistItem& item : procedure.checklist)
            QVERIFY2(book->materialName(item.material) != item.material, qPrintable(item.material));
    }
    const auto& dibao = book->procedure(AssistanceType::Dibao)->checklist;
    QVERIFY(std::any_of(dibao.cbegin(), dibao.cend(), [](const ChecklistItem& item) {
        return item.material == QLatin1String("close-relative-record")
            && item.when == MaterialCondition::CloseRelative;
    }));
}

void TestProcedureBook::builtInTransitionsAreConsistent()
{
    const auto book = ProcedureBook::loadBuiltIn();
    QVERIFY(book);
    for (const ProcedureDefinition& procedure : book->procedures()) {
        const QString type = domainKey(procedure.type);
        for (const TransitionDefinition& t : procedure.transitions) {
            const QString where = type + QLatin1Char('/') + t.action;
            // Every decision on a case is one of the three separated duties.
            if (t.action.startsWith(QLatin1String("confirm-")) || t.action == QLatin1String("accept"))
                QVERIFY2(t.duty, qPrintable(where));
            // The district's role never acts inside a township's procedure.
            QVERIFY2(!t.roles.contains(Role::DistrictReviewer) && !t.roles.contains(Role::Administrator),
                qPrintable(where));
        }
    }
}

void TestProcedureBook::rejectsBrokenDefinitions_data()
{
    QTest::addColumn<QJsonArray>("edits");
    QTest::addColumn<QString>("error");
    const QJsonArray rows = brokenRows();
    QVERIFY(rows.size() > 30);
    for (const QJsonValue& row : rows) {
        const QJsonObject object = row.toObject();
        QTest::newRow(qPrintable(object.value(QStringLiteral("name")).toString()))
            << object.value(QStringLiteral("ops")).toArray()
            << object.value(QStringLiteral("error")).toString();
    }
}

void TestProcedureBook::rejectsBrokenDefinitions()
{
    QFETCH(QJsonArray, edits);
    QFETCH(QString, error);
    QJsonObject root = builtInJson();
    QVERIFY(ProcedureBook::load(QJsonDocument(root).toJson()).has_value());
    for (const QJsonValue& edit : edits)
        applyEdit(root, edit.toObject());
    const auto book = ProcedureBook::load(QJsonDocument(root).toJson());
    QVERIFY2(!book, "the broken definition was accepted");
    QCOMPARE(errorCodeName(book.error().code), QStringLiteral("invalid-input"));
    QVERIFY2(book.error().message.contains(error), qPrintable(book.error().message));
}

void TestProcedureBook::rejectsTextThatIsNotJson()
{
    const auto book = ProcedureBook::load(QByteArrayLiteral("{ \"schema\": 1, "));
    QVERIFY(!book);
    QVERIFY(book.error().message.contains(QStringLiteral("not valid JSON")));
}

QTEST_GUILESS_MAIN(TestProcedureBook)
#include "tst_procedurebook.moc"
