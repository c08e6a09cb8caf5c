/* int.c -- int and bool: arbitrary-precision integers with a machine-word
 * fast path, and the two booleans.
 *
 * Lesson 6 (memory) uses `is` on ints; lesson 2 (the pipeline) watches
 * BINARY_OP land here. Start reading at int_from_i64() and int_add().
 *
 * Two representations, one value
 * -------------------------------
 * An IntObject holds its value in `value` (an int64_t) when it fits, and
 * only otherwise in a malloc'd libgmp mpz (`big`). The form is always
 * normalised: a value that fits in int64_t never has `big`. So two equal
 * ints always have the same form, and equality, hashing and the fast paths
 * only test `big == NULL`. Arithmetic tries the C operation first with
 * __builtin_add_overflow and friends, and moves to gmp only when the machine
 * word overflows; every gmp result goes through int_from_mpz_steal(), which
 * brings it back to the small form when it fits.
 *
 * The small-int cache
 * -------------------
 * Programs create the same small numbers over and over (loop counters,
 * indexes, lengths). As CPython does, the ints -5..256 are created once, at
 * start-up, as static immortal objects, and int_from_i64() hands out those
 * instead of allocating. That is visible from Python: `a = 256; b = 256;
 * a is b` is True, while two separately computed 257s are two objects.
 * True and False are the only two bool objects, also static and immortal.
 *
 * Reading gmp values without copying: a small int is presented to gmp as a
 * read-only one-limb mpz (ZView, mpz_roinit_n), so mixed small/big
 * arithmetic allocates nothing but its result.
 *
 * Running out of memory: every gmp call that allocates runs inside a guard
 * (gmpmem_op3() and friends, runtime/gmpmem.h), which turns a failed allocation into a
 * MemoryError instead of gmp's abort; and a result that would be larger
 * than INT_MAX_BITS is refused before gmp starts, as CPython refuses
 * `2 ** 2 ** 62` at once.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "int.h"
#include "bytes.h"
#include "float.h"
#include "format.h"
#include "interp.h"
#include "alloc_inline.h"
#include "exceptions.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"
#include "func.h"
#include "common/pyrepr.h"
#include "common/unicode.h"
#include "common/utf8.h"
#include "args.h"
#include "gmpmem.h"

IntObject small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];

/* Results larger than this many bits raise MemoryError instead of letting
 * gmp abort the process when malloc fails. */
#define INT_MAX_BITS ((uint64_t)1 << 32)

/* The double format (<float.h> would be shadowed by runtime/float.h when
 * runtime/ is on the include path, so use the compiler's own macros). */
#define DBL_MANT_DIG __DBL_MANT_DIG__
#define DBL_MIN_EXP __DBL_MIN_EXP__
#define DBL_MAX_EXP __DBL_MAX_EXP__

/* CPython 3.11's limit on decimal conversions: sys.get_int_max_str_digits(),
 * 4300 unless the program changed it; 0 means no limit. */
static int max_str_digits(ThreadState *ts) {
    return ts->interp->int_max_str_digits;
}

void int_init_small(void) {
    for (int64_t v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
        IntObject *o = &small_ints[v - SMALL_INT_MIN];
        o->head.refcnt = IMMORTAL_REFCNT;
        o->head.type = &IntType;
        o->value = v;
        o->big = NULL;
    }
}

/* ---- making ints ------------------------------------------------------- */

Object *int_from_i64(ThreadState *ts, int64_t v) {
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
        Object *o = (Object *)&small_ints[v - SMALL_INT_MIN];
        INCREF(o);
        return o;
    }
    IntObject *o = (IntObject *)obj_alloc_small(ts, &IntType, sizeof(IntObject));
    if (!o) return NULL;
    o->value = v;
    o->big = NULL;
    return (Object *)o;
}

Object *int_from_mpz_steal(ThreadState *ts, mpz_ptr z) {
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        mpz_clear(z);
        return int_from_i64(ts, v);
    }
    IntObject *o = (IntObject *)obj_alloc(ts, &IntType, sizeof(IntObject));
    __mpz_struct *big = rawmem_alloc(sizeof *big);
    if (!o || !big) {
        rawmem_free(big);
        mpz_clear(z);
        if (o) { DECREF(o); return err_no_memory(ts); }
        return NULL;
    }
    *big = *z;                 /* move: the limbs now belong to the object */
    o->value = 0;
    o->big = big;
    return (Object *)o;
}

Object *int_from_mpz(ThreadState *ts, const mpz_t z) {
    if (mpz_fits_slong_p(z)) return int_from_i64(ts, mpz_get_si(z));
    mpz_t copy;
    mpz_init(copy);
    if (gmpmem_op2(mpz_set, copy, z) < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, copy);
}

Object *int_from_u64(ThreadState *ts, uint64_t v) {
    if (v <= (uint64_t)INT64_MAX) return int_from_i64(ts, (int64_t)v);
    mpz_t z;
    mpz_init(z);
    if (gmpmem_set_ui(z, v) < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, z);
}

/* A read-only mpz view of any int, without allocating for small ones. */
typedef struct ZView {
    __mpz_struct z;
    mp_limb_t limb;
} ZView;

static mpz_srcptr zview(ZView *v, Object *o) {
    IntObject *i = (IntObject *)o;
    if (i->big) return i->big;
    int64_t x = i->value;
    v->limb = x < 0 ? -(uint64_t)x : (uint64_t)x;
    mpz_roinit_n(&v->z, &v->limb, x < 0 ? -1 : x > 0);
    return &v->z;
}

mpz_srcptr int_view(IntView *v, Object *o) { return zview((ZView *)v, o); }

