/* mod_collections.c -- the `_collections` module: deque, the double-ended
 * queue that lib/collections/__init__.py exports as collections.deque.
 *
 * Lesson 10 (scaling): a breadth-first search keeps its frontier in a
 * queue. With a list, `queue.pop(0)` moves every remaining item one slot to
 * the left -- n steps for n items, so the search becomes quadratic. A deque
 * takes from either end in one step. It is written in C because it is the
 * inner loop of such programs: a deque written in minipy's Python ran a
 * million appends and poplefts about ten times slower than CPython's.
 *
 * How it is stored: a ring buffer. `items` holds `cap` slots (a power of
 * two) and the deque is the `size` slots that start at `first`, wrapping
 * around the end of the array: item i lives in items[(first + i) & (cap - 1)].
 * appendleft moves first one slot back, popleft one slot forward; nothing
 * else moves. When the ring is full it is copied, in order, into one twice
 * as large (amortised O(1) per append, as a list's growth); when it is less
 * than a quarter full it shrinks by half. CPython's deque is a linked list
 * of 64-slot blocks instead, which never copies items when it grows but
 * needs a walk along the blocks to reach d[i]; the ring reaches any index in
 * one step and is simpler to read.
 *
 * Every change bumps `state`; an iterator (and count, index, remove, ==,
 * which call __eq__, which may change the deque) compare it with the value
 * they started from and raise "deque mutated during iteration".
 *
 * Start reading at deque_push() and deque_popleft_item().
 */
#include <stdlib.h>
#include <string.h>

#include "typealias.h"
#include "modules.h"
#include "module.h"
#include "interp.h"
#include "exceptions.h"
#include "class.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "func.h"
#include "args.h"
#include "common/rawmem.h"

typedef struct {
    OBJECT_HEAD;
    Object **items;       /* the ring: cap slots, or NULL when cap is 0 */
    size_t cap;           /* 0 or a power of two */
    size_t first;         /* slot of item 0 */
    size_t size;
    ssize_t maxlen;       /* -1: unbounded */
    size_t state;         /* changes with every mutation */
} DequeObject;

extern TypeObject DequeType, DequeIterType, DequeRevIterType;

#define D(o) ((DequeObject *)(o))
#define SLOT(d, i) ((d)->items[((d)->first + (size_t)(i)) & ((d)->cap - 1)])
#define MIN_CAP 8

static bool deque_check(Object *o) { return obj_type_check(o, &DequeType); }

/* ---- storage ------------------------------------------------------------ */

/* Copy the items, in order, into a new ring of [newcap] slots (>= size). */
static int deque_resize(ThreadState *ts, DequeObject *d, size_t newcap) {
    if (newcap > SIZE_MAX / sizeof(Object *) / 2) { err_no_memory(ts); return -1; }
    Object **items = rawmem_alloc(newcap * sizeof(Object *));
    if (!items) { err_no_memory(ts); return -1; }
    for (size_t i = 0; i < d->size; i++) items[i] = SLOT(d, i);
    rawmem_free(d->items);
    d->items = items;
    d->cap = newcap;
    d->first = 0;
    return 0;
}

static int deque_grow_if_full(ThreadState *ts, DequeObject *d) {
    if (d->size < d->cap) return 0;
    return deque_resize(ts, d, d->cap ? d->cap * 2 : MIN_CAP);
}

static void deque_shrink_if_sparse(DequeObject *d) {
    if (d->cap > MIN_CAP && d->size < d->cap / 4) {
        Object **items = rawmem_alloc(d->cap / 2 * sizeof(Object *));
        if (!items) return;   /* keep the larger ring */
        for (size_t i = 0; i < d->size; i++) items[i] = SLOT(d, i);
        rawmem_free(d->items);
        d->items = items;
        d->cap /= 2;
        d->first = 0;
    }
}

/* Take item 0 or the last item out (the deque is not empty); the caller
 * owns the reference. */
static Object *deque_popleft_item(DequeObject *d) {
    Object *item = d->items[d->first];
    d->first = (d->first + 1) & (d->cap - 1);
    d->size--;
    d->state++;
    deque_shrink_if_sparse(d);
    return item;
}

