#pragma once

namespace jiuzhu::sodiumruntime {

// libsodium must be initialised once before use (it picks its fastest
// implementations and seeds its random generator). Safe to call from any
// thread any number of times; false only when the library cannot work at all.
[[nodiscard]] bool ensureInitialised();

} // namespace jiuzhu::sodiumruntime
