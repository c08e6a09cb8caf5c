/* bytes_methods.c -- the methods bytes and bytearray share: searching,
 * splitting and joining, stripping, replacing, ASCII case mapping and the
 * is* predicates, padding, translate, hex/fromhex and decode.
 *
 * Lesson 10 (scaling): the same one-pass searches as str's (the search
 * itself is runtime/strsearch.c, which both use). The semantics are the
 * str methods', on bytes: a "character" is one byte, whitespace and case
 * are ASCII only (b'\xe9'.upper() is unchanged), and every argument that
 * str takes as a str is here any bytes-like object (bytes, bytearray,
 * memoryview) -- a str argument is a TypeError, never silently encoded.
 *
 * Each method reads [self] through bytes_buffer(), so one function serves
 * both types; results are made by bytes_like_new(), so bytearray's methods
 * return bytearrays, as CPython's do. Argument errors use CPython 3.11's
 * words, which, as for str, differ by method (runtime/args.h says which
 * helper gives which wording).
 *
 * Start reading at the split functions, then find_common.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "str.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "args.h"
#include "codecs.h"
#include "strsearch.h"
#include "common/utf8.h"

/* ==== helpers ============================================================ */

static inline bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline char to_upper(char c) { return is_lower((unsigned char)c) ? (char)(c - 32) : c; }
static inline char to_lower(char c) { return is_upper((unsigned char)c) ? (char)(c + 32) : c; }

/* "bytes.find" or "bytearray.find", for messages that name the type. */
static const char *qual(Object *self, const char *name, char *buf, size_t cap) {
    snprintf(buf, cap, "%s.%s", bytearray_check(self) ? "bytearray" : "bytes", name);
    return buf;
}

static void self_data(Object *self, const char **d, size_t *n) { bytes_buffer(self, d, n); }

/* A new result of [self]'s kind from d[b0, b1). */
static Object *piece(ThreadState *ts, Object *self, const char *d, size_t b0, size_t b1) {
    return bytes_like_new(ts, self, d + b0, b1 - b0);
}

static int as_ssize(ThreadState *ts, Object *o, ssize_t *out) {
    ssize_t v = obj_as_ssize(ts, o, "Python int too large to convert to C ssize_t");
    if (v == -1 && err_occurred(ts)) return -1;
    *out = v;
    return 0;
}

/* An argument that must be bytes-like: (data, size), with [*tmp] to
 * release. TypeError "a bytes-like object is required, not 'str'". */
#define BUFFER_ARG(o, d, n, tmp) (bytes_buffer_arg(ts, (o), &(d), &(n), &(tmp)) < 0)

/* ==== searching ========================================================== */

/* The needle of find() and friends: an int is one byte value. */
static int needle_arg(ThreadState *ts, Object *sub, char *byte, const char **d, size_t *n, Object **tmp) {
    *tmp = NULL;
    if (int_check(sub) || (TYPE(sub)->index && !bytes_buffer(sub, d, n) && TYPE(sub) != &MemoryViewType)) {
        unsigned char v;
        if (bytes_byte_value(ts, sub, &v) < 0) return -1;
        *byte = (char)v;
        *d = byte;
        *n = 1;
        return 0;
    }
    if (bytes_buffer(sub, d, n) || TYPE(sub) == &MemoryViewType)
        return bytes_buffer_arg(ts, sub, d, n, tmp);
    err_format(ts, &ExcTypeError, "argument should be integer or bytes-like object, not '%s'",
               TYPE_NAME(sub));
    return -1;
}

/* find/rfind of [sd] [sn] in self[start:end]: an index or -1. */
static ssize_t find_in(Object *self, const char *sd, size_t sn, ssize_t start, ssize_t end, bool reverse) {
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    search_adjust_indices(&start, &end, (ssize_t)n);
    if (end - start < (ssize_t)sn) return -1;
    ssize_t r = reverse ? search_rfind(d + start, (size_t)(end - start), sd, sn)
                        : search_find(d + start, (size_t)(end - start), sd, sn);
    return r < 0 ? -1 : start + r;
}

static Object *find_common(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                           Object *kwnames, const char *fname, bool reverse, bool raise) {
    char qb[48], byte;
    Object *sub, *tmp;
    ssize_t start, end;
    const char *sd;
    size_t sn;
    if (search_parse_find_args(ts, fname, qual(self, fname, qb, sizeof qb), args, nargs, kwnames,
                               &sub, &start, &end) < 0 ||
        needle_arg(ts, sub, &byte, &sd, &sn, &tmp) < 0)
        return NULL;
    ssize_t r = find_in(self, sd, sn, start, end, reverse);
    XDECREF(tmp);
    if (r < 0 && raise) return err_set_string(ts, &ExcValueError, "subsection not found");
    return int_from_i64(ts, r);
}

