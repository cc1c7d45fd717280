#pragma once

#include "core/domain/Error.h"
#include "core/workflow/ActionInput.h"
#include "core/workflow/CaseFile.h"
#include "core/workflow/CaseTransition.h"
#include "core/workflow/ProcedureBook.h"
#include "core/workflow/ProcedureDefinition.h"
#include "core/workflow/WorkflowContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace jiuzhu {

struct EffectArgs
{
    CaseFile& file; // the case being changed
    const ActionInput& input;
    const TransitionDefinition& transition;
    const ProcedureDefinition& procedure;
    const ProcedureBook& book;
    const WorkflowContext& context;
    QJsonObject& data; // of the event being recorded
    IssuedNotice& notice; // used when the transition issues one
    QString& reason; // of the event
};

// The named changes a transition makes to the case file. They validate what
// they record (amounts, dates, lists), so a guard can trust the result.
class WorkflowEffects
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowEffects)

public:
    using Apply = Status (*)(EffectArgs&);
    struct Spec
    {
        QString name;
        bool needsStage = false;
        QStringList inputs; // input fields the transition must require
        QStringList policy;
        Apply apply = nullptr;
    };

    [[nodiscard]] static const Spec* find(const QString& name);
    [[nodiscard]] static QStringList names();

private:
    static const QList<Spec>& all();
};

} // namespace jiuzhu
