/* mod_sys.c -- the sys module.
 *
 * Lesson 8 (imports): sys.path and sys.modules are the two halves of the
 * import system, and both are ordinary objects a program can look at and
 * change. Lesson 6 (memory): sys.getrefcount(x) shows an object's reference
 * count -- one higher than you might expect, because passing x to the
 * function is itself a reference. Lesson 10 (scaling): sys.getstats()
 * counts what the program's dict, set and sequence searches cost.
 */
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "exceptions.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "func.h"
#include "module.h"
#include "io.h"
#include "args.h"

#ifndef MINIPY_LIBDIR
#define MINIPY_LIBDIR "/usr/local/lib/minipy"
#endif


static CFUNC(sys_exit) {
    if (args_count(ts, "exit", nargs, 0, 1) < 0) return NULL;
    Object *t = tuple_from_array(ts, args, nargs);
    if (!t) return NULL;
    Object *e = exc_new(ts, &ExcSystemExit, t);
    DECREF(t);
    return e ? err_raise_steal(ts, e) : NULL;
}

static CFUNC(sys_getrecursionlimit) {
    if (args_exactly(ts, "sys.getrecursionlimit", nargs, kwnames, 0) < 0) return NULL;
    return int_from_i64(ts, ts->interp->recursion_limit);
}

static CFUNC(sys_setrecursionlimit) {
    if (args_exactly(ts, "sys.setrecursionlimit", nargs, kwnames, 1) < 0) return NULL;
    if (!int_check(args[0]))
        return err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(args[0]));
    /* any C int, as CPython: the C stack has its own guard (interp.c), so a
     * high limit lets Python-to-Python recursion go deep, and recursion
     * through C stops with RecursionError where the stack ends */
    int64_t v;
    if (!int_as_i64(args[0], &v) || v > INT32_MAX || v < INT32_MIN)
        return err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C int");
    if (v < 1) return err_set_string(ts, &ExcValueError, "recursion limit must be greater or equal than 1");
    /* CPython counts this call too (a METH_O builtin is guarded) */
    int depth = ts->recursion_depth + 1;
    if (depth >= v)
        return err_format(ts, &ExcRecursionError,
                          "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                          (long long)v, depth);
    ts->interp->recursion_limit = (int)v;
    return none_new();
}

static CFUNC(sys_getrefcount) {
    if (args_exactly(ts, "sys.getrefcount", nargs, kwnames, 1) < 0) return NULL;
    /* the argument on the caller's stack is one of the references counted,
     * as in CPython */
    return int_from_i64(ts, (int64_t)args[0]->refcnt);
}

static CFUNC(sys_getsizeof) {
    if (args_count(ts, "getsizeof", nargs, 1, 2) < 0) return NULL;
    Object *o = args[0];
    int64_t size = (int64_t)TYPE(o)->basicsize;
    if (TYPE(o)->flags & TYPE_FLAG_GC) size += (int64_t)sizeof(GCHead);
    if (str_check(o)) size += (int64_t)STR_SIZE(o) + 1;
    else if (tuple_check(o)) size += (int64_t)(TUPLE_SIZE(o) * sizeof(Object *));
    else if (list_check(o)) size += (int64_t)(((ListObject *)o)->cap * sizeof(Object *));
    return int_from_i64(ts, size);
}

static CFUNC(sys_intern) {
    if (args_exactly(ts, "sys.intern", nargs, kwnames, 1) < 0) return NULL;
    if (!str_check_exact(args[0]))
        return err_format(ts, &ExcTypeError, "intern() argument must be str, not %s", TYPE_NAME(args[0]));
    return str_intern(ts, args[0]);
}

static CFUNC(sys_exc_info) {
    if (args_exactly(ts, "sys.exc_info", nargs, kwnames, 0) < 0) return NULL;
    Object *e = ts->handled_exc;
    if (!e || e == None) return tuple_pack(ts, 3, None, None, None);
    Object *tb = ((BaseExceptionObject *)e)->traceback;
    return tuple_pack(ts, 3, (Object *)TYPE(e), e, tb ? tb : None);
}

static CFUNC(sys_exception) {
    if (args_exactly(ts, "sys.exception", nargs, kwnames, 0) < 0) return NULL;
    Object *e = ts->handled_exc;
    return NEWREF(e ? e : None);
}

static CFUNC(sys_get_int_max_str_digits) {
    if (args_exactly(ts, "sys.get_int_max_str_digits", nargs, kwnames, 0) < 0) return NULL;
    return int_from_i64(ts, ts->interp->int_max_str_digits);
}

static CFUNC(sys_set_int_max_str_digits) {
    static const char *const names[] = {"maxdigits", NULL};
    static const ArgSpec spec = {"set_int_max_str_digits", names, .required = 1};
    Object *a[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    int64_t v;
    if (!int_check(a[0]) || !int_as_i64(a[0], &v))
        return err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(a[0]));
    if (v != 0 && v < 640)
        return err_set_string(ts, &ExcValueError, "maxdigits must be 0 or larger than 640");
    ts->interp->int_max_str_digits = (int)v;
    return none_new();
}

/* sys.getstats() (minipy only; lesson 10): what the program's hash tables
 * and sequence searches have cost so far -- {'lookups': .., 'probes': ..,
 * 'comparisons': .., 'resizes': ..}. The dict returned is the interpreter's,
 * so reading it does not change the counts. */
