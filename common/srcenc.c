/* srcenc.c -- the encoding of a source file (see srcenc.h).
 *
 * PEP 263, as CPython 3.11's tokenizer reads it: a comment on line 1, or on
 * line 2 when line 1 holds nothing but blanks or a comment, containing
 * `coding:` or `coding=` and a name made of letters, digits, `-`, `_` and
 * `.`. The name is first normalized the way the tokenizer does for its two
 * favourites (utf-8 and latin-1 spelled any way, with `_` or `-`, any case,
 * and any suffix after a `-`), then looked up as codecs.lookup() does
 * (common/encodings.c). A UTF-8 BOM allows only a utf-8 cookie.
 *
 * What goes wrong is reported in CPython's words, which depend on who read
 * the bytes: the command line's file tokenizer says "encoding problem:
 * <name>" for everything, without a location; an import compiles the bytes
 * and passes on the codec's own message, located at line 0 of the file.
 */
#include "srcenc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rawmem.h"
#include "utf8.h"

#define NOT_SUPPORTED " (minipy decodes source only in utf-8, latin-1, ascii and cp1252)"

static bool is_name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.';
}

/* CPython's get_normal_name: utf-8 and latin-1 under their usual spellings
 * become "utf-8" and "iso-8859-1"; any other name is kept as written. */
static const char *normal_name(const char *s)
{
    char buf[13];
    int i;
    for (i = 0; i < 12 && s[i]; i++)
        buf[i] = s[i] == '_' ? '-' : (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
    buf[i] = '\0';
    if (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0)
        return "utf-8";
    if (strcmp(buf, "latin-1") == 0 || strcmp(buf, "iso-8859-1") == 0 ||
        strcmp(buf, "iso-latin-1") == 0 || strncmp(buf, "latin-1-", 8) == 0 ||
        strncmp(buf, "iso-8859-1-", 11) == 0 || strncmp(buf, "iso-latin-1-", 12) == 0)
        return "iso-8859-1";
    return s;
}

/* The cookie of the line [s, s + size) into *name (a rawmem block, or NULL
 * for none); *code tells whether the line has anything but blanks and a
 * comment (after such a line, line 2 is not looked at). False when there
 * was no memory for the name. */
static bool coding_spec(const char *s, size_t size, bool *code, char **name)
{
    *code = false;
    *name = NULL;
    size_t i;
    for (i = 0; i < size; i++) {
        if (s[i] == '#' || s[i] == '\n' || s[i] == '\r')
            break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') {
            *code = true;
            return true;
        }
    }
    if (i == size || s[i] != '#')
        return true;
    for (; i + 6 < size; i++) {
        if (memcmp(s + i, "coding", 6) != 0)
            continue;
        size_t t = i + 6;
        if (s[t] != ':' && s[t] != '=')
            continue;
        do
            t++;
        while (t < size && (s[t] == ' ' || s[t] == '\t'));
        size_t begin = t;
        while (t < size && is_name_char(s[t]))
            t++;
        if (t > begin) {
            *name = rawmem_strndup(s + begin, t - begin);
            return *name != NULL;
        }
    }
    return true;
}

/* The line starting at [s] (of the [end - s] bytes left), newline included. */
static size_t line_size(const char *s, const char *end)
{
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    return nl ? (size_t)(nl - s) + 1 : (size_t)(end - s);
}

static int compare_name(const void *key, const void *entry)
{
    return strcmp(key, ((const SrcEncName *)entry)->name);
}

/* How minipy decodes the encoding [name]: 1 and *kind, or 0 if CPython
 * knows no text encoding of that name (codecs.lookup: lower case, then runs
 * of other characters than letters, digits and `.` as one `_`); -1 when
 * there was no memory. */
int srcenc_lookup(const char *name, SrcEncKind *kind)
{
    size_t n = strlen(name);
    char *key = rawmem_alloc(n + 1), *dots = rawmem_alloc(n + 1);
    if (!key || !dots) {
        rawmem_free(key);
        rawmem_free(dots);
        return -1;
    }
    size_t k = 0;
    bool punct = false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum || c == '.') {
            if (punct && k)
                key[k++] = '_';
            key[k++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            punct = false;
        } else {
            punct = true;
        }
    }
    key[k] = '\0';
    for (size_t i = 0; i <= k; i++)
        dots[i] = key[i] == '.' ? '_' : key[i];
    const SrcEncName *e = bsearch(key, srcenc_names, (size_t)srcenc_nnames, sizeof *e, compare_name);
    if (!e)
        e = bsearch(dots, srcenc_names, (size_t)srcenc_nnames, sizeof *e, compare_name);
    rawmem_free(key);
    rawmem_free(dots);
    if (e)
        *kind = e->kind;
    return e != NULL;
}

