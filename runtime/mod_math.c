/* mod_math.c -- the `math` module: C's libm behind Python's error rules,
 * and the integer functions (gcd, factorial, comb, isqrt) on gmp.
 *
 * Lesson 2 (the pipeline): `import math` finds this module among the
 * built-in ones (runtime/import.c calls mod_math_create()). Start reading at
 * math_1(), the wrapper that turns libm's nan and inf results into
 * CPython's "math domain error" and "math range error"; fsum() at the
 * bottom carries the one hard algorithm (exact summation).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "modules.h"
#include "module.h"
#include "int.h"
#include "gmpmem.h"
#include "float.h"
#include "interp.h"
#include "exceptions.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "func.h"
#include "args.h"

#define DBL_MAX_ __DBL_MAX__
#define DBL_MANT_DIG __DBL_MANT_DIG__


static Object *domain_error(ThreadState *ts) {
    return err_set_string(ts, &ExcValueError, "math domain error");
}

static Object *range_error(ThreadState *ts) {
    return err_set_string(ts, &ExcOverflowError, "math range error");
}

/* After a libm call: the error CPython's is_error() reports for errno, or
 * NULL-free success (0). Underflow (a tiny result with ERANGE) is fine. */
static int check_errno(ThreadState *ts, double r) {
    if (errno == EDOM) { domain_error(ts); return -1; }
    if (errno == ERANGE && fabs(r) >= 1.5) { range_error(ts); return -1; }
    return 0;
}

/* f(x) for a libm function f: nan from a non-nan argument is a domain
 * error; inf from a finite argument is a range error if [can_overflow],
 * else a domain error (log(0) = -inf). */
static Object *math_1(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames,
                      const char *name, double (*f)(double), bool can_overflow) {
    if (args_exactly(ts, name, nargs, kwnames, 1) < 0) return NULL;
    double x;
    if (float_as_double(ts, args[0], &x) < 0) return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error(ts);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(ts) : domain_error(ts);
    if (isfinite(r) && errno && check_errno(ts, r) < 0) return NULL;
    return float_new(ts, r);
}

#define MATH_1(pyname, cfunc, overflow) \
    static CFUNC(math_##pyname) { return math_1(ts, args, nargs, kwnames, "math." #pyname, cfunc, overflow); }

MATH_1(acos, acos, false)
MATH_1(acosh, acosh, false)
MATH_1(asin, asin, false)
MATH_1(asinh, asinh, false)
MATH_1(atan, atan, false)
MATH_1(atanh, atanh, false)
MATH_1(cbrt, cbrt, false)
MATH_1(cos, cos, false)
MATH_1(cosh, cosh, true)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)
MATH_1(exp, exp, true)
MATH_1(exp2, exp2, true)
MATH_1(expm1, expm1, true)
MATH_1(fabs, fabs, false)
MATH_1(log1p, log1p, false)
MATH_1(sin, sin, false)
MATH_1(sinh, sinh, true)
MATH_1(sqrt, sqrt, false)
MATH_1(tan, tan, false)
MATH_1(tanh, tanh, false)

/* gamma and lgamma
 * ----------------
 * CPython does not call the C library's tgamma() and lgamma(): their
 * precision differs from one libm to the next. It computes both with
 * Lanczos' approximation, and so does this, with the same constants and
 * the same order of operations, so that the last digit printed is
 * CPython's. The approximation writes
 *
 *     gamma(x) = S(x) * (x + g - 1/2) ** (x - 1/2) / exp(x + g - 1/2)
 *
 * where S is a rational function (numerator and denominator of degree 12,
 * coefficients below) and g a constant chosen with it. Negative x go
 * through the reflection formula gamma(-x) = -pi / (x sin(pi x) gamma(x)).
 * Poles (0, -1, -2, ...) are domain errors: NaN here, which math_1 turns
 * into "math domain error". */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the denominator is x (x+1) ... (x+11), expanded */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* S(x) for x > 0; from x = 5 on, as a function of 1/x, which neither
 * overflows nor loses as much to rounding */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi x) for finite x, exact at the multiples of 1/2 */
