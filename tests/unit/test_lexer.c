/* test_lexer.c -- the scanner, the indentation layer and the shared pure-C
 * helpers of common/ (strbuf, utf8, pyrepr, unicode).
 *
 * Lesson 2 (the pipeline): source -> tokens. Each test lexes a small input
 * and checks kinds, positions (CPython's: 1-based lines, 0-based byte
 * columns) or the exact SyntaxError CPython 3.11 gives; the golden files
 * tests/golden/tokens/<name>.py + .tokens pin the `--tokens` listing.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/pyrepr.h"
#include "common/strbuf.h"
#include "common/unicode.h"
#include "common/utf8.h"
#include "lexer/lexer.h"
#include "lexer/strlit.h"
#include "parser/parse.h"

/* ---- helpers ------------------------------------------------------------ */

typedef struct {
    Lexer lx;
    Diag diag;
    char *src;
} Lex;

static Lex *lex_open(const char *src)
{
    Lex *l = calloc(1, sizeof *l);
    l->src = strdup(src);
    lex_init(&l->lx, l->src, strlen(l->src), &l->diag);
    return l;
}

static void lex_close(Lex *l)
{
    diag_clear(&l->diag);
    free(l->src);
    free(l);
}

/* The kinds of all tokens of [src] as bison symbol-ish names joined by
 * spaces, e.g. "NAME = NUMBER NEWLINE ENDMARKER". */
static char *kinds(const char *src)
{
    Lex *l = lex_open(src);
    StrBuf sb;
    strbuf_init(&sb);
    for (int i = 0; i < 1000; i++) {
        Token t;
        int k = lex_next(&l->lx, &t);
        if (sb.len)
            strbuf_appendc(&sb, ' ');
        switch (k) {
        case T_NAME: strbuf_puts(&sb, "NAME"); break;
        case T_NUMBER: strbuf_puts(&sb, "NUMBER"); break;
        case T_STRING: strbuf_puts(&sb, "STRING"); break;
        case T_NEWLINE: strbuf_puts(&sb, "NEWLINE"); break;
        case T_INDENT: strbuf_puts(&sb, "INDENT"); break;
        case T_DEDENT: strbuf_puts(&sb, "DEDENT"); break;
        case T_YYEOF: strbuf_puts(&sb, "ENDMARKER"); break;
        case T_YYerror: strbuf_puts(&sb, "ERROR"); break;
        default: strbuf_append(&sb, t.start, t.len); break;
        }
        if (k == T_YYEOF || k == T_YYerror)
            break;
    }
    lex_close(l);
    return strbuf_detach(&sb);
}

#define expect_kinds(src, want) do { \
        char *got_ = kinds(src); \
        cr_expect_str_eq(got_, want, "source %s", src); \
        free(got_); } while (0)

/* Lex [src] to its end or first error; the Diag is returned in [d]. */
static void lex_all(const char *src, Diag *d)
{
    Lex *l = lex_open(src);
    Token t;
    for (int i = 0; i < 100000; i++) {
        int k = lex_next(&l->lx, &t);
        if (k == T_YYEOF || k == T_YYerror)
            break;
    }
    *d = l->diag;
    d->text = l->diag.text ? strdup(l->diag.text) : NULL;
    lex_close(l);
}

#define expect_lex_error(src, kind_, msg_, line, off, eline, eoff) do { \
        Diag d_; lex_all(src, &d_); \
        cr_expect(d_.set, "no error for %s", src); \
        cr_expect_str_eq(diag_kind_name(d_.kind), kind_, "kind for %s", src); \
        cr_expect_str_eq(d_.msg, msg_, "message for %s", src); \
        cr_expect_eq(d_.lineno, line, "lineno for %s", src); \
        cr_expect_eq(d_.offset, off, "offset for %s", src); \
        cr_expect_eq(d_.end_lineno, eline, "end_lineno for %s", src); \
        cr_expect_eq(d_.end_offset, eoff, "end_offset for %s", src); \
        diag_clear(&d_); } while (0)

/* ---- token streams ------------------------------------------------------ */

