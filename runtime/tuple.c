/* tuple.c -- the tuple type: a fixed array of references.
 *
 * Lesson 1 (dict keys): a tuple is hashable only when every element is, and
 * its hash is computed from the elements' hashes with CPython's algorithm
 * (an xxHash-style mix), so hash((1, 2)) is the same number as in CPython.
 * A tuple holding a list is immutable yet unhashable.
 */
#include <stdarg.h>
#include <string.h>

#include "typealias.h"
#include "tuple.h"
#include "tablewalk.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "list.h"
#include "slice.h"
#include "func.h"
#include "args.h"

/* ---- construction ------------------------------------------------------ */

Object *tuple_new(ThreadState *ts, size_t size) {
    if (size == 0 && ts->interp->empty_tuple) return NEWREF(ts->interp->empty_tuple);
    if (size > (SIZE_MAX - sizeof(TupleObject)) / sizeof(Object *) / 2) return err_no_memory(ts);
    TupleObject *t = (TupleObject *)obj_alloc(ts, &TupleType,
                                              sizeof(TupleObject) + size * sizeof(Object *));
    if (!t) return NULL;
    t->size = size;
    gc_track(ts, (Object *)t);
    return (Object *)t;
}

Object *tuple_from_array(ThreadState *ts, Object *const *items, size_t n) {
    Object *t = tuple_new(ts, n);
    if (!t) return NULL;
    for (size_t i = 0; i < n; i++) TUPLE_SET_STEAL(t, i, NEWREF(items[i]));
    return t;
}

Object *tuple_pack(ThreadState *ts, size_t n, ...) {
    /* an argument that could not be made (NULL, its error set) makes none */
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        if (!va_arg(ap, Object *)) {
            va_end(ap);
            return err_occurred(ts) ? NULL : err_bad_internal_call(ts, "tuple_pack");
        }
    }
    va_end(ap);
    Object *t = tuple_new(ts, n);
    if (!t) return NULL;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) TUPLE_SET_STEAL(t, i, NEWREF(va_arg(ap, Object *)));
    va_end(ap);
    return t;
}

Object *tuple_for_iterator(ThreadState *ts, Object **cache, size_t n, Object **items) {
    Object *t = *cache;
    if (t && t->refcnt == 1 && TUPLE_SIZE(t) == n) {
        INCREF(t);
        for (size_t i = 0; i < n; i++) {     /* swap: items[] gets the old ones */
            Object *old = TUPLE_ITEMS(t)[i];
            TUPLE_ITEMS(t)[i] = items[i];
            items[i] = old;
        }
        for (size_t i = 0; i < n; i++) DECREF(items[i]);   /* t is held twice: safe from __del__ */
        return t;
    }
    t = tuple_new(ts, n);
    if (!t) {
        for (size_t i = 0; i < n; i++) DECREF(items[i]);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) TUPLE_SET_STEAL(t, i, items[i]);
    Object *old = *cache;
    *cache = NEWREF(t);
    XDECREF(old);
    return t;
}

Object *tuple_from_iterable(ThreadState *ts, Object *iterable) {
    if (tuple_check_exact(iterable)) return NEWREF(iterable);
    if (list_check_exact(iterable))      /* a list subclass may define its own __iter__ */
        return tuple_from_array(ts, LIST_ITEMS(iterable), LIST_SIZE(iterable));
    Object *l = list_from_iterable(ts, iterable);
    if (!l) return NULL;
    Object *t = list_as_tuple(ts, l);
    DECREF(l);
    return t;
}

Object *tuple_slice(ThreadState *ts, Object *t, size_t start, size_t stop) {
    if (start == 0 && stop == TUPLE_SIZE(t) && tuple_check_exact(t)) return NEWREF(t);
    if (stop < start) stop = start;
    return tuple_from_array(ts, TUPLE_ITEMS(t) + start, stop - start);
}

/* ---- slots ------------------------------------------------------------- */

/* Items are released last first, as CPython does (their __del__ order shows). */
static void tuple_dealloc(Object *self) {
    gc_untrack(self);
    TupleObject *t = (TupleObject *)self;
    for (size_t i = t->size; i-- > 0;) XDECREF(t->items[i]);
    obj_free(self);
}

