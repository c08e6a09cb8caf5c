/* slots.c -- __slots__: a class that names its instances' attributes up
 * front gets a fixed place for each in the instance itself, reached through
 * a member descriptor in the class (`Point.x` is `<member 'x' of 'Point'
 * objects>`), and no __dict__ unless it asks for one. Lesson 6 (what an
 * object costs) and lesson 9 (attribute lookup: a data descriptor in the
 * class wins over the instance).
 *
 * Layout. An instance of a class is its built-in base's fields, then what
 * each class of the chain adds in turn: its slots, then an instance dict
 * if it is the first to want one. For a base of variable size (str, tuple,
 * bytes) those additions cannot sit at a fixed offset, since the items
 * come last and vary; they go after the items instead, in a trailer found
 * from the object's size (obj_trailer in object.c). Such an offset is
 * stored negative: -(1 + place in the trailer). CPython does the same for
 * the dict of a str or tuple subclass (its negative tp_dictoffset).
 *
 * What a slot holds is a strong reference or NULL (unset): the chain's
 * slots are traversed and cleared by subtype_traverse and subtype_clear
 * (runtime/class.c) through slots_visit() and slots_clear().
 */
#include "slots.h"

#include <string.h>

#include "class.h"
#include "dict.h"
#include "exceptions.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "common/mangle.h"
#include "weakref.h"
#include "bytes.h"
#include "interp.h"

#define IDS (ts->interp->ids)

typedef struct MemberDescrObject {
    OBJECT_HEAD;
    TypeObject *owner;            /* the class whose instances have the slot (strong) */
    Object *name;                 /* str: its name, mangled as the class body would */
    ssize_t offset;               /* where in the instance (negative: in the trailer) */
} MemberDescrObject;

Object **obj_slot_ptr(Object *o, ssize_t offset) {
    if (offset >= 0) return (Object **)((char *)o + offset);
    return (Object **)(obj_trailer(o) + (size_t)(-offset - 1));
}

/* ---- the member descriptor ---------------------------------------------- */

static Object *member_new(ThreadState *ts, TypeObject *owner, Object *name, ssize_t offset) {
    MemberDescrObject *d = (MemberDescrObject *)obj_alloc(ts, &MemberDescrType, sizeof(MemberDescrObject));
    if (!d) return NULL;
    d->owner = (TypeObject *)NEWREF((Object *)owner);
    d->name = NEWREF(name);
    d->offset = offset;
    gc_track(ts, (Object *)d);
    return (Object *)d;
}

static void member_dealloc(Object *self) {
    MemberDescrObject *d = (MemberDescrObject *)self;
    gc_untrack(self);
    XDECREF((Object *)d->owner);
    XDECREF(d->name);
    obj_free(self);
}

static int member_traverse(Object *self, VisitFunc visit, void *arg) {
    MemberDescrObject *d = (MemberDescrObject *)self;
    return d->owner ? visit((Object *)d->owner, arg) : 0;
}

static int member_clear(Object *self) {
    MemberDescrObject *d = (MemberDescrObject *)self;
    Object *owner = (Object *)d->owner;
    d->owner = NULL;
    XDECREF(owner);
    return 0;
}

/* Is [obj] an instance the slot belongs to? Anything else would be read at
 * an offset that means nothing in its layout. (A descriptor whose class
 * was cleared by the collector belongs to nothing any more.) */
static int member_check(ThreadState *ts, MemberDescrObject *d, Object *obj) {
    if (!d->owner || !type_is_subtype(TYPE(obj), d->owner)) {
        err_format(ts, &ExcTypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                   d->name, d->owner ? d->owner->name : "?", TYPE_NAME(obj));
        return -1;
    }
    return 0;
}

/* instance.x: the slot's value (new reference), or AttributeError when unset */
static Object *member_get(ThreadState *ts, Object *self, Object *obj, Object *type) {
    (void)type;
    MemberDescrObject *d = (MemberDescrObject *)self;
    if (!obj) return NEWREF(self);
    if (member_check(ts, d, obj) < 0) return NULL;
    Object *v = *obj_slot_ptr(obj, d->offset);
    if (!v)
        return err_format(ts, &ExcAttributeError, "'%s' object has no attribute '%U'", TYPE_NAME(obj), d->name);
    return NEWREF(v);
}

