/* gen.c -- generator and coroutine objects: frames that outlive a call.
 *
 * Lesson 7 (concurrency), the "coroutines on one thread" part: a generator
 * is a frame that can stop in the middle (YIELD_VALUE returns from the
 * eval loop but keeps the frame, its locals and its stack) and be resumed
 * later with next() or send(). Nothing runs in parallel: the caller and the
 * generator take turns on the same thread, handing control back and forth.
 *
 * A coroutine (`async def`) is the same machine under another type, as in
 * CPython's genobject.c: `await x` compiles to the loop `yield from` uses,
 * so a coroutine suspends exactly where the innermost awaitable yields
 * (an asyncio future yields itself to the event loop), and send() resumes
 * the whole chain. What differs is the surface: a coroutine is not
 * iterable, is driven through send()/throw() or its __await__() wrapper,
 * cannot be resumed once finished ("cannot reuse already awaited
 * coroutine"), and warns when it dies without ever having started.
 * Async generators build on this too (runtime/asyncgen.c).
 *
 * Start reading at resume().
 */
#include <stdio.h>
#include <stdlib.h>

#include "gen.h"
#include "modules.h"
#include "code.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"
#include "func.h"
#include "int.h"
#include "vm/eval.h"
#include "args.h"
#include "dict.h"
#include "asyncgen.h"

/* What messages call [g]: "generator", "coroutine", "async generator". */
static const char *kind_name(GenObject *g) {
    if (TYPE(g) == &CoroType) return "coroutine";
    if (TYPE(g) == &AsyncGenType) return "async generator";
    return "generator";
}

bool gen_check(Object *o) { return TYPE(o) == &GenType || TYPE(o) == &CoroType; }

bool gen_is_awaitable_generator(Object *o) {
    GenObject *g = (GenObject *)o;
    return TYPE(o) == &GenType && g->code && (g->code->flags & CO_ITERABLE_COROUTINE);
}

Object *gen_new(ThreadState *ts, Frame *frame, Object *name, Object *qualname) {
    int flags = frame->code->flags;
    TypeObject *type = (flags & CO_COROUTINE) ? &CoroType : (flags & CO_ASYNC_GENERATOR) ? &AsyncGenType : &GenType;
    GenObject *g = (GenObject *)obj_alloc(ts, type, sizeof(GenObject));
    if (!g) {
        frame_free_heap(frame);
        return NULL;
    }
    g->frame = frame;
    g->code = (CodeObject *)NEWREF((Object *)frame->code);
    g->name = NEWREF(name);
    g->qualname = NEWREF(qualname);
    gc_track(ts, (Object *)g);
    return (Object *)g;
}

static void gen_finish(GenObject *g) {
    Frame *f = g->frame;
    g->frame = NULL;
    if (f) frame_free_heap(f);
}

/* Resume the frame; [exc_pending]: resume by raising the exception that is
 * set on the thread state (throw). */