static int tuple_traverse(Object *self, VisitFunc visit, void *arg) {
    TupleObject *t = (TupleObject *)self;
    for (size_t i = 0; i < t->size; i++)
        if (t->items[i] && visit(t->items[i], arg)) return 1;
    return 0;
}

static Object *tuple_repr(ThreadState *ts, Object *self) {
    size_t n = TUPLE_SIZE(self);
    if (n == 0) return str_from_cstr(ts, "()");
    int rec = repr_enter(ts, self);
    if (rec != 0) return rec > 0 ? str_from_cstr(ts, "(...)") : NULL;
    StrBuf buf;
    strbuf_init(&buf);
    strbuf_appendc(&buf, '(');
    for (size_t i = 0; i < n; i++) {
        if (i) strbuf_append(&buf, ", ", 2);
        Object *r = obj_repr(ts, TUPLE_GET(self, i));
        if (!r) {
            strbuf_free(&buf);
            repr_leave(ts, self);
            return NULL;
        }
        strbuf_append(&buf, STR_DATA(r), STR_SIZE(r));
        DECREF(r);
    }
    if (n == 1) strbuf_appendc(&buf, ',');
    strbuf_appendc(&buf, ')');
    repr_leave(ts, self);
    return str_from_strbuf(ts, &buf);
}

/* CPython's tuple hash: each element's hash is mixed in with xxHash's
 * primes and a 31-bit rotation, then the length is folded in. */
