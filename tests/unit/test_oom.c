/* test_oom.c -- running out of memory anywhere ends in MemoryError, never
 * in a crash, an abort, a hang or a leak (issue 11, class 6).
 *
 * Allocation-failure injection, as Lua's test suite does it: a program
 * runs once to count its allocations, then again and again with the Nth
 * allocation failing (common/rawmem.h: Program.fail_alloc), N = 1, 2, 3,
 * ... -- once failing that allocation only, once failing it and every one
 * after it. Each run must either print what the program prints when
 * nothing fails (the failure was absorbed: a cache that was not made) or
 * end with status 1 and a MemoryError as its last line of stderr (what it
 * printed before may differ: a `finally` runs on the way out); and
 * teardown must find every
 * object and every byte given back (Program.leaked). A sanitizer build
 * (.ci/run) also catches invalid accesses and, through LeakSanitizer,
 * leaked blocks.
 *
 * In a sanitizer build every object is its own malloc'd block, so N walks
 * every allocation the interpreter makes; in a release build only the
 * pools' arenas and the big blocks are counted. The start-up's
 * allocations (building the builtins) are walked with a stride; the small
 * programs' own one by one, the larger one's with a step (the whole test
 * takes some 30 seconds in the sanitizer build). MINIPY_OOM_TRACE=1 prints each N before its
 * run, to find the one that crashed.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "capture.h"
#include "vm/run.h"

/* ---- running a program in memory ----------------------------------------- */

typedef struct Run {
    int status;
    char *out, *err;
    uint64_t allocs_at_start, allocs;
    int64_t leaked;
} Run;


static Run run_code(const char *code, uint64_t fail_at, bool after) {
    Program p = {.code = code, .argc = 1, .argv = (char *[]){"-c", NULL},
                 .fail_alloc = fail_at, .fail_alloc_after = after};
    Run r;
    Capture c;
    capture_begin(&c, -1);
    r.status = run_program(&p);
    capture_end(&c, &r.out, &r.err);
    r.allocs_at_start = p.allocs_at_start;
    r.allocs = p.allocs;
    r.leaked = p.leaked;
    return r;
}

static void run_free(Run *r) {
    free(r->out);
    free(r->err);
}

/* The last line of [s], passing over the warnings that teardown prints
 * after the traceback (`sys:1: RuntimeWarning: coroutine 'work' was never
 * awaited`, as CPython does for coroutines a MemoryError left unstarted). */
static const char *last_line(const char *s) {
    size_t n = strlen(s);
    for (;;) {
        size_t end = n;
        if (n && s[n - 1] == '\n') n--;
        while (n && s[n - 1] != '\n') n--;
        if (n == 0 || strncmp(s + n, "sys:1: ", 7) != 0 || !strstr(s + n, "Warning: ") ||
            strstr(s + n, "Warning: ") > s + end)
            return s + n;
    }
}

/* Check the run with allocation [n] failing against [ok], the run without. */
static void check(const char *name, const Run *ok, const Run *r, uint64_t n, bool after) {
    const char *how = after ? "and after" : "only";
    cr_assert_eq(r->leaked, 0, "%s: allocation %llu failing (%s): teardown found %lld left\nstderr:\n%s",
                 name, (unsigned long long)n, how, (long long)r->leaked, r->err);
    if (r->status == 0) {
        cr_assert_str_eq(r->out, ok->out, "%s: allocation %llu failing (%s): other output", name,
                         (unsigned long long)n, how);
        /* the failure may have hit a finalizer (a generator closed as it
         * dies): reported as CPython reports it, and the program goes on */
        bool unraisable = strstr(r->err, "Exception ignored in: ") && strstr(r->err, "MemoryError\n");
        if (!unraisable)
            cr_assert_str_eq(r->err, ok->err, "%s: allocation %llu failing (%s): other stderr", name,
                             (unsigned long long)n, how);
        return;
    }
    const char *last = last_line(r->err);
    bool memory_error = strncmp(last, "MemoryError\n", 12) == 0 ||
                        strcmp(last, "minipy: could not initialise the interpreter: out of memory\n") == 0;
    cr_assert(r->status == 1 && memory_error,
              "%s: allocation %llu failing (%s): status %d, stderr:\n%s", name, (unsigned long long)n, how,
              r->status, r->err);
}

