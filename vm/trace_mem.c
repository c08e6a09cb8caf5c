/* trace_mem.c -- --trace=mem: the life of the program's objects (lesson 6).
 *
 * Every object carries a reference count: how many references to it exist
 * -- names bound to it, slots of lists and dicts and frames, the VM's value
 * stack. When the count reaches zero the object is freed at that instant
 * (runtime/object.c, obj_dealloc). This file narrates that, for the objects
 * the program works with:
 *
 *   new    list #1 [1, 2]  type list, refcount 1 · bound to name a
 *   ref    list #1  refcount 1 → 2 · bound to name b
 *   free   list #1 [1, 2]  refcount 1 → 0 · name b rebound
 *
 * How it knows. Counting every INCREF would cost every program a branch in
 * the hottest macros; instead the VM's traced path calls trace_mem_op()
 * before each instruction, which notes which objects the instruction is
 * about to touch and why ("bound to name b", "stored in list #3",
 * "passed to f"), read off the opcode and the value stack. When a source
 * line is done (trace_mem_line()), each touched object's count is compared
 * with the count last shown, and a change is printed with the reasons. A
 * free is printed at once, from obj_dealloc(), before the object's fields
 * are released; the objects it referred to (found with its traverse slot)
 * are noted as touched, because they each lost a reference.
 *
 * Which objects. An object is shown from the first time an instruction of
 * the program touches it with a reason: so the class's namespace dict, an
 * instance's __dict__, the cells of closures, keyword dicts -- tables the
 * program never holds -- stay out, and so do objects that cannot die
 * (None, True, small ints: their counts are pinned). Iterators, code
 * objects, cells and bound methods are the interpreter's plumbing and are
 * shown only under --trace=mem:all, which shows every object touched. A
 * constant of the code (a literal such as "hello") is "met" rather than
 * "new": the code object has held a reference to it since compile time.
 *
 * Costs nothing without --trace=mem: obj_alloc and obj_dealloc test one bit.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "trace.h"
#include "trace_sink.h"
#include "runtime/frame.h"
#include "opcodes.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/module.h"
#include "runtime/exceptions.h"

#define MEM_WATCHED 1u                /* shown by --trace=mem */

typedef struct Touch {
    Object *o;                        /* borrowed: forgotten when it dies */
    bool kept;                        /* a reason that keeps a reference: a name, a container */
    bool named;                       /* one of them binds a name */
    char reasons[200];                /* "bound to name a, passed to f" */
} Touch;

/* A set of addresses: live objects allocated while tracing, not yet shown. */
typedef struct PtrSet {
    Object **slots;
    size_t mask, used;
} PtrSet;

typedef struct MemState {
    /* the objects made since tracing began that the narration has not shown
     * yet: the first time it does, they are "new" rather than "met" */
    Touch *touched;                   /* this line's touched objects, in order */
    size_t ntouched, cap;
    int depth;                        /* call depth of the line's frame, for indenting */
    PtrSet recent;
    bool all;                         /* --trace=mem:all */
} MemState;

/* ---- the set of recent allocations ----------------------------------------- */

static size_t ptr_hash(Object *o) {
    uint64_t x = (uint64_t)(uintptr_t)o;
    x ^= x >> 29;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 32;
    return (size_t)x;
}

static void ptrset_add(PtrSet *s, Object *o);

static void ptrset_grow(PtrSet *s) {
    PtrSet old = *s;
    size_t size = old.slots ? (old.mask + 1) * 2 : 256;
    s->slots = calloc(size, sizeof(Object *));
    if (!s->slots) fatal_error("out of memory");
    s->mask = size - 1;
    s->used = 0;
    for (size_t i = 0; old.slots && i <= old.mask; i++)
        if (old.slots[i]) ptrset_add(s, old.slots[i]);
    free(old.slots);
}

static void ptrset_add(PtrSet *s, Object *o) {
    if (!s->slots || (s->used + 1) * 2 > s->mask + 1) ptrset_grow(s);
    size_t i = ptr_hash(o) & s->mask;
    while (s->slots[i]) {
        if (s->slots[i] == o) return;
        i = (i + 1) & s->mask;
    }
    s->slots[i] = o;
    s->used++;
}

