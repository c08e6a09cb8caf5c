/* asyncgen.c -- async generators and the awaitables that drive them.
 *
 * Lesson 7 (coroutines on one thread), PEP 525. `async def` with `yield`
 * makes an async generator: a GenObject (runtime/gen.c) whose frame may
 * suspend for two reasons. A `yield v` compiles to ASYNC_GEN_WRAP; YIELD_VALUE,
 * so the frame hands up v in a wrapper; an `await` inside it hands up
 * whatever the awaited future yields, unwrapped, meant for the event loop.
 *
 * The consumer never resumes the frame itself: `async for` awaits
 * agen.__anext__(), an `async_generator_asend` object. Sending into that
 * resumes the frame; a wrapped value means "the generator yielded v" and is
 * turned into StopIteration(v) -- the awaitable finished with v as its
 * result -- while an unwrapped one passes through to whoever drives the
 * await (the event loop). The generator's end is StopAsyncIteration, which
 * ends `async for`. athrow() and aclose() return an
 * `async_generator_athrow` that throws into the frame the same way.
 *
 * Start reading at unwrap().
 */
#include "asyncgen.h"
#include "gen.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "args.h"
#include "tuple.h"

/* ==== the wrapper ASYNC_GEN_WRAP puts around a yielded value ============== */

typedef struct {
    OBJECT_HEAD;
    Object *value;
} WrappedObject;

Object *asyncgen_wrap(ThreadState *ts, Object *value) {
    WrappedObject *w = (WrappedObject *)obj_alloc(ts, &AsyncGenWrappedType, sizeof(WrappedObject));
    if (!w) return NULL;
    w->value = NEWREF(value);
    gc_track(ts, (Object *)w);
    return (Object *)w;
}

static void wrapped_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(((WrappedObject *)self)->value);
    obj_free(self);
}

static int wrapped_traverse(Object *self, VisitFunc visit, void *arg) {
    Object *v = ((WrappedObject *)self)->value;
    return v && visit(v, arg);
}

static int wrapped_clear(Object *self) {
    CLEAR(((WrappedObject *)self)->value);
    return 0;
}

TypeObject AsyncGenWrappedType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(WrappedObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = wrapped_dealloc,
    .hash = obj_hash_identity,
    .traverse = wrapped_traverse,
    .clear = wrapped_clear,
};

/* ==== the generator's side ================================================ */

#define AG(o) ((GenObject *)(o))

/* The first time anything drives [g]: remember the loop's finalizer and
 * tell the loop (sys.set_asyncgen_hooks), as CPython's async_gen_init_hooks. */
static int init_hooks(ThreadState *ts, GenObject *g) {
    if (g->ag_hooks_inited) return 0;
    g->ag_hooks_inited = true;
    if (ts->asyncgen_finalizer) g->ag_finalizer = NEWREF(ts->asyncgen_finalizer);
    if (ts->asyncgen_firstiter) {
        Object *hook = NEWREF(ts->asyncgen_firstiter);
        Object *r = obj_call1(ts, hook, (Object *)g);
        DECREF(hook);
        if (!r) return -1;
        DECREF(r);
    }
    return 0;
}

/* What the frame handed up ([result], new reference; NULL: it ended or
 * raised), seen from the awaitable driving it: a wrapped value is the
 * generator's yield -- the awaitable is done, StopIteration(value); an
 * unwrapped one is an await passing through, returned as it is; the end
 * of the frame is StopAsyncIteration. */
static Object *unwrap(ThreadState *ts, GenObject *g, Object *result) {
    if (!result) {
        if (!err_occurred(ts)) err_set_object(ts, &ExcStopAsyncIteration, NULL);
        if (err_matches(ts, &ExcStopAsyncIteration) || err_matches(ts, &ExcGeneratorExit)) g->ag_closed = true;
        g->ag_running_async = false;
        return NULL;
    }
    if (TYPE(result) == &AsyncGenWrappedType) {
        Object *v = ((WrappedObject *)result)->value;
        Object *args = tuple_pack(ts, 1, v);
        Object *e = args ? exc_new(ts, &ExcStopIteration, args) : NULL;
        XDECREF(args);
        if (e) err_raise_steal(ts, e);
        DECREF(result);
        g->ag_running_async = false;
        return NULL;
    }
    return result;
}

/* ==== async_generator_asend: __anext__() and asend(v) ===================== */

enum { AWAIT_INIT, AWAIT_ITER, AWAIT_CLOSED };

typedef struct {
    OBJECT_HEAD;
    Object *gen;
    Object *sendval;          /* asend's value; None for __anext__ */
    int state;
} ASendObject;