/* Walk program [code]: the start-up's allocations every [stride]th, the
 * program's every [once]th failing alone and every [after]th failing with
 * all that follow (a run where everything fails from some point on differs
 * little from its neighbours'). */
static void walk(const char *name, const char *code, uint64_t stride, uint64_t once, uint64_t after_step) {
    Run ok = run_code(code, 0, false);
    cr_assert_eq(ok.status, 0, "%s does not run: %s", name, ok.err);
    cr_assert_eq(ok.leaked, 0, "%s leaks when nothing fails", name);
    bool trace = getenv("MINIPY_OOM_TRACE") != NULL;
    if (trace)
        fprintf(stderr, "%s: %llu allocations, %llu at the start\n", name, (unsigned long long)ok.allocs,
                (unsigned long long)ok.allocs_at_start);
    for (int after = 0; after <= 1; after++) {
        uint64_t n = 1;
        while (n <= ok.allocs + 1) {
            if (trace) {
                fprintf(stderr, "%s: fail %llu%s\n", name, (unsigned long long)n, after ? "+" : "");
                fflush(stderr);
            }
            Run r = run_code(code, n, after);
            check(name, &ok, &r, n, after);
            run_free(&r);
            n += n < ok.allocs_at_start ? stride : after ? after_step : once;
        }
    }
    run_free(&ok);
}

TestSuite(oom, .timeout = 120);

/* objects, ints (big ones too), str building, lists, dicts, tuples, sets */
Test(oom, builtin_types) {
    walk("builtin_types",
         "a = [i * i for i in range(20)]\n"
         "d = {str(k): k for k in a}\n"
         "t = tuple(d.items())\n"
         "s = set(a) | {1, 2, 3}\n"
         "big = 3 ** 200 + 7\n"
         "print(len(a), d['16'], t[2], sorted(s)[:5], big % 1000, hex(big)[:10])\n"
         "print(f'{big:,}'[:12], '%5.2f|%-4d|%s' % (3.14159, 7, a[:3]), 'x'.join('abc').upper())\n"
         "print(repr(t[:3]), str(2.5e-7), ' '.join(map(str, a[-3:])), a.index(49))\n",
         211, 1, 4);
}

/* frames, closures, classes, exceptions and their tracebacks, generators */
Test(oom, functions_and_classes) {
    walk("functions_and_classes",
         "def make(n):\n"
         "    total = 0\n"
         "    def add(x):\n"
         "        nonlocal total\n"
         "        total += x\n"
         "        return total\n"
         "    return add\n"
         "class Point:\n"
         "    def __init__(self, x, y):\n"
         "        self.x, self.y = x, y\n"
         "    def __repr__(self):\n"
         "        return f'Point({self.x}, {self.y})'\n"
         "def gen(n):\n"
         "    for i in range(n):\n"
         "        yield Point(i, i * 2)\n"
         "add = make(0)\n"
         "pts = [p for p in gen(4)]\n"
         "try:\n"
         "    pts[10]\n"
         "except IndexError as e:\n"
         "    print('caught', e)\n"
         "print(pts, add(3), add(4), sum(p.y for p in pts))\n",
         211, 1, 4);
}

/* str methods and formatting, dict and set operations, sorting with a
 * key, exceptions raised, caught, re-raised and chained, generators
 * driven with send() and close() */