CFUNC(bytes_m_find) { return find_common(ts, self, args, nargs, kwnames, "find", false, false); }
CFUNC(bytes_m_rfind) { return find_common(ts, self, args, nargs, kwnames, "rfind", true, false); }
CFUNC(bytes_m_index) { return find_common(ts, self, args, nargs, kwnames, "index", false, true); }
CFUNC(bytes_m_rindex) { return find_common(ts, self, args, nargs, kwnames, "rindex", true, true); }

CFUNC(bytes_m_count) {
    char qb[48], byte;
    Object *sub, *tmp;
    ssize_t start, end;
    const char *sd, *d;
    size_t sn, n;
    if (search_parse_find_args(ts, "count", qual(self, "count", qb, sizeof qb), args, nargs, kwnames,
                               &sub, &start, &end) < 0 ||
        needle_arg(ts, sub, &byte, &sd, &sn, &tmp) < 0)
        return NULL;
    self_data(self, &d, &n);
    search_adjust_indices(&start, &end, (ssize_t)n);
    size_t count = 0;
    if (end - start >= (ssize_t)sn)
        count = sn == 0 ? (size_t)(end - start + 1)
                        : search_count(d + start, (size_t)(end - start), sd, sn, SIZE_MAX);
    XDECREF(tmp);
    return int_from_u64(ts, count);
}

/* CPython's tailmatch on bytes. */
static bool tailmatch(Object *self, const char *sd, size_t sn, ssize_t start, ssize_t end, bool at_end) {
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    search_adjust_indices(&start, &end, (ssize_t)n);
    if (end - (ssize_t)sn < start) return false;
    if (sn == 0) return true;
    const char *at = at_end ? d + end - sn : d + start;
    return memcmp(at, sd, sn) == 0;
}

static Object *startsends(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                          Object *kwnames, const char *fname, bool at_end) {
    char qb[48];
    Object *sub, *tmp;
    ssize_t start, end;
    const char *sd;
    size_t sn;
    if (search_parse_find_args(ts, fname, qual(self, fname, qb, sizeof qb), args, nargs, kwnames,
                               &sub, &start, &end) < 0)
        return NULL;
    if (tuple_check(sub)) {
        for (size_t i = 0; i < TUPLE_SIZE(sub); i++) {
            if (BUFFER_ARG(TUPLE_GET(sub, i), sd, sn, tmp)) return NULL;
            bool hit = tailmatch(self, sd, sn, start, end, at_end);
            XDECREF(tmp);
            if (hit) return bool_from(true);
        }
        return bool_from(false);
    }
    if (!bytes_buffer(sub, &sd, &sn) && TYPE(sub) != &MemoryViewType)
        return err_format(ts, &ExcTypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                          fname, TYPE_NAME(sub));
    if (BUFFER_ARG(sub, sd, sn, tmp)) return NULL;
    bool hit = tailmatch(self, sd, sn, start, end, at_end);
    XDECREF(tmp);
    return bool_from(hit);
}

CFUNC(bytes_m_startswith) { return startsends(ts, self, args, nargs, kwnames, "startswith", false); }
CFUNC(bytes_m_endswith) { return startsends(ts, self, args, nargs, kwnames, "endswith", true); }

/* ==== splitting and joining ============================================== */

static int add_piece(ThreadState *ts, Object *list, Object *self, const char *d, size_t b0, size_t b1) {
    Object *p = piece(ts, self, d, b0, b1);
    if (!p) return -1;
    return list_append_steal(ts, list, p);
}

/* split() on runs of ASCII whitespace, at most [max] times, from the left
 * or the right; whitespace at the ends makes no empty pieces. */
