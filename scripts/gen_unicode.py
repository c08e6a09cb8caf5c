#!/usr/bin/env python3
"""gen_unicode.py -- write common/unicode.{h,c}, minipy's one Unicode table:
every character property and case mapping that the interpreter needs, for
every code point, behind one lookup.

Lesson 2 (the pipeline): this script does not read the Unicode Character
Database. It asks the Python that runs it (3.11, the reference) about each
code point through str's own methods, so minipy agrees with CPython by
construction. Who asks what of the table:

    flag            taken from (c = chr(cp))      used by
    ALPHA           c.isalpha()                   str.isalpha, isalnum
    DECIMAL         c.isdecimal()  (and the       str.isdecimal, isalnum,
                    digit's value, for '{٣}')     format's field numbers,
                                                  int() and float() digits
    DIGIT           c.isdigit()                   str.isdigit, isalnum
    NUMERIC         c.isnumeric()                 str.isnumeric, isalnum
    SPACE           c.isspace()                   str.isspace, split, strip,
                                                  int() and float() text
    LINEBREAK       c.splitlines() splits         str.splitlines
    UPPER, LOWER    c.isupper(), c.islower()      isupper/islower/istitle,
                                                  swapcase
    TITLE           unicodedata.category(c) == 'Lt'   istitle, title
    CASED           (c + 'a').title() keeps the   title(), lower()'s final
                    'a' lower: title() thinks     sigma
                    the letter before it was cased
    CASE_IGNORABLE  found through lower()'s final-sigma rule, which skips
                    case-ignorable characters (see case_ignorable below)
    PRINTABLE       c.isprintable()               str.isprintable, repr(),
                                                  the lexer's "invalid
                                                  character" message
    XID_START       c.isidentifier()              the lexer (identifiers),
                    (XID_Start or '_')            str.isidentifier
    XID_CONTINUE    ('a' + c).isidentifier()      the same
    NFKC_QC         NFKC quick check is not Yes:  the lexer's identifiers
                    normalize('NFKC', c) != c,    (PEP 3131: NFKC, see
                    or c combines with a char     common/nfkc.c)
                    before it (a composition's
                    second half)

and the full case mappings c.upper(), c.lower(), c.title(), c.casefold(),
which may be several characters ('ß'.upper() == 'SS'); the canonical
combining class of each code point (unicodedata.combining), for NFKC.

NFKC of identifiers (PEP 3131) needs more than the per-character table:
the normalization of a string is not the concatenation of its characters'
(`e` + U+0301 is `é`). common/nfkc.c runs the algorithm of UAX #15 on these
tables, restricted to what identifiers can reach (identifier characters,
and what their decompositions contain):
  - uni_nfkc_pairs[]: the primary composites, (first, second) -> composite,
    sorted by (first, second); uni_nfkc_by_composite[] lists them sorted by
    composite, which gives the canonical decomposition of each;
  - uni_nfkc_runs[]: code points whose full NFKD is one other code point,
    as runs (start, count) -> target, target + 1, ...;
  - uni_nfkc_multi[] and uni_nfkc_pool[]: the full NFKD of several code
    points.
Hangul syllables are decomposed and composed by arithmetic. The script runs
the same algorithm in Python on these tables and checks it against
unicodedata.normalize('NFKC', ...) for every identifier character and for
random strings of the characters that compose and reorder.

Layout (the same idea as CPython's Tools/unicode/makeunicodedata.py):
  - uni_records[]: each distinct combination of (flags, decimal value, four
    mappings) is one UniRecord. A one-character mapping is stored as a delta
    (cp + delta), so all of a-z share one record; a longer one sets the
    mapping's EXT_<name> flag, and the field is then an index into
    uni_ext_cases[], which holds a length followed by the code points.
    Record 0 is U+0000's, which code points above U+10FFFF also get.
  - a two-level index maps a code point to its record: uni_index1[cp >> SHIFT]
    picks a block of 2**SHIFT entries in uni_index2, and the low SHIFT bits
    pick the entry, which is a record number. Identical blocks (all of an
    unassigned plane, say) are stored once. SHIFT is the one, of 4 to 10,
    that makes the two index arrays smallest; each array is uint8_t or
    uint16_t, whichever holds its values.
So a lookup is two array reads and no search, for any property:
uni_has(cp, UNI_XID_START) costs what uni_has(cp, UNI_SPACE) costs.

Adding a property: append its name to FLAGS (before the EXT_ ones), compute
it in properties(), and say in the table above who uses it.

The output is data, committed like CPython's Modules/unicodedata_db.h, and
deterministic: the same Python gives byte-identical files. Run it with
Python 3.11 from anywhere (it writes next to itself, into ../common/, or
into the folder given as its argument):

    python3 scripts/gen_unicode.py
"""
import os
import random
import sys
import unicodedata

