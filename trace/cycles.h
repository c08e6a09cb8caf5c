/* cycles.h -- the groups among the objects a collection found unreachable:
 * which of them refer only to each other (lesson 6's "a cycle: ..."). The
 * collector reports one list; a sink shows it a group a line. */
#ifndef MINIPY_TRACE_CYCLES_H
#define MINIPY_TRACE_CYCLES_H

#include <stdbool.h>
#include <stddef.h>

struct Object;
struct GCHead;

typedef struct Cycles {
    size_t n;
    struct Object **objects;      /* in the collector's order */
    size_t *group;                /* objects[i] belongs to group group[i] (the index of its first member) */
} Cycles;

/* Split [unreachable] (a collector list) into groups joined by references.
 * false when the C heap had no room for the work (nothing to free then). */
bool cycles_find(struct GCHead *unreachable, Cycles *out);
void cycles_free(Cycles *c);
/* The instance whose __dict__ [d] is, if that instance is among them; else NULL. */
struct Object *cycles_dict_owner(const Cycles *c, struct Object *d);

#endif