static Object *deque_pop_item(DequeObject *d) {
    Object *item = SLOT(d, d->size - 1);
    d->size--;
    d->state++;
    deque_shrink_if_sparse(d);
    return item;
}

/* Add [item] (a reference given up by the caller) at the right or, if
 * [left], at the left; a bounded deque that overflows drops an item from
 * the other end. */
static int deque_push_steal(ThreadState *ts, DequeObject *d, Object *item, bool left) {
    if (d->maxlen == 0) {
        DECREF(item);
        return 0;
    }
    if (deque_grow_if_full(ts, d) < 0) {
        DECREF(item);
        return -1;
    }
    if (left) {
        d->first = (d->first - 1) & (d->cap - 1);
        d->items[d->first] = item;
    } else {
        SLOT(d, d->size) = item;
    }
    d->size++;
    d->state++;
    if (d->maxlen >= 0 && d->size > (size_t)d->maxlen) {
        Object *old = left ? deque_pop_item(d) : deque_popleft_item(d);
        DECREF(old);
    }
    return 0;
}

static int deque_push(ThreadState *ts, DequeObject *d, Object *item, bool left) {
    INCREF(item);
    return deque_push_steal(ts, d, item, left);
}

/* Empty the deque, then release the items (a __del__ that runs meanwhile
 * sees an empty deque). */
static void deque_clear_items(DequeObject *d) {
    Object **items = d->items;
    size_t cap = d->cap, first = d->first, n = d->size;
    d->items = NULL;
    d->cap = d->first = d->size = 0;
    d->state++;
    for (size_t i = 0; i < n; i++) DECREF(items[(first + i) & (cap - 1)]);
    rawmem_free(items);
}

/* Append every item of [iterable] at one end. d.extend(d) reads a copy. */
static int deque_extend_from(ThreadState *ts, DequeObject *d, Object *iterable, bool left) {
    if (iterable == (Object *)d) {
        Object *copy = list_from_iterable(ts, iterable);
        if (!copy) return -1;
        int r = deque_extend_from(ts, d, copy, left);
        DECREF(copy);
        return r;
    }
    Object *it = obj_iter(ts, iterable);
    if (!it) return -1;
    Object *item;
    while ((item = obj_next(ts, it)) != NULL) {
        if (deque_push_steal(ts, d, item, left) < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred(ts) ? -1 : 0;
}

/* Rotate [n] steps to the right (negative: to the left). */
static void deque_rotate_by(DequeObject *d, ssize_t n) {
    ssize_t len = (ssize_t)d->size;
    if (len <= 1) return;
    n %= len;
    if (n < 0) n += len;
    if (n == 0) return;
    d->state++;
    if (d->size == d->cap) {
        /* a full ring rotates by moving first alone */
        d->first = (d->first - (size_t)n) & (d->cap - 1);
        return;
    }
    /* move n items from the right end to the left end, or len-n the other way */
    if (n <= len / 2) {
        for (ssize_t i = 0; i < n; i++) {
            Object *item = SLOT(d, d->size - 1);
            d->first = (d->first - 1) & (d->cap - 1);
            d->items[d->first] = item;
        }
    } else {
        for (ssize_t i = 0; i < len - n; i++) {
            Object *item = d->items[d->first];
            d->first = (d->first + 1) & (d->cap - 1);
            SLOT(d, d->size - 1) = item;
        }
    }
}

/* A new empty deque of [type] bounded by [maxlen] (-1: unbounded). */
static Object *deque_alloc(ThreadState *ts, TypeObject *type, ssize_t maxlen) {
    DequeObject *d = (DequeObject *)obj_alloc(ts, type, type->basicsize);
    if (!d) return NULL;
    d->maxlen = maxlen;
    gc_track(ts, (Object *)d);
    return (Object *)d;
}

/* A copy of [self] (same type and bound), as deque.copy() and + make it. */
static Object *deque_copy_of(ThreadState *ts, Object *self) {
    Object *r;
    if (TYPE(self) == &DequeType) {
        r = deque_alloc(ts, &DequeType, D(self)->maxlen);
        if (r && deque_extend_from(ts, D(r), self, false) < 0) CLEAR(r);
        return r;
    }
    /* a subclass is rebuilt through its constructor: type(d)(d, maxlen) */
    if (D(self)->maxlen < 0) return obj_call1(ts, (Object *)TYPE(self), self);
    Object *ml = int_from_i64(ts, D(self)->maxlen);
    if (!ml) return NULL;
    r = obj_call2(ts, (Object *)TYPE(self), self, ml);
    DECREF(ml);
    return r;
}

/* The maxlen argument: None or an int >= 0. */
static int maxlen_arg(ThreadState *ts, Object *o, ssize_t *out) {
    if (!o || o == None) {
        *out = -1;
        return 0;
    }
    if (!int_check(o) && !TYPE(o)->index) {
        err_set_string(ts, &ExcTypeError, "an integer is required");
        return -1;
    }
    ssize_t v = obj_as_ssize(ts, o, NULL);
    if (v == -1 && err_occurred(ts)) return -1;
    if (v < 0) {
        err_set_string(ts, &ExcValueError, "maxlen must be non-negative");
        return -1;
    }
    *out = v;
    return 0;
}

/* ---- slots -------------------------------------------------------------- */

static Object *deque_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                              Object *kwnames) {
    return deque_alloc(ts, type, -1);
}

/* deque(iterable=(), maxlen=None): also what d.__init__() does again --
 * it empties the deque and sets the bound anew. */
static int deque_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"iterable", "maxlen", NULL};
    static const ArgSpec spec = {"deque", names};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return -1;
    ssize_t maxlen;
    if (maxlen_arg(ts, a[1], &maxlen) < 0) return -1;
    DequeObject *d = D(self);
    d->maxlen = maxlen;
    if (d->size) deque_clear_items(d);
    if (a[0]) return deque_extend_from(ts, d, a[0], false);
    return 0;
}

