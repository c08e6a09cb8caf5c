/* mod_blake2.c -- the `_blake2` module: the BLAKE2b and BLAKE2s hash
 * functions (RFC 7693), with the key, salt, personalisation, digest size
 * and tree parameters that hashlib.blake2b() and blake2s() take.
 *
 * Issue 17 (the modules real programs import). The other digests of
 * hashlib come from OpenSSL (runtime/mod_hashlib.c); this one is our own
 * code, as it is CPython's: OpenSSL 3.0 computes BLAKE2 only at its full
 * digest size and without a salt or personalisation, so it cannot give
 * Python's results for blake2b(digest_size=16) or blake2b(key=...).
 *
 * The two functions differ only in their word (64 or 32 bits), the number
 * of rounds, four rotation distances and the sizes that follow from the
 * word; DEFINE_BLAKE2 writes the compression function once for both.
 *
 * A hash object keeps the chain value h[8], the count of bytes hashed t,
 * and the last block seen: that block is not compressed until more data
 * arrives, because the final block is compressed with a flag of its own.
 */
#include <stdint.h>
#include <string.h>

#include "modules.h"
#include "module.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "dict.h"
#include "args.h"

/* the message word order of each round (the same table for both) */
static const uint8_t sigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

/* the initial values: SHA-512's for BLAKE2b, SHA-256's for BLAKE2s */
static const uint64_t iv_b[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};
static const uint32_t iv_s[8] = {
    0x6a09e667UL, 0xbb67ae85UL, 0x3c6ef372UL, 0xa54ff53aUL, 0x510e527fUL, 0x9b05688cUL, 0x1f83d9abUL, 0x5be0cd19UL,
};

#define BLOCK_MAX 128

typedef struct {
    OBJECT_HEAD;
    uint64_t h[8];            /* the chain value (BLAKE2s uses the low 32 bits) */
    uint64_t t[2];            /* bytes compressed so far, as a 128-bit count */
    uint8_t buf[BLOCK_MAX];   /* the block not compressed yet */
    size_t buflen;
    uint8_t digest_size;
    bool last_node;
} Blake2Object;

#define B(o) ((Blake2Object *)(o))

/* One variant: its word type and sizes, and its compression function. */
#define DEFINE_BLAKE2(v, word_t, bits, rounds, r1, r2, r3, r4, iv)                                        \
    static word_t load_##v(const uint8_t *p) {                                                             \
        word_t w = 0;                                                                                      \
        for (int i = (bits) / 8 - 1; i >= 0; i--) w = (word_t)(w << 8) | p[i];                             \
        return w;                                                                                          \
    }                                                                                                      \
    static word_t rotr_##v(word_t x, int n) { return (word_t)(x >> n) | (word_t)(x << ((bits) - n)); }     \
    static void compress_##v(Blake2Object *s, const uint8_t *block, bool last) {                           \
        word_t m[16], w[16];                                                                               \
        for (int i = 0; i < 16; i++) m[i] = load_##v(block + i * ((bits) / 8));                            \
        for (int i = 0; i < 8; i++) {                                                                      \
            w[i] = (word_t)s->h[i];                                                                        \
            w[i + 8] = iv[i];                                                                              \
        }                                                                                                  \
        w[12] ^= (word_t)s->t[0];                                                                          \
        w[13] ^= (word_t)((bits) == 64 ? s->t[1] : s->t[0] >> 32);                                          \
        if (last) {                                                                                        \
            w[14] = (word_t)~w[14];                                                                        \
            if (s->last_node) w[15] = (word_t)~w[15];                                                      \
        }                                                                                                  \
        for (int r = 0; r < (rounds); r++) {                                                               \
            const uint8_t *z = sigma[r % 10];                                                              \
            static const uint8_t lanes[8][4] = {{0, 4, 8, 12},  {1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15}, \
                                                {0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14}}; \
            for (int g = 0; g < 8; g++) {                                                                  \
                int a = lanes[g][0], b = lanes[g][1], c = lanes[g][2], d = lanes[g][3];                    \
                w[a] = (word_t)(w[a] + w[b] + m[z[2 * g]]);                                                 \
                w[d] = rotr_##v(w[d] ^ w[a], r1);                                                          \
                w[c] = (word_t)(w[c] + w[d]);                                                              \
                w[b] = rotr_##v(w[b] ^ w[c], r2);                                                          \
                w[a] = (word_t)(w[a] + w[b] + m[z[2 * g + 1]]);                                             \
                w[d] = rotr_##v(w[d] ^ w[a], r3);                                                          \
                w[c] = (word_t)(w[c] + w[d]);                                                              \
                w[b] = rotr_##v(w[b] ^ w[c], r4);                                                          \
            }                                                                                              \
        }                                                                                                  \
        for (int i = 0; i < 8; i++) s->h[i] = (word_t)(s->h[i] ^ w[i] ^ w[i + 8]);                         \
    }