/* instance.x = value, or del instance.x ([value] NULL) */
static int member_set(ThreadState *ts, Object *self, Object *obj, Object *value) {
    MemberDescrObject *d = (MemberDescrObject *)self;
    if (member_check(ts, d, obj) < 0) return -1;
    Object **p = obj_slot_ptr(obj, d->offset);
    if (!value && !*p) {
        err_set_object(ts, &ExcAttributeError, d->name);
        return -1;
    }
    Object *old = *p;
    *p = XNEWREF(value);
    XDECREF(old);              /* last: its __del__ may look at the slot */
    return 0;
}

static Object *member_repr(ThreadState *ts, Object *self) {
    MemberDescrObject *d = (MemberDescrObject *)self;
    return str_format(ts, "<member '%U' of '%s' objects>", d->name, d->owner ? d->owner->name : "?");
}

static GETTER(member_get_name) { return NEWREF(((MemberDescrObject *)self)->name); }
static GETTER(member_get_qualname) {
    MemberDescrObject *d = (MemberDescrObject *)self;
    return str_format(ts, "%s.%U", d->owner ? d->owner->name : "?", d->name);
}
static GETTER(member_get_objclass) {
    MemberDescrObject *d = (MemberDescrObject *)self;
    return NEWREF(d->owner ? (Object *)d->owner : None);
}
static GETTER(member_get_doc) {
    (void)self;
    return NEWREF(None);
}

static const GetSetDef member_getset[] = {
    {"__name__", member_get_name, NULL, NULL},
    {"__qualname__", member_get_qualname, NULL, NULL},
    {"__objclass__", member_get_objclass, NULL, NULL},
    {"__doc__", member_get_doc, NULL, NULL},
    {NULL},
};

TypeObject MemberDescrType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = member_dealloc,
    .repr = member_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .traverse = member_traverse,
    .clear = member_clear,
    .descr_get = member_get,
    .descr_set = member_set,
    .getset = member_getset,
};

/* ---- the layout a class statement asks for ------------------------------- */

/* `__spam` in class Ham is `_Ham__spam` (as vm/symtable.c's sym_mangle
 * does for names in the class body): a new reference. */
static Object *mangle(ThreadState *ts, const char *class_name, Object *name) {
    const char *s = STR_DATA(name);
    size_t n = STR_SIZE(name);
    while (*class_name == '_') class_name++;
    if (!name_is_private(s, n) || !*class_name) return NEWREF(name);
    return str_format(ts, "_%s%U", class_name, name);
}

/* The names __slots__ gives, as a new list: a str is one name; anything
 * else is iterated (a dict gives its keys, as in CPython). */
static Object *slot_names(ThreadState *ts, Object *slots) {
    if (str_check(slots)) {
        Object *l = list_new(ts, 0);
        if (l && list_append(ts, l, slots) < 0) CLEAR(l);
        return l;
    }
    return list_from_iterable(ts, slots);
}

