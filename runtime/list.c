/* list.c -- the list type: a growable array of references.
 *
 * Lesson 10 (scaling): `x in some_list` is list_contains(), a loop that
 * compares x with every item in turn -- n comparisons for n items -- while
 * a set or dict finds x with a hash probe. Appending is amortised O(1)
 * because the array over-allocates (by about 1/8, as CPython's list does).
 *
 * Sorting (timsort, with its essay) has a file of its own:
 * runtime/listsort.c.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "typealias.h"
#include "list.h"
#include "tablewalk.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "slice.h"
#include "func.h"
#include "args.h"

/* ---- storage ----------------------------------------------------------- */

static int list_resize(ThreadState *ts, ListObject *l, size_t newsize) {
    /* signed: a list being sorted has cap -1, and any resize changes it */
    if ((ssize_t)newsize <= l->cap && (ssize_t)newsize >= l->cap / 2) {
        l->size = newsize;
        return 0;
    }
    size_t newcap = newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6);
    if (newsize == 0) newcap = 0;
    if (newcap > SIZE_MAX / sizeof(Object *) / 2) { err_no_memory(ts); return -1; }
    /* emptied by a resize, the list keeps a (one-slot) array, as CPython's
     * zero-byte realloc does */
    Object **items = rawmem_realloc(l->items, (newcap ? newcap : 1) * sizeof(Object *));
    if (!items) {
        if (newsize > l->size) { err_no_memory(ts); return -1; }
        newcap = (size_t)(l->cap > 0 ? l->cap : 0);   /* shrinking: keep the larger array */
        items = l->items;
    }
    l->items = items;
    l->cap = (ssize_t)newcap;
    l->size = newsize;
    return 0;
}

Object *list_new(ThreadState *ts, size_t size) {
    if (size > SIZE_MAX / sizeof(Object *) / 2) return err_no_memory(ts);
    ListObject *l = (ListObject *)obj_alloc(ts, &ListType, sizeof(ListObject));
    if (!l) return NULL;
    if (size) {
        l->items = rawmem_calloc(size, sizeof(Object *));
        if (!l->items) { obj_free((Object *)l); return err_no_memory(ts); }
    }
    l->size = size;
    l->cap = (ssize_t)size;
    gc_track(ts, (Object *)l);
    return (Object *)l;
}

int list_append_steal(ThreadState *ts, Object *self, Object *item) {
    ListObject *l = (ListObject *)self;
    size_t n = l->size;
    if (LIKELY((ssize_t)n < l->cap)) {
        l->items[n] = item;
        l->size = n + 1;
        return 0;
    }
    if (list_resize(ts, l, n + 1) < 0) { DECREF(item); return -1; }
    l->items[n] = item;
    return 0;
}

int list_append(ThreadState *ts, Object *self, Object *item) {
    INCREF(item);
    return list_append_steal(ts, self, item);
}

int list_insert(ThreadState *ts, Object *self, ssize_t where, Object *item) {
    ListObject *l = (ListObject *)self;
    ssize_t n = (ssize_t)l->size;
    if (where < 0) { where += n; if (where < 0) where = 0; }
    if (where > n) where = n;
    if (list_resize(ts, l, (size_t)n + 1) < 0) return -1;
    memmove(&l->items[where + 1], &l->items[where], (size_t)(n - where) * sizeof(Object *));
    l->items[where] = NEWREF(item);
    return 0;
}