/* |z|, read-only, in [out] (no copy). */
static mpz_srcptr zabs(__mpz_struct *out, mpz_srcptr z) {
    return mpz_roinit_n(out, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
}

/* The 64 bits of |m| from bit [from] up. */
static uint64_t bits_at(mpz_srcptr m, uint64_t from) {
    size_t li = (size_t)(from / 64), sh = (size_t)(from % 64), n = mpz_size(m);
    uint64_t lo = li < n ? mpz_getlimbn(m, (mp_size_t)li) : 0;
    uint64_t hi = li + 1 < n ? mpz_getlimbn(m, (mp_size_t)li + 1) : 0;
    return sh ? (lo >> sh) | (hi << (64 - sh)) : lo;
}

/* An exact int with the value of [o] (a subclass instance or a bool). */
static Object *int_exact(ThreadState *ts, Object *o) {
    if (int_check_exact(o)) return NEWREF(o);
    IntObject *i = (IntObject *)o;
    if (!i->big) return int_from_i64(ts, i->value);
    return int_from_mpz(ts, i->big);
}

bool int_as_i64(Object *o, int64_t *out) {
    IntObject *i = (IntObject *)o;
    if (i->big) return false;
    *out = i->value;
    return true;
}

void int_to_mpz(Object *o, mpz_t out) {
    IntObject *i = (IntObject *)o;
    if (i->big) mpz_set(out, i->big);
    else mpz_set_si(out, i->value);
}

int int_sign(Object *o) {
    IntObject *i = (IntObject *)o;
    if (i->big) return mpz_sgn(i->big);
    return (i->value > 0) - (i->value < 0);
}

static uint64_t int_bit_length_of(Object *o) {
    IntObject *i = (IntObject *)o;
    if (i->big) return mpz_sizeinbase(i->big, 2);
    uint64_t a = i->value < 0 ? -(uint64_t)i->value : (uint64_t)i->value;
    return a ? 64 - __builtin_clzll(a) : 0;
}

/* ---- ints to doubles, correctly rounded --------------------------------- */

/* The double nearest to [m] * 2**[e] (m >= 0), ties to even, subnormals
 * included. [sticky] says the true value is a little above m * 2**e (a
 * nonzero remainder was dropped); the caller then guarantees m carries at
 * least two bits below the last kept one. Returns -1 when the result
 * overflows the double range. */
int int_mpz_scaled_to_double(mpz_srcptr m, int64_t e, bool sticky, double *out) {
    if (mpz_sgn(m) == 0) { *out = 0.0; return 0; }
    int64_t nb = (int64_t)mpz_sizeinbase(m, 2);
    if (nb + e > DBL_MAX_EXP + 1) return -1;
    /* Bits we can keep: 53, fewer when the result is subnormal. */
    int64_t keep = nb + e - (DBL_MIN_EXP - DBL_MANT_DIG);
    if (keep > DBL_MANT_DIG) keep = DBL_MANT_DIG;
    int64_t drop = nb - keep;
    uint64_t q;
    if (drop <= 0) {
        q = mpz_get_ui(m);
        drop = 0;
    } else {
        /* q = m >> drop (at most 53 bits: read off the limbs, no memory
         * needed), then round on the dropped bits */
        q = drop >= nb ? 0 : bits_at(m, (uint64_t)drop);
        bool half_bit = drop - 1 < nb && mpz_tstbit(m, (mp_bitcnt_t)(drop - 1));
        bool below = sticky || (drop >= 2 && mpz_scan1(m, 0) < (mp_bitcnt_t)(drop - 1));
        if (half_bit && (below || (q & 1))) q++;
    }
    double r = ldexp((double)q, (int)(e + drop));
    if (isinf(r)) return -1;
    *out = r;
    return 0;
}

typedef struct RatioCall { mpz_ptr q, r, scaled; mpz_srcptr num, den; int64_t shift; } RatioCall;

static void ratio_divide(void *p) {
    RatioCall *c = p;
    if (c->shift < 0) {
        mpz_mul_2exp(c->scaled, c->num, (mp_bitcnt_t)-c->shift);
        mpz_tdiv_qr(c->q, c->r, c->scaled, c->den);
    } else {
        mpz_mul_2exp(c->scaled, c->den, (mp_bitcnt_t)c->shift);
        mpz_tdiv_qr(c->q, c->r, c->num, c->scaled);
    }
}

/* [num] / [den] (den > 0, num >= 0) correctly rounded. -1 on overflow,
 * -2 when there is no memory for the division. */
int int_mpz_ratio_to_double(mpz_srcptr num, mpz_srcptr den, double *out) {
    if (mpz_sgn(num) == 0) { *out = 0.0; return 0; }
    int64_t diff = (int64_t)mpz_sizeinbase(num, 2) - (int64_t)mpz_sizeinbase(den, 2);
    if (diff > DBL_MAX_EXP + 1) return -1;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 3) { *out = 0.0; return 0; }
    /* Scale so that the quotient has DBL_MANT_DIG + 3 or + 4 bits. */
    int64_t shift = diff - (DBL_MANT_DIG + 3);
    /* the quotient of the one scaled by 2**|shift| by the other: views of
     * the two, and only q and r allocated */
    mpz_t q, r, scaled;
    mpz_inits(q, r, scaled, NULL);
    RatioCall c = {q, r, scaled, num, den, shift};
    if (gmpmem_run(ratio_divide, &c) < 0) return -2;
    int rc = int_mpz_scaled_to_double(q, shift, mpz_sgn(r) != 0, out);
    mpz_clears(q, r, scaled, NULL);
    return rc;
}

double int_as_double(ThreadState *ts, Object *o) {
    IntObject *i = (IntObject *)o;
    if (!i->big) return (double)i->value;   /* the FPU rounds to nearest even */
    double d;
    ZView v;
    mpz_srcptr z = zview(&v, o);
    __mpz_struct a;
    int rc = int_mpz_scaled_to_double(zabs(&a, z), 0, false, &d);
    if (rc < 0) {
        err_set_string(ts, &ExcOverflowError, "int too large to convert to float");
        return -1.0;
    }
    return mpz_sgn(z) < 0 ? -d : d;
}

