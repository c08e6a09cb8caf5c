/* mod_gc.c -- the `gc` module: the cycle collector's controls, as CPython 3.11's.
 *
 * Lesson 6 (memory). Reference counting frees most objects the moment they
 * are dropped; this module is the handle on the other half, the collector
 * of runtime/gc.c that finds groups of objects referring only to each
 * other. A program can run it (collect() returns how many unreachable
 * objects it found), switch its automatic runs off and on, read and set the
 * thresholds and counts of the three generations, ask whether an object is
 * tracked, and watch collections (set_debug(DEBUG_STATS), gc.callbacks).
 *
 * Everything here is a thin layer: the state lives in the interpreter's
 * GCState (runtime/interp.h) and the work in runtime/gc.c. Start reading
 * at fn_collect(). Argument errors use CPython's exact wording; the
 * differences from CPython (what is tracked, what is counted) are listed in
 * the essay of runtime/gc.c.
 */
#include <limits.h>
#include <string.h>

#include "modules.h"
#include "module.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "func.h"
#include "exceptions.h"
#include "args.h"


/* A C int as PyArg_ParseTuple's "i" converts it (set_threshold): other
 * messages than args_c_int's. */
static int as_c_int_tuple_style(ThreadState *ts, Object *o, int *out) {
    if (!int_check(o)) {
        err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(o));
        return -1;
    }
    int64_t v;
    if (!int_as_i64(o, &v)) {
        err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C long");
        return -1;
    }
    if (v > INT_MAX) {
        err_set_string(ts, &ExcOverflowError, "signed integer is greater than maximum");
        return -1;
    }
    if (v < INT_MIN) {
        err_set_string(ts, &ExcOverflowError, "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* collect(generation=2) and get_objects(generation=None): one argument,
 * by position or keyword; *out stays NULL when it is not given. */
static const char *const generation_param[] = {"generation", NULL};
static const ArgSpec collect_spec = {"collect", generation_param};
static const ArgSpec get_objects_spec = {"get_objects", generation_param};

/* gc.collect(generation=2): run a collection; the number of unreachable
 * objects found. */
static CFUNC(fn_collect) {
    Object *arg;
    if (args_parse(ts, &collect_spec, args, nargs, kwnames, &arg) < 0) return NULL;
    int generation = 2;
    if (arg && args_c_int(ts, arg, &generation) < 0) return NULL;
    ssize_t n = gc_collect(ts, generation);
    return n < 0 ? NULL : int_from_i64(ts, n);
}

static CFUNC(fn_enable) {
    if (args_exactly(ts, "gc.enable", nargs, kwnames, 0) < 0) return NULL;
    ts->interp->gc.enabled = true;
    return none_new();
}

static CFUNC(fn_disable) {
    if (args_exactly(ts, "gc.disable", nargs, kwnames, 0) < 0) return NULL;
    ts->interp->gc.enabled = false;
    return none_new();
}

static CFUNC(fn_isenabled) {
    if (args_exactly(ts, "gc.isenabled", nargs, kwnames, 0) < 0) return NULL;
    return bool_from(ts->interp->gc.enabled);
}

/* (count0, count1, count2): containers allocated minus freed since the
 * last collection of generation 0; collections of the younger generation
 * since the last collection of generations 1 and 2. */
static CFUNC(fn_get_count) {
    if (args_exactly(ts, "gc.get_count", nargs, kwnames, 0) < 0) return NULL;
    GCState *gc = &ts->interp->gc;
    Object *c[3] = {int_from_i64(ts, gc->gen[0].count), int_from_i64(ts, gc->gen[1].count),
                    int_from_i64(ts, gc->gen[2].count)};
    Object *t = c[0] && c[1] && c[2] ? tuple_pack(ts, 3, c[0], c[1], c[2]) : NULL;
    for (int i = 0; i < 3; i++) XDECREF(c[i]);
    return t;
}

static CFUNC(fn_get_threshold) {
    if (args_exactly(ts, "gc.get_threshold", nargs, kwnames, 0) < 0) return NULL;
    GCState *gc = &ts->interp->gc;
    Object *c[3] = {int_from_i64(ts, gc->gen[0].threshold), int_from_i64(ts, gc->gen[1].threshold),
                    int_from_i64(ts, gc->gen[2].threshold)};
    Object *t = c[0] && c[1] && c[2] ? tuple_pack(ts, 3, c[0], c[1], c[2]) : NULL;
    for (int i = 0; i < 3; i++) XDECREF(c[i]);
    return t;
}

/* set_threshold(threshold0[, threshold1[, threshold2]]); 0 for the first
 * switches automatic collection off. */
static CFUNC(fn_set_threshold) {
    if (args_no_kwargs(ts, "set_threshold", kwnames) < 0 || args_count_tuple(ts, "set_threshold", nargs, 1, 3) < 0)
        return NULL;
    int v[3];
    for (size_t i = 0; i < nargs; i++)
        if (as_c_int_tuple_style(ts, args[i], &v[i]) < 0) return NULL;
    GCState *gc = &ts->interp->gc;
    for (size_t i = 0; i < nargs; i++) gc->gen[i].threshold = v[i];
    return none_new();
}

/* get_objects(generation=None): the tracked containers, as a new list. */
static CFUNC(fn_get_objects) {
    Object *arg;
    if (args_parse(ts, &get_objects_spec, args, nargs, kwnames, &arg) < 0) return NULL;
    int generation = -1;
    if (arg && arg != None) {
        if (!int_check(arg))
            return err_format(ts, &ExcTypeError, "argument should be integer or None, not '%s'",
                              TYPE_NAME(arg));
        int64_t v;
        if (!int_as_i64(arg, &v))
            return err_set_string(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
        /* -1 is also CPython's "no argument", so it means all generations */
        if (v >= 3)
            return err_format(ts, &ExcValueError,
                              "generation parameter must be less than the number of available generations (3)");
        if (v < -1) return err_set_string(ts, &ExcValueError, "generation parameter cannot be negative");
        generation = (int)v;
    }
    return gc_get_objects(ts, generation);
}

static CFUNC(fn_is_tracked) {
    if (args_exactly(ts, "gc.is_tracked", nargs, kwnames, 1) < 0) return NULL;
    Object *o = args[0];
    return bool_from(obj_is_gc(o) && gc_is_tracked(o));
}

/* is_finalized(obj): has the collector (or a dealloc) run obj's finalizer? */
static CFUNC(fn_is_finalized) {
    if (args_exactly(ts, "gc.is_finalized", nargs, kwnames, 1) < 0) return NULL;
    Object *o = args[0];
    return bool_from(obj_is_gc(o) && (AS_GC(o)->gc_flags & GC_FINALIZED));
}

static CFUNC(fn_set_debug) {
    if (args_exactly(ts, "gc.set_debug", nargs, kwnames, 1) < 0) return NULL;
    int flags;
    if (args_c_int(ts, args[0], &flags) < 0) return NULL;
    ts->interp->gc.debug = flags;
    return none_new();
}

static CFUNC(fn_get_debug) {
    if (args_exactly(ts, "gc.get_debug", nargs, kwnames, 0) < 0) return NULL;
    return int_from_i64(ts, ts->interp->gc.debug);
}

/* get_stats(): per generation, the collections run, the objects collected
 * and the uncollectable ones (always 0: every cycle can be freed). */
static CFUNC(fn_get_stats) {
    if (args_exactly(ts, "gc.get_stats", nargs, kwnames, 0) < 0) return NULL;
    GCState *gc = &ts->interp->gc;
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    for (int i = 0; i < 3; i++) {
        Object *d = dict_new(ts);
        if (!d || list_append_steal(ts, list, d) < 0) goto error;
        int64_t vals[3] = {gc->collections[i], gc->collected[i], gc->uncollectable[i]};
        const char *keys[3] = {"collections", "collected", "uncollectable"};
        for (int k = 0; k < 3; k++) {
            Object *v = int_from_i64(ts, vals[k]);
            int r = v ? dict_set_cstr(ts, d, keys[k], v) : -1;
            XDECREF(v);
            if (r < 0) goto error;
        }
    }
    return list;
error:
    DECREF(list);
    return NULL;
}

static CFUNC(fn_freeze) {
    if (args_exactly(ts, "gc.freeze", nargs, kwnames, 0) < 0) return NULL;
    gc_freeze(ts);
    return none_new();
}

static CFUNC(fn_unfreeze) {
    if (args_exactly(ts, "gc.unfreeze", nargs, kwnames, 0) < 0) return NULL;
    gc_unfreeze(ts);
    return none_new();
}

static CFUNC(fn_get_freeze_count) {
    if (args_exactly(ts, "gc.get_freeze_count", nargs, kwnames, 0) < 0) return NULL;
    return int_from_i64(ts, (int64_t)gc_freeze_count(ts));
}

static CFUNC(fn_get_referrers) {
    if (args_no_kwargs(ts, "get_referrers", kwnames) < 0) return NULL;
    return gc_get_referrers(ts, args, nargs);
}

static CFUNC(fn_get_referents) {
    if (args_no_kwargs(ts, "get_referents", kwnames) < 0) return NULL;
    return gc_get_referents(ts, args, nargs);
}

/* METH_KEYWORDS everywhere: each function checks its keywords itself, to
 * say "gc.enable() takes no keyword arguments" as CPython does. */
static const MethodDef gc_functions[] = {
    {"collect", fn_collect, METH_KEYWORDS,
     "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\n"
     "may be an integer specifying which generation to collect.  A ValueError\n"
     "is raised if the generation number is invalid.\n\nThe number of unreachable objects is returned."},
    {"enable", fn_enable, METH_KEYWORDS,
     "Enable automatic garbage collection."},
    {"disable", fn_disable, METH_KEYWORDS,
     "Disable automatic garbage collection."},
    {"isenabled", fn_isenabled, METH_KEYWORDS,
     "Returns true if automatic garbage collection is enabled."},
    {"get_count", fn_get_count, METH_KEYWORDS,
     "Return a three-tuple of the current collection counts."},
    {"get_threshold", fn_get_threshold, METH_KEYWORDS,
     "Return the current collection thresholds."},
    {"set_threshold", fn_set_threshold, METH_KEYWORDS,
     "Set the collection thresholds (the first 0: no automatic collection)."},
    {"get_objects", fn_get_objects, METH_KEYWORDS,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"is_tracked", fn_is_tracked, METH_KEYWORDS,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", fn_is_finalized, METH_KEYWORDS,
     "Returns true if the object has been already finalized by the GC."},
    {"set_debug", fn_set_debug, METH_KEYWORDS,
     "Set the garbage collection debugging flags."},
    {"get_debug", fn_get_debug, METH_KEYWORDS,
     "Get the garbage collection debugging flags."},
    {"get_stats", fn_get_stats, METH_KEYWORDS,
     "Return a list of dictionaries containing per-generation statistics."},
    {"freeze", fn_freeze, METH_KEYWORDS,
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", fn_unfreeze, METH_KEYWORDS,
     "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", fn_get_freeze_count, METH_KEYWORDS,
     "Return the number of objects in the permanent generation."},
    {"get_referrers", fn_get_referrers, METH_KEYWORDS,
     "Return the list of objects that directly refer to any of objs."},
    {"get_referents", fn_get_referents, METH_KEYWORDS,
     "Return the list of objects that are directly referred to by objs."},
    {NULL},
};

static int add_int(ThreadState *ts, Object *m, const char *name, int64_t v) {
    Object *o = int_from_i64(ts, v);
    if (!o) return -1;
    int r = module_add_object(ts, m, name, o);
    DECREF(o);
    return r;
}

Object *mod_gc_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "gc");
    if (!m) return NULL;
    Object *garbage = gc_garbage_borrowed(ts);
    Object *callbacks = garbage ? gc_callbacks_borrowed(ts) : NULL;
    if (!callbacks || module_add_functions(ts, m, gc_functions) < 0 ||
        module_add_object(ts, m, "garbage", garbage) < 0 ||
        module_add_object(ts, m, "callbacks", callbacks) < 0 ||
        add_int(ts, m, "DEBUG_STATS", GC_DEBUG_STATS) < 0 ||
        add_int(ts, m, "DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE) < 0 ||
        add_int(ts, m, "DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE) < 0 ||
        add_int(ts, m, "DEBUG_SAVEALL", GC_DEBUG_SAVEALL) < 0 ||
        add_int(ts, m, "DEBUG_LEAK", GC_DEBUG_LEAK) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
