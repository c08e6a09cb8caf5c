/* type.c -- `type` and `object`: the two objects every other type hangs from.
 *
 * A type object is itself an object (its type is `type`), holds a dict of
 * attributes, and knows its method resolution order. This file owns
 * type_ready() (making a built-in type usable), attribute lookup along the
 * MRO, calling a type to create an instance, and the C3 linearization.
 * Classes created by a `class` statement live in runtime/class.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "typealias.h"
#include "object.h"
#include "slots.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "func.h"
#include "class.h"
#include "args.h"

/* ---- lookup along the MRO -------------------------------------------- */

/* The attribute cache (CPython's method cache, issue 18): the result of
 * the last search of the MRO for a (class, name) pair, valid while no
 * class's namespace has changed and no class has gone (type_epoch:
 * runtime/dict.c bumps it for a dict marked type_dict, type_clear and
 * type_dealloc for a class, runtime/interp.c for each interpreter). Only interned names are cached: they live
 * until the end, so a pointer names one string. An attribute access reads
 * one entry instead of searching a dict per class of the MRO; a program
 * that keeps changing class attributes only misses, never sees a stale
 * value. */
#define TYPE_CACHE_BITS 12
typedef struct {
    TypeObject *type;
    Object *name;
    Object *value;            /* borrowed from a dict of the MRO; NULL: not found */
    uint64_t epoch;
} TypeCacheEntry;
static TypeCacheEntry type_cache[1 << TYPE_CACHE_BITS];
uint64_t type_epoch = 1;      /* the entries' 0 never matches */

static Object *mro_search(ThreadState *ts, Object *mro, Object *name) {
    size_t n = TUPLE_SIZE(mro);
    for (size_t i = 0; i < n; i++) {
        TypeObject *t = (TypeObject *)TUPLE_GET(mro, i);
        Object *v = dict_get_str_borrowed(ts, t->dict, name);
        if (v) return v;
    }
    return NULL;
}

Object *type_lookup_borrowed(TypeObject *type, Object *name) {
    ThreadState *ts = ts_current();
    Object *mro = type->mro;
    if (UNLIKELY(!mro)) {                   /* a class being made: not cached */
        for (TypeObject *t = type; t; t = t->base) {
            if (!t->dict) continue;
            Object *v = dict_get_str_borrowed(ts, t->dict, name);
            if (v) return v;
        }
        return NULL;
    }
    if (!str_check_exact(name) || !((StrObject *)name)->interned) return mro_search(ts, mro, name);
    uintptr_t h = ((uintptr_t)type >> 4) * 0x9E3779B97F4A7C15ULL ^ ((uintptr_t)name >> 4);
    TypeCacheEntry *e = &type_cache[(h ^ (h >> 32)) & ((1 << TYPE_CACHE_BITS) - 1)];
    uint64_t epoch = type_epoch;
    if (e->type == type && e->name == name && e->epoch == epoch) return e->value;
    Object *v = mro_search(ts, mro, name);
    if (!err_occurred(ts) && type_epoch == epoch) {   /* no __eq__ raised or changed a class */
        e->type = type;
        e->name = name;
        e->value = v;
        e->epoch = epoch;
    }
    return v;
}

/* ---- C3 linearization -------------------------------------------------- */

static Object *type_get_name(ThreadState *ts, Object *self);

/* The MRO of a class is its own type followed by a merge of its bases'
 * MROs and the list of bases: repeatedly take the first head that does not
 * appear in the tail of any list. When no head qualifies the hierarchy is
 * inconsistent (CPython's "Cannot create a consistent method resolution
 * order", which names those heads, not the bases). A base listed twice is refused first, as CPython does, since the
 * merge would only report it as an inconsistency. */
