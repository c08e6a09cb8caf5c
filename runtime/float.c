/* float.c -- IEEE 754 double precision floats with CPython's semantics:
 * repr (shortest round-tripping digits), hashing that agrees with int,
 * exact comparison against ints of any size, floor division and modulo
 * that follow the divisor's sign, and correctly rounded round().
 *
 * Lesson 2 (the pipeline): `1 + 2.5` reaches int's slot first, which
 * answers NotImplemented, and then float's, reflected. Start reading at
 * float_binop_operands(), which decides what a float can combine with.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "float.h"
#include "complex.h"
#include "gmpmem.h"
#include "bytes.h"
#include "int.h"
#include "format.h"
#include "interp.h"
#include "alloc_inline.h"
#include "exceptions.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"
#include "func.h"
#include "common/pyrepr.h"
#include "args.h"

#define DBL_MANT_DIG __DBL_MANT_DIG__
#define DBL_MIN_EXP __DBL_MIN_EXP__
#define DBL_MAX_EXP __DBL_MAX_EXP__

Object *float_new(ThreadState *ts, double v) {
    FloatObject *o = (FloatObject *)obj_alloc_small(ts, &FloatType, sizeof(FloatObject));
    if (!o) return NULL;
    o->value = v;
    return (Object *)o;
}

static Object *float_subclass_new(ThreadState *ts, TypeObject *type, double v) {
    FloatObject *o = (FloatObject *)obj_alloc(ts, type, type->basicsize);
    if (!o) return NULL;
    o->value = v;
    if (type->flags & TYPE_FLAG_GC) gc_track(ts, (Object *)o);
    return (Object *)o;
}

static void float_dealloc(Object *self) {
    if (LIKELY(TYPE(self) == &FloatType)) {      /* made by float_new() */
        obj_free_small(self, sizeof(FloatObject));
        return;
    }
    if (TYPE(self)->flags & TYPE_FLAG_GC) gc_untrack(self);
    obj_free(self);
}

Object *float_repr(ThreadState *ts, Object *o) {
    char buf[40];
    int n = pyrepr_double(FLOAT_VALUE(o), buf, sizeof buf);
    return str_new(ts, buf, (size_t)n);
}

/* ---- conversions ----------------------------------------------------- */

int float_as_double(ThreadState *ts, Object *o, double *out) {
    if (float_check(o)) { *out = FLOAT_VALUE(o); return 0; }
    if (int_check(o)) {
        double d = int_as_double(ts, o);
        if (d == -1.0 && err_occurred(ts)) return -1;
        *out = d;
        return 0;
    }
    TypeObject *t = TYPE(o);
    if (t->to_float) {
        Object *r = t->to_float(ts, o);
        if (!r) return -1;
        if (!float_check(r)) {
            err_format(ts, &ExcTypeError, "%s.__float__ returned non-float (type %s)",
                       TYPE_NAME(o), TYPE_NAME(r));
            DECREF(r);
            return -1;
        }
        *out = FLOAT_VALUE(r);
        DECREF(r);
        return 0;
    }
    if (t->index) {
        Object *i = obj_index(ts, o);
        if (!i) return -1;
        double d = int_as_double(ts, i);
        DECREF(i);
        if (d == -1.0 && err_occurred(ts)) return -1;
        *out = d;
        return 0;
    }
    err_format(ts, &ExcTypeError, "must be real number, not %s", TYPE_NAME(o));
    return -1;
}

/* Python's float() text syntax: optional sign, then digits with an optional
 * point and exponent (single '_' only between digits), or inf, infinity,
 * nan in any case. Surrounding whitespace is allowed. Writes the accepted
 * number without '_' into [out] (room for len + 1 bytes). */
