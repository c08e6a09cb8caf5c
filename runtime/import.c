/* import.c -- how `import` finds, loads and caches modules.
 *
 * Lesson 8. `import a.b` imports a, then a.b. For each name:
 *   1. sys.modules is asked first; a module found there is never searched
 *      for again (that cache is why a second import is free, and why an
 *      edited file is not reloaded).
 *   2. A built-in module (sys, math, ...) is created from C.
 *   3. Otherwise each folder of the search path is probed in order -- for a
 *      top-level name sys.path (the script's folder, then MINIPYPATH, then
 *      the installed library folder), for a submodule the package's
 *      __path__: first NAME/__init__.py (a package), then NAME.py.
 *   4. The module object is put in sys.modules *before* its code runs, so
 *      that circular imports see the partly initialised module, and removed
 *      again if its code raises.
 */
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "import.h"
#include "exceptions.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "module.h"
#include "modules.h"
#include "source.h"
#include "vm/run.h"
#include "code.h"
#include "vm/eval.h"

typedef Object *(*ModuleInit)(ThreadState *ts);

static const struct { const char *name; ModuleInit init; } builtin_modules[] = {
    {"math", mod_math_create},
    {"gc", mod_gc_create},
    {"time", mod_time_create},
    {NULL, NULL},
};

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static Object *modules_dict(ThreadState *ts) { return ts->interp->modules; }

/* Load the source file [path] as module [fullname]; [pkgdir] is set for a
 * package (its __path__). */
static Object *load_source(ThreadState *ts, Object *fullname, const char *path, const char *pkgdir) {
    size_t len;
    const char *src = source_text(ts->interp, path, &len);
    if (!src && errno == ENOMEM) return err_no_memory(ts);
    if (!src) {
        Object *p = str_from_cstr(ts, path);
        err_format(ts, &ExcImportError, "cannot read %R", p);
        XDECREF(p);
        return NULL;
    }
    Object *m = module_new(ts, fullname);
    if (!m) return NULL;
    Object *d = MODULE_DICT(m);
    Object *file = str_from_cstr(ts, path);
    int ok = file && dict_set(ts, d, ts->interp->ids.__file__, file) == 0 &&
             dict_set(ts, d, ts->interp->ids.__builtins__, ts->interp->builtins_module) == 0;
    XDECREF(file);
    Object *package = NULL;
    if (ok && pkgdir) {
        Object *dir = str_from_cstr(ts, pkgdir);
        Object *path_list = dir ? list_new(ts, 0) : NULL;
        ok = path_list && list_append(ts, path_list, dir) == 0 &&
             dict_set(ts, d, ts->interp->ids.__path__, path_list) == 0;
        XDECREF(dir);
        XDECREF(path_list);
        package = NEWREF(fullname);
    } else if (ok) {
        const char *dot = strrchr(STR_DATA(fullname), '.');
        package = dot ? str_new(ts, STR_DATA(fullname), (size_t)(dot - STR_DATA(fullname)))
                      : str_new(ts, "", 0);
    }
    ok = ok && package && dict_set(ts, d, ts->interp->ids.__package__, package) == 0;
    XDECREF(package);
    if (!ok || dict_set(ts, modules_dict(ts), fullname, m) < 0) {
        DECREF(m);
        return NULL;
    }
    Object *r = run_source(ts, src, len, path, RUN_EXEC_FILE, d, d);
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
    if (final) {
        DECREF(m);
        return NEWREF(final);
    }
    return m;
}

/* Find and load [fullname] whose last component is [name], searching the
 * folders of [search] (a list of str). NULL with no error: not found. */
static Object *find_and_load(ThreadState *ts, Object *fullname, const char *name, Object *search) {
    for (size_t i = 0; i < LIST_SIZE(search); i++) {
        Object *dir = LIST_GET(search, i);
        if (!str_check(dir)) continue;
        const char *d = STR_SIZE(dir) ? STR_DATA(dir) : ".";
        StrBuf p;
        strbuf_init(&p);
        strbuf_printf(&p, "%s/%s/__init__.py", d, name);
        if (p.failed) {
            strbuf_free(&p);
            return err_no_memory(ts);
        }
        if (is_file(p.data)) {
            StrBuf pkg;
            strbuf_init(&pkg);
            strbuf_printf(&pkg, "%s/%s", d, name);
            if (pkg.failed) {
                strbuf_free(&pkg);
                strbuf_free(&p);
                return err_no_memory(ts);
            }
            Object *m = load_source(ts, fullname, p.data, pkg.data);
            strbuf_free(&pkg);
            strbuf_free(&p);
            return m ? m : (err_occurred(ts) ? NULL : NULL);
        }
        strbuf_reset(&p);
        strbuf_printf(&p, "%s/%s.py", d, name);
        if (p.failed) {
            strbuf_free(&p);
            return err_no_memory(ts);
        }
        if (is_file(p.data)) {
            Object *m = load_source(ts, fullname, p.data, NULL);
            strbuf_free(&p);
            return m;
        }
        strbuf_free(&p);
    }
    return NULL;
}

