/* mod_re.c -- `_re`: regular expressions matched by PCRE2, the engine of
 * Debian's libpcre2-8 (UTF and UCP modes), under lib/re/.
 *
 * Issue 17 (the modules real programs import). The work is split in two:
 *  - lib/re/_translate.py reads a pattern in Python's syntax, raises
 *    re.error with CPython's messages and positions, and writes the same
 *    pattern in PCRE2's syntax (\Z -> \z, \g{N} for back references,
 *    verbose mode and every literal spelled out, ...);
 *  - this file compiles that translation (_re.compile) and runs it
 *    (Code.match), one call a match: pos/endpos in, a flat tuple of the
 *    groups' spans out. lib/re/__init__.py builds Pattern and Match on it,
 *    and findall/sub/split are loops over Code.match.
 *
 * Two things are worth reading:
 *  - positions. A str is UTF-8 inside (runtime/str.h) and PCRE2 works in
 *    bytes, while Python counts code points. ASCII strings need nothing;
 *    for others a Code remembers the last subject and one (byte, code
 *    point) pair on it, so that finditer over a long text converts each
 *    offset from the previous one instead of from the start (linear, not
 *    quadratic);
 *  - runaway backtracking. PCRE2 runs with a match limit; when it is hit,
 *    the match starts again in a copy of the pattern compiled with a
 *    callout at every item, and the callout looks at the eval breaker
 *    (Ctrl-C, --max-seconds) every 2**20 calls. A pattern that backtracks
 *    forever can be interrupted, as CPython's can, and the common case
 *    pays nothing (run_match).
 * PCRE2 takes its memory through rawmem (a general context), so a failed
 * allocation ends in MemoryError and --max-memory counts the engine too.
 * libpcre2-8 is opened at the first import of _re, not linked in
 * (runtime/dynlib.h): a program that never imports re does not map and
 * relocate it (about 110 KB of an empty program's peak RSS, issue 18).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <string.h>

#include "modules.h"
#include "interp.h"
#include "exceptions.h"
#include "module.h"
#include "bytes.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "args.h"
#include "signals.h"
#include "dynlib.h"
#include "common/rawmem.h"

/* PCRE2's functions, looked up at the first import of _re. pcre2.h names
 * each for the code unit width (pcre2_compile is pcre2_compile_8), and so
 * do the slots; the defines after the table send every call below through
 * it, so the calls read as PCRE2's documentation writes them. */
#define PCRE2_FUNCTIONS(X) \
    X(pcre2_code_free) \
    X(pcre2_compile) \
    X(pcre2_compile_context_create) \
    X(pcre2_compile_context_free) \
    X(pcre2_general_context_create) \
    X(pcre2_general_context_free) \
    X(pcre2_get_error_message) \
    X(pcre2_get_ovector_pointer) \
    X(pcre2_jit_compile) \
    X(pcre2_match) \
    X(pcre2_match_context_create) \
    X(pcre2_match_context_free) \
    X(pcre2_match_data_create_from_pattern) \
    X(pcre2_match_data_free) \
    X(pcre2_pattern_info) \
    X(pcre2_set_bsr) \
    X(pcre2_set_callout) \
    X(pcre2_set_depth_limit) \
    X(pcre2_set_match_limit) \
    X(pcre2_set_newline) \
    X(pcre2_set_parens_nest_limit)

static struct {
#define SLOT(name) __typeof__(&name) name;
    PCRE2_FUNCTIONS(SLOT)
#undef SLOT
} pcre;

static const char *const pcre_names[] = {
#define NAME_(name) #name,
#define NAME(name) NAME_(name)
    PCRE2_FUNCTIONS(NAME)
#undef NAME
#undef NAME_
    NULL,
};

static DynLib libpcre2 = {MINIPY_LIBPCRE2_SONAME, "_re", pcre_names, (void **)&pcre, 0};

