/* iter.c -- the lazy iterators: the sequence iterator, iter(callable,
 * sentinel), enumerate, zip, map, filter and reversed.
 *
 * Lesson 10 (scaling): these are lazy. map and zip produce one item at a
 * time, so a pipeline of them never builds a whole list; enumerate and zip
 * even reuse their result tuple when nobody kept the last one
 * (tuple_for_iterator).
 *
 * They share one object layout (IterObject) and one type template
 * (ITER_TYPE); each iterator is a `new` and a `next` function. Start
 * reading at enumerate_next().
 */
#include <stdlib.h>

#include "iter.h"
#include "typealias.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "func.h"
#include "args.h"

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

/* Each of these holds up to two references and a counter. */
typedef struct {
    OBJECT_HEAD;
    Object *a;            /* the iterator / sequence / callable */
    Object *b;            /* second: function, sentinel, or tuple of iterators */
    Object *count;        /* enumerate's counter as an int object, when large */
    int64_t index;
    bool strict;          /* zip(strict=True) */
    Object *result;       /* enumerate's and zip's last tuple, reused (tuple_for_iterator) */
} IterObject;

static Object *iterobj_new(ThreadState *ts, TypeObject *type, Object *a, Object *b) {
    IterObject *it = (IterObject *)obj_alloc(ts, type, type->basicsize);   /* a subclass adds __dict__ */
    if (!it) return NULL;
    it->a = XNEWREF(a);
    it->b = XNEWREF(b);
    gc_track(ts, (Object *)it);
    return (Object *)it;
}

static void iterobj_dealloc(Object *self) {
    gc_untrack(self);
    IterObject *it = (IterObject *)self;
    XDECREF(it->a);
    XDECREF(it->b);
    XDECREF(it->count);
    XDECREF(it->result);
    obj_free(self);
}

static int iterobj_traverse(Object *self, VisitFunc visit, void *arg) {
    IterObject *it = (IterObject *)self;
    if (it->a && visit(it->a, arg)) return 1;
    if (it->b && visit(it->b, arg)) return 1;
    if (it->count && visit(it->count, arg)) return 1;
    if (it->result && visit(it->result, arg)) return 1;
    return 0;
}

static int iterobj_clear(Object *self) {
    IterObject *it = (IterObject *)self;
    CLEAR(it->a);
    CLEAR(it->b);
    CLEAR(it->count);
    CLEAR(it->result);
    return 0;
}

#define ITER_TYPE_FLAGS(cname, pyname, nextfn, newfn, extra) \
    TypeObject cname = {                               \
        .head = {IMMORTAL_REFCNT, &TypeType},          \
        .name = pyname,                                \
        .basicsize = sizeof(IterObject),               \
        .flags = TYPE_FLAG_GC | (extra),               \
        .dealloc = iterobj_dealloc,                    \
        .traverse = iterobj_traverse,                  \
        .clear = iterobj_clear,                        \
        .getattr = obj_generic_getattr,                \
        .iter = iter_self,                             \
        .next = nextfn,                                \
        .new_ = newfn,                                 \
    };
#define ITER_TYPE(cname, pyname, nextfn, newfn) ITER_TYPE_FLAGS(cname, pyname, nextfn, newfn, 0)
/* the ones a class may derive from, as in CPython: class M(map) */
#define ITER_BASE_TYPE(cname, pyname, nextfn, newfn) \
    ITER_TYPE_FLAGS(cname, pyname, nextfn, newfn, TYPE_FLAG_BASETYPE)

/* ---- the sequence protocol: iterate by calling __getitem__(0, 1, ...) --- */

Object *seqiter_new(ThreadState *ts, Object *seq) {
    return iterobj_new(ts, &SeqIterType, seq, NULL);
}

/* The sequence is held while its __getitem__ runs: that code may call
 * next() on this iterator, which drops the sequence when it is exhausted. */
static Object *seqiter_next(ThreadState *ts, Object *self) {
    IterObject *it = (IterObject *)self;
    if (!it->a) return NULL;
    Object *i = int_from_i64(ts, it->index);
    if (!i) return NULL;
    Object *seq = NEWREF(it->a);
    Object *r = obj_getitem(ts, seq, i);
    DECREF(seq);
    DECREF(i);
    if (r) {
        it->index++;
        return r;
    }
    if (err_matches(ts, &ExcIndexError) || err_matches(ts, &ExcStopIteration)) {
        err_clear(ts);
        CLEAR(it->a);
    }
    return NULL;
}

