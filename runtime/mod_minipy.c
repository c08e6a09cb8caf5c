/* mod_minipy.c -- minipy: the interpreter's own module (CPython has none
 * like it; a program that imports it runs on minipy only).
 *
 * Every lesson, watched in part: `with minipy.trace('line,call'): ...`
 * narrates that block only, as --trace=line,call would, and gives back
 * what was on before (nothing, or the command line's --trace) when the
 * block ends, however it ends. Blocks nest: the inner one's categories
 * hold inside it, the outer one's again after it. Without --trace, the
 * first block starts a tracer as bare --trace would (text, to stderr,
 * --color as given) and leaves it silent between blocks.
 *
 * The switching itself is the tracer's (trace_switch in trace/tracer.c);
 * the eval loop moves a running frame to its narrated copy at the
 * block's start (HANDOVER in vm/eval.c). __enter__ and __exit__ are C, so
 * the narration shows the program's lines, never this module's.
 */
#include "modules.h"
#include "module.h"
#include "str.h"
#include "int.h"
#include "interp.h"
#include "exceptions.h"
#include "args.h"
#include "trace/tracer.h"

typedef struct TraceBlockObject {
    OBJECT_HEAD;
    Object *spec;                 /* the categories as given (a str), for repr */
    uint32_t mask;                /* ... parsed */
    uint32_t previous;            /* __enter__: the categories to give back */
    bool active;                  /* between __enter__ and __exit__ */
} TraceBlockObject;

extern TypeObject MinipyTraceType;

/* minipy.trace(cats='line,call,scope'): a block narrating [cats], the
 * categories --trace=CATS takes; a bad one raises ValueError with the
 * command line's message. */
static Object *trace_block_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                               Object *kwnames) {
    static const char *const names[] = {"cats", NULL};
    static const ArgSpec spec = {"trace", names};
    Object *a[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *cats = a[0];
    if (cats && !str_check(cats))
        return err_format(ts, &ExcTypeError, "trace() argument 'cats' must be str, not %s", TYPE_NAME(cats));
    uint32_t mask;
    char err[200];
    if (!trace_parse_categories(cats ? STR_DATA(cats) : NULL, &mask, err, sizeof err))
        return err_set_string(ts, &ExcValueError, err);
    TraceBlockObject *b = (TraceBlockObject *)obj_alloc(ts, type, sizeof(TraceBlockObject));
    if (!b) return NULL;
    b->spec = cats ? NEWREF(cats) : str_from_cstr(ts, "line,call,scope");
    b->mask = mask;
    b->previous = 0;
    b->active = false;
    if (!b->spec) {
        DECREF(b);
        return NULL;
    }
    return (Object *)b;
}

static void trace_block_dealloc(Object *self) {
    XDECREF(((TraceBlockObject *)self)->spec);
    obj_free(self);
}

static Object *trace_block_repr(ThreadState *ts, Object *self) {
    TraceBlockObject *b = (TraceBlockObject *)self;
    return str_format(ts, "<minipy.trace '%s'%s>", STR_DATA(b->spec), b->active ? " (on)" : "");
}

static CFUNC(trace_block_enter) {
    if (args_exactly(ts, "trace.__enter__", nargs, kwnames, 0) < 0) return NULL;
    TraceBlockObject *b = (TraceBlockObject *)self;
    if (b->active) return err_set_string(ts, &ExcRuntimeError, "this minipy.trace() block is already running");
    if (trace_switch(ts, b->mask, &b->previous) < 0) return NULL;
    b->active = true;
    return NEWREF(self);
}

static CFUNC(trace_block_exit) {
    TraceBlockObject *b = (TraceBlockObject *)self;
    if (b->active) trace_restore(ts, b->previous);
    b->active = false;
    return NEWREF(False);          /* an exception goes on */
}

static const MethodDef trace_block_methods[] = {
    {"__enter__", trace_block_enter, 0, "Narrate the block's categories from now on."},
    {"__exit__", trace_block_exit, METH_KEYWORDS, "Narrate again what was narrated before the block."},
    {NULL},
};

TypeObject MinipyTraceType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "minipy.trace",
    .basicsize = sizeof(TraceBlockObject),
    .dealloc = trace_block_dealloc,
    .repr = trace_block_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .new_ = trace_block_new,
    .methods = trace_block_methods,
    .doc = "trace(cats='line,call,scope')\n\nA with block narrated as --trace=cats would narrate it "
           "(minipy only).",
};

Object *mod_minipy_create(ThreadState *ts) {
    if (type_ready(ts, &MinipyTraceType) < 0) return NULL;
    Object *m = module_new_cstr(ts, "minipy");
    if (!m) return NULL;
    if (module_add_object(ts, m, "trace", (Object *)&MinipyTraceType) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
