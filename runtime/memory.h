/* memory.h -- the small-object allocator behind obj_alloc/obj_free.
 * How it works: runtime/memory.c. */
#ifndef MINIPY_MEMORY_H
#define MINIPY_MEMORY_H

#include <stddef.h>

#define MEM_CLASS_GRAIN 16
#define MEM_NCLASSES 32          /* blocks up to 512 bytes come from pools */

typedef struct MemPools {
    void *free[MEM_NCLASSES];    /* free blocks of each size class */
    void *arenas;                /* every 64 KiB arena, linked, freed at teardown */
    size_t arena_bytes;          /* total arena memory */
} MemPools;

/* [size] bytes (not zeroed), or NULL when memory is exhausted. */
void *mem_alloc(MemPools *pools, size_t size);
void mem_free(MemPools *pools, void *p);
#if !defined(MINIPY_SANITIZE) && !defined(MINIPY_SYSTEM_MALLOC)
#define MEM_POOLED 1
#define MEM_TAG_SIZE 8           /* each pooled block's size class, in front of it */
#define MEM_TAG_MALLOC 0xffffffffu
#endif

/* mem_alloc() inline for a small size known where it is called (an int, a
 * float): the pop from the size class's free list, without a call. */
static inline void *mem_alloc_small(MemPools *pools, size_t size) {
#ifdef MEM_POOLED
    unsigned cls = (unsigned)((size + MEM_TAG_SIZE + MEM_CLASS_GRAIN - 1) / MEM_CLASS_GRAIN) - 1;
    void **block = pools->free[cls];
    if (__builtin_expect(block != NULL, 1)) {
        pools->free[cls] = *block;
        return block;
    }
#endif
    return mem_alloc(pools, size);
}

/* mem_free() inline: the push on the block's free list. */
static inline void mem_free_inline(MemPools *pools, void *p) {
#ifdef MEM_POOLED
    unsigned cls = *(unsigned *)((char *)p - MEM_TAG_SIZE);
    if (__builtin_expect(cls != MEM_TAG_MALLOC, 1)) {
        *(void **)p = pools->free[cls];
        pools->free[cls] = p;
        return;
    }
#endif
    mem_free(pools, p);
}

/* Teardown: give every arena back. */
void mem_fini(MemPools *pools);

#endif
