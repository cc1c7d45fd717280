#pragma once

#include "core/domain/Error.h"
#include "core/workflow/CaseFile.h"
#include "core/workflow/ProcedureDefinition.h"
#include "core/workflow/WorkflowContext.h"

#include <QCoreApplication>

namespace jiuzhu {

// Intake, preliminary review and confirmation of one case are taken by three
// different people (受理、初审、审核确认经办人员不能为同一人). The engine finds
// who took the earlier steps in the case's own events, whose data records
// the duty each step fulfilled.
class SeparationOfDuties
{
    Q_DECLARE_TR_FUNCTIONS(SeparationOfDuties)

public:
    // Fails when `actor` already took a step of another duty on this case.
    [[nodiscard]] static Status check(
        const CaseFile& file, const TransitionDefinition& transition, const Actor& actor);

    // The key under which an event's data records its duty.
    [[nodiscard]] static QString dataKey();
};

} // namespace jiuzhu
