#pragma once

#include "core/domain/Household.h"
#include "core/policy/HouseholdSituation.h"

#include <QString>

#include <optional>

// Keys and names only calculation files use; the assistance types, relations
// and areas use the shared keys of core/domain/DomainKeys.h.
namespace jiuzhu::calckeys {

// The Chinese name printed on forms: "最低生活保障".
QString typeChineseName(AssistanceType type);

QString selfCareKey(SelfCareLoss loss);
std::optional<SelfCareLoss> selfCareFromKey(const QString& key);

} // namespace jiuzhu::calckeys