int list_extend(ThreadState *ts, Object *self, Object *iterable) {
    ListObject *l = (ListObject *)self;
    /* exact lists and tuples only: a subclass may define its own __iter__ */
    if (list_check_exact(iterable) || tuple_check_exact(iterable) || iterable == self) {
        bool is_list = list_check(iterable);
        size_t n = is_list ? LIST_SIZE(iterable) : TUPLE_SIZE(iterable);
        if (n == 0) return 0;   /* not even a resize: a list being sorted stays unchanged */
        size_t old = l->size;
        if (list_resize(ts, l, old + n) < 0) return -1;
        /* self.extend(self): the source items were at [0, old) */
        Object **src = is_list ? LIST_ITEMS(iterable) : TUPLE_ITEMS(iterable);
        for (size_t i = 0; i < n; i++) l->items[old + i] = NEWREF(src[i]);
        return 0;
    }
    Object *it = obj_iter(ts, iterable);
    if (!it) return -1;
    /* room for as many as the iterable says it has, at once (CPython's
     * guess: a wrong one costs memory or time, never correctness) */
    ssize_t hint = obj_length_hint(ts, iterable, 8);
    if (hint < 0) { DECREF(it); return -1; }
    size_t m = l->size;
    if ((size_t)hint > SIZE_MAX / 2 - m) { DECREF(it); err_no_memory(ts); return -1; }
    if (hint > 0) {
        if (list_resize(ts, l, m + (size_t)hint) < 0) { DECREF(it); return -1; }
        l->size = m;
    }
    Object *x;
    while ((x = obj_next(ts, it)) != NULL) {
        if (list_append_steal(ts, self, x) < 0) { DECREF(it); return -1; }
    }
    DECREF(it);
    if (err_occurred(ts)) return -1;
    /* a guess that was too large: give the rest back */
    if ((ssize_t)l->size < l->cap / 2) list_resize(ts, l, l->size);
    return 0;
}

Object *list_from_iterable(ThreadState *ts, Object *iterable) {
    Object *l = list_new(ts, 0);
    if (!l) return NULL;
    if (list_extend(ts, l, iterable) < 0) { DECREF(l); return NULL; }
    return l;
}

Object *list_as_tuple(ThreadState *ts, Object *list) {
    return tuple_from_array(ts, LIST_ITEMS(list), LIST_SIZE(list));
}

int list_reverse(Object *self) {
    ListObject *l = (ListObject *)self;
    if (l->size < 2) return 0;
    for (size_t i = 0, j = l->size - 1; i < j; i++, j--) {
        Object *t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return 0;
}

/* ---- slots ------------------------------------------------------------- */

/* Items are released last first, as CPython releases them: the order in
 * which their __del__ methods run is visible. */
static void list_dealloc(Object *self) {
    gc_untrack(self);
    ListObject *l = (ListObject *)self;
    for (size_t i = l->size; i-- > 0;) XDECREF(l->items[i]);
    rawmem_free(l->items);
    obj_free(self);
}

static int list_traverse(Object *self, VisitFunc visit, void *arg) {
    ListObject *l = (ListObject *)self;
    for (size_t i = 0; i < l->size; i++)
        if (l->items[i] && visit(l->items[i], arg)) return 1;
    return 0;
}

/* Empty the list, then release its items: a __del__ that runs meanwhile
 * finds an empty list (and may fill it again). A list with no array is
 * left alone -- so one being sorted does not count as changed. */
static int list_clear_slot(Object *self) {
    ListObject *l = (ListObject *)self;
    Object **items = l->items;
    if (!items) return 0;
    size_t n = l->size;
    l->items = NULL;
    l->size = 0;
    l->cap = 0;
    for (size_t i = n; i-- > 0;) XDECREF(items[i]);
    rawmem_free(items);
    return 0;
}

static Object *list_repr(ThreadState *ts, Object *self) {
    if (LIST_SIZE(self) == 0) return str_from_cstr(ts, "[]");
    int rec = repr_enter(ts, self);
    if (rec != 0) return rec > 0 ? str_from_cstr(ts, "[...]") : NULL;
    StrBuf buf;
    strbuf_init(&buf);
    strbuf_appendc(&buf, '[');
    for (size_t i = 0; i < LIST_SIZE(self); i++) {
        if (i) strbuf_append(&buf, ", ", 2);
        Object *item = LIST_GET(self, i);
        INCREF(item);
        Object *r = obj_repr(ts, item);
        DECREF(item);
        if (!r) {
            strbuf_free(&buf);
            repr_leave(ts, self);
            return NULL;
        }
        strbuf_append(&buf, STR_DATA(r), STR_SIZE(r));
        DECREF(r);
    }
    strbuf_appendc(&buf, ']');
    repr_leave(ts, self);
    return str_from_strbuf(ts, &buf);
}

static Object *list_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (!list_check(a) || !list_check(b)) return NEWREF(NotImplemented);
    if ((op == CMP_EQ || op == CMP_NE) && LIST_SIZE(a) != LIST_SIZE(b))
        return bool_from(op == CMP_NE);
    return seq_richcompare(ts, a, b, op);
}

