/* gen.h -- generators and coroutines: functions whose frame outlives a call.
 *
 * Lesson 7 (concurrency) uses generators as the simplest coroutines: a
 * generator's frame lives inside the generator object, and each next()
 * resumes it exactly where its last `yield` left it. `async def` makes the
 * same object under the type `coroutine`, and `async def` with `yield` an
 * `async_generator` (runtime/asyncgen.c): one struct, three types, as in
 * CPython's genobject.c.
 */
#ifndef MINIPY_GEN_H
#define MINIPY_GEN_H

#include "object.h"
#include "frame.h"

typedef struct GenObject {
    OBJECT_HEAD;
    Frame *frame;             /* on the heap; NULL once finished */
    CodeObject *code;         /* the frame's code, kept after it finished */
    Object *name, *qualname;
    Object *exc_state;        /* the exception being handled inside it, or NULL */
    bool running;
    bool started;
    bool closed;              /* close() was called: no "never awaited" warning */
    /* async generators only (runtime/asyncgen.c) */
    bool ag_hooks_inited;     /* sys.set_asyncgen_hooks' firstiter was called */
    bool ag_running_async;    /* an asend/athrow awaitable is driving it */
    bool ag_closed;           /* finished, or aclose() began */
    Object *ag_finalizer;     /* the hook to call when it dies unfinished, or NULL */
} GenObject;

extern TypeObject GenType;
extern TypeObject CoroType;
extern TypeObject CoroWrapperType;

typedef enum { GEN_YIELD, GEN_RETURN, GEN_ERROR } GenResult;

/* A generator, coroutine or async generator (as the flags of its code say)
 * around [frame] (taken over), created when such a function is called. */
Object *gen_new(ThreadState *ts, Frame *frame, Object *name, Object *qualname);
/* Resume [gen] sending [value] (None for next()). *result receives what it
 * yielded (GEN_YIELD) or returned (GEN_RETURN; None when it had already
 * finished), a new reference; GEN_ERROR: an exception is set. */
GenResult gen_send(ThreadState *ts, Object *gen, Object *value, Object **result);
/* gen.send([value]): what it yields (new reference), or NULL with
 * StopIteration(return value) (StopAsyncIteration for an async generator)
 * or its exception set. */
Object *gen_send_value(ThreadState *ts, Object *gen, Object *value);
/* gen.throw([exc]) (an exception instance): the same results as
 * gen_send_value. A delegate of a `yield from`/`await` gets it first. */
Object *gen_throw(ThreadState *ts, Object *gen, Object *exc);
/* gen.close(): 0, or -1 with an exception set. */
int gen_close(ThreadState *ts, Object *gen);
/* The exception instance throw(typ[, val[, tb]]) raises, from its [nargs]
 * (1..3) arguments (new reference), or NULL with TypeError set. */
Object *gen_exception_from_args(ThreadState *ts, Object *const *args, size_t nargs);
/* A generator or coroutine: SEND and yield from drive it without a lookup. */
bool gen_check(Object *o);
/* A generator whose code is marked awaitable (CO_ITERABLE_COROUTINE). */
bool gen_is_awaitable_generator(Object *o);
/* coro.__await__(): a coroutine_wrapper around [coro] (new reference). */
Object *coro_wrapper_new(ThreadState *ts, Object *coro);

#endif
