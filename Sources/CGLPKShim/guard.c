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

/* Like append, but when the buffer is full it keeps the first quarter (GLPK's header) and the newest text,
   dropping the oldest text after the head and marking the cut once. */
static const char cut_mark[] = "\n[... earlier log lines dropped ...]\n";

static void append_keeping_tail(char *buf, size_t cap, size_t *used, int *cut, const char *s) {
    if (!buf || cap < 1024) { append(buf, cap, used, s); return; }
    size_t n = strlen(s);
    size_t head = cap / 4, m = sizeof cut_mark - 1;
    if (n > cap / 2) { s += n - cap / 2; n = cap / 2; }          /* a single huge message: keep its end */
    if (*used + n + 1 > cap) {
        /* New layout: [head][mark][newest old text][s], leaving cap/8 free so this runs rarely. */
        size_t keep_head = head + (*cut ? m : 0);
        size_t old_tail = *used - keep_head;
        size_t budget = cap - 1 - cap / 8 - head - m - n;       /* > 0: n <= cap/2, m < cap/8 */
        size_t kept = old_tail < budget ? old_tail : budget;
        memmove(buf + head + m, buf + *used - kept, kept);
        memcpy(buf + head, cut_mark, m);
        *used = head + m + kept;
        *cut = 1;
    }
    memcpy(buf + *used, s, n);
    *used += n;
    buf[*used] = '\0';
}

/* GLPK prints through this hook; returning non-zero keeps the text off stdout. While an error is being
   reported (glp_at_error), the text is also kept as the error message. */
static int guard_term(void *info, const char *s) {
    cglpk_guard *g = info;
    if (!g || !s) return 1;
    append_keeping_tail(g->log, g->log_cap, &g->log_used, &g->log_cut, s);
    if (glp_at_error()) append(g->err, g->err_cap, &g->err_used, s);
    return 1;
}

/* GLPK calls this after printing a fatal error; returning would abort(), so jump back to the setjmp. */
static void guard_error(void *info) {
    cglpk_guard *g = info;
    longjmp(g->jb, 1);
}

void cglpk_guard_begin(cglpk_guard *g, char *log, size_t log_cap, char *err, size_t err_cap) {
    g->log = log; g->log_cap = log_cap; g->log_used = 0; g->log_cut = 0;
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

void cglpk_log_append_for_testing(char *buf, size_t cap, size_t *used, int *cut, const char *s) {
    append_keeping_tail(buf, cap, used, cut, s);
}
