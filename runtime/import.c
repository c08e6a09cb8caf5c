/* import.c -- how `import` finds, loads and caches modules.
 *
 * Lesson 8 (Truth 8: the search starts in the script's folder, not the
 * current directory, and a cached module is never searched again).
 * `import a.b` imports a, then a.b. For each name:
 *   1. sys.modules is asked first. A module found there is not searched for
 *      and not run again: that cache is why a second import is free, why an
 *      edited file is not reloaded, and why a circular import sees a module
 *      half run. None there stops the import.
 *   2. A built-in module (gc, math, ...) is made from C, from the table
 *      below, as CPython's built-in importer does.
 *   3. Otherwise each folder of the search path is tried in order -- for a
 *      top-level name sys.path (the script's folder, then MINIPYPATH, then
 *      minipy's library), for a submodule its package's __path__: first
 *      NAME/__init__.py (a package), then NAME.py. A folder NAME with
 *      neither makes a namespace package if nothing else is found (PEP 420).
 *   4. The new module is put in sys.modules *before* its code runs, so that
 *      a circular import finds it partly initialised; if its code raises it
 *      is taken out again. What sys.modules holds once the code has run is
 *      the result (a module may replace itself there).
 * Each step is reported to the event stream (--trace=import) as it is
 * taken.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import.h"
#include "exceptions.h"
#include "str.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "module.h"
#include "modules.h"
#include "source.h"
#include "sandbox.h"
#include "args.h"
#include "vm/run.h"
#include "code.h"
#include "frame.h"
#include "vm/eval.h"
#include "trace/events.h"
#include "weakref.h"
#include "common/strbuf.h"

typedef Object *(*ModuleInit)(ThreadState *ts);

/* The modules written in C, besides builtins and sys (made at start-up). */
static const struct { const char *name; ModuleInit init; } builtin_modules[] = {
    {"_imp", mod_imp_create},
    {"_thread", mod_thread_create},
    {"gc", mod_gc_create},
    {"math", mod_math_create},
    {"cmath", mod_cmath_create},
    {"time", mod_time_create},
    {"_collections", mod_collections_create},
    {"_random", mod_random_create},
    {"posix", mod_posix_create},
    {"_heapq", mod_heapq_create},
    {"_json", mod_json_create},
    {"_weakref", mod_weakref_create},
    {"select", mod_select_create},
    {"_asyncio", mod_asyncio_create},
    {"minipy", mod_minipy_create},
    {"atexit", mod_atexit_create},
    {"_warnings", mod_warnings_create},
    {"_struct", mod_struct_create},
    {"_hashlib", mod_hashlib_create},
    {"_blake2", mod_blake2_create},
    {"binascii", mod_binascii_create},
    {"_re", mod_re_create},
    {"_traceback", mod_traceback_create},
    {NULL, NULL},
};

static Object *modules_dict(ThreadState *ts) { return ts->interp->modules; }

static void report(ThreadState *ts, ImportEvent e) {
    if (!TRACE_ON(TRACE_IMPORT)) return;
    Frame *f = ts->frame;
    Event ev = {.kind = EV_IMPORT, .index = -1, .import = e,
                .line = f && f->code ? code_line(f->code, frame_lasti(f)) : 0};
    trace_emit(ts, &ev);
}

/* ---- finding ------------------------------------------------------------------ */

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The folder a search path entry names: '' is the current folder, made
 * absolute as CPython's path finder does, so that __file__ is absolute. */
static void entry_folder(StrBuf *b, Object *entry) {
    if (STR_SIZE(entry)) {
        strbuf_append(b, STR_DATA(entry), STR_SIZE(entry));
        return;
    }
    char cwd[PATH_MAX];
    strbuf_puts(b, getcwd(cwd, sizeof cwd) ? cwd : ".");
}

/* Where a module was found. */
typedef struct Found {
    StrBuf file;                  /* NAME/__init__.py or NAME.py; empty for a namespace package */
    Object *portions;             /* a namespace package's folders (a list), or NULL */
    bool package;
} Found;

static bool probe(ThreadState *ts, Object *fullname, const char *path, bool package) {
    bool found = is_file(path);
    report(ts, (ImportEvent){.step = IMPORT_PROBE, .name = fullname, .path = path, .found = found,
                             .package = package});
    return found;
}

