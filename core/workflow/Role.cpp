#include "core/workflow/Role.h"

#include <QCoreApplication>

namespace jiuzhu {

namespace {

class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)
};

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::PreliminaryReviewer:
        return QStringLiteral("preliminary-reviewer");
    case Role::Confirmer:
        return QStringLiteral("confirmer");
    case Role::VillageAssistant:
        return QStringLiteral("village-assistant");
    case Role::DistrictReviewer:
        return QStringLiteral("district-reviewer");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return QString();
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : kAllRoles) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return RoleText::tr("Clerk");
    case Role::PreliminaryReviewer:
        return RoleText::tr("Preliminary reviewer");
    case Role::Confirmer:
        return RoleText::tr("Confirmer");
    case Role::VillageAssistant:
        return RoleText::tr("Village or community assistant");
    case Role::DistrictReviewer:
        return RoleText::tr("District reviewer");
    case Role::Administrator:
        return RoleText::tr("Administrator");
    }
    return QString();
}

} // namespace jiuzhu
