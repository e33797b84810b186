#include "guard.h"
#include "CGLPKShim.h"
#include <string.h>
#include <time.h>

static void append(char *buf, size_t cap, size_t *used, const char *s) {
    if (!buf || cap == 0) return;
    size_t n = strlen(s);
    size_t room = cap - 1 - *used;       /* keep one byte for the NUL */
    if (n > room) n = room;
    memcpy(buf + *used, s, n);
    *used += n;
    buf[*used] = '\0';
}

/* GLPK prints through this hook; returning non-zero keeps the text off stdout. While an error is being
   reported (glp_at_error), the text is also kept as the error message. */
static int guard_term(void *info, const char *s) {
    cglpk_guard *g = info;
    if (!g || !s) return 1;
    append(g->log, g->log_cap, &g->log_used, s);
    if (glp_at_error()) append(g->err, g->err_cap, &g->err_used, s);
    return 1;
}

/* GLPK calls this after printing a fatal error; returning would abort(), so jump back to the setjmp. */
static void guard_error(void *info) {
    cglpk_guard *g = info;
    longjmp(g->jb, 1);
}

void cglpk_guard_begin(cglpk_guard *g, char *log, size_t log_cap, char *err, size_t err_cap) {
    g->log = log; g->log_cap = log_cap; g->log_used = 0;
    g->err = err; g->err_cap = err_cap; g->err_used = 0;
    if (log && log_cap) log[0] = '\0';
    if (err && err_cap) err[0] = '\0';
    glp_term_hook(guard_term, g);
    glp_error_hook(guard_error, g);
}

void cglpk_guard_end(cglpk_guard *g) {
    (void)g;
    glp_error_hook(NULL, NULL);
    glp_term_hook(NULL, NULL);
}

int cglpk_guard_fatal(cglpk_guard *g) {
    (void)g;
    glp_free_env();     /* frees every GLPK object of this thread, and the hooks */
    return CGLPK_EFATAL;
}

double cglpk_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