static ssize_t list_len(ThreadState *ts, Object *self) { return (ssize_t)LIST_SIZE(self); }

static int list_index_of(ThreadState *ts, Object *key, ssize_t n, ssize_t *out) {
    int64_t i;
    if (!int_as_i64(key, &i)) {
        err_format(ts, &ExcIndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (i < 0) i += n;
    *out = (ssize_t)i;
    return 0;
}

Object *list_slice(ThreadState *ts, Object *self, size_t start, size_t stop) {
    size_t count = start < stop ? stop - start : 0;
    Object *r = list_new(ts, count);
    if (!r) return NULL;
    for (size_t k = 0; k < count; k++) LIST_SET_STEAL(r, k, NEWREF(LIST_GET(self, start + k)));
    return r;
}

static Object *list_getitem(ThreadState *ts, Object *self, Object *key) {
    if (int_check(key)) {
        ssize_t i, n = (ssize_t)LIST_SIZE(self);
        if (list_index_of(ts, key, n, &i) < 0) return NULL;
        if (i < 0 || i >= n) return err_set_string(ts, &ExcIndexError, "list index out of range");
        return NEWREF(LIST_GET(self, i));
    }
    if (TYPE(key) == &SliceType) {
        ssize_t start, stop, step;
        if (slice_unpack(ts, key, &start, &stop, &step) < 0) return NULL;   /* __index__ runs here */
        ssize_t count = slice_adjust((ssize_t)LIST_SIZE(self), &start, &stop, step);
        Object *r = list_new(ts, (size_t)count);
        if (!r) return NULL;
        for (ssize_t k = 0, i = start; k < count; k++, i += step)
            LIST_SET_STEAL(r, k, NEWREF(LIST_GET(self, i)));
        return r;
    }
    if (TYPE(key)->index) {
        Object *i = obj_index_for_subscript(ts, key);
        if (!i) return NULL;
        Object *r = list_getitem(ts, self, i);
        DECREF(i);
        return r;
    }
    return err_format(ts, &ExcTypeError, "list indices must be integers or slices, not %s",
                      TYPE_NAME(key));
}

/* l[lo:hi] = the [m] items at [src], or del l[lo:hi] when m is 0: CPython's
 * list_ass_slice once the new items are in hand. [lo] and [hi] are clamped
 * to the list as it is now -- making the new items may have run Python code
 * that changed it. The new items are stored first; the replaced ones are
 * released last, the last one first (CPython's order, visible when they
 * have __del__). */
static int list_replace_range(ThreadState *ts, ListObject *l, ssize_t lo, ssize_t hi, Object *const *src,
                              size_t m) {
    ssize_t n = (ssize_t)l->size;
    if (lo < 0) lo = 0;
    else if (lo > n) lo = n;
    if (hi < lo) hi = lo;
    else if (hi > n) hi = n;
    size_t norig = (size_t)(hi - lo);
    if ((size_t)n - norig + m == 0) return list_clear_slot((Object *)l);
    Object *small[8], **recycle = norig <= 8 ? small : rawmem_alloc(norig * sizeof(Object *));
    if (!recycle) { err_no_memory(ts); return -1; }
    if (norig) memcpy(recycle, l->items + lo, norig * sizeof(Object *));
    size_t tail = (size_t)(n - hi);
    if (m < norig) {
        memmove(l->items + lo + m, l->items + hi, tail * sizeof(Object *));
        list_resize(ts, l, (size_t)n - norig + m);     /* shrinking cannot fail */
    } else if (m > norig) {
        if (list_resize(ts, l, (size_t)n - norig + m) < 0) {
            if (recycle != small) rawmem_free(recycle);
            return -1;
        }
        memmove(l->items + lo + m, l->items + hi, tail * sizeof(Object *));
    }
    for (size_t i = 0; i < m; i++) l->items[lo + i] = NEWREF(src[i]);
    for (size_t k = norig; k-- > 0;) DECREF(recycle[k]);
    if (recycle != small) rawmem_free(recycle);
    return 0;
}

/* del l[start::step] of [count] > 0 items, step != 1. */
static int list_delete_extended(ThreadState *ts, ListObject *l, ssize_t start, ssize_t step, ssize_t count) {
    if (step < 0) {   /* walk it forwards */
        start = start + step * (count - 1);
        step = -step;
    }
    Object **garbage = rawmem_alloc((size_t)count * sizeof(Object *));
    if (!garbage) { err_no_memory(ts); return -1; }
    size_t w = (size_t)start, g = 0;
    for (size_t r = (size_t)start; r < l->size; r++) {
        if (g < (size_t)count && r == (size_t)start + g * (size_t)step) garbage[g++] = l->items[r];
        else l->items[w++] = l->items[r];
    }
    list_resize(ts, l, w);
    for (size_t i = 0; i < g; i++) DECREF(garbage[i]);
    rawmem_free(garbage);
    return 0;
}

/* l[start::step] = the [m] items at [src], step != 1: one for each of the
 * [count] places. */
static int list_assign_extended(ThreadState *ts, ListObject *l, ssize_t start, ssize_t step, ssize_t count,
                                Object *const *src, size_t m) {
    if ((ssize_t)m != count) {
        err_format(ts, &ExcValueError,
                   "attempt to assign sequence of size %zu to extended slice of size %zd", m, count);
        return -1;
    }
    if (count == 0) return 0;
    Object **garbage = rawmem_alloc((size_t)count * sizeof(Object *));
    if (!garbage) { err_no_memory(ts); return -1; }
    for (ssize_t k = 0, i = start; k < count; k++, i += step) {
        garbage[k] = l->items[i];
        l->items[i] = NEWREF(src[k]);
    }
    for (ssize_t k = 0; k < count; k++) DECREF(garbage[k]);   /* after every store: __del__ may change l */
    rawmem_free(garbage);
    return 0;
}

/* l[start:stop:step] = value, or del l[...] when value is NULL. Python code
 * can run twice before the list is touched: the bounds' __index__, then
 * the value's __iter__. Each may change the list, so its length is read
 * after the first, and the bounds checked against it again after the
 * second, as CPython does. */
static int list_set_slice(ThreadState *ts, Object *self, Object *slice, Object *value) {
    ListObject *l = (ListObject *)self;
    ssize_t ustart, ustop, step;
    if (slice_unpack(ts, slice, &ustart, &ustop, &step) < 0) return -1;
    ssize_t start = ustart, stop = ustop;
    ssize_t count = slice_adjust((ssize_t)l->size, &start, &stop, step);
    if (value == NULL) {
        if (step == 1) return list_replace_range(ts, l, start, stop, NULL, 0);
        return count > 0 ? list_delete_extended(ts, l, start, step, count) : 0;
    }
    /* the new items, in a list or tuple we hold */
    Object *seq;
    if (value == self) {
        seq = list_as_tuple(ts, value);          /* l[i:j] = l: copy it first */
    } else if (list_check_exact(value) || tuple_check_exact(value)) {
        seq = NEWREF(value);
    } else {
        if (!TYPE(value)->iter && !TYPE(value)->getitem) {
            err_set_string(ts, &ExcTypeError, step == 1 ? "can only assign an iterable"
                                                         : "must assign iterable to extended slice");
            return -1;
        }
        seq = list_from_iterable(ts, value);     /* runs the value's __iter__ and __next__ */
    }
    if (!seq) return -1;
    Object *const *src = list_check(seq) ? LIST_ITEMS(seq) : TUPLE_ITEMS(seq);
    size_t m = list_check(seq) ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
    int r;
    if (step == 1) {
        r = list_replace_range(ts, l, start, stop, src, m);
    } else {
        /* the list may have shrunk under the slice: resolve it again (CPython
         * would write out of bounds here) */
        ssize_t last = step > 0 ? start + (count - 1) * step : start;
        if (count > 0 && last >= (ssize_t)l->size) {
            start = ustart;
            stop = ustop;
            count = slice_adjust((ssize_t)l->size, &start, &stop, step);
        }
        r = list_assign_extended(ts, l, start, step, count, src, m);
    }
    DECREF(seq);
    return r;
}

static int list_setitem(ThreadState *ts, Object *self, Object *key, Object *value) {
    ListObject *l = (ListObject *)self;
    if (int_check(key)) {
        ssize_t i, n = (ssize_t)l->size;
        if (list_index_of(ts, key, n, &i) < 0) return -1;
        if (i < 0 || i >= n) {
            err_set_string(ts, &ExcIndexError, "list assignment index out of range");
            return -1;
        }
        Object *old = l->items[i];
        if (value) {
            l->items[i] = NEWREF(value);
        } else {
            memmove(&l->items[i], &l->items[i + 1], (size_t)(n - i - 1) * sizeof(Object *));
            list_resize(ts, l, (size_t)n - 1);
        }
        DECREF(old);
        return 0;
    }
    if (TYPE(key) == &SliceType) return list_set_slice(ts, self, key, value);
    if (TYPE(key)->index) {
        Object *i = obj_index_for_subscript(ts, key);
        if (!i) return -1;
        int r = list_setitem(ts, self, i, value);
        DECREF(i);
        return r;
    }
    err_format(ts, &ExcTypeError, "list indices must be integers or slices, not %s", TYPE_NAME(key));
    return -1;
}

static int list_contains(ThreadState *ts, Object *self, Object *item) {
    size_t i = 0;
    int eq = 0;
    while (i < LIST_SIZE(self)) {
        Object *x = LIST_GET(self, i++);
        INCREF(x);
        eq = obj_richcompare_bool(ts, x, item, CMP_EQ);
        DECREF(x);
        if (eq != 0) break;
    }
    if (eq >= 0) sequence_searched(ts, self, item, i, eq > 0);
    return eq;
}

static Object *list_add(ThreadState *ts, Object *a, Object *b) {
    if (!list_check(a) || !list_check(b)) return NEWREF(NotImplemented);
    size_t na = LIST_SIZE(a), nb = LIST_SIZE(b);
    Object *r = list_new(ts, na + nb);
    if (!r) return NULL;
    for (size_t i = 0; i < na; i++) LIST_SET_STEAL(r, i, NEWREF(LIST_GET(a, i)));
    for (size_t i = 0; i < nb; i++) LIST_SET_STEAL(r, na + i, NEWREF(LIST_GET(b, i)));
    return r;
}

static Object *list_inplace_add(ThreadState *ts, Object *a, Object *b) {
    if (list_extend(ts, a, b) < 0) return NULL;
    return NEWREF(a);
}

static int64_t repeat_count(ThreadState *ts, Object *count, bool *ok) {
    int64_t n;
    *ok = true;
    if (!int_as_i64(count, &n)) {
        err_format(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
        *ok = false;
    }
    return n < 0 ? 0 : n;
}

static Object *list_mul(ThreadState *ts, Object *a, Object *b) {
    Object *seq = list_check(a) ? a : b, *count = seq == a ? b : a;
    if (!list_check(seq) || !int_check(count)) return NEWREF(NotImplemented);
    bool ok;
    int64_t n = repeat_count(ts, count, &ok);
    if (!ok) return NULL;
    size_t size = LIST_SIZE(seq);
    if (size && (uint64_t)n > (SIZE_MAX / 16) / size) return err_no_memory(ts);
    Object *r = list_new(ts, size * (size_t)n);
    if (!r) return NULL;
    for (size_t k = 0; k < (size_t)n; k++)
        for (size_t i = 0; i < size; i++) LIST_SET_STEAL(r, k * size + i, NEWREF(LIST_GET(seq, i)));
    return r;
}

static Object *list_inplace_mul(ThreadState *ts, Object *a, Object *b) {
    if (!int_check(b)) return NEWREF(NotImplemented);
    bool ok;
    int64_t n = repeat_count(ts, b, &ok);
    if (!ok) return NULL;
    ListObject *l = (ListObject *)a;
    size_t size = l->size;
    if (size == 0 || n == 1) return NEWREF(a);     /* unchanged, as in CPython */
    if (n == 0) {
        list_clear_slot(a);
        return NEWREF(a);
    }
    if ((uint64_t)n > (SIZE_MAX / 16) / size) return err_no_memory(ts);
    if (list_resize(ts, l, size * (size_t)n) < 0) return NULL;
    for (size_t k = 1; k < (size_t)n; k++)
        for (size_t i = 0; i < size; i++) l->items[k * size + i] = NEWREF(l->items[i]);
    return NEWREF(a);
}

static Object *list_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                             Object *kwnames) {
    ListObject *l = (ListObject *)obj_alloc(ts, type, type->basicsize);
    if (!l) return NULL;
    gc_track(ts, (Object *)l);
    return (Object *)l;
}

static int list_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                     Object *kwnames) {
    if (args_no_kwargs(ts, "list", kwnames) < 0 || args_count(ts, "list", nargs, 0, 1) < 0) return -1;
    list_clear_slot(self);
    if (nargs) return list_extend(ts, self, args[0]);
    return 0;
}

/* ---- iteration --------------------------------------------------------- */


static Object *listiter_make(ThreadState *ts, Object *self, bool reversed) {
    ListIterObject *it = (ListIterObject *)obj_alloc(ts, &ListIterType, sizeof(ListIterObject));
    if (!it) return NULL;
    it->seq = NEWREF(self);
    it->reversed = reversed;
    it->index = reversed ? LIST_SIZE(self) : 0;
    gc_track(ts, (Object *)it);
    return (Object *)it;
}

static Object *list_iter(ThreadState *ts, Object *self) { return listiter_make(ts, self, false); }

static Object *listiter_next(ThreadState *ts, Object *self) {
    ListIterObject *it = (ListIterObject *)self;
    if (!it->seq) return NULL;
    if (!it->reversed) {
        if (it->index < LIST_SIZE(it->seq)) return NEWREF(LIST_GET(it->seq, it->index++));
    } else if (it->index > 0 && it->index <= LIST_SIZE(it->seq)) {
        return NEWREF(LIST_GET(it->seq, --it->index));
    }
    CLEAR(it->seq);
    return NULL;
}

static void listiter_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(((ListIterObject *)self)->seq);
    obj_free(self);
}

