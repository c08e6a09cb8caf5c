/* mod_binascii.c -- `binascii`: bytes written as printable ASCII and read
 * back: base64, hexadecimal, uuencode and quoted-printable, plus the CRC-32
 * and CRC-CCITT checksums. lib/base64.py builds its encodings on it.
 *
 * Issue 17 (the modules real programs import); a lesson on what text an
 * encoding is: every scheme here cuts the bits of the input into groups
 * (6 bits for base64 and uuencode, 4 for hex) and writes each group as one
 * character of a table. Start reading at a2b_base64, whose loop keeps the
 * position inside a group of four characters (quad_pos) and decides from
 * it what padding means.
 *
 * Arguments: the decoders (a2b_*) take bytes-like objects or ASCII str
 * (ascii_arg), the encoders (b2a_*, crc*) bytes-like objects only
 * (binary_arg); the hexadecimal text of b2a_hex is bytes.hex's
 * (bytes_hex_args/bytes_hex_append in runtime/bytes_methods.c). Every
 * message is CPython 3.11's. Flags such as newline=, strict_mode= are
 * converted as CPython's Argument Clinic converts bool(accept={int}):
 * through __index__, so 2.5 is a TypeError.
 */
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
#include "dict.h"
#include "args.h"

/* ---- errors and arguments ---------------------------------------------- */

/* binascii.Error (borrowed), found where the module keeps it; ValueError
 * if the module has been taken out of sys.modules. */
static TypeObject *error_type_borrowed(ThreadState *ts) {
    Object *m = dict_get_cstr_borrowed(ts, ts->interp->modules, "binascii");
    Object *e = m && TYPE(m) == &ModuleType ? dict_get_cstr_borrowed(ts, MODULE_DICT(m), "Error") : NULL;
    if (e && obj_type_check(e, &TypeType) && type_is_subtype((TypeObject *)e, &ExcBaseException))
        return (TypeObject *)e;
    return &ExcValueError;
}

/* Raise binascii.Error([msg]); NULL. */
static Object *fail(ThreadState *ts, const char *msg) {
    return err_set_string(ts, error_type_borrowed(ts), msg);
}

/* The data of a decoder's argument: a bytes-like object, or a str of ASCII
 * characters only. 0, or -1 with CPython's TypeError/ValueError. The
 * pointer is valid until Python code runs. */
static int ascii_arg(ThreadState *ts, Object *o, const unsigned char **data, size_t *size) {
    const char *d;
    if (str_check(o)) {
        d = STR_DATA(o);
        *size = STR_SIZE(o);
        for (size_t i = 0; i < *size; i++) {
            if ((unsigned char)d[i] >= 0x80) {
                err_set_string(ts, &ExcValueError, "string argument should contain only ASCII characters");
                return -1;
            }
        }
    } else if (!bytes_buffer(o, &d, size)) {
        err_format(ts, &ExcTypeError, "argument should be bytes, buffer or ASCII string, not '%s'", TYPE_NAME(o));
        return -1;
    }
    *data = (const unsigned char *)d;
    return 0;
}

/* The data of an encoder's argument: a contiguous bytes-like object.
 * 0, or -1 with CPython's TypeError, BufferError (a memoryview with a
 * step) or ValueError (a released one). */
static int binary_arg(ThreadState *ts, Object *o, const unsigned char **data, size_t *size) {
    const char *d;
    if (bytes_buffer(o, &d, size)) {
        *data = (const unsigned char *)d;
        return 0;
    }
    if (TYPE(o) == &MemoryViewType && !((MemoryViewObject *)o)->obj)
        err_set_string(ts, &ExcValueError, "operation forbidden on released memoryview object");
    else if (TYPE(o) == &MemoryViewType)
        err_set_string(ts, &ExcBufferError, "memoryview: underlying buffer is not C-contiguous");
    else
        err_format(ts, &ExcTypeError, "a bytes-like object is required, not '%s'", TYPE_NAME(o));
    return -1;
}

/* A flag argument ([o] NULL: [dflt]) as Argument Clinic's
 * bool(accept={int}) reads it. 0 or -1. */
static int flag_arg(ThreadState *ts, Object *o, bool dflt, bool *out) {
    int v = dflt;
    if (o && args_c_int(ts, o, &v) < 0) return -1;
    *out = v != 0;
    return 0;
}

