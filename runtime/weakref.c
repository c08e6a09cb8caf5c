/* weakref.c -- weak references: `_weakref.ref`, getweakrefcount() and
 * getweakrefs(), and clearing them when their object dies.
 *
 * Lesson 6 (memory): a weak reference names an object without counting
 * towards its reference count, so it does not keep it alive; when the
 * object dies -- its count reaches zero, or the cycle collector frees it --
 * the reference is cleared (calling it gives None) and its callback runs.
 *
 * Where an object's weak references are found
 * -------------------------------------------
 * CPython gives each weakly referenceable type a list-head field
 * (tp_weaklistoffset). Here the lists live in a side table owned by the
 * interpreter (Interp.weakrefs), an open-addressing map from an object's
 * address to the first WeakrefObject of a doubly linked list threaded
 * through the weak references themselves. Why: it adds no field to any
 * object (sizes and layouts of instances, functions, sets... stay as they
 * are), it serves every kind of object alike, and dying stays cheap: a
 * container that has weak references carries GC_HAS_WEAKREFS in its GCHead
 * flags, so obj_dealloc() looks in the table only for those. That is why
 * only containers (and the immortal built-in types, which never die) may
 * be weakly referenced: the flag lives in the GCHead.
 *
 * Order, as CPython's: a ref without callback is shared (ref(o) is ref(o))
 * and kept first in the list; a ref with a callback goes right after it,
 * so callbacks run newest first. When the object dies every ref is cleared
 * before any callback runs. The collector (runtime/gc.c, handle_weakrefs)
 * clears the refs to garbage itself and calls only the callbacks of refs
 * that are not garbage themselves.
 *
 * Start reading at weakref_new_slot() and weakref_clear_dying().
 */
#include "typealias.h"
#include "weakref.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "bytes.h"
#include "module.h"
#include "modules.h"
#include "args.h"
#include "common/rawmem.h"
#include "trace/events.h"

/* ==== the side table: object address -> first weak reference ==== */

static size_t slot_of(WeakTable *t, Object *key) {
    uint64_t x = (uint64_t)(uintptr_t)key;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    size_t i = (size_t)x & t->mask;
    while (t->slots[i].key && t->slots[i].key != key) i = (i + 1) & t->mask;
    return i;
}

WeakrefObject *weakref_list_borrowed(Interp *interp, Object *o) {
    WeakTable *t = &interp->weakrefs;
    if (!t->slots) return NULL;
    WeakTableSlot *s = &t->slots[slot_of(t, o)];
    return s->key ? s->head : NULL;
}

/* Set [o]'s list head to [head] (NULL: remove the entry). 0, or -1 when
 * the table could not grow (nothing raised: the caller does). Replacing or
 * removing an entry never allocates, so never fails. */
static int table_set(Interp *interp, Object *o, WeakrefObject *head) {
    WeakTable *t = &interp->weakrefs;
    if (head && t->slots) {
        WeakTableSlot *s = &t->slots[slot_of(t, o)];
        if (s->key) {
            s->head = head;
            return 0;
        }
    }
    if (head && (!t->slots || (t->used + 1) * 3 > (t->mask + 1) * 2)) {
        size_t n = t->slots ? (t->mask + 1) * 2 : 16;
        WeakTableSlot *slots = rawmem_calloc(n, sizeof(WeakTableSlot));
        if (!slots) return -1;
        WeakTable nt = {slots, n - 1, 0};
        for (size_t i = 0; t->slots && i <= t->mask; i++)
            if (t->slots[i].key) nt.slots[slot_of(&nt, t->slots[i].key)] = t->slots[i];
        nt.used = t->used;
        rawmem_free(t->slots);
        *t = nt;
    }
    if (!t->slots) return 0;
    size_t i = slot_of(t, o);
    if (head) {
        if (!t->slots[i].key) t->used++;
        t->slots[i].key = o;
        t->slots[i].head = head;
        return 0;
    }
    if (!t->slots[i].key) return 0;
    /* remove, then re-insert the rest of the run: no tombstones */
    t->slots[i] = (WeakTableSlot){NULL, NULL};
    t->used--;
    for (size_t j = (i + 1) & t->mask; t->slots[j].key; j = (j + 1) & t->mask) {
        WeakTableSlot s = t->slots[j];
        t->slots[j] = (WeakTableSlot){NULL, NULL};
        t->slots[slot_of(t, s.key)] = s;
    }
    if (t->used == 0) {
        rawmem_free(t->slots);
        t->slots = NULL;
        t->mask = 0;
    }
    return 0;
}

