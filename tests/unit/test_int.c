/* test_int.c -- unit tests of runtime/int.c and runtime/float.c at the C level:
 * the small-int cache, the hand-over between the int64 fast path and gmp at
 * +-2**63 (and back: results are always normalised), hashes recorded from
 * CPython 3.11, text conversions and the correctly rounded int -> double.
 *
 * Each test runs in a fresh interpreter; the fixture checks that every
 * object a test made was freed.
 */
#include <math.h>
#include <string.h>
#include <criterion/criterion.h>

#include "unit_support.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

/* ---- helpers --------------------------------------------------------- */

static Object *num(const char *text) {
    Object *o = int_from_string(ts, text, strlen(text), 0);
    cr_assert_not_null(o, "int_from_string(%s) failed", text);
    return o;
}

/* str(o) equals [expected]; o is consumed. */
static void expect_str(Object *o, const char *expected) {
    cr_assert_not_null(o);
    Object *s = obj_str(ts, o);
    cr_assert_not_null(s);
    cr_expect_str_eq(STR_DATA(s), expected);
    DECREF(s);
    DECREF(o);
}

static Object *binop(NbOp op, const char *a, const char *b) {
    Object *x = num(a), *y = num(b);
    Object *r = obj_binop(ts, op, x, y);
    DECREF(x);
    DECREF(y);
    return r;
}

/* The exception being raised is [type] with message [msg]; it is cleared. */
static void expect_error(TypeObject *type, const char *msg) {
    cr_assert(err_occurred(ts), "no exception raised");
    cr_expect(err_matches(ts, type), "wrong exception type");
    Object *e = err_fetch(ts);
    Object *s = exc_str(ts, e);
    cr_assert_not_null(s);
    cr_expect_str_eq(STR_DATA(s), msg);
    DECREF(s);
    DECREF(e);
}

/* ---- the small-int cache and the two representations ------------------- */

Test(int, small_ints_are_shared, .init = interp_up, .fini = interp_down_checked) {
    Object *a = int_from_i64(ts, 256), *b = int_from_i64(ts, 256);
    cr_expect_eq(a, b, "256 must come from the cache");
    Object *c = int_from_i64(ts, -5), *d = int_from_i64(ts, -5);
    cr_expect_eq(c, d);
    Object *e = int_from_i64(ts, 257), *f = int_from_i64(ts, 257);
    cr_expect_neq(e, f, "257 is allocated each time");
    Object *g = int_from_i64(ts, -6), *h = int_from_i64(ts, -6);
    cr_expect_neq(g, h);
    Object *objs[] = {a, b, c, d, e, f, g, h};
    for (size_t i = 0; i < ARRAY_LEN(objs); i++) DECREF(objs[i]);
}

Test(int, fast_path_hands_over_to_gmp_at_2_63, .init = interp_up, .fini = interp_down_checked) {
    Object *max = int_from_i64(ts, INT64_MAX), *one = int_from_i64(ts, 1);
    Object *big = obj_binop(ts, NB_ADD, max, one);
    cr_assert_not_null(big);
    cr_expect(!int_is_small(big), "2**63 needs gmp");
    int64_t v;
    cr_expect(!int_as_i64(big, &v));
    Object *back = obj_binop(ts, NB_SUB, big, one);
    cr_expect(int_is_small(back), "2**63 - 1 is normalised back to the fast path");
    cr_expect(int_as_i64(back, &v) && v == INT64_MAX);
    expect_str(NEWREF(big), "9223372036854775808");
    DECREF(max);
    DECREF(one);
    DECREF(big);
    DECREF(back);
}

Test(int, int64_min_edges, .init = interp_up, .fini = interp_down_checked) {
    Object *min = int_from_i64(ts, INT64_MIN);
    Object *neg = obj_neg(ts, min);
    cr_expect(!int_is_small(neg), "-(-2**63) does not fit int64");
    expect_str(NEWREF(neg), "9223372036854775808");
    Object *again = obj_neg(ts, neg);
    cr_expect(int_is_small(again));
    Object *m1 = int_from_i64(ts, -1);
    expect_str(obj_binop(ts, NB_FLOORDIV, min, m1), "9223372036854775808");
    expect_str(obj_binop(ts, NB_MOD, min, m1), "0");
    expect_str(obj_binop(ts, NB_MUL, min, m1), "9223372036854775808");
    expect_str(obj_abs(ts, min), "9223372036854775808");
    expect_str(obj_invert(ts, min), "9223372036854775807");
    int64_t v;
    cr_expect(int_as_i64(again, &v) && v == INT64_MIN);
    DECREF(min);
    DECREF(neg);
    DECREF(again);
    DECREF(m1);
}

