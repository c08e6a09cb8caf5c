/* namespace.c -- types.SimpleNamespace: an object that is only its
 * attributes, as CPython's Objects/namespaceobject.c.
 *
 * `SimpleNamespace(a=1, b=2)` is an instance whose __dict__ is
 * {'a': 1, 'b': 2}; its repr lists them (`namespace(a=1, b=2)`) and two
 * namespaces are equal when their dicts are. sys.implementation is one;
 * lib/types.py exports the type.
 */
#include <stddef.h>
#include <string.h>

#include "namespace.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "list.h"
#include "args.h"

typedef struct {
    OBJECT_HEAD;
    Object *dict;
} NamespaceObject;

static Object *ns_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs, Object *kwnames) {
    NamespaceObject *ns = (NamespaceObject *)obj_alloc(ts, type, type->basicsize);
    if (!ns) return NULL;
    ns->dict = dict_new(ts);
    if (!ns->dict) {
        obj_free((Object *)ns);
        return NULL;
    }
    gc_track(ts, (Object *)ns);
    return (Object *)ns;
}

static int ns_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs) {
        err_set_string(ts, &ExcTypeError, "no positional arguments expected");
        return -1;
    }
    Object *d = ((NamespaceObject *)self)->dict;
    for (size_t i = 0; kwnames && i < TUPLE_SIZE(kwnames); i++)
        if (dict_set(ts, d, TUPLE_GET(kwnames, i), args[i]) < 0) return -1;
    return 0;
}

Object *namespace_new(ThreadState *ts, Object *const *values, Object *names) {
    Object *ns = ns_new(ts, &NamespaceType, NULL, 0, NULL);
    if (ns && ns_init(ts, ns, values, 0, names) < 0) CLEAR(ns);
    return ns;
}

static void ns_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(((NamespaceObject *)self)->dict);
    obj_free(self);
}

static int ns_traverse(Object *self, VisitFunc visit, void *arg) {
    Object *d = ((NamespaceObject *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static int ns_clear(Object *self) {
    CLEAR(((NamespaceObject *)self)->dict);
    return 0;
}

/* namespace(a=1, b='x'); a subclass shows its own name; a namespace that
 * contains itself shows namespace(...) there. */
static Object *ns_repr(ThreadState *ts, Object *self) {
    const char *name = TYPE(self) == &NamespaceType ? "namespace" : TYPE(self)->name;
    int rec = repr_enter(ts, self);
    if (rec != 0) return rec > 0 ? str_format(ts, "%s(...)", name) : NULL;
    StrBuf buf;
    strbuf_init(&buf);
    strbuf_puts(&buf, name);
    strbuf_appendc(&buf, '(');
    Object *items = dict_items_list(ts, ((NamespaceObject *)self)->dict);
    bool ok = items != NULL, first = true;
    for (size_t i = 0; ok && i < LIST_SIZE(items); i++) {
        Object *kv = LIST_GET(items, i);
        Object *k = TUPLE_GET(kv, 0);
        if (!str_check(k)) continue;
        Object *r = obj_repr(ts, TUPLE_GET(kv, 1));
        if (!r) { ok = false; break; }
        if (!first) strbuf_append(&buf, ", ", 2);
        first = false;
        strbuf_append(&buf, STR_DATA(k), STR_SIZE(k));
        strbuf_appendc(&buf, '=');
        strbuf_append(&buf, STR_DATA(r), STR_SIZE(r));
        DECREF(r);
    }
    XDECREF(items);
    repr_leave(ts, self);
    if (!ok) {
        strbuf_free(&buf);
        return NULL;
    }
    strbuf_appendc(&buf, ')');
    return str_from_strbuf(ts, &buf);
}

static Object *ns_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (!obj_type_check(a, &NamespaceType) || !obj_type_check(b, &NamespaceType) ||
        (op != CMP_EQ && op != CMP_NE))
        return NEWREF(NotImplemented);
    return obj_richcompare(ts, ((NamespaceObject *)a)->dict, ((NamespaceObject *)b)->dict, op);
}

static GETTER(ns_get_dict) { return NEWREF(((NamespaceObject *)self)->dict); }

static const GetSetDef ns_getset[] = {
    {"__dict__", ns_get_dict, NULL, NULL},
    {NULL},
};

TypeObject NamespaceType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(NamespaceObject),
    .dictoffset = offsetof(NamespaceObject, dict),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .dealloc = ns_dealloc,
    .repr = ns_repr,
    .hash = obj_hash_unhashable,
    .richcompare = ns_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .traverse = ns_traverse,
    .clear = ns_clear,
    .new_ = ns_new,
    .init = ns_init,
    .getset = ns_getset,
};
