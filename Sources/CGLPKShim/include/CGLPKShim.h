#ifndef CGLPKSHIM_H
#define CGLPKSHIM_H
// The C side of the GLPK backend. Every GLPK call that can raise a fatal error runs inside one of the
// guarded entry points below: a setjmp in C, an error hook that longjmps back to it, then glp_free_env().
// Swift never sits between the setjmp and the longjmp (Swift cannot call setjmp, and a jump over Swift
// frames would skip its cleanup). All entry points must be called on one thread, from start to end.
#include <stddef.h>
#include <glpk.h>

/// Returned by a guarded entry point when GLPK raised a fatal error; the thread's GLPK environment
/// (every problem, hook and limit) was freed by glp_free_env().
#define CGLPK_EFATAL (-1)
/// Returned by cglpk_solve_file when the file could not be read (bad syntax, missing file).
#define CGLPK_EREAD (-2)

/// Returns GLPK's version string (e.g. "5.0").
const char *cglpk_version(void);
/// Returns 1 when libglpk keeps its environment in thread-local storage (safe for one solve per thread).
int cglpk_has_tls(void);
/// Frees the calling thread's GLPK environment. Call it last on a dedicated solve thread.
void cglpk_free_env(void);

// MARK: Monitor (shared between the solve thread and a polling thread; C11 atomics inside)

/// An opaque, thread-safe record of a running branch-and-cut search plus a stop flag.
typedef struct cglpk_monitor cglpk_monitor;
/// A plain copy of a monitor's fields.
typedef struct {
    int has_incumbent;
    double incumbent;
    int has_bound;
    double bound;
    long long nodes;
    long long callbacks;
} cglpk_snapshot;

/// Creates a monitor (reference count 1) that keeps no copy of the incumbent's values.
cglpk_monitor *cglpk_monitor_create(void);
/// Creates a monitor (reference count 1) that keeps a copy of the incumbent's `n_cols` column values, taken on the
/// solve thread at each new incumbent (only while the search runs on the original problem, i.e. presolve off).
cglpk_monitor *cglpk_monitor_create_for(int n_cols);
/// Adds an owner. A solve thread that may outlive its caller retains the monitor before starting and releases it
/// when it ends, so the monitor is freed by whichever of the two finishes last.
void cglpk_monitor_retain(cglpk_monitor *mon);
/// Drops an owner; the last release frees the monitor.
void cglpk_monitor_release(cglpk_monitor *mon);
/// Same as cglpk_monitor_release (the caller's release).
void cglpk_monitor_destroy(cglpk_monitor *mon);
/// The number of monitors not yet freed in this process (test aid: abandoned solve threads must free theirs).
long long cglpk_monitor_live_count(void);
/// Copies the last incumbent's column values (n must equal the monitor's n_cols) and its objective into `out` and
/// `*obj`. Returns 1 when there was one, 0 otherwise. Safe while the solve thread runs.
int cglpk_monitor_take_incumbent(cglpk_monitor *mon, double *out, int n, double *obj);
/// How many incumbents the solve thread copied so far.
long long cglpk_monitor_incumbent_copies(cglpk_monitor *mon);
/// Asks the search to stop at the next callback (glp_ios_terminate).
void cglpk_monitor_request_stop(cglpk_monitor *mon);
/// Copies the current fields.
void cglpk_monitor_read(const cglpk_monitor *mon, cglpk_snapshot *out);

// MARK: Model and options as flat arrays

/// A model in GLPK's terms. Column and row arrays are 0-based (entry k describes column/row k+1);
/// the triplets ia/ja/ar are 1-based as glp_load_matrix wants them (element 0 is ignored).
typedef struct {
    const char *name;           ///< problem name (may be NULL)
    const char *obj_name;       ///< objective row name (may be NULL)
    int obj_dir;                ///< GLP_MIN or GLP_MAX
    double obj_const;           ///< objective constant term
    int n_cols;
    const int *col_type;        ///< GLP_FR / GLP_LO / GLP_UP / GLP_DB / GLP_FX
    const double *col_lb;
    const double *col_ub;
    const int *col_kind;        ///< GLP_CV / GLP_IV / GLP_BV
    const double *col_obj;      ///< objective coefficient per column
    const int *col_name_off;    ///< offset of each column's NUL-terminated name in `names`, or NULL
    int n_rows;
    const int *row_type;
    const double *row_lb;
    const double *row_ub;
    const int *row_name_off;    ///< offset of each row's name in `names`, or NULL
    const char *names;          ///< all names, each NUL-terminated
    int n_nz;
    const int *ia;              ///< 1-based row indices, length n_nz + 1
    const int *ja;              ///< 1-based column indices, length n_nz + 1
    const double *ar;           ///< coefficients, length n_nz + 1
} cglpk_model;

