/* str_methods.c -- the methods of str: searching (find, index, count,
 * startswith), splitting and joining, stripping, replacing, case mapping
 * (upper, lower, title, casefold, ...), the is* predicates, padding and
 * translate. Kept apart from str.c, which owns the type itself (storage,
 * hashing, indexing, slots); str.format and format_map are implemented in
 * runtime/format.c, with the format-spec mini-language.
 *
 * Lesson 10 (scaling): why `''.join(parts)` beats `s += part` in a loop, and
 * why `s.split()` of a large text is fast: every method here makes one pass
 * over its input (join two: one to measure, one to copy).
 *
 * How the methods work on UTF-8
 * -----------------------------
 * A str stores UTF-8 and counts code points, and Python's indexes are code
 * point indexes. Three facts keep the methods simple and linear:
 *  - UTF-8 is self-synchronizing: the bytes of one character never occur
 *    inside the encoding of another, so searching for a substring's bytes
 *    (memchr, memmem) finds exactly its character-level occurrences. find,
 *    count, split, replace and partition never decode anything.
 *  - every byte below 0x80 is a whole ASCII character, so scanning for
 *    delimiters such as '{', '\n' or ' ' can work on bytes as well.
 *  - when a str's `ascii` flag is set, a byte offset IS a code point index;
 *    otherwise indexes are converted by counting lead bytes, once per call.
 * Methods about character properties (isalpha, upper, split() on
 * whitespace, strip) decode one code point at a time and look it up in
 * common/unicode.h, which was generated from CPython's own answers;
 * each has an ASCII fast path first.
 *
 * Argument errors use CPython 3.11's exact words, which differ by method
 * (Argument Clinic methods say "replace expected at least 2 arguments, got
 * 1", METH_O ones "str.join() takes exactly one argument (0 given)", the old
 * PyArg_ParseTuple ones "find() takes at least 1 argument (0 given)"). Each
 * method is registered with METH_KEYWORDS and checks keywords itself, so the
 * refusal can name the method as CPython does ("str.upper() takes no
 * keyword arguments").
 *
 * Start reading at the method table at the bottom, then split().
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "str.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "func.h"
#include "format.h"
#include "args.h"
#include "common/unicode.h"
#include "common/utf8.h"
#include "strsearch.h"
#include "codecs.h"


#ifndef SSIZE_MIN
#define SSIZE_MIN (-SSIZE_MAX - 1)
#endif

/* ==== helpers ============================================================ */

#define IS_ASCII(s) (((StrObject *)(s))->ascii)

/* The ASCII characters str.isspace() accepts: \t \n \v \f \r, the four
 * separators \x1c-\x1f, and space. */
static const unsigned char ascii_space[128] = {
    [9] = 1, [10] = 1, [11] = 1, [12] = 1, [13] = 1,
    [28] = 1, [29] = 1, [30] = 1, [31] = 1, [32] = 1,
};

/* The code point at data[*pos], advancing *pos past it. */
static inline uint32_t next_cp(const char *data, size_t size, size_t *pos) {
    unsigned char c = (unsigned char)data[*pos];
    if (c < 0x80) {
        (*pos)++;
        return c;
    }
    int32_t cp = utf8_decode_lenient(data, size, pos);
    return cp < 0 ? 0xFFFD : (uint32_t)cp;
}

/* The code point that ends just before data[*pos], moving *pos to its start. */
static inline uint32_t prev_cp(const char *data, size_t size, size_t *pos) {
    size_t p = *pos - 1;
    if ((unsigned char)data[p] < 0x80) {
        *pos = p;
        return (unsigned char)data[p];
    }
    while (p > 0 && ((unsigned char)data[p] & 0xC0) == 0x80) p--;
    size_t q = p;
    uint32_t cp = next_cp(data, size, &q);
    *pos = p;
    return cp;
}

static inline void append_cp(StrBuf *b, uint32_t cp) {
    if (cp < 0x80) {
        strbuf_appendc(b, (char)cp);
    } else {
        char tmp[4];
        strbuf_append(b, tmp, (size_t)utf8_encode(cp, tmp));
    }
}

static inline bool is_space_cp(uint32_t cp) {
    return cp < 128 ? ascii_space[cp] : uni_has(cp, UNI_SPACE);
}

/* [self] as an exact str: itself, or a copy when it is a subclass instance
 * (methods always return plain str, as CPython's do). */
static Object *exact_self(ThreadState *ts, Object *self) {
    if (str_check_exact(self)) return NEWREF(self);
    return str_new(ts, STR_DATA(self), STR_SIZE(self));
}

/* The bytes [b0, b1) of [s] as a new str (s itself when that is all of it). */
static Object *byte_slice(ThreadState *ts, Object *s, size_t b0, size_t b1) {
    if (b0 == 0 && b1 == STR_SIZE(s)) return exact_self(ts, s);
    return str_new(ts, STR_DATA(s) + b0, b1 - b0);
}

/* Code points in data[0..n). */
static inline size_t cp_count(Object *s, const char *data, size_t n) {
    return IS_ASCII(s) ? n : utf8_count_chars(data, n);
}

/* Byte offsets of the code point range [start, end) of [s], 0 <= start <= end <= len. */
static void byte_range(Object *s, size_t start, size_t end, size_t *b0, size_t *b1) {
    if (IS_ASCII(s)) {
        *b0 = start;
        *b1 = end;
        return;
    }
    *b0 = str_byte_offset(s, start);
    *b1 = *b0 + str_byte_offset_from(s, *b0, end - start);
}

/* malloc that reports failure as MemoryError instead of stopping the
 * interpreter: 'x'.ljust(10**12) is a Python error, not a fatal one. */
static char *alloc_text(ThreadState *ts, size_t chars, size_t width, size_t extra) {
    if (chars > (SIZE_MAX / 8 - extra) / width) {
        err_no_memory(ts);
        return NULL;
    }
    char *p = rawmem_alloc(chars * width + extra + 1);
    if (!p) err_no_memory(ts);
    return p;
}

/* ---- argument conversion ------------------------------------------------- */

/* A Py_ssize_t argument (width, count, maxsplit): anything with __index__. */
static int as_ssize(ThreadState *ts, Object *o, ssize_t *out) {
    ssize_t v = obj_as_ssize(ts, o, "Python int too large to convert to C ssize_t");
    if (v == -1 && err_occurred(ts)) return -1;
    *out = v;
    return 0;
}

