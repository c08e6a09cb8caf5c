/* memwatch.c -- the memory narrator: --trace=mem (lesson 6).
 *
 * Every object carries a reference count: how many references to it exist
 * -- names bound to it, slots of lists and dicts and frames, the VM's value
 * stack. When the count reaches zero the object is freed at that instant.
 * This file tells that story for the objects the program works with:
 *
 *   new    list #1 [1, 2]  type list, refcount 1 · bound to name a
 *   ref    list #1  refcount 1 → 2 · bound to name b
 *   free   list #1 [1, 2]  refcount 1 → 0 · name b rebound
 *
 * How it knows. The code that moves references says why, as it does it:
 * STORE_FAST reports "bound to name b" for the new value and "name b
 * rebound" for the old one, CALL reports "passed to f" for each argument,
 * a dict replacing a value reports the value it drops (trace/events.h,
 * MemReason). Those reasons are collected per source line; when the line
 * is done, each object they touched is shown if its count -- read off the
 * object, never recounted -- changed since it was last shown. A free is
 * shown at once, from dealloc, while the object is still intact; the
 * objects it referred to each lose a reference, and are noted as such.
 *
 * Which objects. An object is shown from the first time it is touched
 * with a reason: so the class's namespace dict, an instance's __dict__,
 * keyword dicts -- tables the program never holds -- stay out, and so do
 * objects that cannot die (None, True, small ints: their counts are
 * pinned). Iterators, code objects, cells and bound methods are the
 * interpreter's plumbing, shown only under --trace=mem:all. A constant of
 * the code (a literal such as "hello") is "met" rather than "new": the code
 * object has held a reference to it since compile time.
 */
#include <stdlib.h>
#include <string.h>

#include "tracer.h"
#include "names.h"
#include "runtime/interp.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/module.h"
#include "runtime/frame.h"

typedef struct Touch {
    Object *o;                    /* borrowed: forgotten when it dies */
    bool kept;                    /* a reason that keeps a reference: a name, a container */
    bool named;                   /* one of them binds a name */
    bool constant;                /* when first touched, a running code object held it */
    StrBuf reasons;               /* "bound to name a, passed to f" */
} Touch;

struct MemWatch {
    Touch *touched;               /* this line's touched objects, in order (o NULL: forgotten) */
    size_t ntouched, cap;
    PtrMap touch_index;           /* object -> its index in touched */
    int depth;                    /* call depth of the line's frame */
    PtrMap recent;                /* made since tracing began, not shown yet: "new", not "met" */
    PtrMap shown;                 /* shown: object -> the refcount last shown */
    bool all;                     /* --trace=mem:all */
    Tracer *tracer;               /* told when there is no memory to narrate with */
};

MemWatch *memwatch_new(Tracer *tracer, bool all) {
    MemWatch *m = calloc(1, sizeof(MemWatch));
    if (!m) return NULL;
    m->tracer = tracer;
    m->all = all;
    return m;
}

void memwatch_free(MemWatch *m) {
    for (size_t i = 0; i < m->ntouched; i++) strbuf_free(&m->touched[i].reasons);
    free(m->touched);
    ptrmap_free(&m->touch_index);
    ptrmap_free(&m->recent);
    ptrmap_free(&m->shown);
    free(m);
}

/* false when there was no memory for it: the narration has stopped */
static bool remember(MemWatch *m, PtrMap *map, Object *o, int64_t value) {
    if (ptrmap_put(map, o, value)) return true;
    trace_lost_memory(m->tracer);
    return false;
}

static bool is_immortal(Object *o) { return o->refcnt >= IMMORTAL_REFCNT / 2; }

/* The interpreter's plumbing: shown only under mem:all. */
static bool is_plumbing(Object *o) {
    TypeObject *t = TYPE(o);
    if (t == &CodeType || t == &CellType || t == &MethodType || t == &BuiltinFunctionType) return true;
    size_t n = strlen(t->name);
    return n >= 8 && strcmp(t->name + n - 8, "iterator") == 0;
}