static Object *split_whitespace(ThreadState *ts, Object *self, ssize_t max, bool reverse) {
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    if (!reverse) {
        size_t i = 0;
        while (i < n) {
            while (i < n && is_space((unsigned char)d[i])) i++;
            if (i == n) break;
            if (max-- == 0) {
                if (add_piece(ts, list, self, d, i, n) < 0) goto error;
                break;
            }
            size_t j = i;
            while (j < n && !is_space((unsigned char)d[j])) j++;
            if (add_piece(ts, list, self, d, i, j) < 0) goto error;
            i = j;
        }
        return list;
    }
    size_t i = n;
    while (i > 0) {
        while (i > 0 && is_space((unsigned char)d[i - 1])) i--;
        if (i == 0) break;
        if (max-- == 0) {
            if (add_piece(ts, list, self, d, 0, i) < 0) goto error;
            break;
        }
        size_t j = i;
        while (j > 0 && !is_space((unsigned char)d[j - 1])) j--;
        if (add_piece(ts, list, self, d, j, i) < 0) goto error;
        i = j;
    }
    if (list_reverse(list) < 0) goto error;
    return list;
error:
    DECREF(list);
    return NULL;
}

static Object *split_sep(ThreadState *ts, Object *self, const char *sd, size_t m, ssize_t max, bool reverse) {
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    if (!reverse) {
        size_t i = 0;
        while (max-- > 0) {
            ssize_t r = search_find(d + i, n - i, sd, m);
            if (r < 0) break;
            if (add_piece(ts, list, self, d, i, i + (size_t)r) < 0) goto error;
            i += (size_t)r + m;
        }
        if (add_piece(ts, list, self, d, i, n) < 0) goto error;
        return list;
    }
    size_t i = n;
    while (max-- > 0) {
        ssize_t r = search_rfind(d, i, sd, m);
        if (r < 0) break;
        if (add_piece(ts, list, self, d, (size_t)r + m, i) < 0) goto error;
        i = (size_t)r;
    }
    if (add_piece(ts, list, self, d, 0, i) < 0) goto error;
    if (list_reverse(list) < 0) goto error;
    return list;
error:
    DECREF(list);
    return NULL;
}

static Object *split_common(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames, bool reverse) {
    static const char *const params[] = {"sep", "maxsplit", NULL};
    static const ArgSpec split_spec = {"split", params}, rsplit_spec = {"rsplit", params};
    Object *a[2];
    if (args_parse(ts, reverse ? &rsplit_spec : &split_spec, args, nargs, kwnames, a) < 0) return NULL;
    ssize_t max = -1;
    if (a[1] && as_ssize(ts, a[1], &max) < 0) return NULL;
    if (max < 0) max = SSIZE_MAX;
    if (!a[0] || a[0] == None) return split_whitespace(ts, self, max, reverse);
    const char *sd;
    size_t sn;
    Object *tmp;
    if (BUFFER_ARG(a[0], sd, sn, tmp)) return NULL;
    Object *r = sn == 0 ? err_set_string(ts, &ExcValueError, "empty separator")
                        : split_sep(ts, self, sd, sn, max, reverse);
    XDECREF(tmp);
    return r;
}

CFUNC(bytes_m_split) { return split_common(ts, self, args, nargs, kwnames, false); }
CFUNC(bytes_m_rsplit) { return split_common(ts, self, args, nargs, kwnames, true); }

CFUNC(bytes_m_splitlines) {
    static const char *const names[] = {"keepends", NULL};
    static const ArgSpec spec = {"splitlines", names};
    Object *a[1];
    int keepends = 0;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (a[0] && args_c_int(ts, a[0], &keepends) < 0) return NULL;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    size_t i = 0, j = 0;
    while (i < n) {
        while (i < n && d[i] != '\n' && d[i] != '\r') i++;
        size_t eol = i;
        if (i < n) {
            i += d[i] == '\r' && i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
            if (keepends) eol = i;
        }
        if (add_piece(ts, list, self, d, j, eol) < 0) {
            DECREF(list);
            return NULL;
        }
        j = i;
    }
    return list;
}

CFUNC(bytes_m_join) {
    char qb[48];
    if (args_exactly(ts, qual(self, "join", qb, sizeof qb), nargs, kwnames, 1) < 0) return NULL;
    Object *it = obj_iter(ts, args[0]);
    if (!it) {
        if (err_matches(ts, &ExcTypeError)) {
            err_clear(ts);
            err_set_string(ts, &ExcTypeError, "can only join an iterable");
        }
        return NULL;
    }
    Object *items = list_from_iterable(ts, it);
    DECREF(it);
    if (!items) return NULL;
    StrBuf out;
    strbuf_init(&out);
    for (size_t i = 0; i < LIST_SIZE(items); i++) {
        Object *item = LIST_GET(items, i);
        const char *d;
        size_t n;
        Object *tmp;
        if (!bytes_buffer(item, &d, &n) && TYPE(item) != &MemoryViewType) {
            err_format(ts, &ExcTypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                       TYPE_NAME(item));
            goto error;
        }
        if (i > 0) {
            const char *sd;
            size_t sn;
            self_data(self, &sd, &sn);
            strbuf_append(&out, sd, sn);
        }
        if (bytes_buffer_arg(ts, item, &d, &n, &tmp) < 0) goto error;
        strbuf_append(&out, d, n);
        XDECREF(tmp);
    }
    DECREF(items);
    Object *r = bytes_like_from_strbuf(ts, self, &out);
    return r;
error:
    DECREF(items);
    strbuf_free(&out);
    return NULL;
}

