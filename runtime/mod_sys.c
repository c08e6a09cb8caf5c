/* mod_sys.c -- the sys module.
 *
 * Lesson 8 (imports): sys.path and sys.modules are the two halves of the
 * import system, and both are ordinary objects a program can look at and
 * change. Lesson 6 (memory): sys.getrefcount(x) shows an object's reference
 * count -- one higher than you might expect, because passing x to the
 * function is itself a reference. Lesson 10 (scaling): sys.getstats()
 * counts what the program's dict, set and sequence searches cost. Lesson 5
 * (the GIL): sys.setswitchinterval() says how often it changes hands.
 */
#include <float.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include "builtins.h"
#include "frame.h"
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
#include "import.h"
#include "float.h"
#include "structseq.h"
#include "namespace.h"
#include "gil.h"

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

/* Lesson 5: how long a thread may hold the GIL while another waits for it
 * (runtime/gil.c); 0.005 s unless changed. */
static CFUNC(sys_getswitchinterval) {
    if (args_exactly(ts, "sys.getswitchinterval", nargs, kwnames, 0) < 0) return NULL;
    return float_new(ts, gil_get_interval(ts->interp));
}

static CFUNC(sys_setswitchinterval) {
    if (args_exactly(ts, "sys.setswitchinterval", nargs, kwnames, 1) < 0) return NULL;
    double interval;
    if (float_as_double(ts, args[0], &interval) < 0) return NULL;
    if (!(interval > 0.0)) return err_set_string(ts, &ExcValueError, "switch interval must be strictly positive");
    gil_set_interval(ts->interp, interval);
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

/* _getframe(depth=0): the frame object of the Python function [depth]
 * calls up from the caller (C functions have no frames). warnings.warn()
 * finds the line to blame with it. */
static CFUNC(sys_getframe) {
    if (args_no_kwargs(ts, "_getframe", kwnames) < 0 || args_count(ts, "_getframe", nargs, 0, 1) < 0) return NULL;
    int depth = 0;
    if (nargs && args_c_int(ts, args[0], &depth) < 0) return NULL;
    Frame *f = ts->frame;
    while (f && !f->code) f = f->back;
    for (; f && depth > 0; depth--) {
        f = f->back;
        while (f && !f->code) f = f->back;
    }
    if (!f) return err_set_string(ts, &ExcValueError, "call stack is not deep enough");
    Object *fo = frame_object(ts, f);
    return fo ? fo : err_no_memory(ts);
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

static const char *const asyncgen_hooks_fields[] = {"firstiter", "finalizer", NULL};
STRUCTSEQ_TYPE(SysAsyncgenHooksType, "asyncgen_hooks",
               "asyncgen_hooks\n\nA named tuple providing information about asynchronous\n"
               "generators hooks.  The attributes are read only.", asyncgen_hooks_fields);

/* ---- async generator hooks (runtime/asyncgen.c calls them) ------------- */

/* sys.set_asyncgen_hooks(firstiter=..., finalizer=...): what an event loop
 * installs so that it hears of every async generator that starts, and gets
 * the ones that die unfinished to close them on the loop. Per thread, as
 * in CPython; a parameter not given keeps its hook, None removes it. */
static CFUNC(sys_set_asyncgen_hooks) {
    static const char *const names[] = {"firstiter", "finalizer", NULL};
    static const ArgSpec spec = {"set_asyncgen_hooks", names};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    for (int i = 1; i >= 0; i--)
        if (a[i] && a[i] != None && !TYPE(a[i])->call)
            return err_format(ts, &ExcTypeError, "callable %s expected, got %s", names[i], TYPE_NAME(a[i]));
    Object **slots[2] = {&ts->asyncgen_firstiter, &ts->asyncgen_finalizer};
    for (int i = 0; i < 2; i++)
        if (a[i]) SETREF(*slots[i], a[i] == None ? NULL : NEWREF(a[i]));
    return none_new();
}

static CFUNC(sys_get_asyncgen_hooks) {
    if (args_exactly(ts, "get_asyncgen_hooks", nargs, kwnames, 0) < 0) return NULL;
    Object *v[2] = {ts->asyncgen_firstiter ? ts->asyncgen_firstiter : None,
                    ts->asyncgen_finalizer ? ts->asyncgen_finalizer : None};
    return structseq_new(ts, &SysAsyncgenHooksType, v);
}

/* sys.excepthook(type, value, traceback): print [value] with its
 * traceback to stderr, as an uncaught exception is printed (asyncio's
 * exception handler reports "Task exception was never retrieved" with it). */
static CFUNC(sys_excepthook) {
    if (args_exactly(ts, "excepthook", nargs, kwnames, 3) < 0) return NULL;
    if (!exc_is_exception_instance(args[1]))
        return err_format(ts, &ExcTypeError, "print_exception(): Exception expected for value, %s found",
                          TYPE_NAME(args[1]));
    fflush(stdout);
    exc_print(ts, args[1]);
    fflush(stderr);
    return none_new();
}

static const MethodDef sys_functions[] = {
    {"excepthook", sys_excepthook, 0, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"getstats", sys_getstats, 0, "Return the hash-table statistics of this run (minipy only)."},
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, METH_KEYWORDS,
     "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects."},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, 0,
     "get_asyncgen_hooks()\n\nReturn the installed asynchronous generators hooks.\n\n"
     "This returns a namedtuple of the form (firstiter, finalizer)."},
    {"getswitchinterval", sys_getswitchinterval, 0, NULL},
    {"setswitchinterval", sys_setswitchinterval, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, "Return the reference count of object."},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"_getframe", sys_getframe, 0,
     "Return a frame object from the call stack.\n\n"
     "If optional integer depth is given, return the frame object that many\n"
     "calls below the top of the stack.  If that is deeper than the call\n"
     "stack, ValueError is raised.  The default for depth is zero, returning\n"
     "the frame at the top of the call stack.\n\n"
     "This function should be used for internal and specialized purposes\n"
     "only."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, METH_KEYWORDS, NULL},
    {NULL},
};

