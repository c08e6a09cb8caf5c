/* mod_struct.c -- `_struct`: values packed into bytes as C lays them out,
 * and unpacked again (struct.pack('<hi', 1, 2) == b'\x01\x00\x02\x00\x00\x00').
 *
 * Issue 17 (the modules real programs import); a lesson on what an int or
 * a float is in memory. A format is an optional byte order ('@' native,
 * with native sizes and alignment; '=', '<', '>', '!' standard sizes,
 * no alignment), then items: a repeat count and a code. parse_format()
 * turns it into a list of items with their offsets, once; pack and
 * unpack walk that list. Sizes, ranges and every message are CPython
 * 3.11's on a 64-bit Linux machine (where native 'l' is 8 bytes).
 * lib/struct.py adds the Struct class and iter_unpack over these.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "modules.h"
#include "interp.h"
#include "exceptions.h"
#include "module.h"
#include "bytes.h"
#include "int.h"
#include "float.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "args.h"
#include "common/rawmem.h"

typedef struct {
    char code;
    size_t count;       /* for s and p: the length; else how many values */
    size_t offset;      /* of the first value */
    size_t size;        /* of one value */
} Item;

typedef struct {
    Item *items;
    size_t nitems;
    size_t size;        /* calcsize */
    size_t nvalues;     /* how many values pack takes */
    char order;         /* '@', '<' or '>' */
} Format;

static Object *struct_error(ThreadState *ts) {
    Object *m = dict_get_cstr_borrowed(ts, ts->interp->modules, "_struct");
    Object *e = m ? dict_get_cstr_borrowed(ts, MODULE_DICT(m), "error") : NULL;
    return e ? e : (Object *)&ExcValueError;
}

static int fail(ThreadState *ts, const char *msg) {
    Object *text = str_from_cstr(ts, msg);
    if (text) {
        err_set_object(ts, (TypeObject *)struct_error(ts), text);
        DECREF(text);
    }
    return -1;
}

/* the size of one [code] value; 0 for a code this byte order has not */
static size_t code_size(char code, bool native) {
    switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

/* [fmt] as items; 0, or -1 with the exception */
static int parse_format(ThreadState *ts, Object *fmtobj, Format *f) {
    const char *s;
    size_t len;
    memset(f, 0, sizeof *f);            /* format_free() is safe whatever happens */
    if (str_check(fmtobj)) {
        s = STR_DATA(fmtobj);
        len = STR_SIZE(fmtobj);
    } else if (bytes_check(fmtobj)) {
        s = BYTES_DATA(fmtobj);
        len = BYTES_SIZE(fmtobj);
    } else {
        err_format(ts, &ExcTypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                   TYPE_NAME(fmtobj));
        return -1;
    }
    if (strlen(s) != len) return fail(ts, "embedded null character");
    size_t i = 0;
    f->order = '@';
    if (len && strchr("@=<>!", s[0])) {
        f->order = s[0] == '=' ? (1 == *(const uint8_t *)&(uint16_t){1} ? '<' : '>') : s[0] == '!' ? '>' : s[0];
        if (s[0] == '@') f->order = '@';
        i = 1;
    }
    bool native = f->order == '@';
    size_t cap = 8;
    f->items = rawmem_alloc(cap * sizeof(Item));
    if (!f->items) {
        err_no_memory(ts);
        return -1;
    }
    size_t offset = 0;
    while (i < len) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        size_t count = 1;
        bool counted = false;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < len && s[i] >= '0' && s[i] <= '9') {
                if (count > (SIZE_MAX - 9) / 10) return fail(ts, "total struct size too long");
                count = count * 10 + (size_t)(s[i] - '0');
                i++;
            }
            counted = true;
            if (i == len) return fail(ts, "repeat count given without format specifier");
            c = s[i];
        }
        size_t size = code_size(c, native);
        if (!size) return fail(ts, "bad char in struct format");
        i++;
        if (native && size > 1 && c != 's' && c != 'p') offset = (offset + size - 1) / size * size;
        if (f->nitems == cap) {
            Item *grown = rawmem_realloc(f->items, 2 * cap * sizeof(Item));
            if (!grown) {
                err_no_memory(ts);
                return -1;
            }
            f->items = grown;
            cap *= 2;
        }
        (void)counted;
        f->items[f->nitems++] = (Item){c, count, offset, size};
        if (count && size > (SIZE_MAX - offset) / count) return fail(ts, "total struct size too long");
        offset += size * count;
        if (c == 's' || c == 'p') f->nvalues += 1;
        else if (c != 'x') f->nvalues += count;
    }
    f->size = offset;
    return 0;
}