static Object *asend_new(ThreadState *ts, Object *gen, Object *sendval) {
    if (init_hooks(ts, AG(gen)) < 0) return NULL;
    ASendObject *a = (ASendObject *)obj_alloc(ts, &AsyncGenASendType, sizeof(ASendObject));
    if (!a) return NULL;
    a->gen = NEWREF(gen);
    a->sendval = NEWREF(sendval);
    a->state = AWAIT_INIT;
    gc_track(ts, (Object *)a);
    return (Object *)a;
}

static Object *asend_send(ThreadState *ts, ASendObject *a, Object *arg) {
    GenObject *g = AG(a->gen);
    if (a->state == AWAIT_CLOSED)
        return err_set_string(ts, &ExcRuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AWAIT_INIT) {
        if (g->ag_running_async)
            return err_set_string(ts, &ExcRuntimeError, "anext(): asynchronous generator is already running");
        if (!arg || arg == None) arg = a->sendval;
        a->state = AWAIT_ITER;
    }
    g->ag_running_async = true;
    Object *r = unwrap(ts, g, gen_send_value(ts, a->gen, arg ? arg : None));
    if (!r) a->state = AWAIT_CLOSED;
    return r;
}

static Object *asend_iternext(ThreadState *ts, Object *self) { return asend_send(ts, (ASendObject *)self, NULL); }

static CFUNC(asend_m_send) {
    if (args_exactly(ts, "send", nargs, kwnames, 1) < 0) return NULL;
    return asend_send(ts, (ASendObject *)self, args[0]);
}

static CFUNC(asend_m_next) { return asend_iternext(ts, self); }

