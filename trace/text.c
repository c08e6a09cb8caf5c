/* text.c -- the text sink: the narration a person reads aloud (default;
 * stderr or --trace-out).
 *
 * One line an event, a label column first (line, op, call, load, probe,
 * new, gc, ...), then the frame's call depth as indentation, then what
 * happened. Every line fits the width of the terminal (COLUMNS, or 100
 * when the narration does not go to a terminal): a value too long is
 * shortened with '…', and the name columns of --trace=scope widen once,
 * from the longest name in the program, so they stay aligned.
 *
 * It renders; it never finds anything out. Values come from trace/names.h
 * (no Python code runs), instructions from vm/dis.c's dis_instruction()
 * (the one decoder --dis uses), source lines from runtime/source.c. The
 * only state it keeps is about layout: the column widths, and the dict
 * searches whose last probe is held back so that a search decided by its
 * first probe prints as one line.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sink.h"
#include "names.h"
#include "cycles.h"
#include "runtime/interp.h"
#include "runtime/source.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/func.h"
#include "runtime/dict.h"
#include "runtime/gen.h"
#include "runtime/code.h"
#include "runtime/frame.h"
#include "vm/dis.h"
#include "common/colour.h"

#define LABEL_WIDTH 7
#define VALUE_MIN 16              /* a value keeps at least this many columns */
#define MAX_WALKS 16              /* dict searches inside searches (a Python __eq__) */

/* A dict or set search being narrated: its heading, and its last probe,
 * held back until the next event shows whether the search ends there. */
typedef struct Walk {
    Object *table, *key;
    int64_t hash;
    TableAction action;
    size_t nslots;
    int depth;
    uint32_t probes;
    bool shown;                   /* the heading has been printed */
    bool has_pending;
    size_t slot;                  /* the pending probe ... */
    ProbeFinding finding;
    ptrdiff_t entry;
    int eq;
    char *found;                  /* the key found there, as shown (common/rawmem.h) or NULL */
    char eq_by[48];               /* "==" or "Key.__eq__" */
} Walk;

typedef struct TextSink {
    TraceSink base;
    StrBuf line;
    int where_width, name_width;  /* --trace=scope's columns */
    bool columns_set;
    Walk walks[MAX_WALKS];
    int nwalks;
    char cwd[4096];               /* --trace=import shows paths under it relative to it */
    int thread;                   /* the thread of the event being rendered, once a second
                                     thread was started (0: one thread, no tag) */
    const char *process;          /* the process that reported it, in a child of fork()
                                     (NULL: the first process, no tag) */
    ColourMarks marks;            /* the coloured parts of `line` (common/colour.h): the line
                                     itself stays plain text, so widths count columns only */
    StrBuf *into;                 /* the browser view's narration: lines go here (NULL: to
                                     the tracer's file) */
} TextSink;

/* ---- lines ----------------------------------------------------------------- */

static Tracer *tracer(TextSink *s) { return s->base.tracer; }

/* Colour the line from byte [from] to its end as [role]. */
static void paint_from(TextSink *s, size_t from, ColourRole role) { colour_mark(&s->marks, from, s->line.len, role); }

/* The labels of errors are red; the others are the category colour. */
static ColourRole label_role(const char *label) {
    static const char *const errors[] = {"raise", "unwind", "missing"};
    for (size_t i = 0; i < ARRAY_LEN(errors); i++)
        if (strcmp(label, errors[i]) == 0) return COLOUR_ERROR;
    return COLOUR_LABEL;
}

static StrBuf *begin(TextSink *s, const char *label, int depth) {
    StrBuf *b = &s->line;
    strbuf_reset(b);
    colour_clear(&s->marks);
    if (s->process) strbuf_printf(b, "[%s] ", s->process); /* which process, in a child of fork() */
    if (s->thread) strbuf_printf(b, "T%d ", s->thread);    /* whose event, once there are threads */
    size_t from = b->len;
    strbuf_printf(b, "%-*s", LABEL_WIDTH, label);
    colour_mark(&s->marks, from, from + strlen(label), label_role(label));
    for (int i = 0; i < depth; i++) strbuf_puts(b, "  ");
    return b;
}

/* Columns left on the line for a value followed by [reserve] more. */
static size_t room(TextSink *s, size_t reserve) {
    size_t used = text_columns(s->line.data, s->line.len) + reserve;
    size_t width = (size_t)tracer(s)->width;
    return used + VALUE_MIN < width ? width - used : VALUE_MIN;
}

static void pad_to(StrBuf *b, size_t from, size_t cols) {
    size_t n = text_columns(b->data + from, b->len - from);
    while (n++ < cols) strbuf_appendc(b, ' ');
}

static void put_line(TextSink *s, StrBuf *b) {
    while (b->len && b->data[b->len - 1] == ' ') b->data[--b->len] = '\0';
    text_fit(b, 0, (size_t)tracer(s)->width);
    strbuf_appendc(b, '\n');
    if (s->into) {
        strbuf_append(s->into, b->data, b->len);
        return;
    }
    FILE *out = tracer(s)->out;
    if (out == stderr) fflush(stdout);     /* keep the program's output and the narration in order */
    if (tracer(s)->colour) colour_write(out, b->data, b->len, &s->marks);
    else fwrite(b->data, 1, b->len, out);
}

static void end(TextSink *s) { put_line(s, &s->line); }

/* End the line with " · [tail]", or, when that would not fit, put the tail
 * on a line of its own under the text: words are cut only as a last resort. */
static void end_with(TextSink *s, int depth, const char *tail) {
    StrBuf *b = &s->line;
    size_t cols = text_columns(b->data, b->len) + 3 + text_columns(tail, strlen(tail));
    if (cols > (size_t)tracer(s)->width) {
        end(s);
        b = begin(s, "", depth);
        strbuf_puts(b, "    \u2192 ");
        strbuf_puts(b, tail);
    } else {
        strbuf_printf(b, " \u00b7 %s", tail);
    }
    end(s);
}

