#include "CGLPKShim.h"

const char *cglpk_version(void) { return glp_version(); }