static double sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;   /* +0.0 at y == 1, not -0.0 */
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double m_gamma(double x) {
    if (isnan(x) || x == INFINITY) return x;
    if (x == -INFINITY || (x <= 0 && x == floor(x))) return NAN;
    if (x == floor(x) && x <= 23) {            /* (n-1)! exactly */
        double f = 1.0;
        for (int k = 2; k < (int)x; k++) f *= k;
        return f;
    }
    double absx = fabs(x);
    if (absx < 1e-20) {                        /* gamma(x) ~ 1/x near 0 */
        double r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {                        /* beyond the doubles */
        if (x < 0.0) return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half, z;
    /* z: the rounding error of y, so that it can be corrected for */
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {                               /* in two halves, or the power overflows */
            double half = pow(y, absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double half = pow(y, absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double m_lgamma(double x) {
    if (isnan(x)) return x;
    if (isinf(x)) return HUGE_VAL;
    if (x == floor(x) && x <= 2.0) return x <= 0.0 ? NAN : 0.0;   /* poles; lgamma(1) = lgamma(2) = 0 */
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)   /* reflection; the constant is log(pi) */
        r = 1.144729885849400174143427351353058711647 - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r)) errno = ERANGE;
    return r;
}

static CFUNC(math_gamma) { return math_1(ts, args, nargs, kwnames, "math.gamma", m_gamma, true); }
static CFUNC(math_lgamma) { return math_1(ts, args, nargs, kwnames, "math.lgamma", m_lgamma, true); }

static double to_degrees(double x) { return x * (180.0 / M_PI); }
static double to_radians(double x) { return x * (M_PI / 180.0); }
static CFUNC(math_degrees) { return math_1(ts, args, nargs, kwnames, "math.degrees", to_degrees, true); }
static CFUNC(math_radians) { return math_1(ts, args, nargs, kwnames, "math.radians", to_radians, false); }

/* ---- two-argument functions ----------------------------------------- */

static int two_doubles(ThreadState *ts, const char *name, Object *const *args, size_t nargs,
                       Object *kwnames, double *x, double *y) {
    if (args_no_kwargs(ts, name, kwnames) < 0 || args_count(ts, name, nargs, 2, 2) < 0) return -1;
    if (float_as_double(ts, args[0], x) < 0 || float_as_double(ts, args[1], y) < 0) return -1;
    return 0;
}

static CFUNC(math_atan2) {
    double x, y;
    if (two_doubles(ts, "atan2", args, nargs, kwnames, &y, &x) < 0) return NULL;
    return float_new(ts, atan2(y, x));
}

static CFUNC(math_copysign) {
    double x, y;
    if (two_doubles(ts, "copysign", args, nargs, kwnames, &x, &y) < 0) return NULL;
    return float_new(ts, copysign(x, y));
}

static CFUNC(math_fmod) {
    double x, y;
    if (two_doubles(ts, "fmod", args, nargs, kwnames, &x, &y) < 0) return NULL;
    if (isinf(y) && isfinite(x)) return float_new(ts, x);
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(ts);
    return float_new(ts, r);
}

static CFUNC(math_remainder) {
    double x, y;
    if (two_doubles(ts, "remainder", args, nargs, kwnames, &x, &y) < 0) return NULL;
    if (isnan(x)) return float_new(ts, x);
    if (isnan(y)) return float_new(ts, y);
    if (isinf(x) || y == 0.0) return domain_error(ts);
    if (isinf(y)) return float_new(ts, x);
    return float_new(ts, remainder(x, y));
}

static CFUNC(math_nextafter) {
    double x, y;
    if (two_doubles(ts, "nextafter", args, nargs, kwnames, &x, &y) < 0) return NULL;
    return float_new(ts, nextafter(x, y));
}

/* math.pow: unlike **, 0.0 ** -1 and (-8) ** (1/3) are domain errors. */
static CFUNC(math_pow) {
    double x, y, r;
    if (two_doubles(ts, "pow", args, nargs, kwnames, &x, &y) < 0) return NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0) r = y;
            else if (y < 0.0 && fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) errno = EDOM;
        else if (isinf(r)) errno = x == 0.0 ? EDOM : ERANGE;
        else errno = 0;
    }
    if (errno && check_errno(ts, r) < 0) return NULL;
    return float_new(ts, r);
}

static CFUNC(math_ldexp) {
    if (args_no_kwargs(ts, "ldexp", kwnames) < 0 || args_count(ts, "ldexp", nargs, 2, 2) < 0) return NULL;
    double x;
    if (float_as_double(ts, args[0], &x) < 0) return NULL;
    if (!int_check(args[1]))
        return err_set_string(ts, &ExcTypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_as_i64(args[1], &e)) e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0.0 || !isfinite(x)) return float_new(ts, x);
    if (e > 100000) return range_error(ts);
    if (e < -100000) return float_new(ts, copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error(ts);
    return float_new(ts, r);
}

/* ---- one float, structured results --------------------------------------- */

static Object *pair(ThreadState *ts, Object *a, Object *b) {
    if (!a || !b) { XDECREF(a); XDECREF(b); return NULL; }
    Object *t = tuple_pack(ts, 2, a, b);
    DECREF(a);
    DECREF(b);
    return t;
}

static CFUNC(math_frexp) {
    double x;
    if (args_exactly(ts, "math.frexp", nargs, kwnames, 1) < 0 || float_as_double(ts, args[0], &x) < 0) return NULL;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    return pair(ts, float_new(ts, m), int_from_i64(ts, e));
}

static CFUNC(math_modf) {
    double x;
    if (args_exactly(ts, "math.modf", nargs, kwnames, 1) < 0 || float_as_double(ts, args[0], &x) < 0) return NULL;
    if (isinf(x)) return pair(ts, float_new(ts, copysign(0.0, x)), float_new(ts, x));
    if (isnan(x)) return pair(ts, float_new(ts, x), float_new(ts, x));
    double ip;
    double fp = modf(x, &ip);
    return pair(ts, float_new(ts, fp), float_new(ts, ip));
}

static CFUNC(math_ulp) {
    double x;
    if (args_exactly(ts, "math.ulp", nargs, kwnames, 1) < 0 || float_as_double(ts, args[0], &x) < 0) return NULL;
    if (isnan(x)) return float_new(ts, x);
    x = fabs(x);
    if (isinf(x)) return float_new(ts, x);
    double next = nextafter(x, INFINITY);
    if (isinf(next)) return float_new(ts, x - nextafter(x, -INFINITY));
    return float_new(ts, next - x);
}

static Object *bool_test(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames,
                         const char *name, int which) {
    double x;
    if (args_exactly(ts, name, nargs, kwnames, 1) < 0 || float_as_double(ts, args[0], &x) < 0) return NULL;
    return bool_from(which == 0 ? isnan(x) : which == 1 ? isinf(x) : isfinite(x));
}

static CFUNC(math_isnan) { return bool_test(ts, args, nargs, kwnames, "math.isnan", 0); }
static CFUNC(math_isinf) { return bool_test(ts, args, nargs, kwnames, "math.isinf", 1); }
static CFUNC(math_isfinite) { return bool_test(ts, args, nargs, kwnames, "math.isfinite", 2); }

/* ---- floor, ceil, trunc -------------------------------------------------- */

/* x.__name__() if x's type defines it; *found tells whether it did. */
static Object *call_special(ThreadState *ts, Object *x, const char *name, bool *found) {
    Object *n = str_intern_cstr(ts, name);
    if (!n) return NULL;
    *found = type_lookup_borrowed(TYPE(x), n) != NULL;
    Object *r = *found ? obj_call_method(ts, x, n, NULL, 0) : NULL;
    DECREF(n);
    return r;
}

static Object *floor_or_ceil(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames,
                             const char *name, const char *special, double (*f)(double)) {
    if (args_exactly(ts, name, nargs, kwnames, 1) < 0) return NULL;
    Object *x = args[0];
    if (TYPE(x) == &FloatType) return int_from_double(ts, f(FLOAT_VALUE(x)));
    if (int_check_exact(x)) return NEWREF(x);
    bool found = false;
    Object *r = call_special(ts, x, special, &found);
    if (found || err_occurred(ts)) return r;
    double d;
    if (float_as_double(ts, x, &d) < 0) return NULL;
    return int_from_double(ts, f(d));
}

static CFUNC(math_floor) { return floor_or_ceil(ts, args, nargs, kwnames, "math.floor", "__floor__", floor); }
static CFUNC(math_ceil) { return floor_or_ceil(ts, args, nargs, kwnames, "math.ceil", "__ceil__", ceil); }

static CFUNC(math_trunc) {
    if (args_exactly(ts, "math.trunc", nargs, kwnames, 1) < 0) return NULL;
    Object *x = args[0];
    if (TYPE(x) == &FloatType) return int_from_double(ts, FLOAT_VALUE(x));
    bool found = false;
    Object *r = call_special(ts, x, "__trunc__", &found);
    if (found || err_occurred(ts)) return r;
    return err_format(ts, &ExcTypeError, "type %s doesn't define __trunc__ method", TYPE_NAME(x));
}

/* ---- logarithms ----------------------------------------------------------- */

/* f(x) for a log function, accepting ints too large for a double: with
 * x = m * 2**e (m in [0.5, 1)), log(x) = log(m) + e * log(2), as CPython. */
static int log_helper(ThreadState *ts, Object *x, double (*f)(double), double *out) {
    if (int_check(x)) {
        if (int_sign(x) <= 0) { domain_error(ts); return -1; }
        double d = int_as_double(ts, x);
        if (d == -1.0 && err_occurred(ts)) {
            if (!err_matches(ts, &ExcOverflowError)) return -1;
            err_clear(ts);
            IntView v;
            mpz_srcptr z = int_view(&v, x);          /* positive: it was checked */
            int64_t e = (int64_t)mpz_sizeinbase(z, 2);
            double m;
            int_mpz_scaled_to_double(z, -e, false, &m);
            if (m == 1.0) { m = 0.5; e++; }
            *out = f(m) + f(2.0) * (double)e;
            return 0;
        }
        *out = f(d);
        return 0;
    }
    double d;
    if (float_as_double(ts, x, &d) < 0) return -1;
    errno = 0;
    double r = f(d);
    if (isnan(r) && !isnan(d)) { domain_error(ts); return -1; }
    if (isinf(r) && isfinite(d)) { domain_error(ts); return -1; }
    *out = r;
    return 0;
}

static CFUNC(math_log) {
    if (args_no_kwargs(ts, "log", kwnames) < 0) return NULL;
    if (nargs < 1 || nargs > 2) return err_set_string(ts, &ExcTypeError, "math.log requires 1 to 2 arguments");
    double num;
    if (log_helper(ts, args[0], log, &num) < 0) return NULL;
    if (nargs == 1) return float_new(ts, num);
    double den;
    if (log_helper(ts, args[1], log, &den) < 0) return NULL;
    if (den == 0.0) return err_set_string(ts, &ExcZeroDivisionError, "float division by zero");
    return float_new(ts, num / den);
}

static CFUNC(math_log2) {
    double r;
    if (args_exactly(ts, "math.log2", nargs, kwnames, 1) < 0 || log_helper(ts, args[0], log2, &r) < 0) return NULL;
    return float_new(ts, r);
}

static CFUNC(math_log10) {
    double r;
    if (args_exactly(ts, "math.log10", nargs, kwnames, 1) < 0 || log_helper(ts, args[0], log10, &r) < 0) return NULL;
    return float_new(ts, r);
}

/* ---- norms ------------------------------------------------------------------ */

/* sqrt(sum(v[i]**2)), correctly rounded. Each double is m * 2**e with an
 * integer m, so the sum of squares is an exact integer times a power of
 * four; gmp takes its integer square root with two extra bits and a sticky
 * remainder, and int_mpz_scaled_to_double() rounds once. (CPython's
 * vector_norm gets the same result by careful floating point, "almost
 * always".) inf wins over nan, as in CPython. -1.0 when there is no memory. */
typedef struct NormCall {
    mpz_ptr sum, t, r;
    const double *v;
    size_t n;
    int emin;
    long k;
} NormCall;

/* r, t = the integer square root of sum(v[i]**2) / 4**emin * 4**k, and
 * its remainder (runs guarded: runtime/gmpmem.h) */
static void exact_root(void *p) {
    NormCall *c = p;
    for (size_t i = 0; i < c->n; i++) {
        if (c->v[i] == 0.0) continue;
        int e;
        double frac = frexp(fabs(c->v[i]), &e);
        mpz_set_d(c->t, ldexp(frac, DBL_MANT_DIG));   /* the 53-bit integer m */
        mpz_mul_2exp(c->t, c->t, (mp_bitcnt_t)(e - DBL_MANT_DIG - c->emin));
        mpz_mul(c->t, c->t, c->t);
        mpz_add(c->sum, c->sum, c->t);
    }
    /* scale by 4**k so that the root has at least DBL_MANT_DIG + 2 bits */
    long bits = (long)mpz_sizeinbase(c->sum, 2);
    c->k = bits < 2 * (DBL_MANT_DIG + 3) ? (2 * (DBL_MANT_DIG + 3) - bits) / 2 + 1 : 0;
    mpz_mul_2exp(c->sum, c->sum, (mp_bitcnt_t)(2 * c->k));
    mpz_sqrtrem(c->r, c->t, c->sum);
}

static double vector_norm(const double *v, size_t n) {
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double a = fabs(v[i]);
        if (isnan(a)) found_nan = true;
        else if (a > max) max = a;
    }
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int emin = 0;
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        if (v[i] == 0.0) continue;
        int e;
        frexp(v[i], &e);
        if (first || e < emin) emin = e;
        first = false;
    }
    emin -= DBL_MANT_DIG;                  /* every |v[i]| is a multiple of 2**emin */
    mpz_t sum, t, r;
    mpz_inits(sum, t, r, NULL);
    NormCall c = {sum, t, r, v, n, emin, 0};
    if (gmpmem_run(exact_root, &c) < 0) return -1.0;
    double out;
    if (int_mpz_scaled_to_double(r, emin - c.k, mpz_sgn(t) != 0, &out) < 0) out = INFINITY;
    mpz_clears(sum, t, r, NULL);
    return out;
}

