#pragma once

#include "core/domain/Household.h"

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace jiuzhu {

// Stable text keys of the domain's enums, shared by the database, the
// procedure and policy files, calculation requests and exchange packets:
// none of them may depend on enum order, and there is one table for all.
QString domainKey(AreaKind value);
QString domainKey(CommunityKind value);
QString domainKey(Relation value);
QString domainKey(Sex value);
QString domainKey(AssistanceType value);
QString domainKey(CaseState value);
QString domainKey(ApplicationChannel value);

std::optional<AreaKind> areaKindFromKey(const QString& key);
std::optional<CommunityKind> communityKindFromKey(const QString& key);
std::optional<Relation> relationFromKey(const QString& key);
std::optional<Sex> sexFromKey(const QString& key);
std::optional<AssistanceType> assistanceTypeFromKey(const QString& key);
std::optional<CaseState> caseStateFromKey(const QString& key);
std::optional<ApplicationChannel> applicationChannelFromKey(const QString& key);

// Lookups in a constant table of (value, key) pairs, for the key tables
// here and for the few that other layers keep of their own.
template <typename Enum, std::size_t N>
QString keyInTable(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return QString::fromUtf16(key);
    }
    return QString();
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueInTable(
    const std::array<std::pair<Enum, const char16_t*>, N>& table, const QString& key)
{
    for (const auto& [candidate, text] : table) {
        if (key == QStringView(text))
            return candidate;
    }
    return std::nullopt;
}

} // namespace jiuzhu
