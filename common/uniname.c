/* uniname.c -- reading the Unicode name table (common/uninames.c, laid out
 * as scripts/gen_uninames.py explains): a name to its code point for
 * "\N{...}", a code point to its name. Lesson 2 (the pipeline).
 *
 * Both walk the table from the start: a lookup is rare (one per "\N{...}"
 * in a program's text) and the walk allocates nothing. A query is first
 * turned into word numbers, so that a name that uses a word no character
 * name has fails without a walk.
 */
#include "uninames.h"

#include <stdio.h>
#include <string.h>

#define MAX_WORDS 64

/* ---- names made by rule --------------------------------------------------------- */

static const char *const jamo_l[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                     "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                     "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
                                     "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
                                     "P", "H"};
#define HANGUL_FIRST 0xAC00
#define HANGUL_COUNT 11172
#define HANGUL_PREFIX "HANGUL SYLLABLE "

static void hangul_name(uint32_t s, char *buf, size_t cap) {
    snprintf(buf, cap, HANGUL_PREFIX "%s%s%s", jamo_l[s / 588], jamo_v[(s % 588) / 28], jamo_t[s % 28]);
}

/* [name] as a name made by rule, or -1. CPython 3.11 makes two kinds by
 * rule when it looks a name up, and matches those in upper case only (hex
 * digits included): [exact] is the query as written. The other runs are
 * names it stores, found in any case: [up] is the query in upper case. */
static int32_t ruled_lookup(const char *exact, const char *up, size_t len) {
    size_t hp = sizeof HANGUL_PREFIX - 1;
    const char *name = exact;
    if (len > hp && memcmp(name, HANGUL_PREFIX, hp) == 0) {
        char buf[40];
        for (uint32_t s = 0; s < HANGUL_COUNT; s++) {
            hangul_name(s, buf, sizeof buf);
            if (strlen(buf) == len && memcmp(buf, name, len) == 0) return (int32_t)(HANGUL_FIRST + s);
        }
        return -1;
    }
    for (unsigned r = 0; r < uni_name_run_count; r++) {
        const UniNameRun *run = &uni_name_runs[r];
        name = strcmp(run->prefix, "CJK UNIFIED IDEOGRAPH-") == 0 ? exact : up;
        size_t pl = strlen(run->prefix);
        if (len < pl + 4 || len > pl + 5 || memcmp(name, run->prefix, pl) != 0) continue;
        uint32_t v = 0;
        for (size_t i = pl; i < len; i++) {
            char c = name[i];
            if (c >= '0' && c <= '9') v = v * 16 + (uint32_t)(c - '0');
            else if (c >= 'A' && c <= 'F') v = v * 16 + (uint32_t)(c - 'A' + 10);
            else return -1;
        }
        /* the same prefix may have several runs */
        for (unsigned k = 0; k < uni_name_run_count; k++)
            if (strcmp(uni_name_runs[k].prefix, run->prefix) == 0 && v >= uni_name_runs[k].first &&
                v <= uni_name_runs[k].last)
                return (int32_t)v;
        return -1;
    }
    return -1;
}

/* ---- the table -------------------------------------------------------------------- */

/* The number of word [w] ([len] bytes), or -1 if no name uses it. */
static int word_number(const char *w, size_t len) {
    const char *p = uni_name_words;
    for (unsigned i = 0; i < uni_name_word_count; i++) {
        size_t n = strlen(p);
        if (n == len && memcmp(p, w, len) == 0) return (int)i;
        p += n + 1;
    }
    return -1;
}

static const char *word_text(unsigned i) {
    const char *p = uni_name_words;
    while (i--) p += strlen(p) + 1;
    return p;
}

/* One entry of the table, decoded: its code point and its words. */
typedef struct Entry {
    uint32_t cp;
    int nwords;
    int words[MAX_WORDS];
} Entry;

/* Decode the entry at [*pos] over [e] (the previous one, for the words it
 * shares and the code point it follows); false at [end]. */
static bool next_entry(unsigned long *pos, unsigned long end, Entry *e) {
    if (*pos >= end) return false;
    const unsigned char *d = uni_name_data;
    unsigned long p = *pos;
    int shared = d[p] & 0x7F, added = d[p + 1];
    bool explicit = (d[p] & 0x80) != 0;
    p += 2;
    if (explicit) {
        e->cp = ((uint32_t)d[p] << 16) | ((uint32_t)d[p + 1] << 8) | d[p + 2];
        p += 3;
    } else {
        e->cp++;
    }
    e->nwords = shared + added;
    for (int i = shared; i < e->nwords && i < MAX_WORDS; i++) {
        int w = d[p++];
        if (w >= 192) w = ((w - 192) << 8) | d[p++];
        e->words[i] = w;
    }
    *pos = p;
    return true;
}

int32_t uni_lookup_name(const char *name, size_t len, bool with_aliases) {
    char up[128];
    if (len == 0 || len >= sizeof up) return -1;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        up[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    up[len] = '\0';
    char exact[sizeof up];
    memcpy(exact, name, len);
    exact[len] = '\0';
    int32_t cp = ruled_lookup(exact, up, len);
    if (cp >= 0) return cp;
    /* the query as word numbers */
    int want[MAX_WORDS], n = 0;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && up[j] != ' ') j++;
        if (j == i || n == MAX_WORDS) return -1;       /* two spaces, or too long */
        int w = word_number(up + i, j - i);
        if (w < 0) return -1;
        want[n++] = w;
        i = j < len ? j + 1 : j;
        if (j < len && i == len) return -1;            /* a trailing space */
    }
    Entry e = {.cp = 0};
    unsigned long pos = 0, end = with_aliases ? uni_name_data_len : uni_name_names_len;
    while (next_entry(&pos, end, &e))
        if (e.nwords == n && memcmp(e.words, want, (size_t)n * sizeof(int)) == 0) return (int32_t)e.cp;
    return -1;
}

bool uni_name_of(uint32_t cp, char *buf, size_t cap) {
    if (cp >= HANGUL_FIRST && cp < HANGUL_FIRST + HANGUL_COUNT) {
        hangul_name(cp - HANGUL_FIRST, buf, cap);
        return true;
    }
    for (unsigned r = 0; r < uni_name_run_count; r++)
        if (cp >= uni_name_runs[r].first && cp <= uni_name_runs[r].last) {
            snprintf(buf, cap, "%s%04X", uni_name_runs[r].prefix, (unsigned)cp);
            return true;
        }
    Entry e = {.cp = 0};
    unsigned long pos = 0;
    while (next_entry(&pos, uni_name_names_len, &e)) {
        if (e.cp < cp) continue;
        if (e.cp > cp) return false;
        size_t at = 0;
        for (int i = 0; i < e.nwords; i++) {
            const char *w = word_text((unsigned)e.words[i]);
            int k = snprintf(buf + at, at < cap ? cap - at : 0, "%s%s", i ? " " : "", w);
            if (k < 0) return false;
            at += (size_t)k;
        }
        return at < cap;
    }
    return false;
}
