// Internal: building a glp_prob from a cglpk_model, and solving a built problem. Call only under a guard.
#ifndef CGLPK_BUILD_H
#define CGLPK_BUILD_H
#include "CGLPKShim.h"

glp_prob *cglpk_build(const cglpk_model *m);
void cglpk_solve_built(glp_prob *P, const cglpk_options *o, cglpk_monitor *mon, double *values, cglpk_result *res);

#endif
