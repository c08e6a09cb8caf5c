/* gil.h -- the global interpreter lock. How it works: runtime/gil.c. */
#ifndef MINIPY_GIL_H
#define MINIPY_GIL_H

#include "interp.h"

int gil_init(Interp *interp);
void gil_fini(Interp *interp);
/* Block until [ts] holds the GIL. */
void gil_acquire(ThreadState *ts);
/* Give the GIL up (before a blocking call, or to let another thread run). */
void gil_release(ThreadState *ts);
/* Called from the eval breaker when another thread asked for the GIL:
 * release it, let a waiter take it, and take it back. */
void gil_yield(ThreadState *ts);

#endif
