#pragma once

#include "core/domain/Error.h"
#include "core/workflow/Role.h"
#include "core/workflow/WorkflowContext.h"

#include <initializer_list>

namespace jiuzhu {

class CaseStore;

// The signed-in user as the store knows them: roles come from the users
// table, never from the caller. A switched-off account cannot act.
Result<Actor> deskActor(CaseStore& store, qint64 userId);

// The actor if they hold one of `roles`; otherwise an error that says what
// the task needs (`needs`, a whole translated sentence).
Result<Actor> deskActorWithRole(
    CaseStore& store, qint64 userId, std::initializer_list<Role> roles, const QString& needs);

} // namespace jiuzhu
