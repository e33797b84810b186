// Internal: the setjmp guard shared by the entry points. Not part of the public header.
#ifndef CGLPK_GUARD_H
#define CGLPK_GUARD_H
#include <setjmp.h>
#include <stddef.h>

typedef struct {
    jmp_buf jb;
    char *log;
    size_t log_cap, log_used;
    int log_cut;          /* 1 once older log text was dropped to keep the newest */
    char *err;
    size_t err_cap, err_used;
} cglpk_guard;

/// Installs the term hook (text -> bounded buffers, never stdout) and the error hook (longjmp to g->jb).
void cglpk_guard_begin(cglpk_guard *g, char *log, size_t log_cap, char *err, size_t err_cap);
/// Removes both hooks after a normal return.
void cglpk_guard_end(cglpk_guard *g);
/// Called after the longjmp: frees the thread's GLPK environment and returns CGLPK_EFATAL.
int cglpk_guard_fatal(cglpk_guard *g);
/// Monotonic seconds.
double cglpk_now(void);

#endif
