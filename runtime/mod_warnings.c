/* mod_warnings.c -- `_warnings`: warnings.warn() and warn_explicit(), and
 * the filters they consult.
 *
 * The errors-and-exceptions part of the course: a warning is an exception
 * class (UserWarning, DeprecationWarning, ...) that is usually printed
 * and not raised. What happens to one is decided by the first matching
 * entry of warnings.filters, a list of (action, message, category, module,
 * lineno) tuples:
 *   "error"    raise it; "ignore" drop it; "always" print it every time;
 *   "default"  print it once per place (module registry key: text,
 *              category, line); "module" and "once" once per module
 *              (key: text, category -- CPython's C code keeps "once" in
 *              the module's registry too, so it means "once per module").
 * Each module's __warningregistry__ remembers what it has shown; it is
 * emptied when the filters change (its "version" entry, compared with a
 * counter that _filters_mutated() moves on).
 *
 * As in CPython, this part is in C so that a warning turned into an error
 * raises where warn() was called, with no frames of the warnings module in
 * its traceback; lib/warnings.py adds the rest in Python (simplefilter,
 * catch_warnings, formatwarning, showwarning). When lib/warnings.py has
 * been imported, its filters, onceregistry and defaultaction are the ones
 * consulted (catch_warnings replaces the list) and its _showwarnmsg()
 * prints; before that, the interpreter's own list and err_warn_show().
 * Start reading at warnings_warn_explicit().
 */
#include "modules.h"
#include "interp.h"
#include "exceptions.h"
#include "module.h"
#include "frame.h"
#include "code.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "str.h"
#include "int.h"
#include "args.h"

/* ---- the state ---------------------------------------------------------------- */

/* The interpreter's filters, made on first use: CPython 3.11's defaults. */
static Object *own_filters(ThreadState *ts) {
    Interp *interp = ts->interp;
    if (interp->warn_filters) return interp->warn_filters;
    static const struct { const char *action; TypeObject *category; const char *module; } defaults[] = {
        {"default", &ExcDeprecationWarning, "__main__"},
        {"ignore", &ExcDeprecationWarning, NULL},
        {"ignore", &ExcPendingDeprecationWarning, NULL},
        {"ignore", &ExcImportWarning, NULL},
        {"ignore", &ExcResourceWarning, NULL},
    };
    Object *list = list_new(ts, 0);
    for (size_t i = 0; list && i < ARRAY_LEN(defaults); i++) {
        Object *action = str_from_cstr(ts, defaults[i].action);
        Object *module = defaults[i].module ? str_from_cstr(ts, defaults[i].module) : NEWREF(None);
        Object *zero = int_from_i64(ts, 0);
        Object *item = action && module && zero
                           ? tuple_pack(ts, 5, action, None, (Object *)defaults[i].category, module, zero) : NULL;
        XDECREF(action);
        XDECREF(module);
        XDECREF(zero);
        if (!item || list_append(ts, list, item) < 0) CLEAR(list);
        XDECREF(item);
    }
    interp->warn_filters = list;
    return list;
}

static Object *own_once_registry(ThreadState *ts) {
    if (!ts->interp->warn_once) ts->interp->warn_once = dict_new(ts);
    return ts->interp->warn_once;
}

static Object *own_default_action(ThreadState *ts) {
    if (!ts->interp->warn_default_action) ts->interp->warn_default_action = str_from_cstr(ts, "default");
    return ts->interp->warn_default_action;
}

/* warnings.[name] when lib/warnings.py has been imported (new reference);
 * NULL without an exception when it has not, or has no such attribute;
 * NULL with the exception when looking failed (no memory). */
static Object *python_side(ThreadState *ts, const char *name) {
    Object *warnings = dict_get_cstr_borrowed(ts, ts->interp->modules, "warnings");
    if (!warnings || warnings == None) return NULL;
    INCREF(warnings);
    Object *key = str_from_cstr(ts, name);
    Object *v = key ? obj_lookup_attr(ts, warnings, key) : NULL;
    XDECREF(key);
    DECREF(warnings);
    return v;
}

