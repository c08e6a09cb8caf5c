/* utf8.c -- UTF-8 decoding, encoding and validation (see utf8.h).
 *
 * Lesson 2 (the pipeline). The decoder follows the Unicode "well-formed byte
 * sequences" table: it rejects overlong forms and code points beyond
 * U+10FFFF, and (unless lenient) encoded surrogates, exactly the sequences
 * CPython's UTF-8 codec refuses.
 */
#include "utf8.h"

static int32_t decode(const char *s_in, size_t len, size_t *pos, bool lenient)
{
    const unsigned char *s = (const unsigned char *)s_in;
    size_t i = *pos;
    unsigned c = s[i];
    if (c < 0x80) {
        *pos = i + 1;
        return (int32_t)c;
    }
    int n;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; min = 0x10000; }
    else { *pos = i + 1; return -1; }
    for (int k = 1; k <= n; k++) {
        if (i + (size_t)k >= len || (s[i + k] & 0xC0) != 0x80) {
            *pos = i + 1;
            return -1;
        }
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (!lenient && cp >= 0xD800 && cp <= 0xDFFF)) {
        *pos = i + 1;
        return -1;
    }
    *pos = i + (size_t)n + 1;
    return (int32_t)cp;
}

int32_t utf8_decode(const char *s, size_t len, size_t *pos)
{
    return decode(s, len, pos, false);
}

int32_t utf8_decode_lenient(const char *s, size_t len, size_t *pos)
{
    return decode(s, len, pos, true);
}

int utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp <= 0x10FFFF) {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        return 4;
    }
    return 0;
}

bool utf8_validate(const char *s, size_t len, size_t *bad_pos)
{
    size_t pos = 0;
    while (pos < len) {
        if ((unsigned char)s[pos] < 0x80) {
            pos++;
            continue;
        }
        size_t at = pos;
        if (utf8_decode(s, len, &pos) < 0) {
            if (bad_pos)
                *bad_pos = at;
            return false;
        }
    }
    return true;
}

size_t utf8_count_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}