void weakref_fini(Interp *interp) {
    rawmem_free(interp->weakrefs.slots);
    interp->weakrefs.slots = NULL;
    interp->weakrefs.used = interp->weakrefs.mask = 0;
}

/* Take [wr] out of its referent's list; it refers to nothing after. */
static void unlink_ref(Interp *interp, WeakrefObject *wr) {
    Object *o = wr->object;
    if (!o) return;
    wr->object = NULL;
    if (wr->prev) wr->prev->next = wr->next;
    else {
        table_set(interp, o, wr->next);   /* removal never allocates */
        if (!wr->next && obj_is_gc(o)) AS_GC(o)->gc_flags &= ~GC_HAS_WEAKREFS;
    }
    if (wr->next) wr->next->prev = wr->prev;
    wr->prev = wr->next = NULL;
}

static bool is_basic(WeakrefObject *wr) { return TYPE(wr) == &WeakrefType && !wr->callback; }

/* ==== clearing ==== */

void weakref_clear_keep_callback(ThreadState *ts, WeakrefObject *wr) {
    unlink_ref(ts->interp, wr);
}

void weakref_call_callback(ThreadState *ts, WeakrefObject *wr, Object *callback) {
    if (TRACE_ON(TRACE_GC)) {
        Event ev = {.kind = EV_WEAKREF_CALLBACK, .index = -1, .gc = {.generation = -1, .object = (Object *)wr}};
        trace_emit(ts, &ev);
    }
    Object *r = obj_call1(ts, callback, (Object *)wr);
    if (r) DECREF(r);
    else err_write_unraisable(ts, callback);
}

void weakref_clear_dying(ThreadState *ts, Object *o) {
    Interp *interp = ts->interp;
    WeakrefObject *head = weakref_list_borrowed(interp, o);
    if (!head) return;
    Object *saved = err_fetch(ts);
    /* clear them all first, holding each one that has a callback and is
     * still alive; a ref whose count is zero is dying itself (its dealloc
     * is what dropped the referent) and gets no callback */
    WeakrefObject *calls = NULL, *last = NULL;
    for (WeakrefObject *wr = head, *next; wr; wr = next) {
        next = wr->next;
        if (TRACE_ON(TRACE_GC)) {
            Event ev = {.kind = EV_WEAKREF_CLEARED, .index = -1, .gc = {.generation = -1, .object = (Object *)wr, .referent = o}};
            trace_emit(ts, &ev);
        }
        unlink_ref(interp, wr);
        if (wr->callback && wr->head.refcnt > 0) {
            INCREF(wr);
            /* reuse prev/next (free now) as the to-call list */
            if (last) last->next = wr;
            else calls = wr;
            last = wr;
        } else if (wr->callback) {
            CLEAR(wr->callback);
        }
    }
    if (AS_GC(o)->gc_flags & GC_HAS_WEAKREFS) AS_GC(o)->gc_flags &= ~GC_HAS_WEAKREFS;
    while (calls) {
        WeakrefObject *wr = calls;
        calls = wr->next;
        wr->next = NULL;
        Object *cb = wr->callback;
        wr->callback = NULL;
        weakref_call_callback(ts, wr, cb);
        DECREF(cb);
        DECREF(wr);
    }
    err_clear(ts);
    ts->exc = saved;
}

/* ==== the ref type ==== */

static bool slots_have_weakref(TypeObject *t);
static bool weakrefable_builtin(TypeObject *t);

bool weakref_type_allows(TypeObject *t) {
    if (t->flags & TYPE_FLAG_TYPE_SUBCLASS) return true;
    if (t->flags & TYPE_FLAG_HEAP) {
        /* a class gets a weak reference list unless its built-in base is
         * of variable size, or every class up to it has __slots__ without
         * "__weakref__" */
        TypeObject *base = t;
        bool slots_allow = false;
        for (; base->flags & TYPE_FLAG_HEAP; base = base->base)
            if (!slots_allow) slots_allow = slots_have_weakref(base);
        if (base == &IntType || base == &BoolType || base == &TupleType || base == &BytesType) return false;
        return slots_allow || weakrefable_builtin(base);
    }
    return weakrefable_builtin(t);
}

/* Can [o] be weakly referenced? See the head comment for why containers
 * only; among those, CPython's list. */
static bool weakrefable(Object *o) {
    TypeObject *t = TYPE(o);
    if (!obj_is_gc(o)) return (t->flags & TYPE_FLAG_TYPE_SUBCLASS) != 0;   /* a static type: immortal */
    return weakref_type_allows(t);
}

