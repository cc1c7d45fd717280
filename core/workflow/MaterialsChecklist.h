#pragma once

#include "core/workflow/CaseFile.h"
#include "core/workflow/ProcedureDefinition.h"

#include <QString>
#include <QStringList>

namespace jiuzhu {

// Which checklist items a case still lacks. Missing is derived from the
// case every time, never stored, so a notice can only ever list what is
// missing now: an item once provided cannot reappear on a later notice.
class MaterialsChecklist
{
public:
    [[nodiscard]] static bool required(const ChecklistItem& item, const CaseFile& file);
    // Checklist keys of `stage` that are required and neither provided nor
    // waived, in checklist order. The authorization counts as missing while
    // any co-resident adult has not signed.
    [[nodiscard]] static QStringList missing(
        const ProcedureDefinition& procedure, const CaseFile& file, const QString& stage);
    // Checklist keys of `stage` required of this case, apart from the per-adult
    // authorization (recorded by member, not as a material), in checklist order.
    [[nodiscard]] static QStringList requiredMaterials(
        const ProcedureDefinition& procedure, const CaseFile& file, const QString& stage);
};

} // namespace jiuzhu