/// Families of inequalities every integer point satisfies, left out of the rows (`bounded ≤ Σ_m min(x_m, cap)`; see
/// MILP's MinimumSumCut). Columns are 1-based; family k's members are members[start[k]] … members[start[k+1] - 1].
typedef struct {
    int n;
    const int *bounded;
    const int *cap;
    const int *start;           ///< n + 1 offsets into `members`
    const int *members;
} cglpk_min_sum_cuts;

/// Solve settings.
typedef struct {
    int mip;                    ///< 1: glp_intopt (after glp_simplex when warm-starting); 0: glp_simplex only
    int presolve;               ///< MIP presolve (cold solves); ignored when `start` is given
    int msg_lev;                ///< GLP_MSG_*; the text goes to the log buffer, never to stdout
    double time_limit_s;        ///< wall limit for LP + MIP in seconds; <= 0 means none
    double mip_gap;             ///< relative gap tolerance; 0 = prove optimality
    int mem_limit_mb;           ///< glp_mem_limit before building; <= 0 means none
    const double *start;        ///< 1-based starting point (length n_cols + 1) to inject, or NULL
    int lp_dual;                ///< 1: dual simplex with primal fallback (GLP_DUALP); 0: primal
    int br_tech;                ///< GLP_BR_*; 0 means GLP_BR_PCH
    int cuts;                   ///< bit set of CGLPK_CUT_*; -1 means all
    int ps_tm_lim_ms;           ///< > 0: run GLPK's proximity search heuristic at the root for at most this long
    double test_delay_s;        ///< test aid: seconds the solve thread sleeps without checking any clock (0: none)
    int test_delay_at;          ///< test aid: CGLPK_DELAY_BEFORE_BUILD or CGLPK_DELAY_AFTER_INCUMBENT
    /// > 0: a deterministic work limit. The branch-and-cut stops (GLP_ESTOP, `stopped_for_nodes`) at the first
    /// callback where glp_ios_tree_size's total node count has reached it. It also turns off the clock-dependent parts
    /// of the search: the proximity search (its only limit is a clock) and the most-fractional branching of the second
    /// half of the time limit. The time limit still applies as a safety net.
    long long node_limit;
    /// > 0: stop (GLP_ESTOP, `stopped_for_bound`) at the first callback where the best bound is less than this far,
    /// minus 1e-6 * max(1, |incumbent|), from the incumbent (above it when maximising, below when minimising): with
    /// objective values in steps of this size, the incumbent is then optimal. Checked on the solve thread inside the
    /// callback, so where it stops does not depend on timing.
    double stop_bound_within;
    /// > 0, with `stop_bound_within` > 0 (the objective's step), a MIP and no `start`: first the level search, each
    /// level within this many nodes. It solves the LP relaxation (Dantzig pricing, textbook ratio test) and takes as
    /// the first level the best objective on the step grid (objective constant + k * step) not beyond the LP bound.
    /// At each level it fixes every integer column its reduced cost keeps at its bound in any point reaching the
    /// level, narrows every row its dual keeps near its bound, and searches (presolve on) among the points reaching
    /// the level only. The first point found is optimal: at the first level, the LP bound is less than one step above
    /// it; at a lower one, no point reaches the level above. A level proven empty leads to the next (at most
    /// CGLPK_LEVELS); otherwise the problem is restored and the usual search runs (`level_outcome` says why).
    long long level_nodes;
    /// 1, with `level_nodes`: when the level search does not find its point, stop there (rc GLP_ESTOP, no point)
    /// instead of running the usual search.
    int level_only;
    /// With `level_nodes`: cut families. After the LP relaxation, the level search adds the instances the relaxation
    /// breaks as rows, solves the relaxation again (dual simplex), and repeats until it breaks none; the rows stay for
    /// the rest of the solve. NULL: none.
    const cglpk_min_sum_cuts *min_sum_cuts;
} cglpk_options;

/// Test aid: the solve thread sleeps before building the problem (no incumbent exists yet).
#define CGLPK_DELAY_BEFORE_BUILD 1
/// Test aid: the solve thread sleeps in the branch-and-cut callback once an incumbent was recorded, like a long cut
/// round or strong-branching phase that checks no clock.
#define CGLPK_DELAY_AFTER_INCUMBENT 2
/// Test aid: GLPK raises a fatal error inside the level search, after its LP relaxation (the delay is ignored).
#define CGLPK_FAIL_IN_LEVEL_SEARCH 3

