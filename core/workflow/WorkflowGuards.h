#pragma once

#include "core/domain/Error.h"
#include "core/workflow/ActionInput.h"
#include "core/workflow/CaseFile.h"
#include "core/workflow/ProcedureBook.h"
#include "core/workflow/ProcedureDefinition.h"
#include "core/workflow/WorkflowContext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jiuzhu {

struct GuardArgs
{
    const CaseFile& before;
    const CaseFile& after; // with this action's effects applied
    const ActionInput& input;
    const TransitionDefinition& transition;
    const ProcedureDefinition& procedure;
    const ProcedureBook& book;
    const WorkflowContext& context;
};

// The named conditions a procedure file may put on a transition. Each
// returns the rule it found broken, in words a clerk understands.
class WorkflowGuards
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowGuards)

public:
    using Check = Status (*)(const GuardArgs&);
    struct Spec
    {
        QString name;
        bool needsInput = false; // cannot be judged before the user has filled in the action
        QStringList inputs; // input fields the transition must require
        bool needsStage = false; // the transition must name a checklist stage
        QStringList policy; // policy parameters the transition must map to keys
        Check check = nullptr;
    };

    [[nodiscard]] static const Spec* find(const QString& name);
    [[nodiscard]] static QStringList names();

private:
    static const QList<Spec>& all();
};

} // namespace jiuzhu
