#include "monitor.h"
#include <stdlib.h>
#include <string.h>

static atomic_llong live_monitors = 0;

cglpk_monitor *cglpk_monitor_create_for(int n_cols) {
    cglpk_monitor *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    if (n_cols > 0) {
        m->values = malloc((size_t)n_cols * sizeof(double));
        if (!m->values) { free(m); return NULL; }
        m->n_cols = n_cols;
    }
    if (pthread_mutex_init(&m->lock, NULL) != 0) { free(m->values); free(m); return NULL; }
    atomic_init(&m->refs, 1);
    atomic_init(&m->stop, 0);
    atomic_init(&m->has_incumbent, 0);
    atomic_init(&m->incumbent, 0.0);
    atomic_init(&m->has_bound, 0);
    atomic_init(&m->bound, 0.0);
    atomic_init(&m->nodes, 0);
    atomic_init(&m->callbacks, 0);
    atomic_fetch_add(&live_monitors, 1);
    return m;
}

cglpk_monitor *cglpk_monitor_create(void) { return cglpk_monitor_create_for(0); }

void cglpk_monitor_retain(cglpk_monitor *mon) {
    if (mon) atomic_fetch_add(&mon->refs, 1);
}

void cglpk_monitor_release(cglpk_monitor *mon) {
    if (!mon) return;
    if (atomic_fetch_sub(&mon->refs, 1) != 1) return;
    pthread_mutex_destroy(&mon->lock);
    free(mon->values);
    free(mon);
    atomic_fetch_sub(&live_monitors, 1);
}

void cglpk_monitor_destroy(cglpk_monitor *mon) { cglpk_monitor_release(mon); }

long long cglpk_monitor_live_count(void) { return atomic_load(&live_monitors); }

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

void cglpk_monitor_copy_incumbent(cglpk_monitor *mon, glp_prob *P, double obj) {
    if (!mon || mon->n_cols <= 0) return;
    int n = glp_get_num_cols(P);
    if (n != mon->n_cols) return;             /* not the original problem (presolved): indices would not match */
    pthread_mutex_lock(&mon->lock);
    if (!mon->has_values || mon->values_obj != obj) {
        for (int j = 1; j <= n; j++) mon->values[j - 1] = glp_mip_col_val(P, j);
        mon->has_values = 1;
        mon->values_obj = obj;
        mon->copies++;
    }
    pthread_mutex_unlock(&mon->lock);
}

int cglpk_monitor_take_incumbent(cglpk_monitor *mon, double *out, int n, double *obj) {
    if (!mon || !out || n != mon->n_cols || n <= 0) return 0;
    pthread_mutex_lock(&mon->lock);
    int have = mon->has_values;
    if (have) {
        memcpy(out, mon->values, (size_t)n * sizeof(double));
        if (obj) *obj = mon->values_obj;
    }
    pthread_mutex_unlock(&mon->lock);
    return have;
}

long long cglpk_monitor_incumbent_copies(cglpk_monitor *mon) {
    if (!mon) return 0;
    pthread_mutex_lock(&mon->lock);
    long long c = mon->copies;
    pthread_mutex_unlock(&mon->lock);
    return c;
}