/* Does class [t] give its instances a weak reference list: no __slots__,
 * or "__weakref__" among them (a str, or a tuple or list of strs: other
 * iterables would run Python code here, and count as no). */
static bool slots_have_weakref(TypeObject *t) {
    Object *slots = dict_get_cstr_borrowed(ts_current(), t->dict, "__slots__");
    if (!slots) return true;
    if (str_check(slots)) return str_eq_cstr(slots, "__weakref__");
    Object *const *items = NULL;
    size_t n = 0;
    if (tuple_check(slots)) {
        items = ((TupleObject *)slots)->items;
        n = TUPLE_SIZE(slots);
    } else if (list_check(slots)) {
        items = ((ListObject *)slots)->items;
        n = LIST_SIZE(slots);
    }
    for (size_t i = 0; i < n; i++)
        if (str_check(items[i]) && str_eq_cstr(items[i], "__weakref__")) return true;
    return false;
}

static bool weakrefable_builtin(TypeObject *t) {
    extern TypeObject FunctionType, MethodType, BuiltinFunctionType, SetType, FrozenSetType, GenType,
        CoroType, AsyncGenType, ModuleType, CodeType, DequeType;
    return t == &FunctionType || t == &MethodType || t == &BuiltinFunctionType || t == &SetType ||
           t == &FrozenSetType || t == &GenType || t == &CoroType || t == &AsyncGenType ||
           t == &ModuleType || t == &CodeType || t == &DequeType;
}

static Object *weakref_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                                Object *kwnames) {
    if (args_no_kwargs(ts, "ref", kwnames) < 0) return NULL;
    if (nargs < 1) return err_format(ts, &ExcTypeError, "__new__ expected at least 1 argument, got 0");
    if (nargs > 2) return err_format(ts, &ExcTypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
    Object *o = args[0];
    Object *callback = nargs > 1 && args[1] != None ? args[1] : NULL;
    if (!weakrefable(o)) {
        err_format(ts, &ExcTypeError, "cannot create weak reference to '%s' object", TYPE_NAME(o));
        return NULL;
    }
    Interp *interp = ts->interp;
    WeakrefObject *head = weakref_list_borrowed(interp, o);
    if (!callback && type == &WeakrefType && head && is_basic(head)) return NEWREF((Object *)head);
    /* allocating runs no Python code (object.h): head stays the head */
    WeakrefObject *wr = (WeakrefObject *)obj_alloc(ts, type, type->basicsize);
    if (!wr) return NULL;
    wr->hash = -1;
    wr->callback = XNEWREF(callback);
    if (!callback && type == &WeakrefType) {
        /* the shared ref goes first */
        if (table_set(interp, o, wr) < 0) goto nomem;
        wr->next = head;
        if (head) head->prev = wr;
    } else if (head && is_basic(head)) {
        wr->prev = head;
        wr->next = head->next;
        if (head->next) head->next->prev = wr;
        head->next = wr;
    } else {
        if (table_set(interp, o, wr) < 0) goto nomem;
        wr->next = head;
        if (head) head->prev = wr;
    }
    wr->object = o;
    if (obj_is_gc(o)) AS_GC(o)->gc_flags |= GC_HAS_WEAKREFS;
    gc_track(ts, (Object *)wr);
    return (Object *)wr;
nomem:
    DECREF(wr);
    return err_no_memory(ts);
}

static int weakref_init_slot(ThreadState *ts, Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    return 0;
}

static void weakref_dealloc(Object *self) {
    WeakrefObject *wr = (WeakrefObject *)self;
    gc_untrack(self);
    ThreadState *ts = ts_current();
    unlink_ref(ts->interp, wr);
    CLEAR(wr->callback);
    obj_free(self);
}

static int weakref_traverse(Object *self, VisitFunc visit, void *arg) {
    WeakrefObject *wr = (WeakrefObject *)self;
    if (wr->callback && visit(wr->callback, arg)) return 1;
    return 0;
}

static int weakref_clear(Object *self) {
    WeakrefObject *wr = (WeakrefObject *)self;
    unlink_ref(ts_current()->interp, wr);
    CLEAR(wr->callback);
    return 0;
}

/* The referent, or None once it is dead (or dying: count zero). */
static Object *referent(WeakrefObject *wr) {
    Object *o = wr->object;
    return o && o->refcnt > 0 ? o : None;
}

static Object *weakref_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kwargs(ts, "weakref", kwnames) < 0) return NULL;
    if (nargs) {
        err_format(ts, &ExcTypeError, "weakref expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    return NEWREF(referent((WeakrefObject *)self));
}

static int64_t weakref_hash(ThreadState *ts, Object *self) {
    WeakrefObject *wr = (WeakrefObject *)self;
    if (wr->hash != -1) return wr->hash;
    Object *o = referent(wr);
    if (o == None) {
        err_set_string(ts, &ExcTypeError, "weak object has gone away");
        return -1;
    }
    INCREF(o);
    int64_t h = obj_hash(ts, o);
    DECREF(o);
    if (h != -1) wr->hash = h;
    return h;
}

static Object *weakref_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !weakref_check(a) || !weakref_check(b))
        return NEWREF(NotImplemented);
    Object *x = referent((WeakrefObject *)a), *y = referent((WeakrefObject *)b);
    if (x == None || y == None) {
        bool same = a == b;
        return bool_from(op == CMP_EQ ? same : !same);
    }
    INCREF(x);
    INCREF(y);
    Object *r = obj_richcompare(ts, x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

static Object *weakref_repr(ThreadState *ts, Object *self) {
    Object *o = referent((WeakrefObject *)self);
    if (o == None) return str_format(ts, "<weakref at %p; dead>", (void *)self);
    INCREF(o);
    Object *name = obj_lookup_attr(ts, o, ts->interp->ids.__name__);
    Object *r = NULL;
    if (!name && err_occurred(ts)) goto done;
    if (name && str_check(name))
        r = str_format(ts, "<weakref at %p; to '%s' at %p (%U)>", (void *)self, TYPE_NAME(o), (void *)o, name);
    else
        r = str_format(ts, "<weakref at %p; to '%s' at %p>", (void *)self, TYPE_NAME(o), (void *)o);
done:
    XDECREF(name);
    DECREF(o);
    return r;
}

static GETTER(weakref_get_callback) {
    WeakrefObject *wr = (WeakrefObject *)self;
    return NEWREF(wr->callback ? wr->callback : None);
}

static const GetSetDef weakref_getset[] = {
    {"__callback__", weakref_get_callback, NULL, NULL},
    {NULL},
};

static const MethodDef weakref_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

TypeObject WeakrefType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakrefObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .doc = NULL,
    .dealloc = weakref_dealloc,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .getattr = obj_generic_getattr,
    .call = weakref_call,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .new_ = weakref_new_slot,
    .init = weakref_init_slot,
    .methods = weakref_methods,
    .getset = weakref_getset,
};

