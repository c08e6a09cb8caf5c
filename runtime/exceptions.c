/* exceptions.c -- the built-in exception classes and the C API for raising.
 *
 * Every exception class in exceptions.def shares one instance layout
 * (BaseExceptionObject), so user classes may derive from any of them. The
 * raising functions put an instance on the ThreadState; the VM unwinds
 * frames until an exception table entry catches it (vm/eval.c), and
 * runtime/traceback.c prints whatever nobody caught.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "list.h"
#include "func.h"
#include "class.h"
#include "code.h"
#include "args.h"
#include "frame.h"
#include "limits.h"

/* ==== raising ============================================================ */

static int exc_clear(Object *self);

Object *exc_new(ThreadState *ts, TypeObject *type, Object *args) {
    Object *a = args ? NEWREF(args) : tuple_new(ts, 0);
    if (!a) return NULL;
    Object *r = obj_call(ts, (Object *)type, TUPLE_ITEMS(a), TUPLE_SIZE(a), NULL);
    DECREF(a);
    if (r && !exc_is_exception_instance(r)) {
        DECREF(r);
        return err_format(ts, &ExcTypeError,
                          "calling %s should have returned an instance of BaseException, not %s",
                          type->name, TYPE_NAME(r));
    }
    return r;
}

bool exc_is_exception_class(Object *o) {
    return (TYPE(o)->flags & TYPE_FLAG_TYPE_SUBCLASS) &&
           (((TypeObject *)o)->flags & TYPE_FLAG_EXC_SUBCLASS);
}

bool exc_is_exception_instance(Object *o) {
    return (TYPE(o)->flags & TYPE_FLAG_EXC_SUBCLASS) != 0;
}

/* The exception being handled becomes the new one's __context__, unless
 * that would make a cycle in the chain (CPython breaks it the same way). */
static void set_context(ThreadState *ts, Object *exc) {
    Object *handled = ts->handled_exc;
    if (!handled || handled == None || handled == exc) return;
    Object *o = handled;
    while (o) {
        BaseExceptionObject *e = (BaseExceptionObject *)o;
        Object *ctx = e->context;
        if (!ctx || ctx == None) break;
        if (ctx == exc) {
            CLEAR(e->context);
            break;
        }
        o = ctx;
    }
    BaseExceptionObject *n = (BaseExceptionObject *)exc;
    if (n->context != handled) SETREF(n->context, NEWREF(handled));
}

Object *err_raise_steal(ThreadState *ts, Object *exc) {
    set_context(ts, exc);
    Object *old = ts->exc;
    ts->exc = exc;
    XDECREF(old);
    return NULL;
}

static Object *raise_with_args(ThreadState *ts, TypeObject *type, Object *args) {
    Object *exc;
    if (!(type->flags & TYPE_FLAG_HEAP)) {
        /* built-in classes: build the instance directly (no Python code runs) */
        BaseExceptionObject *e = (BaseExceptionObject *)obj_alloc(ts, type, type->basicsize);
        if (!e) return NULL;
        e->args = NEWREF(args);
        size_t nargs = TUPLE_SIZE(args);
        if (type_is_subtype(type, &ExcStopIteration))
            e->value = NEWREF(nargs ? TUPLE_GET(args, 0) : None);
        if (type_is_subtype(type, &ExcSystemExit))     /* as SystemExit.__init__ sets it */
            e->code = NEWREF(nargs == 0 ? None : nargs == 1 ? TUPLE_GET(args, 0) : args);
        gc_track(ts, (Object *)e);
        exc = (Object *)e;
    } else {
        exc = exc_new(ts, type, args);
        if (!exc) return NULL;
    }
    return err_raise_steal(ts, exc);
}

Object *err_formatv(ThreadState *ts, TypeObject *type, const char *fmt, va_list ap) {
    Object *msg = str_formatv(ts, fmt, ap);
    if (!msg) return NULL;
    Object *args = tuple_pack(ts, 1, msg);
    DECREF(msg);
    if (!args) return NULL;
    raise_with_args(ts, type, args);
    DECREF(args);
    return NULL;
}

Object *err_format(ThreadState *ts, TypeObject *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    err_formatv(ts, type, fmt, ap);
    va_end(ap);
    return NULL;
}

Object *err_set_string(ThreadState *ts, TypeObject *type, const char *msg) {
    Object *m = str_from_cstr(ts, msg);
    if (!m) return NULL;
    err_set_object(ts, type, m);
    DECREF(m);
    return NULL;
}

