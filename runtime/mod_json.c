/* mod_json.c -- the `_json` module: the scanner and the one-shot encoder of
 * lib/json in C, as CPython's Modules/_json.c is for its json package
 * (issue 17).
 *
 * lib/json holds the whole of json in Python (read the algorithms there);
 * it imports these over its own, as CPython's does, which makes loads()
 * about ten times faster and gives tracebacks CPython's shape: a decoding
 * error shows the frames loads, decode and raw_decode, and none of the
 * scanner's.
 *
 *   scanstring(s, end, strict=True)   one JSON string, from just after its
 *                                     opening quote: (str, index after it)
 *   make_scanner(decoder)             the callable scan_once(s, idx) that
 *                                     decodes the value at s[idx]:
 *                                     (value, end), or StopIteration(idx)
 *                                     when no value starts there
 *   encode_basestring_ascii(s)        a str as a JSON string, ASCII only
 *   encode_basestring(s)              the same, non-ASCII kept as it is
 *   make_encoder(...)                 the encoder JSONEncoder.encode uses
 *                                     when there is no indent: called with
 *                                     (obj, level), it returns a 1-tuple of
 *                                     the whole text
 *
 * The positions in messages and in StopIteration are code point indexes,
 * as the Python code counts them; minipy's str is UTF-8, so the scanner
 * walks bytes and keeps the two counts side by side (a Pos). Only inside
 * strings can a character be more than one byte.
 *
 * Start reading at scan_value().
 */
#include <math.h>
#include <string.h>
#include "modules.h"
#include "module.h"
#include "interp.h"
#include "exceptions.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "func.h"
#include "args.h"
#include "gc.h"
#include "import.h"
#include "common/strbuf.h"
#include "common/utf8.h"

/* A place in the document: [b] bytes and [i] code points from its start. */
typedef struct {
    size_t b, i;
} Pos;

/* One call of the scanner: the document and the hooks. */
typedef struct {
    ThreadState *ts;
    Object *doc;                /* the str being decoded */
    const unsigned char *s;     /* its UTF-8 */
    size_t size;                /* its bytes */
    struct ScannerObject *sc;
    Object *memo;               /* keys seen in this document: one str each */
    bool stop;                  /* NULL returned for "no value here" ... */
    size_t stop_at;             /* ... at this code point index */
} Doc;

typedef struct ScannerObject {
    OBJECT_HEAD;
    bool strict;
    Object *object_hook, *object_pairs_hook, *parse_float, *parse_int, *parse_constant;
} ScannerObject;

extern TypeObject ScannerType, EncoderType;

/* ==== errors ================================================================ */

/* Raise json.decoder.JSONDecodeError([msg], [doc], [pos]); NULL. */
static Object *decode_error(ThreadState *ts, const char *msg, Object *doc, size_t pos) {
    Object *name = str_from_cstr(ts, "json.decoder");
    Object *what = str_from_cstr(ts, "JSONDecodeError");
    Object *fromlist = what ? tuple_pack(ts, 1, what) : NULL;
    Object *mod = name && fromlist ? imp_import(ts, name, NULL, fromlist, 0) : NULL;
    Object *cls = mod ? obj_getattr(ts, mod, what) : NULL;
    Object *m = cls ? str_from_cstr(ts, msg) : NULL;
    Object *p = m ? int_from_u64(ts, pos) : NULL;
    Object *exc = NULL;
    if (p) {
        Object *args[3] = {m, doc, p};
        exc = obj_call(ts, cls, args, 3, NULL);
    }
    XDECREF(name);
    XDECREF(what);
    XDECREF(fromlist);
    XDECREF(mod);
    XDECREF(cls);
    XDECREF(m);
    XDECREF(p);
    if (exc) err_raise_steal(ts, exc);
    return NULL;
}

/* ==== decoding ================================================================ */

static bool is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static void skip_ws(Doc *d, Pos *p) {
    while (p->b < d->size && is_ws(d->s[p->b])) {
        p->b++;
        p->i++;
    }
}

