/* eval.c -- the bytecode interpreter: one loop that executes instructions.
 *
 * Lesson 2 (the pipeline): this is the stack machine at the end of it.
 * Each instruction pops its operands from the frame's value stack and
 * pushes its result. Start at the loop, vm/eval_loop.h, then read any
 * TARGET(); the essay "How dispatch works" below explains its macros.
 *
 * Calls between Python functions do not recurse in C: CALL pushes a new
 * frame and the loop simply carries on inside it; RETURN_VALUE pops it and
 * resumes the caller. So Python recursion depth is limited by
 * sys.getrecursionlimit(), not by the C stack.
 *
 * Exceptions: an instruction that fails jumps to `error`. The handler for
 * the failing instruction is looked up in the code object's exception table
 * (built by the compiler); if there is one, the value stack is cut back to
 * the handler's depth, the exception is pushed and execution continues at
 * the handler. If not, the frame is left and the search repeats in the
 * caller, adding one traceback entry per frame on the way out.
 */
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "runtime/code.h"
#include "runtime/frame.h"
#include "runtime/gen.h"
#include "runtime/asyncgen.h"
#include "opcodes.h"
#include "specialize.h"
#include "match.h"
#include "trace/events.h"
#include "runtime/interp.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/gil.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/range.h"
#include "runtime/func.h"
#include "runtime/class.h"
#include "runtime/import.h"
#include "runtime/io.h"
#include "runtime/module.h"

/* ==== frames ============================================================= */

/* A frame carved from the thread's data stack (no malloc on the way in or
 * out), or from the heap for a generator. Locals and cells start empty;
 * frame_clear (runtime/frameobject.c) drops them again. */
/* A new chunk of the data stack, big enough for [slots]. */
static bool grow_data_stack(ThreadState *ts, size_t slots) {
    size_t n = slots > 64 * 1024 ? slots : 64 * 1024;
    DataChunk *c = rawmem_alloc(sizeof(DataChunk) + n * sizeof(Object *));
    if (!c) { err_no_memory(ts); return false; }
    c->prev = ts->chunk;
    c->limit = c->data + n;
    ts->chunk->top = ts->stack_top;
    ts->chunk = c;
    ts->stack_top = c->data;
    return true;
}

/* [filled]: how many leading slots of localsplus the caller fills at once
 * (the arguments it moves in); the others start empty. */
static inline Frame *frame_alloc(ThreadState *ts, CodeObject *co, bool on_heap, int filled) {
    size_t bytes = frame_size(co);
    Frame *f;
    if (UNLIKELY(on_heap)) {
        f = rawmem_alloc(bytes);
        if (!f) { err_no_memory(ts); return NULL; }
    } else {
        size_t slots = (bytes + sizeof(Object *) - 1) / sizeof(Object *);
        if (UNLIKELY(ts->stack_top + slots > ts->chunk->limit) && !grow_data_stack(ts, slots)) return NULL;
        f = (Frame *)ts->stack_top;
        ts->stack_top += slots;
    }
    f->code = co;
    f->func = f->globals = f->builtins = f->locals = f->closure = NULL;
    f->back = NULL;
    f->is_entry = f->suspended = f->owns_code = f->is_init = false;
    f->on_heap = on_heap;
    f->depth = 0;
    f->frame_obj = NULL;
    /* most frames have few slots to empty: stores, not a call of memset */
    Object **empty = f->localsplus + filled;
    int n = co->nlocalsplus - filled;
    if (n > 4) memset(empty, 0, (size_t)n * sizeof(Object *));
    else
        switch (n) {
        case 4: empty[3] = NULL; /* fall through */
        case 3: empty[2] = NULL; /* fall through */
        case 2: empty[1] = NULL; /* fall through */
        case 1: empty[0] = NULL; /* fall through */
        default: break;
        }
    f->ip = co->code;
    f->sp = frame_stack_base(f);
    f->last_line = -1;
    f->last_index = -1;
    return f;
}

/* Give back a data-stack frame (after frame_clear). */
static void frame_release(ThreadState *ts, Frame *f) {
    if (f->on_heap) return;
    ts->stack_top = (Object **)f;
    if (ts->stack_top == ts->chunk->data && ts->chunk->prev) {
        DataChunk *c = ts->chunk;
        ts->chunk = c->prev;
        ts->stack_top = ts->chunk->top;
        rawmem_free(c);
    }
}

/* ==== binding arguments to parameters ==================================== */

static Object *func_label(FunctionObject *func) { return func->qualname; }