static int64_t tuple_hash(ThreadState *ts, Object *self) {
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                   P5 = 2870177450012600261ULL;
    size_t n = TUPLE_SIZE(self);
    uint64_t acc = P5;
    for (size_t i = 0; i < n; i++) {
        int64_t h = obj_hash(ts, TUPLE_GET(self, i));
        if (h == -1) return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += n ^ (P5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

/* Shared by tuple and list: lexicographic comparison, as CPython's
 * tuplerichcompare and list_richcompare. Find the first index where the
 * items differ; compare those items, or else the lengths. An __eq__ may
 * change a list under us (shrink it, clear it, replace its items), so a
 * list's length and items are read again after each call, and the two
 * items compared are held meanwhile; a tuple cannot change. */
Object *seq_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    bool lists = list_check(a);
#define SEQ_LEN(o) (lists ? LIST_SIZE(o) : TUPLE_SIZE(o))
#define SEQ_ITEM(o, i) (lists ? LIST_GET(o, i) : TUPLE_GET(o, i))
    size_t i;
    for (i = 0; i < SEQ_LEN(a) && i < SEQ_LEN(b); i++) {
        Object *x = SEQ_ITEM(a, i), *y = SEQ_ITEM(b, i);
        if (x == y) continue;
        if (lists) { INCREF(x); INCREF(y); }
        int eq = obj_richcompare_bool(ts, x, y, CMP_EQ);
        if (lists) { DECREF(x); DECREF(y); }
        if (eq < 0) return NULL;
        if (!eq) break;
    }
    size_t na = SEQ_LEN(a), nb = SEQ_LEN(b);
    if (i >= na || i >= nb) {
        bool r;
        switch (op) {
        case CMP_LT: r = na < nb; break;
        case CMP_LE: r = na <= nb; break;
        case CMP_EQ: r = na == nb; break;
        case CMP_NE: r = na != nb; break;
        case CMP_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return bool_from(r);
    }
    if (op == CMP_EQ) return NEWREF(False);
    if (op == CMP_NE) return NEWREF(True);
    Object *x = SEQ_ITEM(a, i), *y = SEQ_ITEM(b, i);
    if (lists) { INCREF(x); INCREF(y); }
    Object *r = obj_richcompare(ts, x, y, op);
    if (lists) { DECREF(x); DECREF(y); }
    return r;
#undef SEQ_LEN
#undef SEQ_ITEM
}

static Object *tuple_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (!tuple_check(a) || !tuple_check(b)) return NEWREF(NotImplemented);
    return seq_richcompare(ts, a, b, op);
}

static ssize_t tuple_len(ThreadState *ts, Object *self) { return (ssize_t)TUPLE_SIZE(self); }

static Object *tuple_getitem(ThreadState *ts, Object *self, Object *key) {
    if (int_check(key)) {
        int64_t i;
        ssize_t n = (ssize_t)TUPLE_SIZE(self);
        if (!int_as_i64(key, &i))
            return err_format(ts, &ExcIndexError, "cannot fit 'int' into an index-sized integer");
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set_string(ts, &ExcIndexError, "tuple index out of range");
        return NEWREF(TUPLE_GET(self, i));
    }
    if (TYPE(key) == &SliceType) {
        ssize_t start, stop, step;
        ssize_t count = slice_indices(ts, key, (ssize_t)TUPLE_SIZE(self), &start, &stop, &step);
        if (count < 0) return NULL;
        if (step == 1) return tuple_slice(ts, self, (size_t)start, (size_t)(start + count));
        Object *t = tuple_new(ts, (size_t)count);
        if (!t) return NULL;
        for (ssize_t k = 0, i = start; k < count; k++, i += step)
            TUPLE_SET_STEAL(t, k, NEWREF(TUPLE_GET(self, i)));
        return t;
    }
    if (TYPE(key)->index) {
        Object *i = obj_index_for_subscript(ts, key);
        if (!i) return NULL;
        Object *r = tuple_getitem(ts, self, i);
        DECREF(i);
        return r;
    }
    return err_format(ts, &ExcTypeError, "tuple indices must be integers or slices, not %s",
                      TYPE_NAME(key));
}

static int tuple_contains(ThreadState *ts, Object *self, Object *item) {
    size_t i = 0;
    int eq = 0;
    while (i < TUPLE_SIZE(self)) {
        eq = obj_richcompare_bool(ts, TUPLE_GET(self, i++), item, CMP_EQ);
        if (eq != 0) break;
    }
    if (eq >= 0) sequence_searched(ts, self, item, i, eq > 0);
    return eq;
}

static Object *tuple_add(ThreadState *ts, Object *a, Object *b) {
    if (!tuple_check(a) || !tuple_check(b)) return NEWREF(NotImplemented);
    size_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b);
    if (nb == 0 && tuple_check_exact(a)) return NEWREF(a);
    if (na == 0 && tuple_check_exact(b)) return NEWREF(b);
    Object *t = tuple_new(ts, na + nb);
    if (!t) return NULL;
    for (size_t i = 0; i < na; i++) TUPLE_SET_STEAL(t, i, NEWREF(TUPLE_GET(a, i)));
    for (size_t i = 0; i < nb; i++) TUPLE_SET_STEAL(t, na + i, NEWREF(TUPLE_GET(b, i)));
    return t;
}

static Object *tuple_mul(ThreadState *ts, Object *a, Object *b) {
    Object *seq = tuple_check(a) ? a : b, *count = seq == a ? b : a;
    if (!tuple_check(seq) || !int_check(count)) return NEWREF(NotImplemented);
    int64_t n;
    if (!int_as_i64(count, &n))
        return err_format(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
    size_t size = TUPLE_SIZE(seq);
    if (n <= 0 || size == 0) return tuple_new(ts, 0);
    if (n == 1 && tuple_check_exact(seq)) return NEWREF(seq);
    if ((uint64_t)n > (SIZE_MAX / 16) / size) return err_no_memory(ts);
    Object *t = tuple_new(ts, size * (size_t)n);
    if (!t) return NULL;
    for (size_t k = 0; k < (size_t)n; k++)
        for (size_t i = 0; i < size; i++)
            TUPLE_SET_STEAL(t, k * size + i, NEWREF(TUPLE_GET(seq, i)));
    return t;
}

static Object *tuple_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_no_kwargs(ts, "tuple", kwnames) < 0 || args_count(ts, "tuple", nargs, 0, 1) < 0) return NULL;
    Object *t = nargs ? tuple_from_iterable(ts, args[0]) : tuple_new(ts, 0);
    if (!t || type == &TupleType) return t;
    /* a subclass: copy into an instance of the subclass layout */
    size_t n = TUPLE_SIZE(t);
    TupleObject *r = (TupleObject *)obj_alloc(ts, type, obj_var_alloc_size(type, n * sizeof(Object *)));
    if (!r) { DECREF(t); return NULL; }
    r->size = n;
    for (size_t i = 0; i < n; i++) r->items[i] = NEWREF(TUPLE_GET(t, i));
    DECREF(t);
    gc_track(ts, (Object *)r);
    return (Object *)r;
}

