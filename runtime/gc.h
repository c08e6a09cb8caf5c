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
/* -1 when there is no memory for the collector's bookkeeping. */
int gc_init(Interp *interp);
/* The collection of a program's end (interp.c's clear_modules): a full one,
 * even when the program disabled the collector, and with no gc.callbacks
 * and no debug output, as CPython's _PyGC_CollectNoFail. */
void gc_collect_at_exit(ThreadState *ts);
/* Teardown: collect until nothing is left that only cycles keep alive. */
void gc_fini(ThreadState *ts);

/* ---- what the gc module (runtime/mod_gc.c) needs ----------------------- */

/* gc.set_debug() flags, with CPython's values. */
enum {
    GC_DEBUG_STATS = 1 << 0,          /* a summary of each collection on sys.stderr */
    GC_DEBUG_COLLECTABLE = 1 << 1,    /* each unreachable object found */
    GC_DEBUG_UNCOLLECTABLE = 1 << 2,  /* each object that cannot be freed (never, here) */
    GC_DEBUG_SAVEALL = 1 << 5,        /* keep garbage in gc.garbage instead of freeing it */
    GC_DEBUG_LEAK = GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL,
};

/* The lists gc.garbage and gc.callbacks of [ts]'s interpreter (borrowed;
 * made on first use; NULL with MemoryError). The collector keeps them, so
 * every import of the gc module shows the same two lists, as in CPython. */
Object *gc_garbage_borrowed(ThreadState *ts);
Object *gc_callbacks_borrowed(ThreadState *ts);
/* gc.freeze(): move every tracked container to a permanent generation that
 * no collection examines; gc.unfreeze() moves them back into generation 2;
 * gc_freeze_count() is how many are frozen. */
void gc_freeze(ThreadState *ts);
void gc_unfreeze(ThreadState *ts);
size_t gc_freeze_count(ThreadState *ts);
/* How many containers [generation] (0..2) holds now. */
size_t gc_generation_size(Interp *interp, int generation);
/* A new list of the containers tracked in [generation], or in all three
 * (youngest first) when [generation] is -1. */
Object *gc_get_objects(ThreadState *ts, int generation);
/* A new list of the tracked containers that refer to any of [objs]. */
Object *gc_get_referrers(ThreadState *ts, Object *const *objs, size_t n);
/* A new list of what the containers among [objs] refer to (their
 * traverse slots, in order). */
Object *gc_get_referents(ThreadState *ts, Object *const *objs, size_t n);

#endif
