/* strbuf.c -- the growable byte buffer of strbuf.h.
 *
 * Lesson 2 (the pipeline): a small utility shared by every stage. The buffer
 * doubles its capacity when full and keeps a NUL after the last byte so that
 * data can be handed to C string functions at any time. Its memory comes
 * from common/rawmem.h, so it is counted and can run out: then the buffer
 * keeps what it had and says so in `failed`.
 */
#include "strbuf.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "rawmem.h"

void strbuf_init(StrBuf *sb)
{
    sb->data = NULL;
    sb->len = sb->cap = 0;
    sb->failed = false;
    sb->arena = NULL;
}

void strbuf_init_in(StrBuf *sb, Arena *arena)
{
    strbuf_init(sb);
    sb->arena = arena;
}

static bool fail(StrBuf *sb)
{
    sb->failed = true;
    if (!sb->data)
        sb->data = (char *)"";      /* cap stays 0: never written, never freed */
    return false;
}

void strbuf_fail(StrBuf *sb) { fail(sb); }

bool strbuf_reserve(StrBuf *sb, size_t extra)
{
    if (sb->failed)
        return false;
    if (extra > SIZE_MAX / 2 - sb->len)
        return fail(sb);
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap)
        return true;
    size_t cap = sb->cap ? sb->cap : 128;
    while (cap < need)
        cap *= 2;
    char *data;
    if (sb->arena) {
        /* the old block stays in the arena until it goes */
        data = arena_alloc(sb->arena, cap);
        if (!data)
            return fail(sb);
        if (sb->cap)
            memcpy(data, sb->data, sb->len + 1);
    } else {
        data = rawmem_realloc(sb->cap ? sb->data : NULL, cap);
        if (!data)
            return fail(sb);
    }
    if (!sb->cap)
        data[0] = '\0';
    sb->data = data;
    sb->cap = cap;
    return true;
}

/* Room for [extra] more bytes and the NUL, without growing: the fast
 * path (a buffer that failed may still take what fits; it stays failed). */
static inline bool has_room(const StrBuf *sb, size_t extra)
{
    return extra < sb->cap - sb->len;
}

void strbuf_append(StrBuf *sb, const char *s, size_t len)
{
    if (!has_room(sb, len) && !strbuf_reserve(sb, len))
        return;
    if (len)
        memcpy(sb->data + sb->len, s, len);
    sb->len += len;
    sb->data[sb->len] = '\0';
}

void strbuf_puts(StrBuf *sb, const char *s) { strbuf_append(sb, s, strlen(s)); }

void strbuf_appendc(StrBuf *sb, char c)
{
    if (!has_room(sb, 1) && !strbuf_reserve(sb, 1))
        return;
    sb->data[sb->len++] = c;
    sb->data[sb->len] = '\0';
}

void strbuf_fill(StrBuf *sb, char c, size_t count)
{
    if (!has_room(sb, count) && !strbuf_reserve(sb, count))
        return;
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
    if (!strbuf_reserve(sb, (size_t)n))
        return;
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
    sb->failed = false;
    if (sb->cap)
        sb->data[0] = '\0';
}

void strbuf_free(StrBuf *sb)
{
    Arena *arena = sb->arena;
    if (sb->cap && !arena)
        rawmem_free(sb->data);
    strbuf_init_in(sb, arena);
}

char *strbuf_detach(StrBuf *sb)
{
    char *data = NULL;
    if (strbuf_reserve(sb, 0)) {
        data = sb->data;
        sb->cap = 0;
    }
    strbuf_free(sb);
    return data;
}