int slots_layout(ThreadState *ts, HeapTypeObject *h, TypeObject *base, Object *ns, Object *slots,
                 bool *wants_dict) {
    TypeObject *t = &h->type;
    Object *names = slot_names(ts, slots);
    if (!names) return -1;
    size_t n = LIST_SIZE(names);
    /* CPython's "variable size" built-ins: nothing may be added to them */
    TypeObject *builtin = type_builtin_base(base);
    if (n > 0 && (builtin == &IntType || builtin == &BoolType || builtin == &TupleType ||
                  builtin == &BytesType)) {
        err_format(ts, &ExcTypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
        goto error;
    }
    bool dict_seen = false, weakref_seen = false;
    size_t own = 0;
    for (size_t i = 0; i < n; i++) {
        Object *name = LIST_GET(names, i);
        if (!str_check(name)) {
            err_format(ts, &ExcTypeError, "__slots__ items must be strings, not '%s'", TYPE_NAME(name));
            goto error;
        }
        if (!str_is_identifier(name)) {
            err_format(ts, &ExcTypeError, "__slots__ must be identifiers");
            goto error;
        }
        if (str_eq(name, IDS.__dict__)) {
            if (dict_seen || base->dictoffset) {
                err_format(ts, &ExcTypeError, "__dict__ slot disallowed: we already got one");
                goto error;
            }
            dict_seen = true;
            continue;
        }
        if (str_eq(name, IDS.__weakref__)) {
            if (weakref_seen || weakref_type_allows(base)) {
                err_format(ts, &ExcTypeError,
                           "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                goto error;
            }
            weakref_seen = true;
            continue;
        }
        Object *m = mangle(ts, t->name, name);
        if (!m) goto error;
        ((ListObject *)names)->items[i] = m;   /* the list owns the mangled name now */
        DECREF(name);
        if (dict_get_str_borrowed(ts, ns, m)) {
            err_format(ts, &ExcValueError, "%R in __slots__ conflicts with class variable", m);
            goto error;
        }
        own++;
    }
    /* the slots go where the base's layout ends: after its fields, or in
     * the trailer after a variable-size base's items */
    bool trailer = builtin->itemsize != 0;
    size_t at = t->basicsize;
    for (size_t i = 0; i < n; i++) {
        Object *name = LIST_GET(names, i);
        if (str_eq(name, IDS.__dict__) || str_eq(name, IDS.__weakref__)) continue;
        ssize_t offset = trailer ? -(ssize_t)(at - builtin->basicsize) - 1 : (ssize_t)at;
        Object *d = member_new(ts, t, name, offset);
        if (!d) goto error;
        int r = dict_set(ts, t->dict, name, d);
        DECREF(d);
        if (r < 0) goto error;
        at += sizeof(Object *);
    }
    h->slots_offset = t->basicsize;
    h->nslots = own;
    t->basicsize = at;
    *wants_dict = dict_seen;
    DECREF(names);
    return 0;
error:
    DECREF(names);
    return -1;
}

/* Where class [h]'s own slots start in [o] (consecutive from there: the
 * trailer, when there is one, is found once). */
static Object **own_slots(Object *o, HeapTypeObject *h) {
    TypeObject *builtin = type_builtin_base(&h->type);
    size_t at = h->slots_offset;
    return obj_slot_ptr(o, builtin->itemsize ? -(ssize_t)(at - builtin->basicsize) - 1 : (ssize_t)at);
}

int slots_visit(Object *o, VisitFunc visit, void *arg) {
    for (TypeObject *t = TYPE(o); t->flags & TYPE_FLAG_HEAP; t = t->base) {
        HeapTypeObject *h = (HeapTypeObject *)t;
        if (!h->nslots) continue;
        Object **slot = own_slots(o, h);
        for (size_t i = 0; i < h->nslots; i++)
            if (slot[i] && visit(slot[i], arg)) return 1;
    }
    return 0;
}

void slots_clear(Object *o) {
    for (TypeObject *t = TYPE(o); t->flags & TYPE_FLAG_HEAP; t = t->base) {
        HeapTypeObject *h = (HeapTypeObject *)t;
        if (!h->nslots) continue;
        Object **slot = own_slots(o, h);
        for (size_t i = 0; i < h->nslots; i++) CLEAR(slot[i]);
    }
}

bool slots_same_layout(TypeObject *a, TypeObject *b) {
    while ((a->flags & TYPE_FLAG_HEAP) && (b->flags & TYPE_FLAG_HEAP)) {
        HeapTypeObject *ha = (HeapTypeObject *)a, *hb = (HeapTypeObject *)b;
        if (ha->nslots != hb->nslots || ha->slots_offset != hb->slots_offset) return false;
        a = a->base;
        b = b->base;
    }
    return true;
}

/* ---- object.__getstate__ (3.11) --------------------------------------------- */

/* What copy and pickle save of an instance: its __dict__ (None when it has
 * none or it is empty), and, when slots of its classes hold values,
 * (that, {slot name: value}) -- CPython's object_getstate_default. The
 * slots are found as the member descriptors each class of the chain owns,
 * in the order its __slots__ gave them. New reference. */
CFUNC(object_getstate) {
    (void)args;
    if (nargs || (kwnames && TUPLE_SIZE(kwnames)))
        return err_format(ts, &ExcTypeError, "object.__getstate__() takes no arguments (%zu given)", nargs);
    Object **dp = obj_dict_ptr(self);
    Object *state = dp && *dp && DICT_SIZE(*dp) > 0 ? NEWREF(*dp) : NEWREF(None);
    Object *slots = NULL;
    for (TypeObject *t = TYPE(self); t->flags & TYPE_FLAG_HEAP; t = t->base) {
        if (((HeapTypeObject *)t)->nslots == 0) continue;
        ssize_t pos = 0;
        Object *key, *value;
        while (dict_next(t->dict, &pos, &key, &value)) {
            if (TYPE(value) != &MemberDescrType || ((MemberDescrObject *)value)->owner != t) continue;
            Object *v = *obj_slot_ptr(self, ((MemberDescrObject *)value)->offset);
            if (!v) continue;
            if (!slots && !(slots = dict_new(ts))) goto error;
            if (dict_set(ts, slots, key, v) < 0) goto error;
        }
    }
    if (!slots) return state;
    Object *pair = tuple_pack(ts, 2, state, slots);
    DECREF(state);
    DECREF(slots);
    return pair;
error:
    DECREF(state);
    XDECREF(slots);
    return NULL;
}
