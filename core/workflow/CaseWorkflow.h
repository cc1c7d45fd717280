#pragma once

#include "core/domain/Error.h"
#include "core/workflow/ActionInput.h"
#include "core/workflow/CaseFile.h"
#include "core/workflow/CaseTransition.h"
#include "core/workflow/ProcedureBook.h"
#include "core/workflow/WorkflowContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jiuzhu {

// The case procedure engine. Pure: it takes a case file and returns a new
// one with the event to record; it never touches a database, so a step can
// be previewed, tested and refused without side effects. What each type's
// procedure is comes from the ProcedureBook, not from code.
//
// A case is opened by applying the procedure's opening action (e.g. "apply")
// to a CaseFile::draft().
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)

public:
    explicit CaseWorkflow(ProcedureBook book);
    // The engine with the procedure file built into the program.
    [[nodiscard]] static Result<CaseWorkflow> builtIn();

    [[nodiscard]] const ProcedureBook& book() const { return m_book; }

    // What `actor` may do on `file` in its present state: their roles allow
    // it and the separation of duties does not forbid it. Each action says
    // why it would still be refused as the case stands, if it would.
    [[nodiscard]] QList<AvailableAction> availableActions(
        const CaseFile& file, const Actor& actor, const WorkflowContext& context) const;

    // Takes `action` on `file` as `actor`. The event names `actor` and the
    // context's clock time; nothing in `input` can change either.
    [[nodiscard]] Result<CaseTransition> apply(const CaseFile& file, const QString& action,
        const Actor& actor, const ActionInput& input, const WorkflowContext& context) const;

    // The follow-up drafts (分类审核) the step that brought `file` to its
    // present state offers: one per type, in the procedure's order.
    [[nodiscard]] QList<CaseFile> followUpDrafts(const CaseFile& file) const;

private:
    Result<const TransitionDefinition*> permitted(const CaseFile& file, const ProcedureDefinition& procedure,
        const QString& action, const Actor& actor) const;
    Status checkInput(const CaseFile& file, const TransitionDefinition& transition, const ActionInput& input,
        const WorkflowContext& context) const;
    Result<QStringList> lateDeadlines(
        const CaseFile& before, const CaseFile& after, const WorkflowContext& context) const;
    QList<CaseFile> followUps(const CaseFile& file, const TransitionDefinition& transition) const;

    ProcedureBook m_book;
};

} // namespace jiuzhu
