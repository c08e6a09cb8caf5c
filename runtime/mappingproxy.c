/* mappingproxy.c -- the read-only view of a mapping: what a class's
 * __dict__ is, and types.MappingProxyType (issue 17).
 *
 * Lesson "classes": `C.__dict__` shows the class's namespace as it is now
 * (a method added later appears in a view taken earlier), yet cannot be
 * written through -- attributes go through setattr(C, ...), which keeps
 * the class's caches and slots right. enum's __members__ is such a view of
 * its member map, as in CPython (Objects/descrobject.c). Every operation
 * is the mapping's own; only the ones that would change it are missing.
 */
#include "dict.h"
#include "interp.h"
#include "exceptions.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "func.h"
#include "args.h"
#include "gc.h"

typedef struct {
    OBJECT_HEAD;
    Object *mapping;
} MappingProxyObject;

#define MAPPING(o) (((MappingProxyObject *)(o))->mapping)

Object *mappingproxy_new(ThreadState *ts, Object *mapping) {
    /* readied on first use, as the types of the C modules are: a program
     * that never reads a class's __dict__ pays nothing for it */
    if (type_ready(ts, &MappingProxyType) < 0) return NULL;
    MappingProxyObject *p = (MappingProxyObject *)obj_alloc(ts, &MappingProxyType, sizeof(MappingProxyObject));
    if (!p) return NULL;
    p->mapping = NEWREF(mapping);
    gc_track(ts, (Object *)p);
    return (Object *)p;
}

/* mappingproxy(mapping): any mapping but a list or a tuple, which have
 * __getitem__ too. */
static Object *mappingproxy_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                                     Object *kwnames) {
    static const char *const names[] = {"mapping", NULL};
    static const ArgSpec spec = {"mappingproxy", names, .required = 1};
    Object *a[1];
    (void)type;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    TypeObject *t = TYPE(a[0]);
    if (!t->getitem || list_check(a[0]) || tuple_check(a[0]))
        return err_format(ts, &ExcTypeError, "mappingproxy() argument must be a mapping, not %s", t->name);
    return mappingproxy_new(ts, a[0]);
}

static void mappingproxy_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(MAPPING(self));
    obj_free(self);
}

static int mappingproxy_traverse(Object *self, VisitFunc visit, void *arg) {
    return MAPPING(self) && visit(MAPPING(self), arg);
}

static int mappingproxy_clear(Object *self) {
    CLEAR(MAPPING(self));
    return 0;
}

static Object *mappingproxy_repr(ThreadState *ts, Object *self) {
    return str_format(ts, "mappingproxy(%R)", MAPPING(self));
}

static Object *mappingproxy_str(ThreadState *ts, Object *self) { return obj_str(ts, MAPPING(self)); }

static Object *mappingproxy_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    return obj_richcompare(ts, MAPPING(a), b, op);
}

static Object *mappingproxy_iter(ThreadState *ts, Object *self) { return obj_iter(ts, MAPPING(self)); }

static ssize_t mappingproxy_len(ThreadState *ts, Object *self) { return obj_len(ts, MAPPING(self)); }

static Object *mappingproxy_getitem(ThreadState *ts, Object *self, Object *key) {
    return obj_getitem(ts, MAPPING(self), key);
}

static int mappingproxy_contains(ThreadState *ts, Object *self, Object *key) {
    if (dict_check_exact(MAPPING(self))) return dict_contains(ts, MAPPING(self), key);
    return obj_contains(ts, MAPPING(self), key);
}

/* proxy | other and other | proxy: the mapping's own | (a new dict). */
static Object *mappingproxy_or(ThreadState *ts, Object *a, Object *b) {
    if (TYPE(a) == &MappingProxyType) a = MAPPING(a);
    if (TYPE(b) == &MappingProxyType) b = MAPPING(b);
    return obj_binop(ts, NB_OR, a, b);
}

/* proxy |= other: refused (a plain | would rebind the name to a dict). */
static Object *mappingproxy_ior(ThreadState *ts, Object *a, Object *b) {
    (void)a, (void)b;
    return err_set_string(ts, &ExcTypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

/* The mapping's method [name] called with [args]. */
static Object *forward(ThreadState *ts, Object *self, const char *name, Object *const *args, size_t nargs) {
    Object *n = str_intern_cstr_borrowed(ts, name);
    if (!n) return NULL;
    return obj_call_method(ts, MAPPING(self), n, args, nargs);
}

static CFUNC(mappingproxy_get) {
    if (args_count(ts, "get", nargs, 1, 2) < 0 || args_no_kwargs(ts, "get", kwnames) < 0) return NULL;
    Object *a[2] = {args[0], nargs > 1 ? args[1] : None};
    return forward(ts, self, "get", a, 2);
}

static CFUNC(mappingproxy_keys) {
    if (args_exactly(ts, "keys", nargs, kwnames, 0) < 0) return NULL;
    return forward(ts, self, "keys", NULL, 0);
}

static CFUNC(mappingproxy_values) {
    if (args_exactly(ts, "values", nargs, kwnames, 0) < 0) return NULL;
    return forward(ts, self, "values", NULL, 0);
}

static CFUNC(mappingproxy_items) {
    if (args_exactly(ts, "items", nargs, kwnames, 0) < 0) return NULL;
    return forward(ts, self, "items", NULL, 0);
}

static CFUNC(mappingproxy_copy) {
    if (args_exactly(ts, "copy", nargs, kwnames, 0) < 0) return NULL;
    return forward(ts, self, "copy", NULL, 0);
}

static CFUNC(mappingproxy_reversed) {
    if (args_exactly(ts, "__reversed__", nargs, kwnames, 0) < 0) return NULL;
    return forward(ts, self, "__reversed__", NULL, 0);
}

static const MethodDef mappingproxy_methods[] = {
    {"get", mappingproxy_get, 0,
     "Return the value for key if key is in the mapping, else default."},
    {"keys", mappingproxy_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mappingproxy_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", mappingproxy_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mappingproxy_copy, 0, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mappingproxy_reversed, 0, "D.__reversed__() -> reverse iterator"},
    {NULL},
};

TypeObject MappingProxyType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxyObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_MAPPING,
    .doc = "mappingproxy(mapping)\n--\n\nRead-only proxy of a mapping.",
    .dealloc = mappingproxy_dealloc,
    .traverse = mappingproxy_traverse,
    .clear = mappingproxy_clear,
    .repr = mappingproxy_repr,
    .str = mappingproxy_str,
    .hash = obj_hash_unhashable,
    .richcompare = mappingproxy_richcompare,
    .getattr = obj_generic_getattr,
    .iter = mappingproxy_iter,
    .new_ = mappingproxy_new_slot,
    .binop = {[NB_OR] = mappingproxy_or},
    .inplace = {[NB_OR] = mappingproxy_ior},
    .len = mappingproxy_len,
    .getitem = mappingproxy_getitem,
    .contains = mappingproxy_contains,
    .methods = mappingproxy_methods,
};
