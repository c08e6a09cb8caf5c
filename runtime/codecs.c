/* codecs.c -- str.encode() and bytes.decode() for utf-8, ascii, latin-1
 * and cp1252, with CPython's error handlers and messages (see codecs.h).
 *
 * Lesson 2 (the pipeline): the first thing Python does with a file is
 * decode it; a learner sees the same step in `'é'.encode()` giving two
 * bytes and in the UnicodeDecodeError of a latin-1 file read as utf-8.
 *
 * How an error is handled
 * -----------------------
 * Both directions walk the input and copy what the codec can represent.
 * At the first piece it cannot (a run of unencodable characters; a bad
 * utf-8 sequence, or one undefined byte), the handler named by `errors`
 * decides: "strict" raises UnicodeEncodeError / UnicodeDecodeError naming
 * the codec, the positions (code point indexes when encoding, byte offsets
 * when decoding) and the reason; "ignore" drops the piece; "replace" puts
 * '?' (encoding) or U+FFFD (decoding); "backslashreplace" writes \xNN /
 * \uNNNN escapes; "xmlcharrefreplace" (encoding) writes &#NNN;;
 * "surrogateescape" maps undecodable bytes to U+DC80..U+DCFF and back;
 * "surrogatepass" lets utf-8 encode and decode lone surrogates (pickle
 * writes str that way). As
 * in CPython, the handler's name is looked up only when an error happens,
 * so 'x'.encode('ascii', 'bogus') succeeds.
 *
 * Start reading at codec_encode().
 */
#include <stdio.h>
#include <string.h>

#include "codecs.h"
#include "args.h"
#include "bytes.h"
#include "str.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "tuple.h"
#include "common/srcenc.h"
#include "common/utf8.h"

typedef enum {
    H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_XMLREF, H_SURROGATEESCAPE, H_SURROGATEPASS, H_UNKNOWN
} Handler;

static Handler handler_of(const char *errors) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "surrogateescape", "surrogatepass"};
    if (!errors) return H_STRICT;
    for (int i = 0; i < 7; i++)
        if (strcmp(errors, names[i]) == 0) return (Handler)i;
    return H_UNKNOWN;
}

static void *unknown_handler(ThreadState *ts, const char *errors) {
    return err_format(ts, &ExcLookupError, "unknown error handler name '%s'", errors);
}

/* The codec an encoding name selects, with the name CPython's messages
 * give it; NULL with LookupError for a name minipy cannot serve.
 * utf-8-sig is UTF-8 with [*sig] set: its decoder drops a leading BOM,
 * its encoder writes one. */
static const char *codec_of(ThreadState *ts, const char *encoding, SrcEncKind *kind, bool *sig) {
    *sig = false;
    if (!encoding) {
        *kind = SRCENC_UTF8;
        return "utf-8";
    }
    int known = srcenc_lookup(encoding, kind);
    if (known < 0) {
        err_no_memory(ts);
        return NULL;
    }
    if (!known) {
        err_format(ts, &ExcLookupError, "unknown encoding: %s", encoding);
        return NULL;
    }
    switch (*kind) {
    case SRCENC_UTF8_SIG:
        *kind = SRCENC_UTF8;
        *sig = true;
        return "utf-8";
    case SRCENC_UTF8: return "utf-8";
    case SRCENC_ASCII: return "ascii";
    case SRCENC_LATIN1: return "latin-1";
    case SRCENC_CP1252: return "charmap";
    default:
        err_format(ts, &ExcLookupError,
                   "unknown encoding: %s (minipy has the codecs utf-8, ascii, latin-1 and cp1252)",
                   encoding);
        return NULL;
    }
}

/* Raise [type] with CPython's message and the attributes encoding,
 * object, start, end and reason. [object] is the str or bytes. */
