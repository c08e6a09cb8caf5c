/* sitebuiltins.h -- the builtins exit, quit and help (runtime/sitebuiltins.c). */
#ifndef MINIPY_SITEBUILTINS_H
#define MINIPY_SITEBUILTINS_H

#include "object.h"

extern TypeObject QuitterType;    /* _sitebuiltins.Quitter: exit and quit */
extern TypeObject HelperType;     /* _sitebuiltins._Helper: help */

/* Put exit, quit and help into the module [builtins]. Returns 0, or -1
 * with an exception set. */
int sitebuiltins_add(ThreadState *ts, Object *builtins);

#endif