/* The bytes of the UTF-8 sequence that starts with [c]. */
static size_t seq_len(unsigned char c) {
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static int hex_digit(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The four hex digits at byte [b], or -1. */
static int32_t hex4(const unsigned char *s, size_t b) {
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hex_digit(s[b + k]);
        if (h < 0) return -1;
        v = (v << 4) | h;
    }
    return v;
}

/* The JSON string whose opening quote is just before [*p] (new reference);
 * [*p] moves past the closing quote. The checks and their positions are
 * CPython's C scanner's: a \u escape needs a character after its four
 * digits, a high surrogate joins a following \u low surrogate. */
static Object *scan_string(ThreadState *ts, Object *doc, const unsigned char *s, size_t size, Pos *p,
                           bool strict) {
    size_t begin = p->i - 1;
    size_t len = STR_LEN(doc);
    StrBuf buf;
    strbuf_init(&buf);
    for (;;) {
        /* a run of plain characters */
        size_t start = p->b;
        unsigned char c = 0;
        while (p->b < size) {
            c = s[p->b];
            if (c == '"' || c == '\\') break;
            if (c <= 0x1f && strict) {
                strbuf_free(&buf);
                return decode_error(ts, "Invalid control character at", doc, p->i);
            }
            p->b += seq_len(c);
            p->i++;
        }
        if (p->b >= size) {
            strbuf_free(&buf);
            return decode_error(ts, "Unterminated string starting at", doc, begin);
        }
        if (c == '"' && start != p->b && buf.len == 0 && !buf.data) {
            /* the whole string in one run: no copy through the buffer */
            Object *r = str_new(ts, (const char *)s + start, p->b - start);
            p->b++;
            p->i++;
            return r;
        }
        strbuf_append(&buf, (const char *)s + start, p->b - start);
        p->b++;
        p->i++;
        if (c == '"') break;
        /* an escape; p is just after the backslash */
        if (p->b >= size) {
            strbuf_free(&buf);
            return decode_error(ts, "Unterminated string starting at", doc, begin);
        }
        c = s[p->b];
        if (c != 'u') {
            char out;
            switch (c) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            default:
                strbuf_free(&buf);
                return decode_error(ts, "Invalid \\escape", doc, p->i - 1);
            }
            strbuf_appendc(&buf, out);
            p->b++;
            p->i++;
            continue;
        }
        /* \uXXXX: p is at the 'u' (all ASCII from here, so b and i move together) */
        size_t u_at = p->i;
        if (p->i + 5 >= len) {
            strbuf_free(&buf);
            return decode_error(ts, "Invalid \\uXXXX escape", doc, u_at);
        }
        int32_t cp = hex4(s, p->b + 1);
        if (cp < 0) {
            strbuf_free(&buf);
            return decode_error(ts, "Invalid \\uXXXX escape", doc, u_at);
        }
        p->b += 5;
        p->i += 5;
        if (cp >= 0xD800 && cp <= 0xDBFF && p->i + 6 < len && s[p->b] == '\\' && s[p->b + 1] == 'u') {
            int32_t low = hex4(s, p->b + 2);
            if (low < 0) {
                strbuf_free(&buf);
                return decode_error(ts, "Invalid \\uXXXX escape", doc, p->i + 1);
            }
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00));
                p->b += 6;
                p->i += 6;
            }
        }
        char u8[4];
        strbuf_append(&buf, u8, (size_t)utf8_encode((uint32_t)cp, u8));
    }
    return str_from_strbuf(ts, &buf);
}

static Object *scan_value(Doc *d, Pos *p);

/* No value starts at [at]: the caller turns it into "Expecting value". */
static Object *no_value(Doc *d, size_t at) {
    d->stop = true;
    d->stop_at = at;
    return NULL;
}

/* object: '{' ws ( string ws ':' ws value ws ( ',' ws string ... )* )? '}';
 * [*p] is just after the '{'. */
static Object *scan_object(Doc *d, Pos *p) {
    ThreadState *ts = d->ts;
    ScannerObject *sc = d->sc;
    bool pairs_hook = sc->object_pairs_hook != None;
    Object *result = pairs_hook ? list_new(ts, 0) : dict_new(ts);
    if (!result) return NULL;
    skip_ws(d, p);
    if (p->b >= d->size || d->s[p->b] != '}') {
        for (;;) {
            if (p->b >= d->size || d->s[p->b] != '"') {
                decode_error(ts, "Expecting property name enclosed in double quotes", d->doc, p->i);
                goto error;
            }
            p->b++;
            p->i++;
            Object *key = scan_string(ts, d->doc, d->s, d->size, p, sc->strict);
            if (!key) goto error;
            Object *memokey = dict_setdefault_borrowed(ts, d->memo, key, key);
            if (!memokey) {
                DECREF(key);
                goto error;
            }
            SETREF(key, NEWREF(memokey));
            skip_ws(d, p);
            if (p->b >= d->size || d->s[p->b] != ':') {
                DECREF(key);
                decode_error(ts, "Expecting ':' delimiter", d->doc, p->i);
                goto error;
            }
            p->b++;
            p->i++;
            skip_ws(d, p);
            Object *value = scan_value(d, p);
            if (!value) {
                DECREF(key);
                goto error;
            }
            int r;
            if (pairs_hook) {
                Object *pair = tuple_pack(ts, 2, key, value);
                r = pair ? list_append_steal(ts, result, pair) : -1;
            } else {
                r = dict_set(ts, result, key, value);
            }
            DECREF(key);
            DECREF(value);
            if (r < 0) goto error;
            skip_ws(d, p);
            if (p->b < d->size && d->s[p->b] == '}') break;
            if (p->b >= d->size || d->s[p->b] != ',') {
                decode_error(ts, "Expecting ',' delimiter", d->doc, p->i);
                goto error;
            }
            p->b++;
            p->i++;
            skip_ws(d, p);
        }
    }
    p->b++;
    p->i++;
    Object *hook = pairs_hook ? sc->object_pairs_hook : sc->object_hook;
    if (hook != None) {
        Object *r = obj_call1(ts, hook, result);
        DECREF(result);
        return r;
    }
    return result;
error:
    DECREF(result);
    return NULL;
}

