/* mod_hashlib.c -- the `_hashlib` module: message digests (MD5, the SHA-1,
 * SHA-2 and SHA-3 families, SHAKE) computed by OpenSSL's libcrypto, the
 * library CPython's own _hashlib is written on; lib/hashlib.py is the
 * module programs import, as in CPython.
 *
 * Issue 17 (the modules real programs import): checksums of files and
 * downloads, content-addressed caches, password hashing exercises, and
 * random.seed('text'), which seeds from a SHA-512 digest. Cryptography
 * is the kind of code one should not write again: OpenSSL's is reviewed,
 * tested against the standards' vectors, and fast.
 *
 *   openssl_md5(string=b'', *, usedforsecurity=True), openssl_sha1, ...
 *                       one constructor per digest of `digests` below
 *   new(name, string=b'', *, usedforsecurity=True)
 *                       any of them by name ('sha256', 'SHA256', 'sha3_512')
 *   HASH                update(data), digest(), hexdigest(), copy(),
 *                       name, digest_size, block_size
 *   HASHXOF             the same for SHAKE, whose digest(length) and
 *                       hexdigest(length) take the length wanted
 *   pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)
 *   compare_digest(a, b) equality whose time does not depend on where the
 *                       first difference is (for checking a secret)
 *
 * libcrypto is opened when _hashlib is first imported (runtime/dynlib.h),
 * and its functions are called through the `crypto` table below.
 *
 * Names, reprs and every message are CPython 3.11's (on Debian, whose
 * CPython also takes its digests from OpenSSL). BLAKE2, which CPython
 * computes with its own code so that it can take a key, a salt and a
 * digest size, is runtime/mod_blake2.c.
 */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "modules.h"
#include "module.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "args.h"
#include "dynlib.h"
#include "dict.h"
#include "common/rawmem.h"

/* libcrypto's functions, looked up at the first import of _hashlib
 * (runtime/dynlib.h: linked in, libcrypto would cost every run of minipy
 * 1.6 MB and a share of its start-up, hashing or not). */
#define CRYPTO_FUNCTIONS(X) \
    X(EVP_get_digestbyname) \
    X(EVP_MD_get_type) \
    X(EVP_MD_get_size) \
    X(EVP_MD_get_block_size) \
    X(EVP_MD_CTX_get0_md) \
    X(EVP_MD_CTX_new) \
    X(EVP_MD_CTX_free) \
    X(EVP_MD_CTX_copy_ex) \
    X(EVP_DigestInit_ex) \
    X(EVP_DigestUpdate) \
    X(EVP_DigestFinal_ex) \
    X(EVP_DigestFinalXOF) \
    X(PKCS5_PBKDF2_HMAC)

static struct {
#define SLOT(name) __typeof__(&name) name;
    CRYPTO_FUNCTIONS(SLOT)
#undef SLOT
} crypto;

static const char *const crypto_names[] = {
#define NAME(name) #name,
    CRYPTO_FUNCTIONS(NAME)
#undef NAME
    NULL,
};

static DynLib libcrypto = {MINIPY_LIBCRYPTO_SONAME, "_hashlib", crypto_names, (void **)&crypto, 0};

/* The digests, by the name Python gives them and the one OpenSSL does. */
typedef struct {
    const char *py_name;
    const char *ssl_name;
    bool xof;               /* an extendable output function: SHAKE */
} Digest;

static const Digest digests[] = {
    {"md5", "MD5", false},
    {"sha1", "SHA1", false},
    {"sha224", "SHA224", false},
    {"sha256", "SHA256", false},
    {"sha384", "SHA384", false},
    {"sha512", "SHA512", false},
    {"sha512_224", "SHA512-224", false},
    {"sha512_256", "SHA512-256", false},
    {"sha3_224", "SHA3-224", false},
    {"sha3_256", "SHA3-256", false},
    {"sha3_384", "SHA3-384", false},
    {"sha3_512", "SHA3-512", false},
    {"shake_128", "SHAKE128", true},
    {"shake_256", "SHAKE256", true},
    {"ripemd160", "RIPEMD160", false},
    {"sm3", "SM3", false},
    {"md5-sha1", "MD5-SHA1", false},
};

