/* format.c -- turning numbers and strings into text on request: the
 * format-spec mini-language behind format(), f-strings and __format__,
 * str.format's replacement fields ('{0.name!r:>{width}}') and printf-style
 * `str % args`.
 *
 * Lesson 2 (the pipeline): f'{x:>10,.2f}' compiles to FORMAT_VALUE, which
 * calls x.__format__('>10,.2f'); for int, float and str it lands in
 * format_int(), format_float() or format_str() below.
 *
 * Every number goes through one layout, as in CPython: a sign, a prefix
 * (0x...), the integer digits (grouped with ',' or '_', and zero-extended
 * when the fill is '0' with '=' alignment), then the "rest" (fraction,
 * exponent, '%'), padded to the width by the alignment. Float digits are
 * the exact value's, rounded half to even as CPython's dtoa rounds (the
 * essay above exact_digits() says how), or pyrepr's shortest ones for repr.
 *
 * str.format() and format_map() (format_fields(), at the bottom) only find
 * the fields and the objects they name; each field's value is then
 * formatted by obj_format(), which is __format__ and so, for the built-in
 * types, the mini-language above.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "gmpmem.h"
#include "bytes.h"
#include "int.h"
#include "float.h"
#include "complex.h"
#include "interp.h"
#include "exceptions.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "common/pyrepr.h"
#include "common/unicode.h"
#include "common/utf8.h"

#define DBL_MANT_DIG __DBL_MANT_DIG__   /* runtime/float.h hides <float.h> */

/* ---- parsing a format spec ------------------------------------------- */

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
typedef struct Spec {
    char fill[5];             /* UTF-8 of the fill code point */
    int fill_len;
    char align;               /* < > ^ = */
    char sign;                /* + - space, or 0 */
    bool no_neg_zero;         /* z */
    bool alternate;           /* # */
    ssize_t width;            /* -1: none */
    char thousands;           /* , _ or 0 */
    ssize_t precision;        /* -1: none */
    uint32_t type;            /* presentation type (0: none) */
} Spec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* The code point at data[*pos], advancing *pos past it (U+FFFD for a byte
 * that starts no character). */
static uint32_t next_cp(const char *data, size_t size, size_t *pos) {
    int32_t c = utf8_decode_lenient(data, size, pos);
    return c < 0 ? 0xFFFD : (uint32_t)c;
}

/* Read a run of decimal digits at cps[*pos]; -1 with an exception on
 * overflow, else the number of digits read (the value in *out). */