static int listiter_traverse(Object *self, VisitFunc visit, void *arg) {
    Object *s = ((ListIterObject *)self)->seq;
    return s ? visit(s, arg) : 0;
}

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

TypeObject ListIterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = listiter_next,
};

/* ---- methods ----------------------------------------------------------- */


static CFUNC(list_m_append) {
    if (args_exactly(ts, "list.append", nargs, kwnames, 1) < 0) return NULL;
    if (list_append(ts, self, args[0]) < 0) return NULL;
    return none_new();
}

static CFUNC(list_m_extend) {
    if (args_exactly(ts, "list.extend", nargs, kwnames, 1) < 0) return NULL;
    if (list_extend(ts, self, args[0]) < 0) return NULL;
    return none_new();
}

static CFUNC(list_m_insert) {
    if (args_count(ts, "insert", nargs, 2, 2) < 0) return NULL;
    ssize_t i = obj_as_ssize(ts, args[0], NULL);
    if (i == -1 && err_occurred(ts)) return NULL;
    if (list_insert(ts, self, i, args[1]) < 0) return NULL;
    return none_new();
}

/* The index argument is converted first: its __index__ may change the list. */
static CFUNC(list_m_pop) {
    if (args_count(ts, "pop", nargs, 0, 1) < 0) return NULL;
    ssize_t i = -1;
    if (nargs) {
        i = obj_as_ssize(ts, args[0], NULL);
        if (i == -1 && err_occurred(ts)) return NULL;
    }
    ListObject *l = (ListObject *)self;
    ssize_t n = (ssize_t)l->size;
    if (n == 0) return err_set_string(ts, &ExcIndexError, "pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_set_string(ts, &ExcIndexError, "pop index out of range");
    Object *item = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (size_t)(n - i - 1) * sizeof(Object *));
    list_resize(ts, l, (size_t)n - 1);
    return item;
}

