#include "core/workflow/MaterialsChecklist.h"

namespace jiuzhu {

bool MaterialsChecklist::required(const ChecklistItem& item, const CaseFile& file)
{
    switch (item.when) {
    case MaterialCondition::Always:
    case MaterialCondition::EveryAdult:
        return true;
    case MaterialCondition::CloseRelative:
        return file.closeRelative;
    case MaterialCondition::Agent:
        return file.channel == ApplicationChannel::Agent;
    case MaterialCondition::AsNeeded:
        return file.materials.contains(item.material);
    }
    return true;
}

QStringList MaterialsChecklist::missing(
    const ProcedureDefinition& procedure, const CaseFile& file, const QString& stage)
{
    QStringList result;
    for (const ChecklistItem& item : procedure.checklist) {
        if (item.stage != stage || !required(item, file) || result.contains(item.material))
            continue;
        bool satisfied = false;
        if (item.when == MaterialCondition::EveryAdult) {
            satisfied = file.missingAuthorizations().isEmpty();
        } else {
            const MaterialStatus status = file.materials.value(item.material, MaterialStatus::Missing);
            satisfied = status == MaterialStatus::Provided || status == MaterialStatus::Waived;
        }
        if (!satisfied)
            result.append(item.material);
    }
    return result;
}

QStringList MaterialsChecklist::requiredMaterials(
    const ProcedureDefinition& procedure, const CaseFile& file, const QString& stage)
{
    QStringList keys;
    for (const ChecklistItem& item : procedure.checklist) {
        if (item.stage == stage && item.when != MaterialCondition::EveryAdult && required(item, file))
            keys.append(item.material);
    }
    return keys;
}

} // namespace jiuzhu
