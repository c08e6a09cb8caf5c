/* list.c -- the list type: a growable array of references.
 *
 * Lesson 10 (scaling): `x in some_list` is list_contains(), a loop that
 * compares x with every item in turn -- n comparisons for n items -- while
 * a set or dict finds x with a hash probe. Appending is amortised O(1)
 * because the array over-allocates (by about 1/8, as CPython's list does).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "list.h"
#include "vm/trace.h"
#include "interp.h"
#include "exceptions.h"
#include "float.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "slice.h"
#include "func.h"

/* ---- storage ----------------------------------------------------------- */

static int list_resize(ThreadState *ts, ListObject *l, size_t newsize) {
    if (newsize <= l->cap && newsize >= l->cap / 2) {
        l->size = newsize;
        return 0;
    }
    size_t newcap = newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6);
    if (newsize == 0) newcap = 0;
    if (newcap > SIZE_MAX / sizeof(Object *) / 2) { err_no_memory(ts); return -1; }
    /* emptied by a resize, the list keeps a (one-slot) array, as CPython's
     * zero-byte realloc does: list.sort() relies on it to notice a list
     * that grew and shrank back while it was being sorted */
    Object **items = realloc(l->items, (newcap ? newcap : 1) * sizeof(Object *));
    if (!items) { err_no_memory(ts); return -1; }
    l->items = items;
    l->cap = newcap;
    l->size = newsize;
    return 0;
}

Object *list_new(ThreadState *ts, size_t size) {
    if (size > SIZE_MAX / sizeof(Object *) / 2) return err_no_memory(ts);
    ListObject *l = (ListObject *)obj_alloc(ts, &ListType, sizeof(ListObject));
    if (!l) return NULL;
    if (size) {
        l->items = calloc(size, sizeof(Object *));
        if (!l->items) { obj_free((Object *)l); return err_no_memory(ts); }
    }
    l->size = l->cap = size;
    gc_track(ts, (Object *)l);
    return (Object *)l;
}