MAX_CP = 0x10FFFF

FLAGS = ["ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "LINEBREAK",
         "UPPER", "LOWER", "TITLE", "CASED", "CASE_IGNORABLE", "PRINTABLE",
         "XID_START", "XID_CONTINUE", "NFKC_QC",
         # the mapping fields hold an index into uni_ext_cases, not a delta
         "EXT_UPPER", "EXT_LOWER", "EXT_TITLE", "EXT_FOLD"]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
MAPPINGS = [("UPPER", str.upper), ("LOWER", str.lower),
            ("TITLE", str.title), ("FOLD", str.casefold)]


def case_ignorable(c, cased):
    """CPython's lower() turns a capital sigma into a final sigma when a
    cased letter comes before it, skipping case-ignorable characters. So:
    an uncased c is case-ignorable iff 'a' + c + 'Σ' still ends in a final
    sigma; a cased c is case-ignorable iff c + 'Σ' does NOT (c is skipped and
    nothing cased is left before the sigma)."""
    if cased:
        return (c + "\u03a3").lower()[-1] != "\u03c2"
    return ("a" + c + "\u03a3").lower()[-1] == "\u03c2"


def properties(cp):
    c = chr(cp)
    flags = 0
    for name, ok in (("ALPHA", c.isalpha()), ("DECIMAL", c.isdecimal()),
                     ("DIGIT", c.isdigit()), ("NUMERIC", c.isnumeric()),
                     ("SPACE", c.isspace()),
                     ("LINEBREAK", len(("a" + c + "b").splitlines()) == 2),
                     ("UPPER", c.isupper()), ("LOWER", c.islower()),
                     ("TITLE", unicodedata.category(c) == "Lt"),
                     ("PRINTABLE", c.isprintable()),
                     ("XID_START", c.isidentifier()),
                     ("XID_CONTINUE", ("a" + c).isidentifier()),
                     ("NFKC_QC", unicodedata.normalize("NFKC", c) != c
                      or cp in COMPOSES_WITH_PREVIOUS)):
        if ok:
            flags |= BIT[name]
    cased = (c + "a").title()[-1] == "a"
    if cased:
        flags |= BIT["CASED"]
    if case_ignorable(c, cased):
        flags |= BIT["CASE_IGNORABLE"]
    check(c, flags)
    decimal = int(c) if c.isdecimal() else 0
    maps = [fn(c) for _, fn in MAPPINGS]
    return flags, decimal, unicodedata.combining(c), maps


def check(c, flags):
    """The assumptions the C code makes about the flags, checked against
    CPython itself for this code point."""
    up, low, tit = (bool(flags & BIT[n]) for n in ("UPPER", "LOWER", "TITLE"))
    cased = bool(flags & BIT["CASED"])
    # CPython's UPPER/LOWER/TITLE flags are disjoint and together make up
    # the cased characters, so the one-character predicates recover them.
    assert cased == (up or low or tit) and up + low + tit <= 1, hex(ord(c))
    assert c.istitle() == (up or tit), hex(ord(c))
    assert c.isalnum() == bool(flags & (BIT["ALPHA"] | BIT["DECIMAL"] |
                                        BIT["DIGIT"] | BIT["NUMERIC"])), hex(ord(c))
    expect = c.lower() if up else c.upper() if low else c
    assert c.swapcase() == expect, hex(ord(c))


def build():
    records = {}          # record tuple -> index
    record_list = []
    ext = [0]             # uni_ext_cases; index 0 unused so 0 means "none"
    ext_index = {}
    per_cp = []
    for cp in range(MAX_CP + 1):
        flags, decimal, ccc, maps = properties(cp)
        fields = []
        for (name, _), m in zip(MAPPINGS, maps):
            if len(m) == 1:
                fields.append(ord(m) - cp)
            else:
                key = tuple(ord(x) for x in m)
                assert len(key) <= 3, hex(cp)      # UNI_MAX_MAPPING
                if key not in ext_index:
                    ext_index[key] = len(ext)
                    ext.append(len(key))
                    ext.extend(key)
                fields.append(ext_index[key])
                flags |= BIT["EXT_" + name]
        rec = (flags, decimal, ccc) + tuple(fields)
        if rec not in records:
            records[rec] = len(record_list)
            record_list.append(rec)
        per_cp.append(records[rec])
    # the first record must be code point 0's (used for out-of-range input)
    return record_list, ext, per_cp