/* An __eq__ may change the list: its length and items are read again after
 * each comparison, and the item found equal is removed from wherever the
 * list now has room for it -- nothing, if it has shrunk below that index
 * (CPython's list_ass_slice(i, i+1) clamps the same way). */
static CFUNC(list_m_remove) {
    if (args_exactly(ts, "list.remove", nargs, kwnames, 1) < 0) return NULL;
    ListObject *l = (ListObject *)self;
    for (size_t i = 0; i < l->size; i++) {
        Object *x = l->items[i];
        INCREF(x);
        int eq = obj_richcompare_bool(ts, x, args[0], CMP_EQ);
        DECREF(x);
        if (eq < 0) return NULL;
        if (eq > 0) {
            if (list_replace_range(ts, l, (ssize_t)i, (ssize_t)i + 1, NULL, 0) < 0) return NULL;
            return none_new();
        }
    }
    return err_set_string(ts, &ExcValueError, "list.remove(x): x not in list");
}

/* start and stop are converted before the length is read (their __index__
 * may change the list), and the length is read again after each __eq__. */
static CFUNC(list_m_index) {
    if (args_count(ts, "index", nargs, 1, 3) < 0) return NULL;
    ssize_t start = 0, stop = SSIZE_MAX;
    if (nargs > 1) {
        start = obj_as_ssize(ts, args[1], NULL);
        if (start == -1 && err_occurred(ts)) return NULL;
    }
    if (nargs > 2) {
        stop = obj_as_ssize(ts, args[2], NULL);
        if (stop == -1 && err_occurred(ts)) return NULL;
    }
    ssize_t n = (ssize_t)LIST_SIZE(self);
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    for (ssize_t i = start; i < stop && i < (ssize_t)LIST_SIZE(self); i++) {
        Object *x = LIST_GET(self, i);
        INCREF(x);
        int eq = obj_richcompare_bool(ts, x, args[0], CMP_EQ);
        DECREF(x);
        if (eq < 0) return NULL;
        if (eq) return int_from_i64(ts, i);
    }
    return err_format(ts, &ExcValueError, "%R is not in list", args[0]);
}

