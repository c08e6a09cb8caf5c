/* range.c -- the range type and its iterator.
 *
 * Lesson 10 (scaling): range is lazy. range(10**9) costs no memory, and
 * `x in range(n)` is arithmetic, not a scan (range_contains_int); a loop
 * over a range makes one int at a time (rangeiter_next).
 *
 * Start reading at range_new(), then range_contains_int().
 */
#include "range.h"
#include "slice.h"
#include "exceptions.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "func.h"
#include "args.h"

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

/* A range keeps int64 start, stop, step and length -- the fast case every
 * loop uses. Ranges beyond that (range(10**20)) keep Python ints in `big`
 * and compute with them, slowly but exactly, as CPython's range does. */

Object *range_new(ThreadState *ts, int64_t start, int64_t stop, int64_t step) {
    RangeObject *r = (RangeObject *)obj_alloc(ts, &RangeType, sizeof(RangeObject));
    if (!r) return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    int64_t len = 0;
    if (step > 0 && start < stop) len = (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1);
    else if (step < 0 && start > stop) len = (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (uint64_t)(-(step + 1) + 1) + 1);
    r->length = len;
    return (Object *)r;
}

static Object *I(ThreadState *ts, int64_t v) { return int_from_i64(ts, v); }

/* a op b on Python ints, consuming neither */
static Object *big(ThreadState *ts, NbOp op, Object *a, Object *b) { return obj_binop(ts, op, a, b); }

static int big_cmp(ThreadState *ts, Object *a, Object *b, CompareOp op) { return obj_richcompare_bool(ts, a, b, op); }

/* The range for Python-int bounds: int64 fields when everything fits. */
static Object *range_from_ints(ThreadState *ts, Object *start, Object *stop, Object *step) {
    Object *zero = I(ts, 0), *one = I(ts, 1), *len = NULL, *r = NULL;
    int pos = big_cmp(ts, step, zero, CMP_GT);
    Object *lo = pos ? start : stop, *hi = pos ? stop : start;
    Object *astep = pos ? NEWREF(step) : obj_neg(ts, step);
    if (!astep) goto done;
    int empty = big_cmp(ts, lo, hi, CMP_GE);
    if (empty < 0) goto done;
    if (empty) {
        len = NEWREF(zero);
    } else {
        Object *d = big(ts, NB_SUB, hi, lo);
        Object *d1 = d ? big(ts, NB_SUB, d, one) : NULL;
        Object *q = d1 ? big(ts, NB_FLOORDIV, d1, astep) : NULL;
        len = q ? big(ts, NB_ADD, q, one) : NULL;
        XDECREF(d);
        XDECREF(d1);
        XDECREF(q);
    }
    if (!len) goto done;
    int64_t a, b, c, n;
    if (int_as_i64(start, &a) && int_as_i64(stop, &b) && int_as_i64(step, &c) && int_as_i64(len, &n) &&
        n < INT64_MAX / 2) {
        r = range_new(ts, a, b, c);
    } else {
        RangeObject *ro = (RangeObject *)obj_alloc(ts, &RangeType, sizeof(RangeObject));
        if (ro) {
            ro->big = tuple_pack(ts, 4, start, stop, step, len);
            if (!ro->big) { obj_free((Object *)ro); ro = NULL; }
        }
        r = (Object *)ro;
    }
done:
    XDECREF(astep);
    XDECREF(len);
    DECREF(zero);
    DECREF(one);
    return r;
}

/* The range's fields as Python ints (new references in out[0..3]). */
static void range_fields(ThreadState *ts, RangeObject *r, Object **out) {
    if (r->big) {
        for (int i = 0; i < 4; i++) out[i] = NEWREF(TUPLE_GET(r->big, i));
    } else {
        out[0] = I(ts, r->start);
        out[1] = I(ts, r->stop);
        out[2] = I(ts, r->step);
        out[3] = I(ts, r->length);
    }
}

