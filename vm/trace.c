/* trace.c -- the trace event stream and its two sinks, text and JSON Lines.
 *
 * Every lesson is watched through here (--trace=CATS). Each emission point
 * builds one event -- a category, an event name, and a few named fields --
 * and hands it to the sink: the text sink prints one aligned line for a
 * person to read aloud, the JSON sink one object per line with the same
 * fields for a program to read. Nothing in an event differs between two
 * runs of the same program: values are shown with repr(), shortened, and
 * never with a memory address.
 *
 * Field names of the JSON events (stable; documented in the README):
 *   every event: "cat", "event", "depth" (call depth, module = 0)
 *   line:      file, line, func, text
 *   op:        file, line, func, offset, opname, arg, argrepr, stack
 *   call:      func, file, line, args (name -> repr)
 *   return:    func, value (or "exception": true)
 *   exception: func, line, type, message
 *   mem:       id, type, repr (alloc) / id, type (free)
 *   gc:        generation, examined, found, freed, ms
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "trace.h"
#include "trace_sink.h"
#include "runtime/frame.h"
#include "dis.h"
#include "opcodes.h"
#include "runtime/gen.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/set.h"
#include "runtime/func.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/slice.h"
#include "common/pyrepr.h"

/* ---- categories ---------------------------------------------------------- */

static const struct { const char *name; uint32_t bits; } categories[] = {
    {"line", TRACE_LINE}, {"call", TRACE_CALL}, {"op", TRACE_OP}, {"scope", TRACE_SCOPE},
    {"dict", TRACE_DICT}, {"dict:all", TRACE_DICT | TRACE_DICT_ALL},
    {"mem", TRACE_MEM}, {"mem:all", TRACE_MEM | TRACE_MEM_ALL}, {"gc", TRACE_GC},
    {"all", TRACE_LINE | TRACE_CALL | TRACE_OP | TRACE_SCOPE},
};

bool trace_parse_categories(const char *spec, uint32_t *mask, char *err, size_t errlen) {
    *mask = 0;
    if (!spec || !*spec) spec = "line,call,scope";
    const char *p = spec;
    while (*p) {
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
            snprintf(err, errlen, "unknown trace category '%.*s' (choose from: line, call, scope, op, dict, dict:all, mem, mem:all, gc, all)",
                     (int)n, p);
            return false;
        }
        if (!comma) break;
        p = comma + 1;
    }
    return true;
}

uint32_t trace_mask_now;

void trace_set_mask(Interp *interp, uint32_t mask) {
    interp->trace_mask = mask;
    trace_mask_now = mask;
}

void trace_start(Interp *interp, uint32_t mask, TraceFormat format, FILE *out, bool owns_out) {
    Tracer *t = calloc(1, sizeof(Tracer));
    if (!t) fatal_error("out of memory");
    t->mask = mask;
    t->format = format;
    t->out = out;
    t->owns_out = owns_out;
    t->show_times = true;
    interp->tracer = t;
    trace_set_mask(interp, mask);
    /* dict:all -- every table from now on, and the namespaces made already */
    interp->watch_all_tables = (mask & TRACE_DICT_ALL) != 0;
    if (interp->watch_all_tables) {
        Object *known[] = {interp->builtins, interp->modules, interp->interned,
                           interp->sys_module ? MODULE_DICT(interp->sys_module) : NULL};
        for (size_t i = 0; i < ARRAY_LEN(known); i++)
            if (known[i]) ((DictObject *)known[i])->watched = true;
    }
}

void trace_stop(Interp *interp) {
    Tracer *t = interp->tracer;
    trace_set_mask(interp, 0);
    interp->tracer = NULL;
    if (!t) return;
    fflush(t->out);
    if (t->owns_out) fclose(t->out);
    free(t->object_ids.entries);
    trace_mem_free_state(t);
    free(t);
}

/* The program has finished: what its last line did to memory, the totals
 * of --trace=dict, then close. */
void trace_teardown(Interp *interp) {
    if ((interp->trace_mask & TRACE_MEM) && interp->main_thread) trace_mem_line(interp->main_thread);
    if ((interp->trace_mask & TRACE_DICT) && interp->main_thread) trace_table_stats(interp->main_thread);
    trace_stop(interp);
}

/* ---- per-run object ids ------------------------------------------------------ */

#define ID_TOMB ((Object *)1)