static void deque_dealloc(Object *self) {
    gc_untrack(self);
    DequeObject *d = D(self);
    for (size_t i = 0; i < d->size; i++) DECREF(SLOT(d, i));
    rawmem_free(d->items);
    obj_free(self);
}

static int deque_traverse(Object *self, VisitFunc visit, void *arg) {
    DequeObject *d = D(self);
    for (size_t i = 0; i < d->size; i++)
        if (visit(SLOT(d, i), arg)) return 1;
    return 0;
}

static int deque_clear_slot(Object *self) {
    deque_clear_items(D(self));
    return 0;
}

/* deque([1, 2]) or deque([1, 2], maxlen=3); a subclass shows its own name. */
static Object *deque_repr(ThreadState *ts, Object *self) {
    const char *name = TYPE(self)->name;
    const char *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    int rec = repr_enter(ts, self);
    if (rec != 0) return rec > 0 ? str_from_cstr(ts, "[...]") : NULL;
    Object *items = list_from_iterable(ts, self);
    Object *r = NULL;
    if (items) {
        if (D(self)->maxlen < 0) r = str_format(ts, "%s(%R)", name, items);
        else r = str_format(ts, "%s(%R, maxlen=%zd)", name, items, (size_t)D(self)->maxlen);
        DECREF(items);
    }
    repr_leave(ts, self);
    return r;
}

static ssize_t deque_len(ThreadState *ts, Object *self) { return (ssize_t)D(self)->size; }

/* Item [i] of [d] compared with [other] by ==; -2 (RuntimeError set) when
 * the __eq__ changed the deque. */
static int deque_item_eq(ThreadState *ts, DequeObject *d, size_t i, Object *other) {
    size_t state = d->state;
    Object *x = NEWREF(SLOT(d, i));
    int eq = obj_richcompare_bool(ts, x, other, CMP_EQ);
    DECREF(x);
    if (eq >= 0 && d->state != state) {
        err_set_string(ts, &ExcRuntimeError, "deque mutated during iteration");
        return -1;
    }
    return eq;
}

static int deque_contains(ThreadState *ts, Object *self, Object *item) {
    DequeObject *d = D(self);
    for (size_t i = 0; i < d->size; i++) {
        int eq = deque_item_eq(ts, d, i, item);
        if (eq != 0) return eq;
    }
    return 0;
}