/* array: '[' ws ( value ws ( ',' ws value ws )* )? ']'; [*p] is just after the '['. */
static Object *scan_array(Doc *d, Pos *p) {
    ThreadState *ts = d->ts;
    Object *result = list_new(ts, 0);
    if (!result) return NULL;
    skip_ws(d, p);
    if (p->b >= d->size || d->s[p->b] != ']') {
        for (;;) {
            Object *value = scan_value(d, p);
            if (!value || list_append_steal(ts, result, value) < 0) goto error;
            skip_ws(d, p);
            if (p->b < d->size && d->s[p->b] == ']') break;
            if (p->b >= d->size || d->s[p->b] != ',') {
                decode_error(ts, "Expecting ',' delimiter", d->doc, p->i);
                goto error;
            }
            p->b++;
            p->i++;
            skip_ws(d, p);
        }
    }
    p->b++;
    p->i++;
    return result;
error:
    DECREF(result);
    return NULL;
}

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at [*p], given to
 * parse_int or parse_float (int() and float() themselves when they are
 * the defaults). A fraction or an exponent without digits is left for the
 * caller to find ("Extra data"). */
static Object *scan_number(Doc *d, Pos *p) {
    const unsigned char *s = d->s;
    size_t n = d->size, start = p->b, b = p->b;
    if (s[b] == '-' && ++b >= n) return no_value(d, p->i);
    if (s[b] >= '1' && s[b] <= '9') {
        b++;
        while (b < n && is_digit(s[b])) b++;
    } else if (s[b] == '0') {
        b++;
    } else {
        return no_value(d, p->i);
    }
    bool is_float = false;
    if (b + 1 < n && s[b] == '.' && is_digit(s[b + 1])) {
        is_float = true;
        b += 2;
        while (b < n && is_digit(s[b])) b++;
    }
    if (b + 1 < n && (s[b] == 'e' || s[b] == 'E')) {
        size_t e_start = b++;
        if (b + 1 < n && (s[b] == '-' || s[b] == '+')) b++;
        while (b < n && is_digit(s[b])) b++;
        if (is_digit(s[b - 1])) is_float = true;
        else b = e_start;
    }
    p->i += b - start;
    p->b = b;
    ThreadState *ts = d->ts;
    Object *hook = is_float ? d->sc->parse_float : d->sc->parse_int;
    if (hook == (Object *)&FloatType) return float_from_string(ts, (const char *)s + start, b - start);
    if (hook == (Object *)&IntType) return int_from_string(ts, (const char *)s + start, b - start, 10);
    Object *text = str_new(ts, (const char *)s + start, b - start);
    if (!text) return NULL;
    Object *r = obj_call1(ts, hook, text);
    DECREF(text);
    return r;
}

static bool starts(Doc *d, size_t b, const char *word) {
    size_t k = strlen(word);
    return b + k <= d->size && memcmp(d->s + b, word, k) == 0;
}

static Object *constant(Doc *d, Pos *p, const char *name) {
    size_t k = strlen(name);
    Object *text = str_from_cstr(d->ts, name);
    if (!text) return NULL;
    Object *r = obj_call1(d->ts, d->sc->parse_constant, text);
    DECREF(text);
    p->b += k;
    p->i += k;
    return r;
}

static Object *word(Pos *p, size_t k, Object *value) {
    p->b += k;
    p->i += k;
    return NEWREF(value);
}

/* The value that starts at [*p] (new reference), [*p] moved past it; NULL
 * with an exception, or with d->stop when no value starts there. */
