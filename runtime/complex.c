/* complex.c -- the complex type: a pair of doubles with CPython 3.11's
 * arithmetic (the very same operations in the same order, so that results
 * agree to the last bit), repr ("(1+2j)", "1j", "(-0-0j)"), hash, the
 * constructor with its string syntax, and nothing of floor division or
 * ordering, which complex numbers do not have.
 *
 * Issue 17 (the library real programs use): `1j` literals, complex(), and
 * the cmath module (runtime/mod_cmath.c) stand on this file. Lesson 2 (the
 * pipeline): `1 + 2j` reaches int's slot first, which answers
 * NotImplemented, then complex's, reflected; start reading at
 * to_complex(), which decides what a complex can combine with.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "complex.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "format.h"
#include "interp.h"
#include "exceptions.h"
#include "alloc_inline.h"
#include "gc.h"
#include "args.h"
#include "modules.h"
#include "common/pyrepr.h"

Object *complex_new(ThreadState *ts, double real, double imag) {
    ComplexObject *o = (ComplexObject *)obj_alloc_small(ts, &ComplexType, sizeof(ComplexObject));
    if (!o) return NULL;
    o->value.real = real;
    o->value.imag = imag;
    return (Object *)o;
}

/* A complex of [type] (complex or a subclass). */
static Object *complex_new_of_type(ThreadState *ts, TypeObject *type, double real, double imag) {
    if (type == &ComplexType) return complex_new(ts, real, imag);
    ComplexObject *o = (ComplexObject *)obj_alloc(ts, type, type->basicsize);
    if (!o) return NULL;
    o->value.real = real;
    o->value.imag = imag;
    if (type->flags & TYPE_FLAG_GC) gc_track(ts, (Object *)o);
    return (Object *)o;
}

static void complex_dealloc(Object *self) {
    if (LIKELY(TYPE(self) == &ComplexType)) {   /* made by complex_new() */
        obj_free_small(self, sizeof(ComplexObject));
        return;
    }
    if (TYPE(self)->flags & TYPE_FLAG_GC) gc_untrack(self);
    obj_free(self);
}

/* ---- the arithmetic of CPython's _Py_c_* ------------------------------- */

static Complex c_sum(Complex a, Complex b) { return (Complex){a.real + b.real, a.imag + b.imag}; }
static Complex c_diff(Complex a, Complex b) { return (Complex){a.real - b.real, a.imag - b.imag}; }

