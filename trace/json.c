/* json.c -- the JSON Lines sink (--trace-format=json): one object per
 * event, for programs that read a run (a grader, a visualiser, a test).
 *
 * Every object has "cat" (the category), "event" and "depth" (the call
 * depth, module = 0), then the event's own fields; the README lists them.
 * Values are shown as their repr in a string (trace/names.h: no Python
 * code runs), objects the narration numbers as "list #3", and numbers --
 * hashes, versions, counts -- whole.
 */
#include <stdlib.h>
#include <string.h>

#include "sink.h"
#include "names.h"
#include "cycles.h"
#include "runtime/interp.h"
#include "runtime/source.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/func.h"
#include "runtime/code.h"
#include "runtime/frame.h"
#include "vm/dis.h"
#include "vm/opcodes.h"

typedef struct JsonSink {
    TraceSink base;
    StrBuf line;
} JsonSink;

/* ---- writing ------------------------------------------------------------------ */

void json_put_string(StrBuf *b, const char *s, size_t len, bool html) {
    strbuf_appendc(b, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': strbuf_puts(b, "\\\""); break;
        case '\\': strbuf_puts(b, "\\\\"); break;
        case '\n': strbuf_puts(b, "\\n"); break;
        case '\t': strbuf_puts(b, "\\t"); break;
        case '\r': strbuf_puts(b, "\\r"); break;
        case '<':
            /* in a page, "</script>" inside a string would end the script */
            if (html) strbuf_puts(b, "\\u003c");
            else strbuf_appendc(b, '<');
            break;
        default:
            if (c < 0x20) {
                strbuf_printf(b, "\\u%04x", c);
            } else if (c == 0xED && i + 2 < len && ((unsigned char)s[i + 1] & 0xE0) == 0xA0) {
                /* a lone surrogate ('\ud800', kept as its three UTF-8-style
                 * bytes) is not UTF-8: JSON has an escape for it */
                unsigned cp = 0xD000 | (((unsigned char)s[i + 1] & 0x3F) << 6) | ((unsigned char)s[i + 2] & 0x3F);
                strbuf_printf(b, "\\u%04x", cp);
                i += 2;
            } else {
                strbuf_appendc(b, (char)c);
            }
        }
    }
    strbuf_appendc(b, '"');
}

static void string_n(StrBuf *b, const char *s, size_t len) { json_put_string(b, s, len, false); }

static void key(StrBuf *b, const char *k) { strbuf_printf(b, ", \"%s\": ", k); }

static void field_str(StrBuf *b, const char *k, const char *s) {
    key(b, k);
    string_n(b, s, strlen(s));
}

static void field_int(StrBuf *b, const char *k, long long v) {
    key(b, k);
    strbuf_printf(b, "%lld", v);
}

static void field_bool(StrBuf *b, const char *k, bool v) {
    key(b, k);
    strbuf_puts(b, v ? "true" : "false");
}

/* A value: its repr as a string, or null. */
static void put_value(Tracer *t, StrBuf *b, Object *o, bool describe) {
    if (!o) {
        strbuf_puts(b, "null");
        return;
    }
    StrBuf r;
    strbuf_init(&r);
    if (describe) names_describe(t, &r, o, 0);
    else names_repr(t, &r, o, 0);
    string_n(b, r.data, r.len);
    strbuf_free(&r);
}

static void field_value(Tracer *t, StrBuf *b, const char *k, Object *o) {
    key(b, k);
    put_value(t, b, o, false);
}