/* Lexicographic, as lists compare, but only deque with deque. */
static Object *deque_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (!deque_check(a) || !deque_check(b)) return NEWREF(NotImplemented);
    DequeObject *x = D(a), *y = D(b);
    if ((op == CMP_EQ || op == CMP_NE) && x->size != y->size) return bool_from(op == CMP_NE);
    size_t sx = x->state, sy = y->state, i = 0;
    for (; i < x->size && i < y->size; i++) {
        Object *p = NEWREF(SLOT(x, i)), *q = NEWREF(SLOT(y, i));
        int eq = obj_richcompare_bool(ts, p, q, CMP_EQ);
        if (eq >= 0 && (x->state != sx || y->state != sy)) {
            err_set_string(ts, &ExcRuntimeError, "deque mutated during iteration");
            eq = -1;
        }
        if (eq == 0) {
            Object *r = op == CMP_EQ ? bool_from(false) : op == CMP_NE ? bool_from(true)
                                                                      : obj_richcompare(ts, p, q, op);
            DECREF(p);
            DECREF(q);
            return r;
        }
        DECREF(p);
        DECREF(q);
        if (eq < 0) return NULL;
    }
    size_t n = x->size, m = y->size;
    bool r;
    switch (op) {
    case CMP_LT: r = n < m; break;
    case CMP_LE: r = n <= m; break;
    case CMP_EQ: r = n == m; break;
    case CMP_NE: r = n != m; break;
    case CMP_GT: r = n > m; break;
    default: r = n >= m; break;
    }
    return bool_from(r);
}