typedef struct {
    OBJECT_HEAD;
    EVP_MD_CTX *ctx;
    const Digest *digest;
} HashObject;

#define H(o) ((HashObject *)(o))



/* The digest called [name] (Python's name, any case, or one of OpenSSL's
 * that maps onto one of ours); NULL if there is none. */
static const Digest *digest_by_name(const char *name) {
    char lower[32];
    size_t n = strlen(name);
    if (n < sizeof lower) {
        for (size_t i = 0; i <= n; i++)
            lower[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] - 'A' + 'a' : name[i]);
        for (size_t i = 0; i < ARRAY_LEN(digests); i++)
            if (strcmp(digests[i].py_name, lower) == 0) return &digests[i];
    }
    const EVP_MD *md = crypto.EVP_get_digestbyname(name);
    if (!md) return NULL;
    for (size_t i = 0; i < ARRAY_LEN(digests); i++) {
        const EVP_MD *known = crypto.EVP_get_digestbyname(digests[i].ssl_name);
        if (known && crypto.EVP_MD_get_type(known) == crypto.EVP_MD_get_type(md)) return &digests[i];
    }
    return NULL;
}

/* The bytes to hash: a bytes-like object whose bytes lie in one piece,
 * with CPython's errors for anything else. 0 or -1. */
