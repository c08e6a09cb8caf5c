/* strbuf.h -- a growable byte buffer, always NUL-terminated.
 *
 * Lesson 2 (the pipeline): the front end builds messages, decoded literals
 * and printed trees with it; the runtime reuses it for repr() and str
 * building. Pure C, no runtime objects.
 *
 * Running out of memory does not stop the caller on the spot: the buffer
 * remembers it (`failed`), ignores every later append, and the caller
 * checks once, when the text is done (strbuf_detach() returns NULL; a
 * runtime caller raises MemoryError, str_from_strbuf() does it for it).
 * `data` stays readable text meanwhile.
 */
#ifndef MINIPY_STRBUF_H
#define MINIPY_STRBUF_H

#include <stddef.h>
#include <stdarg.h>
#include <stdbool.h>

struct Arena;

typedef struct StrBuf {
    char *data;             /* NUL-terminated; NULL until the first append */
    size_t len, cap;        /* cap 0: data is not ours (NULL, or a static "") */
    bool failed;            /* an append ran out of memory; data is what came before */
    struct Arena *arena;    /* grow in this arena (common/arena.h), not the heap */
} StrBuf;

/* An empty buffer; data stays NULL until the first append. */
void strbuf_init(StrBuf *sb);
/* An empty buffer whose memory comes from [arena] and goes with it (the
 * parser's: running out jumps to the arena's handler, common/arena.h). */
void strbuf_init_in(StrBuf *sb, struct Arena *arena);
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
/* Forget the contents (and a failure) but keep the memory. */
void strbuf_reset(StrBuf *sb);
/* Release the memory; the buffer is empty (and reusable) afterwards. */
void strbuf_free(StrBuf *sb);
/* The NUL-terminated contents in a block of common/rawmem.h (the caller
 * frees it with rawmem_free), or NULL when the buffer ran out of memory;
 * the buffer is left empty either way. Not for a buffer in an arena. */
char *strbuf_detach(StrBuf *sb);
/* Mark the buffer as out of memory: for a caller whose own allocation
 * failed while it was filling the buffer. */
void strbuf_fail(StrBuf *sb);
/* Make room for [extra] more bytes now; false (and failed) if there is
 * no memory for them. */
bool strbuf_reserve(StrBuf *sb, size_t extra);

#endif