static bool ptrset_has(PtrSet *s, Object *o) {
    if (!s->slots) return false;
    for (size_t i = ptr_hash(o) & s->mask; s->slots[i]; i = (i + 1) & s->mask)
        if (s->slots[i] == o) return true;
    return false;
}

/* Linear probing: refill the gap a removal leaves, so no search stops early. */
static void ptrset_remove(PtrSet *s, Object *o) {
    if (!s->slots) return;
    size_t i = ptr_hash(o) & s->mask;
    while (s->slots[i] != o) {
        if (!s->slots[i]) return;
        i = (i + 1) & s->mask;
    }
    s->slots[i] = NULL;
    s->used--;
    for (size_t j = (i + 1) & s->mask; s->slots[j]; j = (j + 1) & s->mask) {
        Object *k = s->slots[j];
        s->slots[j] = NULL;
        s->used--;
        ptrset_add(s, k);
    }
}

/* ---- state ----------------------------------------------------------------- */

static MemState *mem_state(ThreadState *ts) {
    Tracer *t = ts->interp->tracer;
    if (!t) return NULL;
    if (!t->mem) {
        t->mem = calloc(1, sizeof(MemState));
        if (!t->mem) fatal_error("out of memory");
        t->mem->all = (t->mask & TRACE_MEM_ALL) != 0;
    }
    return t->mem;
}

void trace_mem_free_state(Tracer *t) {
    if (!t->mem) return;
    free(t->mem->touched);
    free(t->mem->recent.slots);
    free(t->mem);
    t->mem = NULL;
}

static bool is_immortal(Object *o) { return o->refcnt >= IMMORTAL_REFCNT / 2; }

/* The interpreter's plumbing: shown only under mem:all. */
static bool is_plumbing(Object *o) {
    TypeObject *t = TYPE(o);
    if (t == &CodeType || t == &CellType || t == &MethodType || t == &BuiltinFunctionType) return true;
    size_t n = strlen(t->name);
    return n >= 8 && strcmp(t->name + n - 8, "iterator") == 0;
}

/* Note that the next instruction touches [o] because of [why]; [kept]:
 * the reason is a reference that stays (a name, a container). */
static void note(ThreadState *ts, Object *o, int kept, const char *fmt, va_list ap) {
    if (!o || is_immortal(o)) return;
    MemState *m = mem_state(ts);
    if (!m || (!m->all && is_plumbing(o))) return;
    char why[160];
    vsnprintf(why, sizeof why, fmt, ap);
    Touch *t = NULL;
    for (size_t i = 0; i < m->ntouched; i++)
        if (m->touched[i].o == o) { t = &m->touched[i]; break; }
    if (!t) {
        if (m->ntouched == m->cap) {
            m->cap = m->cap ? m->cap * 2 : 32;
            m->touched = realloc(m->touched, m->cap * sizeof(Touch));
            if (!m->touched) fatal_error("out of memory");
        }
        if (m->ntouched == 0) m->depth = walk_depth(ts);
        t = &m->touched[m->ntouched++];
        t->o = o;
        t->kept = t->named = false;
        t->reasons[0] = '\0';
    }
    t->kept |= kept > 0;
    t->named |= kept > 1;
    if (!*why || strstr(t->reasons, why)) return;      /* each reason once */
    size_t len = strlen(t->reasons);
    snprintf(t->reasons + len, sizeof t->reasons - len, "%s%s", len ? ", " : "", why);
}

static void touch(ThreadState *ts, Object *o, const char *fmt, ...) PRINTF_LIKE(3, 4);
static void touch(ThreadState *ts, Object *o, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    note(ts, o, 0, fmt, ap);
    va_end(ap);
}

/* touch(), for a reference that stays: the object now belongs to the program. */
static void keep(ThreadState *ts, Object *o, const char *fmt, ...) PRINTF_LIKE(3, 4);
static void keep(ThreadState *ts, Object *o, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    note(ts, o, 1, fmt, ap);
    va_end(ap);
}

/* keep(), for a name binding: the one reason that makes a literal worth
 * showing (a = "hello"). */
