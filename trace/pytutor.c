/* pytutor.c -- Python Tutor's trace format (--trace-format=pytutor), and
 * the steps the browser view shares with it (trace/pytutor.h).
 *
 * Python Tutor's front end draws a run from one JSON document,
 * {"code": SOURCE, "trace": [STEP, ...]}; its v3/docs/opt-trace-format.md
 * and pg_encoder.py describe a step, and the README says which fields
 * minipy fills and how. A step is made by a line about to run
 * (step_line), a call or a generator resumed (call), a return or yield
 * (return, with the value as the frame's `__return__`), an exception
 * raised or passing through a frame (exception) and one that ends the
 * program (uncaught_exception). Each carries a snapshot of the frames,
 * the globals and the heap (trace/snapshot.c), and the output so far,
 * which the program reports as it writes it (runtime/io.c, EV_OUTPUT).
 *
 * Only the program's own files make steps, as in Python Tutor: code of the
 * installed library (functools, asyncio, ...) runs unseen between them.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pytutor.h"
#include "names.h"
#include "common/rawmem.h"
#include "runtime/interp.h"
#include "runtime/modules.h"
#include "runtime/source.h"
#include "runtime/code.h"
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/tuple.h"
#include "runtime/set.h"

/* ---- JSON ------------------------------------------------------------------------ */

static void put_cstr(StrBuf *b, const char *s) { json_put_string(b, s, strlen(s), false); }

static void put_str(StrBuf *b, Object *s) {
    if (str_check(s)) json_put_string(b, STR_DATA(s), STR_SIZE(s), false);
    else put_cstr(b, "?");
}

/* ---- life cycle ------------------------------------------------------------------- */

void steps_init(Steps *st, Tracer *t, bool browser) {
    memset(st, 0, sizeof *st);
    st->t = t;
    st->browser = browser;
    snapshot_init(&st->snap, browser);
    strbuf_init(&st->out);
    /* the folder as sys.path names it, with a '/': what the library's code
     * objects' file names start with (NULL without memory: every file makes steps) */
    char *folder = sys_library_folder();
    if (folder && (st->library = rawmem_alloc(strlen(folder) + 2))) sprintf(st->library, "%s/", folder);
    free(folder);                                 /* malloc'd by sys_library_folder() */
}

void steps_free(Steps *st) {
    rawmem_free(st->library);
    snapshot_free(&st->snap);
    snapshot_frame_ids_free(&st->frames);
    strbuf_free(&st->out);
}

/* ---- which events are steps ------------------------------------------------------- */

/* A module's body (no function): the main one is the bottom frame. */
static bool is_main_body(Frame *f) {
    return !f->back && !(f->code->flags & CO_OPTIMIZED) && f->locals == f->globals;
}

/* Is [f]'s code part of the installed library rather than the program? */
static bool library_code(Steps *st, Frame *f) {
    return st->library && strncmp(STR_DATA(f->code->filename), st->library, strlen(st->library)) == 0;
}

static void keep_output(Steps *st, const char *data, size_t len) {
    if (st->out.len + len > STDOUT_KEPT) {
        len = STDOUT_KEPT > st->out.len ? STDOUT_KEPT - st->out.len : 0;
        while (len && ((unsigned char)data[len] & 0xC0) == 0x80) len--;   /* whole characters */
        st->out_cut = true;
    }
    strbuf_append(&st->out, data, len);
    st->out_chars += text_columns(data, len);
}

const char *steps_event(Steps *st, const Event *ev) {
    if (ev->kind == EV_OUTPUT) {
        if (!st->out_cut) keep_output(st, ev->output.data, ev->output.len);
        return NULL;
    }
    /* the frame that returned at the last event has ended: its number goes */
    if (st->ended) snapshot_frame_ended(&st->frames, st->ended);
    st->ended = NULL;
    Frame *f = ev->frame;
    if (!f || !f->code) return NULL;
    if (ev->kind == EV_RETURN || ev->kind == EV_EXIT) st->ended = f;
    const char *name = NULL;
    switch (ev->kind) {
    case EV_LINE: name = "step_line"; break;
    case EV_CALL:
    case EV_RESUME: name = is_main_body(f) ? NULL : "call"; break;
    case EV_RETURN:
    case EV_YIELD: name = "return"; break;
    case EV_RAISE:
    case EV_UNWIND: name = "exception"; break;
    case EV_EXIT: name = is_main_body(f) ? "uncaught_exception" : NULL; break;
    default: return NULL;
    }
    if (name && !st->main_file) {
        Frame *bottom = f;
        while (bottom->back) bottom = bottom->back;
        st->main_file = STR_DATA(bottom->code->filename);
    }
    if (name && library_code(st, f)) name = NULL;
    return name;
}