Object *type_compute_mro(ThreadState *ts, TypeObject *type) {
    Object *bases = type->bases;
    size_t nb = TUPLE_SIZE(bases);
    if (nb == 1) {
        Object *base_mro = ((TypeObject *)TUPLE_GET(bases, 0))->mro;
        size_t n = TUPLE_SIZE(base_mro);
        Object *mro = tuple_new(ts, n + 1);
        if (!mro) return NULL;
        TUPLE_SET_STEAL(mro, 0, NEWREF((Object *)type));
        for (size_t i = 0; i < n; i++) TUPLE_SET_STEAL(mro, i + 1, NEWREF(TUPLE_GET(base_mro, i)));
        return mro;
    }
    for (size_t i = 0; i < nb; i++) {
        for (size_t j = i + 1; j < nb; j++) {
            if (TUPLE_GET(bases, i) != TUPLE_GET(bases, j)) continue;
            Object *name = type_get_name(ts, TUPLE_GET(bases, i));
            if (name) err_format(ts, &ExcTypeError, "duplicate base class %U", name);
            XDECREF(name);
            return NULL;
        }
    }
    /* lists to merge: each base's MRO, then the bases themselves */
    size_t nlists = nb + 1;
    Object **lists = rawmem_calloc(nlists, sizeof(Object *));
    size_t *heads = rawmem_calloc(nlists, sizeof(size_t));
    Object *result = list_new(ts, 0);
    if (!lists || !heads || !result) goto nomem;
    for (size_t i = 0; i < nb; i++) lists[i] = ((TypeObject *)TUPLE_GET(bases, i))->mro;
    lists[nb] = bases;
    if (list_append(ts, result, (Object *)type) < 0) goto error;
    for (;;) {
        bool all_empty = true;
        Object *candidate = NULL;
        for (size_t i = 0; i < nlists; i++) {
            if (heads[i] >= TUPLE_SIZE(lists[i])) continue;
            all_empty = false;
            Object *c = TUPLE_GET(lists[i], heads[i]);
            bool in_tail = false;
            for (size_t j = 0; j < nlists && !in_tail; j++)
                for (size_t k = heads[j] + 1; k < TUPLE_SIZE(lists[j]); k++)
                    if (TUPLE_GET(lists[j], k) == c) { in_tail = true; break; }
            if (!in_tail) { candidate = c; break; }
        }
        if (all_empty) break;
        if (!candidate) {
            StrBuf sb;
            strbuf_init(&sb);
            strbuf_puts(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
            /* the classes the merge is stuck on, as CPython's set_mro_error
             * names them: each list's head, once, in the lists' order */
            bool first = true;
            for (size_t i = 0; i < nlists; i++) {
                if (heads[i] >= TUPLE_SIZE(lists[i])) continue;
                Object *h = TUPLE_GET(lists[i], heads[i]);
                bool seen = false;
                for (size_t j = 0; j < i && !seen; j++)
                    seen = heads[j] < TUPLE_SIZE(lists[j]) && TUPLE_GET(lists[j], heads[j]) == h;
                if (seen) continue;
                strbuf_puts(&sb, first ? " " : ", ");
                strbuf_puts(&sb, ((TypeObject *)h)->name);
                first = false;
            }
            if (sb.failed) err_no_memory(ts);
            else err_set_string(ts, &ExcTypeError, sb.data);
            strbuf_free(&sb);
            goto error;
        }
        if (list_append(ts, result, candidate) < 0) goto error;
        for (size_t i = 0; i < nlists; i++)
            if (heads[i] < TUPLE_SIZE(lists[i]) && TUPLE_GET(lists[i], heads[i]) == candidate)
                heads[i]++;
    }
    rawmem_free(lists);
    rawmem_free(heads);
    Object *t = list_as_tuple(ts, result);
    DECREF(result);
    return t;
nomem:
    err_no_memory(ts);
error:
    rawmem_free(lists);
    rawmem_free(heads);
    XDECREF(result);
    return NULL;
}

/* ---- type_ready -------------------------------------------------------- */

static void inherit_slots(TypeObject *t, TypeObject *b) {
#define INHERIT(slot) if (!t->slot) t->slot = b->slot
    INHERIT(dealloc); INHERIT(repr); INHERIT(str); INHERIT(getattr); INHERIT(setattr);
    INHERIT(call); INHERIT(iter); INHERIT(next); INHERIT(descr_get); INHERIT(descr_set);
    INHERIT(init); INHERIT(neg); INHERIT(pos); INHERIT(invert); INHERIT(abs);
    INHERIT(bool_); INHERIT(index); INHERIT(to_int); INHERIT(to_float); INHERIT(len);
    INHERIT(getitem); INHERIT(setitem); INHERIT(contains); INHERIT(finalize);
    /* hash goes with richcompare: a type that defines its own equality but
     * no hash must not inherit its base's hash (it becomes unhashable). */
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    } else if (!t->hash && !(t->flags & TYPE_FLAG_ABSTRACT_HASH) && t->richcompare == b->richcompare) {
        t->hash = b->hash;
    }
    if (!(t->flags & TYPE_FLAG_GC) && (b->flags & TYPE_FLAG_GC) && t->basicsize == b->basicsize) {
        t->flags |= TYPE_FLAG_GC;
    }
    if (t->flags & TYPE_FLAG_GC) { INHERIT(traverse); INHERIT(clear); }
    for (int i = 0; i < NB_COUNT; i++) {
        if (!t->binop[i]) t->binop[i] = b->binop[i];
        if (!t->inplace[i]) t->inplace[i] = b->inplace[i];
    }
    if (!t->basicsize) t->basicsize = b->basicsize;
    if (!t->itemsize) t->itemsize = b->itemsize;
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
    t->flags |= b->flags & (TYPE_FLAG_INT_SUBCLASS | TYPE_FLAG_STR_SUBCLASS |
                            TYPE_FLAG_TUPLE_SUBCLASS | TYPE_FLAG_LIST_SUBCLASS |
                            TYPE_FLAG_DICT_SUBCLASS | TYPE_FLAG_TYPE_SUBCLASS |
                            TYPE_FLAG_EXC_SUBCLASS | TYPE_FLAG_SEQUENCE | TYPE_FLAG_MAPPING |
                            TYPE_FLAG_MATCH_SELF);
#undef INHERIT
}

