#pragma once

#include "core/domain/Error.h"
#include "core/workflow/ProcedureDefinition.h"

#include <QCoreApplication>
#include <QList>

namespace jiuzhu {

// Checks each parsed procedure as a whole: one opening action, no action
// twice, every state used is declared and every declared state reachable,
// follow-up types and deadline states exist.
class ProcedureValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureValidator)

public:
    [[nodiscard]] static Status validate(const QList<ProcedureDefinition>& procedures);

private:
    static Status validate(const ProcedureDefinition& procedure, const QList<ProcedureDefinition>& all);
};

} // namespace jiuzhu
