// The guarded build -> solve -> extract -> delete entry point and its branch-and-cut callback.
#include <limits.h>
#include <math.h>
#include <string.h>
#include <time.h>
#include "CGLPKShim.h"
#include "guard.h"
#include "monitor.h"
#include "build.h"
#include "search.h"


static void sleep_seconds(double s) {
    struct timespec ts;
    ts.tv_sec = (time_t)s;
    ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) != 0) {}
}

/* Chooses the most fractional branching candidate of the current node (GLP_BR_MFV done by hand). */
static void branch_most_fractional(glp_tree *T) {
    glp_prob *P = glp_ios_get_prob(T);
    int n = glp_get_num_cols(P), best = 0;
    double best_dist = 1.0, best_frac = 0.0;
    for (int j = 1; j <= n; j++) {
        if (!glp_ios_can_branch(T, j)) continue;
        double x = glp_get_col_prim(P, j);
        double f = x - floor(x);
        double d = fabs(f - 0.5);
        if (d < best_dist) { best_dist = d; best = j; best_frac = f; }
    }
    if (best) glp_ios_branch_upon(T, best, best_frac < 0.5 ? GLP_DN_BRNCH : GLP_UP_BRNCH);
}

/* The deterministic stops, checked on the solve thread at every callback (never by the clock): the work limit
   (`t_cnt` is glp_ios_tree_size's total count of nodes created, the root included; a branching creates two, so the
   search also stops at a branching that would take it past the limit: it never creates more than the limit), and the
   bound within `bound_within` of the incumbent (less a relative tolerance of 1e-6, the planner's own rule).
   Returns 1 when it called glp_ios_terminate. */
static int work_limit_reached(cb_ctx *c, glp_tree *T, int reason, int have, int t_cnt) {
    if (c->bound_within > 0 && have && c->has_bound) {
        glp_prob *P = glp_ios_get_prob(T);
        double incumbent = glp_mip_obj_val(P);
        double gap = glp_get_obj_dir(P) == GLP_MAX ? c->bound - incumbent : incumbent - c->bound;
        if (gap < c->bound_within - 1e-6 * fmax(1.0, fabs(incumbent))) {
            c->stopped_for_bound = 1;
            glp_ios_terminate(T);
            return 1;
        }
    }
    if (c->node_limit > 0 && ((long long)t_cnt >= c->node_limit
                              || (reason == GLP_IBRANCH && (long long)t_cnt + 2 > c->node_limit))) {
        c->stopped_for_nodes = 1;
        glp_ios_terminate(T);
        return 1;
    }
    return 0;
}

