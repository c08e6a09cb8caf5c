/* tracer.c -- the event stream's switchboard (trace/tracer.h).
 *
 * Every report of the interpreter arrives in trace_emit(). The memory
 * reports go to the memory narrator (trace/memwatch.c), which turns a
 * line's worth of them into what the lesson shows; every other event whose
 * category is on goes straight to the one sink, through the lecture's
 * filters (--trace-only, --trace-lines) when they are given. The categories
 * can change while the program runs (minipy.trace(), trace_switch). Nothing here, nor in any
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
#include "runtime/code.h"
#include "runtime/str.h"
#include "runtime/exceptions.h"
#include "common/rawmem.h"

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

/* ---- filters: --trace-only, --trace-lines ---------------------------------------- */

int trace_parse_filter_option(const char *arg, TraceFilter *f, char *err, size_t errlen) {
    if (strncmp(arg, "--trace-only=", 13) == 0) {
        const char *spec = arg + 13;
        /* no empty name: "", ",f", "f,,g", "f," */
        if (!*spec || *spec == ',' || strstr(spec, ",,") || spec[strlen(spec) - 1] == ',') {
            snprintf(err, errlen, "--trace-only needs function names separated by commas: '%s'", spec);
            return -1;
        }
        f->only = spec;
        f->on = true;
        return 1;
    }
    if (strncmp(arg, "--trace-lines=", 14) == 0) {
        const char *spec = arg + 14;
        char *end;
        long a = strtol(spec, &end, 10), b = a;
        if (end != spec && *end == '-') {
            const char *second = end + 1;
            b = strtol(second, &end, 10);
            if (end == second) a = 0;
        }
        if (end == spec || *end || a < 1 || b < a || b > 1000000000) {
            snprintf(err, errlen, "--trace-lines needs A-B, line numbers with 1 <= A <= B: '%s'", spec);
            return -1;
        }
        f->first_line = (int)a;
        f->last_line = (int)b;
        f->on = true;
        return 1;
    }
    return 0;
}

/* Does the qualified name [q] end with the [n] bytes of [p], at a dot? */
static bool qualname_ends_with(Object *q, const char *p, size_t n) {
    size_t len = STR_SIZE(q);
    const char *d = STR_DATA(q);
    return len >= n && memcmp(d + len - n, p, n) == 0 && (len == n || d[len - n - 1] == '.');
}

/* Is [co] one of --trace-only's functions? A name with a dot is compared
 * with the end of the qualified name, whole parts only: Cls.meth matches
 * Cls.meth and f.<locals>.Cls.meth, not MyCls.meth. One without a dot is
 * compared with the plain name, so `meth` matches every class's meth. */
static bool is_chosen(const char *only, CodeObject *co) {
    for (const char *p = only;;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        if (memchr(p, '.', n) ? qualname_ends_with(co->qualname, p, n)
                              : STR_SIZE(co->name) == n && memcmp(STR_DATA(co->name), p, n) == 0)
            return true;
        if (!comma) return false;
        p = comma + 1;
    }
}

/* The line a frame is at: the instruction it runs, or, for a caller, the
 * call it made (its ip is saved before every call). */
static int frame_line(Frame *f) { return f->code->ncode ? code_line(f->code, frame_lasti(f)) : 0; }

/* Is [f]'s code the main script's? */
static bool in_main_file(Tracer *t, Frame *f) {
    return f && t->main_file && strcmp(STR_DATA(f->code->filename), t->main_file) == 0;
}

static bool line_chosen(Tracer *t, Frame *f, int line) {
    return in_main_file(t, f) && line >= t->filter.first_line && line <= t->filter.last_line;
}

/* Does [ev] pass the filters? --trace-only: a frame of a chosen function is
 * on its thread's stack (the event's own frame or a caller's). --trace-lines:
 * it happened on one of the lines, in the main script; a call, a return and
 * the like belong to two lines, the function's (its def line, its return's
 * line) and the caller's (the line of the call): either will do. Events
 * with no frame at all (the totals at exit) pass neither. */
static bool filter_keeps(Tracer *t, ThreadState *ts, const Event *ev) {
    Frame *frame = ev->frame;
    if (!frame) return false;
    if (t->filter.only) {
        bool found = false;
        for (Frame *f = frame; f && !found; f = f->back) found = is_chosen(t->filter.only, f->code);
        if (!found) return false;
    }
    if (t->filter.first_line) {
        if (!t->main_file) {
            /* the main script: the outermost frame of the main thread */
            Frame *f = ts->interp->main_thread ? ts->interp->main_thread->frame : NULL;
            while (f && f->back) f = f->back;
            if (!f) return false;
            t->main_file = rawmem_strdup(STR_DATA(f->code->filename));
            if (!t->main_file) return false;     /* no memory: nothing narrated, nothing broken */
        }
        int line = ev->line > 0 ? ev->line : frame->last_line;
        if (line_chosen(t, frame, line)) return true;
        switch (ev->kind) {
        case EV_CALL:
        case EV_RESUME:
        case EV_RETURN:
        case EV_YIELD:
        case EV_EXIT:
            return frame->back && line_chosen(t, frame->back, frame_line(frame->back));
        default:
            return false;
        }
    }
    return true;
}

/* ---- life cycle ------------------------------------------------------------ */

