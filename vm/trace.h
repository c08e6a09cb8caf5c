/* trace.h -- the one trace event stream, and the sinks that render it.
 *
 * Every lesson is watched through this file. The VM and the runtime emit
 * typed events at fixed points (a new line, an instruction, a call, a name
 * resolved, an object allocated, ...); a sink renders each event as text
 * for people (default, stderr) or as JSON Lines for programs
 * (--trace-format=json). A category (--trace=line,op,...) is only a filter
 * on the stream: there is no second code path per category.
 *
 * Cost when off: each emission point tests one bit of a word the VM already
 * holds in a register (see vm/eval.c), so a program run without --trace
 * pays one predictable branch per instruction at most.
 */
#ifndef MINIPY_TRACE_H
#define MINIPY_TRACE_H

#include <stdio.h>
#include "runtime/interp.h"
#include "common/strbuf.h"

/* The categories of --trace=CATS. */
enum {
    TRACE_LINE = 1u << 0,
    TRACE_CALL = 1u << 1,
    TRACE_SCOPE = 1u << 2,
    TRACE_OP = 1u << 3,
    TRACE_MEM = 1u << 4,
    TRACE_GC = 1u << 5,
    TRACE_DICT = 1u << 6,
    TRACE_GIL = 1u << 7,
    TRACE_IMPORT = 1u << 8,
    TRACE_MEM_ALL = 1u << 16,     /* mem:all -- include literals and internals */
    TRACE_DICT_ALL = 1u << 17,    /* dict:all -- include namespaces, kwargs */
};

typedef enum { TRACE_TEXT, TRACE_JSON } TraceFormat;

typedef enum {
    EV_LINE, EV_OP, EV_CALL, EV_RETURN, EV_EXCEPTION, EV_NAME,
    EV_ALLOC, EV_FREE, EV_REFCNT, EV_GC, EV_DICT, EV_GIL, EV_IMPORT,
} TraceEventKind;

/* Per-run object ids (#1, #2, ...): an object gets the next number the
 * first time a trace mentions it, and loses it when it is freed, so no
 * trace ever shows a memory address. --trace=mem keeps its notes about an
 * object (watched, the count last shown) in the same entry. */
typedef struct ObjectEntry {
    Object *key;                  /* NULL: free slot; ID_TOMB: deleted */
    int64_t id;
    intptr_t shown_refcnt;        /* --trace=mem: the count last printed */
    uint8_t flags;                /* --trace=mem: MEM_WATCHED, ... (vm/trace_mem.c) */
} ObjectEntry;

typedef struct ObjectIds {
    ObjectEntry *entries;         /* open addressing on the address */
    size_t mask, used, fill;
} ObjectIds;

struct MemState;                  /* vm/trace_mem.c */

typedef struct Tracer {
    uint32_t mask;
    TraceFormat format;
    FILE *out;
    bool owns_out;
    int depth_base;               /* call depth of the first traced frame */
    bool show_times;              /* --trace-times=no leaves timings out (golden files) */
    ObjectIds object_ids;
    struct MemState *mem;         /* --trace=mem's notes, or NULL */
} Tracer;

struct Frame;

/* Parse "line,op" (or "" for the default line,call,scope) into a mask.
 * Returns false and writes the reason into [err] for an unknown category. */
bool trace_parse_categories(const char *spec, uint32_t *mask, char *err, size_t errlen);
/* Start tracing [mask] categories to [out] (owned if [owns_out]). */
void trace_start(Interp *interp, uint32_t mask, TraceFormat format, FILE *out, bool owns_out);
void trace_stop(Interp *interp);

/* The categories on now. A build configured with -DMINIPY_TRACE_HOOKS=OFF
 * compiles every hook out (the mask is the constant 0): only to measure
 * what the hooks cost when tracing is off (bench/trace_overhead.sh). */
#ifdef MINIPY_NO_TRACE_HOOKS
#define TRACE_MASK(ts) ((void)(ts), 0u)
#else
/* A copy of the tracing interpreter's trace_mask in one global word (one
 * interpreter traces per process), so a hook on a hot path -- every
 * allocation, every free -- costs a single load. */
extern uint32_t trace_mask_now;
#define TRACE_MASK(ts) ((void)(ts), trace_mask_now)
#endif
/* Set interp->trace_mask and its copy. */
void trace_set_mask(Interp *interp, uint32_t mask);

static inline bool trace_on(ThreadState *ts, uint32_t cat) {
    return (TRACE_MASK(ts) & cat) != 0;
}

/* ---- emission points ------------------------------------------------ */