static void format_free(Format *f) { rawmem_free(f->items); }

/* ---- integers ---------------------------------------------------------------------- */

static void put_uint(char *p, uint64_t v, size_t size, char order) {
    for (size_t k = 0; k < size; k++) {
        size_t at = order == '>' ? size - 1 - k : k;     /* '@' is this machine's: little-endian */
        p[at] = (char)(v & 0xff);
        v >>= 8;
    }
}

static uint64_t get_uint(const char *p, size_t size, char order) {
    uint64_t v = 0;
    for (size_t k = 0; k < size; k++) {
        size_t at = order == '>' ? k : size - 1 - k;
        v = (v << 8) | (uint8_t)p[at];
    }
    return v;
}

static bool as_u64(Object *o, uint64_t *out) {
    IntView view;
    mpz_srcptr z = int_view(&view, o);
    if (mpz_sgn(z) < 0 || !mpz_fits_ulong_p(z)) return false;
    *out = mpz_get_ui(z);
    return true;
}

static int pack_int(ThreadState *ts, char *p, const Item *it, Object *v, char order) {
    if (!int_check(v) && !TYPE(v)->index) return fail(ts, "required argument is not an integer");
    Object *n = obj_index(ts, v);
    if (!n) return -1;
    bool is_signed = it->code == 'b' || it->code == 'h' || it->code == 'i' || it->code == 'l' ||
                     it->code == 'q' || it->code == 'n';
    size_t size = it->size;
    int64_t sv = 0;
    uint64_t uv = 0;
    bool fits;
    if (is_signed) {
        fits = int_as_i64(n, &sv);
        if (fits && size < 8) {
            int64_t lim = (int64_t)1 << (8 * size - 1);
            fits = sv >= -lim && sv < lim;
        }
    } else {
        fits = as_u64(n, &uv);
        if (fits && size < 8) fits = uv < ((uint64_t)1 << (8 * size));
        if (!fits && it->code == 'P' && int_as_i64(n, &sv)) {   /* a pointer may be given negative */
            uv = (uint64_t)sv;
            fits = true;
        }
    }
    DECREF(n);
    if (!fits) {
        char msg[120];
        switch (it->code) {
        case 'b': return fail(ts, "byte format requires -128 <= number <= 127");
        case 'B': return fail(ts, "ubyte format requires 0 <= number <= 255");
        case 'h':
            if (order == '@') return fail(ts, "short format requires -32768 <= number <= 32767");
            return fail(ts, "'h' format requires -32768 <= number <= 32767");
        case 'H':
            if (order == '@') return fail(ts, "ushort format requires 0 <= number <= 65535");
            return fail(ts, "'H' format requires 0 <= number <= 65535");
        case 'i': case 'l':
            if (it->code == 'l' && order == '@') break;
            snprintf(msg, sizeof msg, "'%c' format requires -2147483648 <= number <= 2147483647", it->code);
            return fail(ts, msg);
        default: break;
        }
        return fail(ts, "argument out of range");
    }
    put_uint(p, is_signed ? (uint64_t)sv : uv, size, order);
    return 0;
}