static Object *scan_value(Doc *d, Pos *p) {
    if (p->b >= d->size) return no_value(d, p->i);
    ThreadState *ts = d->ts;
    Object *r;
    switch (d->s[p->b]) {
    case '"':
        p->b++;
        p->i++;
        return scan_string(ts, d->doc, d->s, d->size, p, d->sc->strict);
    case '{':
        if (ts_enter_recursive(ts, " while decoding a JSON object from a unicode string") < 0) return NULL;
        p->b++;
        p->i++;
        r = scan_object(d, p);
        ts_leave_recursive(ts);
        return r;
    case '[':
        if (ts_enter_recursive(ts, " while decoding a JSON array from a unicode string") < 0) return NULL;
        p->b++;
        p->i++;
        r = scan_array(d, p);
        ts_leave_recursive(ts);
        return r;
    case 'n':
        if (starts(d, p->b, "null")) return word(p, 4, None);
        break;
    case 't':
        if (starts(d, p->b, "true")) return word(p, 4, True);
        break;
    case 'f':
        if (starts(d, p->b, "false")) return word(p, 5, False);
        break;
    case 'N':
        if (starts(d, p->b, "NaN")) return constant(d, p, "NaN");
        break;
    case 'I':
        if (starts(d, p->b, "Infinity")) return constant(d, p, "Infinity");
        break;
    case '-':
        if (starts(d, p->b, "-Infinity")) return constant(d, p, "-Infinity");
        return scan_number(d, p);
    default:
        if (is_digit(d->s[p->b])) return scan_number(d, p);
        break;
    }
    return no_value(d, p->i);
}

/* The Pos of code point [idx] of [doc] (idx <= its length). */
static Pos pos_of(Object *doc, size_t idx) {
    Pos p = {((StrObject *)doc)->ascii ? idx : str_byte_offset(doc, idx), idx};
    return p;
}

/* ---- scanstring() ---- */

static CFUNC(json_scanstring) {
    static const char *const names[] = {"string", "end", "strict", NULL};
    static const ArgSpec spec = {"scanstring", names, .required = 2};
    Object *a[3];
    (void)self;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (!str_check(a[0]))
        return err_format(ts, &ExcTypeError, "first argument must be a string, not %s", TYPE_NAME(a[0]));
    int64_t end;
    if (!int_check(a[1]) || !int_as_i64(a[1], &end))
        return err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(a[1]));
    bool strict = true;
    if (a[2]) {
        int t = obj_is_true(ts, a[2]);
        if (t < 0) return NULL;
        strict = t;
    }
    if (end < 0 || (size_t)end > STR_LEN(a[0])) return err_set_string(ts, &ExcValueError, "end is out of bounds");
    Pos p = pos_of(a[0], (size_t)end);
    Object *r = scan_string(ts, a[0], (const unsigned char *)STR_DATA(a[0]), STR_SIZE(a[0]), &p, strict);
    if (!r) return NULL;
    Object *e = int_from_u64(ts, p.i);
    Object *t = e ? tuple_pack(ts, 2, r, e) : NULL;
    DECREF(r);
    XDECREF(e);
    return t;
}

/* ---- the Scanner type ---- */