int list_append_steal(ThreadState *ts, Object *self, Object *item) {
    ListObject *l = (ListObject *)self;
    size_t n = l->size;
    if (LIKELY(n < l->cap)) {
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
        size_t old = l->size;
        if (list_resize(ts, l, old + n) < 0) return -1;
        /* self.extend(self): the source items were at [0, old) */
        Object **src = is_list ? LIST_ITEMS(iterable) : TUPLE_ITEMS(iterable);
        for (size_t i = 0; i < n; i++) l->items[old + i] = NEWREF(src[i]);
        return 0;
    }
    Object *it = obj_iter(ts, iterable);
    if (!it) return -1;
    Object *x;
    while ((x = obj_next(ts, it)) != NULL) {
        if (list_append_steal(ts, self, x) < 0) { DECREF(it); return -1; }
    }
    DECREF(it);
    return err_occurred(ts) ? -1 : 0;
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

/* ---- sorting ------------------------------------------------------------ */

/* How list.sort() works
 * =====================
 * The algorithm is Tim Peters' "timsort" as CPython 3.11 runs it, step for
 * step, so that a class whose __lt__ prints shows the very comparisons that
 * CPython shows, and equal keys end up in the same order. Only `<` is ever
 * used (sort_lt and its fast variants return 1, 0 or -1 on error).
 *
 * Runs. Real data is rarely random: it holds stretches that are already in
 * order. One pass from left to right cuts the list into *runs*. count_run
 * takes the longest prefix that is either non-descending (a[i] >= a[i-1]) or
 * strictly descending (a[i] < a[i-1]); a descending run is reversed on the
 * spot, which cannot break stability because no two of its items are equal.
 *
 * Minrun. Merging is most even when every run has about the same length, so a
 * run shorter than `minrun` is extended to minrun items (or to the end of the
 * list) by binary insertion: binary_sort finds each new item's place with a
 * binary search among the sorted prefix (after any equal items, for
 * stability) and slides the larger ones right. That costs few comparisons
 * even if the moves are quadratic, and minrun is at most 64. Below 64 items
 * minrun is n (one binary insertion sort does it all); above, compute_minrun
 * picks a value in 32..64 such that n / minrun is a power of two or a little
 * below one, so that the merges at the top of the tree stay balanced.
 *
 * Which runs to merge. Runs wait on a stack (ms->pending) until they are
 * merged with their neighbours; only neighbours are ever merged, which is
 * what keeps the sort stable. CPython 3.11 decides the order with Munro and
 * Wild's "powersort" (before 3.11 it kept the length invariants
 * len[-3] > len[-2] + len[-1] and len[-2] > len[-1]; the comparisons differ,
 * so 3.11's rule is the one to copy). Think of the list as the interval
 * [0, 1) and of each run by its midpoint. Two neighbouring runs get a
 * *power*: the number of leading binary digits that the positions of their
 * two midpoints share, plus one -- how deep in a perfectly balanced merge
 * tree over [0, 1) they would first be separated. When a new run arrives,
 * merge_collapse computes the power between it and the run on top of the
 * stack, and first merges away every pair further down whose power is
 * greater (they belong deeper in the tree, so they are merged first). The
 * powers on the stack thus grow from bottom to top, which bounds the stack
 * to about log2(n) entries. At the end merge_force_collapse merges what is
 * left, from the top down.
 *
 * Merging two runs A (left) and B (right). Before merging, merge_at trims
 * what is already in place: the items of A that are <= B[0] stay at the
 * front, the items of B that are >= the last of A stay at the back (found by
 * galloping, below). The shorter of the two remaining runs is copied to a
 * temporary array; merge_lo then fills the gap from the left when A is the
 * shorter, merge_hi from the right when B is. Ties always go to A, the left
 * run, so equal items keep their order.
 *
 * Galloping. In one-at-a-time mode each comparison moves one item. If one run
 * wins min_gallop times in a row (7 to start with), the merge switches to
 * galloping: it looks for where the head of one run goes in the other by
 * probing offsets 1, 3, 7, 15, ... (gallop_left, gallop_right) and then
 * binary-searching the last gap, and moves the whole block at once. That
 * finds a block of k items with about 2*log2(k) comparisons instead of k.
 * Galloping loses on random data, so min_gallop adapts: it drops by one for
 * every round of galloping (the merge keeps galloping while either side
 * moves a block of at least MIN_GALLOP items) and goes up again when the
 * merge falls back to one-at-a-time mode, so it settles low on structured
 * data and high on random data. It carries over to the next merge. gallop_left finds the leftmost place for
 * a key among equal items and gallop_right the rightmost; using the right
 * one on each side is again what keeps equal items in order.
 *
 * Keys and values. With key=f, f is called once per item, in list order,
 * before anything else; the keys live in their own array and every move of a
 * key is repeated on the parallel array of items (SortSlice keeps the two
 * side by side; values is NULL when the items are their own keys).
 *
 * reverse=True is not "compare the other way", which would turn equal items
 * around: the list is reversed, sorted, and reversed again, so equal items
 * keep their original order, as CPython does.
 *
 * Safety. While sorting, the list looks empty (size 0, no items): a __lt__
 * or key function that looks at it sees [], and one that changes it makes
 * the sort end with ValueError "list modified during sort" (the sorted
 * items are put back; whatever was added is dropped). Sorting changes no
 * reference count: the temporary array holds borrowed copies, and when a
 * comparison raises, the merge copies what is still in the temporary array
 * back into the gap, so the list is a permutation of its items again.
 *
 * Fast comparisons. Before sorting, choose_compare looks at the keys as
 * CPython's "pre-sort check" does: if all are exact ints, floats or strs,
 * `<` is computed inline; if all have one other type, that type's compare
 * slot is called directly (when it answers NotImplemented, the full
 * protocol runs: so a __lt__ that returns NotImplemented is called twice,
 * as in CPython); tuples (non-empty, all exact) are compared item by item
 * as tuple's `<` does, with the first items compared the same way. Two
 * exact ints, strs or floats are compared inline wherever they meet. None
 * of this changes which comparisons happen, only what each one costs.
 */

#define MIN_GALLOP 7            /* start galloping after this many wins in a row */
#define MERGE_TEMP_SIZE 256     /* temporary slots on the C stack before malloc */
#define MAX_MERGE_PENDING 85    /* more than enough: powers bound the stack to ~log2(n) */

typedef struct {
    Object **keys;
    Object **values;            /* parallel items, or NULL: the keys are the items */
} SortSlice;

typedef struct {
    SortSlice base;
    ssize_t len;
    int power;                  /* depth in the merge tree with the run above it */
} SortRun;

typedef struct MergeState MergeState;
/* 1 if a < b, 0 if not, -1 with an exception. */
typedef int (*SortCompare)(MergeState *ms, Object *a, Object *b);

struct MergeState {
    ThreadState *ts;
    SortCompare key_compare;          /* the `<` for two keys */
    SortCompare tuple_elem_compare;   /* for first items of tuple keys */
    RichCmpFunc key_richcompare;      /* the slot every key's type shares */
    ssize_t min_gallop;
    ssize_t listlen;
    Object **basekeys;                /* where the keys start (for powers) */
    SortSlice temp;                   /* room for merges: alloced slots */
    ssize_t alloced;
    int n;                            /* runs on the stack */
    SortRun pending[MAX_MERGE_PENDING];
    Object *temparray[MERGE_TEMP_SIZE];
};

/* ---- comparing two keys ---- */

/* The general case: the full comparison protocol. */
static int sort_lt(MergeState *ms, Object *a, Object *b) {
    return obj_richcompare_bool(ms->ts, a, b, CMP_LT);
}

/* All keys of one type: its slot first, the protocol if it declines. */
static int sort_lt_same_type(MergeState *ms, Object *a, Object *b) {
    if (TYPE(a)->richcompare != ms->key_richcompare) return sort_lt(ms, a, b);
    Object *r = ms->key_richcompare(ms->ts, a, b, CMP_LT);
    if (!r) return -1;
    if (r == NotImplemented) {
        DECREF(r);
        return sort_lt(ms, a, b);
    }
    int t = r == True ? 1 : r == False ? 0 : obj_is_true(ms->ts, r);
    DECREF(r);
    return t;
}

static int sort_lt_small_int(MergeState *ms, Object *a, Object *b) {
    return int_small_value(a) < int_small_value(b);
}

static int sort_lt_int(MergeState *ms, Object *a, Object *b) {
    return int_compare(a, b) < 0;
}

static int sort_lt_float(MergeState *ms, Object *a, Object *b) {
    return FLOAT_VALUE(a) < FLOAT_VALUE(b);
}

/* UTF-8 bytes order the same way as code points. */
static int sort_lt_str(MergeState *ms, Object *a, Object *b) {
    size_t na = STR_SIZE(a), nb = STR_SIZE(b);
    int c = memcmp(STR_DATA(a), STR_DATA(b), na < nb ? na : nb);
    return c < 0 || (c == 0 && na < nb);
}

/* `==` and `<` of two items of a tuple key. For two exact ints, strs or
 * floats the answer is computed inline: their comparisons run no Python
 * code, so skipping the protocol changes nothing a program can see. */
static int sort_item_eq(MergeState *ms, Object *a, Object *b) {
    TypeObject *t = TYPE(a);
    if (a != b && t == TYPE(b)) {
        if (t == &IntType)
            return int_is_small(a) && int_is_small(b) ? int_small_value(a) == int_small_value(b)
                                                      : int_compare(a, b) == 0;
        if (t == &StrType) return str_eq(a, b);
        if (t == &FloatType) return FLOAT_VALUE(a) == FLOAT_VALUE(b);
    }
    return obj_richcompare_bool(ms->ts, a, b, CMP_EQ);
}

static int sort_item_lt(MergeState *ms, Object *a, Object *b) {
    TypeObject *t = TYPE(a);
    if (t == TYPE(b)) {
        if (t == &IntType)
            return int_is_small(a) && int_is_small(b) ? int_small_value(a) < int_small_value(b)
                                                      : int_compare(a, b) < 0;
        if (t == &StrType) return sort_lt_str(ms, a, b);
        if (t == &FloatType) return FLOAT_VALUE(a) < FLOAT_VALUE(b);
    }
    return obj_richcompare_bool(ms->ts, a, b, CMP_LT);
}

/* Exact, non-empty tuples: what tuple's `<` does, with the first items
 * compared by tuple_elem_compare. */
static int sort_lt_tuple(MergeState *ms, Object *a, Object *b) {
    size_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b), i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = sort_item_eq(ms, TUPLE_GET(a, i), TUPLE_GET(b, i));
        if (eq < 0) return -1;
        if (!eq) break;
    }
    if (i >= na || i >= nb) return na < nb;
    if (i == 0) return ms->tuple_elem_compare(ms, TUPLE_GET(a, 0), TUPLE_GET(b, 0));
    return sort_item_lt(ms, TUPLE_GET(a, i), TUPLE_GET(b, i));
}