/* d[i] for an int i (negative counts from the right). */
static int deque_index_arg(ThreadState *ts, DequeObject *d, Object *key, size_t *out) {
    if (!int_check(key) && !TYPE(key)->index) {
        err_format(ts, &ExcTypeError, "sequence index must be integer, not '%s'", TYPE_NAME(key));
        return -1;
    }
    ssize_t i = obj_as_ssize(ts, key, NULL);
    if (i == -1 && err_occurred(ts)) return -1;
    if (i < 0) i += (ssize_t)d->size;
    if (i < 0 || i >= (ssize_t)d->size) {
        err_set_string(ts, &ExcIndexError, "deque index out of range");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Object *deque_getitem(ThreadState *ts, Object *self, Object *key) {
    size_t i;
    if (deque_index_arg(ts, D(self), key, &i) < 0) return NULL;
    return NEWREF(SLOT(D(self), i));
}

/* Remove item [i]: rotate it to the left end, pop it, rotate back. */
static Object *deque_take(DequeObject *d, size_t i) {
    deque_rotate_by(d, -(ssize_t)i);
    Object *item = deque_popleft_item(d);
    deque_rotate_by(d, (ssize_t)i);
    return item;
}

static int deque_setitem(ThreadState *ts, Object *self, Object *key, Object *value) {
    DequeObject *d = D(self);
    size_t i;
    if (deque_index_arg(ts, d, key, &i) < 0) return -1;
    if (!value) {
        DECREF(deque_take(d, i));
        return 0;
    }
    Object *old = SLOT(d, i);
    SLOT(d, i) = NEWREF(value);
    DECREF(old);
    return 0;
}

static Object *deque_add(ThreadState *ts, Object *a, Object *b) {
    if (!deque_check(a)) return NEWREF(NotImplemented);
    if (!deque_check(b))
        return err_format(ts, &ExcTypeError, "can only concatenate deque (not \"%s\") to deque", TYPE_NAME(b));
    Object *r = deque_copy_of(ts, a);
    if (r && deque_extend_from(ts, D(r), b, false) < 0) CLEAR(r);
    return r;
}

static Object *deque_inplace_add(ThreadState *ts, Object *a, Object *b) {
    if (deque_extend_from(ts, D(a), b, false) < 0) return NULL;
    return NEWREF(a);
}

/* d *= n: the items repeated n times (a bounded deque keeps the last
 * maxlen of them); n <= 0 empties it. */
static Object *deque_inplace_mul(ThreadState *ts, Object *a, Object *b) {
    if (!int_check(b) && !TYPE(b)->index) return NEWREF(NotImplemented);
    ssize_t n = obj_as_ssize(ts, b, NULL);
    if (n == -1 && err_occurred(ts)) return NULL;
    DequeObject *d = D(a);
    if (n <= 0) {
        deque_clear_items(d);
        return NEWREF(a);
    }
    if (d->size && (size_t)n > (SIZE_MAX / 16) / d->size) return err_no_memory(ts);
    Object *items = list_from_iterable(ts, a);
    if (!items) return NULL;
    for (ssize_t k = 1; k < n; k++)
        if (deque_extend_from(ts, d, items, false) < 0) {
            DECREF(items);
            return NULL;
        }
    DECREF(items);
    return NEWREF(a);
}

static Object *deque_mul(ThreadState *ts, Object *a, Object *b) {
    Object *seq = deque_check(a) ? a : b, *count = seq == a ? b : a;
    if (!deque_check(seq) || (!int_check(count) && !TYPE(count)->index)) return NEWREF(NotImplemented);
    Object *r = deque_copy_of(ts, seq);
    if (!r) return NULL;
    Object *result = deque_inplace_mul(ts, r, count);
    DECREF(r);
    return result;
}

/* ---- iteration ---------------------------------------------------------- */

typedef struct {
    OBJECT_HEAD;
    Object *deque;        /* NULL when exhausted */
    size_t index;         /* items handed out so far */
    size_t state;         /* the deque's state when the iterator was made */
} DequeIterObject;

static Object *dequeiter_make(ThreadState *ts, Object *self, TypeObject *type) {
    DequeIterObject *it = (DequeIterObject *)obj_alloc(ts, type, sizeof(DequeIterObject));
    if (!it) return NULL;
    it->deque = NEWREF(self);
    it->state = D(self)->state;
    gc_track(ts, (Object *)it);
    return (Object *)it;
}

static Object *deque_iter(ThreadState *ts, Object *self) { return dequeiter_make(ts, self, &DequeIterType); }

static Object *dequeiter_next(ThreadState *ts, Object *self) {
    DequeIterObject *it = (DequeIterObject *)self;
    if (!it->deque) return NULL;
    DequeObject *d = D(it->deque);
    if (d->state != it->state) {
        it->index = d->size;   /* CPython's iterator stays broken too */
        return err_set_string(ts, &ExcRuntimeError, "deque mutated during iteration");
    }
    if (it->index >= d->size) {
        CLEAR(it->deque);
        return NULL;
    }
    bool reverse = TYPE(self) == &DequeRevIterType;
    size_t i = reverse ? d->size - 1 - it->index : it->index;
    it->index++;
    return NEWREF(SLOT(d, i));
}

static void dequeiter_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(((DequeIterObject *)self)->deque);
    obj_free(self);
}

static int dequeiter_traverse(Object *self, VisitFunc visit, void *arg) {
    Object *d = ((DequeIterObject *)self)->deque;
    return d ? visit(d, arg) : 0;
}

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

static CFUNC(dequeiter_length_hint) {
    if (args_exactly(ts, "__length_hint__", nargs, kwnames, 0) < 0) return NULL;
    DequeIterObject *it = (DequeIterObject *)self;
    size_t n = it->deque && D(it->deque)->size > it->index ? D(it->deque)->size - it->index : 0;
    return int_from_i64(ts, (int64_t)n);
}

static const MethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL},
};

TypeObject DequeIterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(DequeIterObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = dequeiter_dealloc,
    .traverse = dequeiter_traverse,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = dequeiter_next,
    .methods = dequeiter_methods,
};

TypeObject DequeRevIterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIterObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = dequeiter_dealloc,
    .traverse = dequeiter_traverse,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = dequeiter_next,
    .methods = dequeiter_methods,
};

/* ---- methods ------------------------------------------------------------ */

static CFUNC(deque_m_append) {
    if (args_exactly(ts, "deque.append", nargs, kwnames, 1) < 0) return NULL;
    if (deque_push(ts, D(self), args[0], false) < 0) return NULL;
    return none_new();
}

