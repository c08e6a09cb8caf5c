/* tracer.c -- the event stream's switchboard (trace/tracer.h).
 *
 * Every report of the interpreter arrives in trace_emit(). The memory
 * reports go to the memory narrator (trace/memwatch.c), which turns a
 * line's worth of them into what the lesson shows; every other event whose
 * category is on goes straight to the one sink. Nothing here, nor in any
 * sink, may change what the program sees: no Python objects are made, no
 * dict is searched, no reference count moves.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>

#include "tracer.h"
#include "sink.h"
#include "names.h"
#include "runtime/interp.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/func.h"
#include "runtime/frame.h"
#include "runtime/gil.h"

uint32_t trace_mask_now;

const uint32_t trace_event_category[EV_COUNT] = {
#define X(kind, cat) [EV_##kind] = cat,
    TRACE_EVENT_KINDS(X)
#undef X
};

/* ---- categories ------------------------------------------------------------ */

static const struct { const char *name; uint32_t bits; } categories[] = {
    {"line", TRACE_LINE}, {"call", TRACE_CALL}, {"scope", TRACE_SCOPE}, {"op", TRACE_OP},
    {"dict", TRACE_DICT}, {"dict:all", TRACE_DICT | TRACE_DICT_ALL},
    {"mem", TRACE_MEM}, {"mem:all", TRACE_MEM | TRACE_MEM_ALL}, {"gc", TRACE_GC},
    {"import", TRACE_IMPORT}, {"gil", TRACE_GIL}, {"async", TRACE_ASYNC},
    {"all", TRACE_LINE | TRACE_CALL | TRACE_SCOPE | TRACE_OP},
};

bool trace_parse_categories(const char *spec, uint32_t *mask, char *err, size_t errlen) {
    *mask = 0;
    if (!spec || !*spec) spec = "line,call,scope";
    for (const char *p = spec;;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        bool found = false;
        for (size_t i = 0; i < ARRAY_LEN(categories); i++) {
            if (strlen(categories[i].name) == n && strncmp(categories[i].name, p, n) == 0) {
                *mask |= categories[i].bits;
                found = true;
            }
        }
        if (!found) {
            snprintf(err, errlen,
                     "unknown trace category '%.*s' (choose from: line, call, scope, op, dict, dict:all, mem, "
                     "mem:all, gc, import, gil, async, all)", (int)n, p);
            return false;
        }
        if (!comma) return true;
        p = comma + 1;
    }
}

/* ---- life cycle ------------------------------------------------------------ */

