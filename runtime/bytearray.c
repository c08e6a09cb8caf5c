/* bytearray.c -- the bytearray type: a mutable, growable sequence of bytes.
 *
 * Lesson 1 (dict keys): bytearray(b'ab') == b'ab', yet only the bytes can
 * be a key: a value that can change cannot promise a hash that will not,
 * so bytearray's hash slot raises "unhashable type: 'bytearray'".
 * Lesson 10 (scaling): append is amortised O(1), as a list's: the buffer
 * grows by about an eighth more than asked, so n appends copy O(n) bytes.
 *
 * The bytes live in a malloc'd buffer apart from the object (a bytes keeps
 * them inline, since its size never changes). A memoryview over a
 * bytearray counts itself in `exports`; while one is alive, anything that
 * would move or resize the buffer raises BufferError, as in CPython. The
 * read-only methods are bytes' (runtime/bytes_methods.c), and return
 * bytearrays here. Start reading at bytearray_resize(), then setitem.
 */
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "str.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "list.h"
#include "tuple.h"
#include "slice.h"
#include "args.h"

/* ==== storage ============================================================== */

int bytearray_resize(ThreadState *ts, Object *self, size_t size) {
    ByteArrayObject *a = (ByteArrayObject *)self;
    if (size == a->size) return 0;
    if (a->exports > 0) {
        err_set_string(ts, &ExcBufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (size > (size_t)SSIZE_MAX / 2) {
        err_no_memory(ts);
        return -1;
    }
    if (size + 1 > a->cap || size + 1 < a->cap / 2) {
        size_t cap = size + (size >> 3) + 8;
        char *d = rawmem_realloc(a->data, cap);
        if (!d) {
            err_no_memory(ts);
            return -1;
        }
        a->data = d;
        a->cap = cap;
    }
    a->size = size;
    a->data[size] = '\0';
    return 0;
}

static Object *bytearray_alloc(ThreadState *ts, TypeObject *type) {
    ByteArrayObject *a = (ByteArrayObject *)obj_alloc(ts, type, type->basicsize);
    if (!a) return NULL;
    a->size = a->cap = 0;
    a->data = NULL;
    a->exports = 0;
    return (Object *)a;
}

Object *bytearray_new(ThreadState *ts, const char *data, size_t size) {
    Object *a = bytearray_alloc(ts, &ByteArrayType);
    if (!a) return NULL;
    if (bytearray_resize(ts, a, size) < 0) {
        DECREF(a);
        return NULL;
    }
    if (size) {
        if (data) memcpy(BYTEARRAY_DATA(a), data, size);
        else memset(BYTEARRAY_DATA(a), 0, size);
    }
    return a;
}

/* Replace the bytes [lo, hi) of [self] by [m] bytes at [src] (which must
 * not point into self's buffer). 0 or -1 (BufferError, MemoryError). */
static int replace_range(ThreadState *ts, Object *self, size_t lo, size_t hi, const char *src, size_t m) {
    ByteArrayObject *a = (ByteArrayObject *)self;
    size_t n = a->size, tail = n - hi;
    if (m != hi - lo) {
        if (m > hi - lo) {
            if (bytearray_resize(ts, self, n + m - (hi - lo)) < 0) return -1;
            memmove(a->data + lo + m, a->data + hi, tail);
        } else {
            if (a->exports > 0) {
                err_set_string(ts, &ExcBufferError, "Existing exports of data: object cannot be re-sized");
                return -1;
            }
            memmove(a->data + lo + m, a->data + hi, tail);
            if (bytearray_resize(ts, self, n - (hi - lo) + m) < 0) return -1;
        }
    }
    if (m) memcpy(a->data + lo, src, m);
    return 0;
}

/* ==== slots ================================================================ */

static void bytearray_dealloc(Object *o) {
    rawmem_free(((ByteArrayObject *)o)->data);
    obj_free(o);
}

static Object *bytearray_repr(ThreadState *ts, Object *o) {
    const char *d;
    size_t n;
    bytes_buffer(o, &d, &n);
    /* a subclass shows its own name: MyArray(b'...') */
    if (TYPE(o) == &ByteArrayType) return bytes_repr_data(ts, d, n, true);
    Object *inner = bytes_repr_data(ts, d, n, false);
    if (!inner) return NULL;
    Object *r = str_format(ts, "%s(%U)", TYPE_NAME(o), inner);
    DECREF(inner);
    return r;
}

static Object *bytearray_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if ((!bytes_check(a) && !bytearray_check(a)) || (!bytes_check(b) && !bytearray_check(b)))
        return NEWREF(NotImplemented);
    const char *da, *db;
    size_t na, nb;
    bytes_buffer(a, &da, &na);
    bytes_buffer(b, &db, &nb);
    return bytes_compare_data(da, na, db, nb, op);
}

static ssize_t bytearray_len(ThreadState *ts, Object *o) { return (ssize_t)BYTEARRAY_SIZE(o); }

static Object *concat(ThreadState *ts, Object *a, Object *b, bool inplace) {
    const char *db;
    size_t nb;
    Object *tmp;
    if (!bytes_buffer(b, &db, &nb) && TYPE(b) != &MemoryViewType) return bytes_concat_other(ts, a, b);
    if (bytes_buffer_arg(ts, b, &db, &nb, &tmp) < 0) return NULL;
    /* b may be a itself: copy its bytes before a moves */
    char *copy = rawmem_alloc(nb + 1);
    if (!copy) {
        XDECREF(tmp);
        return err_no_memory(ts);
    }
    memcpy(copy, db, nb);
    XDECREF(tmp);
    Object *r = inplace ? NEWREF(a) : bytearray_new(ts, BYTEARRAY_DATA(a), BYTEARRAY_SIZE(a));
    if (r) {
        size_t n = BYTEARRAY_SIZE(r);
        if (bytearray_resize(ts, r, n + nb) < 0) CLEAR(r);
        else memcpy(BYTEARRAY_DATA(r) + n, copy, nb);
    }
    rawmem_free(copy);
    return r;
}

static Object *bytearray_add(ThreadState *ts, Object *a, Object *b) {
    if (!bytearray_check(a)) return NEWREF(NotImplemented);
    return concat(ts, a, b, false);
}

static Object *bytearray_iadd(ThreadState *ts, Object *a, Object *b) {
    if (!bytearray_check(a)) return NEWREF(NotImplemented);
    return concat(ts, a, b, true);
}

static Object *repeat(ThreadState *ts, Object *a, Object *b, bool inplace) {
    Object *seq = bytearray_check(a) ? a : b, *count = seq == a ? b : a;
    if (!bytearray_check(seq)) return NEWREF(NotImplemented);
    if (!int_check(count) && !TYPE(count)->index) {
        if (seq == a)
            return err_format(ts, &ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                              TYPE_NAME(count));
        return NEWREF(NotImplemented);
    }
    ssize_t n;
    if (bytes_repeat_count(ts, count, &n) < 0) return NULL;
    size_t size = BYTEARRAY_SIZE(seq);
    if (size && (size_t)n > (SSIZE_MAX / 2) / size) return err_no_memory(ts);
    Object *r = inplace ? NEWREF(seq) : bytearray_new(ts, NULL, 0);
    if (!r) return NULL;
    if (bytearray_resize(ts, r, size * (size_t)n) < 0) {
        DECREF(r);
        return NULL;
    }
    /* the first copy stays in place when in-place; copying forward is safe */
    for (ssize_t i = inplace ? 1 : 0; i < n; i++)
        memcpy(BYTEARRAY_DATA(r) + (size_t)i * size, BYTEARRAY_DATA(seq), size);
    return r;
}

static Object *bytearray_mul(ThreadState *ts, Object *a, Object *b) { return repeat(ts, a, b, false); }
static Object *bytearray_imul(ThreadState *ts, Object *a, Object *b) { return repeat(ts, a, b, true); }

static Object *bytearray_mod(ThreadState *ts, Object *a, Object *b) {
    if (!bytearray_check(a)) return NEWREF(NotImplemented);
    Object *r = bytes_format_percent(ts, BYTEARRAY_DATA(a) ? BYTEARRAY_DATA(a) : "", BYTEARRAY_SIZE(a), b);
    if (!r) return NULL;
    Object *ba = bytearray_new(ts, BYTES_DATA(r), BYTES_SIZE(r));
    DECREF(r);
    return ba;
}

static Object *bytearray_getitem(ThreadState *ts, Object *self, Object *key) {
    return bytes_subscript(ts, self, key, "bytearray index out of range");
}

/* The bytes a slice assignment puts in: a buffer or an iterable of ints,
 * copied into [out] (so `a[1:2] = a` is safe). */
static int assigned_bytes_fill(ThreadState *ts, Object *value, StrBuf *out);

/* assigned_bytes_fill, and MemoryError if an append to [out] failed. */
static int assigned_bytes(ThreadState *ts, Object *value, StrBuf *out) {
    if (assigned_bytes_fill(ts, value, out) < 0) return -1;
    if (out->failed) {
        err_no_memory(ts);
        return -1;
    }
    return 0;
}

static int assigned_bytes_fill(ThreadState *ts, Object *value, StrBuf *out) {
    const char *d;
    size_t n;
    Object *tmp;
    if (bytes_buffer(value, &d, &n) || TYPE(value) == &MemoryViewType) {
        if (bytes_buffer_arg(ts, value, &d, &n, &tmp) < 0) return -1;
        strbuf_append(out, d, n);
        XDECREF(tmp);
        return 0;
    }
    if (int_check(value) || str_check(value) || !TYPE(value)->iter) {
        err_set_string(ts, &ExcTypeError,
                       "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    return bytes_constructor_source(ts, out, value, NULL, NULL, "bytearray");
}

/* a[key] = value, del a[key] (value NULL). */
static int bytearray_setitem(ThreadState *ts, Object *self, Object *key, Object *value) {
    ByteArrayObject *a = (ByteArrayObject *)self;
    if (TYPE(key) != &SliceType) {
        if (!int_check(key) && !TYPE(key)->index) {
            err_format(ts, &ExcTypeError, "bytearray indices must be integers or slices, not %s",
                       TYPE_NAME(key));
            return -1;
        }
        Object *i = obj_index_for_subscript(ts, key);
        if (!i) return -1;
        int64_t v;
        int_as_i64(i, &v);
        DECREF(i);
        unsigned char byte = 0;
        if (value && bytes_byte_value(ts, value, &byte) < 0) return -1;
        if (v < 0) v += (int64_t)a->size;
        if (v < 0 || v >= (int64_t)a->size) {
            err_set_string(ts, &ExcIndexError, "bytearray index out of range");
            return -1;
        }
        if (value) {
            a->data[v] = (char)byte;
            return 0;
        }
        return replace_range(ts, self, (size_t)v, (size_t)v + 1, NULL, 0);
    }
    ssize_t start, stop, step;
    if (slice_unpack(ts, key, &start, &stop, &step) < 0) return -1;
    StrBuf src;
    strbuf_init(&src);
    if (value && assigned_bytes(ts, value, &src) < 0) {
        strbuf_free(&src);
        return -1;
    }
    ssize_t count = slice_adjust((ssize_t)a->size, &start, &stop, step);
    int rc = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        rc = replace_range(ts, self, (size_t)start, (size_t)stop, src.data, src.len);
    } else if (value) {
        if ((size_t)count != src.len) {
            err_format(ts, &ExcValueError, "attempt to assign bytes of size %zu to extended slice of size %zd",
                       src.len, count);
            rc = -1;
        } else {
            for (ssize_t k = 0, i = start; k < count; k++, i += step) a->data[i] = src.data[k];
        }
    } else if (count > 0) {
        if (a->exports > 0) {
            err_set_string(ts, &ExcBufferError, "Existing exports of data: object cannot be re-sized");
            rc = -1;
        } else {
            /* keep every byte not selected, in order */
            if (step < 0) {
                start = start + step * (count - 1);
                step = -step;
            }
            size_t w = 0;
            for (size_t r = 0; r < a->size; r++) {
                bool hit = (ssize_t)r >= start && ((ssize_t)r - start) % step == 0 &&
                           ((ssize_t)r - start) / step < count;
                if (!hit) a->data[w++] = a->data[r];
            }
            rc = bytearray_resize(ts, self, w);
        }
    }
    strbuf_free(&src);
    return rc;
}

static Object *bytearray_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                                  Object *kwnames) {
    return bytearray_alloc(ts, type);
}

static int bytearray_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                          Object *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    static const ArgSpec spec = {"bytearray", names};
    Object *a[3];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return -1;
    StrBuf out;
    strbuf_init(&out);
    if (bytes_constructor_source(ts, &out, a[0], a[1], a[2], "bytearray") < 0) {
        strbuf_free(&out);
        return -1;
    }
    if (out.failed) {
        strbuf_free(&out);
        err_no_memory(ts);
        return -1;
    }
    int rc = bytearray_resize(ts, self, out.len);
    if (rc == 0 && out.len) memcpy(BYTEARRAY_DATA(self), out.data, out.len);
    strbuf_free(&out);
    return rc;
}