Object *int_from_double(ThreadState *ts, double d) {
    if (isnan(d)) return err_set_string(ts, &ExcValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return err_set_string(ts, &ExcOverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) return int_from_i64(ts, (int64_t)d);
    mpz_t z;
    mpz_init(z);
    if (gmpmem_set_d(z, d) < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, z);
}

/* Compare the int [o] with the double [d] exactly: -1, 0, 1, or 2 when d is
 * a nan (unordered). */
int int_compare_double(Object *o, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    IntObject *i = (IntObject *)o;
    if (!i->big && i->value >= -(1LL << 53) && i->value <= (1LL << 53)) {
        double x = (double)i->value;
        return (x > d) - (x < d);
    }
    /* Compare with the integer part of d, then let its fraction decide;
     * without memory: by sign, by bit length, then bit by bit from the top
     * (ip has at most 53 significant bits). */
    double ip = trunc(d), frac = d - ip;
    ZView v;
    mpz_srcptr z = zview(&v, o);
    int zs = mpz_sgn(z), ds = (ip > 0) - (ip < 0);
    int c;
    if (zs != ds) {
        c = zs > ds ? 1 : -1;
    } else if (zs == 0) {
        c = 0;
    } else {
        int e;
        double f = frexp(fabs(ip), &e);          /* |ip| = f * 2**e, e = its bit length */
        uint64_t zb = mpz_sizeinbase(z, 2);
        int mag;                                  /* |z| against |ip| */
        if (zb != (uint64_t)e) {
            mag = zb > (uint64_t)e ? 1 : -1;
        } else if (e <= 64) {
            uint64_t za = mpz_getlimbn(z, 0), ia = (uint64_t)fabs(ip);
            mag = (za > ia) - (za < ia);
        } else {
            uint64_t top = bits_at(z, (uint64_t)e - 64), itop = (uint64_t)ldexp(f, 64);
            mag = (top > itop) - (top < itop);
            if (mag == 0 && mpz_scan1(z, 0) < (mp_bitcnt_t)(e - 64)) mag = 1;   /* |ip| has zeros there */
        }
        c = zs > 0 ? mag : -mag;
    }
    if (c != 0) return c;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/* ---- text ---------------------------------------------------------------- */

#define LIMIT_MSG "Exceeds the limit (%d digits) for integer string conversion; " \
                  "use sys.set_int_max_str_digits() to increase the limit"

char *int_abs_digits(ThreadState *ts, Object *o, int base, size_t *len) {
    IntObject *i = (IntObject *)o;
    char *s;
    if (!i->big) {
        uint64_t a = i->value < 0 ? -(uint64_t)i->value : (uint64_t)i->value;
        char tmp[72];
        int n = 0;
        do { tmp[n++] = "0123456789abcdef"[a % (unsigned)base]; a /= (unsigned)base; } while (a);
        s = rawmem_alloc((size_t)n + 1);
        if (!s) { err_no_memory(ts); return NULL; }
        for (int k = 0; k < n; k++) s[k] = tmp[n - 1 - k];
        s[n] = '\0';
        *len = (size_t)n;
        return s;
    }
    int limit = max_str_digits(ts);
    if (base == 10 && limit > 0 && mpz_sizeinbase(i->big, 10) > (size_t)limit + 1) {
        err_format(ts, &ExcValueError, LIMIT_MSG, limit);
        return NULL;
    }
    __mpz_struct a;
    mpz_srcptr abs = zabs(&a, i->big);
    s = gmpmem_get_str(base, abs);
    if (!s) {
        err_no_memory(ts);
        return NULL;
    }
    *len = strlen(s);
    if (base == 10 && limit > 0 && *len > (size_t)limit) {
        rawmem_free(s);
        err_format(ts, &ExcValueError, LIMIT_MSG, limit);
        return NULL;
    }
    return s;
}

Object *int_to_string(ThreadState *ts, Object *o, int base) {
    size_t n;
    char *digits = int_abs_digits(ts, o, base, &n);
    if (!digits) return NULL;
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    StrBuf sb;
    strbuf_init(&sb);
    if (int_sign(o) < 0) strbuf_appendc(&sb, '-');
    strbuf_puts(&sb, prefix);
    strbuf_append(&sb, digits, n);
    rawmem_free(digits);
    return str_from_strbuf(ts, &sb);
}

/* C's isspace(), CPython's Py_ISSPACE: the spaces int() and float() strip. */
static bool is_ascii_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

void int_strip_space(const char **s, size_t *len) {
    const char *p = *s, *end = *s + *len;
    while (p < end && is_ascii_space(*p)) p++;
    while (end > p && is_ascii_space(end[-1])) end--;
    *s = p;
    *len = (size_t)(end - p);
}

char int_ascii_no_memory[1];

char *int_ascii_number_text(const char *s, size_t len, size_t *out_len) {
    size_t i = 0;
    while (i < len && (unsigned char)s[i] < 0x80) i++;
    if (i == len) return NULL;
    char *out = rawmem_alloc(len + 1);
    if (!out) return int_ascii_no_memory;
    size_t n = 0, pos = 0;
    while (pos < len) {
        unsigned char c = (unsigned char)s[pos];
        if (c < 0x80) { out[n++] = (char)c; pos++; continue; }
        int32_t cp = utf8_decode_lenient(s, len, &pos);
        if (cp >= 0 && uni_has((uint32_t)cp, UNI_SPACE)) { out[n++] = ' '; continue; }
        int d = cp < 0 ? -1 : uni_decimal_value((uint32_t)cp);
        if (d < 0) { out[n++] = '?'; break; }   /* anything else: invalid from here */
        out[n++] = (char)('0' + d);
    }
    out[n] = '\0';
    *out_len = n;
    return out;
}

/* ValueError "<what>: '<text>'" with the repr cut to 200 characters, as
 * CPython's %.200R. */
void int_value_error_repr(ThreadState *ts, const char *what, const char *s, size_t len) {
    StrBuf r;
    strbuf_init(&r);
    pyrepr_str(&r, s, len);
    size_t cut = 0, chars = 0;
    while (cut < r.len && chars < 200) {
        cut++;
        while (cut < r.len && ((unsigned char)r.data[cut] & 0xc0) == 0x80) cut++;
        chars++;
    }
    StrBuf m;
    strbuf_init(&m);
    strbuf_puts(&m, what);
    strbuf_append(&m, r.data ? r.data : "", cut);
    if (m.failed || r.failed) err_no_memory(ts);
    else err_set_string(ts, &ExcValueError, m.data);
    strbuf_free(&m);
    strbuf_free(&r);
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Convert [n] clean digits (no sign, no '_') in [base]. */
static Object *digits_to_int(ThreadState *ts, const char *digits, size_t n, int base, bool neg) {
    uint64_t acc = 0;
    bool fits = true;
    for (size_t k = 0; k < n && fits; k++) {
        uint64_t d = (uint64_t)digit_value(digits[k]);
        if (__builtin_mul_overflow(acc, (uint64_t)base, &acc) || __builtin_add_overflow(acc, d, &acc))
            fits = false;
    }
    if (fits && acc <= (uint64_t)INT64_MAX) return int_from_i64(ts, neg ? -(int64_t)acc : (int64_t)acc);
    if (fits && neg && acc == (uint64_t)INT64_MAX + 1) return int_from_i64(ts, INT64_MIN);
    char *buf = rawmem_alloc(n + 1);
    if (!buf) return err_no_memory(ts);
    memcpy(buf, digits, n);
    buf[n] = '\0';
    mpz_t z;
    mpz_init(z);
    int rc = gmpmem_set_str(z, buf, base);
    rawmem_free(buf);
    if (rc < 0) return err_no_memory(ts);
    if (neg) mpz_neg(z, z);
    return int_from_mpz_steal(ts, z);
}

static Object *parse_int(ThreadState *ts, const char *s, size_t len, int base, const char *s0,
                         size_t len0);

Object *int_from_string(ThreadState *ts, const char *s0, size_t len0, int base) {
    size_t len = len0;
    char *ascii = int_ascii_number_text(s0, len0, &len);   /* Unicode digits, spaces */
    if (ascii == int_ascii_no_memory) return err_no_memory(ts);
    const char *s = ascii ? ascii : s0;
    Object *r = parse_int(ts, s, len, base, s0, len0);
    rawmem_free(ascii);
    return r;
}

/* int_from_string on ASCII text [s]; [s0] is the original for messages. */
static Object *parse_int(ThreadState *ts, const char *s, size_t len, int base, const char *s0,
                         size_t len0) {
    int_strip_space(&s, &len);
    const char *p = s, *end = s + len;
    bool neg = false;
    int orig_base = base;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool base0_decimal = base == 0;
    if (base == 0) base = 10;
    /* Digits, with single underscores between them (or after a prefix). */
    char *clean = rawmem_alloc((size_t)(end - p) + 1);
    if (!clean) return err_no_memory(ts);
    size_t n = 0;
    bool ok = true, prev_digit = prefixed;   /* "0x_1f" is fine */
    for (; p < end; p++) {
        if (*p == '_') {
            if (!prev_digit) { ok = false; break; }
            prev_digit = false;
            continue;
        }
        if (digit_value(*p) >= base) { ok = false; break; }
        clean[n++] = *p;
        prev_digit = true;
    }
    if (n == 0 || (n > 0 && !prev_digit)) ok = false;
    if (ok && base0_decimal && clean[0] == '0') {
        for (size_t k = 0; k < n; k++)
            if (clean[k] != '0') { ok = false; break; }
    }
    int limit = max_str_digits(ts);
    if ((base & (base - 1)) != 0 && limit > 0 && n > (size_t)limit) {
        rawmem_free(clean);
        return err_format(ts, &ExcValueError,
                          "Exceeds the limit (%d digits) for integer string conversion: "
                          "value has %zu digits; use sys.set_int_max_str_digits() to increase "
                          "the limit", limit, n);
    }
    if (!ok) {
        rawmem_free(clean);
        char what[64];
        snprintf(what, sizeof what, "invalid literal for int() with base %d: ", orig_base);
        int_value_error_repr(ts, what, s0, len0);
        return NULL;
    }
    Object *r = digits_to_int(ts, clean, n, base, neg);
    rawmem_free(clean);
    return r;
}

Object *int_from_literal(ThreadState *ts, const char *text) {
    const char *p = text;
    int base = 10;
    if (p[0] == '0' && p[1]) {
        char c = (char)(p[1] | 0x20);
        if (c == 'x') base = 16;
        else if (c == 'o') base = 8;
        else if (c == 'b') base = 2;
        if (base != 10) p += 2;
    }
    size_t len = strlen(p);
    char *clean = rawmem_alloc(len + 1);
    if (!clean) return err_no_memory(ts);
    size_t n = 0;
    for (; *p; p++)
        if (*p != '_') clean[n++] = *p;
    if (n == 0) clean[n++] = '0';
    Object *r = digits_to_int(ts, clean, n, base, false);
    rawmem_free(clean);
    return r;
}

/* ---- comparison and hashing ---------------------------------------------- */

int int_compare(Object *a, Object *b) {
    IntObject *x = (IntObject *)a, *y = (IntObject *)b;
    if (!x->big && !y->big) return (x->value > y->value) - (x->value < y->value);
    ZView va, vb;
    int c = mpz_cmp(zview(&va, a), zview(&vb, b));
    return (c > 0) - (c < 0);
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

/* CPython's numeric hash: the value reduced modulo the prime 2**61 - 1, with
 * the sign kept, so that equal ints and floats hash alike; -1 is reserved
 * for errors and becomes -2. */
int64_t int_hash(Object *o) {
    IntObject *i = (IntObject *)o;
    uint64_t a;
    bool neg;
    if (!i->big) {
        neg = i->value < 0;
        a = neg ? -(uint64_t)i->value : (uint64_t)i->value;
        a %= HASH_MODULUS;
    } else {
        neg = mpz_sgn(i->big) < 0;
        a = mpz_tdiv_ui(i->big, HASH_MODULUS);
    }
    int64_t h = neg ? -(int64_t)a : (int64_t)a;
    return h == -1 ? -2 : h;
}

static int64_t int_hash_slot(ThreadState *ts, Object *self) { return int_hash(self); }

static Object *int_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (!int_check(a) || !int_check(b)) return NEWREF(NotImplemented);
    int c = int_compare(a, b);
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_from(r);
}

/* ---- unary slots ----------------------------------------------------------- */

static Object *int_repr(ThreadState *ts, Object *self) { return int_to_string(ts, self, 10); }

static int int_bool(ThreadState *ts, Object *self) {
    IntObject *i = (IntObject *)self;
    return i->big != NULL || i->value != 0;
}

static Object *int_neg(ThreadState *ts, Object *self) {
    IntObject *i = (IntObject *)self;
    if (!i->big && i->value != INT64_MIN) return int_from_i64(ts, -i->value);
    ZView v;
    mpz_t r;
    mpz_init(r);
    if (gmpmem_op2(mpz_neg, r, zview(&v, self)) < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, r);
}

static Object *int_pos(ThreadState *ts, Object *self) { return int_exact(ts, self); }

static Object *int_abs(ThreadState *ts, Object *self) {
    return int_sign(self) < 0 ? int_neg(ts, self) : int_exact(ts, self);
}

static Object *int_invert(ThreadState *ts, Object *self) {
    IntObject *i = (IntObject *)self;
    if (!i->big) return int_from_i64(ts, ~i->value);   /* -x - 1 never overflows */
    mpz_t r;
    mpz_init(r);
    if (gmpmem_op2(mpz_com, r, i->big) < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, r);
}

static Object *int_to_float_slot(ThreadState *ts, Object *self) {
    double d = int_as_double(ts, self);
    if (d == -1.0 && err_occurred(ts)) return NULL;
    return float_new(ts, d);
}

/* ---- binary slots ------------------------------------------------------------ */

#define BOTH_INTS(a, b) \
    if (!int_check(a) || !int_check(b)) return NEWREF(NotImplemented)
#define BOTH_SMALL(a, b) (!((IntObject *)(a))->big && !((IntObject *)(b))->big)
#define SV(o) (((IntObject *)(o))->value)

typedef void (*MpzOp3)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static Object *big_binop(ThreadState *ts, MpzOp3 f, Object *a, Object *b) {
    ZView va, vb;
    mpz_t r;
    mpz_init(r);
    if (gmpmem_op3(f, r, zview(&va, a), zview(&vb, b)) < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, r);
}

static Object *int_add(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_add_overflow(SV(a), SV(b), &r)) return int_from_i64(ts, r);
    return big_binop(ts, mpz_add, a, b);
}

static Object *int_sub(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_sub_overflow(SV(a), SV(b), &r)) return int_from_i64(ts, r);
    return big_binop(ts, mpz_sub, a, b);
}

static Object *int_mul(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_mul_overflow(SV(a), SV(b), &r)) return int_from_i64(ts, r);
    if (int_bit_length_of(a) + int_bit_length_of(b) > INT_MAX_BITS) return err_no_memory(ts);
    return big_binop(ts, mpz_mul, a, b);
}

