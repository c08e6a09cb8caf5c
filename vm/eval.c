/* eval.c -- the bytecode interpreter: one loop that executes instructions.
 *
 * Lesson 2 (the pipeline): this is the stack machine at the end of it.
 * Each instruction pops its operands from the frame's value stack and
 * pushes its result. Start at eval_loop(), then read any TARGET().
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
#include "opcodes.h"
#include "trace.h"
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
    DataChunk *c = malloc(sizeof(DataChunk) + n * sizeof(Object *));
    if (!c) { err_no_memory(ts); return false; }
    c->prev = ts->chunk;
    c->limit = c->data + n;
    ts->chunk->top = ts->stack_top;
    ts->chunk = c;
    ts->stack_top = c->data;
    return true;
}

static inline Frame *frame_alloc(ThreadState *ts, CodeObject *co, bool on_heap) {
    size_t bytes = frame_size(co);
    Frame *f;
    if (UNLIKELY(on_heap)) {
        f = malloc(bytes);
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
    f->is_entry = f->suspended = f->owns_code = false;
    f->on_heap = on_heap;
    f->depth = 0;
    f->frame_obj = NULL;
    for (int i = 0; i < co->nlocalsplus; i++) f->localsplus[i] = NULL;
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
        free(c);
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
    bool found = b.len > 0;
    if (found)
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
    if (trace_on(ts, TRACE_SCOPE)) trace_unbound_local(ts, f, name);
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

static int check_exc_class(ThreadState *ts, Object *type) {
    if (tuple_check(type)) {
        for (size_t i = 0; i < TUPLE_SIZE(type); i++)
            if (check_exc_class(ts, TUPLE_GET(type, i)) < 0) return -1;
        return 0;
    }
    if (!exc_is_exception_class(type)) {
        err_set_string(ts, &ExcTypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
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

/* The eval breaker: a thread switch, a collection, or a signal is due. */
static int handle_breaker(ThreadState *ts) {
    Interp *interp = ts->interp;
    int bits = atomic_load(&interp->eval_breaker);
    if (bits & BREAKER_GC) {
        atomic_fetch_and(&interp->eval_breaker, ~BREAKER_GC);
        gc_collect_auto(ts);
        if (err_occurred(ts)) return -1;
    }
    if (bits & BREAKER_GIL_DROP) gil_yield(ts);
    if (bits & BREAKER_SIGNAL) {
        atomic_fetch_and(&interp->eval_breaker, ~BREAKER_SIGNAL);
        err_set_object(ts, &ExcKeyboardInterrupt, None);
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
 * When tracing is on, every instruction first detours through `traced`,
 * which reports the new line and/or the instruction. With computed goto
 * that costs nothing when tracing is off: DISPATCH() jumps through
 * `dispatch_table`, which is `targets` -- or, under --trace, a table whose
 * every entry is `traced`. With a switch it costs one well-predicted branch
 * on a local variable per instruction (bench/trace_overhead.py measures). */

#ifdef MINIPY_COMPUTED_GOTO
#define TARGET(op) L_##op:
#define DISPATCH()                                                    \
    do {                                                              \
        word = *ip++;                                                 \
        goto *dispatch_table[INSTR_OP(word)];                         \
    } while (0)
#define DISPATCH_TRACED() do { word = *ip++; goto *targets[INSTR_OP(word)]; } while (0)
#define TRACED_UNFETCH() ip--          /* `traced` wants ip at the instruction */
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#define DISPATCH_TRACED() goto dispatch_traced
#define TRACED_UNFETCH() ((void)0)
#endif

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
        }                                                                                \
    } while (0)