static void *codec_error(ThreadState *ts, TypeObject *type, const char *codec, Object *object,
                         size_t start, size_t end, const char *reason, const char *what) {
    Object *msg = str_format(ts, "'%s' codec can't %s: %s", codec, what, reason);
    if (!msg) return NULL;
    Object *args = tuple_pack(ts, 1, msg);
    DECREF(msg);
    if (!args) return NULL;
    Object *exc = exc_new(ts, type, args);
    DECREF(args);
    if (!exc) return NULL;
    Object *vals[5] = {str_from_cstr(ts, codec), NEWREF(object), int_from_u64(ts, start),
                       int_from_u64(ts, end), str_from_cstr(ts, reason)};
    static const char *const names[5] = {"encoding", "object", "start", "end", "reason"};
    int rc = 0;
    for (int i = 0; i < 5; i++) {
        Object *name = vals[i] && rc == 0 ? str_intern_cstr_borrowed(ts, names[i]) : NULL;
        if (!vals[i] || (rc == 0 && (!name || obj_setattr(ts, exc, name, vals[i]) < 0)))
            rc = -1;
        XDECREF(vals[i]);
    }
    if (rc < 0) {
        DECREF(exc);
        return NULL;
    }
    return err_raise_steal(ts, exc);
}

/* ==== encoding =========================================================== */

/* cp1252's byte for [cp], or -1. */
static int cp1252_byte(uint32_t cp) {
    if (cp < 0x80 || (cp >= 0xA0 && cp < 0x100)) return (int)cp;
    for (int i = 0; i < 32; i++)
        if (srcenc_cp1252_high[i] && srcenc_cp1252_high[i] == cp) return 0x80 + i;
    return -1;
}

/* The byte [cp] encodes to in [kind] (utf-8: -2 for "copy its UTF-8"), or
 * -1 when it has none. */
static int encode_one(SrcEncKind kind, uint32_t cp) {
    switch (kind) {
    case SRCENC_UTF8: return cp >= 0xD800 && cp <= 0xDFFF ? -1 : -2;
    case SRCENC_ASCII: return cp < 0x80 ? (int)cp : -1;
    case SRCENC_LATIN1: return cp < 0x100 ? (int)cp : -1;
    default: return cp1252_byte(cp);
    }
}

/* A character as CPython's encode errors show it: '\xe9', '\u20ac'. */
static void escape_cp(char *buf, size_t cap, uint32_t cp) {
    if (cp < 0x100) snprintf(buf, cap, "\\x%02x", cp);
    else if (cp < 0x10000) snprintf(buf, cap, "\\u%04x", cp);
    else snprintf(buf, cap, "\\U%08x", cp);
}