static void bind(ThreadState *ts, Object *o, const char *fmt, ...) PRINTF_LIKE(3, 4);
static void bind(ThreadState *ts, Object *o, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    note(ts, o, 2, fmt, ap);
    va_end(ap);
}

static Touch *find_touch(MemState *m, Object *o) {
    for (size_t i = 0; m && i < m->ntouched; i++)
        if (m->touched[i].o == o) return &m->touched[i];
    return NULL;
}

static void drop_touch(MemState *m, Object *o) {
    for (size_t i = 0; m && i < m->ntouched; i++) {
        if (m->touched[i].o == o) {
            memmove(&m->touched[i], &m->touched[i + 1], (m->ntouched - i - 1) * sizeof(Touch));
            m->ntouched--;
            return;
        }
    }
}

/* "list #3" for reasons. */
static const char *label(ThreadState *ts, Object *o, char *buf, size_t cap) {
    table_name(ts, o, buf, cap);
    return buf;
}

/* ---- printing -------------------------------------------------------------- */

/* Changes print at the depth of the line that made them. */
static int line_depth(ThreadState *ts) {
    MemState *m = mem_state(ts);
    return m && m->ntouched ? m->depth : walk_depth(ts);
}

static bool is_interned(ThreadState *ts, Object *o) {
    if (!str_check_exact(o) || !ts->interp->interned) return false;
    Object *saved = err_fetch(ts);
    Object *v = dict_get_borrowed(ts, ts->interp->interned, o);
    err_clear(ts);
    ts->exc = saved;
    return v == o;
}

static bool is_constant_of(Frame *f, Object *o) {
    for (; f; f = f->back) {
        Object *consts = f->code->consts;
        for (size_t i = 0; i < TUPLE_SIZE(consts); i++)
            if (TUPLE_GET(consts, i) == o) return true;
    }
    return false;
}

/* new/meet: the object's three fields -- type, value, reference count. */
static void print_first(ThreadState *ts, Object *o, ObjectEntry *e, bool is_new, const char *reasons) {
    char name[64], refs[32];
    table_name(ts, o, name, sizeof name);
    char *value = key_repr(ts, o);
    bool constant = !is_new && is_constant_of(ts->frame, o);
    bool interned = is_interned(ts, o);
    StrBuf t;
    strbuf_init(&t);
    strbuf_printf(&t, "%s %s  type %s, refcount %lld", name, value, TYPE_NAME(o), (long long)o->refcnt);
    if (constant || interned)
        strbuf_printf(&t, " (%s%s%s)", constant ? "a constant: its code object holds 1" : "",
                      constant && interned ? "; " : "", interned ? "interned: the table of interned strings holds 2" : "");
    if (*reasons) strbuf_printf(&t, " · %s", reasons);
    snprintf(refs, sizeof refs, "%lld", (long long)o->refcnt);
    Field f[] = {{"id", F_INT, NULL, e->id}, {"type", F_STR, TYPE_NAME(o), 0}, {"repr", F_STR, value, 0},
                 {"refcnt", F_INT, NULL, o->refcnt}, {"constant", F_RAW, constant ? "true" : "false", 0},
                 {"reasons", F_STR, reasons, 0}};
    emit(ts, "mem", is_new ? "new" : "meet", line_depth(ts), t.data, f, 6);
    strbuf_free(&t);
    free(value);
    e->shown_refcnt = o->refcnt;
}

static void print_change(ThreadState *ts, Object *o, ObjectEntry *e, const char *reasons) {
    char name[64];
    table_name(ts, o, name, sizeof name);
    StrBuf t;
    strbuf_init(&t);
    if (o->refcnt == e->shown_refcnt)
        strbuf_printf(&t, "%s  refcount %lld (unchanged)", name, (long long)o->refcnt);
    else
        strbuf_printf(&t, "%s  refcount %lld \u2192 %lld", name, (long long)e->shown_refcnt, (long long)o->refcnt);
    if (*reasons) strbuf_printf(&t, " · %s", reasons);
    Field f[] = {{"id", F_INT, NULL, e->id}, {"type", F_STR, TYPE_NAME(o), 0},
                 {"old_refcnt", F_INT, NULL, e->shown_refcnt}, {"refcnt", F_INT, NULL, o->refcnt},
                 {"reasons", F_STR, reasons, 0}};
    emit(ts, "mem", "ref", line_depth(ts), t.data, f, 5);
    strbuf_free(&t);
    e->shown_refcnt = o->refcnt;
}

