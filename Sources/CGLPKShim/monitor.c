#include "monitor.h"
#include <stdlib.h>

cglpk_monitor *cglpk_monitor_create(void) {
    cglpk_monitor *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    atomic_init(&m->stop, 0);
    atomic_init(&m->has_incumbent, 0);
    atomic_init(&m->incumbent, 0.0);
    atomic_init(&m->has_bound, 0);
    atomic_init(&m->bound, 0.0);
    atomic_init(&m->nodes, 0);
    atomic_init(&m->callbacks, 0);
    return m;
}

void cglpk_monitor_destroy(cglpk_monitor *mon) { free(mon); }

void cglpk_monitor_request_stop(cglpk_monitor *mon) {
    if (mon) atomic_store(&mon->stop, 1);
}

void cglpk_monitor_read(const cglpk_monitor *mon, cglpk_snapshot *out) {
    cglpk_monitor *m = (cglpk_monitor *)mon;
    out->has_incumbent = atomic_load(&m->has_incumbent);
    out->incumbent = atomic_load(&m->incumbent);
    out->has_bound = atomic_load(&m->has_bound);
    out->bound = atomic_load(&m->bound);
    out->nodes = atomic_load(&m->nodes);
    out->callbacks = atomic_load(&m->callbacks);
}
