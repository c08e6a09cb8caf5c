/* mod_random.c -- the `_random` module: the Mersenne Twister (MT19937),
 * the generator under lib/random.py, bit for bit CPython's.
 *
 * No lesson is about it; it serves every program that shuffles a deck,
 * simulates dice or generates test data -- and, because `random.seed(42)`
 * must give the numbers CPython gives (a class's exercise sheet, an
 * autograder's expected output), it reproduces CPython's sequences
 * exactly: the same generator, seeded the same way, read the same way.
 *
 * The generator (Matsumoto and Nishimura, 1998) keeps 624 words of 32 bits.
 * Each output word is the next word of that state, "tempered" by four
 * shift-and-mask steps that spread its bits; when all 624 have been used,
 * the whole state is "twisted" into the next 624 (next_state()). Its
 * period is 2**19937 - 1.
 *
 * How Python turns words into values -- this is what has to match:
 *   seed(n)         the 32-bit words of abs(n), least significant first,
 *                   are fed to the reference init_by_array() (seed(0) is
 *                   the one word 0); seed() with no argument reads the
 *                   state from the operating system's random source;
 *                   anything else that is not an int seeds with its hash
 *   random()        two words: the top 27 bits of the first and the top 26
 *                   of the second make a 53-bit integer, divided by 2**53
 *   getrandbits(k)  k <= 32: the top k bits of one word; more: whole words
 *                   from least to most significant, the last one cut to
 *                   its top bits
 * Everything else (randrange, choice, shuffle, sample, ...) is Python code
 * in lib/random.py built on random() and getrandbits().
 *
 * Start reading at genrand(), then fn_seed().
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "modules.h"
#include "module.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "float.h"
#include "str.h"
#include "tuple.h"
#include "func.h"
#include "args.h"
#include "gmpmem.h"
#include "common/rawmem.h"

#define MT_N 624
#define MT_M 397

typedef struct {
    OBJECT_HEAD;
    uint32_t state[MT_N];
    int index;            /* next word of state to hand out; MT_N: twist first */
} RandomObject;

#define R(o) ((RandomObject *)(o))

/* ---- the generator ---------------------------------------------------- */

/* The twist: each new word mixes the top bit of word k with the low 31 bits
 * of word k+1, shifts right by one, XORs in the constant 0x9908b0df when
 * the bit shifted out was 1, and XORs with word k+397 (wrapping around). */
static void next_state(uint32_t *mt) {
    for (int k = 0; k < MT_N; k++) {
        uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % MT_N] & 0x7fffffffu);
        mt[k] = mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
}

