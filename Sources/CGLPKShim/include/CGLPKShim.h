#ifndef CGLPKSHIM_H
#define CGLPKSHIM_H
#include <glpk.h>

/// Returns GLPK's version string (e.g. "5.0"). Placeholder until the guarded entry points land.
const char *cglpk_version(void);

#endif