/* ---- values ----------------------------------------------------------------------- */

static void faux(StrBuf *b, const char *label) {
    strbuf_puts(b, "[\"IMPORTED_FAUX_PRIMITIVE\", ");
    put_cstr(b, label);
    strbuf_puts(b, "]");
}

static void put_float(Steps *st, StrBuf *b, Object *o) {
    double v = FLOAT_VALUE(o);
    if (isinf(v)) {
        strbuf_puts(b, v > 0 ? "[\"SPECIAL_FLOAT\", \"Infinity\"]" : "[\"SPECIAL_FLOAT\", \"-Infinity\"]");
        return;
    }
    if (isnan(v)) {
        strbuf_puts(b, "[\"SPECIAL_FLOAT\", \"NaN\"]");
        return;
    }
    StrBuf r;
    strbuf_init(&r);
    names_repr(st->t, &r, o, 0);
    /* 3.0 as a JSON number reads 3, an int: Python Tutor keeps its text */
    if (v == floor(v)) {
        strbuf_puts(b, "[\"SPECIAL_FLOAT\", ");
        json_put_string(b, r.data ? r.data : "", r.len, false);
        strbuf_puts(b, "]");
    } else {
        strbuf_puts(b, r.data ? r.data : "0");
    }
    strbuf_free(&r);
}

static void put_int(Steps *st, StrBuf *b, Object *o) {
    int64_t v;
    if (int_as_i64(o, &v)) {
        strbuf_printf(b, "%lld", (long long)v);
        return;
    }
    StrBuf r;
    strbuf_init(&r);
    names_repr(st->t, &r, o, 0);
    bool digits = r.len > 0;
    for (size_t i = 0; i < r.len; i++)
        if (!(r.data[i] >= '0' && r.data[i] <= '9') && !(i == 0 && r.data[i] == '-')) digits = false;
    if (digits) strbuf_append(b, r.data, r.len);
    else faux(b, r.data ? r.data : "int");     /* too many digits to show: how many there are */
    strbuf_free(&r);
}

static void put_value(Steps *st, StrBuf *b, Object *o) {
    if (!o || o == None) {
        strbuf_puts(b, "null");
    } else if (TYPE(o) == &BoolType) {
        strbuf_puts(b, o == True ? "true" : "false");
    } else if (TYPE(o) == &IntType) {
        put_int(st, b, o);
    } else if (TYPE(o) == &FloatType) {
        put_float(st, b, o);
    } else if (TYPE(o) == &StrType) {
        size_t n = STR_SIZE(o);
        if (n <= STR_SHOWN) {
            json_put_string(b, STR_DATA(o), n, false);
        } else {
            n = STR_SHOWN;                          /* cut between characters */
            while (n > 0 && ((unsigned char)STR_DATA(o)[n] & 0xC0) == 0x80) n--;
            StrBuf cut;
            strbuf_init(&cut);
            strbuf_append(&cut, STR_DATA(o), n);
            strbuf_puts(&cut, "\u2026");
            json_put_string(b, cut.data ? cut.data : "", cut.len, false);
            strbuf_free(&cut);
        }
    } else {
        const SnapObject *so = snapshot_find(&st->snap, o);
        if (so) {
            strbuf_printf(b, "[\"REF\", %lld]", (long long)so->id);
        } else {
            /* past the snapshot's limit: named, not drawn */
            StrBuf l;
            strbuf_init(&l);
            names_label(st->t, &l, o);
            strbuf_puts(&l, " (not shown)");
            faux(b, l.data ? l.data : "");
            strbuf_free(&l);
        }
    }
}

/* ---- heap objects ------------------------------------------------------------------- */

typedef struct ItemWriter {
    Steps *st;
    StrBuf *b;
    bool pairs;                   /* [key, value] pairs (dict, attributes) */
} ItemWriter;

static void write_item(void *ctx, Object *key, Object *value) {
    ItemWriter *w = ctx;
    strbuf_puts(w->b, ", ");
    if (w->pairs) {
        strbuf_puts(w->b, "[");
        put_value(w->st, w->b, key);
        strbuf_puts(w->b, ", ");
        put_value(w->st, w->b, value);
        strbuf_puts(w->b, "]");
    } else {
        put_value(w->st, w->b, value);
    }
}