/* ---- iteration --------------------------------------------------------- */

typedef struct {
    OBJECT_HEAD;
    Object *seq;          /* NULL when exhausted */
    size_t index;
} TupleIterObject;

static Object *tuple_iter(ThreadState *ts, Object *self) {
    TupleIterObject *it = (TupleIterObject *)obj_alloc(ts, &TupleIterType, sizeof(TupleIterObject));
    if (!it) return NULL;
    it->seq = NEWREF(self);
    gc_track(ts, (Object *)it);
    return (Object *)it;
}

static Object *tupleiter_next(ThreadState *ts, Object *self) {
    TupleIterObject *it = (TupleIterObject *)self;
    if (!it->seq) return NULL;
    if (it->index < TUPLE_SIZE(it->seq)) return NEWREF(TUPLE_GET(it->seq, it->index++));
    CLEAR(it->seq);
    return NULL;
}

static void tupleiter_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(((TupleIterObject *)self)->seq);
    obj_free(self);
}

static int tupleiter_traverse(Object *self, VisitFunc visit, void *arg) {
    Object *s = ((TupleIterObject *)self)->seq;
    return s ? visit(s, arg) : 0;
}

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

TypeObject TupleIterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = tupleiter_dealloc,
    .traverse = tupleiter_traverse,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = tupleiter_next,
};

/* ---- methods ----------------------------------------------------------- */

static CFUNC(tuple_index) {
    if (args_no_kwargs(ts, "tuple.index", kwnames) < 0 || args_count(ts, "index", nargs, 1, 3) < 0)
        return NULL;
    ssize_t n = (ssize_t)TUPLE_SIZE(self), start = 0, stop = n;
    if (nargs > 1) {
        start = obj_as_ssize(ts, args[1], NULL);
        if (start == -1 && err_occurred(ts)) return NULL;
        if (start < 0) { start += n; if (start < 0) start = 0; }
    }
    if (nargs > 2) {
        stop = obj_as_ssize(ts, args[2], NULL);
        if (stop == -1 && err_occurred(ts)) return NULL;
        if (stop < 0) stop += n;
    }
    for (ssize_t i = start; i < stop && i < n; i++) {
        int eq = obj_richcompare_bool(ts, TUPLE_GET(self, i), args[0], CMP_EQ);
        if (eq < 0) return NULL;
        if (eq) return int_from_i64(ts, i);
    }
    return err_set_string(ts, &ExcValueError, "tuple.index(x): x not in tuple");
}

static CFUNC(tuple_count) {
    if (args_exactly(ts, "tuple.count", nargs, kwnames, 1) < 0)
        return NULL;
    int64_t c = 0;
    for (size_t i = 0; i < TUPLE_SIZE(self); i++) {
        int eq = obj_richcompare_bool(ts, TUPLE_GET(self, i), args[0], CMP_EQ);
        if (eq < 0) return NULL;
        c += eq;
    }
    return int_from_i64(ts, c);
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index, 0, "Return first index of value."},
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

TypeObject TupleType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "tuple",
    .basicsize = sizeof(TupleObject),
    .itemsize = sizeof(Object *),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_TUPLE_SUBCLASS | TYPE_FLAG_SEQUENCE | TYPE_FLAG_MATCH_SELF,
    .doc = "Built-in immutable sequence.",
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .getattr = obj_generic_getattr,
    .iter = tuple_iter,
    .traverse = tuple_traverse,
    .new_ = tuple_new_slot,
    .binop = {[NB_ADD] = tuple_add, [NB_MUL] = tuple_mul},
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .methods = tuple_methods,
};