#define CGLPK_CUT_GOMORY 1
#define CGLPK_CUT_MIR 2
#define CGLPK_CUT_COVER 4
#define CGLPK_CUT_CLIQUE 8

/// What a solve produced.
typedef struct {
    int rc;                     ///< the return code of the last solver routine (0, GLP_E*, or CGLPK_EFATAL)
    int phase;                  ///< 1: rc/lp_status come from glp_simplex; 2: from glp_intopt
    int lp_status;              ///< glp_get_status after glp_simplex (0 if not run)
    int mip_status;             ///< glp_mip_status after glp_intopt (0 if not run)
    int has_values;             ///< 1 when `values` and `obj` hold a feasible point
    double obj;
    int has_bound;              ///< best bound recorded by the callback
    double bound;
    long long nodes;
    int warm_start_used;        ///< 1 when glp_ios_heur_sol accepted the starting point
    double seconds_load;        ///< create + add rows/cols + set bounds/names + glp_load_matrix
    double seconds_solve;       ///< glp_simplex + glp_intopt
    int n_cols;                 ///< columns of the problem (useful after reading a file)
    int stopped_for_nodes;      ///< 1 when `node_limit` stopped the search
    int stopped_for_bound;      ///< 1 when `stop_bound_within` stopped the search
    int level_outcome;          ///< CGLPK_LEVEL_*: what the level search did
    double level;               ///< the level it searched at (when it ran)
    int level_fixed;            ///< integer columns it fixed by reduced costs
    int level_rows;             ///< rows whose range it narrowed by their duals
    int level_count;            ///< levels it searched (the next one only when none reaches the one above)
    long long level_nodes_used; ///< nodes of its search
    int cut_rows;               ///< rows the level search added from `min_sum_cuts`
} cglpk_result;
/// The most levels the level search tries, each one step below the last and each within `level_nodes`.
#define CGLPK_LEVELS 3
/// The level search did not run (not asked, a starting point given, or the LP relaxation not solved to optimality).
#define CGLPK_LEVEL_NONE 0
/// It found a point at the level: the result is that point, proven optimal.
#define CGLPK_LEVEL_FOUND 1
/// It proved that no point reaches the level; the usual search followed.
#define CGLPK_LEVEL_NONE_AT_LEVEL 2
/// It stopped at its node budget (or its time) undecided; the usual search followed.
#define CGLPK_LEVEL_UNDECIDED 3
/// GLPK raised a fatal error inside it (a failure of GLPK's own); cglpk_solve built the problem again and solved it
/// without the level search.
#define CGLPK_LEVEL_FAILED 4
/// Internal: the level search is running (a fatal error now is the level search's).
#define CGLPK_LEVEL_RUNNING 5

/// Builds, solves, extracts and deletes under one guard. `values` (n_cols entries, may be NULL) receives the
/// point; `log` receives GLPK's terminal text (bounded, NUL-terminated) and `err` the text of a fatal error.
/// Returns res->rc.
int cglpk_solve(const cglpk_model *m, const cglpk_options *o, cglpk_monitor *mon, double *values,
                cglpk_result *res, char *log, size_t log_cap, char *err, size_t err_cap);

/// File formats for cglpk_write / cglpk_solve_file.
#define CGLPK_FORMAT_CPLEX_LP 1
#define CGLPK_FORMAT_FREE_MPS 2

/// Builds the model under the guard and writes it. Returns 0, a GLPK non-zero write code, or CGLPK_EFATAL.
int cglpk_write(const cglpk_model *m, int format, const char *path, char *log, size_t log_cap, char *err,
                size_t err_cap);

/// Reads an LP/MPS file and solves it under the guard (glp_intopt with presolve when it has integer columns,
/// else glp_simplex). Returns res->rc, or CGLPK_EREAD if the reader failed.
int cglpk_solve_file(const char *path, int format, const cglpk_options *o, cglpk_result *res, char *log,
                     size_t log_cap, char *err, size_t err_cap);

/// Test aid: triggers a GLPK-internal fatal error (glp_set_col_bnds on a column that does not exist) under
/// the guard. Returns CGLPK_EFATAL with the message in `err`.
int cglpk_provoke_error(char *err, size_t err_cap);

/// Test aid: appends `s` to a log buffer the way the term hook does (when full, the first quarter and the newest
/// text are kept, with one "[... earlier log lines dropped ...]" mark between them). Start with *used = *cut = 0.
void cglpk_log_append_for_testing(char *buf, size_t cap, size_t *used, int *cut, const char *s);

#endif