static ssize_t read_number(ThreadState *ts, const uint32_t *cps, size_t n, size_t *pos, ssize_t *out) {
    ssize_t v = 0, count = 0;
    while (*pos < n && cps[*pos] >= '0' && cps[*pos] <= '9') {
        int d = (int)(cps[*pos] - '0');
        if (v > (SSIZE_MAX - d) / 10) {
            err_set_string(ts, &ExcValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        (*pos)++;
        count++;
    }
    *out = v;
    return count;
}

static void set_fill(Spec *s, uint32_t cp) {
    s->fill_len = utf8_encode(cp, s->fill);
    if (s->fill_len == 0) { s->fill[0] = ' '; s->fill_len = 1; }
}

static Object *unknown_code(ThreadState *ts, uint32_t type, Object *obj) {
    if (type > 32 && type < 128)
        return err_format(ts, &ExcValueError, "Unknown format code '%c' for object of type '%s'",
                          (int)type, TYPE_NAME(obj));
    return err_format(ts, &ExcValueError, "Unknown format code '\\x%x' for object of type '%s'",
                      (unsigned)type, TYPE_NAME(obj));
}

/* Widths, and precisions that pad with zeros, are honoured up to a
 * gigabyte of output; beyond it minipy raises MemoryError where CPython
 * tries to build the string. A precision past INT_MAX is "precision too
 * big" as in CPython, whatever it would produce. */
#define MAX_FIELD ((ssize_t)1 << 30)

static int check_sizes(ThreadState *ts, ssize_t width, ssize_t precision) {
    if (precision > 2147483647) {
        err_set_string(ts, &ExcValueError, "precision too big");
        return -1;
    }
    if (width > MAX_FIELD) {
        err_no_memory(ts);
        return -1;
    }
    return 0;
}

static int parse_spec(ThreadState *ts, Object *spec, Object *obj, char default_type,
                      char default_align, Spec *s) {
    size_t cap = STR_SIZE(spec) + 1;
    uint32_t *cps = rawmem_alloc(cap * sizeof *cps);
    if (!cps) { err_no_memory(ts); return -1; }
    size_t n = 0, bpos = 0;
    while (bpos < STR_SIZE(spec)) cps[n++] = next_cp(STR_DATA(spec), STR_SIZE(spec), &bpos);
    memset(s, 0, sizeof *s);
    set_fill(s, ' ');
    s->width = s->precision = -1;
    bool fill_given = false, align_given = false;
    size_t pos = 0;
    if (n - pos >= 2 && is_align(cps[1])) {
        set_fill(s, cps[0]);
        s->align = (char)cps[1];
        fill_given = align_given = true;
        pos = 2;
    } else if (n - pos >= 1 && is_align(cps[0])) {
        s->align = (char)cps[0];
        align_given = true;
        pos = 1;
    }
    if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) s->sign = (char)cps[pos++];
    if (pos < n && cps[pos] == 'z') { s->no_neg_zero = true; pos++; }
    if (pos < n && cps[pos] == '#') { s->alternate = true; pos++; }
    if (!fill_given && pos < n && cps[pos] == '0') {
        set_fill(s, '0');
        if (!align_given && default_align == '>') s->align = '=';
        pos++;
    }
    ssize_t v;
    ssize_t got = read_number(ts, cps, n, &pos, &v);
    if (got < 0) goto error;
    if (got > 0) s->width = v;
    if (pos < n && cps[pos] == ',') { s->thousands = ','; pos++; }
    if (pos < n && cps[pos] == '_') {
        if (s->thousands) goto both;
        s->thousands = '_';
        pos++;
    }
    if (pos < n && cps[pos] == ',' && s->thousands == '_') goto both;
    if (pos < n && cps[pos] == '.') {
        pos++;
        got = read_number(ts, cps, n, &pos, &v);
        if (got < 0) goto error;
        if (got == 0) {
            err_set_string(ts, &ExcValueError, "Format specifier missing precision");
            goto error;
        }
        s->precision = v;
    }
    if (n - pos > 1) {
        err_format(ts, &ExcValueError, "Invalid format specifier '%U' for object of type '%s'",
                   spec, TYPE_NAME(obj));
        goto error;
    }
    s->type = n - pos == 1 ? cps[pos] : (uint32_t)default_type;
    if (!s->align) s->align = default_align;
    rawmem_free(cps);
    if (check_sizes(ts, s->width, -1) < 0) return -1;
    if (s->thousands) {
        switch (s->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (s->thousands == '_') break;
            /* fall through */
        default:
            if (s->type > 32 && s->type < 128)
                err_format(ts, &ExcValueError, "Cannot specify '%c' with '%c'.", s->thousands, (int)s->type);
            else
                err_format(ts, &ExcValueError, "Cannot specify '%c' with '\\x%x'.", s->thousands,
                           (unsigned)s->type);
            return -1;
        }
    }
    return 0;
both:
    err_set_string(ts, &ExcValueError, "Cannot specify both ',' and '_'.");
error:
    rawmem_free(cps);
    return -1;
}

/* ---- laying out ----------------------------------------------------------- */

static void put_fill(StrBuf *b, const Spec *s, ssize_t count) {
    for (ssize_t k = 0; k < count; k++) strbuf_append(b, s->fill, (size_t)s->fill_len);
}

/* Append [digits] split into groups of [group] from the right with [sep]
 * (0: no separator), extended with zeros to at least [min_width] characters
 * (separators included), as CPython's InsertThousandsGrouping. */
static void group_digits(StrBuf *b, const char *digits, ssize_t ndigits, ssize_t min_width,
                         char sep, int group) {
    /* build right to left into a scratch buffer, then reverse */
    StrBuf r;
    strbuf_init(&r);
    ssize_t remaining = ndigits;
    const char *p = digits + ndigits;
    bool use_sep = false, broke = false;
    if (sep) {
        for (;;) {
            ssize_t l = remaining > min_width ? remaining : min_width;
            if (l < 1) l = 1;
            if (l > group) l = group;
            ssize_t nzeros = l - remaining > 0 ? l - remaining : 0;
            ssize_t nchars = remaining < l ? remaining : l;
            if (use_sep) strbuf_appendc(&r, sep);
            for (ssize_t k = 0; k < nchars; k++) strbuf_appendc(&r, *--p);
            for (ssize_t k = 0; k < nzeros; k++) strbuf_appendc(&r, '0');
            use_sep = true;
            remaining -= nchars;
            min_width -= l;
            if (remaining <= 0 && min_width <= 0) { broke = true; break; }
            min_width -= 1;
        }
    }
    if (!broke) {
        ssize_t l = remaining > min_width ? remaining : min_width;
        if (l < 1) l = 1;
        ssize_t nzeros = l - remaining > 0 ? l - remaining : 0;
        if (use_sep) strbuf_appendc(&r, sep);
        for (ssize_t k = 0; k < remaining; k++) strbuf_appendc(&r, *--p);
        for (ssize_t k = 0; k < nzeros; k++) strbuf_appendc(&r, '0');
    }
    if (r.failed) strbuf_fail(b);
    for (size_t k = r.len; k > 0; k--) strbuf_appendc(b, r.data[k - 1]);
    strbuf_free(&r);
}

/* Lay out [sign][prefix][digits][rest] in the width of [s]. All of sign,
 * prefix, digits and rest are ASCII. */
static Object *layout_number(ThreadState *ts, const Spec *s, char sign, const char *prefix,
                             const char *digits, size_t ndigits, const char *rest, size_t nrest,
                             int group) {
    ssize_t nsign = sign ? 1 : 0, nprefix = (ssize_t)strlen(prefix);
    ssize_t min_width = 0;
    if (s->fill_len == 1 && s->fill[0] == '0' && s->align == '=')
        min_width = s->width - nsign - nprefix - (ssize_t)nrest;
    StrBuf num;
    strbuf_init(&num);
    /* inf, nan and %c have no digits: the padding alone fills the width */
    if (ndigits > 0) group_digits(&num, digits, (ssize_t)ndigits, min_width, s->thousands, group);
    ssize_t total = nsign + nprefix + (ssize_t)num.len + (ssize_t)nrest;
    ssize_t pad = s->width > total ? s->width - total : 0;
    StrBuf b;
    strbuf_init(&b);
    ssize_t left = 0, right = 0;
    switch (s->align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': break;
    default: left = pad; break;
    }
    put_fill(&b, s, left);
    if (sign) strbuf_appendc(&b, sign);
    strbuf_puts(&b, prefix);
    if (s->align == '=') put_fill(&b, s, pad);
    strbuf_append(&b, num.data ? num.data : "", num.len);
    strbuf_append(&b, rest, nrest);
    if (num.failed) strbuf_fail(&b);
    put_fill(&b, s, right);
    strbuf_free(&num);
    return str_from_strbuf(ts, &b);
}

/* The sign character for a number given its negativity and the spec. */
static char sign_char(const Spec *s, bool negative) {
    if (negative) return '-';
    if (s->sign == '+') return '+';
    if (s->sign == ' ') return ' ';
    return 0;
}

/* ---- floats ------------------------------------------------------------------ */

/* How float digits are made. CPython takes them from David Gay's dtoa: the
 * exact value of the double rounded, half to even, to the digits asked for.
 * glibc's printf does not serve: "%#g" of 999999.5 is "1.e+06" there, not
 * "1.00000e+06". Nor does a fixed buffer: the precision is the user's, and
 * format(5e-324, '.1100f') has 750 significant digits.
 *
 * So the digits come from the one exact source there is. A finite double
 * is m * 2**e with m an integer of 53 bits; for e < 0 that is
 * m * 5**-e / 10**-e, so the decimal digits of the integer m * 5**-e (libgmp)
 * are the value's digits exactly: at most 767 significant ones, for the
 * smallest subnormals. Rounding them is then done on the digit string, where
 * ties are visible: round_digits() keeps a prefix, half to even.
 *
 * The digits and the decimal point position are laid out by
 * float_text(), which follows CPython's format_float_short(): zeros are
 * never stored, only counted, so '%.100000f' costs the output and no
 * more. repr's shortest digits come from common/pyrepr.c and go through
 * the same layout, which is what the empty type without a precision is. */

/* The exact decimal digits of the finite [ax] > 0, without leading or
 * trailing zeros (rawmem'd, NUL-terminated; [*nd] of them), with
 * ax = 0.DIGITS * 10**[*decpt]; NULL when there is no memory. */
typedef struct DigitsCall { double frac; int e; char *d; } DigitsCall;

/* The decimal digits of frac * 2**e as an integer times 10**min(e, 0)
 * (runs guarded: runtime/gmpmem.h) */
static void decimal_digits(void *p) {
    DigitsCall *c = p;
    mpz_t m, five;
    mpz_inits(m, five, NULL);
    mpz_set_d(m, ldexp(c->frac, DBL_MANT_DIG));
    if (c->e > 0) {
        mpz_mul_2exp(m, m, (mp_bitcnt_t)c->e);
    } else if (c->e < 0) {
        mpz_ui_pow_ui(five, 5, (unsigned long)-c->e);
        mpz_mul(m, m, five);
    }
    c->d = mpz_get_str(NULL, 10, m);
    mpz_clears(m, five, NULL);
}

static char *exact_digits(double ax, ssize_t *nd, ssize_t *decpt) {
    int e;
    double frac = frexp(ax, &e);
    e -= DBL_MANT_DIG;                                /* ax = m * 2**e */
    DigitsCall c = {frac, e, NULL};
    if (gmpmem_run(decimal_digits, &c) < 0) return NULL;
    char *d = c.d;
    ssize_t scale = e < 0 ? -e : 0;                   /* digits after the point */
    ssize_t n = (ssize_t)strlen(d);
    *decpt = n - scale;
    while (n > 1 && d[n - 1] == '0') n--;
    d[n] = '\0';
    *nd = n;
    return d;
}

/* Keep the first [keep] of the [*nd] digits [d] (value 0.d * 10**[*decpt]),
 * rounding half to even, and drop trailing zeros; [*nd] is 0 when the value
 * rounded to zero. A [keep] past the digits changes nothing. */
static void round_digits(char *d, ssize_t *nd, ssize_t *decpt, ssize_t keep) {
    if (keep >= *nd) return;
    bool up = false;
    if (keep >= 0) {
        char next = d[keep];
        bool beyond = keep + 1 < *nd;                 /* no trailing zeros: a nonzero rest */
        bool odd = keep > 0 && ((d[keep - 1] - '0') & 1);
        up = next > '5' || (next == '5' && (beyond || odd));
    }
    ssize_t len = keep > 0 ? keep : 0;
    if (up) {
        ssize_t i = len - 1;
        while (i >= 0 && d[i] == '9') i--;
        if (i < 0) {                                  /* 999.. -> 1000.. */
            d[0] = '1';
            len = 1;
            (*decpt)++;
        } else {
            d[i]++;
            len = i + 1;
        }
    }
    while (len > 0 && d[len - 1] == '0') len--;
    *nd = len;
}

static void append_zeros(StrBuf *b, ssize_t count) {
    if (count > 0) strbuf_fill(b, '0', (size_t)count);
}

/* Whether the text of [code] with [prec] pads zeros up to the precision
 * (so that its length is about [prec]); CPython would build it whatever
 * the size, minipy gives up at MAX_FIELD with MemoryError. */
static int check_float_size(ThreadState *ts, char code, ssize_t prec, bool alt) {
    if ((code == 'e' || code == 'f' || alt) && prec > MAX_FIELD - 400) {
        err_no_memory(ts);
        return -1;
    }
    return 0;
}

/* Append the text of the finite double [ax] >= 0 in the presentation [code]:
 *   'e'  [prec] digits after the point, and an exponent,
 *   'f'  [prec] digits after the point,
 *   'g'  [prec] significant digits (0 counts as 1), exponent notation
 *        below 1e-4 and from 10**prec on, trailing zeros dropped,
 *   'r'  repr()'s shortest digits, exponent notation outside [1e-4, 1e16).
 * [alt] ('#') keeps the point and, for 'g', the trailing zeros. [add_dot_0]
 * is the rule of the empty presentation type: an integral result in fixed
 * notation ends in ".0", and 'g' takes exponents from 10**(prec-1) on.
 * [upper] writes 'E'. CPython's format_float_short() is the model. */
static void float_text(StrBuf *b, double ax, char code, ssize_t prec, bool alt, bool add_dot_0,
                       bool upper) {
    char shortest[20];
    char *owned = NULL;
    const char *d = "0";
    ssize_t nd = 1, decpt = 1;                        /* 0.0 is "0", point after it */
    if (code == 'g' && prec == 0) prec = 1;
    if (ax != 0 && code == 'r') {
        int dp;
        nd = pyrepr_shortest_digits(ax, shortest, &dp);
        d = shortest;
        decpt = dp;
    } else if (ax != 0) {
        owned = exact_digits(ax, &nd, &decpt);
        if (!owned) {
            strbuf_fail(b);
            return;
        }
        round_digits(owned, &nd, &decpt, code == 'e' ? prec + 1 : code == 'g' ? prec : decpt + prec);
        if (nd > 0) d = owned;
        else nd = decpt = 1;                          /* rounded to zero */
    }
    /* the text shows the digits d[0 : vend] (zeros beyond nd) around the point */
    bool use_exp = false;
    ssize_t vend = nd;
    switch (code) {
    case 'e': use_exp = true; vend = prec + 1; break;
    case 'f': vend = decpt + prec; break;
    case 'g':
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec);
        if (alt) vend = prec;
        break;
    default: use_exp = decpt <= -4 || decpt > 16; break;
    }
    ssize_t exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    ssize_t least = !use_exp && add_dot_0 ? decpt + 1 : decpt;
    if (vend < least) vend = least;
    if (decpt <= 0) {                                 /* 0.000ddd */
        strbuf_puts(b, "0.");
        append_zeros(b, -decpt);
        strbuf_append(b, d, (size_t)nd);
    } else if (decpt <= nd) {                         /* dd.ddd */
        strbuf_append(b, d, (size_t)decpt);
        strbuf_appendc(b, '.');
        strbuf_append(b, d + decpt, (size_t)(nd - decpt));
    } else {                                          /* ddd000. */
        strbuf_append(b, d, (size_t)nd);
        append_zeros(b, decpt - nd);
        strbuf_appendc(b, '.');
        nd = decpt;
    }
    append_zeros(b, vend - nd);
    if (b->len && b->data[b->len - 1] == '.' && !alt) b->data[--b->len] = '\0';
    if (use_exp)
        strbuf_printf(b, "%c%c%02d", upper ? 'E' : 'e', exp < 0 ? '-' : '+', (int)(exp < 0 ? -exp : exp));
    rawmem_free(owned);
}

