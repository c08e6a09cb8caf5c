/* pyrepr.c -- Python's repr() of floats, str and bytes (see pyrepr.h).
 *
 * Lesson 2 (the pipeline). repr(float) is "the shortest string that reads
 * back as the same double, and of those the nearest to it" -- what David
 * Gay's dtoa gives CPython. The digits come from an exact algorithm on big
 * integers (the essay above shortest_digits() tells how it works); then they
 * are laid out by CPython's rule for the 'r' format: fixed notation when the
 * decimal exponent is in [-4, 16), exponent form (at least two exponent
 * digits) otherwise.
 */
#include "pyrepr.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unicode.h"
#include "utf8.h"

/* ---- repr(float): the shortest digits -------------------------------------
 *
 * How this works. A double v is an exact binary fraction f * 2^e (f is the
 * 53-bit significand, e the exponent). Every real number strictly inside the
 * rounding interval
 *
 *      low = v - (gap below)/2   <   x   <   high = v + (gap above)/2
 *
 * reads back as v (strtod rounds to nearest), and so does a number exactly on
 * low or high when f is even (a tie goes to the even significand). The gaps
 * are one unit in the last place, except at a power of two, where the gap
 * below is half the gap above. repr() wants the decimal with the fewest
 * digits inside that interval, and of those the one nearest v.
 *
 * Trying "%.1e", "%.2e", ... and keeping the first that reads back is not
 * enough: it only tries the nearest p-digit decimal, but at a power of two
 * the interval is lopsided and the nearest one can fall out on the short side
 * while its neighbour on the long side is in. 2**-24 is 5.9604644775390625e-08
 * exactly: ...062 (nearest, a tie rounded to even) is out, ...063 is in.
 *
 * The exact way (Steele and White's, in the form Burger and Dybvig give it,
 * which is also the shape of Gay's loop): scale so that v = r/s, high =
 * (r+m+)/s and low = (r-m-)/s, all four big integers, with v/10^k below 1.
 * Then produce digits the way long division does: d = 10r / s, r = 10r mod s,
 * and m+, m- times 10 too. After each digit the decimal so far (call it P)
 * is the largest one of that length below v, and P plus one in its last digit
 * is the smallest one above -- no decimal of this length lies between them,
 * so if neither is inside the interval, none is, and we go on:
 *
 *   - P is inside when v - P <= m-  (r <= m-, or r < m- when f is odd),
 *   - P+1 is inside when P+1 - v <= m+  (r + m+ >= s, or > s when f is odd),
 *   - if both are, the nearer wins: 2r < s keeps d, 2r > s takes d+1, and an
 *     exact tie takes the even one (Gay's choice).
 *
 * k is guessed from the binary exponent and raised while high would reach
 * 10^k (the guess is never too big, and at most one short). At most 17 digits come out. The
 * integers need up to about 1080 bits (the smallest subnormal times 10^324),
 * so Big is a fixed array of 32-bit limbs on the stack: no allocation. Before
 * the loop everything is shifted left together so that s's top limb has
 * exactly 4 leading zero bits; then the top limbs alone give the digit, or
 * one less (see next_digit()).
 */

enum { BIG_LIMBS = 40 };            /* 1280 bits */

typedef struct {
    int len;                        /* limbs in use; the top one is not 0 */
    uint32_t limb[BIG_LIMBS];       /* least significant first */
} Big;

static void big_set(Big *b, uint64_t v)
{
    b->len = 0;
    while (v) {
        b->limb[b->len++] = (uint32_t)v;
        v >>= 32;
    }
}

static void big_shl(Big *b, int bits)
{
    if (b->len == 0)
        return;
    int words = bits / 32, sh = bits % 32;
    uint32_t top = sh ? b->limb[b->len - 1] >> (32 - sh) : 0;
    for (int i = b->len - 1; i >= 0; i--) {
        uint32_t below = sh && i > 0 ? b->limb[i - 1] >> (32 - sh) : 0;
        b->limb[i + words] = b->limb[i] << sh | below;
    }
    for (int i = 0; i < words; i++)
        b->limb[i] = 0;
    b->len += words;
    if (top)
        b->limb[b->len++] = top;
}