/* Look for [name] (the last part of [fullname]) in the folders of [search].
 * 1 found (in *found), 0 not found, -1 with an exception. */
static int find_module(ThreadState *ts, Object *fullname, const char *name, Object *search, Found *found) {
    strbuf_init(&found->file);
    found->portions = NULL;
    found->package = false;
    for (size_t i = 0; i < LIST_SIZE(search); i++) {
        Object *entry = LIST_GET(search, i);
        if (!str_check(entry)) continue;              /* CPython skips what is not a str too */
        StrBuf dir;
        strbuf_init(&dir);
        entry_folder(&dir, entry);
        strbuf_printf(&dir, "/%s", name);
        strbuf_reset(&found->file);
        strbuf_printf(&found->file, "%s/__init__.py", dir.data);
        if (dir.failed || found->file.failed) {
            strbuf_free(&dir);
            err_no_memory(ts);
            return -1;
        }
        if (probe(ts, fullname, found->file.data, true)) {
            found->package = true;
            strbuf_free(&dir);
            return 1;
        }
        strbuf_reset(&found->file);
        strbuf_printf(&found->file, "%s.py", dir.data);
        if (found->file.failed) {
            strbuf_free(&dir);
            err_no_memory(ts);
            return -1;
        }
        if (probe(ts, fullname, found->file.data, false)) {
            strbuf_free(&dir);
            return 1;
        }
        if (is_dir(dir.data)) {
            /* a folder without __init__.py: a portion of a namespace package */
            if (!found->portions && !(found->portions = list_new(ts, 0))) {
                strbuf_free(&dir);
                return -1;
            }
            Object *d = str_new(ts, dir.data, dir.len);
            if (!d || list_append_steal(ts, found->portions, d) < 0) {
                strbuf_free(&dir);
                return -1;
            }
        }
        strbuf_free(&dir);
    }
    strbuf_reset(&found->file);
    if (found->portions) {
        found->package = true;
        report(ts, (ImportEvent){.step = IMPORT_NAMESPACE, .name = fullname,
                                 .path = STR_DATA(LIST_GET(found->portions, 0))});
        return 1;
    }
    return 0;
}

static void found_free(Found *found) {
    strbuf_free(&found->file);
    XDECREF(found->portions);
}

/* ---- loading --------------------------------------------------------------------- */

/* Run [module]'s code from [path] in its namespace, with the module marked
 * as initialising (for the circular-import message). New reference to the
 * result of the code (None), or NULL. */
static Object *exec_module(ThreadState *ts, Object *module, Object *fullname, const char *path, bool package) {
    size_t len;
    const char *src = source_text(ts->interp, path, &len);
    if (!src && errno == ENOMEM) return err_no_memory(ts);
    if (!src) {
        Object *p = str_from_cstr(ts, path);
        if (p) err_format(ts, &ExcImportError, "cannot read %R: %s", p, strerror(errno));
        XDECREF(p);
        return NULL;
    }
    report(ts, (ImportEvent){.step = IMPORT_EXEC, .name = fullname, .path = path, .package = package});
    ModuleObject *m = (ModuleObject *)module;
    bool was = m->initializing;
    m->initializing = true;
    Object *d = MODULE_DICT(module);
    Object *r = run_source(ts, src, len, path, RUN_EXEC_FILE, d, d);
    m->initializing = was;
    return r;
}

/* Give a new module for [fullname] what CPython's loader gives it. */
static int init_attributes(ThreadState *ts, Object *m, Object *fullname, const Found *found) {
    Interp *interp = ts->interp;
    Object *d = MODULE_DICT(m);
    if (dict_set(ts, d, interp->ids.__builtins__, interp->builtins_module) < 0) return -1;
    if (dict_set(ts, d, interp->ids.__spec__, None) < 0 || dict_set(ts, d, interp->ids.__loader__, None) < 0)
        return -1;
    Object *file = found->file.len ? str_new(ts, found->file.data, found->file.len) : NEWREF(None);
    if (!file || dict_set(ts, d, interp->ids.__file__, file) < 0) {
        XDECREF(file);
        return -1;
    }
    DECREF(file);
    Object *package;
    if (found->package) {
        Object *path_list;
        if (found->portions) {
            path_list = NEWREF(found->portions);
        } else {
            /* __path__: the package's own folder */
            const char *slash = strrchr(found->file.data, '/');
            Object *dir = str_new(ts, found->file.data, (size_t)(slash - found->file.data));
            path_list = dir ? list_new(ts, 0) : NULL;
            if (path_list && list_append_steal(ts, path_list, dir) < 0) CLEAR(path_list);
            else if (!path_list) XDECREF(dir);
        }
        if (!path_list || dict_set(ts, d, interp->ids.__path__, path_list) < 0) {
            XDECREF(path_list);
            return -1;
        }
        DECREF(path_list);
        package = NEWREF(fullname);
    } else {
        const char *dot = strrchr(STR_DATA(fullname), '.');
        package = dot ? str_new(ts, STR_DATA(fullname), (size_t)(dot - STR_DATA(fullname))) : str_new(ts, "", 0);
    }
    int r = package ? dict_set(ts, d, interp->ids.__package__, package) : -1;
    XDECREF(package);
    return r;
}