static size_t address_hash(Object *o) {
    uint64_t x = (uint64_t)(uintptr_t)o;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

/* The slot of [o] in [m], or of the free slot where it would go. */
static size_t ids_find(ObjectIds *m, Object *o) {
    size_t i = address_hash(o) & m->mask, tomb = SIZE_MAX;
    while (m->entries[i].key) {
        if (m->entries[i].key == o) return i;
        if (m->entries[i].key == ID_TOMB && tomb == SIZE_MAX) tomb = i;
        i = (i + 1) & m->mask;
    }
    return tomb != SIZE_MAX ? tomb : i;
}

static void ids_grow(ObjectIds *m) {
    ObjectIds old = *m;
    size_t size = 256;                         /* room for twice the live entries; tombs dropped */
    while (size < (old.used + 1) * 4) size *= 2;
    m->entries = calloc(size, sizeof(ObjectEntry));
    if (!m->entries) fatal_error("out of memory");
    m->mask = size - 1;
    m->used = m->fill = 0;
    for (size_t i = 0; old.entries && i <= old.mask; i++) {
        Object *k = old.entries[i].key;
        if (k && k != ID_TOMB) {
            m->entries[ids_find(m, k)] = old.entries[i];
            m->used++;
            m->fill++;
        }
    }
    free(old.entries);
}

ObjectEntry *trace_object_find(ThreadState *ts, Object *o) {
    Tracer *t = ts->interp->tracer;
    if (!t || !t->object_ids.entries) return NULL;
    ObjectEntry *e = &t->object_ids.entries[ids_find(&t->object_ids, o)];
    return e->key == o ? e : NULL;
}

ObjectEntry *trace_object_entry(ThreadState *ts, Object *o) {
    Tracer *t = ts->interp->tracer;
    if (!t) fatal_error("trace_object_entry without a tracer");
    ObjectIds *m = &t->object_ids;
    if (!m->entries || (m->fill + 1) * 2 > m->mask + 1) ids_grow(m);
    ObjectEntry *e = &m->entries[ids_find(m, o)];
    if (e->key == o) return e;
    if (!e->key) m->fill++;
    *e = (ObjectEntry){.key = o, .id = ++ts->interp->next_object_serial};
    m->used++;
    return e;
}

int64_t trace_object_id(ThreadState *ts, Object *o) {
    if (!ts->interp->tracer) return 0;
    return trace_object_entry(ts, o)->id;
}

/* [o] is being freed: its id is not reused, and its address may be. */
static void forget_object(Tracer *t, Object *o) {
    ObjectIds *m = &t->object_ids;
    if (!m->entries || !m->used) return;
    ObjectEntry *e = &m->entries[ids_find(m, o)];
    if (e->key != o) return;
    e->key = ID_TOMB;
    m->used--;
}

/* ---- showing values without running Python code or printing addresses ---- */

#define VALUE_MAX 48

static void value_repr(ThreadState *ts, StrBuf *b, Object *o, int depth);

static void container_repr(ThreadState *ts, StrBuf *b, Object *o, int depth, const char *open,
                           const char *close, Object *const *items, size_t n, bool one_comma) {
    strbuf_puts(b, open);
    for (size_t i = 0; i < n; i++) {
        if (i) strbuf_puts(b, ", ");
        if (i >= 6 || b->len > VALUE_MAX * 2) {
            strbuf_puts(b, "...");
            break;
        }
        if (items[i] == o) strbuf_puts(b, *open == '(' ? "(...)" : "[...]");   /* contains itself, as repr shows */
        else value_repr(ts, b, items[i], depth + 1);
    }
    if (one_comma && n == 1) strbuf_appendc(b, ',');
    strbuf_puts(b, close);
}

static void value_repr(ThreadState *ts, StrBuf *b, Object *o, int depth) {
    if (!o) { strbuf_puts(b, "NULL"); return; }
    TypeObject *t = TYPE(o);
    if (depth > 3) { strbuf_puts(b, "..."); return; }
    if (o == None || t == &BoolType || t == &IntType || t == &FloatType || t == &StrType) {
        if (t == &IntType && !int_is_small(o)) {
            /* a huge int: its number of digits is enough */
            Object *r = obj_repr(ts, o);
            if (r && STR_SIZE(r) > 30) strbuf_printf(b, "<int with %zu digits>", STR_SIZE(r) - (STR_DATA(r)[0] == '-'));
            else if (r) strbuf_append(b, STR_DATA(r), STR_SIZE(r));
            XDECREF(r);
            err_clear(ts);
            return;
        }
        if (t == &StrType && STR_SIZE(o) > VALUE_MAX) {
            StrBuf tmp;
            strbuf_init(&tmp);
            pyrepr_str(&tmp, STR_DATA(o), str_byte_offset(o, VALUE_MAX - 3));
            /* drop the closing quote and mark the cut */
            if (tmp.len) tmp.len--;
            strbuf_append(b, tmp.data, tmp.len);
            strbuf_puts(b, "...'");
            strbuf_free(&tmp);
            return;
        }
        Object *r = obj_repr(ts, o);
        if (r) strbuf_append(b, STR_DATA(r), STR_SIZE(r));
        XDECREF(r);
        err_clear(ts);
        return;
    }
    if (t == &TupleType) { container_repr(ts, b, o, depth, "(", ")", TUPLE_ITEMS(o), TUPLE_SIZE(o), true); return; }
    if (t == &ListType) { container_repr(ts, b, o, depth, "[", "]", LIST_ITEMS(o), LIST_SIZE(o), false); return; }
    if (t == &DictType) {
        strbuf_puts(b, "{");
        ssize_t pos = 0;
        Object *k, *v;
        int i = 0;
        while (dict_next(o, &pos, &k, &v)) {
            if (i) strbuf_puts(b, ", ");
            if (i++ >= 4) { strbuf_puts(b, "..."); break; }
            value_repr(ts, b, k, depth + 1);
            strbuf_puts(b, ": ");
            value_repr(ts, b, v, depth + 1);
        }
        strbuf_puts(b, "}");
        return;
    }
    if (t == &SetType || t == &FrozenSetType) {
        Object *items[7];
        size_t n = 0;
        ssize_t pos = 0;
        Object *k;
        int64_t h;
        while (n < 7 && set_next(o, &pos, &k, &h)) items[n++] = k;
        bool frozen = t == &FrozenSetType;
        if (n == 0) { strbuf_puts(b, frozen ? "frozenset()" : "set()"); return; }
        container_repr(ts, b, o, depth, frozen ? "frozenset({" : "{", frozen ? "})" : "}", items, n, false);
        return;
    }
    if (t == &FunctionType) { strbuf_printf(b, "<function %s>", STR_DATA(((FunctionObject *)o)->qualname)); return; }
    if (t == &BuiltinFunctionType) {
        BuiltinFunctionObject *f = (BuiltinFunctionObject *)o;
        if (f->self && TYPE(f->self) != &ModuleType)
            strbuf_printf(b, "<built-in method %s of %s object>", f->def->name, TYPE_NAME(f->self));
        else
            strbuf_printf(b, "<built-in function %s>", f->def->name);
        return;
    }
    if (t == &MethodType) {
        MethodObject *m = (MethodObject *)o;
        strbuf_puts(b, "<bound method ");
        if (TYPE(m->func) == &FunctionType) strbuf_puts(b, STR_DATA(((FunctionObject *)m->func)->qualname));
        strbuf_puts(b, ">");
        return;
    }
    if (t == &CellType) {
        strbuf_puts(b, "<cell: ");
        value_repr(ts, b, CELL_GET(o), depth + 1);
        strbuf_puts(b, ">");
        return;
    }
    if (t->flags & TYPE_FLAG_TYPE_SUBCLASS) { strbuf_printf(b, "<class '%s'>", ((TypeObject *)o)->name); return; }
    if (t == &ModuleType) { strbuf_printf(b, "<module '%s'>", STR_DATA(((ModuleObject *)o)->name)); return; }
    if (t == &CodeType) { strbuf_printf(b, "<code object %s>", STR_DATA(((CodeObject *)o)->name)); return; }
    if ((t->flags & TYPE_FLAG_EXC_SUBCLASS) || t == &RangeType || t == &SliceType) {
        Object *r = obj_repr(ts, o);
        if (r) strbuf_append(b, STR_DATA(r), STR_SIZE(r));
        XDECREF(r);
        err_clear(ts);
        return;
    }
    if ((t->flags & TYPE_FLAG_HEAP) && ts->interp->tracer)
        strbuf_printf(b, "<%s #%lld>", t->name, (long long)trace_object_id(ts, o));   /* the per-run id */
    else
        strbuf_printf(b, "<%s object>", t->name);
}

/* repr([o]) for a trace, shortened, computed with tracing switched off. */
char *short_repr(ThreadState *ts, Object *o) {
    Interp *interp = ts->interp;
    uint32_t mask = interp->trace_mask;
    trace_set_mask(interp, 0);
    Object *saved = err_fetch(ts);
    StrBuf b;
    strbuf_init(&b);
    value_repr(ts, &b, o, 0);
    ts->exc = saved;
    trace_set_mask(interp, mask);
    if (b.len > VALUE_MAX * 2) {
        b.len = VALUE_MAX * 2 - 3;
        b.data[b.len] = '\0';
        strbuf_puts(&b, "...");
    }
    return strbuf_detach(&b);
}

/* ---- the sinks ------------------------------------------------------------ */


static void json_string(StrBuf *b, const char *s) {
    strbuf_appendc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': strbuf_puts(b, "\\\""); break;
        case '\\': strbuf_puts(b, "\\\\"); break;
        case '\n': strbuf_puts(b, "\\n"); break;
        case '\t': strbuf_puts(b, "\\t"); break;
        case '\r': strbuf_puts(b, "\\r"); break;
        default:
            if (*p < 0x20) strbuf_printf(b, "\\u%04x", *p);
            else strbuf_appendc(b, (char)*p);
        }
    }
    strbuf_appendc(b, '"');
}