/* Should the program see [o] from now on? */
/* Should the narration show [o], touched as [t] says? By default: objects
 * the program made, or (literals and the like) that it binds to a name. */
static bool eligible(MemState *m, Object *o, const Touch *t, bool is_new) {
    if (is_immortal(o)) return false;
    return m->all || (!is_plumbing(o) && *t->reasons && (is_new || t->named));
}

static bool start_watching(ThreadState *ts, MemState *m, Object *o, const Touch *t) {
    bool is_new = ptrset_has(&m->recent, o);
    if (!eligible(m, o, t, is_new)) return false;
    ObjectEntry *e = trace_object_entry(ts, o);
    e->flags |= MEM_WATCHED;
    ptrset_remove(&m->recent, o);
    print_first(ts, o, e, is_new, t->reasons);
    return true;
}

/* A line is done (or a frame is left, or the program ends): show what
 * changed for the objects its instructions touched. */
void trace_mem_line(ThreadState *ts) {
    MemState *m = mem_state(ts);
    if (!m) return;
    /* printing may assign ids, which never frees: the list stays valid */
    for (size_t i = 0; i < m->ntouched; i++) {
        Touch *t = &m->touched[i];
        ObjectEntry *e = trace_object_find(ts, t->o);
        if (!e || !(e->flags & MEM_WATCHED)) {
            start_watching(ts, m, t->o, t);
            continue;
        }
        /* a changed count; or a reference that moved (say from a local to
         * the name the result is bound to) leaving the count as it was */
        if (t->o->refcnt != e->shown_refcnt || t->kept) print_change(ts, t->o, e, t->reasons);
    }
    m->ntouched = 0;
}

/* ---- allocation and death ----------------------------------------------------- */

void trace_alloc(ThreadState *ts, Object *o) {
    MemState *m = mem_state(ts);
    if (!m) return;
    if (ts->interp->compiling && !m->all) return;     /* a literal: met later, if bound to a name */
    ptrset_add(&m->recent, o);
    if (m->all) touch(ts, o, "%s", "");
}

static int note_lost_reference(Object *r, void *arg) {
    ThreadState *ts = ((void **)arg)[0];
    const char *owner = ((void **)arg)[1];
    if (!r || (TYPE(r)->flags & TYPE_FLAG_TYPE_SUBCLASS)) return 0;   /* an instance's class: plumbing */
    ObjectEntry *e = trace_object_find(ts, r);
    if (e && (e->flags & MEM_WATCHED)) {
        touch(ts, r, "its reference from %s went away", owner);
    } else if (TYPE(r) == &DictType && !((DictObject *)r)->watched && TYPE(r)->traverse && r->refcnt == 1) {
        /* an instance's __dict__, about to go with it: look through it */
        TYPE(r)->traverse(r, note_lost_reference, arg);
    }
    return 0;
}

void trace_mem_note(ThreadState *ts, Object *o, const char *why) {
    ObjectEntry *e = trace_object_find(ts, o);
    if (e && (e->flags & MEM_WATCHED)) touch(ts, o, "%s", why);
}

/* [o] is being freed for good (after any __del__, which may have touched
 * it again): forget every note about it. */
void trace_mem_forget(ThreadState *ts, Object *o) {
    MemState *m = ts->interp->tracer ? ts->interp->tracer->mem : NULL;
    if (!m) return;
    drop_touch(m, o);
    ptrset_remove(&m->recent, o);
}

/* [o]'s count reached zero: it is about to be freed (its fields are still
 * intact). */