/* Make module [fullname] from what was found, put it in sys.modules and run
 * its code. New reference to what sys.modules then holds, or NULL. */
static Object *load_found(ThreadState *ts, Object *fullname, const Found *found) {
    if (found->file.len && sandbox_check_import(ts, found->file.data) < 0) return NULL;
    Object *m = module_new(ts, fullname);
    if (!m) return NULL;
    if (init_attributes(ts, m, fullname, found) < 0 || dict_set(ts, modules_dict(ts), fullname, m) < 0) {
        DECREF(m);
        return NULL;
    }
    if (!found->file.len) return m;                   /* a namespace package has no code */
    Object *r = exec_module(ts, m, fullname, found->file.data, found->package);
    report(ts, (ImportEvent){.step = IMPORT_DONE, .name = fullname, .ok = r != NULL});
    if (!r) {
        Object *saved = err_fetch(ts);
        dict_del_if_present(ts, modules_dict(ts), fullname);
        err_clear(ts);
        ts->exc = saved;
        DECREF(m);
        return NULL;
    }
    DECREF(r);
    /* the module in sys.modules is the result (the code may have replaced it) */
    Object *final = dict_get_borrowed(ts, modules_dict(ts), fullname);
    DECREF(m);
    if (!final) {
        if (!err_occurred(ts))
            err_format(ts, &ExcKeyError, "%R", fullname);   /* CPython: the module removed itself */
        return NULL;
    }
    return NEWREF(final);
}

static Object *not_found(ThreadState *ts, Object *fullname, Object *parent) {
    report(ts, (ImportEvent){.step = IMPORT_NOT_FOUND, .name = fullname});
    if (parent)
        err_format(ts, &ExcModuleNotFoundError, "No module named %R; %R is not a package", fullname,
                   ((ModuleObject *)parent)->name);
    else
        err_format(ts, &ExcModuleNotFoundError, "No module named %R", fullname);
    if (ts->exc) SETREF(((BaseExceptionObject *)ts->exc)->name, NEWREF(fullname));
    return NULL;
}

static Object *builtin_module(ThreadState *ts, Object *fullname) {
    for (size_t i = 0; builtin_modules[i].name; i++) {
        if (!str_eq_cstr(fullname, builtin_modules[i].name)) continue;
        report(ts, (ImportEvent){.step = IMPORT_BUILTIN, .name = fullname});
        Object *m = builtin_modules[i].init(ts);
        if (m && dict_set(ts, modules_dict(ts), fullname, m) < 0) CLEAR(m);
        return m;
    }
    return NULL;
}

/* The folders to search: [parent]'s __path__ for a submodule, else sys.path
 * as the program left it (a new reference to a list). NULL with no error:
 * [parent] is no package. */
static Object *search_path(ThreadState *ts, Object *fullname, Object *parent) {
    Object *search;
    if (parent) {
        search = obj_lookup_attr(ts, parent, ts->interp->ids.__path__);
        if (!search) return NULL;
    } else {
        Object *sys_dict = ts->interp->sys_module ? MODULE_DICT(ts->interp->sys_module) : NULL;
        search = sys_dict ? dict_get_cstr_borrowed(ts, sys_dict, "path") : NULL;
        if (!search) return err_format(ts, &ExcImportError, "sys.path not found: cannot import %R", fullname);
        INCREF(search);
    }
    if (!list_check(search)) SETREF(search, list_from_iterable(ts, search));
    return search;
}