static Object *partition_common(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                                Object *kwnames, const char *name, bool reverse) {
    char qb[48];
    if (args_exactly(ts, qual(self, name, qb, sizeof qb), nargs, kwnames, 1) < 0) return NULL;
    const char *sd, *d;
    size_t sn, n;
    Object *tmp;
    if (BUFFER_ARG(args[0], sd, sn, tmp)) return NULL;
    if (sn == 0) {
        XDECREF(tmp);
        return err_set_string(ts, &ExcValueError, "empty separator");
    }
    self_data(self, &d, &n);
    ssize_t r = reverse ? search_rfind(d, n, sd, sn) : search_find(d, n, sd, sn);
    Object *parts[3];
    if (r < 0) {
        /* not found: (self, b'', b''), or (b'', b'', self) from the right */
        int whole = reverse ? 2 : 0;
        for (int i = 0; i < 3; i++) parts[i] = piece(ts, self, d, 0, i == whole ? n : 0);
    } else {
        parts[0] = piece(ts, self, d, 0, (size_t)r);
        parts[1] = bytes_like_new(ts, self, sd, sn);
        parts[2] = piece(ts, self, d, (size_t)r + sn, n);
    }
    XDECREF(tmp);
    Object *t = NULL;
    if (parts[0] && parts[1] && parts[2]) t = tuple_pack(ts, 3, parts[0], parts[1], parts[2]);
    for (int i = 0; i < 3; i++) XDECREF(parts[i]);
    return t;
}

CFUNC(bytes_m_partition) { return partition_common(ts, self, args, nargs, kwnames, "partition", false); }
CFUNC(bytes_m_rpartition) { return partition_common(ts, self, args, nargs, kwnames, "rpartition", true); }

/* ==== stripping, replacing, affixes ====================================== */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

static Object *strip_common(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames, const char *name, int where) {
    char qb[48];
    if (args_no_kwargs(ts, qual(self, name, qb, sizeof qb), kwnames) < 0 ||
        args_count(ts, name, nargs, 0, 1) < 0)
        return NULL;
    bool set[256] = {false};
    Object *tmp = NULL;
    if (nargs && args[0] != None) {
        const char *cd;
        size_t cn;
        if (BUFFER_ARG(args[0], cd, cn, tmp)) return NULL;
        for (size_t i = 0; i < cn; i++) set[(unsigned char)cd[i]] = true;
        XDECREF(tmp);
    } else {
        for (int c = 0; c < 256; c++) set[c] = is_space((unsigned char)c);
    }
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    size_t b = 0, e = n;
    if (where & STRIP_LEFT)
        while (b < e && set[(unsigned char)d[b]]) b++;
    if (where & STRIP_RIGHT)
        while (e > b && set[(unsigned char)d[e - 1]]) e--;
    return piece(ts, self, d, b, e);
}

CFUNC(bytes_m_strip) { return strip_common(ts, self, args, nargs, kwnames, "strip", STRIP_BOTH); }
CFUNC(bytes_m_lstrip) { return strip_common(ts, self, args, nargs, kwnames, "lstrip", STRIP_LEFT); }
CFUNC(bytes_m_rstrip) { return strip_common(ts, self, args, nargs, kwnames, "rstrip", STRIP_RIGHT); }

