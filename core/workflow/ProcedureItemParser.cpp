#include "core/workflow/ProcedureItemParser.h"

#include "core/domain/DomainKeys.h"
#include "core/workflow/ActionInput.h"
#include "core/workflow/ProcedureBook.h"
#include "core/workflow/WorkflowEffects.h"
#include "core/workflow/WorkflowGuards.h"

#include <QHash>
#include <QJsonArray>

namespace jiuzhu {

std::unexpected<Error> ProcedureItemParser::bad(const QString& message)
{
    return fail(ErrorCode::InvalidInput, tr("Procedure file"), message);
}

std::unexpected<Error> ProcedureItemParser::badIn(
    const QString& type, const QString& where, const QString& detail)
{
    if (where.isEmpty())
        return bad(tr("Procedure %1: %2").arg(type, detail));
    return bad(tr("Procedure %1, %2: %3").arg(type, where, detail));
}

Status ProcedureItemParser::onlyKnownFields(
    const QJsonObject& object, const QStringList& allowed, const QString& type, const QString& action)
{
    for (const QString& key : object.keys()) {
        if (!allowed.contains(key))
            return badIn(type, action, tr("the field \"%1\" is not understood.").arg(key));
    }
    return {};
}

Result<QStringList> ProcedureItemParser::strings(
    const QJsonValue& value, const QString& type, const QString& action, const QString& field)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return badIn(type, action, tr("\"%1\" must be a list of names.").arg(field));
    QStringList result;
    for (const QJsonValue& element : value.toArray()) {
        if (!element.isString() || element.toString().isEmpty())
            return badIn(type, action, tr("\"%1\" must be a list of names.").arg(field));
        result.append(element.toString());
    }
    return result;
}

Result<QList<CaseState>> ProcedureItemParser::states(
    const QJsonValue& value, const QString& type, const QString& action, const QString& field)
{
    auto names = strings(value, type, action, field);
    if (!names)
        return std::unexpected(names.error());
    QList<CaseState> result;
    for (const QString& name : *names) {
        const auto state = caseStateFromKey(name);
        if (!state)
            return badIn(type, action, tr("the state \"%1\" is not a known case state.").arg(name));
        result.append(*state);
    }
    return result;
}

Result<ChecklistItem> ProcedureItemParser::checklistItem(
    const QJsonValue& value, const QString& type, const QMap<QString, QString>& materialNames)
{
    const QJsonObject object = value.toObject();
    if (auto known = onlyKnownFields(object,
            {QStringLiteral("material"), QStringLiteral("stage"), QStringLiteral("when")}, type, QString());
        !known)
        return std::unexpected(known.error());
    ChecklistItem item;
    item.material = object.value(QStringLiteral("material")).toString();
    if (!materialNames.contains(item.material))
        return badIn(
            type, QString(), tr("the material \"%1\" is not in the list of materials.").arg(item.material));
    item.stage = object.value(QStringLiteral("stage")).toString();
    if (!ProcedureBook::stages().contains(item.stage))
        return badIn(type, QString(),
            tr("the stage \"%1\" of material \"%2\" is unknown.").arg(item.stage, item.material));
    const QString when = object.value(QStringLiteral("when")).toString();
    static const QList<std::pair<QString, MaterialCondition>> conditions {
        {QStringLiteral("always"), MaterialCondition::Always},
        {QStringLiteral("every-adult"), MaterialCondition::EveryAdult},
        {QStringLiteral("close-relative"), MaterialCondition::CloseRelative},
        {QStringLiteral("agent"), MaterialCondition::Agent},
        {QStringLiteral("as-needed"), MaterialCondition::AsNeeded},
    };
    for (const auto& [key, condition] : conditions) {
        if (key == when) {
            item.when = condition;
            return item;
        }
    }
    return badIn(
        type, QString(), tr("\"%1\" is not a known condition for material \"%2\".").arg(when, item.material));
}

