/* int.h -- int and bool: arbitrary precision with a machine-word fast path.
 *
 * An int whose value fits in int64_t keeps it in `value` and has big == NULL;
 * only larger values allocate a libgmp mpz. The representation is always
 * normalised, so equality and hashing never need to look at both forms.
 * Small ints -5..256 are preallocated and shared, as in CPython: that is why
 * `a = 256; b = 256; a is b` is True and the same with 257 is not.
 * bool is a subclass of int with exactly two instances, True and False.
 */
#ifndef MINIPY_INT_H
#define MINIPY_INT_H

#include <gmp.h>
#include "object.h"

typedef struct IntObject {
    OBJECT_HEAD;
    int64_t value;            /* the value when big == NULL */
    __mpz_struct *big;        /* malloc'd mpz for values outside int64_t */
} IntObject;

extern TypeObject IntType, BoolType;
extern IntObject TrueStruct, FalseStruct;
#define True ((Object *)&TrueStruct)
#define False ((Object *)&FalseStruct)

#define SMALL_INT_MIN (-5)
#define SMALL_INT_MAX 256
extern IntObject small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];

static inline bool int_check(Object *o) { return o->type->flags & TYPE_FLAG_INT_SUBCLASS; }
static inline bool int_check_exact(Object *o) { return o->type == &IntType; }
static inline bool int_is_small(Object *o) { return ((IntObject *)o)->big == NULL; }
/* Value of an int known to be small (int_is_small). */
static inline int64_t int_small_value(Object *o) { return ((IntObject *)o)->value; }

static inline Object *bool_from(bool b) { Object *r = b ? True : False; INCREF(r); return r; }

/* Set up the small-int cache (once per process). */
void int_init_small(void);

Object *int_from_i64(ThreadState *ts, int64_t v);
Object *int_from_u64(ThreadState *ts, uint64_t v);
Object *int_from_mpz(ThreadState *ts, const mpz_t z);
/* Take over the initialised mpz [z]: it is cleared or moved into the
 * result, whether or not the result could be made. */
Object *int_from_mpz_steal(ThreadState *ts, mpz_ptr z);
/* int(x) for a float: truncates; ValueError for nan, OverflowError for inf. */
Object *int_from_double(ThreadState *ts, double d);
/* int(text, base) with Python's rules (whitespace, sign, '_', 0x/0o/0b
 * prefixes when base is 0 or matches). ValueError "invalid literal for
 * int() with base 10: 'abc'" on bad text. [len] bytes of UTF-8. */
Object *int_from_string(ThreadState *ts, const char *s, size_t len, int base);
/* Parse a literal from the compiler ("123", "0x1f", no '_'): never fails on
 * what the lexer accepted, except for MemoryError. */
Object *int_from_literal(ThreadState *ts, const char *text);

/* Store the value in *out and return true when it fits in int64_t. */
bool int_as_i64(Object *o, int64_t *out);
/* Value as double; OverflowError "int too large to convert to float". */
double int_as_double(ThreadState *ts, Object *o);
/* Copy the value into an initialised mpz (for big arithmetic): this
 * allocates, so only inside a guard (runtime/gmpmem.h). */
void int_to_mpz(Object *o, mpz_t out);
/* The value of [o] as a read-only mpz, without copying (a small int is
 * shown through [v]); valid while [o] and [v] live. */
typedef struct IntView { __mpz_struct z; mp_limb_t limb; } IntView;
mpz_srcptr int_view(IntView *v, Object *o);
int int_sign(Object *o);
/* str(i) in [base] 10 (or 2, 8, 16 with the 0b/0o/0x prefix as bin/oct/hex). */
Object *int_to_string(ThreadState *ts, Object *o, int base);
/* Arithmetic used by other types and builtins. */
Object *int_pow3(ThreadState *ts, Object *base, Object *exp, Object *mod);
Object *int_divmod(ThreadState *ts, Object *a, Object *b);
int int_compare(Object *a, Object *b);   /* -1, 0, 1 */
int64_t int_hash(Object *o);

/* ---- helpers shared with float.c, format.c and mod_math.c ------------- */

/* Exact comparison of the int [o] with the double [d]: -1, 0, 1, or 2 when
 * [d] is a nan (unordered). */
int int_compare_double(Object *o, double d);
/* The double nearest to [m] * 2**[e] (m >= 0), ties to even, subnormals
 * included; [sticky]: the true value is a little above (a nonzero remainder
 * was dropped below m's last bit). Returns -1 on overflow (no exception). */
int int_mpz_scaled_to_double(mpz_srcptr m, int64_t e, bool sticky, double *out);
/* [num] / [den] (num >= 0, den > 0) correctly rounded; -1 on overflow,
 * -2 when there was no memory to divide (no exception either way). */
int int_mpz_ratio_to_double(mpz_srcptr num, mpz_srcptr den, double *out);
/* The digits of abs([o]) in [base] (2..16, lowercase) as a string of
 * common/rawmem.h of *[len] bytes (rawmem_free it); base 10 enforces the
 * 4300-digit limit (ValueError); NULL with MemoryError. */
char *int_abs_digits(ThreadState *ts, Object *o, int base, size_t *len);
/* CPython's first step for int() and float() text: NULL when the UTF-8 [s]
 * [len] is ASCII; int_ascii_no_memory when there was no memory for the
 * copy; otherwise a rawmem'd ASCII copy (*[out_len] bytes) where
 * Unicode decimal digits became '0'..'9' and Unicode spaces ' ', and the
 * first other non-ASCII character became '?' and ended the copy. ASCII
 * characters stay as they are, '\x1c' too though str.isspace() says yes. */
char *int_ascii_number_text(const char *s, size_t len, size_t *out_len);
extern char int_ascii_no_memory[1];
/* Narrow the ASCII text [*s, *s + *len) (as int_ascii_number_text leaves
 * it) past C's isspace() characters at both ends, as CPython strips. */
void int_strip_space(const char **s, size_t *len);
/* Raise ValueError "[what]'text'": the repr of the UTF-8 [s] [len] cut to
 * 200 characters, as CPython's %.200R. */
void int_value_error_repr(ThreadState *ts, const char *what, const char *s, size_t len);

#endif
