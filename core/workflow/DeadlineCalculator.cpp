#include "core/workflow/DeadlineCalculator.h"

#include "core/policy/WorkingCalendar.h"
#include "core/workflow/PolicyLookup.h"
#include "core/workflow/SeparationOfDuties.h"

#include <algorithm>

namespace jiuzhu {

namespace {

QDate anchorOf(const CaseFile& file, DeadlineAnchor anchor)
{
    switch (anchor) {
    case DeadlineAnchor::Applied:
        return file.appliedOn();
    case DeadlineAnchor::Accepted:
        return file.enteredOn(CaseState::Accepted);
    case DeadlineAnchor::Decided:
        return file.decision ? file.decision->decidedOn : QDate();
    case DeadlineAnchor::EmergencyAid:
        return file.emergencyAid ? file.emergencyAid->grantedOn : QDate();
    case DeadlineAnchor::LastReview:
        if (!file.reviews.isEmpty())
            return *std::max_element(file.reviews.cbegin(), file.reviews.cend());
        return file.decision ? file.decision->decidedOn : QDate();
    }
    return QDate();
}

bool met(const CaseFile& file, DeadlineUntil until)
{
    switch (until) {
    case DeadlineUntil::StateLeft:
        return false;
    case DeadlineUntil::NoticeServed:
        return file.noticeServedOn.isValid();
    case DeadlineUntil::Filed:
        return file.filedOn.isValid();
    }
    return false;
}

} // namespace

DeadlineCalculator::DeadlineCalculator(const ProcedureBook& book, const WorkflowContext& context)
    : m_book(book)
    , m_context(context)
{
}

Result<std::optional<Deadline>> DeadlineCalculator::evaluate(
    const CaseFile& file, const DeadlineDefinition& definition) const
{
    if (file.isDraft() || !definition.whileIn.contains(file.state) || met(file, definition.until))
        return std::optional<Deadline>();
    const QDate start = anchorOf(file, definition.from);
    if (!start.isValid())
        return std::optional<Deadline>();

    Deadline deadline;
    deadline.caseId = file.id;
    deadline.type = file.type;
    deadline.kind = definition.kind;
    deadline.startedOn = start;
    QString limitKey = definition.policyKey;
    if (!definition.extendedPolicyKey.isEmpty() && file.economicCheckRequestedOn.isValid()) {
        // The longer limit applies once the check has taken (or is taking)
        // longer than the policy allows for it.
        const auto allowed = PolicyLookup::integer(m_context, definition.extendWhenCheckOverKey, start);
        if (!allowed)
            return std::unexpected(allowed.error());
        const QDate checkEnd
            = file.economicCheckReportOn.isValid() ? file.economicCheckReportOn : m_context.clock.today();
        if (file.economicCheckRequestedOn.daysTo(checkEnd) > *allowed) {
            deadline.extended = true;
            limitKey = definition.extendedPolicyKey;
        }
    }
    if (definition.unit == DeadlineUnit::SameDay) {
        deadline.due = start;
        return std::optional<Deadline>(deadline);
    }
    // Limits are those in force when the clock started: a policy change
    // does not shorten a deadline already running.
    const auto limit = PolicyLookup::integer(m_context, limitKey, start);
    if (!limit)
        return std::unexpected(limit.error());
    switch (definition.unit) {
    case DeadlineUnit::SameDay:
        break;
    case DeadlineUnit::Days:
        deadline.due = start.addDays(*limit);
        break;
    case DeadlineUnit::WorkingDays:
        deadline.due = m_context.calendar.addWorkingDays(start, static_cast<int>(*limit));
        break;
    case DeadlineUnit::Months:
        deadline.due = start.addMonths(static_cast<int>(*limit));
        break;
    }
    return std::optional<Deadline>(deadline);
}

Result<QList<Deadline>> DeadlineCalculator::running(const CaseFile& file) const
{
    QList<Deadline> result;
    const ProcedureDefinition* procedure = m_book.procedure(file.type);
    if (!procedure)
        return result;
    for (const DeadlineDefinition& definition : procedure->deadlines) {
        auto deadline = evaluate(file, definition);
        if (!deadline)
            return std::unexpected(deadline.error());
        if (*deadline)
            result.append(**deadline);
    }
    return result;
}

namespace {

bool mayTake(const CaseFile& file, const TransitionDefinition& t, const Actor& user)
{
    const bool holdsRole
        = std::any_of(t.roles.cbegin(), t.roles.cend(), [&](Role role) { return user.roles.contains(role); });
    return holdsRole && SeparationOfDuties::check(file, t, user).has_value();
}

} // namespace

bool DeadlineCalculator::isNextStepFor(const CaseFile& file, const Actor& user) const
{
    const ProcedureDefinition* procedure = m_book.procedure(file.type);
    if (!procedure || file.isDraft())
        return false;
    return std::any_of(
        procedure->transitions.cbegin(), procedure->transitions.cend(), [&](const TransitionDefinition& t) {
            const bool movesOn = t.to && *t.to != file.state && t.from.contains(file.state);
            return movesOn && mayTake(file, t, user);
        });
}

bool DeadlineCalculator::isFor(const CaseFile& file, const Deadline& deadline, const Actor& user) const
{
    const ProcedureDefinition* procedure = m_book.procedure(file.type);
    const auto definition = std::find_if(procedure->deadlines.cbegin(), procedure->deadlines.cend(),
        [&](const DeadlineDefinition& d) { return d.kind == deadline.kind; });
    if (definition == procedure->deadlines.cend() || definition->actions.isEmpty())
        return isNextStepFor(file, user);
    return std::any_of(definition->actions.cbegin(), definition->actions.cend(), [&](const QString& action) {
        const TransitionDefinition* t = procedure->transition(action);
        return t && mayTake(file, *t, user);
    });
}

Result<QList<Deadline>> DeadlineCalculator::select(const QList<CaseFile>& files,
    const std::optional<Actor>& user, const std::function<bool(QDate)>& wanted) const
{
    QList<Deadline> result;
    for (const CaseFile& file : files) {
        auto deadlines = running(file);
        if (!deadlines)
            return std::unexpected(deadlines.error());
        for (const Deadline& deadline : *deadlines) {
            if (wanted(deadline.due) && (!user || isFor(file, deadline, *user)))
                result.append(deadline);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Deadline& a, const Deadline& b) {
        return a.due != b.due ? a.due < b.due : a.caseId < b.caseId;
    });
    return result;
}

Result<QList<Deadline>> DeadlineCalculator::dueToday(
    const QList<CaseFile>& files, const std::optional<Actor>& user) const
{
    const QDate today = m_context.clock.today();
    return select(files, user, [today](QDate due) { return due == today; });
}

Result<QList<Deadline>> DeadlineCalculator::dueThisWeek(
    const QList<CaseFile>& files, const std::optional<Actor>& user) const
{
    const QDate today = m_context.clock.today();
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return select(files, user, [today, sunday](QDate due) { return due >= today && due <= sunday; });
}

Result<QList<Deadline>> DeadlineCalculator::overdue(
    const QList<CaseFile>& files, const std::optional<Actor>& user) const
{
    const QDate today = m_context.clock.today();
    return select(files, user, [today](QDate due) { return due < today; });
}

} // namespace jiuzhu