/* A new source line starts executing in [f]. */
void trace_line(ThreadState *ts, struct Frame *f, int line);
/* Instruction at [ip] is about to run; [sp] is the value stack top. */
void trace_op(ThreadState *ts, struct Frame *f, const uint32_t *ip, Object **sp);
/* [f] was entered (its arguments already bound). */
void trace_call(ThreadState *ts, struct Frame *f);
/* [f] returns [value] (NULL: it is unwinding with an exception). */
void trace_return(ThreadState *ts, struct Frame *f, Object *value);
/* An exception is raised or passes through [f] at its current line. */
void trace_exception(ThreadState *ts, struct Frame *f, Object *exc);
/* The name instruction at [ip] is about to run: narrate where the name is
 * looked for or stored (lessons 3, 4, 9). */
void trace_scope(ThreadState *ts, struct Frame *f, const uint32_t *ip, Object **sp);
/* An UnboundLocalError: explain which assignment made [name] local. */
void trace_unbound_local(ThreadState *ts, struct Frame *f, Object *name);
/* Teardown: close the sink. */
void trace_teardown(Interp *interp);
/* The per-run id of [o] (given now if it has none). */
int64_t trace_object_id(ThreadState *ts, Object *o);
/* [o]'s entry in the id table (made now, with a new id, if it has none);
 * valid until the next call that may add an entry. */
ObjectEntry *trace_object_entry(ThreadState *ts, Object *o);
/* [o]'s entry, or NULL if it has none. */
ObjectEntry *trace_object_find(ThreadState *ts, Object *o);

/* ---- hash tables: --trace=dict (lessons 1 and 10) -------------------------
 *
 * dict.c and set.c describe each search of a watched table with a
 * TableWalk on their C stack: walk_begin() before the first probe, one
 * walk_probe() per slot looked at, walk_end() with the outcome. The walk
 * always counts (the numbers sys.getstats() reports); it prints only when
 * --trace=dict is on. A search that ends on its first probe prints one
 * line; a longer one prints its heading, then one line per slot. */
typedef enum {
    PROBE_EMPTY,                  /* an unused slot: the search ends */
    PROBE_DUMMY,                  /* a deleted key's slot: keep going */
    PROBE_OTHER_HASH,             /* a key with another hash: keep going */
    PROBE_COLLISION,              /* same hash, but __eq__ said no: keep going */
    PROBE_MATCH,                  /* the key itself, or an equal one */
} ProbeFinding;

/* A probe described but not yet printed (the last one of a walk is held
 * back, so that a search that ends at once prints as one line). */
typedef struct ProbeNote {
    size_t slot;
    ProbeFinding what;
    ssize_t entry;                /* a dict's entry index, -1 for sets */
    int eq;                       /* -1 not compared, 0/1 its result, 2 it raised */
    char *key;                    /* repr of the key found there (malloc'd), or NULL */
    char eq_by[48];               /* "==" or "Key.__eq__" */
} ProbeNote;

typedef struct TableWalk {
    Object *table;                /* the dict or set searched (borrowed) */
    Object *key;                  /* the key searched for (borrowed) */
    int64_t hash;
    const char *action;           /* "lookup", "insert", "delete" */
    size_t nslots;
    uint32_t probes;              /* slots looked at */
    uint32_t comparisons;         /* keys compared with == (same hash, another object) */
    bool narrate;                 /* --trace=dict is on */
    bool shown;                   /* the heading has been printed */
    bool has_pending;             /* [pending] holds the last probe, not yet printed */
    ProbeNote pending;
} TableWalk;

void walk_begin_narrated(ThreadState *ts, TableWalk *w);
void walk_probe_narrated(ThreadState *ts, TableWalk *w, size_t slot, ProbeFinding what, ssize_t entry,
                         Object *found, int eq);
void walk_before_eq_narrated(ThreadState *ts, TableWalk *w, Object *found);
void walk_end_narrated(ThreadState *ts, TableWalk *w, const char *fmt, ...) PRINTF_LIKE(3, 4);
void trace_table_resize(ThreadState *ts, Object *table, size_t old_slots, size_t new_slots, ssize_t used,
                        ssize_t dropped);
void trace_list_search(ThreadState *ts, Object *seq, Object *item, size_t compared, bool found);
/* `item in seq` on a list or tuple compared [compared] items one by one:
 * counted, and narrated under --trace=dict (lesson 10's linear search). */
static inline void sequence_searched(ThreadState *ts, Object *seq, Object *item, size_t compared, bool found) {
    ts->interp->table_stats.comparisons += compared;
    if (ts->interp->trace_mask & TRACE_DICT) trace_list_search(ts, seq, item, compared, found);
}
/* --trace=dict at exit: the run's totals. */
void trace_table_stats(ThreadState *ts);