static CFUNC(list_m_count) {
    if (args_exactly(ts, "list.count", nargs, kwnames, 1) < 0) return NULL;
    int64_t c = 0;
    for (size_t i = 0; i < LIST_SIZE(self); i++) {
        Object *x = LIST_GET(self, i);
        INCREF(x);
        int eq = obj_richcompare_bool(ts, x, args[0], CMP_EQ);
        DECREF(x);
        if (eq < 0) return NULL;
        c += eq;
    }
    return int_from_i64(ts, c);
}

/* Argument Clinic's bool(accept={int}): an int or an __index__ object
 * that fits a C int, not any object with a truth value. */
int list_sort_reverse_arg(ThreadState *ts, Object *arg) {
    const char *too_big = "Python int too large to convert to C int";
    ssize_t v = obj_as_ssize(ts, arg, too_big);
    if (v == -1 && err_occurred(ts)) return -1;
    if (v < INT_MIN || v > INT_MAX) {
        err_set_string(ts, &ExcOverflowError, too_big);
        return -1;
    }
    return v != 0;
}

int list_sort_args(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames, Object *out[2]) {
    static const char *const names[] = {"key", "reverse", NULL};
    static const ArgSpec spec = {"sort", names, .kwonly = 2};
    return args_parse(ts, &spec, args, nargs, kwnames, out);
}