CFUNC(bytes_m_replace) {
    char qb[48];
    if (args_no_kwargs(ts, qual(self, "replace", qb, sizeof qb), kwnames) < 0 ||
        args_count(ts, "replace", nargs, 2, 3) < 0)
        return NULL;
    const char *od, *nd, *d;
    size_t on, nn, n;
    Object *otmp, *ntmp;
    ssize_t count = -1;
    if (BUFFER_ARG(args[0], od, on, otmp)) return NULL;
    if (BUFFER_ARG(args[1], nd, nn, ntmp)) {
        XDECREF(otmp);
        return NULL;
    }
    if (nargs > 2 && as_ssize(ts, args[2], &count) < 0) {
        XDECREF(otmp);
        XDECREF(ntmp);
        return NULL;
    }
    if (count < 0) count = SSIZE_MAX;
    self_data(self, &d, &n);
    StrBuf out;
    strbuf_init(&out);
    size_t pos = 0;
    if (on == 0) {
        /* the empty old matches before every byte and at the end */
        for (; count > 0 && pos <= n; count--) {
            strbuf_append(&out, nd, nn);
            if (pos < n) strbuf_appendc(&out, d[pos]);
            pos++;
        }
        if (pos < n) strbuf_append(&out, d + pos, n - pos);
    } else {
        for (; count > 0; count--) {
            ssize_t r = search_find(d + pos, n - pos, od, on);
            if (r < 0) break;
            strbuf_append(&out, d + pos, (size_t)r);
            strbuf_append(&out, nd, nn);
            pos += (size_t)r + on;
        }
        strbuf_append(&out, d + pos, n - pos);
    }
    XDECREF(otmp);
    XDECREF(ntmp);
    Object *r = bytes_like_from_strbuf(ts, self, &out);
    return r;
}

static Object *remove_affix(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames, const char *name, bool suffix) {
    char qb[48];
    if (args_exactly(ts, qual(self, name, qb, sizeof qb), nargs, kwnames, 1) < 0) return NULL;
    const char *ad, *d;
    size_t an, n;
    Object *tmp;
    if (BUFFER_ARG(args[0], ad, an, tmp)) return NULL;
    self_data(self, &d, &n);
    size_t b = 0, e = n;
    if (an <= n && memcmp(suffix ? d + n - an : d, ad, an) == 0) {
        if (suffix) e = n - an;
        else b = an;
    }
    XDECREF(tmp);
    return piece(ts, self, d, b, e);
}

CFUNC(bytes_m_removeprefix) { return remove_affix(ts, self, args, nargs, kwnames, "removeprefix", false); }
CFUNC(bytes_m_removesuffix) { return remove_affix(ts, self, args, nargs, kwnames, "removesuffix", true); }

/* ==== ASCII case mapping and predicates =================================== */

typedef enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE } CaseOp;

static Object *case_map(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                        Object *kwnames, const char *name, CaseOp op) {
    char qb[48];
    if (args_exactly(ts, qual(self, name, qb, sizeof qb), nargs, kwnames, 0) < 0) return NULL;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    Object *r = bytes_like_new(ts, self, d, n);
    if (!r) return NULL;
    char *w;
    size_t wn;
    bytes_buffer(r, (const char **)&w, &wn);
    bool prev_cased = false;
    for (size_t i = 0; i < wn; i++) {
        char c = w[i];
        switch (op) {
        case CASE_UPPER: w[i] = to_upper(c); break;
        case CASE_LOWER: w[i] = to_lower(c); break;
        case CASE_SWAP: w[i] = is_upper((unsigned char)c) ? to_lower(c) : to_upper(c); break;
        case CASE_TITLE:
            w[i] = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_alpha((unsigned char)c);
            break;
        case CASE_CAPITALIZE: w[i] = i == 0 ? to_upper(c) : to_lower(c); break;
        }
    }
    return r;
}

CFUNC(bytes_m_upper) { return case_map(ts, self, args, nargs, kwnames, "upper", CASE_UPPER); }
CFUNC(bytes_m_lower) { return case_map(ts, self, args, nargs, kwnames, "lower", CASE_LOWER); }
CFUNC(bytes_m_swapcase) { return case_map(ts, self, args, nargs, kwnames, "swapcase", CASE_SWAP); }
CFUNC(bytes_m_title) { return case_map(ts, self, args, nargs, kwnames, "title", CASE_TITLE); }
CFUNC(bytes_m_capitalize) { return case_map(ts, self, args, nargs, kwnames, "capitalize", CASE_CAPITALIZE); }

typedef enum { P_DIGIT, P_ALPHA, P_ALNUM, P_SPACE, P_UPPER, P_LOWER, P_TITLE, P_ASCII } Pred;