#define pcre2_code_free_8 pcre.pcre2_code_free_8
#define pcre2_compile_8 pcre.pcre2_compile_8
#define pcre2_compile_context_create_8 pcre.pcre2_compile_context_create_8
#define pcre2_compile_context_free_8 pcre.pcre2_compile_context_free_8
#define pcre2_general_context_create_8 pcre.pcre2_general_context_create_8
#define pcre2_general_context_free_8 pcre.pcre2_general_context_free_8
#define pcre2_get_error_message_8 pcre.pcre2_get_error_message_8
#define pcre2_get_ovector_pointer_8 pcre.pcre2_get_ovector_pointer_8
#define pcre2_jit_compile_8 pcre.pcre2_jit_compile_8
#define pcre2_match_8 pcre.pcre2_match_8
#define pcre2_match_context_create_8 pcre.pcre2_match_context_create_8
#define pcre2_match_context_free_8 pcre.pcre2_match_context_free_8
#define pcre2_match_data_create_from_pattern_8 pcre.pcre2_match_data_create_from_pattern_8
#define pcre2_match_data_free_8 pcre.pcre2_match_data_free_8
#define pcre2_pattern_info_8 pcre.pcre2_pattern_info_8
#define pcre2_set_bsr_8 pcre.pcre2_set_bsr_8
#define pcre2_set_callout_8 pcre.pcre2_set_callout_8
#define pcre2_set_depth_limit_8 pcre.pcre2_set_depth_limit_8
#define pcre2_set_match_limit_8 pcre.pcre2_set_match_limit_8
#define pcre2_set_newline_8 pcre.pcre2_set_newline_8
#define pcre2_set_parens_nest_limit_8 pcre.pcre2_set_parens_nest_limit_8

/* re's flags, as Python numbers them (the translation handles the rest) */
enum { RE_I = 2, RE_M = 8, RE_S = 16, RE_A = 256 };
/* Code.match's [mode] bits */
enum { MODE_ANCHORED = 1, MODE_ENDANCHORED = 2, MODE_NOTEMPTY_ATSTART = 4 };

#define FIRST_MATCH_LIMIT 10000000u

typedef struct {
    OBJECT_HEAD;
    pcre2_code *code;
    pcre2_code *watched;      /* the same with a callout at each item, made when a match runs long */
    Object *source;           /* the pattern compiled (str or bytes, PCRE2's syntax) */
    uint32_t options;         /* and its options */
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    bool is_bytes;            /* compiled from bytes: subjects are bytes-like */
    uint32_t ngroups;
    uint32_t *closing;        /* [ngroups + 1]: the rank of each group's ')' ... */
    uint32_t *parent;         /* [ngroups + 1]: ... and the group around it (0: none), for lastindex */
    bool groups_in_loops;     /* a group is inside a repeat: lastindex is a guess */
    Object *subject;          /* the last non-ASCII str matched (a strong reference) ... */
    size_t mark_byte, mark_char;  /* ... and one position on it, in bytes and code points */
} CodeObject;

extern TypeObject ReCodeType;

static void *re_malloc(PCRE2_SIZE n, void *data) { return rawmem_alloc(n); }
static void re_free(void *p, void *data) { rawmem_free(p); }

/* ==== positions ============================================================ */

static bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

static size_t dist(size_t a, size_t b) { return a > b ? a - b : b - a; }

/* The byte offset of code point [index] of the str [s], walking from the
 * nearest known place: the start, the end, or the Code's mark, which
 * moves there if [move]. */
static size_t to_byte(CodeObject *c, Object *s, size_t index, bool move) {
    const unsigned char *d = (const unsigned char *)STR_DATA(s);
    size_t b = 0, ch = 0;
    if (dist(c->mark_char, index) < index) { b = c->mark_byte; ch = c->mark_char; }
    if (STR_LEN(s) - index < dist(ch, index)) { b = STR_SIZE(s); ch = STR_LEN(s); }
    for (; ch < index; ch++) do b++; while (b < STR_SIZE(s) && is_cont(d[b]));
    for (; ch > index; ch--) do b--; while (b > 0 && is_cont(d[b]));
    if (move) {
        c->mark_byte = b;
        c->mark_char = ch;
    }
    return b;
}

/* The code point index of byte offset [byte] (at a character's start). */
static size_t to_char(CodeObject *c, Object *s, size_t byte) {
    const unsigned char *d = (const unsigned char *)STR_DATA(s);
    size_t b = 0, ch = 0;
    if (dist(c->mark_byte, byte) < byte) { b = c->mark_byte; ch = c->mark_char; }
    if (STR_SIZE(s) - byte < dist(b, byte)) { b = STR_SIZE(s); ch = STR_LEN(s); }
    for (; b < byte; b++) ch += !is_cont(d[b]);
    for (; b > byte; b--) ch -= !is_cont(d[b - 1]);
    c->mark_byte = b;
    c->mark_char = ch;
    return ch;
}

