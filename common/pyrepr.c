/* pyrepr.c -- Python's repr() of floats, str and bytes (see pyrepr.h).
 *
 * Lesson 2 (the pipeline). repr(float) is "the shortest string that reads
 * back as the same double" (David Gay's algorithm in CPython). We get the
 * same digits more simply: ask printf for 1, 2, ... 17 significant digits
 * and keep the first that strtod() maps back to the same value. printf
 * rounds correctly, so the first hit is the closest shortest string. Then
 * the digits are laid out by CPython's rule for the 'r' format: fixed
 * notation when the decimal exponent is in [-4, 16), exponent form
 * (at least two exponent digits) otherwise.
 */
#include "pyrepr.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode_db.h"
#include "utf8.h"

int pyrepr_double(double v, char *buf, size_t cap)
{
    if (isnan(v))
        return snprintf(buf, cap, "nan");
    if (isinf(v))
        return snprintf(buf, cap, v < 0 ? "-inf" : "inf");
    if (v == 0)
        return snprintf(buf, cap, signbit(v) ? "-0.0" : "0.0");

    char tmp[40];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
        if (strtod(tmp, NULL) == v)
            break;
    }
    /* tmp is "-d.ddde+XX": split into sign, digits and exponent. */
    const char *p = tmp;
    bool neg = false;
    if (*p == '-') {
        neg = true;
        p++;
    }
    char digits[24];
    int nd = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[nd++] = *p;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    int exp10 = atoi(p + 1);        /* value = d.ddd * 10^exp10 */
    int decpt = exp10 + 1;          /* digits before the decimal point */

    char out[64];
    int n = 0;
    if (neg)
        out[n++] = '-';
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out[n++] = '0';
            out[n++] = '.';
            for (int i = 0; i < -decpt; i++)
                out[n++] = '0';
            for (int i = 0; i < nd; i++)
                out[n++] = digits[i];
        } else {
            for (int i = 0; i < decpt; i++)
                out[n++] = i < nd ? digits[i] : '0';
            out[n++] = '.';
            if (nd > decpt)
                for (int i = decpt; i < nd; i++)
                    out[n++] = digits[i];
            else
                out[n++] = '0';
        }
        out[n] = '\0';
    } else {
        out[n++] = digits[0];
        if (nd > 1) {
            out[n++] = '.';
            for (int i = 1; i < nd; i++)
                out[n++] = digits[i];
        }
        n += snprintf(out + n, sizeof out - (size_t)n, "e%c%02d",
                      exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
    return snprintf(buf, cap, "%s", out);
}

void pyrepr_str(StrBuf *out, const char *s, size_t len)
{
    bool has_sq = memchr(s, '\'', len) != NULL;
    bool has_dq = memchr(s, '"', len) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    strbuf_appendc(out, quote);
    size_t pos = 0;
    while (pos < len) {
        size_t start = pos;
        int32_t cp = utf8_decode_lenient(s, len, &pos);
        if (cp < 0) {       /* not expected in a str constant: show the byte */
            strbuf_printf(out, "\\x%02x", (unsigned char)s[start]);
            continue;
        }
        if (cp == quote || cp == '\\') {
            strbuf_appendc(out, '\\');
            strbuf_appendc(out, (char)cp);
        } else if (cp == '\t') {
            strbuf_puts(out, "\\t");
        } else if (cp == '\n') {
            strbuf_puts(out, "\\n");
        } else if (cp == '\r') {
            strbuf_puts(out, "\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            strbuf_printf(out, "\\x%02x", (unsigned)cp);
        } else if (cp < 0x7f) {
            strbuf_appendc(out, (char)cp);
        } else if (uni_is_printable((uint32_t)cp)) {
            strbuf_append(out, s + start, pos - start);
        } else if (cp <= 0xff) {
            strbuf_printf(out, "\\x%02x", (unsigned)cp);
        } else if (cp <= 0xffff) {
            strbuf_printf(out, "\\u%04x", (unsigned)cp);
        } else {
            strbuf_printf(out, "\\U%08x", (unsigned)cp);
        }
    }
    strbuf_appendc(out, quote);
}

void pyrepr_bytes(StrBuf *out, const char *s, size_t len)
{
    bool has_sq = memchr(s, '\'', len) != NULL;
    bool has_dq = memchr(s, '"', len) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    strbuf_appendc(out, 'b');
    strbuf_appendc(out, quote);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\') {
            strbuf_appendc(out, '\\');
            strbuf_appendc(out, (char)c);
        } else if (c == '\t') {
            strbuf_puts(out, "\\t");
        } else if (c == '\n') {
            strbuf_puts(out, "\\n");
        } else if (c == '\r') {
            strbuf_puts(out, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            strbuf_printf(out, "\\x%02x", c);
        } else {
            strbuf_appendc(out, (char)c);
        }
    }
    strbuf_appendc(out, quote);
}