/* A checksum's starting value: any int, cut to its low [bits] bits as in
 * two's complement (CPython's unsigned_int(bitwise=True)). 0 or -1. */
static int crc_arg(ThreadState *ts, Object *o, uint32_t mask, uint32_t *out) {
    Object *i = obj_index(ts, o);
    if (!i) return -1;
    IntView view;
    mpz_srcptr z = int_view(&view, i);
    uint32_t low = (uint32_t)mpz_get_ui(z);     /* the low bits of |value| */
    if (mpz_sgn(z) < 0) low = 0u - low;
    DECREF(i);
    *out = low & mask;
    return 0;
}

/* ---- base64 ------------------------------------------------------------ */

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* The 6-bit value of base64 character [c], or -1 ('=' included: the
 * decoder handles padding itself). */
static int b64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* a2b_base64(data, /, *, strict_mode=False)
 *
 * Characters come in groups of four (quad_pos counts 0..3 inside one);
 * each data character adds 6 bits and completes a byte at positions 1, 2
 * and 3. Outside strict mode anything not in the alphabet is skipped, and
 * '=' ends the input once it completes a group: after two data characters
 * "==" does, after three "=" does. A group left open at the end is an
 * error: one data character can encode no byte at all. Strict mode refuses
 * the rest: padding first, data after it, other characters (as 3.11 does,
 * it lets extra '=' pass after a complete group: "abcd=" is fine). */
static CFUNC(binascii_a2b_base64) {
    static const char *const names[] = {"data", "strict_mode", NULL};
    static const ArgSpec spec = {"a2b_base64", names, .posonly = 1, .required = 1, .kwonly = 1};
    Object *a[2];
    const unsigned char *d;
    size_t n;
    bool strict;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0 || ascii_arg(ts, a[0], &d, &n) < 0 ||
        flag_arg(ts, a[1], false, &strict) < 0 || ascii_arg(ts, a[0], &d, &n) < 0)
        return NULL;
    if (strict && n > 0 && d[0] == '=') return fail(ts, "Leading padding not allowed");
    StrBuf out;
    strbuf_init(&out);
    int quad_pos = 0, pads = 0;
    unsigned leftchar = 0;
    bool padding_started = false;
    const char *err = NULL;
    for (size_t i = 0; i < n && !err; i++) {
        unsigned char c = d[i];
        if (c == '=') {
            padding_started = true;
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                if (strict && i + 1 < n) err = "Excess data after padding";
                else goto done;                 /* the padding closes the group: stop */
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) err = "Only base64 data is allowed";
            continue;
        }
        if (strict && padding_started) {
            err = "Discontinuous padding not allowed";
            continue;
        }
        pads = 0;
        switch (quad_pos) {
        case 0: leftchar = (unsigned)v; break;
        case 1: strbuf_appendc(&out, (char)((leftchar << 2) | ((unsigned)v >> 4))); leftchar = (unsigned)v & 0x0f; break;
        case 2: strbuf_appendc(&out, (char)((leftchar << 4) | ((unsigned)v >> 2))); leftchar = (unsigned)v & 0x03; break;
        case 3: strbuf_appendc(&out, (char)((leftchar << 6) | (unsigned)v)); leftchar = 0; break;
        }
        quad_pos = (quad_pos + 1) & 3;
    }
    if (err) {
        strbuf_free(&out);
        return fail(ts, err);
    }
    if (out.failed) return bytes_from_strbuf(ts, &out);    /* MemoryError: out.len is short */
    if (quad_pos == 1) {
        size_t chars = out.len / 3 * 4 + 1;
        strbuf_free(&out);
        return err_format(ts, error_type_borrowed(ts),
                          "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more "
                          "than a multiple of 4", chars);
    }
    if (quad_pos != 0) {
        strbuf_free(&out);
        return fail(ts, "Incorrect padding");
    }
done:
    return bytes_from_strbuf(ts, &out);
}

/* b2a_base64(data, /, *, newline=True): every 3 bytes as 4 characters,
 * '=' filling the last group. */
