/* str.c -- the str type: immutable UTF-8 text with a cached hash, interning,
 * indexing, slicing, comparison, concatenation, and the printf-like
 * str_format() that every error message in the runtime is built with.
 *
 * Lesson 1 (dict keys): a str caches its hash the first time it is asked,
 * so using the same string as a key many times hashes it once. The hash is
 * SipHash-1-3 with a key that is fixed by default (so lessons and golden
 * traces are reproducible) and random under MINIPYHASHSEED=random. With the
 * fixed key, hash('abc') equals CPython's under PYTHONHASHSEED=0.
 *
 * The string methods (split, join, ...) live in runtime/str_methods.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "str.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "slice.h"
#include "format.h"
#include "func.h"
#include "common/utf8.h"
#include "common/pyrepr.h"
#include "args.h"
#include "bytes.h"
#include "codecs.h"
#include "gc.h"
#include "trace/events.h"

extern const MethodDef str_methods[];

/* ---- construction ------------------------------------------------------ */

static Object *str_alloc(ThreadState *ts, size_t size) {
    if (size > (size_t)PTRDIFF_MAX - sizeof(StrObject) - 1) return err_no_memory(ts);
    StrObject *s = (StrObject *)obj_alloc(ts, &StrType, sizeof(StrObject) + size + 1);
    if (!s) return NULL;
    s->hash = -1;
    s->size = size;
    return (Object *)s;
}

/* Finish a string whose bytes were written into data[]: count code points. */
static void str_finish(Object *o) {
    StrObject *s = (StrObject *)o;
    s->data[s->size] = '\0';
    size_t n = 0;
    bool ascii = true;
    const unsigned char *p = (const unsigned char *)s->data;
    for (size_t i = 0; i < s->size; i++) {
        if (p[i] >= 0x80) {
            ascii = false;
            if ((p[i] & 0xC0) != 0x80) n++;
        } else {
            n++;
        }
    }
    s->length = n;
    s->ascii = ascii;
}

static inline Object *new_str(ThreadState *ts, const char *utf8, size_t size) {
    if (size == 0 && ts->interp->empty_str) return NEWREF(ts->interp->empty_str);
    if (size == 1 && (unsigned char)utf8[0] < 128 && ts->interp->ascii_chars[(unsigned char)utf8[0]])
        return NEWREF(ts->interp->ascii_chars[(unsigned char)utf8[0]]);
    Object *s = str_alloc(ts, size);
    if (!s) return NULL;
    memcpy(STR_DATA(s), utf8, size);
    str_finish(s);
    return s;
}

Object *str_new(ThreadState *ts, const char *utf8, size_t size) { return new_str(ts, utf8, size); }

Object *str_from_cstr(ThreadState *ts, const char *s) {
    return str_new(ts, s, strlen(s));
}

Object *str_from_strbuf(ThreadState *ts, StrBuf *buf) {
    Object *s = buf->failed ? err_no_memory(ts) : new_str(ts, buf->data ? buf->data : "", buf->len);
    strbuf_free(buf);
    return s;
}

Object *str_from_codepoint(ThreadState *ts, uint32_t cp) {
    char buf[4];
    if (cp < 128 && ts->interp->ascii_chars[cp]) return NEWREF(ts->interp->ascii_chars[cp]);
    int n = utf8_encode(cp, buf);
    return str_new(ts, buf, (size_t)n);
}

Object *str_intern(ThreadState *ts, Object *s) {
    if (((StrObject *)s)->interned) return NEWREF(s);
    Object *interned = ts->interp->interned;
    Object *found = dict_get_borrowed(ts, interned, s);
    if (found) return NEWREF(found);
    if (err_occurred(ts)) return NULL;
    if (!str_check_exact(s)) return NEWREF(s);
    if (dict_set(ts, interned, s, s) < 0) return NULL;
    ((StrObject *)s)->interned = true;
    return NEWREF(s);
}