/* A str PCRE2 may be given without its UTF check: valid UTF-8 but for
 * the lone surrogates a str can hold, which PCRE2 cannot take. */
static int check_surrogates(ThreadState *ts, Object *s) {
    const unsigned char *d = (const unsigned char *)STR_DATA(s);
    for (size_t i = 0; i + 1 < STR_SIZE(s); i++)
        if (d[i] == 0xED && d[i + 1] >= 0xA0) {
            err_set_string(ts, &ExcValueError, "minipy's re cannot search a string holding a lone surrogate");
            return -1;
        }
    return 0;
}

/* ==== compile ============================================================== */

static Object *re_error(ThreadState *ts, int code, size_t offset) {
    PCRE2_UCHAR msg[256];
    if (code == PCRE2_ERROR_NOMEMORY || code == PCRE2_ERROR_HEAPLIMIT || code == PCRE2_ERROR_HEAP_FAILED)
        return err_no_memory(ts);
    pcre2_get_error_message(code, msg, sizeof msg);
    (void)offset;           /* an offset into the translation would mislead */
    return err_format(ts, &ExcValueError, "PCRE2: %s", (const char *)msg);
}

/* PCRE2's compilation of [pattern] (a str or bytes in PCRE2's syntax),
 * its memory from rawmem; NULL with *[err] and *[erroff] on failure. */
static pcre2_code *compile_pattern(Object *pattern, uint32_t options, int *err, PCRE2_SIZE *erroff) {
    const char *data;
    size_t size;
    if (str_check(pattern)) {
        data = STR_DATA(pattern);
        size = STR_SIZE(pattern);
    } else {
        bytes_buffer(pattern, &data, &size);
    }
    pcre2_general_context *gctx = pcre2_general_context_create(re_malloc, re_free, NULL);
    pcre2_compile_context *cctx = gctx ? pcre2_compile_context_create(gctx) : NULL;
    if (!cctx) {
        if (gctx) pcre2_general_context_free(gctx);
        *err = PCRE2_ERROR_NOMEMORY;
        *erroff = 0;
        return NULL;
    }
    pcre2_set_newline(cctx, PCRE2_NEWLINE_LF);
    pcre2_set_bsr(cctx, PCRE2_BSR_UNICODE);
    pcre2_set_parens_nest_limit(cctx, 1000);   /* the translator's recursion limit comes first */
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)data, size, options, err, erroff, cctx);
    pcre2_compile_context_free(cctx);
    pcre2_general_context_free(gctx);
    return code;
}

/* _re.compile(pattern, flags, groupinfo): the Code of [pattern], already
 * in PCRE2's syntax (str or bytes); [groupinfo] the rank of each group's
 * closing parenthesis, group 1 first, then the group around each (0 for
 * none), then whether a group is inside a repeat and whether a repeat is
 * possessive. ValueError with PCRE2's message when PCRE2 refuses it (lib/re
 * turns that into re.error). New reference. */