static void drop4(Object **f) { for (int i = 0; i < 4; i++) XDECREF(f[i]); }

static Object *range_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_no_kwargs(ts, "range", kwnames) < 0) return NULL;
    if (args_count(ts, "range", nargs, 1, 3) < 0) return NULL;
    Object *v[3] = {NULL, NULL, NULL};
    for (size_t i = 0; i < nargs; i++) {
        v[i] = obj_index(ts, args[i]);
        if (!v[i]) { for (size_t k = 0; k < i; k++) DECREF(v[k]); return NULL; }
    }
    Object *start, *stop, *step;
    if (nargs == 1) { start = I(ts, 0); stop = v[0]; step = I(ts, 1); }
    else { start = v[0]; stop = v[1]; step = nargs == 3 ? v[2] : I(ts, 1); }
    Object *r = NULL;
    if (int_sign(step) == 0) err_set_string(ts, &ExcValueError, "range() arg 3 must not be zero");
    else r = range_from_ints(ts, start, stop, step);
    DECREF(start);
    DECREF(stop);
    DECREF(step);
    return r;
}

static Object *range_repr(ThreadState *ts, Object *self) {
    RangeObject *r = (RangeObject *)self;
    if (r->big) {
        Object *st = TUPLE_GET(r->big, 2);
        int64_t sv;
        if (int_as_i64(st, &sv) && sv == 1)
            return str_format(ts, "range(%R, %R)", TUPLE_GET(r->big, 0), TUPLE_GET(r->big, 1));
        return str_format(ts, "range(%R, %R, %R)", TUPLE_GET(r->big, 0), TUPLE_GET(r->big, 1), st);
    }
    if (r->step == 1) return str_format(ts, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_format(ts, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                      (long long)r->step);
}

static ssize_t range_len(ThreadState *ts, Object *self) {
    RangeObject *r = (RangeObject *)self;
    if (r->big) {
        int64_t n;
        if (!int_as_i64(TUPLE_GET(r->big, 3), &n)) {
            err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        return (ssize_t)n;
    }
    return (ssize_t)r->length;
}

static int range_bool(ThreadState *ts, Object *self) {
    RangeObject *r = (RangeObject *)self;
    if (r->big) return int_sign(TUPLE_GET(r->big, 3)) != 0;
    return r->length > 0;
}

static int64_t range_item(RangeObject *r, int64_t i) { return r->start + i * r->step; }

/* The index of a slice bound in Python ints, clipped as CPython's
 * _PySlice_GetLongIndices does. */
static Object *slice_bound_long(ThreadState *ts, Object *v, Object *length, Object *lower, Object *upper,
                                Object *dflt) {
    if (v == None) return NEWREF(dflt);
    if (!int_check(v) && !TYPE(v)->index)
        return err_set_string(ts, &ExcTypeError, "slice indices must be integers or None or have an __index__ method");
    Object *i = obj_index(ts, v);
    if (!i) return NULL;
    if (int_sign(i) < 0) {
        Object *j = big(ts, NB_ADD, i, length);
        DECREF(i);
        if (!j) return NULL;
        i = j;
        if (big_cmp(ts, i, lower, CMP_LT) > 0) SETREF(i, NEWREF(lower));
    } else if (big_cmp(ts, i, upper, CMP_GT) > 0) {
        SETREF(i, NEWREF(upper));
    }
    return i;
}

static Object *range_slice(ThreadState *ts, RangeObject *r, SliceObject *sl) {
    Object *f[4];
    range_fields(ts, r, f);
    Object *step = NULL, *lower = NULL, *upper = NULL, *start = NULL, *stop = NULL, *res = NULL;
    Object *ns = NULL, *ne = NULL, *nst = NULL, *t = NULL;
    step = sl->step == None ? I(ts, 1) : obj_index(ts, sl->step);
    if (!step) goto done;
    if (int_sign(step) == 0) { err_set_string(ts, &ExcValueError, "slice step cannot be zero"); goto done; }
    bool neg = int_sign(step) < 0;
    lower = I(ts, neg ? -1 : 0);
    upper = neg ? big(ts, NB_ADD, f[3], lower) : NEWREF(f[3]);
    if (!upper) goto done;
    start = slice_bound_long(ts, sl->start, f[3], lower, upper, neg ? upper : lower);
    stop = start ? slice_bound_long(ts, sl->stop, f[3], lower, upper, neg ? lower : upper) : NULL;
    if (!stop) goto done;
    t = big(ts, NB_MUL, start, f[2]);
    ns = t ? big(ts, NB_ADD, f[0], t) : NULL;
    CLEAR(t);
    t = ns ? big(ts, NB_MUL, stop, f[2]) : NULL;
    ne = t ? big(ts, NB_ADD, f[0], t) : NULL;
    nst = ne ? big(ts, NB_MUL, f[2], step) : NULL;
    if (nst) res = range_from_ints(ts, ns, ne, nst);
done:
    drop4(f);
    XDECREF(step); XDECREF(lower); XDECREF(upper); XDECREF(start); XDECREF(stop);
    XDECREF(ns); XDECREF(ne); XDECREF(nst); XDECREF(t);
    return res;
}

static Object *range_getitem(ThreadState *ts, Object *self, Object *key) {
    RangeObject *r = (RangeObject *)self;
    if (TYPE(key) == &SliceType) {
        if (!r->big) {
            ssize_t start, stop, step;
            if (slice_indices(ts, key, (ssize_t)r->length, &start, &stop, &step) >= 0)
                return range_new(ts, r->start + start * r->step, r->start + stop * r->step, r->step * step);
            err_clear(ts);
        }
        return range_slice(ts, r, (SliceObject *)key);
    }
    if (!int_check(key) && !TYPE(key)->index)
        return err_format(ts, &ExcTypeError, "range indices must be integers or slices, not %s",
                          TYPE_NAME(key));
    Object *idx = obj_index(ts, key);
    if (!idx) return NULL;
    int64_t i;
    if (!r->big && int_as_i64(idx, &i)) {
        DECREF(idx);
        if (i < 0) i += r->length;
        if (i < 0 || i >= r->length) return err_set_string(ts, &ExcIndexError, "range object index out of range");
        return int_from_i64(ts, range_item(r, i));
    }
    Object *f[4];
    range_fields(ts, r, f);
    Object *res = NULL;
    if (int_sign(idx) < 0) SETREF(idx, big(ts, NB_ADD, idx, f[3]));
    if (idx) {
        if (int_sign(idx) < 0 || big_cmp(ts, idx, f[3], CMP_GE) > 0) {
            err_set_string(ts, &ExcIndexError, "range object index out of range");
        } else {
            Object *t = big(ts, NB_MUL, idx, f[2]);
            res = t ? big(ts, NB_ADD, f[0], t) : NULL;
            XDECREF(t);
        }
    }
    XDECREF(idx);
    drop4(f);
    return res;
}

static int range_contains_int(ThreadState *ts, RangeObject *r, Object *x) {
    int64_t v;
    if (!r->big && int_as_i64(x, &v)) {
        if (r->length == 0) return 0;
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
        return ((v - r->start) % r->step) == 0;
    }
    Object *f[4];
    range_fields(ts, r, f);
    int res = 0;
    bool pos = int_sign(f[2]) > 0;
    int in = pos ? (big_cmp(ts, x, f[0], CMP_GE) > 0 && big_cmp(ts, x, f[1], CMP_LT) > 0)
                 : (big_cmp(ts, x, f[0], CMP_LE) > 0 && big_cmp(ts, x, f[1], CMP_GT) > 0);
    if (in) {
        Object *d = big(ts, NB_SUB, x, f[0]);
        Object *m = d ? big(ts, NB_MOD, d, f[2]) : NULL;
        res = m ? int_sign(m) == 0 : -1;
        XDECREF(d);
        XDECREF(m);
    }
    drop4(f);
    return res;
}

static int range_contains(ThreadState *ts, Object *self, Object *x) {
    RangeObject *r = (RangeObject *)self;
    if (int_check(x)) return range_contains_int(ts, r, x);
    Object *it = obj_iter(ts, self);
    if (!it) return -1;
    Object *v;
    int found = 0;
    while ((v = obj_next(ts, it)) != NULL) {
        found = obj_richcompare_bool(ts, v, x, CMP_EQ);
        DECREF(v);
        if (found != 0) break;
    }
    DECREF(it);
    if (found == 0 && err_occurred(ts)) return -1;
    return found;
}

/* Ranges are equal when they produce the same numbers: compare the
 * normalised (length, start, step) -- start and step matter only as far
 * as the range has elements. */
static Object *range_key(ThreadState *ts, RangeObject *r) {
    Object *f[4];
    range_fields(ts, r, f);
    Object *t;
    if (int_sign(f[3]) == 0) t = tuple_pack(ts, 3, f[3], None, None);
    else {
        int64_t n;
        bool one = int_as_i64(f[3], &n) && n == 1;
        t = tuple_pack(ts, 3, f[3], f[0], one ? None : f[2]);
    }
    drop4(f);
    return t;
}

static Object *range_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (TYPE(a) != &RangeType || TYPE(b) != &RangeType || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(NotImplemented);
    Object *ka = range_key(ts, (RangeObject *)a), *kb = ka ? range_key(ts, (RangeObject *)b) : NULL;
    Object *r = kb ? obj_richcompare(ts, ka, kb, op) : NULL;
    XDECREF(ka);
    XDECREF(kb);
    return r;
}

static int64_t range_hash(ThreadState *ts, Object *self) {
    Object *k = range_key(ts, (RangeObject *)self);
    if (!k) return -1;
    int64_t h = obj_hash(ts, k);
    DECREF(k);
    return h;
}

static void range_dealloc(Object *self) {
    XDECREF(((RangeObject *)self)->big);
    obj_free(self);
}


static Object *rangeiter_make(ThreadState *ts, int64_t start, int64_t step, int64_t len) {
    RangeIterObject *it = (RangeIterObject *)obj_alloc(ts, &RangeIterType, sizeof(RangeIterObject));
    if (!it) return NULL;
    it->next = start;
    it->step = step;
    it->remaining = len;
    return (Object *)it;
}

static Object *big_iter(ThreadState *ts, Object *start, Object *step, Object *len) {
    RangeIterObject *it = (RangeIterObject *)obj_alloc(ts, &RangeIterType, sizeof(RangeIterObject));
    if (!it) return NULL;
    it->bnext = NEWREF(start);
    it->bstep = NEWREF(step);
    it->bremaining = NEWREF(len);
    return (Object *)it;
}

static Object *range_iter(ThreadState *ts, Object *self) {
    RangeObject *r = (RangeObject *)self;
    if (r->big) return big_iter(ts, TUPLE_GET(r->big, 0), TUPLE_GET(r->big, 2), TUPLE_GET(r->big, 3));
    return rangeiter_make(ts, r->start, r->step, r->length);
}

static Object *rangeiter_next(ThreadState *ts, Object *self) {
    RangeIterObject *it = (RangeIterObject *)self;
    if (it->bnext) {
        if (int_sign(it->bremaining) <= 0) return NULL;
        Object *v = NEWREF(it->bnext);
        Object *one = I(ts, 1);
        Object *n = big(ts, NB_ADD, it->bnext, it->bstep);
        Object *rem = big(ts, NB_SUB, it->bremaining, one);
        DECREF(one);
        if (!n || !rem) { XDECREF(n); XDECREF(rem); DECREF(v); return NULL; }
        SETREF(it->bnext, n);
        SETREF(it->bremaining, rem);
        return v;
    }
    if (it->remaining <= 0) return NULL;
    int64_t v = it->next;
    it->next += it->step;
    it->remaining--;
    return int_from_i64(ts, v);
}

static CFUNC(rangeiter_length_hint) {
    if (args_exactly(ts, "__length_hint__", nargs, kwnames, 0) < 0) return NULL;
    RangeIterObject *it = (RangeIterObject *)self;
    if (it->bnext) return NEWREF(it->bremaining);
    return int_from_i64(ts, it->remaining > 0 ? it->remaining : 0);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL},
};

static void rangeiter_dealloc(Object *self) {
    RangeIterObject *it = (RangeIterObject *)self;
    XDECREF(it->bnext);
    XDECREF(it->bstep);
    XDECREF(it->bremaining);
    obj_free(self);
}

static CFUNC(range_reversed) {
    RangeObject *r = (RangeObject *)self;
    if (r->big) {
        Object *f[4];
        range_fields(ts, r, f);
        Object *one = I(ts, 1);
        Object *n1 = big(ts, NB_SUB, f[3], one);
        Object *t = n1 ? big(ts, NB_MUL, n1, f[2]) : NULL;
        Object *last = t ? big(ts, NB_ADD, f[0], t) : NULL;
        Object *nstep = obj_neg(ts, f[2]);
        Object *it = last && nstep ? big_iter(ts, last, nstep, f[3]) : NULL;
        XDECREF(one); XDECREF(n1); XDECREF(t); XDECREF(last); XDECREF(nstep);
        drop4(f);
        return it;
    }
    return rangeiter_make(ts, r->start + (r->length - 1) * r->step, -r->step, r->length);
}

static CFUNC(range_count) {
    if (args_exactly(ts, "count", nargs, kwnames, 1) < 0) return NULL;
    int r = int_check(args[0]) ? range_contains_int(ts, (RangeObject *)self, args[0])
                               : range_contains(ts, self, args[0]);
    return r < 0 ? NULL : int_from_i64(ts, r);
}

static CFUNC(range_index) {
    if (args_exactly(ts, "index", nargs, kwnames, 1) < 0) return NULL;
    RangeObject *r = (RangeObject *)self;
    if (int_check(args[0])) {
        int c = range_contains_int(ts, r, args[0]);
        if (c < 0) return NULL;
        if (c) {
            Object *f[4];
            range_fields(ts, r, f);
            Object *d = big(ts, NB_SUB, args[0], f[0]);
            Object *q = d ? big(ts, NB_FLOORDIV, d, f[2]) : NULL;
            XDECREF(d);
            drop4(f);
            return q;
        }
    }
    return err_format(ts, &ExcValueError, "%R is not in range", args[0]);
}

static Object *range_get(ThreadState *ts, Object *self, int which) {
    Object *f[4];
    range_fields(ts, (RangeObject *)self, f);
    Object *r = NEWREF(f[which]);
    drop4(f);
    return r;
}
static GETTER(range_get_start) { return range_get(ts, self, 0); }
static GETTER(range_get_stop) { return range_get(ts, self, 1); }
static GETTER(range_get_step) { return range_get(ts, self, 2); }

static const MethodDef range_methods[] = {
    {"__reversed__", range_reversed, 0, NULL},
    {"count", range_count, 0, NULL},
    {"index", range_index, 0, NULL},
    {NULL},
};

static const GetSetDef range_getset[] = {
    {"start", range_get_start, NULL, NULL},
    {"stop", range_get_stop, NULL, NULL},
    {"step", range_get_step, NULL, NULL},
    {NULL},
};

TypeObject RangeType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "range",
    .flags = TYPE_FLAG_SEQUENCE,
    .basicsize = sizeof(RangeObject),
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .getattr = obj_generic_getattr,
    .iter = range_iter,
    .new_ = range_new_slot,
    .bool_ = range_bool,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getset = range_getset,
};

TypeObject RangeIterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObject),
    .dealloc = rangeiter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = rangeiter_next,
    .methods = rangeiter_methods,
};
