#pragma once

#include "core/domain/Household.h"

#include <QString>

#include <optional>

namespace jiuzhu {

// Stable text keys under which enums are stored: the database and exchange
// files must not depend on enum order.
QString storeKey(AreaKind value);
QString storeKey(CommunityKind value);
QString storeKey(Relation value);
QString storeKey(Sex value);
QString storeKey(AssistanceType value);
QString storeKey(CaseState value);
QString storeKey(ApplicationChannel value);

std::optional<AreaKind> areaKindFromKey(const QString& key);
std::optional<CommunityKind> communityKindFromKey(const QString& key);
std::optional<Relation> relationFromKey(const QString& key);
std::optional<Sex> sexFromKey(const QString& key);
std::optional<AssistanceType> assistanceTypeFromKey(const QString& key);
std::optional<CaseState> caseStateFromKey(const QString& key);
std::optional<ApplicationChannel> applicationChannelFromKey(const QString& key);

} // namespace jiuzhu
