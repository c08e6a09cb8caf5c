/* class.c -- classes made by `class` statements, and special methods.
 *
 * Lesson 1 (hashable keys) and every interview question about "dunder
 * methods" meet here. A class is a TypeObject built at run time: its dict is
 * the namespace the class body filled, its MRO comes from C3 over its bases.
 * The VM never looks for `__add__` by name when it executes `a + b`: it calls
 * the type's binop slot. So when a class defines `__add__`, this file points
 * the slot at slot_nb_add(), a small C function that looks the method up and
 * calls it. The table `slotdefs` pairs every special-method name with its
 * slot, in both directions: it also exposes the C slots of built-in types as
 * methods (int.__add__, list.__len__), so `super().__init__()` and explicit
 * calls like `object.__repr__(x)` work the same for every type.
 *
 * Start reading at class_new(), then class_update_slots().
 */
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "weakref.h"
#include "slots.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "float.h"
#include "complex.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "func.h"
#include "module.h"
#include "iter.h"
#include "code.h"
#include "frame.h"
#include "vm/eval.h"
#include "args.h"

/* ==== calling special methods ============================================ */

/* Call [f], a special method found on the type of [self], with [self]
 * first (the caller holds a reference to f meanwhile). */
static Object *call_found(ThreadState *ts, Object *f, Object *self, Object *const *args,
                          size_t nargs) {
    if (TYPE(f) == &FunctionType || TYPE(f) == &MethodDescrType)
        return call_prepend(ts, f, self, args, nargs, NULL);
    if (TYPE(f)->descr_get) {
        Object *bound = TYPE(f)->descr_get(ts, f, self, (Object *)TYPE(self));
        Object *r = bound ? obj_call(ts, bound, args, nargs, NULL) : NULL;
        XDECREF(bound);
        return r;
    }
    return obj_call(ts, f, args, nargs, NULL);
}

/* Look [name] up on the type of [self] (never the instance) and call it
 * with [self] first. When the type lacks it: AttributeError, or, if
 * [found] is given, NULL with no exception (and *found false). */
static Object *call_special(ThreadState *ts, Object *self, Object *name, Object *const *args,
                            size_t nargs, bool *found) {
    Object *f = type_lookup_borrowed(TYPE(self), name);
    if (found) *found = f != NULL;
    if (!f) {
        if (found) return NULL;
        return err_format(ts, &ExcAttributeError, "'%s' object has no attribute '%U'",
                          TYPE_NAME(self), name);
    }
    INCREF(f);
    Object *r = call_found(ts, f, self, args, nargs);
    DECREF(f);
    return r;
}

static Object *call0(ThreadState *ts, Object *self, Object *name) {
    return call_special(ts, self, name, NULL, 0, NULL);
}

static Object *call1(ThreadState *ts, Object *self, Object *name, Object *arg) {
    return call_special(ts, self, name, &arg, 1, NULL);
}

#define IDS (ts->interp->ids)

/* ==== slot functions for classes ========================================== */

static Object *slot_repr(ThreadState *ts, Object *self) { return call0(ts, self, IDS.__repr__); }
static Object *slot_str(ThreadState *ts, Object *self) { return call0(ts, self, IDS.__str__); }

static int64_t slot_hash(ThreadState *ts, Object *self) {
    Object *f = type_lookup_borrowed(TYPE(self), IDS.__hash__);
    if (!f || f == None) return obj_hash_unhashable(ts, self);
    Object *r = call0(ts, self, IDS.__hash__);
    if (!r) return -1;
    if (!int_check(r)) {
        err_set_string(ts, &ExcTypeError, "__hash__ method should return an integer");
        DECREF(r);
        return -1;
    }
    /* as CPython: a result that fits a hash is kept as it is (so that
     * returning hash(y) makes hash(x) == hash(y)); a bigger one is reduced
     * as hash(int) reduces it; -1 is reserved for errors */
    int64_t h;
    if (!int_as_i64(r, &h)) h = int_hash(r);
    DECREF(r);
    return h == -1 ? -2 : h;
}

static Object *const *cmp_names(ThreadState *ts) {
    static _Thread_local Object *names[6];
    names[CMP_LT] = IDS.__lt__; names[CMP_LE] = IDS.__le__; names[CMP_EQ] = IDS.__eq__;
    names[CMP_NE] = IDS.__ne__; names[CMP_GT] = IDS.__gt__; names[CMP_GE] = IDS.__ge__;
    return names;
}

static Object *slot_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    Object *name = cmp_names(ts)[op];
    Object *f = type_lookup_borrowed(TYPE(a), name);
    if (!f || f == None) return NEWREF(NotImplemented);
    return call1(ts, a, name, b);
}

static Object *slot_getattr_hook(ThreadState *ts, Object *self, Object *name) {
    Object *getattribute = type_lookup_borrowed(TYPE(self), IDS.__getattribute__);
    Object *r;
    if (getattribute && TYPE(getattribute) != &MethodDescrType)
        r = call1(ts, self, IDS.__getattribute__, name);
    else
        r = obj_generic_getattr(ts, self, name);
    if (r || !err_matches(ts, &ExcAttributeError)) return r;
    Object *getattr = type_lookup_borrowed(TYPE(self), IDS.__getattr__);
    if (!getattr) return NULL;
    err_clear(ts);
    return call1(ts, self, IDS.__getattr__, name);
}

static int slot_setattr(ThreadState *ts, Object *self, Object *name, Object *value) {
    Object *r;
    if (value) {
        Object *args[2] = {name, value};
        r = call_special(ts, self, IDS.__setattr__, args, 2, NULL);
    } else {
        r = call1(ts, self, IDS.__delattr__, name);
    }
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static Object *slot_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                         Object *kwnames) {
    Object *f = type_lookup_borrowed(TYPE(self), IDS.__call__);
    if (!f) return err_format(ts, &ExcTypeError, "'%s' object is not callable", TYPE_NAME(self));
    INCREF(f);
    Object *r;
    if (TYPE(f) == &FunctionType) {
        r = call_prepend(ts, f, self, args, nargs, kwnames);
    } else {
        Object *bound = TYPE(f)->descr_get ? TYPE(f)->descr_get(ts, f, self, (Object *)TYPE(self)) : NEWREF(f);
        r = bound ? obj_call(ts, bound, args, nargs, kwnames) : NULL;
        XDECREF(bound);
    }
    DECREF(f);
    return r;
}

static Object *slot_iter(ThreadState *ts, Object *self) {
    Object *f = type_lookup_borrowed(TYPE(self), IDS.__iter__);
    if (f == None) return err_format(ts, &ExcTypeError, "'%s' object is not iterable", TYPE_NAME(self));
    if (!f) {
        if (type_lookup_borrowed(TYPE(self), IDS.__getitem__)) return seqiter_new(ts, self);
        return err_format(ts, &ExcTypeError, "'%s' object is not iterable", TYPE_NAME(self));
    }
    return call0(ts, self, IDS.__iter__);
}

static Object *slot_next(ThreadState *ts, Object *self) {
    Object *r = call0(ts, self, IDS.__next__);
    if (!r && err_matches(ts, &ExcStopIteration)) {
        /* the protocol's end: keep the exception only if it carries a value
         * someone may want (yield from); plain exhaustion returns NULL */
        BaseExceptionObject *e = (BaseExceptionObject *)ts->exc;
        if (!e->value || e->value == None) err_clear(ts);
    }
    return r;
}

static Object *slot_descr_get(ThreadState *ts, Object *self, Object *obj, Object *type) {
    Object *args[2] = {obj ? obj : None, type ? type : None};
    return call_special(ts, self, IDS.__get__, args, 2, NULL);
}

