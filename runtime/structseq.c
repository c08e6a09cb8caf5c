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
#include <stdio.h>
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
#include "list.h"
#include "common/rawmem.h"

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

Object *structseq_new_from_sequence(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                                    Object *kwnames) {
    static const char *const names[] = {"sequence", "dict", NULL};
    char fname[96];
    snprintf(fname, sizeof fname, "%s", type->name);
    ArgSpec spec = {fname, names, .required = 1};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    StructSeqType *st = (StructSeqType *)type;
    size_t max = 0;
    while (st->fields[max]) max++;
    size_t min = st->n_in_sequence ? st->n_in_sequence : max;
    Object *dict = a[1] && a[1] != None ? a[1] : NULL;
    if (dict && !dict_check(dict))
        return err_format(ts, &ExcTypeError, "%s() takes a dict as second arg, if any", type->name);
    Object *seq = list_from_iterable(ts, a[0]);
    if (!seq) {
        if (err_matches(ts, &ExcTypeError)) {
            err_clear(ts);
            err_set_string(ts, &ExcTypeError, "constructor requires a sequence");
        }
        return NULL;
    }
    size_t len = LIST_SIZE(seq);
    Object *r = NULL;
    if (len < min) {
        if (min == max)
            err_format(ts, &ExcTypeError, "%s() takes a %zu-sequence (%zu-sequence given)", type->name, min, len);
        else
            err_format(ts, &ExcTypeError, "%s() takes an at least %zu-sequence (%zu-sequence given)", type->name,
                       min, len);
    } else if (len > max) {
        if (min == max)
            err_format(ts, &ExcTypeError, "%s() takes a %zu-sequence (%zu-sequence given)", type->name, min, len);
        else
            err_format(ts, &ExcTypeError, "%s() takes an at most %zu-sequence (%zu-sequence given)", type->name,
                       max, len);
    } else {
        Object **values = rawmem_calloc(max ? max : 1, sizeof(Object *));
        bool ok = values != NULL;
        if (!ok) err_no_memory(ts);
        for (size_t i = 0; ok && i < max; i++) {
            if (i < len) {
                values[i] = LIST_GET(seq, i);
                continue;
            }
            Object *v = dict ? dict_get_cstr_borrowed(ts, dict, st->fields[i]) : NULL;
            if (!v && err_occurred(ts)) ok = false;
            values[i] = v ? v : None;
        }
        if (ok) r = structseq_new(ts, st, values);
        rawmem_free(values);
    }
    DECREF(seq);
    return r;
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