static GenResult resume(ThreadState *ts, GenObject *g, Object *value, bool exc_pending, Object **result) {
    *result = NULL;
    if (g->running) {
        if (exc_pending) err_clear(ts);
        err_format(ts, &ExcValueError, "%s already executing", kind_name(g));
        return GEN_ERROR;
    }
    Frame *f = g->frame;
    if (!f) {
        if (TYPE(g) == &CoroType) {
            if (exc_pending) err_clear(ts);
            err_set_string(ts, &ExcRuntimeError, "cannot reuse already awaited coroutine");
            return GEN_ERROR;
        }
        if (exc_pending) return GEN_ERROR;
        /* exhausted: it returns None again, as a new reference like any
         * other result (SEND pushes it as the `yield from` value) */
        *result = none_new();
        return GEN_RETURN;
    }
    if (!g->started && value && value != None && !exc_pending) {
        err_format(ts, &ExcTypeError, "can't send non-None value to a just-started %s", kind_name(g));
        return GEN_ERROR;
    }
    if (g->started && !exc_pending) {
        /* the value of the yield expression that suspended it */
        INCREF(value ? value : None);
        *f->sp++ = value ? value : None;
    }
    g->started = true;
    g->running = true;
    /* the generator has its own "exception being handled" */
    Object *caller_exc = ts->handled_exc;
    ts->handled_exc = g->exc_state;
    g->exc_state = NULL;
    Object *r = eval_frame(ts, f, exc_pending);
    g->exc_state = ts->handled_exc;
    ts->handled_exc = caller_exc;
    g->running = false;
    if (r && f->suspended) {
        *result = r;
        return GEN_YIELD;
    }
    CLEAR(g->exc_state);
    gen_finish(g);
    if (r) {
        *result = r;
        return GEN_RETURN;
    }
    bool stop = err_matches(ts, &ExcStopIteration);
    bool astop = !stop && TYPE(g) == &AsyncGenType && err_matches(ts, &ExcStopAsyncIteration);
    if (stop || astop) {
        /* PEP 479: a StopIteration leaking out of the body is a bug (and
         * a StopAsyncIteration out of an async generator's, PEP 525) */
        Object *e = err_fetch(ts);
        err_format(ts, &ExcRuntimeError, "%s raised %s", kind_name(g),
                   stop ? "StopIteration" : "StopAsyncIteration");
        BaseExceptionObject *n = (BaseExceptionObject *)ts->exc;
        if (n) {
            SETREF(n->cause, NEWREF(e));
            SETREF(n->context, e);
            n->suppress_context = true;
        } else {
            DECREF(e);
        }
    }
    return GEN_ERROR;
}

GenResult gen_send(ThreadState *ts, Object *gen, Object *value, Object **result) {
    return resume(ts, (GenObject *)gen, value, false, result);
}

static Object *gen_iternext(ThreadState *ts, Object *self) {
    Object *r;
    GenResult g = resume(ts, (GenObject *)self, None, false, &r);
    if (g == GEN_YIELD) return r;
    if (g == GEN_RETURN && r) {
        if (r != None) err_set_object(ts, &ExcStopIteration, r);
        DECREF(r);
    }
    return NULL;
}

static Object *stop_iteration_with(ThreadState *ts, Object *value) {
    Object *args = value && value != None ? tuple_pack(ts, 1, value) : NULL;
    Object *e = exc_new(ts, &ExcStopIteration, args);
    XDECREF(args);
    if (e) err_raise_steal(ts, e);
    return NULL;
}

/* [g] returned [r] (may be NULL: None) to a send() or throw(): say so as
 * the protocol does, StopIteration(r), or StopAsyncIteration for an async
 * generator, whose returns carry no value. Steals [r]; returns NULL. */
static Object *returned_steal(ThreadState *ts, GenObject *g, Object *r) {
    if (TYPE(g) == &AsyncGenType) err_set_object(ts, &ExcStopAsyncIteration, NULL);
    else stop_iteration_with(ts, r);
    XDECREF(r);
    return NULL;
}

Object *gen_send_value(ThreadState *ts, Object *gen, Object *value) {
    Object *r;
    GenResult g = resume(ts, (GenObject *)gen, value, false, &r);
    if (g == GEN_YIELD) return r;
    if (g == GEN_RETURN) return returned_steal(ts, (GenObject *)gen, r);
    return NULL;
}

static CFUNC(gen_m_send) {
    if (args_exactly(ts, "send", nargs, kwnames, 1) < 0) return NULL;
    return gen_send_value(ts, self, args[0]);
}

static CFUNC(gen_m_next) {
    Object *r = gen_iternext(ts, self);
    if (!r && !err_occurred(ts)) stop_iteration_with(ts, NULL);
    return r;
}

/* The iterator a suspended `yield from` is delegating to, or NULL. */
static Object *delegate(GenObject *g) {
    Frame *f = g->frame;
    if (!f || !g->started || !f->suspended) return NULL;
    return eval_yield_from_borrowed(f);
}