Object *err_set_object(ThreadState *ts, TypeObject *type, Object *value) {
    Object *args = value ? tuple_pack(ts, 1, value) : NEWREF(ts->interp->empty_tuple);
    if (!args) return NULL;
    raise_with_args(ts, type, args);
    DECREF(args);
    return NULL;
}

/* MemoryError without memory.
 *
 * Raising MemoryError must work when nothing more can be allocated, so it
 * must not need to allocate. As CPython keeps a free list of MemoryError
 * instances, the interpreter keeps the memory of a few
 * (interp->memerr_blocks, filled at start-up): a MemoryError is made in
 * fresh memory when there is some, else in a kept block, and the memory of
 * one that dies goes back to the kept blocks until there are enough again
 * (exc_dealloc). When every kept block is in use at once (a handler that
 * runs out of memory while it handles one, eight deep), the last resort is
 * one instance made at start-up and raised again and again, as CPython
 * 3.12's last_resort_memory_error; its traceback starts afresh when nobody
 * else holds it.
 *
 * The traceback entries a MemoryError collects on its way up need memory
 * too: when there is none the entry is left out (exc_add_traceback) and the
 * exception goes up all the same. */
#define MEMERR_BLOCK (sizeof(GCHead) + sizeof(BaseExceptionObject))

static Object *new_memory_error(ThreadState *ts) {
    Interp *interp = ts->interp;
    void *block = mem_alloc(&interp->pools, MEMERR_BLOCK);
    if (!block && interp->nmemerr_blocks) block = interp->memerr_blocks[--interp->nmemerr_blocks];
    if (!block) return NULL;
    BaseExceptionObject *e = (BaseExceptionObject *)obj_alloc_in(ts, &ExcMemoryError,
                                                                 sizeof(BaseExceptionObject), block);
    e->args = XNEWREF(interp->empty_tuple);
    gc_track(ts, (Object *)e);
    return (Object *)e;
}

int exc_memory_init(ThreadState *ts) {
    Interp *interp = ts->interp;
    while (interp->nmemerr_blocks < (int)ARRAY_LEN(interp->memerr_blocks)) {
        void *block = mem_alloc(&interp->pools, MEMERR_BLOCK);
        if (!block) return -1;
        interp->memerr_blocks[interp->nmemerr_blocks++] = block;
    }
    interp->last_memory_error = new_memory_error(ts);
    if (!interp->last_memory_error) return -1;
    /* the interpreter's own, like the kept blocks: not among the objects
     * the collector (and gc.get_objects(), --trace=gc) counts */
    gc_untrack(interp->last_memory_error);
    return 0;
}

void exc_memory_fini(ThreadState *ts) {
    Interp *interp = ts->interp;
    if (interp->last_memory_error) exc_clear(interp->last_memory_error);
    CLEAR(interp->last_memory_error);
    while (interp->nmemerr_blocks) mem_free(&interp->pools, interp->memerr_blocks[--interp->nmemerr_blocks]);
}

void exc_memory_forget(ThreadState *ts) {
    BaseExceptionObject *be = (BaseExceptionObject *)ts->interp->last_memory_error;
    if (!be) return;
    CLEAR(be->traceback);
    CLEAR(be->context);
    CLEAR(be->cause);
    be->suppress_context = false;
}

Object *err_no_memory(ThreadState *ts) {
    Interp *interp = ts->interp;
    if (interp->mem.failed_limit && interp->limits.max_memory && !interp->limit_hit) {
        limit_reached(ts, LIMIT_MEMORY);            /* --max-memory, not a MemoryError */
        return NULL;
    }
    Object *e = new_memory_error(ts);
    if (!e) {
        e = interp->last_memory_error;
        if (!e) fatal_error("out of memory before MemoryError could be made");
        if (e->refcnt == 1) exc_memory_forget(ts);
        INCREF(e);
    }
    err_raise_steal(ts, e);
    return NULL;
}

bool err_matches(ThreadState *ts, TypeObject *type) {
    return ts->exc && type_is_subtype(TYPE(ts->exc), type);
}

Object *err_fetch(ThreadState *ts) {
    Object *e = ts->exc;
    ts->exc = NULL;
    return e;
}

void err_clear(ThreadState *ts) {
    Object *e = ts->exc;
    ts->exc = NULL;
    XDECREF(e);
}

