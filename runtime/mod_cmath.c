/* mod_cmath.c -- the `cmath` module: the elementary functions on complex
 * numbers, computed as CPython 3.11 computes them, so that results agree
 * to the last bit, with its "math domain error" and "math range error".
 *
 * Issue 17 (the library real programs use). Start reading at c_sqrt():
 * most functions are built from it, and they all share one shape. A
 * non-finite argument (an infinity or a nan in either part) is answered
 * from a 7x7 table indexed by the kind of each part (-inf, negative, -0,
 * +0, positive, +inf, nan): the values C99's Annex G asks for, in
 * runtime/cmath_tables.h, which scripts/gen_cmath_tables.py writes from
 * CPython 3.11's own answers. A finite argument is computed by a
 * formula that avoids overflow for huge parts and loses no precision near
 * the branch points (Kahan's "Branch cuts for complex elementary
 * functions"). Each function reports an error through errno (EDOM,
 * ERANGE), read by the wrapper cmath_1(), as CPython's do.
 */
#include <errno.h>
#include <math.h>

#include "modules.h"
#include "module.h"
#include "complex.h"
#include "float.h"
#include "int.h"
#include "interp.h"
#include "exceptions.h"
#include "tuple.h"
#include "args.h"

#define DBL_MAX_ __DBL_MAX__
#define DBL_MIN_ __DBL_MIN__
#define DBL_MANT_DIG_ __DBL_MANT_DIG__

#define LARGE_DOUBLE (DBL_MAX_ / 4.)           /* beyond it, z/2 keeps hypot finite */
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153 /* sqrt(LARGE_DOUBLE) */
#define LOG_LARGE_DOUBLE 708.3964185322641     /* log(LARGE_DOUBLE) */
#define SQRT_DBL_MIN 1.4916681462400413e-154   /* sqrt(DBL_MIN) */
#define SCALE_UP 53                            /* 2 * (DBL_MANT_DIG / 2) + 1 */
#define SCALE_DOWN (-27)                       /* -(SCALE_UP + 1) / 2 */
#define PI 3.141592653589793238462643383279502884197
#define E_ 2.718281828459045235360287471352662498

/* ---- the special values -------------------------------------------------- */

enum { ST_NINF, ST_NEG, ST_NZERO, ST_PZERO, ST_POS, ST_PINF, ST_NAN };

static int special_type(double d) {
    if (isfinite(d)) {
        if (d != 0) return signbit(d) ? ST_NEG : ST_POS;
        return signbit(d) ? ST_NZERO : ST_PZERO;
    }
    if (isnan(d)) return ST_NAN;
    return d > 0 ? ST_PINF : ST_NINF;
}

#define C(x, y) {x, y}
#define N NAN
#define INF INFINITY
#define P PI
#define P12 (PI / 2)
#define P14 (PI / 4)
#define P34 (3 * PI / 4)

#include "cmath_tables.h"

#undef C
#undef N
#undef P

static bool not_finite(Complex z) { return !isfinite(z.real) || !isfinite(z.imag); }

static Complex special(const Complex table[7][7], Complex z) {
    errno = 0;
    return table[special_type(z.real)][special_type(z.imag)];
}

/* ---- the functions ---------------------------------------------------------- */

static Complex c_neg(Complex z) { return (Complex){-z.real, -z.imag}; }

/* The principal square root. The parts are scaled by 1/8 (or, when both
 * are subnormal, up by 2**53) so that hypot() neither overflows nor loses
 * bits; the part of larger size is s, the other ay / (2s). */
static Complex c_sqrt(Complex z) {
    if (not_finite(z)) return special(sqrt_special, z);
    if (z.real == 0. && z.imag == 0.) return (Complex){0., z.imag};
    double ax = fabs(z.real), ay = fabs(z.imag), s;
    if (ax < DBL_MIN_ && ay < DBL_MIN_) {
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    errno = 0;
    if (z.real >= 0.) return (Complex){s, copysign(d, z.imag)};
    return (Complex){d, copysign(s, z.imag)};
}

/* log|z| near |z| == 1 through log1p, which keeps the bits hypot() loses. */
static Complex c_log(Complex z) {
    if (not_finite(z)) return special(log_special, z);
    double ax = fabs(z.real), ay = fabs(z.imag);
    Complex r;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        r.real = log(hypot(ax / 2., ay / 2.)) + M_LN2;
    } else if (ax < DBL_MIN_ && ay < DBL_MIN_) {
        if (ax > 0. || ay > 0.) {
            r.real = log(hypot(ldexp(ax, DBL_MANT_DIG_), ldexp(ay, DBL_MANT_DIG_))) - DBL_MANT_DIG_ * M_LN2;
        } else {
            r.real = -INFINITY;                 /* log(0) */
            r.imag = atan2(z.imag, z.real);
            errno = EDOM;
            return r;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.real = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.real = log(h);
        }
    }
    r.imag = atan2(z.imag, z.real);
    errno = 0;
    return r;
}