DEFINE_BLAKE2(b, uint64_t, 64, 12, 32, 24, 16, 63, iv_b)
DEFINE_BLAKE2(s, uint32_t, 32, 10, 16, 12, 8, 7, iv_s)

/* What differs between the two, as data. */
typedef struct {
    const char *name;
    size_t block;             /* 128 or 64 */
    size_t max_digest;        /* 64 or 32: also the longest key */
    size_t salt_size;         /* 16 or 8: also the personalisation's */
    uint64_t max_node_offset; /* 2**64-1 or 2**48-1 */
    void (*compress)(Blake2Object *, const uint8_t *, bool);
} Variant;

static const Variant variant_b = {"blake2b", 128, 64, 16, UINT64_MAX, compress_b};
static const Variant variant_s = {"blake2s", 64, 32, 8, (1ULL << 48) - 1, compress_s};



static const Variant *variant_of(Object *self) {
    return obj_type_check(self, &Blake2bType) ? &variant_b : &variant_s;
}

static void count_bytes(Blake2Object *s, const Variant *v, size_t n) {
    if (v->block == 128) {
        s->t[0] += n;
        if (s->t[0] < n) s->t[1]++;
    } else {
        s->t[0] = (s->t[0] + n) & 0xffffffffffffffffULL;   /* BLAKE2s: a 64-bit count in t[0] */
    }
}

static void absorb(Blake2Object *s, const Variant *v, const uint8_t *in, size_t n) {
    while (n > 0) {
        if (s->buflen == v->block) {         /* more data follows: this block is not the last */
            count_bytes(s, v, v->block);
            v->compress(s, s->buf, false);
            s->buflen = 0;
        }
        size_t take = v->block - s->buflen < n ? v->block - s->buflen : n;
        memcpy(s->buf + s->buflen, in, take);
        s->buflen += take;
        in += take;
        n -= take;
    }
}

/* The digest so far, into [out]: the last block is compressed in a copy,
 * so that more data can still be added. */
static void finish(const Blake2Object *self, const Variant *v, uint8_t *out) {
    Blake2Object s = *self;
    count_bytes(&s, v, s.buflen);
    memset(s.buf + s.buflen, 0, v->block - s.buflen);
    v->compress(&s, s.buf, true);
    size_t word = v->block / 16;
    for (size_t i = 0; i < s.digest_size; i++) out[i] = (uint8_t)(s.h[i / word] >> (8 * (i % word)));
}

/* ---- the constructor ------------------------------------------------------ */

/* An int parameter in [lo, hi], else ValueError "[what] must be between ..." */
static int small_param(ThreadState *ts, Object *o, int dflt, int lo, int hi, const char *message, int *out) {
    *out = dflt;
    if (!o) return 0;
    if (args_c_int(ts, o, out) < 0) return -1;
    if (*out < lo || *out > hi) {
        err_set_string(ts, &ExcValueError, message);
        return -1;
    }
    return 0;
}

/* An unsigned parameter (leaf_size, node_offset): at most [max]. */
static int unsigned_param(ThreadState *ts, Object *o, uint64_t max, const char *too_large, uint64_t *out) {
    *out = 0;
    if (!o) return 0;
    Object *n = obj_index(ts, o);
    if (!n) return -1;
    int sign = int_sign(n);
    int64_t v;
    bool fits = int_as_i64(n, &v);
    uint64_t u = (uint64_t)v;
    if (!fits && sign > 0) {
        IntView view;
        mpz_srcptr z = int_view(&view, n);
        fits = mpz_sizeinbase(z, 2) <= 64;
        if (fits) u = mpz_getlimbn(z, 0);
    }
    DECREF(n);
    if (sign < 0) {
        err_set_string(ts, &ExcValueError, "value must be positive");
        return -1;
    }
    if (!fits) {
        err_set_string(ts, &ExcOverflowError, "int too big to convert");
        return -1;
    }
    if (u > max) {
        err_set_string(ts, &ExcOverflowError, too_large);
        return -1;
    }
    *out = u;
    return 0;
}

/* salt, person, key: bytes-like, at most [max] bytes. */
static int bytes_param(ThreadState *ts, Object *o, size_t max, const char *what, uint8_t *out, size_t *len) {
    *len = 0;
    if (!o) return 0;
    const char *data;
    Object *tmp;
    if (bytes_buffer_arg(ts, o, &data, len, &tmp) < 0) return -1;
    if (*len > max) {
        XDECREF(tmp);
        err_format(ts, &ExcValueError, "maximum %s length is %zu bytes", what, max);
        return -1;
    }
    memcpy(out, data, *len);
    XDECREF(tmp);
    return 0;
}

