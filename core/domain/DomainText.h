#pragma once

#include "core/domain/Household.h"

#include <QString>

namespace jiuzhu {

// Translated names of the domain's enumerations, as users see them on
// screen (documents use their own fixed Chinese wording).
QString displayName(AssistanceType type);
QString displayName(CaseState state);
QString displayName(Relation relation);
QString displayName(Sex sex);
QString displayName(AreaKind area);
QString displayName(CommunityKind kind);
QString displayName(ApplicationChannel channel);

} // namespace jiuzhu
