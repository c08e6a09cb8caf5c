/* cycles.c -- the groups of trace/cycles.h, by union-find: every reference
 * from one unreachable object to another (found with the type's traverse
 * slot, which only reads) joins their groups. */
#include <stdlib.h>

#include "cycles.h"
#include "runtime/object.h"
#include "runtime/common.h"
#include "runtime/dict.h"

typedef struct ByAddress { Object *o; size_t index; } ByAddress;

typedef struct Join {
    Cycles *c;
    ByAddress *sorted;
    size_t from;
} Join;

static int by_address(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)((const ByAddress *)a)->o, y = (uintptr_t)((const ByAddress *)b)->o;
    return x < y ? -1 : x > y;
}

static size_t root(size_t *parent, size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
}

static int join(Object *r, void *arg) {
    Join *j = arg;
    if (!r) return 0;
    ByAddress key = {r, 0};
    ByAddress *hit = bsearch(&key, j->sorted, j->c->n, sizeof(ByAddress), by_address);
    if (!hit) return 0;
    size_t a = root(j->c->group, j->from), b = root(j->c->group, hit->index);
    if (a < b) j->c->group[b] = a;          /* the group is named by its first member */
    else if (b < a) j->c->group[a] = b;
    return 0;
}

bool cycles_find(GCHead *unreachable, Cycles *c) {
    size_t n = 0;
    for (GCHead *g = unreachable->next; g != unreachable; g = g->next) n++;
    c->n = n;
    c->objects = calloc(n + 1, sizeof(Object *));
    c->group = calloc(n + 1, sizeof(size_t));
    ByAddress *sorted = calloc(n + 1, sizeof(ByAddress));
    if (!c->objects || !c->group || !sorted) {
        free(sorted);
        cycles_free(c);
        return false;
    }
    size_t i = 0;
    for (GCHead *g = unreachable->next; g != unreachable; g = g->next, i++) {
        c->objects[i] = FROM_GC(g);
        c->group[i] = i;
        sorted[i] = (ByAddress){c->objects[i], i};
    }
    qsort(sorted, n, sizeof(ByAddress), by_address);
    Join j = {c, sorted, 0};
    for (i = 0; i < n; i++) {
        j.from = i;
        if (TYPE(c->objects[i])->traverse) TYPE(c->objects[i])->traverse(c->objects[i], join, &j);
    }
    for (i = 0; i < n; i++) c->group[i] = root(c->group, i);
    free(sorted);
    return true;
}

void cycles_free(Cycles *c) {
    free(c->objects);
    free(c->group);
    c->objects = NULL;
    c->group = NULL;
    c->n = 0;
}

Object *cycles_dict_owner(const Cycles *c, Object *d) {
    for (size_t i = 0; i < c->n; i++) {
        Object *inst = c->objects[i];
        TypeObject *t = TYPE(inst);
        if (t->dictoffset > 0 && *(Object **)((char *)inst + t->dictoffset) == d) return inst;
    }
    return NULL;
}
