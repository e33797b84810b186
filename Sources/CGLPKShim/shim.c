// Small entry points: version, TLS check, env cleanup and the test-only fatal-error trigger.
#include <string.h>
#include "CGLPKShim.h"
#include "guard.h"

const char *cglpk_version(void) { return glp_version(); }

int cglpk_has_tls(void) { return glp_config("TLS") != NULL; }

void cglpk_free_env(void) { glp_free_env(); }

static void provoke_body(void) {
    glp_prob *P = glp_create_prob();
    glp_set_col_bnds(P, 7, GLP_LO, 0.0, 0.0);   /* no column 7: GLPK raises a fatal error */
    glp_delete_prob(P);                         /* not reached */
}

int cglpk_provoke_error(char *err, size_t err_cap) {
    cglpk_guard g;
    cglpk_guard_begin(&g, NULL, 0, err, err_cap);
    if (setjmp(g.jb)) return cglpk_guard_fatal(&g);
    provoke_body();
    cglpk_guard_end(&g);
    return 0;
}