/* A C int argument (tabsize, keepends). */
static int as_int(ThreadState *ts, Object *o, int *out) {
    ssize_t v;
    if (as_ssize(ts, o, &v) < 0 || v < INT_MIN || v > INT_MAX) {
        if (!err_occurred(ts) || err_matches(ts, &ExcOverflowError)) {
            err_clear(ts);
            err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    *out = (int)v;
    return 0;
}


static int check_str_arg(ThreadState *ts, Object *o) {
    if (str_check(o)) return 0;
    err_format(ts, &ExcTypeError, "must be str, not %s", TYPE_NAME(o));
    return -1;
}

/* ==== searching ========================================================== */

/* find/rfind over the code point range [start, end) (already parsed): the
 * code point index of the match, or -1. */
static ssize_t find_in(Object *s, Object *sub, ssize_t start, ssize_t end, bool reverse) {
    ssize_t len = (ssize_t)STR_LEN(s);
    search_adjust_indices(&start, &end, len);
    if (end - start < (ssize_t)STR_LEN(sub)) return -1;
    size_t b0, b1;
    byte_range(s, (size_t)start, (size_t)end, &b0, &b1);
    const char *base = STR_DATA(s) + b0;
    ssize_t r = reverse ? search_rfind(base, b1 - b0, STR_DATA(sub), STR_SIZE(sub))
                        : search_find(base, b1 - b0, STR_DATA(sub), STR_SIZE(sub));
    if (r < 0) return -1;
    return start + (ssize_t)cp_count(s, base, (size_t)r);
}

static Object *find_common(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                           Object *kwnames, const char *fname, const char *qualname,
                           bool reverse, bool raise) {
    Object *sub;
    ssize_t start, end;
    if (search_parse_find_args(ts, fname, qualname, args, nargs, kwnames, &sub, &start, &end) < 0 ||
        check_str_arg(ts, sub) < 0)
        return NULL;
    ssize_t r = find_in(self, sub, start, end, reverse);
    if (r < 0 && raise) return err_set_string(ts, &ExcValueError, "substring not found");
    return int_from_i64(ts, r);
}

static CFUNC(str_find) { return find_common(ts, self, args, nargs, kwnames, "find", "str.find", false, false); }
static CFUNC(str_rfind) { return find_common(ts, self, args, nargs, kwnames, "rfind", "str.rfind", true, false); }
static CFUNC(str_index) { return find_common(ts, self, args, nargs, kwnames, "index", "str.index", false, true); }
static CFUNC(str_rindex) { return find_common(ts, self, args, nargs, kwnames, "rindex", "str.rindex", true, true); }


static CFUNC(str_count) {
    Object *sub;
    ssize_t start, end;
    if (search_parse_find_args(ts, "count", "str.count", args, nargs, kwnames, &sub, &start, &end) < 0 ||
        check_str_arg(ts, sub) < 0)
        return NULL;
    search_adjust_indices(&start, &end, (ssize_t)STR_LEN(self));
    if (end - start < (ssize_t)STR_LEN(sub)) return int_from_i64(ts, 0);
    if (STR_SIZE(sub) == 0) return int_from_i64(ts, end - start + 1);   /* '' is everywhere */
    size_t b0, b1;
    byte_range(self, (size_t)start, (size_t)end, &b0, &b1);
    return int_from_u64(ts, search_count(STR_DATA(self) + b0, b1 - b0, STR_DATA(sub), STR_SIZE(sub),
                                        SIZE_MAX));
}

/* CPython's tailmatch: does [sub] occur at the start (or end) of the code
 * point range [start, end) of [s]? */
static bool tailmatch(Object *s, Object *sub, ssize_t start, ssize_t end, bool at_end) {
    search_adjust_indices(&start, &end, (ssize_t)STR_LEN(s));
    ssize_t sublen = (ssize_t)STR_LEN(sub);
    if (end - sublen < start) return false;
    if (sublen == 0) return true;
    size_t b0, b1;
    byte_range(s, (size_t)start, (size_t)end, &b0, &b1);
    size_t m = STR_SIZE(sub);
    if (b1 - b0 < m) return false;
    const char *at = at_end ? STR_DATA(s) + b1 - m : STR_DATA(s) + b0;
    return memcmp(at, STR_DATA(sub), m) == 0;
}

static Object *startsends(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                          Object *kwnames, const char *fname, const char *qualname, bool at_end) {
    Object *sub;
    ssize_t start, end;
    if (search_parse_find_args(ts, fname, qualname, args, nargs, kwnames, &sub, &start, &end) < 0)
        return NULL;
    if (tuple_check(sub)) {
        for (size_t i = 0; i < TUPLE_SIZE(sub); i++) {
            Object *item = TUPLE_GET(sub, i);
            if (!str_check(item))
                return err_format(ts, &ExcTypeError, "tuple for %s must only contain str, not %s",
                                  fname, TYPE_NAME(item));
            if (tailmatch(self, item, start, end, at_end)) return bool_from(true);
        }
        return bool_from(false);
    }
    if (!str_check(sub))
        return err_format(ts, &ExcTypeError, "%s first arg must be str or a tuple of str, not %s",
                          fname, TYPE_NAME(sub));
    return bool_from(tailmatch(self, sub, start, end, at_end));
}

static CFUNC(str_startswith) {
    return startsends(ts, self, args, nargs, kwnames, "startswith", "str.startswith", false);
}
static CFUNC(str_endswith) {
    return startsends(ts, self, args, nargs, kwnames, "endswith", "str.endswith", true);
}

/* ==== splitting and joining ============================================== */

/* Append the bytes [b0, b1) of [s] to [list] as a new str. */
static int add_piece(ThreadState *ts, Object *list, Object *s, size_t b0, size_t b1) {
    Object *piece = byte_slice(ts, s, b0, b1);
    if (!piece) return -1;
    return list_append_steal(ts, list, piece);
}

/* Is the character at d[i] whitespace? Sets *next past it. */
static inline bool space_at(const char *d, size_t n, size_t i, size_t *next) {
    unsigned char c = (unsigned char)d[i];
    if (c < 0x80) {
        *next = i + 1;
        return ascii_space[c];
    }
    *next = i;
    return is_space_cp(next_cp(d, n, next));
}

/* split() with no separator: runs of whitespace separate, and whitespace at
 * either end makes no empty piece. At most [max] splits; the rest of the
 * string, its leading whitespace removed, is the last piece. */
static Object *split_whitespace(ThreadState *ts, Object *s, ssize_t max) {
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    const char *d = STR_DATA(s);
    size_t n = STR_SIZE(s), i = 0;
    size_t next;
    while (max-- > 0) {
        while (i < n && space_at(d, n, i, &next)) i = next;
        if (i == n) break;
        size_t j = i;
        while (i < n && !space_at(d, n, i, &next)) i = next;
        if (add_piece(ts, list, s, j, i) < 0) goto error;
    }
    if (i < n) {
        while (i < n && space_at(d, n, i, &next)) i = next;
        if (i < n && add_piece(ts, list, s, i, n) < 0) goto error;
    }
    return list;
error:
    DECREF(list);
    return NULL;
}

static Object *rsplit_whitespace(ThreadState *ts, Object *s, ssize_t max) {
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    const char *d = STR_DATA(s);
    size_t n = STR_SIZE(s), i = n;     /* the character before i is next */
    /* is the character ending at i whitespace? sets *prev to its start */
#define SPACE_BEFORE(i, prev) (*(prev) = (i), is_space_cp(prev_cp(d, n, prev)))
    size_t prev;
    while (max-- > 0) {
        while (i > 0 && SPACE_BEFORE(i, &prev)) i = prev;
        if (i == 0) break;
        size_t j = i;
        while (i > 0 && !SPACE_BEFORE(i, &prev)) i = prev;
        if (add_piece(ts, list, s, i, j) < 0) goto error;
    }
    if (i > 0) {
        while (i > 0 && SPACE_BEFORE(i, &prev)) i = prev;
        if (i > 0 && add_piece(ts, list, s, 0, i) < 0) goto error;
    }
#undef SPACE_BEFORE
    list_reverse(list);
    return list;
error:
    DECREF(list);
    return NULL;
}

static Object *split_sep(ThreadState *ts, Object *s, Object *sep, ssize_t max) {
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    const char *d = STR_DATA(s), *sd = STR_DATA(sep);
    size_t n = STR_SIZE(s), m = STR_SIZE(sep), i = 0;
    while (max-- > 0) {
        ssize_t r = search_find(d + i, n - i, sd, m);
        if (r < 0) break;
        if (add_piece(ts, list, s, i, i + (size_t)r) < 0) goto error;
        i += (size_t)r + m;
    }
    if (add_piece(ts, list, s, i, n) < 0) goto error;
    return list;
error:
    DECREF(list);
    return NULL;
}

static Object *rsplit_sep(ThreadState *ts, Object *s, Object *sep, ssize_t max) {
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    const char *d = STR_DATA(s), *sd = STR_DATA(sep);
    size_t m = STR_SIZE(sep), i = STR_SIZE(s);
    while (max-- > 0) {
        ssize_t r = search_rfind(d, i, sd, m);
        if (r < 0) break;
        if (add_piece(ts, list, s, (size_t)r + m, i) < 0) goto error;
        i = (size_t)r;
    }
    if (add_piece(ts, list, s, 0, i) < 0) goto error;
    list_reverse(list);
    return list;
error:
    DECREF(list);
    return NULL;
}

/* split(sep=None, maxsplit=-1) and rsplit: Argument Clinic, keywords allowed. */
static const char *const split_params[] = {"sep", "maxsplit", NULL};
static const ArgSpec split_spec = {"split", split_params}, rsplit_spec = {"rsplit", split_params};

static Object *split_common(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames, bool reverse) {
    Object *a[2];
    if (args_parse(ts, reverse ? &rsplit_spec : &split_spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *sep = a[0] == None ? NULL : a[0];
    ssize_t max = -1;
    /* Clinic converts maxsplit first; sep is checked by the method itself */
    if (a[1] && as_ssize(ts, a[1], &max) < 0) return NULL;
    if (sep && !str_check(sep))
        return err_format(ts, &ExcTypeError, "must be str or None, not %s", TYPE_NAME(sep));
    if (max < 0) max = SSIZE_MAX;
    if (!sep)
        return reverse ? rsplit_whitespace(ts, self, max) : split_whitespace(ts, self, max);
    if (STR_SIZE(sep) == 0) return err_set_string(ts, &ExcValueError, "empty separator");
    return reverse ? rsplit_sep(ts, self, sep, max) : split_sep(ts, self, sep, max);
}

static CFUNC(str_split) { return split_common(ts, self, args, nargs, kwnames, false); }
static CFUNC(str_rsplit) { return split_common(ts, self, args, nargs, kwnames, true); }

/* Is there a line break at d[i]? Its length in bytes, or 0. \r\n is one. */
static size_t linebreak_at(const char *d, size_t n, size_t i) {
    unsigned char c = (unsigned char)d[i];
    if (c < 0x80) {
        if (c == '\r') return i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
        return (c >= '\n' && c <= '\r') || (c >= 0x1c && c <= 0x1e) ? 1 : 0;
    }
    size_t pos = i;
    uint32_t cp = next_cp(d, n, &pos);
    return uni_has(cp, UNI_LINEBREAK) ? pos - i : 0;
}

/* splitlines(keepends=False): Argument Clinic; keepends is a C int. */
static CFUNC(str_splitlines) {
    static const char *const names[] = {"keepends", NULL};
    static const ArgSpec spec = {"splitlines", names};
    Object *a[1];
    int keepends = 0;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (a[0] && as_int(ts, a[0], &keepends) < 0) return NULL;
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    const char *d = STR_DATA(self);
    size_t n = STR_SIZE(self), i = 0, j = 0;
    while (i < n) {
        size_t brk = 0;
        while (i < n && (brk = linebreak_at(d, n, i)) == 0) {
            i++;
            while (i < n && ((unsigned char)d[i] & 0xC0) == 0x80) i++;
        }
        size_t eol = i;
        if (i < n) {
            i += brk;
            if (keepends) eol = i;
        }
        if (add_piece(ts, list, self, j, eol) < 0) {
            DECREF(list);
            return NULL;
        }
        j = i;
    }
    return list;
}

static Object *partition_common(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                                Object *kwnames, const char *qualname, bool reverse) {
    if (args_exactly(ts, qualname, nargs, kwnames, 1) < 0)
        return NULL;
    Object *sep = args[0];
    if (check_str_arg(ts, sep) < 0) return NULL;
    if (STR_SIZE(sep) == 0) return err_set_string(ts, &ExcValueError, "empty separator");
    size_t n = STR_SIZE(self), m = STR_SIZE(sep);
    ssize_t r = reverse ? search_rfind(STR_DATA(self), n, STR_DATA(sep), m)
                        : search_find(STR_DATA(self), n, STR_DATA(sep), m);
    Object *parts[3] = {NULL, NULL, NULL};
    if (r < 0) {
        parts[0] = NEWREF(self);          /* CPython hands back self itself */
        parts[1] = str_new(ts, "", 0);
        parts[2] = str_new(ts, "", 0);
        if (reverse) {
            Object *t = parts[0];
            parts[0] = parts[2];
            parts[2] = t;
        }
    } else {
        parts[0] = str_new(ts, STR_DATA(self), (size_t)r);
        parts[1] = exact_self(ts, sep);
        parts[2] = str_new(ts, STR_DATA(self) + r + m, n - (size_t)r - m);
    }
    Object *t = NULL;
    if (parts[0] && parts[1] && parts[2]) t = tuple_from_array(ts, parts, 3);
    for (int i = 0; i < 3; i++) XDECREF(parts[i]);
    return t;
}

static CFUNC(str_partition) { return partition_common(ts, self, args, nargs, kwnames, "str.partition", false); }
static CFUNC(str_rpartition) { return partition_common(ts, self, args, nargs, kwnames, "str.rpartition", true); }

/* join(iterable): METH_O. Measures first, then copies each piece once. */
static CFUNC(str_join) {
    if (args_exactly(ts, "str.join", nargs, kwnames, 1) < 0)
        return NULL;
    Object *seq = args[0], *owned = NULL;
    Object *const *items;
    size_t count;
    if (list_check_exact(seq)) {
        items = LIST_ITEMS(seq);
        count = LIST_SIZE(seq);
    } else if (tuple_check_exact(seq)) {
        items = TUPLE_ITEMS(seq);
        count = TUPLE_SIZE(seq);
    } else {
        Object *it = obj_iter(ts, seq);
        if (!it) {
            if (err_matches(ts, &ExcTypeError)) {
                err_clear(ts);
                err_set_string(ts, &ExcTypeError, "can only join an iterable");
            }
            return NULL;
        }
        owned = list_from_iterable(ts, it);
        DECREF(it);
        if (!owned) return NULL;
        items = LIST_ITEMS(owned);
        count = LIST_SIZE(owned);
    }
    /* Checking the items runs no Python code, so a list cannot change under us. */
    size_t total = count ? STR_SIZE(self) * (count - 1) : 0;
    for (size_t i = 0; i < count; i++) {
        Object *item = items[i];
        if (!str_check(item)) {
            XDECREF(owned);
            return err_format(ts, &ExcTypeError, "sequence item %zu: expected str instance, %s found",
                              i, TYPE_NAME(item));
        }
        total += STR_SIZE(item);
    }
    Object *r;
    if (count == 1 && str_check_exact(items[0])) {
        r = NEWREF(items[0]);
    } else {
        char *buf = alloc_text(ts, total, 1, 0), *p = buf;
        if (!buf) {
            XDECREF(owned);
            return NULL;
        }
        for (size_t i = 0; i < count; i++) {
            if (i && STR_SIZE(self)) {
                memcpy(p, STR_DATA(self), STR_SIZE(self));
                p += STR_SIZE(self);
            }
            memcpy(p, STR_DATA(items[i]), STR_SIZE(items[i]));
            p += STR_SIZE(items[i]);
        }
        r = str_new(ts, buf, total);
        rawmem_free(buf);
    }
    XDECREF(owned);
    return r;
}

/* ==== stripping, replacing =============================================== */

/* The characters of strip's argument: a bitmap below U+0100; above, the
 * argument's own text is searched (strip looks at few characters). */
typedef struct CharSet {
    uint64_t low[4];
    const char *text;
    size_t size;
    bool high;
} CharSet;

static void charset_init(CharSet *cs, Object *chars) {
    memset(cs, 0, sizeof *cs);
    const char *d = STR_DATA(chars);
    size_t n = STR_SIZE(chars), pos = 0;
    cs->text = d;
    cs->size = n;
    while (pos < n) {
        uint32_t cp = next_cp(d, n, &pos);
        if (cp < 256) cs->low[cp >> 6] |= (uint64_t)1 << (cp & 63);
        else cs->high = true;
    }
}

static bool charset_has(const CharSet *cs, uint32_t cp) {
    if (cp < 256) return (cs->low[cp >> 6] >> (cp & 63)) & 1;
    if (!cs->high) return false;
    for (size_t pos = 0; pos < cs->size;)
        if (next_cp(cs->text, cs->size, &pos) == cp) return true;
    return false;
}

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

/* strip/lstrip/rstrip(chars=None): positional only, "strip arg must be None or str". */
static Object *strip_common(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames, const char *fname, const char *qualname, int how) {
    if (args_no_kwargs(ts, qualname, kwnames) < 0 || args_count(ts, fname, nargs, 0, 1) < 0)
        return NULL;
    Object *chars = nargs ? args[0] : None;
    if (chars != None && !str_check(chars))
        return err_format(ts, &ExcTypeError, "%s arg must be None or str", fname);
    const char *d = STR_DATA(self);
    size_t n = STR_SIZE(self), b0 = 0, b1 = n;
    CharSet cs = {{0}, NULL, 0, false};
    if (chars != None) charset_init(&cs, chars);
#define STRIPPED(cp) (chars == None ? is_space_cp(cp) : charset_has(&cs, cp))
    if (how & STRIP_LEFT) {
        while (b0 < n) {
            size_t next = b0;
            uint32_t cp = next_cp(d, n, &next);
            if (!STRIPPED(cp)) break;
            b0 = next;
        }
    }
    if (how & STRIP_RIGHT) {
        while (b1 > b0) {
            size_t prev = b1;
            uint32_t cp = prev_cp(d, n, &prev);
            if (!STRIPPED(cp)) break;
            b1 = prev;
        }
    }
#undef STRIPPED
    return byte_slice(ts, self, b0, b1);
}

static CFUNC(str_strip) { return strip_common(ts, self, args, nargs, kwnames, "strip", "str.strip", STRIP_BOTH); }
static CFUNC(str_lstrip) { return strip_common(ts, self, args, nargs, kwnames, "lstrip", "str.lstrip", STRIP_LEFT); }
static CFUNC(str_rstrip) { return strip_common(ts, self, args, nargs, kwnames, "rstrip", "str.rstrip", STRIP_RIGHT); }

/* replace(old, new, count=-1, /): one pass, appending each gap and [new]. */
static CFUNC(str_replace) {
    if (args_no_kwargs(ts, "str.replace", kwnames) < 0 || args_count(ts, "replace", nargs, 2, 3) < 0)
        return NULL;
    Object *old = args[0], *new = args[1];
    if (!str_check(old))
        return err_format(ts, &ExcTypeError, "replace() argument 1 must be str, not %s",
                          args_type_name(old));
    if (!str_check(new))
        return err_format(ts, &ExcTypeError, "replace() argument 2 must be str, not %s",
                          args_type_name(new));
    ssize_t count = -1;
    if (nargs > 2 && as_ssize(ts, args[2], &count) < 0) return NULL;
    size_t max = count < 0 ? SIZE_MAX : (size_t)count;
    const char *d = STR_DATA(self);
    size_t n = STR_SIZE(self), m = STR_SIZE(old);
    if (max == 0 || (m == 0 && STR_SIZE(new) == 0)) return exact_self(ts, self);
    StrBuf b;
    strbuf_init(&b);
    size_t done = 0, pos = 0;
    if (m == 0) {
        /* '' matches before every character and at the end */
        while (done < max) {
            strbuf_append(&b, STR_DATA(new), STR_SIZE(new));
            done++;
            if (pos == n) break;
            size_t next = pos + 1;
            while (next < n && ((unsigned char)d[next] & 0xC0) == 0x80) next++;
            strbuf_append(&b, d + pos, next - pos);
            pos = next;
            if (b.failed) break;
        }
    } else {
        while (done < max) {
            ssize_t r = search_find(d + pos, n - pos, STR_DATA(old), m);
            if (r < 0) break;
            strbuf_append(&b, d + pos, (size_t)r);
            strbuf_append(&b, STR_DATA(new), STR_SIZE(new));
            pos += (size_t)r + m;
            done++;
            if (b.failed) break;
        }
        if (done == 0) return exact_self(ts, self);
    }
    strbuf_append(&b, d + pos, n - pos);
    return str_from_strbuf(ts, &b);
}

static Object *remove_affix(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames, const char *fname, const char *qualname, bool suffix) {
    if (args_exactly(ts, qualname, nargs, kwnames, 1) < 0)
        return NULL;
    Object *a = args[0];
    if (!str_check(a))
        return err_format(ts, &ExcTypeError, "%s() argument must be str, not %s", fname,
                          args_type_name(a));
    size_t n = STR_SIZE(self), m = STR_SIZE(a);
    if (m == 0 || m > n) return exact_self(ts, self);
    if (suffix) {
        if (memcmp(STR_DATA(self) + n - m, STR_DATA(a), m) == 0) return byte_slice(ts, self, 0, n - m);
    } else {
        if (memcmp(STR_DATA(self), STR_DATA(a), m) == 0) return byte_slice(ts, self, m, n);
    }
    return exact_self(ts, self);
}

static CFUNC(str_removeprefix) {
    return remove_affix(ts, self, args, nargs, kwnames, "removeprefix", "str.removeprefix", false);
}
static CFUNC(str_removesuffix) {
    return remove_affix(ts, self, args, nargs, kwnames, "removesuffix", "str.removesuffix", true);
}

/* ==== case mapping ======================================================= */

typedef enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE } CaseOp;

/* Is the capital sigma at bytes [p, q) of d[0..n) at the end of a word?
 * Unicode's Final_Sigma context, as CPython tests it: a cased letter before
 * it and none after it, skipping case-ignorable characters (accents,
 * apostrophes) both ways. */
static bool final_sigma(const char *d, size_t n, size_t p, size_t q) {
    uint32_t cp = 0;
    bool found = false;
    while (p > 0) {
        cp = prev_cp(d, n, &p);
        if (!uni_has(cp, UNI_CASE_IGNORABLE)) {
            found = true;
            break;
        }
    }
    if (!found || !uni_has(cp, UNI_CASED)) return false;
    while (q < n) {
        cp = next_cp(d, n, &q);
        if (!uni_has(cp, UNI_CASE_IGNORABLE)) return !uni_has(cp, UNI_CASED);
    }
    return true;
}

/* Append the lower-case mapping of the code point at bytes [p, q): the
 * context-free one, except for the capital sigma. */
static void append_lower(StrBuf *b, const char *d, size_t n, size_t p, size_t q, uint32_t cp) {
    uint32_t out[UNI_MAX_MAPPING];
    if (cp == 0x3A3) {
        append_cp(b, final_sigma(d, n, p, q) ? 0x3C2 : 0x3C3);
        return;
    }
    int k = uni_to_lower(cp, out);
    for (int i = 0; i < k; i++) append_cp(b, out[i]);
}

static void append_mapped(StrBuf *b, int (*map)(uint32_t, uint32_t *), uint32_t cp) {
    uint32_t out[UNI_MAX_MAPPING];
    int k = map(cp, out);
    for (int i = 0; i < k; i++) append_cp(b, out[i]);
}

static inline char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 32) : c; }
static inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }
static inline bool ascii_cased(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* ASCII: every mapping is one byte to one byte. */
static Object *case_ascii(ThreadState *ts, Object *self, CaseOp op) {
    size_t n = STR_SIZE(self);
    const char *d = STR_DATA(self);
    char stackbuf[256];
    char *o = n <= sizeof stackbuf ? stackbuf : rawmem_alloc(n);
    if (!o) return err_no_memory(ts);
    memcpy(o, d, n);              /* then changed in place */
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = o[i];
        switch (op) {
        case CASE_UPPER: o[i] = ascii_upper(c); break;
        case CASE_LOWER: case CASE_FOLD: o[i] = ascii_lower(c); break;
        case CASE_SWAP: o[i] = c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c); break;
        case CASE_TITLE:
            o[i] = prev_cased ? ascii_lower(c) : ascii_upper(c);
            prev_cased = ascii_cased(c);
            break;
        case CASE_CAPITALIZE: o[i] = i == 0 ? ascii_upper(c) : ascii_lower(c); break;
        }
    }
    Object *r = str_new(ts, o, n);
    if (o != stackbuf) rawmem_free(o);
    return r;
}