static CFUNC(binascii_b2a_base64) {
    static const char *const names[] = {"data", "newline", NULL};
    static const ArgSpec spec = {"b2a_base64", names, .posonly = 1, .required = 1, .kwonly = 1};
    Object *a[2];
    const unsigned char *d;
    size_t n;
    bool newline;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0 || binary_arg(ts, a[0], &d, &n) < 0 ||
        flag_arg(ts, a[1], true, &newline) < 0 || binary_arg(ts, a[0], &d, &n) < 0)
        return NULL;
    StrBuf out;
    strbuf_init(&out);
    if (!strbuf_reserve(&out, (n + 2) / 3 * 4 + 1)) {
        strbuf_free(&out);
        return err_no_memory(ts);
    }
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8 | d[i + 2];
        char quad[4] = {b64_alphabet[v >> 18], b64_alphabet[(v >> 12) & 63], b64_alphabet[(v >> 6) & 63],
                        b64_alphabet[v & 63]};
        strbuf_append(&out, quad, 4);
    }
    if (n - i == 1) {
        char quad[4] = {b64_alphabet[d[i] >> 2], b64_alphabet[(d[i] & 3) << 4], '=', '='};
        strbuf_append(&out, quad, 4);
    } else if (n - i == 2) {
        char quad[4] = {b64_alphabet[d[i] >> 2], b64_alphabet[(d[i] & 3) << 4 | d[i + 1] >> 4],
                        b64_alphabet[(d[i + 1] & 15) << 2], '='};
        strbuf_append(&out, quad, 4);
    }
    if (newline) strbuf_appendc(&out, '\n');
    return bytes_from_strbuf(ts, &out);
}

/* ---- uuencode ---------------------------------------------------------- */

/* a2b_uu(data, /): one line: its length character (' ' + n), then the
 * bytes 6 bits a character (' ' for 0; '`' is read as 0 too). A line cut
 * short reads as zero bits; what follows the data may only be spaces,
 * '`' and line ends. */
static CFUNC(binascii_a2b_uu) {
    const unsigned char *d;
    size_t n;
    if (args_exactly(ts, "binascii.a2b_uu", nargs, kwnames, 1) < 0 || ascii_arg(ts, args[0], &d, &n) < 0)
        return NULL;
    /* an empty line's length character is CPython's terminating NUL */
    size_t want = (size_t)(((n ? d[0] : 0) - ' ') & 077), pos = 1;
    StrBuf out;
    strbuf_init(&out);
    unsigned leftchar = 0;
    int leftbits = 0;
    while (out.len < want) {
        unsigned c = pos < n ? d[pos] : 0;
        if (c == '\n' || c == '\r' || pos >= n) {
            c = 0;                              /* spaces eaten at the end of a line */
        } else if (c < ' ' || c > ' ' + 64) {
            strbuf_free(&out);
            return fail(ts, "Illegal char");
        } else {
            c = (c - ' ') & 077;
        }
        pos++;
        leftchar = (leftchar << 6) | c;
        leftbits += 6;
        if (leftbits >= 8) {
            leftbits -= 8;
            strbuf_appendc(&out, (char)(leftchar >> leftbits));
            leftchar &= (1u << leftbits) - 1;
        }
        if (out.failed) return bytes_from_strbuf(ts, &out);    /* MemoryError */
    }
    for (; pos < n; pos++) {
        unsigned char c = d[pos];
        if (c != ' ' && c != '`' && c != '\n' && c != '\r') {
            strbuf_free(&out);
            return fail(ts, "Trailing garbage");
        }
    }
    return bytes_from_strbuf(ts, &out);
}

/* b2a_uu(data, /, *, backtick=False): at most 45 bytes as one line; with
 * backtick, zero bits are written '`' rather than ' '. */
static CFUNC(binascii_b2a_uu) {
    static const char *const names[] = {"data", "backtick", NULL};
    static const ArgSpec spec = {"b2a_uu", names, .posonly = 1, .required = 1, .kwonly = 1};
    Object *a[2];
    const unsigned char *d;
    size_t n;
    bool backtick;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0 || binary_arg(ts, a[0], &d, &n) < 0 ||
        flag_arg(ts, a[1], false, &backtick) < 0 || binary_arg(ts, a[0], &d, &n) < 0)
        return NULL;
    if (n > 45) return fail(ts, "At most 45 bytes at once");
    StrBuf out;
    strbuf_init(&out);
    strbuf_appendc(&out, backtick && n == 0 ? '`' : (char)(' ' + n));
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)d[i] << 16 | (i + 1 < n ? (uint32_t)d[i + 1] << 8 : 0) | (i + 2 < n ? d[i + 2] : 0);
        for (int shift = 18; shift >= 0; shift -= 6) {
            unsigned c = (v >> shift) & 63;
            strbuf_appendc(&out, backtick && c == 0 ? '`' : (char)(' ' + c));
        }
    }
    strbuf_appendc(&out, '\n');
    return bytes_from_strbuf(ts, &out);
}