static int slot_descr_set(ThreadState *ts, Object *self, Object *obj, Object *value) {
    Object *r;
    if (value) {
        Object *args[2] = {obj, value};
        r = call_special(ts, self, IDS.__set__, args, 2, NULL);
    } else {
        r = call1(ts, self, IDS.__delete__, obj);
    }
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static int slot_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                     Object *kwnames) {
    Object *f = type_lookup_borrowed(TYPE(self), IDS.__init__);
    if (!f) return 0;
    INCREF(f);
    Object *r;
    if (TYPE(f) == &FunctionType || TYPE(f) == &MethodDescrType) {
        r = call_prepend(ts, f, self, args, nargs, kwnames);
    } else {
        Object *bound = TYPE(f)->descr_get ? TYPE(f)->descr_get(ts, f, self, (Object *)TYPE(self)) : NEWREF(f);
        r = bound ? obj_call(ts, bound, args, nargs, kwnames) : NULL;
        XDECREF(bound);
    }
    DECREF(f);
    if (!r) return -1;
    if (r != None) {
        err_format(ts, &ExcTypeError, "__init__() should return None, not '%s'", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return 0;
}

static Object *slot_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                        Object *kwnames) {
    Object *f = type_lookup_borrowed(type, IDS.__new__);
    if (!f) return err_format(ts, &ExcTypeError, "cannot create '%s' instances", type->name);
    INCREF(f);
    Object *func = TYPE(f)->descr_get ? TYPE(f)->descr_get(ts, f, NULL, (Object *)type) : NEWREF(f);
    DECREF(f);
    if (!func) return NULL;
    Object *r = call_prepend(ts, func, (Object *)type, args, nargs, kwnames);
    DECREF(func);
    return r;
}

/* ---- numbers ---------------------------------------------------------------- */

static Object *const *binop_names(ThreadState *ts, bool reflected) {
    static _Thread_local Object *names[2][NB_COUNT];
    Ids *i = &ts->interp->ids;
    Object *fwd[NB_COUNT] = {
        [NB_ADD] = i->__add__, [NB_AND] = i->__and__, [NB_FLOORDIV] = i->__floordiv__,
        [NB_LSHIFT] = i->__lshift__, [NB_MATMUL] = i->__matmul__, [NB_MUL] = i->__mul__,
        [NB_MOD] = i->__mod__, [NB_OR] = i->__or__, [NB_POW] = i->__pow__,
        [NB_RSHIFT] = i->__rshift__, [NB_SUB] = i->__sub__, [NB_TRUEDIV] = i->__truediv__,
        [NB_XOR] = i->__xor__};
    Object *rev[NB_COUNT] = {
        [NB_ADD] = i->__radd__, [NB_AND] = i->__rand__, [NB_FLOORDIV] = i->__rfloordiv__,
        [NB_LSHIFT] = i->__rlshift__, [NB_MATMUL] = i->__rmatmul__, [NB_MUL] = i->__rmul__,
        [NB_MOD] = i->__rmod__, [NB_OR] = i->__ror__, [NB_POW] = i->__rpow__,
        [NB_RSHIFT] = i->__rrshift__, [NB_SUB] = i->__rsub__, [NB_TRUEDIV] = i->__rtruediv__,
        [NB_XOR] = i->__rxor__};
    memcpy(names[0], fwd, sizeof fwd);
    memcpy(names[1], rev, sizeof rev);
    return names[reflected];
}

static Object *inplace_name(ThreadState *ts, NbOp op) {
    Ids *i = &ts->interp->ids;
    Object *names[NB_COUNT] = {
        [NB_ADD] = i->__iadd__, [NB_AND] = i->__iand__, [NB_FLOORDIV] = i->__ifloordiv__,
        [NB_LSHIFT] = i->__ilshift__, [NB_MATMUL] = i->__imatmul__, [NB_MUL] = i->__imul__,
        [NB_MOD] = i->__imod__, [NB_OR] = i->__ior__, [NB_POW] = i->__ipow__,
        [NB_RSHIFT] = i->__irshift__, [NB_SUB] = i->__isub__, [NB_TRUEDIV] = i->__itruediv__,
        [NB_XOR] = i->__ixor__};
    return names[op];
}

static Object *call_maybe(ThreadState *ts, Object *self, Object *name, Object *other) {
    Object *f = type_lookup_borrowed(TYPE(self), name);
    if (!f || f == None) return NEWREF(NotImplemented);
    return call1(ts, self, name, other);
}

static BinaryFunc binop_slot_fn[NB_COUNT];

/* a <op> b for a class: __op__ of a, or __rop__ of b -- the subclass rule
 * included, as CPython's SLOT1BINFULL. */
static Object *slot_binop(ThreadState *ts, NbOp op, Object *a, Object *b) {
    Object *fname = binop_names(ts, false)[op], *rname = binop_names(ts, true)[op];
    BinaryFunc me = binop_slot_fn[op];
    bool do_other = TYPE(a) != TYPE(b) && TYPE(b)->binop[op] == me;
    if (TYPE(a)->binop[op] == me) {
        if (do_other && type_is_subtype(TYPE(b), TYPE(a))) {
            Object *ra = type_lookup_borrowed(TYPE(a), rname), *rb = type_lookup_borrowed(TYPE(b), rname);
            if (rb && ra != rb) {
                Object *r = call_maybe(ts, b, rname, a);
                if (r != NotImplemented) return r;
                DECREF(r);
                do_other = false;
            }
        }
        Object *r = call_maybe(ts, a, fname, b);
        if (r != NotImplemented || TYPE(a) == TYPE(b)) return r;
        DECREF(r);
    }
    if (do_other) return call_maybe(ts, b, rname, a);
    return NEWREF(NotImplemented);
}

#define BINOP_SLOT(OP) \
    static Object *slot_binop_##OP(ThreadState *ts, Object *a, Object *b) { return slot_binop(ts, OP, a, b); } \
    static Object *slot_inplace_##OP(ThreadState *ts, Object *a, Object *b) { return call_maybe(ts, a, inplace_name(ts, OP), b); }
BINOP_SLOT(NB_ADD) BINOP_SLOT(NB_AND) BINOP_SLOT(NB_FLOORDIV) BINOP_SLOT(NB_LSHIFT)
BINOP_SLOT(NB_MATMUL) BINOP_SLOT(NB_MUL) BINOP_SLOT(NB_MOD) BINOP_SLOT(NB_OR)
BINOP_SLOT(NB_POW) BINOP_SLOT(NB_RSHIFT) BINOP_SLOT(NB_SUB) BINOP_SLOT(NB_TRUEDIV)
BINOP_SLOT(NB_XOR)

static BinaryFunc binop_slot_fn[NB_COUNT] = {
#define X(OP) [OP] = slot_binop_##OP,
    X(NB_ADD) X(NB_AND) X(NB_FLOORDIV) X(NB_LSHIFT) X(NB_MATMUL) X(NB_MUL) X(NB_MOD)
    X(NB_OR) X(NB_POW) X(NB_RSHIFT) X(NB_SUB) X(NB_TRUEDIV) X(NB_XOR)
#undef X
};

static BinaryFunc inplace_slot_fn[NB_COUNT] = {
#define X(OP) [OP] = slot_inplace_##OP,
    X(NB_ADD) X(NB_AND) X(NB_FLOORDIV) X(NB_LSHIFT) X(NB_MATMUL) X(NB_MUL) X(NB_MOD)
    X(NB_OR) X(NB_POW) X(NB_RSHIFT) X(NB_SUB) X(NB_TRUEDIV) X(NB_XOR)
#undef X
};

static Object *slot_neg(ThreadState *ts, Object *s) { return call0(ts, s, IDS.__neg__); }
static Object *slot_pos(ThreadState *ts, Object *s) { return call0(ts, s, IDS.__pos__); }
static Object *slot_invert(ThreadState *ts, Object *s) { return call0(ts, s, IDS.__invert__); }
static Object *slot_abs(ThreadState *ts, Object *s) { return call0(ts, s, IDS.__abs__); }
static Object *slot_index(ThreadState *ts, Object *s) { return call0(ts, s, IDS.__index__); }

static Object *slot_int(ThreadState *ts, Object *s) {
    Object *r = call0(ts, s, IDS.__int__);
    if (r && !int_check(r)) {
        err_format(ts, &ExcTypeError, "__int__ returned non-int (type %s)", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

static Object *slot_float(ThreadState *ts, Object *s) {
    Object *r = call0(ts, s, IDS.__float__);
    if (r && !float_check(r)) {
        err_format(ts, &ExcTypeError, "%s.__float__ returned non-float (type %s)", TYPE_NAME(s), TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

static ssize_t slot_len(ThreadState *ts, Object *self) {
    Object *r = call0(ts, self, IDS.__len__);
    if (!r) return -1;
    if (!int_check(r)) {
        err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    int64_t n;
    bool ok = int_as_i64(r, &n);
    int sign = int_sign(r);
    DECREF(r);
    if (sign < 0) {
        err_set_string(ts, &ExcValueError, "__len__() should return >= 0");
        return -1;
    }
    if (!ok) {
        err_set_string(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return (ssize_t)n;
}

static int slot_bool(ThreadState *ts, Object *self) {
    Object *f = type_lookup_borrowed(TYPE(self), IDS.__bool__);
    if (!f) {
        if (type_lookup_borrowed(TYPE(self), IDS.__len__)) {
            ssize_t n = slot_len(ts, self);
            return n < 0 ? -1 : n > 0;
        }
        return 1;
    }
    Object *r = call0(ts, self, IDS.__bool__);
    if (!r) return -1;
    if (TYPE(r) != &BoolType) {
        err_format(ts, &ExcTypeError, "__bool__ should return bool, returned %s", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    int t = r == True;
    DECREF(r);
    return t;
}

static Object *slot_getitem(ThreadState *ts, Object *self, Object *key) {
    return call1(ts, self, IDS.__getitem__, key);
}

static int slot_setitem(ThreadState *ts, Object *self, Object *key, Object *value) {
    Object *r;
    if (value) {
        Object *args[2] = {key, value};
        r = call_special(ts, self, IDS.__setitem__, args, 2, NULL);
    } else {
        r = call1(ts, self, IDS.__delitem__, key);
    }
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static int slot_contains(ThreadState *ts, Object *self, Object *item) {
    Object *f = type_lookup_borrowed(TYPE(self), IDS.__contains__);
    if (!f || f == None) {
        /* fall back to iteration, as `in` does for any iterable */
        Object *it = obj_iter(ts, self);
        if (!it) return -1;
        Object *x;
        int found = 0;
        while ((x = obj_next(ts, it)) != NULL) {
            found = obj_richcompare_bool(ts, x, item, CMP_EQ);
            DECREF(x);
            if (found != 0) break;
        }
        DECREF(it);
        if (found == 0 && err_occurred(ts)) return -1;
        return found;
    }
    Object *r = call1(ts, self, IDS.__contains__, item);
    if (!r) return -1;
    int t = obj_is_true(ts, r);
    DECREF(r);
    return t;
}

/* __del__: the finalize slot (obj_call_finalizer runs it, once). A failure
 * is reported as "Exception ignored in: <function C.__del__ ...>". */
static int slot_finalize(ThreadState *ts, Object *self, Object **where) {
    Object *del = type_lookup_borrowed(TYPE(self), IDS.__del__);
    if (!del) return 0;
    INCREF(del);                /* held for the report: __del__ may delete itself */
    Object *r = call_found(ts, del, self, NULL, 0);
    if (!r) {
        *where = del;
        return -1;
    }
    DECREF(del);
    DECREF(r);
    return 0;
}

/* ==== wrappers: a built-in type's C slot as a method ======================= */

typedef struct SlotDef SlotDef;
typedef Object *(*WrapperFunc)(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                               Object *const *args, size_t nargs);

struct SlotDef {
    const char *name;
    size_t offset;            /* of the slot in TypeObject */
    void *slot_fn;            /* what a class that defines `name` gets */
    WrapperFunc wrapper;      /* how a built-in type's slot is called as a method */
    int op;                   /* comparison or binary operator number */
    bool reflected;           /* __radd__: the operands swap */
};

typedef struct {
    OBJECT_HEAD;
    TypeObject *owner;
    const SlotDef *slot;
    Object *name;
} SlotWrapperObject;

TypeObject SlotWrapperType, MethodWrapperType;

static int check_args(ThreadState *ts, const SlotDef *sd, size_t nargs, size_t n) {
    if (nargs == n) return 0;
    if (n == 0)
        err_format(ts, &ExcTypeError, "expected 0 arguments, got %zu", nargs);
    else
        err_format(ts, &ExcTypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
    return -1;
}

#define SLOT_AT(t, sd, T) (*(T *)((char *)(t) + (sd)->offset))

static Object *wrap_unary(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                          Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 0) < 0) return NULL;
    return SLOT_AT(owner, sd, UnaryFunc)(ts, self);
}

/* int.__pow__(exp, mod) and __rpow__: the ternary form of a built-in
 * type's power slot, as CPython's wrap_ternaryfunc. */
static Object *wrap_pow(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                        Object *const *args, size_t nargs) {
    if (args_count(ts, "", nargs, 1, 2) < 0) return NULL;   /* PyArg_UnpackTuple(args, "", 1, 2) */
    BinaryFunc f = SLOT_AT(owner, sd, BinaryFunc);
    Object *base = sd->reflected ? args[0] : self, *exp = sd->reflected ? self : args[0];
    if (nargs == 1 || args[1] == None) return f(ts, base, exp);
    Object *mod = args[1];
    if (type_is_subtype(owner, &IntType)) {
        if (int_check(base) && int_check(exp) && int_check(mod)) return int_pow3(ts, base, exp, mod);
        return NEWREF(NotImplemented);
    }
    return number_pow3_refused(ts, owner, base, exp);
}

static Object *wrap_binary(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                           Object *const *args, size_t nargs) {
    if (sd->op == NB_POW && sd->name[2] != 'i') return wrap_pow(ts, sd, owner, self, args, nargs);
    if (check_args(ts, sd, nargs, 1) < 0) return NULL;
    BinaryFunc f = SLOT_AT(owner, sd, BinaryFunc);
    return sd->reflected ? f(ts, args[0], self) : f(ts, self, args[0]);
}

static Object *wrap_richcmp(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                            Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 1) < 0) return NULL;
    return owner->richcompare(ts, self, args[0], (CompareOp)sd->op);
}

static Object *wrap_hash(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                         Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 0) < 0) return NULL;
    int64_t h = owner->hash(ts, self);
    return h == -1 && err_occurred(ts) ? NULL : int_from_i64(ts, h);
}

static Object *wrap_len(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                        Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 0) < 0) return NULL;
    ssize_t n = owner->len(ts, self);
    return n < 0 ? NULL : int_from_i64(ts, n);
}

static Object *wrap_bool(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                         Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 0) < 0) return NULL;
    int t = owner->bool_(ts, self);
    return t < 0 ? NULL : bool_from(t);
}

static Object *wrap_contains(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                             Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 1) < 0) return NULL;
    int t = owner->contains(ts, self, args[0]);
    return t < 0 ? NULL : bool_from(t);
}

static Object *wrap_setitem(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                            Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 2) < 0) return NULL;
    return owner->setitem(ts, self, args[0], args[1]) < 0 ? NULL : none_new();
}