Test(lexer, simple_statement)
{
    expect_kinds("x = 1\n", "NAME = NUMBER NEWLINE ENDMARKER");
    expect_kinds("x = 1", "NAME = NUMBER NEWLINE ENDMARKER");
    expect_kinds("", "ENDMARKER");
    expect_kinds("\n\n# only a comment\n", "ENDMARKER");
}

Test(lexer, keywords_are_literal_rules)
{
    expect_kinds("if iffy in inx is isx not notx",
                 "if NAME in NAME is NAME not NAME NEWLINE ENDMARKER");
    expect_kinds("match case _ print", "NAME NAME NAME NAME NEWLINE ENDMARKER");
    expect_kinds("True False None", "True False None NEWLINE ENDMARKER");
}

Test(lexer, operators_longest_match)
{
    expect_kinds("a**=b//=c>>=d<<=e->f:=g...h",
                 "NAME **= NAME //= NAME >>= NAME <<= NAME -> NAME := NAME ... "
                 "NAME NEWLINE ENDMARKER");
    expect_kinds("a!=b==c<=d>=e@f@=g", "NAME != NAME == NAME <= NAME >= NAME @ "
                 "NAME @= NAME NEWLINE ENDMARKER");
    expect_kinds("x.y .. z", "NAME . NAME . . NAME NEWLINE ENDMARKER");
}

Test(lexer, indent_dedent)
{
    expect_kinds("if a:\n    b\n    c\nd\n",
                 "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT "
                 "NAME NEWLINE ENDMARKER");
    expect_kinds("if a:\n  if b:\n    c\n", "if NAME : NEWLINE INDENT if NAME : "
                 "NEWLINE INDENT NAME NEWLINE DEDENT DEDENT ENDMARKER");
    /* blank and comment-only lines do not count */
    expect_kinds("if a:\n\n      # c\n  b\n", "if NAME : NEWLINE INDENT NAME "
                 "NEWLINE DEDENT ENDMARKER");
    /* a tab reaches column 8, like eight spaces */
    expect_kinds("if a:\n\tb\n\tc\n", "if NAME : NEWLINE INDENT NAME NEWLINE "
                 "NAME NEWLINE DEDENT ENDMARKER");
    /* no final newline: the implicit NEWLINE, then the DEDENTs */
    expect_kinds("if a:\n  if b:\n    c", "if NAME : NEWLINE INDENT if NAME : "
                 "NEWLINE INDENT NAME NEWLINE DEDENT DEDENT ENDMARKER");
    expect_kinds("if a:\n    b\n    # c", "if NAME : NEWLINE INDENT NAME "
                 "NEWLINE DEDENT ENDMARKER");
}

Test(lexer, implicit_and_explicit_joining)
{
    expect_kinds("x = (1,\n  2)\n", "NAME = ( NUMBER , NUMBER ) NEWLINE ENDMARKER");
    expect_kinds("x = [\n\n]\n", "NAME = [ ] NEWLINE ENDMARKER");
    expect_kinds("x = 1 + \\\n  2\n", "NAME = NUMBER + NUMBER NEWLINE ENDMARKER");
}

Test(lexer, positions)
{
    Lex *l = lex_open("if x:\n    y = 'a\\\nb'\n");
    Token t;
    int want[][5] = {
        {T_IF, 1, 0, 1, 2}, {T_NAME, 1, 3, 1, 4}, {T_COLON, 1, 4, 1, 5},
        {T_NEWLINE, 1, 5, 1, 6}, {T_INDENT, 2, 0, 2, 4}, {T_NAME, 2, 4, 2, 5},
        {T_EQUAL, 2, 6, 2, 7}, {T_STRING, 2, 8, 3, 2}, {T_NEWLINE, 3, 2, 3, 3},
        {T_DEDENT, 4, 0, 4, 0}, {T_YYEOF, 4, 0, 4, 0},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        int k = lex_next(&l->lx, &t);
        cr_expect_eq(k, want[i][0], "token %zu kind", i);
        cr_expect_eq(t.lineno, want[i][1], "token %zu line", i);
        cr_expect_eq(t.col, want[i][2], "token %zu col", i);
        cr_expect_eq(t.end_lineno, want[i][3], "token %zu end line", i);
        cr_expect_eq(t.end_col, want[i][4], "token %zu end col", i);
    }
    lex_close(l);
}

