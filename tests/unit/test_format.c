/* test_format.c -- unit tests of runtime/format.c: the format-spec
 * mini-language for int, float and str, and printf-style `str % args`
 * (str.format's replacement fields are tested as a str method, in
 * test_str.c).
 * Every expected string was produced by CPython 3.11's format() and %.
 */
#include <math.h>
#include <string.h>
#include <criterion/criterion.h>

#include "unit_support.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

typedef Object *(*FormatFn)(ThreadState *, Object *, Object *);

/* format([value], [spec]) == [expected]; [value] is consumed. */
static void check(FormatFn fn, Object *value, const char *spec, const char *expected) {
    cr_assert_not_null(value);
    Object *s = str_from_cstr(ts, spec);
    Object *r = fn(ts, value, s);
    cr_assert_not_null(r, "format(..., '%s') raised", spec);
    cr_expect_str_eq(STR_DATA(r), expected, "format(..., '%s')", spec);
    DECREF(r);
    DECREF(s);
    DECREF(value);
}

/* format([value], [spec]) raises ValueError/TypeError [msg]. */
static void check_error(FormatFn fn, Object *value, const char *spec, const char *msg) {
    Object *s = str_from_cstr(ts, spec);
    Object *r = fn(ts, value, s);
    cr_expect_null(r, "format(..., '%s') should fail", spec);
    XDECREF(r);
    cr_assert(err_occurred(ts));
    Object *e = err_fetch(ts);
    Object *m = exc_str(ts, e);
    cr_expect_str_eq(STR_DATA(m), msg, "format(..., '%s')", spec);
    DECREF(m);
    DECREF(e);
    DECREF(s);
    DECREF(value);
}

static Object *I(int64_t v) { return int_from_i64(ts, v); }
static Object *F(double v) { return float_new(ts, v); }
static Object *S(const char *v) { return str_from_cstr(ts, v); }