static int data_arg(ThreadState *ts, Object *o, const char **data, size_t *size) {
    if (str_check(o)) {
        err_set_string(ts, &ExcTypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (bytes_buffer(o, data, size)) return 0;
    if (obj_type_check(o, &MemoryViewType))
        err_set_string(ts, &ExcBufferError, "memoryview: underlying buffer is not C-contiguous");
    else
        err_set_string(ts, &ExcTypeError, "object supporting the buffer API required");
    return -1;
}

/* OpenSSL has no digest of that name: _hashlib.UnsupportedDigestmodError,
 * a ValueError, with OpenSSL's words. */
static Object *unsupported_digest(ThreadState *ts) {
    Object *m = dict_get_cstr_borrowed(ts, ts->interp->modules, "_hashlib");
    Object *e = m ? dict_get_cstr_borrowed(ts, MODULE_DICT(m), "UnsupportedDigestmodError") : NULL;
    return err_set_string(ts, e ? (TypeObject *)e : &ExcValueError, "[digital envelope routines] unsupported");
}

static Object *openssl_failed(ThreadState *ts) {
    return err_set_string(ts, &ExcValueError, "OpenSSL could not compute the digest");
}

/* A new hash object of [digest], fed [data] (NULL: nothing yet). */
static Object *hash_new(ThreadState *ts, const Digest *digest, Object *data) {
    const char *bytes = NULL;
    size_t size = 0;
    if (data && data_arg(ts, data, &bytes, &size) < 0) return NULL;
    const EVP_MD *md = crypto.EVP_get_digestbyname(digest->ssl_name);
    if (!md) {
        return unsupported_digest(ts);
    }
    HashObject *h = (HashObject *)obj_alloc(ts, digest->xof ? &HashXofType : &HashType, sizeof(HashObject));
    if (!h) return NULL;
    h->digest = digest;
    h->ctx = crypto.EVP_MD_CTX_new();
    if (!h->ctx) {
        DECREF(h);
        return err_no_memory(ts);
    }
    bool ok = crypto.EVP_DigestInit_ex(h->ctx, md, NULL) && (!size || crypto.EVP_DigestUpdate(h->ctx, bytes, size));
    if (!ok) {
        DECREF(h);
        return openssl_failed(ts);
    }
    return (Object *)h;
}

static void hash_dealloc(Object *self) {
    if (H(self)->ctx) crypto.EVP_MD_CTX_free(H(self)->ctx);
    obj_free(self);
}

static Object *hash_repr(ThreadState *ts, Object *self) {
    return str_format(ts, "<%s %s object @ %p>", H(self)->digest->py_name, self->type->name, (void *)self);
}

static CFUNC(hash_update) {
    if (args_exactly(ts, "HASH.update", nargs, kwnames, 1) < 0) return NULL;
    const char *data;
    size_t size;
    if (data_arg(ts, args[0], &data, &size) < 0) return NULL;
    bool ok = crypto.EVP_DigestUpdate(H(self)->ctx, data, size);
    return ok ? none_new() : openssl_failed(ts);
}

/* The digest so far, into [out] (EVP_MAX_MD_SIZE bytes): finishing a copy
 * of the context, so that more can be added after. Its size, or -1. */
static int final_digest(ThreadState *ts, Object *self, unsigned char *out, size_t length) {
    EVP_MD_CTX *copy = crypto.EVP_MD_CTX_new();
    if (!copy) {
        err_no_memory(ts);
        return -1;
    }
    unsigned int size = 0;
    bool ok = crypto.EVP_MD_CTX_copy_ex(copy, H(self)->ctx) &&
              (H(self)->digest->xof ? crypto.EVP_DigestFinalXOF(copy, out, length) : crypto.EVP_DigestFinal_ex(copy, out, &size));
    crypto.EVP_MD_CTX_free(copy);
    if (!ok) {
        openssl_failed(ts);
        return -1;
    }
    return H(self)->digest->xof ? (int)length : (int)size;
}

static CFUNC(hash_digest) {
    if (args_exactly(ts, "HASH.digest", nargs, kwnames, 0) < 0) return NULL;
    unsigned char out[EVP_MAX_MD_SIZE];
    int size = final_digest(ts, self, out, 0);
    return size < 0 ? NULL : bytes_new(ts, (const char *)out, (size_t)size);
}

static CFUNC(hash_hexdigest) {
    if (args_exactly(ts, "HASH.hexdigest", nargs, kwnames, 0) < 0) return NULL;
    unsigned char out[EVP_MAX_MD_SIZE];
    int size = final_digest(ts, self, out, 0);
    return size < 0 ? NULL : bytes_hex_text(ts, out, (size_t)size);
}

/* SHAKE's digest(length) and hexdigest(length): [hex] says which. */
static Object *xof_digest(ThreadState *ts, const char *fname, Object *self, Object *const *args, size_t nargs,
                          Object *kwnames, bool hex) {
    static const char *const names[] = {"length", NULL};
    const ArgSpec spec = {fname, names, .required = 1};
    Object *a[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    ssize_t length = obj_as_ssize(ts, a[0], "Python int too large to convert to C ssize_t");
    if (length == -1 && err_occurred(ts)) return NULL;
    if (length < 0) return err_no_memory(ts);    /* CPython asks for that much memory */
    unsigned char *out = rawmem_alloc(length ? (size_t)length : 1);
    if (!out) return err_no_memory(ts);
    int size = length ? final_digest(ts, self, out, (size_t)length) : 0;
    Object *r = size < 0 ? NULL : hex ? bytes_hex_text(ts, out, (size_t)length) : bytes_new(ts, (const char *)out, (size_t)length);
    rawmem_free(out);
    return r;
}

static CFUNC(xof_digest_fn) { return xof_digest(ts, "digest", self, args, nargs, kwnames, false); }
static CFUNC(xof_hexdigest_fn) { return xof_digest(ts, "hexdigest", self, args, nargs, kwnames, true); }

static CFUNC(hash_copy) {
    if (args_exactly(ts, "HASH.copy", nargs, kwnames, 0) < 0) return NULL;
    HashObject *h = (HashObject *)obj_alloc(ts, self->type, sizeof(HashObject));
    if (!h) return NULL;
    h->digest = H(self)->digest;
    h->ctx = crypto.EVP_MD_CTX_new();
    if (!h->ctx || !crypto.EVP_MD_CTX_copy_ex(h->ctx, H(self)->ctx)) {
        DECREF(h);
        return err_no_memory(ts);
    }
    return (Object *)h;
}

static GETTER(hash_get_name) { return str_from_cstr(ts, H(self)->digest->py_name); }
static GETTER(hash_get_digest_size) {
    return int_from_i64(ts, H(self)->digest->xof ? 0 : crypto.EVP_MD_get_size(crypto.EVP_MD_CTX_get0_md(H(self)->ctx)));
}
static GETTER(hash_get_block_size) { return int_from_i64(ts, crypto.EVP_MD_get_block_size(crypto.EVP_MD_CTX_get0_md(H(self)->ctx))); }

static const GetSetDef hash_getset[] = {
    {"name", hash_get_name, NULL, NULL},
    {"digest_size", hash_get_digest_size, NULL, NULL},
    {"block_size", hash_get_block_size, NULL, NULL},
    {NULL},
};

static const MethodDef hash_methods[] = {
    {"update", hash_update, 0, "Update this hash object's state with the provided string."},
    {"digest", hash_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, 0, "Return the digest value as a string of hexadecimal digits."},
    {"copy", hash_copy, 0, "Return a copy of the hash object."},
    {NULL},
};

static const MethodDef xof_methods[] = {
    {"digest", xof_digest_fn, METH_KEYWORDS, "Return the digest value as a bytes object."},
    {"hexdigest", xof_hexdigest_fn, METH_KEYWORDS, "Return the digest value as a string of hexadecimal digits."},
    {NULL},
};

TypeObject HashType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_hashlib.HASH",
    .basicsize = sizeof(HashObject),
    .flags = TYPE_FLAG_BASETYPE,
    .doc = "A hash is an object used to calculate a checksum of a string of information.",
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .getattr = obj_generic_getattr,
    .methods = hash_methods,
    .getset = hash_getset,
};

TypeObject HashXofType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_hashlib.HASHXOF",
    .base = &HashType,
    .basicsize = sizeof(HashObject),
    .doc = "A hash is an object used to calculate a checksum of a string of information.",
    .dealloc = hash_dealloc,
    .repr = hash_repr,
    .getattr = obj_generic_getattr,
    .methods = xof_methods,
};

/* ---- the constructors ---------------------------------------------------- */

/* new(name, string=b'', *, usedforsecurity=True) */
static CFUNC(fn_new) {
    static const char *const names[] = {"name", "string", "usedforsecurity", NULL};
    static const ArgSpec spec = {"new", names, .required = 1, .kwonly = 1};
    Object *a[3];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (!str_check(a[0])) return err_format(ts, &ExcTypeError, "new() argument 'name' must be str, not %T", a[0]);
    const Digest *d = digest_by_name(STR_DATA(a[0]));
    if (!d) return unsupported_digest(ts);
    return hash_new(ts, d, a[1]);
}

/* openssl_<name>(string=b'', *, usedforsecurity=True): the function's
 * name says which digest. */
static Object *named_constructor(ThreadState *ts, const char *py_name, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    static const char *const names[] = {"string", "usedforsecurity", NULL};
    char fname[40];
    snprintf(fname, sizeof fname, "openssl_%s", py_name);
    const ArgSpec spec = {fname, names, .kwonly = 1};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    return hash_new(ts, digest_by_name(py_name), a[0]);
}

#define CONSTRUCTOR(name) \
    static CFUNC(fn_openssl_##name) { \
        (void)self; \
        return named_constructor(ts, #name, args, nargs, kwnames); \
    }
CONSTRUCTOR(md5)
CONSTRUCTOR(sha1)
CONSTRUCTOR(sha224)
CONSTRUCTOR(sha256)
CONSTRUCTOR(sha384)
CONSTRUCTOR(sha512)
CONSTRUCTOR(sha3_224)
CONSTRUCTOR(sha3_256)
CONSTRUCTOR(sha3_384)
CONSTRUCTOR(sha3_512)
CONSTRUCTOR(shake_128)
CONSTRUCTOR(shake_256)

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) */
static CFUNC(fn_pbkdf2_hmac) {
    static const char *const names[] = {"hash_name", "password", "salt", "iterations", "dklen", NULL};
    static const ArgSpec spec = {"pbkdf2_hmac", names, .required = 4};
    Object *a[5];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (!str_check(a[0]))
        return err_format(ts, &ExcTypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s",
                          TYPE_NAME(a[0]));
    const char *password, *salt;
    size_t npassword, nsalt;
    Object *tmp_password = NULL, *tmp_salt = NULL;
    if (bytes_buffer_arg(ts, a[1], &password, &npassword, &tmp_password) < 0) return NULL;
    Object *r = NULL;
    if (bytes_buffer_arg(ts, a[2], &salt, &nsalt, &tmp_salt) < 0) goto done;
    int64_t iterations, dklen;
    if (!int_check(a[3])) {
        err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(a[3]));
        goto done;
    }
    if (!int_as_i64(a[3], &iterations) || iterations > 0x7fffffff) {
        err_set_string(ts, &ExcOverflowError, "iteration value is too great.");
        goto done;
    }
    if (iterations < 1) {
        err_set_string(ts, &ExcValueError, "iteration value must be greater than 0.");
        goto done;
    }
    const Digest *d = digest_by_name(STR_DATA(a[0]));
    const EVP_MD *md = d && !d->xof ? crypto.EVP_get_digestbyname(d->ssl_name) : NULL;
    if (!md) {
        unsupported_digest(ts);
        goto done;
    }
    if (!a[4] || a[4] == None) {
        dklen = crypto.EVP_MD_get_size(md);
    } else {
        if (!int_check(a[4])) {
            err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(a[4]));
            goto done;
        }
        if (!int_as_i64(a[4], &dklen) || dklen > 0x7fffffff) {
            err_set_string(ts, &ExcOverflowError, "key length is too great.");
            goto done;
        }
        if (dklen < 1) {
            err_set_string(ts, &ExcValueError, "key length must be greater than 0.");
            goto done;
        }
    }
    unsigned char *key = rawmem_alloc((size_t)dklen);
    if (!key) {
        err_no_memory(ts);
        goto done;
    }
    if (crypto.PKCS5_PBKDF2_HMAC(password, (int)npassword, (const unsigned char *)salt, (int)nsalt, (int)iterations, md,
                          (int)dklen, key))
        r = bytes_new(ts, (const char *)key, (size_t)dklen);
    else
        openssl_failed(ts);
    rawmem_free(key);