static int add_methods(ThreadState *ts, TypeObject *t) {
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Object *d;
        if (m->flags & METH_STATIC) {
            Object *f = builtin_new(ts, m, NULL, NULL);
            if (!f) return -1;
            d = wrapper_new(ts, &StaticMethodType, f);
            DECREF(f);
        } else {
            d = descr_new_method(ts, t, m);
        }
        if (!d) return -1;
        /* a descriptor holds its name interned already: no second search
         * of the interned table (issue 18: start-up) */
        int r = m->flags & METH_STATIC ? dict_set_cstr(ts, t->dict, m->name, d)
                                       : dict_set(ts, t->dict, ((DescrObject *)d)->name, d);
        DECREF(d);
        if (r < 0) return -1;
    }
    for (const GetSetDef *g = t->getset; g && g->name; g++) {
        Object *d = descr_new_getset(ts, t, g);
        if (!d) return -1;
        int r = dict_set(ts, t->dict, ((DescrObject *)d)->name, d);
        DECREF(d);
        if (r < 0) return -1;
    }
    return 0;
}

/* How a built-in type makes its instances (CPython's type_ready_set_new).
 * A type that names no `new_` of its own and derives from object directly
 * cannot be instantiated at all: type(len)() is "cannot create
 * 'builtin_function_or_method' instances". Inheriting object's would hand
 * out a zeroed object that none of the type's slots expects (a view with no
 * dict, a generator with no frame, a second None). Only a type built on
 * another built-in type (bool on int, ValueError on Exception) inherits its
 * base's constructor, which knows the layout. Returns whether [t] names its
 * own: it then gets a __new__ in its dict. */
static bool ready_new(TypeObject *t) {
    if (t->new_ && !(t->flags & TYPE_FLAG_NEW_INHERITED)) return true;
    if (t->base && t->base != &ObjectType && t->base->new_) {
        t->new_ = t->base->new_;
        t->flags |= TYPE_FLAG_NEW_INHERITED;   /* not its own when readied again (a new interpreter) */
    }
    return false;
}

int type_ready(ThreadState *ts, TypeObject *t) {
    if (t->flags & TYPE_FLAG_READY) return 0;
    if (t != &ObjectType && !t->base) t->base = &ObjectType;
    if (t->base && type_ready(ts, t->base) < 0) return -1;
    if (!t->head.type) t->head.type = &TypeType;
    if (t->base) inherit_slots(t, t->base);
    bool own_new = ready_new(t);
    if (!t->bases) {
        t->bases = t->base ? tuple_pack(ts, 1, (Object *)t->base) : tuple_new(ts, 0);
        if (!t->bases) return -1;
    }
    if (!t->mro) {
        if (t->base) {
            t->mro = type_compute_mro(ts, t);
        } else {
            t->mro = tuple_pack(ts, 1, (Object *)t);
        }
        if (!t->mro) return -1;
    }
    if (!t->dict) {
        t->dict = dict_new(ts);
        if (!t->dict) return -1;
        ((DictObject *)t->dict)->type_dict = true;
        if (add_methods(ts, t) < 0) return -1;
        /* a type whose instances have their own __doc__ (functions,
         * properties) keeps that getset; the type's own doc is served by
         * type_get_doc from t->doc, as CPython's type_ready does */
        if (!dict_get_str_borrowed(ts, t->dict, ts->interp->ids.__doc__)) {
            Object *doc = t->doc ? str_from_cstr(ts, t->doc) : NEWREF(None);
            if (!doc || dict_set(ts, t->dict, ts->interp->ids.__doc__, doc) < 0) { XDECREF(doc); return -1; }
            DECREF(doc);
        }
        if (!(t->flags & TYPE_FLAG_HEAP) && class_add_slot_wrappers(ts, t, own_new) < 0) return -1;
    }
    t->flags |= TYPE_FLAG_READY;
    return 0;
}

/* Teardown of a static type: drop what type_ready() created. */
void type_unready(TypeObject *t) {
    if (t->flags & TYPE_FLAG_HEAP) return;      /* (also one type_ready() left half done) */
    CLEAR(t->dict);
    CLEAR(t->mro);
    CLEAR(t->bases);
    t->flags &= ~TYPE_FLAG_READY;
}

/* ---- the type `type` --------------------------------------------------- */

static Object *type_repr(ThreadState *ts, Object *self) {
    TypeObject *t = (TypeObject *)self;
    if (t->flags & TYPE_FLAG_HEAP) {
        Object *mod = t->dict ? dict_get_str_borrowed(ts, t->dict, ts->interp->ids.__module__) : NULL;
        Object *qual = ((HeapTypeObject *)t)->qualname;
        if (mod && str_check(mod) && !str_eq_cstr(mod, "builtins"))
            return str_format(ts, "<class '%U.%U'>", mod, qual);
        return str_format(ts, "<class '%U'>", qual);
    }
    return str_format(ts, "<class '%s'>", t->name);
}

static Object *type_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                         Object *kwnames) {
    TypeObject *t = (TypeObject *)self;
    size_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (t == &TypeType) {
        if (nargs == 1 && nkw == 0) return NEWREF((Object *)TYPE(args[0]));
        if (nargs != 3)
            return err_format(ts, &ExcTypeError, "type() takes 1 or 3 arguments");
    }
    if (!t->new_)
        return err_format(ts, &ExcTypeError, "cannot create '%s' instances", t->name);
    Object *obj = t->new_(ts, t, args, nargs, kwnames);
    if (!obj) return NULL;
    if (!type_is_subtype(TYPE(obj), t)) return obj;
    TypeObject *ot = TYPE(obj);
    if (ot->init) {
        if (ot->init(ts, obj, args, nargs, kwnames) < 0) {
            DECREF(obj);
            return NULL;
        }
    }
    return obj;
}

