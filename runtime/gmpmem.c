/* gmpmem.c -- libgmp's allocation functions and the guard around its
 * calls (runtime/gmpmem.h).
 *
 * Why a longjmp, when minipy otherwise never jumps (STYLE 10: under
 * reference counting, jumping over C frames leaks what they hold)? Because
 * GMP gives no other way: an allocation function that returns NULL makes
 * GMP crash, and the alternative of predicting every allocation (the size
 * of each temporary of an FFT multiplication, of a radix conversion) means
 * copying GMP's own logic. The jump is made safe by keeping it short: the
 * guarded function holds GMP calls only, so the frames jumped over are
 * GMP's and that function's, and what they hold is heap memory GMP took
 * inside the guard (alloca'd temporaries vanish with the frames). Every
 * such block is tracked from its allocation to its free and released
 * before the jump. GMP's documentation does not promise that a jump out
 * leaves its state sound; the mpz functions keep no state between calls,
 * and the guarded function's outputs are abandoned, so nothing
 * half-written is read again. The setjmp lives here, in gmpmem_run(),
 * whose frame holds nothing that changes: callers' variables are never
 * at the mercy of the jump.
 *
 * Outside a guard an allocation that fails cannot be recovered: that is a
 * GMP call minipy forgot to guard, and the process ends with a message
 * naming it a bug (the failure-injection test walks every allocation to
 * find such calls).
 */
#include "gmpmem.h"

#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "common/rawmem.h"
#include "common.h"

/* A guard: where to jump, and what GMP took since it began. A GMP
 * operation holds a handful of blocks at once; past that many, blocks are
 * not tracked (and would leak if the operation then failed). */
#define TRACKED 48

typedef struct Guard {
    jmp_buf jmp;
    struct Guard *prev;
    void *blocks[TRACKED];
    int nblocks;
} Guard;

static _Thread_local Guard *guard;

static void track(Guard *g, void *p) {
    if (g->nblocks < TRACKED) g->blocks[g->nblocks++] = p;
}

static void untrack(Guard *g, void *p) {
    for (int i = g->nblocks - 1; i >= 0; i--) {
        if (g->blocks[i] == p) {
            g->blocks[i] = g->blocks[--g->nblocks];
            return;
        }
    }
}

NORETURN static void out_of_memory(void) {
    Guard *g = guard;
    if (!g) fatal_error("out of memory in a GMP call outside a guard (runtime/gmpmem.h)");
    for (int i = 0; i < g->nblocks; i++) rawmem_free(g->blocks[i]);
    g->nblocks = 0;
    guard = g->prev;
    longjmp(g->jmp, 1);
}

static void *gmp_alloc(size_t n) {
    void *p = rawmem_alloc(n);
    if (!p) out_of_memory();
    if (guard) track(guard, p);
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
    (void)old;
    void *q = rawmem_realloc(p, n);
    if (!q) out_of_memory();         /* [p] belongs to an mpz written inside: tracked */
    if (guard) {
        untrack(guard, p);
        track(guard, q);
    }
    return q;
}

static void gmp_free(void *p, size_t size) {
    (void)size;
    if (guard) untrack(guard, p);
    rawmem_free(p);
}

void gmpmem_install(void) {
    static bool done;
    if (done) return;
    done = true;
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

int gmpmem_run(void (*fn)(void *ctx), void *ctx) {
    Guard g;
    g.prev = guard;
    g.nblocks = 0;
    guard = &g;
    if (setjmp(g.jmp)) return -1;     /* out_of_memory() freed the blocks and left the guard */
    fn(ctx);
    guard = g.prev;
    return 0;
}

/* ---- the usual shapes ---------------------------------------------------- */

typedef struct Call {
    union { GmpOp3 op3; GmpOp2 op2; GmpOpUi op_ui; GmpOpQr op_qr; } f;
    mpz_ptr r, q;
    mpz_srcptr a, b;
    unsigned long n;
    double d;
    const char *s;
    int base;
    char *out;
} Call;

static void run_op3(void *p) { Call *c = p; c->f.op3(c->r, c->a, c->b); }
static void run_op2(void *p) { Call *c = p; c->f.op2(c->r, c->a); }
static void run_op_ui(void *p) { Call *c = p; c->f.op_ui(c->r, c->a, c->n); }
static void run_op_qr(void *p) { Call *c = p; c->f.op_qr(c->q, c->r, c->a, c->b); }
static void run_set_ui(void *p) { Call *c = p; mpz_set_ui(c->r, c->n); }
static void run_set_d(void *p) { Call *c = p; mpz_set_d(c->r, c->d); }
static void run_set_str(void *p) { Call *c = p; mpz_set_str(c->r, c->s, c->base); }
static void run_get_str(void *p) { Call *c = p; c->out = mpz_get_str(NULL, c->base, c->a); }

int gmpmem_op3(GmpOp3 f, mpz_ptr r, mpz_srcptr a, mpz_srcptr b) {
    return gmpmem_run(run_op3, &(Call){.f.op3 = f, .r = r, .a = a, .b = b});
}

int gmpmem_op2(GmpOp2 f, mpz_ptr r, mpz_srcptr a) {
    return gmpmem_run(run_op2, &(Call){.f.op2 = f, .r = r, .a = a});
}

int gmpmem_op_ui(GmpOpUi f, mpz_ptr r, mpz_srcptr a, unsigned long n) {
    return gmpmem_run(run_op_ui, &(Call){.f.op_ui = f, .r = r, .a = a, .n = n});
}

int gmpmem_op_qr(GmpOpQr f, mpz_ptr q, mpz_ptr r, mpz_srcptr a, mpz_srcptr b) {
    return gmpmem_run(run_op_qr, &(Call){.f.op_qr = f, .q = q, .r = r, .a = a, .b = b});
}

int gmpmem_set_ui(mpz_ptr r, unsigned long v) {
    return gmpmem_run(run_set_ui, &(Call){.r = r, .n = v});
}

int gmpmem_set_d(mpz_ptr r, double d) {
    return gmpmem_run(run_set_d, &(Call){.r = r, .d = d});
}

int gmpmem_set_str(mpz_ptr r, const char *s, int base) {
    return gmpmem_run(run_set_str, &(Call){.r = r, .s = s, .base = base});
}

char *gmpmem_get_str(int base, mpz_srcptr z) {
    Call c = {.a = z, .base = base};
    return gmpmem_run(run_get_str, &c) < 0 ? NULL : c.out;
}