static void value(TextSink *s, Object *o, size_t reserve) {
    size_t from = s->line.len;
    names_repr(tracer(s), &s->line, o, room(s, reserve));
    paint_from(s, from, COLOUR_VALUE);
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static CodeObject *code_of(const Event *ev) { return ev->frame ? ev->frame->code : NULL; }

/* ---- lines, calls, instructions ---------------------------------------------- */

static void show_line(TextSink *s, ThreadState *ts, const Event *ev) {
    CodeObject *co = code_of(ev);
    StrBuf *b = begin(s, "line", trace_depth(ev));
    size_t from = b->len;
    strbuf_printf(b, "%s:%d", base_name(STR_DATA(co->filename)), ev->line);
    paint_from(s, from, COLOUR_PLACE);
    pad_to(b, from, 16);
    strbuf_appendc(b, ' ');
    size_t len;
    const char *text = source_line(ts->interp, STR_DATA(co->filename), ev->line, &len);
    while (text && len && (*text == ' ' || *text == '\t')) text++, len--;
    if (text) strbuf_append(b, text, len);
    end(s);
}

static void show_op(TextSink *s, ThreadState *ts, const Event *ev) {
    CodeObject *co = code_of(ev);
    StrBuf *b = begin(s, "op", trace_depth(ev));
    StrBuf ins;
    strbuf_init(&ins);
    ColourMarks marks;
    colour_clear(&marks);
    dis_instruction_marked(ts, &ins, co, ev->index, false, false, false, &marks);
    /* the instruction without dis's line-number and jump-target columns */
    size_t from = b->len, skip = ins.len > 10 ? 10 : 0;
    strbuf_puts(b, ins.data ? ins.data + skip : "");
    strbuf_free(&ins);
    for (int i = 0; i < marks.n; i++)
        if (marks.mark[i].from >= skip)
            colour_mark(&s->marks, from + marks.mark[i].from - skip, from + marks.mark[i].to - skip, marks.mark[i].role);
    pad_to(b, from, 48);
    strbuf_puts(b, " stack: [");
    /* the value stack, bottom to top; when it does not fit, the top stays */
    Object **base = frame_stack_base(ev->frame), **top = ev->stack_top;
    size_t avail = room(s, 1), n = (size_t)(top - base);
    StrBuf items;
    strbuf_init(&items);
    size_t shown = 0;
    for (Object **p = top; p > base; p--) {
        StrBuf one;
        strbuf_init(&one);
        names_repr(tracer(s), &one, p[-1], 40);
        size_t cols = text_columns(items.data ? items.data : "", items.len) + text_columns(one.data, one.len) + 2;
        if (shown && cols + 3 > avail) {
            strbuf_free(&one);
            break;
        }
        /* prepend: items are collected from the top down */
        if (shown) strbuf_puts(&one, ", ");
        strbuf_append(&one, items.data ? items.data : "", items.len);
        strbuf_free(&items);
        items = one;
        shown++;
    }
    size_t at = b->len;
    if (shown < n) strbuf_puts(b, "\u2026, ");
    if (items.len) strbuf_append(b, items.data, items.len);
    strbuf_free(&items);
    paint_from(s, at, COLOUR_VALUE);
    strbuf_puts(b, "]");
    end(s);
}

static void show_call(TextSink *s, ThreadState *ts, const Event *ev) {
    Frame *f = ev->frame;
    CodeObject *co = f->code;
    StrBuf *b = begin(s, "call", trace_depth(ev));
    size_t at = b->len;
    strbuf_puts(b, STR_DATA(co->qualname));
    paint_from(s, at, COLOUR_NAME);
    strbuf_appendc(b, '(');
    int nargs = trace_argument_count(co);
    for (int i = 0; i < nargs; i++) {
        strbuf_printf(b, "%s%s=", i ? ", " : "", STR_DATA(TUPLE_GET(co->varnames, i)));
        at = b->len;
        names_repr(tracer(s), b, trace_argument_value(f, i), 24);
        paint_from(s, at, COLOUR_VALUE);
    }
    strbuf_puts(b, ")   ");
    at = b->len;
    strbuf_printf(b, "%s:%d", base_name(STR_DATA(co->filename)), co->firstlineno);
    paint_from(s, at, COLOUR_PLACE);
    /* the cells the function captured: its closure (on a line of its own
     * when it does not fit) */
    Object *closure = f->closure;
    if (!closure || !TUPLE_SIZE(closure)) {
        end(s);
        return;
    }
    StrBuf cells;
    strbuf_init(&cells);
    strbuf_puts(&cells, "captured:");
    for (size_t i = 0; i < TUPLE_SIZE(closure) && i < (size_t)co->nfrees; i++) {
        Object *cell = TUPLE_GET(closure, i);
        Object *v = TYPE(cell) == &CellType ? CELL_GET(cell) : NULL;
        strbuf_printf(&cells, " %s=", STR_DATA(TUPLE_GET(co->freevars, i)));
        if (v) names_repr(tracer(s), &cells, v, 24);
        else strbuf_puts(&cells, "(empty)");
        strbuf_printf(&cells, " (cell of %s)", co->free_owners ? STR_DATA(TUPLE_GET(co->free_owners, i)) : "?");
    }
    if (text_columns(b->data, b->len) + 3 + text_columns(cells.data, cells.len) > (size_t)tracer(s)->width) {
        end(s);
        b = begin(s, "", trace_depth(ev));
        strbuf_puts(b, "    ");
    } else {
        strbuf_puts(b, "   ");
    }
    strbuf_append(b, cells.data, cells.len);
    strbuf_free(&cells);
    end(s);
}

static void show_resume(TextSink *s, const Event *ev) {
    CodeObject *co = code_of(ev);
    StrBuf *b = begin(s, "resume", trace_depth(ev));
    strbuf_printf(b, "%s   %s:%d (after its yield)", STR_DATA(co->qualname), base_name(STR_DATA(co->filename)),
                  ev->line);
    end(s);
}

static void show_return(TextSink *s, const Event *ev) {
    CodeObject *co = code_of(ev);
    bool yield = ev->kind == EV_YIELD;
    StrBuf *b = begin(s, yield ? "yield" : "return", trace_depth(ev));
    size_t at = b->len;
    strbuf_puts(b, STR_DATA(co->qualname));
    paint_from(s, at, COLOUR_NAME);
    strbuf_printf(b, " %s ", yield ? "yields" : "->");
    if (ev->kind == EV_EXIT) {
        at = b->len;
        strbuf_printf(b, "(exception %s)", TYPE_NAME(ev->value));
        paint_from(s, at, COLOUR_ERROR);
    } else {
        value(s, ev->value, 0);
    }
    end(s);
}

static void show_raise(TextSink *s, const Event *ev) {
    CodeObject *co = code_of(ev);
    StrBuf *b = begin(s, ev->kind == EV_RAISE ? "raise" : "unwind", trace_depth(ev));
    StrBuf where;
    strbuf_init(&where);
    strbuf_printf(&where, "   in %s at %s:%d", STR_DATA(co->qualname), base_name(STR_DATA(co->filename)), ev->line);
    size_t at = b->len;
    strbuf_puts(b, TYPE_NAME(ev->value));
    paint_from(s, at, COLOUR_ERROR);
    StrBuf msg;
    strbuf_init(&msg);
    names_exception_message(tracer(s), &msg, ev->value, room(s, text_columns(where.data, where.len) + 2));
    if (msg.len) {
        strbuf_puts(b, ": ");
        strbuf_append(b, msg.data, msg.len);
    }
    strbuf_append(b, where.data, where.len);
    strbuf_free(&msg);
    strbuf_free(&where);
    end(s);
}

/* ---- names: lessons 3, 4 and 9 ---------------------------------------------------- */

static size_t max_name(Object *tuple, size_t w) {
    for (size_t i = 0; tuple && i < TUPLE_SIZE(tuple); i++) {
        size_t n = text_columns(STR_DATA(TUPLE_GET(tuple, i)), STR_SIZE(TUPLE_GET(tuple, i)));
        if (n > w) w = n;
    }
    return w;
}

/* The widest name and "function:line" of [co] and the code nested in it. */
static void measure(CodeObject *co, size_t *name_w, size_t *where_w, int depth) {
    *name_w = max_name(co->varnames, max_name(co->names, max_name(co->cellvars, max_name(co->freevars, *name_w))));
    int last = co->ncode ? co->positions[co->ncode - 1].line : co->firstlineno;
    for (size_t i = 0; i < co->ncode; i++)
        if (co->positions[i].line > last) last = co->positions[i].line;
    char where[160];
    size_t n = (size_t)snprintf(where, sizeof where, "%s:%d", STR_DATA(co->name), last);
    if (n > *where_w) *where_w = n;
    for (size_t i = 0; depth < 8 && i < TUPLE_SIZE(co->consts); i++)
        if (TYPE(TUPLE_GET(co->consts, i)) == &CodeType)
            measure((CodeObject *)TUPLE_GET(co->consts, i), name_w, where_w, depth + 1);
}

/* The columns widen once, for the program met first, and never narrow. */
static void set_columns(TextSink *s, CodeObject *co) {
    size_t name_w = 8, where_w = 12;
    measure(co, &name_w, &where_w, 0);
    if (name_w > 12) name_w = 12;
    if (where_w > 16) where_w = 16;
    if ((int)name_w > s->name_width) s->name_width = (int)name_w;
    if ((int)where_w > s->where_width) s->where_width = (int)where_w;
    s->columns_set = true;
}

static const char *const scope_names[] = {
    [SCOPE_LOCAL] = "LOCAL", [SCOPE_CELL] = "CELL", [SCOPE_FREE] = "FREE",
    [SCOPE_GLOBAL_IMPLICIT] = "GLOBAL_IMPLICIT", [SCOPE_GLOBAL_EXPLICIT] = "GLOBAL_EXPLICIT",
    [SCOPE_NAME_MODULE] = "GLOBAL (module)", [SCOPE_NAME_CLASS] = "NAME (class)", [SCOPE_CLASS_FREE] = "FREE",
};

static const char *const place_letters[] = {
    [PLACE_SLOT] = "L", [PLACE_CELL] = "E", [PLACE_CLASS_NS] = "class namespace", [PLACE_GLOBALS] = "G",
    [PLACE_BUILTINS] = "B",
};

/* "G: miss · B: hit" -- the steps of a search, in order. */
static void search_steps(StrBuf *b, const NameEvent *n, bool first) {
    for (int i = 0; i < n->nsteps; i++) {
        if (!first || i) strbuf_puts(b, " \u00b7 ");
        strbuf_printf(b, "%s: %s", place_letters[n->steps[i].place], n->steps[i].hit ? "hit" : "miss");
    }
}

/* Where the VM looked for the name, or stored it: "L: slot 0 · hit",
 * "E: cell of outer", "G: miss · B: hit" (a GLOBAL_* name: the compiler
 * left L and E out), "G: miss · B: hit · cached" (LOAD_GLOBAL's cache
 * answered: the search that filled it found this, and neither dict's
 * version changed since). */
static void describe_search(StrBuf *b, const Event *ev) {
    const NameEvent *n = &ev->name;
    CodeObject *co = code_of(ev);
    bool load = n->action == NAME_LOAD;
    const char *found = load ? (n->value ? " \u00b7 hit" : " \u00b7 empty") : "";
    switch (n->scope) {
    case SCOPE_LOCAL:
        strbuf_printf(b, "L: slot %d%s", n->slot, found);
        return;
    case SCOPE_CELL:
        strbuf_printf(b, "L: own cell, shared with inner functions%s", found);
        return;
    case SCOPE_FREE: {
        int i = n->slot - co->ncells;
        strbuf_printf(b, "E: cell of %s%s%s", co->free_owners && i >= 0 ? STR_DATA(TUPLE_GET(co->free_owners, i)) : "?",
                      n->action == NAME_STORE ? " (nonlocal)" : "", found);
        return;
    }
    case SCOPE_CLASS_FREE:
        strbuf_puts(b, "class namespace: ");
        strbuf_puts(b, n->nsteps && n->steps[0].hit ? "hit" : "miss");
        if (!(n->nsteps && n->steps[0].hit)) strbuf_printf(b, " \u00b7 E: enclosing cell: %s", n->value ? "hit" : "empty");
        return;
    case SCOPE_GLOBAL_IMPLICIT:
    case SCOPE_GLOBAL_EXPLICIT:
        if (!load) {
            strbuf_puts(b, "G");            /* the module's globals */
            return;
        }
        search_steps(b, n, true);
        if (n->cached) strbuf_puts(b, " \u00b7 cached");   /* the versions: in the JSON */
        return;
    case SCOPE_NAME_MODULE:
    case SCOPE_NAME_CLASS:
        if (!load) {
            strbuf_puts(b, n->scope == SCOPE_NAME_MODULE ? "G" : "class namespace");
            return;
        }
        search_steps(b, n, true);
        return;
    }
}

/* "load  inner:34  print  GLOBAL_IMPLICIT G: miss · B: hit → <built-in function print>":
 * where, the name, the compiler's scope, the search, the value. The columns
 * line up; a line that would not fit with them gives up its padding before
 * its value is shortened. */
static void show_name(TextSink *s, const Event *ev) {
    const NameEvent *n = &ev->name;
    CodeObject *co = code_of(ev);
    if (!s->columns_set) set_columns(s, co);
    static const char *const actions[] = {"load", "store", "delete"};
    StrBuf tail;
    strbuf_init(&tail);
    describe_search(&tail, ev);
    size_t search_cols = text_columns(tail.data, tail.len), search_bytes = tail.len;
    if (n->action == NAME_STORE) {
        strbuf_puts(&tail, " \u2190 ");
        names_repr(tracer(s), &tail, n->value, 0);
    } else if (n->action == NAME_LOAD) {
        strbuf_puts(&tail, " \u2192 ");
        if (n->value) names_repr(tracer(s), &tail, n->value, 0);
        else if (n->scope == SCOPE_LOCAL || n->scope == SCOPE_CELL || n->scope == SCOPE_FREE ||
                 n->scope == SCOPE_CLASS_FREE)
            strbuf_puts(&tail, "(unbound)");
        else
            strbuf_puts(&tail, "not found anywhere: NameError");
    }
    char where[200];
    snprintf(where, sizeof where, "%s:%d", STR_DATA(co->name), ev->line);
    size_t where_cols = text_columns(where, strlen(where)), name_cols = text_columns(STR_DATA(n->name), STR_SIZE(n->name));
    const char *scope = scope_names[n->scope];
    size_t pads[3] = {(size_t)s->where_width > where_cols ? (size_t)s->where_width - where_cols : 0,
                      (size_t)s->name_width > name_cols ? (size_t)s->name_width - name_cols : 0,
                      15 > strlen(scope) ? 15 - strlen(scope) : 0};
    /* too long: give up padding, the last column's first -- but only as
     * much as a value of up to 40 columns needs; a longer one is cut */
    size_t value_cols = text_columns(tail.data, tail.len) - search_cols;
    size_t cols = LABEL_WIDTH + 2 * (size_t)trace_depth(ev) + where_cols + name_cols + strlen(scope) + 3 +
                  pads[0] + pads[1] + pads[2] + search_cols + (value_cols < 43 ? value_cols : 43);
    for (int i = 2; i >= 0 && cols > (size_t)tracer(s)->width; i--) {
        size_t take = cols - (size_t)tracer(s)->width < pads[i] ? cols - (size_t)tracer(s)->width : pads[i];
        pads[i] -= take;
        cols -= take;
    }
    StrBuf *b = begin(s, actions[n->action], trace_depth(ev));
    size_t at = b->len;
    strbuf_puts(b, where);
    paint_from(s, at, COLOUR_PLACE);
    strbuf_printf(b, "%*s ", (int)pads[0], "");
    at = b->len;
    strbuf_puts(b, STR_DATA(n->name));
    paint_from(s, at, COLOUR_NAME);
    strbuf_printf(b, "%*s %s%*s ", (int)pads[1], "", scope, (int)pads[2], "");
    at = b->len;
    strbuf_append(b, tail.data, tail.len);
    /* the value, after the search's arrow */
    if (n->action != NAME_DELETE && tail.len >= search_bytes + 5)
        colour_mark(&s->marks, at + search_bytes + 5, b->len, n->value ? COLOUR_VALUE : COLOUR_ERROR);
    strbuf_free(&tail);
    end(s);
}

/* A long explanation: wrapped at spaces, the rest indented under it. */
/* --trace=op: the adaptive interpreter's decisions (issue 18, lesson 11):
 *   op    LOAD_ATTR → LOAD_ATTR_WITH_HINT: Point instances, __dict__ entry 0
 *   op    BINARY_OP stays generic: the operands are not of the types it handles · next try in 15 runs
 *   op    BINARY_OP_ADD_INT missed: the operands are not of the types it handles; ran BINARY_OP · 15 misses left
 *   op    BINARY_OP_ADD_INT → BINARY_OP: deoptimised, ... · next try in 31 runs */
static void show_specialise(TextSink *s, const Event *ev) {
    const SpecEvent *e = &ev->spec;
    int depth = trace_depth(ev);
    StrBuf *b = begin(s, "op", depth);
    char tail[64];
    switch (e->step) {
    case SPEC_STEP_SPECIALISED:
        strbuf_printf(b, "%s \u2192 %s", e->from, e->to);
        if (e->detail[0]) strbuf_printf(b, ": %s", e->detail);
        end(s);
        return;
    case SPEC_STEP_STAYED:
        strbuf_printf(b, "%s stays generic: %s", e->from, e->why);
        snprintf(tail, sizeof tail, "next try in %d runs", e->count);
        break;
    case SPEC_STEP_MISS:
        strbuf_printf(b, "%s missed: %s; ran %s", e->from, e->why, e->to);
        snprintf(tail, sizeof tail, "%d miss%s left", e->count, e->count == 1 ? "" : "es");
        break;
    case SPEC_STEP_DEOPT:
        strbuf_printf(b, "%s \u2192 %s: deoptimised, %s", e->from, e->to, e->why);
        snprintf(tail, sizeof tail, "next try in %d runs", e->count);
        break;
    }
    end_with(s, depth, tail);
}

static void show_explanation(TextSink *s, const Event *ev) {
    CodeObject *co = code_of(ev);
    const char *name = STR_DATA(ev->unbound.name), *func = STR_DATA(co->name);
    StrBuf text;
    strbuf_init(&text);
    if (ev->unbound.assigned_at)
        strbuf_printf(&text,
                      "%s is local to %s because line %d assigns it, so every use in %s reads the local "
                      "slot -- which has no value yet (a global %s is never consulted)",
                      name, func, ev->unbound.assigned_at, func, name);
    else
        strbuf_printf(&text, "%s is local to %s and has no value yet", name, func);
    int depth = trace_depth(ev);
    const char *p = text.data;
    bool first = true;
    while (*p) {
        StrBuf *b = begin(s, first ? "explain" : "", depth);
        if (!first) strbuf_puts(b, "  ");
        size_t avail = room(s, 0), len = strlen(p);
        size_t cut = len;
        if (text_columns(p, len) > avail) {
            /* the last space that keeps the line within the width */
            size_t cols = 0, last_space = 0;
            for (size_t i = 0; i < len && cols < avail; i++) {
                if (((unsigned char)p[i] & 0xC0) == 0x80) continue;
                if (p[i] == ' ') last_space = i;
                cols++;
            }
            cut = last_space ? last_space : len;
        }
        strbuf_append(b, p, cut);
        end(s);
        p += cut;
        while (*p == ' ') p++;
        first = false;
    }
    strbuf_free(&text);
}

/* ---- hash tables: lessons 1 and 10 ------------------------------------------------ */

static Walk *top_walk(TextSink *s) { return s->nwalks ? &s->walks[s->nwalks - 1] : NULL; }

static const char *const action_names[] = {"lookup", "insert", "delete"};

/* 19 digits say no more than their ends: "4644417…3328019" (JSON keeps them all). */
static void put_hash(StrBuf *b, int64_t hash) {
    char digits[32];
    int n = snprintf(digits, sizeof digits, "%lld", (long long)hash);
    if (n > 15) strbuf_printf(b, "%.7s\u2026%s", digits, digits + n - 7);
    else strbuf_puts(b, digits);
}

/* "insert dict #1 <Key #3 n=9>  hash 1": the start of a search's line. */
static StrBuf *walk_title(TextSink *s, Walk *w) {
    StrBuf *b = begin(s, action_names[w->action], w->depth);
    names_label(tracer(s), b, w->table);
    strbuf_appendc(b, ' ');
    size_t at = b->len;
    names_describe(tracer(s), b, w->key, 40);
    paint_from(s, at, COLOUR_VALUE);
    strbuf_puts(b, "  hash ");
    put_hash(b, w->hash);
    return b;
}

static void walk_heading(TextSink *s, Walk *w) {
    StrBuf *b = walk_title(s, w);
    strbuf_printf(b, ": %zu slots, start at slot %zu", w->nslots, w->nslots ? (size_t)((uint64_t)w->hash & (w->nslots - 1)) : 0);
    end(s);
    w->shown = true;
}

/* "slot 3: entry 0 holds 'apple', same hash, == → False: a collision" */
static void describe_probe(StrBuf *b, const Walk *w, bool with_slot) {
    if (with_slot) strbuf_printf(b, "slot %zu: ", w->slot);
    if (w->finding == PROBE_EMPTY) { strbuf_puts(b, "empty"); return; }
    if (w->finding == PROBE_DUMMY) { strbuf_puts(b, "dummy (a deleted key was here)"); return; }
    if (w->entry >= 0) strbuf_printf(b, "entry %td ", w->entry);
    strbuf_printf(b, "holds %s", w->found ? w->found : "?");
    switch (w->finding) {
    case PROBE_OTHER_HASH: strbuf_puts(b, ", another hash"); break;
    case PROBE_COLLISION:
    case PROBE_MATCH:
        if (w->eq < 0) { strbuf_puts(b, ", the same object"); break; }
        strbuf_printf(b, ", same hash, %s \u2192 %s", w->eq_by, w->eq == 2 ? "raised" : w->eq ? "True" : "False");
        if (w->finding == PROBE_COLLISION && w->eq == 0) strbuf_puts(b, ": a collision");
        break;
    default:
        break;
    }
}

static void clear_pending(Walk *w) {
    rawmem_free(w->found);
    w->found = NULL;
    w->has_pending = false;
}

/* Print the held-back probe on a line of its own, [outcome] appended. */
static void print_pending(TextSink *s, Walk *w, const char *outcome) {
    StrBuf *b = begin(s, "probe", w->depth);
    strbuf_puts(b, "  ");
    describe_probe(b, w, true);
    if (outcome) end_with(s, w->depth, outcome);
    else end(s);
    clear_pending(w);
}

static void flush_walk(TextSink *s, Walk *w) {
    if (!w->shown) walk_heading(s, w);
    if (w->has_pending) print_pending(s, w, NULL);
}

static void outcome_text(char *buf, size_t cap, const TableEvent *t) {
    switch (t->outcome) {
    case OUTCOME_FOUND: snprintf(buf, cap, "found"); break;
    case OUTCOME_NOT_FOUND: snprintf(buf, cap, "not found"); break;
    case OUTCOME_EQ_RAISED: snprintf(buf, cap, "__eq__ raised"); break;
    case OUTCOME_VALUE_KEPT: snprintf(buf, cap, "found: value kept"); break;
    case OUTCOME_VALUE_REPLACED: snprintf(buf, cap, "found: value replaced"); break;
    case OUTCOME_GROWS_FIRST:
        snprintf(buf, cap, "not found; all %td entries of the %zu-slot table are used: it grows first", t->used,
                 t->nslots);
        break;
    case OUTCOME_NEW_ENTRY: snprintf(buf, cap, "new entry %td", t->entry); break;
    case OUTCOME_NEW_ENTRY_IN_DUMMY:
        snprintf(buf, cap, "new entry %td, indexed from slot %zu (a dummy, reused)", t->entry, t->slot);
        break;
    case OUTCOME_DELETED: snprintf(buf, cap, "entry %td deleted: its slot becomes a dummy", t->entry); break;
    case OUTCOME_ALREADY_THERE: snprintf(buf, cap, "already there: nothing to do"); break;
    case OUTCOME_STORED: snprintf(buf, cap, "stored here"); break;
    case OUTCOME_STORED_IN_DUMMY: snprintf(buf, cap, "stored in slot %zu (a dummy, reused)", t->slot); break;
    case OUTCOME_SET_DELETED: snprintf(buf, cap, "deleted: slot %zu becomes a dummy", t->slot); break;
    }
}

static void show_table(TextSink *s, ThreadState *ts, const Event *ev) {
    const TableEvent *t = &ev->table;
    Walk *w = top_walk(s);
    switch (ev->kind) {
    case EV_TABLE_SEARCH:
        if (s->nwalks == MAX_WALKS) return;
        w = &s->walks[s->nwalks++];
        *w = (Walk){.table = t->table, .key = t->key, .hash = t->hash, .action = t->action, .nslots = t->nslots,
                    .depth = trace_depth(ev)};
        return;
    case EV_TABLE_PROBE: {
        if (!w) return;
        if (w->has_pending) flush_walk(s, w);
        w->probes++;
        w->slot = t->slot;
        w->finding = t->finding;
        w->entry = t->entry;
        w->eq = t->eq;
        if (t->found) {
            StrBuf k;
            strbuf_init(&k);
            names_describe(tracer(s), &k, t->found, 40);
            w->found = strbuf_detach(&k);
            if (TYPE(t->found)->flags & TYPE_FLAG_HEAP) snprintf(w->eq_by, sizeof w->eq_by, "%s.__eq__", TYPE_NAME(t->found));
            else snprintf(w->eq_by, sizeof w->eq_by, "==");
        }
        w->has_pending = true;
        return;
    }
    case EV_TABLE_EQ:
        /* a Python __eq__ may print or be narrated itself: show the search so far */
        if (w && ((TYPE(t->found)->flags & TYPE_FLAG_HEAP) || (TYPE(w->key)->flags & TYPE_FLAG_HEAP))) flush_walk(s, w);
        return;
    case EV_TABLE_DONE: {
        if (!w) return;
        char outcome[200];
        outcome_text(outcome, sizeof outcome, t);
        if (w->shown || w->probes > 1) {
            if (!w->shown) walk_heading(s, w);
            if (w->has_pending) {
                print_pending(s, w, outcome);
            } else {
                StrBuf *b = begin(s, "probe", w->depth);
                strbuf_printf(b, "  %s", outcome);
                end(s);
            }
        } else {
            /* decided by its first probe, or by none: one line */
            StrBuf *b = walk_title(s, w);
            if (w->has_pending) {
                strbuf_printf(b, " \u2192 slot %zu of %zu: ", w->slot, w->nslots);
                describe_probe(b, w, false);
            } else {
                strbuf_puts(b, ": the table is empty");
            }
            end_with(s, w->depth, outcome);
        }
        clear_pending(w);
        s->nwalks--;
        return;
    }
    case EV_TABLE_RESIZE: {
        StrBuf *b = begin(s, "resize", trace_depth(ev));
        names_label(tracer(s), b, t->table);
        strbuf_printf(b, " %zu \u2192 %zu slots: %td key%s placed again", t->nslots, t->new_slots, t->used,
                      t->used == 1 ? "" : "s");
        if (t->dropped) strbuf_printf(b, ", %td deleted entr%s dropped", t->dropped, t->dropped == 1 ? "y" : "ies");
        end(s);
        return;
    }
    case EV_SEQ_SEARCH: {
        StrBuf *b = begin(s, "search", trace_depth(ev));
        names_label(tracer(s), b, t->table);
        strbuf_appendc(b, ' ');
        names_describe(tracer(s), b, t->key, 40);
        strbuf_printf(b, ": compared with %zu item%s, one by one \u00b7 %s", t->compared, t->compared == 1 ? "" : "s",
                      t->seq_found ? "found" : "not found");
        end(s);
        return;
    }
    case EV_TABLE_STATS: {
        TableStats *st = &ts->interp->table_stats;
        StrBuf *b = begin(s, "stats", 0);
        strbuf_printf(b, "%llu lookup%s, %llu probe%s, %llu comparison%s, %llu resize%s",
                      (unsigned long long)st->lookups, st->lookups == 1 ? "" : "s", (unsigned long long)st->probes,
                      st->probes == 1 ? "" : "s", (unsigned long long)st->comparisons,
                      st->comparisons == 1 ? "" : "s", (unsigned long long)st->resizes, st->resizes == 1 ? "" : "s");
        end(s);
        return;
    }
    default:
        return;
    }
}

/* ---- memory and the collector: lesson 6 ------------------------------------------ */

static bool is_instance_of_class(Object *o) {
    TypeObject *tp = TYPE(o);
    return (tp->flags & TYPE_FLAG_HEAP) && !(tp->flags & (TYPE_FLAG_TYPE_SUBCLASS | TYPE_FLAG_EXC_SUBCLASS));
}

/* "list #8 [1, 2, 3]", or for an instance "<Tracked #5 name='first'>" (its
 * number is inside), in at most [max] columns. */
static void object_title(TextSink *s, StrBuf *b, Object *o, size_t max) {
    size_t from = b->len;
    if (!is_instance_of_class(o)) {
        names_label(tracer(s), b, o);
        strbuf_appendc(b, ' ');
    }
    size_t used = text_columns(b->data + from, b->len - from);
    names_describe(tracer(s), b, o, max > used + 8 ? max - used : 8);
}

/* "new    list #8 [1, 2, 3]  refcount 1 · bound to name data": the reasons
 * are the lesson, so the value gives up columns first. */
static void show_memory(TextSink *s, const Event *ev) {
    const MemShowEvent *m = &ev->show;
    static const char *const labels[] = {"new", "meet", "ref", "free", "free"};
    StrBuf tail;
    strbuf_init(&tail);
    switch (m->show) {
    case SHOW_NEW:
    case SHOW_MEET:
        strbuf_printf(&tail, "  refcount %lld", (long long)m->refcnt);
        if (m->constant || m->interned)
            strbuf_printf(&tail, " (%s%s%s)", m->constant ? "a constant: its code object holds 1" : "",
                          m->constant && m->interned ? "; " : "",
                          m->interned ? "interned: the table of interned strings holds 2" : "");
        break;
    case SHOW_REF:
        if (m->refcnt == m->old_refcnt) strbuf_printf(&tail, "  refcount %lld (unchanged)", (long long)m->refcnt);
        else strbuf_printf(&tail, "  refcount %lld \u2192 %lld", (long long)m->old_refcnt, (long long)m->refcnt);
        break;
    case SHOW_FREE: strbuf_printf(&tail, "  refcount %lld \u2192 0", (long long)m->old_refcnt); break;
    case SHOW_TEMPORARY: strbuf_puts(&tail, "  a temporary: made and freed within the line"); break;
    }
    if (m->reasons && *m->reasons) strbuf_printf(&tail, " \u00b7 %s", m->reasons);
    StrBuf *b = begin(s, labels[m->show], trace_depth(ev));
    size_t at = b->len;
    if (m->show == SHOW_REF) names_label(tracer(s), b, m->object);
    else object_title(s, b, m->object, room(s, text_columns(tail.data, tail.len)));
    paint_from(s, at, COLOUR_VALUE);
    strbuf_append(b, tail.data, tail.len);
    strbuf_free(&tail);
    end(s);
}

/* An unreachable object as the narration names it; an instance's __dict__
 * is named after its instance. */
static void gc_label(TextSink *s, StrBuf *b, Object *o, const Cycles *c) {
    Tracer *t = tracer(s);
    Object *owner = TYPE(o) == &DictType ? cycles_dict_owner(c, o) : NULL;
    if (owner) {
        names_label(t, b, o);
        strbuf_puts(b, " (the __dict__ of ");
        names_label(t, b, owner);
        strbuf_puts(b, ")");
    } else if (TYPE(o)->flags & TYPE_FLAG_HEAP) {
        names_describe(t, b, o, 60);       /* <Node #4 name='a'> */
    } else {
        names_label(t, b, o);
        strbuf_appendc(b, ' ');
        names_describe(t, b, o, 40);
    }
}

static void show_gc(TextSink *s, const Event *ev) {
    const GcEvent *g = &ev->gc;
    int depth = trace_depth(ev);
    switch (ev->kind) {
    case EV_GC_FOUND: {
        Cycles c;
        if (!cycles_find(g->unreachable, &c)) {
            trace_lost_memory(tracer(s));
            return;
        }
        StrBuf *b = begin(s, "gc", depth);
        strbuf_printf(b, "generation %d: %zu object%s examined, %zu unreachable", g->generation, g->examined,
                      g->examined == 1 ? "" : "s", c.n);
        end(s);
        /* each group of objects that only refer to each other: one line */
        for (size_t first = 0; first < c.n; first++) {
            if (c.group[first] != first) continue;
            size_t members = 0;
            for (size_t i = first; i < c.n; i++) members += c.group[i] == first;
            b = begin(s, "cycle", depth);
            strbuf_printf(b, "  %s: ", members == 1 ? "refers only to itself" : "a cycle");
            bool comma = false;
            for (size_t i = first; i < c.n; i++) {
                if (c.group[i] != first) continue;
                if (comma) strbuf_puts(b, ", ");
                gc_label(s, b, c.objects[i], &c);
                comma = true;
            }
            end(s);
        }
        cycles_free(&c);
        return;
    }
    case EV_GC_FINALIZER: {
        StrBuf *b = begin(s, "del", depth);
        strbuf_puts(b, "  ");
        names_describe(tracer(s), b, g->object, room(s, 30));
        strbuf_printf(b, ": its %s runs (once: PEP 442)", TYPE(g->object) == &GenType ? "close()" : "__del__");
        end(s);
        return;
    }
    case EV_WEAKREF_CLEARED: {
        StrBuf *b = begin(s, "weakref", depth);
        strbuf_puts(b, "  a weak reference to ");
        names_describe(tracer(s), b, g->referent, room(s, 40));
        strbuf_puts(b, " is cleared: its object is dying");
        end(s);
        return;
    }
    case EV_WEAKREF_CALLBACK: {
        StrBuf *b = begin(s, "weakref", depth);
        strbuf_puts(b, "  its callback runs, given the cleared weak reference");
        end(s);
        return;
    }
    case EV_GC_DONE: {
        StrBuf *b = begin(s, "done", depth);
        strbuf_printf(b, "generation %d: %zu freed", g->generation, g->freed);
        if (g->resurrected) strbuf_printf(b, ", %zu brought back to life by a finalizer", g->resurrected);
        if (tracer(s)->show_times) strbuf_printf(b, " in %.3f ms", g->seconds * 1e3);
        end(s);
        return;
    }
    default:
        return;
    }
}

/* ---- the import system (lesson 8) ------------------------------------------------ */

static const char *file_base(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* [path] as a student would type it: relative to the current folder when it
 * lies under it, else whole. */
static const char *shown_path(TextSink *s, const char *path) {
    size_t n = strlen(s->cwd);
    if (n > 1 && strncmp(path, s->cwd, n) == 0 && path[n] == '/') return path + n + 1;
    return path;
}

/* `import a.b`, `from .. import x, y` -- the request as the program wrote it */
static void import_request(TextSink *s, StrBuf *b, const ImportEvent *im) {
    if (!im->fromlist) {
        strbuf_puts(b, STR_DATA(im->name));          /* after the label "import" */
        return;
    }
    for (int i = 0; i < im->level; i++) strbuf_appendc(b, '.');   /* after the label "from" */
    strbuf_printf(b, "%s import ", STR_DATA(im->name));
    Object *f = im->fromlist;
    size_t n = TYPE(f) == &TupleType ? TUPLE_SIZE(f) : TYPE(f) == &ListType ? LIST_SIZE(f) : 0;
    for (size_t i = 0; i < n; i++) {
        Object *item = TYPE(f) == &TupleType ? TUPLE_GET(f, i) : LIST_GET(f, i);
        if (i) strbuf_puts(b, ", ");
        if (TYPE(item) == &StrType) strbuf_append(b, STR_DATA(item), STR_SIZE(item));
        else names_repr(tracer(s), b, item, 20);
    }
    if (!n) names_repr(tracer(s), b, f, 40);
}

static void show_import(TextSink *s, const Event *ev) {
    const ImportEvent *im = &ev->import;
    int depth = trace_depth(ev);
    const char *name = im->name ? STR_DATA(im->name) : "";
    StrBuf *b;
    switch (im->step) {
    case IMPORT_REQUEST:
        b = begin(s, im->fromlist ? "from" : "import", depth);
        size_t at = b->len;
        import_request(s, b, im);
        paint_from(s, at, COLOUR_NAME);
        if (ev->frame && ev->line > 0)
            strbuf_printf(b, "   (%s, line %d)", file_base(STR_DATA(ev->frame->code->filename)), ev->line);
        break;
    case IMPORT_CACHED:
        b = begin(s, "cached", depth + 1);
        strbuf_printf(b, "%s: in sys.modules already: not searched, not run again", name);
        break;
    case IMPORT_BUILTIN:
        b = begin(s, "builtin", depth + 1);
        strbuf_printf(b, "%s: built into the interpreter, made from C", name);
        break;
    case IMPORT_SEARCH:
        b = begin(s, "search", depth + 1);
        if (strcmp(im->where, "sys.path") == 0) {
            strbuf_printf(b, "%s: not in sys.modules; searching sys.path", name);
        } else {
            const char *dot = strrchr(name, '.');
            strbuf_printf(b, "%s: not in sys.modules; searching %.*s.__path__", name,
                          (int)(dot ? dot - name : 0), name);
        }
        break;
    case IMPORT_PROBE:
        b = begin(s, "probe", depth + 2);
        strbuf_printf(b, "%s  %s", shown_path(s, im->path), im->found ? (im->package ? "found: a package" : "found")
                                                                       : "no such file");
        break;
    case IMPORT_NAMESPACE:
        b = begin(s, "probe", depth + 2);
        strbuf_printf(b, "%s/  a folder without __init__.py: %s is a namespace package", shown_path(s, im->path),
                      name);
        break;
    case IMPORT_EXEC:
        b = begin(s, "exec", depth + 1);
        strbuf_printf(b, "%s: put in sys.modules, then its code runs: %s", name, shown_path(s, im->path));
        break;
    case IMPORT_DONE:
        b = begin(s, "done", depth + 1);
        if (im->ok) strbuf_printf(b, "%s: its code ran to the end", name);
        else strbuf_printf(b, "%s: its code raised: taken out of sys.modules again", name);
        break;
    case IMPORT_NOT_FOUND:
        b = begin(s, "missing", depth + 1);
        strbuf_printf(b, "%s: in none of the folders: ModuleNotFoundError", name);
        break;
    case IMPORT_BIND: {
        /* where the name lives: a function's local, or a module's global */
        CodeObject *co = ev->frame ? ev->frame->code : NULL;
        StrBuf where;
        strbuf_init(&where);
        if (co && (co->flags & CO_OPTIMIZED)) strbuf_printf(&where, "a local of %s()", STR_DATA(co->qualname));
        else if (co && strcmp(STR_DATA(co->qualname), "<module>") == 0)
            strbuf_printf(&where, "a global of %s", file_base(STR_DATA(co->filename)));
        else if (co) strbuf_printf(&where, "in the body of class %s", STR_DATA(co->qualname));
        b = begin(s, "bind", depth);
        strbuf_printf(b, "%s = ", STR_DATA(im->bound));
        names_repr(tracer(s), b, im->value, room(s, where.len + 6));
        if (where.len) strbuf_printf(b, "   (%s)", where.data);
        strbuf_free(&where);
        break;
    }
    default:
        return;
    }
    end(s);
}

/* ---- threads and the GIL (lesson 5) ---------------------------------------------------- */

static void thread_label(StrBuf *b, int number, const char *name) {
    if (name && *name) strbuf_puts(b, name);
    else strbuf_printf(b, "thread %d", number);
}

/* " → Thread-2 (work)", or that nobody wants the lock */
static void handed_to(StrBuf *b, const GilEvent *g) {
    if (!g->to) {
        strbuf_puts(b, " \u2192 nobody");
        return;
    }
    strbuf_puts(b, " \u2192 ");
    thread_label(b, g->to, g->to_name);
    if (g->to_in_call) strbuf_puts(b, " (when its blocking call returns)");
}

/* "f()" for a function, "<module>" for a module's body */
static void function_label(StrBuf *b, const char *qualname) {
    strbuf_puts(b, qualname);
    if (qualname[0] != '<') strbuf_puts(b, "()");
}

/* ---- the event loop: lesson 7 ---------------------------------------------------- */

/* "a, b, c": the names of a READY or WAKE report (a tuple of str). */
static void callback_names(StrBuf *b, const AsyncEvent *a) {
    for (long i = 0; a->value && i < a->count; i++) {
        if (i) strbuf_puts(b, ", ");
        strbuf_puts(b, STR_DATA(TUPLE_GET(a->value, i)));
    }
}

static void show_async(TextSink *s, const Event *ev) {
    const AsyncEvent *a = &ev->aio;
    bool times = tracer(s)->show_times;
    const char *task = a->task ? a->task : "?";
    StrBuf *b;
    switch (a->step) {
    case ASYNC_LOOP_START:
        b = begin(s, "loop", 0);
        strbuf_puts(b, "the event loop starts");
        break;
    case ASYNC_LOOP_STOP:
        b = begin(s, "loop", 0);
        strbuf_puts(b, "the event loop stops");
        break;
    case ASYNC_TASK_NEW:
        b = begin(s, "task", 0);
        strbuf_printf(b, "%s made for %s(), ready to start", task, a->what ? a->what : "?");
        break;
    case ASYNC_READY:
        b = begin(s, "ready", 0);
        strbuf_printf(b, "%ld to run this round: ", a->count);
        callback_names(b, a);
        break;
    case ASYNC_RESUME:
        b = begin(s, "resume", 0);
        strbuf_puts(b, task);
        if (a->value) strbuf_printf(b, " goes on with %s thrown in", TYPE_NAME(a->value));
        else strbuf_puts(b, " goes on");
        break;
    case ASYNC_SUSPEND:
        b = begin(s, "await", 0);
        strbuf_printf(b, "%s waits for %s", task, a->what ? a->what : "a future");
        break;
    case ASYNC_YIELD:
        b = begin(s, "pass", 0);
        strbuf_printf(b, "%s lets the others run: back of the ready queue", task);
        break;
    case ASYNC_DONE:
        b = begin(s, "done", 0);
        strbuf_puts(b, task);
        if (a->what && !strcmp(a->what, "cancelled")) {
            strbuf_puts(b, " was cancelled");
        } else if (a->what && !strcmp(a->what, "raised") && a->value) {
            strbuf_printf(b, " raised %s", TYPE_NAME(a->value));
            StrBuf msg;
            strbuf_init(&msg);
            names_exception_message(tracer(s), &msg, a->value, room(s, 2));
            if (msg.len) {
                strbuf_puts(b, ": ");
                strbuf_append(b, msg.data, msg.len);
            }
            strbuf_free(&msg);
        } else {
            strbuf_puts(b, " returned ");
            if (a->value) value(s, a->value, 0);
            else strbuf_puts(b, "None");
        }
        break;
    case ASYNC_CANCEL:
        b = begin(s, "cancel", 0);
        strbuf_printf(b, "%s is asked to stop", task);
        if (a->what) strbuf_printf(b, " (%s)", a->what);
        break;
    case ASYNC_TIMER:
        b = begin(s, "timer", 0);
        strbuf_printf(b, "%s in %g s, on the heap", a->what ? a->what : "?", a->seconds);
        break;
    case ASYNC_WAIT:
        b = begin(s, "wait", 0);
        if (a->seconds < 0) strbuf_puts(b, "nothing is ready: the loop sleeps until a thread hands it work");
        else if (times) strbuf_printf(b, "nothing is ready: the loop sleeps %.3f s, until the next timer", a->seconds);
        else strbuf_puts(b, "nothing is ready: the loop sleeps until the next timer");
        break;
    case ASYNC_RENAME:
        b = begin(s, "name", 0);
        strbuf_printf(b, "%s is called %s from now on", task, a->what ? a->what : "?");
        break;
    case ASYNC_WAKE:
        b = begin(s, "wake", 0);
        strbuf_printf(b, "a thread handed over %ld: ", a->count);
        callback_names(b, a);
        break;
    default:
        return;
    }
    end(s);
}

static void show_gil(TextSink *s, const Event *ev) {
    const GilEvent *g = &ev->gil;
    bool times = tracer(s)->show_times;
    StrBuf *b;
    switch (g->step) {
    case GIL_START:
        b = begin(s, "start", 0);
        strbuf_appendc(b, ' ');
        thread_label(b, g->thread, g->name);
        strbuf_printf(b, " (T%d) starts; it wants the lock from now on", g->thread);
        break;
    case GIL_ACQUIRE:
        b = begin(s, "acquire", 0);
        strbuf_appendc(b, ' ');
        thread_label(b, ev->thread, ev->thread_name);
        strbuf_puts(b, " takes the lock");
        if (times) strbuf_printf(b, " (waited %.3f ms)", (double)g->waited_ns / 1e6);
        break;
    case GIL_RELEASE:
        b = begin(s, "release", 0);
        strbuf_appendc(b, ' ');
        thread_label(b, ev->thread, ev->thread_name);
        handed_to(b, g);
        strbuf_printf(b, ": blocking call %s", g->call);
        if (g->caller) {
            strbuf_puts(b, " in ");
            function_label(b, g->caller);
        }
        break;
    case GIL_SWITCH: {
        b = begin(s, "switch", 0);
        strbuf_appendc(b, ' ');
        thread_label(b, ev->thread, ev->thread_name);
        handed_to(b, g);
        if (g->switch_every)
            strbuf_printf(b, " after %llu instructions", (unsigned long long)g->quantum);
        else
            strbuf_printf(b, ": another thread waited %g ms", (double)g->quantum / 1e3);
        Frame *f = ev->frame;
        if (f && f->code) {
            strbuf_puts(b, ev->index < 0 ? ", entering " : ", in ");
            function_label(b, STR_DATA(f->code->qualname));
            if (ev->index >= 0) strbuf_printf(b, " at line %d", ev->line);
        }
        break;
    }
    case GIL_END:
        b = begin(s, "end", 0);
        strbuf_appendc(b, ' ');
        thread_label(b, ev->thread, ev->thread_name);
        handed_to(b, g);
        strbuf_puts(b, ": it has finished");
        break;
    case GIL_SUMMARY:
        /* turns holding the lock; how many a switch ended, how many a blocking call */
        b = begin(s, "summary", 0);
        strbuf_printf(b, " T%d ", g->thread);
        thread_label(b, g->thread, g->name);
        strbuf_printf(b, "%s: %llu turn%s, %llu switched, %llu blocking", g->alive ? " (still running)" : "",
                      (unsigned long long)g->acquisitions, g->acquisitions == 1 ? "" : "s",
                      (unsigned long long)g->switches, (unsigned long long)g->releases);
        if (times) strbuf_printf(b, "; held %.3f ms, waited %.3f ms", (double)g->held_ns / 1e6, (double)g->waited_ns / 1e6);
        break;
    default:
        return;
    }
    end(s);
}

/* ---- the sink ---------------------------------------------------------------------- */

static void text_event(TraceSink *sink, ThreadState *ts, const Event *ev) {
    TextSink *s = (TextSink *)sink;
    /* the summary is the interpreter's, not a thread's */
    s->thread = ev->threaded && !(ev->kind == EV_GIL && ev->gil.step == GIL_SUMMARY) ? ev->thread : 0;
    s->process = ev->process;
    switch (ev->kind) {
    case EV_LINE: show_line(s, ts, ev); break;
    case EV_OP: show_op(s, ts, ev); break;
    case EV_SPECIALISE: show_specialise(s, ev); break;
    case EV_CALL: show_call(s, ts, ev); break;
    case EV_RESUME: show_resume(s, ev); break;
    case EV_RETURN:
    case EV_YIELD:
    case EV_EXIT: show_return(s, ev); break;
    case EV_RAISE:
    case EV_UNWIND: show_raise(s, ev); break;
    case EV_NAME: show_name(s, ev); break;
    case EV_UNBOUND_LOCAL: show_explanation(s, ev); break;
    case EV_TABLE_SEARCH:
    case EV_TABLE_PROBE:
    case EV_TABLE_EQ:
    case EV_TABLE_DONE:
    case EV_TABLE_RESIZE:
    case EV_SEQ_SEARCH:
    case EV_TABLE_STATS: show_table(s, ts, ev); break;
    case EV_MEM_SHOW: show_memory(s, ev); break;
    case EV_GC_FOUND:
    case EV_GC_FINALIZER:
    case EV_GC_DONE:
    case EV_WEAKREF_CLEARED:
    case EV_WEAKREF_CALLBACK: show_gc(s, ev); break;
    case EV_IMPORT: show_import(s, ev); break;
    case EV_GIL: show_gil(s, ev); break;
    case EV_ASYNC: show_async(s, ev); break;
    default: break;
    }
}

static void text_finish(TraceSink *sink, ThreadState *ts) {
    TextSink *s = (TextSink *)sink;
    while (s->nwalks) clear_pending(&s->walks[--s->nwalks]);
    fflush(s->base.tracer->out);
}

static void text_free(TraceSink *sink) {
    TextSink *s = (TextSink *)sink;
    while (s->nwalks) clear_pending(&s->walks[--s->nwalks]);
    strbuf_free(&s->line);
    free(s);
}

static const SinkOps text_ops = {text_event, text_finish, text_free};

TraceSink *text_sink_new(Tracer *t) {
    TextSink *s = calloc(1, sizeof(TextSink));
    if (!s) return NULL;
    s->base = (TraceSink){&text_ops, t};
    strbuf_init(&s->line);
    s->name_width = 10;
    s->where_width = 16;
    if (!getcwd(s->cwd, sizeof s->cwd)) s->cwd[0] = '\0';
    return &s->base;
}

TraceSink *text_sink_new_into(Tracer *t, StrBuf *into) {
    TraceSink *sink = text_sink_new(t);
    if (sink) ((TextSink *)sink)->into = into;
    return sink;
}