static Object *type_getattro(ThreadState *ts, Object *self, Object *name) {
    TypeObject *t = (TypeObject *)self;
    TypeObject *meta = TYPE(self);
    Object *meta_attr = type_lookup_borrowed(meta, name);
    DescrGetFunc meta_get = NULL;
    if (meta_attr) {
        meta_get = TYPE(meta_attr)->descr_get;
        if (meta_get && TYPE(meta_attr)->descr_set) {
            INCREF(meta_attr);
            Object *r = meta_get(ts, meta_attr, self, (Object *)meta);
            DECREF(meta_attr);
            return r;
        }
    }
    Object *attr = type_lookup_borrowed(t, name);
    if (attr) {
        DescrGetFunc get = TYPE(attr)->descr_get;
        if (get) {
            INCREF(attr);
            Object *r = get(ts, attr, NULL, self);
            DECREF(attr);
            return r;
        }
        return NEWREF(attr);
    }
    if (meta_get) {
        INCREF(meta_attr);
        Object *r = meta_get(ts, meta_attr, self, (Object *)meta);
        DECREF(meta_attr);
        return r;
    }
    if (meta_attr) return NEWREF(meta_attr);
    err_format(ts, &ExcAttributeError, "type object '%s' has no attribute '%U'", t->name, name);
    if (ts->exc) {
        BaseExceptionObject *e = (BaseExceptionObject *)ts->exc;
        SETREF(e->name, NEWREF(name));
        SETREF(e->obj, NEWREF(self));
    }
    return NULL;
}

static int type_setattro(ThreadState *ts, Object *self, Object *name, Object *value) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        err_format(ts, &ExcTypeError,
                   "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Object *meta_attr = type_lookup_borrowed(TYPE(self), name);
    if (meta_attr && TYPE(meta_attr)->descr_set) {
        INCREF(meta_attr);
        int r = TYPE(meta_attr)->descr_set(ts, meta_attr, self, value);
        DECREF(meta_attr);
        return r;
    }
    int r;
    if (value) {
        r = dict_set(ts, t->dict, name, value);
    } else {
        r = dict_del_if_present(ts, t->dict, name);
        if (r == 0) {
            err_format(ts, &ExcAttributeError, "type object '%s' has no attribute '%U'", t->name, name);
            return -1;
        }
        r = r < 0 ? -1 : 0;
    }
    if (r == 0 && str_eq(name, ts->interp->ids.__abstractmethods__)) {
        /* abc.ABCMeta sets it: a class with abstract methods left cannot be
         * instantiated (object_new checks the flag, as CPython's) */
        int abstract = value ? obj_is_true(ts, value) : 0;
        if (abstract < 0) return -1;
        if (abstract) t->flags |= TYPE_FLAG_ABSTRACT;
        else t->flags &= ~TYPE_FLAG_ABSTRACT;
    }
    if (r == 0 && STR_SIZE(name) > 4 && STR_DATA(name)[0] == '_' && STR_DATA(name)[1] == '_')
        class_update_slots(ts, t);
    return r;
}

static int type_traverse(Object *self, VisitFunc visit, void *arg) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP)) return 0;
    if (t->dict && visit(t->dict, arg)) return 1;
    if (t->bases && visit(t->bases, arg)) return 1;
    if (t->mro && visit(t->mro, arg)) return 1;
    if (t->base && visit((Object *)t->base, arg)) return 1;
    return 0;
}

static int type_clear(Object *self) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP)) return 0;
    type_epoch++;
    CLEAR(t->dict);
    CLEAR(t->mro);
    return 0;
}

static void type_dealloc(Object *self) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP)) fatal_error("deallocating static type '%s'", t->name);
    HeapTypeObject *h = (HeapTypeObject *)t;
    gc_untrack(self);
    type_epoch++;     /* another class may be made at this address */
    XDECREF(t->dict);
    XDECREF(t->bases);
    XDECREF(t->mro);
    XDECREF((Object *)t->base);
    XDECREF(h->name);
    XDECREF(h->qualname);
    obj_free(self);
}

static GETTER(type_get_name) {
    TypeObject *t = (TypeObject *)self;
    if (t->flags & TYPE_FLAG_HEAP) return NEWREF(((HeapTypeObject *)t)->name);
    const char *dot = strrchr(t->name, '.');
    return str_from_cstr(ts, dot ? dot + 1 : t->name);
}

static GETTER(type_get_qualname) {
    TypeObject *t = (TypeObject *)self;
    if (t->flags & TYPE_FLAG_HEAP) return NEWREF(((HeapTypeObject *)t)->qualname);
    return type_get_name(ts, self);
}

