/* ops.c -- operator dispatch: `a + b`, `a += b`, `-a`, and __index__.
 *
 * Lesson 2 (the pipeline): one BINARY_OP instruction serves every type.
 * It asks the left operand's type, then the right one's (reflected: __radd__),
 * and only when both answer NotImplemented raises CPython's TypeError.
 * If the right operand's type is a subclass of the left one's, it is asked
 * first, so a subclass can override how it combines with its base.
 */
#include <string.h>

#include "object.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "str.h"
#include "list.h"
#include "tuple.h"

static const char *const op_symbols[NB_COUNT] = {
    [NB_ADD] = "+", [NB_AND] = "&", [NB_FLOORDIV] = "//", [NB_LSHIFT] = "<<",
    [NB_MATMUL] = "@", [NB_MUL] = "*", [NB_MOD] = "%", [NB_OR] = "|",
    [NB_POW] = "**", [NB_RSHIFT] = ">>", [NB_SUB] = "-", [NB_TRUEDIV] = "/",
    [NB_XOR] = "^",
};

static const char *const inplace_symbols[NB_COUNT] = {
    [NB_ADD] = "+=", [NB_AND] = "&=", [NB_FLOORDIV] = "//=", [NB_LSHIFT] = "<<=",
    [NB_MATMUL] = "@=", [NB_MUL] = "*=", [NB_MOD] = "%=", [NB_OR] = "|=",
    [NB_POW] = "**=", [NB_RSHIFT] = ">>=", [NB_SUB] = "-=", [NB_TRUEDIV] = "/=",
    [NB_XOR] = "^=",
};

const char *nb_op_symbol(NbOp op) {
    if (op < NB_COUNT) return op_symbols[op];
    return inplace_symbols[op - NB_INPLACE];
}

/* Try a's slot, then b's, with the subclass-first rule. NotImplemented (a new
 * reference) when neither can do it. */
static Object *binop1(ThreadState *ts, NbOp op, Object *a, Object *b) {
    BinaryFunc fa = TYPE(a)->binop[op];
    BinaryFunc fb = TYPE(b) != TYPE(a) ? TYPE(b)->binop[op] : NULL;
    if (fb == fa) fb = NULL;
    Object *r;
    if (fa) {
        if (fb && type_is_subtype(TYPE(b), TYPE(a))) {
            r = fb(ts, a, b);
            if (r != NotImplemented) return r;
            DECREF(r);
            fb = NULL;
        }
        r = fa(ts, a, b);
        if (r != NotImplemented) return r;
        DECREF(r);
    }
    if (fb) return fb(ts, a, b);
    return NEWREF(NotImplemented);
}

static bool is_sequence(Object *o) {
    return str_check(o) || list_check(o) || tuple_check(o);
}

static Object *binop_error(ThreadState *ts, NbOp op, const char *sym, Object *a, Object *b) {
    if (op == NB_ADD && is_sequence(a))
        return err_format(ts, &ExcTypeError, "can only concatenate %s (not \"%s\") to %s",
                          TYPE_NAME(a), TYPE_NAME(b), TYPE_NAME(a));
    if (op == NB_MUL && (is_sequence(a) || is_sequence(b)))
        return err_format(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                          is_sequence(a) ? TYPE_NAME(b) : TYPE_NAME(a));
    if (op == NB_POW)
        return err_format(ts, &ExcTypeError,
                          "unsupported operand type(s) for %s or pow(): '%s' and '%s'",
                          sym, TYPE_NAME(a), TYPE_NAME(b));
    if (op == NB_RSHIFT && TYPE(a)->call && TYPE(a)->name && strcmp(TYPE(a)->name, "builtin_function_or_method") == 0)
        return err_format(ts, &ExcTypeError,
                          "unsupported operand type(s) for %s: '%s' and '%s'. Did you mean \"print(<message>, file=<output_stream>)\"?",
                          sym, TYPE_NAME(a), TYPE_NAME(b));
    return err_format(ts, &ExcTypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                      sym, TYPE_NAME(a), TYPE_NAME(b));
}

/* seq * n when every slot declined because n is not an int but has
 * __index__: CPython's sequence_repeat(). The count is converted first --
 * its __index__ may change the sequence -- and the sequence's own slot
 * ([f]) then repeats it as it is now. NotImplemented if this is not that
 * case. */