void trace_dying(ThreadState *ts, Object *o) {
    MemState *m = mem_state(ts);
    if (!m) return;
    ObjectEntry *e = trace_object_find(ts, o);
    Touch *t = find_touch(m, o);
    bool temporary = false;
    if (!e || !(e->flags & MEM_WATCHED)) {
        /* never shown: a temporary, made and dropped within one line */
        bool is_new = ptrset_has(&m->recent, o);
        ptrset_remove(&m->recent, o);
        if (!t || !eligible(m, o, t, is_new)) { drop_touch(m, o); return; }
        temporary = true;
    }
    char name[64];
    table_name(ts, o, name, sizeof name);
    o->refcnt = 1;                    /* so that showing it cannot free it twice */
    char *value = key_repr(ts, o);
    o->refcnt = 0;
    e = trace_object_entry(ts, o);    /* found again: naming objects may have moved the table */
    const char *reasons = t ? t->reasons : "";
    StrBuf text;
    strbuf_init(&text);
    if (temporary) strbuf_printf(&text, "%s %s  a temporary: made and freed within the line", name, value);
    else strbuf_printf(&text, "%s %s  refcount %lld \u2192 0", name, value, (long long)e->shown_refcnt);
    if (*reasons) strbuf_printf(&text, " · %s", reasons);
    Field f[] = {{"id", F_INT, NULL, e->id}, {"type", F_STR, TYPE_NAME(o), 0}, {"repr", F_STR, value, 0},
                 {"old_refcnt", F_INT, NULL, e->shown_refcnt}, {"reasons", F_STR, reasons, 0}};
    emit(ts, "mem", "free", walk_depth(ts), text.data, f, 5);
    strbuf_free(&text);
    free(value);
    e->flags &= (uint8_t)~MEM_WATCHED;
    drop_touch(m, o);
    /* what it referred to each lose a reference */
    if (TYPE(o)->traverse) {
        void *arg[2] = {ts, name};
        TYPE(o)->traverse(o, note_lost_reference, arg);
    }
}

/* ---- why an instruction touches what it touches -------------------------------- */

/* __module__, __qualname__, __doc__: stored by the compiler's own code */
static bool is_dunder(Object *name) {
    const char *n = STR_DATA(name);
    size_t len = STR_SIZE(name);
    return len > 4 && n[0] == '_' && n[1] == '_' && n[len - 1] == '_' && n[len - 2] == '_';
}

static Object *dict_peek(Object *d, Object *name) {
    if (!d || !dict_check(d)) return NULL;
    ThreadState *ts = ts_current();
    Object *saved = err_fetch(ts);
    Object *v = dict_get_borrowed(ts, d, name);
    err_clear(ts);
    ts->exc = saved;
    return v;
}

static const char *name_of_callable(Object *c, char *buf, size_t cap, ThreadState *ts) {
    if (!c) return "?";
    TypeObject *t = TYPE(c);
    if (t == &FunctionType) return STR_DATA(((FunctionObject *)c)->qualname);
    if (t == &BuiltinFunctionType) {
        BuiltinFunctionObject *b = (BuiltinFunctionObject *)c;
        if (b->self && TYPE(b->self) != &ModuleType) {
            char owner[64];
            table_name(ts, b->self, owner, sizeof owner);
            snprintf(buf, cap, "%s.%s()", owner, b->def->name);
            return buf;
        }
        return b->def->name;
    }
    if (t->flags & TYPE_FLAG_TYPE_SUBCLASS) return ((TypeObject *)c)->name;
    return t->name;
}

