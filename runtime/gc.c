/* gc.c -- the cycle collector.
 *
 * With threads (lesson 5): a collection runs in the thread that holds the
 * GIL, at a check point of the eval loop, and lets go of it nowhere (a
 * finalizer it runs may, like any Python code). The other threads' frames
 * hold references the collector does not see through, so whatever they use
 * counts as reachable from outside, as the running thread's own frames do.
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
 *     it is garbage. First run the finalizers of such objects that have one
 *     (__del__; once per object, ever: PEP 442); a finalizer may store a
 *     reference to its object somewhere, so reachability is computed again
 *     for the group and any object that came back to life survives. Then call each
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
 * a counted reference. As in CPython, a full collection (generation 2) is
 * skipped while fewer than a quarter of the long-lived objects are new
 * since the last one: otherwise a program that builds one big structure
 * would rescan all of it again and again (quadratic time).
 *
 * Finalizers (PEP 442)
 * ====================
 * A type with last words for its objects has a `finalize` slot, as
 * CPython's tp_finalize: a class that defines __del__ (runtime/class.c), and
 * the generator, which is closed (runtime/gen.c). It runs at most once per
 * object, whoever notices the death first: the dealloc slot when the count
 * reaches zero, or step 4 here for an object in a cycle; both go through
 * obj_call_finalizer() (runtime/object.c), and GC_FINALIZED in the object's
 * GCHead remembers that it ran. Closing a suspended generator runs its
 * `finally` blocks while everything they use is still intact (no object of
 * the cycle has been cleared yet) and drops the references its frame held.
 * An object whose finalizer stores a reference to it somewhere is
 * "resurrected": it and whatever it reaches survive, and its finalizer will
 * not run again when it finally dies.
 *
 * What gc.collect() counts
 * ========================
 * The number returned is CPython 3.11's: the objects still unreachable
 * after the finalizers ran, the ones step 4 then clears. An object a
 * finalizer resurrected does not count, nor one freed while finalizers ran
 * (closing a generator drops its frame's references, which may free the
 * whole cycle at once); DEBUG_COLLECTABLE lists what was found before.
 *
 * Lessons compare the number with CPython's, so it must count the same
 * objects, and minipy has one container CPython 3.11 does not: the
 * attribute dict of an instance. CPython 3.11 keeps the attributes of an
 * instance made by object.__new__ inline, in an array inside the object,
 * and makes a real dict for it ("materializes" it) only when a program asks
 * for x.__dict__ or vars(x), or when the class's shared key table is full
 * (30 names). minipy makes the dict on the first attribute store. So for
 * two instances referring to each other CPython finds 2 objects and minipy
 * would find 4. collect() therefore does not count the dict of an
 * unreachable instance whose class has `object` as its built-in base when
 * that instance is the dict's only referrer (count 1): that is the dict
 * CPython would not have. A dict something else refers to, or the dict of
 * an instance of a list/dict/int/Exception subclass (CPython makes real
 * dicts for those too), is counted. The dict is freed all the same;
 * DEBUG_COLLECTABLE and gc.garbage leave it out, as they count.
 *
 * What remains different: after x.__dict__ or vars(x) CPython counts the
 * dict and minipy does not; a class dropped with `del` counts 4 here
 * (class, dict, mro, bases) and 6 in CPython, whose __dict__ and
 * __weakref__ descriptors are tracked containers too; and
 * gc.get_count()[0] grows by one more when an instance gets its dict.
 *
 * minipy also tracks every container from birth to death. CPython untracks
 * tuples and dicts that hold only atoms (ints, strs, ...) during
 * collections, and never tracks a new dict until it holds a container, so
 * gc.is_tracked({}) is False there and True here; gc.is_tracked tells the
 * truth about minipy.
 *
 * Start reading at collect(), which calls the steps in order.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc.h"
#include "exceptions.h"
#include "str.h"
#include "int.h"
#include "list.h"
#include "dict.h"
#include "func.h"
#include "module.h"
#include "io.h"
#include "trace/events.h"
#include "weakref.h"

#define GC_UNTRACKED_REFS INTPTR_MIN   /* not part of the collection at hand */
#define GC_REACHABLE (-2)
#define GC_REACHABLE_UNSCANNED (-3)     /* reached while the mark stack could not grow */
/* gc_flags bit, set only during a collection: an instance dict that
 * collect() does not count (see "What gc.collect() counts"). */