Object *err_bad_internal_call(ThreadState *ts, const char *where) {
    return err_format(ts, &ExcSystemError, "bad internal call in %s", where);
}

int exc_add_traceback(ThreadState *ts, Object *exc, Object *code, Object *globals,
                      Object *frame_steal, int lasti, int lineno) {
    BaseExceptionObject *e = (BaseExceptionObject *)exc;
    /* quietly: without memory the exception goes on without this entry */
    TracebackObject *tb = (TracebackObject *)obj_alloc_quiet(ts, &TracebackType, sizeof(TracebackObject));
    if (!tb) {
        XDECREF(frame_steal);
        return -1;
    }
    tb->next = (TracebackObject *)e->traceback;   /* the reference moves into tb */
    tb->code = NEWREF(code);
    tb->globals = XNEWREF(globals);
    tb->frame = frame_steal;
    tb->lasti = lasti;
    tb->lineno = lineno;
    e->traceback = (Object *)tb;
    gc_track(ts, (Object *)tb);
    return 0;
}

/* ==== the classes ======================================================== */

#define E(o) ((BaseExceptionObject *)(o))

TypeObject *exc_oserror_subclass(int64_t err) {
    switch (err) {
    case ENOENT: return &ExcFileNotFoundError;
    case EEXIST: return &ExcFileExistsError;
    case EPERM: case EACCES: return &ExcPermissionError;
    case EISDIR: return &ExcIsADirectoryError;
    case ENOTDIR: return &ExcNotADirectoryError;
    case EPIPE: case ESHUTDOWN: return &ExcBrokenPipeError;
    case ECONNABORTED: return &ExcConnectionAbortedError;
    case ECONNREFUSED: return &ExcConnectionRefusedError;
    case ECONNRESET: return &ExcConnectionResetError;
    case EINTR: return &ExcInterruptedError;
    case ECHILD: return &ExcChildProcessError;
    case ESRCH: return &ExcProcessLookupError;
    case ETIMEDOUT: return &ExcTimeoutError;
    default: return &ExcOSError;
    }
}

static Object *exc_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                            Object *kwnames) {
    int64_t err;
    if (type == &ExcOSError && nargs >= 2 && int_check(args[0]) && int_as_i64(args[0], &err))
        type = exc_oserror_subclass(err);
    BaseExceptionObject *e = (BaseExceptionObject *)obj_alloc(ts, type, type->basicsize);
    if (!e) return NULL;
    e->args = tuple_from_array(ts, args, nargs);
    if (!e->args) { obj_free((Object *)e); return NULL; }
    gc_track(ts, (Object *)e);
    return (Object *)e;
}

/* The keywords of NameError(*args, name=None), AttributeError(*args,
 * name=None, obj=None) and ImportError(*args, name=None, path=None), which
 * their subclasses take too; messages name the class that declares them. */
static const char *const name_kw[] = {"name", NULL};
static const char *const attribute_kw[] = {"name", "obj", NULL};
static const char *const import_kw[] = {"name", "path", NULL};
static const ArgSpec name_spec = {"NameError", name_kw, .kwonly = 1};
static const ArgSpec attribute_spec = {"AttributeError", attribute_kw, .kwonly = 2};
static const ArgSpec import_spec = {"ImportError", import_kw, .kwonly = 2};