static Object *wrap_delitem(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                            Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 1) < 0) return NULL;
    return owner->setitem(ts, self, args[0], NULL) < 0 ? NULL : none_new();
}

static Object *wrap_next(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                         Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 0) < 0) return NULL;
    Object *r = owner->next(ts, self);
    if (!r && !err_occurred(ts)) err_set_object(ts, &ExcStopIteration, None), ((void)0);
    if (!r && err_matches(ts, &ExcStopIteration) && ((BaseExceptionObject *)ts->exc)->args &&
        TUPLE_SIZE(((BaseExceptionObject *)ts->exc)->args) == 1 &&
        TUPLE_GET(((BaseExceptionObject *)ts->exc)->args, 0) == None) {
        /* a plain StopIteration() */
        Object *e = err_fetch(ts);
        DECREF(e);
        err_raise_steal(ts, exc_new(ts, &ExcStopIteration, NULL));
    }
    return r;
}

static Object *wrap_descr_get(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                              Object *const *args, size_t nargs) {
    /* (CPython unpacks these arguments under an empty name: hence the space) */
    if (nargs < 1) return err_format(ts, &ExcTypeError, " expected at least 1 argument, got 0");
    if (nargs > 2) return err_format(ts, &ExcTypeError, " expected at most 2 arguments, got %zu", nargs);
    Object *obj = args[0] == None ? NULL : args[0];
    Object *type = nargs > 1 && args[1] != None ? args[1] : NULL;
    return owner->descr_get(ts, self, obj, type);
}

static Object *wrap_descr_set(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                              Object *const *args, size_t nargs) {
    if (nargs != 2) return err_format(ts, &ExcTypeError, " expected 2 arguments, got %zu", nargs);
    return owner->descr_set(ts, self, args[0], args[1]) < 0 ? NULL : none_new();
}

static Object *wrap_descr_delete(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                                 Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 1) < 0) return NULL;
    return owner->descr_set(ts, self, args[0], NULL) < 0 ? NULL : none_new();
}

static Object *wrap_call(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                         Object *const *args, size_t nargs) {
    return owner->call(ts, self, args, nargs, NULL);
}

static Object *wrap_init(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                         Object *const *args, size_t nargs) {
    return owner->init(ts, self, args, nargs, NULL) < 0 ? NULL : none_new();
}

static Object *wrap_getattr(ThreadState *ts, const SlotDef *sd, TypeObject *owner, Object *self,
                            Object *const *args, size_t nargs) {
    if (check_args(ts, sd, nargs, 1) < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "attribute name must be string, not '%s'", TYPE_NAME(args[0]));
    return owner->getattr(ts, self, args[0]);
}

#define OFF(field) offsetof(TypeObject, field)
#define BOFF(i) (offsetof(TypeObject, binop) + (i) * sizeof(BinaryFunc))
#define IOFF(i) (offsetof(TypeObject, inplace) + (i) * sizeof(BinaryFunc))
#define BIN(name, rname, iname, OP)                                              \
    {name, BOFF(OP), NULL, wrap_binary, OP, false},                              \
    {rname, BOFF(OP), NULL, wrap_binary, OP, true},                              \
    {iname, IOFF(OP), NULL, wrap_binary, OP, false},