static Complex c_prod(Complex a, Complex b) {
    return (Complex){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

/* Smith's method: divide through by the larger part of b, so that the
 * intermediate b.real**2 + b.imag**2 cannot overflow. errno EDOM for 0. */
Complex complex_quot(Complex a, Complex b) {
    double abs_br = fabs(b.real), abs_bi = fabs(b.imag);
    Complex r;
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bi >= abs_br) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {                                   /* a nan in b */
        r.real = r.imag = NAN;
    }
    return r;
}

/* a ** b through polar form; errno EDOM for 0 ** (negative or complex). */
Complex complex_pow_value(Complex a, Complex b) {
    Complex r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

/* x ** n for a small integer n by repeated squaring: more accurate than
 * the polar form, and what CPython does for |n| <= 100. */
static Complex c_powu(Complex x, long n) {
    Complex r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

static Complex c_powi(Complex x, long n) {
    if (n > 0) return c_powu(x, n);
    return complex_quot((Complex){1.0, 0.0}, c_powu(x, -n));
}

double complex_abs_value(Complex z) {
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        /* C99: an infinite part makes |z| infinite, even beside a nan */
        errno = 0;
        if (isinf(z.real)) return fabs(z.real);
        if (isinf(z.imag)) return fabs(z.imag);
        return NAN;
    }
    double r = hypot(z.real, z.imag);
    errno = isfinite(r) ? 0 : ERANGE;
    return r;
}

/* ---- operands ------------------------------------------------------------ */

/* What a complex combines with: another complex, an int (bool too) or a
 * float. 1 with the value, 0 for anything else (NotImplemented), -1 on
 * error (an int too large for a double). */
static int to_complex(ThreadState *ts, Object *o, Complex *out) {
    if (complex_check(o)) { *out = COMPLEX_VALUE(o); return 1; }
    if (float_check(o)) { *out = (Complex){FLOAT_VALUE(o), 0.0}; return 1; }
    if (int_check(o)) {
        double d = int_as_double(ts, o);
        if (d == -1.0 && err_occurred(ts)) return -1;
        *out = (Complex){d, 0.0};
        return 1;
    }
    return 0;
}

#define OPERANDS(a, b, x, y)                                          \
    Complex x, y;                                                     \
    do {                                                              \
        int rc_ = to_complex(ts, a, &x);                              \
        if (rc_ > 0) rc_ = to_complex(ts, b, &y);                     \
        if (rc_ < 0) return NULL;                                     \
        if (rc_ == 0) return NEWREF(NotImplemented);                  \
    } while (0)

static Object *new_value(ThreadState *ts, Complex z) { return complex_new(ts, z.real, z.imag); }

static Object *complex_add(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    return new_value(ts, c_sum(x, y));
}

static Object *complex_sub(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    return new_value(ts, c_diff(x, y));
}

static Object *complex_mul(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    return new_value(ts, c_prod(x, y));
}

static Object *complex_truediv(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    errno = 0;
    Complex q = complex_quot(x, y);
    if (errno == EDOM) return err_set_string(ts, &ExcZeroDivisionError, "complex division by zero");
    return new_value(ts, q);
}

/* x ** y: repeated squaring for an integral exponent up to 100, the polar
 * form otherwise; an infinite part of the result is an OverflowError
 * unless an infinity was there from the start (CPython's
 * _Py_ADJUST_ERANGE2). */
static Object *pow_values(ThreadState *ts, Complex x, Complex y) {
    errno = 0;
    Complex p;
    if (y.imag == 0.0 && y.real == floor(y.real) && fabs(y.real) <= 100.0) p = c_powi(x, (long)y.real);
    else p = complex_pow_value(x, y);
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return err_set_string(ts, &ExcZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE) return err_set_string(ts, &ExcOverflowError, "complex exponentiation");
    return new_value(ts, p);
}

static Object *complex_pow(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    return pow_values(ts, x, y);
}

Object *complex_pow_doubles(ThreadState *ts, double x, double y) {
    return pow_values(ts, (Complex){x, 0.0}, (Complex){y, 0.0});
}

Object *number_pow3_refused(ThreadState *ts, TypeObject *owner, Object *base, Object *exp) {
    if (!type_is_subtype(owner, &ComplexType))     /* float looks at the modulus first */
        return err_set_string(ts, &ExcTypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    Object *ops[2] = {base, exp};
    for (int k = 0; k < 2; k++)
        if (!int_check(ops[k]) && !float_check(ops[k]) && !complex_check(ops[k])) return NEWREF(NotImplemented);
    return err_set_string(ts, &ExcValueError, "complex modulo");
}

static Object *complex_neg(ThreadState *ts, Object *self) {
    Complex z = COMPLEX_VALUE(self);
    return complex_new(ts, -z.real, -z.imag);
}

static Object *complex_pos(ThreadState *ts, Object *self) {
    if (TYPE(self) == &ComplexType) return NEWREF(self);
    return new_value(ts, COMPLEX_VALUE(self));
}

static Object *complex_abs(ThreadState *ts, Object *self) {
    double r = complex_abs_value(COMPLEX_VALUE(self));
    if (errno == ERANGE) return err_set_string(ts, &ExcOverflowError, "absolute value too large");
    return float_new(ts, r);
}

static int complex_bool(ThreadState *ts, Object *self) {
    Complex z = COMPLEX_VALUE(self);
    return z.real != 0.0 || z.imag != 0.0;
}

/* ---- comparison and hashing ------------------------------------------------ */

/* Only == and != (complex numbers have no order): against an int the real
 * part is compared as a float compares, exactly, when the imaginary part
 * is zero. */
static Object *complex_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (op != CMP_EQ && op != CMP_NE) return NEWREF(NotImplemented);
    Complex z = COMPLEX_VALUE(a);
    bool equal;
    if (int_check(b)) {
        if (z.imag == 0.0) {
            Object *re = float_new(ts, z.real);
            if (!re) return NULL;
            Object *r = TYPE(re)->richcompare(ts, re, b, op);
            DECREF(re);
            return r;
        }
        equal = false;
    } else if (float_check(b)) {
        equal = z.real == FLOAT_VALUE(b) && z.imag == 0.0;
    } else if (complex_check(b)) {
        Complex w = COMPLEX_VALUE(b);
        equal = z.real == w.real && z.imag == w.imag;
    } else {
        return NEWREF(NotImplemented);
    }
    return bool_from(equal == (op == CMP_EQ));
}

/* hash(real) + 1000003 * hash(imag), modulo 2**64: hash(x + 0j) is
 * hash(x), as equal numbers must hash alike. A nan part hashes by the
 * object's identity, as a nan float does. */
static int64_t complex_hash(ThreadState *ts, Object *self) {
    Complex z = COMPLEX_VALUE(self);
    uint64_t hr = (uint64_t)(isnan(z.real) ? obj_hash_identity(ts, self) : float_hash_value(z.real));
    uint64_t hi = (uint64_t)(isnan(z.imag) ? obj_hash_identity(ts, self) : float_hash_value(z.imag));
    uint64_t combined = hr + 1000003u * hi;
    if (combined == (uint64_t)-1) combined = (uint64_t)-2;
    return (int64_t)combined;
}

/* ---- repr ----------------------------------------------------------------- */

/* repr() of a part: "1", "1.5", "1e+20", "inf", "nan" (which has no
 * sign); [sign] puts '+' before a non-negative one. */
static void part_repr(StrBuf *b, double v, bool sign) {
    char buf[40];
    int n = pyrepr_double_bare(v, buf, sizeof buf);
    if (sign && buf[0] != '-') strbuf_appendc(b, '+');
    strbuf_append(b, buf, (size_t)n);
}

void complex_repr_into(StrBuf *b, Complex z) {
    if (z.real == 0.0 && !signbit(z.real)) {
        part_repr(b, z.imag, false);
        strbuf_appendc(b, 'j');
    } else {
        strbuf_appendc(b, '(');
        part_repr(b, z.real, false);
        part_repr(b, z.imag, true);
        strbuf_puts(b, "j)");
    }
}

static Object *complex_repr(ThreadState *ts, Object *self) {
    StrBuf b;
    strbuf_init(&b);
    complex_repr_into(&b, COMPLEX_VALUE(self));
    return str_from_strbuf(ts, &b);
}

/* ---- the constructor ---------------------------------------------------------- */

/* The longest prefix of [s] (NUL-terminated) that CPython's
 * PyOS_string_to_double reads: [sign] then inf, infinity, nan (any case),
 * or digits with an optional point and exponent. Returns the characters
 * read (0: none) and the value in *out. */
static size_t read_double(const char *s, double *out) {
    const char *p = s;
    bool neg = false;
    if (*p == '+' || *p == '-') neg = *p++ == '-';
    if (strncasecmp(p, "inf", 3) == 0) {
        p += strncasecmp(p, "infinity", 8) == 0 ? 8 : 3;
        *out = neg ? -INFINITY : INFINITY;
        return (size_t)(p - s);
    }
    if (strncasecmp(p, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return (size_t)(p - s + 3);
    }
    const char *digits = p;
    while (*p >= '0' && *p <= '9') p++;
    size_t nd = (size_t)(p - digits);
    if (*p == '.') {
        p++;
        const char *frac = p;
        while (*p >= '0' && *p <= '9') p++;
        nd += (size_t)(p - frac);
    }
    if (nd == 0) return 0;
    if (*p == 'e' || *p == 'E') {
        const char *e = p + 1;
        if (*e == '+' || *e == '-') e++;
        if (*e >= '0' && *e <= '9') {
            while (*e >= '0' && *e <= '9') e++;
            p = e;
        }
    }
    /* glibc's strtod rounds correctly; it would also read hex and
     * "0x", so it gets only the text checked above */
    size_t len = (size_t)(p - s);
    char small[64], *copy = len < sizeof small ? small : rawmem_alloc(len + 1);
    if (!copy) return (size_t)-1;
    memcpy(copy, s, len);
    copy[len] = '\0';
    *out = strtod(copy, NULL);
    if (copy != small) rawmem_free(copy);
    return len;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* complex('1+2j'): <float>, <float>j, <float><signed float>j, with the
 * old forms <float><sign>j, <sign>j and j, optionally in parentheses and
 * surrounded by spaces. 1 with the value, 0 malformed, -1 no memory. */
static int parse_complex(const char *s, size_t len, Complex *out) {
    const char *start = s, *end = s + len;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (is_space(*s)) s++;
    if (*s == '(') {
        bracket = true;
        s++;
        while (is_space(*s)) s++;
    }
    size_t n = read_double(s, &z);
    if (n == (size_t)-1) return -1;
    if (n > 0) {
        s += n;
        if (*s == '+' || *s == '-') {
            x = z;
            n = read_double(s, &y);
            if (n == (size_t)-1) return -1;
            if (n > 0) {
                s += n;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (*s != 'j' && *s != 'J') return 0;
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (*s == '+' || *s == '-') {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        } else {
            y = 1.0;
        }
        if (*s != 'j' && *s != 'J') return 0;
        s++;
    }
    while (is_space(*s)) s++;
    if (bracket) {
        if (*s != ')') return 0;
        s++;
        while (is_space(*s)) s++;
    }
    if (s != end || (size_t)(s - start) != len) return 0;
    *out = (Complex){x, y};
    return 1;
}

/* complex(str) for the UTF-8 text of [str]: Unicode digits and spaces made
 * ASCII, then '_' allowed only between digits (else "could not convert
 * string to complex"), then parse_complex(). */
static Object *complex_from_string(ThreadState *ts, TypeObject *type, Object *str) {
    size_t alen;
    char *ascii = int_ascii_number_text(STR_DATA(str), STR_SIZE(str), &alen);
    if (ascii == int_ascii_no_memory) return err_no_memory(ts);
    const char *text = ascii ? ascii : STR_DATA(str);
    size_t len = ascii ? alen : STR_SIZE(str);
    char *dup = rawmem_alloc(len + 1);          /* NUL-terminated, '_' removed */
    if (!dup) { rawmem_free(ascii); return err_no_memory(ts); }
    bool bad_underscore = false;
    size_t n = 0;
    if (memchr(text, '_', len)) {
        char prev = '\0';
        for (size_t i = 0; i < len && !bad_underscore; i++) {
            char c = text[i];
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) bad_underscore = true;
            } else {
                if (prev == '_' && !(c >= '0' && c <= '9')) bad_underscore = true;
                dup[n++] = c;
            }
            prev = c;
        }
        if (prev == '_' || memchr(text, '\0', len)) bad_underscore = true;
    } else {
        memcpy(dup, text, len);
        n = len;
    }
    dup[n] = '\0';
    rawmem_free(ascii);
    if (bad_underscore) {
        rawmem_free(dup);
        return err_format(ts, &ExcValueError, "could not convert string to complex: %R", str);
    }
    Complex z;
    int ok = parse_complex(dup, n, &z);
    rawmem_free(dup);
    if (ok < 0) return err_no_memory(ts);
    if (!ok) return err_set_string(ts, &ExcValueError, "complex() arg is a malformed string");
    return complex_new_of_type(ts, type, z.real, z.imag);
}

/* o.__complex__() if its type has one (a new reference); NULL with no
 * exception when it has none. The result must be a complex; a subclass
 * of complex is accepted with a DeprecationWarning, as CPython does. */
static Object *call_complex_method(ThreadState *ts, Object *o) {
    Object *name = ts->interp->ids.dunder_complex;
    if (!type_lookup_borrowed(TYPE(o), name)) return NULL;
    Object *r = obj_call_method(ts, o, name, NULL, 0);
    if (!r || TYPE(r) == &ComplexType) return r;
    if (!complex_check(r)) {
        err_format(ts, &ExcTypeError, "__complex__ returned non-complex (type %s)", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "__complex__ returned non-complex (type %s).  The ability to return an instance of a "
                  "strict subclass of complex is deprecated, and may be removed in a future version of Python.",
                  TYPE_NAME(r));
    Object *msg = str_from_strbuf(ts, &b);
    int w = msg ? warnings_warn(ts, msg, (Object *)&ExcDeprecationWarning, 1, NULL) : -1;
    XDECREF(msg);
    if (w < 0) { DECREF(r); return NULL; }
    return r;
}

int complex_as_value(ThreadState *ts, Object *o, Complex *out) {
    if (complex_check(o)) { *out = COMPLEX_VALUE(o); return 0; }
    Object *c = call_complex_method(ts, o);
    if (c) {
        *out = COMPLEX_VALUE(c);
        DECREF(c);
        return 0;
    }
    if (err_occurred(ts)) return -1;
    out->imag = 0.0;
    return float_as_double(ts, o, &out->real);
}

/* Can [o] be a part of complex(real, imag)? A number: a complex, or
 * something with __float__ or __index__. */
static bool is_number(Object *o) {
    return complex_check(o) || TYPE(o)->to_float || TYPE(o)->index || int_check(o) || float_check(o);
}

/* complex(real=0, imag=0), as CPython's complex_new_impl: either part may
 * itself be complex, and the result is real + imag*1j computed on the
 * parts (so complex(1j, 1j) is (-1+1j)). */
static Object *complex_new_(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                            Object *kwnames) {
    static const char *const names[] = {"real", "imag", NULL};
    static const ArgSpec spec = {"complex", names};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *r = a[0], *i = a[1];
    if (!r) r = (Object *)&small_ints[0 - SMALL_INT_MIN];
    if (TYPE(r) == &ComplexType && !i && type == &ComplexType) return NEWREF(r);
    if (str_check(r)) {
        if (i) return err_set_string(ts, &ExcTypeError, "complex() can't take second arg if first is a string");
        return complex_from_string(ts, type, r);
    }
    if (i && str_check(i)) return err_set_string(ts, &ExcTypeError, "complex() second arg can't be a string");
    Object *own = call_complex_method(ts, r);
    if (own) r = own;
    else if (err_occurred(ts)) return NULL;
    if (!is_number(r)) {
        err_format(ts, &ExcTypeError, "complex() first argument must be a string or a number, not '%s'",
                   TYPE_NAME(r));
        XDECREF(own);
        return NULL;
    }
    if (i && !is_number(i)) {
        err_format(ts, &ExcTypeError, "complex() second argument must be a number, not '%s'", TYPE_NAME(i));
        XDECREF(own);
        return NULL;
    }
    Complex cr, ci = {0.0, 0.0};
    bool cr_complex = false, ci_complex = false;
    if (complex_check(r)) {
        cr = COMPLEX_VALUE(r);
        cr_complex = true;
        XDECREF(own);
    } else {
        cr.imag = 0.0;
        int rc = float_as_double(ts, r, &cr.real);
        XDECREF(own);
        if (rc < 0) return NULL;
    }
    if (!i) {
        ci.real = cr.imag;
    } else if (complex_check(i)) {
        ci = COMPLEX_VALUE(i);
        ci_complex = true;
    } else if (float_as_double(ts, i, &ci.real) < 0) {
        return NULL;
    }
    if (ci_complex) cr.real -= ci.imag;
    if (cr_complex && i) ci.real += cr.imag;
    return complex_new_of_type(ts, type, cr.real, ci.real);
}

/* ---- methods --------------------------------------------------------------- */

static CFUNC(complex_m_conjugate) {
    if (args_exactly(ts, "complex.conjugate", nargs, kwnames, 0) < 0) return NULL;
    Complex z = COMPLEX_VALUE(self);
    return complex_new(ts, z.real, -z.imag);
}

static CFUNC(complex_m_getnewargs) {
    if (args_exactly(ts, "complex.__getnewargs__", nargs, kwnames, 0) < 0) return NULL;
    Complex z = COMPLEX_VALUE(self);
    Object *re = float_new(ts, z.real);
    Object *im = re ? float_new(ts, z.imag) : NULL;
    Object *t = im ? tuple_pack(ts, 2, re, im) : NULL;
    XDECREF(re);
    XDECREF(im);
    return t;
}

static CFUNC(complex_m_format) {
    if (args_exactly(ts, "complex.__format__", nargs, kwnames, 1) < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "__format__() argument must be str, not %s",
                          args[0] == None ? "None" : TYPE_NAME(args[0]));
    return format_complex(ts, self, args[0]);
}

static CFUNC(complex_m_complex) {
    if (args_exactly(ts, "complex.__complex__", nargs, kwnames, 0) < 0) return NULL;
    return complex_pos(ts, self);
}

static GETTER(complex_get_real) { return float_new(ts, COMPLEX_VALUE(self).real); }
static GETTER(complex_get_imag) { return float_new(ts, COMPLEX_VALUE(self).imag); }

/* CPython's parts are read-only members, whose refusal is worded so */
static SETTER(complex_set_part) {
    err_set_string(ts, &ExcAttributeError, "readonly attribute");
    return -1;
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_m_conjugate, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__getnewargs__", complex_m_getnewargs, 0, NULL},
    {"__format__", complex_m_format, 0, "Convert to a string according to format_spec."},
    {"__complex__", complex_m_complex, 0, "Convert this value to exact type complex."},
    {NULL},
};

static const GetSetDef complex_getset[] = {
    {"real", complex_get_real, complex_set_part, "the real part of a complex number"},
    {"imag", complex_get_imag, complex_set_part, "the imaginary part of a complex number"},
    {NULL},
};

TypeObject ComplexType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "complex",
    .basicsize = sizeof(ComplexObject),
    .flags = TYPE_FLAG_BASETYPE,          /* not matched as itself: complex(x) is an error */
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .getattr = obj_generic_getattr,
    .new_ = complex_new_,
    .binop = {
        [NB_ADD] = complex_add, [NB_SUB] = complex_sub, [NB_MUL] = complex_mul,
        [NB_TRUEDIV] = complex_truediv, [NB_POW] = complex_pow,
    },
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .bool_ = complex_bool,
    .methods = complex_methods,
    .getset = complex_getset,
};
