// Internal to the shim: what the usual search (solve.c) and the level search (level.c) share.
#ifndef CGLPK_SEARCH_H
#define CGLPK_SEARCH_H
#include "CGLPKShim.h"

/* The state of one branch-and-cut search, read and written by its callback. */
typedef struct {
    cglpk_monitor *mon;
    const double *start;
    int tried_start;
    int start_accepted;
    int has_bound;
    double bound;
    double deadline;          /* cglpk_now() value at which to stop; 0 = none */
    double limit;             /* the time limit in seconds that set the deadline; 0 = none */
    int stopped_for_time;
    glp_prob *orig;           /* the problem we built: the callback's problem is the same one when presolve is off */
    double delay_s;           /* test aid: sleep once after the first recorded incumbent */
    int delayed;
    long long node_limit;     /* > 0: stop once the search has created this many nodes (see cglpk_options) */
    int stopped_for_nodes;
    double bound_within;      /* > 0: stop once the bound is less than this far from the incumbent */
    int stopped_for_bound;
    long long nodes;          /* the nodes created so far (glp_ios_tree_size's total) */
    int fixed_bound;          /* level search: `bound` is the LP bound of the whole problem, not the nodes' bound */
} cb_ctx;

/* The branch-and-cut callback of every search: incumbent and bound into the monitor, the deterministic stops (work
   limit, bound within a step), the stop flag and the deadline. Runs inside glp_intopt. C only: no Swift frame may sit
   between the guard's setjmp and a longjmp. */
void cglpk_branch_cut_callback(glp_tree *T, void *info);

/* What is left of the time limit, in GLPK's milliseconds (INT_MAX without a limit, at least 1). */
int cglpk_remaining_ms(const cglpk_options *o, double t0);

/* The branch-and-cut settings every search shares: messages, branching and cuts. */
void cglpk_init_search(glp_iocp *ip, const cglpk_options *o);

/* Copies the MIP point (when there is one) into `values` and `res`. */
void cglpk_extract_mip(glp_prob *P, double *values, cglpk_result *res);

/* The level search (see cglpk_options.level_nodes). Returns 1 when it settled the solve (`res` and `values` hold the
   outcome), 0 when the usual search must follow; the problem is then as it was built, its LP relaxation solved. */
int cglpk_level_search(glp_prob *P, const cglpk_options *o, cglpk_monitor *mon, double *values, cglpk_result *res,
                       double t0);

#endif
