#pragma once

#include "core/workflow/CaseFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiuzhu {

// A document the office must now produce. The documents layer renders it;
// the engine only says which and with what lists.
struct IssuedNotice
{
    QString kind; // e.g. "missing-materials-notice"
    QStringList missingMaterials; // checklist keys, for the one-time notice
    QList<qint64> missingAuthorizations; // adults (member ids) whose authorization is missing
    QStringList reasons; // of a refusal, non-acceptance or adjustment
};

// The result of one step: the case as it now stands, the event to store and
// chain into the audit log, and what else the office should do.
struct CaseTransition
{
    CaseFile caseFile;
    CaseEvent event;
    std::optional<IssuedNotice> notice;
    // Drafts of other types to assess from the same facts (一次申请、分类审核);
    // the caller decides with the applicant which to open.
    QList<CaseFile> followUps;
    // Deadlines this step met too late, by kind (e.g. "emergency-paperwork").
    QStringList lateDeadlines;
};

// One action the user may take on a case now.
struct AvailableAction
{
    QString action;
    std::optional<CaseState> to; // none: the case stays where it is
    QString notice;
    QStringList inputs;
    // Why the action would be refused as the case stands, empty if it is
    // ready; the UI shows it beside a disabled button.
    QString blockedBecause;
};

} // namespace jiuzhu
