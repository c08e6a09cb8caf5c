/* tablewalk.h -- how a search of a dict or a set counts its work and, under
 * --trace=dict, reports it (lessons 1 and 10).
 *
 * runtime/dict.c and runtime/set.c describe each search of a table the
 * program made with a TableWalk on their C stack: walk_begin() before the
 * first probe, walk_probe() for each slot looked at, walk_end() with the
 * outcome. The walk counts (the numbers sys.getstats() returns) and sends
 * each step to the event stream as it happens (trace/events.h); the sink
 * decides how to show it. A walk exists only while --trace=dict narrates:
 * otherwise the probe loop counts for itself (probe_counted()).
 */
#ifndef MINIPY_TABLEWALK_H
#define MINIPY_TABLEWALK_H

#include "interp.h"
#include "trace/events.h"

typedef struct TableWalk {
    Object *table;                /* the dict or set searched (borrowed) */
    uint32_t probes;              /* slots looked at */
    uint32_t comparisons;         /* keys compared with == (same hash, another object) */
} TableWalk;

static inline void walk_begin(ThreadState *ts, TableWalk *w, Object *table, TableAction action, Object *key,
                              int64_t hash, size_t nslots) {
    *w = (TableWalk){.table = table};
    Event ev = {.kind = EV_TABLE_SEARCH, .index = -1,
                .table = {.table = table, .key = key, .hash = hash, .action = action, .nslots = nslots, .entry = -1,
                          .eq = -1}};
    trace_emit(ts, &ev);
}

/* One slot looked at: [entry] its dict entry index (-1 for sets), [found]
 * the key there (NULL if none), [eq] the result of == (-1: not compared,
 * 2: it raised). */
static inline void walk_probe(ThreadState *ts, TableWalk *w, size_t slot, ProbeFinding what, ptrdiff_t entry,
                              Object *found, int eq) {
    w->probes++;
    if (eq >= 0) w->comparisons++;
    Event ev = {.kind = EV_TABLE_PROBE, .index = -1,
                .table = {.table = w->table, .slot = slot, .finding = what, .entry = entry, .found = found, .eq = eq}};
    trace_emit(ts, &ev);
}

/* An __eq__ that may run Python code is about to be called on [found]. */
static inline void walk_before_eq(ThreadState *ts, TableWalk *w, Object *found) {
    Event ev = {.kind = EV_TABLE_EQ, .index = -1, .table = {.table = w->table, .found = found, .entry = -1, .eq = -1}};
    trace_emit(ts, &ev);
}

/* The search is over: count it, and report its [outcome] ([entry],
 * [slot], [used] as events.h says for each outcome). */
static inline void walk_end(ThreadState *ts, TableWalk *w, TableOutcome outcome, ptrdiff_t entry, size_t slot,
                            ptrdiff_t used, size_t nslots) {
    TableStats *st = &ts->interp->table_stats;
    st->lookups++;
    st->probes += w->probes;
    st->comparisons += w->comparisons;
    Event ev = {.kind = EV_TABLE_DONE, .index = -1,
                .table = {.table = w->table, .outcome = outcome, .entry = entry, .slot = slot, .used = used,
                          .nslots = nslots, .probes = w->probes, .comparisons = w->comparisons, .eq = -1}};
    trace_emit(ts, &ev);
}

/* A slot looked at by a search of a watched table when --trace=dict does
 * not narrate (no walk): counted straight into the run's totals. */
static inline void probe_counted(ThreadState *ts, int eq) {
    TableStats *st = &ts->interp->table_stats;
    st->probes++;
    if (eq >= 0) st->comparisons++;
}

/* A watched table is rebuilt from [old_slots] to [new_slots] slots with
 * its [used] keys, leaving [dropped] deleted entries behind. */
static inline void table_resized(ThreadState *ts, Object *table, size_t old_slots, size_t new_slots, ptrdiff_t used,
                                 ptrdiff_t dropped) {
    ts->interp->table_stats.resizes++;
    if (TRACE_ON(TRACE_DICT)) {
        Event ev = {.kind = EV_TABLE_RESIZE, .index = -1,
                    .table = {.table = table, .nslots = old_slots, .new_slots = new_slots, .used = used,
                              .dropped = dropped, .entry = -1, .eq = -1}};
        trace_emit(ts, &ev);
    }
}

/* `item in seq` on a list or tuple compared [compared] items one by one:
 * counted, and reported (lesson 10's linear search). */
static inline void sequence_searched(ThreadState *ts, Object *seq, Object *item, size_t compared, bool found) {
    ts->interp->table_stats.comparisons += compared;
    if (TRACE_ON(TRACE_DICT)) {
        Event ev = {.kind = EV_SEQ_SEARCH, .index = -1,
                    .table = {.table = seq, .key = item, .compared = compared, .seq_found = found, .entry = -1,
                              .eq = -1}};
        trace_emit(ts, &ev);
    }
}

#endif