/* One of the three pieces of state: the Python module's if there is one,
 * checked as CPython checks it, else ours. New reference, or NULL with
 * the exception. */
static Object *state_piece(ThreadState *ts, const char *name, Object *(*own)(ThreadState *),
                           bool (*check)(Object *), const char *complaint) {
    Object *v = python_side(ts, name);
    if (!v) {
        if (err_occurred(ts)) return NULL;
        v = own(ts);
        return v ? NEWREF(v) : NULL;
    }
    if (!check(v)) {
        DECREF(v);
        return err_set_string(ts, &ExcTypeError, complaint);
    }
    return v;
}

static bool is_list(Object *o) { return list_check(o); }
static bool is_dict(Object *o) { return dict_check(o); }
static bool is_str(Object *o) { return str_check(o); }

/* ---- a registry: what a module has shown ------------------------------------- */

/* 1 when [key] is in [registry] (and true), 0 when not -- then it is put
 * there if [set]; -1 with the exception. A registry from before the last
 * change of the filters is emptied first. */
static int already_warned(ThreadState *ts, Object *registry, Object *key, bool set) {
    Object *version = dict_get_cstr_borrowed(ts, registry, "version");
    if (!version && err_occurred(ts)) return -1;
    int64_t v;
    if (!version || !int_check_exact(version) || !int_as_i64(version, &v) || v != ts->interp->warn_filters_version) {
        dict_clear(registry);
        Object *now = int_from_i64(ts, ts->interp->warn_filters_version);
        int r = now ? dict_set_cstr(ts, registry, "version", now) : -1;
        XDECREF(now);
        if (r < 0) return -1;
    } else {
        Object *seen = dict_get_borrowed(ts, registry, key);
        if (!seen && err_occurred(ts)) return -1;
        if (seen) {
            int t = obj_is_true(ts, seen);
            if (t != 0) return t;
        }
    }
    return set ? dict_set(ts, registry, key, True) : 0;
}

/* registry[(text, category)]: "module" and "once" */
static int update_registry(ThreadState *ts, Object *registry, Object *text, Object *category) {
    Object *key = tuple_pack(ts, 2, text, category);
    if (!key) return -1;
    int r = already_warned(ts, registry, key, true);
    DECREF(key);
    return r;
}

/* ---- the filters ------------------------------------------------------------- */

/* A filter's message or module part against [text]: None matches all, a
 * str must be equal, anything else is asked .match(text) (a compiled
 * pattern, from filterwarnings()). 1, 0, or -1 with the exception. */
static int matches(ThreadState *ts, Object *pattern, Object *text) {
    if (pattern == None) return 1;
    if (str_check_exact(pattern)) return str_check(text) && obj_richcompare_bool(ts, pattern, text, CMP_EQ);
    Object *match = obj_getattr_cstr(ts, pattern, "match");
    Object *r = match ? obj_call1(ts, match, text) : NULL;
    XDECREF(match);
    if (!r) return -1;
    int t = obj_is_true(ts, r);
    DECREF(r);
    return t;
}

/* The action of the first filter that matches (new reference), with the
 * filter in *item (new reference, or NULL for the default action). */
