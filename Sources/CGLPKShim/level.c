// The level search: a plan at the best objective level the LP relaxation allows, found in a problem cut down by
// reduced costs (see cglpk_options.level_nodes and docs/solver-notes.md).
#include <math.h>
#include <string.h>
#include "CGLPKShim.h"
#include "search.h"

/* The columns' and rows' bounds as built, to restore them between and after the levels, and the LP relaxation's
   statuses and duals (setting bounds changes a column's status). */
typedef struct {
    int n, m;
    int *type, *row_type, *stat, *row_stat, *row_integral;
    double *lb, *ub, *row_lb, *row_ub, *dual, *row_dual;
} saved_bounds;

static void save_bounds(glp_prob *P, saved_bounds *s) {
    s->n = glp_get_num_cols(P);
    s->m = glp_get_num_rows(P);
    s->type = glp_alloc(s->n + 1, sizeof(int));
    s->stat = glp_alloc(s->n + 1, sizeof(int));
    s->lb = glp_alloc(s->n + 1, sizeof(double));
    s->ub = glp_alloc(s->n + 1, sizeof(double));
    s->dual = glp_alloc(s->n + 1, sizeof(double));
    s->row_type = glp_alloc(s->m + 1, sizeof(int));
    s->row_stat = glp_alloc(s->m + 1, sizeof(int));
    s->row_lb = glp_alloc(s->m + 1, sizeof(double));
    s->row_ub = glp_alloc(s->m + 1, sizeof(double));
    s->row_dual = glp_alloc(s->m + 1, sizeof(double));
    s->row_integral = glp_alloc(s->m + 1, sizeof(int));
    int *ind = glp_alloc(s->n + 1, sizeof(int));
    double *val = glp_alloc(s->n + 1, sizeof(double));
    for (int j = 1; j <= s->n; j++) {
        s->type[j] = glp_get_col_type(P, j);
        s->stat[j] = glp_get_col_stat(P, j);
        s->lb[j] = glp_get_col_lb(P, j);
        s->ub[j] = glp_get_col_ub(P, j);
        s->dual[j] = glp_get_col_dual(P, j);
    }
    for (int i = 1; i <= s->m; i++) {
        s->row_type[i] = glp_get_row_type(P, i);
        s->row_stat[i] = glp_get_row_stat(P, i);
        s->row_lb[i] = glp_get_row_lb(P, i);
        s->row_ub[i] = glp_get_row_ub(P, i);
        s->row_dual[i] = glp_get_row_dual(P, i);
        int len = glp_get_mat_row(P, i, ind, val), whole = 1;
        for (int k = 1; k <= len && whole; k++)
            whole = glp_get_col_kind(P, ind[k]) != GLP_CV && fabs(val[k] - floor(val[k] + 0.5)) < 1e-12;
        s->row_integral[i] = whole;
    }
    glp_free(ind);
    glp_free(val);
}

static void free_bounds(saved_bounds *s) {
    glp_free(s->type);
    glp_free(s->stat);
    glp_free(s->lb);
    glp_free(s->ub);
    glp_free(s->dual);
    glp_free(s->row_type);
    glp_free(s->row_stat);
    glp_free(s->row_lb);
    glp_free(s->row_ub);
    glp_free(s->row_dual);
    glp_free(s->row_integral);
}

/* Solves the LP relaxation from the basis as built. Dantzig pricing with the textbook ratio test took 0.41-0.50 s on
   the Thach Ha calendars where GLPK's defaults (steepest edge, Harris) took 0.60-0.86 s. Returns 1 at an optimum. */
static int solve_relaxation(glp_prob *P, const cglpk_options *o, cglpk_result *res, double t0) {
    glp_smcp sp;
    glp_init_smcp(&sp);
    sp.msg_lev = o->msg_lev;
    sp.presolve = GLP_OFF;
    sp.pricing = GLP_PT_STD;
    sp.r_test = GLP_RT_STD;
    sp.tm_lim = cglpk_remaining_ms(o, t0);
    res->phase = 1;
    res->rc = glp_simplex(P, &sp);
    res->lp_status = glp_get_status(P);
    return res->rc == 0 && res->lp_status == GLP_OPT;
}

/* Adds the instances of the cut families the relaxation breaks (by more than 1e-6) as rows and solves it again with
   the dual simplex, until it breaks none (at most 200 rounds). Returns 1 while the relaxation stays optimal. */