static void more_items(StrBuf *b, const SnapObject *so, bool pairs) {
    if (so->total <= so->shown) return;
    char label[64];
    snprintf(label, sizeof label, "\u2026 %zu more", so->total - so->shown);
    strbuf_puts(b, ", ");
    if (pairs) strbuf_puts(b, "[");
    faux(b, label);
    if (pairs) strbuf_puts(b, ", null]");
}

static void write_object(Steps *st, StrBuf *b, const SnapObject *so) {
    static const char *const tags[] = {[SNAP_LIST] = "LIST", [SNAP_TUPLE] = "TUPLE", [SNAP_SET] = "SET",
                                       [SNAP_DICT] = "DICT", [SNAP_INSTANCE] = "INSTANCE", [SNAP_CLASS] = "CLASS",
                                       [SNAP_FUNCTION] = "FUNCTION", [SNAP_CELL] = "CELL", [SNAP_MODULE] = "module"};
    Object *o = so->object;
    ItemWriter w = {.st = st, .b = b};
    switch (so->kind) {
    case SNAP_LIST:
    case SNAP_TUPLE:
    case SNAP_SET:
    case SNAP_CELL:
        /* the browser view names a frozenset as such (Python Tutor has SET only) */
        if (st->browser && so->kind == SNAP_SET && frozenset_check_exact(o)) strbuf_puts(b, "[\"FROZENSET\"");
        else strbuf_printf(b, "[\"%s\"", tags[so->kind]);
        snapshot_each(&st->snap, so, write_item, &w);
        more_items(b, so, false);
        strbuf_puts(b, "]");
        break;
    case SNAP_DICT:
    case SNAP_INSTANCE:
        w.pairs = true;
        strbuf_printf(b, "[\"%s\"", tags[so->kind]);
        if (so->kind == SNAP_INSTANCE) {
            strbuf_puts(b, ", ");
            put_cstr(b, TYPE_NAME(o));
        }
        snapshot_each(&st->snap, so, write_item, &w);
        more_items(b, so, true);
        strbuf_puts(b, "]");
        break;
    case SNAP_CLASS: {
        w.pairs = true;
        TypeObject *tp = (TypeObject *)o;
        strbuf_puts(b, "[\"CLASS\", ");
        put_cstr(b, tp->name);
        strbuf_puts(b, ", [");
        int n = 0;
        for (size_t i = 0; tp->bases && i < TUPLE_SIZE(tp->bases); i++) {
            TypeObject *base = (TypeObject *)TUPLE_GET(tp->bases, i);
            if (base == &ObjectType) continue;
            if (n++) strbuf_puts(b, ", ");
            put_cstr(b, base->name);
        }
        strbuf_puts(b, "]");
        snapshot_each(&st->snap, so, write_item, &w);
        more_items(b, so, true);
        strbuf_puts(b, "]");
        break;
    }
    case SNAP_FUNCTION: {
        StrBuf sig;
        strbuf_init(&sig);
        snapshot_signature(&sig, o);
        strbuf_puts(b, "[\"FUNCTION\", ");
        json_put_string(b, sig.data ? sig.data : "", sig.len, false);
        strbuf_free(&sig);
        if (so->parent) strbuf_printf(b, ", %lld", (long long)so->parent);
        else strbuf_puts(b, ", null");
        if (st->browser && so->shown) {
            /* the browser view's own element: the cells it captured, by name */
            w.pairs = true;
            strbuf_puts(b, ", [\"CLOSURE\"");
            snapshot_each(&st->snap, so, write_item, &w);
            strbuf_puts(b, "]");
        }
        strbuf_puts(b, "]");
        break;
    }
    case SNAP_MODULE:
        strbuf_puts(b, "[\"module\", ");
        put_str(b, ((ModuleObject *)o)->name);
        strbuf_puts(b, "]");
        break;
    default: {
        StrBuf r;
        strbuf_init(&r);
        names_repr(st->t, &r, o, 200);
        strbuf_puts(b, "[");
        put_cstr(b, TYPE_NAME(o));
        strbuf_puts(b, ", ");
        json_put_string(b, r.data ? r.data : "", r.len, false);
        strbuf_puts(b, "]");
        strbuf_free(&r);
        break;
    }
    }
}

/* ---- frames ----------------------------------------------------------------------- */

static const SnapFrame *frame_by_id(const Snapshot *s, int64_t id) {
    for (size_t i = 0; i < s->nframes; i++)
        if (s->frames[i].id == id) return &s->frames[i];
    return NULL;
}

