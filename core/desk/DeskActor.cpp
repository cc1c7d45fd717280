#include "core/desk/DeskActor.h"

#include "core/store/CaseStore.h"
#include "core/store/UserRepository.h"

#include <QCoreApplication>

namespace jiuzhu {

namespace {

class DeskText
{
    Q_DECLARE_TR_FUNCTIONS(CaseDesk)
};

} // namespace

Result<Actor> deskActor(CaseStore& store, qint64 userId)
{
    auto user = store.users().byId(userId);
    if (!user)
        return std::unexpected(user.error());
    if (!user->active)
        return fail(ErrorCode::PermissionDenied, DeskText::tr("User"),
            DeskText::tr("The account %1 is switched off.").arg(user->login));
    Actor actor {user->id, user->login, {}};
    for (const QString& key : std::as_const(user->roleKeys)) {
        if (auto role = roleFromKey(key))
            actor.roles.insert(*role);
    }
    return actor;
}

Result<Actor> deskActorWithRole(
    CaseStore& store, qint64 userId, std::initializer_list<Role> roles, const QString& needs)
{
    auto actor = deskActor(store, userId);
    if (!actor)
        return actor;
    for (Role role : roles) {
        if (actor->roles.contains(role))
            return actor;
    }
    return fail(ErrorCode::PermissionDenied, DeskText::tr("User"),
        DeskText::tr("The account %1 may not do this. %2").arg(actor->login, needs));
}

} // namespace jiuzhu