/* Import exactly [fullname]; its parent package, if it has one, is imported
 * already ([parent], or NULL for a top-level name). New reference. */
static Object *import_one(ThreadState *ts, Object *fullname, Object *parent) {
    Object *m = dict_get_borrowed(ts, modules_dict(ts), fullname);
    if (m) {
        if (m == None) {
            err_format(ts, &ExcModuleNotFoundError, "import of %U halted; None in sys.modules", fullname);
            if (ts->exc) SETREF(((BaseExceptionObject *)ts->exc)->name, NEWREF(fullname));
            return NULL;
        }
        report(ts, (ImportEvent){.step = IMPORT_CACHED, .name = fullname, .value = m});
        return NEWREF(m);
    }
    if (err_occurred(ts)) return NULL;
    if (!parent) {
        m = builtin_module(ts, fullname);
        if (m || err_occurred(ts)) return m;
    }
    Object *search = search_path(ts, fullname, parent);
    if (!search) return err_occurred(ts) ? NULL : not_found(ts, fullname, parent);
    report(ts, (ImportEvent){.step = IMPORT_SEARCH, .name = fullname, .where = parent ? "__path__" : "sys.path"});
    const char *full = STR_DATA(fullname);
    const char *dot = strrchr(full, '.');
    Found found;
    int r = find_module(ts, fullname, dot ? dot + 1 : full, search, &found);
    DECREF(search);
    m = r > 0 ? load_found(ts, fullname, &found) : r == 0 ? not_found(ts, fullname, NULL) : NULL;
    found_free(&found);
    if (m && parent) {
        /* the submodule becomes an attribute of its package */
        Object *attr = str_intern_cstr(ts, dot + 1);
        if (!attr || obj_setattr(ts, parent, attr, m) < 0) err_clear(ts);
        XDECREF(attr);
    }
    return m;
}

/* Import [fullname] and each package above it: a, a.b, a.b.c. New
 * references to the top package (*top) and to the module itself. */
static Object *import_dotted(ThreadState *ts, Object *fullname, Object **top) {
    const char *s = STR_DATA(fullname);
    size_t n = STR_SIZE(fullname);
    Object *parent = NULL;
    *top = NULL;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '.') continue;
        Object *prefix = i == n ? NEWREF(fullname) : str_new(ts, s, i);
        Object *m = prefix ? import_one(ts, prefix, parent) : NULL;
        XDECREF(prefix);
        XDECREF(parent);
        if (!m) {
            XDECREF(*top);
            *top = NULL;
            return NULL;
        }
        if (!*top) *top = NEWREF(m);
        parent = m;
    }
    return parent;
}

/* ---- the import statement ----------------------------------------------------------- */

/* The absolute name of a relative import of [level] dots, as CPython's
 * resolve_name(): the package is __package__, else __name__ (cut at its
 * last dot unless the module is a package). */
static Object *resolve_name(ThreadState *ts, Object *name, Object *globals, int level) {
    if (level == 0) return NEWREF(name);
    if (!globals || !dict_check(globals)) return err_set_string(ts, &ExcKeyError, "'__name__' not in globals");
    Object *package = dict_get_str_borrowed(ts, globals, ts->interp->ids.__package__);
    Object *base;
    if (package && package != None) {
        if (!str_check(package)) return err_set_string(ts, &ExcTypeError, "package must be a string");
        base = NEWREF(package);
    } else {
        Object *modname = dict_get_str_borrowed(ts, globals, ts->interp->ids.__name__);
        if (!modname) return err_set_string(ts, &ExcKeyError, "'__name__' not in globals");
        if (!str_check(modname)) return err_set_string(ts, &ExcTypeError, "__name__ must be a string");
        if (dict_get_str_borrowed(ts, globals, ts->interp->ids.__path__)) {
            base = NEWREF(modname);
        } else {
            const char *dot = strrchr(STR_DATA(modname), '.');
            base = str_new(ts, STR_DATA(modname), dot ? (size_t)(dot - STR_DATA(modname)) : 0);
        }
    }
    if (!base) return NULL;
    const char *b = STR_DATA(base);
    size_t blen = STR_SIZE(base);
    if (blen == 0) {
        DECREF(base);
        return err_set_string(ts, &ExcImportError, "attempted relative import with no known parent package");
    }
    for (int i = 1; i < level; i++) {
        while (blen > 0 && b[blen - 1] != '.') blen--;
        if (blen == 0) {
            DECREF(base);
            return err_set_string(ts, &ExcImportError, "attempted relative import beyond top-level package");
        }
        blen--;                                       /* the dot itself */
    }
    Object *r;
    if (STR_SIZE(name) == 0) {
        r = str_new(ts, b, blen);
    } else {
        StrBuf full;
        strbuf_init(&full);
        strbuf_append(&full, b, blen);
        strbuf_appendc(&full, '.');
        strbuf_append(&full, STR_DATA(name), STR_SIZE(name));
        r = str_from_strbuf(ts, &full);
    }
    DECREF(base);
    return r;
}