static Object *find_action(ThreadState *ts, Object *category, Object *text, int64_t lineno, Object *module,
                           Object **item) {
    *item = NULL;
    Object *filters = state_piece(ts, "filters", own_filters, is_list, "_warnings.filters must be a list");
    if (!filters) return NULL;
    for (size_t i = 0; i < LIST_SIZE(filters); i++) {
        Object *f = LIST_GET(filters, i);
        if (!tuple_check(f) || TUPLE_SIZE(f) != 5) {
            DECREF(filters);
            return err_format(ts, &ExcValueError, "_warnings.filters item %zu isn't a 5-tuple", i);
        }
        INCREF(f);                           /* .match() may change the list */
        Object *action = TUPLE_GET(f, 0), *msg = TUPLE_GET(f, 1), *cat = TUPLE_GET(f, 2);
        Object *mod = TUPLE_GET(f, 3), *ln = TUPLE_GET(f, 4);
        if (!str_check(action)) {
            err_format(ts, &ExcTypeError, "action must be a string, not '%s'", TYPE_NAME(action));
            goto failed;
        }
        int good = matches(ts, msg, text);
        if (good > 0) good = obj_issubclass(ts, category, cat);
        if (good > 0) good = matches(ts, mod, module);
        if (good > 0) {
            int64_t line;
            if (!int_check(ln) || !int_as_i64(ln, &line)) {
                err_set_string(ts, &ExcTypeError, "an integer is required");
                goto failed;
            }
            good = line == 0 || line == lineno;
        }
        if (good < 0) goto failed;
        if (good) {
            DECREF(filters);
            *item = f;
            return NEWREF(action);
        }
        DECREF(f);
        continue;
    failed:
        DECREF(f);
        DECREF(filters);
        return NULL;
    }
    DECREF(filters);
    Object *action = state_piece(ts, "defaultaction", own_default_action, is_str,
                                 "_warnings.defaultaction must be a string");
    return action;
}

/* ---- showing one ------------------------------------------------------------- */

static int show(ThreadState *ts, Object *category, Object *text, Object *message, Object *filename,
                int64_t lineno, Object *source) {
    Object *showmsg = python_side(ts, "_showwarnmsg");
    if (!showmsg && err_occurred(ts)) return -1;
    if (!showmsg) {
        /* lib/warnings.py not imported: the interpreter prints it (a
         * category is a class: message = category(text) worked) */
        Object *t = obj_str(ts, text);
        if (!t) return -1;
        if (TYPE(category)->flags & TYPE_FLAG_TYPE_SUBCLASS) {
            err_warn_show(ts, (TypeObject *)category, STR_DATA(filename), (int)lineno, STR_DATA(t));
            /* an object the warning is about: CPython then suggests
             * tracemalloc, which minipy does not have */
            if (source)
                fprintf(stderr, "%s: Enable tracemalloc to get the object allocation traceback\n",
                        ((TypeObject *)category)->name);
            fflush(stderr);
        }
        DECREF(t);
        return 0;
    }
    int r = -1;
    Object *make = python_side(ts, "WarningMessage");
    if (!TYPE(showmsg)->call) {
        err_set_string(ts, &ExcTypeError, "warnings._showwarnmsg() must be set to a callable");
    } else if (err_occurred(ts)) {
        /* looking for WarningMessage failed */
    } else if (make) {
        Object *line = int_from_i64(ts, lineno);
        Object *argv[7] = {message, category, filename, line, None, None, source ? source : None};
        Object *msg = line ? obj_call(ts, make, argv, 7, NULL) : NULL;
        Object *done = msg ? obj_call1(ts, showmsg, msg) : NULL;
        r = done ? 0 : -1;
        XDECREF(done);
        XDECREF(msg);
        XDECREF(line);
    } else {
        err_set_string(ts, &ExcRuntimeError, "unable to get warnings.WarningMessage");
    }
    XDECREF(make);
    DECREF(showmsg);
    return r;
}

/* ---- warn_explicit ------------------------------------------------------------ */

/* "spam.py" -> "spam"; "" -> "<unknown>" (a new reference) */
static Object *module_from_filename(ThreadState *ts, Object *filename) {
    size_t n = STR_SIZE(filename);
    if (n == 0) return str_from_cstr(ts, "<unknown>");
    const char *s = STR_DATA(filename);
    if (n >= 3 && s[n - 3] == '.' && (s[n - 2] | 0x20) == 'p' && (s[n - 1] | 0x20) == 'y')
        return str_substring(ts, filename, 0, n - 3);
    return NEWREF(filename);
}