Object *str_intern_cstr(ThreadState *ts, const char *c) {
    /* Most names asked for are interned already (start-up asks for about
     * 2,000, three in four of them a second time: __init__, __repr__ ...
     * of every type): the table is searched with a str made on the C stack,
     * so that a name found costs no allocation (issue 18: start-up). With
     * any narration on, or the table watched (--trace=dict:all, which
     * counts its searches), the str is made as before, so that what is
     * narrated and counted (its allocation, one search) stays the same. */
    Object *interned = ts->interp->interned;
    if (!TRACE_ON(TRACE_ANY) && !((DictObject *)interned)->watched) {
        Object *found = dict_get_cstr_borrowed(ts, interned, c);
        if (found) return NEWREF(found);
        if (err_occurred(ts)) return NULL;
    }
    Object *s = str_from_cstr(ts, c);
    if (!s) return NULL;
    Object *r = str_intern(ts, s);
    DECREF(s);
    return r;
}

Object *str_intern_cstr_borrowed(ThreadState *ts, const char *c) {
    Object *s = str_intern_cstr(ts, c);
    if (s) DECREF(s);      /* the interned table keeps it alive */
    return s;
}

bool str_eq_cstr(Object *s, const char *c) {
    size_t n = strlen(c);
    return STR_SIZE(s) == n && memcmp(STR_DATA(s), c, n) == 0;
}

/* ---- formatting for messages ------------------------------------------ */

int str_formatv_into(ThreadState *ts, StrBuf *buf, const char *fmt, va_list ap) {
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { strbuf_appendc(buf, *p); continue; }
        const char *start = p++;
        /* flags, width, precision, length modifiers for the printf cases */
        while (*p && strchr("-+ #0", *p)) p++;
        while (*p >= '0' && *p <= '9') p++;
        int precision = -1;
        if (*p == '.') {
            p++;
            precision = 0;
            while (*p >= '0' && *p <= '9') precision = precision * 10 + (*p++ - '0');
        }
        char lenmod[3] = {0};
        int nl = 0;
        while (*p == 'l' || *p == 'z' || *p == 'h') { if (nl < 2) lenmod[nl++] = *p; p++; }
        char spec[32];
        size_t speclen = (size_t)(p - start) + 1;
        if (speclen >= sizeof spec) speclen = sizeof spec - 1;
        memcpy(spec, start, speclen);
        spec[speclen] = '\0';
        switch (*p) {
        case '%': strbuf_appendc(buf, '%'); break;
        case 'c': strbuf_appendc(buf, (char)va_arg(ap, int)); break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            if (precision >= 0) strbuf_append(buf, s, strnlen(s, (size_t)precision));
            else strbuf_puts(buf, s);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X':
            if (nl == 0) strbuf_printf(buf, spec, va_arg(ap, int));
            else if (lenmod[0] == 'z') strbuf_printf(buf, spec, va_arg(ap, size_t));
            else if (nl == 2) strbuf_printf(buf, spec, va_arg(ap, long long));
            else strbuf_printf(buf, spec, va_arg(ap, long));
            break;
        case 'p': strbuf_printf(buf, "%p", va_arg(ap, void *)); break;
        case 'R': case 'S': {
            Object *o = va_arg(ap, Object *);
            Object *r = *p == 'R' ? obj_repr(ts, o) : obj_str(ts, o);
            if (!r) return -1;
            strbuf_append(buf, STR_DATA(r), STR_SIZE(r));
            DECREF(r);
            break;
        }
        case 'U': {
            Object *o = va_arg(ap, Object *);
            strbuf_append(buf, STR_DATA(o), STR_SIZE(o));
            break;
        }
        case 'T': strbuf_puts(buf, TYPE_NAME(va_arg(ap, Object *))); break;
        case 'N': strbuf_puts(buf, va_arg(ap, TypeObject *)->name); break;
        default:
            fatal_error("str_format: bad directive in \"%s\"", fmt);
        }
        if (!*p) break;
    }
    return 0;
}

Object *str_formatv(ThreadState *ts, const char *fmt, va_list ap) {
    StrBuf buf;
    strbuf_init(&buf);
    if (str_formatv_into(ts, &buf, fmt, ap) < 0) {
        strbuf_free(&buf);
        return NULL;
    }
    return str_from_strbuf(ts, &buf);
}

Object *str_format(ThreadState *ts, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Object *r = str_formatv(ts, fmt, ap);
    va_end(ap);
    return r;
}