/* `from package import x, y`: each name that is not yet an attribute of the
 * package is imported as a submodule (a missing one is left for
 * IMPORT_FROM to complain about); `*` means the package's __all__. */
static int import_fromlist(ThreadState *ts, Object *module, Object *fromlist, bool recursive) {
    Object *it = obj_iter(ts, fromlist);
    if (!it) return -1;
    Object *item;
    int status = 0;
    while (status == 0 && (item = obj_next(ts, it)) != NULL) {
        Object *modname = ((ModuleObject *)module)->name;
        if (!str_check(item)) {
            if (recursive)
                err_format(ts, &ExcTypeError, "Item in %U.__all__ must be str, not %s", modname, TYPE_NAME(item));
            else
                err_format(ts, &ExcTypeError, "Item in from list must be str, not %s", TYPE_NAME(item));
            status = -1;
        } else if (str_eq_cstr(item, "*")) {
            Object *all = recursive ? NULL : obj_lookup_attr(ts, module, ts->interp->ids.__all__);
            if (all) {
                status = import_fromlist(ts, module, all, true);
                DECREF(all);
            } else if (err_occurred(ts)) {
                status = -1;
            }
        } else {
            Object *has = obj_lookup_attr(ts, module, item);
            if (has) {
                DECREF(has);
            } else if (err_occurred(ts)) {
                status = -1;
            } else {
                Object *sub = str_format(ts, "%U.%U", modname, item);
                Object *sm = sub ? import_one(ts, sub, module) : NULL;
                if (sm) {
                    DECREF(sm);
                } else if (sub && err_matches(ts, &ExcModuleNotFoundError) &&
                           dict_get_borrowed(ts, modules_dict(ts), sub) != None) {
                    /* not a submodule after all: IMPORT_FROM will say so */
                    BaseExceptionObject *e = (BaseExceptionObject *)ts->exc;
                    if (e->name && str_check(e->name) && str_eq(e->name, sub)) err_clear(ts);
                    else status = -1;
                } else {
                    status = -1;
                }
                XDECREF(sub);
            }
        }
        DECREF(item);
    }
    DECREF(it);
    return status == 0 && err_occurred(ts) ? -1 : status;
}

Object *imp_import(ThreadState *ts, Object *name, Object *globals, Object *fromlist, int level) {
    if (!str_check(name)) return err_set_string(ts, &ExcTypeError, "module name must be a string");
    if (level < 0) return err_set_string(ts, &ExcValueError, "level must be >= 0");
    if (STR_SIZE(name) == 0 && level == 0) return err_set_string(ts, &ExcValueError, "Empty module name");
    int want_leaf = fromlist ? obj_is_true(ts, fromlist) : 0;
    if (want_leaf < 0) return NULL;
    report(ts, (ImportEvent){.step = IMPORT_REQUEST, .name = name, .fromlist = want_leaf ? fromlist : NULL,
                             .level = level});
    Object *full = resolve_name(ts, name, globals, level);
    if (!full) return NULL;
    Object *top;
    Object *m = import_dotted(ts, full, &top);
    DECREF(full);
    if (!m) return NULL;
    if (want_leaf) {
        DECREF(top);
        Object *path = obj_lookup_attr(ts, m, ts->interp->ids.__path__);
        if (path) {
            DECREF(path);
            if (import_fromlist(ts, m, fromlist, false) < 0) CLEAR(m);
        } else if (err_occurred(ts)) {
            CLEAR(m);
        }
        return m;
    }
    DECREF(m);
    return top;
}