ITER_TYPE(SeqIterType, "iterator", seqiter_next, NULL)

/* ---- iter(callable, sentinel) ------------------------------------------- */

Object *calliter_new(ThreadState *ts, Object *callable, Object *sentinel) {
    return iterobj_new(ts, &CallIterType, callable, sentinel);
}

/* As CPython's calliter_iternext: the sentinel is compared with the result
 * (sentinel == result, so the sentinel's __eq__ is asked first), and both
 * the callable and the sentinel are dropped once it matches. They are held
 * while their Python code runs, which may call next() on this iterator. */
static Object *calliter_next(ThreadState *ts, Object *self) {
    IterObject *it = (IterObject *)self;
    if (!it->a) return NULL;
    Object *callable = NEWREF(it->a);
    Object *r = obj_call0(ts, callable);
    DECREF(callable);
    if (!r) {
        if (err_matches(ts, &ExcStopIteration)) {
            err_clear(ts);
            CLEAR(it->a);
            CLEAR(it->b);
        }
        return NULL;
    }
    if (!it->b) { DECREF(r); return NULL; }   /* exhausted by a nested next() meanwhile */
    Object *sentinel = NEWREF(it->b);
    int eq = obj_richcompare_bool(ts, sentinel, r, CMP_EQ);
    DECREF(sentinel);
    if (eq == 0) return r;
    DECREF(r);
    if (eq > 0) {
        CLEAR(it->a);
        CLEAR(it->b);
    }
    return NULL;
}

ITER_TYPE(CallIterType, "callable_iterator", calliter_next, NULL)

/* ---- enumerate(iterable, start=0) -------------------------------------- */

static Object *enumerate_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                             Object *kwnames) {
    /* CPython binds enumerate()'s arguments by hand (enum_vectorcall), not
     * with Argument Clinic, so its messages are its own: beyond the count,
     * each keyword must name the parameter its place leaves, or the two
     * keywords come as start= then iterable=. */
    size_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (nargs == 0 && nkw != 1 && nkw != 2)
        return err_set_string(ts, &ExcTypeError, "enumerate() missing required argument 'iterable'");
    if (nargs + nkw > 2)
        return err_format(ts, &ExcTypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkw);
    static const char *const names[] = {"iterable", "start"};
    Object *a[2] = {args[0], nargs + nkw == 2 ? args[1] : NULL};
    bool swapped = nkw == 2 && str_eq_cstr(TUPLE_GET(kwnames, 0), "start");
    for (size_t k = swapped ? 1 : 0; k < nkw; k++) {
        const char *want = swapped ? "iterable" : names[nargs + k];
        if (!str_eq_cstr(TUPLE_GET(kwnames, k), want))
            return err_format(ts, &ExcTypeError, "'%U' is an invalid keyword argument for enumerate()",
                              TUPLE_GET(kwnames, k));
    }
    if (swapped) {
        a[0] = args[1];
        a[1] = args[0];
    }
    Object *it = obj_iter(ts, a[0]);
    if (!it) return NULL;
    IterObject *e = (IterObject *)iterobj_new(ts, type, it, NULL);
    DECREF(it);
    if (!e) return NULL;
    if (a[1]) {
        Object *start = obj_index(ts, a[1]);
        if (!start) { DECREF(e); return NULL; }
        int64_t v;
        if (int_as_i64(start, &v) && v < INT64_MAX / 2 && v > INT64_MIN / 2) {
            e->index = v;
            DECREF(start);
        } else {
            e->count = start;
        }
    }
    return (Object *)e;
}