/* Floor division and modulo round toward negative infinity, so the
 * remainder takes the sign of the divisor (gmp's fdiv functions). */
static Object *int_floordiv(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) == 0)
        return err_set_string(ts, &ExcZeroDivisionError, "integer division or modulo by zero");
    if (BOTH_SMALL(a, b) && !(SV(a) == INT64_MIN && SV(b) == -1)) {
        int64_t q = SV(a) / SV(b), r = SV(a) % SV(b);
        if (r != 0 && ((r < 0) != (SV(b) < 0))) q--;
        return int_from_i64(ts, q);
    }
    return big_binop(ts, mpz_fdiv_q, a, b);
}

static Object *int_mod(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) == 0) return err_set_string(ts, &ExcZeroDivisionError, "integer modulo by zero");
    if (BOTH_SMALL(a, b)) {
        if (SV(b) == -1) return int_from_i64(ts, 0);
        int64_t r = SV(a) % SV(b);
        if (r != 0 && ((r < 0) != (SV(b) < 0))) r += SV(b);
        return int_from_i64(ts, r);
    }
    return big_binop(ts, mpz_fdiv_r, a, b);
}

Object *int_divmod(ThreadState *ts, Object *a, Object *b) {
    if (!int_check(a) || !int_check(b)) return NEWREF(NotImplemented);
    if (int_sign(b) == 0)
        return err_set_string(ts, &ExcZeroDivisionError, "integer division or modulo by zero");
    Object *q, *r;
    if (BOTH_SMALL(a, b) && !(SV(a) == INT64_MIN && SV(b) == -1)) {
        int64_t qv = SV(a) / SV(b), rv = SV(a) % SV(b);
        if (rv != 0 && ((rv < 0) != (SV(b) < 0))) { qv--; rv += SV(b); }
        q = int_from_i64(ts, qv);
        r = q ? int_from_i64(ts, rv) : NULL;
    } else {
        ZView va, vb;
        mpz_t zq, zr;
        mpz_inits(zq, zr, NULL);
        if (gmpmem_op_qr(mpz_fdiv_qr, zq, zr, zview(&va, a), zview(&vb, b)) < 0) return err_no_memory(ts);
        q = int_from_mpz_steal(ts, zq);
        r = int_from_mpz_steal(ts, zr);
    }
    if (!q || !r) { XDECREF(q); XDECREF(r); return NULL; }
    Object *t = tuple_new(ts, 2);
    if (!t) { DECREF(q); DECREF(r); return NULL; }
    TUPLE_SET_STEAL(t, 0, q);
    TUPLE_SET_STEAL(t, 1, r);
    return t;
}

/* a / b: the correctly rounded quotient, even when the operands are far
 * outside the double range (only the result has to fit). */