static int add_min_sum_cuts(glp_prob *P, const cglpk_options *o, cglpk_result *res, double t0) {
    const cglpk_min_sum_cuts *c = o->min_sum_cuts;
    if (c == NULL || c->n <= 0) return 1;
    int widest = 0;
    for (int k = 0; k < c->n; k++)
        if (c->start[k + 1] - c->start[k] > widest) widest = c->start[k + 1] - c->start[k];
    int *ind = glp_alloc(widest + 3, sizeof(int));
    double *val = glp_alloc(widest + 3, sizeof(double));
    int optimal = 1;
    for (int round = 0; round < 200 && optimal; round++) {
        int added = 0;
        for (int k = 0; k < c->n; k++) {
            double cap = glp_get_col_prim(P, c->cap[k]), limit = 0;
            for (int q = c->start[k]; q < c->start[k + 1]; q++) limit += fmin(glp_get_col_prim(P, c->members[q]), cap);
            if (glp_get_col_prim(P, c->bounded[k]) <= limit + 1e-6) continue;
            int len = 1, at_cap = 0;
            ind[1] = c->bounded[k];
            val[1] = 1;
            for (int q = c->start[k]; q < c->start[k + 1]; q++) {
                if (glp_get_col_prim(P, c->members[q]) < cap) {
                    len++;
                    ind[len] = c->members[q];
                    val[len] = -1;
                } else {
                    at_cap++;
                }
            }
            if (at_cap > 0) {
                len++;
                ind[len] = c->cap[k];
                val[len] = -at_cap;
            }
            int row = glp_add_rows(P, 1);
            glp_set_mat_row(P, row, len, ind, val);
            glp_set_row_bnds(P, row, GLP_UP, 0, 0);
            added++;
        }
        if (added == 0) break;
        res->cut_rows += added;
        glp_smcp sp;
        glp_init_smcp(&sp);
        sp.msg_lev = o->msg_lev;
        sp.meth = GLP_DUALP;
        sp.tm_lim = cglpk_remaining_ms(o, t0);
        res->rc = glp_simplex(P, &sp);
        res->lp_status = glp_get_status(P);
        optimal = res->rc == 0 && res->lp_status == GLP_OPT;
    }
    glp_free(ind);
    glp_free(val);
    return optimal;
}

/* Fixes the integer columns that cannot move off their bound in a point reaching `level`. In the maximising sense
   (`sense` = 1 for GLP_MAX, -1 for GLP_MIN), every feasible point x scores at most z + d_j (x_j - x*_j) for each
   non-basic column j, d_j its reduced cost: moving an integer column by one from its bound costs at least |d_j|. When
   that leaves less than the level (less a tolerance), the column stays at its bound. Returns the number of columns
   fixed. */
static int fix_by_reduced_costs(glp_prob *P, double sense, double z, double level, double tol,
                                const saved_bounds *saved) {
    int fixed = 0;
    for (int j = 1; j <= saved->n; j++) {
        if (glp_get_col_kind(P, j) == GLP_CV) continue;
        double d = sense * saved->dual[j];
        int st = saved->stat[j];
        if (st == GLP_NL && z + d < level - tol) {
            glp_set_col_bnds(P, j, GLP_FX, saved->lb[j], saved->lb[j]);
            fixed++;
        } else if (st == GLP_NU && z - d < level - tol) {
            glp_set_col_bnds(P, j, GLP_FX, saved->ub[j], saved->ub[j]);
            fixed++;
        }
    }
    return fixed;
}

/* The same for the rows: a row at its bound with dual y_i leaves that bound by at most (z - level) / |y_i| in a point
   reaching the level (complementary slackness when the level is the LP bound: the row stays at its bound). Returns the
   number of rows given the narrower range. */
static int narrow_rows(glp_prob *P, double z, double level, double tol, const saved_bounds *saved) {
    int narrowed = 0;
    double room = fmax(0.0, z - level) + tol;
    for (int i = 1; i <= saved->m; i++) {
        double y = fabs(saved->row_dual[i]);
        int st = saved->row_stat[i], type = saved->row_type[i];
        if (y < 1e-9 || type == GLP_FX || type == GLP_FR) continue;
        double r = room / y, lb = saved->row_lb[i], ub = saved->row_ub[i];
        int whole = saved->row_integral[i];
        if (st == GLP_NU && (type == GLP_UP || type == GLP_DB)) {
            /* A row of integer columns with integer coefficients takes integer values only. */
            double low = whole ? ceil(ub - r - 1e-9) : ub - r;
            if (type == GLP_DB && low <= lb) continue;
            int fix = r < 1e-7 || low >= ub;
            glp_set_row_bnds(P, i, fix ? GLP_FX : GLP_DB, fix ? ub : low, ub);
            narrowed++;
        } else if (st == GLP_NL && (type == GLP_LO || type == GLP_DB)) {
            double high = whole ? floor(lb + r + 1e-9) : lb + r;
            if (type == GLP_DB && high >= ub) continue;
            int fix = r < 1e-7 || high <= lb;
            glp_set_row_bnds(P, i, fix ? GLP_FX : GLP_DB, lb, fix ? lb : high);
            narrowed++;
        }
    }
    return narrowed;
}