Test(oom, strings_dicts_errors) {
    walk("strings_dicts_errors",
         "words = 'the quick brown fox jumps over the lazy dog the end'.split()\n"
         "counts = {}\n"
         "for w in words:\n"
         "    counts[w] = counts.get(w, 0) + 1\n"
         "top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]\n"
         "print(top, ' | '.join(w.upper().center(7, '*') for w, _ in top))\n"
         "print('%-6s|%6.3f|%x' % ('ab', 2 / 3, 255), f'{3.14159:>10.2e}|{\"s\"!r:^5}|{12345:,}')\n"
         "print(set(words) & {'fox', 'cat'}, 'dog' in counts, counts.pop('end'), sorted(counts)[-2:])\n"
         "print(' a,b ,c '.strip().replace(' ', '').split(','), 'x=%d' % int('  42 '), float('1e-3'), repr(1/3))\n"
         "def check(n):\n"
         "    if n > 2:\n"
         "        raise ValueError(f'too big: {n}')\n"
         "    return n\n"
         "for n in range(5):\n"
         "    try:\n"
         "        check(n)\n"
         "    except ValueError as e:\n"
         "        try:\n"
         "            raise KeyError(n) from e\n"
         "        except KeyError as k:\n"
         "            print('chained', repr(k), k.__cause__)\n"
         "    finally:\n"
         "        pass\n"
         "def acc():\n"
         "    total = 0\n"
         "    while True:\n"
         "        x = yield total\n"
         "        total += x\n"
         "g = acc()\n"
         "next(g)\n"
         "print([g.send(i) for i in range(4)])\n"
         "g.close()\n",
         211, 1, 4);
}

/* bytes and bytearray: encoding and decoding, slicing and slice
 * assignment, the str-like methods, %-formatting, int.to_bytes and
 * from_bytes (GMP), memoryview */
Test(oom, bytes_and_codecs) {
    walk("bytes_and_codecs",
         "b = 'h\u00e9llo w\u00f6rld'.encode('utf-8')\n"
         "ba = bytearray(b)\n"
         "ba[0:1] = b'H'\n"
         "ba.extend(range(65, 70))\n"
         "ba[::2] = bytes(len(ba[::2]))\n"
         "print(b, ba, b.hex(), bytes.fromhex('41 42'), b.split(b' '), b.replace(b'l', b'L'))\n"
         "print(b.decode(), ba.decode('latin-1', 'replace')[:4], b'%s-%d' % (b'x', 5))\n"
         "print((2 ** 70).to_bytes(9, 'big'), (-5).to_bytes(3, 'little', signed=True))\n"
         "print(int.from_bytes(b'\\xff' * 9, 'little', signed=True), int.from_bytes(bytearray(b'ab'), 'big'))\n"
         "print(memoryview(b)[1:4].tobytes(), b[::2], bytes(5), b'ab' * 3, b'abc'.upper().center(7, b'*'))\n",
         211, 1, 4);
}

/* coroutines driven by hand (await, async comprehensions, an async
 * generator) and pickle's protocols (lib/pickle.py over bytes). Not
 * asyncio: its loop sleeps on a threading.Event, and a MemoryError in the
 * __exit__ of a `with lock:` leaves that lock held, after which the loop
 * waits for ever -- what any program that loses a lock's release does. */
Test(oom, coroutines_and_pickle) {
    walk("coroutines_and_pickle",
         "import pickle\n"
         "async def inner(n):\n"
         "    return n * 2\n"
         "async def ticks(n):\n"
         "    for i in range(n):\n"
         "        yield i\n"
         "async def outer():\n"
         "    got = [await inner(i) for i in range(3)]\n"
         "    return got, [t async for t in ticks(3)]\n"
         "c = outer()\n"
         "try:\n"
         "    c.send(None)\n"
         "except StopIteration as e:\n"
         "    r = e.value\n"
         "data = pickle.dumps({'r': r, 'b': b'\\x00\\xff', 't': (1.5, None, True)}, protocol=4)\n"
         "print(r, pickle.loads(data), len(pickle.dumps([1, 2], protocol=0)))\n",
         4001, 41, 151);
}

/* the match statement: its patterns compiled (vm/compile_match.c) and
 * matched (vm/match.c): sequences with a star, mappings with **rest,
 * classes through __match_args__, or-patterns, guards */
