/* arena.c -- bump allocation in 64 KiB blocks (arena.h).
 *
 * Lesson 2 (the pipeline): the front end's memory. Blocks come from
 * common/rawmem.h, so they are counted like every other allocation and
 * can fail; what happens then is the caller's handler's business.
 */
#include "arena.h"

#include <stdint.h>
#include <string.h>

#include "rawmem.h"

typedef struct Block {
    struct Block *next;
    size_t used, cap;
    max_align_t data[];
} Block;

struct Arena {
    Block *head;
    jmp_buf *handler;
};

#define ARENA_BLOCK (64 * 1024)

Arena *arena_new(void)
{
    Arena *a = rawmem_alloc(sizeof *a);
    if (!a)
        return NULL;
    a->head = NULL;
    a->handler = NULL;
    return a;
}

jmp_buf *arena_set_handler(Arena *a, jmp_buf *handler)
{
    jmp_buf *old = a->handler;
    a->handler = handler;
    return old;
}

void arena_no_memory(Arena *a)
{
    if (a->handler)
        longjmp(*a->handler, 1);
}

void *arena_alloc(Arena *a, size_t size)
{
    if (size > SIZE_MAX / 2) {
        arena_no_memory(a);
        return NULL;
    }
    size = (size + 15) & ~(size_t)15;
    Block *b = a->head;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        Block *nb = rawmem_alloc(sizeof *nb + cap);
        if (!nb) {
            arena_no_memory(a);
            return NULL;
        }
        nb->used = 0;
        nb->cap = cap;
        if (b && size > ARENA_BLOCK / 4) {
            /* a big one-off block goes behind the current one */
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    Block *b = a->head;
    while (b) {
        Block *next = b->next;
        rawmem_free(b);
        b = next;
    }
    rawmem_free(a);
}
