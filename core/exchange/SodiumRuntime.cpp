#include "core/exchange/SodiumRuntime.h"

#include <sodium.h>

namespace jiuzhu::sodiumruntime {

bool ensureInitialised()
{
    // A function-local static is initialised exactly once even with several
    // threads racing here; sodium_init() returns 1 when already initialised.
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace jiuzhu::sodiumruntime
