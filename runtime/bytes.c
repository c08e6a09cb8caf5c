/* bytes.c -- the bytes type: an immutable sequence of numbers 0..255 with
 * a cached hash; the buffer access every bytes-like reader uses; the
 * conversions bytes() and bytearray() share; and the iterator.
 *
 * Lesson 1 (dict keys): bytes hashes like str (SipHash of the same bytes:
 * hash(b'abc') == hash('abc')), and the hash is computed once and cached,
 * which an immutable object can afford. bytearray (runtime/bytearray.c)
 * holds the same values but can change, so it has no hash at all.
 *
 * Indexing gives ints, not one-byte bytes (b'abc'[0] is 97): a bytes is a
 * sequence of numbers that prints as text. Its methods, shared with
 * bytearray, are in runtime/bytes_methods.c. Start reading at
 * bytes_buffer(), then the constructor bytes_new_slot().
 */
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "str.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "slice.h"
#include "args.h"
#include "gc.h"
#include "codecs.h"
#include "common/pyrepr.h"

/* ==== making bytes ======================================================== */

static Object *bytes_alloc(ThreadState *ts, TypeObject *type, size_t size) {
    BytesObject *b = (BytesObject *)obj_alloc(ts, type, obj_var_alloc_size(type, size + 1));
    if (!b) return NULL;
    b->hash = -1;
    b->size = size;
    b->data[size] = '\0';
    return (Object *)b;
}

Object *bytes_new(ThreadState *ts, const char *data, size_t size) {
    if (size > SSIZE_MAX / 2) return err_no_memory(ts);
    Object *b = bytes_alloc(ts, &BytesType, size);
    if (!b) return NULL;
    if (data) memcpy(BYTES_DATA(b), data, size);
    else memset(BYTES_DATA(b), 0, size);
    return b;
}

Object *bytes_from_strbuf(ThreadState *ts, StrBuf *buf) {
    Object *b = buf->failed ? err_no_memory(ts) : bytes_new(ts, buf->data ? buf->data : "", buf->len);
    strbuf_free(buf);
    return b;
}

Object *bytes_like_new(ThreadState *ts, Object *self, const char *data, size_t size) {
    if (bytearray_check(self)) return bytearray_new(ts, data, size);
    return bytes_new(ts, data, size);
}

Object *bytes_like_from_strbuf(ThreadState *ts, Object *self, StrBuf *buf) {
    Object *b = buf->failed ? err_no_memory(ts)
                            : bytes_like_new(ts, self, buf->data ? buf->data : "", buf->len);
    strbuf_free(buf);
    return b;
}

/* ==== reading any bytes-like object ======================================== */

bool bytes_buffer(Object *o, const char **data, size_t *size) {
    if (bytes_check(o)) {
        *data = BYTES_DATA(o);
        *size = BYTES_SIZE(o);
        return true;
    }
    if (bytearray_check(o)) {
        *data = BYTEARRAY_DATA(o) ? BYTEARRAY_DATA(o) : "";
        *size = BYTEARRAY_SIZE(o);
        return true;
    }
    if (TYPE(o) == &MemoryViewType) {
        MemoryViewObject *m = (MemoryViewObject *)o;
        if (!m->obj || (m->step != 1 && m->len > 1)) return false;
        const char *base;
        size_t n;
        bytes_buffer(m->obj, &base, &n);
        *data = base + m->start;
        *size = (size_t)m->len;
        return true;
    }
    return false;
}

