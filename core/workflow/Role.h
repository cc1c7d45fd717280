#pragma once

#include <QString>

#include <array>
#include <optional>

namespace jiuzhu {

// What a user of the office may do. A person may hold several roles, but the
// workflow still keeps intake, preliminary review and confirmation of one
// case in three different hands (see SeparationOfDuties).
enum class Role {
    Clerk, // 经办人
    PreliminaryReviewer, // 初审人
    Confirmer, // 审核确认人
    VillageAssistant, // 村/社区协理员
    DistrictReviewer, // 区民政
    Administrator,
};

inline constexpr std::array kAllRoles {
    Role::Clerk,
    Role::PreliminaryReviewer,
    Role::Confirmer,
    Role::VillageAssistant,
    Role::DistrictReviewer,
    Role::Administrator,
};

// Stable keys, as in the procedure file and the users.roles column.
[[nodiscard]] QString roleKey(Role role);
[[nodiscard]] std::optional<Role> roleFromKey(const QString& key);
// Translated, for screens and error messages.
[[nodiscard]] QString displayName(Role role);

} // namespace jiuzhu