static Complex c_log10(Complex z) {
    Complex r = c_log(z);
    int saved = errno;
    r.real /= M_LN10;
    r.imag /= M_LN10;
    errno = saved;
    return r;
}

static Complex c_acos(Complex z) {
    if (not_finite(z)) return special(acos_special, z);
    Complex r;
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        r.real = atan2(fabs(z.imag), z.real);
        double l = log(hypot(z.real / 2., z.imag / 2.)) + M_LN2 * 2.;
        r.imag = z.real < 0. ? -copysign(l, z.imag) : copysign(l, -z.imag);
    } else {
        Complex s1 = c_sqrt((Complex){1. - z.real, -z.imag});
        Complex s2 = c_sqrt((Complex){1. + z.real, z.imag});
        r.real = 2. * atan2(s1.real, s2.real);
        r.imag = asinh(s2.real * s1.imag - s2.imag * s1.real);
    }
    errno = 0;
    return r;
}

static Complex c_acosh(Complex z) {
    if (not_finite(z)) return special(acosh_special, z);
    Complex r;
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        r.real = log(hypot(z.real / 2., z.imag / 2.)) + M_LN2 * 2.;
        r.imag = atan2(z.imag, z.real);
    } else {
        Complex s1 = c_sqrt((Complex){z.real - 1., z.imag});
        Complex s2 = c_sqrt((Complex){z.real + 1., z.imag});
        r.real = asinh(s1.real * s2.real + s1.imag * s2.imag);
        r.imag = 2. * atan2(s1.imag, s2.real);
    }
    errno = 0;
    return r;
}

static Complex c_asinh(Complex z) {
    if (not_finite(z)) return special(asinh_special, z);
    Complex r;
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        double l = log(hypot(z.real / 2., z.imag / 2.)) + M_LN2 * 2.;
        r.real = z.imag >= 0. ? copysign(l, z.real) : -copysign(l, -z.real);
        r.imag = atan2(z.imag, fabs(z.real));
    } else {
        Complex s1 = c_sqrt((Complex){1. + z.imag, -z.real});
        Complex s2 = c_sqrt((Complex){1. - z.imag, z.real});
        r.real = asinh(s1.real * s2.imag - s2.real * s1.imag);
        r.imag = atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
    }
    errno = 0;
    return r;
}

/* asin(z) = -i asinh(iz) */
static Complex c_asin(Complex z) {
    Complex s = c_asinh((Complex){-z.imag, z.real});
    return (Complex){s.imag, -s.real};
}

static Complex c_atanh(Complex z) {
    if (not_finite(z)) return special(atanh_special, z);
    if (z.real < 0.) return c_neg(c_atanh(c_neg(z)));   /* atanh(-z) = -atanh(z) */
    double ay = fabs(z.imag);
    Complex r;
    if (z.real > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        /* atanh(z) is about 1/z +- i pi/2 */
        double h = hypot(z.real / 2., z.imag / 2.);
        r.real = z.real / 4. / h / h;
        r.imag = -copysign(PI / 2., -z.imag);
        errno = 0;
    } else if (z.real == 1. && ay < SQRT_DBL_MIN) {
        if (ay == 0.) {                          /* atanh(1) */
            r.real = INFINITY;
            r.imag = z.imag;
            errno = EDOM;
        } else {
            r.real = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
            r.imag = copysign(atan2(2., -ay) / 2, z.imag);
            errno = 0;
        }
    } else {
        r.real = log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.;
        r.imag = -atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.;
        errno = 0;
    }
    return r;
}

/* atan(z) = -i atanh(iz) */
static Complex c_atan(Complex z) {
    Complex s = c_atanh((Complex){-z.imag, z.real});
    return (Complex){s.imag, -s.real};
}

/* cosh and sinh: past LOG_LARGE_DOUBLE, cosh(x) overflows before
 * cosh(x) * cos(y) does, so e * cosh(x - 1) is used. */
