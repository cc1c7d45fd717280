#pragma once

#include "core/domain/Household.h"
#include "core/policy/HouseholdSituation.h"

#include <QString>

#include <optional>

// Text keys of enums in calculation files. They are the keys of
// core/store/StoreKeys.cpp (the policy layer does not link the store), and a
// test checks that the two tables agree.
namespace jiuzhu::calckeys {

QString typeKey(AssistanceType type);
std::optional<AssistanceType> typeFromKey(const QString& key);
// The Chinese name printed on forms: "最低生活保障".
QString typeChineseName(AssistanceType type);

QString relationKey(Relation relation);
std::optional<Relation> relationFromKey(const QString& key);

QString areaKey(AreaKind area);
std::optional<AreaKind> areaFromKey(const QString& key);

QString selfCareKey(SelfCareLoss loss);
std::optional<SelfCareLoss> selfCareFromKey(const QString& key);

} // namespace jiuzhu::calckeys