static int call_depth(ThreadState *ts, Frame *f) {
    return f ? f->depth : 0;
}

/* Emit one event: [text] for the text sink, [fields] for the JSON sink. */
void emit(ThreadState *ts, const char *cat, const char *event, int depth, const char *text,
                 const Field *fields, int nfields) {
    Tracer *t = ts->interp->tracer;
    if (!t) return;
    StrBuf b;
    strbuf_init(&b);
    if (t->format == TRACE_JSON) {
        strbuf_printf(&b, "{\"cat\": \"%s\", \"event\": \"%s\", \"depth\": %d", cat, event, depth);
        for (int i = 0; i < nfields; i++) {
            strbuf_printf(&b, ", \"%s\": ", fields[i].key);
            if (fields[i].kind == F_INT) strbuf_printf(&b, "%lld", fields[i].i);
            else if (fields[i].kind == F_RAW) strbuf_puts(&b, fields[i].s);
            else json_string(&b, fields[i].s ? fields[i].s : "");
        }
        strbuf_puts(&b, "}\n");
    } else {
        strbuf_printf(&b, "%-7s", event);
        for (int i = 0; i < depth; i++) strbuf_puts(&b, "  ");
        strbuf_puts(&b, text);
        while (b.len && b.data[b.len - 1] == ' ') b.data[--b.len] = '\0';
        strbuf_appendc(&b, '\n');
    }
    fflush(stdout);
    fwrite(b.data, 1, b.len, t->out);
    fflush(t->out);
    strbuf_free(&b);
}

