/* mod_heapq.c -- the `_heapq` module: heappush, heappop, heapify,
 * heapreplace and heappushpop in C, for lib/heapq.py.
 *
 * Lesson 10 (scaling): Dijkstra's shortest paths, a top-k or a scheduler
 * spends its time in these five functions. lib/heapq.py holds the same
 * algorithms in Python (read them there, with their comments); this file
 * runs them about three times faster, as CPython's _heapq does for its
 * heapq.py, and lib/heapq.py imports these over its own.
 *
 * A heap is a plain list whose item k is not larger than items 2k+1 and
 * 2k+2. Items are compared with < only (obj_richcompare_bool(CMP_LT)), in
 * the order CPython compares them. A __lt__ is Python code that may change
 * the list: after each comparison the length is checked ("list changed size
 * during iteration", as CPython says) and items are read again.
 *
 * Start reading at sift_down() and sift_up().
 */
#include "modules.h"
#include "module.h"
#include "interp.h"
#include "exceptions.h"
#include "list.h"
#include "func.h"
#include "args.h"

/* [a] < [b], or with [max] (the max-heap helpers) [b] < [a]; both held
 * while the comparison runs. 1, 0 or -1. */
static int less(ThreadState *ts, Object *a, Object *b, bool max) {
    INCREF(a);
    INCREF(b);
    int r = max ? obj_richcompare_bool(ts, b, a, CMP_LT) : obj_richcompare_bool(ts, a, b, CMP_LT);
    DECREF(a);
    DECREF(b);
    return r;
}

static int size_changed(ThreadState *ts) {
    err_set_string(ts, &ExcRuntimeError, "list changed size during iteration");
    return -1;
}

static void swap(Object *heap, size_t i, size_t j) {
    Object **items = ((ListObject *)heap)->items;
    Object *t = items[i];
    items[i] = items[j];
    items[j] = t;
}

/* The item at [pos] moves towards the root, not above [startpos], while it
 * is smaller than its parent. */
static int sift_down(ThreadState *ts, Object *heap, size_t startpos, size_t pos, bool max) {
    size_t size = LIST_SIZE(heap);
    if (pos >= size) {
        err_set_string(ts, &ExcIndexError, "list index out of range");
        return -1;
    }
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        int cmp = less(ts, LIST_GET(heap, pos), LIST_GET(heap, parentpos), max);
        if (cmp < 0) return -1;
        if (size != LIST_SIZE(heap)) return size_changed(ts);
        if (cmp == 0) break;
        swap(heap, pos, parentpos);
        pos = parentpos;
    }
    return 0;
}

/* Fill the hole at [pos]: the smaller child moves up, down to a leaf, then
 * the item sifts down from there (fewer comparisons than stopping early). */
static int sift_up(ThreadState *ts, Object *heap, size_t pos, bool max) {
    size_t endpos = LIST_SIZE(heap), startpos = pos;
    if (pos >= endpos) {
        err_set_string(ts, &ExcIndexError, "list index out of range");
        return -1;
    }
    size_t limit = endpos >> 1;
    while (pos < limit) {
        size_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int cmp = less(ts, LIST_GET(heap, childpos), LIST_GET(heap, childpos + 1), max);
            if (cmp < 0) return -1;
            if (endpos != LIST_SIZE(heap)) return size_changed(ts);
            if (!cmp) childpos++;   /* the right child is not larger */
        }
        swap(heap, pos, childpos);
        pos = childpos;
    }
    return sift_down(ts, heap, startpos, pos, max);
}

static int check_list(ThreadState *ts, Object *heap, const char *fname, const char *which) {
    if (list_check(heap)) return 0;
    err_format(ts, &ExcTypeError, "%s() argument%s must be list, not %s", fname, which, TYPE_NAME(heap));
    return -1;
}

static CFUNC(heapq_heappush) {
    if (args_no_kwargs(ts, "heappush", kwnames) < 0 || args_count(ts, "heappush", nargs, 2, 2) < 0) return NULL;
    Object *heap = args[0];
    if (check_list(ts, heap, "heappush", " 1") < 0) return NULL;
    if (list_append(ts, heap, args[1]) < 0) return NULL;
    if (sift_down(ts, heap, 0, LIST_SIZE(heap) - 1, false) < 0) return NULL;
    return none_new();
}

