#include "core/workflow/ProcedureValidator.h"

#include "core/domain/DomainKeys.h"

#include <QSet>

#include <algorithm>

namespace jiuzhu {

namespace {

// `where` is empty for the procedure as a whole, else "action …" or "deadline …".
std::unexpected<Error> badIn(AssistanceType type, const QString& where, const QString& detail)
{
    const QString field = ProcedureValidator::tr("Procedure file");
    const QString key = domainKey(type);
    if (where.isEmpty())
        return fail(
            ErrorCode::InvalidInput, field, ProcedureValidator::tr("Procedure %1: %2").arg(key, detail));
    return fail(ErrorCode::InvalidInput, field,
        ProcedureValidator::tr("Procedure %1, %2: %3").arg(key, where, detail));
}

QString atAction(const QString& action)
{
    return ProcedureValidator::tr("action %1").arg(action);
}

} // namespace

Status ProcedureValidator::validate(const QList<ProcedureDefinition>& procedures)
{
    for (const ProcedureDefinition& procedure : procedures) {
        if (auto valid = validate(procedure, procedures); !valid)
            return valid;
    }
    return {};
}

Status ProcedureValidator::validate(
    const ProcedureDefinition& procedure, const QList<ProcedureDefinition>& all)
{
    const AssistanceType type = procedure.type;
    const auto declared = [&](CaseState state) { return procedure.states.contains(state); };
    const auto undeclared = [&](const QString& action, CaseState state) {
        return badIn(type, action,
            tr("the state \"%1\" is not one of this procedure's states.").arg(domainKey(state)));
    };

    QSet<QString> actions;
    const TransitionDefinition* opening = nullptr;
    for (const TransitionDefinition& t : procedure.transitions) {
        if (actions.contains(t.action))
            return badIn(type, atAction(t.action), tr("the action is defined twice."));
        actions.insert(t.action);
        if (t.opens()) {
            if (opening)
                return badIn(type, atAction(t.action), tr("a second action opens a case; only one may."));
            if (!t.to)
                return badIn(type, atAction(t.action),
                    tr("the action that opens a case must name the state it starts in."));
            opening = &t;
        }
        for (CaseState state : t.from) {
            if (!declared(state))
                return undeclared(atAction(t.action), state);
        }
        if (t.to && !declared(*t.to))
            return undeclared(atAction(t.action), *t.to);
        for (AssistanceType other : t.followUp) {
            const bool defined = std::any_of(
                all.cbegin(), all.cend(), [&](const ProcedureDefinition& p) { return p.type == other; });
            if (other == type || !defined)
                return badIn(type, atAction(t.action),
                    tr("the follow-up type \"%1\" must be another type with a procedure.")
                        .arg(domainKey(other)));
        }
    }
    if (!opening)
        return badIn(type, QString(), tr("no action opens a case (an action whose \"from\" is empty)."));

    // Every declared state must be reachable from the one a case opens in:
    // a state nothing leads to is a typo or a forgotten transition.
    QSet<CaseState> reached {*opening->to};
    for (bool grew = true; grew;) {
        grew = false;
        for (const TransitionDefinition& t : procedure.transitions) {
            if (!t.to || reached.contains(*t.to))
                continue;
            if (std::any_of(
                    t.from.cbegin(), t.from.cend(), [&](CaseState s) { return reached.contains(s); })) {
                reached.insert(*t.to);
                grew = true;
            }
        }
    }
    for (CaseState state : procedure.states) {
        if (!reached.contains(state))
            return badIn(type, QString(), tr("no action leads to the state \"%1\".").arg(domainKey(state)));
    }

    QSet<QString> kinds;
    for (const DeadlineDefinition& deadline : procedure.deadlines) {
        const QString where = tr("deadline %1").arg(deadline.kind);
        if (kinds.contains(deadline.kind))
            return badIn(type, where, tr("the deadline is defined twice."));
        kinds.insert(deadline.kind);
        for (CaseState state : deadline.whileIn) {
            if (!declared(state))
                return undeclared(where, state);
        }
        for (const QString& action : deadline.actions) {
            if (!actions.contains(action))
                return badIn(type, where, tr("the action \"%1\" is not part of this procedure.").arg(action));
        }
    }
    return {};
}

} // namespace jiuzhu