static const char *source_line(ThreadState *ts, CodeObject *co, int line, char *buf, size_t cap) {
    buf[0] = '\0';
    const char *name = STR_DATA(co->filename);
    if (name[0] == '<') return buf;
    FILE *fp = fopen(name, "r");
    if (!fp) return buf;
    int n = 0;
    while (fgets(buf, (int)cap, fp)) {
        size_t len = strlen(buf);
        bool whole = len && buf[len - 1] == '\n';
        if (++n == line) break;
        while (!whole && fgets(buf, (int)cap, fp)) {
            len = strlen(buf);
            whole = len && buf[len - 1] == '\n';
        }
        buf[0] = '\0';
    }
    fclose(fp);
    size_t len = strlen(buf);
    while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r' || buf[len - 1] == ' ')) buf[--len] = '\0';
    const char *p = buf;
    while (*p == ' ' || *p == '\t') p++;
    return p;
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* ---- emission points ---------------------------------------------------------- */

void trace_line(ThreadState *ts, Frame *f, int line) {
    char buf[512];
    CodeObject *co = f->code;
    const char *text = source_line(ts, co, line, buf, sizeof buf);
    const char *file = base_name(STR_DATA(co->filename));
    StrBuf t;
    strbuf_init(&t);
    char where[300];
    snprintf(where, sizeof where, "%s:%d", file, line);
    strbuf_printf(&t, "%-16s %s", where, text);
    Field fields[] = {{"file", F_STR, file, 0}, {"line", F_INT, NULL, line},
                      {"func", F_STR, STR_DATA(co->name), 0}, {"text", F_STR, text, 0}};
    emit(ts, "line", "line", call_depth(ts, f), t.data, fields, 4);
    strbuf_free(&t);
}

void trace_op(ThreadState *ts, Frame *f, const uint32_t *ip, Object **sp) {
    CodeObject *co = f->code;
    int index = (int)(ip - co->code);
    StrBuf ins, stack, argrepr;
    strbuf_init(&ins);
    strbuf_init(&stack);
    strbuf_init(&argrepr);
    dis_instruction(ts, &ins, co, index, false, false);
    dis_argrepr(ts, &argrepr, co, index);
    /* the value stack, bottom to top */
    StrBuf json;
    strbuf_init(&json);
    strbuf_puts(&stack, "[");
    strbuf_puts(&json, "[");
    for (Object **p = frame_stack_base(f); p < sp; p++) {
        char *r = short_repr(ts, *p);
        if (p > frame_stack_base(f)) {
            strbuf_puts(&stack, ", ");
            strbuf_puts(&json, ", ");
        }
        strbuf_puts(&stack, r);
        json_string(&json, r);
        free(r);
    }
    strbuf_puts(&stack, "]");
    strbuf_puts(&json, "]");
    /* the instruction column without the line-number and marker fields */
    const char *insn = ins.len > 10 ? ins.data + 10 : ins.data;
    StrBuf t;
    strbuf_init(&t);
    strbuf_printf(&t, "%-48s stack: %s", insn, stack.data);
    uint32_t w = co->code[index];
    Field fields[] = {
        {"file", F_STR, base_name(STR_DATA(co->filename)), 0},
        {"line", F_INT, NULL, co->positions[index].line},
        {"func", F_STR, STR_DATA(co->name), 0},
        {"offset", F_INT, NULL, index},
        {"opname", F_STR, opcode_names[INSTR_OP(w)], 0},
        {"arg", F_INT, NULL, opcode_operands[INSTR_OP(w)] == A_NONE ? -1 : (long long)INSTR_ARG(w)},
        {"argrepr", F_STR, argrepr.data ? argrepr.data : "", 0},
        {"stack", F_RAW, json.data, 0},
    };
    emit(ts, "op", "op", call_depth(ts, f), t.data, fields, 8);
    strbuf_free(&t);
    strbuf_free(&ins);
    strbuf_free(&stack);
    strbuf_free(&argrepr);
    strbuf_free(&json);
}

void trace_call(ThreadState *ts, Frame *f) {
    CodeObject *co = f->code;
    StrBuf t, args;
    strbuf_init(&t);
    strbuf_init(&args);
    strbuf_printf(&t, "%s(", STR_DATA(co->qualname));
    strbuf_puts(&args, "{");
    int nargs = co->argcount + co->kwonlyargcount + ((co->flags & CO_VARARGS) ? 1 : 0) +
                ((co->flags & CO_VARKEYWORDS) ? 1 : 0);
    if (!(co->flags & CO_OPTIMIZED)) nargs = 0;
    for (int i = 0; i < nargs && i < co->nlocals; i++) {
        Object *v = f->localsplus[i];
        if (!v && co->cell2arg) {
            for (int k = 0; k < co->ncells; k++)
                if (co->cell2arg[k] == i && f->localsplus[co->nlocals + k] && TYPE(f->localsplus[co->nlocals + k]) == &CellType)
                    v = CELL_GET(f->localsplus[co->nlocals + k]);
        }
        char *r = short_repr(ts, v);
        const char *name = STR_DATA(TUPLE_GET(co->varnames, i));
        strbuf_printf(&t, "%s%s=%s", i ? ", " : "", name, r);
        if (i) strbuf_puts(&args, ", ");
        json_string(&args, name);
        strbuf_puts(&args, ": ");
        json_string(&args, r);
        free(r);
    }
    strbuf_puts(&args, "}");
    strbuf_printf(&t, ")   %s:%d", base_name(STR_DATA(co->filename)), co->firstlineno);
    /* the cells the function captured: its closure */
    StrBuf cells;
    strbuf_init(&cells);
    strbuf_puts(&cells, "{");
    Object *closure = f->closure;
    if (closure && TUPLE_SIZE(closure)) {
        strbuf_puts(&t, "   captured:");
        for (size_t i = 0; i < TUPLE_SIZE(closure) && i < (size_t)co->nfrees; i++) {
            Object *cell = TUPLE_GET(closure, i);
            char *r = short_repr(ts, TYPE(cell) == &CellType ? CELL_GET(cell) : NULL);
            const char *name = STR_DATA(TUPLE_GET(co->freevars, i));
            const char *owner = co->free_owners ? STR_DATA(TUPLE_GET(co->free_owners, i)) : "?";
            strbuf_printf(&t, " %s=%s (cell of %s)", name, TYPE(cell) == &CellType && CELL_GET(cell) ? r : "(empty)", owner);
            if (i) strbuf_puts(&cells, ", ");
            json_string(&cells, name);
            strbuf_puts(&cells, ": ");
            json_string(&cells, r);
            free(r);
        }
    }
    strbuf_puts(&cells, "}");
    Field fields[] = {{"func", F_STR, STR_DATA(co->qualname), 0},
                      {"file", F_STR, base_name(STR_DATA(co->filename)), 0},
                      {"line", F_INT, NULL, co->firstlineno},
                      {"args", F_RAW, args.data, 0},
                      {"closure", F_RAW, cells.data, 0}};
    emit(ts, "call", "call", call_depth(ts, f), t.data, fields, 5);
    strbuf_free(&t);
    strbuf_free(&args);
    strbuf_free(&cells);
}

void trace_return(ThreadState *ts, Frame *f, Object *value) {
    CodeObject *co = f->code;
    StrBuf t;
    strbuf_init(&t);
    if (value) {
        char *r = short_repr(ts, value);
        bool yielded = f->suspended;
        strbuf_printf(&t, "%s %s %s", STR_DATA(co->qualname), yielded ? "yields" : "->", r);
        Field fields[] = {{"func", F_STR, STR_DATA(co->qualname), 0}, {"value", F_STR, r, 0}};
        emit(ts, "call", yielded ? "yield" : "return", call_depth(ts, f), t.data, fields, 2);
        free(r);
    } else {
        strbuf_printf(&t, "%s -> (exception)", STR_DATA(co->qualname));
        Field fields[] = {{"func", F_STR, STR_DATA(co->qualname), 0}, {"exception", F_RAW, "true", 0}};
        emit(ts, "call", "return", call_depth(ts, f), t.data, fields, 2);
    }
    strbuf_free(&t);
}

void trace_exception(ThreadState *ts, Frame *f, Object *exc) {
    if (!exc) return;
    CodeObject *co = f->code;
    int line = code_line(co, frame_lasti(f));
    Object *saved = err_fetch(ts);
    Object *msg = exc_str(ts, exc);
    err_clear(ts);
    const char *m = msg ? STR_DATA(msg) : "";
    StrBuf t;
    strbuf_init(&t);
    strbuf_printf(&t, "%s%s%s   in %s at %s:%d", TYPE_NAME(exc), *m ? ": " : "", m, STR_DATA(co->qualname),
                  base_name(STR_DATA(co->filename)), line);
    Field fields[] = {{"func", F_STR, STR_DATA(co->qualname), 0}, {"line", F_INT, NULL, line},
                      {"type", F_STR, TYPE_NAME(exc), 0}, {"message", F_STR, m, 0}};
    /* raised here, or passing through on its way out of a call */
    TracebackObject *tb = (TracebackObject *)((BaseExceptionObject *)exc)->traceback;
    bool here = !tb || !tb->next;
    emit(ts, "call", here ? "raise" : "unwind", call_depth(ts, f), t.data, fields, 4);
    strbuf_free(&t);
    XDECREF(msg);
    ts->exc = saved;
}

/* ---- scope: where a name is found (lessons 3, 4, 9) ----------------------- */

static bool tuple_contains_str(Object *t, Object *name) {
    for (size_t i = 0; t && i < TUPLE_SIZE(t); i++)
        if (str_eq(TUPLE_GET(t, i), name)) return true;
    return false;
}

static const char *hit(Object *v) { return v ? "hit" : "miss"; }

/* One name event: [action] load/store/delete, [category] the compiler's
 * decision, [search] the places looked in, [value] what was found or stored. */
static void scope_event(ThreadState *ts, Frame *f, int line, const char *action, Object *name,
                        const char *category, const char *search, Object *value, bool has_value) {
    CodeObject *co = f->code;
    char where[160];
    snprintf(where, sizeof where, "%s:%d", STR_DATA(co->name), line);
    char *v = has_value ? (value ? short_repr(ts, value) : strdup("(unbound)")) : NULL;
    const char *arrow = strcmp(action, "store") == 0 ? "\u2190" : "\u2192";
    StrBuf t;
    strbuf_init(&t);
    strbuf_printf(&t, "%-16s %-10s %-15s %s", where, STR_DATA(name), category, search);
    if (v) strbuf_printf(&t, " %s %s", arrow, v);
    Field fields[] = {
        {"func", F_STR, STR_DATA(co->qualname), 0}, {"line", F_INT, NULL, line},
        {"name", F_STR, STR_DATA(name), 0}, {"scope", F_STR, category, 0},
        {"search", F_STR, search, 0}, {"value", v ? F_STR : F_RAW, v ? v : "null", 0},
    };
    emit(ts, "scope", action, call_depth(ts, f), t.data, fields, 6);
    strbuf_free(&t);
    free(v);
}

static Object *dict_peek(ThreadState *ts, Object *d, Object *name) {
    if (!d || !dict_check(d)) return NULL;
    Object *saved = err_fetch(ts);
    Object *v = dict_get_borrowed(ts, d, name);
    err_clear(ts);
    ts->exc = saved;
    return v;
}

void trace_scope(ThreadState *ts, Frame *f, const uint32_t *ip, Object **sp) {
    CodeObject *co = f->code;
    int index = (int)(ip - co->code);
    uint32_t w = co->code[index];
    Opcode op = INSTR_OP(w);
    uint32_t arg = INSTR_ARG(w);
    int line = co->positions[index].line;
    char search[300];
    Object *name, *v = NULL;
    const char *action = "load";
    switch (op) {
    case OP_STORE_FAST: action = "store"; /* fall through */
    case OP_LOAD_FAST:
    case OP_DELETE_FAST:
        if (op == OP_DELETE_FAST) action = "delete";
        name = TUPLE_GET(co->varnames, arg);
        v = op == OP_STORE_FAST ? sp[-1] : f->localsplus[arg];
        snprintf(search, sizeof search, "L: slot %u of %s's frame%s", arg, STR_DATA(co->name),
                 op == OP_LOAD_FAST ? (v ? " \u00b7 hit" : " \u00b7 empty") : "");
        scope_event(ts, f, line, action, name, "LOCAL", search, v, op != OP_DELETE_FAST);
        return;
    case OP_STORE_DEREF: action = "store"; /* fall through */
    case OP_LOAD_DEREF:
    case OP_DELETE_DEREF: {
        if (op == OP_DELETE_DEREF) action = "delete";
        bool own = (int)arg < co->ncells;
        name = own ? TUPLE_GET(co->cellvars, arg) : TUPLE_GET(co->freevars, arg - (uint32_t)co->ncells);
        Object *cell = f->localsplus[co->nlocals + arg];
        v = op == OP_STORE_DEREF ? sp[-1] : (cell ? CELL_GET(cell) : NULL);
        if (own)
            snprintf(search, sizeof search, "L: %s's cell, shared with the functions that capture it%s",
                     STR_DATA(co->name), op == OP_LOAD_DEREF ? (v ? " \u00b7 hit" : " \u00b7 empty") : "");
        else
            snprintf(search, sizeof search, "E: the cell of %s (captured)%s%s",
                     co->free_owners ? STR_DATA(TUPLE_GET(co->free_owners, arg - (uint32_t)co->ncells)) : "?",
                     op == OP_STORE_DEREF ? ", declared nonlocal" : "",
                     op == OP_LOAD_DEREF ? (v ? " \u00b7 hit" : " \u00b7 empty") : "");
        scope_event(ts, f, line, action, name, own ? "CELL" : "FREE", search, v, op != OP_DELETE_DEREF);
        return;
    }
    case OP_LOAD_CLASSDEREF: {
        name = TUPLE_GET(co->freevars, arg - (uint32_t)co->ncells);
        Object *in_class = dict_peek(ts, f->locals, name);
        Object *cell = f->localsplus[co->nlocals + arg];
        v = in_class ? in_class : (cell ? CELL_GET(cell) : NULL);
        snprintf(search, sizeof search, "class namespace: %s%s", hit(in_class),
                 in_class ? "" : (v ? " \u00b7 E: enclosing cell: hit" : " \u00b7 E: enclosing cell: empty"));
        scope_event(ts, f, line, action, name, "FREE", search, v, true);
        return;
    }
    case OP_LOAD_GLOBAL:
    case OP_STORE_GLOBAL:
    case OP_DELETE_GLOBAL: {
        name = TUPLE_GET(co->names, op == OP_LOAD_GLOBAL ? arg >> 1 : arg);
        bool explicit_ = tuple_contains_str(co->global_explicit, name);
        const char *category = explicit_ ? "GLOBAL_EXPLICIT" : "GLOBAL_IMPLICIT";
        if (op == OP_LOAD_GLOBAL) {
            Object *g = dict_peek(ts, f->globals, name);
            Object *b = g ? NULL : dict_peek(ts, f->builtins, name);
            v = g ? g : b;
            if (explicit_)
                snprintf(search, sizeof search, "declared global \u00b7 G: %s%s%s", hit(g), g ? "" : " \u00b7 B: ",
                         g ? "" : hit(b));
            else
                snprintf(search, sizeof search, "L: - (compiled as global) \u00b7 G: %s%s%s", hit(g),
                         g ? "" : " \u00b7 B: ", g ? "" : hit(b));
            scope_event(ts, f, line, "load", name, category, search, v, v != NULL);
            if (!v) scope_event(ts, f, line, "load", name, category, "not found anywhere: NameError", NULL, false);
            return;
        }
        snprintf(search, sizeof search, "%s \u2192 the module's globals",
                 explicit_ ? "declared global" : "global");
        scope_event(ts, f, line, op == OP_STORE_GLOBAL ? "store" : "delete", name, category, search,
                    op == OP_STORE_GLOBAL ? sp[-1] : NULL, op == OP_STORE_GLOBAL);
        return;
    }
    case OP_LOAD_NAME:
    case OP_STORE_NAME:
    case OP_DELETE_NAME: {
        name = TUPLE_GET(co->names, arg);
        bool module = f->locals == f->globals;
        const char *category = module ? "GLOBAL (module)" : "NAME (class)";
        if (op == OP_LOAD_NAME) {
            Object *l = dict_peek(ts, f->locals, name);
            Object *g = l || module ? NULL : dict_peek(ts, f->globals, name);
            Object *b = l || g ? NULL : dict_peek(ts, f->builtins, name);
            v = l ? l : g ? g : b;
            if (module)
                snprintf(search, sizeof search, "G: %s%s%s", hit(l), l ? "" : " \u00b7 B: ", l ? "" : hit(b));
            else
                snprintf(search, sizeof search, "class namespace: %s%s%s%s%s", hit(l), l ? "" : " \u00b7 G: ",
                         l ? "" : hit(g), l || g ? "" : " \u00b7 B: ", l || g ? "" : hit(b));
            scope_event(ts, f, line, "load", name, category, search, v, v != NULL);
            if (!v) scope_event(ts, f, line, "load", name, category, "not found anywhere: NameError", NULL, false);
            return;
        }
        snprintf(search, sizeof search, "%s", module ? "the module's globals" : "the class namespace");
        scope_event(ts, f, line, op == OP_STORE_NAME ? "store" : "delete", name, category, search,
                    op == OP_STORE_NAME ? sp[-1] : NULL, op == OP_STORE_NAME);
        return;
    }
    default:
        return;
    }
}

void trace_unbound_local(ThreadState *ts, Frame *f, Object *name) {
    CodeObject *co = f->code;
    int def_line = 0;
    for (int i = 0; i < co->nlocals + co->ncells; i++) {
        Object *n = i < co->nlocals ? TUPLE_GET(co->varnames, i) : TUPLE_GET(co->cellvars, i - co->nlocals);
        if (str_eq(n, name) && co->def_lines) {
            def_line = co->def_lines[i];
            break;
        }
    }
    char text[400];
    if (def_line)
        snprintf(text, sizeof text,
                 "%s is local to %s because line %d assigns it, so every use in %s reads the local "
                 "slot -- which has no value yet (a global %s is never consulted)",
                 STR_DATA(name), STR_DATA(co->name), def_line, STR_DATA(co->name), STR_DATA(name));
    else
        snprintf(text, sizeof text, "%s is local to %s and has no value yet", STR_DATA(name), STR_DATA(co->name));
    Field fields[] = {{"func", F_STR, STR_DATA(co->qualname), 0}, {"name", F_STR, STR_DATA(name), 0},
                      {"assigned_at", F_INT, NULL, def_line}, {"text", F_STR, text, 0}};
    emit(ts, "scope", "explain", call_depth(ts, f), text, fields, 4);
}

/* ---- hash tables: --trace=dict (lessons 1 and 10) ---------------------------- */

/* A key as the narration shows it: repr() for the built-in types, and for
 * an instance of a class its name, #id and attributes -- <Key #4 n=1> --
 * because a user's __repr__ would run Python code in the middle of a probe. */
char *key_repr(ThreadState *ts, Object *o) {
    TypeObject *t = TYPE(o);
    if (!(t->flags & TYPE_FLAG_HEAP) || (t->flags & (TYPE_FLAG_TYPE_SUBCLASS | TYPE_FLAG_EXC_SUBCLASS)))
        return short_repr(ts, o);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<%s #%lld", t->name, (long long)trace_object_id(ts, o));
    Object **dictp = t->dictoffset > 0 ? (Object **)((char *)o + t->dictoffset) : NULL;
    if (dictp && *dictp) {
        ssize_t pos = 0;
        Object *k, *v;
        int n = 0;
        while (dict_next(*dictp, &pos, &k, &v)) {
            if (n++ >= 3) { strbuf_puts(&b, " ..."); break; }
            char *r = short_repr(ts, v);
            strbuf_printf(&b, " %s=%s", str_check(k) ? STR_DATA(k) : "?", r);
            free(r);
        }
    }
    strbuf_puts(&b, ">");
    return strbuf_detach(&b);
}

void table_name(ThreadState *ts, Object *table, char *buf, size_t cap) {
    snprintf(buf, cap, "%s #%lld", TYPE_NAME(table), (long long)trace_object_id(ts, table));
}

int walk_depth(ThreadState *ts) { return ts->frame ? call_depth(ts, ts->frame) : 0; }

static const char *const finding_names[] = {"empty", "dummy", "other hash", "collision", "match"};

/* "slot 3: entry 0 'apple', same hash, == -> False: a collision" */
static void describe_probe(StrBuf *b, const ProbeNote *p, bool with_slot) {
    if (with_slot) strbuf_printf(b, "slot %zu: ", p->slot);
    if (p->what == PROBE_EMPTY) { strbuf_puts(b, "empty"); return; }
    if (p->what == PROBE_DUMMY) { strbuf_puts(b, "dummy (a deleted key was here)"); return; }
    if (p->entry >= 0) strbuf_printf(b, "entry %zd ", p->entry);
    strbuf_printf(b, "holds %s", p->key);
    switch (p->what) {
    case PROBE_OTHER_HASH: strbuf_puts(b, ", another hash"); break;
    case PROBE_COLLISION:
    case PROBE_MATCH:
        if (p->eq < 0) { strbuf_puts(b, ", the same object"); break; }
        strbuf_printf(b, ", same hash, %s \u2192 %s", p->eq_by,
                      p->eq == 2 ? "raised" : p->eq ? "True" : "False");
        if (p->what == PROBE_COLLISION && p->eq == 0) strbuf_puts(b, ": a collision");
        break;
    default:
        break;
    }
}

static void probe_fields(Field *f, int *n, const ProbeNote *p) {
    f[(*n)++] = (Field){"slot", F_INT, NULL, (long long)p->slot};
    f[(*n)++] = (Field){"found", F_STR, finding_names[p->what], 0};
    if (p->entry >= 0) f[(*n)++] = (Field){"entry", F_INT, NULL, p->entry};
    if (p->key) f[(*n)++] = (Field){"key_there", F_STR, p->key, 0};
    if (p->eq >= 0)
        f[(*n)++] = (Field){"eq", F_RAW, p->eq == 2 ? "\"raised\"" : p->eq ? "true" : "false", 0};
}

void walk_begin_narrated(ThreadState *ts, TableWalk *w) {
    w->shown = false;
    w->has_pending = false;
    w->pending.key = NULL;
}

static void walk_heading(ThreadState *ts, TableWalk *w) {
    char name[64], hash[32];
    table_name(ts, w->table, name, sizeof name);
    char *key = key_repr(ts, w->key);
    snprintf(hash, sizeof hash, "%lld", (long long)w->hash);
    StrBuf t;
    strbuf_init(&t);
    strbuf_printf(&t, "%s %s  hash %s: %zu slots, start at slot %zu", name, key, hash, w->nslots,
                  w->nslots ? (size_t)((uint64_t)w->hash & (w->nslots - 1)) : 0);
    Field f[] = {{"table", F_STR, name, 0}, {"key", F_STR, key, 0}, {"hash", F_RAW, hash, 0},
                 {"slots", F_INT, NULL, (long long)w->nslots},
                 {"start", F_INT, NULL, w->nslots ? (long long)((uint64_t)w->hash & (w->nslots - 1)) : 0}};
    emit(ts, "dict", w->action, walk_depth(ts), t.data, f, 5);
    strbuf_free(&t);
    free(key);
    w->shown = true;
}

/* Print the held-back probe as a line of its own, [outcome] appended. */
static void walk_print_pending(ThreadState *ts, TableWalk *w, const char *outcome) {
    char name[64];
    table_name(ts, w->table, name, sizeof name);
    StrBuf t;
    strbuf_init(&t);
    strbuf_puts(&t, "  ");
    describe_probe(&t, &w->pending, true);
    if (outcome) strbuf_printf(&t, " · %s", outcome);
    Field f[8];
    int n = 0;
    f[n++] = (Field){"table", F_STR, name, 0};
    probe_fields(f, &n, &w->pending);
    if (outcome) f[n++] = (Field){"outcome", F_STR, outcome, 0};
    emit(ts, "dict", "probe", walk_depth(ts), t.data, f, n);
    strbuf_free(&t);
    free(w->pending.key);
    w->pending.key = NULL;
    w->has_pending = false;
}

static void walk_flush(ThreadState *ts, TableWalk *w) {
    if (!w->shown) walk_heading(ts, w);
    if (w->has_pending) walk_print_pending(ts, w, NULL);
}

void walk_probe_narrated(ThreadState *ts, TableWalk *w, size_t slot, ProbeFinding what, ssize_t entry,
                         Object *found, int eq) {
    if (w->has_pending) walk_flush(ts, w);
    ProbeNote *p = &w->pending;
    p->slot = slot;
    p->what = what;
    p->entry = entry;
    p->eq = eq;
    p->key = found ? key_repr(ts, found) : NULL;
    if (found && (TYPE(found)->flags & TYPE_FLAG_HEAP))
        snprintf(p->eq_by, sizeof p->eq_by, "%s.__eq__", TYPE(found)->name);
    else
        snprintf(p->eq_by, sizeof p->eq_by, "==");
    w->has_pending = true;
}

void walk_before_eq_narrated(ThreadState *ts, TableWalk *w, Object *found) {
    /* a Python __eq__ may print or be traced itself: show the walk so far */
    if ((TYPE(found)->flags & TYPE_FLAG_HEAP) || (TYPE(w->key)->flags & TYPE_FLAG_HEAP)) walk_flush(ts, w);
}

void walk_end_narrated(ThreadState *ts, TableWalk *w, const char *fmt, ...) {
    char outcome[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(outcome, sizeof outcome, fmt, ap);
    va_end(ap);
    if (w->shown || w->probes > 1) {
        if (!w->shown) walk_heading(ts, w);
        if (w->has_pending) {
            walk_print_pending(ts, w, outcome);
        } else {
            Field f[] = {{"outcome", F_STR, outcome, 0}};
            char text[170];
            snprintf(text, sizeof text, "  %s", outcome);
            emit(ts, "dict", "probe", walk_depth(ts), text, f, 1);
        }
        return;
    }
    /* one probe or none: one line */
    char name[64], hash[32];
    table_name(ts, w->table, name, sizeof name);
    char *key = key_repr(ts, w->key);
    snprintf(hash, sizeof hash, "%lld", (long long)w->hash);
    StrBuf t;
    strbuf_init(&t);
    strbuf_printf(&t, "%s %s  hash %s", name, key, hash);
    Field f[12];
    int n = 0;
    f[n++] = (Field){"table", F_STR, name, 0};
    f[n++] = (Field){"key", F_STR, key, 0};
    f[n++] = (Field){"hash", F_RAW, hash, 0};
    f[n++] = (Field){"slots", F_INT, NULL, (long long)w->nslots};
    if (w->has_pending) {
        strbuf_printf(&t, " \u2192 slot %zu of %zu: ", w->pending.slot, w->nslots);
        describe_probe(&t, &w->pending, false);
        probe_fields(f, &n, &w->pending);
    } else {
        strbuf_puts(&t, ": the table is empty");
    }
    strbuf_printf(&t, " · %s", outcome);
    f[n++] = (Field){"outcome", F_STR, outcome, 0};
    emit(ts, "dict", w->action, walk_depth(ts), t.data, f, n);
    strbuf_free(&t);
    free(key);
    free(w->pending.key);
    w->pending.key = NULL;
    w->has_pending = false;
}

void trace_table_resize(ThreadState *ts, Object *table, size_t old_slots, size_t new_slots, ssize_t used,
                        ssize_t dropped) {
    char name[64];
    table_name(ts, table, name, sizeof name);
    StrBuf t;
    strbuf_init(&t);
    strbuf_printf(&t, "%s %zu \u2192 %zu slots: %zd key%s placed again", name, old_slots, new_slots, used,
                  used == 1 ? "" : "s");
    if (dropped) strbuf_printf(&t, ", %zd deleted entr%s dropped", dropped, dropped == 1 ? "y" : "ies");
    Field f[] = {{"table", F_STR, name, 0}, {"old_slots", F_INT, NULL, (long long)old_slots},
                 {"new_slots", F_INT, NULL, (long long)new_slots}, {"used", F_INT, NULL, used},
                 {"dropped", F_INT, NULL, dropped}};
    emit(ts, "dict", "resize", walk_depth(ts), t.data, f, 5);
    strbuf_free(&t);
}

void trace_list_search(ThreadState *ts, Object *seq, Object *item, size_t compared, bool found) {
    char name[64];
    table_name(ts, seq, name, sizeof name);
    char *key = key_repr(ts, item);
    StrBuf t;
    strbuf_init(&t);
    strbuf_printf(&t, "%s %s: compared with %zu item%s, one by one · %s", name, key, compared,
                  compared == 1 ? "" : "s", found ? "found" : "not found");
    Field f[] = {{"table", F_STR, name, 0}, {"key", F_STR, key, 0},
                 {"comparisons", F_INT, NULL, (long long)compared}, {"outcome", F_STR, found ? "found" : "not found", 0}};
    emit(ts, "dict", "search", walk_depth(ts), t.data, f, 4);
    strbuf_free(&t);
    free(key);
}

void trace_table_stats(ThreadState *ts) {
    TableStats *st = &ts->interp->table_stats;
    char text[200];
    snprintf(text, sizeof text, "%llu lookup%s, %llu probe%s, %llu comparison%s, %llu resize%s",
             (unsigned long long)st->lookups, st->lookups == 1 ? "" : "s", (unsigned long long)st->probes,
             st->probes == 1 ? "" : "s", (unsigned long long)st->comparisons, st->comparisons == 1 ? "" : "s",
             (unsigned long long)st->resizes, st->resizes == 1 ? "" : "s");
    Field f[] = {{"lookups", F_INT, NULL, (long long)st->lookups}, {"probes", F_INT, NULL, (long long)st->probes},
                 {"comparisons", F_INT, NULL, (long long)st->comparisons},
                 {"resizes", F_INT, NULL, (long long)st->resizes}};
    emit(ts, "dict", "stats", 0, text, f, 4);
}

/* ---- memory (lesson 6) ----------------------------------------------------- */

void trace_free(ThreadState *ts, Object *o) {
    Tracer *tr = ts->interp->tracer;
    if (!tr) return;
    forget_object(tr, o);
    trace_mem_forget(ts, o);
}

/* ---- the cycle collector: --trace=gc (lesson 6) ------------------------------ */

/* Union-find over the unreachable objects, to tell the separate cycles. */
typedef struct { Object *o; size_t parent; } GcNode;

static int by_address(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)((const GcNode *)a)->o, y = (uintptr_t)((const GcNode *)b)->o;
    return x < y ? -1 : x > y;
}

static size_t gc_root(GcNode *n, size_t i) {
    while (n[i].parent != i) i = n[i].parent = n[n[i].parent].parent;
    return i;
}

typedef struct { GcNode *nodes, *sorted; size_t n, from; } GcWalk;

static ssize_t gc_index(GcWalk *w, Object *o) {
    GcNode key = {o, 0};
    GcNode *hit = bsearch(&key, w->sorted, w->n, sizeof(GcNode), by_address);
    return hit ? (ssize_t)hit->parent : -1;        /* sorted[].parent holds the index */
}

static int gc_link(Object *r, void *arg) {
    GcWalk *w = arg;
    ssize_t j = r ? gc_index(w, r) : -1;
    if (j >= 0) {
        size_t a = gc_root(w->nodes, w->from), b = gc_root(w->nodes, (size_t)j);
        if (a != b) w->nodes[b > a ? b : a].parent = b > a ? a : b;
    }
    return 0;
}

/* An unreachable object as the narration names it; an instance's __dict__
 * is named after its instance. */
static char *gc_label(ThreadState *ts, Object *o, GcWalk *w) {
    char name[64];
    table_name(ts, o, name, sizeof name);
    if (TYPE(o) == &DictType) {
        for (size_t i = 0; i < w->n; i++) {
            Object *inst = w->nodes[i].o;
            TypeObject *t = TYPE(inst);
            if (t->dictoffset > 0 && *(Object **)((char *)inst + t->dictoffset) == o) {
                char owner[64];
                table_name(ts, inst, owner, sizeof owner);
                StrBuf b;
                strbuf_init(&b);
                strbuf_printf(&b, "%s (the __dict__ of %s)", name, owner);
                return strbuf_detach(&b);
            }
        }
    }
    StrBuf b;
    strbuf_init(&b);
    char *r = key_repr(ts, o);
    if (TYPE(o)->flags & TYPE_FLAG_HEAP) strbuf_puts(&b, r);        /* <Node #4 name='a'> */
    else strbuf_printf(&b, "%s %s", name, r);
    free(r);
    return strbuf_detach(&b);
}

void trace_gc_found(ThreadState *ts, int generation, size_t examined, GCHead *unreachable) {
    size_t n = 0;
    for (GCHead *g = unreachable->next; g != unreachable; g = g->next) n++;
    GcWalk w = {calloc(n + 1, sizeof(GcNode)), calloc(n + 1, sizeof(GcNode)), n, 0};
    if (!w.nodes || !w.sorted) fatal_error("out of memory");
    size_t i = 0;
    for (GCHead *g = unreachable->next; g != unreachable; g = g->next, i++) {
        w.nodes[i] = (GcNode){FROM_GC(g), i};
        w.sorted[i] = (GcNode){FROM_GC(g), i};
    }
    qsort(w.sorted, n, sizeof(GcNode), by_address);
    if (TRACE_MASK(ts) & TRACE_MEM)
        for (i = 0; i < n; i++) trace_mem_note(ts, w.nodes[i].o, "found unreachable by the collector");
    for (i = 0; i < n; i++) {
        w.from = i;
        Object *o = w.nodes[i].o;
        if (TYPE(o)->traverse) TYPE(o)->traverse(o, gc_link, &w);
    }
    char text[160];
    snprintf(text, sizeof text, "generation %d: %zu object%s examined, %zu unreachable", generation, examined,
             examined == 1 ? "" : "s", n);
    Field fields[] = {{"generation", F_INT, NULL, generation}, {"examined", F_INT, NULL, (long long)examined},
                      {"unreachable", F_INT, NULL, (long long)n}};
    emit(ts, "gc", "gc", walk_depth(ts), text, fields, 3);
    /* each group of objects that only refer to each other: one line */
    for (size_t root = 0; root < n; root++) {
        if (gc_root(w.nodes, root) != root) continue;
        StrBuf t, json;
        strbuf_init(&t);
        strbuf_init(&json);
        strbuf_puts(&json, "[");
        size_t members = 0;
        for (i = root; i < n; i++) {
            if (gc_root(w.nodes, i) != root) continue;
            char *label = gc_label(ts, w.nodes[i].o, &w);
            strbuf_printf(&t, "%s%s", members ? ", " : "", label);
            if (members) strbuf_puts(&json, ", ");
            json_string(&json, label);
            free(label);
            members++;
        }
        strbuf_puts(&json, "]");
        StrBuf line;
        strbuf_init(&line);
        strbuf_printf(&line, "  %s: %s", members == 1 ? "refers only to itself" : "a cycle", t.data);
        Field f[] = {{"objects", F_RAW, json.data, 0}};
        emit(ts, "gc", "cycle", walk_depth(ts), line.data, f, 1);
        strbuf_free(&line);
        strbuf_free(&t);
        strbuf_free(&json);
    }
    free(w.nodes);
    free(w.sorted);
}

void trace_gc_finalizer(ThreadState *ts, Object *o) {
    char *r = key_repr(ts, o);
    char text[200];
    snprintf(text, sizeof text, "  %s: its %s runs (once: PEP 442)", r, TYPE(o) == &GenType ? "close()" : "__del__");
    Field f[] = {{"object", F_STR, r, 0}};
    emit(ts, "gc", "del", walk_depth(ts), text, f, 1);
    free(r);
}

void trace_gc_done(ThreadState *ts, int generation, size_t freed, size_t resurrected, double ms) {
    Tracer *t = ts->interp->tracer;
    bool times = t && t->show_times;
    char text[200], msbuf[32];
    int n = snprintf(text, sizeof text, "generation %d: %zu freed", generation, freed);
    if (resurrected) n += snprintf(text + n, sizeof text - (size_t)n, ", %zu brought back to life by a finalizer", resurrected);
    if (times) snprintf(text + n, sizeof text - (size_t)n, " in %.3f ms", ms);
    snprintf(msbuf, sizeof msbuf, times ? "%.3f" : "null", ms);
    Field fields[] = {{"generation", F_INT, NULL, generation}, {"freed", F_INT, NULL, (long long)freed},
                      {"resurrected", F_INT, NULL, (long long)resurrected}, {"ms", F_RAW, msbuf, 0}};
    emit(ts, "gc", "done", walk_depth(ts), text, fields, 4);
}