static Object *int_truediv(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) == 0) return err_set_string(ts, &ExcZeroDivisionError, "division by zero");
    const int64_t exact = (int64_t)1 << DBL_MANT_DIG;
    if (BOTH_SMALL(a, b) && SV(a) >= -exact && SV(a) <= exact && SV(b) >= -exact && SV(b) <= exact)
        return float_new(ts, (double)SV(a) / (double)SV(b));
    ZView va, vb;
    mpz_srcptr za = zview(&va, a), zb = zview(&vb, b);
    bool neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    __mpz_struct n, d;
    double r;
    int rc = int_mpz_ratio_to_double(zabs(&n, za), zabs(&d, zb), &r);
    if (rc == -2) return err_no_memory(ts);
    if (rc < 0)
        return err_set_string(ts, &ExcOverflowError, "integer division result too large for a float");
    return float_new(ts, neg ? -r : r);
}

/* Shift count as a C integer: ValueError when negative; *huge set when it
 * does not fit in int64_t. */
static int shift_count(ThreadState *ts, Object *b, int64_t *n, bool *huge) {
    if (int_sign(b) < 0) {
        err_set_string(ts, &ExcValueError, "negative shift count");
        return -1;
    }
    *huge = !int_as_i64(b, n);
    return 0;
}

/* a << b is too big to make: CPython's error for it. CPython counts in
 * 30-bit digits; a result of more digits than a size can count
 * (MAX_LONG_DIGITS, its _PyLong_New's limit) is OverflowError "too many
 * digits in integer", a smaller one is a MemoryError when it is
 * allocated: 1 << 2**63 is a MemoryError, 1 << 10**20 an OverflowError. */
#define CPY_DIGIT_BITS 30
#define CPY_MAX_LONG_DIGITS ((uint64_t)((INT64_MAX - 24) / 4))

static Object *shift_too_big(ThreadState *ts, Object *a, Object *b) {
    /* b // 30: b fits in 128 bits or the answer is plainly too many */
    ZView vb;
    mpz_srcptr zb = zview(&vb, b);
    if (mpz_sizeinbase(zb, 2) > 127) return err_set_string(ts, &ExcOverflowError, "too many digits in integer");
    unsigned __int128 n = (unsigned __int128)bits_at(zb, 64) << 64 | bits_at(zb, 0);
    unsigned __int128 words = n / CPY_DIGIT_BITS + (n % CPY_DIGIT_BITS != 0);
    uint64_t adigits = (int_bit_length_of(a) + CPY_DIGIT_BITS - 1) / CPY_DIGIT_BITS;
    if (words > CPY_MAX_LONG_DIGITS || adigits + (uint64_t)words > CPY_MAX_LONG_DIGITS)
        return err_set_string(ts, &ExcOverflowError, "too many digits in integer");
    return err_no_memory(ts);
}

static Object *int_lshift(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t n;
    bool huge;
    if (shift_count(ts, b, &n, &huge) < 0) return NULL;
    if (int_sign(a) == 0) return int_from_i64(ts, 0);
    if (!huge && !((IntObject *)a)->big && n < 63) {
        int64_t v = SV(a);
        int64_t r = (int64_t)((uint64_t)v << n);
        if ((r >> n) == v) return int_from_i64(ts, r);
    }
    if (huge || (uint64_t)n + int_bit_length_of(a) > INT_MAX_BITS) return shift_too_big(ts, a, b);
    ZView v;
    mpz_t r;
    mpz_init(r);
    if (gmpmem_op_ui(mpz_mul_2exp, r, zview(&v, a), (unsigned long)n) < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, r);
}

static Object *int_rshift(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    int64_t n;
    bool huge;
    if (shift_count(ts, b, &n, &huge) < 0) return NULL;
    if (huge || (uint64_t)n >= int_bit_length_of(a)) return int_from_i64(ts, int_sign(a) < 0 ? -1 : 0);
    if (!((IntObject *)a)->big) return int_from_i64(ts, SV(a) >> n);   /* arithmetic shift floors */
    ZView v;
    mpz_t r;
    mpz_init(r);
    if (gmpmem_op_ui(mpz_fdiv_q_2exp, r, zview(&v, a), (unsigned long)n) < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, r);
}

/* Bitwise operators act on the infinite two's complement form (gmp's too). */
static Object *int_and(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (BOTH_SMALL(a, b)) return int_from_i64(ts, SV(a) & SV(b));
    return big_binop(ts, mpz_and, a, b);
}

static Object *int_or(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (BOTH_SMALL(a, b)) return int_from_i64(ts, SV(a) | SV(b));
    return big_binop(ts, mpz_ior, a, b);
}

static Object *int_xor(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (BOTH_SMALL(a, b)) return int_from_i64(ts, SV(a) ^ SV(b));
    return big_binop(ts, mpz_xor, a, b);
}

/* a ** b for b >= 0 */
static Object *int_pow_nonneg(ThreadState *ts, Object *a, Object *b) {
    int64_t e;
    if (int_as_i64(b, &e) && !((IntObject *)a)->big) {
        /* square-and-multiply in the machine word while it lasts */
        int64_t base = SV(a), acc = 1;
        int64_t k = e;
        bool overflow = false;
        while (k > 0) {
            if (k & 1) {
                if (__builtin_mul_overflow(acc, base, &acc)) { overflow = true; break; }
            }
            k >>= 1;
            if (k && __builtin_mul_overflow(base, base, &base)) { overflow = true; break; }
        }
        if (!overflow) return int_from_i64(ts, acc);
    }
    /* 0, 1 and -1 stay small whatever the exponent */
    int64_t av;
    if (int_as_i64(a, &av) && av >= -1 && av <= 1) {
        if (av == 0) return int_from_i64(ts, int_sign(b) == 0 ? 1 : 0);
        if (av == 1) return int_from_i64(ts, 1);
        ZView vb;
        return int_from_i64(ts, mpz_odd_p(zview(&vb, b)) ? -1 : 1);
    }
    uint64_t bits = int_bit_length_of(a);
    if (!int_as_i64(b, &e) || (uint64_t)e > INT_MAX_BITS ||
        (e > 0 && bits - 1 > INT_MAX_BITS / (uint64_t)e))
        return err_no_memory(ts);
    ZView va;
    mpz_t r;
    mpz_init(r);
    if (gmpmem_op_ui(mpz_pow_ui, r, zview(&va, a), (unsigned long)e) < 0) return err_no_memory(ts);
    return int_from_mpz_steal(ts, r);
}

static Object *int_pow(ThreadState *ts, Object *a, Object *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) < 0) {
        /* a negative exponent makes the result a float */
        double x = int_as_double(ts, a);
        if (x == -1.0 && err_occurred(ts)) return NULL;
        double y = int_as_double(ts, b);
        if (y == -1.0 && err_occurred(ts)) return NULL;
        return float_pow_double(ts, x, y);
    }
    return int_pow_nonneg(ts, a, b);
}

typedef struct PowmCall {
    mpz_ptr r, inv;
    mpz_srcptr b, e, eabs, m, mod;
    bool invertible;
} PowmCall;

static void powm(void *p) {
    PowmCall *c = p;
    if (mpz_sgn(c->e) < 0) {
        /* b ** -e == (b**-1) ** e: b's inverse modulo m */
        c->invertible = mpz_invert(c->inv, c->b, c->m) != 0;
        if (!c->invertible) return;
        mpz_powm(c->r, c->inv, c->eabs, c->m);
    } else {
        mpz_powm(c->r, c->b, c->e, c->m);
    }
    /* the result takes the sign of the modulus, as % does */
    if (mpz_sgn(c->mod) < 0 && mpz_sgn(c->r) != 0) mpz_sub(c->r, c->r, c->m);
}

