/* exceptions.h -- raising, catching and printing exceptions from C.
 *
 * Errors are values (STYLE 10): a C function that fails sets the exception on
 * the ThreadState and returns NULL or -1; its caller passes the failure up.
 * The exception is always a real instance (no lazy "type + value" pairs), so
 * what the VM catches is what the program sees.
 */
#ifndef MINIPY_EXCEPTIONS_H
#define MINIPY_EXCEPTIONS_H

#include <stdarg.h>
#include "interp.h"

#define EXC(name, base, doc) extern TypeObject Exc##name;
#include "exceptions.def"
#undef EXC

/* Every exception instance has this layout. The type-specific fields are
 * NULL when unused; keeping one layout lets a class derive from any of them. */
typedef struct BaseExceptionObject {
    OBJECT_HEAD;
    Object *dict;
    Object *args;             /* tuple */
    Object *traceback;        /* TracebackObject, or NULL */
    Object *context;          /* __context__: exception being handled when raised */
    Object *cause;            /* __cause__: from `raise X from Y` */
    bool suppress_context;
    Object *name;             /* NameError, AttributeError, ImportError .name */
    Object *obj;              /* AttributeError .obj (for suggestions) */
    Object *value;            /* StopIteration .value */
    Object *code;             /* SystemExit .code */
    /* SyntaxError */
    Object *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset;
    /* BaseExceptionGroup: .exceptions (a tuple); .message is msg above */
    Object *excs;
} BaseExceptionObject;

/* One entry of a traceback: where a frame was when the exception passed it. */
typedef struct TracebackObject {
    OBJECT_HEAD;
    struct TracebackObject *next;   /* toward the frame where it was raised */
    Object *code;                   /* CodeObject */
    Object *globals;                /* for NameError suggestions */
    Object *frame;                  /* FrameObject (runtime/frame.h): keeps the frame's
                                       locals alive once it ended; or NULL */
    int lasti;                      /* instruction index */
    int lineno;
} TracebackObject;

extern TypeObject TracebackType;

static inline bool err_occurred(ThreadState *ts) { return ts->exc != NULL; }

/* Raise [type](message formatted from [fmt]). Always returns NULL so a caller
 * can `return err_format(...)`. Format directives: %s %d %i %u %ld %lu %lld
 * %zd %zu %c %x %% as printf, and %R repr(obj), %S str(obj), %T type name of
 * obj, %U a str object's text, %N the name of a TypeObject *. */
Object *err_format(ThreadState *ts, TypeObject *type, const char *fmt, ...);
Object *err_formatv(ThreadState *ts, TypeObject *type, const char *fmt, va_list ap);
Object *err_set_string(ThreadState *ts, TypeObject *type, const char *msg);
/* Raise [type]([value]): a single argument (e.g. KeyError(key)); [value]
 * NULL: no argument at all (KeyboardInterrupt()). */
Object *err_set_object(ThreadState *ts, TypeObject *type, Object *value);
/* Raise MemoryError (one that needs no memory: exceptions.c says how);
 * when --max-memory refused the allocation, end the program with the
 * limit's report instead (runtime/limits.h). Returns NULL. */
Object *err_no_memory(ThreadState *ts);
/* Raise the instance [exc] (the reference is taken over). Sets __context__
 * from the exception being handled, as CPython does for every raise. */
Object *err_raise_steal(ThreadState *ts, Object *exc);
/* Is the exception being raised an instance of [type]? */
bool err_matches(ThreadState *ts, TypeObject *type);
/* Take the exception being raised (new reference, or NULL) and clear it. */
Object *err_fetch(ThreadState *ts);
void err_clear(ThreadState *ts);
/* Raise SystemError for an internal inconsistency. */
Object *err_bad_internal_call(ThreadState *ts, const char *where);

/* A new instance of exception class [type] with args [args] (a tuple, or
 * NULL for ()). */
Object *exc_new(ThreadState *ts, TypeObject *type, Object *args);
bool exc_is_exception_class(Object *o);
bool exc_is_exception_instance(Object *o);
/* str(exc) as CPython: '' for no args, str(arg) for one, str(args) otherwise;
 * KeyError uses repr of its single argument. */
