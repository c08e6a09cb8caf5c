/* bytes.h -- binary data: the immutable bytes, the mutable bytearray, and
 * memoryview, the window onto either without a copy.
 *
 * Lesson 1 (dict keys): bytes is hashable and bytearray is not, though they
 * hold the same values and compare equal -- "hashable" follows from the
 * type's promise never to change, not from what is inside. A bytes hashes
 * as CPython does (SipHash of its bytes), so hash(b'abc') == hash('abc').
 *
 * A bytes object is its bytes (NUL-terminated, for C's sake) after the
 * header, with a cached hash, as a str; a bytearray owns a separate,
 * growable buffer, as a list owns its items. The code that reads either
 * asks bytes_buffer() for (pointer, size) and so serves both, and
 * memoryview too; runtime/bytes_methods.c holds the methods the two share
 * (the str methods' byte-level twins), runtime/codecs.c the conversions
 * between str and bytes (encode, decode).
 */
#ifndef MINIPY_BYTES_H
#define MINIPY_BYTES_H

#include "object.h"
#include "common/strbuf.h"

typedef struct BytesObject {
    OBJECT_HEAD;
    int64_t hash;             /* -1: not computed yet */
    size_t size;
    char data[];              /* NUL-terminated */
} BytesObject;

typedef struct ByteArrayObject {
    OBJECT_HEAD;
    size_t size, cap;
    char *data;               /* malloc'd; NULL while cap is 0 */
    ssize_t exports;          /* live memoryviews: no resizing while > 0 */
} ByteArrayObject;

/* A window onto a bytes or bytearray: [start, start + step * len). */
typedef struct MemoryViewObject {
    OBJECT_HEAD;
    Object *obj;              /* the bytes or bytearray; NULL once released */
    ssize_t start, step, len;
    int64_t hash;             /* -1: not computed yet */
} MemoryViewObject;

extern TypeObject BytesType, BytesIterType, ByteArrayType, ByteArrayIterType;
extern TypeObject MemoryViewType;

static inline bool bytes_check(Object *o) { return obj_type_check(o, &BytesType); }
static inline bool bytearray_check(Object *o) { return obj_type_check(o, &ByteArrayType); }
#define BYTES_DATA(o) (((BytesObject *)(o))->data)
#define BYTES_SIZE(o) (((BytesObject *)(o))->size)
#define BYTEARRAY_DATA(o) (((ByteArrayObject *)(o))->data)
#define BYTEARRAY_SIZE(o) (((ByteArrayObject *)(o))->size)

/* A new bytes holding a copy of [size] bytes at [data] (NULL: zeroed). */
Object *bytes_new(ThreadState *ts, const char *data, size_t size);
/* A new bytes from a StrBuf, whose buffer is freed. */
Object *bytes_from_strbuf(ThreadState *ts, StrBuf *buf);
/* A new bytearray holding a copy of [size] bytes at [data] (NULL: zeroed). */
Object *bytearray_new(ThreadState *ts, const char *data, size_t size);
/* A new object of [self]'s kind: a bytearray if [self] is one, else a bytes
 * (the methods of bytearray return bytearrays, as CPython's do). */
Object *bytes_like_new(ThreadState *ts, Object *self, const char *data, size_t size);
/* The same from a StrBuf, whose buffer is freed (MemoryError if an append
 * to it failed). */
Object *bytes_like_from_strbuf(ThreadState *ts, Object *self, StrBuf *buf);

/* The bytes of a bytes-like object (bytes, bytearray, a contiguous
 * memoryview): true with *[data] and *[size] set, valid until Python code
 * runs; false (no exception) for anything else. A memoryview with a step
 * is not contiguous: bytes_buffer copies nothing, so it says false. */
bool bytes_buffer(Object *o, const char **data, size_t *size);
/* bytes_buffer, or TypeError "a bytes-like object is required, not 'str'".
 * Any memoryview is accepted: a strided one is copied into *[tmp] (a new
 * reference the caller releases with XDECREF; NULL otherwise). 0 or -1. */
int bytes_buffer_arg(ThreadState *ts, Object *o, const char **data, size_t *size, Object **tmp);
/* bytes(o) for the buffer protocol and iterables of ints, as CPython's
 * PyBytes_FromObject: a new bytes, or NULL with TypeError ("cannot convert
 * 'float' object to bytes") or ValueError. */
Object *bytes_from_object(ThreadState *ts, Object *o);

/* [a] + [b] for bytes or bytearray [a] when [b] is not bytes-like: [b]'s
 * reflected +, else CPython's "can't concat" TypeError. */