int warnings_warn_explicit(ThreadState *ts, Object *message, Object *category, Object *filename, int64_t lineno,
                           Object *module, Object *registry, Object *source) {
    int result = -1;
    Object *text = NULL, *key = NULL, *action = NULL, *item = NULL, *line = NULL;
    module = module ? NEWREF(module) : module_from_filename(ts, filename);
    if (!module) return -1;
    int is_warning = obj_isinstance(ts, message, (Object *)&ExcWarning);
    if (is_warning < 0) goto done;
    if (is_warning) {
        text = obj_str(ts, message);
        category = (Object *)TYPE(message);
        INCREF(message);
    } else {
        text = NEWREF(message);
        message = obj_call1(ts, category, message);
    }
    if (!text || !message) goto done;
    line = int_from_i64(ts, lineno);
    key = line ? tuple_pack(ts, 3, text, category, line) : NULL;
    if (!key) goto done;
    if (registry && registry != None) {
        int seen = already_warned(ts, registry, key, false);
        if (seen < 0) goto done;
        if (seen) goto shown;
    }
    action = find_action(ts, category, text, lineno, module, &item);
    if (!action) goto done;
    if (str_eq_cstr(action, "error")) {
        int is_exc = obj_isinstance(ts, message, (Object *)&ExcBaseException);
        if (is_exc <= 0) {
            if (is_exc == 0) err_set_string(ts, &ExcTypeError, "exceptions must derive from BaseException");
            goto done;
        }
        err_raise_steal(ts, message);       /* the warning itself, raised here */
        message = NULL;
        goto done;
    }
    if (str_eq_cstr(action, "ignore")) goto shown;
    int already = 0;
    if (!str_eq_cstr(action, "always")) {
        if (registry && registry != None && dict_set(ts, registry, key, True) < 0) goto done;
        if (str_eq_cstr(action, "once")) {
            if (!registry || registry == None) {
                Object *once = state_piece(ts, "onceregistry", own_once_registry, is_dict,
                                           "_warnings.onceregistry must be a dict");
                if (!once) goto done;
                already = update_registry(ts, once, text, category);
                DECREF(once);
            } else {
                already = update_registry(ts, registry, text, category);
            }
        } else if (str_eq_cstr(action, "module")) {
            if (registry && registry != None) already = update_registry(ts, registry, text, category);
        } else if (!str_eq_cstr(action, "default")) {
            err_format(ts, &ExcRuntimeError, "Unrecognized action (%R) in warnings.filters:\n %R", action,
                       item ? item : None);
            goto done;
        }
    }
    if (already < 0) goto done;
    if (!already && show(ts, category, text, message, filename, lineno, source) < 0) goto done;
shown:
    result = 0;
done:
    XDECREF(module);
    XDECREF(text);
    XDECREF(message);
    XDECREF(key);
    XDECREF(line);
    XDECREF(action);
    XDECREF(item);
    return result;
}

/* warn_explicit(message, category, filename, lineno, module=None,
 *               registry=None, module_globals=None, source=None) */
static CFUNC(warnings_m_warn_explicit) {
    static const char *const names[] = {"message", "category", "filename", "lineno", "module",
                                        "registry", "module_globals", "source", NULL};
    static const ArgSpec spec = {"warn_explicit", names, .required = 4};
    Object *a[8];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (!str_check(a[2]))
        return err_format(ts, &ExcTypeError, "warn_explicit() argument 3 must be str, not %s", TYPE_NAME(a[2]));
    int64_t lineno;
    if (!int_check(a[3]) || !int_as_i64(a[3], &lineno))
        return err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(a[3]));
    Object *module = a[4] && a[4] != None ? a[4] : NULL;
    if (warnings_warn_explicit(ts, a[0], a[1], a[2], lineno, module, a[5], a[7]) < 0) return NULL;
    return none_new();
}

/* ---- warn --------------------------------------------------------------------- */