def split_bins(per_cp):
    """The smallest two-level split of per_cp: (shift, index1, index2)."""
    best = None
    rec_bytes = 1 if max(per_cp) < 256 else 2
    for shift in range(4, 11):
        size = 1 << shift
        blocks = {}
        index1, index2 = [], []
        for start in range(0, len(per_cp), size):
            block = tuple(per_cp[start:start + size])
            if block not in blocks:
                blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(blocks[block])
        i1_bytes = 1 if len(blocks) < 256 else 2
        total = len(index1) * i1_bytes + len(index2) * rec_bytes
        if best is None or total < best[0]:
            best = (total, shift, index1, index2)
    return best[1], best[2], best[3]


def ctype(values):
    return "uint8_t" if max(values) < 256 else "uint16_t"


def c_array(decl, values, per_line=16):
    out = ["%s = {\n" % decl]
    for i in range(0, len(values), per_line):
        out.append("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",\n")
    out.append("};\n")
    return "".join(out)


HEAD = """/* %s -- GENERATED by scripts/gen_unicode.py from Python %s;
 * do not edit: change the script and run it again, with Python 3.11:
 *
 *     python3 scripts/gen_unicode.py
 *
 * Lesson 2 (the pipeline): minipy's one Unicode table. Every character
 * property and case mapping the interpreter needs -- identifiers for the
 * lexer, printable for repr(), and everything behind str's methods (isalpha,
 * upper, title, casefold, split, splitlines, isidentifier, ...) -- taken
 * from CPython's own str methods, so that minipy agrees with it character
 * by character. How the table is laid out is explained at the top of the
 * script; uni_has(cp, UNI_<flag>) is the question most callers ask.
 */
"""

HEADER_BODY = """#ifndef MINIPY_UNICODE_H
#define MINIPY_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

/* The flags of a UniRecord: which str method, or which part of minipy, asks
 * about each is in the table at the top of scripts/gen_unicode.py. */
enum {
%s};

/* The properties of one code point: flags, the value of a decimal digit,
 * the canonical combining class, and the upper/lower/title/fold mappings (a
 * delta to add to the code point, or with UNI_EXT_<mapping> set an index
 * into uni_ext_cases). */
typedef struct UniRecord {
    uint32_t flags;
    uint8_t decimal;
    uint8_t ccc;
    int32_t upper, lower, title, fold;
} UniRecord;

extern const UniRecord uni_records[];
extern const %s uni_index1[];
extern const %s uni_index2[];
/* Several-character mappings: a length, then that many code points. */
extern const uint32_t uni_ext_cases[];

/* NFKC of identifiers (common/nfkc.c): the primary composites sorted by
 * (first, second), the same sorted by composite, the code points whose
 * full compatibility decomposition is one code point (runs: start + k ->
 * target + k) or several (uni_nfkc_pool[offset..offset + len)). */
typedef struct UniPair { uint32_t first, second, composite; } UniPair;
typedef struct UniRun { uint32_t start : 21, count : 11; uint32_t target; } UniRun;
typedef struct UniMulti { uint32_t cp; uint16_t offset; uint8_t len; } UniMulti;
extern const UniPair uni_nfkc_pairs[];
extern const uint16_t uni_nfkc_by_composite[];
extern const int uni_nfkc_npairs;
extern const UniRun uni_nfkc_runs[];
extern const int uni_nfkc_nruns;
extern const UniMulti uni_nfkc_multi[];
extern const int uni_nfkc_nmulti;
extern const uint32_t uni_nfkc_pool[];

#define UNI_SHIFT %d

/* The record of code point [cp] (code points above U+10FFFF get U+0000's). */
static inline const UniRecord *uni_record(uint32_t cp) {
    if (cp > 0x10FFFF) cp = 0;
    uint32_t block = uni_index1[cp >> UNI_SHIFT];
    return &uni_records[uni_index2[(block << UNI_SHIFT) + (cp & ((1u << UNI_SHIFT) - 1))]];
}

/* True if [cp] has every flag in [mask] (UNI_ALPHA, UNI_SPACE, ...). */
static inline bool uni_has(uint32_t cp, uint32_t mask) {
    return (uni_record(cp)->flags & mask) == mask;
}
/* True if [cp] has at least one flag in [mask]. */
static inline bool uni_has_any(uint32_t cp, uint32_t mask) {
    return (uni_record(cp)->flags & mask) != 0;
}

/* The value 0-9 of a decimal digit [cp] (any script), or -1. */
int uni_decimal_value(uint32_t cp);

/* The full case mappings of [cp] (c.upper(), c.lower(), c.title(),
 * c.casefold() of the one-character string): written to [out], which holds
 * UNI_MAX_MAPPING code points; returns how many (1 to 3). lower() here is
 * the context-free one: a capital sigma maps to 'σ' (str.lower() decides
 * about the final 'ς' itself). */
#define UNI_MAX_MAPPING 3
int uni_to_upper(uint32_t cp, uint32_t out[UNI_MAX_MAPPING]);
int uni_to_lower(uint32_t cp, uint32_t out[UNI_MAX_MAPPING]);
int uni_to_title(uint32_t cp, uint32_t out[UNI_MAX_MAPPING]);
int uni_to_fold(uint32_t cp, uint32_t out[UNI_MAX_MAPPING]);

#endif
"""

SOURCE_FUNCS = """
int uni_decimal_value(uint32_t cp) {
    const UniRecord *r = uni_record(cp);
    return (r->flags & UNI_DECIMAL) ? r->decimal : -1;
}

/* One mapping: a delta, or (with [ext_flag]) a run in uni_ext_cases. */
static int map_cp(uint32_t cp, uint32_t flags, uint32_t ext_flag, int32_t value,
                  uint32_t out[UNI_MAX_MAPPING]) {
    if (!(flags & ext_flag)) {
        out[0] = (uint32_t)((int32_t)cp + value);
        return 1;
    }
    const uint32_t *p = &uni_ext_cases[value];
    int n = (int)p[0];
    for (int i = 0; i < n; i++) out[i] = p[1 + i];
    return n;
}

int uni_to_upper(uint32_t cp, uint32_t out[UNI_MAX_MAPPING]) {
    const UniRecord *r = uni_record(cp);
    return map_cp(cp, r->flags, UNI_EXT_UPPER, r->upper, out);
}

int uni_to_lower(uint32_t cp, uint32_t out[UNI_MAX_MAPPING]) {
    const UniRecord *r = uni_record(cp);
    return map_cp(cp, r->flags, UNI_EXT_LOWER, r->lower, out);
}

int uni_to_title(uint32_t cp, uint32_t out[UNI_MAX_MAPPING]) {
    const UniRecord *r = uni_record(cp);
    return map_cp(cp, r->flags, UNI_EXT_TITLE, r->title, out);
}

int uni_to_fold(uint32_t cp, uint32_t out[UNI_MAX_MAPPING]) {
    const UniRecord *r = uni_record(cp);
    return map_cp(cp, r->flags, UNI_EXT_FOLD, r->fold, out);
}
"""


# ---- NFKC (identifiers) ----------------------------------------------------

S_BASE, L_BASE, V_BASE, T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
L_COUNT, V_COUNT, T_COUNT = 19, 21, 28
N_COUNT, S_COUNT = V_COUNT * T_COUNT, 19 * 21 * 28


def is_hangul(cp):
    return S_BASE <= cp < S_BASE + S_COUNT


def primary_composites():
    """composite -> (first, second) for every canonical pair that NFC
    composes back (so composition exclusions are left out)."""
    pairs = {}
    for cp in range(MAX_CP + 1):
        if is_hangul(cp):
            continue
        d = unicodedata.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
            pairs[cp] = tuple(parts)
    return pairs


PAIRS = primary_composites()
COMPOSES_WITH_PREVIOUS = ({second for _, second in PAIRS.values()}
                          | set(range(V_BASE, V_BASE + V_COUNT))
                          | set(range(T_BASE + 1, T_BASE + T_COUNT)))


def nfkc_tables():
    """The decompositions identifiers can reach: (runs, multi, pool)."""
    ident = [cp for cp in range(MAX_CP + 1) if ("a" + chr(cp)).isidentifier()]
    need, todo, full = set(ident), list(ident), {}
    while todo:
        cp = todo.pop()
        if is_hangul(cp):
            continue
        if cp in PAIRS:
            parts = PAIRS[cp]
            assert unicodedata.normalize("NFKD", chr(parts[1])) == chr(parts[1])
        else:
            d = unicodedata.normalize("NFKD", chr(cp))
            if d == chr(cp):
                continue
            parts = [ord(x) for x in d]
            full[cp] = parts
        for x in parts:
            if x not in need:
                need.add(x)
                todo.append(x)
    runs = []
    for cp in sorted(k for k, v in full.items() if len(v) == 1):
        t = full[cp][0]
        if runs and runs[-1][0] + runs[-1][1] == cp and runs[-1][2] + runs[-1][1] == t \
                and runs[-1][1] < 2047:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1, t])
    multi, pool = [], []
    for cp in sorted(k for k, v in full.items() if len(v) > 1):
        assert len(full[cp]) <= 7
        multi.append((cp, len(pool), len(full[cp])))
        pool.extend(full[cp])
    return ident, runs, multi, pool


