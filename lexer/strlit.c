/* strlit.c -- escape decoding for str and bytes literals (see strlit.h).
 *
 * Lesson 2 (the pipeline). The escapes are Python's: \n \t \r \\ \' \"
 * \a \b \f \v, octal \0..\777, \xhh, and for str \uXXXX and \UXXXXXXXX;
 * backslash-newline disappears; an unknown escape such as \d stays as
 * written (CPython 3.11 only warns). \N{name} is looked up in the
 * Unicode names (common/uninames.h), aliases included. Error positions are counted the way CPython's decoder counts
 * them: it first rewrites every non-ASCII character of the literal as a
 * ten-byte \Uxxxxxxxx escape, so each such character counts 10.
 */
#include "strlit.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "common/utf8.h"
#include "common/uninames.h"

void lex_str_parts(const char *s, size_t len, LexStrParts *parts)
{
    memset(parts, 0, sizeof *parts);
    size_t i = 0;
    while (i < len && s[i] != '\'' && s[i] != '"') {
        switch (s[i] | 32) {
        case 'r': parts->raw = true; break;
        case 'b': parts->bytes = true; break;
        case 'f': parts->fstring = true; break;
        case 'u': parts->u = true; break;
        }
        i++;
    }
    char q = s[i];
    parts->quote_size = (i + 2 < len && s[i + 1] == q && s[i + 2] == q &&
                         len - i >= 6) ? 3 : 1;
    parts->body = s + i + parts->quote_size;
    parts->body_len = len - i - 2 * (size_t)parts->quote_size;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* CPython's position of byte [i] of [s]: non-ASCII characters count 10. */
static size_t cpos(const char *s, size_t i)
{
    size_t n = 0;
    for (size_t k = 0; k < i; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c < 0x80)
            n++;
        else if ((c & 0xC0) != 0x80)
            n += 10;
    }
    return n;
}

static void put_cp(StrBuf *out, uint32_t cp, bool bytes)
{
    if (bytes) {
        strbuf_appendc(out, (char)(cp & 0xFF));
    } else {
        char buf[4];
        int n = utf8_encode(cp, buf);
        strbuf_append(out, buf, (size_t)n);
    }
}

bool lex_decode_literal(StrBuf *out, const char *s, size_t len, bool raw,
                        bool bytes, char *err, size_t errcap)
{
    if (raw) {
        strbuf_append(out, s, len);
        return true;
    }
    size_t i = 0;
    while (i < len) {
        const char *bs = memchr(s + i, '\\', len - i);
        if (!bs) {
            strbuf_append(out, s + i, len - i);
            break;
        }
        size_t at = (size_t)(bs - s);
        strbuf_append(out, s + i, at - i);
        i = at + 1;
        if (i >= len) {         /* cannot happen: the quote was escaped */
            strbuf_appendc(out, '\\');
            break;
        }
        char c = s[i++];
        switch (c) {
        case '\n': break;
        case '\\': strbuf_appendc(out, '\\'); break;
        case '\'': strbuf_appendc(out, '\''); break;
        case '"': strbuf_appendc(out, '"'); break;
        case 'a': strbuf_appendc(out, '\a'); break;
        case 'b': strbuf_appendc(out, '\b'); break;
        case 'f': strbuf_appendc(out, '\f'); break;
        case 'n': strbuf_appendc(out, '\n'); break;
        case 'r': strbuf_appendc(out, '\r'); break;
        case 't': strbuf_appendc(out, '\t'); break;
        case 'v': strbuf_appendc(out, '\v'); break;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (uint32_t)(s[i++] - '0');
            put_cp(out, v, bytes);
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (bytes && c != 'x') {
                strbuf_appendc(out, '\\');
                strbuf_appendc(out, c);
                break;
            }
            uint32_t v = 0;
            int k;
            for (k = 0; k < digits && i < len && hexval(s[i]) >= 0; k++)
                v = v * 16 + (uint32_t)hexval(s[i++]);
            if (k < digits) {
                if (bytes)
                    snprintf(err, errcap, "(value error) invalid \\x escape "
                             "at position %zu", cpos(s, at));
                else
                    snprintf(err, errcap, "(unicode error) 'unicodeescape' "
                             "codec can't decode bytes in position %zu-%zu: "
                             "truncated \\%s escape", cpos(s, at),
                             cpos(s, i) - 1, c == 'x' ? "xXX" : c == 'u'
                             ? "uXXXX" : "UXXXXXXXX");
                return false;
            }
            if (v > 0x10FFFF) {
                snprintf(err, errcap, "(unicode error) 'unicodeescape' codec "
                         "can't decode bytes in position %zu-%zu: illegal "
                         "Unicode character", cpos(s, at), cpos(s, i) - 1);
                return false;
            }
            put_cp(out, v, bytes);
            break;
        }
        case 'N':
            if (!bytes) {
                /* \N{name}: the character of that name (common/uninames.h) */
                size_t end = i;
                const char *why = "malformed \\N character escape";
                if (end < len && s[end] == '{') {
                    size_t start = ++end;
                    while (end < len && s[end] != '}')
                        end++;
                    if (end > start && end < len) {
                        int32_t cp = uni_lookup_name(s + start, end - start, true);
                        end++;
                        if (cp >= 0) {
                            put_cp(out, (uint32_t)cp, bytes);
                            i = end;
                            break;
                        }
                        why = "unknown Unicode character name";
                    }
                }
                snprintf(err, errcap, "(unicode error) 'unicodeescape' codec "
                         "can't decode bytes in position %zu-%zu: %s", cpos(s, at),
                         cpos(s, end) - 1, why);
                return false;
            }
            __attribute__((fallthrough)); /* bytes keep \N as written */
        default:
            strbuf_appendc(out, '\\');
            i--;                /* keep the character after the backslash */
            break;
        }
    }
    return true;
}