Test(int, overflowing_products_and_shifts, .init = interp_up, .fini = interp_down_checked) {
    expect_str(binop(NB_MUL, "3037000500", "3037000500"), "9223372037000250000");
    expect_str(binop(NB_MUL, "-3037000500", "3037000500"), "-9223372037000250000");
    expect_str(binop(NB_LSHIFT, "1", "63"), "9223372036854775808");
    expect_str(binop(NB_LSHIFT, "-1", "63"), "-9223372036854775808");
    expect_str(binop(NB_LSHIFT, "3", "62"), "13835058055282163712");
    expect_str(binop(NB_RSHIFT, "-1", "1000"), "-1");
    expect_str(binop(NB_RSHIFT, "-36893488147419103232", "64"), "-2");
    expect_str(binop(NB_POW, "2", "64"), "18446744073709551616");
    expect_str(binop(NB_POW, "-3", "41"), "-36472996377170786403");
    expect_str(binop(NB_SUB, "-9223372036854775808", "1"), "-9223372036854775809");
    expect_str(binop(NB_AND, "-18446744073709551616", "18446744073709551617"), "18446744073709551616");
    expect_str(binop(NB_XOR, "-1", "18446744073709551616"), "-18446744073709551617");
}

Test(int, floor_division_and_modulo, .init = interp_up, .fini = interp_down_checked) {
    expect_str(binop(NB_FLOORDIV, "-7", "2"), "-4");
    expect_str(binop(NB_MOD, "-7", "2"), "1");
    expect_str(binop(NB_MOD, "7", "-2"), "-1");
    expect_str(binop(NB_FLOORDIV, "-100000000000000000000000", "7"), "-14285714285714285714286");
    expect_str(binop(NB_MOD, "-100000000000000000000000", "7"), "2");
    Object *a = num("-7"), *b = num("2");
    Object *t = int_divmod(ts, a, b);
    expect_str(t, "(-4, 1)");
    Object *z = int_from_i64(ts, 0);
    cr_expect_null(int_divmod(ts, a, z));
    expect_error(&ExcZeroDivisionError, "integer division or modulo by zero");
    cr_expect_null(obj_binop(ts, NB_MOD, a, z));
    expect_error(&ExcZeroDivisionError, "integer modulo by zero");
    cr_expect_null(obj_binop(ts, NB_TRUEDIV, a, z));
    expect_error(&ExcZeroDivisionError, "division by zero");
    DECREF(a);
    DECREF(b);
    DECREF(z);
}

/* ---- hashing (values recorded from CPython 3.11) ------------------------ */

Test(int, hash_matches_cpython, .init = interp_up, .fini = interp_down_checked) {
    struct { const char *text; int64_t hash; } cases[] = {
        {"0", 0}, {"1", 1}, {"-1", -2}, {"-2", -2}, {"2305843009213693951", 0},
        {"2305843009213693952", 1}, {"-2305843009213693952", -2}, {"18446744073709551621", 13},
        {"-18446744073709551621", -13}, {"9223372036854775807", 3}, {"-9223372036854775808", -4},
        {"1000000000000000000000000000000", 465258685558744706},
        {"-1000000000000000000000000000000", -465258685558744706},
        {"1267650600228229401496703205376", 549755813888},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        Object *o = num(cases[i].text);
        cr_expect_eq(int_hash(o), cases[i].hash, "hash(%s)", cases[i].text);
        cr_expect_eq(obj_hash(ts, o), cases[i].hash);
        DECREF(o);
    }
    cr_expect_eq(obj_hash(ts, True), 1);
    cr_expect_eq(obj_hash(ts, False), 0);
}