static int update_with(ThreadState *ts, Object *self, Object *data) {
    if (str_check(data)) {
        err_set_string(ts, &ExcTypeError, "Strings must be encoded before hashing");
        return -1;
    }
    const char *bytes;
    size_t size;
    Object *tmp = NULL;
    if (!bytes_buffer(data, &bytes, &size)) {
        if (!obj_type_check(data, &MemoryViewType)) {
            err_set_string(ts, &ExcTypeError, "object supporting the buffer API required");
            return -1;
        }
        if (bytes_buffer_arg(ts, data, &bytes, &size, &tmp) < 0) return -1;
    }
    absorb(B(self), variant_of(self), (const uint8_t *)bytes, size);
    XDECREF(tmp);
    return 0;
}

/* blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'',
 *         fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
 *         inner_size=0, last_node=False, usedforsecurity=True) */
static Object *blake2_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"data", "digest_size", "key", "salt", "person", "fanout", "depth",
                                        "leaf_size", "node_offset", "node_depth", "inner_size", "last_node",
                                        "usedforsecurity", NULL};
    bool is_b = type == &Blake2bType;
    const Variant *v = is_b ? &variant_b : &variant_s;
    const ArgSpec spec = {v->name, names, .posonly = 1, .kwonly = 12};
    Object *a[13];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    char message[64];
    int digest_size, fanout, depth, node_depth, inner_size;
    uint64_t leaf_size, node_offset;
    uint8_t key[64], salt[16] = {0}, person[16] = {0};
    size_t key_len, salt_len, person_len;
    snprintf(message, sizeof message, "digest_size must be between 1 and %zu bytes", v->max_digest);
    if (small_param(ts, a[1], (int)v->max_digest, 1, (int)v->max_digest, message, &digest_size) < 0 ||
        bytes_param(ts, a[2], v->max_digest, "key", key, &key_len) < 0 ||
        bytes_param(ts, a[3], v->salt_size, "salt", salt, &salt_len) < 0 ||
        bytes_param(ts, a[4], v->salt_size, "person", person, &person_len) < 0 ||
        small_param(ts, a[5], 1, 0, 255, "fanout must be between 0 and 255", &fanout) < 0 ||
        small_param(ts, a[6], 1, 1, 255, "depth must be between 1 and 255", &depth) < 0 ||
        unsigned_param(ts, a[7], 0xffffffffULL, "leaf_size is too large", &leaf_size) < 0 ||
        unsigned_param(ts, a[8], v->max_node_offset, "node_offset is too large", &node_offset) < 0 ||
        small_param(ts, a[9], 0, 0, 255, "node_depth must be between 0 and 255", &node_depth) < 0)
        return NULL;
    snprintf(message, sizeof message, "inner_size must be between 0 and is %zu", v->max_digest);
    if (small_param(ts, a[10], 0, 0, (int)v->max_digest, message, &inner_size) < 0) return NULL;
    int last_node = a[11] ? obj_is_true(ts, a[11]) : 0;
    if (last_node < 0) return NULL;

    Blake2Object *s = (Blake2Object *)obj_alloc(ts, type, type->basicsize);
    if (!s) return NULL;
    s->digest_size = (uint8_t)digest_size;
    s->last_node = last_node;
    /* the parameter block (RFC 7693 2.5; BLAKE2s's node offset is 6 bytes) */
    uint8_t p[64] = {0};
    p[0] = (uint8_t)digest_size;
    p[1] = (uint8_t)key_len;
    p[2] = (uint8_t)fanout;
    p[3] = (uint8_t)depth;
    for (int i = 0; i < 4; i++) p[4 + i] = (uint8_t)(leaf_size >> (8 * i));
    size_t offset_bytes = is_b ? 8 : 6;
    for (size_t i = 0; i < offset_bytes; i++) p[8 + i] = (uint8_t)(node_offset >> (8 * i));
    p[8 + offset_bytes] = (uint8_t)node_depth;
    p[9 + offset_bytes] = (uint8_t)inner_size;
    size_t salt_at = is_b ? 32 : 16;
    memcpy(p + salt_at, salt, v->salt_size);
    memcpy(p + salt_at + v->salt_size, person, v->salt_size);
    for (int i = 0; i < 8; i++)
        s->h[i] = is_b ? iv_b[i] ^ load_b(p + 8 * i) : (uint64_t)(iv_s[i] ^ load_s(p + 4 * i));
    if (key_len) {
        uint8_t block[BLOCK_MAX] = {0};
        memcpy(block, key, key_len);
        absorb(s, v, block, v->block);
    }
    if (a[0] && update_with(ts, (Object *)s, a[0]) < 0) {
        DECREF(s);
        return NULL;
    }
    return (Object *)s;
}