static CFUNC(sys_getstats) {
    if (args_exactly(ts, "sys.getstats", nargs, kwnames, 0) < 0) return NULL;
    TableStats st = ts->interp->table_stats;
    Object *d = dict_new(ts);
    if (!d) return NULL;
    const struct { const char *name; uint64_t value; } items[] = {
        {"lookups", st.lookups}, {"probes", st.probes}, {"comparisons", st.comparisons}, {"resizes", st.resizes}};
    for (size_t i = 0; i < ARRAY_LEN(items); i++) {
        Object *v = int_from_i64(ts, (int64_t)items[i].value);
        int r = v ? dict_set_cstr(ts, d, items[i].name, v) : -1;
        XDECREF(v);
        if (r < 0) { DECREF(d); return NULL; }
    }
    return d;
}

static const MethodDef sys_functions[] = {
    {"getstats", sys_getstats, 0, "Return the hash-table statistics of this run (minipy only)."},
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, "Return the reference count of object."},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, METH_KEYWORDS, NULL},
    {NULL},
};

/* sys.path: the script's folder, then MINIPYPATH, then the library folder. */
static Object *make_path(ThreadState *ts, const InterpConfig *cfg) {
    Object *path = list_new(ts, 0);
    if (!path) return NULL;
    Object *s = str_from_cstr(ts, cfg && cfg->script_dir ? cfg->script_dir : "");
    if (!s || list_append_steal(ts, path, s) < 0) goto fail;
    const char *env = getenv("MINIPYPATH");
    if (env && *env) {
        const char *p = env;
        while (*p) {
            const char *colon = strchr(p, ':');
            size_t n = colon ? (size_t)(colon - p) : strlen(p);
            if (n) {
                s = str_new(ts, p, n);
                if (!s || list_append_steal(ts, path, s) < 0) goto fail;
            }
            if (!colon) break;
            p = colon + 1;
        }
    }
#ifdef MINIPY_SOURCE_LIBDIR
    s = str_from_cstr(ts, MINIPY_SOURCE_LIBDIR);
#else
    s = str_from_cstr(ts, MINIPY_LIBDIR);
#endif
    if (!s || list_append_steal(ts, path, s) < 0) goto fail;
    return path;
fail:
    DECREF(path);
    return NULL;
}

Object *sys_create(ThreadState *ts, const InterpConfig *cfg) {
    Object *m = module_new_cstr(ts, "sys");
    if (!m) return NULL;
    if (module_add_functions(ts, m, sys_functions) < 0) goto fail;
    Object *argv = list_new(ts, 0);
    if (!argv) goto fail;
    for (int i = 0; cfg && i < cfg->argc; i++) {
        Object *a = str_from_cstr(ts, cfg->argv[i]);
        if (!a || list_append_steal(ts, argv, a) < 0) { DECREF(argv); goto fail; }
    }
    if (!cfg || cfg->argc == 0) {
        Object *a = str_new(ts, "", 0);
        if (!a || list_append_steal(ts, argv, a) < 0) { DECREF(argv); goto fail; }
    }
    int r = module_add_object(ts, m, "argv", argv);
    DECREF(argv);
    if (r < 0) goto fail;
    Object *path = make_path(ts, cfg);
    if (!path) goto fail;
    ts->interp->sys_path = path;
    if (module_add_object(ts, m, "path", path) < 0) goto fail;
    if (module_add_object(ts, m, "modules", ts->interp->modules) < 0) goto fail;
    struct { const char *name; FILE *fp; const char *fname; const char *mode; } streams[] = {
        {"stdin", stdin, "<stdin>", "r"}, {"stdout", stdout, "<stdout>", "w"}, {"stderr", stderr, "<stderr>", "w"},
    };
    for (size_t i = 0; i < 3; i++) {
        Object *f = io_file_new(ts, streams[i].fp, streams[i].fname, streams[i].mode, false);
        if (!f) goto fail;
        char dunder[16];
        snprintf(dunder, sizeof dunder, "__%s__", streams[i].name);
        r = module_add_object(ts, m, streams[i].name, f) | module_add_object(ts, m, dunder, f);
        DECREF(f);
        if (r < 0) goto fail;
    }
    Object *vals[] = {
        int_from_i64(ts, INT64_MAX), str_from_cstr(ts, "3.11.0 (minipy " MINIPY_VERSION ")"),
        str_from_cstr(ts, "linux"), str_from_cstr(ts, "little"), str_from_cstr(ts, "minipy"),
        int_from_i64(ts, 0x030B00F0),
    };
    const char *names[] = {"maxsize", "version", "platform", "byteorder", "executable", "hexversion"};
    for (size_t i = 0; i < ARRAY_LEN(vals); i++) {
        if (!vals[i] || module_add_object(ts, m, names[i], vals[i]) < 0) {
            for (size_t j = i; j < ARRAY_LEN(vals); j++) XDECREF(vals[j]);
            goto fail;
        }
        DECREF(vals[i]);
    }
    Object *v3 = int_from_i64(ts, 3), *v11 = int_from_i64(ts, 11), *v0 = int_from_i64(ts, 0);
    Object *fin = str_from_cstr(ts, "final");
    Object *vi = fin ? tuple_pack(ts, 5, v3, v11, v0, fin, v0) : NULL;
    DECREF(v3); DECREF(v11); DECREF(v0); XDECREF(fin);
    if (!vi || module_add_object(ts, m, "version_info", vi) < 0) { XDECREF(vi); goto fail; }
    DECREF(vi);
    return m;
fail:
    DECREF(m);
    return NULL;
}