static Object *heappop(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames, const char *fname,
                       bool max) {
    if (args_exactly(ts, fname, nargs, kwnames, 1) < 0) return NULL;
    Object *heap = args[0];
    if (check_list(ts, heap, fname, "") < 0) return NULL;
    size_t n = LIST_SIZE(heap);
    if (n == 0) return err_set_string(ts, &ExcIndexError, "index out of range");
    ListObject *l = (ListObject *)heap;
    Object *last = l->items[n - 1];
    l->size = n - 1;               /* the list keeps its room; list.pop would too */
    if (n == 1) return last;
    Object *result = l->items[0];
    l->items[0] = last;
    if (sift_up(ts, heap, 0, max) < 0) {
        DECREF(result);
        return NULL;
    }
    return result;
}

static CFUNC(heapq_heappop) { return heappop(ts, args, nargs, kwnames, "heappop", false); }
static CFUNC(heapq_heappop_max) { return heappop(ts, args, nargs, kwnames, "_heappop_max", true); }

static Object *heapreplace(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames, const char *fname,
                           bool max) {
    if (args_no_kwargs(ts, fname, kwnames) < 0 || args_count(ts, fname, nargs, 2, 2) < 0) return NULL;
    Object *heap = args[0];
    if (check_list(ts, heap, fname, " 1") < 0) return NULL;
    if (LIST_SIZE(heap) == 0) return err_set_string(ts, &ExcIndexError, "index out of range");
    ListObject *l = (ListObject *)heap;
    Object *result = l->items[0];
    l->items[0] = NEWREF(args[1]);
    if (sift_up(ts, heap, 0, max) < 0) {
        DECREF(result);
        return NULL;
    }
    return result;
}

static CFUNC(heapq_heapreplace) { return heapreplace(ts, args, nargs, kwnames, "heapreplace", false); }
static CFUNC(heapq_heapreplace_max) { return heapreplace(ts, args, nargs, kwnames, "_heapreplace_max", true); }

static CFUNC(heapq_heappushpop) {
    if (args_no_kwargs(ts, "heappushpop", kwnames) < 0 || args_count(ts, "heappushpop", nargs, 2, 2) < 0)
        return NULL;
    Object *heap = args[0], *item = args[1];
    if (check_list(ts, heap, "heappushpop", " 1") < 0) return NULL;
    if (LIST_SIZE(heap) == 0) return NEWREF(item);
    int cmp = less(ts, LIST_GET(heap, 0), item, false);
    if (cmp < 0) return NULL;
    if (cmp == 0) return NEWREF(item);
    if (LIST_SIZE(heap) == 0) return err_set_string(ts, &ExcIndexError, "index out of range");
    ListObject *l = (ListObject *)heap;
    Object *result = l->items[0];
    l->items[0] = NEWREF(item);
    if (sift_up(ts, heap, 0, false) < 0) {
        DECREF(result);
        return NULL;
    }
    return result;
}

static Object *heapify(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames, const char *fname,
                       bool max) {
    if (args_exactly(ts, fname, nargs, kwnames, 1) < 0) return NULL;
    Object *heap = args[0];
    if (check_list(ts, heap, fname, "") < 0) return NULL;
    /* the second half are leaves, heaps already: sift each parent, last first */
    for (size_t i = LIST_SIZE(heap) / 2; i-- > 0;)
        if (sift_up(ts, heap, i, max) < 0) return NULL;
    return none_new();
}

static CFUNC(heapq_heapify) { return heapify(ts, args, nargs, kwnames, "heapify", false); }
static CFUNC(heapq_heapify_max) { return heapify(ts, args, nargs, kwnames, "_heapify_max", true); }

static const MethodDef heapq_functions[] = {
    {"heappush", heapq_heappush, 0, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", heapq_heappop, 0, "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", heapq_heapreplace, 0, "Pop and return the current smallest value, and add the new item."},
    {"heappushpop", heapq_heappushpop, 0, "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heapify", heapq_heapify, 0, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", heapq_heappop_max, 0, "Maxheap variant of heappop."},
    {"_heapreplace_max", heapq_heapreplace_max, 0, "Maxheap variant of heapreplace."},
    {"_heapify_max", heapq_heapify_max, 0, "Maxheap variant of heapify."},
    {NULL},
};

Object *mod_heapq_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "_heapq");
    if (!m) return NULL;
    if (module_add_functions(ts, m, heapq_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