/* upper, lower, casefold, swapcase, title, capitalize: CPython's full case
 * mappings (one character may become up to three: 'ß'.upper() == 'SS'). */
static Object *case_convert(ThreadState *ts, Object *self, CaseOp op) {
    if (IS_ASCII(self)) return case_ascii(ts, self, op);
    const char *d = STR_DATA(self);
    size_t n = STR_SIZE(self), pos = 0;
    StrBuf b;
    strbuf_init(&b);
    bool prev_cased = false, first = true;
    while (pos < n) {
        size_t p = pos;
        uint32_t cp = next_cp(d, n, &pos);
        switch (op) {
        case CASE_UPPER: append_mapped(&b, uni_to_upper, cp); break;
        case CASE_LOWER: append_lower(&b, d, n, p, pos, cp); break;
        case CASE_FOLD: append_mapped(&b, uni_to_fold, cp); break;
        case CASE_SWAP:
            if (uni_has(cp, UNI_UPPER)) append_lower(&b, d, n, p, pos, cp);
            else if (uni_has(cp, UNI_LOWER)) append_mapped(&b, uni_to_upper, cp);
            else append_cp(&b, cp);
            break;
        case CASE_TITLE:
            if (prev_cased) append_lower(&b, d, n, p, pos, cp);
            else append_mapped(&b, uni_to_title, cp);
            prev_cased = uni_has(cp, UNI_CASED);
            break;
        case CASE_CAPITALIZE:
            if (first) append_mapped(&b, uni_to_title, cp);
            else append_lower(&b, d, n, p, pos, cp);
            break;
        }
        first = false;
    }
    return str_from_strbuf(ts, &b);
}