void trace_mem_op(ThreadState *ts, Frame *f, const uint32_t *ip, Object **sp) {
    CodeObject *co = f->code;
    uint32_t w = *ip;
    uint32_t arg = INSTR_ARG(w);
    char buf[96], buf2[96];
    const char *fname = STR_DATA(co->name);
    switch (INSTR_OP(w)) {
    case OP_STORE_FAST: {
        const char *n = STR_DATA(TUPLE_GET(co->varnames, arg));
        bind(ts, sp[-1], "bound to name %s", n);
        touch(ts, f->localsplus[arg], "name %s rebound", n);
        break;
    }
    case OP_DELETE_FAST:
        touch(ts, f->localsplus[arg], "name %s deleted", STR_DATA(TUPLE_GET(co->varnames, arg)));
        break;
    case OP_STORE_DEREF:
    case OP_DELETE_DEREF: {
        bool own = (int)arg < co->ncells;
        Object *name = own ? TUPLE_GET(co->cellvars, arg) : TUPLE_GET(co->freevars, arg - (uint32_t)co->ncells);
        Object *cell = f->localsplus[co->nlocals + arg];
        Object *old = cell && TYPE(cell) == &CellType ? CELL_GET(cell) : NULL;
        if (INSTR_OP(w) == OP_STORE_DEREF) {
            bind(ts, sp[-1], "bound to name %s (a cell)", STR_DATA(name));
            touch(ts, old, "name %s rebound", STR_DATA(name));
        } else {
            touch(ts, old, "name %s deleted", STR_DATA(name));
        }
        break;
    }
    case OP_STORE_NAME:
    case OP_STORE_GLOBAL:
    case OP_DELETE_NAME:
    case OP_DELETE_GLOBAL: {
        Opcode op = INSTR_OP(w);
        Object *name = TUPLE_GET(co->names, arg);
        Object *ns = (op == OP_STORE_NAME || op == OP_DELETE_NAME) ? f->locals : f->globals;
        Object *old = dict_peek(ns, name);
        if (op == OP_STORE_NAME || op == OP_STORE_GLOBAL) {
            if (!is_dunder(name)) bind(ts, sp[-1], "bound to name %s", STR_DATA(name));
            touch(ts, old, "name %s rebound", STR_DATA(name));
        } else {
            touch(ts, old, "name %s deleted", STR_DATA(name));
        }
        break;
    }
    case OP_STORE_ATTR: {
        Object *name = TUPLE_GET(co->names, arg);
        keep(ts, sp[-2], "stored as %s.%s", label(ts, sp[-1], buf, sizeof buf), STR_DATA(name));
        TypeObject *t = TYPE(sp[-1]);
        Object **dictp = t->dictoffset > 0 ? (Object **)((char *)sp[-1] + t->dictoffset) : NULL;
        if (dictp && *dictp) touch(ts, dict_peek(*dictp, name), "%s.%s replaced", buf, STR_DATA(name));
        break;
    }
    case OP_STORE_SUBSCR: {
        Object *container = sp[-2];
        keep(ts, sp[-3], "stored in %s", label(ts, container, buf, sizeof buf));
        if (dict_check(container)) touch(ts, dict_peek(container, sp[-1]), "replaced in %s", buf);
        break;
    }
    case OP_BUILD_LIST:
    case OP_BUILD_TUPLE:
    case OP_BUILD_SET: {
        const char *kind = INSTR_OP(w) == OP_BUILD_LIST ? "list" : INSTR_OP(w) == OP_BUILD_TUPLE ? "tuple" : "set";
        for (uint32_t i = 1; i <= arg; i++) keep(ts, sp[-(int)i], "put in a new %s", kind);
        break;
    }
    case OP_BUILD_MAP:
        for (uint32_t i = 1; i <= 2 * arg; i++) keep(ts, sp[-(int)i], "put in a new dict");
        break;
    case OP_LIST_APPEND:
    case OP_SET_ADD:
        keep(ts, sp[-1], "added to %s", label(ts, sp[-1 - (int)arg], buf, sizeof buf));
        break;
    case OP_MAP_ADD:
        keep(ts, sp[-1], "stored in %s", label(ts, sp[-2 - (int)arg], buf, sizeof buf));
        keep(ts, sp[-2], "a key of %s", buf);
        break;
    case OP_CALL: {
        Object *first = sp[-(int)arg - 2], *second = sp[-(int)arg - 1];
        Object *callable = first ? first : second;
        const char *who = name_of_callable(callable, buf2, sizeof buf2, ts);
        for (uint32_t i = 1; i <= arg; i++) touch(ts, sp[-(int)i], "passed to %s", who);
        if (first) touch(ts, second, "passed to %s as self", who);
        break;
    }
    case OP_RETURN_VALUE:
        touch(ts, sp[-1], "returned by %s", fname);
        for (int i = 0; i < co->nlocals; i++)
            touch(ts, f->localsplus[i], "%s returns: its local %s goes", fname, STR_DATA(TUPLE_GET(co->varnames, i)));
        break;
    case OP_YIELD_VALUE:
        touch(ts, sp[-1], "yielded by %s", fname);
        break;
    case OP_POP_TOP:
        touch(ts, sp[-1], "%s", "a result nobody kept");
        break;
    default:
        break;
    }
}