Object *codec_encode(ThreadState *ts, Object *str, const char *encoding, const char *errors) {
    SrcEncKind kind;
    bool sig;
    const char *codec = codec_of(ts, encoding, &kind, &sig);
    if (!codec) return NULL;
    if (sig) {
        /* utf-8-sig: a BOM, then the UTF-8 */
        Object *body = codec_encode(ts, str, "utf-8", errors);
        if (!body) return NULL;
        Object *r = bytes_new(ts, NULL, 3 + BYTES_SIZE(body));
        if (r) {
            memcpy(BYTES_DATA(r), "\xef\xbb\xbf", 3);
            memcpy(BYTES_DATA(r) + 3, BYTES_DATA(body), BYTES_SIZE(body));
        }
        DECREF(body);
        return r;
    }
    const char *d = STR_DATA(str);
    size_t n = STR_SIZE(str);
    if (kind == SRCENC_UTF8 || ((StrObject *)str)->ascii) {
        /* the common case: the str's own bytes, when it holds no surrogate */
        bool clean = true;
        if (!((StrObject *)str)->ascii)
            for (size_t i = 0; i + 1 < n; i++)
                if ((unsigned char)d[i] == 0xED && (unsigned char)d[i + 1] >= 0xA0) {
                    clean = false;
                    break;
                }
        if (clean) return bytes_new(ts, d, n);
    }
    StrBuf out;
    strbuf_init(&out);
    size_t pos = 0, index = 0;
    while (pos < n) {
        size_t at = pos;
        int32_t c = utf8_decode_lenient(d, n, &pos);
        uint32_t cp = c < 0 ? 0xFFFD : (uint32_t)c;
        int b = encode_one(kind, cp);
        if (b == -2) {
            strbuf_append(&out, d + at, pos - at);
            index++;
            continue;
        }
        if (b >= 0) {
            strbuf_appendc(&out, (char)b);
            index++;
            continue;
        }
        /* a run of characters the codec cannot encode: [start, end) */
        size_t start = index, run_end_pos = pos, end = index + 1;
        while (run_end_pos < n) {
            size_t p2 = run_end_pos;
            int32_t c2 = utf8_decode_lenient(d, n, &p2);
            if (encode_one(kind, c2 < 0 ? 0xFFFD : (uint32_t)c2) != -1) break;
            run_end_pos = p2;
            end++;
        }
        Handler h = handler_of(errors);
        if (h == H_UNKNOWN) {
            strbuf_free(&out);
            return unknown_handler(ts, errors);
        }
        if (h == H_STRICT || h == H_SURROGATEESCAPE || h == H_SURROGATEPASS) {
            /* surrogateescape gives back the bytes U+DC80..U+DCFF stand
             * for; surrogatepass, for utf-8, the surrogates' own 3-byte
             * forms, which is how the str holds them */
            bool passed = h == H_SURROGATEPASS && kind == SRCENC_UTF8;
            bool escaped = h == H_SURROGATEESCAPE;
            for (size_t p = at; p < run_end_pos && (escaped || passed);) {
                int32_t c2 = utf8_decode_lenient(d, n, &p);
                if (c2 < 0xDC80 || c2 > 0xDCFF) escaped = false;
                if (c2 < 0xD800 || c2 > 0xDFFF) passed = false;
            }
            if (passed) {
                strbuf_append(&out, d + at, run_end_pos - at);
                pos = run_end_pos;
                index = end;
                continue;
            }
            if (escaped) {
                for (size_t p = at; p < run_end_pos;)
                    strbuf_appendc(&out, (char)(utf8_decode_lenient(d, n, &p) - 0xDC00));
                pos = run_end_pos;
                index = end;
                continue;
            }
            strbuf_free(&out);
            const char *reason = kind == SRCENC_UTF8 ? "surrogates not allowed"
                                 : kind == SRCENC_ASCII ? "ordinal not in range(128)"
                                 : kind == SRCENC_LATIN1 ? "ordinal not in range(256)"
                                                         : "character maps to <undefined>";
            char what[96];
            if (end - start == 1) {
                char esc[16];
                escape_cp(esc, sizeof esc, cp);
                snprintf(what, sizeof what, "encode character '%s' in position %zu", esc, start);
            } else {
                snprintf(what, sizeof what, "encode characters in position %zu-%zu", start, end - 1);
            }
            return codec_error(ts, &ExcUnicodeEncodeError, codec, str, start, end, reason, what);
        }
        for (size_t p = at; p < run_end_pos;) {
            int32_t c2 = utf8_decode_lenient(d, n, &p);
            char buf[16];
            switch (h) {
            case H_REPLACE: strbuf_appendc(&out, '?'); break;
            case H_BACKSLASH: escape_cp(buf, sizeof buf, (uint32_t)c2); strbuf_puts(&out, buf); break;
            case H_XMLREF: strbuf_printf(&out, "&#%d;", (int)c2); break;
            default: break;          /* ignore */
            }
        }
        pos = run_end_pos;
        index = end;
    }
    return bytes_from_strbuf(ts, &out);
}

/* ==== decoding =========================================================== */

/* The length of the bad piece at s[i] and why (CPython's utf-8 decoder:
 * a bad start byte is one byte; a sequence cut short by a bad continuation
 * byte ends before it; one cut short by the end of the data runs to it). */
static size_t utf8_bad_piece(const unsigned char *s, size_t len, size_t i, const char **reason) {
    *reason = srcenc_utf8_reason(s, len, i);
    if (strcmp(*reason, "unexpected end of data") == 0) return len - i;
    if (strcmp(*reason, "invalid start byte") == 0) return 1;
    size_t k = 1;
    unsigned c = s[i];
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    while (i + k < len) {
        unsigned b = s[i + k];
        if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) break;
        k++;
    }
    return k;
}