done:
    XDECREF(tmp_password);
    XDECREF(tmp_salt);
    return r;
}

/* compare_digest(a, b): two ASCII strs or two bytes-like objects. Every
 * byte is looked at whatever the differences, so the time taken does not
 * tell an attacker how much of a guess was right. */
static CFUNC(fn_compare_digest) {
    if (args_no_kwargs(ts, "compare_digest", kwnames) < 0 || args_count(ts, "compare_digest", nargs, 2, 2) < 0)
        return NULL;
    Object *x = args[0], *y = args[1];
    const char *a, *b;
    size_t na, nb;
    Object *tmp_a = NULL, *tmp_b = NULL;
    if (str_check(x) && str_check(y)) {
        if (STR_SIZE(x) != (size_t)STR_LEN(x) || STR_SIZE(y) != (size_t)STR_LEN(y))
            return err_set_string(ts, &ExcTypeError, "comparing strings with non-ASCII characters is not supported");
        a = STR_DATA(x), na = STR_SIZE(x);
        b = STR_DATA(y), nb = STR_SIZE(y);
    } else {
        bool x_bytes = bytes_buffer(x, &a, &na) || obj_type_check(x, &MemoryViewType);
        bool y_bytes = bytes_buffer(y, &b, &nb) || obj_type_check(y, &MemoryViewType);
        if (!x_bytes && !y_bytes)
            return err_format(ts, &ExcTypeError,
                              "unsupported operand types(s) or combination of types: '%s' and '%s'", TYPE_NAME(x),
                              TYPE_NAME(y));
        if (bytes_buffer_arg(ts, x, &a, &na, &tmp_a) < 0) return NULL;
        if (bytes_buffer_arg(ts, y, &b, &nb, &tmp_b) < 0) {
            XDECREF(tmp_a);
            return NULL;
        }
    }
    /* as CPython's tscmp(): the length of [b] sets the work done */
    volatile unsigned char result = na != nb;
    const unsigned char *left = (const unsigned char *)(na == nb ? a : b), *right = (const unsigned char *)b;
    for (size_t i = 0; i < nb; i++) result |= left[i] ^ right[i];
    XDECREF(tmp_a);
    XDECREF(tmp_b);
    return bool_from(result == 0);
}