Object *imp_import_from(ThreadState *ts, Object *module, Object *name) {
    Object *r = obj_lookup_attr(ts, module, name);
    if (r || err_occurred(ts)) return r;
    /* a submodule that is in sys.modules but not (yet) an attribute: a
     * circular import of a package's submodule */
    Object *modname = obj_lookup_attr(ts, module, ts->interp->ids.__name__);
    if (!modname) {
        if (!err_occurred(ts)) err_format(ts, &ExcImportError, "cannot import name %R", name);
        return NULL;
    }
    if (str_check(modname)) {
        Object *full = str_format(ts, "%U.%U", modname, name);
        Object *m = full ? dict_get_borrowed(ts, modules_dict(ts), full) : NULL;
        XDECREF(full);
        if (m) {
            DECREF(modname);
            return NEWREF(m);
        }
    }
    if (err_occurred(ts)) {
        DECREF(modname);
        return NULL;
    }
    Object *file = obj_lookup_attr(ts, module, ts->interp->ids.__file__);
    err_clear(ts);
    bool partial = TYPE(module) == &ModuleType && ((ModuleObject *)module)->initializing;
    if (partial && file && str_check(file))
        err_format(ts, &ExcImportError,
                   "cannot import name %R from partially initialized module %R (most likely due to a circular "
                   "import) (%U)", name, modname, file);
    else if (file && str_check(file))
        err_format(ts, &ExcImportError, "cannot import name %R from %R (%U)", name, modname, file);
    else
        err_format(ts, &ExcImportError, "cannot import name %R from %R (unknown location)", name, modname);
    if (ts->exc) {
        BaseExceptionObject *e = (BaseExceptionObject *)ts->exc;
        SETREF(e->name, NEWREF(modname));
        if (file && str_check(file)) SETREF(e->filename, NEWREF(file));
    }
    XDECREF(file);
    DECREF(modname);
    return NULL;
}