static Object *gen_resume_with_exception(ThreadState *ts, GenObject *g);
static int gen_close_impl(ThreadState *ts, GenObject *g);

/* PEP 380's close of the iterator [sub] a `yield from` delegates to: a
 * generator is closed as close() would, anything else through its close
 * method if it has one. 0, or -1 with the exception its close raised. */
static int close_delegate(ThreadState *ts, Object *sub) {
    if (gen_check(sub))
        return ts_check_stack(ts, "") < 0 ? -1 : gen_close_impl(ts, (GenObject *)sub);
    Object *close = obj_lookup_attr(ts, sub, ts->interp->ids.close);
    if (!close) return err_occurred(ts) ? -1 : 0;
    Object *r = obj_call0(ts, close);
    DECREF(close);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* throw([exc]) into [g], as PEP 380 says when it is suspended in a
 * `yield from`: GeneratorExit closes the delegate and is then raised here
 * (or what the delegate's close raised instead); any other exception goes
 * to the delegate's throw (a plain iterator without one gets it raised
 * here). When the delegate finishes, its StopIteration value becomes the
 * value of the `yield from`. Our generator counts as running meanwhile,
 * so the delegate cannot resume it. New reference to what it yields, or
 * NULL with an exception (StopIteration when it returned). */
static Object *gen_throw_exc(ThreadState *ts, GenObject *g, Object *exc) {
    Object *sub = delegate(g);
    if (!sub) goto throw_here;
    INCREF(sub);
    if (exc_is_exception_instance(exc) && type_is_subtype(TYPE(exc), &ExcGeneratorExit)) {
        g->running = true;
        int err = close_delegate(ts, sub);
        g->running = false;
        DECREF(sub);
        if (err < 0) return gen_resume_with_exception(ts, g);
        goto throw_here;
    }
    Object *r;
    g->running = true;
    if (gen_check(sub)) {
        /* a chain of delegates recurses here before any frame runs */
        r = ts_check_stack(ts, "") < 0 ? NULL : gen_throw_exc(ts, (GenObject *)sub, exc);
    } else {
        Object *throw = obj_lookup_attr(ts, sub, ts->interp->ids.throw);
        if (!throw) {
            g->running = false;
            DECREF(sub);
            if (err_occurred(ts)) return NULL;
            goto throw_here;
        }
        r = obj_call1(ts, throw, exc);
        DECREF(throw);
    }
    g->running = false;
    DECREF(sub);
    if (r) return r;   /* the delegate yielded: so do we */
    /* the delegate finished: its StopIteration value is sent onwards */
    if (err_matches(ts, &ExcStopIteration)) {
        Object *e = err_fetch(ts);
        Object *val = ((BaseExceptionObject *)e)->value;
        Object *v = NEWREF(val ? val : None);
        DECREF(e);
        /* drop the delegate and resume at the exit of the yield-from
         * loop (the SEND's target) with the value it returned */
        eval_yield_from_done(g->frame);
        Object *res;
        GenResult gr = resume(ts, g, v, false, &res);
        DECREF(v);
        if (gr == GEN_YIELD) return res;
        if (gr == GEN_RETURN) returned_steal(ts, g, res);
        return NULL;
    }
    /* the delegate raised: resume our frame with that exception */
    return gen_resume_with_exception(ts, g);

throw_here:
    err_raise_steal(ts, NEWREF(exc));
    return gen_resume_with_exception(ts, g);
}

static Object *gen_resume_with_exception(ThreadState *ts, GenObject *g) {
    Object *r;
    if (!g->frame) {
        if (TYPE(g) == &CoroType) {
            err_clear(ts);
            err_set_string(ts, &ExcRuntimeError, "cannot reuse already awaited coroutine");
        }
        return NULL;
    }
    if (!g->started) {
        /* never started: it finishes at once, re-raising */
        gen_finish(g);
        return NULL;
    }
    GenResult gr = resume(ts, g, NULL, true, &r);
    if (gr == GEN_YIELD) return r;
    if (gr == GEN_RETURN) returned_steal(ts, g, r);
    return NULL;
}

Object *gen_throw(ThreadState *ts, Object *gen, Object *exc) {
    return gen_throw_exc(ts, (GenObject *)gen, exc);
}

Object *gen_exception_from_args(ThreadState *ts, Object *const *args, size_t nargs) {
    Object *typ = args[0], *val = nargs > 1 ? args[1] : NULL;
    Object *exc;
    if (exc_is_exception_class(typ)) {
        if (val && exc_is_exception_instance(val)) {
            exc = NEWREF(val);
        } else {
            Object *a = val && val != None ? (tuple_check(val) ? NEWREF(val) : tuple_pack(ts, 1, val)) : NULL;
            exc = exc_new(ts, (TypeObject *)typ, a);
            XDECREF(a);
            if (!exc) return NULL;
        }
    } else if (exc_is_exception_instance(typ)) {
        if (val && val != None)
            return err_set_string(ts, &ExcTypeError, "instance exception may not have a separate value");
        exc = NEWREF(typ);
    } else {
        return err_format(ts, &ExcTypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                          TYPE_NAME(typ));
    }
    return exc;
}

static CFUNC(gen_m_throw) {
    if (args_count(ts, "throw", nargs, 1, 3) < 0) return NULL;
    Object *exc = gen_exception_from_args(ts, args, nargs);
    if (!exc) return NULL;
    Object *r = gen_throw_exc(ts, (GenObject *)self, exc);
    DECREF(exc);
    return r;
}

static int gen_close_impl(ThreadState *ts, GenObject *g) {
    if (!g->frame) return 0;
    g->closed = true;
    if (!g->started) {
        gen_finish(g);
        return 0;
    }
    Object *exc = exc_new(ts, &ExcGeneratorExit, NULL);
    if (!exc) return -1;
    Object *r = gen_throw_exc(ts, g, exc);
    DECREF(exc);
    if (r) {
        DECREF(r);
        err_format(ts, &ExcRuntimeError, "%s ignored GeneratorExit", kind_name(g));
        return -1;
    }
    if (err_matches(ts, &ExcGeneratorExit) || err_matches(ts, &ExcStopIteration)) {
        err_clear(ts);
        return 0;
    }
    return err_occurred(ts) ? -1 : 0;
}

int gen_close(ThreadState *ts, Object *gen) { return gen_close_impl(ts, (GenObject *)gen); }

static CFUNC(gen_m_close) {
    if (args_exactly(ts, "close", nargs, kwnames, 0) < 0) return NULL;
    if (gen_close_impl(ts, (GenObject *)self) < 0) return NULL;
    return none_new();
}

/* `coroutine 'f' was never awaited`: a RuntimeWarning through the warnings
 * machinery (runtime/mod_warnings.c), blamed on where the program is now
 * (the line that dropped the coroutine), shown once per line and module
 * unless the filters say otherwise; with no running frame -- the
 * interpreter tearing down -- as "sys:1". The coroutine is the warning's
 * source, as CPython's _warn_unawaited_coroutine gives it. A failure
 * (a filter that makes it an error) is reported, not raised: a finalizer
 * has no caller to raise to. */
static void warn_never_awaited(ThreadState *ts, GenObject *g) {
    Object *text = str_format(ts, "coroutine '%U' was never awaited", g->qualname);
    if (!text || warnings_warn(ts, text, (Object *)&ExcRuntimeWarning, 1, (Object *)g) < 0)
        err_write_unraisable(ts, (Object *)g);
    XDECREF(text);
}

/* The finalize slot: a suspended generator is closed when it dies, so its
 * finally blocks run (obj_call_finalizer runs this, once). A failure is
 * reported as "Exception ignored in: <generator object ...>". A coroutine
 * that never started warns instead; an async generator goes to the
 * finalizer an event loop installed (runtime/asyncgen.c). */
static int gen_finalize(ThreadState *ts, Object *self, Object **where) {
    GenObject *g = (GenObject *)self;
    if (!g->frame || g->running) return 0;
    if (TYPE(g) == &CoroType && !g->started && !g->closed) {
        warn_never_awaited(ts, g);
        gen_finish(g);
        return 0;
    }
    if (TYPE(g) == &AsyncGenType && asyncgen_finalize(ts, self)) return 0;
    if (gen_close_impl(ts, g) == 0) return 0;
    *where = NEWREF(self);
    return -1;
}

static void gen_dealloc(Object *self) {
    GenObject *g = (GenObject *)self;
    gc_untrack(self);
    if (obj_call_finalizer_from_dealloc(self)) return;   /* its finally resurrected it */
    gen_finish(g);
    XDECREF(g->name);
    XDECREF(g->qualname);
    XDECREF(g->exc_state);
    XDECREF(g->code);
    XDECREF(g->ag_finalizer);
    obj_free(self);
}

static int gen_traverse(Object *self, VisitFunc visit, void *arg) {
    GenObject *g = (GenObject *)self;
    if (g->frame && frame_traverse(g->frame, visit, arg)) return 1;
    if (g->exc_state && visit(g->exc_state, arg)) return 1;
    if (g->ag_finalizer && visit(g->ag_finalizer, arg)) return 1;
    return 0;
}

static int gen_clear(Object *self) {
    GenObject *g = (GenObject *)self;
    if (!g->running) gen_finish(g);
    CLEAR(g->exc_state);
    CLEAR(g->ag_finalizer);
    return 0;
}

static Object *gen_repr(ThreadState *ts, Object *self) {
    return str_format(ts, "<%s object %U at %p>", TYPE_NAME(self), ((GenObject *)self)->qualname, (void *)self);
}

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

static GETTER(gen_get_name) { return NEWREF(((GenObject *)self)->name); }
static GETTER(gen_get_qualname) { return NEWREF(((GenObject *)self)->qualname); }

/* gen.__name__ = s and gen.__qualname__ = s: a str only, never deleted. */
static int set_name_field(ThreadState *ts, Object **field, Object *value, const char *what) {
    if (!value || !str_check(value)) {
        err_format(ts, &ExcTypeError, "%s must be set to a string object", what);
        return -1;
    }
    SETREF(*field, NEWREF(value));
    return 0;
}

static int gen_set_name(ThreadState *ts, Object *self, Object *value) {
    return set_name_field(ts, &((GenObject *)self)->name, value, "__name__");
}

static int gen_set_qualname(ThreadState *ts, Object *self, Object *value) {
    return set_name_field(ts, &((GenObject *)self)->qualname, value, "__qualname__");
}
static GETTER(gen_get_running) { return bool_from(((GenObject *)self)->running); }
static GETTER(gen_get_code) { return NEWREF((Object *)((GenObject *)self)->code); }
static GETTER(gen_get_suspended) {
    GenObject *g = (GenObject *)self;
    return bool_from(g->frame && g->started && g->frame->suspended);
}
/* gi_frame, cr_frame, ag_frame: the frame while there is one, else None */
static GETTER(gen_get_frame) {
    GenObject *g = (GenObject *)self;
    if (!g->frame) return none_new();
    Object *fo = frame_object(ts, g->frame);
    return fo ? fo : err_no_memory(ts);
}
/* gi_yieldfrom, cr_await, ag_await: what a suspended `yield from` or
 * `await` is waiting on, else None */
static GETTER(gen_get_delegate) {
    Object *d = delegate((GenObject *)self);
    return NEWREF(d ? d : None);
}
static GETTER(coro_get_origin) { return none_new(); }

static const MethodDef gen_methods[] = {
    {"send", gen_m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_m_throw, 0, NULL},
    {"close", gen_m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__next__", gen_m_next, 0, NULL},
    {NULL},
};

static const GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"gi_running", gen_get_running, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL},
    {"gi_yieldfrom", gen_get_delegate, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL},
    {NULL},
};

