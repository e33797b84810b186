// Guarded file I/O: write a model as CPLEX LP / free MPS, read one back and solve it.
#include <string.h>
#include "CGLPKShim.h"
#include "guard.h"
#include "build.h"

static int write_body(const cglpk_model *m, int format, const char *path) {
    glp_prob *P = cglpk_build(m);
    int rc = format == CGLPK_FORMAT_FREE_MPS ? glp_write_mps(P, GLP_MPS_FILE, NULL, path)
                                             : glp_write_lp(P, NULL, path);
    glp_delete_prob(P);
    return rc;
}

int cglpk_write(const cglpk_model *m, int format, const char *path, char *log, size_t log_cap, char *err,
                size_t err_cap) {
    cglpk_guard g;
    cglpk_guard_begin(&g, log, log_cap, err, err_cap);
    if (setjmp(g.jb)) return cglpk_guard_fatal(&g);
    int rc = write_body(m, format, path);
    cglpk_guard_end(&g);
    return rc;
}

static void read_solve_body(const char *path, int format, const cglpk_options *o, cglpk_result *res) {
    if (o->mem_limit_mb > 0) glp_mem_limit(o->mem_limit_mb);
    glp_prob *P = glp_create_prob();
    int rc = format == CGLPK_FORMAT_FREE_MPS ? glp_read_mps(P, GLP_MPS_FILE, NULL, path)
                                             : glp_read_lp(P, NULL, path);
    if (rc != 0) {
        res->rc = CGLPK_EREAD;
    } else {
        cglpk_options o2 = *o;
        o2.mip = glp_get_num_int(P) > 0;
        o2.start = NULL;
        o2.level_nodes = 0;   /* the level search's own GLPK failures are retried only by cglpk_solve */
        cglpk_solve_built(P, &o2, NULL, NULL, res);
    }
    glp_delete_prob(P);
}

int cglpk_solve_file(const char *path, int format, const cglpk_options *o, cglpk_result *res, char *log,
                     size_t log_cap, char *err, size_t err_cap) {
    memset(res, 0, sizeof *res);
    cglpk_guard g;
    cglpk_guard_begin(&g, log, log_cap, err, err_cap);
    if (setjmp(g.jb)) {
        res->rc = cglpk_guard_fatal(&g);
        return res->rc;
    }
    read_solve_body(path, format, o, res);
    cglpk_guard_end(&g);
    return res->rc;
}