static int terminal_width(FILE *out) {
    const char *env = getenv("COLUMNS");
    if (env && atoi(env) > 0) return atoi(env);
    struct winsize ws;
    if (isatty(fileno(out)) && ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 100;
}

/* The categories on from now: the tracer's, the hot paths' copy
 * (trace_mask_now), and what a category needs set up: the memory narrator,
 * dict:all's watch. [ts]: the running thread, or NULL before the program
 * starts. */
static void set_mask(Interp *interp, ThreadState *ts, Tracer *t, uint32_t mask) {
    if (t->max_events && t->events >= t->max_events) mask = 0;   /* the limit holds for good */
    if (t->mem && !(mask & TRACE_MEM)) {
        /* mem goes off: what it holds is shown now, while its objects live */
        if (ts && t->mask) memwatch_line_done(ts, t);
        memwatch_free(t->mem);
        t->mem = NULL;
    }
    if ((mask & TRACE_MEM) && !t->mem && !(t->mem = memwatch_new(t, (mask & TRACE_MEM_ALL) != 0))) {
        trace_lost_memory(t);
        return;
    }
    t->mask = mask;
    /* silent, a tracer still forgets the objects it named when they are
     * freed (runtime/object.c), so that a later block does not misname one */
    trace_mask_now = mask ? mask : TRACE_NAMED;
    /* dict:all watches every table from now on, and the namespaces made already */
    interp->watch_all_tables = (mask & TRACE_DICT_ALL) != 0;
    if (interp->watch_all_tables) {
        Object *known[] = {interp->builtins, interp->modules, interp->interned,
                           interp->sys_module ? MODULE_DICT(interp->sys_module) : NULL};
        for (size_t i = 0; i < ARRAY_LEN(known); i++)
            if (known[i]) ((DictObject *)known[i])->watched = true;
    }
    /* frames already running the quiet loop move to the narrated one at
     * their next check point (vm/eval.c) */
    if (ts && (mask & TRACE_NARRATED_LOOP)) atomic_fetch_or(&interp->eval_breaker, BREAKER_NARRATE);
    else atomic_fetch_and(&interp->eval_breaker, ~BREAKER_NARRATE);
}

bool trace_start(Interp *interp, const TraceOptions *opt) {
    Tracer *t = calloc(1, sizeof(Tracer));
    if (!t) return false;
    t->interp = interp;
    t->out = opt->out;
    t->owns_out = opt->owns_out;
    t->show_times = opt->show_times;
    t->width = opt->width > 0 ? opt->width : terminal_width(opt->out);
    t->max_events = opt->max_events;
    t->filter = opt->filter;
    if (t->width < 40) t->width = 40;
    t->colour = opt->format == TRACE_TEXT && colour_wanted(interp->colour, opt->out);
    t->format = opt->format;
    uint32_t mask = opt->mask;
    if (opt->step) {
        t->sink = stepper_sink_new(t, opt);
        /* the stepper needs every line and every return, whatever it shows */
        if (t->sink) mask |= TRACE_LINE | TRACE_CALL;
        else if (opt->step_in && opt->owns_step_in) fclose(opt->step_in);   /* no memory: narrate, as --trace */
    }
    /* the step views need the lines, calls and output of the program */
    if (opt->format == TRACE_PYTUTOR || opt->format == TRACE_HTML) mask |= TRACE_STEP_VIEWS;
    if (!t->sink) {
        switch (opt->format) {
        case TRACE_JSON: t->sink = json_sink_new(t); break;
        case TRACE_PYTUTOR: t->sink = pytutor_sink_new(t); break;
        case TRACE_HTML: t->sink = html_sink_new(t, opt->mask); break;
        default: t->sink = text_sink_new(t); break;
        }
    }
    if (!t->sink) {
        free(t);
        return false;
    }
    interp->tracer = t;
    set_mask(interp, NULL, t, mask);
    return true;
}

int trace_switch(ThreadState *ts, uint32_t mask, uint32_t *previous) {
    Interp *interp = ts->interp;
    *previous = interp->tracer ? interp->tracer->mask : 0;
    if (!interp->tracer) {
        /* no --trace: a tracer as bare --trace would start, silent until now */
        TraceOptions opt = {.format = TRACE_TEXT, .out = stderr, .show_times = true};
        if (!trace_start(interp, &opt)) {
            err_no_memory(ts);
            return -1;
        }
    }
    set_mask(interp, ts, interp->tracer, mask);
    return 0;
}

void trace_restore(ThreadState *ts, uint32_t mask) {
    if (ts->interp->tracer) set_mask(ts->interp, ts, ts->interp->tracer, mask);
}

/* The limit of events is reached: narrate nothing more (what the memory
 * narrator holds is never shown: it may name objects freed from now on). */
static void stop_narrating(Tracer *t) {
    trace_mask_now = 0;
    t->mask = 0;
    atomic_fetch_and(&t->interp->eval_breaker, ~BREAKER_NARRATE);
}

void trace_lost_memory(Tracer *t) {
    if (!t->lost_memory)
        fputs("minipy: the narration stops here: out of memory (the program runs on, untraced)\n", stderr);
    t->lost_memory = true;
    stop_narrating(t);
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
    atomic_fetch_and(&interp->eval_breaker, ~BREAKER_NARRATE);
    interp->tracer = NULL;
    t->sink->ops->free(t->sink);
    fflush(t->out);
    if (t->owns_out) fclose(t->out);
    if (t->mem) memwatch_free(t->mem);
    rawmem_free(t->main_file);
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
    if (t->filter.on && !filter_keeps(t, ts, ev)) return;
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
