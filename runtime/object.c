/* object.c -- allocation, deallocation and the generic object protocols
 * (repr, str, hash, comparison, truth, attributes, calls, items, iteration).
 *
 * Lesson 6 (memory): obj_alloc() and obj_dealloc() are where every object
 * is born and dies; --trace=mem watches them. Read obj_dealloc() for the
 * "trashcan" that keeps freeing a million nested lists from overflowing the
 * C stack. The protocols below are what the VM's instructions call: each
 * finds the right slot of the operand's type and reports CPython's error
 * message when there is none.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "typealias.h"
#include "object.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "list.h"
#include "iter.h"
#include "func.h"
#include "trace/events.h"
#include "weakref.h"
#include "slots.h"
#include "bytes.h"

_Thread_local ThreadState *ts_current_;

void fatal_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("minipy: fatal error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}

/* ---- birth and death -------------------------------------------------- */

/* Make [block] an object of [type] and [size]: the one place objects are
 * born (obj_alloc and its two variants share it, inline). */
static ALWAYS_INLINE Object *born(ThreadState *ts, TypeObject *type, size_t size, void *block) {
    Interp *interp = ts->interp;
    Object *o;
    if (type->flags & TYPE_FLAG_GC) {
        memset(block, 0, sizeof(GCHead) + size);
        o = FROM_GC((GCHead *)block);
    } else {
        memset(block, 0, size);
        o = block;
    }
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TYPE_FLAG_HEAP) INCREF(type);
    interp->live_objects++;
    if (TRACE_ON(TRACE_MEM)) {
        Event ev = {.kind = EV_MEM_ALLOC, .index = -1, .mem = {.object = o, .compiling = interp->compiling > 0}};
        trace_emit(ts, &ev);
    }
    return o;
}

static ALWAYS_INLINE void *block_for(ThreadState *ts, TypeObject *type, size_t size) {
    size_t bytes = (type->flags & TYPE_FLAG_GC) ? sizeof(GCHead) + size : size;
    return mem_alloc(&ts->interp->pools, bytes);
}

Object *obj_alloc_in(ThreadState *ts, TypeObject *type, size_t size, void *block) {
    return born(ts, type, size, block);
}

Object *obj_alloc_quiet(ThreadState *ts, TypeObject *type, size_t size) {
    void *block = block_for(ts, type, size);
    return block ? born(ts, type, size, block) : NULL;
}

Object *obj_alloc(ThreadState *ts, TypeObject *type, size_t size) {
    void *block = block_for(ts, type, size);
    if (UNLIKELY(!block)) return err_no_memory(ts);
    return born(ts, type, size, block);
}

/* The bookkeeping of an object's death; its memory, (GCHead included). */
static ALWAYS_INLINE void *died(Object *o, Interp **interp_out) {
    TypeObject *type = o->type;
    ThreadState *ts = ts_current();
    Interp *interp = ts->interp;
    interp->live_objects--;
    if (TRACE_ON(TRACE_ANY)) trace_object_released(ts, o);   /* any narration may have named it (#id) */
    void *block = (type->flags & TYPE_FLAG_GC) ? (void *)AS_GC(o) : (void *)o;
    if (type->flags & TYPE_FLAG_HEAP) DECREF(type);
    *interp_out = interp;
    return block;
}

void *obj_free_keep(Object *o) {
    Interp *interp;
    return died(o, &interp);
}

void obj_free(Object *o) {
    Interp *interp;
    void *block = died(o, &interp);
    mem_free(&interp->pools, block);
}

/* The trashcan. Freeing a container frees what it holds, which may free what
 * that holds, and so on: one C call per level. A list nested a million deep
 * would overflow the C stack. So past TRASHCAN_DEPTH nested deallocations,
 * a container is parked on ts->trash (linked through its collector header,
 * which it no longer needs) and freed by the outermost obj_dealloc, in a
 * loop instead of by recursion. */
#define TRASHCAN_DEPTH 64

static void empty_trash(ThreadState *ts) {
    while (ts->trash) {
        Object *o = ts->trash;
        ts->trash = (Object *)AS_GC(o)->gc_refs;
        ts->dealloc_depth++;
        o->type->dealloc(o);
        ts->dealloc_depth--;
    }
}