/* ---- hexadecimal ------------------------------------------------------- */

static int hex_digit(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* a2b_hex(hexstr, /) and unhexlify: two digits a byte, either case. */
static Object *unhex(ThreadState *ts, const char *qualname, Object *const *args, size_t nargs, Object *kwnames) {
    const unsigned char *d;
    size_t n;
    if (args_exactly(ts, qualname, nargs, kwnames, 1) < 0 || ascii_arg(ts, args[0], &d, &n) < 0) return NULL;
    if (n % 2) return fail(ts, "Odd-length string");
    StrBuf out;
    strbuf_init(&out);
    for (size_t i = 0; i < n; i += 2) {
        int top = hex_digit(d[i]), bot = hex_digit(d[i + 1]);
        if (top < 0 || bot < 0) {
            strbuf_free(&out);
            return fail(ts, "Non-hexadecimal digit found");
        }
        strbuf_appendc(&out, (char)(top << 4 | bot));
    }
    return bytes_from_strbuf(ts, &out);
}

static CFUNC(binascii_a2b_hex) { (void)self; return unhex(ts, "binascii.a2b_hex", args, nargs, kwnames); }
static CFUNC(binascii_unhexlify) { (void)self; return unhex(ts, "binascii.unhexlify", args, nargs, kwnames); }

/* b2a_hex(data, sep=..., bytes_per_sep=1) and hexlify: bytes.hex()'s text
 * as bytes. */
static Object *hex(ThreadState *ts, const ArgSpec *spec, Object *const *args, size_t nargs, Object *kwnames) {
    Object *a[3];
    const unsigned char *d;
    size_t n;
    int sep, per;
    if (args_parse(ts, spec, args, nargs, kwnames, a) < 0 || binary_arg(ts, a[0], &d, &n) < 0 ||
        bytes_hex_args(ts, a[1], a[2], true, &sep, &per) < 0 || binary_arg(ts, a[0], &d, &n) < 0)
        return NULL;
    StrBuf out;
    strbuf_init(&out);
    bytes_hex_append(&out, (const char *)d, n, sep, per);
    return bytes_from_strbuf(ts, &out);
}

static const char *const hex_names[] = {"data", "sep", "bytes_per_sep", NULL};

static CFUNC(binascii_b2a_hex) {
    static const ArgSpec spec = {"b2a_hex", hex_names, .required = 1};
    (void)self;
    return hex(ts, &spec, args, nargs, kwnames);
}

static CFUNC(binascii_hexlify) {
    static const ArgSpec spec = {"hexlify", hex_names, .required = 1};
    (void)self;
    return hex(ts, &spec, args, nargs, kwnames);
}

/* ---- quoted-printable (RFC 1521) --------------------------------------- */

/* a2b_qp(data, header=False): "=XX" is the byte XX, "=" at the end of a
 * line joins it to the next (a soft line break), "==" is one '='; with
 * header, '_' is a space (RFC 1522). Anything else passes through. */
static CFUNC(binascii_a2b_qp) {
    static const char *const names[] = {"data", "header", NULL};
    static const ArgSpec spec = {"a2b_qp", names, .required = 1};
    Object *a[2];
    const unsigned char *d;
    size_t n;
    bool header;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0 || ascii_arg(ts, a[0], &d, &n) < 0 ||
        flag_arg(ts, a[1], false, &header) < 0 || ascii_arg(ts, a[0], &d, &n) < 0)
        return NULL;
    StrBuf out;
    strbuf_init(&out);
    size_t i = 0;
    while (i < n) {
        if (d[i] == '=') {
            i++;
            if (i >= n) break;                  /* a lone '=' at the very end: dropped */
            if (d[i] == '\n' || d[i] == '\r') {
                while (i < n && d[i] != '\n') i++;
                if (i < n) i++;
            } else if (d[i] == '=') {
                strbuf_appendc(&out, '=');
                i++;
            } else if (i + 1 < n && hex_digit(d[i]) >= 0 && hex_digit(d[i + 1]) >= 0) {
                strbuf_appendc(&out, (char)(hex_digit(d[i]) << 4 | hex_digit(d[i + 1])));
                i += 2;
            } else {
                strbuf_appendc(&out, '=');
            }
        } else if (header && d[i] == '_') {
            strbuf_appendc(&out, ' ');
            i++;
        } else {
            strbuf_appendc(&out, (char)d[i++]);
        }
    }
    return bytes_from_strbuf(ts, &out);
}