/* Whether a point meets the problem as built: every row and column bound within 1e-6 (relative to the bound's
   size), and integrality within GLPK's own tolerance (tol_int, 1e-5). The search's point is checked: GLPK 5.0's MIP
   preprocessor returned, on a small model with narrowed rows, a point that broke a row by one. */
static int point_fits(glp_prob *P, const saved_bounds *saved) {
    for (int j = 1; j <= saved->n; j++) {
        double v = glp_mip_col_val(P, j);
        int type = saved->type[j];
        double lb = saved->lb[j], ub = saved->ub[j];
        if ((type == GLP_LO || type == GLP_DB || type == GLP_FX) && v < lb - 1e-6 * fmax(1.0, fabs(lb))) return 0;
        if ((type == GLP_UP || type == GLP_DB || type == GLP_FX) && v > ub + 1e-6 * fmax(1.0, fabs(ub))) return 0;
        if (glp_get_col_kind(P, j) != GLP_CV && fabs(v - floor(v + 0.5)) > 1e-5) return 0;
    }
    int *ind = glp_alloc(saved->n + 1, sizeof(int));
    double *val = glp_alloc(saved->n + 1, sizeof(double));
    int fits = 1;
    for (int i = 1; i <= saved->m && fits; i++) {
        int len = glp_get_mat_row(P, i, ind, val), type = saved->row_type[i];
        double a = 0;
        for (int k = 1; k <= len; k++) a += val[k] * glp_mip_col_val(P, ind[k]);
        double lb = saved->row_lb[i], ub = saved->row_ub[i];
        if ((type == GLP_LO || type == GLP_DB || type == GLP_FX) && a < lb - 1e-6 * fmax(1.0, fabs(lb))) fits = 0;
        if ((type == GLP_UP || type == GLP_DB || type == GLP_FX) && a > ub + 1e-6 * fmax(1.0, fabs(ub))) fits = 0;
    }
    glp_free(ind);
    glp_free(val);
    return fits;
}

/* Adds the row of the objective's terms (its bounds are set per level) and returns its number. */
static int add_level_row(glp_prob *P) {
    int n = glp_get_num_cols(P), k = 0;
    int *ind = glp_alloc(n + 1, sizeof(int));
    double *val = glp_alloc(n + 1, sizeof(double));
    for (int j = 1; j <= n; j++) {
        double c = glp_get_obj_coef(P, j);
        if (c != 0) {
            k++;
            ind[k] = j;
            val[k] = c;
        }
    }
    int row = glp_add_rows(P, 1);
    glp_set_row_name(P, row, "objective_level");
    glp_set_mat_row(P, row, k, ind, val);
    glp_free(ind);
    glp_free(val);
    return row;
}

/* Puts the columns' and rows' bounds back as built. */
static void restore_bounds(glp_prob *P, const saved_bounds *saved) {
    for (int j = 1; j <= saved->n; j++) glp_set_col_bnds(P, j, saved->type[j], saved->lb[j], saved->ub[j]);
    for (int i = 1; i <= saved->m; i++)
        glp_set_row_bnds(P, i, saved->row_type[i], saved->row_lb[i], saved->row_ub[i]);
}

/* Cuts the problem down to the points reaching `level` (maximising sense): the fixings, the narrowed rows, and the
   level row (which `tol` loosens, as it does the fixings, against rounding). */
static void restrict_to_level(glp_prob *P, const saved_bounds *saved, int row, double sense, double z, double level,
                              double tol, cglpk_result *res) {
    restore_bounds(P, saved);
    res->level = sense * level;
    res->level_fixed = fix_by_reduced_costs(P, sense, z, level, tol, saved);
    res->level_rows = narrow_rows(P, z, level, tol, saved);
    double c0 = glp_get_obj_coef(P, 0);
    if (sense > 0)
        glp_set_row_bnds(P, row, GLP_LO, level - c0 - tol, 0);
    else
        glp_set_row_bnds(P, row, GLP_UP, 0, -level - c0 + tol);
}