static void big_mul_small(Big *b, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->len; i++) {
        uint64_t t = (uint64_t)b->limb[i] * m + carry;
        b->limb[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        b->limb[b->len++] = (uint32_t)carry;
}

static void big_mul_pow10(Big *b, int k)
{
    static const uint32_t pow10[9] = {1, 10, 100, 1000, 10000, 100000,
                                      1000000, 10000000, 100000000};
    for (; k >= 9; k -= 9)
        big_mul_small(b, 1000000000u);
    if (k > 0)
        big_mul_small(b, pow10[k]);
}

static int big_cmp(const Big *a, const Big *b)
{
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    for (int i = a->len - 1; i >= 0; i--)
        if (a->limb[i] != b->limb[i])
            return a->limb[i] < b->limb[i] ? -1 : 1;
    return 0;
}

/* Compare [a] + [b] with [c]. */
static int big_sum_cmp(const Big *a, const Big *b, const Big *c)
{
    Big sum;
    const Big *lo = a->len < b->len ? a : b, *hi = lo == a ? b : a;
    uint64_t carry = 0;
    for (int i = 0; i < hi->len; i++) {
        uint64_t t = (uint64_t)hi->limb[i] + (i < lo->len ? lo->limb[i] : 0) + carry;
        sum.limb[i] = (uint32_t)t;
        carry = t >> 32;
    }
    sum.len = hi->len;
    if (carry)
        sum.limb[sum.len++] = (uint32_t)carry;
    return big_cmp(&sum, c);
}

static void big_trim(Big *b)
{
    while (b->len > 0 && b->limb[b->len - 1] == 0)
        b->len--;
}

/* [r] -= [q] * [s]; the caller knows the result is not negative. */
static void big_sub_mul(Big *r, const Big *s, uint32_t q)
{
    uint64_t carry = 0, borrow = 0;
    for (int i = 0; i < r->len; i++) {
        uint64_t p = (i < s->len ? (uint64_t)s->limb[i] * q : 0) + carry;
        carry = p >> 32;
        uint64_t d = (uint64_t)r->limb[i] - (uint32_t)p - borrow;
        r->limb[i] = (uint32_t)d;
        borrow = d >> 63;
    }
    big_trim(r);
}

/* One digit of the long division: return [r] / [s] and leave [r] % [s],
 * where the quotient is below 10 and [s]'s top limb is in [2^27, 2^28).
 * Then r has no more limbs than s, and rtop / (stop + 1) is the quotient or
 * one less: the error is below (rtop + stop + 1) / stop^2 < 11 / 2^27. */
static int next_digit(Big *r, const Big *s)
{
    int n = s->len;
    if (r->len < n)
        return 0;
    uint32_t q = r->limb[n - 1] / (s->limb[n - 1] + 1);
    if (q)
        big_sub_mul(r, s, q);
    if (big_cmp(r, s) >= 0) {
        big_sub_mul(r, s, 1);
        q++;
    }
    return (int)q;
}

/* The shortest digits of the finite [v] > 0, nearest v among the shortest,
 * into [digits] (at most 17, no NUL); v is about 0.d1d2d3... * 10^[*decpt].
 * Returns how many. */
static int shortest_digits(double v, char *digits, int *decpt)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
    int bexp = (int)(bits >> 52 & 0x7ff);
    uint64_t f = bexp ? frac | (uint64_t)1 << 52 : frac;
    int e = bexp ? bexp - 1075 : -1074;
    int unequal = frac == 0 && bexp > 1;    /* the gap below is half the gap above */
    bool even = (f & 1) == 0;               /* the bounds themselves read back as v */

    /* v = r/s, high = (r + m+)/s, low = (r - m-)/s; m+ is m- or 2 m- */
    Big r, s, mlow, mhigh;
    if (e >= 0) {
        big_set(&r, f);
        big_shl(&r, e + 1 + unequal);
        big_set(&s, (uint64_t)2 << unequal);
        big_set(&mlow, 1);
        big_shl(&mlow, e);
    } else {
        big_set(&r, f << (1 + unequal));
        big_set(&s, 1);
        big_shl(&s, 1 - e + unequal);
        big_set(&mlow, 1);
    }
    mhigh = mlow;
    if (unequal)
        big_shl(&mhigh, 1);

    /* k: the guess from v >= 2^(e + bitlength(f) - 1) */
    int k = (int)ceil((e + 63 - __builtin_clzll(f)) * 0.30102999566398119521 - 1e-10);
    if (k >= 0) {
        big_mul_pow10(&s, k);
    } else {
        big_mul_pow10(&r, -k);
        big_mul_pow10(&mlow, -k);
        big_mul_pow10(&mhigh, -k);
    }
    int c;
    while (c = big_sum_cmp(&r, &mhigh, &s), even ? c >= 0 : c > 0) {
        big_mul_small(&s, 10);
        k++;
    }
    int shift = (__builtin_clz(s.limb[s.len - 1]) - 4) & 31;
    big_shl(&r, shift);
    big_shl(&s, shift);
    big_shl(&mlow, shift);
    big_shl(&mhigh, shift);

    int nd = 0;
    for (;;) {
        big_mul_small(&r, 10);
        big_mul_small(&mlow, 10);
        big_mul_small(&mhigh, 10);
        int d = next_digit(&r, &s);
        c = big_cmp(&r, &mlow);
        bool low_in = even ? c <= 0 : c < 0;
        c = big_sum_cmp(&r, &mhigh, &s);
        bool high_in = even ? c >= 0 : c > 0;
        if (low_in && high_in) {
            c = big_sum_cmp(&r, &r, &s);
            high_in = c > 0 || (c == 0 && (d & 1));
        }
        if (high_in)
            d++;
        digits[nd++] = (char)('0' + d);
        if (low_in || high_in)
            break;
    }
    *decpt = k;
    return nd;
}