Test(format, ints, .init = interp_up, .fini = interp_down_checked) {
    check(format_int, I(1234567), ",", "1,234,567");
    check(format_int, I(1234567), "_", "1_234_567");
    check(format_int, I(-123), "08,", "-000,123");
    check(format_int, I(1234), "010,", "00,001,234");
    check(format_int, I(123), "08,", "0,000,123");
    check(format_int, I(-123), "08_x", "-00_007b");
    check(format_int, I(255), "#_b", "0b1111_1111");
    check(format_int, I(3), "=#08x", "0x000003");
    check(format_int, I(255), "#X", "0XFF");
    check(format_int, I(5), "<05", "50000");
    check(format_int, I(5), "x<05", "5xxxx");
    check(format_int, I(5), "=^5", "==5==");
    check(format_int, I(-5), "=+8", "-      5");
    check(format_int, I(5), " ", " 5");
    check(format_int, I(65), "c", "A");
    check(format_int, I(65), "^5c", "  A  ");
    check(format_int, I(5), "e", "5.000000e+00");
    check(format_int, I(5), "%", "500.000000%");
    check(format_int, I(1234567), "n", "1234567");
    check(format_int, NEWREF(True), "", "True");
    check(format_int, NEWREF(True), ">6", "     1");
    check(format_int, I(0), "#o", "0o0");
    Object *big = int_from_string(ts, "18446744073709551616", 20, 10);
    check(format_int, big, "_b", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000");
}

Test(format, floats, .init = interp_up, .fini = interp_down_checked) {
    check(format_float, F(1.0), "", "1.0");
    check(format_float, F(1.0), ".3", "1.0");
    check(format_float, F(1.0), ".0", "1e+00");
    check(format_float, F(10.0), ".1", "1e+01");
    check(format_float, F(1e16), ".3", "1e+16");
    check(format_float, F(123456789.0), ".3", "1.23e+08");
    check(format_float, F(0.0001), ".2", "0.0001");
    check(format_float, F(1.0), "#.0f", "1.");
    check(format_float, F(1.0), "#.0e", "1.e+00");
    check(format_float, F(1.0), "#g", "1.00000");
    check(format_float, F(1.0), "#.3g", "1.00");
    check(format_float, F(1e16), "#", "1.e+16");
    check(format_float, F(NAN), "010", "0000000nan");
    check(format_float, F(-INFINITY), "=+10", "-      inf");
    check(format_float, F(INFINITY), "015,.2f", "000000000000inf");
    check(format_float, F(NAN), "+", "+nan");
    check(format_float, F(-0.0), "+", "-0.0");
    check(format_float, F(-0.0), "z.1f", "0.0");
    check(format_float, F(-0.0001), "z.2f", "0.00");
    check(format_float, F(1234.5678), ",.2f", "1,234.57");
    check(format_float, F(12345678.9), ",g", "1.23457e+07");
    check(format_float, F(1234567.0), ",.3", "1.23e+06");
    check(format_float, F(2.675), ".2f", "2.67");
    check(format_float, F(2.5), ".0f", "2");
    check(format_float, F(0.25), ".0%", "25%");
    check(format_float, F(1e22), "", "1e+22");
    check(format_float, F(1.5), "*^9", "***1.5***");
    check(format_float, F(999999.5), "#g", "1.00000e+06");          /* glibc says 1.e+06 */
    check(format_float, F(0.1), ".60", "0.1000000000000000055511151231257827021181583404541015625");
    check(format_float, F(0.1), ".45", "0.10000000000000000555111512312578270211815834");
    check(format_float, F(5e-324), ".3e", "4.941e-324");
    check(format_float, F(0.125), ".2f", "0.12");                   /* an exact tie: to even */
    check(format_float, F(0.001), "#.0f", "0.");
    check(format_float, F(0.06), ".1f", "0.1");
    check(format_float, F(-1.5), "0=12,.1f", "-0,000,001.5");
}

Test(format, strings, .init = interp_up, .fini = interp_down_checked) {
    check(format_str, S("ab"), "05", "ab000");
    check(format_str, S("ab"), ">5", "   ab");
    check(format_str, S("abc"), "^7", "  abc  ");
    check(format_str, S("abcdef"), ".3", "abc");
    check(format_str, S("ab"), "x<6.1", "axxxxx");
    check(format_str, S("x"), "^3.0", "   ");
    check(format_str, S("h\xc3\xa9llo"), "\xc3\xa9^9", "\xc3\xa9\xc3\xa9h\xc3\xa9llo\xc3\xa9\xc3\xa9");
    check(format_str, S("\xe6\x97\xa5\xe6\x9c\xac"), ">4", "  \xe6\x97\xa5\xe6\x9c\xac");
}

Test(format, spec_errors, .init = interp_up, .fini = interp_down_checked) {
    check_error(format_int, I(5), "z", "Negative zero coercion (z) not allowed in integer format specifier");
    check_error(format_int, I(5), "xx", "Invalid format specifier 'xx' for object of type 'int'");
    check_error(format_int, I(5), ",x", "Cannot specify ',' with 'x'.");
    check_error(format_int, I(5), ",_", "Cannot specify both ',' and '_'.");
    check_error(format_int, I(5), ",,", "Cannot specify ',' with ','.");
    check_error(format_int, I(5), ".", "Format specifier missing precision");
    check_error(format_int, I(5), ".2", "Precision not allowed in integer format specifier");
    check_error(format_int, I(5), "s", "Unknown format code 's' for object of type 'int'");
    check_error(format_int, I(-5), "c", "%c arg not in range(0x110000)");
    check_error(format_int, I(65), "+c", "Sign not allowed with integer format specifier 'c'");
    check_error(format_int, I(5), "99999999999999999999", "Too many decimal digits in format string");
    check_error(format_float, F(5.0), "d", "Unknown format code 'd' for object of type 'float'");
    check_error(format_str, S("a"), "=5", "'=' alignment not allowed in string format specifier");
    check_error(format_str, S("a"), "+", "Sign not allowed in string format specifier");
    check_error(format_str, S("a"), " ", "Space not allowed in string format specifier");
    check_error(format_str, S("a"), "#", "Alternate form (#) not allowed in string format specifier");
    check_error(format_str, S("a"), ",s", "Cannot specify ',' with 's'.");
    check_error(format_str, S("a"), "d", "Unknown format code 'd' for object of type 'str'");
}

/* fmt % args == expected; args is consumed. */
static void check_percent(const char *fmt, Object *args, const char *expected) {
    cr_assert_not_null(args);
    Object *f = S(fmt);
    Object *r = format_percent(ts, f, args);
    cr_assert_not_null(r, "'%s' %% ... raised", fmt);
    cr_expect_str_eq(STR_DATA(r), expected, "'%s' %% ...", fmt);
    DECREF(r);
    DECREF(f);
    DECREF(args);
}

static void check_percent_error(const char *fmt, Object *args, const char *msg) {
    Object *f = S(fmt);
    Object *r = format_percent(ts, f, args);
    cr_expect_null(r);
    XDECREF(r);
    cr_assert(err_occurred(ts));
    Object *e = err_fetch(ts);
    Object *m = exc_str(ts, e);
    cr_expect_str_eq(STR_DATA(m), msg, "'%s' %% ...", fmt);
    DECREF(m);
    DECREF(e);
    DECREF(f);
    DECREF(args);
}

static Object *pack2(Object *a, Object *b) {
    Object *t = tuple_pack(ts, 2, a, b);
    DECREF(a);
    DECREF(b);
    return t;
}

Test(format, percent, .init = interp_up, .fini = interp_down_checked) {
    check_percent("%5d|", I(42), "   42|");
    check_percent("%-5d|", I(42), "42   |");
    check_percent("%+05d", I(3), "+0003");
    check_percent("%.5d", I(-42), "-00042");
    check_percent("%#x", I(255), "0xff");
    check_percent("%#05x", I(5), "0x005");
    check_percent("%#.3x", I(5), "0x005");
    check_percent("%#o", I(8), "0o10");
    check_percent("%d", F(-3.99), "-3");
    check_percent("%010.3f", F(-3.14159), "-00003.142");
    check_percent("%010f", F(INFINITY), "0000000inf");
    check_percent("%+f", F(NAN), "+nan");
    check_percent("%#.0e", F(1.0), "1.e+00");
    check_percent("%g", F(1e20), "1e+20");
    check_percent("%.3r", S("abc"), "'ab");
    check_percent("%c", I(65), "A");
    check_percent("%s%%", I(50), "50%");
    check_percent("%*d|", pack2(I(-5), I(3)), "3    |");
    check_percent("%.*f", pack2(I(2), F(3.14159)), "3.14");
    check_percent("abc", tuple_new(ts, 0), "abc");
    Object *d = dict_new(ts);
    Object *v = I(30);
    dict_set_cstr(ts, d, "age", v);
    DECREF(v);
    check_percent("%(age)d %(age)x %%", d, "30 1e %");
}

Test(format, percent_error_messages, .init = interp_up, .fini = interp_down_checked) {
    check_percent_error("%s", pack2(I(1), I(2)), "not all arguments converted during string formatting");
    check_percent_error("%s %s %s", pack2(I(1), I(2)), "not enough arguments for format string");
    check_percent_error("%d", S("x"), "%d format: a real number is required, not str");
    check_percent_error("%x", F(1.5), "%x format: an integer is required, not float");
    check_percent_error("%z", I(1), "unsupported format character 'z' (0x7a) at index 1");
    check_percent_error("%(a)s", I(1), "format requires a mapping");
    check_percent_error("%", tuple_new(ts, 0), "incomplete format");
    check_percent_error("%c", I(-1), "%c arg not in range(0x110000)");
    check_percent_error("%c", S("ab"), "%c requires int or char");
    check_percent_error("%f", S("x"), "must be real number, not str");
    check_percent_error("abc", I(1), "not all arguments converted during string formatting");
}