static SETTER(type_set_name) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        err_format(ts, &ExcTypeError, "cannot set '__name__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!value || !str_check(value)) {
        err_format(ts, &ExcTypeError, "can only assign string to %s.__name__, not '%s'",
                   t->name, value ? TYPE_NAME(value) : "NoneType");
        return -1;
    }
    HeapTypeObject *h = (HeapTypeObject *)t;
    SETREF(h->name, NEWREF(value));
    t->name = STR_DATA(value);
    return 0;
}

static SETTER(type_set_qualname) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        err_format(ts, &ExcTypeError, "cannot set '__qualname__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!value) {
        err_format(ts, &ExcTypeError, "cannot delete '__qualname__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!str_check(value)) {
        err_format(ts, &ExcTypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                   TYPE_NAME(value));
        return -1;
    }
    SETREF(((HeapTypeObject *)t)->qualname, NEWREF(value));
    return 0;
}

static GETTER(type_get_module) {
    TypeObject *t = (TypeObject *)self;
    if (t->flags & TYPE_FLAG_HEAP) {
        Object *m = dict_get_str_borrowed(ts, t->dict, ts->interp->ids.__module__);
        if (m) return NEWREF(m);
        if (err_occurred(ts)) return NULL;
        return err_format(ts, &ExcAttributeError, "__module__");
    }
    /* a static type of a C module is named "module.name", as CPython's tp_name */
    const char *dot = strrchr(t->name, '.');
    if (dot) return str_new(ts, t->name, (size_t)(dot - t->name));
    return str_from_cstr(ts, "builtins");
}

static SETTER(type_set_module) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        err_format(ts, &ExcTypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!value) {
        err_format(ts, &ExcTypeError, "cannot delete '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    return dict_set(ts, t->dict, ts->interp->ids.__module__, value);
}

/* A class's own __annotations__ (never a base's, since 3.10): what its body
 * stored in its dict, or an empty dict put there on first read. Built-in
 * types have none. */
static GETTER(type_get_annotations) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP))
        return err_format(ts, &ExcAttributeError, "type object '%s' has no attribute '__annotations__'", t->name);
    Object *key = ts->interp->ids.__annotations__;
    Object *a = dict_get_str_borrowed(ts, t->dict, key);
    if (a) {
        if (TYPE(a)->descr_get) return TYPE(a)->descr_get(ts, a, NULL, self);
        return NEWREF(a);
    }
    if (err_occurred(ts)) return NULL;
    a = dict_new(ts);
    if (!a || dict_set(ts, t->dict, key, a) < 0) {
        XDECREF(a);
        return NULL;
    }
    return a;
}

static SETTER(type_set_annotations) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        err_format(ts, &ExcTypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    Object *key = ts->interp->ids.__annotations__;
    if (value) return dict_set(ts, t->dict, key, value);
    if (!dict_get_str_borrowed(ts, t->dict, key)) {
        if (!err_occurred(ts)) err_set_string(ts, &ExcAttributeError, "__annotations__");
        return -1;
    }
    return dict_del(ts, t->dict, key);
}

static GETTER(type_get_mro) {
    return NEWREF(((TypeObject *)self)->mro);
}

static GETTER(type_get_bases) {
    return NEWREF(((TypeObject *)self)->bases);
}

static GETTER(type_get_base) {
    TypeObject *b = ((TypeObject *)self)->base;
    return NEWREF(b ? (Object *)b : None);
}

/* C.__dict__: a live, read-only view of the class's namespace. */
static GETTER(type_get_dict) {
    return mappingproxy_new(ts, ((TypeObject *)self)->dict);
}

static GETTER(type_get_doc) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP) && t->doc) return str_from_cstr(ts, t->doc);
    Object *d = dict_get_str_borrowed(ts, t->dict, ts->interp->ids.__doc__);
    if (d) {
        if (TYPE(d)->descr_get) return TYPE(d)->descr_get(ts, d, NULL, self);
        return NEWREF(d);
    }
    return none_new();
}