#define CASE_METHOD(cname, qualname, op)                                         \
    static CFUNC(cname) {                                                        \
        if (args_exactly(ts, qualname, nargs, kwnames, 0) < 0)                   \
            return NULL;                                                         \
        return case_convert(ts, self, op);                                       \
    }

CASE_METHOD(str_upper, "str.upper", CASE_UPPER)
CASE_METHOD(str_lower, "str.lower", CASE_LOWER)
CASE_METHOD(str_casefold, "str.casefold", CASE_FOLD)
CASE_METHOD(str_swapcase, "str.swapcase", CASE_SWAP)
CASE_METHOD(str_title, "str.title", CASE_TITLE)
CASE_METHOD(str_capitalize, "str.capitalize", CASE_CAPITALIZE)

/* ==== predicates ========================================================= */

/* True if every character has one of the flags in [mask] (and there is at least one). */
static bool all_chars(Object *s, uint32_t mask) {
    const char *d = STR_DATA(s);
    size_t n = STR_SIZE(s), pos = 0;
    if (n == 0) return false;
    while (pos < n) {
        uint32_t cp = next_cp(d, n, &pos);
        if (!uni_has_any(cp, mask)) return false;
    }
    return true;
}

/* isupper (upper=true) and islower: no character of the other case or
 * title case, and at least one cased one. */
