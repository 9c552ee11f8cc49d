#pragma once

namespace tb::core {

// Makes the calling thread yield its core to the process's other threads whenever they can run:
// for work that may lag behind and catch up later, while they would otherwise wait on each other.
// Does nothing where the system has no per-thread priority we can lower without privileges.
void lowerCurrentThreadPriority();

} // namespace tb::core