static CFUNC(re_compile) {
    if (args_no_kwargs(ts, "compile", kwnames) < 0 || args_count(ts, "compile", nargs, 3, 3) < 0) return NULL;
    Object *pattern = args[0];
    int64_t flags;
    if (!int_check(args[1]) || !int_as_i64(args[1], &flags) || !tuple_check(args[2]))
        return err_set_string(ts, &ExcTypeError, "_re.compile(pattern, flags, closing)");
    bool is_bytes = !str_check(pattern);
    const char *unused_data;
    size_t unused_size;
    if (is_bytes && !bytes_buffer(pattern, &unused_data, &unused_size))
        return err_set_string(ts, &ExcTypeError, "pattern must be str or bytes");
    uint32_t options = PCRE2_ALT_CIRCUMFLEX;
    if (!is_bytes) {
        options |= PCRE2_UTF;
        if (!(flags & RE_A)) options |= PCRE2_UCP;
    }
    if (flags & RE_I) options |= PCRE2_CASELESS;
    if (flags & RE_M) options |= PCRE2_MULTILINE;
    if (flags & RE_S) options |= PCRE2_DOTALL;

    int err;
    PCRE2_SIZE erroff;
    pcre2_code *code = compile_pattern(pattern, options, &err, &erroff);
    if (!code) return re_error(ts, err, erroff);
    /* machine code for searching (match() and fullmatch() anchor, which
     * PCRE2 runs in its interpreter); where JIT is not to be had (no
     * executable memory), the interpreter does it all. Not for possessive
     * repeats: around an empty iteration the JIT keeps captures that the
     * interpreter, like sre, drops. */
    size_t ninfo = TUPLE_SIZE(args[2]);
    int64_t possessive = 0;
    if (ninfo && int_check(TUPLE_ITEMS(args[2])[ninfo - 1]))
        int_as_i64(TUPLE_ITEMS(args[2])[ninfo - 1], &possessive);
    if (!possessive) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    CodeObject *c = (CodeObject *)obj_alloc(ts, &ReCodeType, sizeof(CodeObject));
    if (!c) {
        pcre2_code_free(code);
        return NULL;
    }
    c->code = code;
    c->watched = NULL;
    c->md = NULL;
    c->mctx = NULL;
    c->closing = NULL;
    c->parent = NULL;
    c->subject = NULL;
    c->mark_byte = c->mark_char = 0;
    c->is_bytes = is_bytes;
    c->options = options;
    c->source = NEWREF(pattern);
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &c->ngroups);
    pcre2_general_context *gctx = pcre2_general_context_create(re_malloc, re_free, NULL);
    if (!gctx) goto nomem;
    c->md = pcre2_match_data_create_from_pattern(code, gctx);
    c->mctx = pcre2_match_context_create(gctx);
    pcre2_general_context_free(gctx);
    if (!c->md || !c->mctx) goto nomem;
    pcre2_set_depth_limit(c->mctx, UINT32_MAX);     /* memory bounds it: MemoryError */
    c->closing = rawmem_calloc(c->ngroups + 1, sizeof(uint32_t));
    c->parent = rawmem_calloc(c->ngroups + 1, sizeof(uint32_t));
    if (!c->closing || !c->parent) goto nomem;
    for (size_t g = 1; g <= c->ngroups; g++) {
        int64_t rank = (int64_t)g, up = 0;
        if (2 * c->ngroups <= TUPLE_SIZE(args[2])) {
            Object *o = TUPLE_ITEMS(args[2])[g - 1], *q = TUPLE_ITEMS(args[2])[c->ngroups + g - 1];
            if (int_check(o)) int_as_i64(o, &rank);
            if (int_check(q)) int_as_i64(q, &up);
        }
        c->closing[g] = (uint32_t)rank;
        c->parent[g] = up >= 0 && (uint64_t)up < g ? (uint32_t)up : 0;
    }
    c->groups_in_loops = true;
    if (2 * c->ngroups + 2 <= TUPLE_SIZE(args[2])) {
        Object *o = TUPLE_ITEMS(args[2])[2 * c->ngroups];
        int64_t v = 1;
        c->groups_in_loops = !(int_check(o) && int_as_i64(o, &v) && v == 0);
    }
    return (Object *)c;
nomem:
    DECREF(c);
    return err_no_memory(ts);
}

/* ==== match ================================================================ */

/* pcre2_match with a growing match limit, interruptible between tries. */
/* Ctrl-C or a limit of --max-seconds waits to be raised by this thread. */
static bool breaker_pending(ThreadState *ts) {
    Interp *interp = ts->interp;
    if (interp->limit_hit) return true;
    return ts == interp->main_thread &&
           (atomic_load(&interp->eval_breaker) & (BREAKER_SIGNAL | BREAKER_LIMIT));
}

typedef struct {
    ThreadState *ts;
    uint32_t count;
} Watch;

/* The callout of the watched copy: a look at the breaker every 2**20. */
static int watch_callout(pcre2_callout_block *block, void *data) {
    Watch *w = data;
    if (++w->count & 0xFFFFF) return 0;
    return breaker_pending(w->ts) ? PCRE2_ERROR_CALLOUT : 0;
}

/* pcre2_match, interruptible: the first try under a match limit; past it,
 * the match starts again in a copy of the pattern compiled with a callout
 * at every item, which looks at the breaker now and then (slower, but only
 * for patterns that backtrack that much). PCRE2_ERROR_CALLOUT with the
 * exception set when interrupted. */