static bool is_one_case(Object *s, bool upper) {
    const char *d = STR_DATA(s);
    size_t n = STR_SIZE(s), pos = 0;
    uint32_t want = upper ? UNI_UPPER : UNI_LOWER, other = upper ? UNI_LOWER : UNI_UPPER;
    bool cased = false;
    while (pos < n) {
        uint32_t f = uni_record(next_cp(d, n, &pos))->flags;
        if (f & (other | UNI_TITLE)) return false;
        if (f & want) cased = true;
    }
    return cased;
}

/* istitle: upper and title case letters only after uncased characters,
 * lower case ones only after cased ones, and at least one cased. */
static bool is_title(Object *s) {
    const char *d = STR_DATA(s);
    size_t n = STR_SIZE(s), pos = 0;
    bool cased = false, prev_cased = false;
    while (pos < n) {
        uint32_t f = uni_record(next_cp(d, n, &pos))->flags;
        if (f & (UNI_UPPER | UNI_TITLE)) {
            if (prev_cased) return false;
            prev_cased = cased = true;
        } else if (f & UNI_LOWER) {
            if (!prev_cased) return false;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return cased;
}

/* isidentifier: XID_Start (or '_') then XID_Continue characters. */
bool str_is_identifier(Object *s) {
    const char *d = STR_DATA(s);
    size_t n = STR_SIZE(s), pos = 0;
    if (n == 0) return false;
    if (!uni_has(next_cp(d, n, &pos), UNI_XID_START)) return false;
    while (pos < n)
        if (!uni_has(next_cp(d, n, &pos), UNI_XID_CONTINUE)) return false;
    return true;
}

static bool is_printable(Object *s) {
    const char *d = STR_DATA(s);
    size_t n = STR_SIZE(s), pos = 0;
    while (pos < n)
        if (!uni_has(next_cp(d, n, &pos), UNI_PRINTABLE)) return false;
    return true;
}

typedef enum {
    IS_ALPHA, IS_ALNUM, IS_DECIMAL, IS_DIGIT, IS_NUMERIC, IS_SPACE, IS_UPPER, IS_LOWER,
    IS_TITLE, IS_IDENTIFIER, IS_PRINTABLE, IS_ASCII_P
} Predicate;

static bool predicate(Object *s, Predicate p) {
    switch (p) {
    case IS_ALPHA: return all_chars(s, UNI_ALPHA);
    case IS_ALNUM: return all_chars(s, UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC);
    case IS_DECIMAL: return all_chars(s, UNI_DECIMAL);
    case IS_DIGIT: return all_chars(s, UNI_DIGIT);
    case IS_NUMERIC: return all_chars(s, UNI_NUMERIC);
    case IS_SPACE: return all_chars(s, UNI_SPACE);
    case IS_UPPER: return is_one_case(s, true);
    case IS_LOWER: return is_one_case(s, false);
    case IS_TITLE: return is_title(s);
    case IS_IDENTIFIER: return str_is_identifier(s);
    case IS_PRINTABLE: return is_printable(s);
    case IS_ASCII_P: return IS_ASCII(s);
    }
    return false;
}

#define PRED_METHOD(cname, qualname, p)                                          \
    static CFUNC(cname) {                                                        \
        if (args_exactly(ts, qualname, nargs, kwnames, 0) < 0)                   \
            return NULL;                                                         \
        return bool_from(predicate(self, p));                                    \
    }

PRED_METHOD(str_isalpha, "str.isalpha", IS_ALPHA)
PRED_METHOD(str_isalnum, "str.isalnum", IS_ALNUM)
PRED_METHOD(str_isdecimal, "str.isdecimal", IS_DECIMAL)
PRED_METHOD(str_isdigit, "str.isdigit", IS_DIGIT)
PRED_METHOD(str_isnumeric, "str.isnumeric", IS_NUMERIC)
PRED_METHOD(str_isspace, "str.isspace", IS_SPACE)
PRED_METHOD(str_isupper, "str.isupper", IS_UPPER)
PRED_METHOD(str_islower, "str.islower", IS_LOWER)
PRED_METHOD(str_istitle, "str.istitle", IS_TITLE)
PRED_METHOD(str_isidentifier, "str.isidentifier", IS_IDENTIFIER)
PRED_METHOD(str_isprintable, "str.isprintable", IS_PRINTABLE)
PRED_METHOD(str_isascii, "str.isascii", IS_ASCII_P)

/* ==== padding ============================================================ */

/* [left] fill characters, [self], [right] fill characters. */
static Object *pad(ThreadState *ts, Object *self, size_t left, size_t right, uint32_t fill) {
    char f[4];
    size_t fl = (size_t)utf8_encode(fill, f);
    size_t n = STR_SIZE(self);
    char *buf = alloc_text(ts, left + right, fl, n), *p = buf;
    if (!buf) return NULL;
    size_t total = (left + right) * fl + n;
    if (fl == 1) {
        memset(p, f[0], left);
        p += left;
    } else {
        for (size_t i = 0; i < left; i++, p += fl) memcpy(p, f, fl);
    }
    memcpy(p, STR_DATA(self), n);
    p += n;
    if (fl == 1) {
        memset(p, f[0], right);
    } else {
        for (size_t i = 0; i < right; i++, p += fl) memcpy(p, f, fl);
    }
    Object *r = str_new(ts, buf, total);
    rawmem_free(buf);
    return r;
}

/* width, then the optional fill character, as center/ljust/rjust parse them. */
static int parse_width_fill(ThreadState *ts, const char *fname, const char *qualname,
                            Object *const *args, size_t nargs, Object *kwnames,
                            ssize_t *width, uint32_t *fill) {
    if (args_no_kwargs(ts, qualname, kwnames) < 0 || args_count(ts, fname, nargs, 1, 2) < 0) return -1;
    if (as_ssize(ts, args[0], width) < 0) return -1;
    *fill = ' ';
    if (nargs > 1) {
        Object *f = args[1];
        if (!str_check(f)) {
            err_format(ts, &ExcTypeError, "The fill character must be a unicode character, not %s",
                       TYPE_NAME(f));
            return -1;
        }
        if (STR_LEN(f) != 1) {
            err_set_string(ts, &ExcTypeError, "The fill character must be exactly one character long");
            return -1;
        }
        size_t pos = 0;
        *fill = next_cp(STR_DATA(f), STR_SIZE(f), &pos);
    }
    return 0;
}

/* The extra space of center(): CPython puts the odd character on the
 * left when both the margin and the width are odd. */
static void center_split(size_t marg, size_t width, size_t *left, size_t *right) {
    *left = marg / 2 + (marg & width & 1);
    *right = marg - *left;
}

static Object *justify(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                       Object *kwnames, const char *fname, const char *qualname, char how) {
    ssize_t width;
    uint32_t fill;
    if (parse_width_fill(ts, fname, qualname, args, nargs, kwnames, &width, &fill) < 0) return NULL;
    size_t len = STR_LEN(self);
    if (width <= (ssize_t)len) return exact_self(ts, self);
    size_t marg = (size_t)width - len, left, right;
    if (how == '<') { left = 0; right = marg; }
    else if (how == '>') { left = marg; right = 0; }
    else center_split(marg, (size_t)width, &left, &right);
    return pad(ts, self, left, right, fill);
}

static CFUNC(str_center) { return justify(ts, self, args, nargs, kwnames, "center", "str.center", '^'); }
static CFUNC(str_ljust) { return justify(ts, self, args, nargs, kwnames, "ljust", "str.ljust", '<'); }
static CFUNC(str_rjust) { return justify(ts, self, args, nargs, kwnames, "rjust", "str.rjust", '>'); }

/* zfill(width, /): zeros on the left, after a leading sign. */
static CFUNC(str_zfill) {
    if (args_exactly(ts, "str.zfill", nargs, kwnames, 1) < 0)
        return NULL;
    ssize_t width;
    if (as_ssize(ts, args[0], &width) < 0) return NULL;
    size_t len = STR_LEN(self);
    if (width <= (ssize_t)len) return exact_self(ts, self);
    size_t fill = (size_t)width - len, n = STR_SIZE(self);
    char *buf = alloc_text(ts, fill, 1, n);
    if (!buf) return NULL;
    memset(buf, '0', fill);
    memcpy(buf + fill, STR_DATA(self), n);
    if (n && (buf[fill] == '+' || buf[fill] == '-')) {
        buf[0] = buf[fill];
        buf[fill] = '0';
    }
    Object *r = str_new(ts, buf, fill + n);
    rawmem_free(buf);
    return r;
}

/* expandtabs(tabsize=8): Argument Clinic, keyword allowed; columns count
 * code points and restart after \n and \r. */
static CFUNC(str_expandtabs) {
    static const char *const names[] = {"tabsize", NULL};
    static const ArgSpec spec = {"expandtabs", names};
    Object *a[1];
    int tabsize = 8;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (a[0] && as_int(ts, a[0], &tabsize) < 0) return NULL;
    const char *d = STR_DATA(self);
    size_t n = STR_SIZE(self);
    if (!memchr(d, '\t', n)) return exact_self(ts, self);
    StrBuf b;
    strbuf_init(&b);
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == '\t') {
            if (tabsize > 0) {
                size_t incr = (size_t)tabsize - col % (size_t)tabsize;
                col += incr;
                strbuf_fill(&b, ' ', incr);
                if (b.failed) break;
            }
            continue;
        }
        strbuf_appendc(&b, (char)c);
        if ((c & 0xC0) != 0x80) col++;          /* a lead byte starts a character */
        if (c == '\n' || c == '\r') col = 0;
    }
    return str_from_strbuf(ts, &b);
}