static CFUNC(list_m_sort) {
    Object *a[2];
    if (list_sort_args(ts, args, nargs, kwnames, a) < 0) return NULL;
    int rev = a[1] ? list_sort_reverse_arg(ts, a[1]) : 0;
    if (rev < 0) return NULL;
    if (list_sort(ts, self, a[0] == None ? NULL : a[0], rev) < 0) return NULL;
    return none_new();
}

static CFUNC(list_m_reverse) {
    if (args_exactly(ts, "list.reverse", nargs, kwnames, 0) < 0) return NULL;
    list_reverse(self);
    return none_new();
}

static CFUNC(list_m_copy) {
    if (args_exactly(ts, "list.copy", nargs, kwnames, 0) < 0) return NULL;
    Object *r = list_new(ts, LIST_SIZE(self));
    if (!r) return NULL;
    for (size_t i = 0; i < LIST_SIZE(self); i++) LIST_SET_STEAL(r, i, NEWREF(LIST_GET(self, i)));
    return r;
}

static CFUNC(list_m_clear) {
    if (args_exactly(ts, "list.clear", nargs, kwnames, 0) < 0) return NULL;
    list_clear_slot(self);
    return none_new();
}

static CFUNC(list_m_reversed) {
    if (args_exactly(ts, "list.__reversed__", nargs, kwnames, 0) < 0) return NULL;
    return listiter_make(ts, self, true);
}

