/* strsearch.c -- the byte-string search that str and bytes share (see
 * strsearch.h): find, rfind and count over raw bytes, and the start/end
 * arguments of find() and its relatives.
 *
 * Lesson 10 (scaling): each search costs in proportion to how far it gets.
 * Moved here from str_methods.c when bytes arrived, so both types use one.
 */
#include <stdlib.h>
#include <string.h>

#include "strsearch.h"
#include "common/rawmem.h"
#include "exceptions.h"
#include "int.h"
#include "args.h"

#ifndef SSIZE_MIN
#define SSIZE_MIN (-SSIZE_MAX - 1)
#endif

/* A start or end of find() and friends: None (keep the default) or an
 * __index__ object; values beyond ssize_t clamp, as slice indexes do. */
int search_slice_index(ThreadState *ts, Object *o, ssize_t *out) {
    if (!o || o == None) return 0;
    Object *i;
    if (int_check(o)) {
        i = NEWREF(o);
    } else if (TYPE(o)->index) {
        i = obj_index(ts, o);
        if (!i) return -1;
    } else {
        err_set_string(ts, &ExcTypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    int64_t v;
    if (int_as_i64(i, &v)) *out = (ssize_t)v;
    else *out = int_sign(i) < 0 ? SSIZE_MIN : SSIZE_MAX;
    DECREF(i);
    return 0;
}

/* CPython's ADJUST_INDICES: negative indexes count from the end, then clip. */
void search_adjust_indices(ssize_t *start, ssize_t *end, ssize_t len) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

/* (sub[, start[, end]]) of find, rfind, index, rindex, count, startswith and
 * endswith; [sub] is not type-checked here (startswith takes tuples). */
int search_parse_find_args(ThreadState *ts, const char *fname, const char *qualname,
                           Object *const *args, size_t nargs, Object *kwnames,
                           Object **sub, ssize_t *start, ssize_t *end) {
    if (args_no_kwargs(ts, qualname, kwnames) < 0) return -1;
    if (args_count_tuple(ts, fname, nargs, 1, 3) < 0) return -1;
    *sub = args[0];
    *start = 0;
    *end = SSIZE_MAX;
    if (nargs > 1 && search_slice_index(ts, args[1], start) < 0) return -1;
    if (nargs > 2 && search_slice_index(ts, args[2], end) < 0) return -1;
    return 0;
}


/* The searches below are called once per piece by split(), replace() and
 * count(), so each call must cost in proportion to how far it gets, not to
 * the length of the rest of the string. memchr stops at the match, but
 * memmem and memrchr may read their whole range every time (a sanitizer's
 * interceptor does, which made split() quadratic under ASan). So they are
 * given a window that starts small and doubles while nothing is found. */
#define SEARCH_WINDOW 256

/* Byte offset of the first [needle] (m bytes) in hay[0..n), or -1. */
ssize_t search_find(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) return 0;
    if (m > n) return -1;
    if (m == 1) {
        const char *p = memchr(hay, needle[0], n);
        return p ? p - hay : -1;
    }
    size_t pos = 0, w = m * 2 > SEARCH_WINDOW ? m * 2 : SEARCH_WINDOW;
    for (;;) {
        size_t len = n - pos < w ? n - pos : w;       /* len >= m */
        const char *p = memmem(hay + pos, len, needle, m);
        if (p) return p - hay;
        if (pos + len == n) return -1;
        pos += len - m + 1;                           /* windows overlap by m-1 */
        w *= 2;
    }
}

/* Byte offset of the last byte [c] in hay[0..n), or -1. */
static ssize_t rfind_byte(const char *hay, size_t n, char c) {
    size_t end = n, w = SEARCH_WINDOW;
    while (end > 0) {
        size_t len = end < w ? end : w;
        const char *p = memrchr(hay + end - len, c, len);
        if (p) return p - hay;
        end -= len;
        w *= 2;
    }
    return -1;
}

/* The last [needle] in hay[0..n), scanning from the right. A KMP automaton
 * over the reversed needle keeps the scan linear whatever the input (a
 * naive backwards search is quadratic on 'aaa...a' looking for 'ba...a');
 * while no partial match is pending, rfind_byte jumps to the next place
 * where the needle's last byte occurs. */
ssize_t search_rfind(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) return (ssize_t)n;
    if (m > n) return -1;
    if (m == 1) return rfind_byte(hay, n, needle[0]);
    /* r[i] = needle[m-1-i]; fail[i]: longest proper border of r[0..i] */
    size_t stackfail[64];
    size_t *fail = m <= 64 ? stackfail : rawmem_alloc(m * sizeof *fail);
    if (!fail) {
        /* no memory for the automaton: compare at each place, right to left */
        for (size_t i = n - m + 1; i-- > 0;)
            if (memcmp(hay + i, needle, m) == 0) return (ssize_t)i;
        return -1;
    }
#define R(i) needle[m - 1 - (i)]
    fail[0] = 0;
    for (size_t i = 1, k = 0; i < m; i++) {
        while (k > 0 && R(i) != R(k)) k = fail[k - 1];
        if (R(i) == R(k)) k++;
        fail[i] = k;
    }
    ssize_t found = -1;
    size_t q = 0, i = n;          /* q bytes matched; hay[i-1] is next */
    while (i > 0) {
        if (q == 0) {
            ssize_t p = rfind_byte(hay, i, R(0));
            if (p < 0) break;
            i = (size_t)p;
            q = 1;
            continue;
        }
        char c = hay[--i];
        while (q > 0 && c != R(q)) q = fail[q - 1];
        if (c == R(q)) q++;
        if (q == m) {
            found = (ssize_t)i;
            break;
        }
    }
#undef R
    if (fail != stackfail) rawmem_free(fail);
    return found;
}

/* Non-overlapping occurrences of [sub] (m > 0 bytes) in hay[0..n), at most [max]. */
size_t search_count(const char *hay, size_t n, const char *sub, size_t m, size_t max) {
    size_t count = 0, pos = 0;
    while (count < max) {
        ssize_t r = search_find(hay + pos, n - pos, sub, m);
        if (r < 0) break;
        count++;
        pos += (size_t)r + m;
    }
    return count;
}