static SlotDef slotdefs[] = {
    {"__repr__", OFF(repr), slot_repr, wrap_unary, 0, false},
    {"__str__", OFF(str), slot_str, wrap_unary, 0, false},
    {"__hash__", OFF(hash), slot_hash, wrap_hash, 0, false},
    {"__lt__", OFF(richcompare), slot_richcompare, wrap_richcmp, CMP_LT, false},
    {"__le__", OFF(richcompare), slot_richcompare, wrap_richcmp, CMP_LE, false},
    {"__eq__", OFF(richcompare), slot_richcompare, wrap_richcmp, CMP_EQ, false},
    {"__ne__", OFF(richcompare), slot_richcompare, wrap_richcmp, CMP_NE, false},
    {"__gt__", OFF(richcompare), slot_richcompare, wrap_richcmp, CMP_GT, false},
    {"__ge__", OFF(richcompare), slot_richcompare, wrap_richcmp, CMP_GE, false},
    {"__getattribute__", OFF(getattr), slot_getattr_hook, wrap_getattr, 0, false},
    {"__getattr__", OFF(getattr), slot_getattr_hook, NULL, 0, false},
    {"__setattr__", OFF(setattr), slot_setattr, NULL, 0, false},
    {"__delattr__", OFF(setattr), slot_setattr, NULL, 0, false},
    {"__call__", OFF(call), slot_call, wrap_call, 0, false},
    {"__iter__", OFF(iter), slot_iter, wrap_unary, 0, false},
    {"__next__", OFF(next), slot_next, wrap_next, 0, false},
    {"__get__", OFF(descr_get), slot_descr_get, wrap_descr_get, 0, false},
    {"__set__", OFF(descr_set), slot_descr_set, wrap_descr_set, 0, false},
    {"__delete__", OFF(descr_set), slot_descr_set, wrap_descr_delete, 0, false},
    {"__init__", OFF(init), slot_init, wrap_init, 0, false},
    {"__new__", OFF(new_), slot_new, NULL, 0, false},
    BIN("__add__", "__radd__", "__iadd__", NB_ADD)
    BIN("__sub__", "__rsub__", "__isub__", NB_SUB)
    BIN("__mul__", "__rmul__", "__imul__", NB_MUL)
    BIN("__matmul__", "__rmatmul__", "__imatmul__", NB_MATMUL)
    BIN("__truediv__", "__rtruediv__", "__itruediv__", NB_TRUEDIV)
    BIN("__floordiv__", "__rfloordiv__", "__ifloordiv__", NB_FLOORDIV)
    BIN("__mod__", "__rmod__", "__imod__", NB_MOD)
    BIN("__pow__", "__rpow__", "__ipow__", NB_POW)
    BIN("__lshift__", "__rlshift__", "__ilshift__", NB_LSHIFT)
    BIN("__rshift__", "__rrshift__", "__irshift__", NB_RSHIFT)
    BIN("__and__", "__rand__", "__iand__", NB_AND)
    BIN("__or__", "__ror__", "__ior__", NB_OR)
    BIN("__xor__", "__rxor__", "__ixor__", NB_XOR)
    {"__neg__", OFF(neg), slot_neg, wrap_unary, 0, false},
    {"__pos__", OFF(pos), slot_pos, wrap_unary, 0, false},
    {"__invert__", OFF(invert), slot_invert, wrap_unary, 0, false},
    {"__abs__", OFF(abs), slot_abs, wrap_unary, 0, false},
    {"__bool__", OFF(bool_), slot_bool, wrap_bool, 0, false},
    {"__index__", OFF(index), slot_index, wrap_unary, 0, false},
    {"__int__", OFF(to_int), slot_int, wrap_unary, 0, false},
    {"__float__", OFF(to_float), slot_float, wrap_unary, 0, false},
    {"__len__", OFF(len), slot_len, wrap_len, 0, false},
    {"__getitem__", OFF(getitem), slot_getitem, wrap_binary, 0, false},
    {"__setitem__", OFF(setitem), slot_setitem, wrap_setitem, 0, false},
    {"__delitem__", OFF(setitem), slot_setitem, wrap_delitem, 0, false},
    {"__contains__", OFF(contains), slot_contains, wrap_contains, 0, false},
    {"__del__", OFF(finalize), slot_finalize, NULL, 0, false},
    {NULL},
};

#define NSLOTDEFS (ARRAY_LEN(slotdefs) - 1)

/* The name of slotdefs[i] as an interned str of this interpreter: looked
 * up without allocating (a class is made, and its slots updated, whatever
 * memory is left). */
static inline Object *slot_name(ThreadState *ts, const SlotDef *sd) {
    return ts->interp->slot_names[sd - slotdefs];
}

int class_slot_names_init(ThreadState *ts) {
    Object **names = rawmem_calloc(NSLOTDEFS, sizeof(Object *));
    if (!names) {
        err_no_memory(ts);
        return -1;
    }
    ts->interp->slot_names = names;
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (!(names[i] = str_intern_cstr(ts, slotdefs[i].name))) return -1;
    return 0;
}

void class_slot_names_fini(Interp *interp) {
    if (!interp->slot_names) return;
    for (size_t i = 0; i < NSLOTDEFS; i++) CLEAR(interp->slot_names[i]);
    rawmem_free(interp->slot_names);
    interp->slot_names = NULL;
}

static void fill_slot_fns(void) {
    for (SlotDef *sd = slotdefs; sd->name; sd++) {
        if (sd->slot_fn) continue;
        if (sd->offset >= BOFF(0) && sd->offset < BOFF(NB_COUNT))
            sd->slot_fn = (void *)binop_slot_fn[sd->op];
        else if (sd->offset >= IOFF(0) && sd->offset < IOFF(NB_COUNT))
            sd->slot_fn = (void *)inplace_slot_fn[sd->op];
    }
}

static Object *slotwrapper_new(ThreadState *ts, TypeObject *wtype, TypeObject *owner,
                               const SlotDef *sd, Object *bound) {
    SlotWrapperObject *w = (SlotWrapperObject *)obj_alloc(ts, wtype, sizeof(SlotWrapperObject) + sizeof(Object *));
    if (!w) return NULL;
    w->owner = owner;
    w->slot = sd;
    w->name = NEWREF(slot_name(ts, sd));
    ((Object **)(w + 1))[0] = XNEWREF(bound);
    gc_track(ts, (Object *)w);
    return (Object *)w;
}

static Object *wrapper_bound(Object *w) { return ((Object **)((SlotWrapperObject *)w + 1))[0]; }

static void slotwrapper_dealloc(Object *self) {
    gc_untrack(self);
    SlotWrapperObject *w = (SlotWrapperObject *)self;
    XDECREF(w->name);
    XDECREF(wrapper_bound(self));
    obj_free(self);
}

static int slotwrapper_traverse(Object *self, VisitFunc visit, void *arg) {
    Object *b = wrapper_bound(self);
    return b ? visit(b, arg) : 0;
}

static Object *slotwrapper_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    SlotWrapperObject *w = (SlotWrapperObject *)self;
    Object *bound = wrapper_bound(self);
    if (w->slot->offset == OFF(init) || w->slot->offset == OFF(call)) {
        if (bound) return w->slot->offset == OFF(init)
                              ? (w->owner->init(ts, bound, args, nargs, kwnames) < 0 ? NULL : none_new())
                              : w->owner->call(ts, bound, args, nargs, kwnames);
        if (nargs < 1) return err_format(ts, &ExcTypeError, "descriptor '%U' of '%s' object needs an argument", w->name, w->owner->name);
        if (!type_is_subtype(TYPE(args[0]), w->owner))
            return err_format(ts, &ExcTypeError, "descriptor '%U' requires a '%s' object but received a '%s'",
                              w->name, w->owner->name, TYPE_NAME(args[0]));
        if (w->slot->offset == OFF(init))
            return w->owner->init(ts, args[0], args + 1, nargs - 1, kwnames) < 0 ? NULL : none_new();
        return w->owner->call(ts, args[0], args + 1, nargs - 1, kwnames);
    }
    if (kwnames && TUPLE_SIZE(kwnames))
        return err_format(ts, &ExcTypeError, "wrapper %U() takes no keyword arguments", w->name);
    if (bound) return w->slot->wrapper(ts, w->slot, w->owner, bound, args, nargs);
    if (nargs < 1)
        return err_format(ts, &ExcTypeError, "descriptor '%U' of '%s' object needs an argument",
                          w->name, w->owner->name);
    if (!type_is_subtype(TYPE(args[0]), w->owner))
        return err_format(ts, &ExcTypeError, "descriptor '%U' requires a '%s' object but received a '%s'",
                          w->name, w->owner->name, TYPE_NAME(args[0]));
    return w->slot->wrapper(ts, w->slot, w->owner, args[0], args + 1, nargs - 1);
}

static Object *slotwrapper_get(ThreadState *ts, Object *self, Object *obj, Object *type) {
    if (!obj) return NEWREF(self);
    SlotWrapperObject *w = (SlotWrapperObject *)self;
    return slotwrapper_new(ts, &MethodWrapperType, w->owner, w->slot, obj);
}

static Object *slotwrapper_repr(ThreadState *ts, Object *self) {
    SlotWrapperObject *w = (SlotWrapperObject *)self;
    Object *bound = wrapper_bound(self);
    if (bound)
        return str_format(ts, "<method-wrapper '%U' of %s object at %p>", w->name, TYPE_NAME(bound), (void *)bound);
    return str_format(ts, "<slot wrapper '%U' of '%s' objects>", w->name, w->owner->name);
}

static GETTER(slotwrapper_get_name) {
    return NEWREF(((SlotWrapperObject *)self)->name);
}

static GETTER(slotwrapper_get_objclass) {
    return NEWREF((Object *)((SlotWrapperObject *)self)->owner);
}

