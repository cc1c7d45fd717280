#include "core/workflow/ProcedureDefinition.h"

#include <algorithm>

namespace jiuzhu {

const TransitionDefinition* ProcedureDefinition::transition(const QString& action) const
{
    const auto it = std::find_if(transitions.cbegin(), transitions.cend(),
        [&](const TransitionDefinition& t) { return t.action == action; });
    return it == transitions.cend() ? nullptr : &*it;
}

const TransitionDefinition* ProcedureDefinition::opening() const
{
    const auto it = std::find_if(
        transitions.cbegin(), transitions.cend(), [](const TransitionDefinition& t) { return t.opens(); });
    return it == transitions.cend() ? nullptr : &*it;
}

bool ProcedureDefinition::hasMaterial(const QString& material) const
{
    return std::any_of(checklist.cbegin(), checklist.cend(),
        [&](const ChecklistItem& item) { return item.material == material; });
}

QString dutyKey(Duty duty)
{
    switch (duty) {
    case Duty::Intake:
        return QStringLiteral("intake");
    case Duty::PreliminaryReview:
        return QStringLiteral("preliminary-review");
    case Duty::Confirmation:
        return QStringLiteral("confirmation");
    }
    return QString();
}

std::optional<Duty> dutyFromKey(const QString& key)
{
    for (Duty duty : {Duty::Intake, Duty::PreliminaryReview, Duty::Confirmation}) {
        if (dutyKey(duty) == key)
            return duty;
    }
    return std::nullopt;
}

} // namespace jiuzhu