static CFUNC(deque_m_appendleft) {
    if (args_exactly(ts, "deque.appendleft", nargs, kwnames, 1) < 0) return NULL;
    if (deque_push(ts, D(self), args[0], true) < 0) return NULL;
    return none_new();
}

static CFUNC(deque_m_pop) {
    if (args_exactly(ts, "deque.pop", nargs, kwnames, 0) < 0) return NULL;
    if (D(self)->size == 0) return err_set_string(ts, &ExcIndexError, "pop from an empty deque");
    return deque_pop_item(D(self));
}

static CFUNC(deque_m_popleft) {
    if (args_exactly(ts, "deque.popleft", nargs, kwnames, 0) < 0) return NULL;
    if (D(self)->size == 0) return err_set_string(ts, &ExcIndexError, "pop from an empty deque");
    return deque_popleft_item(D(self));
}

static CFUNC(deque_m_extend) {
    if (args_exactly(ts, "deque.extend", nargs, kwnames, 1) < 0) return NULL;
    if (deque_extend_from(ts, D(self), args[0], false) < 0) return NULL;
    return none_new();
}

static CFUNC(deque_m_extendleft) {
    if (args_exactly(ts, "deque.extendleft", nargs, kwnames, 1) < 0) return NULL;
    if (deque_extend_from(ts, D(self), args[0], true) < 0) return NULL;
    return none_new();
}

static CFUNC(deque_m_rotate) {
    if (args_no_kwargs(ts, "deque.rotate", kwnames) < 0 || args_count(ts, "deque.rotate", nargs, 0, 1) < 0)
        return NULL;
    ssize_t n = 1;
    if (nargs) {
        n = obj_as_ssize(ts, args[0], NULL);
        if (n == -1 && err_occurred(ts)) return NULL;
    }
    deque_rotate_by(D(self), n);
    return none_new();
}

static CFUNC(deque_m_clear) {
    if (args_exactly(ts, "deque.clear", nargs, kwnames, 0) < 0) return NULL;
    deque_clear_items(D(self));
    return none_new();
}

static CFUNC(deque_m_copy) {
    if (args_exactly(ts, "deque.copy", nargs, kwnames, 0) < 0) return NULL;
    return deque_copy_of(ts, self);
}

static CFUNC(deque_m_count) {
    if (args_exactly(ts, "deque.count", nargs, kwnames, 1) < 0) return NULL;
    DequeObject *d = D(self);
    int64_t c = 0;
    for (size_t i = 0; i < d->size; i++) {
        int eq = deque_item_eq(ts, d, i, args[0]);
        if (eq < 0) return NULL;
        c += eq;
    }
    return int_from_i64(ts, c);
}

/* index(x[, start[, stop]]): bounds as list.index reads them. */
static CFUNC(deque_m_index) {
    if (args_no_kwargs(ts, "deque.index", kwnames) < 0 || args_count_tuple(ts, "index", nargs, 1, 3) < 0)
        return NULL;
    ssize_t start = 0, stop = SSIZE_MAX;
    if (nargs > 1) {
        start = obj_as_ssize(ts, args[1], NULL);
        if (start == -1 && err_occurred(ts)) return NULL;
    }
    if (nargs > 2) {
        stop = obj_as_ssize(ts, args[2], NULL);
        if (stop == -1 && err_occurred(ts)) return NULL;
    }
    DequeObject *d = D(self);
    ssize_t n = (ssize_t)d->size;
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    if (stop > n) stop = n;
    for (ssize_t i = start; i < stop; i++) {
        int eq = deque_item_eq(ts, d, (size_t)i, args[0]);
        if (eq < 0) return NULL;
        if (eq) return int_from_i64(ts, i);
    }
    return err_format(ts, &ExcValueError, "%R is not in deque", args[0]);
}