static CFUNC(math_hypot) {
    if (args_no_kwargs(ts, "hypot", kwnames) < 0) return NULL;
    double *v = rawmem_alloc((nargs ? nargs : 1) * sizeof *v);
    if (!v) return err_no_memory(ts);
    for (size_t i = 0; i < nargs; i++)
        if (float_as_double(ts, args[i], &v[i]) < 0) { rawmem_free(v); return NULL; }
    double r = vector_norm(v, nargs);
    rawmem_free(v);
    if (r < 0) return err_no_memory(ts);
    return float_new(ts, r);
}

static CFUNC(math_dist) {
    if (args_no_kwargs(ts, "dist", kwnames) < 0 || args_count(ts, "dist", nargs, 2, 2) < 0) return NULL;
    Object *p = tuple_from_iterable(ts, args[0]);
    if (!p) return NULL;
    Object *q = tuple_from_iterable(ts, args[1]);
    if (!q) { DECREF(p); return NULL; }
    Object *r = NULL;
    size_t n = TUPLE_SIZE(p);
    double *v = NULL;
    if (n != TUPLE_SIZE(q)) {
        err_set_string(ts, &ExcValueError, "both points must have the same number of dimensions");
        goto done;
    }
    v = rawmem_alloc((n ? n : 1) * sizeof *v);
    if (!v) { err_no_memory(ts); goto done; }
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (float_as_double(ts, TUPLE_GET(p, i), &a) < 0 || float_as_double(ts, TUPLE_GET(q, i), &b) < 0)
            goto done;
        v[i] = fabs(a - b);
    }
    double norm = vector_norm(v, n);
    r = norm < 0 ? err_no_memory(ts) : float_new(ts, norm);