static bool predicate(const unsigned char *d, size_t n, Pred p) {
    if (p == P_ASCII) {
        for (size_t i = 0; i < n; i++)
            if (d[i] >= 0x80) return false;
        return true;
    }
    if (n == 0) return false;
    if (p == P_UPPER || p == P_LOWER) {
        bool cased = false;
        for (size_t i = 0; i < n; i++) {
            if (p == P_UPPER ? is_lower(d[i]) : is_upper(d[i])) return false;
            cased |= is_alpha(d[i]);
        }
        return cased;
    }
    if (p == P_TITLE) {
        bool cased = false, prev_cased = false;
        for (size_t i = 0; i < n; i++) {
            if (is_upper(d[i])) {
                if (prev_cased) return false;
                prev_cased = cased = true;
            } else if (is_lower(d[i])) {
                if (!prev_cased) return false;
                prev_cased = cased = true;
            } else {
                prev_cased = false;
            }
        }
        return cased;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        bool ok = p == P_DIGIT ? is_digit(c) : p == P_ALPHA ? is_alpha(c)
                  : p == P_ALNUM ? is_alpha(c) || is_digit(c) : is_space(c);
        if (!ok) return false;
    }
    return true;
}

static Object *pred_method(ThreadState *ts, Object *self, size_t nargs, Object *kwnames, const char *name,
                           Pred p) {
    char qb[48];
    if (args_exactly(ts, qual(self, name, qb, sizeof qb), nargs, kwnames, 0) < 0) return NULL;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    return bool_from(predicate((const unsigned char *)d, n, p));
}

CFUNC(bytes_m_isdigit) { return pred_method(ts, self, nargs, kwnames, "isdigit", P_DIGIT); }
CFUNC(bytes_m_isalpha) { return pred_method(ts, self, nargs, kwnames, "isalpha", P_ALPHA); }
CFUNC(bytes_m_isalnum) { return pred_method(ts, self, nargs, kwnames, "isalnum", P_ALNUM); }
CFUNC(bytes_m_isspace) { return pred_method(ts, self, nargs, kwnames, "isspace", P_SPACE); }
CFUNC(bytes_m_isupper) { return pred_method(ts, self, nargs, kwnames, "isupper", P_UPPER); }
CFUNC(bytes_m_islower) { return pred_method(ts, self, nargs, kwnames, "islower", P_LOWER); }
CFUNC(bytes_m_istitle) { return pred_method(ts, self, nargs, kwnames, "istitle", P_TITLE); }
CFUNC(bytes_m_isascii) { return pred_method(ts, self, nargs, kwnames, "isascii", P_ASCII); }

/* ==== padding ============================================================= */

static Object *pad(ThreadState *ts, Object *self, Object *const *args, size_t nargs, Object *kwnames,
                   const char *name, char how) {
    char qb[48];
    if (args_no_kwargs(ts, qual(self, name, qb, sizeof qb), kwnames) < 0 ||
        args_count(ts, name, nargs, 1, 2) < 0)
        return NULL;
    ssize_t width;
    if (as_ssize(ts, args[0], &width) < 0) return NULL;
    char fill = ' ';
    if (nargs > 1) {
        const char *fd;
        size_t fn;
        if (!(bytes_check(args[1]) || bytearray_check(args[1])) || !bytes_buffer(args[1], &fd, &fn) || fn != 1)
            return err_format(ts, &ExcTypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                              name, TYPE_NAME(args[1]));
        fill = fd[0];
    }
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    if (width <= (ssize_t)n) return bytes_like_new(ts, self, d, n);
    if ((size_t)width > SSIZE_MAX / 2) return err_no_memory(ts);
    size_t marg = (size_t)width - n, left;
    if (how == '<') left = 0;
    else if (how == '>') left = marg;
    else left = marg / 2 + (marg & (size_t)width & 1);
    Object *r = bytes_like_new(ts, self, NULL, (size_t)width);
    if (!r) return NULL;
    char *w;
    size_t wn;
    bytes_buffer(r, (const char **)&w, &wn);
    memset(w, fill, wn);
    memcpy(w + left, d, n);
    return r;
}

CFUNC(bytes_m_center) { return pad(ts, self, args, nargs, kwnames, "center", '^'); }
CFUNC(bytes_m_ljust) { return pad(ts, self, args, nargs, kwnames, "ljust", '<'); }
CFUNC(bytes_m_rjust) { return pad(ts, self, args, nargs, kwnames, "rjust", '>'); }

CFUNC(bytes_m_zfill) {
    char qb[48];
    if (args_exactly(ts, qual(self, "zfill", qb, sizeof qb), nargs, kwnames, 1) < 0) return NULL;
    ssize_t width;
    if (as_ssize(ts, args[0], &width) < 0) return NULL;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    if (width <= (ssize_t)n) return bytes_like_new(ts, self, d, n);
    if ((size_t)width > SSIZE_MAX / 2) return err_no_memory(ts);
    size_t fill = (size_t)width - n;
    Object *r = bytes_like_new(ts, self, NULL, (size_t)width);
    if (!r) return NULL;
    char *w;
    size_t wn;
    bytes_buffer(r, (const char **)&w, &wn);
    memset(w, '0', fill);
    memcpy(w + fill, d, n);
    if (n && (d[0] == '+' || d[0] == '-')) {
        w[0] = d[0];
        w[fill] = '0';
    }
    return r;
}

