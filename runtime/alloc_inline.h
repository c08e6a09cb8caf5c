/* alloc_inline.h -- the allocation and release of the objects made by the
 * million (ints, floats), inline in the files that make them.
 *
 * Lesson 6 (memory): obj_alloc() and obj_free() in object.c are the general
 * path; these do the same for a small object of a static, non-container type
 * with the pool's free list popped and pushed in place (runtime/memory.h),
 * which takes a few calls off every `total += v`.
 */
#ifndef MINIPY_ALLOC_INLINE_H
#define MINIPY_ALLOC_INLINE_H

#include "interp.h"
#include "memory.h"
#include "exceptions.h"
#include "trace/events.h"

/* A new object of [type] (static, not a container) of [size] bytes, its
 * fields other than the header not zeroed: the caller sets them all. */
static inline Object *obj_alloc_small(ThreadState *ts, TypeObject *type, size_t size) {
    if (TRACE_ON(TRACE_MEM)) return obj_alloc(ts, type, size);   /* narrated: the general path */
    Interp *interp = ts->interp;
    Object *o = mem_alloc_small(&interp->pools, size);
    if (UNLIKELY(!o)) return err_no_memory(ts);
    o->refcnt = 1;
    o->type = type;
    interp->live_objects++;
    return o;
}

/* obj_free() for an object of [size] bytes made by obj_alloc_small(). */
static inline void obj_free_small(Object *o, size_t size) {
    ThreadState *ts = ts_current();
    if (TRACE_ON(TRACE_ANY)) {
        obj_free(o);
        return;
    }
    Interp *interp = ts->interp;
    interp->live_objects--;
    mem_free_sized(&interp->pools, o, size);
}

#endif