Test(oom, match_statement) {
    walk("match_statement",
         "class P:\n"
         "    __match_args__ = ('x', 'y')\n"
         "    def __init__(self, x, y):\n"
         "        self.x, self.y = x, y\n"
         "def what(v):\n"
         "    match v:\n"
         "        case [1, *rest] if rest:\n"
         "            return f'list from 1, then {rest}'\n"
         "        case {'k': int(k), **others}:\n"
         "            return f'k={k} {others}'\n"
         "        case P(0, y) | P(y, 0):\n"
         "            return f'on an axis at {y}'\n"
         "        case (str() as s, _):\n"
         "            return 'pair of ' + s\n"
         "        case _:\n"
         "            return 'other'\n"
         "for v in ([1, 2, 3], {'k': 5, 'z': 1}, P(0, 4), P(3, 0), ('a', 1), 42):\n"
         "    print(what(v))\n",
         211, 1, 4);
}

/* exception groups: construction, split with notes, except* with a
 * handler that raises, the group that leaves the statement (a
 * MemoryError raised in a clause leaves inside it, as in CPython) */
Test(oom, exception_groups) {
    walk("exception_groups",
         "eg = ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('in', [KeyError(3)])])\n"
         "eg.add_note('n')\n"
         "m, r = eg.split(ValueError)\n"
         "print(repr(m), repr(r), r.__notes__, str(eg), eg.subgroup(lambda e: True) is eg)\n"
         "try:\n"
         "    try:\n"
         "        raise eg\n"
         "    except* ValueError as e:\n"
         "        print('v', repr(e))\n"
         "    except* KeyError:\n"
         "        raise OSError('new')\n"
         "except ExceptionGroup as left:\n"
         "    # a MemoryError a clause raised joins the group: let it end the run\n"
         "    m = left.subgroup(MemoryError)\n"
         "    while m is not None and isinstance(m, BaseExceptionGroup):\n"
         "        m = m.exceptions[0]\n"
         "    if m is not None:\n"
         "        raise m\n"
         "    print(repr(left))\n"
         "try:\n"
         "    raise ValueError('naked')\n"
         "except* ValueError as e:\n"
         "    print(repr(e))\n",
         211, 1, 4);
}

/* a whole ordinary program from the suite: classes, properties, custom
 * exceptions, f-strings, sorting */
Test(oom, bank_accounts) {
    FILE *f = fopen(MINIPY_TEST_SOURCE_DIR "/py/programs/bank_accounts.py", "rb");
    cr_assert_not_null(f);
    static char src[16384];
    size_t n = fread(src, 1, sizeof src - 1, f);
    fclose(f);
    src[n] = '\0';
    walk("bank_accounts", src, 211, 5, 13);
}

/* ---- real exhaustion: an address-space limit (ulimit -v) ------------------ */

#ifndef MINIPY_SANITIZE        /* the sanitizers reserve terabytes of shadow memory */
/* Each case asks for 500 MB or more with 400 MB to spare: the strings
 * built by f-strings, %, format widths, repr of a list, replace, join and
 * center, the text of a big int and a shift (both inside GMP, guarded), a
 * power refused before it starts, a list; each must be a MemoryError,
 * after which the program goes on. */
static const char hungry[] =
    "a = 'x' * 10**8\n"
    "m = 1 << 8 * 10**8\n"
    "cases = [\n"
    "    lambda: f'{a}{a}{a}{a}{a}{a}',\n"
    "    lambda: '%s%s%s%s%s%s' % (a, a, a, a, a, a),\n"
    "    lambda: format(a, '>700000000'),\n"
    "    lambda: '{:^700000000}'.format(a),\n"
    "    lambda: a.replace('x', 'xxxxxx'),\n"
    "    lambda: repr([a] * 6),\n"
    "    lambda: '-'.join([a] * 6),\n"
    "    lambda: a.center(7 * 10**8),\n"
    "    lambda: bin(m),\n"
    "    lambda: 7 << 4 * 10**9,\n"
    "    lambda: 7 ** (3 * 10**9),\n"
    "    lambda: [a] * 10**8,\n"
    "]\n"
    "for i, case in enumerate(cases):\n"
    "    try:\n"
    "        r = case()\n"
    "        print(i, 'made', len(r) if hasattr(r, '__len__') else r.bit_length())\n"
    "    except MemoryError:\n"
    "        print(i, 'MemoryError')\n"
    "print(len(a), m.bit_length(), sum(range(100)))\n";