#define GC_UNCOUNTED_DICT ((intptr_t)1 << 8)

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

static size_t gclist_size(GCHead *list) {
    size_t n = 0;
    for (GCHead *g = list->next; g != list; g = g->next) n++;
    return n;
}

/* ---- per-interpreter state the GCState has no room for ------------------ */

/* gc.garbage, gc.callbacks and the counts behind the full-collection rule.
 * They belong to one interpreter; Interp (runtime/interp.h) has no field
 * for them, so they hang off a small list keyed by the interpreter, made
 * by gc_init and dropped by the first gc_fini. */
typedef struct GCExtra {
    Interp *interp;
    Object *garbage;              /* list or NULL */
    Object *callbacks;            /* list or NULL */
    size_t long_lived_total;      /* generation 2's size after the last full collection */
    size_t long_lived_pending;    /* objects promoted into generation 2 since */
    GCHead permanent;             /* gc.freeze(): tracked, never collected */
    struct GCExtra *next;
} GCExtra;

static GCExtra *extras;
static pthread_mutex_t extras_lock = PTHREAD_MUTEX_INITIALIZER;

static GCExtra *extra_of(Interp *interp) {
    pthread_mutex_lock(&extras_lock);
    GCExtra *e = extras;
    while (e && e->interp != interp) e = e->next;
    pthread_mutex_unlock(&extras_lock);
    return e;
}

static GCExtra *extra_detach(Interp *interp) {
    pthread_mutex_lock(&extras_lock);
    GCExtra **p = &extras;
    while (*p && (*p)->interp != interp) p = &(*p)->next;
    GCExtra *e = *p;
    if (e) *p = e->next;
    pthread_mutex_unlock(&extras_lock);
    return e;
}

int gc_init(Interp *interp) {
    GCState *gc = &interp->gc;
    int thresholds[3] = {700, 10, 10};
    for (int i = 0; i < 3; i++) {
        gclist_init(&gc->gen[i].head);
        gc->gen[i].threshold = thresholds[i];
        gc->gen[i].count = 0;
    }
    gc->enabled = true;
    GCExtra *e = rawmem_calloc(1, sizeof(GCExtra));
    if (!e) return -1;
    e->interp = interp;
    gclist_init(&e->permanent);
    pthread_mutex_lock(&extras_lock);
    e->next = extras;
    extras = e;
    pthread_mutex_unlock(&extras_lock);
    return 0;
}

static Object *extra_list(ThreadState *ts, size_t field) {
    GCExtra *e = extra_of(ts->interp);
    if (!e) return err_set_string(ts, &ExcRuntimeError, "the collector is shut down");
    Object **slot = (Object **)((char *)e + field);
    if (!*slot) *slot = list_new(ts, 0);
    return *slot;
}

Object *gc_garbage_borrowed(ThreadState *ts) { return extra_list(ts, offsetof(GCExtra, garbage)); }
Object *gc_callbacks_borrowed(ThreadState *ts) { return extra_list(ts, offsetof(GCExtra, callbacks)); }

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

/* The mark stack of step 3. When it cannot grow (no memory), the object
 * is marked GC_REACHABLE_UNSCANNED instead and the marking finishes by
 * sweeping the list for such objects until none is left: slower, but a
 * collection never needs memory to succeed. */
typedef struct { Object **items; size_t n, cap; bool overflowed; } Stack;

static bool stack_push(Stack *s, Object *o) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        Object **items = rawmem_realloc(s->items, cap * sizeof(Object *));
        if (!items) return false;
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = o;
    return true;
}

static int visit_reachable(Object *o, void *arg) {
    if (!obj_is_gc(o)) return 0;
    GCHead *g = AS_GC(o);
    if (!g->next || g->gc_refs == GC_UNTRACKED_REFS || g->gc_refs == GC_REACHABLE ||
        g->gc_refs == GC_REACHABLE_UNSCANNED)
        return 0;
    Stack *s = arg;
    if (stack_push(s, o)) {
        g->gc_refs = GC_REACHABLE;
    } else {
        g->gc_refs = GC_REACHABLE_UNSCANNED;
        s->overflowed = true;
    }
    return 0;
}