/* ==== the mutators ========================================================= */

static CFUNC(bytearray_m_append) {
    if (args_exactly(ts, "bytearray.append", nargs, kwnames, 1) < 0) return NULL;
    unsigned char v;
    if (bytes_byte_value(ts, args[0], &v) < 0) return NULL;
    size_t n = BYTEARRAY_SIZE(self);
    if (bytearray_resize(ts, self, n + 1) < 0) return NULL;
    BYTEARRAY_DATA(self)[n] = (char)v;
    return none_new();
}

static CFUNC(bytearray_m_extend) {
    if (args_exactly(ts, "bytearray.extend", nargs, kwnames, 1) < 0) return NULL;
    StrBuf src;
    strbuf_init(&src);
    Object *x = args[0];
    if (!bytes_buffer(x, &(const char *){NULL}, &(size_t){0}) && TYPE(x) != &MemoryViewType &&
        !TYPE(x)->iter && !str_check(x)) {
        return err_format(ts, &ExcTypeError, "can't extend bytearray with %s", TYPE_NAME(x));
    }
    int rc = str_check(x) ? (err_set_string(ts, &ExcTypeError, "'str' object cannot be interpreted as an integer"), -1)
                          : bytes_constructor_source(ts, &src, x, NULL, NULL, "bytearray");
    if (rc == 0) {
        size_t n = BYTEARRAY_SIZE(self);
        rc = replace_range(ts, self, n, n, src.data, src.len);
    }
    strbuf_free(&src);
    return rc < 0 ? NULL : none_new();
}