int imp_import_star(ThreadState *ts, Object *module, Object *locals) {
    Object *all = obj_lookup_attr(ts, module, ts->interp->ids.__all__);
    Object *names;
    bool skip_private = false;
    if (all) {
        names = list_from_iterable(ts, all);
        DECREF(all);
    } else {
        if (err_occurred(ts)) return -1;
        Object *d = obj_lookup_attr(ts, module, ts->interp->ids.__dict__);
        if (!d) {
            if (!err_occurred(ts))
                err_set_string(ts, &ExcImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        names = dict_check(d) ? dict_keys_list(ts, d) : list_from_iterable(ts, d);
        DECREF(d);
        skip_private = true;
    }
    if (!names) return -1;
    for (size_t i = 0; i < LIST_SIZE(names); i++) {
        Object *n = LIST_GET(names, i);
        if (!str_check(n)) {
            err_format(ts, &ExcTypeError, "%s in %U.%s must be str, not %s", skip_private ? "Key" : "Item",
                       ((ModuleObject *)module)->name, skip_private ? "__dict__" : "__all__", TYPE_NAME(n));
            DECREF(names);
            return -1;
        }
        if (skip_private && STR_DATA(n)[0] == '_') continue;
        Object *v = obj_getattr(ts, module, n);
        if (!v || obj_setitem(ts, locals, n, v) < 0) {
            XDECREF(v);
            DECREF(names);
            return -1;
        }
        report(ts, (ImportEvent){.step = IMPORT_BIND, .bound = n, .value = v});
        DECREF(v);
    }
    DECREF(names);
    return 0;
}

void imp_report_bind(ThreadState *ts, Object *name, Object *value) {
    report(ts, (ImportEvent){.step = IMPORT_BIND, .bound = name, .value = value});
}

/* ---- reload ------------------------------------------------------------------------ */

Object *imp_reload(ThreadState *ts, Object *module) {
    if (TYPE(module) != &ModuleType) return err_set_string(ts, &ExcTypeError, "reload() argument must be a module");
    Object *name = ((ModuleObject *)module)->name;
    if (!name || !str_check(name) || dict_get_borrowed(ts, modules_dict(ts), name) != module) {
        if (!err_occurred(ts))
            err_format(ts, &ExcImportError, "module %U not in sys.modules", name ? name : None);
        if (ts->exc) SETREF(((BaseExceptionObject *)ts->exc)->name, XNEWREF(name));
        return NULL;
    }
    /* a built-in module is not made again */
    for (size_t i = 0; builtin_modules[i].name; i++)
        if (str_eq_cstr(name, builtin_modules[i].name)) return NEWREF(module);
    if (module == ts->interp->sys_module || module == ts->interp->builtins_module) return NEWREF(module);
    /* found again, as CPython's reload searches again, and run in the same namespace */
    const char *full = STR_DATA(name);
    const char *dot = strrchr(full, '.');
    Object *parent = NULL;
    if (dot) {
        Object *pname = str_new(ts, full, (size_t)(dot - full));
        parent = pname ? dict_get_borrowed(ts, modules_dict(ts), pname) : NULL;
        if (pname && !parent && !err_occurred(ts))
            err_format(ts, &ExcImportError, "parent %R not in sys.modules", pname);
        XDECREF(pname);
        if (!parent) return NULL;
    }
    Object *search = search_path(ts, name, parent);
    if (!search) return err_occurred(ts) ? NULL : not_found(ts, name, parent);
    Found found;
    int r = find_module(ts, name, dot ? dot + 1 : full, search, &found);
    DECREF(search);
    Object *result = NULL;
    if (r == 0) {
        not_found(ts, name, NULL);
    } else if (r > 0 && found.file.len) {
        source_forget(ts->interp, found.file.data);
        Object *file = str_new(ts, found.file.data, found.file.len);
        if (file && dict_set(ts, MODULE_DICT(module), ts->interp->ids.__file__, file) == 0) {
            Object *ran = exec_module(ts, module, name, found.file.data, found.package);
            report(ts, (ImportEvent){.step = IMPORT_DONE, .name = name, .ok = ran != NULL});
            if (ran) {
                DECREF(ran);
                result = dict_get_borrowed(ts, modules_dict(ts), name);
                XINCREF(result);
                if (!result && !err_occurred(ts)) err_format(ts, &ExcKeyError, "%R", name);
            }
        }
        XDECREF(file);
    } else if (r > 0) {
        result = NEWREF(module);                      /* a namespace package: nothing to run */
    }
    found_free(&found);
    return result;
}

/* ---- _imp: the interpreter's side of importlib (lib/importlib) --------------------------- */

static CFUNC(imp_reload_fn) {
    if (args_exactly(ts, "reload", nargs, kwnames, 1) < 0) return NULL;
    return imp_reload(ts, args[0]);
}

static CFUNC(imp_is_builtin) {
    if (args_exactly(ts, "is_builtin", nargs, kwnames, 1) < 0) return NULL;
    if (!str_check(args[0])) return err_format(ts, &ExcTypeError, "is_builtin() argument must be str, not %s",
                                               args_type_name(args[0]));
    for (size_t i = 0; builtin_modules[i].name; i++)
        if (str_eq_cstr(args[0], builtin_modules[i].name)) return int_from_i64(ts, 1);
    return int_from_i64(ts, str_eq_cstr(args[0], "sys") || str_eq_cstr(args[0], "builtins"));
}

static const MethodDef imp_functions[] = {
    {"reload", imp_reload_fn, 0, "Run a module's code again in its namespace, found anew."},
    {"is_builtin", imp_is_builtin, 0, "1 if the module of this name is built into the interpreter."},
    {NULL},
};

Object *mod_imp_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "_imp");
    if (!m) return NULL;
    if (module_add_functions(ts, m, imp_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}

Object *imp_builtin_module_names(ThreadState *ts) {
    size_t n = 2;
    while (builtin_modules[n - 2].name) n++;
    Object *t = tuple_new(ts, n);
    if (!t) return NULL;
    /* sorted, as CPython's sys.builtin_module_names */
    const char *names[32];
    size_t k = 0;
    names[k++] = "builtins";
    names[k++] = "sys";
    for (size_t i = 0; builtin_modules[i].name; i++) names[k++] = builtin_modules[i].name;
    for (size_t i = 1; i < k; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            const char *x = names[j];
            names[j] = names[j - 1];
            names[j - 1] = x;
        }
    for (size_t i = 0; i < k; i++) {
        Object *s = str_intern_cstr(ts, names[i]);
        if (!s) {
            DECREF(t);
            return NULL;
        }
        TUPLE_SET_STEAL(t, i, s);
    }
    return t;
}