/* C.__doc__ = text: a class's own; a built-in type's is fixed */
static SETTER(type_set_doc) {
    TypeObject *t = (TypeObject *)self;
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        err_format(ts, &ExcTypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!value) {
        err_format(ts, &ExcTypeError, "cannot delete '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    return dict_set(ts, t->dict, ts->interp->ids.__doc__, value);
}

static CFUNC(type_mro_method) {
    if (args_exactly(ts, "mro", nargs, kwnames, 0) < 0) return NULL;
    return list_from_iterable(ts, ((TypeObject *)self)->mro);
}

/* type.__subclasses__(): the direct subclasses that are alive -- the
 * built-in ones, then the classes, in the order they were made. */
static CFUNC(type_subclasses) {
    char qualname[128];
    snprintf(qualname, sizeof qualname, "%s.__subclasses__", ((TypeObject *)self)->name);
    if (args_exactly(ts, qualname, nargs, kwnames, 0) < 0) return NULL;
    Object *result = list_new(ts, 0);
    if (!result || interp_static_subclasses(ts, (TypeObject *)self, result) < 0) {
        XDECREF(result);
        return NULL;
    }
    size_t n;
    HeapTypeObject **found = class_find_subclasses(ts, (TypeObject *)self, true, &n);
    if (!found) {
        DECREF(result);
        return NULL;
    }
    int r = 0;
    for (size_t i = 0; i < n && r == 0; i++) r = list_append(ts, result, (Object *)found[i]);
    rawmem_free(found);
    if (r < 0) CLEAR(result);
    return result;
}

static CFUNC(type_subclasscheck) {
    if (args_exactly(ts, "__subclasscheck__", nargs, kwnames, 1) < 0) return NULL;
    int r = obj_issubclass(ts, args[0], self);
    return r < 0 ? NULL : bool_from(r);
}

static CFUNC(type_instancecheck) {
    if (args_exactly(ts, "__instancecheck__", nargs, kwnames, 1) < 0) return NULL;
    int r = obj_isinstance(ts, args[0], self);
    return r < 0 ? NULL : bool_from(r);
}

static Object *type_new_(ThreadState *ts, TypeObject *meta, Object *const *args, size_t nargs,
                         Object *kwnames) {
    /* type(x) is answered by type_call; here (type.__new__(type, x), a
     * metaclass called with one argument) three are needed */
    if (nargs != 3)
        return err_format(ts, &ExcTypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "type.__new__() argument 1 must be str, not %s", TYPE_NAME(args[0]));
    if (!tuple_check(args[1]))
        return err_format(ts, &ExcTypeError, "type.__new__() argument 2 must be tuple, not %s", TYPE_NAME(args[1]));
    if (!dict_check(args[2]))
        return err_format(ts, &ExcTypeError, "type.__new__() argument 3 must be dict, not %s", TYPE_NAME(args[2]));
    return class_new(ts, meta, args[0], args[1], args[2], args + 3, kwnames);
}

static int type_init_(ThreadState *ts, Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (nargs != 1 && nargs != 3) {
        err_format(ts, &ExcTypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* type.__prepare__(name, bases, **kwds): the namespace a class body fills */
/* type.__setattr__(cls, name, value) and type.__delattr__(cls, name): what
 * a metaclass's own __setattr__ reaches with super(); enum's EnumType
 * refuses to reassign a member and lets everything else through here. */
static CFUNC(type_m_setattr) {
    if (args_count(ts, "__setattr__", nargs, 2, 2) < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "attribute name must be string, not '%s'", TYPE_NAME(args[0]));
    if (type_setattro(ts, self, args[0], args[1]) < 0) return NULL;
    return none_new();
}

static CFUNC(type_m_delattr) {
    if (args_exactly(ts, "__delattr__", nargs, kwnames, 1) < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "attribute name must be string, not '%s'", TYPE_NAME(args[0]));
    if (type_setattro(ts, self, args[0], NULL) < 0) return NULL;
    return none_new();
}

static CFUNC(type_m_prepare) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return dict_new(ts);
}

static const MethodDef type_methods[] = {
    {"__prepare__", type_m_prepare, METH_CLASS | METH_KEYWORDS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__setattr__", type_m_setattr, 0, NULL},
    {"__delattr__", type_m_delattr, 0, NULL},
    {"__subclasses__", type_subclasses, 0, "Return a list of immediate subclasses."},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {NULL},
};

static const GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL},
    {NULL},
};

TypeObject TypeType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "type",
    .basicsize = sizeof(HeapTypeObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_TYPE_SUBCLASS,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .repr = type_repr,
    .hash = obj_hash_identity,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .traverse = type_traverse,
    .clear = type_clear,
    .new_ = type_new_,
    .init = type_init_,
    .binop = {[NB_OR] = union_or},     /* int | None: runtime/typealias.c */
    .methods = type_methods,
    .getset = type_getset,
};

/* ---- the type `object` ------------------------------------------------- */

static bool excess_args(size_t nargs, Object *kwnames) {
    return nargs > 0 || (kwnames && TUPLE_SIZE(kwnames) > 0);
}

static int object_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                       Object *kwnames);

/* "Can't instantiate abstract class Shape with abstract methods area,
 * perimeter": the names sorted, as CPython lists them. */
static Object *abstract_class_error(ThreadState *ts, TypeObject *type) {
    Object *am = dict_get_str_borrowed(ts, type->dict, ts->interp->ids.__abstractmethods__);
    Object *names = am ? list_from_iterable(ts, am) : list_new(ts, 0);
    if (!names || list_sort(ts, names, NULL, false) < 0) {
        XDECREF(names);
        return NULL;
    }
    StrBuf buf;
    strbuf_init(&buf);
    for (size_t i = 0; i < LIST_SIZE(names); i++) {
        Object *n = LIST_GET(names, i);
        if (i) strbuf_append(&buf, ", ", 2);
        if (str_check(n)) strbuf_append(&buf, STR_DATA(n), STR_SIZE(n));
    }
    err_format(ts, &ExcTypeError, "Can't instantiate abstract class %s with abstract method%s %s",
               type->name, LIST_SIZE(names) > 1 ? "s" : "", buf.data ? buf.data : "");
    strbuf_free(&buf);
    DECREF(names);
    return NULL;
}

Object *object_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                   Object *kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != object_new)
            return err_format(ts, &ExcTypeError,
                              "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == object_init)
            return err_format(ts, &ExcTypeError, "%s() takes no arguments", type->name);
    }
    if (UNLIKELY(type->flags & TYPE_FLAG_ABSTRACT)) return abstract_class_error(ts, type);
    Object *o = obj_alloc(ts, type, type->basicsize);
    if (!o) return NULL;
    if (type->flags & TYPE_FLAG_GC) gc_track(ts, o);
    return o;
}