static Object *not_found(ThreadState *ts, Object *fullname) {
    err_format(ts, &ExcModuleNotFoundError, "No module named %R", fullname);
    if (ts->exc) SETREF(((BaseExceptionObject *)ts->exc)->name, NEWREF(fullname));
    return NULL;
}

/* Import exactly [fullname] (its parent already imported: [parent] or NULL). */
static Object *import_one(ThreadState *ts, Object *fullname, Object *parent) {
    Object *m = dict_get_borrowed(ts, modules_dict(ts), fullname);
    if (m) {
        if (m == None) return not_found(ts, fullname);
        return NEWREF(m);
    }
    if (err_occurred(ts)) return NULL;
    const char *full = STR_DATA(fullname);
    const char *dot = strrchr(full, '.');
    const char *name = dot ? dot + 1 : full;
    if (!parent) {
        for (size_t i = 0; builtin_modules[i].name; i++) {
            if (strcmp(builtin_modules[i].name, full) == 0) {
                m = builtin_modules[i].init(ts);
                if (!m) return NULL;
                if (dict_set(ts, modules_dict(ts), fullname, m) < 0) { DECREF(m); return NULL; }
                return m;
            }
        }
    }
    Object *search;
    if (parent) {
        search = obj_lookup_attr(ts, parent, ts->interp->ids.__path__);
        if (!search) {
            if (err_occurred(ts)) return NULL;
            err_format(ts, &ExcModuleNotFoundError, "No module named %R; %R is not a package",
                       fullname, ((ModuleObject *)parent)->name);
            if (ts->exc) SETREF(((BaseExceptionObject *)ts->exc)->name, NEWREF(fullname));
            return NULL;
        }
    } else {
        search = NEWREF(ts->interp->sys_path);
    }
    if (!list_check(search)) {
        Object *l = list_from_iterable(ts, search);
        DECREF(search);
        if (!l) return NULL;
        search = l;
    }
    m = find_and_load(ts, fullname, name, search);
    DECREF(search);
    if (!m && !err_occurred(ts)) return not_found(ts, fullname);
    if (m && parent) {
        /* bind the submodule as an attribute of its package */
        Object *attr = str_intern_cstr(ts, name);
        if (!attr || obj_setattr(ts, parent, attr, m) < 0) err_clear(ts);
        XDECREF(attr);
    }
    return m;
}

/* The absolute name for a relative import of [level] dots. */
static Object *resolve_name(ThreadState *ts, Object *name, Object *globals, int level) {
    if (level == 0) return NEWREF(name);
    Object *package = globals ? dict_get_str_borrowed(ts, globals, ts->interp->ids.__package__) : NULL;
    Object *base = NULL;
    if (package && str_check(package) && STR_SIZE(package)) {
        base = NEWREF(package);
    } else {
        Object *modname = globals ? dict_get_str_borrowed(ts, globals, ts->interp->ids.__name__) : NULL;
        Object *path = globals ? dict_get_str_borrowed(ts, globals, ts->interp->ids.__path__) : NULL;
        if (modname && str_check(modname)) {
            if (path) base = NEWREF(modname);
            else {
                const char *dot = strrchr(STR_DATA(modname), '.');
                if (dot) base = str_new(ts, STR_DATA(modname), (size_t)(dot - STR_DATA(modname)));
            }
        }
    }
    if (!base || STR_SIZE(base) == 0) {
        XDECREF(base);
        return err_set_string(ts, &ExcImportError, "attempted relative import with no known parent package");
    }
    const char *b = STR_DATA(base);
    size_t blen = STR_SIZE(base);
    for (int i = 1; i < level; i++) {
        const char *dot = NULL;
        for (size_t k = blen; k > 0; k--) if (b[k - 1] == '.') { dot = b + k - 1; break; }
        if (!dot) {
            DECREF(base);
            return err_set_string(ts, &ExcImportError, "attempted relative import beyond top-level package");
        }
        blen = (size_t)(dot - b);
    }
    Object *r = STR_SIZE(name) ? str_format(ts, "%.*s.%U", (int)blen, b, name) : str_new(ts, b, blen);
    DECREF(base);
    return r;
}