static Object *scanner_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                           Object *kwnames) {
    static const char *const names[] = {"context", NULL};
    static const ArgSpec spec = {"make_scanner", names, .required = 1};
    Object *a[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    ScannerObject *sc = (ScannerObject *)obj_alloc(ts, type, type->basicsize);
    if (!sc) return NULL;
    sc->object_hook = sc->object_pairs_hook = sc->parse_float = sc->parse_int = sc->parse_constant = NULL;
    gc_track(ts, (Object *)sc);
    Object *strict = obj_getattr_cstr(ts, a[0], "strict");
    int t = strict ? obj_is_true(ts, strict) : -1;
    XDECREF(strict);
    if (t < 0) goto error;
    sc->strict = t;
    if (!(sc->object_hook = obj_getattr_cstr(ts, a[0], "object_hook"))) goto error;
    if (!(sc->object_pairs_hook = obj_getattr_cstr(ts, a[0], "object_pairs_hook"))) goto error;
    if (!(sc->parse_float = obj_getattr_cstr(ts, a[0], "parse_float"))) goto error;
    if (!(sc->parse_int = obj_getattr_cstr(ts, a[0], "parse_int"))) goto error;
    if (!(sc->parse_constant = obj_getattr_cstr(ts, a[0], "parse_constant"))) goto error;
    return (Object *)sc;
error:
    DECREF(sc);
    return NULL;
}

/* scan_once(string, idx): see the head comment. */
static Object *scanner_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    static const char *const names[] = {"string", "idx", NULL};
    static const ArgSpec spec = {"scanner", names, .required = 2};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (!str_check(a[0]))
        return err_format(ts, &ExcTypeError, "first argument must be a string, not %s", TYPE_NAME(a[0]));
    int64_t idx;
    if (!int_check(a[1]) || !int_as_i64(a[1], &idx))
        return err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(a[1]));
    if (idx < 0) return err_set_string(ts, &ExcValueError, "idx cannot be negative");
    Doc d = {ts, a[0], (const unsigned char *)STR_DATA(a[0]), STR_SIZE(a[0]), (ScannerObject *)self, NULL,
             false, 0};
    if ((size_t)idx >= STR_LEN(a[0])) {
        Object *at = int_from_u64(ts, (uint64_t)idx);
        if (at) {
            err_set_object(ts, &ExcStopIteration, at);
            DECREF(at);
        }
        return NULL;
    }
    if (!(d.memo = dict_new(ts))) return NULL;
    Pos p = pos_of(a[0], (size_t)idx);
    Object *value = scan_value(&d, &p);
    DECREF(d.memo);
    if (!value) {
        if (d.stop && !err_occurred(ts)) {
            Object *at = int_from_u64(ts, d.stop_at);
            if (at) {
                err_set_object(ts, &ExcStopIteration, at);
                DECREF(at);
            }
        }
        return NULL;
    }
    Object *end = int_from_u64(ts, p.i);
    Object *r = end ? tuple_pack(ts, 2, value, end) : NULL;
    DECREF(value);
    XDECREF(end);
    return r;
}

static int scanner_traverse(Object *self, VisitFunc visit, void *arg) {
    ScannerObject *sc = (ScannerObject *)self;
    Object *refs[] = {sc->object_hook, sc->object_pairs_hook, sc->parse_float, sc->parse_int, sc->parse_constant};
    for (size_t k = 0; k < sizeof refs / sizeof refs[0]; k++)
        if (refs[k] && visit(refs[k], arg)) return 1;
    return 0;
}

static int scanner_clear(Object *self) {
    ScannerObject *sc = (ScannerObject *)self;
    CLEAR(sc->object_hook);
    CLEAR(sc->object_pairs_hook);
    CLEAR(sc->parse_float);
    CLEAR(sc->parse_int);
    CLEAR(sc->parse_constant);
    return 0;
}

static void scanner_dealloc(Object *self) {
    gc_untrack(self);
    scanner_clear(self);
    obj_free(self);
}

TypeObject ScannerType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_json.Scanner",
    .basicsize = sizeof(ScannerObject),
    .flags = TYPE_FLAG_GC,
    .doc = "JSON scanner object",
    .dealloc = scanner_dealloc,
    .traverse = scanner_traverse,
    .clear = scanner_clear,
    .call = scanner_call,
    .getattr = obj_generic_getattr,
    .new_ = scanner_new,
};

/* ==== encoding ================================================================ */

static const char HEX[] = "0123456789abcdef";

static void put_u(StrBuf *out, uint32_t v) {
    char e[6] = {'\\', 'u', HEX[(v >> 12) & 15], HEX[(v >> 8) & 15], HEX[(v >> 4) & 15], HEX[v & 15]};
    strbuf_append(out, e, 6);
}

/* Append [s] as a JSON string, with quotes: '"', '\\' and control
 * characters escaped, and with [ascii] everything outside ' '..'~' as
 * \uXXXX (a surrogate pair above U+FFFF). */
static void encode_string(StrBuf *out, Object *s, bool ascii) {
    const char *data = STR_DATA(s);
    size_t n = STR_SIZE(s), b = 0;
    strbuf_appendc(out, '"');
    while (b < n) {
        size_t start = b;
        while (b < n) {
            unsigned char c = (unsigned char)data[b];
            if (c == '"' || c == '\\' || c < 0x20 || (ascii && c >= 0x7f)) break;
            b++;
        }
        strbuf_append(out, data + start, b - start);
        if (b >= n) break;
        unsigned char c = (unsigned char)data[b];
        if (c >= 0x80) {
            int32_t cp = utf8_decode_lenient(data, n, &b);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                put_u(out, 0xD800 | ((uint32_t)cp >> 10));
                put_u(out, 0xDC00 | ((uint32_t)cp & 0x3FF));
            } else {
                put_u(out, (uint32_t)cp);
            }
            continue;
        }
        b++;
        switch (c) {
        case '"': strbuf_append(out, "\\\"", 2); break;
        case '\\': strbuf_append(out, "\\\\", 2); break;
        case '\b': strbuf_append(out, "\\b", 2); break;
        case '\f': strbuf_append(out, "\\f", 2); break;
        case '\n': strbuf_append(out, "\\n", 2); break;
        case '\r': strbuf_append(out, "\\r", 2); break;
        case '\t': strbuf_append(out, "\\t", 2); break;
        default: put_u(out, c); break;
        }
    }
    strbuf_appendc(out, '"');
}