static inline void walk_begin(ThreadState *ts, TableWalk *w, Object *table, const char *action, Object *key,
                              int64_t hash, size_t nslots) {
    w->table = table;
    w->key = key;
    w->hash = hash;
    w->action = action;
    w->nslots = nslots;
    w->probes = w->comparisons = 0;
    w->narrate = (ts->interp->trace_mask & TRACE_DICT) != 0;
    if (w->narrate) walk_begin_narrated(ts, w);
}

/* One slot looked at: [entry] its dict entry index (-1 for sets), [found]
 * the key there (NULL if none), [eq] the result of == (-1: not compared). */
static inline void walk_probe(ThreadState *ts, TableWalk *w, size_t slot, ProbeFinding what, ssize_t entry,
                              Object *found, int eq) {
    w->probes++;
    if (eq >= 0) w->comparisons++;
    if (w->narrate) walk_probe_narrated(ts, w, slot, what, entry, found, eq);
}

/* A slot looked at by a search of a watched table when --trace=dict does
 * not narrate (no walk): counted straight into the run's totals, as
 * walk_probe() and walk_count() together would. */
static inline void probe_counted(ThreadState *ts, int eq) {
    TableStats *st = &ts->interp->table_stats;
    st->probes++;
    if (eq >= 0) st->comparisons++;
}

/* An __eq__ that may run Python code is about to be called on [found]:
 * print what is pending first, so the trace keeps the order of events. */
static inline void walk_before_eq(ThreadState *ts, TableWalk *w, Object *found) {
    if (w->narrate) walk_before_eq_narrated(ts, w, found);
}

/* The search is over: count it, and narrate its outcome (a printf format
 * and arguments, formatted only when --trace=dict is on). */
static inline void walk_count(ThreadState *ts, TableWalk *w) {
    TableStats *st = &ts->interp->table_stats;
    st->lookups++;
    st->probes += w->probes;
    st->comparisons += w->comparisons;
}
#define walk_end(ts, w, ...)                                                \
    do {                                                                    \
        walk_count((ts), (w));                                              \
        if ((w)->narrate) walk_end_narrated((ts), (w), __VA_ARGS__);        \
    } while (0)

/* A watched table is rebuilt from [old_slots] to [new_slots] slots with
 * its [used] keys, leaving [dropped] deleted entries behind. */
static inline void table_resized(ThreadState *ts, Object *table, size_t old_slots, size_t new_slots, ssize_t used,
                                 ssize_t dropped) {
    ts->interp->table_stats.resizes++;
    if (ts->interp->trace_mask & TRACE_DICT) trace_table_resize(ts, table, old_slots, new_slots, used, dropped);
}

/* ---- memory: --trace=mem (lesson 6; vm/trace_mem.c) ---------------------- */

/* [o] was just allocated (its fields not yet filled). */
void trace_alloc(ThreadState *ts, Object *o);
/* [o]'s count reached zero; its fields are still intact. */
void trace_dying(ThreadState *ts, Object *o);
/* [o]'s memory is being released (also under --trace=dict: ids). */
void trace_free(ThreadState *ts, Object *o);
/* The instruction at [ip] is about to run: note what it touches, and why. */
void trace_mem_op(ThreadState *ts, struct Frame *f, const uint32_t *ip, Object **sp);
/* Note [why] the count of [o] is about to change, if --trace=mem shows it. */
void trace_mem_note(ThreadState *ts, Object *o, const char *why);
/* [o]'s memory is released: drop every note --trace=mem holds about it. */
void trace_mem_forget(ThreadState *ts, Object *o);
/* A line (or the program) is done: print the reference counts it changed. */
void trace_mem_line(ThreadState *ts);
void trace_mem_free_state(Tracer *t);
/* ---- the cycle collector: --trace=gc (lesson 6) ---------------------------- */

/* A collection of [generation] examined [examined] objects and found those
 * of [unreachable] (a GCHead list) reachable only from each other. */
void trace_gc_found(ThreadState *ts, int generation, size_t examined, GCHead *unreachable);
/* The finalizer (__del__, or a generator's close) of [o] is about to run. */
void trace_gc_finalizer(ThreadState *ts, Object *o);
/* The collection is over: [freed] objects freed, [resurrected] kept alive
 * by finalizers, in [ms] milliseconds. */
void trace_gc_done(ThreadState *ts, int generation, size_t freed, size_t resurrected, double ms);

#endif