class Nfkc:
    """The algorithm of common/nfkc.c, on the generated tables."""

    def __init__(self, runs, multi, pool):
        self.single = {}
        for start, count, target in runs:
            for k in range(count):
                self.single[start + k] = [target + k]
        self.full = dict(self.single)
        for cp, off, n in multi:
            self.full[cp] = pool[off:off + n]
        self.compose_pair = {v: k for k, v in PAIRS.items()}

    def decompose(self, cp, out):
        if is_hangul(cp):
            s = cp - S_BASE
            out += [L_BASE + s // N_COUNT, V_BASE + (s % N_COUNT) // T_COUNT]
            if s % T_COUNT:
                out.append(T_BASE + s % T_COUNT)
        elif cp in self.full:
            out += self.full[cp]
        elif cp in PAIRS:
            first, second = PAIRS[cp]
            self.decompose(first, out)
            out.append(second)
        else:
            out.append(cp)

    def compose(self, a, b):
        if L_BASE <= a < L_BASE + L_COUNT and V_BASE <= b < V_BASE + V_COUNT:
            return S_BASE + ((a - L_BASE) * V_COUNT + b - V_BASE) * T_COUNT
        if is_hangul(a) and (a - S_BASE) % T_COUNT == 0 and T_BASE < b < T_BASE + T_COUNT:
            return a + b - T_BASE
        return self.compose_pair.get((a, b))

    def __call__(self, s):
        buf = []
        for ch in s:
            self.decompose(ord(ch), buf)
        ccc = [unicodedata.combining(chr(c)) for c in buf]
        for i in range(1, len(buf)):          # canonical order: a stable sort
            j = i
            while j > 0 and ccc[j] and ccc[j - 1] > ccc[j]:
                buf[j - 1], buf[j] = buf[j], buf[j - 1]
                ccc[j - 1], ccc[j] = ccc[j], ccc[j - 1]
                j -= 1
        if not buf:
            return ""
        out, starter, last = [buf[0]], 0, (256 if ccc[0] else 0)
        for c, cc in zip(buf[1:], ccc[1:]):
            comp = self.compose(out[starter], c) if starter is not None else None
            if comp is not None and (last < cc or last == 0):
                out[starter] = comp
                continue
            if cc == 0:
                starter = len(out)
            last = cc
            out.append(c)
        return "".join(map(chr, out))


def quick_yes(s):
    last = 0
    for ch in s:
        cc = unicodedata.combining(ch)
        if cc and last > cc:
            return False
        if unicodedata.normalize("NFKC", ch) != ch or ord(ch) in COMPOSES_WITH_PREVIOUS:
            return False
        last = cc
    return True


def check_nfkc(ident, runs, multi, pool):
    nfkc = Nfkc(runs, multi, pool)
    for cp in ident:
        c = chr(cp)
        assert nfkc(c) == unicodedata.normalize("NFKC", c), hex(cp)
    rnd = random.Random(3131)
    marks = [cp for cp in ident if unicodedata.combining(chr(cp))]
    halves = sorted({x for pair in PAIRS.values() for x in pair if x in set(ident)})
    jamo = list(range(L_BASE, L_BASE + L_COUNT)) + list(range(V_BASE, V_BASE + V_COUNT)) \
        + list(range(T_BASE + 1, T_BASE + T_COUNT)) + [S_BASE, S_BASE + 27, S_BASE + 28]
    composites = [cp for cp in PAIRS if ("a" + chr(cp)).isidentifier()]
    pools = [marks, halves, jamo, composites, ident]
    for _ in range(200000):
        s = "".join(chr(rnd.choice(rnd.choice(pools))) for _ in range(rnd.randint(1, 6)))
        want = unicodedata.normalize("NFKC", s)
        assert nfkc(s) == want, [hex(ord(x)) for x in s]
        assert not quick_yes(s) or want == s, [hex(ord(x)) for x in s]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "common")
    if sys.version_info[:2] != (3, 11):
        sys.exit("the tables must come from Python 3.11, this is %s"
                 % sys.version.split()[0])
    ver = sys.version.split()[0]
    records, ext, per_cp = build()
    shift, index1, index2 = split_bins(per_cp)

    enum = "".join("    UNI_%s = 1u << %d,\n" % (n, i) for i, n in enumerate(FLAGS))
    h = HEAD % ("unicode.h", ver) + HEADER_BODY % (
        enum, ctype(index1), ctype(index2), shift)

    c = [HEAD % ("unicode.c", ver), '#include "unicode.h"\n\n']
    c.append("/* %d records, %d blocks of %d entries */\n"
             % (len(records), max(index1) + 1, 1 << shift))
    c.append("const UniRecord uni_records[%d] = {\n" % len(records))
    for flags, decimal, ccc, up, low, tit, fold in records:
        c.append("    {0x%06X, %d, %d, %d, %d, %d, %d},\n" % (flags, decimal, ccc, up, low, tit, fold))
    c.append("};\n\n")
    c.append(c_array("const %s uni_index1[%d]" % (ctype(index1), len(index1)), index1, 24))
    c.append("\n")
    c.append(c_array("const %s uni_index2[%d]" % (ctype(index2), len(index2)), index2, 24))
    c.append("\n")
    c.append(c_array("const uint32_t uni_ext_cases[%d]" % len(ext), ext, 12))

    ident, runs, multi, pool = nfkc_tables()
    check_nfkc(ident, runs, multi, pool)
    pairs = sorted((f, t, comp) for comp, (f, t) in PAIRS.items())
    by_comp = sorted(range(len(pairs)), key=lambda i: pairs[i][2])
    c.append("\n/* NFKC: %d primary composites */\n" % len(pairs))
    c.append("const UniPair uni_nfkc_pairs[%d] = {\n" % len(pairs))
    for i in range(0, len(pairs), 4):
        c.append("   " + "".join(" {0x%04X, 0x%04X, 0x%04X}," % p for p in pairs[i:i + 4]) + "\n")
    c.append("};\nconst int uni_nfkc_npairs = %d;\n" % len(pairs))
    c.append(c_array("const uint16_t uni_nfkc_by_composite[%d]" % len(by_comp), by_comp, 16))
    c.append("\n/* NFKC: %d runs of code points that decompose to one */\n" % len(runs))
    c.append("const UniRun uni_nfkc_runs[%d] = {\n" % len(runs))
    for i in range(0, len(runs), 4):
        c.append("   " + "".join(" {0x%04X, %d, 0x%04X}," % tuple(r) for r in runs[i:i + 4]) + "\n")
    c.append("};\nconst int uni_nfkc_nruns = %d;\n" % len(runs))
    c.append("\n/* NFKC: %d code points that decompose to several */\n" % len(multi))
    c.append("const UniMulti uni_nfkc_multi[%d] = {\n" % len(multi))
    for i in range(0, len(multi), 4):
        c.append("   " + "".join(" {0x%04X, %d, %d}," % m for m in multi[i:i + 4]) + "\n")
    c.append("};\nconst int uni_nfkc_nmulti = %d;\n" % len(multi))
    c.append(c_array("const uint32_t uni_nfkc_pool[%d]" % len(pool), pool, 12))
    c.append(SOURCE_FUNCS)

    with open(os.path.join(outdir, "unicode.h"), "w") as f:
        f.write(h)
    with open(os.path.join(outdir, "unicode.c"), "w") as f:
        f.write("".join(c))
    print("records %d, shift %d, index1 %d, index2 %d, ext %d; NFKC: pairs %d, runs %d, "
          "multi %d, pool %d"
          % (len(records), shift, len(index1), len(index2), len(ext), len(pairs), len(runs),
             len(multi), len(pool)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