static Object *encode_basestring(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames,
                                 const char *fname, bool ascii) {
    if (args_exactly(ts, fname, nargs, kwnames, 1) < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "first argument must be a string, not %s", TYPE_NAME(args[0]));
    StrBuf out;
    strbuf_init(&out);
    encode_string(&out, args[0], ascii);
    return str_from_strbuf(ts, &out);
}

static CFUNC(json_encode_basestring_ascii) {
    (void)self;
    return encode_basestring(ts, args, nargs, kwnames, "encode_basestring_ascii", true);
}

static CFUNC(json_encode_basestring) {
    (void)self;
    return encode_basestring(ts, args, nargs, kwnames, "encode_basestring", false);
}


/* ---- the Encoder type ---- */

typedef struct {
    OBJECT_HEAD;
    Object *markers, *defaultfn, *encoder, *indent, *key_separator, *item_separator;
    bool sort_keys, skipkeys, allow_nan;
    int fast_encode;            /* 0: call encoder; 1: C, ASCII only; 2: C, UTF-8 kept */
} EncoderObject;

#define ENC(o) ((EncoderObject *)(o))

static Object *encoder_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                           Object *kwnames) {
    static const char *const names[] = {"markers", "default", "encoder", "indent", "key_separator",
                                        "item_separator", "sort_keys", "skipkeys", "allow_nan", NULL};
    static const ArgSpec spec = {"make_encoder", names, .required = 9};
    Object *a[9];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (a[0] != None && !dict_check(a[0]))
        return err_format(ts, &ExcTypeError, "make_encoder() argument 1 must be dict or None, not %s",
                          TYPE_NAME(a[0]));
    if (!str_check(a[4]) || !str_check(a[5]))
        return err_format(ts, &ExcTypeError, "make_encoder() argument %d must be str, not %s",
                          str_check(a[4]) ? 6 : 5, TYPE_NAME(str_check(a[4]) ? a[5] : a[4]));
    int flags[3];
    for (int k = 0; k < 3; k++)
        if ((flags[k] = obj_is_true(ts, a[6 + k])) < 0) return NULL;
    EncoderObject *e = (EncoderObject *)obj_alloc(ts, type, type->basicsize);
    if (!e) return NULL;
    e->markers = NEWREF(a[0]);
    e->defaultfn = NEWREF(a[1]);
    e->encoder = NEWREF(a[2]);
    e->indent = NEWREF(a[3]);
    e->key_separator = NEWREF(a[4]);
    e->item_separator = NEWREF(a[5]);
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    e->fast_encode = 0;
    if (TYPE(a[2]) == &BuiltinFunctionType) {
        const MethodDef *def = ((BuiltinFunctionObject *)a[2])->def;
        if (def->fn == json_encode_basestring_ascii) e->fast_encode = 1;
        else if (def->fn == json_encode_basestring) e->fast_encode = 2;
    }
    gc_track(ts, (Object *)e);
    return (Object *)e;
}

static int put_string(ThreadState *ts, EncoderObject *e, StrBuf *out, Object *s) {
    if (e->fast_encode) {
        encode_string(out, s, e->fast_encode == 1);
        return 0;
    }
    Object *r = obj_call1(ts, e->encoder, s);
    if (!r) return -1;
    if (!str_check(r)) {
        err_format(ts, &ExcTypeError, "encoder() must return a string, not %s", TYPE_NAME(r));
        DECREF(r);
        return -1;
    }
    strbuf_append(out, STR_DATA(r), STR_SIZE(r));
    DECREF(r);
    return 0;
}