static Object *unpack_int(ThreadState *ts, const char *p, const Item *it, char order) {
    uint64_t v = get_uint(p, it->size, order);
    bool is_signed = it->code == 'b' || it->code == 'h' || it->code == 'i' || it->code == 'l' ||
                     it->code == 'q' || it->code == 'n';
    if (is_signed) {
        if (it->size < 8 && (v >> (8 * it->size - 1)) & 1) v |= ~(uint64_t)0 << (8 * it->size);
        return int_from_i64(ts, (int64_t)v);
    }
    return int_from_u64(ts, v);
}

/* ---- floats ------------------------------------------------------------------------ */

/* IEEE half precision, rounded half to even, as CPython's PyFloat_Pack2 */
static int half_bits(ThreadState *ts, double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    x = fabs(x);
    if (x == 0) {
        *out = sign;
        return 0;
    }
    int e;
    double f = frexp(x, &e);          /* x = f * 2**e, 0.5 <= f < 1 */
    if (e > 16) goto overflow;
    uint32_t bits;
    if (e < -13) {                    /* subnormal: multiples of 2**-24 */
        f = ldexp(f, e + 24);
        double r = nearbyint(f);      /* ties to even (the default rounding) */
        bits = (uint32_t)r;
    } else {
        f = ldexp(f, 11);             /* 11 significant bits */
        double r = nearbyint(f);
        uint32_t m = (uint32_t)r;
        if (m == 2048) {              /* rounded up to the next power of two */
            m = 1024;
            e++;
            if (e > 16) goto overflow;
        }
        bits = ((uint32_t)(e + 14) << 10) | (m - 1024);
    }
    *out = sign | (uint16_t)bits;
    return 0;
overflow:
    err_set_string(ts, &ExcOverflowError, "float too large to pack with e format");
    return -1;
}

static double half_value(uint16_t h) {
    int e = (h >> 10) & 0x1f;
    int m = h & 0x3ff;
    double v;
    if (e == 0) v = ldexp(m, -24);
    else if (e == 31) v = m ? NAN : INFINITY;
    else v = ldexp(m + 1024, e - 25);
    return h & 0x8000 ? -v : v;
}

static int pack_float(ThreadState *ts, char *p, const Item *it, Object *v, char order) {
    double x;
    if (float_as_double(ts, v, &x) < 0) {
        if (!err_matches(ts, &ExcTypeError)) return -1;
        err_clear(ts);
        return fail(ts, "required argument is not a float");
    }
    if (it->code == 'e') {
        uint16_t h;
        if (half_bits(ts, x, &h) < 0) return -1;
        put_uint(p, h, 2, order);
    } else if (it->code == 'f') {
        /* standard sizes refuse what does not fit; native ones make it inf, as C does */
        if (order != '@' && isfinite(x) && isinf((float)x)) {
            err_set_string(ts, &ExcOverflowError, "float too large to pack with f format");
            return -1;
        }
        float y = (float)x;
        uint32_t bits;
        memcpy(&bits, &y, 4);
        put_uint(p, bits, 4, order);
    } else {
        uint64_t bits;
        memcpy(&bits, &x, 8);
        put_uint(p, bits, 8, order);
    }
    return 0;
}

static Object *unpack_float(ThreadState *ts, const char *p, const Item *it, char order) {
    if (it->code == 'e') return float_new(ts, half_value((uint16_t)get_uint(p, 2, order)));
    if (it->code == 'f') {
        uint32_t bits = (uint32_t)get_uint(p, 4, order);
        float y;
        memcpy(&y, &bits, 4);
        return float_new(ts, y);
    }
    uint64_t bits = get_uint(p, 8, order);
    double x;
    memcpy(&x, &bits, 8);
    return float_new(ts, x);
}

/* ---- pack and unpack -------------------------------------------------------------------- */

