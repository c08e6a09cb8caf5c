/* strbuf.h -- a growable byte buffer, always NUL-terminated.
 *
 * Lesson 2 (the pipeline): the front end builds messages, decoded literals
 * and printed trees with it; the runtime reuses it for repr() and str
 * building. Pure C, no runtime objects.
 */
#ifndef MINIPY_STRBUF_H
#define MINIPY_STRBUF_H

#include <stddef.h>
#include <stdarg.h>

typedef struct StrBuf { char *data; size_t len, cap; } StrBuf;

/* An empty buffer; data stays NULL until the first append. */
void strbuf_init(StrBuf *sb);
/* Append [len] bytes of [s] (which may contain NUL bytes). */
void strbuf_append(StrBuf *sb, const char *s, size_t len);
/* Append the NUL-terminated string [s]. */
void strbuf_puts(StrBuf *sb, const char *s);
/* Append one byte [c]. */
void strbuf_appendc(StrBuf *sb, char c);
/* Append [count] copies of the byte [c]. */
void strbuf_fill(StrBuf *sb, char c, size_t count);
/* Append printf-formatted text. */
void strbuf_printf(StrBuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void strbuf_vprintf(StrBuf *sb, const char *fmt, va_list ap);
/* Forget the contents but keep the memory. */
void strbuf_reset(StrBuf *sb);
/* Release the memory; the buffer is empty (and reusable) afterwards. */
void strbuf_free(StrBuf *sb);
/* The malloc'd NUL-terminated contents (never NULL); the buffer is left
 * empty. The caller frees the result. */
char *strbuf_detach(StrBuf *sb);

#endif