static int exc_init_slot(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                         Object *kwnames) {
    TypeObject *t = TYPE(self);
    const ArgSpec *spec = type_is_subtype(t, &ExcNameError)        ? &name_spec
                          : type_is_subtype(t, &ExcAttributeError) ? &attribute_spec
                          : type_is_subtype(t, &ExcImportError)    ? &import_spec
                                                                   : NULL;
    if (!spec && args_no_kwargs(ts, t->name, kwnames) < 0) return -1;
    BaseExceptionObject *e = E(self);
    Object *a = tuple_from_array(ts, args, nargs);
    if (!a) return -1;
    SETREF(e->args, a);
    if (spec) {
        /* each keyword not given is reset, as CPython's NameError_init */
        Object *kw[2];
        if (args_parse(ts, spec, args_after(args, nargs), 0, kwnames, kw) < 0) return -1;
        SETREF(e->name, XNEWREF(kw[0]));
        if (spec == &attribute_spec) SETREF(e->obj, XNEWREF(kw[1]));
        if (spec == &import_spec) SETREF(e->filename, XNEWREF(kw[1]));
    }
    if (type_is_subtype(t, &ExcStopIteration))
        SETREF(e->value, NEWREF(nargs ? args[0] : None));
    if (type_is_subtype(t, &ExcSystemExit))
        SETREF(e->code, nargs == 0 ? NEWREF(None) : nargs == 1 ? NEWREF(args[0]) : NEWREF(e->args));
    if (type_is_subtype(t, &ExcImportError))
        SETREF(e->msg, NEWREF(nargs == 1 ? args[0] : None));
    if (type_is_subtype(t, &ExcOSError) && nargs >= 3 && nargs <= 5) {
        /* OSError(errno, strerror, filename): args keeps the first two */
        SETREF(e->filename, NEWREF(args[2]));
        Object *two = tuple_from_array(ts, args, 2);
        if (!two) return -1;
        SETREF(e->args, two);
    }
    if (type_is_subtype(t, &ExcSyntaxError)) {
        if (nargs >= 1) SETREF(e->msg, NEWREF(args[0]));
        if (nargs == 2 && tuple_check(args[1])) {
            Object *info = args[1];
            size_t n = TUPLE_SIZE(info);
            if (n < 4 || n > 6) {
                err_set_string(ts, &ExcIndexError, "tuple index out of range");
                return -1;
            }
            Object **fields[] = {&e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno, &e->end_offset, &e->excs};
            for (size_t i = 0; i < n; i++) SETREF(*fields[i], NEWREF(TUPLE_GET(info, i)));
        }
    }
    return 0;
}

static void exc_dealloc(Object *self) {
    gc_untrack(self);
    BaseExceptionObject *e = E(self);
    Object *fields[] = {e->dict, e->args, e->traceback, e->context, e->cause, e->name, e->obj,
                        e->value, e->code, e->msg, e->filename, e->lineno, e->offset, e->text,
                        e->end_lineno, e->end_offset, e->excs};
    for (size_t i = 0; i < ARRAY_LEN(fields); i++) XDECREF(fields[i]);
    if (TYPE(self) == &ExcMemoryError) {
        /* its memory is kept for the next one (err_no_memory) */
        Interp *interp = ts_current()->interp;
        void *block = obj_free_keep(self);
        if (interp->nmemerr_blocks < (int)ARRAY_LEN(interp->memerr_blocks))
            interp->memerr_blocks[interp->nmemerr_blocks++] = block;
        else
            mem_free(&interp->pools, block);
        return;
    }
    obj_free(self);
}

static int exc_traverse(Object *self, VisitFunc visit, void *arg) {
    BaseExceptionObject *e = E(self);
    Object *fields[] = {e->dict, e->args, e->traceback, e->context, e->cause, e->name, e->obj,
                        e->value, e->code, e->msg, e->filename, e->lineno, e->offset, e->text,
                        e->end_lineno, e->end_offset, e->excs};
    for (size_t i = 0; i < ARRAY_LEN(fields); i++)
        if (fields[i] && visit(fields[i], arg)) return 1;
    return 0;
}

static int exc_clear(Object *self) {
    BaseExceptionObject *e = E(self);
    Object **fields[] = {&e->dict, &e->args, &e->traceback, &e->context, &e->cause, &e->name, &e->obj,
                         &e->value, &e->code, &e->msg, &e->filename, &e->lineno, &e->offset, &e->text,
                         &e->end_lineno, &e->end_offset, &e->excs};
    for (size_t i = 0; i < ARRAY_LEN(fields); i++) CLEAR(*fields[i]);
    return 0;
}

Object *exc_str(ThreadState *ts, Object *self) {
    BaseExceptionObject *e = E(self);
    Object *args = e->args;
    if (!args || TUPLE_SIZE(args) == 0) return str_new(ts, "", 0);
    if (TUPLE_SIZE(args) == 1) {
        if (type_is_subtype(TYPE(self), &ExcKeyError)) return obj_repr(ts, TUPLE_GET(args, 0));
        return obj_str(ts, TUPLE_GET(args, 0));
    }
    return obj_str(ts, args);
}