/* minipy's library of modules written in Python (lib/ in the source), found
 * from where the executable is, so that a build tree and an installed copy
 * both work: PREFIX/bin/minipy reads PREFIX/lib/minipy, and BUILD/minipy
 * (or a test in BUILD/tests) reads BUILD/lib/minipy, a link to the source's
 * lib/ that CMake makes. The first folder of these that exists; if none
 * does, the installed place, so that sys.path always names one. malloc'd. */
char *sys_library_folder(void) {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return strdup(MINIPY_LIBDIR);
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) *slash = '\0';                     /* the executable's folder */
    static const char *const tails[] = {"/../lib/minipy", "/lib/minipy", "/../../lib/minipy"};
    char *first = NULL;
    for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
        char candidate[PATH_MAX + 32];
        snprintf(candidate, sizeof candidate, "%s%s", exe, tails[i]);
        char *real = realpath(candidate, NULL);
        if (real) {
            free(first);
            return real;
        }
        if (!first) first = strdup(candidate);
    }
    return first;
}

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
    char *lib = sys_library_folder();
    s = lib ? str_from_cstr(ts, lib) : NULL;
    free(lib);
    if (!s || list_append_steal(ts, path, s) < 0) goto fail;
    return path;
fail:
    DECREF(path);
    return NULL;
}

/* ---- sys.version_info, sys.implementation, sys.flags ------------------- */

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
STRUCTSEQ_TYPE(SysVersionInfoType, "sys.version_info",
               "sys.version_info\n\nVersion information as a named tuple.", version_info_fields);

/* Python's flags (the -X and -O options and their environment variables)
 * as minipy has them: it writes no bytecode files and has no site module,
 * it always reads and writes UTF-8, and its str hashes are fixed unless
 * MINIPYHASHSEED asks for another key (see README: hashing). */
static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
    "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
    "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits", NULL};
STRUCTSEQ_TYPE(SysFlagsType, "sys.flags",
               "sys.flags\n\nFlags provided through command line arguments or environment vars.", flags_fields);

/* sys.hash_info: the parameters of hash(), as CPython's on a 64-bit
 * machine, which minipy's are (runtime/int.c, float.c: the numeric hash
 * modulo 2**61 - 1; runtime/str.c: SipHash-1-3 over str's bytes) */
