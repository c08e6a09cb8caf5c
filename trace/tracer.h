/* tracer.h -- the narration's state and its life cycle: which categories
 * are on, the sink that renders events, the per-run object ids, and the
 * memory narrator. vm/main.c starts a tracer; runtime/interp.c tears it
 * down; everything else reports through trace/events.h.
 */
#ifndef MINIPY_TRACE_TRACER_H
#define MINIPY_TRACE_TRACER_H

#include <stdio.h>
#include "events.h"
#include "ptrmap.h"

typedef enum TraceFormat {
    TRACE_TEXT,
    TRACE_JSON,
    TRACE_PYTUTOR,                /* Python Tutor's trace format (trace/pytutor.c) */
    TRACE_HTML,                   /* the browser view (trace/html.c) */
} TraceFormat;

/* The categories the step views need whatever is narrated: the lines,
 * calls and returns that make steps, and the program's output. */
#define TRACE_STEP_VIEWS (TRACE_LINE | TRACE_CALL | TRACE_OUTPUT)

struct TraceSink;
struct CodeObject;
struct Frame;
typedef struct MemWatch MemWatch;

/* --trace-only and --trace-lines: which part of the run is narrated. Both
 * filter the stream in the tracer, before the sink; off, they cost one
 * test of `on` per event narrated. */
typedef struct TraceFilter {
    bool on;                      /* either filter is set */
    const char *only;             /* --trace-only=F,G: the names as given (the command
                                     line's own memory), or NULL */
    int first_line, last_line;    /* --trace-lines=A-B (0: no line filter) */
} TraceFilter;

typedef struct Tracer {
    struct Interp *interp;
    uint32_t mask;                /* the categories on (a copy is trace_mask_now) */
    FILE *out;
    bool owns_out;
    bool show_times;              /* --trace-times=no leaves timings out (golden files) */
    int width;                    /* text: the columns a line may take */
    bool colour;                  /* text: colour the lines (--color, and [out] a terminal) */
    uint64_t events, max_events;  /* events narrated so far, and how many may be (0: no limit) */
    PtrMap ids;                   /* object address -> per-run id (trace/names.c) */
    int64_t last_id;
    struct MemWatch *mem;         /* --trace=mem's narrator (trace/memwatch.c), or NULL */
    struct TraceSink *sink;
    bool lost_memory;             /* trace_lost_memory() stopped the narration */
    TraceFilter filter;
    char *main_file;              /* --trace-lines: the main script's file name, as its code
                                     objects carry it (common/rawmem.h), found at the first event */
    TraceFormat format;           /* the sink's: breakpoint() can put a stepper in front of text */
} Tracer;

/* --step (trace/stepper.c): stop at the first event; or wait, silent, for
 * breakpoint() (a program that calls it, or --step-commands without
 * --step); or narrate as --trace does until breakpoint() (--trace with
 * --step-commands). */
typedef enum StepStart { STEP_OFF, STEP_FROM_START, STEP_WAITING, STEP_NARRATING } StepStart;

typedef struct TraceOptions {
    uint32_t mask;
    TraceFormat format;
    FILE *out;                    /* where the narration goes */
    bool owns_out;                /* close [out] at the end */
    bool show_times;
    int width;                    /* 0: COLUMNS, or 100 when [out] is not a terminal */
    uint64_t max_events;          /* stop narrating after this many events (0: never); the
                                     program runs on as if untraced (the tests' big programs) */
    TraceFilter filter;           /* --trace-only, --trace-lines */
    StepStart step;               /* the stepper instead of a narration; [mask]: the events it shows */
    FILE *step_in;                /* its commands (NULL: the stepper chooses, trace/stepper.c) */
    bool owns_step_in;            /* close [step_in] at the end */
} TraceOptions;

/* Parse "line,op" (or "" for the default line,call,scope) into a mask.
 * Returns false and writes the reason into [err] for an unknown category. */
bool trace_parse_categories(const char *spec, uint32_t *mask, char *err, size_t errlen);
/* Handle a filter option in [arg] (--trace-only=F[,G...], --trace-lines=A-B):
 * 1 if it was one (and set [*f]), 0 if [arg] is another option, -1 with
 * the reason in [err] for a bad value. */
int trace_parse_filter_option(const char *arg, TraceFilter *f, char *err, size_t errlen);
/* Start narrating [interp]'s run as [opt] says (with opt->step, the stepper
 * gets line and call events too, whatever it shows). False when there is no
 * memory for it (the run goes on untraced). */
bool trace_start(struct Interp *interp, const TraceOptions *opt);
/* minipy.trace(): narrate the categories [mask] from now on (0: nothing),
 * starting a tracer as bare --trace would (text, stderr) if none runs.
 * [*previous] gets the categories that were on, for trace_restore().
 * 0, or -1 with MemoryError set. */
int trace_switch(struct ThreadState *ts, uint32_t mask, uint32_t *previous);
/* The end of minipy.trace()'s block: the categories [mask] again. */
void trace_restore(struct ThreadState *ts, uint32_t mask);
/* The program has finished: what its last line did to memory, the totals
 * of --trace=dict, then close the sink. Nothing is narrated afterwards. */
void trace_teardown(struct Interp *interp);

/* The program about to run is [co]: if it calls breakpoint() and nothing
 * narrates yet, start a stepper that waits for it (trace/stepper.c). */
void stepper_prepare(struct ThreadState *ts, struct CodeObject *co);

/* Write out what the narration holds back in its buffer (os.fork: the
 * child must not get a copy of it; os._exit: it must not be lost). */
void trace_flush(struct Interp *interp);

/* The tracer of the running interpreter, or NULL. */
/* The narration's own bookkeeping could not get memory. It allocates from
 * the C heap, not through common/rawmem.h, so that a traced run meets the
 * same --max-memory and the same injected failures as an untraced one; so
 * this is the machine's memory running out. Narrate nothing more, say so
 * once on stderr, and let the program run on, untraced. */
void trace_lost_memory(Tracer *t);
Tracer *tracer_of(struct ThreadState *ts);

/* ---- for sinks and the memory narrator ---------------------------------------- */

/* Hand [ev] to the sink, whatever the categories (the memory narrator's
 * own events, already filtered). */
void trace_deliver(struct ThreadState *ts, Event *ev);
/* The call depth of [ev]'s frame (module level = 0). */
int trace_depth(const Event *ev);

/* The parameters of [co] a call event shows, and the value parameter [i]
 * has in the frame [f] just entered (its slot, or the cell it went to). */
int trace_argument_count(struct CodeObject *co);
struct Object *trace_argument_value(struct Frame *f, int i);

/* The memory narrator (trace/memwatch.c). */
struct MemWatch *memwatch_new(Tracer *t, bool all);
void memwatch_free(struct MemWatch *m);
/* A report of the allocator, a handler or dealloc (MEM_ALLOC, MEM_REASON, MEM_DYING). */
void memwatch_report(struct ThreadState *ts, Tracer *t, const Event *ev);
/* A line is done (or the program): show what it did to memory. */
void memwatch_line_done(struct ThreadState *ts, Tracer *t);
/* [o]'s memory is released: forget every note about it. */
void memwatch_forget(Tracer *t, struct Object *o);

#endif