static Object *exc_str_slot(ThreadState *ts, Object *self) {
    BaseExceptionObject *e = E(self);
    if (type_is_subtype(TYPE(self), &ExcSyntaxError) && e->msg) {
        bool have_file = e->filename && str_check(e->filename);
        bool have_line = e->lineno && int_check(e->lineno);
        if (have_file && have_line) {
            const char *f = STR_DATA(e->filename);
            const char *slash = strrchr(f, '/');
            return str_format(ts, "%S (%s, line %S)", e->msg, slash ? slash + 1 : f, e->lineno);
        }
        if (have_line) return str_format(ts, "%S (line %S)", e->msg, e->lineno);
        return obj_str(ts, e->msg);
    }
    if (type_is_subtype(TYPE(self), &ExcImportError) && e->msg && e->msg != None)
        return obj_str(ts, e->msg);
    if (type_is_subtype(TYPE(self), &ExcOSError) && e->args && TUPLE_SIZE(e->args) == 2) {
        if (e->filename && e->filename != None)
            return str_format(ts, "[Errno %S] %S: %R", TUPLE_GET(e->args, 0), TUPLE_GET(e->args, 1), e->filename);
        return str_format(ts, "[Errno %S] %S", TUPLE_GET(e->args, 0), TUPLE_GET(e->args, 1));
    }
    return exc_str(ts, self);
}

static Object *exc_repr(ThreadState *ts, Object *self) {
    Object *args = E(self)->args;
    const char *name = TYPE_NAME(self);
    if (args && TUPLE_SIZE(args) == 1) return str_format(ts, "%s(%R)", name, TUPLE_GET(args, 0));
    if (!args) return str_format(ts, "%s()", name);
    return str_format(ts, "%s%R", name, args);
}

#define FIELD_GETTER(name, field) static GETTER(name) { Object *v = E(self)->field; return NEWREF(v ? v : None); }
#define FIELD_SETTER(name, field) static SETTER(name) { SETREF(E(self)->field, NEWREF(value ? value : None)); return 0; }

