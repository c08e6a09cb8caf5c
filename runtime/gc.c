/* gc.c -- the cycle collector.
 *
 * Lesson 6 (memory). Reference counting frees almost everything, the moment
 * its last reference goes. What it cannot free is a group of objects that
 * refer to each other and to which nothing else refers:
 *
 *     a = []; b = [a]; a.append(b); del a, b     # counts stay at 1
 *
 * How the collector finds such groups
 * ===================================
 * Every container (an object that can refer to others: list, dict, tuple,
 * instance, function, cell, ...) is "tracked": it sits in one of three
 * generation lists. A collection of generation g looks at the containers of
 * generations 0..g, the "young" set, in four steps:
 *
 *  1. Copy each young object's reference count into gc_refs.
 *  2. For every young object, visit the objects it refers to (its type's
 *     traverse slot) and subtract 1 from the gc_refs of each young one.
 *     What is left in gc_refs counts references from OUTSIDE the young set:
 *     from a variable, the value stack, an older object, C code.
 *  3. Objects with gc_refs > 0 are certainly alive. So is everything they
 *     refer to, and everything that refers to, ... : mark from them.
 *  4. Whatever is unmarked can only be reached from other unmarked objects:
 *     it is garbage. First run the __del__ of such objects that have one
 *     (once per object, ever: PEP 442); a finalizer may store a reference to
 *     its object somewhere, so reachability is computed again for the group
 *     and any object that came back to life survives. Then call each
 *     remaining object's `clear` slot, which drops the references it holds;
 *     the cycle is broken, reference counts fall to zero, and the ordinary
 *     deallocation frees the objects.
 *
 * Objects that survive move to the next older generation. Young objects die
 * young, so generation 0 is collected often (after 700 more allocations than
 * deallocations of containers), generation 1 after 10 collections of
 * generation 0, generation 2 after 10 of generation 1 -- CPython's defaults.
 *
 * A collection never starts in the middle of a C function: reaching a
 * threshold sets a bit in the eval breaker, and the VM collects at its next
 * safe point (a backward jump or a call), when every live object is held by
 * a counted reference.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc.h"
#include "exceptions.h"
#include "str.h"
#include "dict.h"
#include "module.h"
#include "vm/trace.h"

#define GC_UNTRACKED_REFS INTPTR_MIN   /* not part of the collection at hand */
#define GC_REACHABLE (-2)

static void gclist_init(GCHead *h) { h->next = h->prev = h; }
static bool gclist_empty(GCHead *h) { return h->next == h; }

static void gclist_append(GCHead *node, GCHead *list) {
    node->prev = list->prev;
    node->next = list;
    list->prev->next = node;
    list->prev = node;
}

static void gclist_remove(GCHead *node) {
    node->prev->next = node->next;
    node->next->prev = node->prev;
    node->next = node->prev = NULL;
}

static void gclist_move(GCHead *node, GCHead *list) {
    node->prev->next = node->next;
    node->next->prev = node->prev;
    gclist_append(node, list);
}

static void gclist_merge(GCHead *from, GCHead *to) {
    if (gclist_empty(from)) return;
    GCHead *first = from->next, *last = from->prev;
    first->prev = to->prev;
    to->prev->next = first;
    last->next = to;
    to->prev = last;
    gclist_init(from);
}

void gc_init(Interp *interp) {
    GCState *gc = &interp->gc;
    int thresholds[3] = {700, 10, 10};
    for (int i = 0; i < 3; i++) {
        gclist_init(&gc->gen[i].head);
        gc->gen[i].threshold = thresholds[i];
        gc->gen[i].count = 0;
    }
    gc->enabled = true;
}

void gc_track(ThreadState *ts, Object *o) {
    GCHead *g = AS_GC(o);
    if (g->next) return;
    GCState *gc = &ts->interp->gc;
    g->gc_refs = GC_UNTRACKED_REFS;
    gclist_append(g, &gc->gen[0].head);
#ifdef MINIPY_STRESS_GC
    if (gc->enabled && !gc->collecting) atomic_fetch_or(&ts->interp->eval_breaker, BREAKER_GC);
#endif
    if (++gc->gen[0].count > gc->gen[0].threshold && gc->enabled && !gc->collecting &&
        gc->gen[0].threshold > 0)
        atomic_fetch_or(&ts->interp->eval_breaker, BREAKER_GC);
}

void gc_untrack(Object *o) {
    GCHead *g = AS_GC(o);
    if (!g->next) return;
    gclist_remove(g);
    ThreadState *ts = ts_current();
    if (ts && ts->interp->gc.gen[0].count > 0) ts->interp->gc.gen[0].count--;
}

/* ---- the four steps ----------------------------------------------------- */

static void update_refs(GCHead *list) {
    for (GCHead *g = list->next; g != list; g = g->next) g->gc_refs = FROM_GC(g)->refcnt;
}

static int visit_decref(Object *o, void *arg) {
    if (obj_is_gc(o)) {
        GCHead *g = AS_GC(o);
        if (g->next && g->gc_refs != GC_UNTRACKED_REFS && g->gc_refs > 0) g->gc_refs--;
    }
    return 0;
}

static void subtract_refs(GCHead *list) {
    for (GCHead *g = list->next; g != list; g = g->next) {
        Object *o = FROM_GC(g);
        if (o->type->traverse) o->type->traverse(o, visit_decref, NULL);
    }
}

typedef struct { Object **items; size_t n, cap; } Stack;

static void stack_push(Stack *s, Object *o) {
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 64;
        s->items = xrealloc(s->items, s->cap * sizeof(Object *));
    }
    s->items[s->n++] = o;
}