/* The text of a float (a subclass's too) as float.__repr__ writes it. */
static int put_float(ThreadState *ts, EncoderObject *e, StrBuf *out, Object *o) {
    double v = FLOAT_VALUE(o);
    if (v != v || v == INFINITY || v == -INFINITY) {
        if (!e->allow_nan) {
            err_set_string(ts, &ExcValueError, "Out of range float values are not JSON compliant");
            return -1;
        }
        strbuf_puts(out, v != v ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
        return 0;
    }
    Object *r = float_repr(ts, o);
    if (!r) return -1;
    strbuf_append(out, STR_DATA(r), STR_SIZE(r));
    DECREF(r);
    return 0;
}

/* The text of an int (a subclass's too) as int.__repr__ writes it. */
static int put_int(ThreadState *ts, StrBuf *out, Object *o) {
    Object *r = IntType.repr(ts, o);
    if (!r) return -1;
    strbuf_append(out, STR_DATA(r), STR_SIZE(r));
    DECREF(r);
    return 0;
}

/* Enter container [o]: its id goes into the markers; *[ident] gets it
 * (NULL without markers). -1 with "Circular reference detected". */
static int mark(ThreadState *ts, EncoderObject *e, Object *o, Object **ident) {
    *ident = NULL;
    if (e->markers == None) return 0;
    Object *id = int_from_u64(ts, (uint64_t)(uintptr_t)o);
    if (!id) return -1;
    if (dict_get_borrowed(ts, e->markers, id)) {
        DECREF(id);
        err_set_string(ts, &ExcValueError, "Circular reference detected");
        return -1;
    }
    if (err_occurred(ts) || dict_set(ts, e->markers, id, o) < 0) {
        DECREF(id);
        return -1;
    }
    *ident = id;
    return 0;
}

static int unmark(ThreadState *ts, EncoderObject *e, Object *ident) {
    if (!ident) return 0;
    int r = dict_del(ts, e->markers, ident);
    DECREF(ident);
    return r;
}

static int put_value(ThreadState *ts, EncoderObject *e, StrBuf *out, Object *o);

static int put_list(ThreadState *ts, EncoderObject *e, StrBuf *out, Object *seq) {
    size_t n = list_check(seq) ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
    if (n == 0) {
        strbuf_append(out, "[]", 2);
        return 0;
    }
    Object *ident;
    if (mark(ts, e, seq, &ident) < 0) return -1;
    /* a default() that runs Python code may change the list: its size is
     * read again each time, and each item held while it is written */
    bool is_list = list_check(seq);
    strbuf_appendc(out, '[');
    for (size_t k = 0; k < (is_list ? LIST_SIZE(seq) : n); k++) {
        if (k) strbuf_append(out, STR_DATA(e->item_separator), STR_SIZE(e->item_separator));
        Object *item = is_list ? LIST_GET(seq, k) : TUPLE_GET(seq, k);
        INCREF(item);
        int r = put_value(ts, e, out, item);
        DECREF(item);
        if (r < 0) {
            XDECREF(ident);
            return -1;
        }
    }
    strbuf_appendc(out, ']');
    return unmark(ts, e, ident);
}

static int put_dict(ThreadState *ts, EncoderObject *e, StrBuf *out, Object *dct) {
    if (DICT_SIZE(dct) == 0) {
        strbuf_append(out, "{}", 2);
        return 0;
    }
    Object *ident;
    if (mark(ts, e, dct, &ident) < 0) return -1;
    Object *items = dict_items_list(ts, dct);
    if (!items || (e->sort_keys && list_sort(ts, items, NULL, false) < 0)) goto error;
    strbuf_appendc(out, '{');
    bool first = true;
    for (size_t k = 0; k < LIST_SIZE(items); k++) {
        Object *key = TUPLE_GET(LIST_GET(items, k), 0);
        Object *value = TUPLE_GET(LIST_GET(items, k), 1);
        StrBuf keytext;
        strbuf_init(&keytext);
        Object *keystr = NULL;
        if (str_check(key)) {
            keystr = NEWREF(key);
        } else {
            int r = 0;
            if (float_check(key)) r = put_float(ts, e, &keytext, key);
            else if (key == True) strbuf_puts(&keytext, "true");
            else if (key == False) strbuf_puts(&keytext, "false");
            else if (key == None) strbuf_puts(&keytext, "null");
            else if (int_check(key)) r = put_int(ts, &keytext, key);
            else if (e->skipkeys) continue;
            else {
                err_format(ts, &ExcTypeError, "keys must be str, int, float, bool or None, not %s",
                           TYPE_NAME(key));
                r = -1;
            }
            keystr = r < 0 ? NULL : str_from_strbuf(ts, &keytext);
            strbuf_free(&keytext);
            if (!keystr) goto error;
        }
        if (!first) strbuf_append(out, STR_DATA(e->item_separator), STR_SIZE(e->item_separator));
        first = false;
        int r = put_string(ts, e, out, keystr);
        DECREF(keystr);
        if (r < 0) goto error;
        strbuf_append(out, STR_DATA(e->key_separator), STR_SIZE(e->key_separator));
        if (put_value(ts, e, out, value) < 0) goto error;
    }
    DECREF(items);
    strbuf_appendc(out, '}');
    return unmark(ts, e, ident);
error:
    XDECREF(items);
    XDECREF(ident);
    return -1;
}

/* Append the JSON text of [o]: CPython's order of checks (True before int). */
static int put_value(ThreadState *ts, EncoderObject *e, StrBuf *out, Object *o) {
    if (o == None) {
        strbuf_puts(out, "null");
        return 0;
    }
    if (o == True || o == False) {
        strbuf_puts(out, o == True ? "true" : "false");
        return 0;
    }
    if (str_check(o)) return put_string(ts, e, out, o);
    if (int_check(o)) return put_int(ts, out, o);
    if (float_check(o)) return put_float(ts, e, out, o);
    int r;
    if (list_check(o) || tuple_check(o) || dict_check(o)) {
        if (ts_enter_recursive(ts, " while encoding a JSON object") < 0) return -1;
        r = dict_check(o) ? put_dict(ts, e, out, o) : put_list(ts, e, out, o);
        ts_leave_recursive(ts);
        return r;
    }
    Object *ident;
    if (mark(ts, e, o, &ident) < 0) return -1;
    Object *replacement = obj_call1(ts, e->defaultfn, o);
    if (!replacement) goto error;
    if (ts_enter_recursive(ts, " while encoding a JSON object") < 0) {
        DECREF(replacement);
        goto error;
    }
    r = put_value(ts, e, out, replacement);
    ts_leave_recursive(ts);
    DECREF(replacement);
    if (r < 0) goto error;
    return unmark(ts, e, ident);
error:
    XDECREF(ident);
    return -1;
}

/* encoder(obj, _current_indent_level): a 1-tuple holding the whole text. */
static Object *encoder_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    static const char *const names[] = {"obj", "_current_indent_level", NULL};
    static const ArgSpec spec = {"_iterencode", names, .required = 2};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    StrBuf out;
    strbuf_init(&out);
    if (put_value(ts, ENC(self), &out, a[0]) < 0) {
        strbuf_free(&out);
        return NULL;
    }
    Object *text = str_from_strbuf(ts, &out);
    if (!text) return NULL;
    Object *r = tuple_pack(ts, 1, text);
    DECREF(text);
    return r;
}