Object *codec_decode(ThreadState *ts, const char *data, size_t size, const char *encoding,
                     const char *errors) {
    SrcEncKind kind;
    bool sig;
    const char *codec = codec_of(ts, encoding, &kind, &sig);
    if (!codec) return NULL;
    if (sig && size >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
        /* utf-8-sig drops one leading BOM */
        data += 3;
        size -= 3;
    }
    const unsigned char *s = (const unsigned char *)data;
    if (kind == SRCENC_UTF8 && utf8_validate(data, size, NULL)) return str_new(ts, data, size);
    StrBuf out;
    strbuf_init(&out);
    size_t i = 0;
    while (i < size) {
        unsigned c = s[i];
        size_t bad = 0;
        const char *reason = NULL;
        if (c < 0x80) {
            strbuf_appendc(&out, (char)c);
            i++;
            continue;
        }
        char u[4];
        switch (kind) {
        case SRCENC_UTF8:
            reason = srcenc_utf8_reason(s, size, i);
            if (!reason) {
                size_t p = i;
                int32_t cp = utf8_decode(data, size, &p);
                strbuf_append(&out, u, (size_t)utf8_encode((uint32_t)cp, u));
                i = p;
                continue;
            }
            if (i + 2 < size && c == 0xED && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF && s[i + 2] >= 0x80 &&
                s[i + 2] <= 0xBF && handler_of(errors) == H_SURROGATEPASS) {
                strbuf_append(&out, data + i, 3);       /* a lone surrogate, kept */
                i += 3;
                continue;
            }
            bad = utf8_bad_piece(s, size, i, &reason);
            break;
        case SRCENC_ASCII:
            bad = 1;
            reason = "ordinal not in range(128)";
            break;
        case SRCENC_LATIN1:
            strbuf_append(&out, u, (size_t)utf8_encode(c, u));
            i++;
            continue;
        default: {
            uint32_t cp = c >= 0xA0 ? c : srcenc_cp1252_high[c - 0x80];
            if (cp) {
                strbuf_append(&out, u, (size_t)utf8_encode(cp, u));
                i++;
                continue;
            }
            bad = 1;
            reason = "character maps to <undefined>";
        }
        }
        Handler h = handler_of(errors);
        if (h == H_UNKNOWN) {
            strbuf_free(&out);
            return unknown_handler(ts, errors);
        }
        if (h == H_STRICT || h == H_XMLREF || h == H_SURROGATEPASS) {
            strbuf_free(&out);
            if (h == H_XMLREF)
                return err_set_string(ts, &ExcTypeError,
                                      "don't know how to handle UnicodeDecodeError in error callback");
            char what[96];
            if (bad == 1) snprintf(what, sizeof what, "decode byte 0x%02x in position %zu", c, i);
            else snprintf(what, sizeof what, "decode bytes in position %zu-%zu", i, i + bad - 1);
            Object *obj = bytes_new(ts, data, size);
            if (!obj) return NULL;
            codec_error(ts, &ExcUnicodeDecodeError, codec, obj, i, i + bad, reason, what);
            DECREF(obj);
            return NULL;
        }
        for (size_t k = 0; k < bad; k++) {
            if (h == H_REPLACE) {
                if (k == 0) strbuf_puts(&out, "\xEF\xBF\xBD");
            } else if (h == H_BACKSLASH) {
                strbuf_printf(&out, "\\x%02x", s[i + k]);
            } else if (h == H_SURROGATEESCAPE) {
                strbuf_append(&out, u, (size_t)utf8_encode(0xDC00 + s[i + k], u));
            }
        }
        i += bad;
    }
    return str_from_strbuf(ts, &out);
}

int codec_args(ThreadState *ts, const char *fname, Object *encoding, Object *errors,
               const char **enc, const char **err) {
    Object *vals[2] = {encoding, errors};
    const char *names[2] = {"encoding", "errors"};
    const char **outs[2] = {enc, err};
    for (int i = 0; i < 2; i++) {
        *outs[i] = NULL;
        if (!vals[i]) continue;
        if (!str_check(vals[i])) {
            err_format(ts, &ExcTypeError, "%s() argument '%s' must be str, not %s", fname, names[i],
                       args_type_name(vals[i]));
            return -1;
        }
        if (strlen(STR_DATA(vals[i])) != STR_SIZE(vals[i])) {
            err_set_string(ts, &ExcValueError, "embedded null character");
            return -1;
        }
        *outs[i] = STR_DATA(vals[i]);
    }
    return 0;
}