/* Steps 3 and 4: mark from the objects referenced from outside, then move
 * every unmarked object of [young] to [unreachable]. */
static void move_unreachable(GCHead *young, GCHead *unreachable) {
    Stack stack = {0};
    for (GCHead *g = young->next; g != young; g = g->next) {
        if (g->gc_refs > 0) {
            if (stack_push(&stack, FROM_GC(g))) {
                g->gc_refs = GC_REACHABLE;
            } else {
                g->gc_refs = GC_REACHABLE_UNSCANNED;
                stack.overflowed = true;
            }
        }
    }
    for (;;) {
        while (stack.n) {
            Object *o = stack.items[--stack.n];
            if (o->type->traverse) o->type->traverse(o, visit_reachable, &stack);
        }
        if (!stack.overflowed) break;
        stack.overflowed = false;
        for (GCHead *g = young->next; g != young; g = g->next) {
            if (g->gc_refs != GC_REACHABLE_UNSCANNED) continue;
            g->gc_refs = GC_REACHABLE;
            Object *o = FROM_GC(g);
            if (o->type->traverse) o->type->traverse(o, visit_reachable, &stack);
            while (stack.n) {
                Object *p = stack.items[--stack.n];
                if (p->type->traverse) p->type->traverse(p, visit_reachable, &stack);
            }
        }
    }
    rawmem_free(stack.items);
    GCHead *next;
    for (GCHead *g = young->next; g != young; g = next) {
        next = g->next;
        if (g->gc_refs != GC_REACHABLE) gclist_move(g, unreachable);
    }
}

static void reset_refs(GCHead *list) {
    for (GCHead *g = list->next; g != list; g = g->next) g->gc_refs = GC_UNTRACKED_REFS;
}

/* Mark the instance dicts CPython would not have (see the essay) among
 * [unreachable], whose gc_refs still say who is in it; returns how many. */
static size_t mark_uncounted_dicts(GCHead *unreachable) {
    size_t n = 0;
    for (GCHead *g = unreachable->next; g != unreachable; g = g->next) {
        Object *o = FROM_GC(g);
        TypeObject *t = TYPE(o);
        if (!(t->flags & TYPE_FLAG_HEAP) || (t->flags & TYPE_FLAG_TYPE_SUBCLASS)) continue;
        TypeObject *base = t;
        while (base->flags & TYPE_FLAG_HEAP) base = base->base;
        if (base != &ObjectType) continue;     /* made by list.__new__, ...: a real dict */
        Object **dp = obj_dict_ptr(o);
        if (!dp || !*dp || (*dp)->refcnt != 1 || !obj_is_gc(*dp)) continue;
        GCHead *dg = AS_GC(*dp);
        if (!dg->next || dg->gc_refs == GC_UNTRACKED_REFS || dg->gc_refs == GC_REACHABLE) continue;
        if (dg->gc_flags & GC_UNCOUNTED_DICT) continue;
        dg->gc_flags |= GC_UNCOUNTED_DICT;
        n++;
    }
    return n;
}

static void unmark_uncounted_dicts(GCHead *list) {
    for (GCHead *g = list->next; g != list; g = g->next) g->gc_flags &= ~GC_UNCOUNTED_DICT;
}

/* ---- reporting: sys.stderr, gc.callbacks --------------------------------- */

/* Write to sys.stderr (C's stderr when there is none), as CPython's
 * PySys_WriteStderr: errors are ignored. */
