/* slice.c -- slice objects: what a[i:j:k] hands to __getitem__.
 *
 * Lesson 10 (scaling): a slice holds only its three bounds, resolved
 * against a sequence's length when it is used, so s[i:j] touches just the
 * j - i items it selects (list, tuple, str and range all come through here).
 *
 * Resolving is two steps, as in CPython: slice_unpack() reads the bounds
 * (calling __index__, which is Python code that may change the sequence),
 * then slice_adjust() clamps them to the length -- read only after the
 * unpacking. slice_indices() does both, for sequences whose length cannot
 * change (str, tuple, range).
 *
 * Start reading at slice_unpack().
 */
#include "slice.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "func.h"
#include "args.h"

Object *slice_new(ThreadState *ts, Object *start, Object *stop, Object *step) {
    SliceObject *s = (SliceObject *)obj_alloc(ts, &SliceType, sizeof(SliceObject));
    if (!s) return NULL;
    s->start = NEWREF(start ? start : None);
    s->stop = NEWREF(stop ? stop : None);
    s->step = NEWREF(step ? step : None);
    gc_track(ts, (Object *)s);
    return (Object *)s;
}

static void slice_dealloc(Object *self) {
    gc_untrack(self);
    SliceObject *s = (SliceObject *)self;
    DECREF(s->start);
    DECREF(s->stop);
    DECREF(s->step);
    obj_free(self);
}

static int slice_traverse(Object *self, VisitFunc visit, void *arg) {
    SliceObject *s = (SliceObject *)self;
    return visit(s->start, arg) || visit(s->stop, arg) || visit(s->step, arg);
}

/* A slice bound as a C value, clamped to the ssize_t range as CPython's
 * _PyEval_SliceIndex does. */
static int slice_bound(ThreadState *ts, Object *o, ssize_t *out) {
    if (!int_check(o) && !TYPE(o)->index) {
        err_set_string(ts, &ExcTypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Object *i = obj_index(ts, o);
    if (!i) return -1;
    int64_t v;
    if (!int_as_i64(i, &v)) v = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    DECREF(i);
    *out = (ssize_t)v;
    return 0;
}

int slice_unpack(ThreadState *ts, Object *self, ssize_t *start, ssize_t *stop, ssize_t *step) {
    SliceObject *s = (SliceObject *)self;
    ssize_t st = 1;
    if (s->step != None) {
        if (slice_bound(ts, s->step, &st) < 0) return -1;
        if (st == 0) {
            err_set_string(ts, &ExcValueError, "slice step cannot be zero");
            return -1;
        }
        if (st < -SSIZE_MAX) st = -SSIZE_MAX;
    }
    ssize_t lo, hi;
    if (s->start == None) lo = st < 0 ? SSIZE_MAX : 0;
    else if (slice_bound(ts, s->start, &lo) < 0) return -1;
    if (s->stop == None) hi = st < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX;
    else if (slice_bound(ts, s->stop, &hi) < 0) return -1;
    *start = lo;
    *stop = hi;
    *step = st;
    return 0;
}

ssize_t slice_adjust(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step) {
    ssize_t lo = *start, hi = *stop;
    if (lo < 0) {
        lo += length;
        if (lo < 0) lo = step < 0 ? -1 : 0;
    } else if (lo >= length) {
        lo = step < 0 ? length - 1 : length;
    }
    if (hi < 0) {
        hi += length;
        if (hi < 0) hi = step < 0 ? -1 : 0;
    } else if (hi >= length) {
        hi = step < 0 ? length - 1 : length;
    }
    *start = lo;
    *stop = hi;
    if (step < 0) return hi < lo ? (lo - hi - 1) / (-step) + 1 : 0;
    return lo < hi ? (hi - lo - 1) / step + 1 : 0;
}

ssize_t slice_indices(ThreadState *ts, Object *self, ssize_t length, ssize_t *start, ssize_t *stop,
                      ssize_t *step) {
    if (slice_unpack(ts, self, start, stop, step) < 0) return -1;
    return slice_adjust(length, start, stop, *step);
}

static Object *slice_repr(ThreadState *ts, Object *self) {
    SliceObject *s = (SliceObject *)self;
    return str_format(ts, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Object *slice_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (TYPE(a) != &SliceType || TYPE(b) != &SliceType) return NEWREF(NotImplemented);
    SliceObject *x = (SliceObject *)a, *y = (SliceObject *)b;
    Object *ta = tuple_pack(ts, 3, x->start, x->stop, x->step);
    Object *tb = ta ? tuple_pack(ts, 3, y->start, y->stop, y->step) : NULL;
    Object *r = tb ? obj_richcompare(ts, ta, tb, op) : NULL;
    XDECREF(ta);
    XDECREF(tb);
    return r;
}

static Object *slice_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_no_kwargs(ts, "slice", kwnames) < 0) return NULL;
    if (args_count(ts, "slice", nargs, 1, 3) < 0) return NULL;
    if (nargs == 1) return slice_new(ts, NULL, args[0], NULL);
    return slice_new(ts, args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static CFUNC(slice_m_indices) {
    if (args_exactly(ts, "indices", nargs, kwnames, 1) < 0) return NULL;
    ssize_t len = obj_as_ssize(ts, args[0], NULL);
    if (len == -1 && err_occurred(ts)) return NULL;
    if (len < 0) return err_set_string(ts, &ExcValueError, "length should not be negative");
    ssize_t start, stop, step;
    if (slice_indices(ts, self, len, &start, &stop, &step) < 0) return NULL;
    Object *a = int_from_i64(ts, start), *b = int_from_i64(ts, stop), *c = int_from_i64(ts, step);
    Object *t = (a && b && c) ? tuple_pack(ts, 3, a, b, c) : NULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return t;
}

static GETTER(slice_get_start) { return NEWREF(((SliceObject *)self)->start); }
static GETTER(slice_get_stop) { return NEWREF(((SliceObject *)self)->stop); }
static GETTER(slice_get_step) { return NEWREF(((SliceObject *)self)->step); }

static const MethodDef slice_methods[] = {
    {"indices", slice_m_indices, 0, NULL},
    {NULL},
};

static const GetSetDef slice_getset[] = {
    {"start", slice_get_start, NULL, NULL},
    {"stop", slice_get_stop, NULL, NULL},
    {"step", slice_get_step, NULL, NULL},
    {NULL},
};

TypeObject SliceType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "slice",
    .doc = "slice(stop)\n"
    "slice(start, stop[, step])\n"
    "\n"
    "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .basicsize = sizeof(SliceObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = obj_hash_unhashable,
    .richcompare = slice_richcompare,
    .getattr = obj_generic_getattr,
    .traverse = slice_traverse,
    .new_ = slice_new_slot,
    .methods = slice_methods,
    .getset = slice_getset,
};