Object *int_pow3(ThreadState *ts, Object *base, Object *exp, Object *mod) {
    if (mod == NULL || mod == None) return obj_binop(ts, NB_POW, base, exp);
    if (!int_check(base) || !int_check(exp) || !int_check(mod))
        return err_set_string(ts, &ExcTypeError,
                              "pow() 3rd argument not allowed unless all arguments are integers");
    if (int_sign(mod) == 0) return err_set_string(ts, &ExcValueError, "pow() 3rd argument cannot be 0");
    ZView vb, ve, vm;
    mpz_srcptr zb = zview(&vb, base), ze = zview(&ve, exp), zm = zview(&vm, mod);
    __mpz_struct mabs, eabs;
    mpz_srcptr m = zabs(&mabs, zm);
    if (mpz_cmp_ui(m, 1) == 0) return int_from_i64(ts, 0);
    mpz_t b, r;
    mpz_inits(b, r, NULL);
    PowmCall c = {r, b, zb, ze, zabs(&eabs, ze), m, zm, true};
    if (gmpmem_run(powm, &c) < 0) return err_no_memory(ts);
    mpz_clear(b);
    if (!c.invertible) {
        mpz_clear(r);
        return err_set_string(ts, &ExcValueError, "base is not invertible for the given modulus");
    }
    return int_from_mpz_steal(ts, r);
}

/* ---- bool ---------------------------------------------------------------- */

static Object *bool_repr(ThreadState *ts, Object *self) {
    return str_from_cstr(ts, self == True ? "True" : "False");
}

/* & | ^ of two bools stay bools; anything else is int arithmetic. */
static Object *bool_and(ThreadState *ts, Object *a, Object *b) {
    if (TYPE(a) == &BoolType && TYPE(b) == &BoolType) return bool_from(a == True && b == True);
    return int_and(ts, a, b);
}

static Object *bool_or(ThreadState *ts, Object *a, Object *b) {
    if (TYPE(a) == &BoolType && TYPE(b) == &BoolType) return bool_from(a == True || b == True);
    return int_or(ts, a, b);
}

static Object *bool_xor(ThreadState *ts, Object *a, Object *b) {
    if (TYPE(a) == &BoolType && TYPE(b) == &BoolType) return bool_from((a == True) != (b == True));
    return int_xor(ts, a, b);
}

static Object *bool_new_(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                         Object *kwnames) {
    if (args_no_kwargs(ts, "bool", kwnames) < 0) return NULL;
    if (args_count(ts, "bool", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) return NEWREF(False);
    int t = obj_is_true(ts, args[0]);
    if (t < 0) return NULL;
    return bool_from(t);
}

/* ---- the constructor --------------------------------------------------- */

static Object *require_int_result(ThreadState *ts, Object *r, const char *what) {
    if (!r) return NULL;
    if (!int_check(r)) {
        err_format(ts, &ExcTypeError, "%s returned non-int (type %s)", what, TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    if (!int_check_exact(r)) {
        Object *e = int_exact(ts, r);
        DECREF(r);
        return e;
    }
    return r;
}

/* int(b, base) for a bytes or bytearray [b]: its ASCII text, with the
 * bytes' repr in the ValueError (invalid literal for int() with base 10: b'x'). */
static Object *int_from_bytes_text(ThreadState *ts, Object *b, int base) {
    const char *d;
    size_t n;
    bytes_buffer(b, &d, &n);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)d[i] >= 0x80 || d[i] == 0) goto bad;
    Object *r = int_from_string(ts, d, n, base);
    if (r || !err_matches(ts, &ExcValueError)) return r;
    err_clear(ts);
bad:
    return err_format(ts, &ExcValueError, "invalid literal for int() with base %d: %R", base, b);
}

/* int(x): __int__, then __index__, then __trunc__, then text. */
static Object *int_from_object(ThreadState *ts, Object *x) {
    if (int_check_exact(x)) return NEWREF(x);
    TypeObject *t = TYPE(x);
    if (t->to_int) return require_int_result(ts, t->to_int(ts, x), "__int__");
    if (t->index) return require_int_result(ts, t->index(ts, x), "__index__");
    Object *trunc = type_lookup_borrowed(t, ts->interp->ids.__trunc__);
    if (trunc) {
        Object *meth = obj_getattr_cstr(ts, x, "__trunc__");
        if (!meth) return NULL;
        Object *r = obj_call0(ts, meth);
        DECREF(meth);
        if (!r) return NULL;
        if (int_check(r)) return require_int_result(ts, r, "__trunc__");
        if (!TYPE(r)->index) {
            err_format(ts, &ExcTypeError, "__trunc__ returned non-Integral (type %s)", TYPE_NAME(r));
            DECREF(r);
            return NULL;
        }
        Object *i = require_int_result(ts, TYPE(r)->index(ts, r), "__index__");
        DECREF(r);
        return i;
    }
    if (str_check(x)) return int_from_string(ts, STR_DATA(x), STR_SIZE(x), 10);
    if (bytes_check(x) || bytearray_check(x)) return int_from_bytes_text(ts, x, 10);
    return err_format(ts, &ExcTypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      TYPE_NAME(x));
}

/* A new instance of the int subclass [type] with the value of [v]. */
static Object *int_subclass_new(ThreadState *ts, TypeObject *type, Object *v) {
    IntObject *src = (IntObject *)v;
    IntObject *o = (IntObject *)obj_alloc(ts, type, type->basicsize);
    if (!o) return NULL;
    o->value = src->value;
    o->big = NULL;
    if (src->big) {
        __mpz_struct *big = rawmem_alloc(sizeof *big);
        if (!big) { DECREF(o); return err_no_memory(ts); }
        mpz_init(big);
        if (gmpmem_op2(mpz_set, big, src->big) < 0) {
            rawmem_free(big);
            DECREF(o);
            return err_no_memory(ts);
        }
        o->big = big;
    }
    if (type->flags & TYPE_FLAG_GC) gc_track(ts, (Object *)o);
    return (Object *)o;
}

static Object *int_new_(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                        Object *kwnames) {
    /* True and False must stay the only bools */
    if (type_is_subtype(type, &BoolType))
        return err_set_string(ts, &ExcTypeError, "int.__new__(bool) is not safe, use bool.__new__()");
    /* int(x=0, /, base=10) */
    static const char *const names[] = {"x", "base", NULL};
    static const ArgSpec spec = {"int", names, .posonly = 1};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *x = a[0], *base = a[1];
    Object *v;
    if (base) {
        if (!x) return err_set_string(ts, &ExcTypeError, "int() missing string argument");
        Object *bi = obj_index(ts, base);
        if (!bi) return NULL;
        int64_t b;
        bool fits = int_as_i64(bi, &b);
        DECREF(bi);
        if (!fits || (b != 0 && (b < 2 || b > 36)))
            return err_set_string(ts, &ExcValueError, "int() base must be >= 2 and <= 36, or 0");
        if (bytes_check(x) || bytearray_check(x)) return int_from_bytes_text(ts, x, (int)b);
        if (!str_check(x))
            return err_set_string(ts, &ExcTypeError, "int() can't convert non-string with explicit base");
        v = int_from_string(ts, STR_DATA(x), STR_SIZE(x), (int)b);
    } else if (!x) {
        v = int_from_i64(ts, 0);
    } else {
        v = int_from_object(ts, x);
    }
    if (!v || type == &IntType) return v;
    Object *r = int_subclass_new(ts, type, v);
    DECREF(v);
    return r;
}

static void int_dealloc(Object *self) {
    IntObject *i = (IntObject *)self;
    if (LIKELY(TYPE(self) == &IntType && !i->big)) {   /* made by int_from_i64() */
        obj_free_small(self, sizeof(IntObject));
        return;
    }
    if (TYPE(self)->flags & TYPE_FLAG_GC) gc_untrack(self);
    if (i->big) {
        mpz_clear(i->big);
        rawmem_free(i->big);
        i->big = NULL;
    }
    obj_free(self);
}

/* ---- methods ------------------------------------------------------------ */

static CFUNC(int_m_bit_length) {
    if (args_exactly(ts, "int.bit_length", nargs, kwnames, 0) < 0) return NULL;
    return int_from_u64(ts, int_bit_length_of(self));
}

static CFUNC(int_m_bit_count) {
    if (args_exactly(ts, "int.bit_count", nargs, kwnames, 0) < 0) return NULL;
    IntObject *i = (IntObject *)self;
    if (!i->big) {
        uint64_t a = i->value < 0 ? -(uint64_t)i->value : (uint64_t)i->value;
        return int_from_i64(ts, __builtin_popcountll(a));
    }
    __mpz_struct a;
    return int_from_u64(ts, mpz_popcount(zabs(&a, i->big)));
}

static CFUNC(int_m_exact) {
    if (args_exactly(ts, "int.conjugate", nargs, kwnames, 0) < 0)
        return NULL;
    return int_exact(ts, self);
}

static CFUNC(int_m_as_integer_ratio) {
    if (args_exactly(ts, "int.as_integer_ratio", nargs, kwnames, 0) < 0) return NULL;
    Object *n = int_exact(ts, self);
    if (!n) return NULL;
    Object *one = int_from_i64(ts, 1);
    Object *r = tuple_pack(ts, 2, n, one);
    DECREF(n);
    DECREF(one);
    return r;
}

static CFUNC(int_m_format) {
    if (args_exactly(ts, "int.__format__", nargs, kwnames, 1) < 0)
        return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "__format__() argument must be str, not %s",
                          args_type_name(args[0]));
    return format_int(ts, self, args[0]);
}