/* expandtabs(tabsize=8): each tab to spaces up to the next multiple of
 * tabsize; \n and \r start the column again. */
CFUNC(bytes_m_expandtabs) {
    static const char *const names[] = {"tabsize", NULL};
    static const ArgSpec spec = {"expandtabs", names};
    Object *a[1];
    int tabsize = 8;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (a[0] && args_c_int(ts, a[0], &tabsize) < 0) return NULL;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    StrBuf out;
    strbuf_init(&out);
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (tabsize > 0) {
                size_t spaces = (size_t)tabsize - col % (size_t)tabsize;
                for (size_t k = 0; k < spaces; k++) strbuf_appendc(&out, ' ');
                col += spaces;
            }
        } else {
            strbuf_appendc(&out, d[i]);
            col = d[i] == '\n' || d[i] == '\r' ? 0 : col + 1;
        }
    }
    Object *r = bytes_like_from_strbuf(ts, self, &out);
    return r;
}

/* ==== translate =========================================================== */

CFUNC(bytes_m_maketrans) {
    if (args_no_kwargs(ts, "maketrans", kwnames) < 0 || args_count(ts, "maketrans", nargs, 2, 2) < 0)
        return NULL;
    const char *fd, *td;
    size_t fn, tn;
    Object *ftmp, *ttmp;
    if (BUFFER_ARG(args[0], fd, fn, ftmp)) return NULL;
    if (BUFFER_ARG(args[1], td, tn, ttmp)) {
        XDECREF(ftmp);
        return NULL;
    }
    Object *r = NULL;
    if (fn != tn) {
        err_set_string(ts, &ExcValueError, "maketrans arguments must have same length");
    } else if ((r = bytes_new(ts, NULL, 256)) != NULL) {
        for (int i = 0; i < 256; i++) BYTES_DATA(r)[i] = (char)i;
        for (size_t i = 0; i < fn; i++) BYTES_DATA(r)[(unsigned char)fd[i]] = td[i];
    }
    XDECREF(ftmp);
    XDECREF(ttmp);
    return r;
}

CFUNC(bytes_m_translate) {
    static const char *const names[] = {"", "delete", NULL};
    static const ArgSpec spec = {"translate", names, .posonly = 1, .required = 1};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    const char *td = NULL, *dd = "";
    size_t tn = 0, dn = 0;
    Object *ttmp = NULL, *dtmp = NULL;
    if (a[0] != None) {
        if (BUFFER_ARG(a[0], td, tn, ttmp)) return NULL;
        if (tn != 256) {
            XDECREF(ttmp);
            return err_set_string(ts, &ExcValueError, "translation table must be 256 characters long");
        }
    }
    if (a[1] && BUFFER_ARG(a[1], dd, dn, dtmp)) {
        XDECREF(ttmp);
        return NULL;
    }
    bool del[256] = {false};
    for (size_t i = 0; i < dn; i++) del[(unsigned char)dd[i]] = true;
    const char *d;
    size_t n;
    self_data(self, &d, &n);
    StrBuf out;
    strbuf_init(&out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (!del[c]) strbuf_appendc(&out, td ? td[c] : (char)c);
    }
    XDECREF(ttmp);
    XDECREF(dtmp);
    Object *r = bytes_like_from_strbuf(ts, self, &out);
    return r;
}

/* ==== hex, fromhex, decode ================================================ */

int bytes_hex_args(ThreadState *ts, Object *sep_in, Object *per_in, bool to_bytes, int *sep_out, int *per_out) {
    *sep_out = -1;
    *per_out = 1;
    if (per_in && args_c_int(ts, per_in, per_out) < 0) return -1;
    uint32_t sep = 0;
    if (sep_in) {
        ssize_t len = obj_len(ts, sep_in);
        if (len < 0) return -1;
        if (len != 1) {
            err_set_string(ts, &ExcValueError, "sep must be length 1.");
            return -1;
        }
        if (str_check(sep_in)) {
            size_t pos = 0;
            sep = (uint32_t)utf8_decode_lenient(STR_DATA(sep_in), STR_SIZE(sep_in), &pos);
            if (sep > 0xff) sep = 0x100;    /* not a one-byte str: never allowed */
        } else if (bytes_check(sep_in)) {
            sep = (unsigned char)BYTES_DATA(sep_in)[0];
        } else {
            err_set_string(ts, &ExcTypeError, "sep must be str or bytes.");
            return -1;
        }
        /* a latin-1 separator passes when the result is bytes, as in CPython */
        if (sep > 0xff || (sep > 0x7f && !to_bytes)) {
            err_set_string(ts, &ExcValueError, "sep must be ASCII.");
            return -1;
        }
        *sep_out = (int)sep;
    }
    return 0;
}