static int pack_into_buffer(ThreadState *ts, const Format *f, char *out, Object *const *args, size_t nargs) {
    if (nargs != f->nvalues) {
        char msg[100];
        snprintf(msg, sizeof msg, "pack expected %zu items for packing (got %zu)", f->nvalues, nargs);
        return fail(ts, msg);
    }
    size_t a = 0;
    for (size_t k = 0; k < f->nitems; k++) {
        const Item *it = &f->items[k];
        char *p = out + it->offset;
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            Object *v = args[a++];
            const char *data;
            size_t n;
            if (!bytes_check(v) && !bytearray_check(v)) {
                char msg[60];
                snprintf(msg, sizeof msg, "argument for '%c' must be a bytes object", it->code);
                return fail(ts, msg);
            }
            bytes_buffer(v, &data, &n);
            if (it->code == 's') {
                memcpy(p, data, n < it->count ? n : it->count);
            } else if (it->count > 0) {
                size_t room = it->count - 1;
                if (n > room) n = room;
                if (n > 255) n = 255;
                memcpy(p + 1, data, n);
                p[0] = (char)n;
            }
            continue;
        }
        for (size_t j = 0; j < it->count; j++, p += it->size) {
            Object *v = args[a++];
            int r = 0;
            switch (it->code) {
            case 'c': {
                const char *data;
                size_t n;
                if ((!bytes_check(v) && !bytearray_check(v)) || (bytes_buffer(v, &data, &n), n != 1))
                    return fail(ts, "char format requires a bytes object of length 1");
                *p = data[0];
                break;
            }
            case '?': {
                int t = obj_is_true(ts, v);
                if (t < 0) return -1;
                *p = (char)t;
                break;
            }
            case 'e': case 'f': case 'd': r = pack_float(ts, p, it, v, f->order); break;
            default: r = pack_int(ts, p, it, v, f->order); break;
            }
            if (r < 0) return -1;
        }
    }
    return 0;
}

static Object *unpack_buffer(ThreadState *ts, const Format *f, const char *data) {
    Object *t = tuple_new(ts, f->nvalues);
    if (!t) return NULL;
    size_t a = 0;
    for (size_t k = 0; k < f->nitems; k++) {
        const Item *it = &f->items[k];
        const char *p = data + it->offset;
        Object *v;
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            if (it->code == 's') {
                v = bytes_new(ts, p, it->count);
            } else {
                size_t n = it->count ? (uint8_t)p[0] : 0;
                if (it->count && n >= it->count) n = it->count - 1;
                v = bytes_new(ts, it->count ? p + 1 : p, n);
            }
            if (!v) goto error;
            TUPLE_SET_STEAL(t, a++, v);
            continue;
        }
        for (size_t j = 0; j < it->count; j++, p += it->size) {
            switch (it->code) {
            case 'c': v = bytes_new(ts, p, 1); break;
            case '?': v = bool_from(*p != 0); break;
            case 'e': case 'f': case 'd': v = unpack_float(ts, p, it, f->order); break;
            default: v = unpack_int(ts, p, it, f->order); break;
            }
            if (!v) goto error;
            TUPLE_SET_STEAL(t, a++, v);
        }
    }
    return t;
error:
    DECREF(t);
    return NULL;
}

static CFUNC(struct_calcsize) {
    if (args_exactly(ts, "calcsize", nargs, kwnames, 1) < 0) return NULL;
    Format f;
    if (parse_format(ts, args[0], &f) < 0) {
        format_free(&f);
        return NULL;
    }
    Object *r = int_from_u64(ts, f.size);
    format_free(&f);
    return r;
}

static CFUNC(struct_pack) {
    if (args_no_kwargs(ts, "pack", kwnames) < 0) return NULL;
    if (nargs < 1) return err_set_string(ts, &ExcTypeError, "pack expected at least 1 argument, got 0");
    Format f;
    Object *r = NULL;
    if (parse_format(ts, args[0], &f) == 0) {
        char *out = rawmem_calloc(f.size ? f.size : 1, 1);
        if (!out) err_no_memory(ts);
        else if (pack_into_buffer(ts, &f, out, args + 1, nargs - 1) == 0) r = bytes_new(ts, out, f.size);
        rawmem_free(out);
    }
    format_free(&f);
    return r;
}