Object *bytes_concat_other(ThreadState *ts, Object *a, Object *b);
/* A byte value: an int (or __index__) in range(256), for bytearray's
 * mutators and `in`. 0 with *[out] set, or -1 with CPython's errors. */
int bytes_byte_value(ThreadState *ts, Object *o, unsigned char *out);

/* bytes.hex(): two lowercase hexadecimal digits per byte, as a new str
 * (for hashlib's hexdigest() too). */
Object *bytes_hex_text(ThreadState *ts, const unsigned char *data, size_t size);
/* The arguments of bytes.hex(sep, bytes_per_sep) and binascii.hexlify:
 * [sep_in] (a str or bytes of one character; NULL: none) into *[sep_out]
 * (-1: none), [per_in] (an int; NULL: 1) into *[per_out]. The separator
 * must be ASCII, or latin-1 when the result is bytes ([to_bytes]), as in
 * CPython. 0, or -1 with CPython's TypeError/ValueError/OverflowError.
 * May run Python code (a sep's __len__): read the data after it. */
int bytes_hex_args(ThreadState *ts, Object *sep_in, Object *per_in, bool to_bytes, int *sep_out, int *per_out);
/* The hex text of [n] bytes at [d] appended to [out]: two lowercase digits
 * a byte, [sep] (from bytes_hex_args; -1: none) between groups of [per]
 * bytes, counted from the right when [per] is positive, from the left when
 * negative. The StrBuf's failed flag is the caller's to check. */
void bytes_hex_append(StrBuf *out, const char *d, size_t n, int sep, int per);
/* The repr of [size] bytes at [data]: b'...' (bytes) or bytearray(b'...'). */
Object *bytes_repr_data(ThreadState *ts, const char *data, size_t size, bool bytearray);
/* Python's <, <=, ==, ... on two byte strings, as a bool object. */
Object *bytes_compare_data(const char *a, size_t na, const char *b, size_t nb, CompareOp op);
/* bytearray's storage: make room for [size] bytes (growing geometrically)
 * and set the size; BufferError while exported. 0 or -1. */
int bytearray_resize(ThreadState *ts, Object *self, size_t size);

/* Memoryview: a new view of the whole of [obj] (TypeError "memoryview: a
 * bytes-like object is required, not 'str'"). */
Object *memoryview_new(ThreadState *ts, Object *obj);
/* The bytes a view selects, copied into a new bytes. */
Object *memoryview_tobytes(ThreadState *ts, Object *view);

/* The helpers bytes.c shares with bytearray.c. */
/* What bytes(src, enc, err) / bytearray(...) hold, appended to [out];
 * [kind] "bytes" or "bytearray" for the messages. 0 or -1. */
int bytes_constructor_source(ThreadState *ts, StrBuf *out, Object *src, Object *enc, Object *err,
                             const char *kind);
/* The count of seq * [n] (negative: 0). 0 or -1. */
int bytes_repeat_count(ThreadState *ts, Object *n, ssize_t *out);
/* [self][key] for bytes and bytearray: an int, or a new object of self's
 * kind for a slice; [index_error] is the IndexError's message. */
Object *bytes_subscript(ThreadState *ts, Object *self, Object *key, const char *index_error);
/* `x in self` for bytes and bytearray: 1, 0, -1. */
int bytes_contains_common(ThreadState *ts, Object *self, Object *x);
/* A new iterator over the ints of a bytes or bytearray. */
Object *bytes_iter_new(ThreadState *ts, Object *seq);

/* [fmt] % [args] for bytes and bytearray (PEP 461): a new bytes. */
Object *bytes_format_percent(ThreadState *ts, const char *fmt, size_t size, Object *args);

/* ---- the methods bytes and bytearray share (runtime/bytes_methods.c) ---- */

CFUNC(bytes_m_decode); CFUNC(bytes_m_hex); CFUNC(bytes_m_fromhex);
CFUNC(bytes_m_find); CFUNC(bytes_m_rfind); CFUNC(bytes_m_index); CFUNC(bytes_m_rindex);
CFUNC(bytes_m_count); CFUNC(bytes_m_startswith); CFUNC(bytes_m_endswith);
CFUNC(bytes_m_split); CFUNC(bytes_m_rsplit); CFUNC(bytes_m_splitlines); CFUNC(bytes_m_join);
CFUNC(bytes_m_strip); CFUNC(bytes_m_lstrip); CFUNC(bytes_m_rstrip); CFUNC(bytes_m_replace);
CFUNC(bytes_m_partition); CFUNC(bytes_m_rpartition);
CFUNC(bytes_m_removeprefix); CFUNC(bytes_m_removesuffix);
CFUNC(bytes_m_upper); CFUNC(bytes_m_lower); CFUNC(bytes_m_swapcase); CFUNC(bytes_m_title);
CFUNC(bytes_m_capitalize);
CFUNC(bytes_m_isdigit); CFUNC(bytes_m_isalpha); CFUNC(bytes_m_isalnum); CFUNC(bytes_m_isspace);
CFUNC(bytes_m_isupper); CFUNC(bytes_m_islower); CFUNC(bytes_m_istitle); CFUNC(bytes_m_isascii);
CFUNC(bytes_m_center); CFUNC(bytes_m_ljust); CFUNC(bytes_m_rjust); CFUNC(bytes_m_zfill);
CFUNC(bytes_m_maketrans); CFUNC(bytes_m_translate); CFUNC(bytes_m_expandtabs);