static bool float_syntax(const char *p, const char *end, char *out) {
    char *o = out;
    if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0) ||
        (rest == 3 && strncasecmp(p, "nan", 3) == 0)) {
        memcpy(o, p, rest);
        o[rest] = '\0';
        return true;
    }
    /* digits ['.' digits] with '_' between digits */
    int ndigits = 0;
    bool prev_digit = false, seen_point = false;
    for (; p < end; p++) {
        char c = *p;
        if (c >= '0' && c <= '9') { *o++ = c; ndigits++; prev_digit = true; continue; }
        if (c == '_') {
            if (!prev_digit || p + 1 >= end || !(p[1] >= '0' && p[1] <= '9')) return false;
            prev_digit = false;
            continue;
        }
        if (c == '.' && !seen_point) {
            seen_point = true;
            prev_digit = false;
            *o++ = c;
            continue;
        }
        break;
    }
    if (ndigits == 0) return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
        int edigits = 0;
        prev_digit = false;
        for (; p < end; p++) {
            char c = *p;
            if (c >= '0' && c <= '9') { *o++ = c; edigits++; prev_digit = true; continue; }
            if (c == '_' && prev_digit && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
                prev_digit = false;
                continue;
            }
            return false;
        }
        if (edigits == 0) return false;
    }
    *o = '\0';
    return p == end;
}

/* 1 with the value in [out], 0 for text that is no float, -1 when there
 * was no memory to look. */
static int parse_float_text(const char *s, size_t len, double *out) {
    const char *p = s;
    int_strip_space(&p, &len);
    char *buf = rawmem_alloc(len + 1);
    if (!buf) return -1;
    int ok = float_syntax(p, p + len, buf);
    if (ok) {
        const char *q = buf;
        bool neg = *q == '-';
        if (*q == '+' || *q == '-') q++;
        if ((*q | 0x20) == 'n') *out = neg ? -NAN : NAN;
        else if ((*q | 0x20) == 'i') *out = neg ? -INFINITY : INFINITY;
        else *out = strtod(buf, NULL);   /* glibc's strtod rounds correctly */
    }
    rawmem_free(buf);
    return ok;
}

Object *float_from_string(ThreadState *ts, const char *s, size_t len) {
    double d;
    size_t alen;
    char *ascii = int_ascii_number_text(s, len, &alen);   /* Unicode digits, spaces */
    if (ascii == int_ascii_no_memory) return err_no_memory(ts);
    int ok = ascii ? parse_float_text(ascii, alen, &d) : parse_float_text(s, len, &d);
    rawmem_free(ascii);
    if (ok < 0) return err_no_memory(ts);
    if (!ok) {
        int_value_error_repr(ts, "could not convert string to float: ", s, len);
        return NULL;
    }
    return float_new(ts, d);
}

/* ---- hashing and comparison ------------------------------------------ */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* A finite double is m * 2**e with m a fraction; it is reduced modulo the
 * prime P = 2**61 - 1 by feeding m into an accumulator 28 bits at a time
 * (multiplying by 2**28 is a rotation modulo P, since 2**61 == 1 mod P) and
 * finally rotating by e. For an integral value the result equals the
 * int's hash, which is what makes 1 == 1.0 work as a dict key. */
int64_t float_hash_value(double v) {
    if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   /* 2**28 */
        e -= 28;
        uint64_t chunk = (uint64_t)m;
        m -= (double)chunk;
        x += chunk;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    /* rotate by e modulo 61 bits (2**-k == 2**(61-k) mod P) */
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_hash(ThreadState *ts, Object *self) {
    double v = FLOAT_VALUE(self);
    if (isnan(v)) return obj_hash_identity(ts, self);   /* nan != nan: hash by identity, as 3.10+ */
    return float_hash_value(v);
}

static Object *float_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    double x = FLOAT_VALUE(a);
    int c;   /* -1, 0, 1; 2 unordered */
    if (float_check(b)) {
        double y = FLOAT_VALUE(b);
        c = (isnan(x) || isnan(y)) ? 2 : (x > y) - (x < y);
    } else if (int_check(b)) {
        c = int_compare_double(b, x);
        if (c != 2) c = -c;
    } else {
        return NEWREF(NotImplemented);
    }
    bool r;
    if (c == 2) r = op == CMP_NE;
    else switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_from(r);
}

/* ---- arithmetic ------------------------------------------------------ */

/* The operands of a float binop as doubles: 1 when both are floats or
 * ints, 0 when one is something else (NotImplemented), -1 on error (an int
 * too large for a double). */
static int float_binop_operands(ThreadState *ts, Object *a, Object *b, double *x, double *y) {
    Object *ops[2] = {a, b};
    double *outs[2] = {x, y};
    for (int k = 0; k < 2; k++) {
        Object *o = ops[k];
        if (float_check(o)) *outs[k] = FLOAT_VALUE(o);
        else if (int_check(o)) {
            double d = int_as_double(ts, o);
            if (d == -1.0 && err_occurred(ts)) return -1;
            *outs[k] = d;
        } else {
            return 0;
        }
    }
    return 1;
}

