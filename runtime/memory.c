/* memory.c -- a small-object allocator for the objects the VM makes by the
 * million: ints, floats, tuples, bound methods, iterators.
 *
 * Threads (lesson 5): the pools have no lock. Only the thread holding the
 * GIL allocates or frees an object (runtime/gil.c), so one thread at a time
 * touches them -- the GIL is what makes this safe.
 *
 * Lesson 6 (memory). malloc is general and therefore slow for this: most
 * objects are small, die young, and are the same few sizes. So blocks of up
 * to 512 bytes come from per-size free lists (16-byte size classes), carved
 * from 64 KiB arenas (first use of a block takes the next one from its
 * class's newest arena; freeing a block pushes it on its class's free list,
 * where the next allocation of that size finds it at once).
 *
 * A block carries nothing but the object: an int is 32 bytes, as in
 * CPython, not 32 plus a header. Instead, as CPython's pymalloc does, each
 * arena holds blocks of one size class and is aligned to its own size, so
 * rounding a block's address down finds the arena's head, which names the
 * class. mem_free() must also tell an arena block from a big block that came
 * from malloc: the arenas' addresses are kept in a hash set, and a block is
 * an arena's exactly when its rounded-down address is in the set (a malloc
 * block cannot lie inside one of our arenas). Smaller objects mean fewer
 * cache lines to fetch when a program walks many of them in scattered order
 * -- the dict benchmarks' lookups and deletes.
 *
 * Arenas are kept until the interpreter is torn down (as CPython's pymalloc
 * keeps most of its arenas), which is why a program's peak memory stays
 * reserved after the peak.
 *
 * Sanitizer builds (MINIPY_SANITIZE), and builds for valgrind
 * (-DMINIPY_SYSTEM_MALLOC=ON, tests/support/memcheck.sh), send every block to
 * malloc/free, so a use after free of any object is caught.
 *
 * Every block, arenas included, comes from common/rawmem.h, which counts
 * them for --max-memory and can fail them on purpose (tests/unit/test_oom.c).
 */
#include <stdbool.h>
#include <stdint.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "memory.h"
#include "common/rawmem.h"

typedef struct FreeBlock { struct FreeBlock *next; } FreeBlock;

#ifdef MINIPY_SANITIZE
/* AddressSanitizer ends the process when malloc cannot give what it is
 * asked for ([0] * 2**45 asks for 256 TiB); minipy wants the NULL, to raise
 * MemoryError as CPython does. Options in ASAN_OPTIONS still apply on top. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }
#endif

#ifdef MEM_POOLED
/* The set's slot for an arena address: a multiplicative hash of its bits
 * above the arena size. */
static inline size_t set_start(uintptr_t base, size_t mask) {
    return (size_t)(((uint64_t)(base / MEM_ARENA_SIZE) * 0x9E3779B97F4A7C15ull) >> 20) & mask;
}

static int set_add(MemPools *pools, uintptr_t base) {
    if ((pools->narenas + 1) * 2 > pools->arena_set_mask + 1) {      /* keep it at most half full */
        size_t size = pools->arena_set_mask ? (pools->arena_set_mask + 1) * 2 : 64;
        uintptr_t *set = rawmem_calloc(size, sizeof *set);
        if (!set) return -1;
        for (size_t i = 0; pools->arena_set_mask && i <= pools->arena_set_mask; i++) {
            uintptr_t b = pools->arena_set[i];
            if (!b) continue;
            size_t j = set_start(b, size - 1);
            while (set[j]) j = (j + 1) & (size - 1);
            set[j] = b;
        }
        rawmem_free(pools->arena_set);
        pools->arena_set = set;
        pools->arena_set_mask = size - 1;
    }
    size_t j = set_start(base, pools->arena_set_mask);
    while (pools->arena_set[j]) j = (j + 1) & pools->arena_set_mask;
    pools->arena_set[j] = base;
    pools->narenas++;
    return 0;
}

static inline bool is_arena(const MemPools *pools, uintptr_t base) {
    if (!pools->arena_set_mask) return false;
    for (size_t j = set_start(base, pools->arena_set_mask);; j = (j + 1) & pools->arena_set_mask) {
        uintptr_t b = pools->arena_set[j];
        if (b == base) return true;
        if (!b) return false;
    }
}