Test(oom_ulimit, strings_and_ints_under_ulimit_v, .timeout = 120) {
    /* the address space in use now, plus 400 MB */
    FILE *f = fopen("/proc/self/statm", "r");
    cr_assert_not_null(f);
    unsigned long pages = 0;
    cr_assert_eq(fscanf(f, "%lu", &pages), 1);
    fclose(f);
    rlim_t limit = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + ((rlim_t)400 << 20);
    struct rlimit rl = {limit, limit};
    cr_assert_eq(setrlimit(RLIMIT_AS, &rl), 0);
    Run r = run_code(hungry, 0, false);
    cr_expect_eq(r.status, 0, "status %d, stderr:\n%s", r.status, r.err);
    cr_expect_str_eq(r.out,
                     "0 MemoryError\n1 MemoryError\n2 MemoryError\n3 MemoryError\n4 MemoryError\n"
                     "5 MemoryError\n6 MemoryError\n7 MemoryError\n8 MemoryError\n9 MemoryError\n"
                     "10 MemoryError\n11 MemoryError\n100000000 800000001 4950\n");
    cr_expect_eq(r.leaked, 0);
    run_free(&r);
}
#endif

/* weak references: the side table growing (runtime/weakref.c), callbacks
 * when a count reaches zero and from the collector */
Test(oom, weakrefs) {
    walk("weakrefs",
         "import _weakref, gc\n"
         "class N:\n"
         "    pass\n"
         "ns = [N() for i in range(20)]\n"
         "rs = [_weakref.ref(n, lambda r: None) for n in ns]\n"
         "a, b = N(), N()\n"
         "a.b, b.a = b, a\n"
         "ra = _weakref.ref(a, lambda r: print('cycle gone'))\n"
         "del ns, a, b\n"
         "gc.collect()\n"
         "print(sum(r() is None for r in rs), ra() is None)\n",
         211, 1, 4);
}

/* __slots__ (the layout, member descriptors, a str subclass's trailer),
 * list[int] and int | None, a class statement's __mro_entries__ and
 * __prepare__, "\N{...}" */
Test(oom, slots_and_type_hints) {
    walk("slots_and_type_hints",
         "import copy\n"
         "class P:\n"
         "    __slots__ = ('x', 'y', '__weakref__')\n"
         "class Q(P):\n"
         "    __slots__ = ('z', '__dict__')\n"
         "q = Q()\n"
         "q.x, q.z, q.w = 1, [2], 3\n"
         "class S(str):\n"
         "    __slots__ = ('tag',)\n"
         "s = S('text')\n"
         "s.tag = q\n"
         "c = copy.copy(q)\n"
         "h = dict[str, list[int]] | None\n"
         "class L(list[int]):\n"
         "    pass\n"
         "print(c.x, c.z, s.tag.w, h, isinstance([], list | None), L.__orig_bases__, '\\N{EM DASH}')\n",
         211, 1, 4);
}

/* warnings (runtime/mod_warnings.c: the filters, a module's registry, the
 * interpreter's own show and the one through lib/warnings.py), atexit
 * (runtime/mod_atexit.c) and a frame object's f_locals/f_back */
Test(oom, warnings_atexit_frames) {
    walk("warnings_atexit_frames",
         "import _warnings, atexit, sys\n"
         "def f(x):\n"
         "    _warnings.warn('early', RuntimeWarning)\n"
         "    return sys._getframe().f_locals, sys._getframe(1).f_code.co_name\n"
         "print(f(1))\n"
         "import warnings\n"
         "warnings.simplefilter('error', UserWarning)\n"
         "try:\n"
         "    warnings.warn('an error now')\n"
         "except UserWarning as e:\n"
         "    print(repr(e))\n"
         "atexit.register(print, 'at exit', end='!\\n')\n"
         "with warnings.catch_warnings(record=True) as log:\n"
         "    warnings.simplefilter('always')\n"
         "    warnings.warn_explicit('explicit', FutureWarning, 'x.py', 3, registry={})\n"
         "print(len(log), log[0].category.__name__)\n",
         211, 1, 4);
}