static const GetSetDef slotwrapper_getset[] = {
    {"__name__", slotwrapper_get_name, NULL, NULL},
    {"__qualname__", slotwrapper_get_name, NULL, NULL},
    {"__objclass__", slotwrapper_get_objclass, NULL, NULL},
    {NULL},
};

TypeObject SlotWrapperType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapperObject) + sizeof(Object *),
    .flags = TYPE_FLAG_GC,
    .dealloc = slotwrapper_dealloc,
    .traverse = slotwrapper_traverse,
    .repr = slotwrapper_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .call = slotwrapper_call,
    .descr_get = slotwrapper_get,
    .getset = slotwrapper_getset,
};

static GETTER(methodwrapper_get_self) {
    Object *b = wrapper_bound(self);
    return NEWREF(b ? b : None);
}

static const GetSetDef methodwrapper_getset[] = {
    {"__name__", slotwrapper_get_name, NULL, NULL},
    {"__qualname__", slotwrapper_get_name, NULL, NULL},
    {"__objclass__", slotwrapper_get_objclass, NULL, NULL},
    {"__self__", methodwrapper_get_self, NULL, NULL},
    {NULL},
};

TypeObject MethodWrapperType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "method-wrapper",
    .basicsize = sizeof(SlotWrapperObject) + sizeof(Object *),
    .flags = TYPE_FLAG_GC,
    .dealloc = slotwrapper_dealloc,
    .traverse = slotwrapper_traverse,
    .repr = slotwrapper_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .call = slotwrapper_call,
    .getset = methodwrapper_getset,
};

/* __new__ of a built-in type, as a static method: T.__new__(S, ...)
 * (CPython's tp_new_wrapper). S must be T or a subtype of it, and T's
 * constructor must be the one S's instances are built with: the constructor
 * of the most derived built-in type among S's bases (S itself if it is
 * built in). Anything else would make an instance that skipped its own
 * type's constructor -- object.__new__(set) would be a set with no table,
 * int.__new__(bool) a third bool -- so CPython refuses it, and so do we.
 * A class whose __new__ is Python code does not count: its __new__ ends by
 * calling a built-in one, which is checked in turn. */
static CFUNC(builtin_new_method) {
    TypeObject *owner = (TypeObject *)self;
    if (nargs < 1) return err_format(ts, &ExcTypeError, "%s.__new__(): not enough arguments", owner->name);
    if (!(TYPE(args[0])->flags & TYPE_FLAG_TYPE_SUBCLASS))
        return err_format(ts, &ExcTypeError, "%s.__new__(X): X is not a type object (%s)", owner->name,
                          TYPE_NAME(args[0]));
    TypeObject *sub = (TypeObject *)args[0];
    if (!type_is_subtype(sub, owner))
        return err_format(ts, &ExcTypeError, "%s.__new__(%s): %s is not a subtype of %s", owner->name,
                          sub->name, sub->name, owner->name);
    TypeObject *staticbase = sub;
    while (staticbase && staticbase->new_ == slot_new) staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != owner->new_)
        return err_format(ts, &ExcTypeError, "%s.__new__(%s) is not safe, use %s.__new__()", owner->name,
                          sub->name, staticbase->name);
    return owner->new_(ts, sub, args + 1, nargs - 1, kwnames);
}

static const MethodDef builtin_new_def = {"__new__", builtin_new_method, METH_KEYWORDS,
                                          "Create and return a new object."};

int class_add_slot_wrappers(ThreadState *ts, TypeObject *t, bool with_new) {
    fill_slot_fns();
    int r;
    if (with_new) {
        /* __new__ as a builtin bound to the type (CPython's tp_new_wrapper) */
        Object *f = builtin_new(ts, &builtin_new_def, (Object *)t, NULL);
        if (!f) return -1;
        Object *sm = wrapper_new(ts, &StaticMethodType, f);
        DECREF(f);
        if (!sm) return -1;
        r = dict_set(ts, t->dict, IDS.__new__, sm);
        DECREF(sm);
        if (r < 0) return -1;
    }
    /* every slot this type defines itself, as a method */
    for (const SlotDef *sd = slotdefs; sd->name; sd++) {
        if (!sd->wrapper) continue;
        void *mine = SLOT_AT(t, sd, void *);
        if (!mine) continue;
        if (t->base && SLOT_AT(t->base, sd, void *) == mine) continue;
        if (sd->offset == OFF(richcompare) || sd->offset == OFF(hash)) {
            if (t == &ObjectType) continue;     /* object has real methods for these */
        }
        if (sd->offset == OFF(init) && t == &ObjectType) continue;
        if (mine == (void *)obj_hash_unhashable) continue;   /* __hash__ = None, below */
        Object *name = slot_name(ts, sd);
        if (dict_get_str_borrowed(ts, t->dict, name)) continue;
        Object *w = slotwrapper_new(ts, &SlotWrapperType, t, sd, NULL);
        if (!w) return -1;
        r = dict_set(ts, t->dict, name, w);
        DECREF(w);
        if (r < 0) return -1;
    }
    if (t->hash == obj_hash_unhashable &&
        !dict_get_str_borrowed(ts, t->dict, IDS.__hash__)) {
        if (dict_set(ts, t->dict, IDS.__hash__, None) < 0) return -1;
    }
    return 0;
}

/* ==== classes: creation ===================================================== */

static void subtype_dealloc(Object *self);
static int subtype_traverse(Object *self, VisitFunc visit, void *arg);
static int subtype_clear(Object *self);

/* Does [t]'s instance layout add fields to [b]'s? An instance dict that a
 * class adds does not count (CPython's extra_ivars). */
static bool extra_ivars(TypeObject *t, TypeObject *b) {
    size_t ts = t->basicsize, bs = b->basicsize;
    if (t->itemsize || b->itemsize) return ts != bs || t->itemsize != b->itemsize;
    if (t->dictoffset && !b->dictoffset && ts == bs + sizeof(Object *)) ts -= sizeof(Object *);
    return ts != bs;
}

/* The most derived ancestor that adds to the instance layout: two bases
 * can be combined only if one's solid base derives from the other's
 * (class E(OSError, ValueError) can: ValueError adds nothing to
 * BaseException, which OSError extends). */
static TypeObject *solid_base(TypeObject *t) {
    TypeObject *base = t->base ? solid_base(t->base) : &ObjectType;
    return extra_ivars(t, base) ? t : base;
}