/* ==== __weakref__ ==== */

/* o.__weakref__: the first weak reference to o (the shared one without a
 * callback, when there is one), or None. A descriptor on each class that
 * gives its instances weak references where its base did not (class.c). */
static GETTER(weakref_attr_get) {
    WeakrefObject *first = weakref_list_borrowed(ts->interp, self);
    return first ? NEWREF((Object *)first) : none_new();
}

const GetSetDef weakref_attr_getset[] = {
    {"__weakref__", weakref_attr_get, NULL, "list of weak references to the object"},
    {NULL},
};

/* ==== the _weakref module ==== */

static CFUNC(weakref_getweakrefcount) {
    if (args_exactly(ts, "getweakrefcount", nargs, kwnames, 1) < 0) return NULL;
    int64_t n = 0;
    for (WeakrefObject *wr = weakref_list_borrowed(ts->interp, args[0]); wr; wr = wr->next) n++;
    return int_from_i64(ts, n);
}

static CFUNC(weakref_getweakrefs) {
    if (args_exactly(ts, "getweakrefs", nargs, kwnames, 1) < 0) return NULL;
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    /* list_append allocates but runs no Python code: the list stays put */
    for (WeakrefObject *wr = weakref_list_borrowed(ts->interp, args[0]); wr; wr = wr->next)
        if (list_append(ts, list, (Object *)wr) < 0) {
            DECREF(list);
            return NULL;
        }
    return list;
}

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", weakref_getweakrefcount, 0, "Return the number of weak references to 'object'."},
    {"getweakrefs", weakref_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'object'."},
    {NULL},
};

Object *mod_weakref_create(ThreadState *ts) {
    if (type_ready(ts, &WeakrefType) < 0) return NULL;
    Object *m = module_new_cstr(ts, "_weakref");
    if (!m) return NULL;
    if (module_add_object(ts, m, "ref", (Object *)&WeakrefType) < 0 ||
        module_add_object(ts, m, "ReferenceType", (Object *)&WeakrefType) < 0 ||
        module_add_functions(ts, m, weakref_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