static const char *const hash_info_fields[] = {
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff", NULL};
STRUCTSEQ_TYPE(SysHashInfoType, "sys.hash_info",
               "hash_info\n\nA named tuple providing parameters used for computing\n"
               "hashes. The attributes are read only.", hash_info_fields);

static int add_hash_info(ThreadState *ts, Object *m) {
    const int64_t ints[] = {64, ((int64_t)1 << 61) - 1, 314159, 0, 1000003, 0, 64, 128, 0};
    Object *v[9];
    bool ok = true;
    for (int i = 0; i < 9; i++) {
        v[i] = i == 5 ? str_from_cstr(ts, "siphash13") : int_from_i64(ts, ints[i]);
        ok = ok && v[i];
    }
    Object *info = ok ? structseq_new(ts, &SysHashInfoType, v) : NULL;
    for (int i = 0; i < 9; i++) XDECREF(v[i]);
    int r = info ? module_add_object(ts, m, "hash_info", info) : -1;
    XDECREF(info);
    return r;
}

/* sys.float_info: the C double minipy's floats are, from <float.h> */
static const char *const float_info_fields[] = {
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
    "rounds", NULL};
STRUCTSEQ_TYPE(SysFloatInfoType, "sys.float_info",
               "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\n"
               "information about the precision and internal representation. Please study\n"
               "your system's :file:`float.h` for more information.", float_info_fields);

static int add_float_info(ThreadState *ts, Object *m) {
    Object *v[11] = {float_new(ts, DBL_MAX), int_from_i64(ts, DBL_MAX_EXP), int_from_i64(ts, DBL_MAX_10_EXP),
                     float_new(ts, DBL_MIN), int_from_i64(ts, DBL_MIN_EXP), int_from_i64(ts, DBL_MIN_10_EXP),
                     int_from_i64(ts, DBL_DIG), int_from_i64(ts, DBL_MANT_DIG), float_new(ts, DBL_EPSILON),
                     int_from_i64(ts, FLT_RADIX), int_from_i64(ts, 1)};
    bool ok = true;
    for (int i = 0; i < 11; i++) ok = ok && v[i];
    Object *info = ok ? structseq_new(ts, &SysFloatInfoType, v) : NULL;
    for (int i = 0; i < 11; i++) XDECREF(v[i]);
    int r = info ? module_add_object(ts, m, "float_info", info) : -1;
    XDECREF(info);
    return r;
}

/* version_info(major, minor, micro, 'final', 0) */
static Object *version_tuple(ThreadState *ts, int major, int minor, int micro) {
    Object *v[5] = {int_from_i64(ts, major), int_from_i64(ts, minor), int_from_i64(ts, micro),
                    str_from_cstr(ts, "final"), int_from_i64(ts, 0)};
    Object *r = NULL;
    if (v[0] && v[1] && v[2] && v[3] && v[4]) r = structseq_new(ts, &SysVersionInfoType, v);
    for (int i = 0; i < 5; i++) XDECREF(v[i]);
    return r;
}

/* sys.version_info (the language: 3.11) and sys.implementation (the
 * interpreter: minipy and its own version; cache_tag None, because minipy
 * caches no compiled modules on disk). */
static int add_version_info(ThreadState *ts, Object *m) {
    Object *vi = version_tuple(ts, 3, 11, 0);
    if (!vi || module_add_object(ts, m, "version_info", vi) < 0) {
        XDECREF(vi);
        return -1;
    }
    DECREF(vi);
    int major = 0, minor = 0, micro = 0;
    sscanf(MINIPY_VERSION, "%d.%d.%d", &major, &minor, &micro);
    Object *values[4] = {str_from_cstr(ts, "minipy"), NEWREF(None), version_tuple(ts, major, minor, micro),
                         int_from_i64(ts, (major << 24) | (minor << 16) | (micro << 8) | 0xF0)};
    Object *names = tuple_new(ts, 4);
    const char *keys[] = {"name", "cache_tag", "version", "hexversion"};
    for (int i = 0; names && i < 4; i++) TUPLE_SET_STEAL(names, i, str_from_cstr(ts, keys[i]));
    Object *impl = NULL;
    if (values[0] && values[2] && values[3] && names) {
        bool named = true;
        for (int i = 0; i < 4; i++) named = named && TUPLE_GET(names, i);
        if (named) impl = namespace_new(ts, values, names);
    }
    for (int i = 0; i < 4; i++) XDECREF(values[i]);
    XDECREF(names);
    if (!impl || module_add_object(ts, m, "implementation", impl) < 0) {
        XDECREF(impl);
        return -1;
    }
    DECREF(impl);
    return 0;
}

static int add_flags(ThreadState *ts, Object *m, const InterpConfig *cfg) {
    const char *seed = cfg ? cfg->hash_seed : NULL;
    bool random_hash = seed && *seed && strcmp(seed, "0") != 0;
    /* debug .. int_max_str_digits, in order; -2 and -3 are False and True */
    const int values[] = {0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, random_hash, 0, -2, 1, 0, -2, -1};
    Object *v[ARRAY_LEN(values)];
    bool ok = true;
    for (size_t i = 0; i < ARRAY_LEN(values); i++) {
        v[i] = values[i] == -2 ? bool_from(false) : int_from_i64(ts, values[i]);
        ok = ok && v[i];
    }
    Object *flags = ok ? structseq_new(ts, &SysFlagsType, v) : NULL;
    for (size_t i = 0; i < ARRAY_LEN(values); i++) XDECREF(v[i]);
    if (!flags || module_add_object(ts, m, "flags", flags) < 0) {
        XDECREF(flags);
        return -1;
    }
    DECREF(flags);
    return 0;
}

Object *sys_create(ThreadState *ts, const InterpConfig *cfg) {
    Object *m = module_new_cstr(ts, "sys");
    if (!m) return NULL;
    if (module_add_functions(ts, m, sys_functions) < 0 || add_hash_info(ts, m) < 0 || add_float_info(ts, m) < 0) goto fail;
    Object *hook = obj_getattr_cstr(ts, m, "excepthook");    /* the original, kept */
    int hooked = hook ? module_add_object(ts, m, "__excepthook__", hook) : -1;
    XDECREF(hook);
    if (hooked < 0) goto fail;
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
    Object *builtin_names = imp_builtin_module_names(ts);
    r = builtin_names ? module_add_object(ts, m, "builtin_module_names", builtin_names) : -1;
    XDECREF(builtin_names);
    if (r < 0) goto fail;
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
    if (add_version_info(ts, m) < 0 || add_flags(ts, m, cfg) < 0) goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}