static CFUNC(struct_unpack) {
    if (args_no_kwargs(ts, "unpack", kwnames) < 0 || args_count(ts, "unpack", nargs, 2, 2) < 0) return NULL;
    Format f;
    Object *r = NULL, *tmp = NULL;
    const char *data;
    size_t n;
    if (parse_format(ts, args[0], &f) == 0 && bytes_buffer_arg(ts, args[1], &data, &n, &tmp) == 0) {
        if (n != f.size) {
            char msg[80];
            snprintf(msg, sizeof msg, "unpack requires a buffer of %zu bytes", f.size);
            fail(ts, msg);
        } else {
            r = unpack_buffer(ts, &f, data);
        }
    }
    XDECREF(tmp);
    format_free(&f);
    return r;
}

/* unpack_from(format, buffer, offset=0) */
static CFUNC(struct_unpack_from) {
    static const char *const names[] = {"format", "buffer", "offset", NULL};
    static const ArgSpec spec = {"unpack_from", names, .posonly = 1, .required = 2};
    Object *a[3];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    int64_t offset = 0;
    if (a[2]) {
        Object *o = obj_index(ts, a[2]);
        if (!o) return NULL;
        bool fits = int_as_i64(o, &offset);
        DECREF(o);
        if (!fits) return err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C ssize_t");
    }
    Format f;
    Object *r = NULL, *tmp = NULL;
    const char *data;
    size_t n;
    if (parse_format(ts, a[0], &f) == 0 && bytes_buffer_arg(ts, a[1], &data, &n, &tmp) == 0) {
        char msg[200];
        if (offset < 0) {
            if ((uint64_t)-offset > n) {
                snprintf(msg, sizeof msg, "offset %lld out of range for %zu-byte buffer", (long long)offset, n);
                fail(ts, msg);
                goto done;
            }
            offset += (int64_t)n;
        }
        if ((uint64_t)offset > n || n - (size_t)offset < f.size) {
            snprintf(msg, sizeof msg,
                     "unpack_from requires a buffer of at least %zu bytes for unpacking %zu bytes at offset %lld "
                     "(actual buffer size is %zu)", f.size + (size_t)offset, f.size, (long long)offset, n);
            fail(ts, msg);
        } else {
            r = unpack_buffer(ts, &f, data + offset);
        }
    }
done:
    XDECREF(tmp);
    format_free(&f);
    return r;
}

static const MethodDef struct_functions[] = {
    {"calcsize", struct_calcsize, 0, "Return size in bytes of the struct described by the format string."},
    {"pack", struct_pack, 0,
     "pack(format, v1, v2, ...) -> bytes\n\n"
     "Return a bytes object containing the values v1, v2, ... packed according\n"
     "to the format string.  See help(struct) for more on format strings."},
    {"unpack", struct_unpack, 0,
     "Return a tuple containing values unpacked according to the format string.\n\n"
     "The buffer's size in bytes must be calcsize(format).\n\n"
     "See help(struct) for more on format strings."},
    {"unpack_from", struct_unpack_from, METH_KEYWORDS,
     "Return a tuple containing values unpacked according to the format string.\n\n"
     "The buffer's size, minus offset, must be at least calcsize(format).\n\n"
     "See help(struct) for more on format strings."},
    {NULL},
};

Object *mod_struct_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "_struct");
    if (!m) return NULL;
    /* struct.error: a class of its own, made as `class error(Exception)` */
    if (!module_add_exception(ts, m, "error", &ExcException, "struct") ||
        module_add_functions(ts, m, struct_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