typedef struct RoundCall { mpz_ptr p, q, r; mpz_srcptr x; unsigned long k; } RoundCall;

/* q = x rounded to a multiple of p = 10**k, ties to even */
static void round_to_power(void *arg) {
    RoundCall *c = arg;
    mpz_ui_pow_ui(c->p, 10, c->k);
    mpz_fdiv_qr(c->q, c->r, c->x, c->p);
    mpz_mul_2exp(c->r, c->r, 1);
    int cmp = mpz_cmp(c->r, c->p);
    if (cmp > 0 || (cmp == 0 && mpz_odd_p(c->q))) mpz_add_ui(c->q, c->q, 1);
    mpz_mul(c->q, c->q, c->p);
}

/* round(x, n) for n < 0: to a multiple of 10**-n, ties to even. */
static CFUNC(int_m_round) {
    if (args_no_kwargs(ts, "__round__", kwnames) < 0 || args_count(ts, "__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0 || args[0] == None) return int_exact(ts, self);
    Object *nd = obj_index(ts, args[0]);
    if (!nd) return NULL;
    if (int_sign(nd) >= 0) { DECREF(nd); return int_exact(ts, self); }
    int64_t n;
    bool fits = int_as_i64(nd, &n);
    DECREF(nd);
    /* 10**k > |x| * 2 once k exceeds the digit count: the result is 0 */
    uint64_t digits = int_bit_length_of(self) * 30103 / 100000 + 2;
    if (!fits || (uint64_t)(-(n + 1)) + 1 > digits) return int_from_i64(ts, 0);
    ZView v;
    mpz_srcptr x = zview(&v, self);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    RoundCall c = {p, q, r, x, (unsigned long)-n};
    if (gmpmem_run(round_to_power, &c) < 0) return err_no_memory(ts);
    mpz_clears(p, r, NULL);
    return int_from_mpz_steal(ts, q);
}

static CFUNC(int_m_trunc) {
    if (args_exactly(ts, "int.__trunc__", nargs, kwnames, 0) < 0) return NULL;
    return int_exact(ts, self);
}

static CFUNC(int_m_floor) {
    if (args_exactly(ts, "int.__floor__", nargs, kwnames, 0) < 0) return NULL;
    return int_exact(ts, self);
}

static CFUNC(int_m_ceil) {
    if (args_exactly(ts, "int.__ceil__", nargs, kwnames, 0) < 0) return NULL;
    return int_exact(ts, self);
}

/* divmod() has no slot: these are the methods the builtin falls back on for
 * subclasses and for explicit calls. */
static CFUNC(int_m_divmod) {
    if (args_no_kwargs(ts, "int.__divmod__", kwnames) < 0 || args_exactly(ts, "__divmod__", nargs, NULL, 1) < 0)
        return NULL;
    return int_divmod(ts, self, args[0]);
}

static CFUNC(int_m_rdivmod) {
    if (args_no_kwargs(ts, "int.__rdivmod__", kwnames) < 0 || args_exactly(ts, "__rdivmod__", nargs, NULL, 1) < 0)
        return NULL;
    return int_divmod(ts, args[0], self);
}

static CFUNC(int_m_getnewargs) {
    if (args_exactly(ts, "int.__getnewargs__", nargs, kwnames, 0) < 0) return NULL;
    Object *n = int_exact(ts, self);
    if (!n) return NULL;
    Object *r = tuple_pack(ts, 1, n);
    DECREF(n);
    return r;
}

static CFUNC(int_m_sizeof) {
    if (args_exactly(ts, "int.__sizeof__", nargs, kwnames, 0) < 0) return NULL;
    IntObject *i = (IntObject *)self;
    size_t n = TYPE(self)->basicsize;
    if (i->big) n += sizeof(__mpz_struct) + (size_t)i->big->_mp_alloc * sizeof(mp_limb_t);
    return int_from_u64(ts, n);
}

static GETTER(int_get_self) { return int_exact(ts, self); }
static GETTER(int_get_zero) { return int_from_i64(ts, 0); }
static GETTER(int_get_one) { return int_from_i64(ts, 1); }

/* The byteorder argument of to_bytes/from_bytes: 1 for 'little', 0 for
 * 'big', -1 with CPython's errors. */
static int byteorder_arg(ThreadState *ts, const char *fname, Object *o) {
    if (!o) return 0;
    if (!str_check(o)) {
        err_format(ts, &ExcTypeError, "%s() argument 'byteorder' must be str, not %s", fname, TYPE_NAME(o));
        return -1;
    }
    if (str_eq_cstr(o, "little")) return 1;
    if (str_eq_cstr(o, "big")) return 0;
    err_set_string(ts, &ExcValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* to_bytes(length=1, byteorder='big', *, signed=False): two's complement
 * for a negative value when signed. The value is read in place (int_view)
 * and mpz_export writes into the bytes object: GMP allocates nothing. */
static CFUNC(int_m_to_bytes) {
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    static const ArgSpec spec = {"to_bytes", names, .kwonly = 1};
    Object *a[3];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    ssize_t length = 1;
    if (a[0]) {
        length = obj_as_ssize(ts, a[0], NULL);
        if (length == -1 && err_occurred(ts)) return NULL;
        if (length < 0) return err_set_string(ts, &ExcValueError, "length argument must be non-negative");
    }
    int little = byteorder_arg(ts, "to_bytes", a[1]);
    if (little < 0) return NULL;
    int is_signed = a[2] ? obj_is_true(ts, a[2]) : 0;
    if (is_signed < 0) return NULL;
    IntView view;
    mpz_srcptr z = int_view(&view, self);
    int sign = mpz_sgn(z);
    if (sign < 0 && !is_signed)
        return err_set_string(ts, &ExcOverflowError, "can't convert negative int to unsigned");
    /* the range that fits: [0, 2**(8n)) or [-2**(8n-1), 2**(8n-1)) */
    size_t bits = sign ? mpz_sizeinbase(z, 2) : 0;                 /* of |z| */
    size_t room = (size_t)length > SIZE_MAX / 8 ? SIZE_MAX : 8 * (size_t)length;
    bool fits;
    if (sign == 0) fits = true;
    else if (room == 0) fits = sign < 0 && bits == 1;      /* CPython: -1 fits in no bytes */
    else if (sign > 0) fits = bits <= room - (is_signed ? 1 : 0);
    else fits = bits < room || (bits == room && mpz_scan1(z, 0) == bits - 1);   /* -2**(8n-1) */
    if (!fits) return err_set_string(ts, &ExcOverflowError, "int too big to convert");
    Object *r = bytes_new(ts, NULL, (size_t)length);        /* zeroed */
    if (!r) return NULL;
    unsigned char *d = (unsigned char *)BYTES_DATA(r);
    if (sign && length > 0) {                   /* (-1 in no bytes writes nothing) */
        size_t need = (bits + 7) / 8, count = 0;
        mpz_export(d + (size_t)length - need, &count, 1, 1, 1, 0, z);     /* |z|, big-endian */
    }
    if (sign < 0) {
        /* two's complement: invert every byte, then add one */
        unsigned carry = 1;
        for (ssize_t i = length - 1; i >= 0; i--) {
            unsigned x = (unsigned char)~d[i] + carry;
            d[i] = (unsigned char)x;
            carry = x >> 8;
        }
    }
    if (little) {
        for (ssize_t i = 0; i < length / 2; i++) {
            unsigned char t = d[i];
            d[i] = d[length - 1 - i];
            d[length - 1 - i] = t;
        }
    }
    return r;
}

/* The int of [n] bytes [data] (runs guarded: runtime/gmpmem.h). */
typedef struct FromBytes {
    mpz_t z;
    size_t n;
    int order;            /* 1: big-endian, -1: little */
    const char *data;
    bool negative;        /* signed and the top bit set: minus 2**(8n) */
} FromBytes;

static void from_bytes_run(void *p) {
    FromBytes *c = p;
    if (c->n) mpz_import(c->z, c->n, c->order, 1, 1, 0, c->data);
    if (c->negative) {
        mpz_t limit;
        mpz_init(limit);
        mpz_setbit(limit, (mp_bitcnt_t)(8 * c->n));
        mpz_sub(c->z, c->z, limit);
        mpz_clear(limit);
    }
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), a class
 * method: a subclass gets cls(value), as bool.from_bytes gives a bool. */
static CFUNC(int_m_from_bytes) {
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    static const ArgSpec spec = {"from_bytes", names, .required = 1, .kwonly = 1};
    Object *a[3];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    int little = byteorder_arg(ts, "from_bytes", a[1]);
    if (little < 0) return NULL;
    int is_signed = a[2] ? obj_is_true(ts, a[2]) : 0;
    if (is_signed < 0) return NULL;
    Object *b = bytes_from_object(ts, a[0]);
    if (!b) return NULL;
    size_t n = BYTES_SIZE(b);
    FromBytes c = {.n = n, .order = little ? -1 : 1, .data = BYTES_DATA(b),
                   .negative = is_signed && n && ((unsigned char)BYTES_DATA(b)[little ? n - 1 : 0] & 0x80)};
    mpz_init(c.z);
    bool ok = gmpmem_run(from_bytes_run, &c) == 0;       /* c.z is abandoned when it failed */
    DECREF(b);
    if (!ok) return err_no_memory(ts);
    Object *r = int_from_mpz_steal(ts, c.z);
    if (r && (TypeObject *)self != &IntType) {
        Object *sub = obj_call1(ts, self, r);
        DECREF(r);
        return sub;
    }
    return r;
}

static const MethodDef int_methods[] = {
    {"to_bytes", int_m_to_bytes, METH_KEYWORDS, "Return an array of bytes representing an integer."},
    {"from_bytes", int_m_from_bytes, METH_KEYWORDS | METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"bit_length", int_m_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_m_bit_count, 0, "Number of ones in the binary representation of abs(self)."},
    {"conjugate", int_m_exact, 0, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", int_m_as_integer_ratio, 0, "Return integer ratio."},
    {"__format__", int_m_format, 0, "Convert to a string according to format_spec."},
    {"__round__", int_m_round, 0, "Rounding an Integral returns itself."},
    {"__trunc__", int_m_trunc, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_m_floor, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_m_ceil, 0, "Ceiling of an Integral returns itself."},
    {"__divmod__", int_m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__", int_m_rdivmod, 0, "Return divmod(value, self)."},
    {"__getnewargs__", int_m_getnewargs, 0, NULL},
    {"__sizeof__", int_m_sizeof, 0, "Returns size in memory, in bytes."},
    {NULL},
};

static const GetSetDef int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL},
};

TypeObject IntType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "int",
    .basicsize = sizeof(IntObject),
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_INT_SUBCLASS | TYPE_FLAG_MATCH_SELF,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .getattr = obj_generic_getattr,
    .new_ = int_new_,
    .binop = {
        [NB_ADD] = int_add, [NB_SUB] = int_sub, [NB_MUL] = int_mul,
        [NB_FLOORDIV] = int_floordiv, [NB_MOD] = int_mod, [NB_TRUEDIV] = int_truediv,
        [NB_POW] = int_pow, [NB_LSHIFT] = int_lshift, [NB_RSHIFT] = int_rshift,
        [NB_AND] = int_and, [NB_OR] = int_or, [NB_XOR] = int_xor,
    },
    .neg = int_neg,
    .pos = int_pos,
    .invert = int_invert,
    .abs = int_abs,
    .bool_ = int_bool,
    .index = int_pos,
    .to_int = int_pos,
    .to_float = int_to_float_slot,
    .methods = int_methods,
    .getset = int_getset,
};

/* bool cannot be subclassed: no TYPE_FLAG_BASETYPE. */
TypeObject BoolType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "bool",
    .basicsize = sizeof(IntObject),
    .flags = TYPE_FLAG_INT_SUBCLASS | TYPE_FLAG_MATCH_SELF,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.",
    .base = &IntType,
    .dealloc = int_dealloc,
    .repr = bool_repr,
    .new_ = bool_new_,
    .binop = {[NB_AND] = bool_and, [NB_OR] = bool_or, [NB_XOR] = bool_xor},
};

IntObject TrueStruct = {{IMMORTAL_REFCNT, &BoolType}, 1, NULL};
IntObject FalseStruct = {{IMMORTAL_REFCNT, &BoolType}, 0, NULL};
