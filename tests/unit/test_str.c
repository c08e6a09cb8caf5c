/* test_str.c -- unit tests of the str methods (runtime/str_methods.c; for
 * str.format and format_map, runtime/format.c, called through the same
 * method table) and of the Unicode property table behind them
 * (common/unicode.c).
 *
 * The table tests check, over all 1,114,112 code points, the invariants the
 * methods rely on (the digit classes nest, the case classes are disjoint),
 * and a few hand-picked answers recorded from CPython 3.11. The method
 * tests call methods from C the way the VM does (obj_call_method) and
 * check results, CPython's error messages, and that large inputs are
 * handled in linear time (under a timeout). Each test starts a fresh
 * interpreter and fails if an object outlives it.
 */
#include <stdio.h>
#include <string.h>
#include <criterion/criterion.h>

#include "unit_support.h"
#include "common/unicode.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

/* ---- the property table ------------------------------------------------- */

/* uni_to_* of [cp] as a NUL-terminated UTF-8 string in [buf]. */
static const char *mapped(int (*map)(uint32_t, uint32_t *), uint32_t cp, char buf[16]) {
    uint32_t out[UNI_MAX_MAPPING];
    int n = map(cp, out), len = 0;
    for (int i = 0; i < n; i++) {
        uint32_t c = out[i];
        if (c < 0x80) {
            buf[len++] = (char)c;
        } else if (c < 0x800) {
            buf[len++] = (char)(0xC0 | (c >> 6));
            buf[len++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            buf[len++] = (char)(0xE0 | (c >> 12));
            buf[len++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (char)(0x80 | (c & 0x3F));
        } else {
            buf[len++] = (char)(0xF0 | (c >> 18));
            buf[len++] = (char)(0x80 | ((c >> 12) & 0x3F));
            buf[len++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (char)(0x80 | (c & 0x3F));
        }
    }
    buf[len] = '\0';
    return buf;
}

Test(unicode, ascii) {
    for (uint32_t c = 0; c < 128; c++) {
        bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        bool digit = c >= '0' && c <= '9';
        bool space = (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
        cr_expect_eq(uni_has(c, UNI_ALPHA), alpha, "isalpha(%u)", c);
        cr_expect_eq(uni_has(c, UNI_DECIMAL), digit, "isdecimal(%u)", c);
        cr_expect_eq(uni_has(c, UNI_SPACE), space, "isspace(%u)", c);
        cr_expect_eq(uni_has(c, UNI_UPPER), c >= 'A' && c <= 'Z', "isupper(%u)", c);
        cr_expect_eq(uni_has(c, UNI_CASED), alpha, "cased(%u)", c);
        cr_expect_eq(uni_has(c, UNI_PRINTABLE), c >= 32 && c < 127, "isprintable(%u)", c);
        cr_expect_eq(uni_has(c, UNI_XID_START), alpha || c == '_', "xid_start(%u)", c);
        cr_expect_eq(uni_decimal_value(c), digit ? (int)(c - '0') : -1);
    }
    /* the apostrophe, the period and the colon are case-ignorable (final sigma) */
    cr_expect(uni_has('\'', UNI_CASE_IGNORABLE) && uni_has('.', UNI_CASE_IGNORABLE) &&
              uni_has(':', UNI_CASE_IGNORABLE) && !uni_has('-', UNI_CASE_IGNORABLE));
}

/* What the methods assume about the flags, for every code point. */
Test(unicode, invariants_over_all_code_points) {
    int linebreaks = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        uint32_t f = uni_record(cp)->flags;
        if (f & UNI_DECIMAL) cr_assert(f & UNI_DIGIT, "U+%04X decimal but not digit", cp);
        if (f & UNI_DIGIT) cr_assert(f & UNI_NUMERIC, "U+%04X digit but not numeric", cp);
        int cases = !!(f & UNI_UPPER) + !!(f & UNI_LOWER) + !!(f & UNI_TITLE);
        cr_assert(cases <= 1, "U+%04X in two case classes", cp);
        cr_assert_eq(cases == 1, !!(f & UNI_CASED), "U+%04X cased", cp);
        if (f & UNI_XID_START) cr_assert(f & UNI_XID_CONTINUE, "U+%04X", cp);
        if (f & UNI_LINEBREAK) {
            linebreaks++;
            cr_assert(f & UNI_SPACE, "U+%04X breaks lines but is not space", cp);
        }
        uint32_t out[UNI_MAX_MAPPING];
        int n = uni_to_upper(cp, out);
        cr_assert(n >= 1 && n <= UNI_MAX_MAPPING && out[0] <= 0x10FFFF);
        n = uni_to_fold(cp, out);
        cr_assert(n >= 1 && n <= UNI_MAX_MAPPING && out[0] <= 0x10FFFF);
    }
    /* \n \v \f \r \x1c \x1d \x1e \x85 \u2028 \u2029 */
    cr_expect_eq(linebreaks, 10);
    cr_expect_eq(uni_record(0x110000), uni_record(0));
}

Test(unicode, special_cases) {
    char b[16];
    cr_expect_str_eq(mapped(uni_to_upper, 0xDF, b), "SS");           /* ß */
    cr_expect_str_eq(mapped(uni_to_fold, 0xDF, b), "ss");
    cr_expect_str_eq(mapped(uni_to_lower, 0xDF, b), "\xc3\x9f");
    cr_expect_str_eq(mapped(uni_to_title, 0xDF, b), "Ss");
    cr_expect_str_eq(mapped(uni_to_upper, 0x149, b), "\xca\xbcN");   /* ŉ -> ʼN */
    cr_expect_str_eq(mapped(uni_to_lower, 0x130, b), "i\xcc\x87");    /* İ -> i + U+0307 */
    cr_expect_str_eq(mapped(uni_to_upper, 0xFB03, b), "FFI");         /* ﬃ */
    cr_expect_str_eq(mapped(uni_to_title, 0xFB03, b), "Ffi");
    cr_expect_str_eq(mapped(uni_to_title, 0x1C6, b), "\xc7\x85");     /* ǆ -> ǅ */
    cr_expect_str_eq(mapped(uni_to_upper, 0x1C5, b), "\xc7\x84");     /* ǅ -> Ǆ */
    cr_expect_str_eq(mapped(uni_to_lower, 0x3A3, b), "\xcf\x83");     /* Σ -> σ without context */
    cr_expect_str_eq(mapped(uni_to_upper, 0x3C2, b), "\xce\xa3");     /* ς -> Σ */
    cr_expect_str_eq(mapped(uni_to_lower, 0x10400, b), "\xf0\x90\x90\xa8");   /* Deseret */
    cr_expect_str_eq(mapped(uni_to_upper, 0x390, b), "\xce\x99\xcc\x88\xcc\x81");   /* ΐ: three */
    cr_expect(uni_has(0x1C5, UNI_TITLE) && !uni_has(0x1C5, UNI_UPPER));
    cr_expect(uni_has(0x24B6, UNI_UPPER) && !uni_has(0x24B6, UNI_ALPHA));   /* Ⓐ */
    cr_expect(uni_has(0x2B0, UNI_CASED | UNI_CASE_IGNORABLE));              /* ʰ: both */
    cr_expect(uni_has(0x301, UNI_CASE_IGNORABLE) && !uni_has(0x301, UNI_CASED));
    cr_expect_eq(uni_decimal_value(0x663), 3);                              /* ٣ */
    cr_expect_eq(uni_decimal_value(0x1D7D9), 1);                            /* 𝟙 */
    cr_expect_eq(uni_decimal_value(0xB2), -1);                              /* ² is a digit only */
    cr_expect(uni_has(0xB2, UNI_DIGIT) && !uni_has(0xB2, UNI_DECIMAL));
    cr_expect(uni_has(0xBD, UNI_NUMERIC) && !uni_has(0xBD, UNI_DIGIT));     /* ½ */
    cr_expect(uni_has(0x3000, UNI_SPACE) && !uni_has(0x200B, UNI_SPACE));
    cr_expect(uni_has(0x2028, UNI_LINEBREAK) && uni_has(0x85, UNI_LINEBREAK));
    cr_expect(!uni_has(0xAD, UNI_PRINTABLE) && uni_has(0xA1, UNI_PRINTABLE));
    cr_expect(uni_has(0xD800, UNI_CASE_IGNORABLE) == false && !uni_has(0xD800, UNI_PRINTABLE));
}

/* ---- methods called from C ---------------------------------------------- */

static Object *S(const char *v) { return str_from_cstr(ts, v); }

/* [self].[name](*args): the arguments are consumed. */
static Object *callm(Object *self, const char *name, size_t n, Object **args) {
    Object *r = obj_call_method(ts, self, str_intern_cstr_borrowed(ts, name), args, n);
    for (size_t i = 0; i < n; i++) DECREF(args[i]);
    return r;
}

/* repr([o]), consumed, as a C string in [buf]. */
static const char *show(Object *o, char *buf, size_t size) {
    cr_assert_not_null(o, "call raised");
    Object *r = obj_repr(ts, o);
    snprintf(buf, size, "%s", STR_DATA(r));
    DECREF(r);
    DECREF(o);
    return buf;
}

/* [self].[name](*args) has repr [expected]. */
#define CHECK(self, name, expected, ...)                                         \
    do {                                                                         \
        Object *a_[] = {NULL, ##__VA_ARGS__};                                    \
        Object *s_ = S(self);                                                    \
        char b_[512];                                                            \
        show(callm(s_, name, sizeof a_ / sizeof *a_ - 1, a_ + 1), b_, sizeof b_); \
        cr_expect_str_eq(b_, expected, "%s.%s", self, name);                     \
        DECREF(s_);                                                              \
    } while (0)

/* [self].[name](*args) raises [type] with message [msg]. */
#define CHECK_ERR(self, name, type, msg, ...)                                    \
    do {                                                                         \
        Object *a_[] = {NULL, ##__VA_ARGS__};                                    \
        Object *s_ = S(self);                                                    \
        Object *r_ = callm(s_, name, sizeof a_ / sizeof *a_ - 1, a_ + 1);        \
        cr_expect_null(r_, "%s.%s should raise", self, name);                    \
        XDECREF(r_);                                                             \
        cr_assert(err_matches(ts, type), "%s.%s: wrong exception type", self, name); \
        Object *e_ = err_fetch(ts);                                              \
        Object *m_ = exc_str(ts, e_);                                            \
        cr_expect_str_eq(STR_DATA(m_), msg, "%s.%s", self, name);                \
        DECREF(m_);                                                              \
        DECREF(e_);                                                              \
        DECREF(s_);                                                              \
    } while (0)

static Object *I(int64_t v) { return int_from_i64(ts, v); }

Test(str_methods, split_family, .init = interp_up, .fini = interp_down_checked) {
    CHECK("a,b,,c", "split", "['a', 'b', '', 'c']", S(","));
    CHECK("a,b,,c", "rsplit", "['a,b', '', 'c']", S(","), I(2));
    CHECK("  a \t b\u3000c  ", "split", "['a', 'b', 'c']");
    CHECK("  a  b  c  ", "split", "['a', 'b  c  ']", NEWREF(None), I(1));
    CHECK("  a  b  c  ", "rsplit", "['  a  b', 'c']", NEWREF(None), I(1));
    CHECK("aaa", "split", "['', 'a']", S("aa"));
    CHECK("aaa", "rsplit", "['a', '']", S("aa"));
    CHECK("x\r\ny\u2028z", "splitlines", "['x', 'y', 'z']");
    CHECK("x\r\ny\n", "splitlines", "['x\\r\\n', 'y\\n']", NEWREF(True));
    CHECK("k=v=w", "partition", "('k', '=', 'v=w')", S("="));
    CHECK("k=v=w", "rpartition", "('k=v', '=', 'w')", S("="));
    CHECK("kvw", "rpartition", "('', '', 'kvw')", S("="));
    CHECK_ERR("abc", "split", &ExcValueError, "empty separator", S(""));
    CHECK_ERR("abc", "split", &ExcTypeError, "must be str or None, not int", I(1));
    CHECK_ERR("abc", "split", &ExcTypeError, "split() takes at most 2 arguments (3 given)", S(","), I(1), I(2));
    CHECK_ERR("abc", "partition", &ExcTypeError, "str.partition() takes exactly one argument (0 given)");
}

Test(str_methods, keywords, .init = interp_up, .fini = interp_down_checked) {
    Object *s = S("a b c");
    Object *args[] = {I(1)};
    Object *kw = tuple_pack(ts, 1, str_intern_cstr_borrowed(ts, "maxsplit"));
    Object *m = obj_getattr_cstr(ts, s, "split");
    Object *r = obj_call(ts, m, args, 0, kw);
    char b[128];
    cr_expect_str_eq(show(r, b, sizeof b), "['a', 'b c']");
    Object *bad = tuple_pack(ts, 1, str_intern_cstr_borrowed(ts, "max"));
    r = obj_call(ts, m, args, 0, bad);
    cr_expect_null(r);
    Object *e = err_fetch(ts), *msg = exc_str(ts, e);
    cr_expect_str_eq(STR_DATA(msg), "'max' is an invalid keyword argument for split()");
    DECREF(msg);
    DECREF(e);
    DECREF(bad);
    DECREF(m);
    DECREF(kw);
    DECREF(args[0]);
    DECREF(s);
}

Test(str_methods, search, .init = interp_up, .fini = interp_down_checked) {
    CHECK("abracadabra", "find", "7", S("abra"), I(1));
    CHECK("abracadabra", "rfind", "0", S("abra"), I(0), I(-1));
    CHECK("día día", "find", "5", S("í"), I(2));
    CHECK("día día", "rfind", "4", S("d"));
    CHECK("日本日本", "count", "2", S("日本"));
    CHECK("abc", "count", "4", S(""));
    CHECK("abc", "count", "0", S(""), I(4));
    CHECK("abc", "find", "-1", S(""), I(4));
    CHECK("abc", "startswith", "True", S("b"), I(1));
    CHECK("abc", "endswith", "False", S("c"), I(0), I(-1));
    CHECK_ERR("abc", "index", &ExcValueError, "substring not found", S("z"));
    CHECK_ERR("abc", "find", &ExcTypeError, "find() takes at least 1 argument (0 given)");
    CHECK_ERR("abc", "find", &ExcTypeError,
              "slice indices must be integers or None or have an __index__ method", S("a"), S("x"));
    CHECK_ERR("abc", "startswith", &ExcTypeError,
              "startswith first arg must be str or a tuple of str, not int", I(1));
}

Test(str_methods, case_mapping, .init = interp_up, .fini = interp_down_checked) {
    CHECK("straße", "upper", "'STRASSE'");
    CHECK("ΟΔΥΣΣΕΥΣ", "lower", "'οδυσσευς'");
    CHECK("ΑΣ\u0301 Σ", "lower", "'ας\u0301 σ'");
    CHECK("ǆungla", "title", "'ǅungla'");
    CHECK("they're", "title", "\"They'Re\"");
    CHECK("ﬁnance", "capitalize", "'Finance'");
    CHECK("İ", "lower", "'i̇'");
    CHECK("ΑΣ", "swapcase", "'ας'");
    CHECK("Straße", "casefold", "'strasse'");
    CHECK_ERR("abc", "upper", &ExcTypeError, "str.upper() takes no arguments (1 given)", I(1));
}

Test(str_methods, format, .init = interp_up, .fini = interp_down_checked) {
    CHECK("{} {}", "format", "'1 x'", I(1), S("x"));
    CHECK("{0:>{1}}|{{}}", "format", "'   a|{}'", S("a"), I(4));
    CHECK("{٣}", "format", "'3'", I(0), I(1), I(2), I(3));
    CHECK("{0[1]}", "format", "'b'", S("abc"));
    CHECK("{!r:^7}", "format", "\"  'x'  \"", S("x"));
    CHECK_ERR("{} {}", "format", &ExcIndexError,
              "Replacement index 1 out of range for positional args tuple", I(1));
    CHECK_ERR("{}{0}", "format", &ExcValueError,
              "cannot switch from automatic field numbering to manual field specification", I(1));
    CHECK_ERR("x}", "format", &ExcValueError, "Single '}' encountered in format string");
    CHECK_ERR("{:{:{}}}", "format", &ExcValueError, "Max string recursion exceeded", I(1), I(2), I(3));
    CHECK_ERR("{a}", "format", &ExcKeyError, "'a'");
    Object *d = dict_new(ts), *five = I(5);
    dict_set_cstr(ts, d, "a", five);
    DECREF(five);
    CHECK("{a}", "format_map", "'5'", d);
}

Test(str_methods, translate_and_padding, .init = interp_up, .fini = interp_down_checked) {
    Object *a[] = {S("abc"), S("xyz"), S("d")};
    Object *table = obj_call_method(ts, a[0], str_intern_cstr_borrowed(ts, "maketrans"), a, 3);
    for (int i = 0; i < 3; i++) DECREF(a[i]);
    cr_assert_not_null(table);
    CHECK("abcd!", "translate", "'xyz!'", NEWREF(table));
    DECREF(table);
    CHECK("-5", "zfill", "'-0005'", I(5));
    CHECK("ab", "center", "'**ab*'", I(5), S("*"));       /* odd margin and width: left */
    CHECK("a", "center", "'*a**'", I(4), S("*"));
    CHECK("é", "rjust", "'日日é'", I(3), S("日"));
    CHECK("a\tbc\td", "expandtabs", "'a   bc  d'", I(4));
    CHECK_ERR("a", "center", &ExcTypeError, "The fill character must be exactly one character long",
              I(3), S("ab"));
    CHECK_ERR("a", "replace", &ExcTypeError, "replace expected at least 2 arguments, got 1", S("a"));
}

/* A quadratic split, replace or join would not finish in time. */
Test(str_methods, linear_on_large_inputs, .init = interp_up, .fini = interp_down_checked, .timeout = 60) {
    Object *g = run_snippet(
        "s = 'ab,' * 3000000\n"
        "parts = s.split(',')\n"
        "n1 = len(parts)\n"
        "n2 = len(s.rsplit(','))\n"
        "r = s.replace(',', ';;')\n"
        "n3 = r.count(';;')\n"
        "j = ','.join(parts)\n"
        "same = j == s\n"
        "t = 'a' * 3000000 + 'b'\n"
        "k = t.rfind('b' + 'a' * 2000) + t.find('a' * 2000 + 'b') + t.count('a' * 1999 + 'b')\n"
        "u = ('é' * 1000000).split('é')\n"
        "nu = len(u)\n");
    cr_assert_not_null(g);
    int64_t v;
    cr_expect(int_as_i64(dict_get_cstr_borrowed(ts, g, "n1"), &v) && v == 3000001);
    cr_expect(int_as_i64(dict_get_cstr_borrowed(ts, g, "n2"), &v) && v == 3000001);
    cr_expect(int_as_i64(dict_get_cstr_borrowed(ts, g, "n3"), &v) && v == 3000000);
    cr_expect(int_as_i64(dict_get_cstr_borrowed(ts, g, "k"), &v) && v == 2998000);
    cr_expect(int_as_i64(dict_get_cstr_borrowed(ts, g, "nu"), &v) && v == 1000001);
    cr_expect_eq(dict_get_cstr_borrowed(ts, g, "same"), True);
    dict_clear(g);
    DECREF(g);
}