void cglpk_branch_cut_callback(glp_tree *T, void *info) {
    cb_ctx *c = info;
    int reason = glp_ios_reason(T);
    if (reason == GLP_IHEUR && c->start && !c->tried_start) {
        c->tried_start = 1;
        c->start_accepted = glp_ios_heur_sol(T, c->start) == 0;
    }
    /* The best bound: the best active node's bound (O(active nodes); skipped while it is still +-DBL_MAX). */
    /* (In the level search the nodes bound only the points at the level, not the problem: `bound` stays the LP's.) */
    if (!c->fixed_bound && (reason == GLP_ISELECT || reason == GLP_IBINGO || reason == GLP_IHEUR)) {
        int best = glp_ios_best_node(T);
        if (best) {
            double b = glp_ios_node_bound(T, best);
            if (b > -1e300 && b < 1e300) {
                c->has_bound = 1;
                c->bound = b;
            }
        }
    }
    /* The incumbent: GLP_IBINGO fires only for integral node LPs, so poll the status on every call. */
    glp_prob *P = glp_ios_get_prob(T);
    int have = glp_mip_status(P) == GLP_FEAS || glp_mip_status(P) == GLP_OPT;
    int a_cnt = 0, n_cnt = 0, t_cnt = 0;
    glp_ios_tree_size(T, &a_cnt, &n_cnt, &t_cnt);
    c->nodes = t_cnt;
    cglpk_monitor *m = c->mon;
    if (m) {
        atomic_fetch_add(&m->callbacks, 1);
        if (have) {
            double obj = glp_mip_obj_val(P);
            /* Column values only on the original problem: the presolved one has other columns. */
            if (P == c->orig) cglpk_monitor_copy_incumbent(m, P, obj);
            atomic_store(&m->incumbent, obj);
            atomic_store(&m->has_incumbent, 1);
        }
        if (c->has_bound) {
            atomic_store(&m->bound, c->bound);
            atomic_store(&m->has_bound, 1);
        }
        atomic_store(&m->nodes, (long long)t_cnt);
    }
    if (work_limit_reached(c, T, reason, have, t_cnt)) return;
    if (m && atomic_load(&m->stop)) glp_ios_terminate(T);
    if (have && c->delay_s > 0 && !c->delayed) {
        c->delayed = 1;
        sleep_seconds(c->delay_s);
    }
    /* GLPK checks tm_lim only between nodes; root cut rounds can overrun it by many seconds. */
    if (c->deadline > 0 && !c->stopped_for_time && cglpk_now() > c->deadline) {
        c->stopped_for_time = 1;
        glp_ios_terminate(T);
        return;
    }
    /* Hybrid pseudo-cost branching initialises pseudo-costs by strong branching (many LPs) with no callback and no
       time check, which overran a 5 s limit by 3 s on Thach Ha. In the second half of the time limit, choose the
       branching variable here (most fractional), so GLPK never starts that initialisation late in the run. */
    if (reason == GLP_IBRANCH && c->node_limit <= 0 && c->deadline > 0 && c->limit > 0
        && c->deadline - cglpk_now() < 0.5 * c->limit)
        branch_most_fractional(T);
}

int cglpk_remaining_ms(const cglpk_options *o, double t0) {
    if (o->time_limit_s <= 0) return INT_MAX;
    double left = o->time_limit_s - (cglpk_now() - t0);
    if (left <= 0.001) return 1;
    double ms = left * 1000.0;
    return ms >= (double)INT_MAX ? INT_MAX : (int)ms;
}

void cglpk_init_search(glp_iocp *ip, const cglpk_options *o) {
    glp_init_iocp(ip);
    ip->msg_lev = o->msg_lev;
    ip->br_tech = o->br_tech ? o->br_tech : GLP_BR_PCH;
    int cuts = o->cuts < 0 ? 0xF : o->cuts;
    ip->gmi_cuts = (cuts & CGLPK_CUT_GOMORY) ? GLP_ON : GLP_OFF;
    ip->mir_cuts = (cuts & CGLPK_CUT_MIR) ? GLP_ON : GLP_OFF;
    ip->cov_cuts = (cuts & CGLPK_CUT_COVER) ? GLP_ON : GLP_OFF;
    ip->clq_cuts = (cuts & CGLPK_CUT_CLIQUE) ? GLP_ON : GLP_OFF;
}

static void extract_lp(glp_prob *P, double *values, cglpk_result *res) {
    int st = res->lp_status;
    if (st == GLP_OPT || st == GLP_FEAS) {
        res->has_values = 1;
        res->obj = glp_get_obj_val(P);
        if (values) for (int j = 1; j <= res->n_cols; j++) values[j - 1] = glp_get_col_prim(P, j);
    }
}

void cglpk_extract_mip(glp_prob *P, double *values, cglpk_result *res) {
    int st = res->mip_status;
    if (st == GLP_OPT || st == GLP_FEAS) {
        res->has_values = 1;
        res->obj = glp_mip_obj_val(P);
        if (values) for (int j = 1; j <= res->n_cols; j++) values[j - 1] = glp_mip_col_val(P, j);
    }
}

/* Solves an already built problem; shared by cglpk_solve and cglpk_solve_file. */
/* True when the caller asked to stop: checked before each solver routine, since building a large problem, the root
   LP and the MIP presolve check no stop flag (an abandoned solve thread then ends without starting them). */