#define OPERANDS(a, b, x, y)                                      \
    double x, y;                                                  \
    do {                                                          \
        int rc_ = float_binop_operands(ts, a, b, &x, &y);         \
        if (rc_ < 0) return NULL;                                 \
        if (rc_ == 0) return NEWREF(NotImplemented);              \
    } while (0)

static Object *float_add(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    return float_new(ts, x + y);
}

static Object *float_sub(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    return float_new(ts, x - y);
}

static Object *float_mul(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    return float_new(ts, x * y);
}

static Object *float_truediv(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0) return err_set_string(ts, &ExcZeroDivisionError, "float division by zero");
    return float_new(ts, x / y);
}

/* x % y with the sign of y; the quotient floor((x - mod) / y) computed so
 * that q * y + mod stays as close to x as floating point allows. */
static double float_mod_value(double x, double y) {
    double mod = fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

static void float_divmod_values(double x, double y, double *floordiv, double *mod) {
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *floordiv = fd;
    *mod = m;
}

static Object *float_floordiv(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0) return err_set_string(ts, &ExcZeroDivisionError, "float floor division by zero");
    double q, m;
    float_divmod_values(x, y, &q, &m);
    return float_new(ts, q);
}

static Object *float_mod(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0) return err_set_string(ts, &ExcZeroDivisionError, "float modulo");
    return float_new(ts, float_mod_value(x, y));
}

Object *float_divmod(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0) return err_set_string(ts, &ExcZeroDivisionError, "float divmod()");
    double q, m;
    float_divmod_values(x, y, &q, &m);
    Object *qo = float_new(ts, q);
    if (!qo) return NULL;
    Object *mo = float_new(ts, m);
    if (!mo) { DECREF(qo); return NULL; }
    Object *t = tuple_pack(ts, 2, qo, mo);
    DECREF(qo);
    DECREF(mo);
    return t;
}

/* Raise OverflowError or ValueError as CPython's PyErr_SetFromErrno: the
 * arguments are (errno, strerror). */
static Object *raise_errno(ThreadState *ts, int err) {
    TypeObject *type = err == ERANGE ? &ExcOverflowError : &ExcValueError;
    const char *msg = err == ERANGE ? "Numerical result out of range" : "Numerical argument out of domain";
    Object *code = int_from_i64(ts, err);
    Object *text = code ? str_from_cstr(ts, msg) : NULL;
    Object *args = text ? tuple_pack(ts, 2, code, text) : NULL;
    XDECREF(code);
    XDECREF(text);
    if (!args) return NULL;
    Object *exc = exc_new(ts, type, args);
    DECREF(args);
    if (!exc) return NULL;
    return err_raise_steal(ts, exc);
}

static bool is_odd_integer(double y) { return fmod(fabs(y), 2.0) == 1.0; }

/* The special cases follow C99's pow() Annex F, which CPython spells out
 * so that every platform agrees; the rest is the C library's pow(). */