/* insert(i, x): as list.insert, but a full bounded deque refuses. */
static CFUNC(deque_m_insert) {
    if (args_no_kwargs(ts, "deque.insert", kwnames) < 0 || args_count(ts, "insert", nargs, 2, 2) < 0)
        return NULL;
    ssize_t i = obj_as_ssize(ts, args[0], NULL);
    if (i == -1 && err_occurred(ts)) return NULL;
    DequeObject *d = D(self);
    ssize_t n = (ssize_t)d->size;
    if (d->maxlen >= 0 && n >= d->maxlen)
        return err_set_string(ts, &ExcIndexError, "deque already at its maximum size");
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    deque_rotate_by(d, -i);
    int r = deque_push(ts, d, args[1], true);
    deque_rotate_by(d, i);      /* back in place, whether or not it was added */
    if (r < 0) return NULL;
    return none_new();
}

static CFUNC(deque_m_remove) {
    if (args_exactly(ts, "deque.remove", nargs, kwnames, 1) < 0) return NULL;
    DequeObject *d = D(self);
    for (size_t i = 0; i < d->size; i++) {
        int eq = deque_item_eq(ts, d, i, args[0]);
        if (eq < 0) return NULL;
        if (eq) {
            DECREF(deque_take(d, i));
            return none_new();
        }
    }
    return err_format(ts, &ExcValueError, "%R is not in deque", args[0]);
}

static CFUNC(deque_m_reverse) {
    if (args_exactly(ts, "deque.reverse", nargs, kwnames, 0) < 0) return NULL;
    DequeObject *d = D(self);
    for (size_t i = 0, j = d->size; i + 1 < j; i++, j--) {
        Object *t = SLOT(d, i);
        SLOT(d, i) = SLOT(d, j - 1);
        SLOT(d, j - 1) = t;
    }
    d->state++;
    return none_new();
}

static CFUNC(deque_m_reversed) {
    if (args_exactly(ts, "deque.__reversed__", nargs, kwnames, 0) < 0) return NULL;
    return dequeiter_make(ts, self, &DequeRevIterType);
}

/* (type, (), state, iterator) or (type, ((), maxlen), state, iterator), as
 * CPython's: what copy.copy and copy.deepcopy rebuild a deque from. */
static CFUNC(deque_m_reduce) {
    if (args_exactly(ts, "deque.__reduce__", nargs, kwnames, 0) < 0) return NULL;
    Object **dp = obj_dict_ptr(self);
    Object *state = dp && *dp && DICT_SIZE(*dp) ? *dp : None;
    Object *it = obj_iter(ts, self);
    if (!it) return NULL;
    Object *cargs;
    if (D(self)->maxlen < 0) {
        cargs = tuple_new(ts, 0);
    } else {
        Object *empty = tuple_new(ts, 0), *ml = int_from_i64(ts, D(self)->maxlen);
        cargs = empty && ml ? tuple_pack(ts, 2, empty, ml) : NULL;
        XDECREF(empty);
        XDECREF(ml);
    }
    Object *r = cargs ? tuple_pack(ts, 4, (Object *)TYPE(self), cargs, state, it) : NULL;
    XDECREF(cargs);
    DECREF(it);
    return r;
}

static GETTER(deque_get_maxlen) {
    ssize_t m = D(self)->maxlen;
    return m < 0 ? none_new() : int_from_i64(ts, m);
}

static const GetSetDef deque_getset[] = {
    {"maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded"},
    {NULL},
};