static int stop_requested(cglpk_monitor *mon, cglpk_result *res, double t0) {
    if (!mon || !atomic_load(&mon->stop)) return 0;
    res->phase = 2;
    res->rc = GLP_ESTOP;
    res->seconds_solve = cglpk_now() - t0;
    return 1;
}

void cglpk_solve_built(glp_prob *P, const cglpk_options *o, cglpk_monitor *mon, double *values, cglpk_result *res) {
    double t0 = cglpk_now();
    res->n_cols = glp_get_num_cols(P);
    if (o->mip && stop_requested(mon, res, t0)) return;
    int need_lp = !o->mip || o->start != NULL;
    int root_lp_solved = 0;
    if (need_lp) {
        glp_smcp sp;
        glp_init_smcp(&sp);
        sp.msg_lev = o->msg_lev;
        sp.presolve = GLP_OFF;
        sp.meth = o->lp_dual ? GLP_DUALP : GLP_PRIMAL;
        sp.tm_lim = cglpk_remaining_ms(o, t0);
        res->phase = 1;
        res->rc = glp_simplex(P, &sp);
        res->lp_status = glp_get_status(P);
        if (!o->mip || res->rc != 0 || res->lp_status != GLP_OPT) {
            if (!o->mip) extract_lp(P, values, res);
            res->seconds_solve = cglpk_now() - t0;
            return;
        }
        root_lp_solved = 1;
    }
    if (!need_lp && cglpk_level_search(P, o, mon, values, res, t0)) {
        res->seconds_solve = cglpk_now() - t0;
        return;
    }
    if (!need_lp && o->level_only && o->level_nodes > 0) {
        /* A first try on a smaller model: the caller goes on with another one. */
        res->phase = 2;
        res->rc = GLP_ESTOP;
        res->mip_status = GLP_UNDEF;
        res->has_values = 0;
        res->seconds_solve = cglpk_now() - t0;
        return;
    }
    glp_iocp ip;
    cglpk_init_search(&ip, o);
    ip.presolve = (o->start == NULL && o->presolve) ? GLP_ON : GLP_OFF;
    /* GLPK's proximity search is bounded by its clock only (ps_tm_lim <= 0 means INT_MAX ms): off under a work
       limit. */
    if (o->ps_tm_lim_ms > 0 && o->node_limit <= 0) {
        ip.ps_heur = GLP_ON;
        ip.ps_tm_lim = o->ps_tm_lim_ms;
    }
    if (!need_lp && ip.presolve == GLP_OFF) {
        /* Without presolve glp_intopt needs an optimal root basis: solve the LP first. */
        glp_smcp sp;
        glp_init_smcp(&sp);
        sp.msg_lev = o->msg_lev;
        sp.tm_lim = cglpk_remaining_ms(o, t0);
        res->phase = 1;
        res->rc = glp_simplex(P, &sp);
        res->lp_status = glp_get_status(P);
        if (res->rc != 0 || res->lp_status != GLP_OPT) {
            res->seconds_solve = cglpk_now() - t0;
            return;
        }
        root_lp_solved = 1;
    }
    if (stop_requested(mon, res, t0)) return;
    ip.tm_lim = cglpk_remaining_ms(o, t0);
    ip.mip_gap = o->mip_gap > 0 ? o->mip_gap : 0.0;
    cb_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.mon = mon;
    ctx.start = o->start;
    ctx.orig = P;
    if (o->test_delay_at == CGLPK_DELAY_AFTER_INCUMBENT) ctx.delay_s = o->test_delay_s;
    ctx.node_limit = o->node_limit;
    ctx.bound_within = o->stop_bound_within;
    if (root_lp_solved) {
        /* The root LP optimum bounds the MIP until the search reports a better bound. */
        ctx.has_bound = 1;
        ctx.bound = glp_get_obj_val(P);
    }
    if (o->time_limit_s > 0) {
        ctx.deadline = t0 + o->time_limit_s;
        ctx.limit = o->time_limit_s;
    }
    ip.cb_func = cglpk_branch_cut_callback;
    ip.cb_info = &ctx;
    res->phase = 2;
    res->rc = glp_intopt(P, &ip);
    if (res->rc == GLP_ESTOP && ctx.stopped_for_time && !(mon && atomic_load(&mon->stop))) res->rc = GLP_ETMLIM;
    if (res->rc == GLP_ESTOP) {
        res->stopped_for_nodes = ctx.stopped_for_nodes;
        res->stopped_for_bound = ctx.stopped_for_bound;
    }
    res->mip_status = glp_mip_status(P);
    res->warm_start_used = ctx.start_accepted;
    res->has_bound = ctx.has_bound;
    res->bound = ctx.bound;
    if (mon) res->nodes = atomic_load(&mon->nodes);
    cglpk_extract_mip(P, values, res);
    if (mon && res->has_values) {
        atomic_store(&mon->incumbent, res->obj);
        atomic_store(&mon->has_incumbent, 1);
    }
    res->seconds_solve = cglpk_now() - t0;
}