/* ==== str.format ========================================================= */

/* format(*args, **kwargs) and format_map(mapping, /): the replacement-field
 * grammar lives in runtime/format.c, beside the format-spec mini-language
 * that every field goes through. */
static CFUNC(str_m_format) { return format_fields(ts, self, args, nargs, kwnames, NULL); }

static CFUNC(str_format_map) {
    if (args_exactly(ts, "str.format_map", nargs, kwnames, 1) < 0)
        return NULL;
    return format_fields(ts, self, NULL, 0, NULL, args[0]);
}

/* __format__(format_spec, /): format(s, spec) lands here (runtime/format.c). */
static CFUNC(str_format_method) {
    if (args_exactly(ts, "str.__format__", nargs, kwnames, 1) < 0)
        return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "__format__() argument must be str, not %s",
                          args_type_name(args[0]));
    return format_str(ts, self, args[0]);
}

/* ==== maketrans, translate =============================================== */

/* str.maketrans(x, y=None, z=None, /): a static method building the dict
 * {code point: replacement} that translate() reads. */
static CFUNC(str_maketrans) {
    if (args_no_kwargs(ts, "str.maketrans", kwnames) < 0 || args_count(ts, "maketrans", nargs, 1, 3) < 0)
        return NULL;
    Object *x = args[0], *y = nargs > 1 ? args[1] : NULL, *z = nargs > 2 ? args[2] : NULL;
    if (y && !str_check(y))
        return err_format(ts, &ExcTypeError, "maketrans() argument 2 must be str, not %s",
                          args_type_name(y));
    if (z && !str_check(z))
        return err_format(ts, &ExcTypeError, "maketrans() argument 3 must be str, not %s",
                          args_type_name(z));
    Object *table = dict_new(ts);
    if (!table) return NULL;
    if (!y) {
        if (!dict_check(x)) {
            DECREF(table);
            return err_set_string(ts, &ExcTypeError,
                                  "if you give only one argument to maketrans it must be a dict");
        }
        ssize_t pos = 0;
        Object *key, *value;
        while (dict_next(x, &pos, &key, &value)) {
            Object *k;
            if (str_check(key)) {
                if (STR_LEN(key) != 1) {
                    DECREF(table);
                    return err_set_string(ts, &ExcValueError,
                                          "string keys in translate table must be of length 1");
                }
                size_t p = 0;
                k = int_from_i64(ts, next_cp(STR_DATA(key), STR_SIZE(key), &p));
            } else if (int_check(key)) {
                k = NEWREF(key);
            } else {
                DECREF(table);
                return err_set_string(ts, &ExcTypeError,
                                      "keys in translate table must be strings or integers");
            }
            int r = k ? dict_set(ts, table, k, value) : -1;
            XDECREF(k);
            if (r < 0) {
                DECREF(table);
                return NULL;
            }
        }
        return table;
    }
    if (!str_check(x)) {
        DECREF(table);
        return err_set_string(ts, &ExcTypeError,
                              "first maketrans argument must be a string if there is a second argument");
    }
    if (STR_LEN(x) != STR_LEN(y)) {
        DECREF(table);
        return err_set_string(ts, &ExcValueError,
                              "the first two maketrans arguments must have equal length");
    }
    size_t px = 0, py = 0;
    while (px < STR_SIZE(x)) {
        Object *k = int_from_i64(ts, next_cp(STR_DATA(x), STR_SIZE(x), &px));
        Object *v = int_from_i64(ts, next_cp(STR_DATA(y), STR_SIZE(y), &py));
        int r = k && v ? dict_set(ts, table, k, v) : -1;
        XDECREF(k);
        XDECREF(v);
        if (r < 0) goto error;
    }
    if (z) {
        size_t pz = 0;
        while (pz < STR_SIZE(z)) {
            Object *k = int_from_i64(ts, next_cp(STR_DATA(z), STR_SIZE(z), &pz));
            int r = k ? dict_set(ts, table, k, None) : -1;
            XDECREF(k);
            if (r < 0) goto error;
        }
    }
    return table;
error:
    DECREF(table);
    return NULL;
}