static const MethodDef deque_methods[] = {
    {"append", deque_m_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", deque_m_appendleft, 0, "Add an element to the left side of the deque."},
    {"pop", deque_m_pop, 0, "Remove and return the rightmost element."},
    {"popleft", deque_m_popleft, 0, "Remove and return the leftmost element."},
    {"extend", deque_m_extend, 0, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", deque_m_extendleft, 0, "Extend the left side of the deque with elements from the iterable"},
    {"rotate", deque_m_rotate, 0, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"clear", deque_m_clear, 0, "Remove all elements from the deque."},
    {"copy", deque_m_copy, 0, "Return a shallow copy of a deque."},
    {"__copy__", deque_m_copy, 0, "Return a shallow copy of a deque."},
    {"count", deque_m_count, 0, "D.count(value) -- return number of occurrences of value"},
    {"index", deque_m_index, 0, "D.index(value, [start, [stop]]) -- return first index of value.\n"
                                "Raises ValueError if the value is not present."},
    {"insert", deque_m_insert, 0, "D.insert(index, object) -- insert object before index"},
    {"remove", deque_m_remove, 0, "D.remove(value) -- remove first occurrence of value."},
    {"reverse", deque_m_reverse, 0, "D.reverse() -- reverse *IN PLACE*"},
    {"__reversed__", deque_m_reversed, 0, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__reduce__", deque_m_reduce, 0, "Return state information for pickling."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

TypeObject DequeType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "collections.deque",
    .basicsize = sizeof(DequeObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_SEQUENCE,
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .hash = obj_hash_unhashable,
    .richcompare = deque_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .iter = deque_iter,
    .traverse = deque_traverse,
    .clear = deque_clear_slot,
    .new_ = deque_new_slot,
    .init = deque_init,
    .binop = {[NB_ADD] = deque_add, [NB_MUL] = deque_mul},
    .inplace = {[NB_ADD] = deque_inplace_add, [NB_MUL] = deque_inplace_mul},
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .methods = deque_methods,
    .getset = deque_getset,
};

/* ---- collections.abc and the match statement ------------------------------ */

/* Set the collection flag [flag] (TYPE_FLAG_SEQUENCE or TYPE_FLAG_MAPPING)
 * on the class [t] and on its subclasses, unless a built-in type: CPython's
 * set_collection_flag_recursive in Modules/_abc.c. */
static int set_collection_flag(ThreadState *ts, TypeObject *t, uint32_t flag) {
    const uint32_t both = TYPE_FLAG_SEQUENCE | TYPE_FLAG_MAPPING;
    if (!(t->flags & TYPE_FLAG_HEAP) || (t->flags & both) == flag) return 0;
    t->flags = (t->flags & ~both) | flag;
    size_t n;
    struct HeapTypeObject **subs = class_find_subclasses(ts, t, true, &n);
    if (!subs) return -1;
    int r = 0;
    for (size_t i = 0; i < n && r == 0; i++) r = set_collection_flag(ts, &subs[i]->type, flag);
    rawmem_free(subs);
    return r;
}

/* _collections._abc_collection_flag(cls, kind): what a match statement may
 * do with instances of cls, now that lib/abc.py made it a
 * collections.abc.Sequence (kind 1 << 5, CPython's Py_TPFLAGS_SEQUENCE) or
 * Mapping (1 << 6) -- as a subclass (its __abc_tpflags__) or by register().
 * minipy's ABCMeta is Python (lib/abc.py) and has no C _abc module, so the
 * one step that needs C lives here, beside the other collections. */
static CFUNC(abc_collection_flag) {
    (void)self; (void)kwnames;
    int64_t kind;
    if (nargs != 2 || !(TYPE(args[0])->flags & TYPE_FLAG_TYPE_SUBCLASS) || !int_check(args[1]) ||
        !int_as_i64(args[1], &kind))
        return err_format(ts, &ExcTypeError, "_abc_collection_flag(cls, kind) takes a class and an int");
    uint32_t flag = kind == (1 << 5) ? TYPE_FLAG_SEQUENCE : kind == (1 << 6) ? TYPE_FLAG_MAPPING : 0;
    if (flag && set_collection_flag(ts, (TypeObject *)args[0], flag) < 0) return NULL;
    return none_new();
}

static const MethodDef collections_functions[] = {
    {"_abc_collection_flag", abc_collection_flag, 0, NULL},
    {NULL},
};

/* ---- the module ----------------------------------------------------------- */

Object *mod_collections_create(ThreadState *ts) {
    /* its types are readied on first import (runtime/interp.c: module_types) */
    if (type_ready(ts, &DequeType) < 0 ||
        type_ready(ts, &DequeIterType) < 0 ||
        type_ready(ts, &DequeRevIterType) < 0)
        return NULL;
    Object *m = module_new_cstr(ts, "_collections");
    if (!m) return NULL;
    if (module_add_object(ts, m, "deque", (Object *)&DequeType) < 0 ||
        module_add_object(ts, m, "_deque_iterator", (Object *)&DequeIterType) < 0 ||
        module_add_object(ts, m, "_deque_reverse_iterator", (Object *)&DequeRevIterType) < 0 ||
        module_add_functions(ts, m, collections_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