static int run_match(ThreadState *ts, CodeObject *c, const char *data, size_t size, size_t start,
                     uint32_t options) {
    pcre2_set_match_limit(c->mctx, FIRST_MATCH_LIMIT);
    int rc = pcre2_match(c->code, (PCRE2_SPTR)data, size, start, options, c->md, c->mctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)       /* the interpreter's frames are on the heap */
        rc = pcre2_match(c->code, (PCRE2_SPTR)data, size, start, options | PCRE2_NO_JIT, c->md, c->mctx);
    if (rc != PCRE2_ERROR_MATCHLIMIT) return rc;
    if (!c->watched) {
        int err;
        PCRE2_SIZE erroff;
        c->watched = compile_pattern(c->source, c->options | PCRE2_AUTO_CALLOUT, &err, &erroff);
        if (!c->watched) return err;
    }
    Watch w = {ts, 0};
    pcre2_set_callout(c->mctx, watch_callout, &w);
    pcre2_set_match_limit(c->mctx, UINT32_MAX);
    do {
        if (breaker_pending(ts)) {
            rc = PCRE2_ERROR_CALLOUT;
            break;
        }
        rc = pcre2_match(c->watched, (PCRE2_SPTR)data, size, start, options, c->md, c->mctx);
    } while (rc == PCRE2_ERROR_MATCHLIMIT);
    pcre2_set_callout(c->mctx, NULL, NULL);
    if (rc == PCRE2_ERROR_CALLOUT) signals_raise_interrupted(ts);
    return rc;
}

static int64_t arg_index(ThreadState *ts, Object *o, bool *ok) {
    int64_t v = 0;
    *ok = int_check(o) && int_as_i64(o, &v);
    if (!*ok) err_set_string(ts, &ExcTypeError, "an integer position is required");
    return v;
}

/* A subject seen through PCRE2's eyes: its bytes, and [pos, endpos) in bytes. */
typedef struct {
    const char *data;
    size_t start, end;
    bool chars;               /* a non-ASCII str: offsets need converting */
} Subject;

/* Check [s] against the pattern's kind and find the bytes of code points
 * (or bytes) [pos] and [endpos]. 0, or -1 with TypeError. */