static Complex c_cosh(Complex z) {
    Complex r;
    if (not_finite(z)) {
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.) {
            r.real = copysign(INFINITY, cos(z.imag));
            r.imag = z.real > 0 ? copysign(INFINITY, sin(z.imag)) : -copysign(INFINITY, sin(z.imag));
        } else {
            r = cosh_special[special_type(z.real)][special_type(z.imag)];
        }
        errno = isinf(z.imag) && !isnan(z.real) ? EDOM : 0;
        return r;
    }
    if (fabs(z.real) > LOG_LARGE_DOUBLE) {
        double x_minus_one = z.real - copysign(1., z.real);
        r.real = cos(z.imag) * cosh(x_minus_one) * E_;
        r.imag = sin(z.imag) * sinh(x_minus_one) * E_;
    } else {
        r.real = cos(z.imag) * cosh(z.real);
        r.imag = sin(z.imag) * sinh(z.real);
    }
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
    return r;
}

static Complex c_sinh(Complex z) {
    Complex r;
    if (not_finite(z)) {
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.) {
            r.real = z.real > 0 ? copysign(INFINITY, cos(z.imag)) : -copysign(INFINITY, cos(z.imag));
            r.imag = copysign(INFINITY, sin(z.imag));
        } else {
            r = sinh_special[special_type(z.real)][special_type(z.imag)];
        }
        errno = isinf(z.imag) && !isnan(z.real) ? EDOM : 0;
        return r;
    }
    if (fabs(z.real) > LOG_LARGE_DOUBLE) {
        double x_minus_one = z.real - copysign(1., z.real);
        r.real = cos(z.imag) * sinh(x_minus_one) * E_;
        r.imag = sin(z.imag) * cosh(x_minus_one) * E_;
    } else {
        r.real = cos(z.imag) * sinh(z.real);
        r.imag = sin(z.imag) * cosh(z.real);
    }
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
    return r;
}

static Complex c_tanh(Complex z) {
    Complex r;
    if (not_finite(z)) {
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.) {
            r.real = z.real > 0 ? 1.0 : -1.0;
            r.imag = copysign(0., 2. * sin(z.imag) * cos(z.imag));
        } else {
            r = tanh_special[special_type(z.real)][special_type(z.imag)];
        }
        errno = isinf(z.imag) && isfinite(z.real) ? EDOM : 0;
        return r;
    }
    if (fabs(z.real) > LOG_LARGE_DOUBLE) {      /* 2 * z.real would overflow */
        r.real = copysign(1., z.real);
        r.imag = 4. * sin(z.imag) * cos(z.imag) * exp(-2. * fabs(z.real));
    } else {
        double tx = tanh(z.real), ty = tan(z.imag), cx = 1. / cosh(z.real);
        double txty = tx * ty, denom = 1. + txty * txty;
        r.real = tx * (1. + ty * ty) / denom;
        r.imag = ((ty / denom) * cx) * cx;
    }
    errno = 0;
    return r;
}

/* cos(z) = cosh(iz), sin(z) = -i sinh(iz), tan(z) = -i tanh(iz) */
static Complex c_cos(Complex z) { return c_cosh((Complex){-z.imag, z.real}); }

static Complex c_sin(Complex z) {
    Complex s = c_sinh((Complex){-z.imag, z.real});
    return (Complex){s.imag, -s.real};
}

static Complex c_tan(Complex z) {
    Complex s = c_tanh((Complex){-z.imag, z.real});
    return (Complex){s.imag, -s.real};
}

static Complex c_exp(Complex z) {
    Complex r;
    if (not_finite(z)) {
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.) {
            double big = z.real > 0 ? INFINITY : 0.;
            r.real = copysign(big, cos(z.imag));
            r.imag = copysign(big, sin(z.imag));
        } else {
            r = exp_special[special_type(z.real)][special_type(z.imag)];
        }
        errno = isinf(z.imag) && (isfinite(z.real) || (isinf(z.real) && z.real > 0)) ? EDOM : 0;
        return r;
    }
    if (z.real > LOG_LARGE_DOUBLE) {
        double l = exp(z.real - 1.);
        r.real = l * cos(z.imag) * E_;
        r.imag = l * sin(z.imag) * E_;
    } else {
        double l = exp(z.real);
        r.real = l * cos(z.imag);
        r.imag = l * sin(z.imag);
    }
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
    return r;
}

/* atan2(z.imag, z.real) with C99's answers for infinities and nans. */
static double c_atan2(Complex z) {
    if (isnan(z.real) || isnan(z.imag)) return NAN;
    if (isinf(z.imag)) {
        if (isinf(z.real)) return copysign(signbit(z.real) ? 0.75 * PI : 0.25 * PI, z.imag);
        return copysign(0.5 * PI, z.imag);
    }
    if (isinf(z.real) || z.imag == 0.) return copysign(signbit(z.real) ? PI : 0., z.imag);
    return atan2(z.imag, z.real);
}

