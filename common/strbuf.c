/* strbuf.c -- the growable byte buffer of strbuf.h.
 *
 * Lesson 2 (the pipeline): a small utility shared by every stage. The buffer
 * doubles its capacity when full and keeps a NUL after the last byte so that
 * data can be handed to C string functions at any time.
 */
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void strbuf_init(StrBuf *sb) { sb->data = NULL; sb->len = sb->cap = 0; }

static void reserve(StrBuf *sb, size_t extra)
{
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap)
        return;
    size_t cap = sb->cap ? sb->cap : 32;
    while (cap < need)
        cap *= 2;
    char *data = realloc(sb->data, cap);
    if (!data) {
        fputs("minipy: out of memory\n", stderr);
        abort();
    }
    sb->data = data;
    sb->cap = cap;
}

void strbuf_append(StrBuf *sb, const char *s, size_t len)
{
    reserve(sb, len);
    if (len)
        memcpy(sb->data + sb->len, s, len);
    sb->len += len;
    sb->data[sb->len] = '\0';
}

void strbuf_puts(StrBuf *sb, const char *s) { strbuf_append(sb, s, strlen(s)); }

void strbuf_appendc(StrBuf *sb, char c) { strbuf_append(sb, &c, 1); }

void strbuf_fill(StrBuf *sb, char c, size_t count)
{
    reserve(sb, count);
    memset(sb->data + sb->len, c, count);
    sb->len += count;
    sb->data[sb->len] = '\0';
}

void strbuf_vprintf(StrBuf *sb, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n <= 0)
        return;
    reserve(sb, (size_t)n);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    sb->len += (size_t)n;
}

void strbuf_printf(StrBuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(sb, fmt, ap);
    va_end(ap);
}

void strbuf_reset(StrBuf *sb)
{
    sb->len = 0;
    if (sb->data)
        sb->data[0] = '\0';
}

void strbuf_free(StrBuf *sb)
{
    free(sb->data);
    strbuf_init(sb);
}

char *strbuf_detach(StrBuf *sb)
{
    reserve(sb, 0);
    sb->data[sb->len] = '\0';
    char *data = sb->data;
    strbuf_init(sb);
    return data;
}
