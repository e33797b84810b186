// Internal: the monitor's layout (C11 atomics and one mutex; Swift only sees the opaque type).
#ifndef CGLPK_MONITOR_H
#define CGLPK_MONITOR_H
#include <pthread.h>
#include <stdatomic.h>
#include "CGLPKShim.h"

struct cglpk_monitor {
    atomic_int refs;              /* owners: the caller, plus the solve thread while it runs; the last frees */
    atomic_int stop;
    atomic_int has_incumbent;
    _Atomic double incumbent;
    atomic_int has_bound;
    _Atomic double bound;
    atomic_llong nodes;
    atomic_llong callbacks;
    /* A copy of the incumbent's column values (original column order), taken by the solve thread at each new
       incumbent so the caller can return it if GLPK does not come back in time. Guarded by `lock`. */
    pthread_mutex_t lock;
    int n_cols;                   /* capacity of `values` (0: no copies kept) */
    double *values;
    int has_values;
    double values_obj;
    long long copies;             /* how many incumbents were copied */
};

/// Solve thread: copies column values 1..n of P's MIP solution when its objective differs from the last copy.
void cglpk_monitor_copy_incumbent(cglpk_monitor *mon, glp_prob *P, double obj);

#endif
