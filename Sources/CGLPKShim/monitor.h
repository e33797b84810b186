// Internal: the monitor's layout (C11 atomics; Swift only sees the opaque type).
#ifndef CGLPK_MONITOR_H
#define CGLPK_MONITOR_H
#include <stdatomic.h>
#include "CGLPKShim.h"

struct cglpk_monitor {
    atomic_int stop;
    atomic_int has_incumbent;
    _Atomic double incumbent;
    atomic_int has_bound;
    _Atomic double bound;
    atomic_llong nodes;
    atomic_llong callbacks;
};

#endif
