/* structseq.c -- struct sequences: tuples whose items have names
 * (sys.version_info, sys.flags), as CPython's Objects/structseq.c.
 *
 * An instance is a TupleObject whose type is the struct sequence's; every
 * tuple operation works on it unchanged. Fields that are attributes but not
 * items (os.stat_result's st_mtime_ns) follow the items in the same array,
 * beyond the tuple's size, where tuple code never looks. The type adds three things: the
 * repr with names (`sys.flags(debug=0, ...)`), attribute access by field
 * name (structseq_getattr: a name in the list is an index), and a refusal
 * to be created from Python, as CPython's sys types refuse.
 */
#include <string.h>

#include "structseq.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "args.h"

#define FIELDS(o) (((StructSeqType *)TYPE(o))->fields)

/* Every field, hidden ones too: they follow the items in the same array,
 * beyond the tuple's size. */
static size_t n_fields(Object *o) {
    size_t n = 0;
    while (FIELDS(o)[n]) n++;
    return n;
}

Object *structseq_new(ThreadState *ts, StructSeqType *type, Object *const *values) {
    size_t n = 0;
    while (type->fields[n]) n++;
    TupleObject *t = (TupleObject *)obj_alloc(ts, &type->type, sizeof(TupleObject) + n * sizeof(Object *));
    if (!t) return NULL;
    t->size = type->n_in_sequence ? type->n_in_sequence : n;
    for (size_t i = 0; i < n; i++) t->items[i] = NEWREF(values[i]);
    gc_track(ts, (Object *)t);
    return (Object *)t;
}

void structseq_dealloc(Object *self) {
    gc_untrack(self);
    for (size_t i = n_fields(self); i-- > 0;) XDECREF(TUPLE_ITEMS(self)[i]);
    obj_free(self);
}

int structseq_traverse(Object *self, VisitFunc visit, void *arg) {
    for (size_t i = 0, n = n_fields(self); i < n; i++)
        if (TUPLE_ITEMS(self)[i] && visit(TUPLE_ITEMS(self)[i], arg)) return 1;
    return 0;
}

/* sys.version_info(major=3, minor=11, ...) */
Object *structseq_repr(ThreadState *ts, Object *self) {
    StrBuf buf;
    strbuf_init(&buf);
    strbuf_puts(&buf, TYPE(self)->name);
    strbuf_appendc(&buf, '(');
    const char *const *fields = FIELDS(self);
    for (size_t i = 0; i < TUPLE_SIZE(self) && fields[i]; i++) {
        if (i) strbuf_append(&buf, ", ", 2);
        Object *r = obj_repr(ts, TUPLE_GET(self, i));
        if (!r) {
            strbuf_free(&buf);
            return NULL;
        }
        strbuf_printf(&buf, "%s=", fields[i]);
        strbuf_append(&buf, STR_DATA(r), STR_SIZE(r));
        DECREF(r);
    }
    strbuf_appendc(&buf, ')');
    return str_from_strbuf(ts, &buf);
}

/* The last field of that name: a hidden field wins over an item. */
Object *structseq_getattr(ThreadState *ts, Object *self, Object *name) {
    if (str_check(name)) {
        const char *const *fields = FIELDS(self);
        for (size_t i = n_fields(self); i-- > 0;)
            if (str_eq_cstr(name, fields[i])) return NEWREF(TUPLE_ITEMS(self)[i]);
    }
    return obj_generic_getattr(ts, self, name);
}

/* The fields are read-only, as the tuple's items are. */
int structseq_setattr(ThreadState *ts, Object *self, Object *name, Object *value) {
    const char *const *fields = FIELDS(self);
    for (size_t i = 0; str_check(name) && fields[i]; i++)
        if (str_eq_cstr(name, fields[i])) {
            err_set_string(ts, &ExcAttributeError, "readonly attribute");
            return -1;
        }
    err_format(ts, &ExcAttributeError, "'%s' object has no attribute '%U'", TYPE_NAME(self), name);
    return -1;
}

Object *structseq_refuse_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                             Object *kwnames) {
    return err_format(ts, &ExcTypeError, "cannot create '%s' instances", type->name);
}

/* (type, (tuple, {})): as CPython's; copy.copy() of one is itself. */
CFUNC(structseq_reduce) {
    if (args_exactly(ts, "__reduce__", nargs, kwnames, 0) < 0) return NULL;
    Object *items = tuple_from_array(ts, TUPLE_ITEMS(self), TUPLE_SIZE(self));
    Object *d = items ? dict_new(ts) : NULL;
    Object *inner = d ? tuple_pack(ts, 2, items, d) : NULL;
    Object *r = inner ? tuple_pack(ts, 2, (Object *)TYPE(self), inner) : NULL;
    XDECREF(items);
    XDECREF(d);
    XDECREF(inner);
    return r;
}

const MethodDef structseq_methods[] = {
    {"__reduce__", structseq_reduce, 0, NULL},
    {NULL},
};