static Object *enumerate_next(ThreadState *ts, Object *self) {
    IterObject *e = (IterObject *)self;
    Object *item = obj_next(ts, e->a);
    if (!item) return NULL;
    Object *idx;
    if (e->count) {
        idx = NEWREF(e->count);
        Object *one = int_from_i64(ts, 1);
        Object *next = obj_binop(ts, NB_ADD, e->count, one);
        DECREF(one);
        if (!next) { DECREF(idx); DECREF(item); return NULL; }
        SETREF(e->count, next);
    } else {
        idx = int_from_i64(ts, e->index++);
    }
    if (!idx) { DECREF(item); return NULL; }
    Object *pair[2] = {idx, item};
    return tuple_for_iterator(ts, &e->result, 2, pair);
}

/* enumerate[int] is a types.GenericAlias (PEP 585), as in CPython: the one
 * built-in iterator that is subscriptable */
static const MethodDef enumerate_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

TypeObject EnumerateType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "enumerate",
    .basicsize = sizeof(IterObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = iterobj_dealloc,
    .traverse = iterobj_traverse,
    .clear = iterobj_clear,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = enumerate_next,
    .new_ = enumerate_new,
    .methods = enumerate_methods,
};

/* ---- zip(*iterables, strict=False) -------------------------------------- */

static Object *zip_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                       Object *kwnames) {
    static const char *const names[] = {"strict", NULL};
    static const ArgSpec spec = {"zip", names, .kwonly = 1};
    Object *a[1];
    if (args_parse(ts, &spec, args_after(args, nargs), 0, kwnames, a) < 0) return NULL;
    int strict = a[0] ? obj_is_true(ts, a[0]) : 0;
    if (strict < 0) return NULL;
    Object *iters = tuple_new(ts, nargs);
    if (!iters) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        Object *it = obj_iter(ts, args[i]);
        if (!it) { DECREF(iters); return NULL; }
        TUPLE_SET_STEAL(iters, i, it);
    }
    IterObject *z = (IterObject *)iterobj_new(ts, type, iters, NULL);
    DECREF(iters);
    if (z) z->strict = strict;
    return (Object *)z;
}

static Object *zip_next(ThreadState *ts, Object *self) {
    IterObject *z = (IterObject *)self;
    if (!z->a) return NULL;
    size_t n = TUPLE_SIZE(z->a);
    if (n == 0) return NULL;
    Object *small[8], **items = n <= 8 ? small : rawmem_alloc(n * sizeof(Object *));
    if (!items) return err_no_memory(ts);
    for (size_t i = 0; i < n; i++) {
        Object *item = obj_next(ts, TUPLE_GET(z->a, i));
        if (!item) {
            if (!err_occurred(ts) && z->strict) {
                if (i > 0) {
                    err_format(ts, &ExcValueError, "zip() argument %zu is shorter than argument%s%zu",
                               i + 1, i == 1 ? " " : "s 1-", i);
                } else {
                    for (size_t j = 1; j < n; j++) {
                        Object *x = obj_next(ts, TUPLE_GET(z->a, j));
                        if (x) {
                            DECREF(x);
                            err_format(ts, &ExcValueError, "zip() argument %zu is longer than argument%s%zu",
                                       j + 1, j == 1 ? " " : "s 1-", j);
                            break;
                        }
                        if (err_occurred(ts)) break;
                    }
                }
            }
            for (size_t j = 0; j < i; j++) DECREF(items[j]);
            if (items != small) rawmem_free(items);
            return NULL;
        }
        items[i] = item;
    }
    Object *t = tuple_for_iterator(ts, &z->result, n, items);
    if (items != small) rawmem_free(items);
    return t;
}

ITER_BASE_TYPE(ZipType, "zip", zip_next, zip_new)

/* ---- map(func, *iterables) ---------------------------------------------- */

static Object *map_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                       Object *kwnames) {
    if (args_no_kwargs(ts, "map", kwnames) < 0) return NULL;
    if (nargs < 2) return err_format(ts, &ExcTypeError, "map() must have at least two arguments.");
    Object *iters = tuple_new(ts, nargs - 1);
    if (!iters) return NULL;
    for (size_t i = 1; i < nargs; i++) {
        Object *it = obj_iter(ts, args[i]);
        if (!it) { DECREF(iters); return NULL; }
        TUPLE_SET_STEAL(iters, i - 1, it);
    }
    Object *m = iterobj_new(ts, type, iters, args[0]);
    DECREF(iters);
    return m;
}