static CFUNC(asend_m_throw) {
    if (args_count(ts, "throw", nargs, 1, 3) < 0) return NULL;
    ASendObject *a = (ASendObject *)self;
    if (a->state == AWAIT_CLOSED)
        return err_set_string(ts, &ExcRuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Object *exc = gen_exception_from_args(ts, args, nargs);
    if (!exc) return NULL;
    Object *r = unwrap(ts, AG(a->gen), gen_throw(ts, a->gen, exc));
    DECREF(exc);
    if (!r) a->state = AWAIT_CLOSED;
    return r;
}

static CFUNC(asend_m_close) {
    if (args_exactly(ts, "close", nargs, kwnames, 0) < 0) return NULL;
    ((ASendObject *)self)->state = AWAIT_CLOSED;
    return none_new();
}

static CFUNC(await_self) {
    if (args_exactly(ts, "__await__", nargs, kwnames, 0) < 0) return NULL;
    return NEWREF(self);
}

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

static void asend_dealloc(Object *self) {
    ASendObject *a = (ASendObject *)self;
    gc_untrack(self);
    XDECREF(a->gen);
    XDECREF(a->sendval);
    obj_free(self);
}

static int asend_traverse(Object *self, VisitFunc visit, void *arg) {
    ASendObject *a = (ASendObject *)self;
    if (a->gen && visit(a->gen, arg)) return 1;
    return a->sendval && visit(a->sendval, arg);
}

static int asend_clear(Object *self) {
    CLEAR(((ASendObject *)self)->gen);
    CLEAR(((ASendObject *)self)->sendval);
    return 0;
}

static const MethodDef asend_methods[] = {
    {"send", asend_m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", asend_m_throw, 0, NULL},
    {"close", asend_m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__next__", asend_m_next, 0, NULL},
    {"__await__", await_self, 0, NULL},
    {NULL},
};

TypeObject AsyncGenASendType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "async_generator_asend",
    .basicsize = sizeof(ASendObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = asend_dealloc,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = asend_iternext,
    .traverse = asend_traverse,
    .clear = asend_clear,
    .methods = asend_methods,
};

/* ==== async_generator_athrow: athrow(...) and aclose() ==================== */

typedef struct {
    OBJECT_HEAD;
    Object *gen;
    Object *exc;              /* the exception to throw; NULL: aclose() */
    int state;
} AThrowObject;

static Object *athrow_new(ThreadState *ts, Object *gen, Object *exc) {
    if (init_hooks(ts, AG(gen)) < 0) return NULL;
    AThrowObject *t = (AThrowObject *)obj_alloc(ts, &AsyncGenAThrowType, sizeof(AThrowObject));
    if (!t) return NULL;
    t->gen = NEWREF(gen);
    t->exc = XNEWREF(exc);
    t->state = AWAIT_INIT;
    gc_track(ts, (Object *)t);
    return (Object *)t;
}

/* The end of an athrow/aclose: for aclose, the generator finishing (or
 * letting GeneratorExit out) is success, StopIteration; a wrapped value
 * means it yielded instead of closing. */
static Object *athrow_done(ThreadState *ts, AThrowObject *t, bool ignored_exit) {
    GenObject *g = AG(t->gen);
    g->ag_running_async = false;
    t->state = AWAIT_CLOSED;
    if (ignored_exit) return err_set_string(ts, &ExcRuntimeError, "async generator ignored GeneratorExit");
    if (!t->exc && (err_matches(ts, &ExcStopAsyncIteration) || err_matches(ts, &ExcGeneratorExit))) {
        err_clear(ts);
        err_set_object(ts, &ExcStopIteration, NULL);
    }
    return NULL;
}

/* What the frame handed up to an athrow/aclose. */
static Object *athrow_result(ThreadState *ts, AThrowObject *t, Object *r) {
    if (t->exc) {
        r = unwrap(ts, AG(t->gen), r);
        if (!r) t->state = AWAIT_CLOSED;
        return r;
    }
    if (!r) return athrow_done(ts, t, false);
    if (TYPE(r) == &AsyncGenWrappedType) {
        DECREF(r);
        return athrow_done(ts, t, true);
    }
    return r;
}

static Object *athrow_send(ThreadState *ts, AThrowObject *t, Object *arg) {
    GenObject *g = AG(t->gen);
    if (t->state == AWAIT_CLOSED)
        return err_set_string(ts, &ExcRuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (!g->frame) {
        t->state = AWAIT_CLOSED;
        return err_set_object(ts, &ExcStopIteration, NULL);
    }
    if (t->state == AWAIT_INIT) {
        if (g->ag_running_async) {
            t->state = AWAIT_CLOSED;
            return err_set_string(ts, &ExcRuntimeError, t->exc ? "athrow(): asynchronous generator is already running"
                                                               : "aclose(): asynchronous generator is already running");
        }
        if (g->ag_closed) {
            t->state = AWAIT_CLOSED;
            return err_set_object(ts, &ExcStopAsyncIteration, NULL);
        }
        if (arg && arg != None)
            return err_set_string(ts, &ExcRuntimeError, "can't send non-None value to a just-started coroutine");
        t->state = AWAIT_ITER;
        g->ag_running_async = true;
        Object *exc = XNEWREF(t->exc);
        if (!exc) {
            g->ag_closed = true;
            exc = exc_new(ts, &ExcGeneratorExit, NULL);
            if (!exc) return NULL;
        }
        Object *r = gen_throw(ts, t->gen, exc);
        DECREF(exc);
        return athrow_result(ts, t, r);
    }
    return athrow_result(ts, t, gen_send_value(ts, t->gen, arg ? arg : None));
}

static Object *athrow_iternext(ThreadState *ts, Object *self) { return athrow_send(ts, (AThrowObject *)self, NULL); }

static CFUNC(athrow_m_send) {
    if (args_exactly(ts, "send", nargs, kwnames, 1) < 0) return NULL;
    return athrow_send(ts, (AThrowObject *)self, args[0]);
}

static CFUNC(athrow_m_next) { return athrow_iternext(ts, self); }

static CFUNC(athrow_m_throw) {
    if (args_count(ts, "throw", nargs, 1, 3) < 0) return NULL;
    AThrowObject *t = (AThrowObject *)self;
    if (t->state == AWAIT_CLOSED)
        return err_set_string(ts, &ExcRuntimeError, "cannot reuse already awaited aclose()/athrow()");
    Object *exc = gen_exception_from_args(ts, args, nargs);
    if (!exc) return NULL;
    Object *r = gen_throw(ts, t->gen, exc);
    DECREF(exc);
    return athrow_result(ts, t, r);
}

static CFUNC(athrow_m_close) {
    if (args_exactly(ts, "close", nargs, kwnames, 0) < 0) return NULL;
    ((AThrowObject *)self)->state = AWAIT_CLOSED;
    return none_new();
}

static void athrow_dealloc(Object *self) {
    AThrowObject *t = (AThrowObject *)self;
    gc_untrack(self);
    XDECREF(t->gen);
    XDECREF(t->exc);
    obj_free(self);
}

static int athrow_traverse(Object *self, VisitFunc visit, void *arg) {
    AThrowObject *t = (AThrowObject *)self;
    if (t->gen && visit(t->gen, arg)) return 1;
    return t->exc && visit(t->exc, arg);
}

static int athrow_clear(Object *self) {
    CLEAR(((AThrowObject *)self)->gen);
    CLEAR(((AThrowObject *)self)->exc);
    return 0;
}

static const MethodDef athrow_methods[] = {
    {"send", athrow_m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", athrow_m_throw, 0, NULL},
    {"close", athrow_m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__next__", athrow_m_next, 0, NULL},
    {"__await__", await_self, 0, NULL},
    {NULL},
};

TypeObject AsyncGenAThrowType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "async_generator_athrow",
    .basicsize = sizeof(AThrowObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = athrow_dealloc,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = athrow_iternext,
    .traverse = athrow_traverse,
    .clear = athrow_clear,
    .methods = athrow_methods,
};

/* ==== the async generator's methods ======================================= */

static CFUNC(ag_m_aiter) {
    if (args_exactly(ts, "__aiter__", nargs, kwnames, 0) < 0) return NULL;
    return NEWREF(self);
}

static CFUNC(ag_m_anext) {
    if (args_exactly(ts, "__anext__", nargs, kwnames, 0) < 0) return NULL;
    return asend_new(ts, self, None);
}

static CFUNC(ag_m_asend) {
    if (args_exactly(ts, "asend", nargs, kwnames, 1) < 0) return NULL;
    return asend_new(ts, self, args[0]);
}

static CFUNC(ag_m_athrow) {
    if (args_count(ts, "athrow", nargs, 1, 3) < 0) return NULL;
    Object *exc = gen_exception_from_args(ts, args, nargs);
    if (!exc) return NULL;
    Object *r = athrow_new(ts, self, exc);
    DECREF(exc);
    return r;
}

static CFUNC(ag_m_aclose) {
    if (args_exactly(ts, "aclose", nargs, kwnames, 0) < 0) return NULL;
    return athrow_new(ts, self, NULL);
}

const MethodDef asyncgen_methods[] = {
    {"__aiter__", ag_m_aiter, 0, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", ag_m_anext, 0, "Return a value or raise StopAsyncIteration."},
    {"asend", ag_m_asend, 0, "asend(v) -> send 'v' in generator."},
    {"athrow", ag_m_athrow, 0, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", ag_m_aclose, 0, "aclose() -> raise GeneratorExit inside generator."},
    {NULL},
};

bool asyncgen_finalize(ThreadState *ts, Object *gen) {
    GenObject *g = AG(gen);
    if (!g->ag_finalizer || g->ag_closed) return false;
    Object *hook = g->ag_finalizer;
    g->ag_finalizer = NULL;
    Object *r = obj_call1(ts, hook, gen);
    DECREF(hook);
    if (r) DECREF(r);
    else err_write_unraisable(ts, NULL);
    return true;
}

/* ==== anext(aiterator, default): the awaitable that gives [default] at the end ====
 *
 * anext() with a default cannot just return __anext__()'s awaitable: the
 * end of the iterator (StopAsyncIteration) must become "the await returns
 * default" (StopIteration(default)). This awaitable drives the inner one,
 * made on first use, and translates that one exception. */

typedef struct {
    OBJECT_HEAD;
    Object *aiter;            /* the async iterator */
    Object *dflt;             /* what the await gives at its end */
    Object *inner;            /* the awaitable __anext__() gave, driven; NULL before the first step */
} ANextObject;

static Object *anext_inner(ThreadState *ts, ANextObject *a) {
    if (a->inner) return a->inner;
    Object *aw = obj_call_method(ts, a->aiter, ts->interp->ids.__anext__, NULL, 0);
    if (!aw) return NULL;
    if (gen_check(aw) && (TYPE(aw) == &CoroType || gen_is_awaitable_generator(aw))) {
        a->inner = aw;
        return aw;
    }
    if (!type_lookup_borrowed(TYPE(aw), ts->interp->ids.__await__)) {
        err_format(ts, &ExcTypeError, "object %s can't be used in 'await' expression", TYPE_NAME(aw));
        DECREF(aw);
        return NULL;
    }
    Object *it = obj_call_method(ts, aw, ts->interp->ids.__await__, NULL, 0);
    DECREF(aw);
    if (!it) return NULL;
    if (!TYPE(it)->next && !gen_check(it)) {
        err_format(ts, &ExcTypeError, "__await__() returned non-iterator of type '%s'", TYPE_NAME(it));
        DECREF(it);
        return NULL;
    }
    a->inner = it;
    return it;
}

/* What the inner awaitable did ([r]; NULL: it ended or raised), seen from
 * the await of anext(): its end without a value is `default`. */
static Object *anext_result(ThreadState *ts, ANextObject *a, Object *r) {
    if (r) return r;
    if (err_matches(ts, &ExcStopAsyncIteration)) {
        err_clear(ts);
        Object *args = tuple_pack(ts, 1, a->dflt);
        Object *e = args ? exc_new(ts, &ExcStopIteration, args) : NULL;
        XDECREF(args);
        if (e) err_raise_steal(ts, e);
    } else if (!err_occurred(ts)) {
        err_raise_steal(ts, exc_new(ts, &ExcStopIteration, NULL));
    }
    return NULL;
}

static Object *anext_send(ThreadState *ts, ANextObject *a, Object *v) {
    Object *inner = anext_inner(ts, a);
    if (!inner) return anext_result(ts, a, NULL);
    if (gen_check(inner)) return anext_result(ts, a, gen_send_value(ts, inner, v));
    if (v == None) return anext_result(ts, a, TYPE(inner)->next(ts, inner));
    return anext_result(ts, a, obj_call_method(ts, inner, ts->interp->ids.send, &v, 1));
}

static Object *anext_iternext(ThreadState *ts, Object *self) { return anext_send(ts, (ANextObject *)self, None); }

static CFUNC(anext_m_send) {
    if (args_exactly(ts, "send", nargs, kwnames, 1) < 0) return NULL;
    return anext_send(ts, (ANextObject *)self, args[0]);
}

static CFUNC(anext_m_throw) {
    ANextObject *a = (ANextObject *)self;
    if (args_count(ts, "throw", nargs, 1, 3) < 0) return NULL;
    Object *inner = anext_inner(ts, a);
    if (!inner) return anext_result(ts, a, NULL);
    if (gen_check(inner)) {
        Object *exc = gen_exception_from_args(ts, args, nargs);
        if (!exc) return NULL;
        Object *r = gen_throw(ts, inner, exc);
        DECREF(exc);
        return anext_result(ts, a, r);
    }
    Object *throw = obj_getattr(ts, inner, ts->interp->ids.throw);
    if (!throw) return NULL;
    Object *r = obj_call(ts, throw, args, nargs, NULL);
    DECREF(throw);
    return anext_result(ts, a, r);
}

static CFUNC(anext_m_close) {
    ANextObject *a = (ANextObject *)self;
    if (args_exactly(ts, "close", nargs, kwnames, 0) < 0) return NULL;
    if (!a->inner) return none_new();
    if (gen_check(a->inner)) return gen_close(ts, a->inner) < 0 ? NULL : none_new();
    return obj_call_method(ts, a->inner, ts->interp->ids.close, NULL, 0);
}

static CFUNC(anext_m_await) {
    if (args_exactly(ts, "__await__", nargs, kwnames, 0) < 0) return NULL;
    return NEWREF(self);
}

static void anext_dealloc(Object *self) {
    gc_untrack(self);
    ANextObject *a = (ANextObject *)self;
    XDECREF(a->aiter);
    XDECREF(a->dflt);
    XDECREF(a->inner);
    obj_free(self);
}

static int anext_traverse(Object *self, VisitFunc visit, void *arg) {
    ANextObject *a = (ANextObject *)self;
    if (a->aiter && visit(a->aiter, arg)) return 1;
    if (a->dflt && visit(a->dflt, arg)) return 1;
    if (a->inner && visit(a->inner, arg)) return 1;
    return 0;
}

static int anext_clear(Object *self) {
    ANextObject *a = (ANextObject *)self;
    CLEAR(a->aiter);
    CLEAR(a->dflt);
    CLEAR(a->inner);
    return 0;
}

static const MethodDef anext_methods[] = {
    {"send", anext_m_send, 0, "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"throw", anext_m_throw, 0, "throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"close", anext_m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__await__", anext_m_await, 0, "Return an iterator to be used in await expression."},
    {NULL},
};

TypeObject ANextAwaitableType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "anext_awaitable",
    .basicsize = sizeof(ANextObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = anext_dealloc,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = anext_iternext,
    .traverse = anext_traverse,
    .clear = anext_clear,
    .methods = anext_methods,
};

Object *asyncgen_anext_default(ThreadState *ts, Object *aiter, Object *dflt) {
    ANextObject *a = (ANextObject *)obj_alloc(ts, &ANextAwaitableType, sizeof(ANextObject));
    if (!a) return NULL;
    a->aiter = NEWREF(aiter);
    a->dflt = NEWREF(dflt);
    a->inner = NULL;
    gc_track(ts, (Object *)a);
    return (Object *)a;
}