/* ---- the module's functions ------------------------------------------------------ */

static Object *math_error(ThreadState *ts) {
    if (errno == EDOM) return err_set_string(ts, &ExcValueError, "math domain error");
    if (errno == ERANGE) return err_set_string(ts, &ExcOverflowError, "math range error");
    return err_set_string(ts, &ExcValueError, "unexpected math error");
}

static Object *cmath_1(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames,
                       const char *name, Complex (*f)(Complex)) {
    if (args_exactly(ts, name, nargs, kwnames, 1) < 0) return NULL;
    Complex z;
    if (complex_as_value(ts, args[0], &z) < 0) return NULL;
    errno = 0;
    Complex r = f(z);
    if (errno) return math_error(ts);
    return complex_new(ts, r.real, r.imag);
}

#define CMATH_1(name)                                                          \
    static CFUNC(cmath_##name) { return cmath_1(ts, args, nargs, kwnames, "cmath." #name, c_##name); }
CMATH_1(sqrt) CMATH_1(exp) CMATH_1(log10)
CMATH_1(acos) CMATH_1(asin) CMATH_1(atan) CMATH_1(cos) CMATH_1(sin) CMATH_1(tan)
CMATH_1(acosh) CMATH_1(asinh) CMATH_1(atanh) CMATH_1(cosh) CMATH_1(sinh) CMATH_1(tanh)

/* log(z[, base]) = log(z) / log(base) */
static CFUNC(cmath_log) {
    if (args_no_kwargs(ts, "log", kwnames) < 0 || args_count(ts, "log", nargs, 1, 2) < 0) return NULL;
    Complex x, y;
    if (complex_as_value(ts, args[0], &x) < 0) return NULL;
    errno = 0;
    x = c_log(x);
    if (nargs > 1) {
        int saved = errno;
        if (complex_as_value(ts, args[1], &y) < 0) return NULL;
        errno = saved;
        y = c_log(y);
        x = complex_quot(x, y);
    }
    if (errno) return math_error(ts);
    return complex_new(ts, x.real, x.imag);
}

static CFUNC(cmath_phase) {
    if (args_exactly(ts, "cmath.phase", nargs, kwnames, 1) < 0) return NULL;
    Complex z;
    if (complex_as_value(ts, args[0], &z) < 0) return NULL;
    errno = 0;
    double phi = c_atan2(z);          /* libm's atan2 reports underflow (ERANGE) */
    if (errno) return math_error(ts);
    return float_new(ts, phi);
}

static CFUNC(cmath_polar) {
    if (args_exactly(ts, "cmath.polar", nargs, kwnames, 1) < 0) return NULL;
    Complex z;
    if (complex_as_value(ts, args[0], &z) < 0) return NULL;
    double phi = c_atan2(z);
    double r = complex_abs_value(z);
    if (errno) return math_error(ts);
    Object *ro = float_new(ts, r);
    Object *po = ro ? float_new(ts, phi) : NULL;
    Object *t = po ? tuple_pack(ts, 2, ro, po) : NULL;
    XDECREF(ro);
    XDECREF(po);
    return t;
}

/* rect(r, phi) = r * (cos(phi) + i sin(phi)) */
static CFUNC(cmath_rect) {
    if (args_no_kwargs(ts, "rect", kwnames) < 0 || args_count(ts, "rect", nargs, 2, 2) < 0) return NULL;
    double r, phi;
    if (float_as_double(ts, args[0], &r) < 0 || float_as_double(ts, args[1], &phi) < 0) return NULL;
    Complex z;
    errno = 0;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.) {
            z.real = copysign(INFINITY, cos(phi));
            z.imag = copysign(INFINITY, sin(phi));
            if (r < 0) z = c_neg(z);
        } else {
            z = rect_special[special_type(r)][special_type(phi)];
        }
        errno = r != 0. && !isnan(r) && isinf(phi) ? EDOM : 0;
    } else if (phi == 0.0) {
        z.real = r;
        z.imag = r * phi;
    } else {
        z.real = r * cos(phi);
        z.imag = r * sin(phi);
    }
    if (errno) return math_error(ts);
    return complex_new(ts, z.real, z.imag);
}

static Object *test_parts(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames,
                          const char *name, int (*test)(Complex)) {
    if (args_exactly(ts, name, nargs, kwnames, 1) < 0) return NULL;
    Complex z;
    if (complex_as_value(ts, args[0], &z) < 0) return NULL;
    return bool_from(test(z));
}

