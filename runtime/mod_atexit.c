/* mod_atexit.c -- the `atexit` module: functions the program asks to have
 * called when it ends.
 *
 * Lesson 8 (what happens when a program ends), with threads (lesson 5)
 * and weakref.finalize (lesson 6). CPython's end of a program, in order:
 *   1. the threads that are no daemons run to their end (threading._shutdown);
 *   2. the atexit functions run, the last registered first;
 *   3. the modules are taken apart and the finalizers left run.
 * vm/run.c calls atexit_run() between 1 and 3. A function that raises is
 * reported as "Exception ignored in atexit callback: <function ...>", a
 * SystemExit included: by then the exit status is decided.
 *
 * The registered calls live in the interpreter (Interp.atexit_calls), a
 * list of (func, arguments, keyword names) in the order they were given:
 * the arguments as a call passes them (the positional ones, then the
 * keyword values), so that running one is a plain obj_call(). unregister()
 * puts None where it removes, as CPython 3.11 does, which is why
 * _ncallbacks() still counts them.
 */
#include "modules.h"
#include "interp.h"
#include "exceptions.h"
#include "module.h"
#include "list.h"
#include "tuple.h"
#include "int.h"
#include "args.h"

/* register(func, *args, **kwargs): func, after remembering the call. */
static CFUNC(atexit_register) {
    if (nargs == 0) return err_set_string(ts, &ExcTypeError, "register() takes at least 1 argument (0 given)");
    if (!TYPE(args[0])->call) return err_set_string(ts, &ExcTypeError, "the first argument must be callable");
    Interp *interp = ts->interp;
    if (!interp->atexit_calls && !(interp->atexit_calls = list_new(ts, 0))) return NULL;
    size_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    Object *arguments = tuple_from_array(ts, args + 1, nargs - 1 + nkw);
    Object *entry = arguments ? tuple_pack(ts, 3, args[0], arguments, kwnames ? kwnames : None) : NULL;
    XDECREF(arguments);
    if (!entry || list_append(ts, interp->atexit_calls, entry) < 0) {
        XDECREF(entry);
        return NULL;
    }
    DECREF(entry);
    return NEWREF(args[0]);
}

/* unregister(func): forget every call of func (compared with ==). */
static CFUNC(atexit_unregister) {
    if (args_exactly(ts, "unregister", nargs, kwnames, 1) < 0) return NULL;
    Object *calls = ts->interp->atexit_calls;
    for (size_t i = 0; calls && i < LIST_SIZE(calls); i++) {
        Object *entry = LIST_GET(calls, i);
        if (entry == None) continue;
        INCREF(entry);                   /* == may run Python code that unregisters too */
        int same = obj_richcompare_bool(ts, TUPLE_GET(entry, 0), args[0], CMP_EQ);
        DECREF(entry);
        if (same < 0) return NULL;
        if (same && i < LIST_SIZE(calls) && LIST_GET(calls, i) == entry) {
            INCREF(None);
            LIST_GET(calls, i) = None;
            DECREF(entry);
        }
    }
    return none_new();
}

int atexit_run(ThreadState *ts) {
    int ran = 0;
    /* taken away first: a function that registers another does not make this loop longer */
    Object *calls = ts->interp->atexit_calls;
    ts->interp->atexit_calls = NULL;
    for (size_t i = calls ? LIST_SIZE(calls) : 0; i-- > 0;) {
        Object *entry = LIST_GET(calls, i);
        if (entry == None) continue;
        Object *func = TUPLE_GET(entry, 0), *arguments = TUPLE_GET(entry, 1), *kw = TUPLE_GET(entry, 2);
        size_t nkw = kw == None ? 0 : TUPLE_SIZE(kw);
        Object *r = obj_call(ts, func, TUPLE_ITEMS(arguments), TUPLE_SIZE(arguments) - nkw,
                             kw == None ? NULL : kw);
        if (r) DECREF(r);
        else err_write_unraisable_msg(ts, "in atexit callback", func);
        ran++;
    }
    XDECREF(calls);
    return ran;
}

static CFUNC(atexit_run_exitfuncs) {
    if (args_exactly(ts, "_run_exitfuncs", nargs, kwnames, 0) < 0) return NULL;
    atexit_run(ts);
    return none_new();
}

static CFUNC(atexit_clear) {
    if (args_exactly(ts, "_clear", nargs, kwnames, 0) < 0) return NULL;
    CLEAR(ts->interp->atexit_calls);
    return none_new();
}

static CFUNC(atexit_ncallbacks) {
    if (args_exactly(ts, "_ncallbacks", nargs, kwnames, 0) < 0) return NULL;
    Object *calls = ts->interp->atexit_calls;
    return int_from_i64(ts, calls ? (int64_t)LIST_SIZE(calls) : 0);
}

static const MethodDef atexit_functions[] = {
    {"register", atexit_register, METH_KEYWORDS,
     "Register a function to be executed upon normal program termination\n\n"
     "    func - function to be called at exit\n"
     "    args - optional arguments to pass to func\n"
     "    kwargs - optional keyword arguments to pass to func\n\n"
     "    func is returned to facilitate usage as a decorator."},
    {"unregister", atexit_unregister, 0,
     "Unregister an exit function which was previously registered using\n"
     "atexit.register\n\n"
     "    func - function to be unregistered"},
    {"_run_exitfuncs", atexit_run_exitfuncs, 0, "Run all registered exit functions.\n\n"
     "If a callback raises an exception, it is logged with sys.unraisablehook."},
    {"_clear", atexit_clear, 0, "Clear the list of previously registered exit functions."},
    {"_ncallbacks", atexit_ncallbacks, 0, "Return the number of registered exit functions."},
    {NULL},
};

Object *mod_atexit_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "atexit");
    if (!m) return NULL;
    if (module_add_functions(ts, m, atexit_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
