#include "core/workflow/ProcedureParser.h"

#include "core/domain/DomainKeys.h"
#include "core/workflow/ProcedureItemParser.h"
#include "core/workflow/ProcedureValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jiuzhu {

namespace {

// Fragments may include fragments; deeper than this can only be a loop.
constexpr int kMaxIncludeDepth = 8;

} // namespace

Result<ProcedureBook> ProcedureParser::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ProcedureItemParser::bad(tr("The procedure file is not valid JSON: %1 at offset %2.")
                                            .arg(parseError.errorString())
                                            .arg(parseError.offset));
    if (!document.isObject())
        return ProcedureItemParser::bad(tr("The procedure file must hold one JSON object."));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("schema")).toInt() != 1)
        return ProcedureItemParser::bad(
            tr("The procedure file is of schema %1; this program reads schema 1.")
                .arg(root.value(QStringLiteral("schema")).toVariant().toString()));

    ProcedureBook book;
    const QJsonObject materials = root.value(QStringLiteral("materials")).toObject();
    for (auto it = materials.constBegin(); it != materials.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return ProcedureItemParser::bad(tr("The material \"%1\" has no printable name.").arg(it.key()));
        book.m_materialNames.insert(it.key(), it.value().toString());
    }

    const ProcedureParser parser(root.value(QStringLiteral("fragments")).toObject());
    const QJsonValue procedures = root.value(QStringLiteral("procedures"));
    if (!procedures.isArray() || procedures.toArray().isEmpty())
        return ProcedureItemParser::bad(tr("The procedure file defines no procedures."));
    for (const QJsonValue& value : procedures.toArray()) {
        auto procedure = parser.procedure(value, book);
        if (!procedure)
            return std::unexpected(procedure.error());
        if (book.procedure(procedure->type))
            return ProcedureItemParser::badIn(
                domainKey(procedure->type), QString(), tr("the type is defined twice."));
        book.m_procedures.append(*procedure);
    }
    for (AssistanceType type : kAllAssistanceTypes) {
        if (!book.procedure(type))
            return ProcedureItemParser::badIn(domainKey(type), QString(), tr("the type has no procedure."));
    }
    if (auto valid = ProcedureValidator::validate(book.m_procedures); !valid)
        return std::unexpected(valid.error());
    return book;
}

Result<ProcedureDefinition> ProcedureParser::procedure(
    const QJsonValue& value, const ProcedureBook& book) const
{
    const QJsonObject object = value.toObject();
    const QString typeName = object.value(QStringLiteral("type")).toString();
    const auto type = assistanceTypeFromKey(typeName);
    if (!type)
        return ProcedureItemParser::bad(tr("\"%1\" is not a known assistance type.").arg(typeName));
    if (auto known = ProcedureItemParser::onlyKnownFields(object,
            {QStringLiteral("type"), QStringLiteral("states"), QStringLiteral("checklist"),
                QStringLiteral("transitions"), QStringLiteral("deadlines")},
            typeName, QString());
        !known)
        return std::unexpected(known.error());

    ProcedureDefinition procedure;
    procedure.type = *type;
    auto stateList = expand(object.value(QStringLiteral("states")), typeName, QStringLiteral("states"));
    if (!stateList)
        return std::unexpected(stateList.error());
    auto parsedStates
        = ProcedureItemParser::states(*stateList, typeName, QString(), QStringLiteral("states"));
    if (!parsedStates)
        return std::unexpected(parsedStates.error());
    for (CaseState state : *parsedStates) {
        if (procedure.states.contains(state))
            return ProcedureItemParser::badIn(
                typeName, QString(), tr("the state \"%1\" is listed twice.").arg(domainKey(state)));
        procedure.states.append(state);
    }

    auto checklist = expand(object.value(QStringLiteral("checklist")), typeName, QStringLiteral("checklist"));
    if (!checklist)
        return std::unexpected(checklist.error());
    for (const QJsonValue& element : *checklist) {
        auto item = ProcedureItemParser::checklistItem(element, typeName, book.m_materialNames);
        if (!item)
            return std::unexpected(item.error());
        for (const ChecklistItem& existing : procedure.checklist) {
            if (existing.material == item->material && existing.stage == item->stage)
                return ProcedureItemParser::badIn(typeName, QString(),
                    tr("the material \"%1\" is listed twice for the %2 stage.")
                        .arg(item->material, item->stage));
        }
        procedure.checklist.append(*item);
    }

    auto transitions
        = expand(object.value(QStringLiteral("transitions")), typeName, QStringLiteral("transitions"));
    if (!transitions)
        return std::unexpected(transitions.error());
    for (const QJsonValue& element : *transitions) {
        auto parsed = ProcedureItemParser::transition(element, typeName);
        if (!parsed)
            return std::unexpected(parsed.error());
        procedure.transitions.append(*parsed);
    }

    auto deadlines = expand(object.value(QStringLiteral("deadlines")), typeName, QStringLiteral("deadlines"));
    if (!deadlines)
        return std::unexpected(deadlines.error());
    for (const QJsonValue& element : *deadlines) {
        auto parsed = ProcedureItemParser::deadline(element, typeName);
        if (!parsed)
            return std::unexpected(parsed.error());
        procedure.deadlines.append(*parsed);
    }
    return procedure;
}

Result<QJsonArray> ProcedureParser::expand(
    const QJsonValue& value, const QString& type, const QString& what, int depth) const
{
    if (depth > kMaxIncludeDepth)
        return ProcedureItemParser::badIn(
            type, QString(), tr("fragments included in \"%1\" include each other in a loop.").arg(what));
    if (!value.isArray())
        return ProcedureItemParser::badIn(type, QString(), tr("\"%1\" must be a list.").arg(what));
    QJsonArray result;
    for (const QJsonValue& element : value.toArray()) {
        const QJsonObject object = element.toObject();
        if (!element.isObject() || object.size() != 1 || !object.contains(QStringLiteral("include"))) {
            result.append(element);
            continue;
        }
        const QString name = object.value(QStringLiteral("include")).toString();
        if (!m_fragments.contains(name))
            return ProcedureItemParser::badIn(
                type, QString(), tr("the fragment \"%1\" is not defined.").arg(name));
        auto inner = expand(m_fragments.value(name), type, name, depth + 1);
        if (!inner)
            return inner;
        for (const QJsonValue& included : *inner)
            result.append(included);
    }
    return result;
}

} // namespace jiuzhu
