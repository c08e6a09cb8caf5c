/* ptrmap.h -- a map from object addresses to 64-bit numbers, for the
 * narration's own bookkeeping: the per-run ids (trace/names.c) and what the
 * memory narrator last showed of an object (trace/memwatch.c).
 *
 * It is C memory, not a Python dict, on purpose: the tracer must not
 * allocate Python objects or search the program's tables. Open addressing
 * with linear probing; a removal re-inserts the rest of its run, so there
 * are no tombstones and no search ever stops early.
 *
 * Values are returned by value, never as pointers into the table, so that
 * a caller can never hold a pointer across a call that grows it.
 */
#ifndef MINIPY_TRACE_PTRMAP_H
#define MINIPY_TRACE_PTRMAP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct PtrMapSlot {
    const void *key;              /* NULL: empty */
    int64_t value;
} PtrMapSlot;

typedef struct PtrMap {
    PtrMapSlot *slots;
    size_t mask, used;
} PtrMap;

static inline size_t ptrmap_hash(const void *p) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

/* The slot holding [key], or the empty slot where it would go. */
static inline size_t ptrmap_slot(const PtrMap *m, const void *key) {
    size_t i = ptrmap_hash(key) & m->mask;
    while (m->slots[i].key && m->slots[i].key != key) i = (i + 1) & m->mask;
    return i;
}

/* Is [key] there? Its value in *value if so. */
static inline bool ptrmap_get(const PtrMap *m, const void *key, int64_t *value) {
    if (!m->slots) return false;
    const PtrMapSlot *s = &m->slots[ptrmap_slot(m, key)];
    if (!s->key) return false;
    if (value) *value = s->value;
    return true;
}

/* Set [key] to [value]. Returns false only when out of memory. */
bool ptrmap_put(PtrMap *m, const void *key, int64_t value);
/* Remove [key] if it is there. */
void ptrmap_remove(PtrMap *m, const void *key);
/* Remove every key (a big table is given back to the allocator). */
void ptrmap_clear(PtrMap *m);
void ptrmap_free(PtrMap *m);

#endif