/* Format the double [x] per [s] (type already validated for floats), as
 * CPython's format_float_internal(): no type is repr() without a
 * precision and 'g' with ".0" rules with one; 'n' is 'g' (no locale);
 * '%' is 'f' of x * 100. */
static Object *format_double(ThreadState *ts, const Spec *s, double x) {
    uint32_t type = s->type;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool negative = signbit(x) && !isnan(x);
    double ax = fabs(x);
    bool percent = type == '%';
    if (percent) ax *= 100.0;
    if (check_sizes(ts, -1, s->precision) < 0) return NULL;
    char code;
    ssize_t prec = s->precision < 0 ? 6 : s->precision;
    switch (type) {
    case 0:
        code = s->precision < 0 ? 'r' : 'g';
        break;
    case 'n': case 'G': code = 'g'; break;
    case '%': case 'F': code = 'f'; break;
    case 'E': code = 'e'; break;
    default: code = (char)type; break;
    }
    if (check_float_size(ts, code, prec, s->alternate) < 0) return NULL;
    StrBuf body;
    strbuf_init(&body);
    if (isinf(ax) || isnan(ax))
        strbuf_puts(&body, isnan(ax) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    else
        float_text(&body, ax, code, prec, s->alternate, type == 0, upper);
    if (negative && s->no_neg_zero) {
        /* 'z': a value that rounded to zero loses its minus sign */
        bool all_zero = true;
        for (size_t k = 0; k < body.len && body.data[k] != 'e' && body.data[k] != 'E'; k++)
            if (body.data[k] >= '1' && body.data[k] <= '9') all_zero = false;
        if (isnan(ax) || isinf(ax)) all_zero = false;
        if (all_zero) negative = false;
    }
    if (percent) strbuf_appendc(&body, '%');
    if (body.failed) {
        strbuf_free(&body);
        return err_no_memory(ts);
    }
    const char *text = body.data ? body.data : "";
    size_t ndigits = 0;
    while (ndigits < body.len && text[ndigits] >= '0' && text[ndigits] <= '9') ndigits++;
    Object *r = layout_number(ts, s, sign_char(s, negative), "", text, ndigits, text + ndigits,
                              body.len - ndigits, 3);
    strbuf_free(&body);
    return r;
}

Object *format_float(ThreadState *ts, Object *f, Object *spec) {
    if (STR_SIZE(spec) == 0) return obj_str(ts, f);
    Spec s;
    if (parse_spec(ts, spec, f, 0, '>', &s) < 0) return NULL;
    switch (s.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_double(ts, &s, FLOAT_VALUE(f));
    default:
        return unknown_code(ts, s.type, f);
    }
}

/* ---- complex numbers ---------------------------------------------------------- */

/* Append one part of a complex as format_complex() lays it out: [sign]
 * (0: none), the integer digits grouped per [s], then the rest. The text
 * is float_text()'s in [code] ('r' is repr without ".0"). */
static void complex_part(StrBuf *b, const Spec *s, double x, char code, ssize_t prec, bool upper, char sign) {
    bool negative = signbit(x) && !isnan(x);
    double ax = fabs(x);
    StrBuf body;
    strbuf_init(&body);
    if (isinf(ax) || isnan(ax))
        strbuf_puts(&body, isnan(ax) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    else
        float_text(&body, ax, code, prec, s->alternate, false, upper);
    if (negative && s->no_neg_zero && isfinite(ax)) {
        bool all_zero = true;
        for (size_t k = 0; k < body.len && body.data[k] != 'e' && body.data[k] != 'E'; k++)
            if (body.data[k] >= '1' && body.data[k] <= '9') all_zero = false;
        if (all_zero) negative = false;
    }
    if (body.failed) strbuf_fail(b);
    if (negative) strbuf_appendc(b, '-');
    else if (sign == '+' || sign == ' ') strbuf_appendc(b, sign);
    const char *text = body.data ? body.data : "";
    size_t ndigits = 0;
    while (ndigits < body.len && text[ndigits] >= '0' && text[ndigits] <= '9') ndigits++;
    if (ndigits) group_digits(b, text, (ssize_t)ndigits, 0, s->thousands, 3);
    strbuf_append(b, text + ndigits, body.len - ndigits);
    strbuf_free(&body);
}

/* format(z, spec) as CPython's format_complex_internal(): each part as a
 * float is formatted, the imaginary one always signed; no type is str(z)
 * (repr digits, the real part left out when it is +0.0, parentheses
 * otherwise) and, with a precision, 'g' without the float's ".0" rule.
 * The padding applies to the whole; '0' padding and '=' are refused. */
Object *format_complex(ThreadState *ts, Object *z, Object *spec) {
    if (STR_SIZE(spec) == 0) return obj_str(ts, z);
    Spec s;
    if (parse_spec(ts, spec, z, 0, '>', &s) < 0) return NULL;
    switch (s.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return unknown_code(ts, s.type, z);
    }
    if (s.fill_len == 1 && s.fill[0] == '0')
        return err_set_string(ts, &ExcValueError, "Zero padding is not allowed in complex format specifier");
    if (s.align == '=')
        return err_set_string(ts, &ExcValueError, "'=' alignment flag is not allowed in complex format specifier");
    if (check_sizes(ts, -1, s.precision) < 0) return NULL;
    double re = COMPLEX_VALUE(z).real, im = COMPLEX_VALUE(z).imag;
    char code = (char)s.type;
    ssize_t prec = s.precision;
    bool skip_re = false, parens = false;
    if (s.type == 0) {
        code = 'r';
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else parens = true;
        if (prec >= 0) code = 'g';
        else prec = 0;
    } else if (prec < 0) {
        prec = 6;
    }
    bool upper = code == 'E' || code == 'F' || code == 'G';
    if (code == 'n' || code == 'G') code = 'g';
    else if (code == 'E') code = 'e';
    else if (code == 'F') code = 'f';
    if (check_float_size(ts, code, prec, s.alternate) < 0) return NULL;
    StrBuf body;
    strbuf_init(&body);
    if (parens) strbuf_appendc(&body, '(');
    if (!skip_re) complex_part(&body, &s, re, code, prec, upper, s.sign);
    complex_part(&body, &s, im, code, prec, upper, skip_re ? s.sign : '+');
    strbuf_appendc(&body, 'j');
    if (parens) strbuf_appendc(&body, ')');
    if (body.failed) {
        strbuf_free(&body);
        return err_no_memory(ts);
    }
    ssize_t pad = s.width > (ssize_t)body.len ? s.width - (ssize_t)body.len : 0;
    ssize_t left = s.align == '<' ? 0 : s.align == '^' ? pad / 2 : pad;
    StrBuf b;
    strbuf_init(&b);
    put_fill(&b, &s, left);
    strbuf_append(&b, body.data, body.len);
    put_fill(&b, &s, pad - left);
    strbuf_free(&body);
    return str_from_strbuf(ts, &b);
}

/* ---- ints ---------------------------------------------------------------------- */

static Object *format_int_spec(ThreadState *ts, Object *i, const Spec *s) {
    if (s->precision >= 0)
        return err_set_string(ts, &ExcValueError, "Precision not allowed in integer format specifier");
    if (s->no_neg_zero)
        return err_set_string(ts, &ExcValueError,
                              "Negative zero coercion (z) not allowed in integer format specifier");
    if (s->type == 'c') {
        if (s->sign)
            return err_set_string(ts, &ExcValueError, "Sign not allowed with integer format specifier 'c'");
        if (s->alternate)
            return err_set_string(ts, &ExcValueError,
                                  "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t v;
        if (!int_as_i64(i, &v))
            return err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C long");
        if (v < 0 || v > 0x10FFFF)
            return err_set_string(ts, &ExcOverflowError, "%c arg not in range(0x110000)");
        char buf[4];
        int n = utf8_encode((uint32_t)v, buf);
        /* one character counts as one column whatever its UTF-8 length */
        Spec t = *s;
        if (t.width > 0) t.width -= 1 - n;
        return layout_number(ts, &t, 0, "", "", 0, buf, (size_t)n, 3);
    }
    int base = 10;
    const char *prefix = "";
    switch (s->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    if (!s->alternate) prefix = "";
    size_t n;
    char *digits = int_abs_digits(ts, i, base, &n);
    if (!digits) return NULL;
    if (s->type == 'X')
        for (size_t k = 0; k < n; k++)
            if (digits[k] >= 'a') digits[k] = (char)(digits[k] - 'a' + 'A');
    Object *r = layout_number(ts, s, sign_char(s, int_sign(i) < 0), prefix, digits, n, "", 0,
                              base == 10 ? 3 : 4);
    rawmem_free(digits);
    return r;
}

Object *format_int(ThreadState *ts, Object *i, Object *spec) {
    if (STR_SIZE(spec) == 0) return obj_str(ts, i);
    Spec s;
    if (parse_spec(ts, spec, i, 'd', '>', &s) < 0) return NULL;
    switch (s.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_int_spec(ts, i, &s);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = int_as_double(ts, i);
        if (d == -1.0 && err_occurred(ts)) return NULL;
        return format_double(ts, &s, d);
    }
    default:
        return unknown_code(ts, s.type, i);
    }
}

/* ---- str --------------------------------------------------------------------- */

/* Byte length of the first [chars] code points of [s] (size bytes). */
static size_t prefix_bytes(const char *s, size_t size, size_t chars) {
    size_t b = 0;
    while (b < size && chars > 0) {
        b++;
        while (b < size && ((unsigned char)s[b] & 0xc0) == 0x80) b++;
        chars--;
    }
    return b;
}

/* Pad the UTF-8 text [t] ([chars] code points) to the spec's width. */
static Object *pad_text(ThreadState *ts, const Spec *s, const char *t, size_t bytes, size_t chars) {
    ssize_t pad = s->width > (ssize_t)chars ? s->width - (ssize_t)chars : 0;
    ssize_t left = 0, right = 0;
    if (s->align == '>') left = pad;
    else if (s->align == '^') { left = pad / 2; right = pad - left; }
    else right = pad;
    StrBuf b;
    strbuf_init(&b);
    put_fill(&b, s, left);
    strbuf_append(&b, t, bytes);
    put_fill(&b, s, right);
    return str_from_strbuf(ts, &b);
}

Object *format_str(ThreadState *ts, Object *str, Object *spec) {
    if (STR_SIZE(spec) == 0) return obj_str(ts, str);
    Spec s;
    if (parse_spec(ts, spec, str, 's', '<', &s) < 0) return NULL;
    if (s.type != 's') return unknown_code(ts, s.type, str);
    if (s.sign == ' ') return err_set_string(ts, &ExcValueError, "Space not allowed in string format specifier");
    if (s.sign) return err_set_string(ts, &ExcValueError, "Sign not allowed in string format specifier");
    if (s.no_neg_zero)
        return err_set_string(ts, &ExcValueError,
                              "Negative zero coercion (z) not allowed in string format specifier");
    if (s.alternate)
        return err_set_string(ts, &ExcValueError, "Alternate form (#) not allowed in string format specifier");
    if (s.align == '=')
        return err_set_string(ts, &ExcValueError, "'=' alignment not allowed in string format specifier");
    size_t chars = STR_LEN(str), bytes = STR_SIZE(str);
    if (s.precision >= 0 && (size_t)s.precision < chars) {
        chars = (size_t)s.precision;
        bytes = prefix_bytes(STR_DATA(str), STR_SIZE(str), chars);
    }
    if (s.width <= (ssize_t)chars && bytes == STR_SIZE(str) && str_check_exact(str)) return NEWREF(str);
    return pad_text(ts, &s, STR_DATA(str), bytes, chars);
}

/* ---- printf-style formatting: str % args ------------------------------------ */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

Object *format_ascii(ThreadState *ts, Object *o) {
    Object *r = obj_repr(ts, o);
    if (!r || ((StrObject *)r)->ascii) return r;
    StrBuf b;
    strbuf_init(&b);
    size_t pos = 0;
    while (pos < STR_SIZE(r)) {
        uint32_t cp = next_cp(STR_DATA(r), STR_SIZE(r), &pos);
        if (cp < 0x80) strbuf_appendc(&b, (char)cp);
        else if (cp < 0x100) strbuf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000) strbuf_printf(&b, "\\u%04x", cp);
        else strbuf_printf(&b, "\\U%08x", cp);
    }
    DECREF(r);
    return str_from_strbuf(ts, &b);
}

typedef struct Percent {
    Object *args;             /* the current argument source */
    Object *owned;            /* a value looked up by key (owned) */
    ssize_t arglen, argidx;   /* CPython's bookkeeping: -1/-2 = one value */
    Object *dict;             /* the mapping for %(key)s, or NULL */
} Percent;

/* The next argument (borrowed), or NULL with TypeError. */
static Object *next_arg(ThreadState *ts, Percent *c) {
    if (c->argidx < c->arglen) {
        ssize_t i = c->argidx++;
        if (c->arglen < 0) return c->args;
        return TUPLE_GET(c->args, i);
    }
    return err_set_string(ts, &ExcTypeError, "not enough arguments for format string");
}

/* Append [text] ([chars] code points) padded to [width] per the flags. */
static void pad_append(StrBuf *out, const char *text, size_t bytes, size_t chars, ssize_t width, int flags) {
    ssize_t pad = width > (ssize_t)chars ? width - (ssize_t)chars : 0;
    if (!(flags & F_LJUST)) for (ssize_t k = 0; k < pad; k++) strbuf_appendc(out, ' ');
    strbuf_append(out, text, bytes);
    if (flags & F_LJUST) for (ssize_t k = 0; k < pad; k++) strbuf_appendc(out, ' ');
}

/* Sign, prefix and digits padded with zeros or spaces as printf does. */
static void pad_number(StrBuf *out, bool negative, const char *prefix, const char *digits, size_t nd,
                       ssize_t width, int flags, bool zero_ok) {
    char sign = negative ? '-' : (flags & F_SIGN) ? '+' : (flags & F_BLANK) ? ' ' : 0;
    ssize_t len = (sign ? 1 : 0) + (ssize_t)strlen(prefix) + (ssize_t)nd;
    ssize_t pad = width > len ? width - len : 0;
    bool zeros = (flags & F_ZERO) && !(flags & F_LJUST) && zero_ok;
    if (!(flags & F_LJUST) && !zeros) for (ssize_t k = 0; k < pad; k++) strbuf_appendc(out, ' ');
    if (sign) strbuf_appendc(out, sign);
    strbuf_puts(out, prefix);
    if (zeros) for (ssize_t k = 0; k < pad; k++) strbuf_appendc(out, '0');
    strbuf_append(out, digits, nd);
    if (flags & F_LJUST) for (ssize_t k = 0; k < pad; k++) strbuf_appendc(out, ' ');
}

static int percent_int(ThreadState *ts, StrBuf *out, Object *v, char conv, ssize_t width,
                       ssize_t prec, int flags) {
    Object *iv;
    if (int_check(v)) {
        iv = NEWREF(v);
    } else if (conv == 'x' || conv == 'X' || conv == 'o') {
        if (!TYPE(v)->index) {
            err_format(ts, &ExcTypeError, "%%%c format: an integer is required, not %s", conv, TYPE_NAME(v));
            return -1;
        }
        iv = obj_index(ts, v);
    } else {
        TypeObject *t = TYPE(v);
        if (!t->index && !t->to_int && !t->to_float) {
            err_format(ts, &ExcTypeError, "%%%c format: a real number is required, not %s", conv, TYPE_NAME(v));
            return -1;
        }
        iv = t->to_int ? t->to_int(ts, v) : obj_index(ts, v);
        if (iv && !int_check(iv)) {
            err_format(ts, &ExcTypeError, "__int__ returned non-int (type %s)", TYPE_NAME(iv));
            DECREF(iv);
            return -1;
        }
    }
    if (!iv) return -1;
    if (prec > MAX_FIELD) {
        DECREF(iv);
        err_no_memory(ts);
        return -1;
    }
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    size_t n;
    char *digits = int_abs_digits(ts, iv, base, &n);
    bool negative = int_sign(iv) < 0;
    DECREF(iv);
    if (!digits) return -1;
    if (conv == 'X')
        for (size_t k = 0; k < n; k++)
            if (digits[k] >= 'a') digits[k] = (char)(digits[k] - 'a' + 'A');
    StrBuf d;
    strbuf_init(&d);
    for (ssize_t k = (ssize_t)n; k < prec; k++) strbuf_appendc(&d, '0');
    strbuf_append(&d, digits, n);
    rawmem_free(digits);
    const char *prefix = "";
    if (flags & F_ALT) prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
    pad_number(out, negative, prefix, d.data, d.len, width, flags, true);
    if (d.failed) strbuf_fail(out);
    strbuf_free(&d);
    return 0;
}

static int percent_float(ThreadState *ts, StrBuf *out, Object *v, char conv, ssize_t width,
                         ssize_t prec, int flags) {
    double x;
    if (float_as_double(ts, v, &x) < 0) return -1;
    bool negative = signbit(x) && !isnan(x);
    double ax = fabs(x);
    StrBuf body;
    strbuf_init(&body);
    bool upper = conv == 'E' || conv == 'F' || conv == 'G';
    if (isnan(ax)) strbuf_puts(&body, upper ? "NAN" : "nan");
    else if (isinf(ax)) strbuf_puts(&body, upper ? "INF" : "inf");
    else {
        char code = (char)(conv | 0x20);
        if (prec < 0) prec = 6;
        if (check_float_size(ts, code, prec, flags & F_ALT) < 0) {
            strbuf_free(&body);
            return -1;
        }
        float_text(&body, ax, code, prec, flags & F_ALT, false, upper);
    }
    pad_number(out, negative, "", body.data, body.len, width, flags, true);
    if (body.failed) strbuf_fail(out);
    strbuf_free(&body);
    return 0;
}

static int percent_text(ThreadState *ts, StrBuf *out, Object *v, char conv, ssize_t width,
                        ssize_t prec, int flags) {
    Object *s = conv == 's' ? obj_str(ts, v) : conv == 'r' ? obj_repr(ts, v) : format_ascii(ts, v);
    if (!s) return -1;
    size_t chars = STR_LEN(s), bytes = STR_SIZE(s);
    if (prec >= 0 && (size_t)prec < chars) {
        chars = (size_t)prec;
        bytes = prefix_bytes(STR_DATA(s), STR_SIZE(s), chars);
    }
    pad_append(out, STR_DATA(s), bytes, chars, width, flags);
    DECREF(s);
    return 0;
}

static int percent_char(ThreadState *ts, StrBuf *out, Object *v, ssize_t width, int flags) {
    char buf[4];
    int n;
    if (str_check(v)) {
        if (STR_LEN(v) != 1) {
            err_set_string(ts, &ExcTypeError, "%c requires int or char");
            return -1;
        }
        n = (int)STR_SIZE(v);
        memcpy(buf, STR_DATA(v), (size_t)n);
    } else if (int_check(v) || TYPE(v)->index) {
        Object *i = obj_index(ts, v);
        if (!i) return -1;
        int64_t cp;
        bool ok = int_as_i64(i, &cp) && cp >= 0 && cp <= 0x10FFFF;
        DECREF(i);
        if (!ok) {
            err_set_string(ts, &ExcOverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        n = utf8_encode((uint32_t)cp, buf);
    } else {
        err_set_string(ts, &ExcTypeError, "%c requires int or char");
        return -1;
    }
    pad_append(out, buf, (size_t)n, 1, width, flags);
    return 0;
}

/* Read '*' (an int argument) or digits. */
static int percent_number(ThreadState *ts, Percent *c, const char *f, size_t size, size_t *pos,
                          ssize_t *out, int *flags, bool is_width) {
    if (*pos < size && f[*pos] == '*') {
        (*pos)++;
        Object *v = next_arg(ts, c);
        if (!v) return -1;
        if (!int_check(v)) {
            err_set_string(ts, &ExcTypeError, "* wants int");
            return -1;
        }
        int64_t n;
        bool fits = int_as_i64(v, &n);
        if (!fits || (!is_width && (n > 2147483647 || n < -2147483647 - 1)) || n == INT64_MIN) {
            err_set_string(ts, &ExcOverflowError, is_width ? "Python int too large to convert to C ssize_t"
                                                           : "Python int too large to convert to C int");
            return -1;
        }
        if (n < 0) {
            if (is_width) { *flags |= F_LJUST; n = -n; }
            else n = -1;
        }
        *out = (ssize_t)n;
        return 0;
    }
    ssize_t v = -1;
    while (*pos < size && f[*pos] >= '0' && f[*pos] <= '9') {
        if (v < 0) v = 0;
        if (v > (SSIZE_MAX - 9) / 10) {
            err_set_string(ts, &ExcValueError, is_width ? "width too big" : "precision too big");
            return -1;
        }
        v = v * 10 + (f[(*pos)++] - '0');
    }
    *out = v;
    return 0;
}

/* %s and %b in a bytes format (PEP 461): a bytes-like value, or one with
 * __bytes__; %r and %a give ascii(v). */
static int percent_bytes_text(ThreadState *ts, StrBuf *out, Object *v, char conv, ssize_t width,
                              ssize_t prec, int flags) {
    Object *owned = NULL;
    const char *d;
    size_t n;
    if (conv == 'r' || conv == 'a') {
        owned = format_ascii(ts, v);
        if (!owned) return -1;
        d = STR_DATA(owned);
        n = STR_SIZE(owned);
    } else if (!bytes_buffer(v, &d, &n)) {
        if (TYPE(v) == &MemoryViewType) {
            owned = memoryview_tobytes(ts, v);
        } else if (!str_check(v) &&
                   type_lookup_borrowed(TYPE(v), ts->interp->ids.__bytes__)) {
            owned = obj_call_method(ts, v, ts->interp->ids.__bytes__, NULL, 0);
            if (owned && !bytes_check(owned)) {
                err_format(ts, &ExcTypeError, "__bytes__ returned non-bytes (type %s)", TYPE_NAME(owned));
                CLEAR(owned);
            }
        } else {
            err_format(ts, &ExcTypeError,
                       "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                       TYPE_NAME(v));
            return -1;
        }
        if (!owned) return -1;
        d = BYTES_DATA(owned);
        n = BYTES_SIZE(owned);
    }
    if (prec >= 0 && (size_t)prec < n) n = (size_t)prec;
    pad_append(out, d, n, n, width, flags);
    XDECREF(owned);
    return 0;
}

/* %c in a bytes format: an int in range(256) or a single byte. */
static int percent_bytes_char(ThreadState *ts, StrBuf *out, Object *v, ssize_t width, int flags) {
    const char *d;
    size_t n;
    char c;
    if ((bytes_check(v) || bytearray_check(v)) && bytes_buffer(v, &d, &n) && n == 1) {
        c = d[0];
    } else if (int_check(v) || (TYPE(v)->index && !bytes_check(v) && !bytearray_check(v))) {
        Object *i = obj_index(ts, v);
        if (!i) return -1;
        int64_t x;
        bool ok = int_as_i64(i, &x) && x >= 0 && x < 256;
        DECREF(i);
        if (!ok) {
            err_set_string(ts, &ExcOverflowError, "%c arg not in range(256)");
            return -1;
        }
        c = (char)x;
    } else {
        err_set_string(ts, &ExcTypeError, "%c requires an integer in range(256) or a single byte");
        return -1;
    }
    pad_append(out, &c, 1, 1, width, flags);
    return 0;
}

/* printf-style formatting of the [size] bytes at [f] into [out], for a str
 * format (UTF-8) or, with [bytes], a bytes one: the two differ only in
 * what %s, %r, %a and %c accept and make, and in the words of two errors. */
static int percent_format(ThreadState *ts, const char *f, size_t size, Object *args, bool bytes,
                          StrBuf *out);

Object *format_percent(ThreadState *ts, Object *fmt, Object *args) {
    StrBuf out;
    strbuf_init(&out);
    if (percent_format(ts, STR_DATA(fmt), STR_SIZE(fmt), args, false, &out) < 0) {
        strbuf_free(&out);
        return NULL;
    }
    return str_from_strbuf(ts, &out);
}

Object *bytes_format_percent(ThreadState *ts, const char *fmt, size_t size, Object *args) {
    StrBuf out;
    strbuf_init(&out);
    if (percent_format(ts, fmt, size, args, true, &out) < 0) {
        strbuf_free(&out);
        return NULL;
    }
    return bytes_from_strbuf(ts, &out);
}

static int percent_format(ThreadState *ts, const char *f, size_t size, Object *args, bool bytes,
                          StrBuf *outp) {

    size_t pos = 0;
    Percent c = {args, NULL, -1, -2, NULL};
    if (tuple_check(args)) {
        c.arglen = (ssize_t)TUPLE_SIZE(args);
        c.argidx = 0;
    }
    if (TYPE(args)->getitem && !tuple_check(args) && !(bytes ? bytes_check(args) : str_check(args)))
        c.dict = args;
#define out (*outp)
    while (pos < size) {
        const char *pct = memchr(f + pos, '%', size - pos);
        if (!pct) {
            strbuf_append(&out, f + pos, size - pos);
            break;
        }
        strbuf_append(&out, f + pos, (size_t)(pct - (f + pos)));
        pos = (size_t)(pct - f) + 1;
        if (pos < size && f[pos] == '%') {
            strbuf_appendc(&out, '%');
            pos++;
            continue;
        }
        if (pos < size && f[pos] == '(') {
            if (!c.dict) {
                err_set_string(ts, &ExcTypeError, "format requires a mapping");
                goto error;
            }
            size_t start = ++pos;
            int depth = 1;
            while (pos < size && depth > 0) {
                if (f[pos] == '(') depth++;
                else if (f[pos] == ')') depth--;
                pos++;
            }
            if (depth > 0) {
                err_set_string(ts, &ExcValueError, "incomplete format key");
                goto error;
            }
            Object *key = bytes ? bytes_new(ts, f + start, pos - 1 - start) : str_new(ts, f + start, pos - 1 - start);
            if (!key) goto error;
            Object *v = obj_getitem(ts, c.dict, key);
            DECREF(key);
            if (!v) goto error;
            SETREF(c.owned, v);
            c.args = v;
            c.arglen = -1;
            c.argidx = -2;
        }
        int flags = 0;
        for (; pos < size; pos++) {
            char ch = f[pos];
            if (ch == '-') flags |= F_LJUST;
            else if (ch == '+') flags |= F_SIGN;
            else if (ch == ' ') flags |= F_BLANK;
            else if (ch == '#') flags |= F_ALT;
            else if (ch == '0') flags |= F_ZERO;
            else break;
        }
        ssize_t width = -1, prec = -1;
        if (percent_number(ts, &c, f, size, &pos, &width, &flags, true) < 0) goto error;
        if (pos < size && f[pos] == '.') {
            pos++;
            if (percent_number(ts, &c, f, size, &pos, &prec, &flags, false) < 0) goto error;
            if (prec < 0) prec = 0;
        }
        if (check_sizes(ts, width, prec) < 0) goto error;
        while (pos < size && (f[pos] == 'h' || f[pos] == 'l' || f[pos] == 'L')) pos++;
        if (pos >= size) {
            err_set_string(ts, &ExcValueError, "incomplete format");
            goto error;
        }
        size_t conv_at = pos;
        char conv = f[pos++];
        Object *v = next_arg(ts, &c);
        if (!v) goto error;
        int rc;
        switch (conv) {
        case 'b':
            if (!bytes) goto unsupported;
            /* fall through */
        case 's': case 'r': case 'a':
            rc = bytes ? percent_bytes_text(ts, &out, v, conv, width, prec, flags)
                       : percent_text(ts, &out, v, conv, width, prec, flags);
            break;
        case 'd': case 'i': case 'u':
            rc = percent_int(ts, &out, v, 'd', width, prec, flags);
            if (rc < 0 && err_matches(ts, &ExcTypeError) && conv != 'd') {
                /* the message names the conversion that was written */
                Object *e = err_fetch(ts);
                DECREF(e);
                err_format(ts, &ExcTypeError, "%%%c format: a real number is required, not %s", conv,
                           TYPE_NAME(v));
            }
            break;
        case 'o': case 'x': case 'X':
            rc = percent_int(ts, &out, v, conv, width, prec, flags);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            rc = percent_float(ts, &out, v, conv, width, prec, flags);
            break;
        case 'c':
            rc = bytes ? percent_bytes_char(ts, &out, v, width, flags) : percent_char(ts, &out, v, width, flags);
            break;
        default:
        unsupported: {
            /* index in code points, as CPython reports it */
            size_t index = bytes ? conv_at : utf8_count_chars(f, conv_at);
            unsigned char uc = (unsigned char)conv;
            uint32_t cp = uc;
            if (uc >= 0x80 && !bytes) {
                size_t p2 = conv_at;
                int32_t d = utf8_decode_lenient(f, size, &p2);
                cp = d < 0 ? uc : (uint32_t)d;
            }
            err_format(ts, &ExcValueError, "unsupported format character '%c' (0x%x) at index %zu",
                       cp < 128 ? (int)cp : '?', (unsigned)cp, index);
            rc = -1;
        }
        }
        if (rc < 0) goto error;
    }
    if (c.argidx < c.arglen && !c.dict) {
        err_set_string(ts, &ExcTypeError, bytes ? "not all arguments converted during bytes formatting"
                                                : "not all arguments converted during string formatting");
        goto error;
    }
    XDECREF(c.owned);
    return 0;
error:
    XDECREF(c.owned);
    return -1;
#undef out
}

/* ---- str.format: replacement fields ------------------------------------------ */

/* The replacement-field grammar, as CPython's Objects/stringlib/unicode_format.h
 * reads it:
 *
 *   format_string   ::= (literal | "{{" | "}}" | field)*
 *   field           ::= "{" field_name ["!" conversion] [":" format_spec] "}"
 *   field_name      ::= [arg_name] ("." attribute | "[" key "]")*
 *   arg_name        ::= decimal digits (a positional index) | any other text
 *                       (a keyword) | nothing (the next automatic index)
 *   format_spec     ::= text with nested "{field}"s, expanded first
 *
 * Everything the parser looks for is ASCII, so it works on UTF-8 bytes;
 * field names are decoded only to read Unicode digits ('{٣}' is 3, as in
 * CPython). Fields are rendered in order, each through obj_format(), so an
 * error stops the output at the first bad field, as in CPython. */

typedef struct FormatCtx {
    Object *const *args;      /* positional arguments */
    size_t nargs;
    bool positional;          /* false for format_map: no positional fields */
    Object *kwargs;           /* a mapping, or NULL */
    enum { AUTO_INIT, AUTO_ON, AUTO_MANUAL } auto_state;
    size_t auto_next;
} FormatCtx;

/* A run of text [start, end) of the format string. */
typedef struct { const char *start, *end; } Span;

/* The digits of [s] as an index (any script's decimal digits); -1 if [s] is
 * empty or not all digits; -2 with ValueError when it is too large. */
static ssize_t span_integer(ThreadState *ts, Span s) {
    if (s.start >= s.end) return -1;
    ssize_t v = 0;
    size_t n = (size_t)(s.end - s.start), pos = 0;
    while (pos < n) {
        int digit = uni_decimal_value(next_cp(s.start, n, &pos));
        if (digit < 0) return -1;
        if (v > (SSIZE_MAX - digit) / 10) {
            err_set_string(ts, &ExcValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + digit;
    }
    return v;
}

static Object *span_str(ThreadState *ts, Span s) {
    return str_new(ts, s.start, (size_t)(s.end - s.start));
}

/* The object a field name designates: the argument, then each .attr and [key]. */
static Object *field_object(ThreadState *ts, FormatCtx *c, Span name) {
    const char *p = name.start;
    while (p < name.end && *p != '.' && *p != '[') p++;
    Span first = {name.start, p};
    ssize_t index = span_integer(ts, first);
    if (index == -2) return NULL;
    bool empty = first.start == first.end;
    if (empty || index >= 0) {
        if (c->auto_state == AUTO_INIT) c->auto_state = empty ? AUTO_ON : AUTO_MANUAL;
        if (c->auto_state == AUTO_MANUAL && empty)
            return err_set_string(ts, &ExcValueError, "cannot switch from manual field "
                                  "specification to automatic field numbering");
        if (c->auto_state == AUTO_ON && !empty)
            return err_set_string(ts, &ExcValueError, "cannot switch from automatic field "
                                  "numbering to manual field specification");
        if (empty) index = (ssize_t)c->auto_next++;
    }
    Object *obj;
    if (index < 0) {
        Object *key = span_str(ts, first);
        if (!key) return NULL;
        if (!c->kwargs) {
            err_set_object(ts, &ExcKeyError, key);
            DECREF(key);
            return NULL;
        }
        obj = obj_getitem(ts, c->kwargs, key);
        DECREF(key);
    } else {
        if (!c->positional)
            return err_set_string(ts, &ExcValueError, "Format string contains positional fields");
        if ((size_t)index >= c->nargs)
            return err_format(ts, &ExcIndexError,
                              "Replacement index %zd out of range for positional args tuple", index);
        obj = NEWREF(c->args[index]);
    }
    /* the rest: .attribute and [key] steps */
    while (obj && p < name.end) {
        char kind = *p++;
        Span part = {p, p};
        if (kind == '.') {
            while (p < name.end && *p != '.' && *p != '[') p++;
            part.end = p;
        } else if (kind == '[') {
            while (p < name.end && *p != ']') p++;
            if (p == name.end) {
                DECREF(obj);
                return err_set_string(ts, &ExcValueError, "Missing ']' in format string");
            }
            part.end = p++;
        } else {
            DECREF(obj);
            return err_set_string(ts, &ExcValueError,
                                  "Only '.' or '[' may follow ']' in format field specifier");
        }
        ssize_t idx = kind == '[' ? span_integer(ts, part) : -1;
        if (idx == -2 || part.start == part.end) {
            DECREF(obj);
            if (idx == -2) return NULL;
            return err_set_string(ts, &ExcValueError, "Empty attribute in format string");
        }
        Object *key = idx >= 0 ? int_from_i64(ts, idx) : span_str(ts, part);
        if (!key) {
            DECREF(obj);
            return NULL;
        }
        Object *next;
        if (kind == '.') {
            Object *interned = str_intern(ts, key);
            next = interned ? obj_getattr(ts, obj, interned) : NULL;
            XDECREF(interned);
        } else {
            next = obj_getitem(ts, obj, key);
        }
        DECREF(key);
        DECREF(obj);
        obj = next;
    }
    return obj;
}

static int build_format(ThreadState *ts, FormatCtx *c, Span fmt, int depth, StrBuf *out);

/* Render one field whose text (between the braces) has been split up. */
static int render_field(ThreadState *ts, FormatCtx *c, Span name, uint32_t conversion,
                        Span spec, bool spec_nested, int depth, StrBuf *out) {
    Object *obj = field_object(ts, c, name);
    if (!obj) return -1;
    if (conversion) {
        Object *conv = NULL;
        switch (conversion) {
        case 'r': conv = obj_repr(ts, obj); break;
        case 's': conv = obj_str(ts, obj); break;
        case 'a': conv = format_ascii(ts, obj); break;
        default:
            if (conversion > 32 && conversion < 127)
                err_format(ts, &ExcValueError, "Unknown conversion specifier %c", (int)conversion);
            else
                err_format(ts, &ExcValueError, "Unknown conversion specifier \\x%x",
                           (unsigned)conversion);
        }
        DECREF(obj);
        if (!conv) return -1;
        obj = conv;
    }
    Object *specobj;
    if (spec_nested) {
        StrBuf sb;
        strbuf_init(&sb);
        if (build_format(ts, c, spec, depth - 1, &sb) < 0) {
            strbuf_free(&sb);
            DECREF(obj);
            return -1;
        }
        specobj = str_from_strbuf(ts, &sb);
    } else {
        specobj = span_str(ts, spec);
    }
    if (!specobj) {
        DECREF(obj);
        return -1;
    }
    Object *text = obj_format(ts, obj, specobj);
    DECREF(specobj);
    DECREF(obj);
    if (!text) return -1;
    strbuf_append(out, STR_DATA(text), STR_SIZE(text));
    DECREF(text);
    return 0;
}

/* Parse the field that starts after a '{' at *p; render it. */
static int parse_field(ThreadState *ts, FormatCtx *c, const char **p, const char *end, int depth,
                       StrBuf *out) {
    const char *s = *p;
    Span name = {s, s}, spec = {NULL, NULL};
    uint32_t conversion = 0;
    bool nested = false;
    char ch = 0;
    while (s < end) {
        ch = *s++;
        if (ch == '{') {
            err_set_string(ts, &ExcValueError, "unexpected '{' in field name");
            return -1;
        }
        if (ch == '[') {
            while (s < end && *s != ']') s++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
    }
    name.end = s - 1;
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (s >= end) {
                err_set_string(ts, &ExcValueError,
                               "end of string while looking for conversion specifier");
                return -1;
            }
            size_t pos = 0;
            conversion = next_cp(s, (size_t)(end - s), &pos);
            s += pos;
            if (s < end) {
                char next = *s++;
                if (next == '}') {
                    *p = s;
                    return render_field(ts, c, name, conversion, (Span){s, s}, false, depth, out);
                }
                if (next != ':') {
                    err_set_string(ts, &ExcValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec.start = s;
        int count = 1;
        while (s < end) {
            ch = *s++;
            if (ch == '{') {
                nested = true;
                count++;
            } else if (ch == '}' && --count == 0) {
                spec.end = s - 1;
                *p = s;
                return render_field(ts, c, name, conversion, spec, nested, depth, out);
            }
        }
        err_set_string(ts, &ExcValueError, "unmatched '{' in format spec");
        return -1;
    }
    if (ch != '}') {
        err_set_string(ts, &ExcValueError, "expected '}' before end of string");
        return -1;
    }
    *p = s;
    return render_field(ts, c, name, 0, (Span){s, s}, false, depth, out);
}

/* Expand [fmt] into [out]; [depth] bounds the nesting of specs in specs. */
static int build_format(ThreadState *ts, FormatCtx *c, Span fmt, int depth, StrBuf *out) {
    if (depth <= 0) {
        err_set_string(ts, &ExcValueError, "Max string recursion exceeded");
        return -1;
    }
    const char *p = fmt.start, *end = fmt.end;
    while (p < end) {
        const char *lit = p;
        while (p < end && *p != '{' && *p != '}') p++;
        strbuf_append(out, lit, (size_t)(p - lit));
        if (p == end) break;
        char ch = *p++;
        if (p < end && *p == ch) {            /* {{ or }} */
            strbuf_appendc(out, ch);
            p++;
            continue;
        }
        if (ch == '}') {
            err_set_string(ts, &ExcValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (p == end) {
            err_set_string(ts, &ExcValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (parse_field(ts, c, &p, end, depth, out) < 0) return -1;
    }
    return 0;
}

static Object *do_format(ThreadState *ts, Object *self, FormatCtx *c) {
    /* no fields: CPython's writer hands back self itself */
    if (!memchr(STR_DATA(self), '{', STR_SIZE(self)) && !memchr(STR_DATA(self), '}', STR_SIZE(self)))
        return NEWREF(self);
    StrBuf out;
    strbuf_init(&out);
    Span all = {STR_DATA(self), STR_DATA(self) + STR_SIZE(self)};
    if (build_format(ts, c, all, 2, &out) < 0) {
        strbuf_free(&out);
        return NULL;
    }
    return str_from_strbuf(ts, &out);
}

Object *format_fields(ThreadState *ts, Object *fmt, Object *const *args, size_t nargs, Object *kwnames,
                      Object *mapping) {
    if (mapping) {            /* format_map: keywords only, looked up with mapping[key] */
        FormatCtx c = {NULL, 0, false, mapping, AUTO_INIT, 0};
        return do_format(ts, fmt, &c);
    }
    FormatCtx c = {args, nargs, true, NULL, AUTO_INIT, 0};
    size_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (nkw) {
        c.kwargs = dict_new(ts);
        if (!c.kwargs) return NULL;
        for (size_t i = 0; i < nkw; i++) {
            if (dict_set(ts, c.kwargs, TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                DECREF(c.kwargs);
                return NULL;
            }
        }
    }
    Object *r = do_format(ts, fmt, &c);
    XDECREF(c.kwargs);
    return r;
}