/* __module__, __qualname__: stored by the compiler's own code, not the program's */
static bool is_dunder(Object *name) {
    const char *n = STR_DATA(name);
    size_t len = STR_SIZE(name);
    return len > 4 && n[0] == '_' && n[1] == '_' && n[len - 1] == '_' && n[len - 2] == '_';
}

static Touch *find_touch(MemWatch *m, Object *o) {
    int64_t i;
    return ptrmap_get(&m->touch_index, o, &i) ? &m->touched[i] : NULL;
}

static void drop_touch(MemWatch *m, Object *o) {
    Touch *t = find_touch(m, o);
    if (!t) return;
    t->o = NULL;                  /* kept in place: the others keep their order */
    strbuf_free(&t->reasons);
    ptrmap_remove(&m->touch_index, o);
}

static const char *reasons_of(const Touch *t) { return t->reasons.data ? t->reasons.data : ""; }

/* Note that [o] is touched because of [why]; [kept]: 1 the reason keeps a
 * reference (a container), 2 it binds a name. */
static void note(ThreadState *ts, MemWatch *m, Object *o, int kept, const char *why) {
    if (!o || is_immortal(o) || (!m->all && is_plumbing(o))) return;
    Touch *t = find_touch(m, o);
    if (!t) {
        if (m->ntouched == m->cap) {
            size_t cap = m->cap ? m->cap * 2 : 32;
            Touch *grown = realloc(m->touched, cap * sizeof(Touch));
            if (!grown) {
                trace_lost_memory(m->tracer);
                return;
            }
            m->touched = grown;
            m->cap = cap;
        }
        if (!remember(m, &m->touch_index, o, (int64_t)m->ntouched)) return;
        if (m->ntouched == 0) m->depth = ts->frame ? ts->frame->depth : 0;
        t = &m->touched[m->ntouched++];
        *t = (Touch){.o = o};
        /* a literal: a constant of the code running now (seen now, while
         * the frames are there; it may be shown after they returned) */
        for (Frame *f = ts->frame; f && !t->constant && !ptrmap_get(&m->recent, o, NULL); f = f->back) {
            if (!f->code) continue;               /* a frame being torn down */
            Object *consts = f->code->consts;
            for (size_t i = 0; i < TUPLE_SIZE(consts); i++)
                if (TUPLE_GET(consts, i) == o) t->constant = true;
        }
    }
    t->kept |= kept > 0;
    t->named |= kept > 1;
    if (!*why || (t->reasons.len && strstr(t->reasons.data, why))) return;      /* each reason once */
    if (t->reasons.len > 400) return;                                           /* enough said */
    if (t->reasons.len) strbuf_puts(&t->reasons, ", ");
    strbuf_puts(&t->reasons, why);
}

/* "f", "len", "list #3.append()", "Point": who an argument was passed to */
static void callable_name(Tracer *t, StrBuf *b, Object *c) {
    TypeObject *tp = TYPE(c);
    if (tp == &FunctionType) strbuf_puts(b, STR_DATA(((FunctionObject *)c)->qualname));
    else if (tp == &BuiltinFunctionType) {
        BuiltinFunctionObject *f = (BuiltinFunctionObject *)c;
        if (f->self && TYPE(f->self) != &ModuleType) {
            names_label(t, b, f->self);
            strbuf_printf(b, ".%s()", f->def->name);
        } else {
            strbuf_puts(b, f->def->name);
        }
    } else if (tp->flags & TYPE_FLAG_TYPE_SUBCLASS) strbuf_puts(b, ((TypeObject *)c)->name);
    else strbuf_puts(b, tp->name);
}