/* The pre-sort check: pick key_compare from what all [n] keys have in common. */
static void choose_compare(MergeState *ms, Object **keys, ssize_t n) {
    ms->key_compare = sort_lt;
    if (n < 2) return;
    bool in_tuples = tuple_check_exact(keys[0]) && TUPLE_SIZE(keys[0]) > 0;
    TypeObject *type = TYPE(in_tuples ? TUPLE_GET(keys[0], 0) : keys[0]);
    bool same_type = true, small_ints = true;
    for (ssize_t i = 0; i < n; i++) {
        if (in_tuples && !(tuple_check_exact(keys[i]) && TUPLE_SIZE(keys[i]) > 0)) {
            in_tuples = same_type = false;
            break;
        }
        Object *k = in_tuples ? TUPLE_GET(keys[i], 0) : keys[i];
        if (TYPE(k) != type) {
            same_type = false;
            if (!in_tuples) break;        /* tuples: still check they all are */
        }
        if (same_type && type == &IntType && !int_is_small(k)) small_ints = false;
    }
    SortCompare cmp = sort_item_lt;
    if (same_type) {
        if (type == &StrType) cmp = sort_lt_str;
        else if (type == &IntType) cmp = small_ints ? sort_lt_small_int : sort_lt_int;
        else if (type == &FloatType) cmp = sort_lt_float;
        else if ((ms->key_richcompare = type->richcompare) != NULL) cmp = sort_lt_same_type;
    }
    if (in_tuples) {
        /* tuples of tuples: the inner ones go through the protocol */
        ms->tuple_elem_compare = type == &TupleType ? sort_item_lt : cmp;
        cmp = sort_lt_tuple;
    }
    ms->key_compare = cmp;
}

#define SORT_LT(ms, a, b) ((ms)->key_compare((ms), (a), (b)))

/* ---- moving keys and their values together ---- */

static inline void slice_advance(SortSlice *s, ssize_t n) {
    s->keys += n;
    if (s->values) s->values += n;
}

static inline void slice_copy(SortSlice *dst, ssize_t i, SortSlice *src, ssize_t j) {
    dst->keys[i] = src->keys[j];
    if (dst->values) dst->values[i] = src->values[j];
}

/* Copy one item and step both slices forwards (incr) or backwards (decr). */
static inline void slice_copy_incr(SortSlice *dst, SortSlice *src) {
    *dst->keys++ = *src->keys++;
    if (dst->values) *dst->values++ = *src->values++;
}

static inline void slice_copy_decr(SortSlice *dst, SortSlice *src) {
    *dst->keys-- = *src->keys--;
    if (dst->values) *dst->values-- = *src->values--;
}

/* [n] items from src[j] to dst[i]; memcpy between the list and the
 * temporary array, memmove inside the list. */
static inline void slice_memcpy(SortSlice *dst, ssize_t i, SortSlice *src, ssize_t j, ssize_t n) {
    memcpy(&dst->keys[i], &src->keys[j], (size_t)n * sizeof(Object *));
    if (dst->values) memcpy(&dst->values[i], &src->values[j], (size_t)n * sizeof(Object *));
}