/* What table[cp] says: 1 with *out set (a new reference: None, int or str),
 * 0 when the table has no entry (LookupError), -1 on error. */
static int translate_lookup(ThreadState *ts, Object *table, uint32_t cp, Object **out) {
    Object *key = int_from_i64(ts, cp);
    if (!key) return -1;
    Object *v = obj_getitem(ts, table, key);
    DECREF(key);
    if (!v) {
        if (err_matches(ts, &ExcLookupError)) {
            err_clear(ts);
            return 0;
        }
        return -1;
    }
    if (v != None && !int_check(v) && !str_check(v)) {
        DECREF(v);
        err_set_string(ts, &ExcTypeError, "character mapping must return integer, None or str");
        return -1;
    }
    *out = v;
    return 1;
}

/* Append what table[cp] maps to (v from translate_lookup, or NULL: unchanged). */
static int translate_append(ThreadState *ts, StrBuf *b, uint32_t cp, Object *v) {
    if (!v) {
        append_cp(b, cp);
    } else if (int_check(v)) {
        int64_t m;
        if (!int_as_i64(v, &m) || m < 0 || m > 0x10FFFF) {
            err_set_string(ts, &ExcValueError, "character mapping must be in range(0x110000)");
            return -1;
        }
        append_cp(b, (uint32_t)m);
    } else if (v != None) {
        strbuf_append(b, STR_DATA(v), STR_SIZE(v));
    }
    return 0;
}