Object *float_pow_double(ThreadState *ts, double x, double y) {
    if (y == 0.0) return float_new(ts, 1.0);
    if (x == 1.0) return float_new(ts, 1.0);          /* even 1 ** nan */
    if (isnan(x)) return float_new(ts, x);
    if (isnan(y)) return float_new(ts, y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return float_new(ts, 1.0);
        return float_new(ts, (y > 0) == (ax > 1.0) ? INFINITY : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (x > 0) return float_new(ts, y > 0 ? x : 0.0);
        if (y > 0) return float_new(ts, odd ? x : -x);
        return float_new(ts, odd ? -0.0 : 0.0);
    }
    if (x == 0.0) {
        if (y < 0)
            return err_set_string(ts, &ExcZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(ts, is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        /* float.__pow__ gives a complex here; math.pow refuses */
        if (y != floor(y))
            return err_set_string(ts, &ExcValueError,
                                  "negative number cannot be raised to a fractional power");
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return float_new(ts, negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(x, y);
    if (errno == 0 && isinf(r)) errno = ERANGE;
    else if (errno == ERANGE && r == 0.0) errno = 0;   /* underflow is fine */
    if (errno) return raise_errno(ts, errno);
    return float_new(ts, negate ? -r : r);
}

static Object *float_pow(ThreadState *ts, Object *a, Object *b) {
    OPERANDS(a, b, x, y);
    /* a negative number to a fractional power is complex: (-8) ** (1/3) */
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y)) return complex_pow_doubles(ts, x, y);
    return float_pow_double(ts, x, y);
}

static Object *float_neg(ThreadState *ts, Object *self) { return float_new(ts, -FLOAT_VALUE(self)); }
static Object *float_abs(ThreadState *ts, Object *self) { return float_new(ts, fabs(FLOAT_VALUE(self))); }
static int float_bool(ThreadState *ts, Object *self) { return FLOAT_VALUE(self) != 0.0; }

static Object *float_pos(ThreadState *ts, Object *self) {
    if (TYPE(self) == &FloatType) return NEWREF(self);
    return float_new(ts, FLOAT_VALUE(self));
}

static Object *float_to_int(ThreadState *ts, Object *self) { return int_from_double(ts, FLOAT_VALUE(self)); }

/* ---- rounding ---------------------------------------------------------- */

/* q = round-half-even(num / den), num >= 0, den > 0 */
static void mpz_div_round_even(mpz_ptr q, mpz_srcptr num, mpz_srcptr den) {
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_clear(r);
}

/* round(x, n) for finite nonzero x: the exact binary value of x is rounded
 * to a multiple of 10**-n (ties to even), and that decimal is converted back
 * to the nearest double -- the result CPython gets from dtoa and strtod.
 * -1 on overflow, -2 when there is no memory. */
typedef struct RoundCall { mpz_ptr num, den, q; double frac; int e, n; } RoundCall;

/* q = round(|x| * 10**n) (or that times 10**-n for n < 0), den = 10**|n|
 * (runs guarded: runtime/gmpmem.h) */
static void round_decimal(void *p) {
    RoundCall *c = p;
    int e = c->e - DBL_MANT_DIG;
    unsigned long k = (unsigned long)(c->n >= 0 ? c->n : -c->n);
    mpz_set_d(c->num, ldexp(c->frac, DBL_MANT_DIG));   /* |x| = m * 2**(e - 53) */
    mpz_set_ui(c->den, 1);
    if (c->n >= 0) {
        mpz_ui_pow_ui(c->q, 10, k);
        mpz_mul(c->num, c->num, c->q);
    } else {
        mpz_ui_pow_ui(c->den, 10, k);
    }
    if (e >= 0) mpz_mul_2exp(c->num, c->num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(c->den, c->den, (mp_bitcnt_t)-e);
    mpz_div_round_even(c->q, c->num, c->den);
    mpz_ui_pow_ui(c->den, 10, k);
    if (c->n < 0) mpz_mul(c->q, c->q, c->den);
}

static int double_round(double x, int n, double *out) {
    int e;
    double frac = frexp(fabs(x), &e);
    mpz_t num, den, q;
    mpz_inits(num, den, q, NULL);
    RoundCall c = {num, den, q, frac, e, n};
    if (gmpmem_run(round_decimal, &c) < 0) return -2;
    int rc = n >= 0 ? int_mpz_ratio_to_double(q, den, out) : int_mpz_scaled_to_double(q, 0, false, out);
    mpz_clears(num, den, q, NULL);
    if (rc == 0) *out = copysign(*out, x);
    return rc;
}

/* The largest and smallest ndigits that can change a double: beyond them
 * round(x, n) is x itself, or 0.0. */
#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

Object *float_round(ThreadState *ts, double x, Object *ndigits) {
    if (!ndigits || ndigits == None) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);   /* ties to even */
        return int_from_double(ts, r);
    }
    Object *nd = obj_index(ts, ndigits);
    if (!nd) return NULL;
    int64_t n;
    if (!int_as_i64(nd, &n)) n = int_sign(nd) < 0 ? INT64_MIN : INT64_MAX;
    DECREF(nd);
    if (!isfinite(x) || x == 0.0 || n > NDIGITS_MAX) return float_new(ts, x);
    if (n < NDIGITS_MIN) return float_new(ts, 0.0 * x);
    double r;
    int rc = double_round(x, (int)n, &r);
    if (rc == -2) return err_no_memory(ts);
    if (rc < 0)
        return err_set_string(ts, &ExcOverflowError, "rounded value too large to represent");
    return float_new(ts, r);
}

/* ---- the constructor ----------------------------------------------------- */

static Object *float_from_object(ThreadState *ts, Object *x) {
    if (TYPE(x) == &FloatType) return NEWREF(x);
    if (str_check(x)) return float_from_string(ts, STR_DATA(x), STR_SIZE(x));
    if (bytes_check(x) || bytearray_check(x)) {
        /* the bytes' ASCII text; the ValueError shows the bytes' repr */
        const char *d;
        size_t n;
        bytes_buffer(x, &d, &n);
        bool ascii = true;
        for (size_t i = 0; i < n; i++) ascii &= (unsigned char)d[i] < 0x80 && d[i] != 0;
        Object *r = ascii ? float_from_string(ts, d, n) : NULL;
        if (r || (ascii && !err_matches(ts, &ExcValueError))) return r;
        err_clear(ts);
        return err_format(ts, &ExcValueError, "could not convert string to float: %R", x);
    }
    TypeObject *t = TYPE(x);
    if (t->to_float) {
        Object *r = t->to_float(ts, x);
        if (!r) return NULL;
        if (!float_check(r)) {
            err_format(ts, &ExcTypeError, "%s.__float__ returned non-float (type %s)",
                       TYPE_NAME(x), TYPE_NAME(r));
            DECREF(r);
            return NULL;
        }
        if (TYPE(r) != &FloatType) {
            Object *e = float_new(ts, FLOAT_VALUE(r));
            DECREF(r);
            return e;
        }
        return r;
    }
    if (t->index) {
        Object *i = obj_index(ts, x);
        if (!i) return NULL;
        double d = int_as_double(ts, i);
        DECREF(i);
        if (d == -1.0 && err_occurred(ts)) return NULL;
        return float_new(ts, d);
    }
    return err_format(ts, &ExcTypeError,
                      "float() argument must be a string or a real number, not '%s'", TYPE_NAME(x));
}

static Object *float_new_(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                          Object *kwnames) {
    if (args_no_kwargs(ts, "float", kwnames) < 0) return NULL;
    if (args_count(ts, "float", nargs, 0, 1) < 0) return NULL;
    Object *v = nargs ? float_from_object(ts, args[0]) : float_new(ts, 0.0);
    if (!v || type == &FloatType) return v;
    Object *r = float_subclass_new(ts, type, FLOAT_VALUE(v));
    DECREF(v);
    return r;
}

/* ---- methods --------------------------------------------------------------- */

static CFUNC(float_m_is_integer) {
    if (args_exactly(ts, "float.is_integer", nargs, kwnames, 0) < 0) return NULL;
    double x = FLOAT_VALUE(self);
    return bool_from(isfinite(x) && floor(x) == x);
}

typedef struct RatioCall { mpz_ptr n, d; double frac; int e; } RatioCall;

/* n / d = frac * 2**(e + 53), in lowest terms (runs guarded) */
static void integer_ratio(void *p) {
    RatioCall *c = p;
    mpz_set_d(c->n, ldexp(c->frac, DBL_MANT_DIG));
    mpz_set_ui(c->d, 1);
    if (c->e >= 0) {
        mpz_mul_2exp(c->n, c->n, (mp_bitcnt_t)c->e);
    } else {
        /* the denominator is 2**-e; cancel the factors of two */
        mp_bitcnt_t tz = mpz_sgn(c->n) ? mpz_scan1(c->n, 0) : 0;
        mp_bitcnt_t k = tz < (mp_bitcnt_t)-c->e ? tz : (mp_bitcnt_t)-c->e;
        mpz_tdiv_q_2exp(c->n, c->n, k);
        mpz_mul_2exp(c->d, c->d, (mp_bitcnt_t)-c->e - k);
    }
}

static CFUNC(float_m_as_integer_ratio) {
    if (args_exactly(ts, "float.as_integer_ratio", nargs, kwnames, 0) < 0) return NULL;
    double x = FLOAT_VALUE(self);
    if (isinf(x)) return err_set_string(ts, &ExcOverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return err_set_string(ts, &ExcValueError, "cannot convert NaN to integer ratio");
    if (x == 0.0)
        return tuple_pack(ts, 2, (Object *)&small_ints[0 - SMALL_INT_MIN], (Object *)&small_ints[1 - SMALL_INT_MIN]);
    int e;
    double frac = frexp(x, &e);
    mpz_t n, d;
    mpz_inits(n, d, NULL);
    RatioCall c = {n, d, frac, e - DBL_MANT_DIG};
    if (gmpmem_run(integer_ratio, &c) < 0) return err_no_memory(ts);
    Object *no = int_from_mpz(ts, n);
    Object *dobj = no ? int_from_mpz(ts, d) : NULL;
    mpz_clears(n, d, NULL);
    if (!dobj) { XDECREF(no); return NULL; }
    Object *t = tuple_pack(ts, 2, no, dobj);
    DECREF(no);
    DECREF(dobj);
    return t;
}

static CFUNC(float_m_conjugate) {
    if (args_exactly(ts, "float.conjugate", nargs, kwnames, 0) < 0) return NULL;
    return float_pos(ts, self);
}

/* float.hex(): 0x1.<13 hex digits>p<exp>, with a leading 0 for subnormals. */
static CFUNC(float_m_hex) {
    if (args_exactly(ts, "float.hex", nargs, kwnames, 0) < 0) return NULL;
    double x = FLOAT_VALUE(self);
    if (isnan(x) || isinf(x)) return float_repr(ts, self);
    char buf[64];
    if (x == 0.0) return str_from_cstr(ts, copysign(1.0, x) < 0 ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);            /* m in [0.5, 1) */
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);                      /* [1, 2), or less when subnormal */
    e -= shift;
    int lead = (int)m;
    m -= lead;
    int n = snprintf(buf, sizeof buf, "%s0x%d.", x < 0 ? "-" : "", lead);
    for (int k = 0; k < (DBL_MANT_DIG - 1) / 4; k++) {
        m *= 16.0;
        int d = (int)m;
        m -= d;
        buf[n++] = "0123456789abcdef"[d];
    }
    snprintf(buf + n, sizeof buf - (size_t)n, "p%+d", e);
    return str_from_cstr(ts, buf);
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

typedef struct HexCall { mpz_ptr m; const char *p, *end; int64_t exp; int ndigits; } HexCall;

/* The hex digits at p (with one '.') into m; p moves past them (runs
 * guarded) */
static void hex_digits(void *arg) {
    HexCall *c = arg;
    bool point = false;
    for (; c->p < c->end; c->p++) {
        if (*c->p == '.' && !point) { point = true; continue; }
        int d = hex_digit(*c->p);
        if (d < 0) break;
        mpz_mul_2exp(c->m, c->m, 4);
        mpz_add_ui(c->m, c->m, (unsigned long)d);
        if (point) c->exp -= 4;
        c->ndigits++;
    }
}

/* float.fromhex(s): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits],
 * or inf/infinity/nan; correctly rounded. A class method: [self] is the class. */
static CFUNC(float_m_fromhex) {
    if (args_exactly(ts, "float.fromhex", nargs, kwnames, 1) < 0)
        return NULL;
    if (!str_check(args[0]))
        return err_set_string(ts, &ExcTypeError, "bad argument type for built-in operation");
    /* only ASCII whitespace here (C's isspace), unlike float() */
    const char *p = STR_DATA(args[0]), *end = p + STR_SIZE(args[0]);
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    double result;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        result = INFINITY;
    } else if (rest == 3 && strncasecmp(p, "nan", 3) == 0) {
        result = NAN;
    } else {
        if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
        mpz_t m;
        mpz_init(m);
        HexCall c = {m, p, end, 0, 0};
        if (gmpmem_run(hex_digits, &c) < 0) return err_no_memory(ts);
        p = c.p;
        int64_t exp = c.exp;
        bool ok = c.ndigits > 0;
        if (ok && p < end && (*p | 0x20) == 'p') {
            p++;
            bool eneg = false;
            if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
            if (p >= end || !(*p >= '0' && *p <= '9')) ok = false;
            int64_t ev = 0;
            for (; p < end && *p >= '0' && *p <= '9'; p++)
                if (ev < ((int64_t)1 << 40)) ev = ev * 10 + (*p - '0');
            exp += eneg ? -ev : ev;
        }
        if (p != end) ok = false;
        if (!ok) {
            mpz_clear(m);
            return err_set_string(ts, &ExcValueError, "invalid hexadecimal floating-point string");
        }
        int rc = int_mpz_scaled_to_double(m, exp, false, &result);
        mpz_clear(m);
        if (rc < 0)
            return err_set_string(ts, &ExcOverflowError, "hexadecimal value too large to represent as a float");
    }
    Object *r = float_new(ts, neg ? -result : result);
    if (!r || self == (Object *)&FloatType) return r;
    Object *sub = obj_call1(ts, self, r);
    DECREF(r);
    return sub;
}

static CFUNC(float_m_format) {
    if (args_exactly(ts, "float.__format__", nargs, kwnames, 1) < 0)
        return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "__format__() argument must be str, not %s",
                          args[0] == None ? "None" : TYPE_NAME(args[0]));
    return format_float(ts, self, args[0]);
}

static CFUNC(float_m_round) {
    if (args_no_kwargs(ts, "__round__", kwnames) < 0 || args_count(ts, "__round__", nargs, 0, 1) < 0)
        return NULL;
    return float_round(ts, FLOAT_VALUE(self), nargs ? args[0] : NULL);
}

static CFUNC(float_m_trunc) {
    if (args_exactly(ts, "float.__trunc__", nargs, kwnames, 0) < 0) return NULL;
    return int_from_double(ts, FLOAT_VALUE(self));
}

static CFUNC(float_m_floor) {
    if (args_exactly(ts, "float.__floor__", nargs, kwnames, 0) < 0) return NULL;
    return int_from_double(ts, floor(FLOAT_VALUE(self)));
}

static CFUNC(float_m_ceil) {
    if (args_exactly(ts, "float.__ceil__", nargs, kwnames, 0) < 0) return NULL;
    return int_from_double(ts, ceil(FLOAT_VALUE(self)));
}

static CFUNC(float_m_divmod) {
    if (args_no_kwargs(ts, "float.__divmod__", kwnames) < 0 || args_exactly(ts, "__divmod__", nargs, NULL, 1) < 0)
        return NULL;
    return float_divmod(ts, self, args[0]);
}

static CFUNC(float_m_rdivmod) {
    if (args_no_kwargs(ts, "float.__rdivmod__", kwnames) < 0 || args_exactly(ts, "__rdivmod__", nargs, NULL, 1) < 0)
        return NULL;
    return float_divmod(ts, args[0], self);
}

static CFUNC(float_m_getnewargs) {
    if (args_exactly(ts, "float.__getnewargs__", nargs, kwnames, 0) < 0) return NULL;
    Object *v = float_new(ts, FLOAT_VALUE(self));
    if (!v) return NULL;
    Object *t = tuple_pack(ts, 1, v);
    DECREF(v);
    return t;
}

static GETTER(float_get_real) { return float_pos(ts, self); }
static GETTER(float_get_imag) { return float_new(ts, 0.0); }

static const MethodDef float_methods[] = {
    {"is_integer", float_m_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_m_as_integer_ratio, 0,
     "Return integer ratio (a pair of ints whose quotient is the float)."},
    {"conjugate", float_m_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"hex", float_m_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_m_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__format__", float_m_format, 0, "Formats the float according to format_spec."},
    {"__round__", float_m_round, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__trunc__", float_m_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_m_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", float_m_ceil, 0, "Return the ceiling as an Integral."},
    {"__divmod__", float_m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__", float_m_rdivmod, 0, "Return divmod(value, self)."},
    {"__getnewargs__", float_m_getnewargs, 0, NULL},
    {NULL},
};

static const GetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL},
};

TypeObject FloatType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "float",
    .basicsize = sizeof(FloatObject),
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_MATCH_SELF,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .getattr = obj_generic_getattr,
    .new_ = float_new_,
    .binop = {
        [NB_ADD] = float_add, [NB_SUB] = float_sub, [NB_MUL] = float_mul,
        [NB_TRUEDIV] = float_truediv, [NB_FLOORDIV] = float_floordiv, [NB_MOD] = float_mod,
        [NB_POW] = float_pow,
    },
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .bool_ = float_bool,
    .to_int = float_to_int,
    .to_float = float_pos,
    .methods = float_methods,
    .getset = float_getset,
};