/* Does a function or frame of the snapshot name [id] as its lexical parent? */
static bool is_parent(const Snapshot *s, int64_t id) {
    for (size_t i = 0; i < s->nheap; i++)
        if (s->heap[i].kind == SNAP_FUNCTION && s->heap[i].parent == id) return true;
    for (size_t i = 0; i < s->nframes; i++)
        if (s->frames[i].parent == id) return true;
    return false;
}

static void write_vars(Steps *st, StrBuf *b, size_t from, size_t n, const char *values, const char *order,
                       Object *ret) {
    const Snapshot *s = &st->snap;
    strbuf_printf(b, "\"%s\": {", values);
    for (size_t i = 0; i < n; i++) {
        if (i) strbuf_puts(b, ", ");
        put_str(b, s->vars[from + i].name);
        strbuf_puts(b, ": ");
        put_value(st, b, s->vars[from + i].value);
    }
    if (ret) {
        strbuf_puts(b, n ? ", \"__return__\": " : "\"__return__\": ");
        put_value(st, b, ret);
    }
    strbuf_printf(b, "}, \"%s\": [", order);
    for (size_t i = 0; i < n; i++) {
        if (i) strbuf_puts(b, ", ");
        put_str(b, s->vars[from + i].name);
    }
    if (ret) strbuf_puts(b, n ? ", \"__return__\"" : "\"__return__\"");
    strbuf_puts(b, "]");
}

static void write_frame(Steps *st, StrBuf *b, const SnapFrame *sf, bool top, Object *ret) {
    const Snapshot *s = &st->snap;
    const char *name = STR_DATA(sf->frame->code->name);
    bool parent = is_parent(s, sf->id);
    strbuf_puts(b, "{\"func_name\": ");
    put_cstr(b, name);
    strbuf_printf(b, ", \"frame_id\": %lld, \"is_highlighted\": %s, \"is_parent\": %s, \"is_zombie\": false",
                  (long long)sf->id, top ? "true" : "false", parent ? "true" : "false");
    strbuf_puts(b, ", \"unique_hash\": ");
    StrBuf h;
    strbuf_init(&h);
    strbuf_printf(&h, "%s_f%lld%s", name, (long long)sf->id, parent ? "_p" : "");
    json_put_string(b, h.data ? h.data : "", h.len, false);
    strbuf_free(&h);
    strbuf_puts(b, ", \"parent_frame_id_list\": [");
    int n = 0, guard = 0;
    for (const SnapFrame *p = sf; p && p->parent && guard++ < 64; p = frame_by_id(s, p->parent))
        strbuf_printf(b, "%s%lld", n++ ? ", " : "", (long long)p->parent);
    strbuf_puts(b, "], ");
    write_vars(st, b, sf->vars, sf->nvars, "encoded_locals", "ordered_varnames", ret);
    if (st->browser) {
        strbuf_printf(b, ", \"line\": %d, \"cells\": [", sf->line);
        for (size_t i = 0, k = 0; i < sf->nvars; i++) {
            const SnapVar *v = &s->vars[sf->vars + i];
            if (!v->cell) continue;
            if (k++) strbuf_puts(b, ", ");
            put_str(b, v->name);
        }
        strbuf_puts(b, "]");
    }
    strbuf_puts(b, "}");
}

/* ---- a step ----------------------------------------------------------------------- */