static int both_finite(Complex z) { return isfinite(z.real) && isfinite(z.imag); }
static int either_nan(Complex z) { return isnan(z.real) || isnan(z.imag); }
static int either_inf(Complex z) { return isinf(z.real) || isinf(z.imag); }
static CFUNC(cmath_isfinite) { return test_parts(ts, args, nargs, kwnames, "cmath.isfinite", both_finite); }
static CFUNC(cmath_isnan) { return test_parts(ts, args, nargs, kwnames, "cmath.isnan", either_nan); }
static CFUNC(cmath_isinf) { return test_parts(ts, args, nargs, kwnames, "cmath.isinf", either_inf); }

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): |a - b| within rel_tol of
 * the larger of |a| and |b|, or within abs_tol. */
static CFUNC(cmath_isclose) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    static const ArgSpec spec = {"isclose", names, .required = 2, .kwonly = 2};
    Object *a[4];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Complex x, y;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (complex_as_value(ts, a[0], &x) < 0 || complex_as_value(ts, a[1], &y) < 0) return NULL;
    if (a[2] && float_as_double(ts, a[2], &rel_tol) < 0) return NULL;
    if (a[3] && float_as_double(ts, a[3], &abs_tol) < 0) return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) return err_set_string(ts, &ExcValueError, "tolerances must be non-negative");
    if (x.real == y.real && x.imag == y.imag) return bool_from(true);
    if (either_inf(x) || either_inf(y)) return bool_from(false);
    double diff = complex_abs_value((Complex){x.real - y.real, x.imag - y.imag});
    return bool_from(diff <= rel_tol * complex_abs_value(y) || diff <= rel_tol * complex_abs_value(x) ||
                     diff <= abs_tol);
}

static const MethodDef cmath_functions[] = {
    {"sqrt", cmath_sqrt, 0, "Return the square root of z."},
    {"exp", cmath_exp, 0, "Return the exponential value e**z."},
    {"log", cmath_log, 0, "log(z[, base]) -> the logarithm of z to the given base."},
    {"log10", cmath_log10, 0, "Return the base-10 logarithm of z."},
    {"acos", cmath_acos, 0, "Return the arc cosine of z."},
    {"asin", cmath_asin, 0, "Return the arc sine of z."},
    {"atan", cmath_atan, 0, "Return the arc tangent of z."},
    {"cos", cmath_cos, 0, "Return the cosine of z."},
    {"sin", cmath_sin, 0, "Return the sine of z."},
    {"tan", cmath_tan, 0, "Return the tangent of z."},
    {"acosh", cmath_acosh, 0, "Return the inverse hyperbolic cosine of z."},
    {"asinh", cmath_asinh, 0, "Return the inverse hyperbolic sine of z."},
    {"atanh", cmath_atanh, 0, "Return the inverse hyperbolic tangent of z."},
    {"cosh", cmath_cosh, 0, "Return the hyperbolic cosine of z."},
    {"sinh", cmath_sinh, 0, "Return the hyperbolic sine of z."},
    {"tanh", cmath_tanh, 0, "Return the hyperbolic tangent of z."},
    {"phase", cmath_phase, 0, "Return argument, also known as the phase angle, of a complex."},
    {"polar", cmath_polar, 0, "Convert a complex from rectangular coordinates to polar coordinates."},
    {"rect", cmath_rect, 0, "Convert from polar coordinates to rectangular coordinates."},
    {"isfinite", cmath_isfinite, 0, "Return True if both the real and imaginary parts of z are finite, else False."},
    {"isnan", cmath_isnan, 0, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"isinf", cmath_isinf, 0, "Checks if the real or imaginary part of z is infinite."},
    {"isclose", cmath_isclose, METH_KEYWORDS, "Determine whether two complex numbers are close in value."},
    {NULL},
};

static int add_value(ThreadState *ts, Object *m, const char *name, Object *v) {
    if (!v) return -1;
    int r = module_add_object(ts, m, name, v);
    DECREF(v);
    return r;
}

Object *mod_cmath_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "cmath");
    if (!m) return NULL;
    if (module_add_functions(ts, m, cmath_functions) < 0 || add_value(ts, m, "pi", float_new(ts, PI)) < 0 ||
        add_value(ts, m, "e", float_new(ts, E_)) < 0 || add_value(ts, m, "tau", float_new(ts, 2 * PI)) < 0 ||
        add_value(ts, m, "inf", float_new(ts, INFINITY)) < 0 ||
        add_value(ts, m, "infj", complex_new(ts, 0.0, INFINITY)) < 0 ||
        add_value(ts, m, "nan", float_new(ts, NAN)) < 0 ||
        add_value(ts, m, "nanj", complex_new(ts, 0.0, NAN)) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
