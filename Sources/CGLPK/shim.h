// The GLPK C API, as installed by Debian's libglpk-dev (/usr/include/glpk.h).
// Debian ships no glpk.pc, so the target declares no pkgConfig; `providers` names the apt package.
#include <glpk.h>
