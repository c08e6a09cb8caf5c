/* str.h -- immutable Unicode text stored as UTF-8, with a cached hash.
 *
 * `length` counts code points and `size` bytes; when `ascii` is set the two
 * are equal and indexing is O(1). Identifiers and attribute names are
 * interned (one shared object per text), so the VM compares them by address.
 */
#ifndef MINIPY_STR_H
#define MINIPY_STR_H

#include <stdarg.h>
#include "object.h"
#include "common/strbuf.h"

typedef struct StrObject {
    OBJECT_HEAD;
    int64_t hash;             /* -1: not computed yet */
    size_t length;            /* code points */
    size_t size;              /* bytes of UTF-8, without the trailing NUL */
    bool ascii;
    bool interned;
    char data[];              /* UTF-8, NUL-terminated */
} StrObject;

extern TypeObject StrType, StrIterType;

static inline bool str_check(Object *o) { return o->type->flags & TYPE_FLAG_STR_SUBCLASS; }
static inline bool str_check_exact(Object *o) { return o->type == &StrType; }
#define STR_DATA(o) (((StrObject *)(o))->data)
#define STR_SIZE(o) (((StrObject *)(o))->size)
#define STR_LEN(o) (((StrObject *)(o))->length)

/* A new str from [size] bytes of valid UTF-8. */
Object *str_new(ThreadState *ts, const char *utf8, size_t size);
Object *str_from_cstr(ThreadState *ts, const char *s);
/* A new str from a StrBuf, whose buffer is freed. */
Object *str_from_strbuf(ThreadState *ts, StrBuf *buf);
/* The interned str for [s] (new reference). */
Object *str_intern_cstr(ThreadState *ts, const char *s);
/* The interned version of the str [s] (new reference; may be [s] itself). */
Object *str_intern(ThreadState *ts, Object *s);
/* The interned str for [s], borrowed: interned strings live until the
 * interpreter is torn down. NULL on error (check it: the runtime uses
 * interp->ids, which need no memory). */
Object *str_intern_cstr_borrowed(ThreadState *ts, const char *s);
/* Printf-like, with the directives of err_format (%R %S %T %U %N). */
Object *str_format(ThreadState *ts, const char *fmt, ...);
Object *str_formatv(ThreadState *ts, const char *fmt, va_list ap);
/* Append the formatted text to [buf]; -1 with an exception if a %R/%S fails. */
int str_formatv_into(ThreadState *ts, StrBuf *buf, const char *fmt, va_list ap);

/* The hash of [s], computed on first use and cached. */
int64_t str_hash_compute(Object *s);
static inline int64_t str_hash(Object *s) {
    int64_t h = ((StrObject *)s)->hash;
    return LIKELY(h != -1) ? h : str_hash_compute(s);
}
static inline bool str_eq(Object *a, Object *b) {
    return a == b || (STR_SIZE(a) == STR_SIZE(b) &&
                      __builtin_memcmp(STR_DATA(a), STR_DATA(b), STR_SIZE(a)) == 0);
}
bool str_eq_cstr(Object *s, const char *c);
/* str.isidentifier(): XID_Start (or '_') then XID_Continue characters. */
bool str_is_identifier(Object *s);
Object *str_concat(ThreadState *ts, Object *a, Object *b);
/* a + b for an exact, not interned str [a] that nothing else refers to:
 * [a] (the caller's reference, stolen) grows in place when it can, as
 * CPython's `s += t` does, so building a string piece by piece is linear.
 * Returns the result (new reference; maybe [a] itself, maybe moved), or
 * NULL on MemoryError (then [a] is gone). [b] is borrowed. */
Object *str_append_unique(ThreadState *ts, Object *a, Object *b);
/* repr(s): quoted and escaped as CPython. */
Object *str_repr(ThreadState *ts, Object *s);
/* The one-character string for code point [cp]. */
Object *str_from_codepoint(ThreadState *ts, uint32_t cp);
/* s[start:stop] by code point indexes (already clipped to the length). */
Object *str_substring(ThreadState *ts, Object *s, size_t start, size_t stop);
/* Byte offset of code point [index]. */
size_t str_byte_offset(Object *s, size_t index);
/* Bytes spanned by [count] code points starting at byte offset [from]. */
size_t str_byte_offset_from(Object *s, size_t from, size_t count);
/* SipHash-1-3 keyed by the interpreter's seed, as CPython hashes str. */
int64_t str_hash_bytes(Interp *interp, const char *data, size_t size, bool ascii);

#endif
