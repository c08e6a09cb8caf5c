/* memoryview.c -- a window onto the bytes of a bytes or bytearray, with no
 * copy: slicing a view makes another view of the same memory.
 *
 * Lesson 6 (memory): `data[1000:]` on a bytes copies everything after
 * byte 1000; `memoryview(data)[1000:]` copies nothing and keeps `data`
 * alive through its reference. Writing through a view of a bytearray
 * changes the bytearray. While a view exists its bytearray cannot be
 * resized (BufferError), because the view would be left pointing at freed
 * memory: that is what `exports` counts, and release() (or the end of a
 * `with`) gives the buffer back.
 *
 * minipy's views are one-dimensional with format 'B' (unsigned bytes): a
 * start, a step and a length over the underlying object, which is all
 * slicing, indexing, len, tobytes, tolist and hex need. cast() and
 * multi-dimensional views are not here.
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

#define MV(o) ((MemoryViewObject *)(o))

static Object *view_of(ThreadState *ts, Object *obj, ssize_t start, ssize_t step, ssize_t len) {
    MemoryViewObject *m = (MemoryViewObject *)obj_alloc(ts, &MemoryViewType, sizeof(MemoryViewObject));
    if (!m) return NULL;
    m->obj = NEWREF(obj);
    m->start = start;
    m->step = step;
    m->len = len;
    m->hash = -1;
    if (bytearray_check(obj)) ((ByteArrayObject *)obj)->exports++;
    return (Object *)m;
}

Object *memoryview_new(ThreadState *ts, Object *obj) {
    if (TYPE(obj) == &MemoryViewType) {
        MemoryViewObject *src = MV(obj);
        if (!src->obj)
            return err_set_string(ts, &ExcValueError, "operation forbidden on released memoryview object");
        return view_of(ts, src->obj, src->start, src->step, src->len);
    }
    const char *d;
    size_t n;
    if (!bytes_buffer(obj, &d, &n))
        return err_format(ts, &ExcTypeError, "memoryview: a bytes-like object is required, not '%s'",
                          TYPE_NAME(obj));
    return view_of(ts, obj, 0, 1, (ssize_t)n);
}

/* The view's object, or NULL with ValueError if released. */
static Object *live(ThreadState *ts, Object *self) {
    if (MV(self)->obj) return MV(self)->obj;
    return err_set_string(ts, &ExcValueError, "operation forbidden on released memoryview object");
}

static const char *base_of(Object *self) {
    const char *d;
    size_t n;
    bytes_buffer(MV(self)->obj, &d, &n);
    return d;
}

Object *memoryview_tobytes(ThreadState *ts, Object *self) {
    if (!live(ts, self)) return NULL;
    MemoryViewObject *m = MV(self);
    const char *d = base_of(self);
    Object *b = bytes_new(ts, NULL, (size_t)m->len);
    if (!b) return NULL;
    for (ssize_t k = 0; k < m->len; k++) BYTES_DATA(b)[k] = d[m->start + k * m->step];
    return b;
}

static void release(MemoryViewObject *m) {
    Object *obj = m->obj;
    if (!obj) return;
    m->obj = NULL;
    if (bytearray_check(obj)) ((ByteArrayObject *)obj)->exports--;
    DECREF(obj);
}

/* ==== slots ================================================================ */

static void memoryview_dealloc(Object *self) {
    release(MV(self));
    obj_free(self);
}

static Object *memoryview_repr(ThreadState *ts, Object *self) {
    return str_format(ts, MV(self)->obj ? "<memory at %p>" : "<released memory at %p>", (void *)self);
}

static ssize_t memoryview_len(ThreadState *ts, Object *self) {
    if (!live(ts, self)) return -1;
    return MV(self)->len;
}

static Object *memoryview_getitem(ThreadState *ts, Object *self, Object *key) {
    if (!live(ts, self)) return NULL;
    MemoryViewObject *m = MV(self);
    if (TYPE(key) == &SliceType) {
        ssize_t start, stop, step;
        if (slice_unpack(ts, key, &start, &stop, &step) < 0) return NULL;
        ssize_t count = slice_adjust(m->len, &start, &stop, step);
        return view_of(ts, m->obj, m->start + start * m->step, m->step * step, count);
    }
    if (int_check(key) || TYPE(key)->index) {
        ssize_t i = obj_as_ssize(ts, key, NULL);
        if (i == -1 && err_occurred(ts)) return NULL;
        if (i < 0) i += m->len;
        if (i < 0 || i >= m->len) return err_set_string(ts, &ExcIndexError, "index out of bounds on dimension 1");
        return int_from_i64(ts, (unsigned char)base_of(self)[m->start + i * m->step]);
    }
    return err_set_string(ts, &ExcTypeError, "memoryview: invalid slice key");
}

