/* listsort.c -- list.sort() and sorted(): Tim Peters' timsort, step for step
 * as CPython 3.11 runs it.
 *
 * Lesson 10 (scaling): a sort costs about n log2(n) comparisons on random
 * data but only n - 1 on data that is already in order, and a key function
 * is called once per item, not once per comparison. A __lt__ that prints
 * shows exactly the comparisons CPython makes.
 *
 * The essay below explains the algorithm; start reading at list_sort() at
 * the bottom, then timsort().
 */
#include <stdlib.h>
#include <string.h>

#include "list.h"
#include "exceptions.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

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
 * Safety. While sorting, the list looks empty (size 0, no items) and its
 * cap is -1, a value no change leaves behind: a __lt__ or key function
 * that looks at it sees [], and one that changes it -- even if it undoes
 * the change, say by growing the list and clearing it again -- makes the
 * sort end with ValueError "list modified during sort" (the sorted items
 * are put back; whatever was added is dropped), as in CPython. Sorting changes no
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
    if (ms->temp.keys != ms->temparray) rawmem_free(ms->temp.keys);
}

/* Make room for [need] items in the temporary array. */
static int merge_getmem(MergeState *ms, ssize_t need) {
    if (need <= ms->alloced) return 0;
    size_t per_item = ms->temp.values ? 2 : 1;
    if ((size_t)need > SIZE_MAX / sizeof(Object *) / per_item) goto nomem;
    Object **room = rawmem_alloc((size_t)need * per_item * sizeof(Object *));
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
    ssize_t cap = l->cap;
    /* The list looks empty while it is sorted, and its cap of -1 marks it:
     * any change to it (even one undone since) sets cap back to >= 0. See
     * the essay. */
    l->items = NULL;
    l->size = 0;
    l->cap = -1;

    int result = -1;
    Object **keys = NULL;
    if (keyfunc) {
        keys = rawmem_alloc((n ? (size_t)n : 1) * sizeof(Object *));
        if (!keys) { err_no_memory(ts); goto restore; }
        for (ssize_t i = 0; i < n; i++) {
            keys[i] = obj_call1(ts, keyfunc, items[i]);
            if (!keys[i]) {
                while (--i >= 0) DECREF(keys[i]);
                rawmem_free(keys);
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
        rawmem_free(keys);
    }
    if (result == 0 && l->cap != -1) {
        err_set_string(ts, &ExcValueError, "list modified during sort");
        result = -1;
    }
    if (reverse && n > 1) reverse_array(items, items + n);   /* on error too */

restore:;
    /* Put the items back, then drop whatever was stored meanwhile, last
     * first: the list is whole again when their __del__ runs. */
    Object **junk = l->items;
    size_t njunk = l->size;
    l->items = items;
    l->size = (size_t)n;
    l->cap = cap;
    for (size_t i = njunk; i-- > 0;) DECREF(junk[i]);
    rawmem_free(junk);
    return result;
}
