/* pytutor.h -- the steps of a run as Python Tutor's front end reads them
 * (its "execution trace format"): which events are steps, and each step's
 * JSON, written from a snapshot (trace/snapshot.h). The Python Tutor sink
 * (--trace-format=pytutor) writes them as one document; the browser view
 * (trace/html.c) puts the same steps, with cells and its narration, in a
 * page.
 */
#ifndef MINIPY_TRACE_PYTUTOR_H
#define MINIPY_TRACE_PYTUTOR_H

#include "sink.h"
#include "snapshot.h"
#include "common/strbuf.h"

#define STEPS_MAX 1000            /* steps recorded (Python Tutor's own limit); the run goes on */
#define STDOUT_KEPT (64 * 1024)   /* bytes of the program's output the steps show */
#define STR_SHOWN 1000            /* bytes of a str value shown */

typedef struct Steps {
    Tracer *t;
    bool browser;                 /* the browser view's steps: cells as objects, output by
                                     length (the page holds it once), each frame's line */
    Snapshot snap;
    SnapFrameIds frames;
    StrBuf out;                   /* the program's output so far (at most STDOUT_KEPT) */
    size_t out_chars;             /* ... in characters */
    bool out_cut;                 /* more was written than is kept */
    const char *main_file;        /* the program's file: the bottom frame's (borrowed) */
    char *library;                /* the installed library's folder and '/' (malloc'd): its code
                                     makes no steps */
    int count;                    /* steps written */
    struct Frame *ended;          /* the frame the last event returned from, or NULL */
} Steps;

void steps_init(Steps *st, Tracer *t, bool browser);
void steps_free(Steps *st);
/* Python Tutor's name for the step [ev] makes ("step_line", "call", "return",
 * "exception", "uncaught_exception"), or NULL when it makes none. Also
 * keeps the frame numbers and the output up to date: call it for every event. */
const char *steps_event(Steps *st, const Event *ev);
/* Append the JSON object of the step [ev] makes, named [name], to [b]. */
void steps_write(Steps *st, StrBuf *b, struct ThreadState *ts, const Event *ev, const char *name);
/* The last entry, once STEPS_MAX steps are written. */
void steps_write_limit(Steps *st, StrBuf *b);



#endif