void bytes_hex_append(StrBuf *out, const char *d, size_t n, int sep, int per) {
    static const char digits[] = "0123456789abcdef";
    size_t group = per < 0 ? (size_t)-(int64_t)per : (size_t)per;
    for (size_t i = 0; i < n; i++) {
        if (sep >= 0 && group && i > 0) {
            /* groups count from the right for a positive bytes_per_sep */
            bool cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (cut) strbuf_appendc(out, (char)sep);
        }
        unsigned char c = (unsigned char)d[i];
        strbuf_appendc(out, digits[c >> 4]);
        strbuf_appendc(out, digits[c & 15]);
    }
}

Object *bytes_hex_text(ThreadState *ts, const unsigned char *data, size_t size) {
    StrBuf out;
    strbuf_init(&out);
    bytes_hex_append(&out, (const char *)data, size, -1, 1);
    return str_from_strbuf(ts, &out);
}

CFUNC(bytes_m_hex) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    static const ArgSpec spec = {"hex", names};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    int sep, per;
    if (bytes_hex_args(ts, a[0], a[1], false, &sep, &per) < 0) return NULL;
    const char *d;
    size_t n;
    self_data(self, &d, &n);            /* after the arguments: a sep's __len__ may resize self */
    StrBuf out;
    strbuf_init(&out);
    bytes_hex_append(&out, d, n, sep, per);
    return str_from_strbuf(ts, &out);
}

static int hex_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

CFUNC(bytes_m_fromhex) {
    /* [self] is the class: bytes, bytearray or a subclass */
    bool ba = obj_type_check(self, &TypeType) && type_is_subtype((TypeObject *)self, &ByteArrayType);
    if (args_exactly(ts, ba ? "bytearray.fromhex" : "bytes.fromhex", nargs, kwnames, 1) < 0) return NULL;
    Object *s = args[0];
    if (!str_check(s))
        return err_format(ts, &ExcTypeError, "fromhex() argument must be str, not %s", TYPE_NAME(s));
    const char *d = STR_DATA(s);
    size_t n = STR_SIZE(s), pos = 0, index = 0;
    StrBuf out;
    strbuf_init(&out);
    while (pos < n) {
        if (d[pos] == ' ' || (d[pos] >= '\t' && d[pos] <= '\r')) {
            pos++;
            index++;
            continue;
        }
        int32_t c1 = utf8_decode_lenient(d, n, &pos);
        int top = hex_value((uint32_t)c1), bot = -1;
        if (top >= 0) {
            index++;
            if (pos < n) bot = hex_value((uint32_t)utf8_decode_lenient(d, n, &pos));
        }
        if (top < 0 || bot < 0) {
            strbuf_free(&out);
            return err_format(ts, &ExcValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                              index);
        }
        index++;
        strbuf_appendc(&out, (char)(top * 16 + bot));
    }
    Object *r;
    if (out.failed)
        r = err_no_memory(ts);
    else if (type_is_subtype((TypeObject *)self, &ByteArrayType) || (TypeObject *)self == &ByteArrayType)
        r = bytearray_new(ts, out.data ? out.data : "", out.len);
    else
        r = bytes_new(ts, out.data ? out.data : "", out.len);
    strbuf_free(&out);
    if (r && (TypeObject *)self != &BytesType && (TypeObject *)self != &ByteArrayType) {
        Object *sub = obj_call1(ts, self, r);
        DECREF(r);
        return sub;
    }
    return r;
}

CFUNC(bytes_m_decode) {
    static const char *const names[] = {"encoding", "errors", NULL};
    static const ArgSpec spec = {"decode", names};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    const char *enc, *err, *d;
    size_t n;
    if (codec_args(ts, "decode", a[0], a[1], &enc, &err) < 0) return NULL;
    self_data(self, &d, &n);
    return codec_decode(ts, d, n, enc, err);
}