static void blake2_dealloc(Object *self) { obj_free(self); }

static CFUNC(blake2_update) {
    char fname[32];
    snprintf(fname, sizeof fname, "%s.update", variant_of(self)->name);
    if (args_exactly(ts, fname, nargs, kwnames, 1) < 0) return NULL;
    return update_with(ts, self, args[0]) < 0 ? NULL : none_new();
}

static CFUNC(blake2_digest) {
    if (args_exactly(ts, "digest", nargs, kwnames, 0) < 0) return NULL;
    uint8_t out[64];
    finish(B(self), variant_of(self), out);
    return bytes_new(ts, (const char *)out, B(self)->digest_size);
}

static CFUNC(blake2_hexdigest) {
    if (args_exactly(ts, "hexdigest", nargs, kwnames, 0) < 0) return NULL;
    uint8_t out[64];
    finish(B(self), variant_of(self), out);
    return bytes_hex_text(ts, out, B(self)->digest_size);
}

static CFUNC(blake2_copy) {
    if (args_exactly(ts, "copy", nargs, kwnames, 0) < 0) return NULL;
    Blake2Object *c = (Blake2Object *)obj_alloc(ts, self->type, self->type->basicsize);
    if (!c) return NULL;
    memcpy((char *)c + sizeof(Object), (char *)self + sizeof(Object), sizeof(Blake2Object) - sizeof(Object));
    return (Object *)c;
}

static GETTER(blake2_get_name) { return str_from_cstr(ts, variant_of(self)->name); }
static GETTER(blake2_get_digest_size) { return int_from_i64(ts, B(self)->digest_size); }
static GETTER(blake2_get_block_size) { return int_from_i64(ts, (int64_t)variant_of(self)->block); }

static const GetSetDef blake2_getset[] = {
    {"name", blake2_get_name, NULL, NULL},
    {"digest_size", blake2_get_digest_size, NULL, NULL},
    {"block_size", blake2_get_block_size, NULL, NULL},
    {NULL},
};

static const MethodDef blake2_methods[] = {
    {"update", blake2_update, 0, "Update this hash object's state with the provided bytes-like object."},
    {"digest", blake2_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", blake2_hexdigest, 0, "Return the digest value as a string of hexadecimal digits."},
    {"copy", blake2_copy, 0, "Return a copy of the hash object."},
    {NULL},
};

TypeObject Blake2bType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_blake2.blake2b",
    .basicsize = sizeof(Blake2Object),
    .doc = "Return a new BLAKE2b hash object.",
    .dealloc = blake2_dealloc,
    .getattr = obj_generic_getattr,
    .new_ = blake2_new,
    .methods = blake2_methods,
    .getset = blake2_getset,
};

TypeObject Blake2sType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_blake2.blake2s",
    .basicsize = sizeof(Blake2Object),
    .doc = "Return a new BLAKE2s hash object.",
    .dealloc = blake2_dealloc,
    .getattr = obj_generic_getattr,
    .new_ = blake2_new,
    .methods = blake2_methods,
    .getset = blake2_getset,
};

/* the sizes, as class attributes and as module constants */
static int add_sizes(ThreadState *ts, Object *m, TypeObject *type, const char *prefix, const Variant *v) {
    const char *names[] = {"SALT_SIZE", "PERSON_SIZE", "MAX_KEY_SIZE", "MAX_DIGEST_SIZE"};
    size_t values[] = {v->salt_size, v->salt_size, v->max_digest, v->max_digest};
    for (size_t i = 0; i < ARRAY_LEN(names); i++) {
        Object *n = int_from_i64(ts, (int64_t)values[i]);
        if (!n) return -1;
        char full[40];
        snprintf(full, sizeof full, "%s_%s", prefix, names[i]);
        int rc = dict_set_cstr(ts, type->dict, names[i], n) < 0 ? -1 : module_add_object(ts, m, full, n);
        DECREF(n);
        if (rc < 0) return -1;
    }
    return 0;
}

Object *mod_blake2_create(ThreadState *ts) {
    /* its types are readied on first import (runtime/interp.c: module_types) */
    if (type_ready(ts, &Blake2bType) < 0 || type_ready(ts, &Blake2sType) < 0)
        return NULL;
    Object *m = module_new_cstr(ts, "_blake2");
    if (!m) return NULL;
    if (module_add_object(ts, m, "blake2b", (Object *)&Blake2bType) < 0 ||
        module_add_object(ts, m, "blake2s", (Object *)&Blake2sType) < 0 ||
        add_sizes(ts, m, &Blake2bType, "BLAKE2B", &variant_b) < 0 ||
        add_sizes(ts, m, &Blake2sType, "BLAKE2S", &variant_s) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