int bytes_buffer_arg(ThreadState *ts, Object *o, const char **data, size_t *size, Object **tmp) {
    *tmp = NULL;
    if (bytes_buffer(o, data, size)) return 0;
    if (TYPE(o) == &MemoryViewType && ((MemoryViewObject *)o)->obj) {
        *tmp = memoryview_tobytes(ts, o);
        if (!*tmp) return -1;
        *data = BYTES_DATA(*tmp);
        *size = BYTES_SIZE(*tmp);
        return 0;
    }
    if (TYPE(o) == &MemoryViewType) {
        err_set_string(ts, &ExcValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    err_format(ts, &ExcTypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(o));
    return -1;
}

int bytes_byte_value(ThreadState *ts, Object *o, unsigned char *out) {
    Object *i = obj_index(ts, o);
    if (!i) return -1;
    int64_t v;
    bool ok = int_as_i64(i, &v) && v >= 0 && v < 256;
    DECREF(i);
    if (!ok) {
        err_set_string(ts, &ExcValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)v;
    return 0;
}

/* Append the ints of [iterable] to [out]; [kind] names the type for
 * CPython's messages ("cannot convert 'float' object to bytes"). */
static int append_ints(ThreadState *ts, StrBuf *out, Object *iterable, const char *kind) {
    Object *it = obj_iter(ts, iterable);
    if (!it) {
        if (err_matches(ts, &ExcTypeError)) {
            err_clear(ts);
            err_format(ts, &ExcTypeError, "cannot convert '%s' object to %s", TYPE_NAME(iterable), kind);
        }
        return -1;
    }
    Object *item;
    while ((item = obj_next(ts, it)) != NULL) {
        Object *i = obj_index(ts, item);
        DECREF(item);
        if (!i) goto error;
        int64_t v;
        bool ok = int_as_i64(i, &v) && v >= 0 && v < 256;
        DECREF(i);
        if (!ok) {
            err_set_string(ts, &ExcValueError, strcmp(kind, "bytes") == 0 ? "bytes must be in range(0, 256)"
                                                                          : "byte must be in range(0, 256)");
            goto error;
        }
        strbuf_appendc(out, (char)v);
    }
    DECREF(it);
    return err_occurred(ts) ? -1 : 0;
error:
    DECREF(it);
    return -1;
}

Object *bytes_from_object(ThreadState *ts, Object *o) {
    const char *d;
    size_t n;
    Object *tmp;
    if (TYPE(o) == &MemoryViewType) {
        if (bytes_buffer_arg(ts, o, &d, &n, &tmp) < 0) return NULL;
        Object *r = tmp ? NEWREF(tmp) : bytes_new(ts, d, n);
        XDECREF(tmp);
        return r;
    }
    if (bytes_check(o) && TYPE(o) == &BytesType) return NEWREF(o);
    if (bytes_buffer(o, &d, &n)) return bytes_new(ts, d, n);
    if (str_check(o))
        return err_format(ts, &ExcTypeError, "cannot convert '%s' object to bytes", TYPE_NAME(o));
    StrBuf out;
    strbuf_init(&out);
    if (append_ints(ts, &out, o, "bytes") < 0) {
        strbuf_free(&out);
        return NULL;
    }
    return bytes_from_strbuf(ts, &out);
}

/* The bytes the constructors bytes(source, encoding, errors) and
 * bytearray(...) start from, appended to [out]; [kind] is "bytes" or
 * "bytearray". bytes() alone asks __bytes__ (the caller does that). */
static int constructor_source(ThreadState *ts, StrBuf *out, Object *src, Object *enc, Object *err,
                              const char *kind);

int bytes_constructor_source(ThreadState *ts, StrBuf *out, Object *src, Object *enc, Object *err,
                             const char *kind) {
    if (constructor_source(ts, out, src, enc, err, kind) < 0) return -1;
    if (out->failed) {
        err_no_memory(ts);
        return -1;
    }
    return 0;
}

static int constructor_source(ThreadState *ts, StrBuf *out, Object *src, Object *enc, Object *err,
                              const char *kind) {
    if (!src) {
        if (enc || err) {
            err_set_string(ts, &ExcTypeError, enc ? "encoding without a string argument"
                                                  : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (str_check(src)) {
        if (!enc) {
            err_set_string(ts, &ExcTypeError, "string argument without an encoding");
            return -1;
        }
        const char *e, *r;
        if (codec_args(ts, kind, enc, err, &e, &r) < 0) return -1;
        Object *b = codec_encode(ts, src, e, r);
        if (!b) return -1;
        strbuf_append(out, BYTES_DATA(b), BYTES_SIZE(b));
        DECREF(b);
        return 0;
    }
    if (enc || err) {
        err_set_string(ts, &ExcTypeError, enc ? "encoding without a string argument"
                                              : "errors without a string argument");
        return -1;
    }
    const char *d;
    size_t n;
    Object *tmp;
    if (bytes_buffer(src, &d, &n) || TYPE(src) == &MemoryViewType) {
        if (bytes_buffer_arg(ts, src, &d, &n, &tmp) < 0) return -1;
        strbuf_append(out, d, n);
        XDECREF(tmp);
        return 0;
    }
    if (int_check(src) || TYPE(src)->index) {
        ssize_t count = obj_as_ssize(ts, src, NULL);
        if (count == -1 && err_occurred(ts)) {
            if (err_matches(ts, &ExcOverflowError)) {
                err_clear(ts);
                err_set_string(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return -1;
        }
        if (count < 0) {
            err_set_string(ts, &ExcValueError, "negative count");
            return -1;
        }
        if ((size_t)count > SSIZE_MAX / 4) {
            err_no_memory(ts);
            return -1;
        }
        for (ssize_t i = 0; i < count; i++) strbuf_appendc(out, '\0');
        return 0;
    }
    return append_ints(ts, out, src, kind);
}

/* ==== slots ================================================================ */

static void bytes_dealloc(Object *o) { obj_free(o); }

Object *bytes_repr_data(ThreadState *ts, const char *data, size_t size, bool bytearray) {
    StrBuf buf;
    strbuf_init(&buf);
    if (bytearray) strbuf_puts(&buf, "bytearray(");
    pyrepr_bytes_quoting(&buf, data, size, bytearray);
    if (bytearray) strbuf_appendc(&buf, ')');
    return str_from_strbuf(ts, &buf);
}

static Object *bytes_repr(ThreadState *ts, Object *o) {
    return bytes_repr_data(ts, BYTES_DATA(o), BYTES_SIZE(o), false);
}

static int64_t bytes_hash(ThreadState *ts, Object *o) {
    BytesObject *b = (BytesObject *)o;
    if (b->hash == -1) b->hash = str_hash_bytes(ts->interp, b->data, b->size, true);
    return b->hash;
}

Object *bytes_compare_data(const char *a, size_t na, const char *b, size_t nb, CompareOp op) {
    int c = memcmp(a, b, na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = na == nb && c == 0; break;
    case CMP_NE: r = !(na == nb && c == 0); break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_from(r);
}

/* bytes compares with bytes and bytearray (memoryview compares itself). */
static Object *bytes_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if ((!bytes_check(a) && !bytearray_check(a)) || (!bytes_check(b) && !bytearray_check(b)))
        return NEWREF(NotImplemented);
    const char *da, *db;
    size_t na, nb;
    bytes_buffer(a, &da, &na);
    bytes_buffer(b, &db, &nb);
    return bytes_compare_data(da, na, db, nb, op);
}

static ssize_t bytes_len(ThreadState *ts, Object *o) { return (ssize_t)BYTES_SIZE(o); }

/* a + b (or a += b) where a is bytes or bytearray and b is no bytes-like
 * object: b's reflected + first, then CPython's sequence-concat message, as
 * binary_op1 tries nb_add of both before sq_concat. */
Object *bytes_concat_other(ThreadState *ts, Object *a, Object *b) {
    BinaryFunc fb = TYPE(b)->binop[NB_ADD];
    if (fb && fb != TYPE(a)->binop[NB_ADD]) {
        Object *r = fb(ts, a, b);
        if (r != NotImplemented) return r;
        DECREF(r);
    }
    return err_format(ts, &ExcTypeError, "can't concat %s to %s", TYPE_NAME(b), TYPE_NAME(a));
}

/* a + b where a is bytes: b any bytes-like object; the result is bytes. */
static Object *bytes_add(ThreadState *ts, Object *a, Object *b) {
    if (!bytes_check(a)) return NEWREF(NotImplemented);
    const char *db;
    size_t nb;
    Object *tmp;
    if (!bytes_buffer(b, &db, &nb) && TYPE(b) != &MemoryViewType) return bytes_concat_other(ts, a, b);
    if (bytes_buffer_arg(ts, b, &db, &nb, &tmp) < 0) return NULL;
    Object *r = bytes_alloc(ts, &BytesType, BYTES_SIZE(a) + nb);
    if (r) {
        memcpy(BYTES_DATA(r), BYTES_DATA(a), BYTES_SIZE(a));
        memcpy(BYTES_DATA(r) + BYTES_SIZE(a), db, nb);
    }
    XDECREF(tmp);
    return r;
}

/* The repeat count of [n] * seq: an int (or __index__), clamped at 0;
 * OverflowError past ssize_t. -1 with an exception, else 0. */
int bytes_repeat_count(ThreadState *ts, Object *n, ssize_t *out) {
    Object *i = obj_index(ts, n);
    if (!i) return -1;
    int64_t v;
    bool fits = int_as_i64(i, &v);
    DECREF(i);
    if (!fits) {
        err_set_string(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = v < 0 ? 0 : (ssize_t)v;
    return 0;
}

static Object *bytes_mul(ThreadState *ts, Object *a, Object *b) {
    Object *seq = bytes_check(a) ? a : b, *count = seq == a ? b : a;
    if (!bytes_check(seq)) return NEWREF(NotImplemented);
    if (!int_check(count) && !TYPE(count)->index) {
        if (seq == a)
            return err_format(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                              TYPE_NAME(count));
        return NEWREF(NotImplemented);
    }
    ssize_t n;
    if (bytes_repeat_count(ts, count, &n) < 0) return NULL;
    size_t size = BYTES_SIZE(seq);
    if (n == 1 && TYPE(seq) == &BytesType) return NEWREF(seq);
    if (size && (size_t)n > (SSIZE_MAX / 2) / size) return err_no_memory(ts);
    Object *r = bytes_alloc(ts, &BytesType, size * (size_t)n);
    if (!r) return NULL;
    for (ssize_t i = 0; i < n; i++) memcpy(BYTES_DATA(r) + (size_t)i * size, BYTES_DATA(seq), size);
    return r;
}

static Object *bytes_mod(ThreadState *ts, Object *a, Object *b) {
    if (!bytes_check(a)) return NEWREF(NotImplemented);
    return bytes_format_percent(ts, BYTES_DATA(a), BYTES_SIZE(a), b);
}

/* s[key] for bytes and bytearray (whose data [d] [n] the caller gives):
 * an int, or a new object of [self]'s kind for a slice. [what] names the
 * type in the IndexError ("index out of range" for bytes). */
Object *bytes_subscript(ThreadState *ts, Object *self, Object *key, const char *index_error) {
    const char *d;
    size_t n;
    if (TYPE(key) == &SliceType) {
        ssize_t start, stop, step;
        if (slice_unpack(ts, key, &start, &stop, &step) < 0) return NULL;
        bytes_buffer(self, &d, &n);
        ssize_t count = slice_adjust((ssize_t)n, &start, &stop, step);
        if (step == 1) return bytes_like_new(ts, self, d + start, (size_t)count);
        StrBuf out;
        strbuf_init(&out);
        for (ssize_t k = 0, i = start; k < count; k++, i += step) strbuf_appendc(&out, d[i]);
        Object *r = bytes_like_from_strbuf(ts, self, &out);
        return r;
    }
    if (int_check(key) || TYPE(key)->index) {
        Object *i = obj_index_for_subscript(ts, key);
        if (!i) return NULL;
        int64_t v;
        int_as_i64(i, &v);
        DECREF(i);
        bytes_buffer(self, &d, &n);
        if (v < 0) v += (int64_t)n;
        if (v < 0 || v >= (int64_t)n) return err_set_string(ts, &ExcIndexError, index_error);
        return int_from_i64(ts, (unsigned char)d[v]);
    }
    return err_format(ts, &ExcTypeError, "%s indices must be integers or slices, not %s",
                      bytearray_check(self) ? "bytearray" : "byte", TYPE_NAME(key));
}

static Object *bytes_getitem(ThreadState *ts, Object *self, Object *key) {
    return bytes_subscript(ts, self, key, "index out of range");
}

/* `x in b` for bytes and bytearray: an int is a byte value, anything else
 * must be bytes-like and is searched for as a substring. */
int bytes_contains_common(ThreadState *ts, Object *self, Object *x) {
    const char *d, *sd;
    size_t n, sn;
    if (int_check(x) || (TYPE(x)->index && !bytes_buffer(x, &sd, &sn))) {
        unsigned char v;
        if (bytes_byte_value(ts, x, &v) < 0) return -1;
        bytes_buffer(self, &d, &n);
        return n > 0 && memchr(d, v, n) != NULL;
    }
    Object *tmp;
    if (bytes_buffer_arg(ts, x, &sd, &sn, &tmp) < 0) return -1;
    bytes_buffer(self, &d, &n);
    int r = sn == 0 || (sn <= n && memmem(d, n, sd, sn) != NULL);
    XDECREF(tmp);
    return r;
}

static Object *bytes_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                              Object *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    static const ArgSpec spec = {"bytes", names};
    Object *a[3];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *r = NULL;
    if (a[0] && !a[1] && !a[2] && !str_check(a[0])) {
        /* __bytes__ first, as PyBytes_FromObject's caller does */
        Object *m = type_lookup_borrowed(TYPE(a[0]), ts->interp->ids.__bytes__);
        if (m) {
            r = obj_call_method(ts, a[0], ts->interp->ids.__bytes__, NULL, 0);
            if (!r) return NULL;
            if (!bytes_check(r)) {
                err_format(ts, &ExcTypeError, "__bytes__ returned non-bytes (type %s)", TYPE_NAME(r));
                DECREF(r);
                return NULL;
            }
        }
    }
    if (!r) {
        StrBuf out;
        strbuf_init(&out);
        if (bytes_constructor_source(ts, &out, a[0], a[1], a[2], "bytes") < 0) {
            strbuf_free(&out);
            return NULL;
        }
        r = bytes_from_strbuf(ts, &out);
        if (!r) return NULL;
    }
    if (type == &BytesType) return r;
    Object *sub = bytes_alloc(ts, type, BYTES_SIZE(r));
    if (sub) {
        memcpy(BYTES_DATA(sub), BYTES_DATA(r), BYTES_SIZE(r));
        /* a subclass's instance may close a cycle through its __dict__ */
        if (type->flags & TYPE_FLAG_GC) gc_track(ts, sub);
    }
    DECREF(r);
    return sub;
}

/* ==== methods that are bytes' own ========================================== */

static CFUNC(bytes_m_getnewargs) {
    if (args_exactly(ts, "bytes.__getnewargs__", nargs, kwnames, 0) < 0) return NULL;
    Object *b = bytes_new(ts, BYTES_DATA(self), BYTES_SIZE(self));
    if (!b) return NULL;
    Object *t = tuple_pack(ts, 1, b);
    DECREF(b);
    return t;
}

static CFUNC(bytes_m_bytes) {
    if (args_exactly(ts, "bytes.__bytes__", nargs, kwnames, 0) < 0) return NULL;
    if (TYPE(self) == &BytesType) return NEWREF(self);
    return bytes_new(ts, BYTES_DATA(self), BYTES_SIZE(self));
}

static const MethodDef bytes_methods[] = {
    {"__getnewargs__", bytes_m_getnewargs, METH_KEYWORDS, NULL},
    {"__bytes__", bytes_m_bytes, METH_KEYWORDS, "Convert this value to exact type bytes."},
    BYTES_SHARED_METHODS
    {NULL, NULL, 0, NULL},
};

/* ==== iteration (bytes and bytearray) ====================================== */

typedef struct {
    OBJECT_HEAD;
    Object *seq;          /* NULL when exhausted */
    size_t index;
} BytesIterObject;

Object *bytes_iter_new(ThreadState *ts, Object *seq) {
    TypeObject *t = bytearray_check(seq) ? &ByteArrayIterType : &BytesIterType;
    BytesIterObject *it = (BytesIterObject *)obj_alloc(ts, t, sizeof(BytesIterObject));
    if (!it) return NULL;
    it->seq = NEWREF(seq);
    it->index = 0;
    return (Object *)it;
}

static Object *bytesiter_next(ThreadState *ts, Object *self) {
    BytesIterObject *it = (BytesIterObject *)self;
    if (!it->seq) return NULL;
    const char *d = "";
    size_t n = 0;
    bytes_buffer(it->seq, &d, &n);
    if (it->index >= n) {
        CLEAR(it->seq);
        return NULL;
    }
    return int_from_i64(ts, (unsigned char)d[it->index++]);
}

static void bytesiter_dealloc(Object *self) {
    XDECREF(((BytesIterObject *)self)->seq);
    obj_free(self);
}

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

TypeObject BytesIterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIterObject),
    .dealloc = bytesiter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = bytesiter_next,
};

TypeObject ByteArrayIterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIterObject),
    .dealloc = bytesiter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = bytesiter_next,
};

TypeObject BytesType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "bytes",
    .basicsize = sizeof(BytesObject),
    .itemsize = 1,                    /* variable size: subclasses get no __dict__ slot */
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_MATCH_SELF,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .getattr = obj_generic_getattr,
    .iter = bytes_iter_new,
    .new_ = bytes_new_slot,
    .binop = {[NB_ADD] = bytes_add, [NB_MUL] = bytes_mul, [NB_MOD] = bytes_mod},
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains_common,
    .methods = bytes_methods,
};
