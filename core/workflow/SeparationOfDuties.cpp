#include "core/workflow/SeparationOfDuties.h"

namespace jiuzhu {

namespace {

QString conflictMessage(Duty a, Duty b)
{
    const auto pair = [&](Duty x, Duty y) { return (a == x && b == y) || (a == y && b == x); };
    if (pair(Duty::Intake, Duty::Confirmation))
        return SeparationOfDuties::tr("The same person cannot both accept and confirm a case.");
    if (pair(Duty::Intake, Duty::PreliminaryReview))
        return SeparationOfDuties::tr(
            "The same person cannot both accept a case and give its preliminary opinion.");
    return SeparationOfDuties::tr(
        "The same person cannot both give the preliminary opinion on a case and confirm it.");
}

} // namespace

QString SeparationOfDuties::dataKey()
{
    return QStringLiteral("duty");
}

Status SeparationOfDuties::check(
    const CaseFile& file, const TransitionDefinition& transition, const Actor& actor)
{
    if (!transition.duty)
        return {};
    for (const CaseEvent& event : file.events) {
        if (event.actorUserId != actor.userId)
            continue;
        const auto earlier = dutyFromKey(event.data.value(dataKey()).toString());
        if (earlier && *earlier != *transition.duty)
            return fail(ErrorCode::PermissionDenied, conflictMessage(*earlier, *transition.duty));
    }
    return {};
}

} // namespace jiuzhu
