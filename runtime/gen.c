/* gen.c -- generator objects.
 *
 * Lesson 7 (concurrency), the "coroutines on one thread" part: a generator
 * is a frame that can stop in the middle (YIELD_VALUE returns from the
 * eval loop but keeps the frame, its locals and its stack) and be resumed
 * later with next() or send(). Nothing runs in parallel: the caller and the
 * generator take turns on the same thread, handing control back and forth.
 */
#include <stdlib.h>

#include "gen.h"
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

Object *gen_new(ThreadState *ts, Frame *frame, Object *name, Object *qualname) {
    GenObject *g = (GenObject *)obj_alloc(ts, &GenType, sizeof(GenObject));
    if (!g) {
        frame_free_heap(frame);
        return NULL;
    }
    g->frame = frame;
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
        err_set_string(ts, &ExcValueError, "generator already executing");
        return GEN_ERROR;
    }
    Frame *f = g->frame;
    if (!f) {
        if (exc_pending) return GEN_ERROR;
        *result = NULL;
        return GEN_RETURN;
    }
    if (!g->started && value && value != None && !exc_pending) {
        err_set_string(ts, &ExcTypeError, "can't send non-None value to a just-started generator");
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
    if (err_matches(ts, &ExcStopIteration)) {
        /* PEP 479: a StopIteration leaking out of the body is a bug */
        Object *e = err_fetch(ts);
        err_set_string(ts, &ExcRuntimeError, "generator raised StopIteration");
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

static CFUNC(gen_m_send) {
    if (args_exactly(ts, "send", nargs, kwnames, 1) < 0) return NULL;
    Object *r;
    GenResult g = resume(ts, (GenObject *)self, args[0], false, &r);
    if (g == GEN_YIELD) return r;
    if (g == GEN_RETURN) {
        stop_iteration_with(ts, r);
        XDECREF(r);
    }
    return NULL;
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

static Object *gen_throw_exc(ThreadState *ts, GenObject *g, Object *exc) {
    Object *sub = delegate(g);
    if (sub) {
        /* throw into the delegate first (PEP 380) */
        INCREF(sub);
        Object *r;
        if (TYPE(sub) == &GenType) {
            /* a chain of delegates recurses here before any frame runs */
            r = ts_check_stack(ts, "") < 0 ? NULL : gen_throw_exc(ts, (GenObject *)sub, exc);
        } else if (exc_is_exception_instance(exc) && type_is_subtype(TYPE(exc), &ExcGeneratorExit)) {
            /* close the delegate (if it has a close), then GeneratorExit here */
            Object *close = obj_lookup_attr(ts, sub, ts->interp->ids.close);
            r = close ? obj_call0(ts, close) : NULL;
            XDECREF(close);
            if (r) {
                DECREF(r);
                r = NULL;
            }
            if (!err_occurred(ts)) err_raise_steal(ts, NEWREF(exc));
        } else {
            Object *throw = obj_lookup_attr(ts, sub, ts->interp->ids.throw);
            if (throw) {
                r = obj_call1(ts, throw, exc);
                DECREF(throw);
            } else {
                r = NULL;
                if (!err_occurred(ts)) err_raise_steal(ts, NEWREF(exc));
            }
        }
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
            if (gr == GEN_RETURN) {
                stop_iteration_with(ts, res);
                XDECREF(res);
            }
            return NULL;
        }
        /* the delegate raised: resume our frame with that exception */
        return gen_resume_with_exception(ts, g);
    }
    err_raise_steal(ts, NEWREF(exc));
    return gen_resume_with_exception(ts, g);
}

static Object *gen_resume_with_exception(ThreadState *ts, GenObject *g) {
    Object *r;
    if (!g->frame) return NULL;
    if (!g->started) {
        /* never started: it finishes at once, re-raising */
        gen_finish(g);
        return NULL;
    }
    GenResult gr = resume(ts, g, NULL, true, &r);
    if (gr == GEN_YIELD) return r;
    if (gr == GEN_RETURN) {
        stop_iteration_with(ts, r);
        XDECREF(r);
    }
    return NULL;
}

static CFUNC(gen_m_throw) {
    if (args_count(ts, "throw", nargs, 1, 3) < 0) return NULL;
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
    Object *r = gen_throw_exc(ts, (GenObject *)self, exc);
    DECREF(exc);
    return r;
}

static int gen_close_impl(ThreadState *ts, GenObject *g) {
    if (!g->frame) return 0;
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
        err_set_string(ts, &ExcRuntimeError, "generator ignored GeneratorExit");
        return -1;
    }
    if (err_matches(ts, &ExcGeneratorExit) || err_matches(ts, &ExcStopIteration)) {
        err_clear(ts);
        return 0;
    }
    return err_occurred(ts) ? -1 : 0;
}

static CFUNC(gen_m_close) {
    if (args_exactly(ts, "close", nargs, kwnames, 0) < 0) return NULL;
    if (gen_close_impl(ts, (GenObject *)self) < 0) return NULL;
    return none_new();
}

/* The finalize slot: a suspended generator is closed when it dies, so its
 * finally blocks run (obj_call_finalizer runs this, once). A failure is
 * reported as "Exception ignored in: <generator object ...>". */
static int gen_finalize(ThreadState *ts, Object *self, Object **where) {
    GenObject *g = (GenObject *)self;
    if (!g->frame || g->running) return 0;
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
    obj_free(self);
}

static int gen_traverse(Object *self, VisitFunc visit, void *arg) {
    GenObject *g = (GenObject *)self;
    if (g->frame && frame_traverse(g->frame, visit, arg)) return 1;
    if (g->exc_state && visit(g->exc_state, arg)) return 1;
    return 0;
}

static int gen_clear(Object *self) {
    GenObject *g = (GenObject *)self;
    if (!g->running) gen_finish(g);
    CLEAR(g->exc_state);
    return 0;
}

static Object *gen_repr(ThreadState *ts, Object *self) {
    return str_format(ts, "<generator object %U at %p>", ((GenObject *)self)->qualname, (void *)self);
}

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

static GETTER(gen_get_name) { return NEWREF(((GenObject *)self)->name); }
static GETTER(gen_get_qualname) { return NEWREF(((GenObject *)self)->qualname); }
static GETTER(gen_get_running) { return bool_from(((GenObject *)self)->running); }
static GETTER(gen_get_code) {
    GenObject *g = (GenObject *)self;
    return g->frame ? NEWREF((Object *)g->frame->code) : none_new();
}
static GETTER(gen_get_suspended) {
    GenObject *g = (GenObject *)self;
    return bool_from(g->frame && g->started && g->frame->suspended);
}

static const MethodDef gen_methods[] = {
    {"send", gen_m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_m_throw, 0, NULL},
    {"close", gen_m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__next__", gen_m_next, 0, NULL},
    {NULL},
};

static const GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL},
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