static Object *repeat_by_index(ThreadState *ts, BinaryFunc f, Object *seq, Object *n) {
    if (!f || int_check(n) || !TYPE(n)->index) return NEWREF(NotImplemented);
    Object *c = obj_index(ts, n);
    if (!c) return NULL;
    int64_t count;
    if (!int_as_i64(c, &count)) {
        DECREF(c);
        return err_format(ts, &ExcOverflowError, "cannot fit '%s' into an index-sized integer", TYPE_NAME(n));
    }
    Object *r = f(ts, seq, c);
    DECREF(c);
    return r;
}

Object *obj_binop(ThreadState *ts, NbOp op, Object *a, Object *b) {
    Object *r = binop1(ts, op, a, b);
    if (r != NotImplemented) return r;
    DECREF(r);
    if (op == NB_MUL && (is_sequence(a) || is_sequence(b))) {
        Object *seq = is_sequence(a) ? a : b;
        r = repeat_by_index(ts, TYPE(seq)->binop[NB_MUL], seq, seq == a ? b : a);
        if (r != NotImplemented) return r;
        DECREF(r);
    }
    return binop_error(ts, op, op_symbols[op], a, b);
}

Object *obj_inplace_binop(ThreadState *ts, NbOp op, Object *a, Object *b) {
    BinaryFunc f = TYPE(a)->inplace[op];
    if (f) {
        Object *r = f(ts, a, b);
        if (r != NotImplemented) return r;
        DECREF(r);
    }
    Object *r = binop1(ts, op, a, b);
    if (r != NotImplemented) return r;
    DECREF(r);
    if (op == NB_MUL && is_sequence(a)) {     /* a *= n repeats a, in place if it can */
        r = repeat_by_index(ts, f ? f : TYPE(a)->binop[NB_MUL], a, b);
        if (r != NotImplemented) return r;
        DECREF(r);
    } else if (op == NB_MUL && is_sequence(b) && (TYPE(a)->flags & TYPE_FLAG_HEAP)) {
        /* n *= seq with n an instance of a class: CPython looks for the
         * repeat on n's side only (a class has sequence slots), finds none */
        return err_format(ts, &ExcTypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                          inplace_symbols[op], TYPE_NAME(a), TYPE_NAME(b));
    }
    return binop_error(ts, op, inplace_symbols[op], a, b);
}

static Object *unary(ThreadState *ts, UnaryFunc f, Object *o, const char *what) {
    if (LIKELY(f != NULL)) return f(ts, o);
    return err_format(ts, &ExcTypeError, "bad operand type for %s: '%s'", what, TYPE_NAME(o));
}

Object *obj_neg(ThreadState *ts, Object *o) { return unary(ts, TYPE(o)->neg, o, "unary -"); }
Object *obj_pos(ThreadState *ts, Object *o) { return unary(ts, TYPE(o)->pos, o, "unary +"); }
Object *obj_invert(ThreadState *ts, Object *o) { return unary(ts, TYPE(o)->invert, o, "unary ~"); }
Object *obj_abs(ThreadState *ts, Object *o) { return unary(ts, TYPE(o)->abs, o, "abs()"); }

Object *obj_index(ThreadState *ts, Object *o) {
    if (int_check(o)) {
        if (int_check_exact(o)) return NEWREF(o);
    }
    UnaryFunc f = TYPE(o)->index;
    if (!f)
        return err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer",
                          TYPE_NAME(o));
    Object *r = f(ts, o);
    if (r && !int_check(r)) {
        err_format(ts, &ExcTypeError, "__index__ returned non-int (type %s)", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *obj_index_for_subscript(ThreadState *ts, Object *o) {
    Object *i = obj_index(ts, o);
    int64_t v;
    if (i && !int_as_i64(i, &v)) {
        DECREF(i);
        return err_format(ts, &ExcIndexError, "cannot fit '%s' into an index-sized integer", TYPE_NAME(o));
    }
    return i;
}

ssize_t obj_as_ssize(ThreadState *ts, Object *o, const char *overflow_msg) {
    int64_t v;
    if (LIKELY(int_check(o)) && int_as_i64(o, &v)) return (ssize_t)v;
    Object *i = obj_index(ts, o);
    if (!i) return -1;
    bool ok = int_as_i64(i, &v);
    if (!ok) {
        if (overflow_msg)
            err_set_string(ts, &ExcOverflowError, overflow_msg);
        else
            err_format(ts, &ExcIndexError, "cannot fit '%s' into an index-sized integer",
                       TYPE_NAME(o));
        DECREF(i);
        return -1;
    }
    DECREF(i);
    return (ssize_t)v;
}
