/* strindex.c -- a hash index over an array of names (see strindex.h). */
#include "strindex.h"

#include <string.h>

static const char *key_at(const void *items, size_t stride, uint32_t i)
{
    return *(const char *const *)((const char *)items + (size_t)i * stride);
}

uint32_t strindex_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

bool strindex_needs_room(const StrIndex *ix, int n)
{
    return (uint64_t)(n + 1) * 2 >= ix->cap;
}

uint32_t strindex_capacity_for(int n)
{
    uint32_t cap = 16;
    while (cap <= (uint32_t)n * 2)
        cap *= 2;
    return cap;
}

/* The slot holding [key], or the empty slot where the probe for it ends. */
static uint32_t probe(const StrIndex *ix, const void *items, size_t stride,
                      const char *key)
{
    uint32_t mask = ix->cap - 1;
    uint32_t s = strindex_hash(key) & mask;
    while (ix->slots[s] && strcmp(key_at(items, stride, ix->slots[s] - 1), key) != 0)
        s = (s + 1) & mask;
    return s;
}

void strindex_rebuild(StrIndex *ix, uint32_t *slots, uint32_t cap,
                      const void *items, size_t stride, int n)
{
    ix->slots = slots;
    ix->cap = cap;
    for (int i = 0; i < n; i++)
        strindex_add(ix, items, stride, i);
}

int strindex_find(const StrIndex *ix, const void *items, size_t stride,
                  const char *key)
{
    if (!ix->cap)
        return -1;
    uint32_t s = probe(ix, items, stride, key);
    return ix->slots[s] ? (int)ix->slots[s] - 1 : -1;
}

void strindex_add(StrIndex *ix, const void *items, size_t stride, int i)
{
    uint32_t s = probe(ix, items, stride, key_at(items, stride, (uint32_t)i));
    ix->slots[s] = (uint32_t)i + 1;
}

void strindex_remove_swap(StrIndex *ix, const void *items, size_t stride,
                          int i, int last)
{
    uint32_t mask = ix->cap - 1;
    uint32_t hole = probe(ix, items, stride, key_at(items, stride, (uint32_t)i));
    ix->slots[hole] = 0;
    /* backward shift: an entry after the hole whose probe started at or
     * before the hole moves into it, so no probe meets a false gap */
    for (uint32_t s = (hole + 1) & mask; ix->slots[s]; s = (s + 1) & mask) {
        uint32_t home = strindex_hash(key_at(items, stride, ix->slots[s] - 1)) & mask;
        if (((s - home) & mask) >= ((s - hole) & mask)) {
            ix->slots[hole] = ix->slots[s];
            ix->slots[s] = 0;
            hole = s;
        }
    }
    if (last != i)
        ix->slots[probe(ix, items, stride, key_at(items, stride, (uint32_t)last))] = (uint32_t)i + 1;
}