Test(lexer, columns_are_bytes)
{
    Lex *l = lex_open("é = 1");
    Token t;
    lex_next(&l->lx, &t);
    cr_expect_eq(t.kind, T_NAME);
    cr_expect_eq(t.end_col, 2);      /* 'é' is two bytes of UTF-8 */
    lex_next(&l->lx, &t);
    cr_expect_eq(t.col, 3);
    lex_close(l);
}

Test(lexer, numbers)
{
    expect_kinds("0 00 42 1_000 0x_1F 0o17 0b1 3.14 1e10 1E-5 .5 5. 1j 2.5J 1if x",
                 "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER "
                 "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER if NAME NEWLINE "
                 "ENDMARKER");
}

Test(lexer, imaginary_numbers)
{
    /* one NUMBER each; `0jif` is 0j then the keyword, as in CPython */
    expect_kinds("1e3j 0j 1_0j 1.5e-3J .5j 5.j 0e0J 0jif x",
                 "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER if NAME "
                 "NEWLINE ENDMARKER");
}

Test(lexer, strings)
{
    expect_kinds("'a' \"b\" '''c\n''' r'\\'' b'x' Rb'y' bR'z' f'{a}' rF\"\" u'w'",
                 "STRING STRING STRING STRING STRING STRING STRING STRING "
                 "STRING STRING NEWLINE ENDMARKER");
    expect_kinds("ur'x'", "NAME STRING NEWLINE ENDMARKER");
}

/* ---- scanner errors, as CPython 3.11 reports them --------------------- */