static void solve_body(const cglpk_model *m, const cglpk_options *o, cglpk_monitor *mon, double *values,
                       cglpk_result *res) {
    if (o->mem_limit_mb > 0) glp_mem_limit(o->mem_limit_mb);   /* before building: see docs/solver-notes.md §2.5 */
    if (o->test_delay_at == CGLPK_DELAY_BEFORE_BUILD && o->test_delay_s > 0) sleep_seconds(o->test_delay_s);
    double t0 = cglpk_now();
    glp_prob *P = cglpk_build(m);
    res->seconds_load = cglpk_now() - t0;
    cglpk_solve_built(P, o, mon, values, res);
    glp_delete_prob(P);
}

/* A GLPK fatal error inside the level search is GLPK's own (its cover cuts on a problem its preprocessor had emptied
   raised one on a small test model): the environment is gone, so build the problem again and solve it without the
   level search, in what is left of the time. */
static int solve_again_without_levels(const cglpk_model *m, const cglpk_options *o, cglpk_monitor *mon,
                                      double *values, cglpk_result *res, char *log, size_t log_cap, char *err,
                                      size_t err_cap, double t0) {
    cglpk_options o2 = *o;
    if (o->level_only) {
        /* Only the level search was asked for: report it failed, with no point. */
        memset(res, 0, sizeof *res);
        res->level_outcome = CGLPK_LEVEL_FAILED;
        res->phase = 2;
        res->rc = GLP_ESTOP;
        res->mip_status = GLP_UNDEF;
        res->seconds_solve = cglpk_now() - t0;
        return res->rc;
    }
    o2.level_nodes = 0;
    if (o2.time_limit_s > 0) o2.time_limit_s = fmax(0.001, o2.time_limit_s - (cglpk_now() - t0));
    memset(res, 0, sizeof *res);
    res->level_outcome = CGLPK_LEVEL_FAILED;
    cglpk_guard g;
    cglpk_guard_begin(&g, log, log_cap, err, err_cap);
    if (setjmp(g.jb)) {
        res->rc = cglpk_guard_fatal(&g);
        res->has_values = 0;
        return res->rc;
    }
    solve_body(m, &o2, mon, values, res);
    cglpk_guard_end(&g);
    return res->rc;
}

int cglpk_solve(const cglpk_model *m, const cglpk_options *o, cglpk_monitor *mon, double *values,
                cglpk_result *res, char *log, size_t log_cap, char *err, size_t err_cap) {
    memset(res, 0, sizeof *res);
    double t0 = cglpk_now();
    cglpk_guard g;
    cglpk_guard_begin(&g, log, log_cap, err, err_cap);
    if (setjmp(g.jb)) {
        int rc = cglpk_guard_fatal(&g);
        if (res->level_outcome == CGLPK_LEVEL_RUNNING)
            return solve_again_without_levels(m, o, mon, values, res, log, log_cap, err, err_cap, t0);
        res->rc = rc;
        res->has_values = 0;
        return res->rc;
    }
    solve_body(m, o, mon, values, res);
    cglpk_guard_end(&g);
    return res->rc;
}