static const MethodDef list_methods[] = {
    {"append", list_m_append, 0, "Append object to the end of the list."},
    {"extend", list_m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", list_m_insert, 0, "Insert object before index."},
    {"pop", list_m_pop, 0, "Remove and return item at index (default last)."},
    {"remove", list_m_remove, 0, "Remove first occurrence of value."},
    {"index", list_m_index, 0, "Return first index of value."},
    {"count", list_m_count, 0, "Return number of occurrences of value."},
    {"sort", list_m_sort, METH_KEYWORDS, "Sort the list in ascending order and return None."},
    {"reverse", list_m_reverse, 0, "Reverse *IN PLACE*."},
    {"copy", list_m_copy, 0, "Return a shallow copy of the list."},
    {"clear", list_m_clear, 0, "Remove all items from list."},
    {"__reversed__", list_m_reversed, 0, "Return a reverse iterator over the list."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

TypeObject ListType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "list",
    .basicsize = sizeof(ListObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_LIST_SUBCLASS | TYPE_FLAG_SEQUENCE | TYPE_FLAG_MATCH_SELF,
    .doc = "Built-in mutable sequence.",
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = obj_hash_unhashable,
    .richcompare = list_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .iter = list_iter,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .new_ = list_new_slot,
    .init = list_init,
    .binop = {[NB_ADD] = list_add, [NB_MUL] = list_mul},
    .inplace = {[NB_ADD] = list_inplace_add, [NB_MUL] = list_inplace_mul},
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .methods = list_methods,
};