/* The entries of both method tables, in the order CPython lists them. */
#define BYTES_SHARED_METHODS \
    {"capitalize", bytes_m_capitalize, METH_KEYWORDS, NULL}, \
    {"center", bytes_m_center, METH_KEYWORDS, NULL}, \
    {"count", bytes_m_count, METH_KEYWORDS, NULL}, \
    {"decode", bytes_m_decode, METH_KEYWORDS, "Decode the bytes using the codec registered for encoding."}, \
    {"endswith", bytes_m_endswith, METH_KEYWORDS, NULL}, \
    {"expandtabs", bytes_m_expandtabs, METH_KEYWORDS, NULL}, \
    {"find", bytes_m_find, METH_KEYWORDS, NULL}, \
    {"fromhex", bytes_m_fromhex, METH_KEYWORDS | METH_CLASS, NULL}, \
    {"hex", bytes_m_hex, METH_KEYWORDS, NULL}, \
    {"index", bytes_m_index, METH_KEYWORDS, NULL}, \
    {"isalnum", bytes_m_isalnum, METH_KEYWORDS, NULL}, \
    {"isalpha", bytes_m_isalpha, METH_KEYWORDS, NULL}, \
    {"isascii", bytes_m_isascii, METH_KEYWORDS, NULL}, \
    {"isdigit", bytes_m_isdigit, METH_KEYWORDS, NULL}, \
    {"islower", bytes_m_islower, METH_KEYWORDS, NULL}, \
    {"isspace", bytes_m_isspace, METH_KEYWORDS, NULL}, \
    {"istitle", bytes_m_istitle, METH_KEYWORDS, NULL}, \
    {"isupper", bytes_m_isupper, METH_KEYWORDS, NULL}, \
    {"join", bytes_m_join, METH_KEYWORDS, NULL}, \
    {"ljust", bytes_m_ljust, METH_KEYWORDS, NULL}, \
    {"lower", bytes_m_lower, METH_KEYWORDS, NULL}, \
    {"lstrip", bytes_m_lstrip, METH_KEYWORDS, NULL}, \
    {"maketrans", bytes_m_maketrans, METH_KEYWORDS | METH_STATIC, NULL}, \
    {"partition", bytes_m_partition, METH_KEYWORDS, NULL}, \
    {"removeprefix", bytes_m_removeprefix, METH_KEYWORDS, NULL}, \
    {"removesuffix", bytes_m_removesuffix, METH_KEYWORDS, NULL}, \
    {"replace", bytes_m_replace, METH_KEYWORDS, NULL}, \
    {"rfind", bytes_m_rfind, METH_KEYWORDS, NULL}, \
    {"rindex", bytes_m_rindex, METH_KEYWORDS, NULL}, \
    {"rjust", bytes_m_rjust, METH_KEYWORDS, NULL}, \
    {"rpartition", bytes_m_rpartition, METH_KEYWORDS, NULL}, \
    {"rsplit", bytes_m_rsplit, METH_KEYWORDS, NULL}, \
    {"rstrip", bytes_m_rstrip, METH_KEYWORDS, NULL}, \
    {"split", bytes_m_split, METH_KEYWORDS, NULL}, \
    {"splitlines", bytes_m_splitlines, METH_KEYWORDS, NULL}, \
    {"startswith", bytes_m_startswith, METH_KEYWORDS, NULL}, \
    {"strip", bytes_m_strip, METH_KEYWORDS, NULL}, \
    {"swapcase", bytes_m_swapcase, METH_KEYWORDS, NULL}, \
    {"title", bytes_m_title, METH_KEYWORDS, NULL}, \
    {"translate", bytes_m_translate, METH_KEYWORDS, NULL}, \
    {"upper", bytes_m_upper, METH_KEYWORDS, NULL}, \
    {"zfill", bytes_m_zfill, METH_KEYWORDS, NULL},

#endif