static int object_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                       Object *kwnames) {
    TypeObject *type = TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (type->init != object_init) {
            err_format(ts, &ExcTypeError,
                       "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new_ == object_new) {
            err_format(ts, &ExcTypeError,
                       "%s.__init__() takes exactly one argument (the instance to initialize)",
                       type->name);
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(Object *self) {
    if (TYPE(self)->flags & TYPE_FLAG_GC) gc_untrack(self);
    obj_free(self);
}

static Object *object_repr(ThreadState *ts, Object *self) {
    TypeObject *t = TYPE(self);
    if (t->flags & TYPE_FLAG_HEAP) {
        Object *mod = dict_get_str_borrowed(ts, t->dict, ts->interp->ids.__module__);
        Object *qual = ((HeapTypeObject *)t)->qualname;
        if (mod && str_check(mod) && !str_eq_cstr(mod, "builtins"))
            return str_format(ts, "<%U.%U object at %p>", mod, qual, (void *)self);
        return str_format(ts, "<%U object at %p>", qual, (void *)self);
    }
    return str_format(ts, "<%s object at %p>", t->name, (void *)self);
}

static Object *object_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (op == CMP_EQ) return NEWREF(a == b ? True : NotImplemented);
    if (op == CMP_NE) {
        /* By default, != delegates to == and inverts its result. */
        RichCmpFunc f = TYPE(a)->richcompare;
        if (f && f != object_richcompare) {
            Object *r = f(ts, a, b, CMP_EQ);
            if (!r || r == NotImplemented) return r;
            int t = obj_is_true(ts, r);
            DECREF(r);
            if (t < 0) return NULL;
            return bool_from(!t);
        }
        return NEWREF(a == b ? False : NotImplemented);
    }
    return NEWREF(NotImplemented);
}

static GETTER(object_get_class) {
    return NEWREF((Object *)TYPE(self));
}

static SETTER(object_set_class) {
    if (!value || !(TYPE(value)->flags & TYPE_FLAG_TYPE_SUBCLASS)) {
        err_format(ts, &ExcTypeError, "__class__ must be set to a class, not '%s' object",
                   value ? TYPE_NAME(value) : "NoneType");
        return -1;
    }
    TypeObject *old = TYPE(self), *nt = (TypeObject *)value;
    if (!(old->flags & TYPE_FLAG_HEAP) || !(nt->flags & TYPE_FLAG_HEAP) ||
        old->basicsize != nt->basicsize || old->dictoffset != nt->dictoffset || !slots_same_layout(old, nt)) {
        err_format(ts, &ExcTypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                   nt->name, old->name);
        return -1;
    }
    INCREF(nt);
    self->type = nt;
    DECREF(old);
    return 0;
}

static GETTER(object_get_dict) {
    Object **dp = obj_dict_ptr(self);
    if (!dp)
        return err_format(ts, &ExcAttributeError, "'%s' object has no attribute '__dict__'", TYPE_NAME(self));
    if (!*dp) {
        *dp = dict_new(ts);
        if (!*dp) return NULL;
    }
    return NEWREF(*dp);
}

static SETTER(object_set_dict) {
    Object **dp = obj_dict_ptr(self);
    if (!dp) {
        err_format(ts, &ExcAttributeError, "'%s' object has no attribute '__dict__'", TYPE_NAME(self));
        return -1;
    }
    if (!value || !dict_check(value)) {
        err_format(ts, &ExcTypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   value ? TYPE_NAME(value) : "NoneType");
        return -1;
    }
    SETREF(*dp, NEWREF(value));
    return 0;
}

static CFUNC(object_m_repr) {
    if (args_exactly(ts, "__repr__", nargs, kwnames, 0) < 0) return NULL;
    return object_repr(ts, self);
}

static CFUNC(object_m_str) {
    if (args_exactly(ts, "__str__", nargs, kwnames, 0) < 0) return NULL;
    UnaryFunc r = TYPE(self)->repr;
    return r ? r(ts, self) : object_repr(ts, self);
}

static CFUNC(object_m_hash) {
    if (args_exactly(ts, "__hash__", nargs, kwnames, 0) < 0) return NULL;
    int64_t h = obj_hash_identity(ts, self);
    return int_from_i64(ts, h);
}

static Object *object_m_cmp(ThreadState *ts, Object *self, Object *const *args, size_t nargs, CompareOp op, const char *name) {
    if (args_exactly(ts, name, nargs, NULL, 1) < 0) return NULL;
    return object_richcompare(ts, self, args[0], op);
}
static CFUNC(object_m_eq) {
    return object_m_cmp(ts, self, args, nargs, CMP_EQ, "__eq__");
}
static CFUNC(object_m_ne) {
    return object_m_cmp(ts, self, args, nargs, CMP_NE, "__ne__");
}
static CFUNC(object_m_notimpl) {
    if (args_exactly(ts, "comparison", nargs, kwnames, 1) < 0) return NULL;
    return NEWREF(NotImplemented);
}

static CFUNC(object_m_init) {
    if (object_init(ts, self, args, nargs, kwnames) < 0) return NULL;
    return none_new();
}

static CFUNC(object_m_getattribute) {
    if (args_exactly(ts, "__getattribute__", nargs, kwnames, 1) < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "attribute name must be string, not '%s'", TYPE_NAME(args[0]));
    return obj_generic_getattr(ts, self, args[0]);
}

/* object.__setattr__ applied to a class would bypass type's own setter
 * (and its slot updates): refused, as CPython's hackcheck does. */
static int hackcheck(ThreadState *ts, Object *self, const char *what) {
    TypeObject *t = TYPE(self);
    while (t->base && (t->flags & TYPE_FLAG_HEAP)) t = t->base;
    if (t->setattr != type_setattro) return 0;
    err_format(ts, &ExcTypeError, "can't apply this %s to %s object", what, TYPE_NAME(self));
    return -1;
}

static CFUNC(object_m_setattr) {
    if (args_count(ts, "__setattr__", nargs, 2, 2) < 0) return NULL;
    if (hackcheck(ts, self, "__setattr__") < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "attribute name must be string, not '%s'", TYPE_NAME(args[0]));
    if (obj_generic_setattr(ts, self, args[0], args[1]) < 0) return NULL;
    return none_new();
}

static CFUNC(object_m_delattr) {
    if (args_exactly(ts, "__delattr__", nargs, kwnames, 1) < 0) return NULL;
    if (hackcheck(ts, self, "__delattr__") < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "attribute name must be string, not '%s'", TYPE_NAME(args[0]));
    if (obj_generic_setattr(ts, self, args[0], NULL) < 0) return NULL;
    return none_new();
}

static CFUNC(object_m_format) {
    if (args_exactly(ts, "__format__", nargs, kwnames, 1) < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "__format__() argument must be str, not %s", TYPE_NAME(args[0]));
    if (STR_SIZE(args[0]) > 0)
        return err_format(ts, &ExcTypeError, "unsupported format string passed to %s.__format__",
                          TYPE_NAME(self));
    return obj_str(ts, self);
}

static CFUNC(object_m_dir) {
    if (args_exactly(ts, "__dir__", nargs, kwnames, 0) < 0) return NULL;
    Object *names = dict_new(ts);
    if (!names) return NULL;
    Object **dp = obj_dict_ptr(self);
    if (dp && *dp && dict_update(ts, names, *dp) < 0) goto error;
    Object *mro = TYPE(self)->mro;
    for (size_t i = 0; i < TUPLE_SIZE(mro); i++)
        if (dict_update(ts, names, ((TypeObject *)TUPLE_GET(mro, i))->dict) < 0) goto error;
    Object *r = dict_keys_list(ts, names);
    DECREF(names);
    return r;
error:
    DECREF(names);
    return NULL;
}

static CFUNC(object_m_init_subclass) {
    char qualname[128];
    snprintf(qualname, sizeof qualname, "%.100s.__init_subclass__", ((TypeObject *)self)->name);
    if (args_exactly(ts, qualname, nargs, kwnames, 0) < 0) return NULL;
    return none_new();
}

static CFUNC(object_m_sizeof) {
    return int_from_i64(ts, (int64_t)TYPE(self)->basicsize);
}

static const MethodDef object_methods[] = {
    {"__repr__", object_m_repr, 0, NULL},
    {"__str__", object_m_str, 0, NULL},
    {"__hash__", object_m_hash, 0, NULL},
    {"__eq__", object_m_eq, 0, NULL},
    {"__ne__", object_m_ne, 0, NULL},
    {"__lt__", object_m_notimpl, 0, NULL},
    {"__le__", object_m_notimpl, 0, NULL},
    {"__gt__", object_m_notimpl, 0, NULL},
    {"__ge__", object_m_notimpl, 0, NULL},
    {"__init__", object_m_init, METH_KEYWORDS, NULL},
    {"__getattribute__", object_m_getattribute, 0, NULL},
    {"__setattr__", object_m_setattr, 0, NULL},
    {"__delattr__", object_m_delattr, 0, NULL},
    {"__format__", object_m_format, 0, NULL},
    {"__dir__", object_m_dir, 0, NULL},
    {"__init_subclass__", object_m_init_subclass, METH_CLASS | METH_KEYWORDS, NULL},
    {"__sizeof__", object_m_sizeof, 0, NULL},
    {"__getstate__", object_getstate, METH_KEYWORDS, NULL},
    {NULL},
};

static const GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, NULL},
    {NULL},
};

/* __dict__ of instances of classes, as a descriptor on each class that
 * introduces an instance dict. */
const GetSetDef object_dict_getset[] = {
    {"__dict__", object_get_dict, object_set_dict, NULL},
    {NULL},
};

TypeObject ObjectType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "object",
    .basicsize = sizeof(Object),
    .flags = TYPE_FLAG_BASETYPE,
    .doc = "The base class of the class hierarchy.",
    .dealloc = object_dealloc,
    .repr = object_repr,
    .hash = obj_hash_identity,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getset = object_getset,
};

bool type_is_object_init(InitFunc f) { return f == object_init; }