static Object *map_next(ThreadState *ts, Object *self) {
    IterObject *m = (IterObject *)self;
    size_t n = TUPLE_SIZE(m->a);
    Object *small[8];
    Object **items = n <= 8 ? small : rawmem_alloc(n * sizeof(Object *));
    if (!items) return err_no_memory(ts);
    size_t got = 0;
    Object *r = NULL;
    for (; got < n; got++) {
        items[got] = obj_next(ts, TUPLE_GET(m->a, got));
        if (!items[got]) goto done;
    }
    r = obj_call(ts, m->b, items, n, NULL);
done:
    for (size_t i = 0; i < got; i++) DECREF(items[i]);
    if (items != small) rawmem_free(items);
    return r;
}

ITER_BASE_TYPE(MapType, "map", map_next, map_new)

/* ---- filter(function or None, iterable) -------------------------------- */

static Object *filter_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                          Object *kwnames) {
    if (args_no_kwargs(ts, "filter", kwnames) < 0) return NULL;
    if (args_count(ts, "filter", nargs, 2, 2) < 0) return NULL;
    Object *it = obj_iter(ts, args[1]);
    if (!it) return NULL;
    Object *f = iterobj_new(ts, type, it, args[0]);
    DECREF(it);
    return f;
}

static Object *filter_next(ThreadState *ts, Object *self) {
    IterObject *f = (IterObject *)self;
    for (;;) {
        Object *item = obj_next(ts, f->a);
        if (!item) return NULL;
        int keep;
        if (f->b == None || f->b == (Object *)&BoolType) {
            keep = obj_is_true(ts, item);
        } else {
            Object *r = obj_call1(ts, f->b, item);
            if (!r) { DECREF(item); return NULL; }
            keep = obj_is_true(ts, r);
            DECREF(r);
        }
        if (keep > 0) return item;
        DECREF(item);
        if (keep < 0) return NULL;
    }
}

ITER_BASE_TYPE(FilterType, "filter", filter_next, filter_new)

/* ---- reversed(seq) ------------------------------------------------------ */

static Object *reversed_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if (args_no_kwargs(ts, "reversed", kwnames) < 0) return NULL;
    if (args_count(ts, "reversed", nargs, 1, 1) < 0) return NULL;
    Object *seq = args[0];
    Object *rev = type_lookup_borrowed(TYPE(seq), ts->interp->ids.__reversed__);
    if (rev == None) return err_format(ts, &ExcTypeError, "'%s' object is not reversible", TYPE_NAME(seq));
    if (rev) {
        Object *m = obj_getattr(ts, seq, ts->interp->ids.__reversed__);
        if (!m) return NULL;
        Object *r = obj_call0(ts, m);
        DECREF(m);
        return r;
    }
    if (!TYPE(seq)->len || !TYPE(seq)->getitem || (TYPE(seq)->flags & TYPE_FLAG_DICT_SUBCLASS))
        return err_format(ts, &ExcTypeError, "'%s' object is not reversible", TYPE_NAME(seq));
    ssize_t n = obj_len(ts, seq);
    if (n < 0) return NULL;
    IterObject *r = (IterObject *)iterobj_new(ts, type, seq, NULL);
    if (r) r->index = n - 1;
    return (Object *)r;
}

/* As CPython's reversed_next: the index moves only once __getitem__ has
 * answered (that code may call next() on this iterator), and any error
 * ends the iteration. */
static Object *reversed_next(ThreadState *ts, Object *self) {
    IterObject *r = (IterObject *)self;
    if (r->a && r->index >= 0) {
        Object *i = int_from_i64(ts, r->index);
        if (!i) return NULL;
        Object *seq = NEWREF(r->a);       /* held: __getitem__ may exhaust us */
        Object *item = obj_getitem(ts, seq, i);
        DECREF(seq);
        DECREF(i);
        if (item) {
            r->index--;
            return item;
        }
        if (err_matches(ts, &ExcIndexError) || err_matches(ts, &ExcStopIteration)) err_clear(ts);
    }
    r->index = -1;
    CLEAR(r->a);
    return NULL;
}

ITER_BASE_TYPE(ReversedType, "reversed", reversed_next, reversed_new)
