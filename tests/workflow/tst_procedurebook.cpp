#include "core/workflow/ProcedureBook.h"
#include "core/workflow/WorkflowKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace jiuzhu;

namespace {

QJsonObject builtInJson()
{
    QFile file(ProcedureBook::builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the built-in procedure file");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Appends `transition` to the dibao procedure's own list.
void addDibaoTransition(QJsonObject& root, const char* transition)
{
    QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    QJsonObject dibao = procedures.at(0).toObject();
    QJsonArray transitions = dibao.value(QStringLiteral("transitions")).toArray();
    transitions.append(object(transition));
    dibao.insert(QStringLiteral("transitions"), transitions);
    procedures.replace(0, dibao);
    root.insert(QStringLiteral("procedures"), procedures);
}

void editDibao(QJsonObject& root, const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    QJsonObject dibao = procedures.at(0).toObject();
    edit(dibao);
    procedures.replace(0, dibao);
    root.insert(QStringLiteral("procedures"), procedures);
}

void setFragment(QJsonObject& root, const QString& name, const QJsonArray& content)
{
    QJsonObject fragments = root.value(QStringLiteral("fragments")).toObject();
    fragments.insert(name, content);
    root.insert(QStringLiteral("fragments"), fragments);
}

struct Defect
{
    const char* name;
    std::function<void(QJsonObject&)> mutate;
    QString fragment;
};

const QList<Defect>& defects()
{
    static const QList<Defect> all {
        {"unknown state",
            [](QJsonObject& r) {
                addDibaoTransition(r, R"({"action": "bogus", "from": ["aproved"], "roles": ["clerk"]})");
            },
            QStringLiteral(
                "Procedure dibao, action bogus: the state \"aproved\" is not a known case state.")},
        {"unknown role",
            [](QJsonObject& r) {
                addDibaoTransition(r, R"({"action": "bogus", "from": ["approved"], "roles": ["mayor"]})");
            },
            QStringLiteral("Procedure dibao, action bogus: the role \"mayor\" is unknown.")},
        {"no role",
            [](QJsonObject& r) {
                addDibaoTransition(r, R"({"action": "bogus", "from": ["approved"], "roles": []})");
            },
            QStringLiteral("Procedure dibao, action bogus: no role may take the action.")},
        {"unknown guard",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["approved"], "roles": ["clerk"], "guards": ["moon-is-full"]})");
            },
            QStringLiteral("Procedure dibao, action bogus: the guard \"moon-is-full\" is unknown.")},
        {"unknown effect",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["approved"], "roles": ["clerk"], "effects": ["pay-twice"]})");
            },
            QStringLiteral("Procedure dibao, action bogus: the effect \"pay-twice\" is unknown.")},
        {"unknown input",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["approved"], "roles": ["clerk"], "inputs": ["mood"]})");
            },
            QStringLiteral("Procedure dibao, action bogus: the input \"mood\" is unknown.")},
        {"unknown notice",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["approved"], "roles": ["clerk"], "notice": "love-letter"})");
            },
            QStringLiteral("Procedure dibao, action bogus: the notice \"love-letter\" is unknown.")},
        {"unknown duty",
            [](QJsonObject& r) {
                addDibaoTransition(
                    r, R"({"action": "bogus", "from": ["approved"], "roles": ["clerk"], "duty": "lunch"})");
            },
            QStringLiteral("Procedure dibao, action bogus: the duty \"lunch\" is unknown.")},
        {"misspelt field",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["approved"], "roles": ["clerk"], "guard": ["publicity-ended"]})");
            },
            QStringLiteral("Procedure dibao, action bogus: the field \"guard\" is not understood.")},
        {"duplicate action",
            [](QJsonObject& r) {
                addDibaoTransition(
                    r, R"({"action": "accept", "from": ["applied"], "to": "accepted", "roles": ["clerk"]})");
            },
            QStringLiteral("Procedure dibao, action accept: the action is defined twice.")},
        {"undeclared state",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["approved"], "to": "emergency-aid-granted", "roles": ["clerk"]})");
            },
            QStringLiteral("Procedure dibao, action bogus: the state \"emergency-aid-granted\" is not one of "
                           "this procedure's states.")},
        {"unreachable state",
            [](QJsonObject& r) {
                editDibao(r, [](QJsonObject& p) {
                    QJsonArray states = p.value(QStringLiteral("states")).toArray();
                    states.append(QStringLiteral("emergency-aid-granted"));
                    p.insert(QStringLiteral("states"), states);
                });
            },
            QStringLiteral("Procedure dibao: no action leads to the state \"emergency-aid-granted\".")},
        {"second opening action",
            [](QJsonObject& r) {
                addDibaoTransition(
                    r, R"({"action": "apply-again", "from": [], "to": "applied", "roles": ["clerk"]})");
            },
            QStringLiteral("Procedure dibao, action apply-again: a second action opens a case")},
        {"no opening action",
            [](QJsonObject& r) {
                QJsonArray intake = r.value(QStringLiteral("fragments"))
                                        .toObject()
                                        .value(QStringLiteral("intake"))
                                        .toArray();
                intake.removeAt(0);
                setFragment(r, QStringLiteral("intake"), intake);
            },
            QStringLiteral("Procedure dibao: no action opens a case")},
        {"guard without its policy",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["publicity"], "roles": ["confirmer"], "inputs": ["one-off-amount"], "guards": ["temporary-cap"]})");
            },
            QStringLiteral("Procedure dibao, action bogus: the guard \"temporary-cap\" needs the policy "
                           "parameter \"capMonths\".")},
        {"guard without its input",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["democratic-appraisal"], "roles": ["clerk"], "guards": ["appraisal-signer"]})");
            },
            QStringLiteral("Procedure dibao, action bogus: the guard \"appraisal-signer\" needs the input "
                           "\"appraisal\".")},
        {"effect without its input",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["investigating"], "roles": ["clerk"], "effects": ["record-home-visit"]})");
            },
            QStringLiteral("Procedure dibao, action bogus: the effect \"record-home-visit\" needs the input "
                           "\"home-visit\".")},
        {"materials guard without stage",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["applied"], "roles": ["clerk"], "guards": ["materials-complete"]})");
            },
            QStringLiteral(
                "Procedure dibao, action bogus: the guard \"materials-complete\" needs a checklist stage.")},
        {"unknown follow-up type",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["refused"], "roles": ["clerk"], "followUp": ["housing"]})");
            },
            QStringLiteral("Procedure dibao, action bogus: the follow-up type \"housing\" is unknown.")},
        {"follow-up to itself",
            [](QJsonObject& r) {
                addDibaoTransition(r,
                    R"({"action": "bogus", "from": ["refused"], "roles": ["clerk"], "followUp": ["dibao"]})");
            },
            QStringLiteral(
                "Procedure dibao, action bogus: the follow-up type \"dibao\" must be another type")},
        {"unknown material",
            [](QJsonObject& r) {
                editDibao(r, [](QJsonObject& p) {
                    QJsonArray entries = p.value(QStringLiteral("checklist")).toArray();
                    entries.append(
                        object(R"({"material": "horoscope", "stage": "application", "when": "always"})"));
                    p.insert(QStringLiteral("checklist"), entries);
                });
            },
            QStringLiteral("Procedure dibao: the material \"horoscope\" is not in the list of materials.")},
        {"material listed twice",
            [](QJsonObject& r) {
                editDibao(r, [](QJsonObject& p) {
                    QJsonArray entries = p.value(QStringLiteral("checklist")).toArray();
                    entries.append(
                        object(R"({"material": "identity-card", "stage": "application", "when": "always"})"));
                    p.insert(QStringLiteral("checklist"), entries);
                });
            },
            QStringLiteral("Procedure dibao: the material \"identity-card\" is listed twice for the "
                           "application stage.")},
        {"unknown material condition",
            [](QJsonObject& r) {
                editDibao(r, [](QJsonObject& p) {
                    QJsonArray entries = p.value(QStringLiteral("checklist")).toArray();
                    entries.append(object(
                        R"({"material": "marriage-proof", "stage": "investigation", "when": "sometimes"})"));
                    p.insert(QStringLiteral("checklist"), entries);
                });
            },
            QStringLiteral("\"sometimes\" is not a known condition for material \"marriage-proof\".")},
        {"undefined fragment", [](QJsonObject& r) { addDibaoTransition(r, R"({"include": "nowhere"})"); },
            QStringLiteral("Procedure dibao: the fragment \"nowhere\" is not defined.")},
        {"fragments in a loop",
            [](QJsonObject& r) {
                setFragment(r, QStringLiteral("a"), QJsonArray {object(R"({"include": "b"})")});
                setFragment(r, QStringLiteral("b"), QJsonArray {object(R"({"include": "a"})")});
                addDibaoTransition(r, R"({"include": "a"})");
            },
            QStringLiteral("include each other in a loop")},
        {"deadline in an undeclared state",
            [](QJsonObject& r) {
                editDibao(r, [](QJsonObject& p) {
                    QJsonArray entries = p.value(QStringLiteral("deadlines")).toArray();
                    entries.append(
                        object(R"({"kind": "odd", "while": ["emergency-aid-granted"], "from": "applied"})"));
                    p.insert(QStringLiteral("deadlines"), entries);
                });
            },
            QStringLiteral("Procedure dibao, deadline odd: the state \"emergency-aid-granted\" is not one")},
        {"deadline with unknown start",
            [](QJsonObject& r) {
                editDibao(r, [](QJsonObject& p) {
                    QJsonArray entries = p.value(QStringLiteral("deadlines")).toArray();
                    entries.append(object(R"({"kind": "odd", "while": ["applied"], "from": "birthday"})"));
                    p.insert(QStringLiteral("deadlines"), entries);
                });
            },
            QStringLiteral("\"birthday\" is not a known start of a deadline.")},
        {"deadline unit without policy",
            [](QJsonObject& r) {
                editDibao(r, [](QJsonObject& p) {
                    QJsonArray entries = p.value(QStringLiteral("deadlines")).toArray();
                    entries.append(object(
                        R"({"kind": "odd", "while": ["applied"], "from": "applied", "unit": "days"})"));
                    p.insert(QStringLiteral("deadlines"), entries);
                });
            },
            QStringLiteral("names a policy key exactly when it has a unit of time")},
        {"type without procedure",
            [](QJsonObject& r) {
                QJsonArray procedures = r.value(QStringLiteral("procedures")).toArray();
                procedures.removeLast();
                r.insert(QStringLiteral("procedures"), procedures);
            },
            QStringLiteral("Procedure case-by-case: the type has no procedure.")},
        {"type twice",
            [](QJsonObject& r) {
                QJsonArray procedures = r.value(QStringLiteral("procedures")).toArray();
                procedures.append(procedures.at(0));
                r.insert(QStringLiteral("procedures"), procedures);
            },
            QStringLiteral("Procedure dibao: the type is defined twice.")},
        {"unknown type",
            [](QJsonObject& r) {
                editDibao(
                    r, [](QJsonObject& p) { p.insert(QStringLiteral("type"), QStringLiteral("lottery")); });
            },
            QStringLiteral("\"lottery\" is not a known assistance type.")},
        {"newer schema", [](QJsonObject& r) { r.insert(QStringLiteral("schema"), 2); },
            QStringLiteral("this program reads schema 1")},
    };
    return all;
}

} // namespace

class TestProcedureBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInDefinesEveryType();
    void builtInChecklistsNameMaterialsInChinese();
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
        QVERIFY2(procedure, qPrintable(WorkflowKeys::key(type)));
        QVERIFY(procedure->opening());
        QCOMPARE(procedure->opening()->action, QStringLiteral("apply"));
        QVERIFY(!procedure->deadlines.isEmpty());
    }
    // The emergency procedure grants aid before its paperwork.
    const ProcedureDefinition* emergency = book->procedure(AssistanceType::TemporaryEmergency);
    QVERIFY(emergency->states.contains(CaseState::EmergencyAidGranted));
    QVERIFY(!emergency->states.contains(CaseState::Publicity));
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

void TestProcedureBook::rejectsBrokenDefinitions_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < defects().size(); ++i)
        QTest::newRow(defects().at(i).name) << i;
}

void TestProcedureBook::rejectsBrokenDefinitions()
{
    QFETCH(int, index);
    const Defect& defect = defects().at(index);
    QJsonObject root = builtInJson();
    QVERIFY(ProcedureBook::load(QJsonDocument(root).toJson()).has_value());
    defect.mutate(root);
    const auto book = ProcedureBook::load(QJsonDocument(root).toJson());
    QVERIFY2(!book, "the broken definition was accepted");
    QCOMPARE(errorCodeName(book.error().code), QStringLiteral("invalid-input"));
    QVERIFY2(book.error().message.contains(defect.fragment), qPrintable(book.error().message));
}

void TestProcedureBook::rejectsTextThatIsNotJson()
{
    const auto book = ProcedureBook::load(QByteArrayLiteral("{ \"schema\": 1, "));
    QVERIFY(!book);
    QVERIFY(book.error().message.contains(QStringLiteral("not valid JSON")));
}

QTEST_GUILESS_MAIN(TestProcedureBook)
#include "tst_procedurebook.moc"