#define QP_MAXLINE 76

/* "=XX" for byte [c], upper-case digits. */
static void qp_escape(StrBuf *out, unsigned char c) {
    static const char digits[] = "0123456789ABCDEF";
    char esc[3] = {'=', digits[c >> 4], digits[c & 15]};
    strbuf_append(out, esc, 3);
}

/* A soft line break: "=" and the line end the data uses. */
static void qp_soft_break(StrBuf *out, bool crlf) {
    strbuf_appendc(out, '=');
    if (crlf) strbuf_appendc(out, '\r');
    strbuf_appendc(out, '\n');
}

/* b2a_qp(data, quotetabs=False, istext=True, header=False): bytes outside
 * printable ASCII, '=', and whatever would be lost in transit (a space or
 * tab ending a line, a '.' alone on a line, '_' in a header) become "=XX";
 * lines stay under 76 characters through soft breaks. With istext, line
 * ends are kept, written the way the data's first one is ("\r\n" or
 * "\n"); without, they are escaped like any other control byte. */
static CFUNC(binascii_b2a_qp) {
    static const char *const names[] = {"data", "quotetabs", "istext", "header", NULL};
    static const ArgSpec spec = {"b2a_qp", names, .required = 1};
    Object *a[4];
    const unsigned char *d;
    size_t n;
    bool quotetabs, istext, header;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0 || binary_arg(ts, a[0], &d, &n) < 0 ||
        flag_arg(ts, a[1], false, &quotetabs) < 0 || flag_arg(ts, a[2], true, &istext) < 0 ||
        flag_arg(ts, a[3], false, &header) < 0 || binary_arg(ts, a[0], &d, &n) < 0)
        return NULL;
    const unsigned char *nl = memchr(d, '\n', n);
    bool crlf = nl && nl > d && nl[-1] == '\r';
    StrBuf out;
    strbuf_init(&out);
    size_t linelen = 0, i = 0;
    while (i < n) {
        unsigned char c = d[i];
        bool last = i + 1 == n;
        bool lone_dot = c == '.' && linelen == 0 &&
                        (last || d[i + 1] == '\n' || d[i + 1] == '\r' || d[i + 1] == 0);
        bool escape = c > 126 || c == '=' || (header && c == '_') || lone_dot ||
                      (!istext && (c == '\r' || c == '\n')) ||
                      ((c == '\t' || c == ' ') && last) ||
                      (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
        if (escape) {
            if (linelen + 3 >= QP_MAXLINE) {
                qp_soft_break(&out, crlf);
                linelen = 0;
            }
            qp_escape(&out, c);
            i++;
            linelen += 3;
        } else if (istext && (c == '\n' || (!last && c == '\r' && d[i + 1] == '\n'))) {
            linelen = 0;
            /* a space or tab ending the line would be lost: escape it */
            if (out.len && !out.failed && (out.data[out.len - 1] == ' ' || out.data[out.len - 1] == '\t')) {
                unsigned char ws = (unsigned char)out.data[--out.len];
                qp_escape(&out, ws);
            }
            if (crlf) strbuf_appendc(&out, '\r');
            strbuf_appendc(&out, '\n');
            i += c == '\r' ? 2 : 1;
        } else {
            if (!last && d[i + 1] != '\n' && linelen + 1 >= QP_MAXLINE) {
                qp_soft_break(&out, crlf);
                linelen = 0;
            }
            linelen++;
            strbuf_appendc(&out, header && c == ' ' ? '_' : (char)c);
            i++;
        }
    }
    return bytes_from_strbuf(ts, &out);
}

/* ---- checksums --------------------------------------------------------- */

/* crc32(data, crc=0, /): the CRC-32 of zlib, PNG and Ethernet (the
 * reflected polynomial 0xEDB88320), continued from [crc]. The table of
 * the 256 byte steps is made on the stack: 2 KB of work, no global. */