static GETTER(exc_get_args) { return NEWREF(E(self)->args); }
static SETTER(exc_set_args) {
    if (!value) {
        err_set_string(ts, &ExcTypeError, "args may not be deleted");
        return -1;
    }
    Object *t = tuple_from_iterable(ts, value);
    if (!t) return -1;
    SETREF(E(self)->args, t);
    return 0;
}
FIELD_GETTER(exc_get_tb, traceback)
static SETTER(exc_set_tb) {
    if (!value) {
        err_set_string(ts, &ExcTypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != None && TYPE(value) != &TracebackType) {
        err_set_string(ts, &ExcTypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    SETREF(E(self)->traceback, value == None ? NULL : NEWREF(value));
    return 0;
}
FIELD_GETTER(exc_get_context, context)
static SETTER(exc_set_context) {
    if (value && value != None && !exc_is_exception_instance(value)) {
        err_set_string(ts, &ExcTypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    SETREF(E(self)->context, value == None ? NULL : XNEWREF(value));
    return 0;
}
FIELD_GETTER(exc_get_cause, cause)
static SETTER(exc_set_cause) {
    if (value && value != None && !exc_is_exception_instance(value)) {
        err_set_string(ts, &ExcTypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    SETREF(E(self)->cause, value == None ? NULL : XNEWREF(value));
    E(self)->suppress_context = true;
    return 0;
}
static GETTER(exc_get_suppress) { return bool_from(E(self)->suppress_context); }
static SETTER(exc_set_suppress) {
    int t = value ? obj_is_true(ts, value) : 0;
    if (t < 0) return -1;
    E(self)->suppress_context = t;
    return 0;
}

/* e.__dict__: the instance dict every exception has (pickle and copy read
 * it), through object's own accessor */
static GETTER(exc_get_dict) { return object_dict_getset[0].get(ts, self); }
static SETTER(exc_set_dict) { return object_dict_getset[0].set(ts, self, value); }

static const GetSetDef exc_getset[] = {
    {"args", exc_get_args, exc_set_args, NULL},
    {"__dict__", exc_get_dict, exc_set_dict, NULL},
    {"__traceback__", exc_get_tb, exc_set_tb, NULL},
    {"__context__", exc_get_context, exc_set_context, NULL},
    {"__cause__", exc_get_cause, exc_set_cause, NULL},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress, NULL},
    {NULL},
};

static CFUNC(exc_with_traceback) {
    if (args_exactly(ts, "with_traceback", nargs, kwnames, 1) < 0) return NULL;
    if (exc_set_tb(ts, self, args[0]) < 0) return NULL;
    return NEWREF(self);
}

static CFUNC(exc_add_note) {
    if (args_exactly(ts, "add_note", nargs, kwnames, 1) < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "note must be a str, not '%s'", TYPE_NAME(args[0]));
    Object **dp = obj_dict_ptr(self);
    if (!*dp && !(*dp = dict_new(ts))) return NULL;
    Object *notes = dict_get_cstr_borrowed(ts, *dp, "__notes__");
    if (!notes) {
        if (err_occurred(ts)) return NULL;
        notes = list_new(ts, 0);
        if (!notes) return NULL;
        if (dict_set_cstr(ts, *dp, "__notes__", notes) < 0) { DECREF(notes); return NULL; }
        DECREF(notes);
    }
    Object *r = obj_call_method(ts, notes, ts->interp->ids.append, args, 1);
    if (!r) return NULL;
    DECREF(r);
    return none_new();
}

static const MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0, "Set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, 0, "Add a note to the exception"},
    {NULL},
};

FIELD_GETTER(exc_get_name, name)
FIELD_SETTER(exc_set_name, name)
FIELD_GETTER(exc_get_obj, obj)
FIELD_SETTER(exc_set_obj, obj)
FIELD_GETTER(exc_get_value, value)
FIELD_SETTER(exc_set_value, value)
FIELD_GETTER(exc_get_code, code)
FIELD_SETTER(exc_set_code, code)
FIELD_GETTER(exc_get_msg, msg)
FIELD_SETTER(exc_set_msg, msg)
FIELD_GETTER(exc_get_filename, filename)
FIELD_SETTER(exc_set_filename, filename)
FIELD_GETTER(exc_get_lineno, lineno)
FIELD_SETTER(exc_set_lineno, lineno)
FIELD_GETTER(exc_get_offset, offset)
FIELD_SETTER(exc_set_offset, offset)
FIELD_GETTER(exc_get_text, text)
FIELD_SETTER(exc_set_text, text)
FIELD_GETTER(exc_get_end_lineno, end_lineno)
FIELD_SETTER(exc_set_end_lineno, end_lineno)
FIELD_GETTER(exc_get_end_offset, end_offset)
FIELD_SETTER(exc_set_end_offset, end_offset)

static const GetSetDef name_getset[] = {{"name", exc_get_name, exc_set_name, NULL}, {NULL}};
static const GetSetDef attr_getset[] = {
    {"name", exc_get_name, exc_set_name, NULL}, {"obj", exc_get_obj, exc_set_obj, NULL}, {NULL}};
static const GetSetDef stop_getset[] = {{"value", exc_get_value, exc_set_value, NULL}, {NULL}};
static const GetSetDef exit_getset[] = {{"code", exc_get_code, exc_set_code, NULL}, {NULL}};
static const GetSetDef import_getset[] = {
    {"name", exc_get_name, exc_set_name, NULL}, {"path", exc_get_filename, exc_set_filename, NULL},
    {"msg", exc_get_msg, exc_set_msg, NULL}, {NULL}};
static Object *oserror_arg(ThreadState *ts, Object *self, size_t i) {
    Object *a = E(self)->args;
    return NEWREF(a && TUPLE_SIZE(a) == 2 ? TUPLE_GET(a, i) : None);
}
static GETTER(os_get_errno) { return oserror_arg(ts, self, 0); }
static GETTER(os_get_strerror) { return oserror_arg(ts, self, 1); }

static const GetSetDef os_getset[] = {
    {"errno", os_get_errno, NULL, NULL},
    {"strerror", os_get_strerror, NULL, NULL},
    {"filename", exc_get_filename, exc_set_filename, NULL},
    {NULL}};

static const GetSetDef syntax_getset[] = {
    {"msg", exc_get_msg, exc_set_msg, NULL},
    {"filename", exc_get_filename, exc_set_filename, NULL},
    {"lineno", exc_get_lineno, exc_set_lineno, NULL},
    {"offset", exc_get_offset, exc_set_offset, NULL},
    {"text", exc_get_text, exc_set_text, NULL},
    {"end_lineno", exc_get_end_lineno, exc_set_end_lineno, NULL},
    {"end_offset", exc_get_end_offset, exc_set_end_offset, NULL},
    {NULL}};

#define ExcObject ObjectType
#define EXC(NAME, BASE, DOC)                                                  \
    TypeObject Exc##NAME = {                                                  \
        .head = {IMMORTAL_REFCNT, &TypeType},                                 \
        .name = #NAME,                                                        \
        .basicsize = sizeof(BaseExceptionObject),                             \
        .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_EXC_SUBCLASS,  \
        .base = &Exc##BASE,                                                   \
        .dictoffset = offsetof(BaseExceptionObject, dict),                    \
        .doc = DOC,                                                           \
        .dealloc = exc_dealloc,                                               \
        .traverse = exc_traverse,                                             \
        .clear = exc_clear,                                                   \
        .repr = exc_repr,                                                     \
        .str = exc_str_slot,                                                  \
        .getattr = obj_generic_getattr,                                       \
        .setattr = obj_generic_setattr,                                       \
        .new_ = exc_new_slot,                                                 \
        .init = exc_init_slot,                                                \
    };
#include "exceptions.def"
#undef EXC

/* ==== tracebacks (the objects; printing is in traceback.c) ============== */

static void tb_dealloc(Object *self) {
    gc_untrack(self);
    TracebackObject *tb = (TracebackObject *)self;
    /* inner entries first, so the innermost frame's locals go first (CPython's order) */
    XDECREF((Object *)tb->next);
    XDECREF(tb->frame);
    XDECREF(tb->code);
    XDECREF(tb->globals);
    obj_free(self);
}

static int tb_traverse(Object *self, VisitFunc visit, void *arg) {
    TracebackObject *tb = (TracebackObject *)self;
    if (tb->next && visit((Object *)tb->next, arg)) return 1;
    if (tb->code && visit(tb->code, arg)) return 1;
    if (tb->globals && visit(tb->globals, arg)) return 1;
    if (tb->frame && visit(tb->frame, arg)) return 1;
    return 0;
}

static int tb_clear(Object *self) {
    TracebackObject *tb = (TracebackObject *)self;
    Object *n = (Object *)tb->next;
    tb->next = NULL;
    XDECREF(n);
    CLEAR(tb->globals);
    CLEAR(tb->frame);
    return 0;
}

static GETTER(tb_get_next) { Object *n = (Object *)((TracebackObject *)self)->next; return NEWREF(n ? n : None); }
static GETTER(tb_get_lineno) { return int_from_i64(ts, ((TracebackObject *)self)->lineno); }
static GETTER(tb_get_lasti) { return int_from_i64(ts, ((TracebackObject *)self)->lasti * 4); }

/* TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) lets a CPython
 * program make a traceback entry for a frame of its own. A minipy program
 * never holds a frame object (its tracebacks keep their frames' locals
 * alive but do not show them as tb_frame), so the arguments are checked in
 * CPython's order, with its messages, and the frame is always refused. */
static Object *tb_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                           Object *kwnames) {
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    static const ArgSpec spec = {"TracebackType", names, .required = 4};
    Object *a[4];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (TYPE(a[1]) != &FrameType)
        return err_format(ts, &ExcTypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                          args_type_name(a[1]));
    return err_format(ts, &ExcTypeError, "cannot create 'traceback' instances");
}

static const GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL},
    {NULL},
};

TypeObject TracebackType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "traceback",
    .basicsize = sizeof(TracebackObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getattr = obj_generic_getattr,
    .new_ = tb_new_slot,
    .getset = tb_getset,
};

/* ==== registration ======================================================== */

void exc_fini(void) {
#define EXC(NAME, BASE, DOC) type_unready(&Exc##NAME);
#include "exceptions.def"
#undef EXC
    type_unready(&TracebackType);
}

int exc_init(ThreadState *ts, Object *builtins) {
    ExcBaseException.getset = exc_getset;
    ExcBaseException.methods = exc_methods;
    ExcNameError.getset = name_getset;
    ExcAttributeError.getset = attr_getset;
    ExcStopIteration.getset = stop_getset;
    ExcSystemExit.getset = exit_getset;
    ExcImportError.getset = import_getset;
    ExcSyntaxError.getset = syntax_getset;
    ExcOSError.getset = os_getset;
    if (exc_group_prepare_types(ts) < 0) return -1;
#define EXC(NAME, BASE, DOC)                                                   \
    if (type_ready(ts, &Exc##NAME) < 0) return -1;                             \
    if (dict_set_cstr(ts, builtins, #NAME, (Object *)&Exc##NAME) < 0) return -1;
#include "exceptions.def"
#undef EXC
    return type_ready(ts, &TracebackType);
}