Result<TransitionDefinition> ProcedureItemParser::transition(const QJsonValue& value, const QString& type)
{
    const QJsonObject object = value.toObject();
    TransitionDefinition t;
    t.action = object.value(QStringLiteral("action")).toString();
    if (t.action.isEmpty())
        return badIn(type, QString(), tr("a transition has no action name."));
    const QString where = tr("action %1").arg(t.action);
    if (auto known = onlyKnownFields(object,
            {QStringLiteral("action"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("roles"),
                QStringLiteral("duty"), QStringLiteral("inputs"), QStringLiteral("guards"),
                QStringLiteral("effects"), QStringLiteral("notice"), QStringLiteral("stage"),
                QStringLiteral("policy"), QStringLiteral("followUp")},
            type, where);
        !known)
        return std::unexpected(known.error());

    if (!object.value(QStringLiteral("from")).isArray())
        return badIn(
            type, where, tr("\"from\" must list the states the action starts from ([] opens a case)."));
    auto from = states(object.value(QStringLiteral("from")), type, where, QStringLiteral("from"));
    if (!from)
        return std::unexpected(from.error());
    t.from = *from;
    if (object.contains(QStringLiteral("to"))) {
        const QString to = object.value(QStringLiteral("to")).toString();
        t.to = caseStateFromKey(to);
        if (!t.to)
            return badIn(type, where, tr("the state \"%1\" is not a known case state.").arg(to));
    }

    auto roles = strings(object.value(QStringLiteral("roles")), type, where, QStringLiteral("roles"));
    if (!roles)
        return std::unexpected(roles.error());
    if (roles->isEmpty())
        return badIn(type, where, tr("no role may take the action."));
    for (const QString& name : *roles) {
        const auto role = roleFromKey(name);
        if (!role)
            return badIn(type, where, tr("the role \"%1\" is unknown.").arg(name));
        t.roles.insert(*role);
    }
    if (object.contains(QStringLiteral("duty"))) {
        const QString duty = object.value(QStringLiteral("duty")).toString();
        t.duty = dutyFromKey(duty);
        if (!t.duty)
            return badIn(type, where, tr("the duty \"%1\" is unknown.").arg(duty));
    }

    auto inputs = strings(object.value(QStringLiteral("inputs")), type, where, QStringLiteral("inputs"));
    auto guards = strings(object.value(QStringLiteral("guards")), type, where, QStringLiteral("guards"));
    auto effects = strings(object.value(QStringLiteral("effects")), type, where, QStringLiteral("effects"));
    auto followUp
        = strings(object.value(QStringLiteral("followUp")), type, where, QStringLiteral("followUp"));
    for (const auto* list : {&inputs, &guards, &effects, &followUp}) {
        if (!*list)
            return std::unexpected(list->error());
    }
    t.inputs = *inputs;
    t.guards = *guards;
    t.effects = *effects;
    for (const QString& input : t.inputs) {
        if (!ActionInput::fieldKeys().contains(input))
            return badIn(type, where, tr("the input \"%1\" is unknown.").arg(input));
    }
    for (const QString& name : *followUp) {
        const auto other = assistanceTypeFromKey(name);
        if (!other)
            return badIn(type, where, tr("the follow-up type \"%1\" is unknown.").arg(name));
        t.followUp.append(*other);
    }

    t.notice = object.value(QStringLiteral("notice")).toString();
    if (!t.notice.isEmpty() && !ProcedureBook::noticeKinds().contains(t.notice))
        return badIn(type, where, tr("the notice \"%1\" is unknown.").arg(t.notice));
    t.stage = object.value(QStringLiteral("stage")).toString();
    if (!t.stage.isEmpty() && !ProcedureBook::stages().contains(t.stage))
        return badIn(type, where, tr("the stage \"%1\" is unknown.").arg(t.stage));
    const QJsonObject policy = object.value(QStringLiteral("policy")).toObject();
    for (auto it = policy.constBegin(); it != policy.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty())
            return badIn(type, where, tr("the policy parameter \"%1\" names no policy key.").arg(it.key()));
        t.policy.insert(it.key(), it.value().toString());
    }
    if (auto named = checkNamedRules(t, type); !named)
        return std::unexpected(named.error());
    return t;
}

Status ProcedureItemParser::checkNamedRules(const TransitionDefinition& t, const QString& type)
{
    const QString where = tr("action %1").arg(t.action);
    const auto needs = [&](const QString& kind, const QString& name, bool needsStage,
                           const QStringList& policy, const QStringList& inputs) -> Status {
        for (const QString& input : inputs) {
            if (!t.inputs.contains(input))
                return badIn(type, where, tr("the %1 \"%2\" needs the input \"%3\".").arg(kind, name, input));
        }
        if (needsStage && t.stage.isEmpty())
            return badIn(type, where, tr("the %1 \"%2\" needs a checklist stage.").arg(kind, name));
        for (const QString& parameter : policy) {
            if (!t.policy.contains(parameter))
                return badIn(type, where,
                    tr("the %1 \"%2\" needs the policy parameter \"%3\".").arg(kind, name, parameter));
        }
        return {};
    };
    for (const QString& name : t.guards) {
        const auto* spec = WorkflowGuards::find(name);
        if (!spec)
            return badIn(type, where, tr("the guard \"%1\" is unknown.").arg(name));
        if (auto ok = needs(tr("guard"), name, spec->needsStage, spec->policy, spec->inputs); !ok)
            return ok;
    }
    for (const QString& name : t.effects) {
        const auto* spec = WorkflowEffects::find(name);
        if (!spec)
            return badIn(type, where, tr("the effect \"%1\" is unknown.").arg(name));
        if (auto ok = needs(tr("effect"), name, spec->needsStage, spec->policy, spec->inputs); !ok)
            return ok;
    }
    return {};
}

