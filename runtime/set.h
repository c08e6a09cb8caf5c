/* set.h -- set and frozenset: hash tables of keys alone.
 * How the table works (and why its iteration order is what CPython's is) is
 * explained at the top of runtime/set.c. */
#ifndef MINIPY_SET_H
#define MINIPY_SET_H

#include "object.h"

typedef struct SetEntry {
    Object *key;              /* NULL: never used; the dummy object: deleted */
    int64_t hash;
} SetEntry;

#define SET_MINSIZE 8

typedef struct SetObject {
    OBJECT_HEAD;
    ssize_t fill;             /* active + dummy entries */
    ssize_t used;             /* active entries */
    ssize_t mask;             /* table size - 1 */
    SetEntry *table;          /* points at smalltable or a malloc'd table */
    int64_t hash;             /* frozenset: cached hash, -1 if not computed */
    ssize_t finger;           /* pop() resumes its search here */
    uint64_t version;         /* changes on every mutation (for watchers such as the
                                 tracer; iterators check `used`, as CPython's do) */
    bool watched;             /* made by the program: counted in sys.getstats(), narrated by --trace=dict */
    SetEntry smalltable[SET_MINSIZE];
} SetObject;

extern TypeObject SetType, FrozenSetType, SetIterType;

static inline bool set_check(Object *o) {
    return o->type == &SetType || o->type == &FrozenSetType ||
           type_is_subtype(o->type, &SetType) || type_is_subtype(o->type, &FrozenSetType);
}
static inline bool anyset_check_exact(Object *o) { return o->type == &SetType || o->type == &FrozenSetType; }
#define SET_SIZE(o) (((SetObject *)(o))->used)

/* A new set (or frozenset) with the items of [iterable] (NULL: empty). */
Object *set_new(ThreadState *ts, Object *iterable);
Object *frozenset_new(ThreadState *ts, Object *iterable);
/* 0 on success, -1 on error (unhashable key: TypeError). */
int set_add(ThreadState *ts, Object *set, Object *key);
/* 1 if present, 0 if not, -1 on error. Like `key in set`: a mutable set
 * [key] is looked up as the equal frozenset. */
int set_contains(ThreadState *ts, Object *set, Object *key);
/* 1 if removed, 0 if absent, -1 on error (no retry with a frozenset). */
int set_discard(ThreadState *ts, Object *set, Object *key);
/* Add every item of [iterable]. */
int set_update(ThreadState *ts, Object *set, Object *iterable);
/* Iterate: start with *pos = 0; borrowed key and its hash. */
bool set_next(Object *set, ssize_t *pos, Object **key, int64_t *hash);
void set_clear(Object *set);
/* Remove and return an arbitrary key (new reference); KeyError "pop from
 * an empty set" when [set] is empty. */
Object *set_pop(ThreadState *ts, Object *set);
/* A new set (frozenset for a frozenset or a subclass of it) with the keys
 * of [set] in the same slots. */
Object *set_copy(ThreadState *ts, Object *set);
static inline bool frozenset_check_exact(Object *o) { return o->type == &FrozenSetType; }

#endif
