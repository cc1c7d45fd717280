#include "core/workflow/CaseWorkflow.h"

#include "core/domain/DomainText.h"
#include "core/workflow/DeadlineCalculator.h"
#include "core/workflow/SeparationOfDuties.h"
#include "core/workflow/WorkflowEffects.h"
#include "core/workflow/WorkflowGuards.h"

#include <QJsonArray>

#include <algorithm>

namespace jiuzhu {

namespace {

bool stateMatches(const CaseFile& file, const TransitionDefinition& t)
{
    return file.isDraft() ? t.opens() : (!t.opens() && t.from.contains(file.state));
}

bool holdsRole(const Actor& actor, const TransitionDefinition& t)
{
    return std::any_of(
        t.roles.cbegin(), t.roles.cend(), [&](Role role) { return actor.roles.contains(role); });
}

QString rolesText(const TransitionDefinition& t)
{
    QStringList names;
    for (Role role : kAllRoles) {
        if (t.roles.contains(role))
            names.append(displayName(role));
    }
    return names.join(QStringLiteral(" / "));
}

QString defaultReason(const ActionInput& input)
{
    if (!input.reason.trimmed().isEmpty())
        return input.reason.trimmed();
    if (input.has(QStringLiteral("reasons")))
        return input.reasons.join(QStringLiteral("；"));
    return input.explanation.trimmed();
}

} // namespace

CaseWorkflow::CaseWorkflow(ProcedureBook book)
    : m_book(std::move(book))
{
}

Result<CaseWorkflow> CaseWorkflow::builtIn()
{
    auto book = ProcedureBook::loadBuiltIn();
    if (!book)
        return std::unexpected(book.error());
    return CaseWorkflow(std::move(*book));
}

QList<AvailableAction> CaseWorkflow::availableActions(
    const CaseFile& file, const Actor& actor, const WorkflowContext& context) const
{
    QList<AvailableAction> result;
    const ProcedureDefinition* procedure = m_book.procedure(file.type);
    if (!procedure || actor.userId <= 0)
        return result;
    const ActionInput noInput;
    for (const TransitionDefinition& t : procedure->transitions) {
        if (!stateMatches(file, t) || !holdsRole(actor, t) || !SeparationOfDuties::check(file, t, actor))
            continue;
        AvailableAction available {t.action, t.to, t.notice, t.inputs, QString()};
        const GuardArgs args {file, file, noInput, t, *procedure, m_book, context};
        for (const QString& name : t.guards) {
            const auto* spec = WorkflowGuards::find(name);
            if (spec->needsInput)
                continue;
            if (auto ok = spec->check(args); !ok) {
                available.blockedBecause = ok.error().message;
                break;
            }
        }
        result.append(available);
    }
    return result;
}

Result<const TransitionDefinition*> CaseWorkflow::permitted(const CaseFile& file,
    const ProcedureDefinition& procedure, const QString& action, const Actor& actor) const
{
    const TransitionDefinition* t = procedure.transition(action);
    if (!t)
        return fail(ErrorCode::InvalidInput, tr("Action"),
            tr("The procedure for %1 has no action \"%2\".").arg(displayName(file.type), action));
    if (actor.userId <= 0)
        return fail(ErrorCode::PermissionDenied, tr("Only a signed-in user can act on a case."));
    if (!stateMatches(file, *t)) {
        if (file.isDraft())
            return fail(ErrorCode::Conflict, tr("The case must be opened before \"%1\".").arg(action));
        return fail(ErrorCode::Conflict,
            tr("\"%1\" is not possible while the case is in the state \"%2\".")
                .arg(action, displayName(file.state)));
    }
    if (!holdsRole(actor, *t))
        return fail(ErrorCode::PermissionDenied,
            tr("Only a user with the role %1 may take the action \"%2\".").arg(rolesText(*t), action));
    if (auto separated = SeparationOfDuties::check(file, *t, actor); !separated)
        return std::unexpected(separated.error());
    return t;
}

Status CaseWorkflow::checkInput(const CaseFile& file, const TransitionDefinition& t, const ActionInput& input,
    const WorkflowContext& context) const
{
    for (const QString& key : t.inputs) {
        if (!input.has(key))
            return fail(ErrorCode::InvalidInput, ActionInput::fieldLabel(key),
                tr("This step needs it filled in: \"%1\".").arg(ActionInput::fieldLabel(key)));
    }
    if (input.date) {
        const QString field = ActionInput::fieldLabel(QStringLiteral("date"));
        if (!input.date->isValid())
            return fail(ErrorCode::InvalidInput, field, tr("The date is not a valid calendar day."));
        if (*input.date > context.clock.today())
            return fail(ErrorCode::InvalidInput, field,
                tr("The date %1 is in the future.").arg(input.date->toString(Qt::ISODate)));
        if (!file.isDraft() && *input.date < file.appliedOn())
            return fail(ErrorCode::InvalidInput, field,
                tr("The date %1 is before the application (%2).")
                    .arg(input.date->toString(Qt::ISODate), file.appliedOn().toString(Qt::ISODate)));
    }
    return {};
}

Result<CaseTransition> CaseWorkflow::apply(const CaseFile& file, const QString& action, const Actor& actor,
    const ActionInput& input, const WorkflowContext& context) const
{
    const ProcedureDefinition* procedure = m_book.procedure(file.type);
    if (!procedure)
        return fail(ErrorCode::NotFound, tr("There is no procedure for %1.").arg(displayName(file.type)));
    const auto allowed = permitted(file, *procedure, action, actor);
    if (!allowed)
        return std::unexpected(allowed.error());
    const TransitionDefinition& t = **allowed;
    if (auto valid = checkInput(file, t, input, context); !valid)
        return std::unexpected(valid.error());

    CaseFile after = file;
    QJsonObject data;
    IssuedNotice notice {t.notice, {}, {}, {}};
    QString reason = defaultReason(input);
    EffectArgs effectArgs {after, input, t, *procedure, m_book, context, data, notice, reason};
    for (const QString& name : t.effects) {
        if (auto applied = WorkflowEffects::find(name)->apply(effectArgs); !applied)
            return std::unexpected(applied.error());
    }
    const GuardArgs guardArgs {file, after, input, t, *procedure, m_book, context};
    for (const QString& name : t.guards) {
        if (auto passed = WorkflowGuards::find(name)->check(guardArgs); !passed)
            return std::unexpected(passed.error());
    }

    if (t.duty)
        data.insert(SeparationOfDuties::dataKey(), dutyKey(*t.duty));
    if (!t.notice.isEmpty())
        data.insert(QStringLiteral("notice"), t.notice);
    if (file.sourceCaseId != 0 && file.isDraft())
        data.insert(QStringLiteral("sourceCaseId"), file.sourceCaseId);
    after.state = t.to.value_or(file.state);
    CaseEvent event {t.action, actor.userId, context.clock.now(),
        file.isDraft() ? std::nullopt : std::optional<CaseState>(file.state), after.state, reason, data};
    after.events.append(event);

    const auto late = lateDeadlines(file, after, context);
    if (!late)
        return std::unexpected(late.error());
    if (!late->isEmpty()) {
        event.data.insert(QStringLiteral("late"), QJsonArray::fromStringList(*late));
        after.events.last().data = event.data;
    }

    CaseTransition result;
    result.caseFile = after;
    result.event = event;
    if (!t.notice.isEmpty())
        result.notice = notice;
    result.followUps = followUps(after, t);
    result.lateDeadlines = *late;
    return result;
}

Result<QStringList> CaseWorkflow::lateDeadlines(
    const CaseFile& before, const CaseFile& after, const WorkflowContext& context) const
{
    // A deadline this step ended (or restarted, like a periodic review) is
    // late if today is past its last day.
    const DeadlineCalculator calculator(m_book, context);
    const auto running = calculator.running(before);
    if (!running)
        return std::unexpected(running.error());
    const auto still = calculator.running(after);
    if (!still)
        return std::unexpected(still.error());
    const QDate today = context.clock.today();
    QStringList late;
    for (const Deadline& deadline : *running) {
        const auto same = std::find_if(
            still->cbegin(), still->cend(), [&](const Deadline& d) { return d.kind == deadline.kind; });
        const bool ended = same == still->cend() || same->startedOn != deadline.startedOn;
        if (ended && today > deadline.due)
            late.append(deadline.kind);
    }
    return late;
}

QList<CaseFile> CaseWorkflow::followUpDrafts(const CaseFile& file) const
{
    const ProcedureDefinition* procedure = m_book.procedure(file.type);
    if (!procedure || file.events.isEmpty())
        return {};
    const QString lastAction = file.events.constLast().action;
    for (const TransitionDefinition& t : procedure->transitions) {
        if (t.action == lastAction && t.to == file.state)
            return followUps(file, t);
    }
    return {};
}

QList<CaseFile> CaseWorkflow::followUps(const CaseFile& file, const TransitionDefinition& t) const
{
    QList<CaseFile> drafts;
    for (AssistanceType type : t.followUp) {
        CaseFile draft = file.derive(type);
        const ProcedureDefinition* target = m_book.procedure(type);
        for (auto it = draft.materials.begin(); it != draft.materials.end();) {
            if (target && target->hasMaterial(it.key()))
                ++it;
            else
                it = draft.materials.erase(it);
        }
        drafts.append(draft);
    }
    return drafts;
}

} // namespace jiuzhu