Object *imp_import(ThreadState *ts, Object *name, Object *globals, Object *fromlist, int level) {
    if (level < 0) return err_set_string(ts, &ExcValueError, "level must be >= 0");
    if (STR_SIZE(name) == 0 && level == 0) return err_set_string(ts, &ExcValueError, "Empty module name");
    Object *full = resolve_name(ts, name, globals, level);
    if (!full) return NULL;
    /* import each prefix: a, a.b, a.b.c */
    const char *s = STR_DATA(full);
    size_t n = STR_SIZE(full);
    Object *parent = NULL, *top = NULL, *m = NULL;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '.') continue;
        Object *prefix = str_new(ts, s, i);
        if (!prefix) goto error;
        m = import_one(ts, prefix, parent);
        DECREF(prefix);
        if (!m) goto error;
        if (!top) top = NEWREF(m);
        XDECREF(parent);
        parent = m;
    }
    bool want_leaf = fromlist && obj_is_true(ts, fromlist) > 0;
    if (want_leaf) {
        /* from package import submodule: import the submodules named */
        Object *path = obj_lookup_attr(ts, m, ts->interp->ids.__path__);
        if (path) {
            DECREF(path);
            Object *it = obj_iter(ts, fromlist);
            Object *item;
            while (it && (item = obj_next(ts, it)) != NULL) {
                if (str_check(item) && !str_eq_cstr(item, "*")) {
                    Object *has = obj_lookup_attr(ts, m, item);
                    if (has) {
                        DECREF(has);
                    } else if (!err_occurred(ts)) {
                        Object *sub = str_format(ts, "%U.%U", full, item);
                        Object *sm = sub ? import_one(ts, sub, m) : NULL;
                        if (!sm && err_matches(ts, &ExcModuleNotFoundError)) err_clear(ts);
                        XDECREF(sm);
                        XDECREF(sub);
                    }
                }
                DECREF(item);
                if (err_occurred(ts)) break;
            }
            XDECREF(it);
            if (err_occurred(ts)) goto error;
        } else if (err_occurred(ts)) {
            goto error;
        }
        DECREF(top);
        DECREF(full);
        return m;
    }
    XDECREF(m);
    DECREF(full);
    if (level > 0) {
        /* `import .x` is not syntax; __import__ with level and no fromlist
         * returns the top package of the resolved name */
        return top;
    }
    return top;
error:
    XDECREF(parent);
    XDECREF(top);
    DECREF(full);
    return NULL;
}

Object *imp_import_from(ThreadState *ts, Object *module, Object *name) {
    Object *r = obj_lookup_attr(ts, module, name);
    if (r || err_occurred(ts)) return r;
    Object *modname = obj_lookup_attr(ts, module, ts->interp->ids.__name__);
    err_clear(ts);
    if (modname && str_check(modname)) {
        Object *full = str_format(ts, "%U.%U", modname, name);
        Object *m = full ? dict_get_borrowed(ts, modules_dict(ts), full) : NULL;
        XDECREF(full);
        if (m) { DECREF(modname); return NEWREF(m); }
        err_clear(ts);
        Object *file = obj_lookup_attr(ts, module, ts->interp->ids.__file__);
        err_clear(ts);
        if (file && str_check(file))
            err_format(ts, &ExcImportError, "cannot import name %R from %R (%U)", name, modname, file);
        else
            err_format(ts, &ExcImportError, "cannot import name %R from %R (unknown location)", name, modname);
        XDECREF(file);
        if (ts->exc) SETREF(((BaseExceptionObject *)ts->exc)->name, NEWREF(modname));
        DECREF(modname);
        return NULL;
    }
    XDECREF(modname);
    return err_format(ts, &ExcImportError, "cannot import name %R from %R", name, module);
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
            if (!err_occurred(ts)) err_set_string(ts, &ExcImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        names = dict_keys_list(ts, d);
        DECREF(d);
        skip_private = true;
    }
    if (!names) return -1;
    for (size_t i = 0; i < LIST_SIZE(names); i++) {
        Object *n = LIST_GET(names, i);
        if (!str_check(n)) continue;
        if (skip_private && STR_DATA(n)[0] == '_') continue;
        Object *v = obj_getattr(ts, module, n);
        if (!v || obj_setitem(ts, locals, n, v) < 0) {
            XDECREF(v);
            DECREF(names);
            return -1;
        }
        DECREF(v);
    }
    DECREF(names);
    return 0;
}