static inline void slice_memmove(SortSlice *dst, ssize_t i, SortSlice *src, ssize_t j, ssize_t n) {
    memmove(&dst->keys[i], &src->keys[j], (size_t)n * sizeof(Object *));
    if (dst->values) memmove(&dst->values[i], &src->values[j], (size_t)n * sizeof(Object *));
}

static void reverse_array(Object **lo, Object **hi) {
    for (hi--; lo < hi; lo++, hi--) {
        Object *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void slice_reverse(SortSlice *s, ssize_t n) {
    reverse_array(s->keys, s->keys + n);
    if (s->values) reverse_array(s->values, s->values + n);
}

/* ---- runs ---- */

/* Length of the run at lo.keys[0 .. n-1] (n >= 1), and whether it is
 * strictly descending. */
static ssize_t count_run(MergeState *ms, Object **lo, ssize_t n, bool *descending) {
    *descending = false;
    if (n == 1) return 1;
    int k = SORT_LT(ms, lo[1], lo[0]);
    if (k < 0) return -1;
    ssize_t len = 2;
    if (k) {
        *descending = true;
        for (; len < n; len++) {
            k = SORT_LT(ms, lo[len], lo[len - 1]);
            if (k < 0) return -1;
            if (!k) break;
        }
    } else {
        for (; len < n; len++) {
            k = SORT_LT(ms, lo[len], lo[len - 1]);
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return len;
}

/* Sort lo[0 .. hi) by binary insertion, knowing lo[0 .. start) is sorted.
 * An item is only moved after its place is found, so an error leaves the
 * slice a permutation. */
static int binary_sort(MergeState *ms, SortSlice lo, ssize_t hi, ssize_t start) {
    if (start == 0) start = 1;
    for (; start < hi; start++) {
        Object *pivot = lo.keys[start];
        ssize_t l = 0, r = start;     /* pivot >= lo[0 .. l), pivot < lo[r .. start) */
        do {
            ssize_t p = l + ((r - l) >> 1);
            int k = SORT_LT(ms, pivot, lo.keys[p]);
            if (k < 0) return -1;
            if (k) r = p;
            else l = p + 1;
        } while (l < r);
        /* l is after every item equal to the pivot: stable */
        memmove(&lo.keys[l + 1], &lo.keys[l], (size_t)(start - l) * sizeof(Object *));
        lo.keys[l] = pivot;
        if (lo.values) {
            Object *v = lo.values[start];
            memmove(&lo.values[l + 1], &lo.values[l], (size_t)(start - l) * sizeof(Object *));
            lo.values[l] = v;
        }
    }
    return 0;
}

/* Natural runs shorter than this are extended by binary insertion: n itself
 * below 64, else the top six bits of n, plus one if any lower bit is set. */
static ssize_t compute_minrun(ssize_t n) {
    ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* The power of the run boundary between a run at [s1, s1 + n1) and the next
 * of length n2, in a list of n items: walk the binary expansions of the two
 * midpoints (doubled, to stay integers) divided by n until they differ. */
static int run_power(ssize_t s1, ssize_t n1, ssize_t n2, ssize_t n) {
    ssize_t a = 2 * s1 + n1;          /* 2 * midpoint of the first run */
    ssize_t b = a + n1 + n2;          /* 2 * midpoint of the second */
    int power = 0;
    for (;;) {
        power++;
        if (a >= n) {                 /* both next bits are 1 */
            a -= n;
            b -= n;
        } else if (b >= n) {          /* the bits differ: done */
            break;
        }                             /* else both are 0 */
        a <<= 1;
        b <<= 1;
    }
    return power;
}

/* ---- galloping ---- */

/* Where [key] goes in the sorted a[0 .. n), left of any equal items: the k
 * with a[k-1] < key <= a[k]. The search starts at a[hint] and gallops
 * outwards. -1 on error. */
static ssize_t gallop_left(MergeState *ms, Object *key, Object **a, ssize_t n, ssize_t hint) {
    ssize_t lastofs = 0, ofs = 1;
    int k = SORT_LT(ms, a[hint], key);
    if (k < 0) return -1;
    if (k) {
        /* a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs] */
        ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = SORT_LT(ms, a[hint + ofs], key);
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        /* key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs] */
        ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = SORT_LT(ms, a[hint - ofs], key);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    /* a[lastofs] < key <= a[ofs]: binary search in between */
    lastofs++;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        k = SORT_LT(ms, a[m], key);
        if (k < 0) return -1;
        if (k) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
}

/* The same, right of any equal items: the k with a[k-1] <= key < a[k]. */
static ssize_t gallop_right(MergeState *ms, Object *key, Object **a, ssize_t n, ssize_t hint) {
    ssize_t lastofs = 0, ofs = 1;
    int k = SORT_LT(ms, key, a[hint]);
    if (k < 0) return -1;
    if (k) {
        /* key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs] */
        ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = SORT_LT(ms, key, a[hint - ofs]);
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        /* a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs] */
        ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = SORT_LT(ms, key, a[hint + ofs]);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    /* a[lastofs] <= key < a[ofs]: binary search in between */
    lastofs++;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        k = SORT_LT(ms, key, a[m]);
        if (k < 0) return -1;
        if (k) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
}

/* ---- merging ---- */

static void merge_init(MergeState *ms, ThreadState *ts, SortSlice *lo, ssize_t n) {
    ms->ts = ts;
    ms->temp.keys = ms->temparray;
    if (lo->values) {
        /* half the stack array for keys, half for their values */
        ms->alloced = (n + 1) / 2;
        if (ms->alloced > MERGE_TEMP_SIZE / 2) ms->alloced = MERGE_TEMP_SIZE / 2;
        ms->temp.values = ms->temparray + ms->alloced;
    } else {
        ms->alloced = MERGE_TEMP_SIZE;
        ms->temp.values = NULL;
    }
    ms->n = 0;
    ms->min_gallop = MIN_GALLOP;
    ms->listlen = n;
    ms->basekeys = lo->keys;
}

static void merge_freemem(MergeState *ms) {
    if (ms->temp.keys != ms->temparray) free(ms->temp.keys);
}

/* Make room for [need] items in the temporary array. */
static int merge_getmem(MergeState *ms, ssize_t need) {
    if (need <= ms->alloced) return 0;
    size_t per_item = ms->temp.values ? 2 : 1;
    if ((size_t)need > SIZE_MAX / sizeof(Object *) / per_item) goto nomem;
    Object **room = malloc((size_t)need * per_item * sizeof(Object *));
    if (!room) goto nomem;
    merge_freemem(ms);
    ms->temp.keys = room;
    if (ms->temp.values) ms->temp.values = room + need;
    ms->alloced = need;
    return 0;
nomem:
    err_no_memory(ms->ts);
    return -1;
}

/* Merge the na items at ssa with the nb items right after them, na <= nb,
 * filling from the left. Needs ssa[0] > ssb[0] and ssa[na-1] > ssb[nb-1]
 * (merge_at trims to this): the first item is B's, the last A's. */
static int merge_lo(MergeState *ms, SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb) {
    int result = -1;
    if (merge_getmem(ms, na) < 0) return -1;
    slice_memcpy(&ms->temp, 0, &ssa, 0, na);
    SortSlice dest = ssa;
    ssa = ms->temp;

    slice_copy_incr(&dest, &ssb);
    if (--nb == 0) goto succeed;
    if (na == 1) goto copy_b;

    ssize_t min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;   /* wins in a row */
        for (;;) {                        /* one at a time */
            int k = SORT_LT(ms, ssb.keys[0], ssa.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                slice_copy_incr(&dest, &ssb);
                bcount++;
                acount = 0;
                if (--nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                slice_copy_incr(&dest, &ssa);
                acount++;
                bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        /* one run keeps winning: gallop while that pays off */
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            ssize_t k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            if (k < 0) goto fail;
            acount = k;
            if (k) {
                slice_memcpy(&dest, 0, &ssa, 0, k);
                slice_advance(&dest, k);
                slice_advance(&ssa, k);
                na -= k;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed;   /* only if `<` is inconsistent */
            }
            slice_copy_incr(&dest, &ssb);
            if (--nb == 0) goto succeed;

            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            if (k < 0) goto fail;
            bcount = k;
            if (k) {
                slice_memmove(&dest, 0, &ssb, 0, k);
                slice_advance(&dest, k);
                slice_advance(&ssb, k);
                nb -= k;
                if (nb == 0) goto succeed;
            }
            slice_copy_incr(&dest, &ssa);
            if (--na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;                     /* leaving galloping costs a point */
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    /* what is left of A goes into the gap (on error too: no item lost) */
    if (na) slice_memcpy(&dest, 0, &ssa, 0, na);
    return result;
copy_b:
    /* the last item of A is the largest: the rest of B, then it */
    slice_memmove(&dest, 0, &ssb, 0, nb);
    slice_copy(&dest, nb, &ssa, 0);
    return 0;
}

/* The mirror image: na > nb, B goes to the temporary array and the gap is
 * filled from the right. */
static int merge_hi(MergeState *ms, SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb) {
    int result = -1;
    if (merge_getmem(ms, nb) < 0) return -1;
    SortSlice dest = ssb;
    slice_advance(&dest, nb - 1);
    slice_memcpy(&ms->temp, 0, &ssb, 0, nb);
    SortSlice basea = ssa, baseb = ms->temp;
    ssb = ms->temp;
    slice_advance(&ssb, nb - 1);          /* both point at their last items */
    slice_advance(&ssa, na - 1);

    slice_copy_decr(&dest, &ssa);
    if (--na == 0) goto succeed;
    if (nb == 1) goto copy_a;

    ssize_t min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;
        for (;;) {
            int k = SORT_LT(ms, ssb.keys[0], ssa.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                slice_copy_decr(&dest, &ssa);
                acount++;
                bcount = 0;
                if (--na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                slice_copy_decr(&dest, &ssb);
                bcount++;
                acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            ssize_t k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&ssa, -k);
                slice_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0) goto succeed;
            }
            slice_copy_decr(&dest, &ssb);
            if (--nb == 1) goto copy_a;

            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&ssb, -k);
                slice_memcpy(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed;   /* only if `<` is inconsistent */
            }
            slice_copy_decr(&dest, &ssa);
            if (--na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) slice_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copy_a:
    /* the first item of B is the smallest: it, then the rest of A */
    slice_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    slice_advance(&dest, -na);
    slice_advance(&ssa, -na);
    slice_copy(&dest, 0, &ssb, 0);
    return 0;
}

/* Merge runs i and i+1 of the stack (i is the second or third from the top). */
static int merge_at(MergeState *ms, int i) {
    SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    ssize_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;

    ms->pending[i].len = na + nb;
    if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
    ms->n--;

    /* A's items up to B[0] are already in place */
    ssize_t k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
    if (k < 0) return -1;
    slice_advance(&ssa, k);
    na -= k;
    if (na == 0) return 0;
    /* so are B's items from the last of A on */
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

/* A run of n2 items follows the run on top of the stack: before it is
 * pushed, merge every run below whose power exceeds the new boundary's. */
static int merge_collapse(MergeState *ms, ssize_t n2) {
    if (ms->n == 0) return 0;
    SortRun *p = ms->pending;
    ssize_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
    int power = run_power(s1, p[ms->n - 1].len, n2, ms->listlen);
    while (ms->n > 1 && p[ms->n - 2].power > power)
        if (merge_at(ms, ms->n - 2) < 0) return -1;
    p[ms->n - 1].power = power;
    return 0;
}

/* At the end: merge everything, the smaller neighbour of the top first. */
static int merge_force_collapse(MergeState *ms) {
    SortRun *p = ms->pending;
    while (ms->n > 1) {
        int i = ms->n - 2;
        if (i > 0 && p[i - 1].len < p[i + 1].len) i--;
        if (merge_at(ms, i) < 0) return -1;
    }
    return 0;
}

/* Sort the n keys at [lo] (and their values, if any) in place. */
static int timsort(ThreadState *ts, SortSlice lo, ssize_t n) {
    MergeState ms;
    merge_init(&ms, ts, &lo, n);
    choose_compare(&ms, lo.keys, n);
    int result = -1;
    ssize_t remaining = n, minrun = compute_minrun(n);
    do {
        bool descending;
        ssize_t len = count_run(&ms, lo.keys, remaining, &descending);
        if (len < 0) goto done;
        if (descending) slice_reverse(&lo, len);
        if (len < minrun) {
            ssize_t force = remaining <= minrun ? remaining : minrun;
            if (binary_sort(&ms, lo, force, len) < 0) goto done;
            len = force;
        }
        if (merge_collapse(&ms, len) < 0) goto done;
        ms.pending[ms.n].base = lo;
        ms.pending[ms.n].len = len;
        ms.n++;
        slice_advance(&lo, len);
        remaining -= len;
    } while (remaining);
    result = merge_force_collapse(&ms);
done:
    merge_freemem(&ms);
    return result;
}

int list_sort(ThreadState *ts, Object *self, Object *keyfunc, bool reverse) {
    ListObject *l = (ListObject *)self;
    Object **items = l->items;
    ssize_t n = (ssize_t)l->size;
    size_t cap = l->cap;
    /* The list looks empty while it is sorted; see the essay. */
    l->items = NULL;
    l->size = l->cap = 0;

    int result = -1;
    Object **keys = NULL;
    if (keyfunc) {
        keys = malloc((n ? (size_t)n : 1) * sizeof(Object *));
        if (!keys) { err_no_memory(ts); goto restore; }
        for (ssize_t i = 0; i < n; i++) {
            keys[i] = obj_call1(ts, keyfunc, items[i]);
            if (!keys[i]) {
                while (--i >= 0) DECREF(keys[i]);
                free(keys);
                goto restore;             /* nothing moved: no check, no reverse */
            }
        }
    }

    result = 0;
    if (n > 1) {
        SortSlice lo = {keys ? keys : items, keys ? items : NULL};
        if (reverse) slice_reverse(&lo, n);
        result = timsort(ts, lo, n);
    }

    if (keys) {
        for (ssize_t i = 0; i < n; i++) DECREF(keys[i]);
        free(keys);
    }
    if (result == 0 && (l->items != NULL || l->size != 0)) {
        err_set_string(ts, &ExcValueError, "list modified during sort");
        result = -1;
    }
    if (reverse && n > 1) reverse_array(items, items + n);   /* on error too */

restore:;
    /* Put the items back, then drop whatever was stored meanwhile. */
    Object **junk = l->items;
    size_t njunk = l->size;
    l->items = items;
    l->size = (size_t)n;
    l->cap = cap;
    for (size_t i = njunk; i-- > 0;) DECREF(junk[i]);
    free(junk);
    return result;
}

/* ---- slots ------------------------------------------------------------- */

static void list_dealloc(Object *self) {
    gc_untrack(self);
    ListObject *l = (ListObject *)self;
    for (size_t i = 0; i < l->size; i++) XDECREF(l->items[i]);
    free(l->items);
    obj_free(self);
}

static int list_traverse(Object *self, VisitFunc visit, void *arg) {
    ListObject *l = (ListObject *)self;
    for (size_t i = 0; i < l->size; i++)
        if (l->items[i] && visit(l->items[i], arg)) return 1;
    return 0;
}

static int list_clear_slot(Object *self) {
    ListObject *l = (ListObject *)self;
    Object **items = l->items;
    size_t n = l->size;
    l->items = NULL;
    l->size = l->cap = 0;
    for (size_t i = 0; i < n; i++) XDECREF(items[i]);
    free(items);
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
    /* compare copies of the item arrays' references: __eq__ may mutate */
    Object *ta = list_as_tuple(ts, a);
    if (!ta) return NULL;
    Object *tb = list_as_tuple(ts, b);
    if (!tb) { DECREF(ta); return NULL; }
    Object *r = seq_richcompare(ts, TUPLE_ITEMS(ta), TUPLE_SIZE(ta), TUPLE_ITEMS(tb), TUPLE_SIZE(tb), op);
    DECREF(ta);
    DECREF(tb);
    return r;
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

static Object *list_getitem(ThreadState *ts, Object *self, Object *key) {
    if (int_check(key)) {
        ssize_t i, n = (ssize_t)LIST_SIZE(self);
        if (list_index_of(ts, key, n, &i) < 0) return NULL;
        if (i < 0 || i >= n) return err_set_string(ts, &ExcIndexError, "list index out of range");
        return NEWREF(LIST_GET(self, i));
    }
    if (TYPE(key) == &SliceType) {
        ssize_t start, stop, step;
        ssize_t count = slice_indices(ts, key, (ssize_t)LIST_SIZE(self), &start, &stop, &step);
        if (count < 0) return NULL;
        Object *r = list_new(ts, (size_t)count);
        if (!r) return NULL;
        for (ssize_t k = 0, i = start; k < count; k++, i += step)
            LIST_SET_STEAL(r, k, NEWREF(LIST_GET(self, i)));
        return r;
    }
    if (TYPE(key)->index) {
        Object *i = obj_index(ts, key);
        if (!i) return NULL;
        Object *r = list_getitem(ts, self, i);
        DECREF(i);
        return r;
    }
    return err_format(ts, &ExcTypeError, "list indices must be integers or slices, not %s",
                      TYPE_NAME(key));
}

/* l[start:stop:step] = value, or del l[...] when value is NULL. */
static int list_set_slice(ThreadState *ts, Object *self, Object *slice, Object *value) {
    ListObject *l = (ListObject *)self;
    ssize_t start, stop, step;
    ssize_t count = slice_indices(ts, slice, (ssize_t)l->size, &start, &stop, &step);
    if (count < 0) return -1;
    if (value == NULL) {
        if (count == 0) return 0;
        if (step < 0) {   /* walk it forwards */
            start = start + step * (count - 1);
            step = -step;
        }
        Object **garbage = malloc((size_t)count * sizeof(Object *));
        if (!garbage) { err_no_memory(ts); return -1; }
        size_t w = (size_t)start, g = 0;
        for (size_t r = (size_t)start; r < l->size; r++) {
            if (g < (size_t)count && r == (size_t)start + g * (size_t)step) garbage[g++] = l->items[r];
            else l->items[w++] = l->items[r];
        }
        l->size = w;
        list_resize(ts, l, w);
        for (size_t i = 0; i < g; i++) DECREF(garbage[i]);
        free(garbage);
        return 0;
    }
    /* the new items, as an array we own (value may be self) */
    Object *seq = NULL;
    if (!list_check_exact(value) && !tuple_check_exact(value) && value != self) {
        if (!TYPE(value)->iter && !TYPE(value)->getitem) {
            err_set_string(ts, &ExcTypeError, step == 1 ? "can only assign an iterable"
                                                         : "must assign iterable to extended slice");
            return -1;
        }
        seq = list_from_iterable(ts, value);
        if (!seq) return -1;
    }
    Object *src = seq ? seq : value;
    Object *copy = list_check(src) ? list_as_tuple(ts, src) : NEWREF(src);   /* value may be self */
    XDECREF(seq);
    if (!copy) return -1;
    size_t m = TUPLE_SIZE(copy);
    if (step == 1) {
        size_t lo = (size_t)start, hi = (size_t)start + (size_t)count;
        size_t n = l->size;
        Object **old = malloc((count ? (size_t)count : 1) * sizeof(Object *));
        if (!old) { DECREF(copy); err_no_memory(ts); return -1; }
        memcpy(old, l->items + lo, (size_t)count * sizeof(Object *));
        if (m > (size_t)count) {
            if (list_resize(ts, l, n + m - (size_t)count) < 0) { free(old); DECREF(copy); return -1; }
            memmove(l->items + lo + m, l->items + hi, (n - hi) * sizeof(Object *));
        } else {
            memmove(l->items + lo + m, l->items + hi, (n - hi) * sizeof(Object *));
            list_resize(ts, l, n + m - (size_t)count);
        }
        for (size_t i = 0; i < m; i++) l->items[lo + i] = NEWREF(TUPLE_GET(copy, i));
        for (ssize_t i = 0; i < count; i++) DECREF(old[i]);
        free(old);
        DECREF(copy);
        return 0;
    }
    if ((ssize_t)m != count) {
        err_format(ts, &ExcValueError,
                   "attempt to assign sequence of size %zu to extended slice of size %zd", m, count);
        DECREF(copy);
        return -1;
    }
    for (ssize_t k = 0, i = start; k < count; k++, i += step) {
        Object *old = l->items[i];
        l->items[i] = NEWREF(TUPLE_GET(copy, k));
        DECREF(old);
    }
    DECREF(copy);
    return 0;
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
        Object *i = obj_index(ts, key);
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
    if (n == 0 || size == 0) {
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
    if (kwnames && TUPLE_SIZE(kwnames)) {
        err_format(ts, &ExcTypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        err_format(ts, &ExcTypeError, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    list_clear_slot(self);
    if (nargs) return list_extend(ts, self, args[0]);
    return 0;
}

/* ---- iteration --------------------------------------------------------- */

typedef struct {
    OBJECT_HEAD;
    Object *seq;          /* NULL when exhausted */
    size_t index;
    bool reversed;
} ListIterObject;

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

#define METHOD(name) static Object *name(ThreadState *ts, Object *self, Object *const *args, \
                                         size_t nargs, Object *kwnames)
#define NO_KW(fname) if (args_no_kwargs(ts, fname, kwnames) < 0) return NULL

METHOD(list_m_append) {
    NO_KW("append");
    if (args_count(ts, "list.append", nargs, 1, 1) < 0) return NULL;
    if (list_append(ts, self, args[0]) < 0) return NULL;
    return none_new();
}

METHOD(list_m_extend) {
    NO_KW("extend");
    if (args_count(ts, "list.extend", nargs, 1, 1) < 0) return NULL;
    if (list_extend(ts, self, args[0]) < 0) return NULL;
    return none_new();
}

METHOD(list_m_insert) {
    NO_KW("insert");
    if (args_count(ts, "insert", nargs, 2, 2) < 0) return NULL;
    ssize_t i = obj_as_ssize(ts, args[0], NULL);
    if (i == -1 && err_occurred(ts)) return NULL;
    if (list_insert(ts, self, i, args[1]) < 0) return NULL;
    return none_new();
}

METHOD(list_m_pop) {
    NO_KW("pop");
    if (args_count(ts, "pop", nargs, 0, 1) < 0) return NULL;
    ListObject *l = (ListObject *)self;
    ssize_t n = (ssize_t)l->size, i = n - 1;
    if (nargs) {
        i = obj_as_ssize(ts, args[0], NULL);
        if (i == -1 && err_occurred(ts)) return NULL;
        if (i < 0) i += n;
    }
    if (n == 0) return err_set_string(ts, &ExcIndexError, "pop from empty list");
    if (i < 0 || i >= n) return err_set_string(ts, &ExcIndexError, "pop index out of range");
    Object *item = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (size_t)(n - i - 1) * sizeof(Object *));
    list_resize(ts, l, (size_t)n - 1);
    return item;
}

METHOD(list_m_remove) {
    NO_KW("remove");
    if (args_count(ts, "list.remove", nargs, 1, 1) < 0) return NULL;
    ListObject *l = (ListObject *)self;
    for (size_t i = 0; i < l->size; i++) {
        Object *x = l->items[i];
        INCREF(x);
        int eq = obj_richcompare_bool(ts, x, args[0], CMP_EQ);
        DECREF(x);
        if (eq < 0) return NULL;
        if (eq && i < l->size) {
            Object *item = l->items[i];
            memmove(&l->items[i], &l->items[i + 1], (l->size - i - 1) * sizeof(Object *));
            list_resize(ts, l, l->size - 1);
            DECREF(item);
            return none_new();
        }
    }
    return err_set_string(ts, &ExcValueError, "list.remove(x): x not in list");
}

METHOD(list_m_index) {
    NO_KW("index");
    if (args_count(ts, "index", nargs, 1, 3) < 0) return NULL;
    ssize_t n = (ssize_t)LIST_SIZE(self), start = 0, stop = n;
    if (nargs > 1) {
        start = obj_as_ssize(ts, args[1], NULL);
        if (start == -1 && err_occurred(ts)) return NULL;
        if (start < 0) { start += n; if (start < 0) start = 0; }
    }
    if (nargs > 2) {
        stop = obj_as_ssize(ts, args[2], NULL);
        if (stop == -1 && err_occurred(ts)) return NULL;
        if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    }
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

METHOD(list_m_count) {
    NO_KW("count");
    if (args_count(ts, "list.count", nargs, 1, 1) < 0) return NULL;
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

int list_sort_kwargs(ThreadState *ts, Object *const *kwvalues, Object *kwnames, Object *out[2]) {
    static const char *const names[] = {"key", "reverse"};
    out[0] = out[1] = NULL;
    if (kwnames && TUPLE_SIZE(kwnames) > 2) {    /* counted before any name is checked, as CPython */
        err_format(ts, &ExcTypeError, "sort() takes at most 2 keyword arguments (%zu given)", TUPLE_SIZE(kwnames));
        return -1;
    }
    return args_parse(ts, "sort", kwvalues, 0, kwnames, names, 2, 0, 0, out);
}

METHOD(list_m_sort) {
    Object *a[2];
    if (nargs > 0)
        return err_format(ts, &ExcTypeError, "sort() takes no positional arguments");
    if (list_sort_kwargs(ts, args, kwnames, a) < 0) return NULL;
    int rev = a[1] ? list_sort_reverse_arg(ts, a[1]) : 0;
    if (rev < 0) return NULL;
    if (list_sort(ts, self, a[0] == None ? NULL : a[0], rev) < 0) return NULL;
    return none_new();
}

METHOD(list_m_reverse) {
    NO_KW("reverse");
    if (args_count(ts, "list.reverse", nargs, 0, 0) < 0) return NULL;
    list_reverse(self);
    return none_new();
}

METHOD(list_m_copy) {
    NO_KW("copy");
    if (args_count(ts, "list.copy", nargs, 0, 0) < 0) return NULL;
    Object *r = list_new(ts, LIST_SIZE(self));
    if (!r) return NULL;
    for (size_t i = 0; i < LIST_SIZE(self); i++) LIST_SET_STEAL(r, i, NEWREF(LIST_GET(self, i)));
    return r;
}

METHOD(list_m_clear) {
    NO_KW("clear");
    if (args_count(ts, "list.clear", nargs, 0, 0) < 0) return NULL;
    list_clear_slot(self);
    return none_new();
}

METHOD(list_m_reversed) {
    if (args_count(ts, "list.__reversed__", nargs, 0, 0) < 0) return NULL;
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
    {NULL},
};

TypeObject ListType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "list",
    .basicsize = sizeof(ListObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_LIST_SUBCLASS,
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