Object *exc_str(ThreadState *ts, Object *exc);
/* Line [lineno] of the source file [filename] (a str, with its newline) as
 * tracebacks show it, from the source cache (runtime/source.h); a new
 * reference. NULL if there is no such file or line ("<string>" and the
 * like never have one). */
Object *traceback_source_line(ThreadState *ts, Object *filename, int lineno);

/* Append a traceback entry for [code] at instruction [lasti] (line [lineno]).
 * [frame_steal]: the activation's FrameObject, a reference taken over (NULL
 * is allowed, e.g. when making it failed). */
int exc_add_traceback(ThreadState *ts, Object *exc, Object *code, Object *globals,
                      Object *frame_steal, int lasti, int lineno);

/* Print [exc] with its traceback and chained exceptions to stderr in
 * CPython's format (runtime/traceback.c). */
void exc_print(ThreadState *ts, Object *exc);
/* The same text as a str, without colour (new reference), or NULL with
 * MemoryError set; for traceback.format_exception(). An exception being
 * raised when it is called is kept (unless there is no memory). */
Object *exc_format(ThreadState *ts, Object *exc);
/* Print and clear the exception being raised. */
void err_print(ThreadState *ts);
/* Show a warning as CPython's warnings module does by default, on stderr:
 * "[filename]:[lineno]: [category]: [msg]", then that line of the source,
 * stripped, when there is one (not for "<string>"). Filters and registries
 * are the caller's business: it prints. */
void err_warn_show(ThreadState *ts, TypeObject *category, const char *filename, int lineno, const char *msg);
/* Print and clear the exception being raised where nobody can catch it (a
 * finalizer, a gc callback), as CPython's PyErr_WriteUnraisable: "Exception
 * ignored in: " and repr([where]) ("<object>" for NULL), then the exception. */
void err_write_unraisable(ThreadState *ts, Object *where);
/* The OSError subclass that errno [err] names, as CPython's: ENOENT is
 * FileNotFoundError, ECHILD ChildProcessError; OSError for the others.
 * OSError(errno, strerror) and every failed system call raise it. */
TypeObject *exc_oserror_subclass(int64_t err);
/* The same, saying where in other words: "Exception ignored [msg]: ..."
 * ("in thread started by", as CPython's _thread does). */
void err_write_unraisable_msg(ThreadState *ts, const char *msg, Object *where);

/* ---- exception groups (runtime/exc_group.c) ---- */
/* BaseExceptionGroup([msg], [excs]): an ExceptionGroup when every item is an
 * Exception. New reference. */
Object *exc_group_new(ThreadState *ts, const char *msg, Object *excs);
/* except*'s check of the clause's [type] (a class or a tuple): -1 with
 * TypeError for a non-exception class or an exception group class. */
int exc_group_check_star_type(ThreadState *ts, Object *type);
/* CHECK_EG_MATCH: split [exc] (a group, a naked exception, or None) by
 * [type] into *match and *rest, new references, None for an empty part;
 * a naked exception that matches is wrapped in ExceptionGroup('', [exc]). */
int exc_group_match(ThreadState *ts, Object *exc, Object *type, Object **match, Object **rest);
/* PREP_RERAISE_STAR: what leaves the try statement once every except*
 * clause ran: [orig] the exception caught, [excs] a list of what the
 * clauses raised or re-raised and the unhandled rest (None items skipped).
 * The re-raised parts keep the shape of [orig]; new ones are grouped with
 * them in ExceptionGroup(''). New reference; None when nothing is left. */
Object *exc_group_prep_reraise_star(ThreadState *ts, Object *orig, Object *excs);
/* Fill the group classes' slots before they are made ready. */
int exc_group_prepare_types(ThreadState *ts);

/* Register the exception classes in the builtins namespace. */
int exc_init(ThreadState *ts, Object *builtins);
/* Keep memory for raising MemoryError without memory (the first thing
 * interp_new does once it has a thread state), and give it back (the last
 * thing interp_free does before the pools go). */
int exc_memory_init(ThreadState *ts);
void exc_memory_fini(ThreadState *ts);
/* Let the kept MemoryError go of its traceback, context and cause (its
 * args stay): done when it is raised again, and at the start of teardown,
 * since the frames it holds keep their namespaces alive and the collector,
 * which does not track it, cannot see through it. */
void exc_memory_forget(ThreadState *ts);
/* Teardown: drop what type_ready() gave the exception classes. */
void exc_fini(void);

#endif