TypeObject GenType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "generator",
    .basicsize = sizeof(GenObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = gen_iternext,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .methods = gen_methods,
    .getset = gen_getset,
};

/* ==== coroutine ========================================================== */

static CFUNC(coro_m_await) {
    if (args_exactly(ts, "__await__", nargs, kwnames, 0) < 0) return NULL;
    return coro_wrapper_new(ts, self);
}

static const MethodDef coro_methods[] = {
    {"send", gen_m_send, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", gen_m_throw, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", gen_m_close, 0, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_m_await, 0, "Return an iterator to be used in await expression."},
    {NULL},
};

static const GetSetDef coro_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"cr_running", gen_get_running, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL},
    {"cr_await", gen_get_delegate, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL},
    {"cr_origin", coro_get_origin, NULL, NULL},
    {NULL},
};

/* No iter and no next slot: `for x in coro` is "'coroutine' object is not
 * iterable"; only await (or send) drives it. */
TypeObject CoroType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "coroutine",
    .basicsize = sizeof(GenObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .methods = coro_methods,
    .getset = coro_getset,
};

/* ==== coroutine_wrapper: what coro.__await__() returns ==================== */

typedef struct {
    OBJECT_HEAD;
    Object *coro;
} CoroWrapperObject;

Object *coro_wrapper_new(ThreadState *ts, Object *coro) {
    CoroWrapperObject *w = (CoroWrapperObject *)obj_alloc(ts, &CoroWrapperType, sizeof(CoroWrapperObject));
    if (!w) return NULL;
    w->coro = NEWREF(coro);
    gc_track(ts, (Object *)w);
    return (Object *)w;
}