static void debug_write(ThreadState *ts, const char *fmt, ...) PRINTF_LIKE(2, 3);
static void debug_write(ThreadState *ts, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    size_t len = (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1;
    Object *saved = err_fetch(ts);
    Object *sys = ts->interp->sys_module;
    Object *file = sys && MODULE_DICT(sys) ? dict_get_cstr_borrowed(ts, MODULE_DICT(sys), "stderr") : NULL;
    if (file && file != None) {
        INCREF(file);
        if (io_write_text(ts, file, buf, len) < 0) err_clear(ts);
        DECREF(file);
    } else {
        err_clear(ts);
        fwrite(buf, 1, len, stderr);
    }
    ts->exc = saved;
}

/* Call each of gc.callbacks with (phase, {"generation", "collected",
 * "uncollectable"}), as CPython does around every collection it starts. */
static void invoke_callbacks(ThreadState *ts, const char *phase, int generation, size_t collected) {
    GCExtra *e = extra_of(ts->interp);
    if (!e || !e->callbacks || LIST_SIZE(e->callbacks) == 0) return;
    Object *saved = err_fetch(ts);
    Object *cbs = NEWREF(e->callbacks);
    Object *info = dict_new(ts);
    Object *ph = str_from_cstr(ts, phase);
    Object *vals[3] = {int_from_i64(ts, generation), int_from_i64(ts, (int64_t)collected),
                       int_from_i64(ts, 0)};
    const char *keys[3] = {"generation", "collected", "uncollectable"};
    bool ok = info && ph && vals[0] && vals[1] && vals[2];
    for (int i = 0; ok && i < 3; i++) ok = dict_set_cstr(ts, info, keys[i], vals[i]) == 0;
    for (int i = 0; i < 3; i++) XDECREF(vals[i]);
    if (!ok) {
        err_write_unraisable(ts, NULL);
    } else {
        for (size_t i = 0; i < LIST_SIZE(cbs); i++) {   /* a callback may change the list */
            Object *cb = NEWREF(LIST_GET(cbs, i));
            Object *r = obj_call2(ts, cb, ph, info);
            if (!r) err_write_unraisable(ts, cb);
            XDECREF(r);
            DECREF(cb);
        }
    }
    XDECREF(info);
    XDECREF(ph);
    DECREF(cbs);
    ts->exc = saved;
}

/* ---- weak references ---------------------------------------------------------- */

/* Clear the weak references to the objects of [unreachable] before any
 * finalizer runs or any object is cleared, as CPython's handle_weakrefs:
 * nothing may reach garbage through a weak reference. Called while the
 * gc_refs still tell who is unreachable (>= 0); no Python code runs here.
 * A weak reference that is garbage itself is cleared and its callback is
 * not called (the callback could see garbage); the others with a
 * callback are held and chained on *[calls] for call_weakref_callbacks(),
 * through their next fields: a cleared weak reference is in no list any
 * more, so the chain needs no memory and no callback is ever dropped. */
static void clear_weakrefs(ThreadState *ts, GCHead *unreachable, WeakrefObject **calls) {
    WeakrefObject **tail = calls;
    for (GCHead *g = unreachable->next; g != unreachable; g = g->next) {
        Object *o = FROM_GC(g);
        if (weakref_check(o)) weakref_clear_keep_callback(ts, (WeakrefObject *)o);
        if (!(g->gc_flags & GC_HAS_WEAKREFS)) continue;
        WeakrefObject *wr;
        while ((wr = weakref_list_borrowed(ts->interp, o)) != NULL) {
            if (TRACE_ON(TRACE_GC)) {
                Event ev = {.kind = EV_WEAKREF_CLEARED, .index = -1,
                            .gc = {.generation = -1, .object = (Object *)wr, .referent = o}};
                trace_emit(ts, &ev);
            }
            weakref_clear_keep_callback(ts, wr);
            if (!wr->callback) continue;
            GCHead *wg = AS_GC(wr);
            if (wg->next && wg->gc_refs >= 0) continue;     /* garbage too */
            INCREF(wr);
            wr->next = NULL;
            *tail = wr;
            tail = &wr->next;
        }
        g->gc_flags &= ~GC_HAS_WEAKREFS;
    }
}

static void call_weakref_callbacks(ThreadState *ts, WeakrefObject *calls) {
    while (calls) {
        WeakrefObject *wr = calls;
        calls = wr->next;
        wr->next = NULL;
        Object *cb = wr->callback;
        if (cb) {
            INCREF(cb);
            weakref_call_callback(ts, wr, cb);
            DECREF(cb);
        }
        DECREF(wr);
    }
}

/* ---- finalizers ------------------------------------------------------------ */

/* Run the finalizers of the unreachable objects that still have one to run:
 * __del__ of instances, close() of suspended generators (their types'
 * finalize slots, through obj_call_finalizer). False, with none run, when
 * there was no memory to list them: the collection is given up. */
static bool finalize(ThreadState *ts, GCHead *unreachable) {
    /* collect first: finalizers may change the list */
    Stack todo = {0};
    bool listed = true;
    for (GCHead *g = unreachable->next; g != unreachable; g = g->next) {
        Object *o = FROM_GC(g);
        if (!obj_needs_finalizer(o)) continue;
        if (!stack_push(&todo, o)) {
            listed = false;     /* no memory for the list: no finalizer runs now */
            break;
        }
        INCREF(o);
    }
    for (size_t i = 0; listed && i < todo.n; i++) {
        Object *o = todo.items[i];
        if (TRACE_ON(TRACE_GC)) {
            Event ev = {.kind = EV_GC_FINALIZER, .index = -1, .gc = {.generation = -1, .object = o}};
            trace_emit(ts, &ev);
        }
        obj_call_finalizer(ts, o);
    }
    for (size_t i = 0; i < todo.n; i++) DECREF(todo.items[i]);
    rawmem_free(todo.items);
    return listed;
}

/* Free the garbage: clear each object (drop its references), so that the
 * counts in the cycle fall to zero. With DEBUG_SAVEALL the objects go to
 * gc.garbage instead and live on. */
static void delete_garbage(ThreadState *ts, GCHead *collectable, GCHead *old) {
    GCState *gc = &ts->interp->gc;
    if (gc->debug & GC_DEBUG_SAVEALL) {
        Object *garbage = gc_garbage_borrowed(ts);
        for (GCHead *g = collectable->next; garbage && g != collectable; g = g->next) {
            if (g->gc_flags & GC_UNCOUNTED_DICT) continue;
            if (list_append(ts, garbage, FROM_GC(g)) < 0) break;
        }
        err_clear(ts);
        unmark_uncounted_dicts(collectable);
        gclist_merge(collectable, old);
        return;
    }
    unmark_uncounted_dicts(collectable);
    while (!gclist_empty(collectable)) {
        GCHead *g = collectable->next;
        Object *o = FROM_GC(g);
        INCREF(o);
        if (o->type->clear) o->type->clear(o);
        if (collectable->next == g) gclist_move(g, old);   /* survived its clear */
        DECREF(o);
    }
}

/* ---- one collection ---------------------------------------------------------- */

static ssize_t collect(ThreadState *ts, int generation, bool report) {
    GCState *gc = &ts->interp->gc;
    GCExtra *extra = extra_of(ts->interp);
    gc->collecting = true;
    if (report) invoke_callbacks(ts, "start", generation, 0);
    bool stats = report && (gc->debug & GC_DEBUG_STATS);
    if (stats) {
        debug_write(ts, "gc: collecting generation %d...\n", generation);
        debug_write(ts, "gc: objects in each generation: %zu %zu %zu\n"
                        "gc: objects in permanent generation: %zu\n",
                    gclist_size(&gc->gen[0].head), gclist_size(&gc->gen[1].head),
                    gclist_size(&gc->gen[2].head), extra ? gclist_size(&extra->permanent) : 0);
    }
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
    if (TRACE_ON(TRACE_GC)) {
        Event ev = {.kind = EV_GC_FOUND, .index = -1,
                    .gc = {.generation = generation, .examined = examined, .unreachable = &unreachable}};
        trace_emit(ts, &ev);
    }
    if (TRACE_ON(TRACE_MEM))
        for (GCHead *g = unreachable.next; g != &unreachable; g = g->next)
            trace_mem_reason(ts, FROM_GC(g), MEM_FOUND_UNREACHABLE, NULL, NULL);
    if (report && (gc->debug & GC_DEBUG_COLLECTABLE)) {
        mark_uncounted_dicts(&unreachable);
        for (GCHead *g = unreachable.next; g != &unreachable; g = g->next) {
            if (g->gc_flags & GC_UNCOUNTED_DICT) continue;
            debug_write(ts, "gc: collectable <%s %p>\n", TYPE_NAME(FROM_GC(g)), (void *)FROM_GC(g));
        }
        unmark_uncounted_dicts(&unreachable);
    }

    /* callbacks of weak references to the garbage, then finalizers, then
     * reachability again in case one resurrected something */
    WeakrefObject *weak_calls = NULL;
    clear_weakrefs(ts, &unreachable, &weak_calls);
    reset_refs(&unreachable);
    Object *saved = err_fetch(ts);
    call_weakref_callbacks(ts, weak_calls);
    err_clear(ts);
    ts->exc = saved;
    if (!finalize(ts, &unreachable)) {
        /* out of memory: everything lives on until a later collection */
        gclist_merge(&unreachable, old);
        if (generation < 2) gclist_merge(young, old);
        gc->collecting = false;
        return 0;
    }
    update_refs(&unreachable);
    subtract_refs(&unreachable);
    GCHead garbage;
    gclist_init(&garbage);
    move_unreachable(&unreachable, &garbage);
    size_t found = gclist_size(&garbage) - mark_uncounted_dicts(&garbage);
    size_t resurrected = gclist_size(&unreachable);
    reset_refs(&unreachable);
    reset_refs(&garbage);
    gclist_merge(&unreachable, old);     /* resurrected: they live on */
    if (generation < 2) {
        if (generation == 1 && extra) extra->long_lived_pending += gclist_size(young);
        gclist_merge(young, old);
    }

    /* --trace=gc narrates minipy's own objects: instance dicts included */
    size_t freed = (gc->debug & GC_DEBUG_SAVEALL) ? 0 : gclist_size(&garbage);
    delete_garbage(ts, &garbage, old);
    if (generation == 2 && extra) {
        extra->long_lived_pending = 0;
        extra->long_lived_total = gclist_size(young);
    }

    for (int i = 0; i <= generation; i++) gc->gen[i].count = 0;
    if (generation < 2) gc->gen[generation + 1].count++;
    gc->collections[generation]++;
    gc->collected[generation] += (int64_t)found;
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (stats)
        debug_write(ts, "gc: done, %zu unreachable, 0 uncollectable, %.4fs elapsed\n", found, secs);
    if (TRACE_ON(TRACE_GC)) {
        Event ev = {.kind = EV_GC_DONE, .index = -1,
                    .gc = {.generation = generation, .freed = freed, .resurrected = resurrected, .seconds = secs}};
        trace_emit(ts, &ev);
    }
    if (report) invoke_callbacks(ts, "stop", generation, found);
    gc->collecting = false;
    return (ssize_t)found;
}

ssize_t gc_collect(ThreadState *ts, int generation) {
    GCState *gc = &ts->interp->gc;
    if (generation < 0 || generation > 2) {
        err_set_string(ts, &ExcValueError, "invalid generation");
        return -1;
    }
    if (gc->collecting) return 0;
    return collect(ts, generation, true);
}

/* The automatic collection at a safe point: the oldest generation whose
 * count passed its threshold -- but generation 2 only when enough of it is
 * new (see the essay). */
void gc_collect_auto(ThreadState *ts) {
    GCState *gc = &ts->interp->gc;
    if (!gc->enabled || gc->collecting) return;
    GCExtra *extra = extra_of(ts->interp);
    for (int i = 2; i >= 0; i--) {
        if (gc->gen[i].count > gc->gen[i].threshold && gc->gen[i].threshold > 0) {
            if (i == 2 && extra && extra->long_lived_pending < extra->long_lived_total / 4) continue;
            collect(ts, i, true);
            return;
        }
    }
#ifdef MINIPY_STRESS_GC
    /* every allocation: generation 0 when no older one is due (so that
     * survivors still reach generations 1 and 2 and get collected there);
     * threshold 0 still means no automatic collection */
    if (gc->gen[0].threshold > 0) collect(ts, 0, true);
#endif
}

void gc_collect_at_exit(ThreadState *ts) {
    if (!ts->interp->gc.collecting) collect(ts, 2, false);
}

void gc_fini(ThreadState *ts) {
    /* The gc module's lists go first (what gc.garbage held can die), and
     * the debug flags with them: teardown reports nothing and saves nothing. */
    GCExtra *e = extra_detach(ts->interp);
    ts->interp->gc.debug = 0;
    if (e) {
        gclist_merge(&e->permanent, &ts->interp->gc.gen[2].head);   /* unfreeze */
        XDECREF(e->callbacks);
        XDECREF(e->garbage);
        rawmem_free(e);
    }
    /* collect until a pass finds nothing: one pass's frees may expose more */
    for (int i = 0; i < 16; i++) {
        if (collect(ts, 2, false) == 0) break;
    }
}

/* ---- gc.freeze ----------------------------------------------------------------- */

/* Move every tracked object to the permanent generation, which collections
 * never look at (CPython's answer to copy-on-write after fork()). */
void gc_freeze(ThreadState *ts) {
    GCExtra *e = extra_of(ts->interp);
    if (!e) return;
    for (int i = 0; i < 3; i++) {
        gclist_merge(&ts->interp->gc.gen[i].head, &e->permanent);
        ts->interp->gc.gen[0].count = 0;
    }
}

void gc_unfreeze(ThreadState *ts) {
    GCExtra *e = extra_of(ts->interp);
    if (e) gclist_merge(&e->permanent, &ts->interp->gc.gen[2].head);
}

size_t gc_freeze_count(ThreadState *ts) {
    GCExtra *e = extra_of(ts->interp);
    return e ? gclist_size(&e->permanent) : 0;
}

/* ---- looking at the tracked objects ------------------------------------------ */

size_t gc_generation_size(Interp *interp, int generation) {
    return gclist_size(&interp->gc.gen[generation].head);
}

static int append_objects(ThreadState *ts, Object *list, GCHead *gen) {
    for (GCHead *g = gen->next; g != gen; g = g->next) {
        Object *o = FROM_GC(g);
        if (o == list) continue;
        if (list_append(ts, list, o) < 0) return -1;
    }
    return 0;
}

Object *gc_get_objects(ThreadState *ts, int generation) {
    GCState *gc = &ts->interp->gc;
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    for (int i = 0; i < 3; i++) {
        if (generation >= 0 && i != generation) continue;
        if (append_objects(ts, list, &gc->gen[i].head) < 0) {
            DECREF(list);
            return NULL;
        }
    }
    return list;
}

typedef struct { Object *const *objs; size_t n; bool found; } ReferrersArg;

static int visit_referrer(Object *o, void *arg) {
    ReferrersArg *a = arg;
    for (size_t i = 0; i < a->n; i++) {
        if (a->objs[i] == o) {
            a->found = true;
            return 1;
        }
    }
    return 0;
}

Object *gc_get_referrers(ThreadState *ts, Object *const *objs, size_t n) {
    GCState *gc = &ts->interp->gc;
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    for (int i = 0; i < 3; i++) {
        GCHead *gen = &gc->gen[i].head;
        for (GCHead *g = gen->next; g != gen; g = g->next) {
            Object *o = FROM_GC(g);
            if (o == list || !o->type->traverse) continue;
            ReferrersArg a = {objs, n, false};
            o->type->traverse(o, visit_referrer, &a);
            if (a.found && list_append(ts, list, o) < 0) {
                DECREF(list);
                return NULL;
            }
        }
    }
    return list;
}

typedef struct { ThreadState *ts; Object *list; } ReferentsArg;

static int visit_referent(Object *o, void *arg) {
    ReferentsArg *a = arg;
    return list_append(a->ts, a->list, o) < 0;
}

Object *gc_get_referents(ThreadState *ts, Object *const *objs, size_t n) {
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    for (size_t i = 0; i < n; i++) {
        Object *o = objs[i];
        if (!obj_is_gc(o) || !o->type->traverse) continue;
        ReferentsArg a = {ts, list};
        if (o->type->traverse(o, visit_referent, &a)) {
            DECREF(list);
            return NULL;
        }
    }
    return list;
}
