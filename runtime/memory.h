/* memory.h -- the small-object allocator behind obj_alloc/obj_free.
 * How it works: runtime/memory.c. */
#ifndef MINIPY_MEMORY_H
#define MINIPY_MEMORY_H

#include <stddef.h>
#include <stdint.h>

#define MEM_CLASS_GRAIN 16
#define MEM_NCLASSES 32          /* blocks up to 512 bytes come from pools */
#define MEM_ARENA_SIZE ((size_t)64 * 1024)   /* aligned to its size: an address finds its arena */

typedef struct MemPools {
    void *free[MEM_NCLASSES];    /* free blocks of each size class */
    char *carve[MEM_NCLASSES];   /* the rest of each class's newest arena, never handed out yet */
    char *carve_end[MEM_NCLASSES];
    void *arenas;                /* every arena in service, linked */
    void *spare;                 /* arenas not in service yet, linked */
    void **chunks;               /* what malloc gave: runs of arenas, freed at teardown */
    size_t nchunks, chunks_cap;
    size_t arena_bytes;          /* total arena memory */
    uintptr_t *arena_set;        /* the arenas' addresses, an open-addressing hash set */
    size_t arena_set_mask;       /* its size - 1 (a power of two), or 0 before the first arena */
    size_t narenas;
} MemPools;

/* The head of every arena: which size class its blocks are. */
typedef struct MemArena {
    struct MemArena *next;
    uint32_t cls;
} MemArena;

/* [size] bytes (not zeroed), or NULL when memory is exhausted. */
void *mem_alloc(MemPools *pools, size_t size);
void mem_free(MemPools *pools, void *p);
/* Make the block [p] of [old_size] bytes hold at least [new_size] (larger):
 * the first old_size bytes are kept, the block may move. A block past the
 * pools' sizes grows with room to spare (half again), so growing it step by
 * step costs amortized constant time. NULL when memory is exhausted (then
 * [p] is untouched). */
void *mem_grow(MemPools *pools, void *p, size_t old_size, size_t new_size);
/* Teardown: give every arena back. */
void mem_fini(MemPools *pools);

#if !defined(MINIPY_SANITIZE) && !defined(MINIPY_SYSTEM_MALLOC)
#define MEM_POOLED 1
#endif

/* The size class of a block of [size] bytes: MEM_NCLASSES or more when it
 * is too big for the pools (computed in size_t: a huge size must not wrap
 * into a small class). */
static inline size_t mem_class_of(size_t size) {
    return (size + MEM_CLASS_GRAIN - 1) / MEM_CLASS_GRAIN - 1;
}

/* mem_alloc() inline for a small size known where it is called (an int, a
 * float): the pop from the size class's free list, without a call. */
static inline void *mem_alloc_small(MemPools *pools, size_t size) {
#ifdef MEM_POOLED
    size_t cls = mem_class_of(size);
    void **block = pools->free[cls];
    if (__builtin_expect(block != NULL, 1)) {
        pools->free[cls] = *block;
        return block;
    }
#endif
    return mem_alloc(pools, size);
}

/* mem_free() inline for a block of [size] bytes from mem_alloc_small(),
 * where the size is a constant: its class is known without asking the
 * arena. */
static inline void mem_free_sized(MemPools *pools, void *p, size_t size) {
#ifdef MEM_POOLED
    size_t cls = mem_class_of(size);
    *(void **)p = pools->free[cls];
    pools->free[cls] = p;
#else
    (void)size;
    mem_free(pools, p);
#endif
}

#endif