done:
    rawmem_free(v);
    DECREF(p);
    DECREF(q);
    return r;
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static const char *const isclose_params[] = {"a", "b", "rel_tol", "abs_tol", NULL};
static const ArgSpec isclose_spec = {"isclose", isclose_params, .required = 2, .kwonly = 2};

static CFUNC(math_isclose) {
    Object *a[4];
    if (args_parse(ts, &isclose_spec, args, nargs, kwnames, a) < 0) return NULL;
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (float_as_double(ts, a[0], &x) < 0 || float_as_double(ts, a[1], &y) < 0) return NULL;
    if (a[2] && float_as_double(ts, a[2], &rel) < 0) return NULL;
    if (a[3] && float_as_double(ts, a[3], &abs_tol) < 0) return NULL;
    if (rel < 0.0 || abs_tol < 0.0) return err_set_string(ts, &ExcValueError, "tolerances must be non-negative");
    if (x == y) return NEWREF(True);
    if (isinf(x) || isinf(y)) return NEWREF(False);
    double diff = fabs(y - x);
    return bool_from(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

/* ---- integer functions ------------------------------------------------------- */

/* Each argument goes through __index__ (Python code may run) before a
 * guarded gmp computation reads it (runtime/gmpmem.h): no mpz is filled
 * from an object outside a guard. */

static Object *gcd_lcm(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames,
                       const char *name, bool lcm) {
    if (args_no_kwargs(ts, name, kwnames) < 0) return NULL;
    Object *acc = int_from_i64(ts, lcm ? 1 : 0);
    for (size_t i = 0; i < nargs; i++) {
        Object *x = obj_index(ts, args[i]);
        if (!x) { DECREF(acc); return NULL; }
        IntView va, vx;
        mpz_t r;
        mpz_init(r);
        int rc = gmpmem_op3(lcm ? mpz_lcm : mpz_gcd, r, int_view(&va, acc), int_view(&vx, x));
        DECREF(x);
        if (rc < 0) {
            DECREF(acc);
            return err_no_memory(ts);
        }
        DECREF(acc);
        acc = int_from_mpz_steal(ts, r);
        if (!acc) return NULL;
    }
    return acc;
}

static CFUNC(math_gcd) { return gcd_lcm(ts, args, nargs, kwnames, "gcd", false); }
static CFUNC(math_lcm) { return gcd_lcm(ts, args, nargs, kwnames, "lcm", true); }

/* Results beyond this many bits raise MemoryError (as int.c does). */
#define MAX_RESULT_BITS ((double)((uint64_t)1 << 32))

typedef struct FactorialCall { mpz_ptr r; unsigned long n; } FactorialCall;
static void factorial(void *p) { FactorialCall *c = p; mpz_fac_ui(c->r, c->n); }

static CFUNC(math_factorial) {
    if (args_exactly(ts, "math.factorial", nargs, kwnames, 1) < 0) return NULL;
    Object *n = obj_index(ts, args[0]);
    if (!n) return NULL;
    int64_t v;
    bool fits = int_as_i64(n, &v);
    int sign = int_sign(n);
    DECREF(n);
    if (sign < 0) return err_set_string(ts, &ExcValueError, "factorial() not defined for negative values");
    if (!fits)
        return err_set_string(ts, &ExcOverflowError,
                              "factorial() argument should not exceed 9223372036854775807");
    if (v > 2 && (double)v * log2((double)v) > MAX_RESULT_BITS) return err_no_memory(ts);
    mpz_t z;
    mpz_init(z);
    if (gmpmem_run(factorial, &(FactorialCall){z, (unsigned long)v}) < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, z);
}

static CFUNC(math_isqrt) {
    if (args_exactly(ts, "math.isqrt", nargs, kwnames, 1) < 0) return NULL;
    Object *n = obj_index(ts, args[0]);
    if (!n) return NULL;
    if (int_sign(n) < 0) {
        DECREF(n);
        return err_set_string(ts, &ExcValueError, "isqrt() argument must be nonnegative");
    }
    IntView v;
    mpz_t z;
    mpz_init(z);
    int rc = gmpmem_op2(mpz_sqrt, z, int_view(&v, n));
    DECREF(n);
    if (rc < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, z);
}

/* n and k for comb/perm (new references in [n] and [k]), checked as
 * CPython does. 1: the result is 0 (k > n); -1 with an exception. */
static int comb_args(ThreadState *ts, Object *no, Object *ko, Object **n, Object **k) {
    *n = obj_index(ts, no);
    *k = *n ? obj_index(ts, ko) : NULL;
    if (!*k) return -1;
    if (int_sign(*n) < 0) { err_set_string(ts, &ExcValueError, "n must be a non-negative integer"); return -1; }
    if (int_sign(*k) < 0) { err_set_string(ts, &ExcValueError, "k must be a non-negative integer"); return -1; }
    return int_compare(*k, *n) > 0 ? 1 : 0;
}

typedef struct CombCall { mpz_ptr r, f; mpz_srcptr n; unsigned long k; bool comb; } CombCall;

static void comb_or_perm(void *p) {
    CombCall *c = p;
    if (c->comb) {
        mpz_bin_ui(c->r, c->n, c->k);
        return;
    }
    mpz_set_ui(c->r, 1);
    mpz_set(c->f, c->n);
    for (unsigned long i = 0; i < c->k; i++) {
        mpz_mul(c->r, c->r, c->f);
        mpz_sub_ui(c->f, c->f, 1);
    }
}

/* comb (C(n, k) with k the smaller of k and n - k) or perm (n * (n-1) * ...
 * * (n-k+1)). */
static Object *comb_perm(ThreadState *ts, Object *const *args, bool comb) {
    Object *n = NULL, *k = NULL, *res = NULL;
    int rc = comb_args(ts, args[0], args[1], &n, &k);
    if (rc < 0) goto done;
    if (rc == 1) { res = int_from_i64(ts, 0); goto done; }
    if (comb) {
        /* C(n, k) == C(n, n - k): use the smaller one */
        Object *nk = obj_binop(ts, NB_SUB, n, k);
        if (!nk) goto done;
        if (int_compare(nk, k) < 0) SETREF(k, nk);
        else DECREF(nk);
    }
    int64_t kv;
    if (!int_as_i64(k, &kv)) {
        err_set_string(ts, &ExcOverflowError, comb ? "min(n - k, k) must not exceed 9223372036854775807"
                                                   : "k must not exceed 9223372036854775807");
        goto done;
    }
    IntView vn;
    mpz_srcptr zn = int_view(&vn, n);
    unsigned long kk = (unsigned long)kv;
    if (kk > 1 && (double)kk * (double)mpz_sizeinbase(zn, 2) > MAX_RESULT_BITS) {
        err_no_memory(ts);
        goto done;
    }
    mpz_t r, f;
    mpz_inits(r, f, NULL);
    CombCall c = {r, f, zn, kk, comb};
    if (gmpmem_run(comb_or_perm, &c) < 0) {
        err_no_memory(ts);
        goto done;
    }
    mpz_clear(f);
    res = int_from_mpz_steal(ts, r);
done:
    XDECREF(n);
    XDECREF(k);
    return res;
}

static CFUNC(math_comb) {
    if (args_no_kwargs(ts, "comb", kwnames) < 0 || args_count(ts, "comb", nargs, 2, 2) < 0) return NULL;
    return comb_perm(ts, args, true);
}

static CFUNC(math_perm) {
    if (args_no_kwargs(ts, "perm", kwnames) < 0 || args_count(ts, "perm", nargs, 1, 2) < 0) return NULL;
    if (nargs == 1 || args[1] == None) return math_factorial(ts, self, args, 1, NULL);
    return comb_perm(ts, args, false);
}

/* prod(iterable, /, *, start=1) */
static const char *const prod_params[] = {"iterable", "start", NULL};
static const ArgSpec prod_spec = {"prod", prod_params, .posonly = 1, .required = 1, .kwonly = 1};

static CFUNC(math_prod) {
    Object *a[2];
    if (args_parse(ts, &prod_spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *acc = a[1] ? NEWREF(a[1]) : int_from_i64(ts, 1);
    Object *it = obj_iter(ts, a[0]);
    if (!it) { DECREF(acc); return NULL; }
    Object *x;
    while ((x = obj_next(ts, it)) != NULL) {
        Object *next = obj_binop(ts, NB_MUL, acc, x);
        DECREF(x);
        DECREF(acc);
        acc = next;
        if (!acc) break;
    }
    DECREF(it);
    if (err_occurred(ts)) { XDECREF(acc); return NULL; }
    return acc;
}

/* ---- fsum ----------------------------------------------------------------- */

/* Exact summation (Shewchuk, "Adaptive Precision Floating-Point Arithmetic
 * and Fast Robust Geometric Predicates"): keep the running sum as a list of
 * non-overlapping partials, smallest first, whose exact sum is the exact
 * sum so far. Adding x walks the partials: each two-sum (hi, lo) keeps the
 * rounding error lo as a new partial, and hi moves on. At the end the
 * partials are added from the top, and a final check fixes the one case
 * where plain rounding of hi + lo would round the wrong way at a tie
 * (half-way cases that the lower partials break). Infinities and nans are
 * tracked apart, since they would poison the partials. */
static CFUNC(math_fsum) {
    if (args_exactly(ts, "math.fsum", nargs, kwnames, 1) < 0) return NULL;
    Object *it = obj_iter(ts, args[0]);
    if (!it) return NULL;
    size_t n = 0, cap = 32;
    double *p = rawmem_alloc(cap * sizeof *p);
    double special = 0.0, inf_sum = 0.0;
    if (!p) { DECREF(it); return err_no_memory(ts); }
    Object *item;
    while ((item = obj_next(ts, it)) != NULL) {
        double x;
        int rc = float_as_double(ts, item, &x);
        DECREF(item);
        if (rc < 0) goto error;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an infinity or nan among the inputs, or an overflow */
                if (isfinite(xsave)) {
                    err_set_string(ts, &ExcOverflowError, "intermediate overflow in fsum");
                    goto error;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    cap *= 2;
                    double *np = rawmem_realloc(p, cap * sizeof *np);
                    if (!np) { err_no_memory(ts); goto error; }
                    p = np;
                }
                p[n++] = x;
            }
        }
    }
    if (err_occurred(ts)) goto error;
    DECREF(it);
    double hi = 0.0;
    if (special != 0.0) {
        rawmem_free(p);
        if (isnan(inf_sum)) return err_set_string(ts, &ExcValueError, "-inf + inf in fsum");
        return float_new(ts, special);
    }
    if (n > 0) {
        hi = p[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* If the rounding of hi + lo went to even at a tie, the partials
         * below decide: make lo twice as large and see whether that moves
         * the result. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    rawmem_free(p);
    return float_new(ts, hi);
error:
    rawmem_free(p);
    DECREF(it);
    return NULL;
}

/* ---- the module --------------------------------------------------------- */

static const MethodDef math_functions[] = {
    {"acos", math_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, 0, "Return the cube root of x."},
    {"ceil", math_ceil, 0, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", math_copysign, 0, "Return a float with the magnitude of x but the sign of y."},
    {"cos", math_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, 0, "Convert angle x from radians to degrees."},
    {"dist", math_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, 0, "Error function at x."},
    {"erfc", math_erfc, 0, "Complementary error function at x."},
    {"exp", math_exp, 0, "Return e raised to the power of x."},
    {"exp2", math_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "Return exp(x)-1."},
    {"fabs", math_fabs, 0, "Return the absolute value of the float x."},
    {"factorial", math_factorial, 0, "Find n!."},
    {"floor", math_floor, 0, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, 0, "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", math_gamma, 0, "Gamma function at x."},
    {"gcd", math_gcd, 0, "Greatest Common Divisor."},
    {"hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, METH_KEYWORDS, "Determine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", math_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, 0, "Least Common Multiple."},
    {"ldexp", math_ldexp, 0, "Return x * (2**i)."},
    {"lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    /* METH_KEYWORDS so that math_log refuses them itself, as CPython's
     * log() (not Argument Clinic's) does: "log() takes no keyword arguments" */
    {"log", math_log, METH_KEYWORDS, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", math_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", math_modf, 0, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"perm", math_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, 0, "Return x**y (x to the power of y)."},
    {"prod", math_prod, METH_KEYWORDS, "Calculate the product of all the elements in the input iterable."},
    {"radians", math_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, 0, "Return the square root of x."},
    {"tan", math_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, 0, "Return the value of the least significant bit of the float x."},
    {NULL},
};

static int add_float(ThreadState *ts, Object *m, const char *name, double v) {
    Object *f = float_new(ts, v);
    if (!f) return -1;
    int r = module_add_object(ts, m, name, f);
    DECREF(f);
    return r;
}

Object *mod_math_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "math");
    if (!m) return NULL;
    if (module_add_functions(ts, m, math_functions) < 0 || add_float(ts, m, "pi", M_PI) < 0 ||
        add_float(ts, m, "e", M_E) < 0 || add_float(ts, m, "tau", 2.0 * M_PI) < 0 ||
        add_float(ts, m, "inf", INFINITY) < 0 || add_float(ts, m, "nan", NAN) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
