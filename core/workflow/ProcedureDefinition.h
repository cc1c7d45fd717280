#pragma once

#include "core/domain/Household.h"
#include "core/workflow/Role.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiuzhu {

// The three steps that must be taken by three different people on one case.
enum class Duty { Intake, PreliminaryReview, Confirmation };

// When a checklist item is required.
enum class MaterialCondition {
    Always,
    EveryAdult, // one signed copy per co-resident adult (the authorization)
    CloseRelative, // the case is flagged 近亲属备案
    Agent, // the application was made by an agent
    AsNeeded, // only once staff have listed it for this case
};

struct ChecklistItem
{
    QString material; // key into ProcedureBook::materialName()
    QString stage; // "application", "investigation", "paperwork"
    MaterialCondition when = MaterialCondition::Always;
};

struct TransitionDefinition
{
    QString action;
    QList<CaseState> from; // empty: the action that opens a case
    std::optional<CaseState> to; // none: the case stays where it is
    QSet<Role> roles; // any one of them may take the action
    std::optional<Duty> duty;
    QStringList inputs; // ActionInput::fieldKeys() that must be filled
    QStringList guards; // WorkflowGuards names, checked in order
    QStringList effects; // WorkflowEffects names, applied in order
    QString notice; // kind of document issued, empty for none
    QString stage; // the checklist stage its materials guards look at
    QHash<QString, QString> policy; // parameter name → policy key
    QList<AssistanceType> followUp; // types to offer for classified review

    [[nodiscard]] bool opens() const { return from.isEmpty(); }
};

enum class DeadlineUnit { SameDay, Days, WorkingDays, Months };
enum class DeadlineAnchor { Applied, Accepted, Decided, EmergencyAid, LastReview };
enum class DeadlineUntil { StateLeft, NoticeServed, Filed };

// A time limit that runs while a case is in one of `whileIn`, counted from
// `from`, and ends when the case leaves those states or `until` is met.
struct DeadlineDefinition
{
    QString kind;
    QList<CaseState> whileIn;
    DeadlineUntil until = DeadlineUntil::StateLeft;
    DeadlineAnchor from = DeadlineAnchor::Applied;
    DeadlineUnit unit = DeadlineUnit::SameDay;
    QString policyKey;
    // When the economic check took longer than extendWhenCheckOverKey days,
    // extendedPolicyKey gives the limit instead.
    QString extendedPolicyKey;
    QString extendWhenCheckOverKey;
    // The actions that meet it, when they are not simply the next steps of
    // the case (serving a notice, filing, a review): whoever may take them
    // sees the deadline in their list.
    QStringList actions;
};

struct ProcedureDefinition
{
    AssistanceType type = AssistanceType::Dibao;
    QList<CaseState> states;
    QList<TransitionDefinition> transitions;
    QList<ChecklistItem> checklist;
    QList<DeadlineDefinition> deadlines;

    [[nodiscard]] const TransitionDefinition* transition(const QString& action) const;
    [[nodiscard]] const TransitionDefinition* opening() const;
    [[nodiscard]] bool hasMaterial(const QString& material) const;
};

[[nodiscard]] QString dutyKey(Duty duty);
[[nodiscard]] std::optional<Duty> dutyFromKey(const QString& key);

} // namespace jiuzhu