/* Put a new arena into service for size class [cls]. Arenas come from
 * malloc ARENAS_PER_CHUNK at a time, as one aligned run: one alignment gap
 * per run instead of one per arena. An arena's blocks are carved only as
 * they are first needed (mem_alloc), so its untouched pages cost no memory. */
#define ARENAS_PER_CHUNK 16

static int new_arena(MemPools *pools, unsigned cls) {
    if (!pools->spare) {
        if (pools->nchunks == pools->chunks_cap) {
            size_t cap = pools->chunks_cap ? pools->chunks_cap * 2 : 16;
            void **chunks = rawmem_realloc(pools->chunks, cap * sizeof *chunks);
            if (!chunks) return -1;
            pools->chunks = chunks;
            pools->chunks_cap = cap;
        }
        char *mem = rawmem_aligned(MEM_ARENA_SIZE, MEM_ARENA_SIZE * ARENAS_PER_CHUNK);
        if (!mem) return -1;
        pools->chunks[pools->nchunks++] = mem;
        for (int i = ARENAS_PER_CHUNK - 1; i >= 0; i--) {
            MemArena *a = (MemArena *)(mem + (size_t)i * MEM_ARENA_SIZE);
            a->next = pools->spare;
            pools->spare = a;
        }
    }
    MemArena *arena = pools->spare;
    if (set_add(pools, (uintptr_t)arena) < 0) return -1;
    pools->spare = arena->next;
    arena->next = pools->arenas;
    arena->cls = cls;
    pools->arenas = arena;
    pools->arena_bytes += MEM_ARENA_SIZE;
    pools->carve[cls] = (char *)arena + MEM_CLASS_GRAIN;     /* after the arena's head */
    pools->carve_end[cls] = (char *)arena + MEM_ARENA_SIZE;
    return 0;
}
#endif

void *mem_alloc(MemPools *pools, size_t size) {
#ifdef MEM_POOLED
    if (size == 0) size = 1;
    if (size > SIZE_MAX / 2) return NULL;          /* no such memory; and the class must not wrap */
    size_t cls = mem_class_of(size);
    if (cls < MEM_NCLASSES) {
        FreeBlock *f = pools->free[cls];
        if (f) {
            pools->free[cls] = f->next;
            return f;
        }
        size_t block = (size_t)(cls + 1) * MEM_CLASS_GRAIN;
        if ((size_t)(pools->carve_end[cls] - pools->carve[cls]) < block && new_arena(pools, cls) < 0) return NULL;
        char *p = pools->carve[cls];
        pools->carve[cls] = p + block;
        return p;
    }
#else
    (void)pools;
#endif
    return rawmem_alloc(size);
}

void mem_free(MemPools *pools, void *p) {
#ifdef MEM_POOLED
    uintptr_t base = (uintptr_t)p & ~(uintptr_t)(MEM_ARENA_SIZE - 1);
    if (is_arena(pools, base)) {
        FreeBlock *f = p;
        unsigned cls = ((MemArena *)base)->cls;
        f->next = pools->free[cls];
        pools->free[cls] = f;
        return;
    }
#else
    (void)pools;
#endif
    rawmem_free(p);
}

void *mem_grow(MemPools *pools, void *p, size_t old_size, size_t new_size) {
    if (new_size > SIZE_MAX / 4) return NULL;
#ifdef MEM_POOLED
    if (mem_class_of(old_size) < MEM_NCLASSES) {       /* an arena block: move it out */
        void *q = mem_alloc(pools, new_size);
        if (!q) return NULL;
        memcpy(q, p, old_size);
        mem_free(pools, p);
        return q;
    }
#else
    (void)pools;
    (void)old_size;
#endif
    if (rawmem_size(p) >= new_size) return p;
    return rawmem_realloc(p, new_size + new_size / 2);
}

void mem_fini(MemPools *pools) {
    for (size_t i = 0; i < pools->nchunks; i++) rawmem_free(pools->chunks[i]);
    rawmem_free(pools->chunks);
    pools->chunks = NULL;
    pools->nchunks = pools->chunks_cap = 0;
    pools->spare = NULL;
    for (int i = 0; i < MEM_NCLASSES; i++) pools->free[i] = pools->carve[i] = pools->carve_end[i] = NULL;
    rawmem_free(pools->arena_set);
    pools->arena_set = NULL;
    pools->arena_set_mask = 0;
    pools->narenas = 0;
    pools->arenas = NULL;
    pools->arena_bytes = 0;
}