static TypeObject *best_base(ThreadState *ts, Object *bases) {
    TypeObject *winner = NULL, *base = NULL;
    for (size_t i = 0; i < TUPLE_SIZE(bases); i++) {
        Object *b = TUPLE_GET(bases, i);
        if (!(TYPE(b)->flags & TYPE_FLAG_TYPE_SUBCLASS)) {
            err_format(ts, &ExcTypeError, "bases must be types");
            return NULL;
        }
        TypeObject *bt = (TypeObject *)b;
        if (!(bt->flags & TYPE_FLAG_BASETYPE)) {
            err_format(ts, &ExcTypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        TypeObject *candidate = solid_base(bt);
        if (!winner) {
            winner = candidate;
            base = bt;
        } else if (type_is_subtype(winner, candidate)) {
            /* keep */
        } else if (type_is_subtype(candidate, winner)) {
            winner = candidate;
            base = bt;
        } else {
            err_format(ts, &ExcTypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static void inherit_from(TypeObject *t, TypeObject *b) {
#define INH(f) t->f = b->f
    INH(repr); INH(str); INH(hash); INH(richcompare); INH(getattr); INH(setattr); INH(call);
    INH(iter); INH(next); INH(descr_get); INH(descr_set); INH(new_); INH(init);
    INH(neg); INH(pos); INH(invert); INH(abs); INH(bool_); INH(index); INH(to_int); INH(to_float);
    INH(len); INH(getitem); INH(setitem); INH(contains); INH(finalize);
#undef INH
    memcpy(t->binop, b->binop, sizeof t->binop);
    memcpy(t->inplace, b->inplace, sizeof t->inplace);
}

/* Recompute the slots of the class [t] alone. */
static void update_own_slots(ThreadState *ts, TypeObject *t) {
    fill_slot_fns();
    /* start from the layout base's slots; then every special method that a
     * class (not a built-in type) in the MRO defines routes its slot to the
     * slot_ function that calls it */
    inherit_from(t, t->base);
    Object *mro = t->mro;
    for (const SlotDef *sd = slotdefs; sd->name; sd++) {
        Object *name = slot_name(ts, sd);
        Object *found = NULL;
        TypeObject *definer = NULL;
        for (size_t i = 0; i < TUPLE_SIZE(mro); i++) {
            TypeObject *k = (TypeObject *)TUPLE_GET(mro, i);
            found = dict_get_str_borrowed(ts, k->dict, name);
            if (found) { definer = k; break; }
        }
        if (!found || !(definer->flags & TYPE_FLAG_HEAP)) continue;
        if (found == None && sd->offset == OFF(hash)) {
            t->hash = obj_hash_unhashable;
            continue;
        }
        SLOT_AT(t, sd, void *) = sd->slot_fn;
    }
    /* __getattr__ alone keeps the generic lookup and adds the fallback */
    if (t->setattr == slot_setattr) {
        Object *sa = type_lookup_borrowed(t, IDS.__setattr__);
        Object *da = type_lookup_borrowed(t, IDS.__delattr__);
        if (sa && TYPE(sa) == &MethodDescrType && da && TYPE(da) == &MethodDescrType)
            t->setattr = obj_generic_setattr;
    }
}

/* Classes by the order they were made. */
static int by_serial(const void *a, const void *b) {
    uint64_t x = (*(HeapTypeObject *const *)a)->serial, y = (*(HeapTypeObject *const *)b)->serial;
    return x < y ? -1 : x > y;
}

HeapTypeObject **class_find_subclasses(ThreadState *ts, TypeObject *t, bool direct, size_t *n) {
    *n = 0;
    Object *all = gc_get_objects(ts, -1);
    if (!all) return NULL;
    HeapTypeObject **found = rawmem_alloc((LIST_SIZE(all) + 1) * sizeof *found);
    if (!found) {
        DECREF(all);
        err_no_memory(ts);
        return NULL;
    }
    for (size_t i = 0; i < LIST_SIZE(all); i++) {
        Object *o = LIST_GET(all, i);
        if (!(TYPE(o)->flags & TYPE_FLAG_TYPE_SUBCLASS)) continue;     /* a class: its type is type or a metaclass */
        TypeObject *k = (TypeObject *)o;
        Object *among = direct ? k->bases : k->mro;
        if (k == t || !(k->flags & TYPE_FLAG_HEAP) || !among) continue;
        for (size_t j = 0; j < TUPLE_SIZE(among); j++) {
            if (TUPLE_GET(among, j) == (Object *)t) {
                found[(*n)++] = (HeapTypeObject *)k;
                break;
            }
        }
    }
    DECREF(all);
    qsort(found, *n, sizeof *found, by_serial);
    return found;
}

void class_update_slots(ThreadState *ts, TypeObject *t) {
    if (!(t->flags & TYPE_FLAG_HEAP)) return;
    update_own_slots(ts, t);
    if (!((HeapTypeObject *)t)->had_subclasses) return;
    /* subclasses copied their slots from us: refresh them too, bases first */
    size_t n;
    HeapTypeObject **subs = class_find_subclasses(ts, t, false, &n);
    if (!subs) {
        /* out of memory: the subclasses keep the slots they had */
        err_clear(ts);
    } else {
        for (size_t i = 0; i < n; i++) update_own_slots(ts, &subs[i]->type);
        rawmem_free(subs);
    }
}

/* `class C(...)` builds C with type.__new__(meta, name, bases, ns). */
/* The parent's __init_subclass__(**kwds) for the new class [t]: 0, or -1
 * with its exception. */
static int init_subclass(ThreadState *ts, TypeObject *t, Object *const *kwvalues, Object *kwnames) {
    Object *sup_args[2] = {(Object *)t, (Object *)t};
    Object *sup = obj_call(ts, (Object *)&SuperType, sup_args, 2, NULL);
    Object *isc = sup ? obj_getattr(ts, sup, IDS.__init_subclass__) : NULL;
    XDECREF(sup);
    if (!isc) return -1;
    Object *r = obj_call(ts, isc, kwvalues, 0, kwnames && TUPLE_SIZE(kwnames) ? kwnames : NULL);
    DECREF(isc);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

Object *class_new(ThreadState *ts, TypeObject *meta, Object *name, Object *bases, Object *ns,
                  Object *const *kwvalues, Object *kwnames) {
    Object *owned_bases = NULL;
    if (TUPLE_SIZE(bases) == 0) {
        bases = owned_bases = tuple_pack(ts, 1, (Object *)&ObjectType);
        if (!bases) return NULL;
    }
    TypeObject *base = best_base(ts, bases);
    if (!base) { XDECREF(owned_bases); return NULL; }
    HeapTypeObject *h = (HeapTypeObject *)obj_alloc(ts, meta, meta->basicsize);
    if (!h) { XDECREF(owned_bases); return NULL; }
    h->serial = ++ts->interp->classes_made;
    TypeObject *t = &h->type;
    t->flags = TYPE_FLAG_HEAP | TYPE_FLAG_BASETYPE | TYPE_FLAG_GC | TYPE_FLAG_READY |
               (base->flags & (TYPE_FLAG_INT_SUBCLASS | TYPE_FLAG_STR_SUBCLASS |
                               TYPE_FLAG_TUPLE_SUBCLASS | TYPE_FLAG_LIST_SUBCLASS |
                               TYPE_FLAG_DICT_SUBCLASS | TYPE_FLAG_TYPE_SUBCLASS |
                               TYPE_FLAG_EXC_SUBCLASS | TYPE_FLAG_SEQUENCE | TYPE_FLAG_MAPPING |
                               TYPE_FLAG_MATCH_SELF));
    h->name = NEWREF(name);
    t->name = STR_DATA(name);
    t->base = base;
    INCREF(base);
    t->bases = owned_bases ? owned_bases : NEWREF(bases);
    t->dict = dict_copy(ts, ns);
    if (!t->dict) goto error;
    ((DictObject *)t->dict)->type_dict = true;
    if (!dict_get_str_borrowed(ts, t->dict, IDS.__module__)) {
        /* type(name, bases, ns) without __module__: the module of the
         * Python code that called it (the class statement puts it in ns) */
        if (err_occurred(ts)) goto error;
        Frame *caller = ts->frame;
        while (caller && !caller->code) caller = caller->back;
        Object *module = caller && caller->globals ? dict_get_str_borrowed(ts, caller->globals, IDS.__name__) : NULL;
        if (!module && err_occurred(ts)) goto error;
        if (module && dict_set(ts, t->dict, IDS.__module__, module) < 0) goto error;
    }
    Object *qual = dict_get_str_borrowed(ts, t->dict, IDS.__qualname__);
    if (qual) {
        if (!str_check(qual)) {
            err_format(ts, &ExcTypeError, "type __qualname__ must be a str, not %s", TYPE_NAME(qual));
            goto error;
        }
        h->qualname = NEWREF(qual);
        if (dict_del(ts, t->dict, IDS.__qualname__) < 0) goto error;
    } else {
        h->qualname = NEWREF(name);
    }
    t->mro = type_compute_mro(ts, t);
    if (!t->mro) goto error;
    /* layout: the base's, plus the slots __slots__ names, plus an instance
     * dict if no ancestor has one (and __slots__, if given, asks for it);
     * over a built-in of variable size, both go after the items
     * (runtime/slots.c) */
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dictoffset = base->dictoffset;
    bool wants_dict = true;
    Object *slots = dict_get_str_borrowed(ts, ns, IDS.__slots__);
    if (slots && slots_layout(ts, h, base, ns, slots, &wants_dict) < 0) goto error;
    if (wants_dict && !t->dictoffset && !(base->flags & TYPE_FLAG_TYPE_SUBCLASS)) {
        TypeObject *builtin = type_builtin_base(base);
        t->dictoffset = builtin->itemsize ? -(ssize_t)(t->basicsize - builtin->basicsize) - 1
                                          : (ssize_t)t->basicsize;
        t->basicsize += sizeof(Object *);
    }
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    t->doc = NULL;
    /* class-level conveniences CPython applies in type_new */
    Object *newf = dict_get_str_borrowed(ts, t->dict, IDS.__new__);
    if (newf && TYPE(newf) == &FunctionType) {
        Object *sm = wrapper_new(ts, &StaticMethodType, newf);
        if (!sm || dict_set(ts, t->dict, IDS.__new__, sm) < 0) { XDECREF(sm); goto error; }
        DECREF(sm);
    }
    Object *isc = dict_get_str_borrowed(ts, t->dict, IDS.__init_subclass__);
    if (isc && TYPE(isc) == &FunctionType) {
        Object *cm = wrapper_new(ts, &ClassMethodType, isc);
        if (!cm || dict_set(ts, t->dict, IDS.__init_subclass__, cm) < 0) { XDECREF(cm); goto error; }
        DECREF(cm);
    }
    Object *cgi = dict_get_str_borrowed(ts, t->dict, IDS.__class_getitem__);
    if (cgi && TYPE(cgi) == &FunctionType) {
        Object *cm = wrapper_new(ts, &ClassMethodType, cgi);
        if (!cm || dict_set(ts, t->dict, IDS.__class_getitem__, cm) < 0) { XDECREF(cm); goto error; }
        DECREF(cm);
    }
    if (t->dictoffset && !(base->dictoffset)) {
        /* give instances a __dict__ attribute */
        Object *d = descr_new_getset(ts, t, object_dict_getset);
        if (!d || dict_set(ts, t->dict, IDS.__dict__, d) < 0) { XDECREF(d); goto error; }
        DECREF(d);
    }
    if (weakref_type_allows(t) && !weakref_type_allows(base)) {
        /* and a __weakref__ attribute, where weak references begin */
        Object *d = descr_new_getset(ts, t, weakref_attr_getset);
        if (!d || dict_set(ts, t->dict, IDS.__weakref__, d) < 0) { XDECREF(d); goto error; }
        DECREF(d);
    }
    /* then, in CPython's order (the order vars(cls) shows), __doc__ and
     * the __hash__ = None of a class that defines __eq__ alone */
    if (!dict_get_str_borrowed(ts, t->dict, IDS.__doc__) &&
        dict_set(ts, t->dict, IDS.__doc__, None) < 0) goto error;
    if (dict_get_str_borrowed(ts, t->dict, IDS.__eq__) &&
        !dict_get_str_borrowed(ts, t->dict, IDS.__hash__) &&
        dict_set(ts, t->dict, IDS.__hash__, None) < 0) goto error;
    /* tell each heap base, so that slot updates look for subclasses */
    for (size_t i = 0; i < TUPLE_SIZE(t->mro); i++) {
        TypeObject *anc = (TypeObject *)TUPLE_GET(t->mro, i);
        if (anc != t && (anc->flags & TYPE_FLAG_HEAP)) ((HeapTypeObject *)anc)->had_subclasses = true;
    }
    inherit_from(t, base);
    update_own_slots(ts, t);
    if (!t->getattr) t->getattr = obj_generic_getattr;
    if (!t->setattr) t->setattr = obj_generic_setattr;
    gc_track(ts, (Object *)t);

    /* __set_name__ on the attributes, __init_subclass__ on the parent */
    Object *classcell = dict_get_cstr_borrowed(ts, t->dict, "__classcell__");
    if (classcell) {
        if (TYPE(classcell) != &CellType) {
            err_format(ts, &ExcTypeError, "__classcell__ must be a nonlocal cell, not %s", TYPE_NAME(classcell));
            DECREF(t);
            return NULL;
        }
        SETREF(((CellObject *)classcell)->ref, NEWREF((Object *)t));
        Object *key = str_intern_cstr(ts, "__classcell__");
        if (!key || dict_del(ts, t->dict, key) < 0) {
            XDECREF(key);
            DECREF(t);
            return NULL;
        }
        DECREF(key);
    }
    Object *items = dict_items_list(ts, t->dict);
    if (!items) { DECREF(t); return NULL; }
    for (size_t i = 0; i < LIST_SIZE(items); i++) {
        Object *kv = LIST_GET(items, i);
        Object *v = TUPLE_GET(kv, 1);
        Object *sn = type_lookup_borrowed(TYPE(v), IDS.__set_name__);
        if (!sn) continue;
        Object *args[2] = {(Object *)t, TUPLE_GET(kv, 0)};
        Object *r = call_special(ts, v, IDS.__set_name__, args, 2, NULL);
        if (!r) {
            DECREF(items);
            DECREF(t);
            return NULL;
        }
        DECREF(r);
    }
    DECREF(items);
    if (init_subclass(ts, t, kwvalues, kwnames) < 0) {
        DECREF(t);
        return NULL;
    }
    return (Object *)t;
error:
    /* half made, never tracked (and not yet known to its bases): drop the
     * mro's and the dict's references to t, or t would never be freed */
    CLEAR(t->mro);
    CLEAR(t->dict);                 /* (a descriptor in it refers to t) */
    DECREF((Object *)t);
    return NULL;
}

/* ==== instances of classes =================================================== */

static void subtype_dealloc(Object *self) {
    TypeObject *t = TYPE(self);
    gc_untrack(self);
    /* __del__ runs when the count reaches zero; it may resurrect self */
    if (obj_call_finalizer_from_dealloc(self)) return;
    Object **dp = obj_dict_ptr(self);
    TypeObject *base = t;
    while (base->flags & TYPE_FLAG_HEAP) base = base->base;
    if (dp && *dp && (base->dictoffset == 0 || base->dictoffset != t->dictoffset)) CLEAR(*dp);
    slots_clear(self);
    /* the built-in base frees its own fields and the memory (obj_free
     * drops the reference to the class) */
    base->dealloc(self);
}

static int subtype_traverse(Object *self, VisitFunc visit, void *arg) {
    TypeObject *t = TYPE(self);
    if (visit((Object *)t, arg)) return 1;
    Object **dp = obj_dict_ptr(self);
    TypeObject *base = t;
    while (base->flags & TYPE_FLAG_HEAP) base = base->base;
    if (dp && *dp && base->dictoffset != t->dictoffset && visit(*dp, arg)) return 1;
    if (slots_visit(self, visit, arg)) return 1;
    if (base->traverse) return base->traverse(self, visit, arg);
    return 0;
}

static int subtype_clear(Object *self) {
    TypeObject *t = TYPE(self);
    Object **dp = obj_dict_ptr(self);
    TypeObject *base = t;
    while (base->flags & TYPE_FLAG_HEAP) base = base->base;
    if (dp && *dp && base->dictoffset != t->dictoffset) CLEAR(*dp);
    slots_clear(self);
    if (base->clear) return base->clear(self);
    return 0;
}

/* ==== __build_class__ ========================================================== */

/* The bases a class statement's base expressions stand for: a base that
 * is not a class but has __mro_entries__ (list[int]) is replaced by what
 * that returns (list), as PEP 560 says. [orig] itself (a new reference)
 * when nothing changes. */
static Object *update_bases(ThreadState *ts, Object *orig) {
    Object *list = NULL;
    size_t n = TUPLE_SIZE(orig);
    for (size_t i = 0; i < n; i++) {
        Object *base = TUPLE_GET(orig, i);
        Object *entries = NULL;
        if (!(TYPE(base)->flags & TYPE_FLAG_TYPE_SUBCLASS)) {
            Object *meth = obj_lookup_attr(ts, base, IDS.__mro_entries__);
            if (!meth && err_occurred(ts)) goto error;
            if (meth) {
                entries = obj_call1(ts, meth, orig);
                DECREF(meth);
                if (!entries) goto error;
                if (!tuple_check(entries)) {
                    DECREF(entries);
                    err_format(ts, &ExcTypeError, "__mro_entries__ must return a tuple");
                    goto error;
                }
            }
        }
        if (!entries && !list) continue;
        if (!list) {
            /* the first replaced base: the ones before it as they were */
            list = list_new(ts, 0);
            if (!list) { XDECREF(entries); goto error; }
            for (size_t k = 0; k < i; k++)
                if (list_append(ts, list, TUPLE_GET(orig, k)) < 0) { XDECREF(entries); goto error; }
        }
        if (entries) {
            for (size_t k = 0; k < TUPLE_SIZE(entries); k++)
                if (list_append(ts, list, TUPLE_GET(entries, k)) < 0) { DECREF(entries); goto error; }
            DECREF(entries);
        } else if (list_append(ts, list, base) < 0) {
            goto error;
        }
    }
    if (!list) return NEWREF(orig);
    Object *r = tuple_from_array(ts, ((ListObject *)list)->items, LIST_SIZE(list));
    DECREF(list);
    return r;
error:
    XDECREF(list);
    return NULL;
}

/* callable(*args, **kwargs), [kwargs] a dict or NULL: new reference */
static Object *call_with_kwargs(ThreadState *ts, Object *callable, Object *const *args, size_t nargs,
                                Object *kwargs) {
    if (!kwargs) return obj_call(ts, callable, args, nargs, NULL);
    Object *t = tuple_from_array(ts, args, nargs);
    Object *r = t ? obj_call_tuple_dict(ts, callable, t, kwargs) : NULL;
    XDECREF(t);
    return r;
}

/* The namespace a class body fills: meta.__prepare__(name, bases, **kwds)
 * when the metaclass has one of its own, else a new dict. It must be a
 * mapping. New reference, or NULL with an exception. */
static Object *prepare_namespace(ThreadState *ts, Object *meta, bool meta_is_class, Object *name,
                                 Object *bases, Object *kwargs) {
    Object *prep = obj_lookup_attr(ts, meta, IDS.__prepare__);
    if (!prep) return err_occurred(ts) ? NULL : dict_new(ts);
    Object *pargs[2] = {name, bases};
    Object *ns = call_with_kwargs(ts, prep, pargs, 2, kwargs);
    DECREF(prep);
    if (ns && !TYPE(ns)->getitem) {
        err_format(ts, &ExcTypeError, "%s.__prepare__() must return a mapping, not %s",
                   meta_is_class ? ((TypeObject *)meta)->name : "<metaclass>", TYPE_NAME(ns));
        CLEAR(ns);
    }
    return ns;
}

/* __build_class__(func, name, *bases, metaclass=None, **kwds):
 * run the class body `func` to fill a namespace, then call the metaclass. */
CFUNC(class_build) {
    if (nargs < 2) return err_format(ts, &ExcTypeError, "__build_class__: not enough arguments");
    Object *func = args[0], *name = args[1];
    if (TYPE(func) != &FunctionType) return err_format(ts, &ExcTypeError, "__build_class__: func must be a function");
    if (!str_check(name)) return err_format(ts, &ExcTypeError, "__build_class__: name is not a string");
    Object *orig_bases = tuple_from_array(ts, args + 2, nargs - 2);
    if (!orig_bases) return NULL;
    Object *bases = update_bases(ts, orig_bases);
    if (!bases) { DECREF(orig_bases); return NULL; }
    Object *meta = NULL;
    size_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    Object *kwargs = NULL, *ns = NULL, *result = NULL;
    for (size_t i = 0; i < nkw; i++) {
        Object *k = TUPLE_GET(kwnames, i);
        if (str_eq_cstr(k, "metaclass")) {
            meta = args[nargs + i];
        } else {
            if (!kwargs && !(kwargs = dict_new(ts))) goto early_error;
            if (dict_set(ts, kwargs, k, args[nargs + i]) < 0) goto early_error;
        }
    }
    /* the metaclass: the one given, or the first base's; if it is a class,
     * the most derived of it and the bases' metaclasses */
    bool meta_is_class = !meta || (TYPE(meta)->flags & TYPE_FLAG_TYPE_SUBCLASS);
    if (!meta) meta = TUPLE_SIZE(bases) ? (Object *)TYPE(TUPLE_GET(bases, 0)) : (Object *)&TypeType;
    if (meta_is_class) {
        for (size_t i = 0; i < TUPLE_SIZE(bases); i++) {
            TypeObject *m = TYPE(TUPLE_GET(bases, i));
            if (type_is_subtype((TypeObject *)meta, m)) continue;
            if (type_is_subtype(m, (TypeObject *)meta)) { meta = (Object *)m; continue; }
            err_format(ts, &ExcTypeError,
                       "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            goto early_error;
        }
    }
    INCREF(meta);
    /* the namespace the body fills: meta.__prepare__(name, bases, **kwds) */
    ns = prepare_namespace(ts, meta, meta_is_class, name, bases, kwargs);
    if (!ns) goto done;
    FunctionObject *f = (FunctionObject *)func;
    Object *cell = eval_code(ts, (CodeObject *)f->code, f->globals, ns, f->closure);
    if (!cell) goto done;
    if (TYPE(cell) == &CellType && !dict_get_cstr_borrowed(ts, ns, "__classcell__")) {
        if (dict_set_cstr(ts, ns, "__classcell__", cell) < 0) { DECREF(cell); goto done; }
    }
    DECREF(cell);
    if (bases != orig_bases && obj_setitem(ts, ns, IDS.__orig_bases__, orig_bases) < 0) goto done;
    {
        Object *margs[3] = {name, bases, ns};
        result = call_with_kwargs(ts, meta, margs, 3, kwargs);
    }
done:
    XDECREF(ns);
    DECREF(meta);
    DECREF(bases);
    DECREF(orig_bases);
    XDECREF(kwargs);
    return result;
early_error:
    DECREF(bases);
    DECREF(orig_bases);
    XDECREF(kwargs);
    return NULL;
}

/* ==== super ===================================================================== */

typedef struct {
    OBJECT_HEAD;
    TypeObject *type;         /* the class super() was called in */
    Object *obj;              /* the instance (or class) */
    TypeObject *obj_type;     /* whose MRO is searched */
} SuperObject;

static void super_dealloc(Object *self) {
    gc_untrack(self);
    SuperObject *s = (SuperObject *)self;
    XDECREF((Object *)s->type);
    XDECREF(s->obj);
    XDECREF((Object *)s->obj_type);
    obj_free(self);
}

static int super_traverse(Object *self, VisitFunc visit, void *arg) {
    SuperObject *s = (SuperObject *)self;
    if (s->type && visit((Object *)s->type, arg)) return 1;
    if (s->obj && visit(s->obj, arg)) return 1;
    if (s->obj_type && visit((Object *)s->obj_type, arg)) return 1;
    return 0;
}

static Object *super_getattro(ThreadState *ts, Object *self, Object *name) {
    SuperObject *s = (SuperObject *)self;
    if (s->obj_type && !str_eq_cstr(name, "__class__")) {
        Object *mro = s->obj_type->mro;
        size_t n = TUPLE_SIZE(mro), i = 0;
        while (i < n && TUPLE_GET(mro, i) != (Object *)s->type) i++;
        for (i++; i < n; i++) {
            TypeObject *k = (TypeObject *)TUPLE_GET(mro, i);
            Object *v = dict_get_str_borrowed(ts, k->dict, name);
            if (!v) continue;
            DescrGetFunc get = TYPE(v)->descr_get;
            if (!get) return NEWREF(v);
            return get(ts, v, s->obj == (Object *)s->obj_type ? NULL : s->obj, (Object *)s->obj_type);
        }
    }
    return obj_generic_getattr(ts, self, name);
}

static int super_fill(ThreadState *ts, SuperObject *s, TypeObject *type, Object *obj) {
    TypeObject *obj_type = NULL;
    if (obj) {
        if ((TYPE(obj)->flags & TYPE_FLAG_TYPE_SUBCLASS) && type_is_subtype((TypeObject *)obj, type))
            obj_type = (TypeObject *)obj;
        else if (type_is_subtype(TYPE(obj), type))
            obj_type = TYPE(obj);
        else {
            err_set_string(ts, &ExcTypeError,
                           "super(type, obj): obj must be an instance or subtype of type");
            return -1;
        }
    }
    s->type = (TypeObject *)NEWREF((Object *)type);
    s->obj = XNEWREF(obj);
    s->obj_type = (TypeObject *)XNEWREF((Object *)obj_type);
    return 0;
}

static Object *super_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                              Object *kwnames) {
    if (args_no_kwargs(ts, "super", kwnames) < 0) return NULL;
    if (args_count(ts, "super()", nargs, 0, 2) < 0) return NULL;
    SuperObject *s = (SuperObject *)obj_alloc(ts, type, type->basicsize);
    if (!s) return NULL;
    gc_track(ts, (Object *)s);
    TypeObject *cls = NULL;
    Object *obj = NULL;
    if (nargs == 0) {
        /* zero arguments: the __class__ cell and the first argument of the
         * function that called super() */
        Frame *f = ts->frame;
        if (!f) {
            DECREF(s);
            return err_set_string(ts, &ExcRuntimeError, "super(): no current frame");
        }
        CodeObject *co = f->code;
        if (co->argcount == 0) {
            DECREF(s);
            return err_set_string(ts, &ExcRuntimeError, "super(): no arguments");
        }
        obj = f->localsplus[0];
        if (!obj && co->cell2arg) {
            for (int i = 0; i < co->ncells; i++)
                if (co->cell2arg[i] == 0) obj = CELL_GET(f->localsplus[co->nlocals + i]);
        }
        if (!obj) {
            DECREF(s);
            return err_set_string(ts, &ExcRuntimeError, "super(): arg[0] deleted");
        }
        for (int i = 0; i < co->nfrees; i++) {
            Object *n = TUPLE_GET(co->freevars, i);
            if (str_eq_cstr(n, "__class__")) {
                Object *cell = f->localsplus[co->nlocals + co->ncells + i];
                Object *c = CELL_GET(cell);
                if (!c) {
                    DECREF(s);
                    return err_set_string(ts, &ExcRuntimeError, "super(): empty __class__ cell");
                }
                if (!(TYPE(c)->flags & TYPE_FLAG_TYPE_SUBCLASS)) {
                    DECREF(s);
                    return err_set_string(ts, &ExcRuntimeError, "super(): __class__ is not a type");
                }
                cls = (TypeObject *)c;
            }
        }
        if (!cls) {
            DECREF(s);
            return err_set_string(ts, &ExcRuntimeError, "super(): __class__ cell not found");
        }
    } else {
        if (!(TYPE(args[0])->flags & TYPE_FLAG_TYPE_SUBCLASS)) {
            DECREF(s);
            return err_format(ts, &ExcTypeError, "super() argument 1 must be a type, not %s", TYPE_NAME(args[0]));
        }
        cls = (TypeObject *)args[0];
        obj = nargs > 1 ? args[1] : NULL;
    }
    if (super_fill(ts, s, cls, obj) < 0) {
        DECREF(s);
        return NULL;
    }
    return (Object *)s;
}

static Object *super_repr(ThreadState *ts, Object *self) {
    SuperObject *s = (SuperObject *)self;
    if (s->obj_type)
        return str_format(ts, "<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
    return str_format(ts, "<super: <class '%s'>, NULL>", s->type ? s->type->name : "NULL");
}

TypeObject SuperType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "super",
    .doc = "super() -> same as super(__class__, <first argument>)\n"
    "super(type) -> unbound super object\n"
    "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
    "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
    "Typical use to call a cooperative superclass method:\n"
    "class C(B):\n"
    "    def meth(self, arg):\n"
    "        super().meth(arg)\n"
    "This works for class methods too:\n"
    "class C(B):\n"
    "    @classmethod\n"
    "    def cmeth(cls, arg):\n"
    "        super().cmeth(arg)\n"
    "",
    .basicsize = sizeof(SuperObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .repr = super_repr,
    .getattr = super_getattro,
    .new_ = super_new_slot,
};
