/* gmpmem.h -- libgmp's memory: counted like the rest, and a way out when
 * it runs short.
 *
 * GMP asks for memory through functions minipy gives it
 * (mp_set_memory_functions), which allocate through common/rawmem.h. But
 * GMP cannot be told "no": its allocation functions must return memory or
 * not return. So every GMP call that can allocate runs inside a guard:
 * gmpmem_run() calls a function made of GMP calls with a setjmp around it,
 * and the shapes minipy uses most have wrappers of their own:
 *
 *     mpz_init(r);                               -- no memory yet (GMP >= 6.2)
 *     if (gmpmem_op3(mpz_mul, r, a, b) < 0) return err_no_memory(ts);
 *
 * When an allocation fails inside, the allocation function frees every
 * block GMP took since the guard began and still holds -- its temporaries
 * and the result's limbs -- and jumps back to the setjmp, which returns -1.
 * The rules that make that sound (runtime/gmpmem.c explains why):
 *  - inside, nothing but GMP functions run: no Python code, no object
 *    allocation, no reference count changes;
 *  - an mpz written inside is either fresh (mpz_init, no memory yet) or
 *    its memory was taken inside; after a failure it is abandoned, never
 *    cleared (its memory is already gone);
 *  - what is only read (the operands) may come from anywhere.
 * Sizes are still checked before the call where a result can be huge
 * (int.c: INT_MAX_BITS), so that `2 ** 2 ** 62` fails at once; the guard
 * is for memory that runs out below that (ulimit -v, --max-memory,
 * failure injection).
 */
#ifndef MINIPY_GMPMEM_H
#define MINIPY_GMPMEM_H

#include <gmp.h>

/* Run [fn]([ctx]) guarded: 0, or -1 when an allocation failed (no
 * exception is set: the caller raises MemoryError). */
int gmpmem_run(void (*fn)(void *ctx), void *ctx);

/* The usual shapes, guarded, each 0 or -1 as gmpmem_run(). */
typedef void (*GmpOp3)(mpz_ptr, mpz_srcptr, mpz_srcptr);           /* mpz_mul, mpz_add, ... */
typedef void (*GmpOp2)(mpz_ptr, mpz_srcptr);                       /* mpz_neg, mpz_set, ... */
typedef void (*GmpOpUi)(mpz_ptr, mpz_srcptr, unsigned long);       /* mpz_pow_ui, mpz_mul_2exp */
typedef void (*GmpOpQr)(mpz_ptr, mpz_ptr, mpz_srcptr, mpz_srcptr); /* mpz_fdiv_qr, mpz_tdiv_qr */
int gmpmem_op3(GmpOp3 f, mpz_ptr r, mpz_srcptr a, mpz_srcptr b);
int gmpmem_op2(GmpOp2 f, mpz_ptr r, mpz_srcptr a);
int gmpmem_op_ui(GmpOpUi f, mpz_ptr r, mpz_srcptr a, unsigned long n);
int gmpmem_op_qr(GmpOpQr f, mpz_ptr q, mpz_ptr r, mpz_srcptr a, mpz_srcptr b);
/* mpz_set_ui, mpz_set_d, mpz_set_str (the text must be valid in [base]). */
int gmpmem_set_ui(mpz_ptr r, unsigned long v);
int gmpmem_set_d(mpz_ptr r, double d);
int gmpmem_set_str(mpz_ptr r, const char *s, int base);
/* mpz_get_str(NULL, [base], [z]): a block of common/rawmem.h (rawmem_free
 * it), or NULL when there is no memory. */
char *gmpmem_get_str(int base, mpz_srcptr z);

/* Give GMP minipy's allocation functions (once per process; interp_new). */
void gmpmem_install(void);

#endif