Test(lexer, number_errors)
{
    expect_lex_error("x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5);
    expect_lex_error("x = 0777", "SyntaxError", "leading zeros in decimal integer "
                     "literals are not permitted; use an 0o prefix for octal "
                     "integers", 1, 5, 1, 6);
    expect_lex_error("x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6);
    expect_lex_error("x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6);
    expect_lex_error("x = 0b12", "SyntaxError", "invalid digit '2' in binary literal",
                     1, 8, 1, 8);
    expect_lex_error("x = 0o8", "SyntaxError", "invalid digit '8' in octal literal",
                     1, 7, 1, 7);
    expect_lex_error("x = 1e", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5);
    expect_lex_error("x = 1.5jx", "SyntaxError", "invalid imaginary literal", 1, 8, 1, 8);
    expect_lex_error("x = 1e3jx", "SyntaxError", "invalid imaginary literal", 1, 8, 1, 8);
    expect_lex_error("x = 1_j", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6);
    expect_lex_error("x = 0x1j", "SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7);
    expect_lex_error("x = 0b1j", "SyntaxError", "invalid binary literal", 1, 7, 1, 7);
}

Test(lexer, string_errors)
{
    expect_lex_error("x = 'abc\n", "SyntaxError",
                     "unterminated string literal (detected at line 1)", 1, 5, 1, 5);
    expect_lex_error("x = '''abc\n\n", "SyntaxError",
                     "unterminated triple-quoted string literal (detected at line 2)",
                     1, 5, 1, 5);
    expect_lex_error("s = '''\nabc\n\ndef", "SyntaxError",
                     "unterminated triple-quoted string literal (detected at line 4)",
                     1, 5, 1, 5);
    expect_lex_error("y = 1\nx = f'a\\\n", "SyntaxError",
                     "unterminated string literal (detected at line 2)", 2, 5, 2, 5);
}

Test(lexer, character_errors)
{
    expect_lex_error("€ = 1", "SyntaxError", "invalid character '€' (U+20AC)",
                     1, 1, 1, 1);
    expect_lex_error("ab€ = 1", "SyntaxError", "invalid character '€' (U+20AC)",
                     1, 3, 1, 3);
    expect_lex_error("x = 1\x01", "SyntaxError",
                     "invalid non-printable character U+0001", 1, 6, 1, 6);
    expect_lex_error("a\u00a0= 1", "SyntaxError",
                     "invalid non-printable character U+00A0", 1, 2, 1, 2);
    expect_lex_error("x = 1 \\ y", "SyntaxError",
                     "unexpected character after line continuation character",
                     1, 8, 1, 0);
    expect_lex_error("x = 1 + \\", "SyntaxError", "unexpected EOF while parsing",
                     1, 10, 1, 0);
}

Test(lexer, bracket_errors)
{
    expect_lex_error("x = )", "SyntaxError", "unmatched ')'", 1, 5, 1, 5);
    expect_lex_error("x = (]", "SyntaxError", "closing parenthesis ']' does not "
                     "match opening parenthesis '('", 1, 6, 1, 6);
    expect_lex_error("x = (\n]", "SyntaxError", "closing parenthesis ']' does not "
                     "match opening parenthesis '(' on line 1", 2, 1, 2, 1);
    expect_lex_error("f(1,\n\n", "SyntaxError", "'(' was never closed", 1, 2, 1, 0);
    char deep[301];
    memset(deep, '[', 300);
    deep[300] = '\0';
    expect_lex_error(deep, "SyntaxError", "too many nested parentheses", 1, 201,
                     1, 201);
}

Test(lexer, indentation_errors)
{
    expect_lex_error("if x:\n    pass\n  y\n", "IndentationError",
                     "unindent does not match any outer indentation level",
                     3, 4, 3, 0);
    expect_lex_error("if x:\n        a\n\tb\n", "TabError",
                     "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0);
    expect_lex_error("if x:\n\ta\n        b\n", "TabError",
                     "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0);
    StrBuf sb;
    strbuf_init(&sb);
    for (int i = 0; i <= 100; i++) {
        for (int j = 0; j < i; j++)
            strbuf_appendc(&sb, ' ');
        strbuf_puts(&sb, "if x:\n");
    }
    expect_lex_error(sb.data, "IndentationError", "too many levels of indentation",
                     101, 1, 101, 0);
    strbuf_free(&sb);
}

Test(lexer, error_token_is_sticky)
{
    Lex *l = lex_open("x = $ 1abc");
    Token t;
    int k;
    while ((k = lex_next(&l->lx, &t)) != T_YYEOF && k != T_YYerror)
        ;
    cr_expect_eq(k, T_YYerror);
    cr_expect_eq(lex_next(&l->lx, &t), T_YYerror);
    cr_expect_eq(lex_next(&l->lx, &t), T_YYerror);
    lex_close(l);
}

/* ---- literal decoding --------------------------------------------------- */

static char *decode(const char *body, bool raw, bool bytes, char *err)
{
    StrBuf sb;
    strbuf_init(&sb);
    err[0] = '\0';
    if (!lex_decode_literal(&sb, body, strlen(body), raw, bytes, err, 320)) {
        strbuf_free(&sb);
        return NULL;
    }
    return strbuf_detach(&sb);
}

Test(strlit, escapes)
{
    char err[320];
    char *s = decode("a\\n\\t\\\\\\'\\x41\\101\\u00e9\\U0001F600\\d\\\nz", false,
                     false, err);
    cr_assert_not_null(s);
    cr_expect_str_eq(s, "a\n\t\\'AAé😀\\dz");
    free(s);
    s = decode("\\n", true, false, err);
    cr_expect_str_eq(s, "\\n");
    free(s);
    cr_expect_null(decode("\\x4", false, false, err));
    cr_expect_str_eq(err, "(unicode error) 'unicodeescape' codec can't decode "
                     "bytes in position 0-2: truncated \\xXX escape");
    cr_expect_null(decode("é\\u12", false, false, err));
    cr_expect_str_eq(err, "(unicode error) 'unicodeescape' codec can't decode "
                     "bytes in position 10-13: truncated \\uXXXX escape");
    cr_expect_null(decode("\\x4g", false, true, err));
    cr_expect_str_eq(err, "(value error) invalid \\x escape at position 0");
    s = decode("\\N{EM DASH}\\N{nbsp}", false, false, err);
    cr_assert_not_null(s, "%s", err);
    cr_expect_str_eq(s, "\u2014\u00a0");
    free(s);
    cr_expect_null(decode("\\N{NO SUCH NAME}", false, false, err));
    cr_expect_str_eq(err, "(unicode error) 'unicodeescape' codec can't decode "
                     "bytes in position 0-15: unknown Unicode character name");
    s = decode("\\N{EM DASH}", false, true, err);       /* bytes keep it as written */
    cr_expect_str_eq(s, "\\N{EM DASH}");
    free(s);
}

/* ---- golden token listings ---------------------------------------------- */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    StrBuf sb;
    strbuf_init(&sb);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        strbuf_append(&sb, buf, n);
    fclose(f);
    *len = sb.len;
    return strbuf_detach(&sb);
}

Test(tokens, golden_files)
{
    const char *names[] = {"keywords", "operators", "indentation", "literals",
                           "no_newline", "tabs"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char path[512];
        size_t len, elen;
        snprintf(path, sizeof path, "%s/golden/tokens/%s.py",
                 MINIPY_TEST_SOURCE_DIR, names[i]);
        char *src = read_file(path, &len);
        cr_assert_not_null(src, "missing %s", path);
        snprintf(path, sizeof path, "%s/golden/tokens/%s.tokens",
                 MINIPY_TEST_SOURCE_DIR, names[i]);
        char *want = read_file(path, &elen);
        cr_assert_not_null(want, "missing %s", path);
        char *got = NULL;
        size_t glen = 0;
        FILE *out = open_memstream(&got, &glen);
        Diag d = {0};
        int rc = parse_dump_tokens(out, src, len, names[i], &d);
        fclose(out);
        cr_expect_eq(rc, 0, "%s: %s", names[i], d.msg);
        cr_expect_str_eq(got, want, "token listing of %s", names[i]);
        diag_clear(&d);
        free(got);
        free(want);
        free(src);
    }
}

Test(tokens, dump_stops_at_error)
{
    char *got = NULL;
    size_t glen = 0;
    FILE *out = open_memstream(&got, &glen);
    Diag d = {0};
    const char *src = "x = 1\ny = 'oops\n";
    int rc = parse_dump_tokens(out, src, strlen(src), "t.py", &d);
    fclose(out);
    cr_expect_eq(rc, -1);
    cr_expect_str_eq(d.msg, "unterminated string literal (detected at line 2)");
    cr_expect(strstr(got, "NUMBER") != NULL, "tokens before the error are printed");
    diag_clear(&d);
    free(got);
}

/* ---- robustness: random bytes never crash or hang the scanner ---------- */

Test(lexer, random_input_terminates, .timeout = 60)
{
    unsigned seed = 12345;
    const char alphabet[] = "abcxyz019_ \t\n\\'\"#()[]{}:;,.+-*/%<>=!&|^~@$?`"
                            "\xc3\xa9\xe2\x82\xac\r\f";
    char buf[256];
    for (int iter = 0; iter < 20000; iter++) {
        int n = (int)(rand_r(&seed) % (sizeof buf - 1));
        for (int i = 0; i < n; i++)
            buf[i] = alphabet[rand_r(&seed) % (sizeof alphabet - 1)];
        buf[n] = '\0';
        Lex *l = lex_open(buf);
        Token t;
        int k, steps = 0;
        do {
            k = lex_next(&l->lx, &t);
            cr_assert(++steps < 10000, "scanner loops on input %d", iter);
        } while (k != T_YYEOF && k != T_YYerror);
        lex_close(l);
    }
}

/* ---- common/: strbuf, utf8, unicode, pyrepr ------------------------------ */

Test(common, strbuf)
{
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_append(&sb, "ab\0c", 4);
    strbuf_appendc(&sb, 'd');
    strbuf_printf(&sb, "%d-%s", 42, "x");
    cr_expect_eq(sb.len, 9);
    cr_expect(memcmp(sb.data, "ab\0cd42-x", 9) == 0);
    char *s = strbuf_detach(&sb);
    cr_expect_eq(sb.data, NULL);
    free(s);
    s = strbuf_detach(&sb);
    cr_expect_str_eq(s, "");
    free(s);
}

Test(common, utf8)
{
    char out[4];
    cr_expect_eq(utf8_encode(0x20AC, out), 3);
    cr_expect(memcmp(out, "\xe2\x82\xac", 3) == 0);
    size_t pos = 0;
    cr_expect_eq(utf8_decode("\xf0\x9f\x98\x80", 4, &pos), 0x1F600);
    cr_expect_eq(pos, 4);
    pos = 0;
    cr_expect_eq(utf8_decode("\xc0\x80", 2, &pos), -1);    /* overlong */
    pos = 0;
    cr_expect_eq(utf8_decode("\xed\xa0\x80", 3, &pos), -1); /* surrogate */
    pos = 0;
    cr_expect_eq(utf8_decode_lenient("\xed\xa0\x80", 3, &pos), 0xD800);
    size_t bad;
    cr_expect(utf8_validate("caf\xc3\xa9", 5, &bad));
    cr_expect(!utf8_validate("ab\xff", 3, &bad));
    cr_expect_eq(bad, 2);
    cr_expect_eq(utf8_count_chars("caf\xc3\xa9!", 6), 5);
}

Test(common, unicode)
{
    cr_expect(uni_has('a', UNI_XID_START));
    cr_expect(uni_has('_', UNI_XID_START));
    cr_expect(!uni_has('1', UNI_XID_START));
    cr_expect(uni_has('1', UNI_XID_CONTINUE));
    cr_expect(uni_has(0x00E9, UNI_XID_START));    /* é */
    cr_expect(uni_has(0x540D, UNI_XID_START));    /* 名 */
    cr_expect(!uni_has(0x20AC, UNI_XID_START));   /* € */
    cr_expect(uni_has(0x20AC, UNI_PRINTABLE));
    cr_expect(!uni_has(0x00A0, UNI_PRINTABLE));   /* no-break space */
    cr_expect(!uni_has('\n', UNI_PRINTABLE));
    cr_expect(!uni_has(0xD800, UNI_PRINTABLE));
}

Test(common, pyrepr_double)
{
    struct { double v; const char *want; } cases[] = {
        {0.1, "0.1"}, {1.0 / 3, "0.3333333333333333"}, {1e16, "1e+16"},
        {1e15, "1000000000000000.0"}, {1e-5, "1e-05"}, {1.5e-5, "1.5e-05"},
        {0.0001, "0.0001"}, {123456789012345678.0, "1.2345678901234568e+17"},
        {5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
        {-0.0, "-0.0"}, {0.0, "0.0"}, {INFINITY, "inf"}, {-INFINITY, "-inf"},
        {NAN, "nan"}, {2.5, "2.5"}, {100.0, "100.0"}, {-1.5, "-1.5"},
        {9007199254740993.0, "9007199254740992.0"}, {1e22, "1e+22"},
        /* powers of two: the nearest decimal of the shortest length is out */
        {0x1p-24, "5.960464477539063e-08"}, {0x1p-44, "5.684341886080802e-14"},
        {0x1p-1022, "2.2250738585072014e-308"}, {1e23, "1e+23"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[32];
        pyrepr_double(cases[i].v, buf, sizeof buf);
        cr_expect_str_eq(buf, cases[i].want);
    }
}

Test(common, pyrepr_str_and_bytes)
{
    struct { const char *s; size_t len; const char *want; } cases[] = {
        {"abc", 3, "'abc'"}, {"it's", 4, "\"it's\""}, {"'\"", 2, "'\\'\"'"},
        {"a\nb\tc\r\\", 7, "'a\\nb\\tc\\r\\\\'"}, {"\x01\x7f", 2, "'\\x01\\x7f'"},
        {"caf\xc3\xa9", 5, "'café'"}, {"\xc2\xa0", 2, "'\\xa0'"},
        {"\xe2\x80\xa8", 3, "'\\u2028'"}, {"\xf3\xa0\x80\x81", 4, "'\\U000e0001'"},
        {"\xed\xa0\x80", 3, "'\\ud800'"}, {"a\0b", 3, "'a\\x00b'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        StrBuf sb;
        strbuf_init(&sb);
        pyrepr_str(&sb, cases[i].s, cases[i].len);
        cr_expect_str_eq(sb.data, cases[i].want);
        strbuf_free(&sb);
    }
    StrBuf sb;
    strbuf_init(&sb);
    pyrepr_bytes(&sb, "a'\xff\n\0", 5);
    cr_expect_str_eq(sb.data, "b\"a'\\xff\\n\\x00\"");
    strbuf_free(&sb);
}