/* struct (runtime/mod_struct.c): the parsed format, the packed buffer,
 * the unpacked tuple, struct.error made at import */
Test(oom, struct_pack_unpack) {
    walk("struct_pack_unpack",
         "import struct\n"
         "b = struct.pack('<hiq3sp?e', 1, -2, 2**40, b'abc', b'x', True, 1.5)\n"
         "print(struct.unpack('<hiq3sp?e', b), struct.calcsize('@bq'))\n"
         "try:\n"
         "    struct.pack('b', 999)\n"
         "except struct.error as e:\n"
         "    print(e)\n"
         "print(list(struct.iter_unpack('<h', b'abcd')), struct.Struct('>I').pack(7))\n",
         211, 1, 4);
}

/* binascii (runtime/mod_binascii.c): the output buffers of each encoder
 * and decoder, the hex text shared with bytes.hex, binascii.Error made at
 * import and raised */
Test(oom, binascii_codecs) {
    walk("binascii_codecs",
         "import binascii\n"
         "e = binascii.b2a_base64(b'hello world', newline=False)\n"
         "print(e, binascii.a2b_base64(e, strict_mode=True), binascii.hexlify(b'\\x01\\x02', ':'))\n"
         "print(binascii.unhexlify('abcd'), binascii.b2a_uu(b'Cat'), binascii.a2b_uu(b'#0V%T'))\n"
         "print(binascii.b2a_qp(b'a=b \\n'), binascii.a2b_qp(b'=41_', header=True), binascii.crc32(b'x'))\n"
         "try:\n"
         "    binascii.a2b_base64(b'abcde')\n"
         "except binascii.Error as e:\n"
         "    print(e)\n",
         211, 1, 4);
}

/* time (runtime/mod_time.c): tzset() recomputing the zone attributes,
 * the OSError of a year the C library cannot hold */
Test(oom, time_tzset) {
    walk("time_tzset",
         "import time, posix\n"
         "posix.putenv('TZ', 'EST+05EDT,M3.2.0,M11.1.0')\n"
         "time.tzset()\n"
         "print(time.tzname, time.timezone, time.altzone, time.daylight)\n"
         "try:\n"
         "    time.gmtime(1e17)\n"
         "except OSError as e:\n"
         "    print(e.errno > 0)\n",
         211, 1, 4);
}

/* complex numbers (runtime/complex.c) and cmath (runtime/mod_cmath.c): the
 * constructor's copy of the text, reprs and format specs through StrBuf,
 * the polar tuple, the module made at import */
Test(oom, complex_cmath) {
    walk("complex_cmath",
         "import cmath\n"
         "z = complex(' (1.5-2_0j) ') * 3 + 1j ** 0.5\n"
         "print(z, repr(-0j), format(z, '^30,.2f'), f'{z:.3e}', hash(z) == hash(z))\n"
         "print(cmath.sqrt(z), cmath.polar(z), cmath.log(z, 2), cmath.isclose(z, z))\n"
         "try:\n"
         "    complex('1+')\n"
         "except ValueError as e:\n"
         "    print(e)\n",
         211, 1, 4);
}

/* the compiler's folded displays: [1, 2, 3] and {1, 2, 3} become a BUILD
 * then a constant the compiler made first, and a failing BUILD left that
 * constant behind (found by importing enum in a walk) */
Test(oom, folded_displays) {
    walk("folded_displays",
         "def f(x):\n"
         "    return {'a', 'b', 'c'} | {x}\n"
         "def g(x):\n"
         "    return [1, 2, 3] + [x]\n"
         "print(sorted(f('d')), g(4), sorted({3, 1, 2}), [7, 8, 9])\n",
         1, 1, 1);
}