/* ---- hashing ----------------------------------------------------------- */

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIP_HALF(a, b, c, d, s, t) \
    a += b; c += d; b = ROTL64(b, s) ^ a; d = ROTL64(d, t) ^ c; a = ROTL64(a, 32);
#define SIP_ROUND(v0, v1, v2, v3) \
    SIP_HALF(v0, v1, v2, v3, 13, 16); SIP_HALF(v2, v1, v0, v3, 17, 21);

/* SipHash with one compression round and three finalization rounds. */
/* SipHash-1-3 in three steps, so that a text can be hashed a piece at a
 * time: the state, whole 8-byte words, and the last 0-7 bytes with the
 * total length. */
typedef struct Sip { uint64_t v0, v1, v2, v3; } Sip;

static void sip_init(Sip *s, uint64_t k0, uint64_t k1) {
    s->v0 = k0 ^ 0x736f6d6570736575ULL;
    s->v1 = k1 ^ 0x646f72616e646f6dULL;
    s->v2 = k0 ^ 0x6c7967656e657261ULL;
    s->v3 = k1 ^ 0x7465646279746573ULL;
}

static void sip_words(Sip *s, const uint8_t *in, size_t nwords) {
    uint64_t v0 = s->v0, v1 = s->v1, v2 = s->v2, v3 = s->v3;
    while (nwords--) {
        uint64_t m = 0;
        for (int i = 7; i >= 0; i--) m = (m << 8) | in[i];
        in += 8;
        v3 ^= m;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    s->v0 = v0, s->v1 = v1, s->v2 = v2, s->v3 = v3;
}

static uint64_t sip_final(Sip *s, const uint8_t *tail, size_t ntail, size_t total) {
    uint64_t v0 = s->v0, v1 = s->v1, v2 = s->v2, v3 = s->v3;
    uint64_t b = (uint64_t)total << 56;
    uint64_t t = 0;
    for (size_t i = ntail; i > 0; i--) t = (t << 8) | tail[i - 1];
    b |= t;
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

/* CPython hashes the bytes of its internal representation: one byte per
 * character when every code point is below 256, two below 65536, else four
 * (little-endian). Reproducing that makes hash('é') equal too. Those bytes
 * are made and hashed 256 at a time: hashing needs no memory. */
int64_t str_hash_bytes(Interp *interp, const char *data, size_t size, bool ascii) {
    if (size == 0) return 0;
    uint64_t h;
    Sip sip;
    sip_init(&sip, interp->hash_k0, interp->hash_k1);
    if (ascii) {
        sip_words(&sip, (const uint8_t *)data, size / 8);
        h = sip_final(&sip, (const uint8_t *)data + size / 8 * 8, size % 8, size);
    } else {
        uint32_t maxcp = 0;
        size_t pos = 0;
        while (pos < size) {
            int32_t cp = utf8_decode_lenient(data, size, &pos);
            if (cp < 0) cp = 0xFFFD;
            if ((uint32_t)cp > maxcp) maxcp = (uint32_t)cp;
        }
        int width = maxcp < 256 ? 1 : maxcp < 65536 ? 2 : 4;
        uint8_t buf[256];
        size_t used = 0, total = 0;
        pos = 0;
        while (pos < size) {
            int32_t cp = utf8_decode_lenient(data, size, &pos);
            if (cp < 0) cp = 0xFFFD;
            for (int k = 0; k < width; k++) buf[used++] = (uint8_t)(cp >> (8 * k));
            total += (size_t)width;
            if (used == sizeof buf) {
                sip_words(&sip, buf, sizeof buf / 8);
                used = 0;
            }
        }
        sip_words(&sip, buf, used / 8);
        h = sip_final(&sip, buf + used / 8 * 8, used % 8, total);
    }
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t str_hash_compute(Object *o) {
    StrObject *s = (StrObject *)o;
    if (s->hash != -1) return s->hash;
    s->hash = str_hash_bytes(ts_current()->interp, s->data, s->size, s->ascii);
    return s->hash;
}

static int64_t str_hash_slot(ThreadState *ts, Object *o) { return str_hash(o); }

/* ---- code point indexing ---------------------------------------------- */

size_t str_byte_offset(Object *o, size_t index) {
    StrObject *s = (StrObject *)o;
    if (s->ascii) return index;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t pos = 0;
    while (index > 0 && pos < s->size) {
        pos++;
        while (pos < s->size && (p[pos] & 0xC0) == 0x80) pos++;
        index--;
    }
    return pos;
}

Object *str_substring(ThreadState *ts, Object *s, size_t start, size_t stop) {
    if (start >= stop) return str_new(ts, "", 0);
    if (start == 0 && stop == STR_LEN(s) && str_check_exact(s)) return NEWREF(s);
    size_t b0 = str_byte_offset(s, start);
    size_t b1 = ((StrObject *)s)->ascii ? stop : b0 + str_byte_offset_from(s, b0, stop - start);
    return str_new(ts, STR_DATA(s) + b0, b1 - b0);
}

/* Bytes spanned by [count] code points starting at byte [from]. */
size_t str_byte_offset_from(Object *o, size_t from, size_t count) {
    StrObject *s = (StrObject *)o;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t pos = from;
    while (count > 0 && pos < s->size) {
        pos++;
        while (pos < s->size && (p[pos] & 0xC0) == 0x80) pos++;
        count--;
    }
    return pos - from;
}

/* ---- slots ------------------------------------------------------------- */

static void str_dealloc(Object *o) { obj_free(o); }

Object *str_repr(ThreadState *ts, Object *s) {
    StrBuf buf;
    strbuf_init(&buf);
    pyrepr_str(&buf, STR_DATA(s), STR_SIZE(s));
    return str_from_strbuf(ts, &buf);
}

static Object *str_str(ThreadState *ts, Object *s) {
    if (str_check_exact(s)) return NEWREF(s);
    return str_new(ts, STR_DATA(s), STR_SIZE(s));
}

static Object *str_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (!str_check(a) || !str_check(b)) return NEWREF(NotImplemented);
    if (op == CMP_EQ) return bool_from(str_eq(a, b));
    if (op == CMP_NE) return bool_from(!str_eq(a, b));
    size_t na = STR_SIZE(a), nb = STR_SIZE(b);
    int c = memcmp(STR_DATA(a), STR_DATA(b), na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_from(r);
}

static ssize_t str_len(ThreadState *ts, Object *s) { return (ssize_t)STR_LEN(s); }

Object *str_concat(ThreadState *ts, Object *a, Object *b) {
    size_t na = STR_SIZE(a), nb = STR_SIZE(b);
    if (nb == 0 && str_check_exact(a)) return NEWREF(a);
    if (na == 0 && str_check_exact(b)) return NEWREF(b);
    Object *r = str_alloc(ts, na + nb);
    if (!r) return NULL;
    memcpy(STR_DATA(r), STR_DATA(a), na);
    memcpy(STR_DATA(r) + na, STR_DATA(b), nb);
    StrObject *s = (StrObject *)r;
    s->data[na + nb] = '\0';
    s->length = STR_LEN(a) + STR_LEN(b);
    s->ascii = ((StrObject *)a)->ascii && ((StrObject *)b)->ascii;
    return r;
}

Object *str_append_unique(ThreadState *ts, Object *a, Object *b) {
    size_t na = STR_SIZE(a), nb = STR_SIZE(b);
    if (nb == 0) return a;
    bool ascii = ((StrObject *)a)->ascii && ((StrObject *)b)->ascii;
    size_t blen = STR_LEN(b);
    size_t old_total = sizeof(StrObject) + na + 1, new_total = old_total + nb;
    StrObject *s = mem_grow(&ts->interp->pools, a, old_total, new_total);
    if (!s) {
        DECREF(a);
        return err_no_memory(ts);
    }
    memcpy(s->data + na, STR_DATA(b), nb);
    s->data[na + nb] = '\0';
    s->size = na + nb;
    s->length += blen;
    s->ascii = ascii;
    s->hash = -1;
    return (Object *)s;
}

static Object *str_add(ThreadState *ts, Object *a, Object *b) {
    if (!str_check(a) || !str_check(b)) return NEWREF(NotImplemented);
    return str_concat(ts, a, b);
}

static Object *str_repeat(ThreadState *ts, Object *s, Object *count) {
    int64_t n;
    if (!int_as_i64(count, &n))
        return err_format(ts, &ExcOverflowError, "cannot fit 'int' into an index-sized integer");
    if (n <= 0 || STR_SIZE(s) == 0) return str_new(ts, "", 0);
    if (n == 1 && str_check_exact(s)) return NEWREF(s);
    size_t size = STR_SIZE(s);
    if ((uint64_t)n > (uint64_t)INT64_MAX / size)
        return err_set_string(ts, &ExcOverflowError, "repeated string is too long");
    if ((uint64_t)n > (SIZE_MAX / 4) / size) return err_no_memory(ts);
    Object *r = str_alloc(ts, size * (size_t)n);
    if (!r) return NULL;
    char *d = STR_DATA(r);
    if (size == 1) {
        memset(d, STR_DATA(s)[0], (size_t)n);
    } else {
        for (int64_t i = 0; i < n; i++) memcpy(d + i * size, STR_DATA(s), size);
    }
    StrObject *rs = (StrObject *)r;
    rs->data[rs->size] = '\0';
    rs->length = STR_LEN(s) * (size_t)n;
    rs->ascii = ((StrObject *)s)->ascii;
    return r;
}

static Object *str_mul(ThreadState *ts, Object *a, Object *b) {
    if (str_check(a) && int_check(b)) return str_repeat(ts, a, b);
    if (str_check(b) && int_check(a)) return str_repeat(ts, b, a);
    if (str_check(a) && TYPE(b)->index) {
        Object *i = obj_index(ts, b);
        if (!i) return NULL;
        Object *r = str_repeat(ts, a, i);
        DECREF(i);
        return r;
    }
    return NEWREF(NotImplemented);
}

static Object *str_mod(ThreadState *ts, Object *a, Object *b) {
    if (!str_check(a)) return NEWREF(NotImplemented);
    return format_percent(ts, a, b);
}

/* The code point at index [i] (0 <= i < length). */
static Object *str_char_at(ThreadState *ts, Object *s, size_t i) {
    size_t b = str_byte_offset(s, i);
    if (((StrObject *)s)->ascii) return str_new(ts, STR_DATA(s) + b, 1);
    size_t pos = b;
    utf8_decode_lenient(STR_DATA(s), STR_SIZE(s), &pos);
    return str_new(ts, STR_DATA(s) + b, pos - b);
}

static Object *str_getitem(ThreadState *ts, Object *s, Object *key) {
    if (int_check(key)) {
        int64_t i;
        ssize_t n = (ssize_t)STR_LEN(s);
        if (!int_as_i64(key, &i))
            return err_format(ts, &ExcIndexError, "cannot fit 'int' into an index-sized integer");
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set_string(ts, &ExcIndexError, "string index out of range");
        return str_char_at(ts, s, (size_t)i);
    }
    if (TYPE(key) == &SliceType) {
        ssize_t start, stop, step;
        ssize_t count = slice_indices(ts, key, (ssize_t)STR_LEN(s), &start, &stop, &step);
        if (count < 0) return NULL;
        if (step == 1) return str_substring(ts, s, (size_t)start, (size_t)start + (size_t)count);
        StrBuf buf;
        strbuf_init(&buf);
        bool ascii = ((StrObject *)s)->ascii;
        for (ssize_t k = 0, i = start; k < count; k++, i += step) {
            if (ascii) {
                strbuf_appendc(&buf, STR_DATA(s)[i]);
            } else {
                size_t b = str_byte_offset(s, (size_t)i), e = b;
                utf8_decode_lenient(STR_DATA(s), STR_SIZE(s), &e);
                strbuf_append(&buf, STR_DATA(s) + b, e - b);
            }
        }
        return str_from_strbuf(ts, &buf);
    }
    if (TYPE(key)->index) {
        Object *i = obj_index_for_subscript(ts, key);
        if (!i) return NULL;
        Object *r = str_getitem(ts, s, i);
        DECREF(i);
        return r;
    }
    return err_format(ts, &ExcTypeError, "string indices must be integers, not '%s'", TYPE_NAME(key));
}

static int str_contains(ThreadState *ts, Object *s, Object *sub) {
    if (!str_check(sub)) {
        err_format(ts, &ExcTypeError, "'in <string>' requires string as left operand, not %s",
                   TYPE_NAME(sub));
        return -1;
    }
    if (STR_SIZE(sub) == 0) return 1;
    return memmem(STR_DATA(s), STR_SIZE(s), STR_DATA(sub), STR_SIZE(sub)) != NULL;
}

static Object *str_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                            Object *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    static const ArgSpec spec = {"str", names};
    Object *a[3];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *r;
    if (a[1] || a[2]) {
        /* str(b, encoding, errors) decodes */
        const char *d, *enc, *err;
        size_t n;
        Object *tmp = NULL;
        if (!a[0]) {
            r = str_new(ts, "", 0);
        } else if (str_check(a[0])) {
            return err_format(ts, &ExcTypeError, "decoding str is not supported");
        } else if (!bytes_buffer(a[0], &d, &n) && TYPE(a[0]) != &MemoryViewType) {
            return err_format(ts, &ExcTypeError, "decoding to str: need a bytes-like object, %s found",
                              TYPE_NAME(a[0]));
        } else {
            if (codec_args(ts, "str", a[1], a[2], &enc, &err) < 0 ||
                bytes_buffer_arg(ts, a[0], &d, &n, &tmp) < 0)
                return NULL;
            r = codec_decode(ts, d, n, enc, err);
            XDECREF(tmp);
        }
    } else {
        r = a[0] ? obj_str(ts, a[0]) : str_new(ts, "", 0);
    }
    if (!r || type == &StrType) return r;
    /* a subclass: the same text in an instance of the subclass */
    StrObject *sub = (StrObject *)obj_alloc(ts, type, obj_var_alloc_size(type, STR_SIZE(r) + 1));
    if (!sub) { DECREF(r); return NULL; }
    StrObject *src = (StrObject *)r;
    sub->hash = -1;
    sub->length = src->length;
    sub->size = src->size;
    sub->ascii = src->ascii;
    memcpy(sub->data, src->data, src->size + 1);
    DECREF(r);
    /* a subclass's instance has a __dict__ that can close a cycle (enum's
     * members refer to their class): the collector must see it */
    if (type->flags & TYPE_FLAG_GC) gc_track(ts, (Object *)sub);
    return (Object *)sub;
}

/* ---- iteration --------------------------------------------------------- */

typedef struct {
    OBJECT_HEAD;
    Object *str;          /* NULL when exhausted */
    size_t pos;           /* byte offset of the next character */
} StrIterObject;


static Object *str_iter(ThreadState *ts, Object *s) {
    StrIterObject *it = (StrIterObject *)obj_alloc(ts, &StrIterType, sizeof(StrIterObject));
    if (!it) return NULL;
    it->str = NEWREF(s);
    it->pos = 0;
    return (Object *)it;
}

static Object *striter_next(ThreadState *ts, Object *self) {
    StrIterObject *it = (StrIterObject *)self;
    if (!it->str) return NULL;
    Object *s = it->str;
    if (it->pos >= STR_SIZE(s)) {
        CLEAR(it->str);
        return NULL;
    }
    size_t b = it->pos;
    unsigned char c = (unsigned char)STR_DATA(s)[b];
    if (c < 128) {
        it->pos++;
        return NEWREF(ts->interp->ascii_chars[c]);
    }
    utf8_decode_lenient(STR_DATA(s), STR_SIZE(s), &it->pos);
    return str_new(ts, STR_DATA(s) + b, it->pos - b);
}

static void striter_dealloc(Object *self) {
    XDECREF(((StrIterObject *)self)->str);
    obj_free(self);
}

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

TypeObject StrIterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObject),
    .dealloc = striter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = striter_next,
};

TypeObject StrType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "str",
    .basicsize = sizeof(StrObject),
    .itemsize = 1,                    /* variable size: subclasses get no __dict__ slot */
    .flags = TYPE_FLAG_STR_SUBCLASS | TYPE_FLAG_BASETYPE | TYPE_FLAG_MATCH_SELF,
    .doc = "str(object='') -> str",
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .getattr = obj_generic_getattr,
    .iter = str_iter,
    .new_ = str_new_slot,
    .binop = {[NB_ADD] = str_add, [NB_MUL] = str_mul, [NB_MOD] = str_mod},
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .methods = str_methods,
};