static int memoryview_setitem(ThreadState *ts, Object *self, Object *key, Object *value) {
    if (!live(ts, self)) return -1;
    MemoryViewObject *m = MV(self);
    if (!bytearray_check(m->obj)) {
        err_set_string(ts, &ExcTypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        err_set_string(ts, &ExcTypeError, "cannot delete memory");
        return -1;
    }
    char *d = BYTEARRAY_DATA(m->obj);
    if (TYPE(key) == &SliceType) {
        ssize_t start, stop, step;
        if (slice_unpack(ts, key, &start, &stop, &step) < 0) return -1;
        ssize_t count = slice_adjust(m->len, &start, &stop, step);
        const char *src;
        size_t n;
        Object *tmp;
        if (bytes_buffer_arg(ts, value, &src, &n, &tmp) < 0) return -1;
        if ((ssize_t)n != count) {
            XDECREF(tmp);
            err_set_string(ts, &ExcValueError,
                           "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        char *copy = rawmem_alloc(n + 1);
        if (!copy) {
            XDECREF(tmp);
            err_no_memory(ts);
            return -1;
        }
        memcpy(copy, src, n);
        XDECREF(tmp);
        d = BYTEARRAY_DATA(m->obj);
        for (ssize_t k = 0; k < count; k++) d[m->start + (start + k * step) * m->step] = copy[k];
        rawmem_free(copy);
        return 0;
    }
    ssize_t i = obj_as_ssize(ts, key, NULL);
    if (i == -1 && err_occurred(ts)) return -1;
    /* struct's 'B': anything with __index__, else a TypeError */
    if (!int_check(value) && !TYPE(value)->index) {
        err_set_string(ts, &ExcTypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    Object *iv = obj_index(ts, value);
    if (!iv) return -1;
    int64_t v = -1;
    if (!int_as_i64(iv, &v) || v < 0 || v > 255) {
        XDECREF(iv);
        err_set_string(ts, &ExcValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    DECREF(iv);
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) {
        err_set_string(ts, &ExcIndexError, "index out of bounds on dimension 1");
        return -1;
    }
    BYTEARRAY_DATA(m->obj)[m->start + i * m->step] = (char)v;
    return 0;
}

static Object *memoryview_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (op != CMP_EQ && op != CMP_NE) return NEWREF(NotImplemented);
    Object *other = TYPE(a) == &MemoryViewType ? b : a, *view = other == b ? a : b;
    if (!MV(view)->obj) return bool_from((a == b) == (op == CMP_EQ));
    const char *d;
    size_t n;
    if (TYPE(other) != &MemoryViewType && !bytes_buffer(other, &d, &n)) return bool_from(op == CMP_NE);
    Object *x = memoryview_tobytes(ts, view);
    if (!x) return NULL;
    Object *y = TYPE(other) == &MemoryViewType ? memoryview_tobytes(ts, other) : bytes_new(ts, d, n);
    if (!y) {
        DECREF(x);
        return NULL;
    }
    Object *r = bytes_compare_data(BYTES_DATA(x), BYTES_SIZE(x), BYTES_DATA(y), BYTES_SIZE(y), op);
    DECREF(x);
    DECREF(y);
    return r;
}

static int64_t memoryview_hash(ThreadState *ts, Object *self) {
    MemoryViewObject *m = MV(self);
    if (m->hash != -1) return m->hash;
    if (!live(ts, self)) return -1;
    if (!bytes_check(m->obj)) {
        err_set_string(ts, &ExcValueError, "cannot hash writable memoryview object");
        return -1;
    }
    Object *b = memoryview_tobytes(ts, self);
    if (!b) return -1;
    m->hash = obj_hash(ts, b);
    DECREF(b);
    return m->hash;
}

static Object *memoryview_iter(ThreadState *ts, Object *self) {
    Object *l = NULL, *b = memoryview_tobytes(ts, self);
    if (!b) return NULL;
    l = obj_iter(ts, b);
    DECREF(b);
    return l;
}

static Object *memoryview_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                                   Object *kwnames) {
    static const char *const names[] = {"object", NULL};
    static const ArgSpec spec = {"memoryview", names, .required = 1};
    Object *a[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    return memoryview_new(ts, a[0]);
}

/* ==== methods ============================================================== */

static CFUNC(memoryview_m_tobytes) {
    static const char *const names[] = {"order", NULL};
    static const ArgSpec spec = {"tobytes", names};
    Object *a[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (a[0] && a[0] != None && !str_check(a[0]))
        return err_format(ts, &ExcTypeError, "tobytes() argument 'order' must be str or None, not %s",
                          TYPE_NAME(a[0]));
    return memoryview_tobytes(ts, self);
}

static CFUNC(memoryview_m_tolist) {
    if (args_exactly(ts, "memoryview.tolist", nargs, kwnames, 0) < 0) return NULL;
    Object *b = memoryview_tobytes(ts, self);
    if (!b) return NULL;
    Object *l = list_from_iterable(ts, b);
    DECREF(b);
    return l;
}

static CFUNC(memoryview_m_hex) {
    Object *b = memoryview_tobytes(ts, self);
    if (!b) return NULL;
    Object *r = bytes_m_hex(ts, b, args, nargs, kwnames);
    DECREF(b);
    return r;
}

static CFUNC(memoryview_m_release) {
    if (args_exactly(ts, "memoryview.release", nargs, kwnames, 0) < 0) return NULL;
    release(MV(self));
    return none_new();
}

static CFUNC(memoryview_m_enter) {
    if (!live(ts, self)) return NULL;
    return NEWREF(self);
}

static CFUNC(memoryview_m_exit) {
    release(MV(self));
    return none_new();
}

static const MethodDef memoryview_methods[] = {
    {"tobytes", memoryview_m_tobytes, METH_KEYWORDS, "Return the data in the buffer as a byte string."},
    {"tolist", memoryview_m_tolist, METH_KEYWORDS, "Return the data in the buffer as a list of elements."},
    {"hex", memoryview_m_hex, METH_KEYWORDS, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", memoryview_m_release, METH_KEYWORDS, "Release the underlying buffer exposed by the memoryview object."},
    {"__enter__", memoryview_m_enter, METH_KEYWORDS, NULL},
    {"__exit__", memoryview_m_exit, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

static GETTER(mv_get_obj) { return live(ts, self) ? NEWREF(MV(self)->obj) : NULL; }
static GETTER(mv_get_nbytes) { return live(ts, self) ? int_from_i64(ts, MV(self)->len) : NULL; }
static GETTER(mv_get_readonly) { return live(ts, self) ? bool_from(!bytearray_check(MV(self)->obj)) : NULL; }
static GETTER(mv_get_itemsize) { return live(ts, self) ? int_from_i64(ts, 1) : NULL; }
static GETTER(mv_get_ndim) { return live(ts, self) ? int_from_i64(ts, 1) : NULL; }
static GETTER(mv_get_format) { return live(ts, self) ? str_from_cstr(ts, "B") : NULL; }
static GETTER(mv_get_released) { return bool_from(MV(self)->obj == NULL); }
static GETTER(mv_get_contiguous) {
    return live(ts, self) ? bool_from(MV(self)->step == 1 || MV(self)->len <= 1) : NULL;
}
static Object *one_tuple(ThreadState *ts, ssize_t v) {
    Object *i = int_from_i64(ts, v);
    if (!i) return NULL;
    Object *t = tuple_pack(ts, 1, i);
    DECREF(i);
    return t;
}
static GETTER(mv_get_shape) { return live(ts, self) ? one_tuple(ts, MV(self)->len) : NULL; }
static GETTER(mv_get_strides) { return live(ts, self) ? one_tuple(ts, MV(self)->step) : NULL; }

static const GetSetDef memoryview_getset[] = {
    {"obj", mv_get_obj, NULL, "The underlying object of the memoryview."},
    {"nbytes", mv_get_nbytes, NULL, NULL},
    {"readonly", mv_get_readonly, NULL, NULL},
    {"itemsize", mv_get_itemsize, NULL, NULL},
    {"ndim", mv_get_ndim, NULL, NULL},
    {"format", mv_get_format, NULL, NULL},
    {"shape", mv_get_shape, NULL, NULL},
    {"strides", mv_get_strides, NULL, NULL},
    {"contiguous", mv_get_contiguous, NULL, NULL},
    {"c_contiguous", mv_get_contiguous, NULL, NULL},
    {"released", mv_get_released, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

TypeObject MemoryViewType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "memoryview",
    .flags = TYPE_FLAG_SEQUENCE,
    .basicsize = sizeof(MemoryViewObject),
    .doc = "Create a new memoryview object which references the given object.",
    .dealloc = memoryview_dealloc,
    .repr = memoryview_repr,
    .hash = memoryview_hash,
    .richcompare = memoryview_richcompare,
    .getattr = obj_generic_getattr,
    .iter = memoryview_iter,
    .new_ = memoryview_new_slot,
    .len = memoryview_len,
    .getitem = memoryview_getitem,
    .setitem = memoryview_setitem,
    .methods = memoryview_methods,
    .getset = memoryview_getset,
};
