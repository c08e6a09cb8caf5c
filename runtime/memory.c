/* memory.c -- a small-object allocator for the objects the VM makes by the
 * million: ints, floats, tuples, bound methods, iterators.
 *
 * Lesson 6 (memory). malloc is general and therefore slow for this: most
 * objects are small, die young, and are the same few sizes. So blocks of up
 * to 512 bytes come from per-size free lists (16-byte size classes), carved
 * from 64 KiB arenas; freeing a block pushes it back on its list, where the
 * next allocation of that size finds it at once. Each block carries an
 * 8-byte tag in front saying its size class, so mem_free() needs no size.
 * Arenas are kept until the interpreter is torn down (as CPython's pymalloc
 * keeps most of its arenas), which is why a program's peak memory stays
 * reserved after the peak.
 *
 * Sanitizer builds (MINIPY_SANITIZE), and builds for valgrind
 * (-DMINIPY_SYSTEM_MALLOC=ON, tests/support/memcheck.sh), send every block to
 * malloc/free, so a use after free of any object is caught.
 */
#include <stdint.h>
#include <stdlib.h>

#include "memory.h"

#define ARENA_SIZE (64 * 1024)
#define TAG_SIZE 8                /* as MEM_TAG_SIZE in memory.h */
#define TAG_MALLOC 0xffffffffu

typedef struct FreeBlock { struct FreeBlock *next; } FreeBlock;

static inline uint32_t *tag_of(void *p) { return (uint32_t *)((char *)p - TAG_SIZE); }

#if !defined(MINIPY_SANITIZE) && !defined(MINIPY_SYSTEM_MALLOC)
static int refill(MemPools *pools, unsigned cls) {
    char *arena = malloc(ARENA_SIZE);
    if (!arena) return -1;
    *(void **)arena = pools->arenas;
    pools->arenas = arena;
    pools->arena_bytes += ARENA_SIZE;
    size_t block = (size_t)(cls + 1) * MEM_CLASS_GRAIN;     /* tag included */
    char *p = arena + MEM_CLASS_GRAIN;                      /* after the arena link */
    char *end = arena + ARENA_SIZE;
    FreeBlock *head = pools->free[cls];
    /* push in reverse so the list hands out ascending addresses */
    size_t n = (size_t)(end - p) / block;
    for (size_t i = n; i > 0; i--) {
        char *b = p + (i - 1) * block;
        *(uint32_t *)b = cls;
        FreeBlock *f = (FreeBlock *)(b + TAG_SIZE);
        f->next = head;
        head = f;
    }
    pools->free[cls] = head;
    return 0;
}
#endif

void *mem_alloc(MemPools *pools, size_t size) {
#if !defined(MINIPY_SANITIZE) && !defined(MINIPY_SYSTEM_MALLOC)
    size_t total = size + TAG_SIZE;
    unsigned cls = (unsigned)((total + MEM_CLASS_GRAIN - 1) / MEM_CLASS_GRAIN) - 1;
    if (cls < MEM_NCLASSES) {
        FreeBlock *f = pools->free[cls];
        if (!f) {
            if (refill(pools, cls) < 0) return NULL;
            f = pools->free[cls];
        }
        pools->free[cls] = f->next;
        return f;
    }
#else
    (void)pools;
#endif
    char *p = malloc(size + TAG_SIZE);
    if (!p) return NULL;
    *(uint32_t *)p = TAG_MALLOC;
    return p + TAG_SIZE;
}

void mem_free(MemPools *pools, void *p) {
    uint32_t cls = *tag_of(p);
    if (cls == TAG_MALLOC) {
        free((char *)p - TAG_SIZE);
        return;
    }
    FreeBlock *f = p;
    f->next = pools->free[cls];
    pools->free[cls] = f;
}

void mem_fini(MemPools *pools) {
    void *a = pools->arenas;
    while (a) {
        void *next = *(void **)a;
        free(a);
        a = next;
    }
    for (int i = 0; i < MEM_NCLASSES; i++) pools->free[i] = NULL;
    pools->arenas = NULL;
    pools->arena_bytes = 0;
}
