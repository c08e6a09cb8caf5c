/* ptrmap.c -- the address map of trace/ptrmap.h (ids, the memory narrator's
 * notes): growth and removal. */
#include <string.h>

#include "ptrmap.h"

static bool grow(PtrMap *m) {
    size_t size = m->slots ? (m->mask + 1) * 2 : 256;
    PtrMapSlot *slots = calloc(size, sizeof(PtrMapSlot));
    if (!slots) return false;
    PtrMap bigger = {slots, size - 1, 0};
    for (size_t i = 0; m->slots && i <= m->mask; i++) {
        if (!m->slots[i].key) continue;
        bigger.slots[ptrmap_slot(&bigger, m->slots[i].key)] = m->slots[i];
        bigger.used++;
    }
    free(m->slots);
    *m = bigger;
    return true;
}

bool ptrmap_put(PtrMap *m, const void *key, int64_t value) {
    if ((!m->slots || (m->used + 1) * 2 > m->mask + 1) && !grow(m)) return false;
    PtrMapSlot *s = &m->slots[ptrmap_slot(m, key)];
    if (!s->key) {
        s->key = key;
        m->used++;
    }
    s->value = value;
    return true;
}

void ptrmap_remove(PtrMap *m, const void *key) {
    if (!m->slots) return;
    size_t i = ptrmap_slot(m, key);
    if (!m->slots[i].key) return;
    m->slots[i].key = NULL;
    m->used--;
    /* put the rest of the run back, so no later search stops at the gap */
    for (size_t j = (i + 1) & m->mask; m->slots[j].key; j = (j + 1) & m->mask) {
        PtrMapSlot moved = m->slots[j];
        m->slots[j].key = NULL;
        m->slots[ptrmap_slot(m, moved.key)] = moved;
    }
}

void ptrmap_clear(PtrMap *m) {
    if (!m->used) return;
    if (m->mask >= 4096) {
        ptrmap_free(m);
        return;
    }
    memset(m->slots, 0, (m->mask + 1) * sizeof(PtrMapSlot));
    m->used = 0;
}

void ptrmap_free(PtrMap *m) {
    free(m->slots);
    *m = (PtrMap){0};
}