static CFUNC(bytearray_m_pop) {
    if (args_no_kwargs(ts, "bytearray.pop", kwnames) < 0 || args_count(ts, "pop", nargs, 0, 1) < 0)
        return NULL;
    ssize_t i = -1;
    if (nargs) {
        i = obj_as_ssize(ts, args[0], NULL);
        if (i == -1 && err_occurred(ts)) return NULL;
    }
    ssize_t n = (ssize_t)BYTEARRAY_SIZE(self);
    if (n == 0) return err_set_string(ts, &ExcIndexError, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_set_string(ts, &ExcIndexError, "pop index out of range");
    unsigned char v = (unsigned char)BYTEARRAY_DATA(self)[i];
    if (replace_range(ts, self, (size_t)i, (size_t)i + 1, NULL, 0) < 0) return NULL;
    return int_from_i64(ts, v);
}

static CFUNC(bytearray_m_insert) {
    if (args_no_kwargs(ts, "bytearray.insert", kwnames) < 0 || args_count(ts, "insert", nargs, 2, 2) < 0)
        return NULL;
    ssize_t i = obj_as_ssize(ts, args[0], NULL);
    if (i == -1 && err_occurred(ts)) return NULL;
    unsigned char v;
    if (bytes_byte_value(ts, args[1], &v) < 0) return NULL;
    ssize_t n = (ssize_t)BYTEARRAY_SIZE(self);
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    char c = (char)v;
    if (replace_range(ts, self, (size_t)i, (size_t)i, &c, 1) < 0) return NULL;
    return none_new();
}

static CFUNC(bytearray_m_remove) {
    if (args_exactly(ts, "bytearray.remove", nargs, kwnames, 1) < 0) return NULL;
    unsigned char v;
    if (bytes_byte_value(ts, args[0], &v) < 0) return NULL;
    size_t n = BYTEARRAY_SIZE(self);
    const char *p = n ? memchr(BYTEARRAY_DATA(self), v, n) : NULL;
    if (!p) return err_set_string(ts, &ExcValueError, "value not found in bytearray");
    size_t i = (size_t)(p - BYTEARRAY_DATA(self));
    if (replace_range(ts, self, i, i + 1, NULL, 0) < 0) return NULL;
    return none_new();
}

static CFUNC(bytearray_m_clear) {
    if (args_exactly(ts, "bytearray.clear", nargs, kwnames, 0) < 0) return NULL;
    if (bytearray_resize(ts, self, 0) < 0) return NULL;
    return none_new();
}

static CFUNC(bytearray_m_reverse) {
    if (args_exactly(ts, "bytearray.reverse", nargs, kwnames, 0) < 0) return NULL;
    char *d = BYTEARRAY_DATA(self);
    size_t n = BYTEARRAY_SIZE(self);
    for (size_t i = 0; i < n / 2; i++) {
        char t = d[i];
        d[i] = d[n - 1 - i];
        d[n - 1 - i] = t;
    }
    return none_new();
}

static CFUNC(bytearray_m_copy) {
    if (args_exactly(ts, "bytearray.copy", nargs, kwnames, 0) < 0) return NULL;
    return bytearray_new(ts, BYTEARRAY_DATA(self), BYTEARRAY_SIZE(self));
}

static CFUNC(bytearray_m_reduce_ex) {
    /* (type(self), (bytes, ), self.__dict__ or None), the shape pickle sees
     * from CPython for a bytearray at protocol 3 and above */
    Object *b = bytes_new(ts, BYTEARRAY_DATA(self), BYTEARRAY_SIZE(self));
    if (!b) return NULL;
    Object *inner = tuple_pack(ts, 1, b);
    DECREF(b);
    if (!inner) return NULL;
    Object **dp = obj_dict_ptr(self);
    Object *r = tuple_pack(ts, 3, (Object *)TYPE(self), inner, dp && *dp ? *dp : None);
    DECREF(inner);
    return r;
}

static const MethodDef bytearray_methods[] = {
    {"append", bytearray_m_append, METH_KEYWORDS, "Append a single item to the end of the bytearray."},
    {"extend", bytearray_m_extend, METH_KEYWORDS, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"pop", bytearray_m_pop, METH_KEYWORDS, "Remove and return a single item from B."},
    {"insert", bytearray_m_insert, METH_KEYWORDS, "Insert a single item into the bytearray before the given index."},
    {"remove", bytearray_m_remove, METH_KEYWORDS, "Remove the first occurrence of a value in the bytearray."},
    {"clear", bytearray_m_clear, METH_KEYWORDS, "Remove all items from the bytearray."},
    {"reverse", bytearray_m_reverse, METH_KEYWORDS, "Reverse the order of the values in B in place."},
    {"copy", bytearray_m_copy, METH_KEYWORDS, "Return a copy of B."},
    {"__reduce_ex__", bytearray_m_reduce_ex, METH_KEYWORDS, "Return state information for pickling."},
    BYTES_SHARED_METHODS
    {NULL, NULL, 0, NULL},
};

TypeObject ByteArrayType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "bytearray",
    .basicsize = sizeof(ByteArrayObject),
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_MATCH_SELF,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .str = bytearray_repr,
    .hash = obj_hash_unhashable,
    .richcompare = bytearray_richcompare,
    .getattr = obj_generic_getattr,
    .iter = bytes_iter_new,
    .new_ = bytearray_new_slot,
    .init = bytearray_init,
    .binop = {[NB_ADD] = bytearray_add, [NB_MUL] = bytearray_mul, [NB_MOD] = bytearray_mod},
    .inplace = {[NB_ADD] = bytearray_iadd, [NB_MUL] = bytearray_imul},
    .len = bytearray_len,
    .getitem = bytearray_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains_common,
    .methods = bytearray_methods,
};
