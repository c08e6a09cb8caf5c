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
/* Teardown: give every arena back. */
void mem_fini(MemPools *pools);

#endif
