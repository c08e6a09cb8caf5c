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

typedef struct Tracer {
    uint32_t mask;
    TraceFormat format;
    FILE *out;
    bool owns_out;
    int depth_base;               /* call depth of the first traced frame */
} Tracer;

struct Frame;

/* Parse "line,op" (or "" for the default line,call,scope) into a mask.
 * Returns false and writes the reason into [err] for an unknown category. */
bool trace_parse_categories(const char *spec, uint32_t *mask, char *err, size_t errlen);
/* Start tracing [mask] categories to [out] (owned if [owns_out]). */
void trace_start(Interp *interp, uint32_t mask, TraceFormat format, FILE *out, bool owns_out);
void trace_stop(Interp *interp);

static inline bool trace_on(ThreadState *ts, uint32_t cat) {
    return (ts->interp->trace_mask & cat) != 0;
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
/* Memory (lesson 6). */
void trace_alloc(ThreadState *ts, Object *o);
void trace_free(ThreadState *ts, Object *o);
/* The collector found the objects of [garbage] (a GCHead list) unreachable. */
void trace_gc_found(ThreadState *ts, int generation, size_t examined, GCHead *garbage);
void trace_gc_done(ThreadState *ts, int generation, size_t found, double ms);

#endif
