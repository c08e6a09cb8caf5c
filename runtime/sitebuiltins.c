/* sitebuiltins.c -- the builtins `exit`, `quit` and `help`, as CPython's
 * site module puts them in (Lib/_sitebuiltins.py: Quitter and _Helper).
 *
 * Lesson 3 (LEGB): `exit`, `quit` and `help` are names of the built-in
 * scope like `len`, bound to objects. `exit` typed bare at the prompt is
 * not a call: it finds an object whose repr is the hint the prompt prints
 * ("Use exit() or Ctrl-D (i.e. EOF) to exit"); calling it raises
 * SystemExit. `help` is an object of the same kind: its repr says how to
 * call it, and a call imports lib/pydoc.py, which writes the help text
 * from what introspection finds (docstrings, signatures, class members).
 * Programs see the three names too, not only the prompt.
 *
 * The three objects are static and immortal, as None is: they hold nothing
 * that changes, so every interpreter of the process shares them.
 */
#include "sitebuiltins.h"
#include "interp.h"
#include "exceptions.h"
#include "args.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "module.h"
#include "import.h"

typedef struct {
    OBJECT_HEAD;
    const char *name;             /* "exit" or "quit" */
} QuitterObject;

/* ---- Quitter ---------------------------------------------------------------- */

/* A new reference to the hint: "Use exit() or Ctrl-D (i.e. EOF) to exit". */
static Object *quitter_repr(ThreadState *ts, Object *self) {
    return str_format(ts, "Use %s() or Ctrl-D (i.e. EOF) to exit", ((QuitterObject *)self)->name);
}

/* exit(code=None): close sys.stdin (ignoring any error), as CPython does
 * to end a program that still reads it, and raise SystemExit(code).
 * Always returns NULL with the exception set. */
static Object *quitter_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    static const char *const names[] = {"code", NULL};
    static const ArgSpec spec = {"__call__", names};
    Object *code[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, code) < 0) return NULL;
    Object *in = dict_get_borrowed(ts, MODULE_DICT(ts->interp->sys_module), ts->interp->ids.stdin);
    if (in) {
        Object *r = obj_call_method(ts, in, ts->interp->ids.close, NULL, 0);
        if (r) DECREF(r);
        else err_clear(ts);
    }
    Object *t = tuple_pack(ts, 1, code[0] ? code[0] : None);
    if (!t) return NULL;
    Object *e = exc_new(ts, &ExcSystemExit, t);
    DECREF(t);
    return e ? err_raise_steal(ts, e) : NULL;
}

static GETTER(quitter_get_name) { return str_from_cstr(ts, ((QuitterObject *)self)->name); }
static GETTER(quitter_get_eof) { return str_from_cstr(ts, "Ctrl-D (i.e. EOF)"); }

static const GetSetDef quitter_getset[] = {
    {"name", quitter_get_name, NULL, NULL},
    {"eof", quitter_get_eof, NULL, NULL},
    {NULL},
};

TypeObject QuitterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(QuitterObject),
    .repr = quitter_repr,
    .call = quitter_call,
    .getattr = obj_generic_getattr,
    .getset = quitter_getset,
};

/* ---- _Helper ---------------------------------------------------------------- */

/* A new reference to the line that says how to call help. */
static Object *helper_repr(ThreadState *ts, Object *self) {
    return str_from_cstr(ts, "Type help() for interactive help, or help(object) for help about object.");
}

/* help(*args, **kwds): pydoc.help(*args, **kwds), imported from lib/ on the
 * first call; a new reference to what it returns (None). */
static Object *helper_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                           Object *kwnames) {
    Object *name = str_from_cstr(ts, "pydoc");
    Object *pydoc = name ? imp_import(ts, name, NULL, NULL, 0) : NULL;
    XDECREF(name);
    if (!pydoc) return NULL;
    Object *fn = obj_getattr_cstr(ts, pydoc, "help");
    DECREF(pydoc);
    if (!fn) return NULL;
    Object *r = obj_call(ts, fn, args, nargs, kwnames);
    DECREF(fn);
    return r;
}

TypeObject HelperType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_sitebuiltins._Helper",
    .basicsize = sizeof(Object),
    .doc = "Define the builtin 'help'.\n\n"
           "This is a wrapper around pydoc.help that provides a helpful message\n"
           "when 'help' is typed at the Python interactive prompt.\n\n"
           "Calling help() at the Python prompt starts an interactive help session.\n"
           "Calling help(thing) prints help for the python object 'thing'.",
    .repr = helper_repr,
    .call = helper_call,
    .getattr = obj_generic_getattr,
};

/* ---- the objects ------------------------------------------------------------- */

static QuitterObject exit_object = {{IMMORTAL_REFCNT, &QuitterType}, "exit"};
static QuitterObject quit_object = {{IMMORTAL_REFCNT, &QuitterType}, "quit"};
static Object help_object = {IMMORTAL_REFCNT, &HelperType};

int sitebuiltins_add(ThreadState *ts, Object *builtins) {
    if (module_add_object(ts, builtins, "exit", (Object *)&exit_object) < 0) return -1;
    if (module_add_object(ts, builtins, "quit", (Object *)&quit_object) < 0) return -1;
    return module_add_object(ts, builtins, "help", &help_object);
}