static const MethodDef hashlib_functions[] = {
    {"new", fn_new, METH_KEYWORDS, "Return a new hash object using the named algorithm."},
    {"openssl_md5", fn_openssl_md5, METH_KEYWORDS, "Returns a md5 hash object; optionally initialized with a string"},
    {"openssl_sha1", fn_openssl_sha1, METH_KEYWORDS, "Returns a sha1 hash object; optionally initialized with a string"},
    {"openssl_sha224", fn_openssl_sha224, METH_KEYWORDS,
     "Returns a sha224 hash object; optionally initialized with a string"},
    {"openssl_sha256", fn_openssl_sha256, METH_KEYWORDS,
     "Returns a sha256 hash object; optionally initialized with a string"},
    {"openssl_sha384", fn_openssl_sha384, METH_KEYWORDS,
     "Returns a sha384 hash object; optionally initialized with a string"},
    {"openssl_sha512", fn_openssl_sha512, METH_KEYWORDS,
     "Returns a sha512 hash object; optionally initialized with a string"},
    {"openssl_sha3_224", fn_openssl_sha3_224, METH_KEYWORDS,
     "Returns a sha3-224 hash object; optionally initialized with a string"},
    {"openssl_sha3_256", fn_openssl_sha3_256, METH_KEYWORDS,
     "Returns a sha3-256 hash object; optionally initialized with a string"},
    {"openssl_sha3_384", fn_openssl_sha3_384, METH_KEYWORDS,
     "Returns a sha3-384 hash object; optionally initialized with a string"},
    {"openssl_sha3_512", fn_openssl_sha3_512, METH_KEYWORDS,
     "Returns a sha3-512 hash object; optionally initialized with a string"},
    {"openssl_shake_128", fn_openssl_shake_128, METH_KEYWORDS,
     "Returns a shake-128 variable hash object; optionally initialized with a string"},
    {"openssl_shake_256", fn_openssl_shake_256, METH_KEYWORDS,
     "Returns a shake-256 variable hash object; optionally initialized with a string"},
    {"pbkdf2_hmac", fn_pbkdf2_hmac, METH_KEYWORDS, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."},
    {"compare_digest", fn_compare_digest, 0, "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography."},
    {NULL},
};

Object *mod_hashlib_create(ThreadState *ts) {
    /* its types are readied on first import (runtime/interp.c: module_types) */
    if (type_ready(ts, &HashType) < 0 || type_ready(ts, &HashXofType) < 0)
        return NULL;
    if (dynlib_load(ts, &libcrypto) < 0) return NULL;
    Object *m = module_new_cstr(ts, "_hashlib");
    if (!m) return NULL;
    if (module_add_functions(ts, m, hashlib_functions) < 0 ||
        !module_add_exception(ts, m, "UnsupportedDigestmodError", &ExcValueError, "_hashlib") ||
        module_add_object(ts, m, "HASH", (Object *)&HashType) < 0 ||
        module_add_object(ts, m, "HASHXOF", (Object *)&HashXofType) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