int warnings_warn(ThreadState *ts, Object *message, Object *category, int64_t stacklevel, Object *source) {
    /* the frame [stacklevel] Python frames up: 1 is warn()'s caller */
    Frame *f = ts->frame;
    while (f && !f->code) f = f->back;
    for (int64_t i = 1; f && i < stacklevel; i++) {
        f = f->back;
        while (f && !f->code) f = f->back;
    }
    Object *globals, *filename;
    int64_t lineno;
    if (f) {
        globals = f->globals;
        filename = f->code->filename;
        lineno = code_line(f->code, frame_lasti(f));
    } else {
        globals = MODULE_DICT(ts->interp->sys_module);
        filename = NULL;
        lineno = 1;
    }
    INCREF(globals);
    Object *sys_name = filename ? NULL : str_from_cstr(ts, "sys");
    if (!filename) filename = sys_name;
    Object *module = NULL, *registry = NULL, *fresh = NULL;
    int r = -1;
    if (!filename) goto done;
    module = dict_get_cstr_borrowed(ts, globals, "__name__");
    if (!module && err_occurred(ts)) goto done;
    module = module ? NEWREF(module) : str_from_cstr(ts, "<string>");
    if (!module) goto done;
    registry = dict_get_cstr_borrowed(ts, globals, "__warningregistry__");
    if (!registry && err_occurred(ts)) goto done;
    if (!registry) {
        if (!(fresh = dict_new(ts)) || dict_set_cstr(ts, globals, "__warningregistry__", fresh) < 0) goto done;
        registry = fresh;
    }
    INCREF(registry);
    r = warnings_warn_explicit(ts, message, category, filename, lineno, module, registry, source);
    DECREF(registry);
done:
    XDECREF(fresh);
    XDECREF(module);
    XDECREF(sys_name);
    DECREF(globals);
    return r;
}

/* warn(message, category=None, stacklevel=1, source=None) */
static CFUNC(warnings_m_warn) {
    static const char *const names[] = {"message", "category", "stacklevel", "source", NULL};
    static const ArgSpec spec = {"warn", names, .required = 1};
    Object *a[4];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *message = a[0], *category = a[1] && a[1] != None ? a[1] : NULL;
    int is_warning = obj_isinstance(ts, message, (Object *)&ExcWarning);
    if (is_warning < 0) return NULL;
    if (is_warning) category = (Object *)TYPE(message);
    if (!category) category = (Object *)&ExcUserWarning;
    int ok = obj_isinstance(ts, category, (Object *)&TypeType);
    if (ok > 0) ok = obj_issubclass(ts, category, (Object *)&ExcWarning);
    if (ok < 0) return NULL;
    if (!ok)
        return err_format(ts, &ExcTypeError, "category must be a Warning subclass, not '%s'", TYPE_NAME(category));
    int64_t stacklevel = 1;
    if (a[2]) {
        if (!int_check(a[2]))
            return err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(a[2]));
        if (!int_as_i64(a[2], &stacklevel)) stacklevel = INT64_MAX;
    }
    if (warnings_warn(ts, message, category, stacklevel, a[3] && a[3] != None ? a[3] : NULL) < 0) return NULL;
    return none_new();
}

static CFUNC(warnings_m_filters_mutated) {
    if (args_exactly(ts, "_filters_mutated", nargs, kwnames, 0) < 0) return NULL;
    ts->interp->warn_filters_version++;
    return none_new();
}

static const MethodDef warnings_functions[] = {
    {"warn", warnings_m_warn, METH_KEYWORDS, "Issue a warning, or maybe ignore it or raise an exception."},
    {"warn_explicit", warnings_m_warn_explicit, METH_KEYWORDS, "Low-level interface to warnings functionality."},
    {"_filters_mutated", warnings_m_filters_mutated, 0, NULL},
    {NULL},
};

Object *mod_warnings_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "_warnings");
    if (!m) return NULL;
    Object *filters = own_filters(ts), *once = own_once_registry(ts), *action = own_default_action(ts);
    if (!filters || !once || !action || module_add_functions(ts, m, warnings_functions) < 0 ||
        module_add_object(ts, m, "filters", filters) < 0 || module_add_object(ts, m, "_onceregistry", once) < 0 ||
        module_add_object(ts, m, "_defaultaction", action) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