#define WRAPPED(self) (((CoroWrapperObject *)(self))->coro)

static Object *cw_iternext(ThreadState *ts, Object *self) {
    Object *r;
    GenObject *g = (GenObject *)WRAPPED(self);
    GenResult gr = resume(ts, g, None, false, &r);
    if (gr == GEN_YIELD) return r;
    if (gr == GEN_RETURN) return returned_steal(ts, g, r);
    return NULL;
}

static CFUNC(cw_m_next) { return cw_iternext(ts, self); }
static CFUNC(cw_m_send) { return gen_m_send(ts, WRAPPED(self), args, nargs, kwnames); }
static CFUNC(cw_m_throw) { return gen_m_throw(ts, WRAPPED(self), args, nargs, kwnames); }
static CFUNC(cw_m_close) { return gen_m_close(ts, WRAPPED(self), args, nargs, kwnames); }

static void cw_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(WRAPPED(self));
    obj_free(self);
}

static int cw_traverse(Object *self, VisitFunc visit, void *arg) {
    return WRAPPED(self) && visit(WRAPPED(self), arg);
}

static int cw_clear(Object *self) {
    CLEAR(WRAPPED(self));
    return 0;
}

static const MethodDef cw_methods[] = {
    {"send", cw_m_send, 0, NULL},
    {"throw", cw_m_throw, 0, NULL},
    {"close", cw_m_close, 0, NULL},
    {"__next__", cw_m_next, 0, NULL},
    {NULL},
};

TypeObject CoroWrapperType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapperObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = cw_dealloc,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = cw_iternext,
    .traverse = cw_traverse,
    .clear = cw_clear,
    .methods = cw_methods,
};

/* ==== async generator (its methods and awaitables: runtime/asyncgen.c) ===== */

static const GetSetDef asyncgen_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"ag_running", gen_get_running, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL},
    {"ag_frame", gen_get_frame, NULL, NULL},
    {"ag_await", gen_get_delegate, NULL, NULL},
    {NULL},
};

/* Not an iterator (no next slot): "'async_generator' object is not an
 * iterator"; async for drives it through __anext__(). */
TypeObject AsyncGenType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "async_generator",
    .basicsize = sizeof(GenObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .methods = asyncgen_methods,
    .getset = asyncgen_getset,
};