static void format_names(StrBuf *b, Object **names, int n) {
    for (int i = 0; i < n; i++) {
        if (i) strbuf_puts(b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        strbuf_printf(b, "'%s'", STR_DATA(names[i]));
    }
}

static void missing_arguments(ThreadState *ts, FunctionObject *func, bool kwonly, int first, int count,
                              Object **locals) {
    CodeObject *co = (CodeObject *)func->code;
    Object *names[256];
    int n = 0;
    for (int i = first; i < first + count && n < 256; i++)
        if (!locals[i]) names[n++] = TUPLE_GET(co->varnames, i);
    StrBuf b;
    strbuf_init(&b);
    format_names(&b, names, n);
    if (b.failed)
        err_no_memory(ts);
    else
        err_format(ts, &ExcTypeError, "%U() missing %d required %s argument%s: %s", func_label(func), n,
                   kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", b.data);
    strbuf_free(&b);
}

static void too_many_positional(ThreadState *ts, FunctionObject *func, size_t given, Object **locals) {
    CodeObject *co = (CodeObject *)func->code;
    int defcount = func->defaults ? (int)TUPLE_SIZE(func->defaults) : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (locals[i]) kwonly_given++;
    char sig[96];
    if (defcount) {
        snprintf(sig, sizeof sig, "from %d to %d positional arguments", co->argcount - defcount, co->argcount);
    } else {
        snprintf(sig, sizeof sig, "%d positional argument%s", co->argcount, co->argcount == 1 ? "" : "s");
    }
    if (kwonly_given) {
        err_format(ts, &ExcTypeError,
                   "%U() takes %s but %zu positional argument%s (and %d keyword-only argument%s) were given",
                   func_label(func), sig, given, given == 1 ? "" : "s", kwonly_given,
                   kwonly_given == 1 ? "" : "s");
    } else {
        err_format(ts, &ExcTypeError, "%U() takes %s but %zu %s given", func_label(func), sig, given,
                   given == 1 ? "was" : "were");
    }
}

/* If keywords name positional-only parameters, raise CPython's TypeError
 * listing all of them, in parameter order, and return true. */
static bool posonly_passed_as_keyword(ThreadState *ts, FunctionObject *func, Object *kwnames) {
    CodeObject *co = (CodeObject *)func->code;
    StrBuf b;
    strbuf_init(&b);
    for (int j = 0; j < co->posonlyargcount; j++) {
        Object *p = TUPLE_GET(co->varnames, j);
        for (size_t k = 0; k < TUPLE_SIZE(kwnames); k++) {
            if (str_eq(p, TUPLE_GET(kwnames, k))) {
                if (b.len) strbuf_puts(&b, ", ");
                strbuf_puts(&b, STR_DATA(p));
                break;
            }
        }
    }
    bool found = b.len > 0 || b.failed;
    if (b.failed)
        err_no_memory(ts);
    else if (found)
        err_format(ts, &ExcTypeError,
                   "%U() got some positional-only arguments passed as keyword arguments: '%s'",
                   func_label(func), b.data);
    strbuf_free(&b);
    return found;
}

/* Bind the vectorcall arguments to the parameters of [func] in frame [f].
 * The references in args are borrowed. Returns -1 with TypeError set. */
static int bind_arguments(ThreadState *ts, Frame *f, FunctionObject *func, Object *const *args, size_t nargs,
                          Object *kwnames) {
    CodeObject *co = (CodeObject *)func->code;
    Object **locals = f->localsplus;
    int argcount = co->argcount, kwonly = co->kwonlyargcount;
    int total = argcount + kwonly;
    Object *varargs = NULL, *kwdict = NULL;
    size_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new(ts);
        if (!kwdict) return -1;
        locals[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++) locals[i] = NEWREF(args[i]);
    if (co->flags & CO_VARARGS) {
        varargs = nargs > n ? tuple_from_array(ts, args + n, nargs - n) : tuple_new(ts, 0);
        if (!varargs) return -1;
        locals[total] = varargs;
    }
    /* keyword arguments */
    for (size_t k = 0; k < nkw; k++) {
        Object *name = TUPLE_GET(kwnames, k), *value = args[nargs + k];
        int j;
        for (j = co->posonlyargcount; j < total; j++) {
            Object *p = TUPLE_GET(co->varnames, j);
            if (p == name || str_eq(p, name)) break;
        }
        if (j == total) {
            if (kwdict) {
                if (dict_set(ts, kwdict, name, value) < 0) return -1;
                continue;
            }
            if (posonly_passed_as_keyword(ts, func, kwnames)) return -1;
            err_format(ts, &ExcTypeError, "%U() got an unexpected keyword argument '%U'", func_label(func), name);
            return -1;
        }
        if (locals[j]) {
            err_format(ts, &ExcTypeError, "%U() got multiple values for argument '%U'", func_label(func), name);
            return -1;
        }
        locals[j] = NEWREF(value);
    }
    if (nargs > (size_t)argcount && !(co->flags & CO_VARARGS)) {
        too_many_positional(ts, func, nargs, locals);
        return -1;
    }
    /* defaults for what is still missing */
    if (nargs < (size_t)argcount) {
        int defcount = func->defaults ? (int)TUPLE_SIZE(func->defaults) : 0;
        int first_default = argcount - defcount;
        int missing = 0;
        for (int i = (int)nargs; i < first_default; i++)
            if (!locals[i]) missing++;
        if (missing) {
            missing_arguments(ts, func, false, (int)nargs, first_default - (int)nargs, locals);
            return -1;
        }
        for (int i = first_default > (int)nargs ? first_default : (int)nargs; i < argcount; i++)
            if (!locals[i]) locals[i] = NEWREF(TUPLE_GET(func->defaults, i - first_default));
    }
    if (kwonly) {
        int missing = 0;
        for (int i = argcount; i < total; i++) {
            if (locals[i]) continue;
            Object *d = func->kwdefaults ? dict_get_str_borrowed(ts, func->kwdefaults, TUPLE_GET(co->varnames, i)) : NULL;
            if (d) locals[i] = NEWREF(d);
            else missing++;
        }
        if (missing) {
            missing_arguments(ts, func, true, argcount, kwonly, locals);
            return -1;
        }
    }
    return 0;
}

static void frame_setup(Frame *f, FunctionObject *func) {
    f->func = NEWREF((Object *)func);
    f->globals = func->globals;        /* borrowed: func keeps them */
    f->builtins = func->builtins;
    f->closure = func->closure;
    /* the code of a module or a class body, made into a function by
     * function(code, globals): its names live in the globals, as CPython's
     * _PyFunction_Vectorcall does it */
    if (UNLIKELY(!(f->code->flags & CO_OPTIMIZED))) f->locals = NEWREF(func->globals);
}

/* A frame for a call of [func] from the loop, its first [filled] slots
 * about to be filled by the caller: counted against the recursion limit
 * and set up. NULL with the error set (and the count restored). */
static ALWAYS_INLINE Frame *call_frame_new(ThreadState *ts, FunctionObject *func, int filled) {
    if (UNLIKELY(++ts->recursion_depth > ts->interp->recursion_limit)) {
        ts->recursion_depth--;
        err_set_string(ts, &ExcRecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    Frame *nf = frame_alloc(ts, (CodeObject *)func->code, false, filled);
    if (!nf) {
        ts->recursion_depth--;
        return NULL;
    }
    frame_setup(nf, func);
    return nf;
}

/* ==== errors the loop raises ==================================================== */

static Object *name_error(ThreadState *ts, Object *name) {
    err_format(ts, &ExcNameError, "name '%U' is not defined", name);
    if (ts->exc) SETREF(((BaseExceptionObject *)ts->exc)->name, NEWREF(name));
    return NULL;
}

static void unbound_local(ThreadState *ts, Frame *f, Object *name) {
    err_format(ts, &ExcUnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
               name);
    if (TRACE_ON(TRACE_SCOPE)) {
        /* why the name is local: the line the compiler saw assign it */
        CodeObject *co = f->code;
        Event ev = {.kind = EV_UNBOUND_LOCAL, .frame = f, .index = frame_lasti(f), .unbound = {.name = name}};
        for (int i = 0; co->def_lines && i < co->nlocals + co->ncells; i++) {
            Object *n = i < co->nlocals ? TUPLE_GET(co->varnames, i) : TUPLE_GET(co->cellvars, i - co->nlocals);
            if (str_eq(n, name)) {
                ev.unbound.assigned_at = co->def_lines[i];
                break;
            }
        }
        trace_emit(ts, &ev);
    }
}

static void unbound_deref(ThreadState *ts, Frame *f, int i) {
    CodeObject *co = f->code;
    if (i < co->ncells) {
        unbound_local(ts, f, TUPLE_GET(co->cellvars, i));
    } else {
        Object *name = TUPLE_GET(co->freevars, i - co->ncells);
        err_format(ts, &ExcNameError,
                   "cannot access free variable '%U' where it is not associated with a value in enclosing scope", name);
        if (ts->exc) SETREF(((BaseExceptionObject *)ts->exc)->name, NEWREF(name));
    }
}

static Object *deref_name(CodeObject *co, int i) {
    return i < co->ncells ? TUPLE_GET(co->cellvars, i) : TUPLE_GET(co->freevars, i - co->ncells);
}

/* Unpack [seq] into [n] items written downwards from sp[n-1] (the first item
 * ends up on top), with [after] >= 0 for a starred target in between. */
static int unpack(ThreadState *ts, Object *seq, int before, int after, Object **out) {
    if ((tuple_check_exact(seq) || list_check_exact(seq)) && after < 0) {
        size_t n = tuple_check_exact(seq) ? TUPLE_SIZE(seq) : LIST_SIZE(seq);
        Object **items = tuple_check_exact(seq) ? TUPLE_ITEMS(seq) : LIST_ITEMS(seq);
        if (n == (size_t)before) {
            for (int i = 0; i < before; i++) out[before - 1 - i] = NEWREF(items[i]);
            return 0;
        }
        if (n < (size_t)before)
            err_format(ts, &ExcValueError, "not enough values to unpack (expected %d, got %zu)", before, n);
        else
            err_format(ts, &ExcValueError, "too many values to unpack (expected %d)", before);
        return -1;
    }
    Object *it = obj_iter(ts, seq);
    if (!it) {
        if (err_matches(ts, &ExcTypeError) && !TYPE(seq)->iter && !TYPE(seq)->getitem) {
            err_clear(ts);
            err_format(ts, &ExcTypeError, "cannot unpack non-iterable %s object", TYPE_NAME(seq));
        }
        return -1;
    }
    int total = before + (after >= 0 ? after + 1 : 0);
    int got = 0;
    for (; got < before; got++) {
        Object *v = obj_next(ts, it);
        if (!v) {
            if (!err_occurred(ts)) {
                if (after >= 0)
                    err_format(ts, &ExcValueError, "not enough values to unpack (expected at least %d, got %d)",
                               before + after, got);
                else
                    err_format(ts, &ExcValueError, "not enough values to unpack (expected %d, got %d)", before, got);
            }
            goto fail;
        }
        out[total - 1 - got] = v;
    }
    if (after < 0) {
        Object *extra = obj_next(ts, it);
        if (extra) {
            DECREF(extra);
            err_format(ts, &ExcValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (err_occurred(ts)) goto fail;
        DECREF(it);
        return 0;
    }
    Object *rest = list_from_iterable(ts, it);
    if (!rest) goto fail;
    if (LIST_SIZE(rest) < (size_t)after) {
        err_format(ts, &ExcValueError, "not enough values to unpack (expected at least %d, got %zu)",
                   before + after, (size_t)before + LIST_SIZE(rest));
        DECREF(rest);
        goto fail;
    }
    /* the last [after] items go to the targets after the star */
    size_t keep = LIST_SIZE(rest) - (size_t)after;
    for (int i = 0; i < after; i++) out[after - 1 - i] = LIST_GET(rest, keep + (size_t)i);
    ((ListObject *)rest)->size = keep;
    out[after] = rest;
    DECREF(it);
    return 0;
fail:
    for (int i = 0; i < got; i++) DECREF(out[total - 1 - i]);
    DECREF(it);
    return -1;
}

/* `except E:` takes a class or a flat tuple of classes, as CPython's
 * check_except_type_valid(): a tuple inside the tuple is an error (and no
 * reason to recurse). */
static int check_exc_class(ThreadState *ts, Object *type) {
    size_t n = tuple_check(type) ? TUPLE_SIZE(type) : 1;
    for (size_t i = 0; i < n; i++) {
        if (!exc_is_exception_class(tuple_check(type) ? TUPLE_GET(type, i) : type)) {
            err_set_string(ts, &ExcTypeError,
                           "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    }
    return 0;
}

/* raise exc [from cause] */
static int do_raise(ThreadState *ts, Object *exc, Object *cause) {
    if (!exc) {
        Object *e = ts->handled_exc;
        if (!e || e == None) {
            err_set_string(ts, &ExcRuntimeError, "No active exception to reraise");
            return 0;
        }
        INCREF(e);
        Object *old = ts->exc;
        ts->exc = e;
        XDECREF(old);
        return 1;      /* a re-raise: keep the traceback as it is */
    }
    Object *value = NULL;
    if (exc_is_exception_class(exc)) {
        value = exc_new(ts, (TypeObject *)exc, NULL);
        if (!value) return 0;
    } else if (exc_is_exception_instance(exc)) {
        value = NEWREF(exc);
    } else {
        err_set_string(ts, &ExcTypeError, "exceptions must derive from BaseException");
        return 0;
    }
    if (cause) {
        Object *c = NULL;
        if (exc_is_exception_class(cause)) {
            c = exc_new(ts, (TypeObject *)cause, NULL);
            if (!c) { DECREF(value); return 0; }
        } else if (exc_is_exception_instance(cause)) {
            c = NEWREF(cause);
        } else if (cause != None) {
            DECREF(value);
            err_set_string(ts, &ExcTypeError, "exception causes must derive from BaseException");
            return 0;
        }
        BaseExceptionObject *e = (BaseExceptionObject *)value;
        SETREF(e->cause, c);
        e->suppress_context = true;
    }
    err_raise_steal(ts, value);
    return 0;
}

/* The eval breaker: a thread switch, a collection, or a signal is due.
 * Checked where CPython 3.11 checks it, and nowhere else: a backward jump
 * (JUMP_BACKWARD, POP_JUMP_BACKWARD_IF_*: JUMP_BACKWARD_BY), the entry of a
 * Python function (the callee's first moment, and eval_frame's entry from
 * C), the return of a call to C code (CALL, CALL_FUNCTION_EX). Those are
 * the only places where the GIL can change hands (lesson 5): `n = n + 1`
 * in a loop has none between its load and its store, `n = n + one()` has
 * one inside the call. */
static int handle_breaker(ThreadState *ts) {
    Interp *interp = ts->interp;
    int bits = atomic_load(&interp->eval_breaker);
    if (bits & BREAKER_GC) {
        atomic_fetch_and(&interp->eval_breaker, ~BREAKER_GC);
        gc_collect_auto(ts);
        if (err_occurred(ts)) return -1;
    }
    if (bits & BREAKER_GIL_DROP) gil_yield(ts);
    if (bits & BREAKER_LIMIT) return limit_reached(ts, limit_pending(interp));
    /* KeyboardInterrupt is the main thread's alone, as in CPython: another
     * thread leaves the bit for it */
    if ((bits & BREAKER_SIGNAL) && ts == interp->main_thread) {
        atomic_fetch_and(&interp->eval_breaker, ~BREAKER_SIGNAL);
        err_set_object(ts, &ExcKeyboardInterrupt, NULL);
        return -1;
    }
    return 0;
}

static Object *load_build_class(ThreadState *ts, Frame *f) {
    Object *bc = dict_get_str_borrowed(ts, f->builtins, ts->interp->ids.__build_class__);
    if (!bc) {
        if (!err_occurred(ts)) err_set_string(ts, &ExcNameError, "__build_class__ not found");
        return NULL;
    }
    return NEWREF(bc);
}

static Object *with_enter(ThreadState *ts, Object *mgr, Object **exit_out) {
    Object *enter = type_lookup_borrowed(TYPE(mgr), ts->interp->ids.__enter__);
    Object *exit = type_lookup_borrowed(TYPE(mgr), ts->interp->ids.__exit__);
    if (!enter || !exit) {
        if (!enter)
            return err_format(ts, &ExcTypeError, "'%s' object does not support the context manager protocol",
                              TYPE_NAME(mgr));
        return err_format(ts, &ExcTypeError,
                          "'%s' object does not support the context manager protocol (missed __exit__ method)",
                          TYPE_NAME(mgr));
    }
    Object *bound_exit = obj_getattr(ts, mgr, ts->interp->ids.__exit__);
    if (!bound_exit) return NULL;
    Object *res = obj_call_method(ts, mgr, ts->interp->ids.__enter__, NULL, 0);
    if (!res) {
        DECREF(bound_exit);
        return NULL;
    }
    *exit_out = bound_exit;
    return res;
}

/* ==== coroutines: what await, async for and async with call ================ */

static Object *eval_yield_from_borrowed_gen(Object *gen);

/* GET_AWAITABLE: the iterator `await [o]` drives (new reference): a
 * coroutine (or a generator marked awaitable) is its own; anything else
 * must have an __await__ that returns an iterator. [where] says which
 * statement asked, for CPython's messages: 0 await, 1 __aenter__, 2 __aexit__. */
static Object *get_awaitable(ThreadState *ts, Object *o, int where) {
    Object *it;
    if (TYPE(o) == &CoroType || gen_is_awaitable_generator(o)) {
        it = NEWREF(o);
    } else {
        Object *await = type_lookup_borrowed(TYPE(o), ts->interp->ids.__await__);
        if (!await) {
            if (where == 0)
                return err_format(ts, &ExcTypeError, "object %s can't be used in 'await' expression", TYPE_NAME(o));
            return err_format(ts, &ExcTypeError,
                              "'async with' received an object from %s that does not implement __await__: %s",
                              where == 1 ? "__aenter__" : "__aexit__", TYPE_NAME(o));
        }
        it = obj_call_method(ts, o, ts->interp->ids.__await__, NULL, 0);
        if (!it) return NULL;
        if (TYPE(it) == &CoroType || gen_is_awaitable_generator(it)) {
            DECREF(it);
            return err_set_string(ts, &ExcTypeError, "__await__() returned a coroutine");
        }
        if (!TYPE(it)->next) {
            err_format(ts, &ExcTypeError, "__await__() returned non-iterator of type '%s'", TYPE_NAME(it));
            DECREF(it);
            return NULL;
        }
    }
    if (TYPE(it) == &CoroType && eval_yield_from_borrowed_gen(it)) {
        DECREF(it);
        return err_set_string(ts, &ExcRuntimeError, "coroutine is being awaited already");
    }
    return it;
}

/* GET_AITER: [o].__aiter__(), which must have an __anext__ (new reference). */
static Object *get_aiter(ThreadState *ts, Object *o) {
    if (!type_lookup_borrowed(TYPE(o), ts->interp->ids.__aiter__))
        return err_format(ts, &ExcTypeError, "'async for' requires an object with __aiter__ method, got %s",
                          TYPE_NAME(o));
    Object *it = obj_call_method(ts, o, ts->interp->ids.__aiter__, NULL, 0);
    if (it && !type_lookup_borrowed(TYPE(it), ts->interp->ids.__anext__)) {
        err_format(ts, &ExcTypeError,
                   "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                   TYPE_NAME(it));
        DECREF(it);
        return NULL;
    }
    return it;
}

/* GET_ANEXT: the awaitable of [aiter].__anext__() (new reference). */
static Object *get_anext(ThreadState *ts, Object *aiter) {
    Object *next = obj_call_method(ts, aiter, ts->interp->ids.__anext__, NULL, 0);
    if (!next) return NULL;
    Object *it = get_awaitable(ts, next, 0);
    if (!it && err_matches(ts, &ExcTypeError)) {
        err_clear(ts);
        err_format(ts, &ExcTypeError, "'async for' received an invalid object from __anext__: %s", TYPE_NAME(next));
    }
    DECREF(next);
    return it;
}

/* BEFORE_ASYNC_WITH: mgr.__aenter__() (new reference), its bound
 * __aexit__ in *exit_out. */
static Object *async_with_enter(ThreadState *ts, Object *mgr, Object **exit_out) {
    Object *enter = type_lookup_borrowed(TYPE(mgr), ts->interp->ids.__aenter__);
    Object *exit = type_lookup_borrowed(TYPE(mgr), ts->interp->ids.__aexit__);
    if (!enter)
        return err_format(ts, &ExcTypeError, "'%s' object does not support the asynchronous context manager protocol",
                          TYPE_NAME(mgr));
    if (!exit)
        return err_format(ts, &ExcTypeError,
                          "'%s' object does not support the asynchronous context manager protocol "
                          "(missed __aexit__ method)", TYPE_NAME(mgr));
    Object *bound_exit = obj_getattr(ts, mgr, ts->interp->ids.__aexit__);
    if (!bound_exit) return NULL;
    Object *res = obj_call_method(ts, mgr, ts->interp->ids.__aenter__, NULL, 0);
    if (!res) {
        DECREF(bound_exit);
        return NULL;
    }
    *exit_out = bound_exit;
    return res;
}

/* Print the value of an expression typed at the prompt (sys.displayhook). */
static int print_expr(ThreadState *ts, Object *v) {
    if (v == None) return 0;
    if (dict_set_cstr(ts, ts->interp->builtins, "_", None) < 0) return -1;
    Object *r = obj_repr(ts, v);
    if (!r) return -1;
    Object *out = dict_get_cstr_borrowed(ts, MODULE_DICT(ts->interp->sys_module), "stdout");
    int res = 0;
    if (out) {
        res = io_write_text(ts, out, STR_DATA(r), STR_SIZE(r));
        if (res == 0) res = io_write_text(ts, out, "\n", 1);
    }
    DECREF(r);
    if (res == 0) res = dict_set_cstr(ts, ts->interp->builtins, "_", v);
    return res;
}

/* ==== names: the searches LOAD_GLOBAL and LOAD_NAME make ===================== */

/* How a global or a class/module name was found: the one record the VM
 * fills in while it searches, and the narration reports (lessons 3, 4). */
typedef struct GlobalSearch {
    bool cached;                  /* LOAD_GLOBAL's cache answered: no dict was searched */
    bool from_builtins;           /* the value is (or was, when cached) in the builtins */
    bool failed;                  /* an error other than "not found" (a failing __eq__, ...) */
    int nsteps;
    NameStep steps[3];            /* the dicts searched, in order */
    uint64_t globals_version, builtins_version;
} GlobalSearch;

#define SEARCHED(how, where, found) \
    ((how)->steps[(how)->nsteps++] = (NameStep){(uint8_t)(where), (found) != NULL})

/* LOAD_GLOBAL: globals, then builtins -- unless neither dict changed since
 * this instruction last searched them (each dict's version says so), in
 * which case the name still means the same object: no hashing, no probing.
 * Returns the value (borrowed), or NULL with NameError or the error that
 * a search raised. */
static ALWAYS_INLINE Object *load_global(ThreadState *ts, Frame *f, int index, Object *name, GlobalSearch *how) {
    CodeObject *co = f->code;
    DictObject *g = (DictObject *)f->globals, *b = (DictObject *)f->builtins;
    InlineCache *gc = co->caches ? &co->caches[index] : NULL;
    how->nsteps = 0;
    how->failed = false;
    if (gc && gc->owner == (Object *)g && gc->dict2 == (Object *)b && gc->version == g->version &&
        gc->version2 == b->version) {
        how->cached = true;
        how->from_builtins = gc->index != 0;
        how->globals_version = g->version;
        how->builtins_version = b->version;
        return gc->value;
    }
    how->cached = false;
    Object *v = dict_get_str_borrowed(ts, (Object *)g, name);
    SEARCHED(how, PLACE_GLOBALS, v);
    how->from_builtins = v == NULL;
    if (!v) {
        if (err_occurred(ts)) { how->failed = true; return NULL; }
        v = dict_get_str_borrowed(ts, (Object *)b, name);
        SEARCHED(how, PLACE_BUILTINS, v);
        if (!v) {
            if (err_occurred(ts)) how->failed = true;
            else name_error(ts, name);
            return NULL;
        }
    }
    if (gc && dict_check_exact((Object *)g) && dict_check_exact((Object *)b)) {
        gc->owner = (Object *)g;
        gc->dict2 = (Object *)b;
        gc->version = g->version;
        gc->version2 = b->version;
        gc->value = v;
        gc->index = how->from_builtins;
    }
    return v;
}

/* [a] + [b] for two exact strs (BINARY_OP, BINARY_OP_ADD_UNICODE), both
 * references stolen. s += t (or s = s + t) where s is a local that nothing
 * else holds: the local's reference is dropped and the string grows in
 * place, as CPython does, so a string built piece by piece costs linear
 * time. Not when [in_place] is false (while --trace=mem follows objects by
 * address). [ip]: the instruction after the addition. */
static ALWAYS_INLINE Object *concat_strs_steal(ThreadState *ts, Object **locals, const uint32_t *ip, Object *a,
                                               Object *b, bool in_place) {
    Object *r;
    if (in_place && a->refcnt == 2 && !((StrObject *)a)->interned && INSTR_OP(*ip) == OP_STORE_FAST &&
        locals[INSTR_ARG(*ip)] == a) {
        locals[INSTR_ARG(*ip)] = NULL;
        a->refcnt--;                          /* the stack's reference is left */
        r = str_append_unique(ts, a, b);
    } else {
        r = str_concat(ts, a, b);
        DECREF(a);
    }
    DECREF(b);
    return r;
}

/* LOAD_GLOBAL_MODULE, _BUILTIN: the generic LOAD_GLOBAL's cache, kept as
 * its search would keep it: refilled with [value] (found in the builtins
 * when [from_builtins]) when either dict changed since. Returns whether it
 * was valid, i.e. whether the generic instruction would have answered from
 * it. The form's guard has checked [c]->owner is [g]. */
static ALWAYS_INLINE bool keep_global_cache(InlineCache *c, DictObject *g, DictObject *b, Object *value,
                                            bool from_builtins) {
    if (LIKELY(c->version == g->version && c->version2 == b->version && c->dict2 == (Object *)b)) return true;
    c->dict2 = (Object *)b;
    c->version = g->version;
    c->version2 = b->version;
    c->value = value;
    c->index = from_builtins;
    return false;
}

/* LOAD_NAME (module and class bodies): the body's own namespace, then the
 * globals (unless they are that namespace: a module body), then the
 * builtins. Returns a new reference, or NULL with the error set. */
static Object *load_name(ThreadState *ts, Frame *f, Object *name, GlobalSearch *how) {
    Object *v = NULL;
    how->nsteps = 0;
    how->cached = how->failed = false;
    bool module = f->locals == f->globals;
    if (f->locals) {
        if (dict_check_exact(f->locals)) {
            v = dict_get_str_borrowed(ts, f->locals, name);
            if (v) INCREF(v);
        } else {
            v = obj_getitem(ts, f->locals, name);
            if (!v && err_matches(ts, &ExcKeyError)) err_clear(ts);
        }
        SEARCHED(how, module ? PLACE_GLOBALS : PLACE_CLASS_NS, v);
        if (!v && err_occurred(ts)) { how->failed = true; return NULL; }
        if (v) return v;
    }
    if (!module) {
        v = dict_get_str_borrowed(ts, f->globals, name);
        SEARCHED(how, PLACE_GLOBALS, v);
        if (!v && err_occurred(ts)) { how->failed = true; return NULL; }
    }
    if (!v) {
        v = dict_get_str_borrowed(ts, f->builtins, name);
        SEARCHED(how, PLACE_BUILTINS, v);
        if (!v) {
            if (err_occurred(ts)) how->failed = true;
            else name_error(ts, name);
            return NULL;
        }
    }
    return NEWREF(v);
}

/* STORE_NAME, STORE_GLOBAL: [ns][name] = [v]. [narrate]: --trace=mem
 * watches, so say why the old value loses this reference. */
static int store_in_namespace(ThreadState *ts, Object *ns, Object *name, Object *v, bool narrate) {
    if (LIKELY(!narrate)) return dict_set(ts, ns, name, v);
    trace_mem_reason(ts, v, MEM_BOUND, name, NULL);
    Object *old = NULL;
    int r = dict_set_swap(ts, ns, name, v, &old);
    if (old) {
        trace_mem_reason(ts, old, MEM_REBOUND, name, NULL);
        DECREF(old);
    }
    return r;
}

/* DELETE_NAME, DELETE_GLOBAL: 1 deleted, 0 not there, -1 error. */
static int delete_from_namespace(ThreadState *ts, Object *ns, Object *name, bool narrate) {
    if (LIKELY(!narrate)) return dict_del_if_present(ts, ns, name);
    Object *old = NULL;
    int r = dict_pop(ts, ns, name, &old);
    if (old) {
        trace_mem_reason(ts, old, MEM_NAME_DELETED, name, NULL);
        DECREF(old);
    }
    return r;
}

/* STORE_SUBSCR on an exact dict. */
static int store_in_dict(ThreadState *ts, Object *d, Object *key, Object *v, bool narrate) {
    if (LIKELY(!narrate)) return dict_set(ts, d, key, v);
    Object *old = NULL;
    int r = dict_set_swap(ts, d, key, v, &old);
    if (old) {
        trace_mem_reason(ts, old, MEM_REPLACED_IN, NULL, d);
        DECREF(old);
    }
    return r;
}

/* ==== narration: what the handlers report (trace/events.h) ====================== */

/* These run only in the narrated copy of the loop. Each builds the event
 * from what its handler knows: the slot it read, the search it made, the
 * value it stored. NOINLINE keeps them out of the handlers' code. */

/* The instruction at [ip] is about to run: a new line (or the same line
 * again after a jump backwards), and the instruction with the value stack. */
static NOINLINE void narrate_instruction(ThreadState *ts, Frame *f, const uint32_t *ip, Object **sp) {
    CodeObject *co = f->code;
    int index = (int)(ip - co->code);
    int line = co->positions[index].line;
    if (TRACE_ON(TRACE_LINE | TRACE_MEM)) {
        Opcode op = INSTR_OP(*ip);
        bool prologue = op == OP_MAKE_CELL || op == OP_COPY_FREE_VARS;   /* no line of its own */
        if (line > 0 && !prologue && (line != f->last_line || index <= f->last_index)) {
            Event ev = {.kind = EV_LINE, .frame = f, .line = line, .index = index, .stack_top = sp};
            trace_emit(ts, &ev);
        }
        if (line > 0 && !prologue) f->last_line = line;
        f->last_index = index;
    }
    if (TRACE_ON(TRACE_OP)) {
        Event ev = {.kind = EV_OP, .frame = f, .line = line, .index = index, .stack_top = sp};
        trace_emit(ts, &ev);
    }
}

static void emit_name(ThreadState *ts, Frame *f, int index, NameEvent *n) {
    Event ev = {.kind = EV_NAME, .frame = f, .line = code_line(f->code, index), .index = index, .name = *n};
    trace_emit(ts, &ev);
}

/* LOAD_FAST, STORE_FAST, DELETE_FAST and the DEREFs: one slot of the frame. */
static NOINLINE void narrate_slot(ThreadState *ts, Frame *f, int index, NameAction action, NameScope scope,
                                  Object *value) {
    CodeObject *co = f->code;
    int arg = (int)INSTR_ARG(co->code[index]);
    bool local = scope == SCOPE_LOCAL;
    NameEvent n = {.action = action, .scope = scope, .value = value, .slot = arg, .nsteps = 1,
                   .name = local ? TUPLE_GET(co->varnames, arg) : deref_name(co, arg)};
    n.steps[0] = (NameStep){local ? PLACE_SLOT : PLACE_CELL, value != NULL};
    emit_name(ts, f, index, &n);
}

static bool declared_global(CodeObject *co, Object *name) {
    for (size_t i = 0; co->global_explicit && i < TUPLE_SIZE(co->global_explicit); i++)
        if (str_eq(TUPLE_GET(co->global_explicit, i), name)) return true;
    return false;
}

static NOINLINE void narrate_global(ThreadState *ts, Frame *f, int index, Object *name, Object *value,
                                    const GlobalSearch *how) {
    if (how->failed) return;                  /* an __eq__ raised: the exception tells */
    NameEvent n = {.action = NAME_LOAD, .name = name, .value = value, .slot = -1, .cached = how->cached,
                   .cached_from_builtins = how->cached && how->from_builtins,
                   .globals_version = how->globals_version, .builtins_version = how->builtins_version,
                   .scope = declared_global(f->code, name) ? SCOPE_GLOBAL_EXPLICIT : SCOPE_GLOBAL_IMPLICIT};
    if (how->cached) {
        /* what the search that filled the cache found, which still holds */
        n.steps[n.nsteps++] = (NameStep){PLACE_GLOBALS, !how->from_builtins};
        if (how->from_builtins) n.steps[n.nsteps++] = (NameStep){PLACE_BUILTINS, true};
    } else {
        n.nsteps = how->nsteps;
        memcpy(n.steps, how->steps, sizeof n.steps);
    }
    emit_name(ts, f, index, &n);
}

/* LOAD_GLOBAL_MODULE or _BUILTIN loaded [value] under --trace=scope. The
 * form searched no dict: its guard proved where the name is (in the
 * globals, or not there and in the builtins). It reports what the generic
 * instruction reports for that load -- that its own cache answered, when
 * [cached] (keep_global_cache found it valid), else the search, whose
 * outcome the guard gives -- so the narration reads as it did before the
 * instruction specialised. */
static NOINLINE void narrate_global_form(ThreadState *ts, Frame *f, int index, Object *name, Object *value,
                                         bool from_builtins, bool cached) {
    GlobalSearch how = {.cached = cached, .from_builtins = from_builtins,
                        .globals_version = ((DictObject *)f->globals)->version,
                        .builtins_version = ((DictObject *)f->builtins)->version};
    if (!cached) {
        SEARCHED(&how, PLACE_GLOBALS, from_builtins ? NULL : value);
        if (from_builtins) SEARCHED(&how, PLACE_BUILTINS, value);
    }
    narrate_global(ts, f, index, name, value, &how);
}

static NOINLINE void narrate_name_search(ThreadState *ts, Frame *f, int index, Object *name, Object *value,
                                         const GlobalSearch *how) {
    NameEvent n = {.action = NAME_LOAD, .name = name, .value = value, .slot = -1, .nsteps = how->nsteps,
                   .scope = f->locals == f->globals ? SCOPE_NAME_MODULE : SCOPE_NAME_CLASS};
    memcpy(n.steps, how->steps, sizeof n.steps);
    emit_name(ts, f, index, &n);
}

/* STORE_NAME, STORE_GLOBAL ([value]) and their DELETEs ([value] NULL). */
static NOINLINE void narrate_store(ThreadState *ts, Frame *f, int index, Object *name, Object *value,
                                   NamePlace place) {
    Opcode op = INSTR_OP(f->code->code[index]);
    NameScope scope = op == OP_STORE_GLOBAL || op == OP_DELETE_GLOBAL
                          ? (declared_global(f->code, name) ? SCOPE_GLOBAL_EXPLICIT : SCOPE_GLOBAL_IMPLICIT)
                          : place == PLACE_GLOBALS ? SCOPE_NAME_MODULE : SCOPE_NAME_CLASS;
    NameEvent n = {.action = value ? NAME_STORE : NAME_DELETE, .scope = scope, .name = name, .value = value,
                   .slot = -1, .nsteps = 1};
    n.steps[0] = (NameStep){(uint8_t)place, true};
    emit_name(ts, f, index, &n);
}

/* LOAD_CLASSDEREF: the class body's namespace, then the enclosing cell. */
static NOINLINE void narrate_class_deref(ThreadState *ts, Frame *f, int index, Object *name, Object *in_class,
                                         Object *in_cell) {
    NameEvent n = {.action = NAME_LOAD, .scope = SCOPE_CLASS_FREE, .name = name,
                   .value = in_class ? in_class : in_cell, .slot = (int)INSTR_ARG(f->code->code[index]),
                   .nsteps = 1};
    n.steps[0] = (NameStep){PLACE_CLASS_NS, in_class != NULL};
    if (!in_class) n.steps[n.nsteps++] = (NameStep){PLACE_CELL, in_cell != NULL};
    emit_name(ts, f, index, &n);
}

/* CALL: each argument is passed to the callable, and a method's self. */
static NOINLINE void narrate_call(ThreadState *ts, Object **base, uint32_t n) {
    Object *callable = base[0] ? base[0] : base[1];
    for (uint32_t i = 0; i < n; i++) trace_mem_reason(ts, base[2 + i], MEM_PASSED_TO, NULL, callable);
    if (base[0]) trace_mem_reason(ts, base[1], MEM_PASSED_AS_SELF, NULL, callable);
}

/* BUILD_LIST and the like: [n] items go into a new container. */
static NOINLINE void narrate_put_in_new(ThreadState *ts, Object **items, uint32_t n, const char *what) {
    for (uint32_t i = 0; i < n; i++) {
        Event ev = {.kind = EV_MEM_REASON, .index = -1,
                    .mem = {.object = items[i], .reason = MEM_PUT_IN_NEW, .what = what}};
        if (items[i]) trace_emit(ts, &ev);
    }
}

/* RETURN_VALUE: the value is returned, and each local's reference goes. */
static NOINLINE void narrate_return(ThreadState *ts, Frame *f, Object *value) {
    CodeObject *co = f->code;
    trace_mem_reason(ts, value, MEM_RETURNED_BY, NULL, NULL);
    for (int i = 0; i < co->nlocals; i++)
        trace_mem_reason(ts, f->localsplus[i], MEM_LOCAL_GOES, TUPLE_GET(co->varnames, i), NULL);
}

/* --trace=op: the adaptive interpreter decided at instruction [index]:
 * [step], from opcode [from] to [to], for [why]. What the inline cache now
 * holds is described by vm/specialize.c, which filled it. */
static NOINLINE void narrate_specialise(ThreadState *ts, Frame *f, int index, SpecStep step, int from, int to,
                                        SpecReason why) {
    CodeObject *co = f->code;
    StrBuf detail;
    strbuf_init(&detail);
    if (step == SPEC_STEP_SPECIALISED) spec_describe(&detail, co, index);
    int count = co->caches[index].counter;
    Event ev = {.kind = EV_SPECIALISE, .frame = f, .line = code_line(co, index), .index = index,
                .spec = {.step = step, .from = opcode_names[from], .to = opcode_names[to],
                         .why = spec_reason_texts[why], .detail = detail.data ? detail.data : "",
                         .count = count}};
    trace_emit(ts, &ev);
    strbuf_free(&detail);
}

/* A call, a resumption, a return, a yield, or a frame left by an exception. */
static NOINLINE void narrate_flow(ThreadState *ts, Frame *f, TraceEventKind kind, Object *value, int index) {
    if (index < 0) index = 0;
    int line = kind == EV_CALL ? f->code->firstlineno : code_line(f->code, index);
    /* an instruction the compiler added with no line of its own (the
     * closing `return None` that several paths reach): the line the frame
     * was last at -- CPython 3.11 copies such an exit for each path, with
     * that path's line */
    if (line < 1 && f->last_line > 0) line = f->last_line;
    Event ev = {.kind = kind, .frame = f, .line = line, .index = index, .value = value};
    trace_emit(ts, &ev);
}

/* An exception raised at instruction [index] of [f], or passing through it. */
static NOINLINE void narrate_raise(ThreadState *ts, Frame *f, int index, Object *exc) {
    TracebackObject *tb = (TracebackObject *)((BaseExceptionObject *)exc)->traceback;
    bool here = !tb || !tb->next;
    Event ev = {.kind = here ? EV_RAISE : EV_UNWIND, .frame = f, .line = code_line(f->code, index),
                .index = index, .value = exc};
    trace_emit(ts, &ev);
}

/* ==== the loop ================================================================== */

/* How dispatch works. Every instruction handler ends with DISPATCH(), which
 * fetches the next instruction word and jumps to its handler. With
 * MINIPY_COMPUTED_GOTO the jump is `goto *targets[opcode]`, made separately
 * at the end of every handler: the CPU's branch predictor then learns, for
 * each handler, which handler usually follows it (after LOAD_FAST, often
 * another LOAD_FAST or BINARY_OP), where a single `switch` jump shared by
 * all handlers would keep mispredicting. Without computed goto (a compiler
 * that lacks the extension, or the test build that checks both), the same
 * handlers become `case` labels of one switch.
 *
 * How narration costs nothing when nobody watches. The loop (vm/eval_loop.h)
 * is compiled twice from the one text: eval_loop_quiet with NARRATED 0 and
 * eval_loop_narrated with NARRATED 1. In the handlers, every report sits
 * behind NARRATING(categories), which is the constant false in the quiet
 * copy, so the compiler drops it: an untraced run executes exactly the
 * handlers it would without any tracer. In the narrated copy the handler
 * that does the work reports it -- LOAD_GLOBAL the search it made, or that
 * its cache answered; STORE_FAST the name it bound -- and DISPATCH() first
 * reports the new line and the instruction. eval_frame() picks the copy
 * when a frame starts, from the categories on (bench/trace_overhead.py
 * measures the difference).
 *
 * Narration switched on while a frame runs quietly (minipy.trace() in a
 * program, trace/tracer.c) sets BREAKER_NARRATE. The quiet copy sees it
 * at its next check point (a call, a backward jump, or the __enter__ of a
 * with statement, which is how minipy.trace() is used) and hands the
 * frame it is running, as it stands, to the narrated copy: HANDOVER()
 * saves ip and sp, and eval_loop_narrated() goes on from there, returning
 * to the quiet copy's caller when the entry frame returns. The quiet copy
 * pays one load and test per with statement, and at calls and backward
 * jumps nothing unless the breaker word is set already: nothing per
 * instruction. */

#ifdef MINIPY_COMPUTED_GOTO
#define TARGET(op) L_##op:
#define DISPATCH()                                                    \
    do {                                                              \
        NARRATE_INSTRUCTION();                                        \
        word = *ip++;                                                 \
        goto *targets[INSTR_OP(word)];                                \
    } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif

/* The adaptive interpreter (vm/specialize.c, issue 18). A generic
 * handler that can be specialised starts with ADAPT(attempt): it counts
 * the run down in the instruction's inline cache, and when the count is up
 * makes [attempt]; if that rewrote the word, the word runs again as its new
 * form (REDISPATCH, no new instruction fetched or narrated). Its generic
 * work follows the label GENERIC(family), where a specialised form whose
 * guard fails (DEOPT_IF) goes after counting the miss. */
#ifdef MINIPY_COMPUTED_GOTO
#define REDISPATCH() goto *targets[INSTR_OP(word)]
#else
#define REDISPATCH() goto redispatch
#endif
#define CACHE() (&co->caches[INDEX()])
#define GENERIC(family) generic_##family:
#define ADAPT(attempt)                                                                      \
    do {                                                                                    \
        InlineCache *caches_ = co->caches ? co->caches : spec_caches(co);                  \
        if (caches_ && --caches_[INDEX()].counter == 0) {                                   \
            int from_ = INSTR_OP(word), to_ = (attempt);                                    \
            if (NARRATING(TRACE_OP))                                                        \
                narrate_specialise(ts, f, INDEX(), to_ != from_ ? SPEC_STEP_SPECIALISED : SPEC_STEP_STAYED, \
                                   from_, to_, (SpecReason)caches_[INDEX()].why);           \
            if (to_ != from_) {                                                             \
                word = co->code[INDEX()];                                                   \
                REDISPATCH();                                                               \
            }                                                                               \
        }                                                                                   \
    } while (0)
#define DEOPT_IF(cond, family, why)                                                         \
    do {                                                                                    \
        if (UNLIKELY(cond)) {                                                               \
            int from_ = INSTR_OP(word);                                                     \
            bool back_ = spec_miss(co, INDEX(), (why));                                     \
            if (NARRATING(TRACE_OP))                                                        \
                narrate_specialise(ts, f, INDEX(), back_ ? SPEC_STEP_DEOPT : SPEC_STEP_MISS, from_, \
                                   OP_##family, (why));                                     \
            goto generic_##family;                                                          \
        }                                                                                   \
    } while (0)
/* CALL n and its forms: the stack holds [NULL, callable, n args] or
 * [method, self, n args]; declares base, callable, args and nargs (self
 * counted as the first argument). */
#define CALL_OPERANDS()                                                                      \
    uint32_t n = ARG();                                                                      \
    Object **base = sp - n - 2;                                                              \
    Object *callable = base[0] ? base[0] : base[1];                                          \
    Object **args = base[0] ? base + 1 : base + 2;                                           \
    size_t nargs = n + (base[0] != NULL)
/* Carry on in the frame [nf] just pushed for a call, with the caller's
 * stack cut back to [base]. The check point of a Python call is the
 * callee's entry (CPython 3.11's RESUME): a switch there falls inside the
 * call. */
#define ENTER_FRAME(nf)                                                                      \
    do {                                                                                     \
        f->sp = sp;                                                                          \
        (nf)->back = f;                                                                      \
        (nf)->depth = f->depth + 1;                                                          \
        f = (nf);                                                                            \
        ts->frame = f;                                                                       \
        LOAD_FRAME();                                                                        \
        if (NARRATING(TRACE_CALL)) narrate_flow(ts, f, EV_CALL, NULL, 0);                   \
        CHECK_BREAKER();                                                                     \
        DISPATCH();                                                                          \
    } while (0)
/* [x] [op] [y] for two C numbers, [op] a CompareOp (COMPARE_OP's argument). */
#define COMPARED(x, y, op)                                                                   \
    ((op) == CMP_LT ? (x) < (y) : (op) == CMP_LE ? (x) <= (y) : (op) == CMP_EQ ? (x) == (y)    \
     : (op) == CMP_NE ? (x) != (y) : (op) == CMP_GT ? (x) > (y) : (x) >= (y))
/* The entry hint of an instance-dict or module form, checked in place:
 * the dict's entry [c]->index still holds the name the instruction names. */
#define HINT_HOLDS(d, c, name) \
    ((d) && (ssize_t)(c)->index < (d)->nentries && (d)->entries[(c)->index].key == (name))

/* Reports, compiled into the narrated copy only. */
#define NARRATING(cats) (NARRATED && TRACE_ON(cats))
/* --trace=import: storing what an IMPORT_NAME or IMPORT_FROM just produced
 * is that import binding its name in the importer's namespace */
#define NARRATE_IMPORT_BIND(name, v)                                            \
    do {                                                                      \
        if (NARRATING(TRACE_IMPORT) && (v) == ts->import_result) {            \
            imp_report_bind(ts, (name), (v));                                 \
            ts->import_result = NULL;                                         \
        }                                                                     \
    } while (0)
#define NARRATE_INSTRUCTION()                                                                  \
    do {                                                                                       \
        if (NARRATING(TRACE_LINE | TRACE_OP | TRACE_MEM)) {                                    \
            narrate_instruction(ts, f, ip, sp);                                                \
            if (UNLIKELY(ts->interp->limit_hit)) { /* q in the stepper (trace/stepper.c) */     \
                limit_reached(ts, (LimitKind)ts->interp->limit_hit);                           \
                goto error;                                                                    \
            }                                                                                  \
        }                                                                                      \
        if (NARRATED && UNLIKELY(ts->interp->limits.max_steps) &&                              \
            ++ts->interp->steps > ts->interp->limits.max_steps) {                              \
            limit_reached(ts, LIMIT_STEPS);    /* --max-steps: counted here, untraced too */     \
            goto error;                                                                        \
        }                                                                                      \
        /* --switch-every: counted here, untraced too (runtime/gil.c) */                       \
        if (NARRATED && UNLIKELY(ts->interp->switch_every)) gil_count_instruction(ts);         \
    } while (0)
#define REF_REASON(o, why, name, owner)                                                        \
    do {                                                                                       \
        if (NARRATING(TRACE_MEM)) trace_mem_reason(ts, (o), (why), (name), (owner));           \
    } while (0)
#define INDEX() ((int)(ip - co->code) - 1)   /* the running instruction's index */
#define DEREF_SCOPE(i) ((int)(i) < co->ncells ? SCOPE_CELL : SCOPE_FREE)

#define ARG() INSTR_ARG(word)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(int)(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SAVE() (f->ip = ip, f->sp = sp)
#define LOAD_FRAME()                                          \
    do {                                                      \
        co = f->code;                                         \
        ip = f->ip;                                           \
        sp = f->sp;                                           \
        consts = TUPLE_ITEMS(co->consts);                     \
        names = TUPLE_ITEMS(co->names);                       \
        locals = f->localsplus;                               \
    } while (0)
#define CHECK_BREAKER()                                                                  \
    do {                                                                                 \
        if (UNLIKELY(atomic_load_explicit(&ts->interp->eval_breaker, memory_order_relaxed))) { \
            SAVE();                                                                      \
            if (handle_breaker(ts) < 0) goto error;                                      \
            HANDOVER();                                                                  \
        }                                                                                \
    } while (0)
/* A backward jump by [n] instructions: where loops come round, so the one
 * place in a loop where the eval breaker is checked. What the breaker
 * raises (KeyboardInterrupt from a signal handler) is raised at the jump
 * itself, whose line CPython 3.11 shows too (the while's line, or a for
 * loop's last line); otherwise the jump is taken first, so that a
 * hand-over to the narrated copy goes on at the loop's head. */
#define JUMP_BACKWARD_BY(n)                                                              \
    do {                                                                                 \
        if (UNLIKELY(atomic_load_explicit(&ts->interp->eval_breaker, memory_order_relaxed))) { \
            SAVE();                                                                      \
            if (handle_breaker(ts) < 0) goto error;                                      \
            ip -= (n);                                                                   \
            HANDOVER();                                                                  \
        } else {                                                                         \
            ip -= (n);                                                                   \
        }                                                                                \
    } while (0)
/* The quiet copy: narration was switched on, the narrated copy goes on
 * with this frame from the next instruction (see above). */
#define HANDOVER()                                                                       \
    do {                                                                                 \
        if (!NARRATED && UNLIKELY(atomic_load_explicit(&ts->interp->eval_breaker,          \
                                                       memory_order_relaxed) & BREAKER_NARRATE)) { \
            SAVE();                                                                      \
            return eval_loop_narrated(ts, f, false, true);                               \
        }                                                                                \
    } while (0)

/* The loop, compiled twice (see above): quiet, and narrated. [handover]:
 * [f] is running already (its ip and sp saved); go on with it. */
static Object *eval_loop_narrated(ThreadState *ts, Frame *f, bool throwflag, bool handover);
#define NARRATED 0
#define EVAL_LOOP eval_loop_quiet
#include "eval_loop.h"
#undef NARRATED
#undef EVAL_LOOP
#define NARRATED 1
#define EVAL_LOOP eval_loop_narrated
#include "eval_loop.h"
#undef NARRATED
#undef EVAL_LOOP

/* ==== entry points ================================================================ */

/* Run [f], an entry frame, to completion (or to a yield). */
Object *eval_frame(ThreadState *ts, Frame *f, bool throwflag) {
    /* every entry from C into Python code: the C stack too (interp.c) */
    if (UNLIKELY(++ts->recursion_depth > ts->interp->recursion_limit || ts_stack_low(ts))) {
        ts->recursion_depth--;
        if (throwflag) return NULL;
        return err_set_string(ts, &ExcRecursionError, "maximum recursion depth exceeded");
    }
    if (UNLIKELY(ts->interp->limit_hit)) {
        /* a limit ended the program: no Python code runs any more (a
         * __del__, a generator's finally, a teardown) */
        ts->recursion_depth--;
        err_clear(ts);
        limit_reached(ts, (LimitKind)ts->interp->limit_hit);
        return NULL;
    }
    /* narrated only when a category the handlers report is on, or the
     * instructions are counted (--max-steps, --switch-every) */
    if (TRACE_ON(TRACE_NARRATED_LOOP) ||
        ts->interp->limits.max_steps || ts->interp->switch_every)
        return eval_loop_narrated(ts, f, throwflag, false);
    return eval_loop_quiet(ts, f, throwflag, false);
}

/* The delegate of the suspended generator or coroutine [gen], or NULL. */
static Object *eval_yield_from_borrowed_gen(Object *gen) {
    GenObject *g = (GenObject *)gen;
    if (!g->frame || !g->started || !g->frame->suspended) return NULL;
    return eval_yield_from_borrowed(g->frame);
}

Object *eval_yield_from_borrowed(Frame *f) {
    const uint32_t *ip = f->ip;
    /* suspended right after YIELD_VALUE, which follows a SEND */
    if (ip - 2 < f->code->code || INSTR_OP(ip[-1]) != OP_YIELD_VALUE || INSTR_OP(ip[-2]) != OP_SEND) return NULL;
    return f->sp[-1];
}

void eval_yield_from_done(Frame *f) {
    Object *it = *--f->sp;
    DECREF(it);
    uint32_t send = (uint32_t)(f->ip - 2 - f->code->code), w = f->ip[-2];
    f->ip = f->code->code + opcode_jump_target((Opcode)INSTR_OP(w), INSTR_ARG(w), send);   /* the SEND's target */
}

Object *eval_call_function(ThreadState *ts, FunctionObject *func, Object *const *args, size_t nargs,
                           Object *kwnames) {
    CodeObject *co = (CodeObject *)func->code;
    bool generator = (co->flags & CO_RESUMABLE) != 0;
    Frame *f = frame_alloc(ts, co, generator, 0);
    if (!f) return NULL;
    frame_setup(f, func);
    if (bind_arguments(ts, f, func, args, nargs, kwnames) < 0) {
        frame_clear(f);
        if (generator) rawmem_free(f);
        else frame_release(ts, f);
        return NULL;
    }
    if (generator) return gen_new(ts, f, func->name, func->qualname);
    Object *r = eval_frame(ts, f, false);
    frame_clear(f);
    frame_release(ts, f);
    return r;
}

Object *eval_code(ThreadState *ts, CodeObject *co, Object *globals, Object *locals, Object *closure) {
    Frame *f = frame_alloc(ts, co, false, 0);
    if (!f) return NULL;
    f->globals = NEWREF(globals);
    f->locals = XNEWREF(locals);
    f->closure = XNEWREF(closure);
    Object *b = dict_get_str_borrowed(ts, globals, ts->interp->ids.__builtins__);
    if (b && TYPE(b) == &ModuleType) b = MODULE_DICT(b);
    f->builtins = NEWREF(b && dict_check(b) ? b : ts->interp->builtins);
    INCREF(co);
    f->owns_code = true;
    Object *r = eval_frame(ts, f, false);
    frame_clear(f);
    frame_release(ts, f);
    return r;
}