Test(float, hash_matches_cpython, .init = interp_up, .fini = interp_down_checked) {
    struct { double v; int64_t hash; } cases[] = {
        {0.5, 1152921504606846976}, {-0.5, -1152921504606846976}, {1e300, 1224995262755759164},
        {1.5e-300, 1876877353711978326}, {3.14159, 326484311674566659}, {1e-300, 482449582752280463},
        {5e-324, 16777216}, {-2.5, -1152921504606846978}, {123456789.125, 288230376275168533},
        {INFINITY, 314159}, {-INFINITY, -314159}, {-1.0, -2}, {0.0, 0}, {-0.0, 0},
        {9223372036854775808.0, 4},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++)
        cr_expect_eq(float_hash_value(cases[i].v), cases[i].hash, "hash(%.17g)", cases[i].v);
    /* integral floats hash like the equal int: 1e30 is exactly this int */
    Object *big = num("1000000000000000019884624838656");
    cr_expect_eq(float_hash_value(1e30), int_hash(big));
    cr_expect_eq(int_hash(big), 465278570183583362);
    DECREF(big);
}

/* ---- text ------------------------------------------------------------------ */

Test(int, from_string, .init = interp_up, .fini = interp_down_checked) {
    struct { const char *text; int base; const char *expected; } ok[] = {
        {"  -42  ", 10, "-42"}, {"1_000_000", 10, "1000000"}, {"0x_ff", 0, "255"}, {"0o17", 0, "15"},
        {"0b101", 2, "5"}, {"0b1", 16, "177"}, {"zz", 36, "1295"}, {"000", 0, "0"},
        {"-9223372036854775808", 10, "-9223372036854775808"},
        {"123456789012345678901234567890", 10, "123456789012345678901234567890"},
    };
    for (size_t i = 0; i < ARRAY_LEN(ok); i++)
        expect_str(int_from_string(ts, ok[i].text, strlen(ok[i].text), ok[i].base), ok[i].expected);
    const char *bad[] = {"", " ", "1__0", "_1", "1_", "0x", "010", "1e5", "- 5"};
    for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
        cr_expect_null(int_from_string(ts, bad[i], strlen(bad[i]), 0), "'%s' must be rejected", bad[i]);
        cr_expect(err_matches(ts, &ExcValueError));
        err_clear(ts);
    }
    cr_expect_null(int_from_string(ts, "abc", 3, 10));
    expect_error(&ExcValueError, "invalid literal for int() with base 10: 'abc'");
    char digits[5001];
    memset(digits, '9', 5000);
    digits[5000] = '\0';
    cr_expect_null(int_from_string(ts, digits, 5000, 10));
    expect_error(&ExcValueError, "Exceeds the limit (4300 digits) for integer string conversion: "
                                 "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit");
    Object *hex = int_from_string(ts, digits, 5000, 16);   /* no limit for powers of two */
    cr_expect_not_null(hex);
    XDECREF(hex);
    expect_str(int_from_literal(ts, "0x7fffffffffffffff1"), "147573952589676412913");
    expect_str(int_from_literal(ts, "0b11"), "3");
}

Test(int, to_string, .init = interp_up, .fini = interp_down_checked) {
    Object *o = num("-255");
    expect_str(int_to_string(ts, o, 16), "-0xff");
    expect_str(int_to_string(ts, o, 8), "-0o377");
    expect_str(int_to_string(ts, o, 2), "-0b11111111");
    expect_str(int_to_string(ts, o, 10), "-255");
    DECREF(o);
    o = num("0x10000000000000000");
    expect_str(int_to_string(ts, o, 16), "0x10000000000000000");
    DECREF(o);
    Object *ten = int_from_i64(ts, 10), *e = int_from_i64(ts, 4300);
    Object *p = obj_binop(ts, NB_POW, ten, e);
    cr_expect_null(int_to_string(ts, p, 10));
    expect_error(&ExcValueError, "Exceeds the limit (4300 digits) for integer string conversion; "
                                 "use sys.set_int_max_str_digits() to increase the limit");
    DECREF(ten);
    DECREF(e);
    DECREF(p);
}

/* ---- ints and doubles -------------------------------------------------- */