void steps_write(Steps *st, StrBuf *b, ThreadState *ts, const Event *ev, const char *name) {
    Snapshot *s = &st->snap;
    bool returning = ev->kind == EV_RETURN || ev->kind == EV_YIELD;
    Object *ret = returning ? ev->value : NULL;
    snapshot_take(s, st->t, &st->frames, ev->frame, ret);
    /* the innermost frame is where the event is (its saved position may be older) */
    if (s->nframes && s->frames[0].frame == ev->frame) s->frames[0].line = ev->line;
    CodeObject *co = ev->frame->code;
    strbuf_puts(b, "{\"event\": ");
    put_cstr(b, name);
    strbuf_printf(b, ", \"line\": %d, \"func_name\": ", ev->line);
    put_str(b, co->name);
    strbuf_puts(b, ", ");
    write_vars(st, b, s->globals, s->nglobals, "globals", "ordered_globals", NULL);
    strbuf_puts(b, ", \"stack_to_render\": [");
    for (size_t i = s->nframes; i-- > 0;) {
        write_frame(st, b, &s->frames[i], i == 0, i == 0 ? ret : NULL);
        if (i) strbuf_puts(b, ", ");
    }
    strbuf_puts(b, "], \"heap\": {");
    for (size_t i = 0; i < s->nheap; i++) {
        strbuf_printf(b, "%s\"%lld\": ", i ? ", " : "", (long long)s->heap[i].id);
        write_object(st, b, &s->heap[i]);
    }
    strbuf_puts(b, "}");
    if (st->browser) {
        strbuf_printf(b, ", \"stdout_chars\": %zu", st->out_chars);
    } else {
        strbuf_puts(b, ", \"stdout\": ");
        json_put_string(b, st->out.data ? st->out.data : "", st->out.len, false);
    }
    if (ev->kind == EV_RAISE || ev->kind == EV_UNWIND || ev->kind == EV_EXIT) {
        StrBuf m;
        strbuf_init(&m);
        strbuf_printf(&m, "%s: ", TYPE_NAME(ev->value));
        names_exception_message(st->t, &m, ev->value, 0);
        strbuf_puts(b, ", \"exception_msg\": ");
        json_put_string(b, m.data ? m.data : "", m.len, false);
        strbuf_free(&m);
    }
    /* minipy's own field: each object's reference count (-1: immortal) */
    strbuf_puts(b, ", \"refcounts\": {");
    for (size_t i = 0; i < s->nheap; i++)
        strbuf_printf(b, "%s\"%lld\": %lld", i ? ", " : "", (long long)s->heap[i].id, (long long)s->heap[i].refcnt);
    strbuf_puts(b, "}");
    if (s->failed) strbuf_puts(b, ", \"incomplete\": true");
    if (s->frames_hidden) strbuf_printf(b, ", \"frames_hidden\": %zu", s->frames_hidden);
    strbuf_puts(b, "}");
    st->count++;
}

void steps_write_limit(Steps *st, StrBuf *b) {
    strbuf_printf(b, "{\"event\": \"instruction_limit_reached\", \"exception_msg\": "
                     "\"Stopped after %d steps: the program ran on without being recorded.\"}", STEPS_MAX);
}

/* ---- the sink ---------------------------------------------------------------------- */

typedef struct PytutorSink {
    TraceSink base;
    Steps steps;
    StrBuf buf;
    bool started, limited;
} PytutorSink;

static void begin_document(PytutorSink *s, ThreadState *ts) {
    StrBuf *b = &s->buf;
    size_t len = 0;
    const char *code = s->steps.main_file ? source_text(ts->interp, s->steps.main_file, &len) : NULL;
    strbuf_puts(b, "{\"code\": ");
    json_put_string(b, code ? code : "", code ? len : 0, false);
    strbuf_puts(b, ",\n\"trace\": [\n");
    s->started = true;
}

static void flush_buf(PytutorSink *s) {
    FILE *out = s->base.tracer->out;
    if (out == stderr) fflush(stdout);
    if (s->buf.data && !s->buf.failed) fwrite(s->buf.data, 1, s->buf.len, out);
    strbuf_reset(&s->buf);
}

static void pytutor_event(TraceSink *sink, ThreadState *ts, const Event *ev) {
    PytutorSink *s = (PytutorSink *)sink;
    /* a child of fork() shares the file: the document is the first process's */
    if (s->limited || ev->process) return;
    const char *name = steps_event(&s->steps, ev);
    if (!name) return;
    if (!s->started) begin_document(s, ts);
    else strbuf_puts(&s->buf, ",\n");
    if (s->steps.count == STEPS_MAX) {
        steps_write_limit(&s->steps, &s->buf);
        s->limited = true;
    } else {
        steps_write(&s->steps, &s->buf, ts, ev, name);
    }
    flush_buf(s);
}

static void pytutor_finish(TraceSink *sink, ThreadState *ts) {
    PytutorSink *s = (PytutorSink *)sink;
    if (ts->interp->process_name[0]) return;    /* a child of fork(): the parent ends the document */
    if (!s->started) begin_document(s, ts);
    strbuf_puts(&s->buf, "\n]}\n");
    flush_buf(s);
    fflush(s->base.tracer->out);
}

static void pytutor_free(TraceSink *sink) {
    PytutorSink *s = (PytutorSink *)sink;
    steps_free(&s->steps);
    strbuf_free(&s->buf);
    rawmem_free(s);
}

static const SinkOps pytutor_ops = {pytutor_event, pytutor_finish, pytutor_free};

TraceSink *pytutor_sink_new(Tracer *t) {
    PytutorSink *s = rawmem_calloc(1, sizeof(PytutorSink));
    if (!s) return NULL;           /* trace_start: no narration */
    s->base = (TraceSink){&pytutor_ops, t};
    steps_init(&s->steps, t, false);
    strbuf_init(&s->buf);
    return &s->base;
}