Result<DeadlineDefinition> ProcedureItemParser::deadline(const QJsonValue& value, const QString& type)
{
    const QJsonObject object = value.toObject();
    DeadlineDefinition d;
    d.kind = object.value(QStringLiteral("kind")).toString();
    if (d.kind.isEmpty())
        return badIn(type, QString(), tr("a deadline has no kind."));
    const QString where = tr("deadline %1").arg(d.kind);
    if (auto known = onlyKnownFields(object,
            {QStringLiteral("kind"), QStringLiteral("while"), QStringLiteral("until"), QStringLiteral("from"),
                QStringLiteral("unit"), QStringLiteral("policy"), QStringLiteral("extendedPolicy"),
                QStringLiteral("extendWhenCheckOver"), QStringLiteral("actions")},
            type, where);
        !known)
        return std::unexpected(known.error());
    auto whileIn = states(object.value(QStringLiteral("while")), type, where, QStringLiteral("while"));
    if (!whileIn)
        return std::unexpected(whileIn.error());
    if (whileIn->isEmpty())
        return badIn(type, where, tr("the deadline runs in no state."));
    d.whileIn = *whileIn;

    const QString until = object.value(QStringLiteral("until")).toString();
    const QString from = object.value(QStringLiteral("from")).toString();
    const QString unit = object.value(QStringLiteral("unit")).toString();
    const QHash<QString, DeadlineUntil> untils {{QString(), DeadlineUntil::StateLeft},
        {QStringLiteral("notice-served"), DeadlineUntil::NoticeServed},
        {QStringLiteral("filed"), DeadlineUntil::Filed}};
    const QHash<QString, DeadlineAnchor> anchors {{QStringLiteral("applied"), DeadlineAnchor::Applied},
        {QStringLiteral("accepted"), DeadlineAnchor::Accepted},
        {QStringLiteral("decided"), DeadlineAnchor::Decided},
        {QStringLiteral("emergency-aid"), DeadlineAnchor::EmergencyAid},
        {QStringLiteral("last-review"), DeadlineAnchor::LastReview}};
    const QHash<QString, DeadlineUnit> units {{QString(), DeadlineUnit::SameDay},
        {QStringLiteral("days"), DeadlineUnit::Days},
        {QStringLiteral("working-days"), DeadlineUnit::WorkingDays},
        {QStringLiteral("months"), DeadlineUnit::Months}};
    if (!untils.contains(until))
        return badIn(type, where, tr("\"%1\" is not a known end of a deadline.").arg(until));
    if (!anchors.contains(from))
        return badIn(type, where, tr("\"%1\" is not a known start of a deadline.").arg(from));
    if (!units.contains(unit))
        return badIn(type, where, tr("\"%1\" is not a known unit of time.").arg(unit));
    d.until = untils.value(until);
    d.from = anchors.value(from);
    d.unit = units.value(unit);
    d.policyKey = object.value(QStringLiteral("policy")).toString();
    d.extendedPolicyKey = object.value(QStringLiteral("extendedPolicy")).toString();
    d.extendWhenCheckOverKey = object.value(QStringLiteral("extendWhenCheckOver")).toString();
    if ((d.unit == DeadlineUnit::SameDay) != d.policyKey.isEmpty())
        return badIn(type, where, tr("a deadline names a policy key exactly when it has a unit of time."));
    auto actions = strings(object.value(QStringLiteral("actions")), type, where, QStringLiteral("actions"));
    if (!actions)
        return std::unexpected(actions.error());
    d.actions = *actions;
    if (d.extendedPolicyKey.isEmpty() != d.extendWhenCheckOverKey.isEmpty())
        return badIn(
            type, where, tr("an extended limit needs both \"extendedPolicy\" and \"extendWhenCheckOver\"."));
    return d;
}

} // namespace jiuzhu
