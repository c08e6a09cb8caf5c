/* asyncgen.h -- async generators (PEP 525): `async def` with `yield`.
 *
 * Lesson 7: an async generator is a generator that may also await. Its
 * frame yields two kinds of values up the same channel: the values of its
 * `yield` (marked by ASYNC_GEN_WRAP) and whatever an `await` inside it
 * passes through to the event loop. The awaitables __anext__(), asend(),
 * athrow() and aclose() return tell them apart.
 */
#ifndef MINIPY_ASYNCGEN_H
#define MINIPY_ASYNCGEN_H

#include "object.h"

extern TypeObject AsyncGenType;
extern TypeObject AsyncGenASendType;
extern TypeObject AsyncGenAThrowType;
extern TypeObject AsyncGenWrappedType;
extern TypeObject ANextAwaitableType;

/* The async generator methods (__anext__, asend, athrow, aclose, ...),
 * for AsyncGenType's table in runtime/gen.c. */
extern const MethodDef asyncgen_methods[];

/* ASYNC_GEN_WRAP: [value] marked as yielded by an async generator (new
 * reference). */
Object *asyncgen_wrap(ThreadState *ts, Object *value);
/* [gen] is dying unfinished: if an event loop installed a finalizer
 * (sys.set_asyncgen_hooks) when it first ran, call it with [gen], which
 * may resurrect it to aclose() it later, and return true; false: no hook,
 * the caller closes it. A failure of the hook is reported as unraisable. */
bool asyncgen_finalize(ThreadState *ts, Object *gen);

/* anext([aiter], [dflt]): an awaitable that awaits aiter.__anext__() and
 * gives [dflt] instead of StopAsyncIteration (new reference). */
Object *asyncgen_anext_default(ThreadState *ts, Object *aiter, Object *dflt);

#endif