/* The next 32-bit output: a state word, tempered. */
static uint32_t genrand(RandomObject *r) {
    if (r->index >= MT_N) {
        next_state(r->state);
        r->index = 0;
    }
    uint32_t y = r->state[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* The reference initialisation from one word: a linear recurrence fills
 * the state. */
static void init_genrand(RandomObject *r, uint32_t s) {
    uint32_t *mt = r->state;
    mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
    r->index = MT_N;
}

/* The reference initialisation from an array of words (the seed's bits):
 * two passes over the state mix every key word into every state word. */
static void init_by_array(RandomObject *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000u;   /* a nonzero state, whatever the key */
    r->index = MT_N;
}

/* Seed from the operating system (getrandom), or, where that fails, from
 * the time and the process id, as CPython falls back. */
static void seed_from_os(RandomObject *r) {
    uint32_t key[MT_N];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t n = getrandom((char *)key + got, sizeof key - got, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        got += (size_t)n;
    }
    if (got == sizeof key) {
        init_by_array(r, key, MT_N);
        return;
    }
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    uint32_t small[5] = {(uint32_t)t.tv_sec, (uint32_t)((uint64_t)t.tv_sec >> 32), (uint32_t)t.tv_nsec,
                         (uint32_t)getpid(), (uint32_t)clock()};
    init_by_array(r, small, 5);
}

/* Seed from the non-negative int [n]: its 32-bit words, least significant
 * first (0 is the one word 0). */
static int seed_from_int(ThreadState *ts, RandomObject *r, Object *n) {
    int64_t v;
    if (int_as_i64(n, &v)) {
        uint32_t key[2] = {(uint32_t)v, (uint32_t)((uint64_t)v >> 32)};
        init_by_array(r, key, key[1] ? 2 : 1);
        return 0;
    }
    /* read in place: mpz_export into a buffer of ours allocates nothing,
     * so it needs no guard (runtime/gmpmem.h) */
    IntView view;
    mpz_srcptr z = int_view(&view, n);
    size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
    uint32_t *key = rawmem_alloc(words * sizeof(uint32_t));
    if (!key) {
        err_no_memory(ts);
        return -1;
    }
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    init_by_array(r, key, count ? count : 1);
    rawmem_free(key);
    return 0;
}

/* ---- the Random type ---------------------------------------------------- */

static Object *random_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                          Object *kwnames) {
    if (type == &RandomType && args_no_kwargs(ts, "Random", kwnames) < 0) return NULL;
    RandomObject *r = (RandomObject *)obj_alloc(ts, type, type->basicsize);
    if (!r) return NULL;
    seed_from_os(r);
    return (Object *)r;
}

/* seed(n=None): see the head comment. */
static int random_seed(ThreadState *ts, RandomObject *r, Object *arg) {
    if (!arg || arg == None) {
        seed_from_os(r);
        return 0;
    }
    Object *n;
    if (int_check(arg)) {
        n = obj_abs(ts, arg);
    } else {
        /* CPython seeds with the hash as an unsigned C size_t */
        int64_t h = obj_hash(ts, arg);
        if (h == -1 && err_occurred(ts)) return -1;
        n = int_from_u64(ts, (uint64_t)h);
    }
    if (!n) return -1;
    int rc = seed_from_int(ts, r, n);
    DECREF(n);
    return rc;
}

static int random_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (TYPE(self) == &RandomType && args_no_kwargs(ts, "Random", kwnames) < 0) return -1;
    if (nargs > 1) {
        err_set_string(ts, &ExcTypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed(ts, R(self), nargs ? args[0] : NULL);
}

static void random_dealloc(Object *self) { obj_free(self); }

static CFUNC(fn_seed) {
    if (args_no_kwargs(ts, "seed", kwnames) < 0 || args_count(ts, "seed", nargs, 0, 1) < 0) return NULL;
    if (random_seed(ts, R(self), nargs ? args[0] : NULL) < 0) return NULL;
    return none_new();
}

/* random() -> x in [0, 1): 53 random bits over 2**53. */
static CFUNC(fn_random) {
    if (args_exactly(ts, "random", nargs, kwnames, 0) < 0) return NULL;
    uint32_t a = genrand(R(self)) >> 5, b = genrand(R(self)) >> 6;
    return float_new(ts, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

/* The int of [words] 32-bit words [w], least significant first (runs
 * guarded: runtime/gmpmem.h). */
typedef struct ImportCall { mpz_t z; size_t words; const uint32_t *w; } ImportCall;

static void import_words(void *p) {
    ImportCall *c = p;
    mpz_import(c->z, c->words, -1, sizeof(uint32_t), 0, 0, c->w);
}

/* getrandbits(k) -> an int of k random bits. */
static CFUNC(fn_getrandbits) {
    if (args_exactly(ts, "getrandbits", nargs, kwnames, 1) < 0) return NULL;
    int k;
    if (args_c_int(ts, args[0], &k) < 0) return NULL;
    if (k < 0) return err_set_string(ts, &ExcValueError, "number of bits must be non-negative");
    if (k == 0) return int_from_i64(ts, 0);
    if (k <= 32) return int_from_u64(ts, genrand(R(self)) >> (32 - k));
    size_t words = (size_t)(k - 1) / 32 + 1;
    uint32_t *w = rawmem_alloc(words * sizeof(uint32_t));
    if (!w) return err_no_memory(ts);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand(R(self));
        if (k < 32) x >>= 32 - k;   /* the last word keeps its top bits */
        w[i] = x;
    }
    ImportCall c = {.words = words, .w = w};
    mpz_init(c.z);
    bool ok = gmpmem_run(import_words, &c) == 0;   /* c.z is abandoned when it failed */
    rawmem_free(w);
    if (!ok) return err_no_memory(ts);
    return int_from_mpz_steal(ts, c.z);
}

/* getstate() -> the 624 words and the index, a tuple of 625 ints. */
static CFUNC(fn_getstate) {
    if (args_exactly(ts, "getstate", nargs, kwnames, 0) < 0) return NULL;
    Object *t = tuple_new(ts, MT_N + 1);
    if (!t) return NULL;
    for (int i = 0; i < MT_N; i++) {
        Object *v = int_from_u64(ts, R(self)->state[i]);
        if (!v) { DECREF(t); return NULL; }
        TUPLE_SET_STEAL(t, i, v);
    }
    Object *idx = int_from_i64(ts, R(self)->index);
    if (!idx) { DECREF(t); return NULL; }
    TUPLE_SET_STEAL(t, MT_N, idx);
    return t;
}

/* setstate(state): what getstate() returned; checked as CPython checks. */
static CFUNC(fn_setstate) {
    if (args_exactly(ts, "setstate", nargs, kwnames, 1) < 0) return NULL;
    Object *st = args[0];
    if (!tuple_check(st)) return err_set_string(ts, &ExcTypeError, "state vector must be a tuple");
    if (TUPLE_SIZE(st) != MT_N + 1) return err_set_string(ts, &ExcValueError, "state vector is the wrong size");
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Object *v = TUPLE_GET(st, i);
        int64_t x;
        if (!int_check(v))
            return err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(v));
        if (!int_as_i64(v, &x) || x < 0 || x > (int64_t)UINT32_MAX) {
            if (int_sign(v) < 0)
                return err_set_string(ts, &ExcOverflowError, "can't convert negative int to unsigned");
            return err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C unsigned long");
        }
        words[i] = (uint32_t)x;
    }
    int index;
    if (args_c_int(ts, TUPLE_GET(st, MT_N), &index) < 0) return NULL;
    if (index < 0 || index > MT_N) return err_set_string(ts, &ExcValueError, "invalid state");
    memcpy(R(self)->state, words, sizeof words);
    R(self)->index = index;
    return none_new();
}

static const MethodDef random_methods[] = {
    {"seed", fn_seed, 0, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\n"
                         "of the current time and the process identifier."},
    {"random", fn_random, 0, "random() -> x in the interval [0, 1)."},
    {"getrandbits", fn_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"getstate", fn_getstate, 0, "getstate() -> tuple containing the current state."},
    {"setstate", fn_setstate, 0, "setstate(state) -> None.  Restores generator state."},
    {NULL},
};

TypeObject RandomType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_random.Random",
    .basicsize = sizeof(RandomObject),
    .flags = TYPE_FLAG_BASETYPE,
    .doc = "Random() -> create a random number generator with its own internal state.",
    .dealloc = random_dealloc,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = random_new,
    .init = random_init,
    .methods = random_methods,
};

Object *mod_random_create(ThreadState *ts) {
    /* its types are readied on first import (runtime/interp.c: module_types) */
    if (type_ready(ts, &RandomType) < 0)
        return NULL;
    Object *m = module_new_cstr(ts, "_random");
    if (!m) return NULL;
    if (module_add_object(ts, m, "Random", (Object *)&RandomType) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