void obj_dealloc(Object *o) {
    if (o->refcnt >= IMMORTAL_REFCNT / 2 || o->refcnt < 0)
        fatal_error("deallocating an immortal object of type '%s'", o->type->name);
    if (TRACE_ON(TRACE_MEM)) {
        Event ev = {.kind = EV_MEM_DYING, .index = -1, .mem = {.object = o}};
        trace_emit(ts_current(), &ev);
    }
    if (!(o->type->flags & TYPE_FLAG_GC)) {
        o->type->dealloc(o);
        return;
    }
    ThreadState *ts = ts_current();
    /* weak references are cleared when the count reaches zero, after the
     * finalizer if there is one to run (obj_call_finalizer_from_dealloc) */
    if ((AS_GC(o)->gc_flags & GC_HAS_WEAKREFS) && !obj_needs_finalizer(o)) {
        gc_untrack(o);          /* the callbacks run Python code: no collection may see o */
        weakref_clear_dying(ts, o);
    }
    if (ts->dealloc_depth >= TRASHCAN_DEPTH) {
        gc_untrack(o);
        AS_GC(o)->gc_refs = (intptr_t)ts->trash;
        ts->trash = o;
        return;
    }
    ts->dealloc_depth++;
    o->type->dealloc(o);
    ts->dealloc_depth--;
    if (ts->dealloc_depth == 0 && ts->trash) empty_trash(ts);
}

/* Finalizers. An object's last words -- __del__, a suspended generator's
 * close() -- are its type's finalize slot, and they run through here only,
 * whoever notices the death first: a dealloc slot when the count reaches
 * zero, or the collector for an object in a cycle (runtime/gc.c).
 * GC_FINALIZED makes that once per object, even if the finalizer brings the
 * object back to life (PEP 442). */
void obj_call_finalizer(ThreadState *ts, Object *o) {
    if (!obj_needs_finalizer(o)) return;
    AS_GC(o)->gc_flags |= GC_FINALIZED;
    Object *saved = err_fetch(ts);
    Object *where = NULL;
    if (o->type->finalize(ts, o, &where) < 0) err_write_unraisable(ts, where);
    XDECREF(where);
    err_clear(ts);
    ts->exc = saved;
}

bool obj_call_finalizer_from_dealloc(Object *o) {
    if (!obj_needs_finalizer(o)) return false;
    ThreadState *ts = ts_current();
    o->refcnt = 1;
    obj_call_finalizer(ts, o);
    if (--o->refcnt != 0) {
        gc_track(ts, o);        /* resurrected */
        return true;
    }
    /* then its weak references, as CPython's subtype_dealloc */
    if (AS_GC(o)->gc_flags & GC_HAS_WEAKREFS) weakref_clear_dying(ts, o);
    return false;
}

/* ---- repr, str, hash -------------------------------------------------- */

static Object *default_repr(ThreadState *ts, Object *o) {
    if (TYPE(o)->flags & TYPE_FLAG_HEAP) {
        Object *mod = type_lookup_borrowed(TYPE(o), ts->interp->ids.__module__);
        if (mod && str_check(mod) && !str_eq_cstr(mod, "builtins"))
            return str_format(ts, "<%U.%s object at %p>", mod, TYPE_NAME(o), (void *)o);
    }
    return str_format(ts, "<%s object at %p>", TYPE_NAME(o), (void *)o);
}