static int visit_reachable(Object *o, void *arg) {
    if (!obj_is_gc(o)) return 0;
    GCHead *g = AS_GC(o);
    if (!g->next || g->gc_refs == GC_UNTRACKED_REFS || g->gc_refs == GC_REACHABLE) return 0;
    g->gc_refs = GC_REACHABLE;
    stack_push((Stack *)arg, o);
    return 0;
}

/* Steps 3 and 4: mark from the objects referenced from outside, then move
 * every unmarked object of [young] to [unreachable]. */
static void move_unreachable(GCHead *young, GCHead *unreachable) {
    Stack stack = {0};
    for (GCHead *g = young->next; g != young; g = g->next) {
        if (g->gc_refs > 0) {
            g->gc_refs = GC_REACHABLE;
            stack_push(&stack, FROM_GC(g));
        }
    }
    while (stack.n) {
        Object *o = stack.items[--stack.n];
        if (o->type->traverse) o->type->traverse(o, visit_reachable, &stack);
    }
    free(stack.items);
    GCHead *next;
    for (GCHead *g = young->next; g != young; g = next) {
        next = g->next;
        if (g->gc_refs != GC_REACHABLE) gclist_move(g, unreachable);
    }
}

static void reset_refs(GCHead *list) {
    for (GCHead *g = list->next; g != list; g = g->next) g->gc_refs = GC_UNTRACKED_REFS;
}

static size_t gclist_size(GCHead *list) {
    size_t n = 0;
    for (GCHead *g = list->next; g != list; g = g->next) n++;
    return n;
}

/* Run __del__ of unreachable objects that have one and have not run it. */
static void finalize(ThreadState *ts, GCHead *unreachable) {
    Object *del_name = ts->interp->ids.__del__;
    /* collect first: finalizers may change the list */
    Stack todo = {0};
    for (GCHead *g = unreachable->next; g != unreachable; g = g->next) {
        Object *o = FROM_GC(g);
        if ((g->gc_flags & GC_FINALIZED) || !(o->type->flags & TYPE_FLAG_HEAP)) continue;
        if (!type_lookup_borrowed(o->type, del_name)) continue;
        g->gc_flags |= GC_FINALIZED;
        INCREF(o);
        stack_push(&todo, o);
    }
    for (size_t i = 0; i < todo.n; i++) {
        Object *o = todo.items[i];
        Object *saved = err_fetch(ts);
        Object *r = obj_call_method(ts, o, del_name, NULL, 0);
        if (!r) err_print(ts);
        XDECREF(r);
        ts->exc = saved;
    }
    for (size_t i = 0; i < todo.n; i++) DECREF(todo.items[i]);
    free(todo.items);
}

static void delete_garbage(ThreadState *ts, GCHead *collectable, GCHead *old) {
    while (!gclist_empty(collectable)) {
        GCHead *g = collectable->next;
        Object *o = FROM_GC(g);
        INCREF(o);
        if (o->type->clear) o->type->clear(o);
        if (collectable->next == g) gclist_move(g, old);   /* survived its clear */
        DECREF(o);
    }
}

static ssize_t collect(ThreadState *ts, int generation) {
    GCState *gc = &ts->interp->gc;
    gc->collecting = true;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < generation; i++) gclist_merge(&gc->gen[i].head, &gc->gen[generation].head);
    GCHead *young = &gc->gen[generation].head;
    GCHead *old = generation < 2 ? &gc->gen[generation + 1].head : young;
    size_t examined = gclist_size(young);

    update_refs(young);
    subtract_refs(young);
    GCHead unreachable;
    gclist_init(&unreachable);
    move_unreachable(young, &unreachable);
    reset_refs(young);
    size_t found = gclist_size(&unreachable);

    /* finalizers, then reachability again in case one resurrected something */
    reset_refs(&unreachable);
    finalize(ts, &unreachable);
    update_refs(&unreachable);
    subtract_refs(&unreachable);
    GCHead garbage;
    gclist_init(&garbage);
    move_unreachable(&unreachable, &garbage);
    reset_refs(&unreachable);
    reset_refs(&garbage);
    gclist_merge(&unreachable, old);     /* resurrected: they live on */
    if (generation < 2) gclist_merge(young, old);

    if (trace_on(ts, TRACE_GC)) trace_gc_found(ts, generation, examined, &garbage);
    delete_garbage(ts, &garbage, old);

    for (int i = 0; i <= generation; i++) gc->gen[i].count = 0;
    if (generation < 2) gc->gen[generation + 1].count++;
    gc->collections[generation]++;
    gc->collected[generation] += (int64_t)found;
    gc->collecting = false;
    if (trace_on(ts, TRACE_GC)) {
        struct timespec t1;
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
        trace_gc_done(ts, generation, found, ms);
    }
    return (ssize_t)found;
}

ssize_t gc_collect(ThreadState *ts, int generation) {
    GCState *gc = &ts->interp->gc;
    if (gc->collecting) return 0;
    if (generation < 0 || generation > 2) {
        err_set_string(ts, &ExcValueError, "invalid generation");
        return -1;
    }
    return collect(ts, generation);
}

/* The automatic collection at a safe point: the oldest generation whose
 * count passed its threshold. */
void gc_collect_auto(ThreadState *ts) {
    GCState *gc = &ts->interp->gc;
    if (!gc->enabled || gc->collecting) return;
#ifdef MINIPY_STRESS_GC
    collect(ts, 0);
    return;
#endif
    for (int i = 2; i >= 0; i--) {
        if (gc->gen[i].count > gc->gen[i].threshold && gc->gen[i].threshold > 0) {
            collect(ts, i);
            return;
        }
    }
}

void gc_fini(ThreadState *ts) {
    /* collect until a pass finds nothing: one pass's frees may expose more */
    for (int i = 0; i < 16; i++) {
        if (collect(ts, 2) == 0) break;
    }
}
