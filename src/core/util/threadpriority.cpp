#include "threadpriority.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tb::core {

void lowerCurrentThreadPriority()
{
#if defined(__linux__)
    // On Linux a nice value belongs to one thread (a task of its own), and lowering it needs no
    // privilege. 19: the thread runs when a core would otherwise idle.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 19);
#endif
}

} // namespace tb::core
