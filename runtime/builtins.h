/* builtins.h -- the builtins and sys modules. */
#ifndef MINIPY_BUILTINS_H
#define MINIPY_BUILTINS_H

#include "interp.h"

/* The builtins module: functions, types and constants (exceptions are
 * added by exc_init). */
Object *builtins_create(ThreadState *ts);
/* The sys module, with argv and path from [cfg]. */
Object *sys_create(ThreadState *ts, const InterpConfig *cfg);

#endif
