/* nfkc.c -- Normalization Form KC, for identifiers (see nfkc.h).
 *
 * How it works
 * ============
 * NFKC (Unicode Standard Annex #15) is two steps:
 *
 *   1. Decompose every character completely, by its compatibility and
 *      canonical mappings: `ﬁ` becomes `f` `i`, `é` becomes `e` + U+0301
 *      (a combining acute accent), `ℌ` becomes `H`. Then put each run of
 *      combining marks in the canonical order, sorted (stably) by their
 *      combining class: which accent is written first must not matter.
 *   2. Compose again, left to right: a mark joins the last starter (a
 *      character of class 0) when the pair has a primary composite and no
 *      mark of the same or a higher class stands between them. So `e` +
 *      U+0301 becomes `é` again, but `ﬁ` stays `f` `i`.
 *
 * Normalizing character by character is not enough: `e` followed by
 * U+0301 are two characters already in NFKC each, and one together. But
 * most text is normalized already, and the quick check says so in one pass
 * without normalizing: when no character is marked NFKC_QC (its form
 * changes, or it may combine with the one before it) and the combining
 * classes never go down, the text is NFKC. Every ASCII identifier passes.
 *
 * The tables (common/unicode.c, generated and checked against CPython's
 * unicodedata by scripts/gen_unicode.py) cover what identifiers can reach.
 * Hangul syllables, 11,172 of them, decompose and compose by arithmetic.
 */
#include "nfkc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rawmem.h"
#include "unicode.h"
#include "utf8.h"

enum {
    S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7,
    L_COUNT = 19, V_COUNT = 21, T_COUNT = 28,
    N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT
};

typedef struct {
    uint32_t *cp;
    size_t n, cap;
    bool failed;            /* out of memory: a character was lost */
} CpBuf;

static void push(CpBuf *b, uint32_t cp)
{
    if (b->failed)
        return;
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16;
        uint32_t *bigger = rawmem_realloc(b->cp, cap * sizeof *bigger);
        if (!bigger) {
            b->failed = true;
            return;
        }
        b->cp = bigger;
        b->cap = cap;
    }
    b->cp[b->n++] = cp;
}

static int ccc(uint32_t cp)
{
    return uni_record(cp)->ccc;
}

/* The primary composite [first] + [second] is, or -1. */
static int64_t pair_composite(uint32_t first, uint32_t second)
{
    int lo = 0, hi = uni_nfkc_npairs - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const UniPair *p = &uni_nfkc_pairs[mid];
        if (p->first == first && p->second == second)
            return p->composite;
        if (p->first < first || (p->first == first && p->second < second))
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

/* The pair that composes to [cp], or NULL. */
static const UniPair *pair_of(uint32_t cp)
{
    int lo = 0, hi = uni_nfkc_npairs - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const UniPair *p = &uni_nfkc_pairs[uni_nfkc_by_composite[mid]];
        if (p->composite == cp)
            return p;
        if (p->composite < cp)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

/* Append the full decomposition of a character that is not a pair's
 * composite: Hangul by arithmetic, else from the tables, else itself. */
static void decompose_leaf(CpBuf *b, uint32_t cp)
{
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
        uint32_t s = cp - S_BASE;
        push(b, L_BASE + s / N_COUNT);
        push(b, V_BASE + (s % N_COUNT) / T_COUNT);
        if (s % T_COUNT)
            push(b, T_BASE + s % T_COUNT);
        return;
    }
    int lo = 0, hi = uni_nfkc_nruns - 1;
    while (lo <= hi) {                  /* the last run starting at or before cp */
        int mid = (lo + hi) / 2;
        if (uni_nfkc_runs[mid].start <= cp)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    if (hi >= 0 && cp < uni_nfkc_runs[hi].start + uni_nfkc_runs[hi].count) {
        push(b, uni_nfkc_runs[hi].target + (cp - uni_nfkc_runs[hi].start));
        return;
    }
    lo = 0;
    hi = uni_nfkc_nmulti - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const UniMulti *m = &uni_nfkc_multi[mid];
        if (m->cp == cp) {
            for (int k = 0; k < m->len; k++)
                push(b, uni_nfkc_pool[m->offset + k]);
            return;
        }
        if (m->cp < cp)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    push(b, cp);
}

/* Append the full decomposition of [cp]: a composite is its first half's
 * decomposition (a composite again, maybe) and then its second half. */
static void decompose(CpBuf *b, uint32_t cp)
{
    uint32_t seconds[8];
    int n = 0;
    const UniPair *p;
    while (n < 8 && (p = pair_of(cp))) {
        seconds[n++] = p->second;
        cp = p->first;
    }
    decompose_leaf(b, cp);
    while (n)
        push(b, seconds[--n]);
}

static int64_t compose(uint32_t a, uint32_t b)
{
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 &&
        b > T_BASE && b < T_BASE + T_COUNT)
        return a + (b - T_BASE);
    return pair_composite(a, b);
}

int uni_nfkc(const char *s, size_t len, char **out, size_t *out_len)
{
    *out = NULL;
    size_t pos = 0;
    while (pos < len && (unsigned char)s[pos] < 0x80)
        pos++;
    if (pos == len)
        return 0;                       /* ASCII */
    /* the quick check */
    pos = 0;
    int last = 0;
    bool yes = true;
    while (pos < len && yes) {
        int32_t cp = utf8_decode(s, len, &pos);
        if (cp < 0)
            return 0;                   /* not text: nothing to normalize */
        const UniRecord *r = uni_record((uint32_t)cp);
        if ((r->ccc && last > r->ccc) || (r->flags & UNI_NFKC_QC))
            yes = false;
        last = r->ccc;
    }
    if (yes)
        return 0;
    /* 1. decompose, then order the marks */
    CpBuf b = {0};
    for (pos = 0; pos < len;)
        decompose(&b, (uint32_t)utf8_decode(s, len, &pos));
    if (b.failed) {
        rawmem_free(b.cp);
        return -1;
    }
    for (size_t i = 1; i < b.n; i++) {
        for (size_t j = i; j > 0 && ccc(b.cp[j]) && ccc(b.cp[j - 1]) > ccc(b.cp[j]); j--) {
            uint32_t t = b.cp[j];
            b.cp[j] = b.cp[j - 1];
            b.cp[j - 1] = t;
        }
    }
    /* 2. compose, in place */
    size_t k = 0, starter = 0;
    if (b.n) {
        k = 1;
        last = ccc(b.cp[0]) ? 256 : 0;
        for (size_t i = 1; i < b.n; i++) {
            uint32_t c = b.cp[i];
            int cc = ccc(c);
            int64_t comp = compose(b.cp[starter], c);
            if (comp >= 0 && (last < cc || last == 0)) {
                b.cp[starter] = (uint32_t)comp;
                continue;
            }
            if (cc == 0)
                starter = k;
            last = cc;
            b.cp[k++] = c;
        }
    }
    char *text = rawmem_alloc(4 * k + 1);
    if (!text) {
        rawmem_free(b.cp);
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < k; i++)
        n += (size_t)utf8_encode(b.cp[i], text + n);
    text[n] = '\0';
    rawmem_free(b.cp);
    *out = text;
    *out_len = n;
    return 1;
}