/* The words for a reason, and how strongly it holds the object. */
static int reason_text(Tracer *t, StrBuf *b, const Event *ev) {
    const MemEvent *e = &ev->mem;
    const char *name = e->name ? STR_DATA(e->name) : "?";
    const char *func = ev->frame ? STR_DATA(ev->frame->code->name) : "?";
    switch (e->reason) {
    case MEM_BOUND: strbuf_printf(b, "bound to name %s", name); return 2;
    case MEM_BOUND_CELL: strbuf_printf(b, "bound to name %s (a cell)", name); return 2;
    case MEM_REBOUND: strbuf_printf(b, "name %s rebound", name); return 0;
    case MEM_NAME_DELETED: strbuf_printf(b, "name %s deleted", name); return 0;
    case MEM_STORED_ATTR:
        strbuf_puts(b, "stored as ");
        names_label(t, b, e->owner);
        strbuf_printf(b, ".%s", name);
        return 1;
    case MEM_ATTR_REPLACED:
        names_label(t, b, e->owner);
        strbuf_printf(b, ".%s replaced", name);
        return 0;
    case MEM_STORED_IN:
        strbuf_puts(b, "stored in ");
        names_label(t, b, e->owner);
        return 1;
    case MEM_REPLACED_IN:
        strbuf_puts(b, "replaced in ");
        names_label(t, b, e->owner);
        return 0;
    case MEM_PUT_IN_NEW: strbuf_printf(b, "put in a new %s", e->what); return 1;
    case MEM_ADDED_TO:
        strbuf_puts(b, "added to ");
        names_label(t, b, e->owner);
        return 1;
    case MEM_KEY_OF:
        strbuf_puts(b, "a key of ");
        names_label(t, b, e->owner);
        return 1;
    case MEM_PASSED_TO:
    case MEM_PASSED_AS_SELF:
        strbuf_puts(b, "passed to ");
        callable_name(t, b, e->owner);
        if (e->reason == MEM_PASSED_AS_SELF) strbuf_puts(b, " as self");
        return 0;
    case MEM_RETURNED_BY: strbuf_printf(b, "returned by %s", func); return 0;
    case MEM_LOCAL_GOES: strbuf_printf(b, "%s returns: its local %s goes", func, name); return 0;
    case MEM_YIELDED_BY: strbuf_printf(b, "yielded by %s", func); return 0;
    case MEM_RESULT_DROPPED: strbuf_puts(b, "a result nobody kept"); return 0;
    case MEM_FOUND_UNREACHABLE: strbuf_puts(b, "found unreachable by the collector"); return 0;
    case MEM_REFERENCE_GONE:
        strbuf_puts(b, "its reference from ");
        names_label(t, b, e->owner);
        strbuf_puts(b, " went away");
        return 0;
    }
    return 0;
}

/* ---- showing ------------------------------------------------------------------- */

static void show(ThreadState *ts, MemShow what, const Touch *touch, Object *o, intptr_t old, int depth) {
    Tracer *t = ts->interp->tracer;
    Event ev = {.kind = EV_MEM_SHOW, .index = -1, .depth = depth,
                .show = {.show = what, .object = o, .id = names_id(t, o), .refcnt = o->refcnt,
                         .old_refcnt = old, .reasons = touch ? reasons_of(touch) : ""}};
    if (what == SHOW_MEET) {
        ev.show.constant = touch && touch->constant;
        ev.show.interned = str_check_exact(o) && ((StrObject *)o)->interned;
    }
    trace_deliver(ts, &ev);
}

/* Should the narration show [o], touched as [t] says? By default: objects
 * the program made, or (literals and the like) that it binds to a name. */
static bool eligible(MemWatch *m, Object *o, const Touch *t, bool is_new) {
    if (is_immortal(o)) return false;
    return m->all || (!is_plumbing(o) && *reasons_of(t) && (is_new || t->named));
}

void memwatch_line_done(ThreadState *ts, Tracer *tr) {
    MemWatch *m = tr->mem;
    for (size_t i = 0; i < m->ntouched; i++) {
        Touch *t = &m->touched[i];
        Object *o = t->o;
        int64_t last;
        if (!o) continue;
        if (!ptrmap_get(&m->shown, o, &last)) {
            bool is_new = ptrmap_get(&m->recent, o, NULL);
            if (!eligible(m, o, t, is_new)) continue;
            ptrmap_remove(&m->recent, o);
            show(ts, is_new ? SHOW_NEW : SHOW_MEET, t, o, 0, m->depth);
            remember(m, &m->shown, o, o->refcnt);
            continue;
        }
        /* a changed count; or a reference that moved (say from a local to
         * the name the result is bound to) leaving the count as it was */
        if (o->refcnt != last || t->kept) {
            show(ts, SHOW_REF, t, o, (intptr_t)last, m->depth);
            remember(m, &m->shown, o, o->refcnt);
        }
    }
    for (size_t i = 0; i < m->ntouched; i++) strbuf_free(&m->touched[i].reasons);
    m->ntouched = 0;
    ptrmap_clear(&m->touch_index);
}