static int encoder_traverse(Object *self, VisitFunc visit, void *arg) {
    EncoderObject *e = ENC(self);
    Object *refs[] = {e->markers, e->defaultfn, e->encoder, e->indent, e->key_separator, e->item_separator};
    for (size_t k = 0; k < sizeof refs / sizeof refs[0]; k++)
        if (refs[k] && visit(refs[k], arg)) return 1;
    return 0;
}

static int encoder_clear(Object *self) {
    EncoderObject *e = ENC(self);
    CLEAR(e->markers);
    CLEAR(e->defaultfn);
    CLEAR(e->encoder);
    CLEAR(e->indent);
    CLEAR(e->key_separator);
    CLEAR(e->item_separator);
    return 0;
}

static void encoder_dealloc(Object *self) {
    gc_untrack(self);
    encoder_clear(self);
    obj_free(self);
}

TypeObject EncoderType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_json.Encoder",
    .basicsize = sizeof(EncoderObject),
    .flags = TYPE_FLAG_GC,
    .doc = "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, "
           "allow_nan)",
    .dealloc = encoder_dealloc,
    .traverse = encoder_traverse,
    .clear = encoder_clear,
    .call = encoder_call,
    .getattr = obj_generic_getattr,
    .new_ = encoder_new,
};

/* ==== the module ================================================================ */

static const MethodDef json_functions[] = {
    {"scanstring", json_scanstring, METH_KEYWORDS,
     "scanstring(string, end, strict=True) -> (string, end)\n\n"
     "Scan the string s for a JSON string. End is the index of the\n"
     "character in s after the quote that started the JSON string."},
    {"encode_basestring_ascii", json_encode_basestring_ascii, 0,
     "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"},
    {"encode_basestring", json_encode_basestring, 0,
     "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"},
    {NULL},
};

Object *mod_json_create(ThreadState *ts) {
    if (type_ready(ts, &ScannerType) < 0 || type_ready(ts, &EncoderType) < 0) return NULL;
    Object *m = module_new_cstr(ts, "_json");
    if (!m) return NULL;
    if (module_add_functions(ts, m, json_functions) < 0 ||
        module_add_object(ts, m, "make_scanner", (Object *)&ScannerType) < 0 ||
        module_add_object(ts, m, "make_encoder", (Object *)&EncoderType) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