static void field_label(Tracer *t, StrBuf *b, const char *k, Object *o) {
    key(b, k);
    StrBuf r;
    strbuf_init(&r);
    names_label(t, &r, o);
    string_n(b, r.data, r.len);
    strbuf_free(&r);
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static const char *const category_names[] = {"line", "call", "scope", "op", "mem", "gc", "dict", "import", "gil", "async",
                                             "output"};

static StrBuf *begin(JsonSink *s, const Event *ev, const char *event) {
    StrBuf *b = &s->line;
    strbuf_reset(b);
    uint32_t cat = trace_event_category[ev->kind];
    int bit = __builtin_ctz(cat);
    strbuf_printf(b, "{\"cat\": \"%s\", \"event\": \"%s\", \"depth\": %d", category_names[bit], event,
                  trace_depth(ev));
    /* once a second thread was started: whose event it is */
    if (ev->threaded) {
        strbuf_printf(b, ", \"thread\": %d", ev->thread);
        field_str(b, "thread_name", ev->thread_name ? ev->thread_name : "");
    }
    /* in a child of fork(): which process it is */
    if (ev->process) field_str(b, "process", ev->process);
    return b;
}

static void end(JsonSink *s) {
    strbuf_puts(&s->line, "}\n");
    FILE *out = s->base.tracer->out;
    if (out == stderr) fflush(stdout);
    fwrite(s->line.data, 1, s->line.len, out);
}

/* ---- the events ------------------------------------------------------------------ */

static void where(StrBuf *b, const Event *ev) {
    CodeObject *co = ev->frame->code;
    field_str(b, "func", STR_DATA(co->qualname));
    field_str(b, "file", base_name(STR_DATA(co->filename)));
    field_int(b, "line", ev->line);
}

static void line_event(JsonSink *s, ThreadState *ts, const Event *ev) {
    StrBuf *b = begin(s, ev, "line");
    where(b, ev);
    size_t len = 0;
    const char *text = source_line(ts->interp, STR_DATA(ev->frame->code->filename), ev->line, &len);
    while (text && len && (*text == ' ' || *text == '\t')) text++, len--;
    key(b, "text");
    string_n(b, text ? text : "", text ? len : 0);
    end(s);
}

static void op_event(JsonSink *s, ThreadState *ts, const Event *ev) {
    Tracer *t = s->base.tracer;
    CodeObject *co = ev->frame->code;
    uint32_t w = co->code[ev->index];
    StrBuf *b = begin(s, ev, "op");
    where(b, ev);
    field_int(b, "offset", ev->index);
    field_str(b, "opname", opcode_names[opcode_family[INSTR_OP(w)]]);   /* the family: see vm/opcodes.def */
    field_int(b, "arg", opcode_operands[INSTR_OP(w)] == A_NONE ? -1 : (long long)INSTR_ARG(w));
    StrBuf arg;
    strbuf_init(&arg);
    dis_argrepr(ts, &arg, co, ev->index);
    field_str(b, "argrepr", arg.data ? arg.data : "");
    strbuf_free(&arg);
    key(b, "stack");
    strbuf_puts(b, "[");
    for (Object **p = frame_stack_base(ev->frame); p < ev->stack_top; p++) {
        if (p > frame_stack_base(ev->frame)) strbuf_puts(b, ", ");
        put_value(t, b, *p, false);
    }
    strbuf_puts(b, "]");
    end(s);
}

static void call_event(JsonSink *s, const Event *ev) {
    Tracer *t = s->base.tracer;
    Frame *f = ev->frame;
    CodeObject *co = f->code;
    StrBuf *b = begin(s, ev, "call");
    field_str(b, "func", STR_DATA(co->qualname));
    field_str(b, "file", base_name(STR_DATA(co->filename)));
    field_int(b, "line", co->firstlineno);
    key(b, "args");
    strbuf_puts(b, "{");
    for (int i = 0; i < trace_argument_count(co); i++) {
        if (i) strbuf_puts(b, ", ");
        Object *name = TUPLE_GET(co->varnames, i);
        string_n(b, STR_DATA(name), STR_SIZE(name));
        strbuf_puts(b, ": ");
        put_value(t, b, trace_argument_value(f, i), false);
    }
    strbuf_puts(b, "}");
    key(b, "closure");
    strbuf_puts(b, "{");
    for (size_t i = 0; f->closure && i < TUPLE_SIZE(f->closure) && i < (size_t)co->nfrees; i++) {
        if (i) strbuf_puts(b, ", ");
        Object *name = TUPLE_GET(co->freevars, i), *cell = TUPLE_GET(f->closure, i);
        string_n(b, STR_DATA(name), STR_SIZE(name));
        strbuf_puts(b, ": ");
        put_value(t, b, TYPE(cell) == &CellType ? CELL_GET(cell) : NULL, false);
    }
    strbuf_puts(b, "}");
    end(s);
}

static void flow_event(JsonSink *s, const Event *ev) {
    Tracer *t = s->base.tracer;
    static const char *const names[] = {[EV_RESUME] = "resume", [EV_RETURN] = "return", [EV_YIELD] = "yield",
                                        [EV_RAISE] = "raise", [EV_UNWIND] = "unwind", [EV_EXIT] = "exit"};
    StrBuf *b = begin(s, ev, names[ev->kind]);
    where(b, ev);
    if (ev->kind == EV_RETURN || ev->kind == EV_YIELD) field_value(t, b, "value", ev->value);
    if (ev->kind == EV_RAISE || ev->kind == EV_UNWIND || ev->kind == EV_EXIT) {
        field_str(b, "type", TYPE_NAME(ev->value));
        StrBuf msg;
        strbuf_init(&msg);
        names_exception_message(t, &msg, ev->value, 0);
        key(b, "message");
        string_n(b, msg.data ? msg.data : "", msg.len);
        strbuf_free(&msg);
    }
    end(s);
}

static void name_event(JsonSink *s, const Event *ev) {
    static const char *const actions[] = {"load", "store", "delete"};
    static const char *const scopes[] = {
        [SCOPE_LOCAL] = "LOCAL", [SCOPE_CELL] = "CELL", [SCOPE_FREE] = "FREE",
        [SCOPE_GLOBAL_IMPLICIT] = "GLOBAL_IMPLICIT", [SCOPE_GLOBAL_EXPLICIT] = "GLOBAL_EXPLICIT",
        [SCOPE_NAME_MODULE] = "NAME_MODULE", [SCOPE_NAME_CLASS] = "NAME_CLASS", [SCOPE_CLASS_FREE] = "CLASS_FREE",
    };
    static const char *const places[] = {[PLACE_SLOT] = "slot", [PLACE_CELL] = "cell",
                                         [PLACE_CLASS_NS] = "class", [PLACE_GLOBALS] = "globals",
                                         [PLACE_BUILTINS] = "builtins"};
    const NameEvent *n = &ev->name;
    StrBuf *b = begin(s, ev, actions[n->action]);
    where(b, ev);
    field_str(b, "name", STR_DATA(n->name));
    field_str(b, "scope", scopes[n->scope]);
    if (n->slot >= 0) field_int(b, "slot", n->slot);
    key(b, "steps");
    strbuf_puts(b, "[");
    for (int i = 0; i < n->nsteps; i++)
        strbuf_printf(b, "%s{\"place\": \"%s\", \"hit\": %s}", i ? ", " : "", places[n->steps[i].place],
                      n->steps[i].hit ? "true" : "false");
    strbuf_puts(b, "]");
    field_bool(b, "cached", n->cached);
    if (n->cached) {
        field_int(b, "globals_version", (long long)n->globals_version);
        field_int(b, "builtins_version", (long long)n->builtins_version);
    }
    if (n->action != NAME_DELETE) field_value(s->base.tracer, b, "value", n->value);
    end(s);
}

/* --trace=op: the adaptive interpreter's decisions (issue 18) */
static void specialise_event(JsonSink *s, const Event *ev) {
    static const char *const steps[] = {"specialised", "stayed generic", "miss", "deoptimised"};
    const SpecEvent *e = &ev->spec;
    StrBuf *b = begin(s, ev, "specialise");
    where(b, ev);
    field_int(b, "offset", ev->index);
    field_str(b, "step", steps[e->step]);
    field_str(b, "from", e->from);
    field_str(b, "to", e->to);
    if (e->step != SPEC_STEP_SPECIALISED) field_str(b, "why", e->why);
    if (e->detail[0]) field_str(b, "cache", e->detail);
    if (e->step == SPEC_STEP_MISS) field_int(b, "misses_left", e->count);
    else if (e->step != SPEC_STEP_SPECIALISED) field_int(b, "next_try_in", e->count);
    end(s);
}

static void explain_event(JsonSink *s, const Event *ev) {
    StrBuf *b = begin(s, ev, "explain");
    where(b, ev);
    field_str(b, "name", STR_DATA(ev->unbound.name));
    field_int(b, "assigned_at", ev->unbound.assigned_at);
    end(s);
}

static void table_event(JsonSink *s, ThreadState *ts, const Event *ev) {
    static const char *const actions[] = {"lookup", "insert", "delete"};
    static const char *const findings[] = {"empty", "dummy", "other hash", "collision", "match"};
    static const char *const outcomes[] = {
        [OUTCOME_FOUND] = "found", [OUTCOME_NOT_FOUND] = "not found", [OUTCOME_EQ_RAISED] = "__eq__ raised",
        [OUTCOME_VALUE_KEPT] = "value kept", [OUTCOME_VALUE_REPLACED] = "value replaced",
        [OUTCOME_GROWS_FIRST] = "grows first", [OUTCOME_NEW_ENTRY] = "new entry",
        [OUTCOME_NEW_ENTRY_IN_DUMMY] = "new entry in a dummy", [OUTCOME_DELETED] = "deleted",
        [OUTCOME_ALREADY_THERE] = "already there", [OUTCOME_STORED] = "stored",
        [OUTCOME_STORED_IN_DUMMY] = "stored in a dummy", [OUTCOME_SET_DELETED] = "deleted",
    };
    Tracer *t = s->base.tracer;
    const TableEvent *e = &ev->table;
    StrBuf *b;
    switch (ev->kind) {
    case EV_TABLE_SEARCH:
        b = begin(s, ev, actions[e->action]);
        field_label(t, b, "table", e->table);
        key(b, "key");
        put_value(t, b, e->key, true);
        field_int(b, "hash", e->hash);
        field_int(b, "slots", (long long)e->nslots);
        field_int(b, "start", e->nslots ? (long long)((uint64_t)e->hash & (e->nslots - 1)) : 0);
        break;
    case EV_TABLE_PROBE:
        b = begin(s, ev, "probe");
        field_int(b, "slot", (long long)e->slot);
        field_str(b, "found", findings[e->finding]);
        if (e->entry >= 0) field_int(b, "entry", e->entry);
        if (e->found) {
            key(b, "key_there");
            put_value(t, b, e->found, true);
        }
        if (e->eq >= 0) {
            key(b, "eq");
            strbuf_puts(b, e->eq == 2 ? "\"raised\"" : e->eq ? "true" : "false");
        }
        break;
    case EV_TABLE_EQ:
        b = begin(s, ev, "eq");
        key(b, "key_there");
        put_value(t, b, e->found, true);
        break;
    case EV_TABLE_DONE:
        b = begin(s, ev, "done");
        field_str(b, "outcome", outcomes[e->outcome]);
        if (e->outcome == OUTCOME_NEW_ENTRY || e->outcome == OUTCOME_NEW_ENTRY_IN_DUMMY ||
            e->outcome == OUTCOME_DELETED)
            field_int(b, "entry", e->entry);
        if (e->outcome == OUTCOME_NEW_ENTRY_IN_DUMMY || e->outcome == OUTCOME_STORED_IN_DUMMY ||
            e->outcome == OUTCOME_SET_DELETED)
            field_int(b, "slot", (long long)e->slot);
        if (e->outcome == OUTCOME_GROWS_FIRST) field_int(b, "used", e->used);
        field_int(b, "probes", e->probes);
        field_int(b, "comparisons", e->comparisons);
        break;
    case EV_TABLE_RESIZE:
        b = begin(s, ev, "resize");
        field_label(t, b, "table", e->table);
        field_int(b, "old_slots", (long long)e->nslots);
        field_int(b, "new_slots", (long long)e->new_slots);
        field_int(b, "used", e->used);
        field_int(b, "dropped", e->dropped);
        break;
    case EV_SEQ_SEARCH:
        b = begin(s, ev, "search");
        field_label(t, b, "table", e->table);
        key(b, "key");
        put_value(t, b, e->key, true);
        field_int(b, "comparisons", (long long)e->compared);
        field_bool(b, "found", e->seq_found);
        break;
    case EV_TABLE_STATS: {
        TableStats *st = &ts->interp->table_stats;
        b = begin(s, ev, "stats");
        field_int(b, "lookups", (long long)st->lookups);
        field_int(b, "probes", (long long)st->probes);
        field_int(b, "comparisons", (long long)st->comparisons);
        field_int(b, "resizes", (long long)st->resizes);
        break;
    }
    default:
        return;
    }
    end(s);
}

static void memory_event(JsonSink *s, const Event *ev) {
    static const char *const shows[] = {"new", "meet", "ref", "free", "temporary"};
    Tracer *t = s->base.tracer;
    const MemShowEvent *m = &ev->show;
    StrBuf *b = begin(s, ev, shows[m->show]);
    field_int(b, "id", m->id);
    field_str(b, "type", TYPE_NAME(m->object));
    if (m->show != SHOW_REF) {
        key(b, "repr");
        put_value(t, b, m->object, true);
    }
    if (m->show != SHOW_TEMPORARY) field_int(b, "refcnt", m->show == SHOW_FREE ? 0 : m->refcnt);
    if (m->show == SHOW_REF || m->show == SHOW_FREE) field_int(b, "old_refcnt", m->old_refcnt);
    if (m->show == SHOW_NEW || m->show == SHOW_MEET) {
        field_bool(b, "constant", m->constant);
        field_bool(b, "interned", m->interned);
    }
    field_str(b, "reasons", m->reasons ? m->reasons : "");
    end(s);
}

/* --trace=import: one object per step, the paths whole */
static void import_event(JsonSink *s, const Event *ev) {
    static const char *const steps[] = {
        [IMPORT_REQUEST] = "request", [IMPORT_CACHED] = "cached", [IMPORT_BUILTIN] = "builtin",
        [IMPORT_SEARCH] = "search", [IMPORT_PROBE] = "probe", [IMPORT_NAMESPACE] = "namespace",
        [IMPORT_EXEC] = "exec", [IMPORT_DONE] = "done", [IMPORT_NOT_FOUND] = "not_found",
        [IMPORT_BIND] = "bind",
    };
    const ImportEvent *im = &ev->import;
    Tracer *t = s->base.tracer;
    StrBuf *b = begin(s, ev, steps[im->step]);
    field_int(b, "line", ev->line);
    if (im->name) field_str(b, "module", STR_DATA(im->name));
    switch (im->step) {
    case IMPORT_REQUEST:
        field_int(b, "level", im->level);
        key(b, "fromlist");
        put_value(t, b, im->fromlist, false);
        break;
    case IMPORT_SEARCH: field_str(b, "where", im->where); break;
    case IMPORT_PROBE:
        field_str(b, "path", im->path);
        field_bool(b, "found", im->found);
        field_bool(b, "package", im->package);
        break;
    case IMPORT_NAMESPACE: field_str(b, "path", im->path); break;
    case IMPORT_EXEC:
        field_str(b, "path", im->path);
        field_bool(b, "package", im->package);
        break;
    case IMPORT_DONE: field_bool(b, "ok", im->ok); break;
    case IMPORT_BIND:
        field_str(b, "name", STR_DATA(im->bound));
        field_value(t, b, "value", im->value);
        break;
    default: break;
    }
    end(s);
}

static void gc_event(JsonSink *s, const Event *ev) {
    Tracer *t = s->base.tracer;
    const GcEvent *g = &ev->gc;
    StrBuf *b;
    switch (ev->kind) {
    case EV_GC_FOUND: {
        Cycles c;
        if (!cycles_find(g->unreachable, &c)) {
            trace_lost_memory(t);
            break;
        }
        b = begin(s, ev, "gc");
        field_int(b, "generation", g->generation);
        field_int(b, "examined", (long long)g->examined);
        field_int(b, "unreachable", (long long)c.n);
        key(b, "groups");
        strbuf_puts(b, "[");
        bool first_group = true;
        for (size_t first = 0; first < c.n; first++) {
            if (c.group[first] != first) continue;
            strbuf_puts(b, first_group ? "[" : ", [");
            first_group = false;
            bool comma = false;
            for (size_t i = first; i < c.n; i++) {
                if (c.group[i] != first) continue;
                if (comma) strbuf_puts(b, ", ");
                StrBuf label;
                strbuf_init(&label);
                names_label(t, &label, c.objects[i]);
                string_n(b, label.data, label.len);
                strbuf_free(&label);
                comma = true;
            }
            strbuf_puts(b, "]");
        }
        strbuf_puts(b, "]");
        cycles_free(&c);
        break;
    }
    case EV_GC_FINALIZER:
        b = begin(s, ev, "del");
        key(b, "object");
        put_value(t, b, g->object, true);
        break;
    case EV_WEAKREF_CLEARED:
        b = begin(s, ev, "weakref_cleared");
        key(b, "weakref");
        put_value(t, b, g->object, true);
        key(b, "object");
        put_value(t, b, g->referent, true);
        break;
    case EV_WEAKREF_CALLBACK:
        b = begin(s, ev, "weakref_callback");
        key(b, "weakref");
        put_value(t, b, g->object, true);
        break;
    case EV_GC_DONE:
        b = begin(s, ev, "done");
        field_int(b, "generation", g->generation);
        field_int(b, "freed", (long long)g->freed);
        field_int(b, "resurrected", (long long)g->resurrected);
        key(b, "ms");
        if (t->show_times) strbuf_printf(b, "%.3f", g->seconds * 1e3);
        else strbuf_puts(b, "null");
        break;
    default:
        return;
    }
    end(s);
}

/* --trace=gil: one object per change of hands; times in ms (null under
 * --trace-times=no) */
static void async_event(JsonSink *s, const Event *ev) {
    static const char *const steps[] = {
        [ASYNC_LOOP_START] = "loop_start", [ASYNC_LOOP_STOP] = "loop_stop", [ASYNC_TASK_NEW] = "task",
        [ASYNC_READY] = "ready", [ASYNC_RESUME] = "resume", [ASYNC_SUSPEND] = "suspend",
        [ASYNC_YIELD] = "pass", [ASYNC_DONE] = "done", [ASYNC_CANCEL] = "cancel",
        [ASYNC_TIMER] = "timer", [ASYNC_WAIT] = "wait", [ASYNC_WAKE] = "wake",
        [ASYNC_RENAME] = "rename",
    };
    Tracer *t = s->base.tracer;
    const AsyncEvent *a = &ev->aio;
    StrBuf *b = begin(s, ev, steps[a->step]);
    if (a->task) field_str(b, "task", a->task);
    switch (a->step) {
    case ASYNC_TASK_NEW:
        field_str(b, "coro", a->what ? a->what : "");
        break;
    case ASYNC_READY:
    case ASYNC_WAKE:
        key(b, "callbacks");
        strbuf_appendc(b, '[');
        for (long i = 0; a->value && i < a->count; i++) {
            if (i) strbuf_puts(b, ", ");
            string_n(b, STR_DATA(TUPLE_GET(a->value, i)), strlen(STR_DATA(TUPLE_GET(a->value, i))));
        }
        strbuf_appendc(b, ']');
        break;
    case ASYNC_RESUME:
        if (a->value) field_str(b, "thrown", TYPE_NAME(a->value));
        break;
    case ASYNC_SUSPEND:
        field_str(b, "waits_for", a->what ? a->what : "");
        break;
    case ASYNC_DONE:
        field_str(b, "outcome", a->what ? a->what : "");
        field_value(t, b, "value", a->value);
        break;
    case ASYNC_CANCEL:
        if (a->what) field_str(b, "msg", a->what);
        break;
    case ASYNC_RENAME:
        field_str(b, "name", a->what ? a->what : "");
        break;
    case ASYNC_TIMER:
        field_str(b, "callback", a->what ? a->what : "");
        key(b, "delay_s");
        strbuf_printf(b, "%g", a->seconds);
        break;
    case ASYNC_WAIT:
        key(b, "seconds");
        if (a->seconds < 0) strbuf_puts(b, "\"forever\"");
        else if (t->show_times) strbuf_printf(b, "%.3f", a->seconds);
        else strbuf_puts(b, "null");
        break;
    default:
        break;
    }
    end(s);
}

static void gil_event(JsonSink *s, const Event *ev) {
    static const char *const steps[] = {
        [GIL_START] = "start", [GIL_ACQUIRE] = "acquire", [GIL_RELEASE] = "release",
        [GIL_SWITCH] = "switch", [GIL_END] = "end", [GIL_SUMMARY] = "summary",
    };
    Tracer *t = s->base.tracer;
    const GilEvent *g = &ev->gil;
    StrBuf *b = begin(s, ev, steps[g->step]);
    switch (g->step) {
    case GIL_START:
        field_int(b, "started", g->thread);
        field_str(b, "name", g->name ? g->name : "");
        break;
    case GIL_ACQUIRE:
        key(b, "waited_ms");
        if (t->show_times) strbuf_printf(b, "%.3f", (double)g->waited_ns / 1e6);
        else strbuf_puts(b, "null");
        break;
    case GIL_RELEASE:
        field_str(b, "call", g->call ? g->call : "");
        if (g->caller) field_str(b, "caller", g->caller);
        break;
    case GIL_SWITCH:
        field_str(b, "reason", g->switch_every ? "switch-every" : "interval");
        field_int(b, g->switch_every ? "instructions" : "interval_us", (long long)g->quantum);
        if (ev->frame && ev->frame->code) {
            field_str(b, "func", STR_DATA(ev->frame->code->qualname));
            field_int(b, "line", ev->line);
            field_bool(b, "entering", ev->index < 0);
        }
        break;
    case GIL_SUMMARY:
        field_int(b, "of", g->thread);
        field_str(b, "name", g->name ? g->name : "");
        field_int(b, "acquisitions", (long long)g->acquisitions);
        field_int(b, "switches", (long long)g->switches);
        field_int(b, "releases", (long long)g->releases);
        field_bool(b, "alive", g->alive);
        key(b, "held_ms");
        if (t->show_times) strbuf_printf(b, "%.3f", (double)g->held_ns / 1e6);
        else strbuf_puts(b, "null");
        key(b, "waited_ms");
        if (t->show_times) strbuf_printf(b, "%.3f", (double)g->waited_ns / 1e6);
        else strbuf_puts(b, "null");
        break;
    default:
        break;
    }
    if (g->step == GIL_RELEASE || g->step == GIL_SWITCH || g->step == GIL_END) {
        key(b, "to");
        if (g->to) strbuf_printf(b, "%d", g->to);
        else strbuf_puts(b, "null");
        if (g->to) field_str(b, "to_name", g->to_name ? g->to_name : "");
        if (g->to_in_call) field_bool(b, "to_in_call", true);
    }
    end(s);
}

/* ---- the sink ---------------------------------------------------------------------- */

static void json_event(TraceSink *sink, ThreadState *ts, const Event *ev) {
    JsonSink *s = (JsonSink *)sink;
    switch (ev->kind) {
    case EV_LINE: line_event(s, ts, ev); break;
    case EV_OP: op_event(s, ts, ev); break;
    case EV_SPECIALISE: specialise_event(s, ev); break;
    case EV_CALL: call_event(s, ev); break;
    case EV_RESUME:
    case EV_RETURN:
    case EV_YIELD:
    case EV_RAISE:
    case EV_UNWIND:
    case EV_EXIT: flow_event(s, ev); break;
    case EV_NAME: name_event(s, ev); break;
    case EV_UNBOUND_LOCAL: explain_event(s, ev); break;
    case EV_TABLE_SEARCH:
    case EV_TABLE_PROBE:
    case EV_TABLE_EQ:
    case EV_TABLE_DONE:
    case EV_TABLE_RESIZE:
    case EV_SEQ_SEARCH:
    case EV_TABLE_STATS: table_event(s, ts, ev); break;
    case EV_MEM_SHOW: memory_event(s, ev); break;
    case EV_GC_FOUND:
    case EV_GC_FINALIZER:
    case EV_GC_DONE:
    case EV_WEAKREF_CLEARED:
    case EV_WEAKREF_CALLBACK: gc_event(s, ev); break;
    case EV_IMPORT: import_event(s, ev); break;
    case EV_GIL: gil_event(s, ev); break;
    case EV_ASYNC: async_event(s, ev); break;
    default: break;
    }
}

static void json_finish(TraceSink *sink, ThreadState *ts) { fflush(sink->tracer->out); }

static void json_free(TraceSink *sink) {
    JsonSink *s = (JsonSink *)sink;
    strbuf_free(&s->line);
    free(s);
}

static const SinkOps json_ops = {json_event, json_finish, json_free};

TraceSink *json_sink_new(Tracer *t) {
    JsonSink *s = calloc(1, sizeof(JsonSink));
    if (!s) return NULL;           /* trace_start: no narration */
    s->base = (TraceSink){&json_ops, t};
    strbuf_init(&s->line);
    return &s->base;
}
