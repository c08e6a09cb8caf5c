/* complex.h -- complex numbers: two doubles, with CPython 3.11's arithmetic,
 * repr, hashing and constructor (runtime/complex.c). */
#ifndef MINIPY_COMPLEX_H
#define MINIPY_COMPLEX_H

#include "object.h"
#include "common/strbuf.h"

/* A value: real + imag*1j, as CPython's Py_complex. */
typedef struct Complex {
    double real, imag;
} Complex;

typedef struct ComplexObject {
    OBJECT_HEAD;
    Complex value;
} ComplexObject;

extern TypeObject ComplexType;

static inline bool complex_check(Object *o) {
    return o->type == &ComplexType || type_is_subtype(o->type, &ComplexType);
}
#define COMPLEX_VALUE(o) (((ComplexObject *)(o))->value)

/* Append repr([z]): "1j" when the real part is +0.0, else "(re+imj)"; the
 * tracer's safe repr and --dis use it too (runtime/saferepr.c). */
void complex_repr_into(StrBuf *b, Complex z);
/* A new complex (real + imag*1j); NULL with MemoryError. */
Object *complex_new(ThreadState *ts, double real, double imag);
/* [o] as a C complex, as CPython's PyComplex_AsCComplex: a complex's value,
 * else o.__complex__(), else a real number through float's rules (TypeError
 * "must be real number, not str"). 0, or -1 with the exception. cmath's
 * functions take their arguments through it. */
int complex_as_value(ThreadState *ts, Object *o, Complex *out);

/* The arithmetic of CPython's _Py_c_* functions, exactly (the results must
 * agree to the last bit). Division and power report a zero divisor or
 * overflow through errno (EDOM, ERANGE), as CPython's do. */
Complex complex_quot(Complex a, Complex b);
Complex complex_pow_value(Complex a, Complex b);
/* |z| by hypot(); errno ERANGE when it overflows. */
double complex_abs_value(Complex z);
/* x ** y for the float operands of float.__pow__ when x < 0 and y is not an
 * integer: CPython hands those to complex's power, whose result is complex. */
Object *complex_pow_doubles(ThreadState *ts, double x, double y);
/* pow(base, exp, mod) as the power slot of float or complex takes it
 * ([owner] one of them or a subclass): the modulus refused as CPython
 * does -- float's TypeError "pow() 3rd argument not allowed unless all
 * arguments are integers" whatever the operands, complex's ValueError
 * "complex modulo" once it could convert [base] and [exp] (NotImplemented
 * when it cannot). For pow()
 * and for float.__pow__ / complex.__pow__ called with a modulus. */
Object *number_pow3_refused(ThreadState *ts, TypeObject *owner, Object *base, Object *exp);

#endif
