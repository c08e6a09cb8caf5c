/* sink.h -- what renders the event stream. One sink per run: text for
 * people (trace/text.c), JSON Lines for programs (trace/json.c); the
 * stepper and the HTML view implement the same three functions.
 *
 * A sink receives every event whose category is on, in the order the
 * interpreter reported them, while the objects they point to are intact.
 * It may read those objects (through trace/names.h, which never runs
 * Python code), and keep its own C state; it may not change anything the
 * program could see.
 *
 * With several threads, events still arrive one at a time: every report is
 * made by the thread that holds the GIL, while it holds it (runtime/gil.c
 * reports a change of hands before the hand-over), so a sink needs no lock
 * of its own. Each event carries the number of the thread that made it.
 */
#ifndef MINIPY_TRACE_SINK_H
#define MINIPY_TRACE_SINK_H

#include "tracer.h"
#include "common/strbuf.h"

typedef struct TraceSink TraceSink;

typedef struct SinkOps {
    /* Render [ev]. */
    void (*event)(TraceSink *sink, struct ThreadState *ts, const Event *ev);
    /* The run is over: flush what is held back. */
    void (*finish)(TraceSink *sink, struct ThreadState *ts);
    void (*free)(TraceSink *sink);
} SinkOps;

struct TraceSink {
    const SinkOps *ops;
    Tracer *tracer;
};

TraceSink *text_sink_new(Tracer *t);   /* NULL: no memory */
/* The text sink writing its lines into [into] instead (the browser view's
 * narration), never coloured. NULL: no memory. */
TraceSink *text_sink_new_into(Tracer *t, StrBuf *into);
TraceSink *json_sink_new(Tracer *t);
/* [s] as a JSON string (trace/json.c; the step views use it too); with
 * [html], '<' as \u003c, so that the text can sit inside a <script> element. */
void json_put_string(StrBuf *b, const char *s, size_t len, bool html);
TraceSink *pytutor_sink_new(Tracer *t);
/* The browser view; it narrates the events of [narrate] (the --trace categories). */
TraceSink *html_sink_new(Tracer *t, uint32_t narrate);
/* --step: a sink for [t] that stops at the events of [opt]'s categories and
 * reads pdb's commands from opt->step_in (trace/stepper.c); NULL when there
 * is no memory for it. */
TraceSink *stepper_sink_new(Tracer *t, const TraceOptions *opt);

#endif