Test(int, as_double_rounds_to_nearest_even, .init = interp_up, .fini = interp_down_checked) {
    struct { const char *text; double expected; } cases[] = {
        {"9007199254740993", 9007199254740992.0},     /* 2**53 + 1: tie, to even */
        {"9007199254740995", 9007199254740996.0},     /* 2**53 + 3: tie, to even (up) */
        {"18014398509481987", 18014398509481988.0},   /* 2**54 + 3: above half */
        {"-9007199254740993", -9007199254740992.0},
        {"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
         1.7976931348623157e308},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        Object *o = num(cases[i].text);
        double d = int_as_double(ts, o);
        cr_expect(!err_occurred(ts));
        cr_expect_eq(d, cases[i].expected, "float(%s)", cases[i].text);
        DECREF(o);
    }
    Object *two = int_from_i64(ts, 2), *k = int_from_i64(ts, 1024);
    Object *huge = obj_binop(ts, NB_POW, two, k);
    cr_expect_eq(int_as_double(ts, huge), -1.0);
    expect_error(&ExcOverflowError, "int too large to convert to float");
    DECREF(two);
    DECREF(k);
    DECREF(huge);
}

Test(int, scaled_to_double_subnormals, .init = interp_up, .fini = interp_down_checked) {
    mpz_t m;
    mpz_init_set_ui(m, 1);
    double d;
    cr_expect_eq(int_mpz_scaled_to_double(m, -1074, false, &d), 0);
    cr_expect_eq(d, 5e-324);
    int_mpz_scaled_to_double(m, -1075, false, &d);     /* half the smallest: tie to even (0) */
    cr_expect_eq(d, 0.0);
    int_mpz_scaled_to_double(m, -1075, true, &d);      /* a little above half: rounds up */
    cr_expect_eq(d, 5e-324);
    mpz_set_ui(m, 3);
    int_mpz_scaled_to_double(m, -1076, false, &d);     /* 0.75 of the smallest */
    cr_expect_eq(d, 5e-324);
    cr_expect_eq(int_mpz_scaled_to_double(m, 1023, false, &d), -1, "3 * 2**1023 overflows");
    mpz_set_ui(m, 0x1FFFFFFFFFFFFFULL);               /* 2**53 - 1 */
    int_mpz_scaled_to_double(m, 971, false, &d);
    cr_expect_eq(d, 1.7976931348623157e308);
    mpz_clear(m);
    mpz_t n, q;
    mpz_init_set_ui(n, 1);
    mpz_init_set_ui(q, 3);
    int_mpz_ratio_to_double(n, q, &d);
    cr_expect_eq(d, 1.0 / 3.0);
    mpz_clears(n, q, NULL);
}

Test(int, compare_with_double_is_exact, .init = interp_up, .fini = interp_down_checked) {
    Object *a = num("9007199254740993");                /* 2**53 + 1 */
    cr_expect_eq(int_compare_double(a, 9007199254740992.0), 1);
    cr_expect_eq(int_compare_double(a, 9007199254740994.0), -1);
    cr_expect_eq(int_compare_double(a, NAN), 2);
    cr_expect_eq(int_compare_double(a, INFINITY), -1);
    cr_expect_eq(int_compare_double(a, -INFINITY), 1);
    DECREF(a);
    Object *b = num("-100000000000000000000000000000000000000000000000000");
    /* the double nearest 1e50 is 10**50 + 7629769841091887003294964970946560 */
    cr_expect_eq(int_compare_double(b, -1e50), 1);
    cr_expect_eq(int_compare_double(b, -2e50), 1);
    cr_expect_eq(int_compare_double(b, -1e49), -1);
    DECREF(b);
    Object *c = int_from_i64(ts, 3);
    cr_expect_eq(int_compare_double(c, 2.5), 1);
    cr_expect_eq(int_compare_double(c, 3.0), 0);
    cr_expect_eq(int_compare_double(c, 3.5), -1);
    DECREF(c);
}