Object *obj_repr(ThreadState *ts, Object *o) {
    UnaryFunc f = TYPE(o)->repr;
    if (!f) return default_repr(ts, o);
    if (ts_enter_recursive(ts, " while getting the repr of an object") < 0) return NULL;
    Object *r = f(ts, o);
    ts_leave_recursive(ts);
    if (r && !str_check(r)) {
        err_format(ts, &ExcTypeError, "__repr__ returned non-string (type %s)", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *obj_str(ThreadState *ts, Object *o) {
    if (str_check_exact(o)) return NEWREF(o);
    UnaryFunc f = TYPE(o)->str;
    /* object.__str__ calls the repr slot itself, unchecked, as CPython's
     * object_str: a __repr__ returning an int fails here as "__str__
     * returned non-string" */
    if (!f) f = TYPE(o)->repr;
    if (!f) return default_repr(ts, o);
    if (ts_enter_recursive(ts, " while getting the str of an object") < 0) return NULL;
    Object *r = f(ts, o);
    ts_leave_recursive(ts);
    if (r && !str_check(r)) {
        err_format(ts, &ExcTypeError, "__str__ returned non-string (type %s)", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

int64_t obj_hash_unhashable(ThreadState *ts, Object *o) {
    err_format(ts, &ExcTypeError, "unhashable type: '%s'", TYPE_NAME(o));
    return -1;
}

int64_t obj_hash_identity(ThreadState *ts, Object *o) {
    /* CPython rotates the address by 4 bits: the low bits are always zero. */
    uint64_t y = (uint64_t)(uintptr_t)o;
    int64_t h = (int64_t)((y >> 4) | (y << 60));
    return h == -1 ? -2 : h;
}

int64_t obj_hash(ThreadState *ts, Object *o) {
    HashFunc f = TYPE(o)->hash;
    if (!f) return obj_hash_unhashable(ts, o);
    if (ts_check_stack(ts, "") < 0) return -1;      /* hash of ((((...),),),) */
    return f(ts, o);
}

/* ---- comparison ------------------------------------------------------- */

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const CompareOp cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

Object *obj_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (ts_enter_recursive(ts, " in comparison") < 0) return NULL;
    Object *r;
    TypeObject *ta = TYPE(a), *tb = TYPE(b);
    bool checked_reverse = false;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(ts, b, a, cmp_swapped[op]);
        if (r != NotImplemented) goto done;
        DECREF(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(ts, a, b, op);
        if (r != NotImplemented) goto done;
        DECREF(r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(ts, b, a, cmp_swapped[op]);
        if (r != NotImplemented) goto done;
        DECREF(r);
    }
    switch (op) {
    case CMP_EQ: r = bool_from(a == b); break;
    case CMP_NE: r = bool_from(a != b); break;
    default:
        r = err_format(ts, &ExcTypeError,
                       "'%s' not supported between instances of '%s' and '%s'",
                       cmp_symbols[op], ta->name, tb->name);
    }
done:
    ts_leave_recursive(ts);
    return r;
}

int obj_richcompare_bool(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (a == b) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    Object *r = obj_richcompare(ts, a, b, op);
    if (!r) return -1;
    int t = r == True ? 1 : r == False ? 0 : obj_is_true(ts, r);
    DECREF(r);
    return t;
}

int obj_is_true(ThreadState *ts, Object *o) {
    if (o == True) return 1;
    if (o == False || o == None) return 0;
    TypeObject *t = TYPE(o);
    if (t->bool_) return t->bool_(ts, o);
    if (t->len) {
        ssize_t n = t->len(ts, o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- attributes ------------------------------------------------------- */

Object **obj_dict_ptr(Object *o) {
    ssize_t off = TYPE(o)->dictoffset;
    if (off == 0) return NULL;
    return obj_slot_ptr(o, off);
}

/* The bytes of items a variable-size built-in [b] holds in [o]. */
static size_t var_bytes(Object *o, TypeObject *b) {
    if (b == &TupleType) return TUPLE_SIZE(o) * sizeof(Object *);
    if (b == &StrType) return STR_SIZE(o) + 1;
    if (b == &BytesType) return BYTES_SIZE(o) + 1;
    return 0;
}

#define ALIGN_TO_POINTER(n) (((n) + sizeof(Object *) - 1) & ~(sizeof(Object *) - 1))

char *obj_trailer(Object *o) {
    TypeObject *b = type_builtin_base(TYPE(o));
    return (char *)o + ALIGN_TO_POINTER(b->basicsize + var_bytes(o, b));
}

size_t obj_var_alloc_size(TypeObject *type, size_t var_bytes) {
    TypeObject *b = type_builtin_base(type);
    if (b == type) return type->basicsize + var_bytes;
    return ALIGN_TO_POINTER(b->basicsize + var_bytes) + (type->basicsize - b->basicsize);
}

static Object *attribute_error(ThreadState *ts, Object *o, Object *name) {
    Object *r;
    if (TYPE(o)->flags & TYPE_FLAG_TYPE_SUBCLASS)
        r = err_format(ts, &ExcAttributeError, "type object '%s' has no attribute '%U'",
                       ((TypeObject *)o)->name, name);
    else
        r = err_format(ts, &ExcAttributeError, "'%s' object has no attribute '%U'",
                       TYPE_NAME(o), name);
    if (ts->exc) {
        BaseExceptionObject *e = (BaseExceptionObject *)ts->exc;
        SETREF(e->name, NEWREF(name));
        SETREF(e->obj, NEWREF(o));
    }
    return r;
}

Object *obj_generic_getattr(ThreadState *ts, Object *o, Object *name) {
    TypeObject *tp = TYPE(o);
    /* held, not borrowed: the instance dict's lookup below may run a key's
     * __eq__, and that code may delete the class attribute (rule 5) */
    Object *descr = XNEWREF(type_lookup_borrowed(tp, name));
    DescrGetFunc get = NULL;
    if (descr) {
        get = TYPE(descr)->descr_get;
        if (get && TYPE(descr)->descr_set) {
            Object *r = get(ts, descr, o, (Object *)tp);
            DECREF(descr);
            return r;
        }
    }
    Object **dictptr = obj_dict_ptr(o);
    if (dictptr && *dictptr) {
        Object *v = dict_get_str_borrowed(ts, *dictptr, name);
        if (v || err_occurred(ts)) {
            XNEWREF(v);             /* before letting go of descr, which may free anything */
            XDECREF(descr);
            return v;
        }
    }
    if (get) {
        Object *r = get(ts, descr, o, (Object *)tp);
        DECREF(descr);
        return r;
    }
    if (descr) return descr;
    return attribute_error(ts, o, name);
}

int obj_generic_setattr(ThreadState *ts, Object *o, Object *name, Object *value) {
    TypeObject *tp = TYPE(o);
    Object *descr = type_lookup_borrowed(tp, name);
    if (descr && TYPE(descr)->descr_set) {
        INCREF(descr);
        int r = TYPE(descr)->descr_set(ts, descr, o, value);
        DECREF(descr);
        return r;
    }
    Object **dictptr = obj_dict_ptr(o);
    if (!dictptr) {
        if (descr)
            err_format(ts, &ExcAttributeError, "'%s' object attribute '%U' is read-only",
                       tp->name, name);
        else
            attribute_error(ts, o, name);
        return -1;
    }
    if (value) return obj_dict_store(ts, o, dictptr, name, value);
    if (!*dictptr) { attribute_error(ts, o, name); return -1; }
    int r = dict_del_if_present(ts, *dictptr, name);
    if (r == 0) { attribute_error(ts, o, name); return -1; }
    return r < 0 ? -1 : 0;
}

int obj_dict_store(ThreadState *ts, Object *o, Object **dictptr, Object *name, Object *value) {
    if (!*dictptr) {
        *dictptr = dict_new(ts);
        if (!*dictptr) return -1;
    }
    if (TRACE_ON(TRACE_MEM)) {
        /* --trace=mem: say why the value it had loses this reference */
        Object *old = NULL;
        int r = dict_set_swap(ts, *dictptr, name, value, &old);
        if (old) {
            trace_mem_reason(ts, old, MEM_ATTR_REPLACED, name, o);
            DECREF(old);
        }
        return r;
    }
    return dict_set(ts, *dictptr, name, value);
}

Object *obj_getattr(ThreadState *ts, Object *o, Object *name) {
    GetAttrFunc f = TYPE(o)->getattr;
    if (!f) return attribute_error(ts, o, name);
    return f(ts, o, name);
}

Object *obj_getattr_cstr(ThreadState *ts, Object *o, const char *name) {
    Object *n = str_intern_cstr(ts, name);
    if (!n) return NULL;
    Object *r = obj_getattr(ts, o, n);
    DECREF(n);
    return r;
}

Object *obj_lookup_attr(ThreadState *ts, Object *o, Object *name) {
    Object *r = obj_getattr(ts, o, name);
    if (!r && err_matches(ts, &ExcAttributeError)) err_clear(ts);
    return r;
}

int obj_setattr(ThreadState *ts, Object *o, Object *name, Object *value) {
    SetAttrFunc f = TYPE(o)->setattr;
    if (!f) {
        if (TYPE(o)->getattr && type_lookup_borrowed(TYPE(o), name) == NULL && !value)
            attribute_error(ts, o, name);
        else
            err_format(ts, &ExcAttributeError, "'%s' object has no attribute '%U'",
                       TYPE_NAME(o), name);
        return -1;
    }
    return f(ts, o, name, value);
}

/* ---- calls ------------------------------------------------------------- */

Object *obj_call(ThreadState *ts, Object *callable, Object *const *args,
                 size_t nargs, Object *kwnames) {
    CallFunc f = TYPE(callable)->call;
    if (UNLIKELY(!f))
        return err_format(ts, &ExcTypeError, "'%s' object is not callable", TYPE_NAME(callable));
    return f(ts, callable, args, nargs, kwnames);
}

Object *obj_call0(ThreadState *ts, Object *callable) {
    return obj_call(ts, callable, NULL, 0, NULL);
}

Object *obj_call1(ThreadState *ts, Object *callable, Object *arg) {
    return obj_call(ts, callable, &arg, 1, NULL);
}

Object *obj_call2(ThreadState *ts, Object *callable, Object *a, Object *b) {
    Object *args[2] = {a, b};
    return obj_call(ts, callable, args, 2, NULL);
}

Object *obj_call_tuple_dict(ThreadState *ts, Object *callable, Object *args, Object *kwargs) {
    size_t npos = args ? TUPLE_SIZE(args) : 0;
    size_t nkw = kwargs ? (size_t)DICT_SIZE(kwargs) : 0;
    if (nkw == 0) return obj_call(ts, callable, npos ? TUPLE_ITEMS(args) : NULL, npos, NULL);
    Object **stack = rawmem_alloc(sizeof(Object *) * (npos + nkw));
    if (!stack) return err_no_memory(ts);
    Object *kwnames = tuple_new(ts, nkw);
    if (!kwnames) { rawmem_free(stack); return NULL; }
    for (size_t i = 0; i < npos; i++) stack[i] = TUPLE_GET(args, i);
    ssize_t pos = 0;
    Object *k, *v;
    size_t i = 0;
    while (dict_next(kwargs, &pos, &k, &v)) {
        if (!str_check(k)) {
            rawmem_free(stack);
            DECREF(kwnames);
            return err_format(ts, &ExcTypeError, "keywords must be strings");
        }
        TUPLE_SET_STEAL(kwnames, i, NEWREF(k));
        stack[npos + i] = v;
        i++;
    }
    Object *r = obj_call(ts, callable, stack, npos, kwnames);
    rawmem_free(stack);
    DECREF(kwnames);
    return r;
}

Object *obj_call_method(ThreadState *ts, Object *o, Object *name,
                        Object *const *args, size_t nargs) {
    Object *m = obj_getattr(ts, o, name);
    if (!m) return NULL;
    Object *r = obj_call(ts, m, args, nargs, NULL);
    DECREF(m);
    return r;
}

Object *obj_format(ThreadState *ts, Object *o, Object *spec) {
    if (STR_SIZE(spec) == 0) {
        if (str_check_exact(o)) return NEWREF(o);
        if (int_check_exact(o)) return obj_str(ts, o);
    }
    Object *name = ts->interp->ids.__format__;
    Object *f = type_lookup_borrowed(TYPE(o), name);
    if (!f) return err_format(ts, &ExcTypeError, "Type %s doesn't define __format__", TYPE_NAME(o));
    /* found on the type and bound to [o], as every special method: for a
     * class [o], o.__format__ would be the unbound one of its instances */
    DescrGetFunc bind = TYPE(f)->descr_get;
    Object *m = bind ? bind(ts, f, o, (Object *)TYPE(o)) : NEWREF(f);
    if (!m) return NULL;
    Object *r = obj_call(ts, m, &spec, 1, NULL);
    DECREF(m);
    if (r && !str_check(r)) {
        err_format(ts, &ExcTypeError, "__format__ must return a str, not %s", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

/* ---- items, length, iteration ----------------------------------------- */

Object *obj_getitem(ThreadState *ts, Object *o, Object *key) {
    BinaryFunc f = TYPE(o)->getitem;
    if (LIKELY(f != NULL)) return f(ts, o, key);
    if (TYPE(o)->flags & TYPE_FLAG_TYPE_SUBCLASS) {
        if (o == (Object *)&TypeType) return generic_alias_new(ts, o, key);   /* type[int] */
        if (((TypeObject *)o)->flags & TYPE_FLAG_READY) {
            Object *cg = obj_lookup_attr(ts, o, ts->interp->ids.__class_getitem__);
            if (cg) {
                Object *r = obj_call1(ts, cg, key);
                DECREF(cg);
                return r;
            }
            if (err_occurred(ts)) return NULL;
        }
        return err_format(ts, &ExcTypeError, "type '%s' is not subscriptable",
                          ((TypeObject *)o)->name);
    }
    return err_format(ts, &ExcTypeError, "'%s' object is not subscriptable", TYPE_NAME(o));
}

int obj_setitem(ThreadState *ts, Object *o, Object *key, Object *value) {
    SetItemFunc f = TYPE(o)->setitem;
    if (LIKELY(f != NULL)) return f(ts, o, key, value);
    err_format(ts, &ExcTypeError, "'%s' object does not support item assignment", TYPE_NAME(o));
    return -1;
}

int obj_delitem(ThreadState *ts, Object *o, Object *key) {
    SetItemFunc f = TYPE(o)->setitem;
    if (LIKELY(f != NULL)) return f(ts, o, key, NULL);
    /* CPython's two wordings: "doesn't" from its sequence path (a built-in
     * sequence; an instance of a class -- every class has the sequence
     * slots -- with an index for a key), "does not" from the others */
    bool sequence_path = (int_check(key) || TYPE(key)->index != NULL) &&
                         (TYPE(o)->flags & TYPE_FLAG_HEAP || TYPE(o)->getitem != NULL);
    if (sequence_path)
        err_format(ts, &ExcTypeError, "'%s' object doesn't support item deletion", TYPE_NAME(o));
    else
        err_format(ts, &ExcTypeError, "'%s' object does not support item deletion", TYPE_NAME(o));
    return -1;
}

ssize_t obj_len(ThreadState *ts, Object *o) {
    LenFunc f = TYPE(o)->len;
    if (LIKELY(f != NULL)) return f(ts, o);
    err_format(ts, &ExcTypeError, "object of type '%s' has no len()", TYPE_NAME(o));
    return -1;
}

ssize_t obj_length_hint(ThreadState *ts, Object *o, ssize_t dflt) {
    if (TYPE(o)->len) {
        ssize_t n = TYPE(o)->len(ts, o);
        if (n >= 0) return n;
        if (!err_matches(ts, &ExcTypeError)) return -1;
        err_clear(ts);
    }
    Object *name = ts->interp->ids.__length_hint__;
    if (!type_lookup_borrowed(TYPE(o), name)) return dflt;
    Object *r = obj_call_method(ts, o, name, NULL, 0);
    if (!r) {
        if (!err_matches(ts, &ExcTypeError)) return -1;
        err_clear(ts);
        return dflt;
    }
    if (r == NotImplemented) {
        DECREF(r);
        return dflt;
    }
    if (!int_check(r)) {
        err_format(ts, &ExcTypeError, "__length_hint__ must be an integer, not %s", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    int64_t n;
    bool fits = int_as_i64(r, &n);
    int sign = int_sign(r);
    DECREF(r);
    if (!fits && sign > 0) {
        err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (!fits || n < 0) {
        err_set_string(ts, &ExcValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return (ssize_t)n;
}

Object *obj_iter(ThreadState *ts, Object *o) {
    UnaryFunc f = TYPE(o)->iter;
    if (!f) {
        if (TYPE(o)->getitem && !(TYPE(o)->flags & TYPE_FLAG_DICT_SUBCLASS))
            return seqiter_new(ts, o);
        return err_format(ts, &ExcTypeError, "'%s' object is not iterable", TYPE_NAME(o));
    }
    Object *it = f(ts, o);
    if (it && !TYPE(it)->next) {
        err_format(ts, &ExcTypeError, "iter() returned non-iterator of type '%s'", TYPE_NAME(it));
        DECREF(it);
        return NULL;
    }
    return it;
}

Object *obj_next(ThreadState *ts, Object *iter) {
    UnaryFunc f = TYPE(iter)->next;
    if (!f) return err_format(ts, &ExcTypeError, "'%s' object is not an iterator", TYPE_NAME(iter));
    if (ts_check_stack(ts, "") < 0) return NULL;    /* map(f, map(f, map(...))) */
    Object *r = f(ts, iter);
    /* the end may be signalled with or without StopIteration: make it
     * always "NULL, no exception" for the callers */
    if (!r && ts->exc && err_matches(ts, &ExcStopIteration)) err_clear(ts);
    return r;
}

int obj_contains(ThreadState *ts, Object *container, Object *item) {
    ContainsFunc f = TYPE(container)->contains;
    if (f) return f(ts, container, item);
    if (!TYPE(container)->iter && !TYPE(container)->getitem) {
        err_format(ts, &ExcTypeError, "argument of type '%s' is not iterable", TYPE_NAME(container));
        return -1;
    }
    Object *it = obj_iter(ts, container);
    if (!it) return -1;
    int found = 0;
    Object *x;
    while ((x = obj_next(ts, it)) != NULL) {
        int eq = obj_richcompare_bool(ts, x, item, CMP_EQ);
        DECREF(x);
        if (eq != 0) { found = eq; break; }
    }
    DECREF(it);
    if (found == 0 && err_occurred(ts)) return -1;
    return found;
}

/* ---- isinstance ------------------------------------------------------- */

bool type_is_subtype(TypeObject *a, TypeObject *b) {
    if (a == b) return true;
    Object *mro = a->mro;
    if (mro) {
        for (size_t i = 0; i < TUPLE_SIZE(mro); i++)
            if (TUPLE_GET(mro, i) == (Object *)b) return true;
        return false;
    }
    for (TypeObject *t = a->base; t; t = t->base)
        if (t == b) return true;
    return b == &ObjectType;
}

/* A class whose metaclass is written in Python may answer isinstance() and
 * issubclass() itself (abc.ABCMeta does, for its registered virtual
 * subclasses): call its [hook] with [arg]; -2 when it has none of its own. */
static int metaclass_check(ThreadState *ts, Object *cls, Object *hook, Object *arg) {
    TypeObject *meta = TYPE(cls);
    bool is_class = (meta->flags & TYPE_FLAG_TYPE_SUBCLASS) != 0;
    if (is_class && !(meta->flags & TYPE_FLAG_HEAP)) return -2;
    Object *f = type_lookup_borrowed(meta, hook);
    if (!f || (is_class && type_lookup_borrowed(&TypeType, hook) == f)) return -2;
    if (ts_enter_recursive(ts, hook == ts->interp->ids.__instancecheck__
                                   ? " in __instancecheck__" : " in __subclasscheck__") < 0)
        return -1;
    INCREF(f);
    Object *r = obj_call2(ts, f, cls, arg);
    DECREF(f);
    ts_leave_recursive(ts);
    if (!r) return -1;
    int b = obj_is_true(ts, r);
    DECREF(r);
    return b;
}

int obj_isinstance(ThreadState *ts, Object *o, Object *cls) {
    if ((Object *)TYPE(o) == cls) return 1;
    if (TYPE(cls)->flags & TYPE_FLAG_TYPE_SUBCLASS) {
        int r = metaclass_check(ts, cls, ts->interp->ids.__instancecheck__, o);
        if (r != -2) return r;
        return type_is_subtype(TYPE(o), (TypeObject *)cls);
    }
    if (tuple_check(cls)) {
        /* tuples of tuples recurse: CPython's guard and message */
        if (ts_enter_recursive(ts, " in __instancecheck__") < 0) return -1;
        int r = 0;
        for (size_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++) r = obj_isinstance(ts, o, TUPLE_GET(cls, i));
        ts_leave_recursive(ts);
        return r;
    }
    if (TYPE(cls) == &UnionType) {
        /* int | str: as the tuple (int, str) */
        if (union_check_members(ts, cls, false) < 0) return -1;
        return obj_isinstance(ts, o, union_members_borrowed(cls));
    }
    /* any other object with an __instancecheck__ (list[int]'s refuses) */
    int r = metaclass_check(ts, cls, ts->interp->ids.__instancecheck__, o);
    if (r != -2) return r;
    err_format(ts, &ExcTypeError,
               "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int obj_issubclass(ThreadState *ts, Object *derived, Object *cls) {
    if (!(TYPE(derived)->flags & TYPE_FLAG_TYPE_SUBCLASS)) {
        err_format(ts, &ExcTypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (TYPE(cls)->flags & TYPE_FLAG_TYPE_SUBCLASS) {
        int r = metaclass_check(ts, cls, ts->interp->ids.__subclasscheck__, derived);
        if (r != -2) return r;
        return type_is_subtype((TypeObject *)derived, (TypeObject *)cls);
    }
    if (tuple_check(cls)) {
        if (ts_enter_recursive(ts, " in __subclasscheck__") < 0) return -1;
        int r = 0;
        for (size_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++) r = obj_issubclass(ts, derived, TUPLE_GET(cls, i));
        ts_leave_recursive(ts);
        return r;
    }
    if (TYPE(cls) == &UnionType) {
        if (union_check_members(ts, cls, true) < 0) return -1;
        return obj_issubclass(ts, derived, union_members_borrowed(cls));
    }
    int r = metaclass_check(ts, cls, ts->interp->ids.__subclasscheck__, derived);
    if (r != -2) return r;
    err_format(ts, &ExcTypeError,
               "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

/* ---- None, NotImplemented, Ellipsis ----------------------------------- */

static void singleton_dealloc(Object *o) {
    fatal_error("deallocating the %s singleton", o->type->name);
}

static Object *none_repr(ThreadState *ts, Object *o) { return str_from_cstr(ts, "None"); }
static int none_bool(ThreadState *ts, Object *o) { return 0; }
static Object *notimpl_repr(ThreadState *ts, Object *o) { return str_from_cstr(ts, "NotImplemented"); }
static Object *ellipsis_repr(ThreadState *ts, Object *o) { return str_from_cstr(ts, "Ellipsis"); }

/* Calling the type of a singleton gives the singleton back (type(None)() is
 * None); their messages name them as CPython's do ("EllipsisType", not the
 * type's name "ellipsis"). */
static Object *none_new_(ThreadState *ts, TypeObject *t, Object *const *args, size_t n, Object *kw) {
    if (n || (kw && TUPLE_SIZE(kw))) return err_format(ts, &ExcTypeError, "NoneType takes no arguments");
    return none_new();
}

static Object *notimpl_new(ThreadState *ts, TypeObject *t, Object *const *args, size_t n, Object *kw) {
    if (n || (kw && TUPLE_SIZE(kw)))
        return err_format(ts, &ExcTypeError, "NotImplementedType takes no arguments");
    return NEWREF(NotImplemented);
}

static Object *ellipsis_new(ThreadState *ts, TypeObject *t, Object *const *args, size_t n, Object *kw) {
    if (n || (kw && TUPLE_SIZE(kw))) return err_format(ts, &ExcTypeError, "EllipsisType takes no arguments");
    return NEWREF(Ellipsis);
}

TypeObject NoneType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "NoneType",
    .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .bool_ = none_bool,
    .hash = obj_hash_identity,
    .new_ = none_new_,
};

TypeObject NotImplementedType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "NotImplementedType",
    .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc,
    .repr = notimpl_repr,
    .hash = obj_hash_identity,
    .new_ = notimpl_new,
};

TypeObject EllipsisType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "ellipsis",
    .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .hash = obj_hash_identity,
    .new_ = ellipsis_new,
};

Object NoneStruct = {IMMORTAL_REFCNT, &NoneType};
Object NotImplementedStruct = {IMMORTAL_REFCNT, &NotImplementedType};
Object EllipsisStruct = {IMMORTAL_REFCNT, &EllipsisType};

/* ---- recursive repr ---------------------------------------------------- */

/* A list that contains itself prints as [[...]]: repr() of a container
 * first checks whether the container is already being printed further up. */
int repr_enter(ThreadState *ts, Object *o) {
    if (!ts->repr_stack) {
        ts->repr_stack = list_new(ts, 0);
        if (!ts->repr_stack) return -1;
    }
    Object *stack = ts->repr_stack;
    for (size_t i = 0; i < LIST_SIZE(stack); i++)
        if (LIST_GET(stack, i) == o) return 1;
    if (list_append(ts, stack, o) < 0) return -1;
    return 0;
}

void repr_leave(ThreadState *ts, Object *o) {
    Object *stack = ts->repr_stack;
    if (!stack) return;
    for (size_t i = LIST_SIZE(stack); i > 0; i--) {
        if (LIST_GET(stack, i - 1) == o) {
            Object *item = LIST_GET(stack, i - 1);
            memmove(&LIST_ITEMS(stack)[i - 1], &LIST_ITEMS(stack)[i],
                    (LIST_SIZE(stack) - i) * sizeof(Object *));
            ((ListObject *)stack)->size--;
            DECREF(item);
            return;
        }
    }
}