static Object *eval_loop(ThreadState *ts, Frame *f, bool throwflag) {
#ifdef MINIPY_COMPUTED_GOTO
    static void *const targets[OP_COUNT] = {
#define OP(name, arg, pops, pushes, jump) &&L_##name,
#include "opcodes.def"
#undef OP
    };
    static void *const traced_targets[OP_COUNT] = {[0 ... OP_COUNT - 1] = &&traced};
#endif
    CodeObject *co;
    const uint32_t *ip;
    Object **sp, **locals, *const *consts, *const *names;
    uint32_t word = 0;
    Object *kwnames = NULL;            /* set by KW_NAMES for the next CALL */
    bool reraise = false;
    Object *retval = NULL;
    uint32_t tracing = TRACE_MASK(ts) & (TRACE_LINE | TRACE_OP | TRACE_SCOPE | TRACE_MEM);
#ifdef MINIPY_COMPUTED_GOTO
    void *const *dispatch_table = tracing ? traced_targets : targets;
#endif

    f->back = ts->frame;
    ts->frame = f;
    f->is_entry = true;
    f->depth = f->back ? f->back->depth + 1 : 0;
    LOAD_FRAME();
    if (throwflag) goto error;
    if (UNLIKELY(TRACE_MASK(ts) & TRACE_CALL) && ip == co->code) trace_call(ts, f);

#ifdef MINIPY_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    if (UNLIKELY(tracing)) goto traced;
dispatch_traced:
    word = *ip++;
    switch (INSTR_OP(word)) {
#endif

    TARGET(NOP) { DISPATCH(); }

    TARGET(POP_TOP) {
        Object *v = POP();
        XDECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        Object *v = PEEK(ARG());
        XINCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        uint32_t n = ARG();
        Object *t = TOP();
        SET_TOP(PEEK(n));
        PEEK(n) = t;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        Object *v = consts[ARG()];
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        Object *v = locals[ARG()];
        if (UNLIKELY(!v)) {
            unbound_local(ts, f, TUPLE_GET(co->varnames, ARG()));
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        Object *v = POP();
        Object *old = locals[ARG()];
        locals[ARG()] = v;
        XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        Object *old = locals[ARG()];
        if (!old) {
            unbound_local(ts, f, TUPLE_GET(co->varnames, ARG()));
            goto error;
        }
        locals[ARG()] = NULL;
        DECREF(old);
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        int i = (int)ARG();
        Object *value = NULL;
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            value = locals[co->cell2arg[i]];
            locals[co->cell2arg[i]] = NULL;
        }
        Object *cell = cell_new(ts, value);
        XDECREF(value);
        if (!cell) goto error;
        Object *old = locals[co->nlocals + i];
        locals[co->nlocals + i] = cell;
        XDECREF(old);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        Object *closure = f->closure;
        int base = co->nlocals + co->ncells;
        for (uint32_t i = 0; i < ARG(); i++) {
            Object *cell = TUPLE_GET(closure, i);
            INCREF(cell);
            locals[base + i] = cell;
        }
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        Object *cell = locals[co->nlocals + ARG()];
        INCREF(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Object *v = CELL_GET(locals[co->nlocals + ARG()]);
        if (UNLIKELY(!v)) {
            unbound_deref(ts, f, (int)ARG());
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        Object *name = deref_name(co, (int)ARG());
        Object *v = f->locals ? dict_get_str_borrowed(ts, f->locals, name) : NULL;
        if (!v) {
            if (err_occurred(ts)) goto error;
            v = CELL_GET(locals[co->nlocals + ARG()]);
            if (!v) {
                unbound_deref(ts, f, (int)ARG());
                goto error;
            }
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        Object *v = POP();
        CellObject *cell = (CellObject *)locals[co->nlocals + ARG()];
        Object *old = cell->ref;
        cell->ref = v;
        XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        CellObject *cell = (CellObject *)locals[co->nlocals + ARG()];
        if (!cell->ref) {
            unbound_deref(ts, f, (int)ARG());
            goto error;
        }
        CLEAR(cell->ref);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        /* Cached: if neither dict changed since this instruction last ran,
         * the name still means the same object -- no hashing, no probing. */
        Object *v;
        GlobalCache *gc = co->gcache ? &co->gcache[ip - co->code - 1] : NULL;
        DictObject *g = (DictObject *)f->globals, *b = (DictObject *)f->builtins;
        if (gc && gc->globals == (Object *)g && gc->builtins == (Object *)b &&
            gc->globals_version == g->version && gc->builtins_version == b->version) {
            v = gc->value;
        } else {
            Object *name = names[ARG() >> 1];
            v = dict_get_str_borrowed(ts, (Object *)g, name);
            if (!v) {
                if (err_occurred(ts)) goto error;
                v = dict_get_str_borrowed(ts, (Object *)b, name);
                if (!v) {
                    if (!err_occurred(ts)) name_error(ts, name);
                    goto error;
                }
            }
            if (!co->gcache) co->gcache = calloc(co->ncode, sizeof(GlobalCache));
            if (co->gcache && dict_check_exact((Object *)g) && dict_check_exact((Object *)b)) {
                gc = &co->gcache[ip - co->code - 1];
                gc->globals = (Object *)g;
                gc->builtins = (Object *)b;
                gc->globals_version = g->version;
                gc->builtins_version = b->version;
                gc->value = v;
            }
        }
        if (ARG() & 1) PUSH(NULL);
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        Object *v = POP();
        int r = dict_set(ts, f->globals, names[ARG()], v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        int r = dict_del_if_present(ts, f->globals, names[ARG()]);
        if (r <= 0) {
            if (r == 0) name_error(ts, names[ARG()]);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        Object *name = names[ARG()];
        Object *v = NULL;
        if (f->locals) {
            if (dict_check_exact(f->locals)) {
                v = dict_get_str_borrowed(ts, f->locals, name);
                if (v) INCREF(v);
            } else {
                v = obj_getitem(ts, f->locals, name);
                if (!v && err_matches(ts, &ExcKeyError)) err_clear(ts);
            }
            if (!v && err_occurred(ts)) goto error;
        }
        if (!v) {
            v = dict_get_str_borrowed(ts, f->globals, name);
            if (!v && !err_occurred(ts)) v = dict_get_str_borrowed(ts, f->builtins, name);
            if (!v) {
                if (!err_occurred(ts)) name_error(ts, name);
                goto error;
            }
            INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        Object *v = POP();
        if (!f->locals) {
            DECREF(v);
            err_format(ts, &ExcSystemError, "no locals found when storing %R", names[ARG()]);
            goto error;
        }
        int r = dict_check_exact(f->locals) ? dict_set(ts, f->locals, names[ARG()], v)
                                             : obj_setitem(ts, f->locals, names[ARG()], v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        Object *name = names[ARG()];
        if (!f->locals) {
            err_format(ts, &ExcSystemError, "no locals when deleting %R", name);
            goto error;
        }
        int r = dict_del_if_present(ts, f->locals, name);
        if (r <= 0) {
            if (r == 0) name_error(ts, name);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        Object *owner = TOP();
        Object *v = obj_getattr(ts, owner, names[ARG()]);
        DECREF(owner);
        SET_TOP(v);
        if (!v) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        Object *owner = TOP(), *v = SECOND();
        sp -= 2;
        int r = obj_setattr(ts, owner, names[ARG()], v);
        DECREF(owner);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        Object *owner = POP();
        int r = obj_setattr(ts, owner, names[ARG()], NULL);
        DECREF(owner);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        Object *obj = TOP();
        Object *name = names[ARG()];
        TypeObject *tp = TYPE(obj);
        if (tp->getattr == obj_generic_getattr) {
            Object *descr = type_lookup_borrowed(tp, name);
            if (descr && (TYPE(descr) == &FunctionType || TYPE(descr) == &MethodDescrType)) {
                Object **dictptr = obj_dict_ptr(obj);
                if (!dictptr || !*dictptr || !dict_get_str_borrowed(ts, *dictptr, name)) {
                    INCREF(descr);
                    SET_TOP(descr);
                    PUSH(obj);        /* the stack's reference to obj moves up */
                    DISPATCH();
                }
            }
        }
        Object *attr = obj_getattr(ts, obj, name);
        DECREF(obj);
        if (!attr) { sp--; goto error; }
        SET_TOP(NULL);
        PUSH(attr);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        Object *key = POP(), *container = TOP();
        Object *r;
        int64_t i;
        if (list_check_exact(container) && int_check_exact(key) && int_is_small(key) &&
            (i = int_small_value(key)) >= 0 && (uint64_t)i < LIST_SIZE(container)) {
            r = NEWREF(LIST_GET(container, i));
        } else if (tuple_check_exact(container) && int_check_exact(key) && int_is_small(key) &&
                   (i = int_small_value(key)) >= 0 && (uint64_t)i < TUPLE_SIZE(container)) {
            r = NEWREF(TUPLE_GET(container, i));
        } else if (dict_check_exact(container)) {
            r = dict_get_borrowed(ts, container, key);
            if (r) INCREF(r);
            else if (!err_occurred(ts)) err_set_object(ts, &ExcKeyError, key);
        } else {
            r = obj_getitem(ts, container, key);
        }
        DECREF(key);
        DECREF(container);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        Object *key = TOP(), *container = SECOND(), *v = PEEK(3);
        sp -= 3;
        int r = dict_check_exact(container) ? dict_set(ts, container, key, v) : obj_setitem(ts, container, key, v);
        DECREF(key);
        DECREF(container);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        Object *key = TOP(), *container = SECOND();
        sp -= 2;
        int r = dict_check_exact(container) ? dict_del(ts, container, key) : obj_delitem(ts, container, key);
        DECREF(key);
        DECREF(container);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Object *step = ARG() == 3 ? POP() : NULL;
        Object *stop = POP(), *start = TOP();
        Object *s = slice_new(ts, start, stop, step);
        DECREF(start);
        DECREF(stop);
        XDECREF(step);
        SET_TOP(s);
        if (!s) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        Object *b = POP(), *a = TOP();
        Object *r;
        uint32_t op = ARG();
        if (int_check_exact(a) && int_check_exact(b) && int_is_small(a) && int_is_small(b)) {
            int64_t x = int_small_value(a), y = int_small_value(b), z;
            switch (op >= NB_INPLACE ? op - NB_INPLACE : op) {
            case NB_ADD:
                if (!__builtin_add_overflow(x, y, &z)) { r = int_from_i64(ts, z); goto binop_done; }
                break;
            case NB_SUB:
                if (!__builtin_sub_overflow(x, y, &z)) { r = int_from_i64(ts, z); goto binop_done; }
                break;
            case NB_MUL:
                if (!__builtin_mul_overflow(x, y, &z)) { r = int_from_i64(ts, z); goto binop_done; }
                break;
            case NB_AND: r = int_from_i64(ts, x & y); goto binop_done;
            case NB_OR: r = int_from_i64(ts, x | y); goto binop_done;
            case NB_XOR: r = int_from_i64(ts, x ^ y); goto binop_done;
            case NB_FLOORDIV:
                if (y != 0 && !(x == INT64_MIN && y == -1)) {
                    z = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) z--;
                    r = int_from_i64(ts, z);
                    goto binop_done;
                }
                break;
            case NB_MOD:
                if (y != 0 && !(x == INT64_MIN && y == -1)) {
                    z = x % y;
                    if (z != 0 && ((z < 0) != (y < 0))) z += y;
                    r = int_from_i64(ts, z);
                    goto binop_done;
                }
                break;
            default: break;
            }
        } else if (TYPE(a) == &FloatType && TYPE(b) == &FloatType) {
            double x = FLOAT_VALUE(a), y = FLOAT_VALUE(b);
            /* an operand that only the stack holds is about to be freed:
             * the result goes into it instead of a new float (as CPython
             * 3.11's BINARY_OP_ADD_FLOAT); not while tracing, which
             * narrates each float made */
#define FLOAT_RESULT(value)                                                        \
    do {                                                                           \
        double z_ = (value);                                                       \
        if (a->refcnt == 1 && !TRACE_MASK(ts)) { FLOAT_VALUE(a) = z_; r = NEWREF(a); } \
        else if (b->refcnt == 1 && !TRACE_MASK(ts)) { FLOAT_VALUE(b) = z_; r = NEWREF(b); } \
        else r = float_new(ts, z_);                                                \
    } while (0)
            switch (op >= NB_INPLACE ? op - NB_INPLACE : op) {
            case NB_ADD: FLOAT_RESULT(x + y); goto binop_done;
            case NB_SUB: FLOAT_RESULT(x - y); goto binop_done;
            case NB_MUL: FLOAT_RESULT(x * y); goto binop_done;
            case NB_TRUEDIV:
                if (y != 0.0) { FLOAT_RESULT(x / y); goto binop_done; }
                break;
            default: break;
            }
#undef FLOAT_RESULT
        } else if ((op == NB_ADD || op == NB_ADD + NB_INPLACE) && str_check_exact(a) && str_check_exact(b)) {
            /* s += t (or s = s + t) where s is a local that nothing else
             * holds: drop the local's reference and grow the string in
             * place, as CPython does, so a string built piece by piece
             * costs linear time. Not while tracing: the narration follows
             * objects by address. */
            if (a->refcnt == 2 && !((StrObject *)a)->interned && INSTR_OP(*ip) == OP_STORE_FAST &&
                locals[INSTR_ARG(*ip)] == a && !TRACE_MASK(ts)) {
                locals[INSTR_ARG(*ip)] = NULL;
                a->refcnt--;                          /* the stack's reference is left */
                r = str_append_unique(ts, a, b);
                DECREF(b);
                SET_TOP(r);
                if (!r) { sp--; goto error; }
                DISPATCH();
            }
            r = str_concat(ts, a, b);
            goto binop_done;
        }
        r = op >= NB_INPLACE ? obj_inplace_binop(ts, (NbOp)(op - NB_INPLACE), a, b)
                             : obj_binop(ts, (NbOp)op, a, b);
    binop_done:
        DECREF(a);
        DECREF(b);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Object *v = TOP();
        Object *r = obj_neg(ts, v);
        DECREF(v);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        Object *v = TOP();
        Object *r = obj_pos(ts, v);
        DECREF(v);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        Object *v = TOP();
        Object *r = obj_invert(ts, v);
        DECREF(v);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Object *v = TOP();
        int t = obj_is_true(ts, v);
        DECREF(v);
        if (t < 0) { sp--; goto error; }
        SET_TOP(bool_from(!t));
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Object *b = POP(), *a = TOP();
        Object *r;
        if (int_check_exact(a) && int_check_exact(b) && int_is_small(a) && int_is_small(b)) {
            int64_t x = int_small_value(a), y = int_small_value(b);
            bool t;
            switch ((CompareOp)ARG()) {
            case CMP_LT: t = x < y; break;
            case CMP_LE: t = x <= y; break;
            case CMP_EQ: t = x == y; break;
            case CMP_NE: t = x != y; break;
            case CMP_GT: t = x > y; break;
            default: t = x >= y; break;
            }
            r = bool_from(t);
        } else {
            r = obj_richcompare(ts, a, b, (CompareOp)ARG());
        }
        DECREF(a);
        DECREF(b);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(IS_OP) {
        Object *b = POP(), *a = TOP();
        bool r = (a == b) ^ (ARG() != 0);
        DECREF(a);
        DECREF(b);
        SET_TOP(bool_from(r));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        Object *container = POP(), *item = TOP();
        int r = dict_check_exact(container) ? dict_contains(ts, container, item) : obj_contains(ts, container, item);
        DECREF(container);
        DECREF(item);
        if (r < 0) { sp--; goto error; }
        SET_TOP(bool_from(r ^ (ARG() != 0)));
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        uint32_t n = ARG();
        Object *t = tuple_new(ts, n);
        if (!t) goto error;
        for (uint32_t i = 0; i < n; i++) TUPLE_SET_STEAL(t, i, sp[(int)i - (int)n]);
        sp -= n;
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        uint32_t n = ARG();
        Object *l = list_new(ts, n);
        if (!l) goto error;
        for (uint32_t i = 0; i < n; i++) LIST_SET_STEAL(l, i, sp[(int)i - (int)n]);
        sp -= n;
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        uint32_t n = ARG();
        Object *s = set_new(ts, NULL);
        int err = s ? 0 : -1;
        for (uint32_t i = 0; i < n; i++) {
            Object *item = sp[(int)i - (int)n];
            if (!err && set_add(ts, s, item) < 0) err = -1;
            DECREF(item);
        }
        sp -= n;
        if (err) { XDECREF(s); goto error; }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        uint32_t n = ARG();
        /* a display or comprehension is the program's table; the dict that
         * carries f(**kw)'s keywords (DICT_MERGE next) is the interpreter's */
        Object *d = INSTR_OP(*ip) == OP_DICT_MERGE ? dict_new(ts) : dict_new_watched(ts);
        int err = d ? 0 : -1;
        if (!err && n > 5) err = dict_resize_for(ts, (DictObject *)d, n);
        for (uint32_t i = 0; i < n; i++) {
            Object *k = sp[2 * (int)i - 2 * (int)n], *v = sp[2 * (int)i + 1 - 2 * (int)n];
            if (!err && dict_set(ts, d, k, v) < 0) err = -1;
            DECREF(k);
            DECREF(v);
        }
        sp -= 2 * n;
        if (err) { XDECREF(d); goto error; }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        uint32_t n = ARG();
        StrBuf b;
        strbuf_init(&b);
        for (uint32_t i = 0; i < n; i++) {
            Object *s = sp[(int)i - (int)n];
            strbuf_append(&b, STR_DATA(s), STR_SIZE(s));
            DECREF(s);
        }
        sp -= n;
        Object *r = str_from_strbuf(ts, &b);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        Object *v = POP();
        if (list_append_steal(ts, PEEK(ARG()), v) < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        Object *v = POP();
        int r = set_add(ts, PEEK(ARG()), v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        Object *v = POP(), *k = POP();
        int r = dict_set(ts, PEEK(ARG()), k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Object *iterable = POP();
        int r = list_extend(ts, PEEK(ARG()), iterable);
        if (r < 0 && err_matches(ts, &ExcTypeError) && !TYPE(iterable)->iter && !TYPE(iterable)->getitem) {
            err_clear(ts);
            err_format(ts, &ExcTypeError, "Value after * must be an iterable, not %s", TYPE_NAME(iterable));
        }
        DECREF(iterable);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        Object *iterable = POP();
        int r = set_update(ts, PEEK(ARG()), iterable);
        DECREF(iterable);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        Object *m = POP();
        int r = dict_update(ts, PEEK(ARG()), m);
        if (r < 0 && err_matches(ts, &ExcAttributeError)) {
            err_clear(ts);
            err_format(ts, &ExcTypeError, "'%s' object is not a mapping", TYPE_NAME(m));
        }
        DECREF(m);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        Object *m = POP();
        Object *func = PEEK(ARG() + 2), *target = PEEK(ARG());
        /* The merge names the callee only when [m] is not a dict or a key
         * may repeat; only then is CPython's label ("mod.f()") worth making. */
        Object *label = NULL;
        if (!dict_check(m) || (DICT_SIZE(target) && DICT_SIZE(m))) {
            label = func_str(ts, func);
            if (!label) { DECREF(m); goto error; }
        }
        int r = dict_merge_kwargs(ts, target, m, label ? label : func);
        XDECREF(label);
        DECREF(m);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        Object *l = TOP();
        Object *t = list_as_tuple(ts, l);
        DECREF(l);
        SET_TOP(t);
        if (!t) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        uint32_t flags = ARG();
        Object *spec = (flags & 4) ? POP() : NULL;
        Object *v = TOP();
        Object *conv = NULL;
        switch (flags & 3) {
        case 1: conv = obj_str(ts, v); break;
        case 2: conv = obj_repr(ts, v); break;
        case 3: {
            Object *ascii = dict_get_cstr_borrowed(ts, f->builtins, "ascii");
            conv = ascii ? obj_call1(ts, ascii, v) : obj_repr(ts, v);
            break;
        }
        default: conv = NEWREF(v); break;
        }
        DECREF(v);
        if (!conv) { XDECREF(spec); sp--; goto error; }
        Object *r;
        if (!spec && str_check_exact(conv)) r = NEWREF(conv);
        else r = obj_format(ts, conv, spec ? spec : ts->interp->empty_str);
        DECREF(conv);
        XDECREF(spec);
        SET_TOP(r);
        if (!r) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        Object *seq = POP();
        int n = (int)ARG();
        if (tuple_check_exact(seq) && TUPLE_SIZE(seq) == (size_t)n) {   /* `for k, v in d.items()` */
            Object **items = TUPLE_ITEMS(seq);
            for (int i = 0; i < n; i++) sp[n - 1 - i] = NEWREF(items[i]);
            sp += n;
            DECREF(seq);
            DISPATCH();
        }
        int r = unpack(ts, seq, n, -1, sp);
        DECREF(seq);
        if (r < 0) goto error;
        sp += n;
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        Object *seq = POP();
        int before = (int)(ARG() & 0xff), after = (int)(ARG() >> 8);
        int r = unpack(ts, seq, before, after, sp);
        DECREF(seq);
        if (r < 0) goto error;
        sp += before + after + 1;
        DISPATCH();
    }

    TARGET(JUMP_FORWARD) {
        ip = co->code + ARG();
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        ip = co->code + ARG();
        CHECK_BREAKER();
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Object *v = POP();
        if (v == False) { ip = co->code + ARG(); DECREF(v); DISPATCH(); }
        if (v == True) { DECREF(v); DISPATCH(); }
        int t = obj_is_true(ts, v);
        DECREF(v);
        if (t < 0) goto error;
        if (!t) ip = co->code + ARG();
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        Object *v = POP();
        if (v == True) { ip = co->code + ARG(); DECREF(v); DISPATCH(); }
        if (v == False) { DECREF(v); DISPATCH(); }
        int t = obj_is_true(ts, v);
        DECREF(v);
        if (t < 0) goto error;
        if (t) ip = co->code + ARG();
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        Object *v = POP();
        if (v == None) ip = co->code + ARG();
        DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        Object *v = POP();
        if (v != None) ip = co->code + ARG();
        DECREF(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        Object *v = TOP();
        int t = v == True ? 1 : v == False ? 0 : obj_is_true(ts, v);
        if (t < 0) goto error;
        if (!t) ip = co->code + ARG();
        else { sp--; DECREF(v); }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        Object *v = TOP();
        int t = v == True ? 1 : v == False ? 0 : obj_is_true(ts, v);
        if (t < 0) goto error;
        if (t) ip = co->code + ARG();
        else { sp--; DECREF(v); }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Object *v = TOP();
        Object *it = obj_iter(ts, v);
        DECREF(v);
        SET_TOP(it);
        if (!it) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        Object *it = TOP();
        Object *next = TYPE(it)->next(ts, it);
        if (next) {
            PUSH(next);
            DISPATCH();
        }
        if (err_occurred(ts)) {
            if (!err_matches(ts, &ExcStopIteration)) goto error;
            err_clear(ts);
        }
        sp--;
        DECREF(it);
        ip = co->code + ARG();
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        goto return_from_frame;
    }

    TARGET(KW_NAMES) {
        kwnames = consts[ARG()];
        DISPATCH();
    }

    TARGET(CALL) {
        CHECK_BREAKER();
        uint32_t n = ARG();
        Object **base = sp - n - 2;         /* [NULL, callable, args] or [method, self, args] */
        Object *callable = base[0];
        Object **args = base + 2;
        size_t nargs = n;
        if (callable) {
            args = base + 1;                /* self is the first argument */
            nargs++;
        } else {
            callable = base[1];
        }
        Object *kw = kwnames;
        kwnames = NULL;
        size_t npos = nargs - (kw ? TUPLE_SIZE(kw) : 0);
        if (TYPE(callable) == &FunctionType &&
            !(((CodeObject *)((FunctionObject *)callable)->code)->flags & CO_GENERATOR)) {
            /* a Python function: push its frame and carry on in this loop */
            FunctionObject *func = (FunctionObject *)callable;
            CodeObject *fco = (CodeObject *)func->code;
            if (UNLIKELY(++ts->recursion_depth > ts->interp->recursion_limit)) {
                ts->recursion_depth--;
                err_set_string(ts, &ExcRecursionError, "maximum recursion depth exceeded");
                goto call_failed;
            }
            SAVE();
            Frame *nf = frame_alloc(ts, fco, false);
            if (!nf) {
                ts->recursion_depth--;
                goto call_failed;
            }
            frame_setup(nf, func);
            if (!kw && npos == (size_t)fco->argcount && fco->kwonlyargcount == 0 &&
                !(fco->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
                /* the common case: the arguments move into the new frame */
                for (size_t i = 0; i < npos; i++) nf->localsplus[i] = args[i];
                DECREF(callable);
                sp = base;
            } else {
                int r = bind_arguments(ts, nf, func, args, npos, kw);
                for (Object **p = base; p < sp; p++) XDECREF(*p);
                sp = base;
                if (r < 0) {
                    f->sp = sp;
                    frame_clear(nf);
                    frame_release(ts, nf);
                    ts->recursion_depth--;
                    goto error;
                }
            }
            f->sp = sp;
            nf->back = f;
            nf->depth = f->depth + 1;
            f = nf;
            ts->frame = f;
            LOAD_FRAME();
            if (UNLIKELY(TRACE_MASK(ts) & TRACE_CALL)) trace_call(ts, f);
            DISPATCH();
        }
        SAVE();
        Object *r = obj_call(ts, callable, args, npos, kw);
        for (Object **p = base; p < sp; p++) XDECREF(*p);
        sp = base;
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    call_failed:
        for (Object **p = base; p < sp; p++) XDECREF(*p);
        sp = base;
        goto error;
    }

    TARGET(CALL_FUNCTION_EX) {
        CHECK_BREAKER();
        Object *kwargs = (ARG() & 1) ? POP() : NULL;
        Object *callargs = POP();
        Object *func = POP();
        Object *null = POP();
        XDECREF(null);
        Object *r = NULL;
        if (!tuple_check_exact(callargs)) {
            Object *t = NULL;
            if (TYPE(callargs)->iter || TYPE(callargs)->getitem) {
                t = tuple_from_iterable(ts, callargs);
            } else {
                Object *label = func_str(ts, func);
                if (label) err_format(ts, &ExcTypeError, "%U argument after * must be an iterable, not %s",
                                      label, TYPE_NAME(callargs));
                XDECREF(label);
            }
            SETREF(callargs, t);
        }
        if (callargs) {
            SAVE();
            r = obj_call_tuple_dict(ts, func, callargs, kwargs);
        }
        XDECREF(callargs);
        XDECREF(kwargs);
        DECREF(func);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        uint32_t flags = ARG();
        Object *code = POP();
        Object *closure = (flags & 8) ? POP() : NULL;
        Object *annotations = (flags & 4) ? POP() : NULL;
        Object *kwdefaults = (flags & 2) ? POP() : NULL;
        Object *defaults = (flags & 1) ? POP() : NULL;
        FunctionObject *fn = (FunctionObject *)func_new(ts, code, f->globals, ((CodeObject *)code)->qualname);
        DECREF(code);
        if (fn) {
            fn->closure = closure;
            fn->annotations = annotations;
            fn->kwdefaults = kwdefaults;
            fn->defaults = defaults;
            if (fn->builtins != f->builtins) SETREF(fn->builtins, NEWREF(f->builtins));
        } else {
            XDECREF(closure);
            XDECREF(annotations);
            XDECREF(kwdefaults);
            XDECREF(defaults);
            goto error;
        }
        PUSH((Object *)fn);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        Object *bc = load_build_class(ts, f);
        if (!bc) goto error;
        PUSH(bc);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        SAVE();
        f->suspended = true;
        ts->recursion_depth--;
        ts->frame = f->back;
        if (UNLIKELY(TRACE_MASK(ts) & TRACE_CALL)) trace_return(ts, f, retval);
        return retval;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Object *v = TOP();
        if (TYPE(v) != &GenType) {
            Object *it = obj_iter(ts, v);
            DECREF(v);
            SET_TOP(it);
            if (!it) { sp--; goto error; }
        }
        DISPATCH();
    }

    TARGET(SEND) {
        Object *v = POP(), *receiver = TOP();
        Object *r = NULL;
        SAVE();
        if (TYPE(receiver) == &GenType) {
            GenResult g = gen_send(ts, receiver, v, &r);
            DECREF(v);
            if (g == GEN_ERROR) goto error;
            if (g == GEN_RETURN) {
                sp--;
                DECREF(receiver);
                PUSH(r);
                ip = co->code + ARG();
            } else {
                PUSH(r);
            }
            DISPATCH();
        }
        if (v == None) {
            r = obj_next(ts, receiver);
        } else {
            Object *send = obj_getattr(ts, receiver, ts->interp->ids.send);
            r = send ? obj_call1(ts, send, v) : NULL;
            XDECREF(send);
        }
        DECREF(v);
        if (r) {
            PUSH(r);
            DISPATCH();
        }
        /* the iterator is done: its return value is StopIteration's value */
        Object *value = NULL;
        if (!err_occurred(ts)) {
            value = NEWREF(None);
        } else if (err_matches(ts, &ExcStopIteration)) {
            Object *e = err_fetch(ts);
            Object *val = ((BaseExceptionObject *)e)->value;
            value = NEWREF(val ? val : None);
            DECREF(e);
        } else {
            goto error;
        }
        sp--;
        DECREF(receiver);
        PUSH(value);
        ip = co->code + ARG();
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        Object *cause = ARG() == 2 ? POP() : NULL;
        Object *exc = ARG() >= 1 ? POP() : NULL;
        int rr = do_raise(ts, exc, cause);
        XDECREF(exc);
        XDECREF(cause);
        reraise = rr == 1;
        goto error;
    }

    TARGET(RERAISE) {
        Object *exc = POP();
        Object *old = ts->exc;
        ts->exc = exc;
        XDECREF(old);
        reraise = true;
        goto error;
    }

    TARGET(PUSH_EXC_INFO) {
        Object *exc = TOP();
        Object *prev = ts->handled_exc ? ts->handled_exc : NEWREF(None);
        SET_TOP(prev);
        PUSH(exc);
        INCREF(exc);
        ts->handled_exc = exc;
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        Object *prev = POP();
        Object *old = ts->handled_exc;
        if (prev == None) {
            ts->handled_exc = NULL;
            DECREF(prev);
        } else {
            ts->handled_exc = prev;
        }
        XDECREF(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        Object *type = POP(), *exc = TOP();
        if (check_exc_class(ts, type) < 0) {
            DECREF(type);
            goto error;
        }
        int r = obj_isinstance(ts, exc, type);
        DECREF(type);
        if (r < 0) goto error;
        PUSH(bool_from(r));
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        INCREF(&ExcAssertionError);
        PUSH((Object *)&ExcAssertionError);
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        Object *mgr = TOP();
        Object *exit = NULL;
        SAVE();
        Object *res = with_enter(ts, mgr, &exit);
        DECREF(mgr);
        if (!res) { sp--; goto error; }
        SET_TOP(exit);
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        Object *exc = TOP();
        Object *exit = PEEK(3);
        Object *tb = ((BaseExceptionObject *)exc)->traceback;
        Object *args[3] = {(Object *)TYPE(exc), exc, tb ? tb : None};
        SAVE();
        Object *r = obj_call(ts, exit, args, 3, NULL);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        Object *fromlist = POP(), *level = TOP();
        int64_t lv = 0;
        int_as_i64(level, &lv);
        SAVE();
        Object *m = imp_import(ts, names[ARG()], f->globals, fromlist == None ? NULL : fromlist, (int)lv);
        DECREF(fromlist);
        DECREF(level);
        SET_TOP(m);
        if (!m) { sp--; goto error; }
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        SAVE();
        Object *v = imp_import_from(ts, TOP(), names[ARG()]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        Object *m = POP();
        SAVE();
        int r = f->locals ? imp_import_star(ts, m, f->locals) : -1;
        if (!f->locals) err_set_string(ts, &ExcSystemError, "no locals found during 'import *'");
        DECREF(m);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        Object *v = POP();
        SAVE();
        int r = print_expr(ts, v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (!f->locals) {
            err_set_string(ts, &ExcSystemError, "no locals found when setting up annotations");
            goto error;
        }
        Object *key = str_intern_cstr_borrowed(ts, "__annotations__");
        if (!dict_get_str_borrowed(ts, f->locals, key)) {
            Object *d = dict_new(ts);
            if (!d || dict_set(ts, f->locals, key, d) < 0) { XDECREF(d); goto error; }
            DECREF(d);
        }
        DISPATCH();
    }

#ifndef MINIPY_COMPUTED_GOTO
    default:
        fatal_error("unknown opcode %d", INSTR_OP(word));
    }
#endif

traced: {
        /* one instruction about to run with tracing on: report, then run it */
        TRACED_UNFETCH();
        SAVE();
        int index = (int)(ip - co->code);
        uint32_t mask = TRACE_MASK(ts);
        if (mask & (TRACE_LINE | TRACE_MEM)) {
            /* a new line, or the same line again after a jump backwards */
            int line = co->positions[index].line;
            Opcode op = INSTR_OP(*ip);
            bool prologue = op == OP_MAKE_CELL || op == OP_COPY_FREE_VARS;   /* no line of its own */
            if (line > 0 && !prologue && (line != f->last_line || index <= f->last_index)) {
                if (mask & TRACE_MEM) trace_mem_line(ts);      /* what the last line did to memory */
                if (mask & TRACE_LINE) trace_line(ts, f, line);
            }
            if (line > 0 && !prologue) f->last_line = line;
            f->last_index = index;
        }
        if (mask & TRACE_MEM) trace_mem_op(ts, f, ip, sp);
        if (mask & TRACE_OP) trace_op(ts, f, ip, sp);
        if (TRACE_MASK(ts) & TRACE_SCOPE) trace_scope(ts, f, ip, sp);
        DISPATCH_TRACED();
    }

return_from_frame: {
        f->sp = sp;
        if (UNLIKELY(TRACE_MASK(ts) & TRACE_CALL)) trace_return(ts, f, retval);
        ts->recursion_depth--;
        f->suspended = false;
        if (f->is_entry) {
            ts->frame = f->back;
            return retval;
        }
        Frame *caller = f->back;
        if (LIKELY(sp == frame_stack_base(f) && !f->owns_code && !f->locals && !f->frame_obj)) {
            /* the common case, a function returning: only locals and func */
            for (int i = 0; i < co->nlocalsplus; i++) XDECREF(locals[i]);
            DECREF(f->func);
            if (UNLIKELY(f->frame_obj)) frame_object_forget(f);   /* made by a __del__ just now */
        } else {
            frame_clear(f);
        }
        frame_release(ts, f);
        f = caller;
        ts->frame = f;
        LOAD_FRAME();
        PUSH(retval);
        retval = NULL;
        DISPATCH();
    }

error: {
        f->sp = sp;
        int index = (int)(ip - co->code) - 1;
        if (index < 0) index = 0;
        if (!ts->exc) err_set_string(ts, &ExcSystemError, "error return without exception set");
        if (!reraise) {
            exc_add_traceback(ts, ts->exc, (Object *)co, f->globals, frame_object(ts, f), index,
                              code_line(co, index));
            if (UNLIKELY(TRACE_MASK(ts) & TRACE_CALL)) trace_exception(ts, f, ts->exc);
        }
        reraise = false;
        kwnames = NULL;
        const ExcEntry *h = code_find_handler(co, (uint32_t)index);
        if (h) {
            Object **target = frame_stack_base(f) + h->depth;
            while (sp > target) {
                Object *v = POP();
                XDECREF(v);
            }
            PUSH(err_fetch(ts));
            ip = co->code + h->handler;
            DISPATCH();
        }
        /* no handler here: leave the frame and look in the caller */
        if (UNLIKELY(TRACE_MASK(ts) & TRACE_CALL)) trace_return(ts, f, NULL);
        ts->recursion_depth--;
        f->suspended = false;
        if (f->is_entry) {
            ts->frame = f->back;
            while (sp > frame_stack_base(f)) {
                Object *v = POP();
                XDECREF(v);
            }
            f->sp = sp;
            return NULL;
        }
        Frame *caller = f->back;
        frame_clear(f);
        frame_release(ts, f);
        f = caller;
        ts->frame = f;
        LOAD_FRAME();
        goto error;
    }
}

/* ==== entry points ================================================================ */

/* Run [f], an entry frame, to completion (or to a yield). */
Object *eval_frame(ThreadState *ts, Frame *f, bool throwflag) {
    if (++ts->recursion_depth > ts->interp->recursion_limit) {
        ts->recursion_depth--;
        if (throwflag) return NULL;
        return err_set_string(ts, &ExcRecursionError, "maximum recursion depth exceeded");
    }
    return eval_loop(ts, f, throwflag);
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
    f->ip = f->code->code + INSTR_ARG(f->ip[-2]);   /* the SEND's target */
}

Object *eval_call_function(ThreadState *ts, FunctionObject *func, Object *const *args, size_t nargs,
                           Object *kwnames) {
    CodeObject *co = (CodeObject *)func->code;
    bool generator = (co->flags & CO_GENERATOR) != 0;
    Frame *f = frame_alloc(ts, co, generator);
    if (!f) return NULL;
    frame_setup(f, func);
    if (bind_arguments(ts, f, func, args, nargs, kwnames) < 0) {
        frame_clear(f);
        if (generator) free(f);
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
    Frame *f = frame_alloc(ts, co, false);
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