/* translate(table, /): each character through table[ord(c)]; the answers
 * for ASCII characters are remembered for the rest of the call. */
static CFUNC(str_translate) {
    if (args_exactly(ts, "str.translate", nargs, kwnames, 1) < 0)
        return NULL;
    Object *table = args[0];
    Object *cache[128];
    unsigned char cached[128] = {0};     /* 0: not asked, 1: no entry, 2: cache[c] */
    const char *d = STR_DATA(self);
    size_t n = STR_SIZE(self), pos = 0;
    StrBuf b;
    strbuf_init(&b);
    int rc = 0;
    while (pos < n && rc == 0) {
        uint32_t cp = next_cp(d, n, &pos);
        Object *v = NULL;
        if (cp < 128 && cached[cp]) {
            v = cached[cp] == 2 ? cache[cp] : NULL;
            rc = translate_append(ts, &b, cp, v);
            continue;
        }
        int found = translate_lookup(ts, table, cp, &v);
        if (found < 0) {
            rc = -1;
            break;
        }
        rc = translate_append(ts, &b, cp, found ? v : NULL);
        if (cp < 128) {
            cached[cp] = found ? 2 : 1;
            cache[cp] = found ? v : NULL;
        } else if (found) {
            DECREF(v);
        }
    }
    for (int i = 0; i < 128; i++)
        if (cached[i] == 2) DECREF(cache[i]);
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return str_from_strbuf(ts, &b);
}

/* ==== the method table =================================================== */

#define KW METH_KEYWORDS

/* ==== encode ============================================================== */

/* encode(encoding='utf-8', errors='strict'): runtime/codecs.c does the work. */
static CFUNC(str_encode) {
    static const char *const names[] = {"encoding", "errors", NULL};
    static const ArgSpec spec = {"encode", names};
    Object *a[2];
    const char *enc, *err;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0 ||
        codec_args(ts, "encode", a[0], a[1], &enc, &err) < 0)
        return NULL;
    return codec_encode(ts, self, enc, err);
}

const MethodDef str_methods[] = {
    {"encode", str_encode, KW, "Encode the string using the codec registered for encoding."},
    {"capitalize", str_capitalize, KW, "Return a capitalized version of the string."},
    {"casefold", str_casefold, KW, "Return a version of the string suitable for caseless comparisons."},
    {"center", str_center, KW, "Return a centered string of length width."},
    {"count", str_count, KW, "Return the number of non-overlapping occurrences of substring sub."},
    {"endswith", str_endswith, KW, "Return True if the string ends with the specified suffix."},
    {"expandtabs", str_expandtabs, KW, "Return a copy where all tab characters are expanded using spaces."},
    {"find", str_find, KW, "Return the lowest index where substring sub is found, or -1."},
    {"format", str_m_format, KW, "Return a formatted version of the string, using substitutions from args and kwargs."},
    {"format_map", str_format_map, KW, "Return a formatted version of the string, using substitutions from mapping."},
    {"index", str_index, KW, "Return the lowest index where substring sub is found; raise ValueError if not."},
    {"isalnum", str_isalnum, KW, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isalpha", str_isalpha, KW, "Return True if the string is an alphabetic string, False otherwise."},
    {"isascii", str_isascii, KW, "Return True if all characters in the string are ASCII, False otherwise."},
    {"isdecimal", str_isdecimal, KW, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_isdigit, KW, "Return True if the string is a digit string, False otherwise."},
    {"isidentifier", str_isidentifier, KW, "Return True if the string is a valid Python identifier, False otherwise."},
    {"islower", str_islower, KW, "Return True if the string is a lowercase string, False otherwise."},
    {"isnumeric", str_isnumeric, KW, "Return True if the string is a numeric string, False otherwise."},
    {"isprintable", str_isprintable, KW, "Return True if the string is printable, False otherwise."},
    {"isspace", str_isspace, KW, "Return True if the string is a whitespace string, False otherwise."},
    {"istitle", str_istitle, KW, "Return True if the string is a title-cased string, False otherwise."},
    {"isupper", str_isupper, KW, "Return True if the string is an uppercase string, False otherwise."},
    {"join", str_join, KW, "Concatenate any number of strings."},
    {"ljust", str_ljust, KW, "Return a left-justified string of length width."},
    {"lower", str_lower, KW, "Return a copy of the string converted to lowercase."},
    {"lstrip", str_lstrip, KW, "Return a copy of the string with leading whitespace removed."},
    {"maketrans", str_maketrans, KW | METH_STATIC, "Return a translation table usable for str.translate()."},
    {"partition", str_partition, KW, "Partition the string into three parts using the given separator."},
    {"removeprefix", str_removeprefix, KW, "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_removesuffix, KW, "Return a str with the given suffix string removed if present."},
    {"replace", str_replace, KW, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", str_rfind, KW, "Return the highest index where substring sub is found, or -1."},
    {"rindex", str_rindex, KW, "Return the highest index where substring sub is found; raise ValueError if not."},
    {"rjust", str_rjust, KW, "Return a right-justified string of length width."},
    {"rpartition", str_rpartition, KW, "Partition the string into three parts using the given separator, from the right."},
    {"rsplit", str_rsplit, KW, "Return a list of the substrings in the string, using sep as the separator, from the right."},
    {"rstrip", str_rstrip, KW, "Return a copy of the string with trailing whitespace removed."},
    {"split", str_split, KW, "Return a list of the substrings in the string, using sep as the separator string."},
    {"splitlines", str_splitlines, KW, "Return a list of the lines in the string, breaking at line boundaries."},
    {"startswith", str_startswith, KW, "Return True if the string starts with the specified prefix."},
    {"strip", str_strip, KW, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_swapcase, KW, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"title", str_title, KW, "Return a version of the string where each word is titlecased."},
    {"translate", str_translate, KW, "Replace each character in the string using the given translation table."},
    {"upper", str_upper, KW, "Return a copy of the string converted to uppercase."},
    {"zfill", str_zfill, KW, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"__format__", str_format_method, KW, "Return a formatted version of the string as described by format_spec."},
    {NULL},
};