/* ---- reports ---------------------------------------------------------------------- */

typedef struct LostReference {
    ThreadState *ts;
    MemWatch *m;
    Object *owner;
} LostReference;

static int note_lost_reference(Object *r, void *arg) {
    LostReference *lost = arg;
    if (!r || (TYPE(r)->flags & TYPE_FLAG_TYPE_SUBCLASS)) return 0;   /* an instance's class: plumbing */
    if (ptrmap_get(&lost->m->shown, r, NULL)) {
        Event ev = {.kind = EV_MEM_REASON, .mem = {.object = r, .reason = MEM_REFERENCE_GONE, .owner = lost->owner}};
        StrBuf why;
        strbuf_init(&why);
        reason_text(lost->ts->interp->tracer, &why, &ev);
        note(lost->ts, lost->m, r, 0, why.data);
        strbuf_free(&why);
    } else if (TYPE(r) == &DictType && !((DictObject *)r)->watched && r->refcnt == 1) {
        /* an instance's __dict__, about to go with it: look through it */
        TYPE(r)->traverse(r, note_lost_reference, arg);
    }
    return 0;
}

/* [o]'s count reached zero: it is about to be freed, its fields intact. */
static void dying(ThreadState *ts, Tracer *tr, MemWatch *m, Object *o) {
    Touch *t = find_touch(m, o);
    int64_t last = 0;
    MemShow what = SHOW_FREE;
    if (!ptrmap_get(&m->shown, o, &last)) {
        /* never shown: a temporary, made and dropped within one line */
        bool is_new = ptrmap_get(&m->recent, o, NULL);
        ptrmap_remove(&m->recent, o);
        if (!t || !eligible(m, o, t, is_new)) {
            drop_touch(m, o);
            return;
        }
        what = SHOW_TEMPORARY;
    }
    show(ts, what, t, o, (intptr_t)last, ts->frame ? ts->frame->depth : 0);
    ptrmap_remove(&m->shown, o);
    drop_touch(m, o);
    /* what it referred to each lose a reference */
    if (TYPE(o)->traverse) {
        LostReference lost = {ts, m, o};
        TYPE(o)->traverse(o, note_lost_reference, &lost);
    }
}

void memwatch_report(ThreadState *ts, Tracer *tr, const Event *ev) {
    MemWatch *m = tr->mem;
    Object *o = ev->mem.object;
    switch (ev->kind) {
    case EV_MEM_ALLOC:
        if (ev->mem.compiling && !m->all) return;      /* a literal: met later, if bound to a name */
        remember(m, &m->recent, o, 1);
        if (m->all) note(ts, m, o, 0, "");
        return;
    case EV_MEM_REASON: {
        if (!o || is_immortal(o) || (!m->all && is_plumbing(o))) return;
        if (ev->mem.reason == MEM_FOUND_UNREACHABLE && !ptrmap_get(&m->shown, o, NULL)) return;   /* only what it showed */
        if (ev->mem.reason == MEM_BOUND && ev->mem.name && is_dunder(ev->mem.name) && ev->frame &&
            ev->frame->locals && ev->frame->locals != ev->frame->globals)
            return;                                     /* __module__ = ... in a class body */
        StrBuf why;
        strbuf_init(&why);
        int kept = reason_text(tr, &why, ev);
        note(ts, m, o, kept, why.data ? why.data : "");
        strbuf_free(&why);
        return;
    }
    case EV_MEM_DYING:
        dying(ts, tr, m, o);
        return;
    default:
        return;
    }
}

void memwatch_forget(Tracer *t, Object *o) {
    MemWatch *m = t->mem;
    drop_touch(m, o);
    ptrmap_remove(&m->recent, o);
    ptrmap_remove(&m->shown, o);
}