/* Report [msg] as CPython would for [kind]. */
static bool fail(Diag *diag, SourceKind kind, const char *msg)
{
    syntax_error(diag, DIAG_SYNTAX, NULL, 0, 0, 0, 0, -1, "%s", msg);
    diag->line_zero = kind == SOURCE_MODULE;
    return false;
}

/* Why CPython's UTF-8 decoder stops at [s][i]. */
const char *srcenc_utf8_reason(const unsigned char *s, size_t len, size_t i)
{
    unsigned c = s[i];
    int n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 1;
    else if (c == 0xE0) { n = 2; lo = 0xA0; }
    else if (c == 0xED) { n = 2; hi = 0x9F; }
    else if (c >= 0xE1 && c <= 0xEF) n = 2;
    else if (c == 0xF0) { n = 3; lo = 0x90; }
    else if (c == 0xF4) { n = 3; hi = 0x8F; }
    else if (c >= 0xF1 && c <= 0xF3) n = 3;
    else return "invalid start byte";
    for (int k = 1; k <= n; k++) {
        if (i + (size_t)k >= len)
            return "unexpected end of data";
        unsigned b = s[i + k];
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF))
            return "invalid continuation byte";
    }
    return NULL;
}

bool srcenc_decode(const char *src, size_t len, SourceKind kind, char **out,
                   size_t *out_len, Diag *diag)
{
    *out = NULL;
    *out_len = 0;
    if (kind == SOURCE_TEXT)
        return true;
    const char *end = src + len, *p = src;
    bool bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    if (bom)
        p += 3;
    bool code;
    size_t n1 = line_size(p, end);
    char *spec;
    bool got = coding_spec(p, n1, &code, &spec);
    if (got && !spec && !code && p + n1 < end)
        got = coding_spec(p + n1, line_size(p + n1, end), &code, &spec);
    if (!got) {
        diag_no_memory(diag);
        return false;
    }
    if (!spec)
        return true;
    const char *cs = normal_name(spec);
    char msg[400];
    bool ok = true;
    SrcEncKind how = SRCENC_UTF8;
    int known = 1;
    if (bom && strcmp(cs, "utf-8") != 0) {
        snprintf(msg, sizeof msg, "encoding problem: %.200s with BOM", cs);
        ok = fail(diag, kind, msg);
    } else if (strcmp(cs, "utf-8") == 0) {
        /* read as UTF-8 by the caller */
    } else if ((known = srcenc_lookup(cs, &how)) < 0) {
        diag_no_memory(diag);
        ok = false;
    } else if (!known) {
        snprintf(msg, sizeof msg, kind == SOURCE_FILE ? "encoding problem: %.200s"
                                                      : "unknown encoding: %.200s", cs);
        ok = fail(diag, kind, msg);
    } else if (how == SRCENC_OTHER) {
        snprintf(msg, sizeof msg, "encoding problem: %.200s" NOT_SUPPORTED, cs);
        ok = fail(diag, kind, msg);
    } else {
        /* decode, or find the byte that does not decode (source text in
         * utf-8-sig is UTF-8: a BOM was dropped already) */
        if (how == SRCENC_UTF8_SIG)
            how = SRCENC_UTF8;
        const unsigned char *s = (const unsigned char *)src;
        char *text = rawmem_alloc(len * 3 + 1);
        size_t n = 0, i = 0;
        if (!text) {
            rawmem_free(spec);
            diag_no_memory(diag);
            return false;
        }
        const char *reason = NULL;
        while (i < len && !reason) {
            unsigned b = s[i];
            uint32_t cp = b;
            if (how == SRCENC_UTF8) {
                size_t at = i;
                int32_t c = utf8_decode(src, len, &i);
                if (c < 0) {
                    reason = srcenc_utf8_reason(s, len, at);
                    i = at;
                    break;
                }
                memcpy(text + n, src + at, i - at);
                n += i - at;
                continue;
            }
            if (b >= 0x80 && how == SRCENC_ASCII)
                reason = "ordinal not in range(128)";
            else if (b >= 0x80 && b < 0xA0 && how == SRCENC_CP1252 &&
                     !(cp = srcenc_cp1252_high[b - 0x80]))
                reason = "character maps to <undefined>";
            if (reason)
                break;
            n += utf8_encode(cp, text + n);
            i++;
        }
        if (reason) {
            rawmem_free(text);
            if (kind == SOURCE_FILE)
                snprintf(msg, sizeof msg, "encoding problem: %.200s", cs);
            else
                snprintf(msg, sizeof msg, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                         how == SRCENC_UTF8 ? "utf-8" : how == SRCENC_ASCII ? "ascii" : "charmap",
                         s[i], i, reason);
            ok = fail(diag, kind, msg);
        } else {
            text[n] = '\0';
            *out = text;
            *out_len = n;
        }
    }
    rawmem_free(spec);
    return ok;
}