static int subject_open(ThreadState *ts, CodeObject *c, Object *s, int64_t pos, int64_t endpos, Subject *out) {
    size_t size, n;
    out->chars = false;
    if (str_check(s)) {
        if (c->is_bytes) {
            err_set_string(ts, &ExcTypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        out->data = STR_DATA(s);
        n = STR_LEN(s);
        out->chars = !((StrObject *)s)->ascii;
    } else if (bytes_buffer(s, &out->data, &size)) {
        if (!c->is_bytes) {
            err_set_string(ts, &ExcTypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        n = size;
    } else {
        err_format(ts, &ExcTypeError, "expected string or bytes-like object, got '%s'", s->type->name);
        return -1;
    }
    if (pos < 0 || endpos < pos || (size_t)endpos > n) {
        err_set_string(ts, &ExcValueError, "bad span");
        return -1;
    }
    out->start = (size_t)pos;
    out->end = (size_t)endpos;
    if (out->chars) {
        if (c->subject != s) {
            if (check_surrogates(ts, s) < 0) return -1;
            INCREF(s);
            XDECREF(c->subject);
            c->subject = s;
            c->mark_byte = c->mark_char = 0;
        }
        /* the mark stays at the start, where the match begins */
        out->end = to_byte(c, s, (size_t)endpos, false);
        out->start = to_byte(c, s, (size_t)pos, true);
    }
    return 0;
}

static uint32_t mode_options(CodeObject *c, int64_t mode) {
    uint32_t options = c->is_bytes ? 0 : PCRE2_NO_UTF_CHECK;
    if (mode & MODE_ANCHORED) options |= PCRE2_ANCHORED;
    if (mode & MODE_ENDANCHORED) options |= PCRE2_ENDANCHORED;
    if (mode & MODE_NOTEMPTY_ATSTART) options |= PCRE2_NOTEMPTY_ATSTART;
    return options;
}

/* Run the match; 1 matched, 0 not, -1 with the exception set. */
static int subject_match(ThreadState *ts, CodeObject *c, Subject *sub, size_t start, uint32_t options) {
    int rc = run_match(ts, c, sub->data, sub->end, start, options);
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc == PCRE2_ERROR_CALLOUT) return -1;     /* interrupted: the exception is set */
    if (rc < 0) {
        re_error(ts, rc, start);
        return -1;
    }
    return 1;
}

/* The text of bytes [a, b) of [s]: a str, or bytes for a bytes-like subject. */
static Object *cut(ThreadState *ts, Object *s, const char *data, size_t a, size_t b) {
    if (str_check(s)) return str_new(ts, data + a, b - a);
    return bytes_new(ts, data + a, b - a);
}

static bool encloses(CodeObject *c, size_t outer, size_t g) {
    for (g = c->parent[g]; g; g = c->parent[g])
        if (g == outer) return true;
    return false;
}

/* Match.lastindex is the group whose ')' the matcher passed last, which
 * PCRE2 does not record. With no group inside a repeat, each is closed
 * once, in the order of the ')'s in the pattern. Otherwise it is a guess:
 * a group closes after the groups inside it; else the one ending further
 * on closed later, and on a tie the one whose ')' comes later. */
static bool closes_later(CodeObject *c, size_t g, size_t g_end, size_t h, size_t h_end) {
    if (!c->groups_in_loops) return c->closing[g] > c->closing[h];
    if (encloses(c, g, h)) return true;
    if (encloses(c, h, g)) return false;
    return g_end > h_end || (g_end == h_end && c->closing[g] > c->closing[h]);
}

/* Code.match(string, pos, endpos, mode): the groups of the first match
 * starting at or after [pos] (at [pos] with MODE_ANCHORED) in
 * string[:endpos] -- a tuple (start0, end0, start1, end1, ..., lastindex),
 * code point (or byte) indexes, -1 for a group that did not take part,
 * lastindex 0 for none -- or None. [pos] and [endpos] are already clipped
 * to 0 <= pos <= endpos <= len(string). New reference. */
static CFUNC(code_match) {
    if (args_no_kwargs(ts, "match", kwnames) < 0 || args_count(ts, "match", nargs, 4, 4) < 0) return NULL;
    CodeObject *c = (CodeObject *)self;
    Object *s = args[0];
    bool ok;
    int64_t pos = arg_index(ts, args[1], &ok);
    if (!ok) return NULL;
    int64_t endpos = arg_index(ts, args[2], &ok);
    if (!ok) return NULL;
    int64_t mode = arg_index(ts, args[3], &ok);
    if (!ok) return NULL;
    Subject sub;
    if (subject_open(ts, c, s, pos, endpos, &sub) < 0) return NULL;
    int r = subject_match(ts, c, &sub, sub.start, mode_options(c, mode));
    if (r <= 0) return r < 0 ? NULL : none_new();
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    size_t n = c->ngroups + 1;
    Object *t = tuple_new(ts, 2 * n + 1);
    if (!t) return NULL;
    size_t last = 0, last_end = 0;
    for (size_t g = 0; g < n; g++) {
        int64_t a = -1, b = -1;
        if (ov[2 * g] != PCRE2_UNSET) {
            a = (int64_t)(sub.chars ? to_char(c, s, ov[2 * g]) : ov[2 * g]);
            b = (int64_t)(sub.chars ? to_char(c, s, ov[2 * g + 1]) : ov[2 * g + 1]);
            if (g > 0 && (last == 0 || closes_later(c, g, (size_t)b, last, last_end))) {
                last = g;
                last_end = (size_t)b;
            }
        }
        Object *oa = int_from_i64(ts, a), *ob = oa ? int_from_i64(ts, b) : NULL;
        if (!ob) {
            XDECREF(oa);
            DECREF(t);
            return NULL;
        }
        TUPLE_ITEMS(t)[2 * g] = oa;
        TUPLE_ITEMS(t)[2 * g + 1] = ob;
    }
    Object *ol = int_from_i64(ts, (int64_t)last);
    if (!ol) {
        DECREF(t);
        return NULL;
    }
    TUPLE_ITEMS(t)[2 * n] = ol;
    return t;
}

/* Code.findall(string, pos, endpos): re.findall in one call -- the
 * matches' texts (no groups), group 1's (one group) or tuples of them,
 * '' for a group that did not take part; empty matches by 3.7's rule.
 * Texts are cut from the bytes, with no code point counting. New
 * reference. */
static CFUNC(code_findall) {
    if (args_no_kwargs(ts, "findall", kwnames) < 0 || args_count(ts, "findall", nargs, 3, 3) < 0) return NULL;
    CodeObject *c = (CodeObject *)self;
    Object *s = args[0];
    bool ok;
    int64_t pos = arg_index(ts, args[1], &ok);
    if (!ok) return NULL;
    int64_t endpos = arg_index(ts, args[2], &ok);
    if (!ok) return NULL;
    Subject sub;
    if (subject_open(ts, c, s, pos, endpos, &sub) < 0) return NULL;
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    size_t at = sub.start;
    uint32_t base = mode_options(c, 0), extra = 0;
    while (at <= sub.end) {
        int r = subject_match(ts, c, &sub, at, base | extra);
        if (r < 0) goto error;
        if (r == 0) break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        Object *item;
        if (c->ngroups <= 1) {
            size_t g = c->ngroups;
            item = ov[2 * g] == PCRE2_UNSET ? cut(ts, s, sub.data, 0, 0)
                                            : cut(ts, s, sub.data, ov[2 * g], ov[2 * g + 1]);
        } else {
            item = tuple_new(ts, c->ngroups);
            for (size_t g = 1; item && g <= c->ngroups; g++) {
                Object *part = ov[2 * g] == PCRE2_UNSET ? cut(ts, s, sub.data, 0, 0)
                                                        : cut(ts, s, sub.data, ov[2 * g], ov[2 * g + 1]);
                if (!part) CLEAR(item);
                else TUPLE_ITEMS(item)[g - 1] = part;
            }
        }
        if (!item || list_append_steal(ts, list, item) < 0) goto error;
        extra = ov[0] == ov[1] ? PCRE2_NOTEMPTY_ATSTART : 0;
        at = ov[1];
    }
    return list;
error:
    DECREF(list);
    return NULL;
}

/* Code.group(string, start, end): string[start:end] for the last subject
 * matched, found from the Code's mark (no walk from the start of a long
 * non-ASCII text); bytes for a bytes-like subject. New reference. */
static CFUNC(code_group) {
    if (args_no_kwargs(ts, "group", kwnames) < 0 || args_count(ts, "group", nargs, 3, 3) < 0) return NULL;
    CodeObject *c = (CodeObject *)self;
    bool ok;
    int64_t a = arg_index(ts, args[1], &ok);
    if (!ok) return NULL;
    int64_t b = arg_index(ts, args[2], &ok);
    if (!ok) return NULL;
    Subject sub;
    if (subject_open(ts, c, args[0], a, b, &sub) < 0) return NULL;
    return cut(ts, args[0], sub.data, sub.start, sub.end);
}

static void code_dealloc(Object *self) {
    CodeObject *c = (CodeObject *)self;
    if (c->md) pcre2_match_data_free(c->md);
    if (c->mctx) pcre2_match_context_free(c->mctx);
    if (c->code) pcre2_code_free(c->code);
    if (c->watched) pcre2_code_free(c->watched);
    XDECREF(c->source);
    rawmem_free(c->closing);
    rawmem_free(c->parent);
    XDECREF(c->subject);
    obj_free(self);
}

static const MethodDef code_methods[] = {
    {"match", code_match, 0,
     "match(string, pos, endpos, mode) -> (start0, end0, ..., lastindex) or None"},
    {"findall", code_findall, 0, "findall(string, pos, endpos) -> list"},
    {"group", code_group, 0, "group(string, start, end) -> string[start:end]"},
    {NULL},
};

TypeObject ReCodeType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_re.Code",
    .basicsize = sizeof(CodeObject),
    .doc = "A pattern compiled by PCRE2.",
    .dealloc = code_dealloc,
    .getattr = obj_generic_getattr,
    .methods = code_methods,
};

static const MethodDef re_functions[] = {
    {"compile", re_compile, 0, "compile(pcre2_pattern, flags, closing) -> Code"},
    {NULL},
};

Object *mod_re_create(ThreadState *ts) {
    /* its type is readied on first import (runtime/interp.c: module_types) */
    if (type_ready(ts, &ReCodeType) < 0) return NULL;
    if (dynlib_load(ts, &libpcre2) < 0) return NULL;
    Object *m = module_new_cstr(ts, "_re");
    if (!m) return NULL;
    if (module_add_functions(ts, m, re_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