/* The search among the points at the level: presolve on (it drops the fixed columns), depth first (any point at the
   level will do, so the search dives for one; on eleven variants of the Thach Ha calendar it settled as many levels as
   the best-local-bound order, mostly faster), no proximity search, the node budget, and the LP bound of the whole
   problem as the bound, so the first point found stops it as optimal. */
static int search_at_level(glp_prob *P, const cglpk_options *o, cglpk_monitor *mon, double bound, double t0,
                           cb_ctx *ctx) {
    glp_iocp ip;
    cglpk_init_search(&ip, o);
    ip.presolve = GLP_ON;
    ip.bt_tech = GLP_BT_DFS;
    ip.tm_lim = cglpk_remaining_ms(o, t0);
    memset(ctx, 0, sizeof *ctx);
    ctx->mon = mon;
    ctx->orig = P;
    ctx->node_limit = o->level_nodes;
    ctx->bound_within = o->stop_bound_within;
    ctx->has_bound = 1;
    ctx->bound = bound;
    ctx->fixed_bound = 1;
    if (o->time_limit_s > 0) {
        ctx->deadline = t0 + o->time_limit_s;
        ctx->limit = o->time_limit_s;
    }
    ip.cb_func = cglpk_branch_cut_callback;
    ip.cb_info = ctx;
    return glp_intopt(P, &ip);
}

/* Copies a point found at a level into the result: optimal, with `bound` (objective sense) as its bound. */
static void take_point(glp_prob *P, int rc, int status, double bound, const cb_ctx *ctx, double *values,
                       cglpk_result *res) {
    res->phase = 2;
    res->rc = rc;
    res->mip_status = status;
    res->stopped_for_bound = ctx->stopped_for_bound;
    res->has_bound = 1;
    res->bound = bound;
    res->nodes = res->level_nodes_used;
    cglpk_extract_mip(P, values, res);
}

int cglpk_level_search(glp_prob *P, const cglpk_options *o, cglpk_monitor *mon, double *values, cglpk_result *res,
                       double t0) {
    double step = o->stop_bound_within;
    if (o->level_nodes <= 0 || step <= 0 || !o->mip || o->start != NULL) return 0;
    res->level_outcome = CGLPK_LEVEL_RUNNING;
    if (!solve_relaxation(P, o, res, t0) || !add_min_sum_cuts(P, o, res, t0)) {
        res->level_outcome = CGLPK_LEVEL_NONE;
        return 0;
    }
    if (o->test_delay_at == CGLPK_FAIL_IN_LEVEL_SEARCH) glp_set_col_bnds(P, glp_get_num_cols(P) + 1, GLP_FR, 0, 0);
    double sense = glp_get_obj_dir(P) == GLP_MAX ? 1.0 : -1.0;
    double z = sense * glp_get_obj_val(P), c0 = sense * glp_get_obj_coef(P, 0);
    /* GLPK's own feasibility tolerance (tol_bnd), relative: the level row and the fixings allow as much. */
    double tol = 1e-7 * fmax(1.0, fabs(z));
    double top = c0 + floor((z - c0) / step + 1e-6) * step;
    saved_bounds saved;
    save_bounds(P, &saved);
    int row = add_level_row(P), outcome = CGLPK_LEVEL_NONE_AT_LEVEL;
    /* `res->level_outcome` stays CGLPK_LEVEL_RUNNING until the problem is restored (see cglpk_solve). */
    for (int k = 0; k < CGLPK_LEVELS && outcome == CGLPK_LEVEL_NONE_AT_LEVEL; k++) {
        double level = top - k * step;
        restrict_to_level(P, &saved, row, sense, z, level, tol, res);
        /* Below the top level, the levels above it hold no point, so on the step grid this one bounds them all. */
        double bound = sense * (k == 0 ? z : level);
        cb_ctx ctx;
        int rc = search_at_level(P, o, mon, bound, t0, &ctx);
        int status = glp_mip_status(P);
        res->level_count = k + 1;
        res->level_nodes_used += ctx.nodes;
        if ((status == GLP_FEAS || status == GLP_OPT) && point_fits(P, &saved)) {
            take_point(P, rc, status, bound, &ctx, values, res);
            outcome = CGLPK_LEVEL_FOUND;
        } else if (!(rc == GLP_ENOPFS || (rc == 0 && status == GLP_NOFEAS))) {
            outcome = CGLPK_LEVEL_UNDECIDED;   /* the budget, the time or a stop; or a point that failed the check */
        }
    }
    restore_bounds(P, &saved);
    int rows[2] = {0, row};
    glp_del_rows(P, 1, rows);
    free_bounds(&saved);
    res->level_outcome = outcome;
    return outcome == CGLPK_LEVEL_FOUND;
}