Test(int, from_double, .init = interp_up, .fini = interp_down_checked) {
    expect_str(int_from_double(ts, -3.99), "-3");
    expect_str(int_from_double(ts, 1e20), "100000000000000000000");
    expect_str(int_from_double(ts, -9223372036854775808.0), "-9223372036854775808");
    expect_str(int_from_double(ts, 9223372036854775808.0), "9223372036854775808");
    cr_expect_null(int_from_double(ts, NAN));
    expect_error(&ExcValueError, "cannot convert float NaN to integer");
    cr_expect_null(int_from_double(ts, -INFINITY));
    expect_error(&ExcOverflowError, "cannot convert float infinity to integer");
}

Test(int, pow3, .init = interp_up, .fini = interp_down_checked) {
    struct { int64_t b, e, m; const char *expected; } cases[] = {
        {3, 4, 5, "1"}, {3, 4, -5, "-4"}, {-3, 3, 7, "1"}, {3, -1, 7, "5"}, {3, -2, 7, "4"},
        {5, -1, 1, "0"}, {2, 100, -1, "0"}, {0, 0, 5, "1"},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        Object *b = int_from_i64(ts, cases[i].b), *e = int_from_i64(ts, cases[i].e),
               *m = int_from_i64(ts, cases[i].m);
        expect_str(int_pow3(ts, b, e, m), cases[i].expected);
        DECREF(b);
        DECREF(e);
        DECREF(m);
    }
    Object *b = int_from_i64(ts, 2), *e = int_from_i64(ts, -1), *m = int_from_i64(ts, 4),
           *z = int_from_i64(ts, 0);
    cr_expect_null(int_pow3(ts, b, e, m));
    expect_error(&ExcValueError, "base is not invertible for the given modulus");
    cr_expect_null(int_pow3(ts, b, b, z));
    expect_error(&ExcValueError, "pow() 3rd argument cannot be 0");
    DECREF(b);
    DECREF(e);
    DECREF(m);
    DECREF(z);
}

/* ---- float ----------------------------------------------------------------- */

Test(float, from_string, .init = interp_up, .fini = interp_down_checked) {
    struct { const char *text; double expected; } ok[] = {
        {" 1_000.5 ", 1000.5}, {"-Infinity", -INFINITY}, {".5e1", 5.0}, {"1.", 1.0},
        {"2.4703282292062328e-324", 5e-324}, {"1e500", INFINITY},
    };
    for (size_t i = 0; i < ARRAY_LEN(ok); i++) {
        Object *f = float_from_string(ts, ok[i].text, strlen(ok[i].text));
        cr_assert_not_null(f, "float('%s')", ok[i].text);
        cr_expect_eq(FLOAT_VALUE(f), ok[i].expected, "float('%s')", ok[i].text);
        DECREF(f);
    }
    Object *n = float_from_string(ts, "nan", 3);
    cr_expect(isnan(FLOAT_VALUE(n)));
    DECREF(n);
    const char *bad[] = {"", "1__0", "1_", "_1", "0x10", "1e", "nan(1)", ".", "1_.5", "1._5", "1e_5"};
    for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
        cr_expect_null(float_from_string(ts, bad[i], strlen(bad[i])), "'%s' must be rejected", bad[i]);
        err_clear(ts);
    }
    cr_expect_null(float_from_string(ts, " x ", 3));
    expect_error(&ExcValueError, "could not convert string to float: ' x '");
}

Test(float, pow_and_round, .init = interp_up, .fini = interp_down_checked) {
    Object *r = float_pow_double(ts, 2.0, 10000.0);
    cr_expect_null(r);
    expect_error(&ExcOverflowError, "(34, 'Numerical result out of range')");
    cr_expect_null(float_pow_double(ts, 0.0, -1.0));
    expect_error(&ExcZeroDivisionError, "0.0 cannot be raised to a negative power");
    expect_str(float_pow_double(ts, -2.0, 3.0), "-8.0");
    expect_str(float_pow_double(ts, NAN, 0.0), "1.0");
    Object *two = int_from_i64(ts, 2), *m1 = int_from_i64(ts, -1);
    expect_str(float_round(ts, 2.675, two), "2.67");
    expect_str(float_round(ts, 15.0, m1), "20.0");
    expect_str(float_round(ts, 2.5, NULL), "2");
    expect_str(float_round(ts, -0.5, NULL), "0");
    DECREF(two);
    DECREF(m1);
}
