/* gc.h -- the cycle collector's interface: tracking containers and collecting.
 * How it works is explained at the top of runtime/gc.c. */
#ifndef MINIPY_GC_H
#define MINIPY_GC_H

#include "interp.h"

/* Start watching container [o] (all its fields initialised). May run a
 * collection of the youngest generation when its threshold is reached. */
void gc_track(ThreadState *ts, Object *o);
/* Stop watching [o] (first thing in every container's dealloc). Idempotent. */
void gc_untrack(Object *o);
static inline bool gc_is_tracked(Object *o) { return AS_GC(o)->next != NULL; }
/* Collect generations 0..[generation]; returns the number of unreachable
 * objects found, or -1 with an exception. */
ssize_t gc_collect(ThreadState *ts, int generation);
/* At a safe point (the eval breaker): collect what the thresholds ask for. */
void gc_collect_auto(ThreadState *ts);
void gc_init(Interp *interp);
/* Teardown: collect until nothing is left that only cycles keep alive. */
void gc_fini(ThreadState *ts);

#endif