static CFUNC(binascii_crc32) {
    const unsigned char *d;
    size_t n;
    uint32_t crc = 0;
    if (args_no_kwargs(ts, "binascii.crc32", kwnames) < 0 || args_count(ts, "crc32", nargs, 1, 2) < 0 ||
        binary_arg(ts, args[0], &d, &n) < 0 || (nargs > 1 && crc_arg(ts, args[1], 0xffffffffu, &crc) < 0) ||
        binary_arg(ts, args[0], &d, &n) < 0)
        return NULL;
    uint32_t table[256];
    for (uint32_t b = 0; b < 256; b++) {
        uint32_t r = b;
        for (int k = 0; k < 8; k++) r = r & 1 ? (r >> 1) ^ 0xEDB88320u : r >> 1;
        table[b] = r;
    }
    crc = ~crc;
    for (size_t i = 0; i < n; i++) crc = table[(crc ^ d[i]) & 0xff] ^ (crc >> 8);
    return int_from_u64(ts, ~crc);
}

/* crc_hqx(data, crc, /): the CRC-CCITT of BinHex (polynomial 0x1021, most
 * significant bit first, no final inversion), continued from [crc]. */
static CFUNC(binascii_crc_hqx) {
    const unsigned char *d;
    size_t n;
    uint32_t crc;
    if (args_no_kwargs(ts, "binascii.crc_hqx", kwnames) < 0 || args_count(ts, "crc_hqx", nargs, 2, 2) < 0 ||
        binary_arg(ts, args[0], &d, &n) < 0 || crc_arg(ts, args[1], 0xffffu, &crc) < 0 ||
        binary_arg(ts, args[0], &d, &n) < 0)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        crc ^= (uint32_t)d[i] << 8;
        for (int k = 0; k < 8; k++) crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xffff;
    }
    return int_from_u64(ts, crc);
}

/* ---- the module -------------------------------------------------------- */

static const MethodDef binascii_functions[] = {
    {"a2b_base64", binascii_a2b_base64, METH_KEYWORDS, "Decode a line of base64 data.\n\n"
     "  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n"
     "    The same applies to excess data after padding (= / ==)."},
    {"a2b_hex", binascii_a2b_hex, METH_KEYWORDS, "Binary data of hexadecimal representation.\n\n"
     "hexstr must contain an even number of hex digits (upper or lower case).\n"
     "This function is also available as \"unhexlify()\"."},
    {"a2b_qp", binascii_a2b_qp, METH_KEYWORDS, "Decode a string of qp-encoded data."},
    {"a2b_uu", binascii_a2b_uu, METH_KEYWORDS, "Decode a line of uuencoded data."},
    {"b2a_base64", binascii_b2a_base64, METH_KEYWORDS, "Base64-code line of data."},
    {"b2a_hex", binascii_b2a_hex, METH_KEYWORDS, "Hexadecimal representation of binary data."},
    {"b2a_qp", binascii_b2a_qp, METH_KEYWORDS, "Encode a string using quoted-printable encoding."},
    {"b2a_uu", binascii_b2a_uu, METH_KEYWORDS, "Uuencode line of data."},
    {"crc32", binascii_crc32, METH_KEYWORDS, "Compute CRC-32 incrementally."},
    {"crc_hqx", binascii_crc_hqx, METH_KEYWORDS, "Compute CRC-CCITT incrementally."},
    {"hexlify", binascii_hexlify, METH_KEYWORDS, "Hexadecimal representation of binary data."},
    {"unhexlify", binascii_unhexlify, METH_KEYWORDS, "Binary data of hexadecimal representation.\n\n"
     "hexstr must contain an even number of hex digits (upper or lower case)."},
    {NULL},
};

Object *mod_binascii_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "binascii");
    if (!m) return NULL;
    Object *doc = str_from_cstr(ts, "Conversion between binary data and ASCII");
    int ok = doc && module_add_object(ts, m, "__doc__", doc) == 0 &&
             module_add_functions(ts, m, binascii_functions) == 0 &&
             module_add_exception(ts, m, "Error", &ExcValueError, "binascii") &&
             module_add_exception(ts, m, "Incomplete", &ExcException, "binascii");
    XDECREF(doc);
    if (!ok) {
        DECREF(m);
        return NULL;
    }
    return m;
}