static int terminal_width(FILE *out) {
    const char *env = getenv("COLUMNS");
    if (env && atoi(env) > 0) return atoi(env);
    struct winsize ws;
    if (isatty(fileno(out)) && ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 100;
}

void trace_start(Interp *interp, const TraceOptions *opt) {
    Tracer *t = calloc(1, sizeof(Tracer));
    if (!t) fatal_error("out of memory");
    t->interp = interp;
    uint32_t mask = opt->mask;
    if (opt->format == TRACE_PYTUTOR || opt->format == TRACE_HTML) mask |= TRACE_STEP_VIEWS;
    t->mask = mask;
    t->out = opt->out;
    t->owns_out = opt->owns_out;
    t->show_times = opt->show_times;
    t->width = opt->width > 0 ? opt->width : terminal_width(opt->out);
    t->max_events = opt->max_events;
    if (t->width < 40) t->width = 40;
    if (opt->mask & TRACE_MEM) t->mem = memwatch_new((opt->mask & TRACE_MEM_ALL) != 0);
    switch (opt->format) {
    case TRACE_JSON: t->sink = json_sink_new(t); break;
    case TRACE_PYTUTOR: t->sink = pytutor_sink_new(t); break;
    case TRACE_HTML: t->sink = html_sink_new(t, opt->mask); break;
    default: t->sink = text_sink_new(t); break;
    }
    interp->tracer = t;
    trace_mask_now = mask;
    /* dict:all watches every table from now on, and the namespaces made already */
    interp->watch_all_tables = (opt->mask & TRACE_DICT_ALL) != 0;
    if (interp->watch_all_tables) {
        Object *known[] = {interp->builtins, interp->modules, interp->interned,
                           interp->sys_module ? MODULE_DICT(interp->sys_module) : NULL};
        for (size_t i = 0; i < ARRAY_LEN(known); i++)
            if (known[i]) ((DictObject *)known[i])->watched = true;
    }
}

/* The limit of events is reached: narrate nothing more (what the memory
 * narrator holds is never shown: it may name objects freed from now on). */
static void stop_narrating(Tracer *t) {
    trace_mask_now = 0;
    t->mask = 0;
}

void trace_teardown(Interp *interp) {
    Tracer *t = interp->tracer;
    if (!t) return;
    ThreadState *ts = interp->main_thread;
    if (ts && t->mem && t->mask) memwatch_line_done(ts, t);
    if (ts && (t->mask & TRACE_DICT)) {
        Event ev = {.kind = EV_TABLE_STATS, .index = -1};
        trace_emit(ts, &ev);
    }
    if (ts && (t->mask & TRACE_GIL)) gil_report_summary(ts);   /* each thread's totals */
    if (ts) t->sink->ops->finish(t->sink, ts);
    trace_mask_now = 0;
    interp->tracer = NULL;
    t->sink->ops->free(t->sink);
    fflush(t->out);
    if (t->owns_out) fclose(t->out);
    if (t->mem) memwatch_free(t->mem);
    ptrmap_free(&t->ids);
    free(t);
}

Tracer *tracer_of(ThreadState *ts) { return ts->interp->tracer; }

void trace_flush(Interp *interp) {
    if (interp->tracer) fflush(interp->tracer->out);
}

/* ---- the stream ------------------------------------------------------------ */

int trace_depth(const Event *ev) { return ev->depth; }

int trace_argument_count(CodeObject *co) {
    if (!(co->flags & CO_OPTIMIZED)) return 0;
    int n = co->argcount + co->kwonlyargcount + ((co->flags & CO_VARARGS) ? 1 : 0) +
            ((co->flags & CO_VARKEYWORDS) ? 1 : 0);
    return n < co->nlocals ? n : co->nlocals;
}

Object *trace_argument_value(Frame *f, int i) {
    CodeObject *co = f->code;
    Object *v = f->localsplus[i];
    for (int k = 0; !v && co->cell2arg && k < co->ncells; k++) {
        Object *cell = f->localsplus[co->nlocals + k];
        if (co->cell2arg[k] == i && cell && TYPE(cell) == &CellType) v = CELL_GET(cell);
    }
    return v;
}

void trace_deliver(ThreadState *ts, Event *ev) {
    Tracer *t = ts->interp->tracer;
    if (!ev->frame) ev->frame = ts->frame;
    /* whose event: the reporting thread holds the GIL, so the sinks see one
     * event at a time, whichever thread reports it */
    ev->thread = ts->number;
    ev->thread_name = ts->name;
    ev->threaded = ts->gil && ts->gil->started > 1;
    ev->process = ts->interp->process_name[0] ? ts->interp->process_name : NULL;
    if (ev->kind != EV_MEM_SHOW) ev->depth = ev->frame ? ev->frame->depth : 0;
    t->sink->ops->event(t->sink, ts, ev);
    if (++t->events == t->max_events) stop_narrating(t);
}

void trace_emit(ThreadState *ts, Event *ev) {
    Tracer *t = ts->interp->tracer;
    if (!t || !t->mask) return;
    if (!ev->frame) ev->frame = ts->frame;
    switch (ev->kind) {
    case EV_MEM_ALLOC:
    case EV_MEM_REASON:
    case EV_MEM_DYING:
        if (t->mem) memwatch_report(ts, t, ev);
        return;
    case EV_LINE:
        /* a line's end is also when the memory narrator shows what it did */
        if (t->mem) memwatch_line_done(ts, t);
        if (!(t->mask & TRACE_LINE)) return;
        break;
    default:
        if (!(t->mask & trace_event_category[ev->kind])) return;
        break;
    }
    trace_deliver(ts, ev);
}

void trace_object_released(ThreadState *ts, Object *o) {
    Tracer *t = ts->interp->tracer;
    if (!t) return;
    names_forget(t, o);
    if (t->mem) memwatch_forget(t, o);
}
