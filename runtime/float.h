/* float.h -- IEEE double precision floats with CPython's repr and hashing. */
#ifndef MINIPY_FLOAT_H
#define MINIPY_FLOAT_H

#include "object.h"

typedef struct FloatObject {
    OBJECT_HEAD;
    double value;
} FloatObject;

extern TypeObject FloatType;

static inline bool float_check(Object *o) { return o->type == &FloatType || type_is_subtype(o->type, &FloatType); }
#define FLOAT_VALUE(o) (((FloatObject *)(o))->value)

Object *float_new(ThreadState *ts, double v);
/* float(text): Python's rules (whitespace, '_', inf, nan); ValueError
 * "could not convert string to float: 'x'". */
Object *float_from_string(ThreadState *ts, const char *s, size_t len);
/* Convert an int or float (or __float__/__index__ object) to a C double. */
int float_as_double(ThreadState *ts, Object *o, double *out);
/* CPython's hash of a double: equal to the int hash for integral values. */
int64_t float_hash_value(double v);
/* Python's repr(float) / str(float). */
Object *float_repr(ThreadState *ts, Object *o);
/* x ** y with CPython's float_pow rules (ZeroDivisionError for 0.0 ** -y,
 * OverflowError (34, 'Numerical result out of range')). */
Object *float_pow_double(ThreadState *ts, double x, double y);
/* divmod(a, b) when either is a float and both are real numbers: a tuple
 * (floor quotient, remainder); NotImplemented for other operand types. */
Object *float_divmod(ThreadState *ts, Object *a, Object *b);
/* round(x) and round(x, ndigits) as float.__round__ ([ndigits] NULL/None:
 * an int, ties to even; else a float correctly rounded to 10**-ndigits). */
Object *float_round(ThreadState *ts, double x, Object *ndigits);

#endif