int pyrepr_shortest_digits(double v, char digits[17], int *decpt)
{
    return shortest_digits(v, digits, decpt);
}

int pyrepr_double_bare(double v, char *buf, size_t cap)
{
    int n = pyrepr_double(v, buf, cap);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0')
        buf[n -= 2] = '\0';
    return n;
}

int pyrepr_double(double v, char *buf, size_t cap)
{
    if (isnan(v))
        return snprintf(buf, cap, "nan");
    if (isinf(v))
        return snprintf(buf, cap, v < 0 ? "-inf" : "inf");
    if (v == 0)
        return snprintf(buf, cap, signbit(v) ? "-0.0" : "0.0");

    char digits[20];
    int decpt;
    int nd = shortest_digits(fabs(v), digits, &decpt);

    char out[40];
    int n = 0;
    if (v < 0)
        out[n++] = '-';
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out[n++] = '0';
            out[n++] = '.';
            for (int i = 0; i < -decpt; i++)
                out[n++] = '0';
            for (int i = 0; i < nd; i++)
                out[n++] = digits[i];
        } else {
            for (int i = 0; i < decpt; i++)
                out[n++] = i < nd ? digits[i] : '0';
            out[n++] = '.';
            if (nd > decpt)
                for (int i = decpt; i < nd; i++)
                    out[n++] = digits[i];
            else
                out[n++] = '0';
        }
        out[n] = '\0';
    } else {
        int exp10 = decpt - 1;      /* v = d.ddd * 10^exp10 */
        out[n++] = digits[0];
        if (nd > 1) {
            out[n++] = '.';
            for (int i = 1; i < nd; i++)
                out[n++] = digits[i];
        }
        snprintf(out + n, sizeof out - (size_t)n, "e%c%02d",
                 exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
    return snprintf(buf, cap, "%s", out);
}

void pyrepr_str(StrBuf *out, const char *s, size_t len)
{
    bool has_sq = memchr(s, '\'', len) != NULL;
    bool has_dq = memchr(s, '"', len) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    strbuf_appendc(out, quote);
    size_t pos = 0;
    while (pos < len) {
        size_t start = pos;
        int32_t cp = utf8_decode_lenient(s, len, &pos);
        if (cp < 0) {       /* not expected in a str constant: show the byte */
            strbuf_printf(out, "\\x%02x", (unsigned char)s[start]);
            continue;
        }
        if (cp == quote || cp == '\\') {
            strbuf_appendc(out, '\\');
            strbuf_appendc(out, (char)cp);
        } else if (cp == '\t') {
            strbuf_puts(out, "\\t");
        } else if (cp == '\n') {
            strbuf_puts(out, "\\n");
        } else if (cp == '\r') {
            strbuf_puts(out, "\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            strbuf_printf(out, "\\x%02x", (unsigned)cp);
        } else if (cp < 0x7f) {
            strbuf_appendc(out, (char)cp);
        } else if (uni_has((uint32_t)cp, UNI_PRINTABLE)) {
            strbuf_append(out, s + start, pos - start);
        } else if (cp <= 0xff) {
            strbuf_printf(out, "\\x%02x", (unsigned)cp);
        } else if (cp <= 0xffff) {
            strbuf_printf(out, "\\u%04x", (unsigned)cp);
        } else {
            strbuf_printf(out, "\\U%08x", (unsigned)cp);
        }
    }
    strbuf_appendc(out, quote);
}

void pyrepr_bytes(StrBuf *out, const char *s, size_t len)
{
    pyrepr_bytes_quoting(out, s, len, false);
}

void pyrepr_bytes_quoting(StrBuf *out, const char *s, size_t len, bool always_escape_sq)
{
    bool has_sq = memchr(s, '\'', len) != NULL;
    bool has_dq = memchr(s, '"', len) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    strbuf_appendc(out, 'b');
    strbuf_appendc(out, quote);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\' || (c == '\'' && always_escape_sq)) {
            strbuf_appendc(out, '\\');
            strbuf_appendc(out, (char)c);
        } else if (c == '\t') {
            strbuf_puts(out, "\\t");
        } else if (c == '\n') {
            strbuf_puts(out, "\\n");
        } else if (c == '\r') {
            strbuf_puts(out, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            strbuf_printf(out, "\\x%02x", c);
        } else {
            strbuf_appendc(out, (char)c);
        }
    }
    strbuf_appendc(out, quote);
}
