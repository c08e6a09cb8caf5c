/* set.c -- set and frozenset: hash tables that store keys alone.
 *
 * Lesson 1 (what can be a key?) and lesson 10 (why `x in s` is fast) are
 * about this file as much as about dict.c. Start with the essay, then read
 * lookup() -- the one loop that probes a table and compares keys -- then
 * add_entry() and table_resize(). The set operations come after them; the
 * slots, the methods and the type objects are at the bottom, the iterator
 * after its own fence.
 *
 * How the table works
 * ===================
 * Unlike a dict, a set remembers no insertion order. It is one array of
 * (key, hash) entries, a power of two long, and iterating a set walks that
 * array from slot 0 to the end. So the order a set prints in IS the layout
 * of its table, and to print what CPython prints, minipy must put every key
 * in the slot CPython would: same probe sequence, same growth rule, same
 * treatment of deleted keys, same way of building the result of `a | b`.
 * Everything below is chosen for that reason first.
 *
 * Each entry is in one of three states:
 *
 *   empty   key == NULL, hash == 0: never used since the table was built.
 *   active  key and its hash.
 *   dummy   key == DUMMY, hash == -1: a key was deleted here. It cannot go
 *           back to empty, because a search for some other key may have
 *           walked past this slot when that key was inserted; stopping here
 *           would lose it. No real hash is -1 (hash() never returns it), so
 *           a dummy never matches the hash test below.
 *
 * Finding a key
 * -------------
 *   1. Hash it (TypeError "unhashable type: 'list'" happens here).
 *   2. Start at slot i = hash & mask (mask = size - 1).
 *   3. Look at slot i and, if the table has room after it, the next
 *      LINEAR_PROBES (9) slots too: neighbours share a cache line, so a
 *      short linear run is nearly free.
 *      - An empty slot ends the search: the key is absent.
 *      - Same hash: same object -> found; two exact strs -> compare bytes;
 *        otherwise ask key.__eq__. Equal -> found.
 *      - Anything else (other hash, dummy): keep going.
 *   4. Then jump: perturb >>= 5; i = (i*5 + 1 + perturb) & mask. perturb
 *      starts as the whole hash, so its high bits steer the first jumps and
 *      keys that share their low bits soon go separate ways; once it has
 *      shifted down to 0, i*5+1 alone visits every slot of the table.
 *
 * Comparing hashes before calling __eq__ is why equal keys must hash alike,
 * and why 1, 1.0 and True are one key: {1, 1.0, True} is {1}, the first one
 * in stays. __eq__ is Python code and may change the set under us; when the
 * table or the entry we were comparing moved, the search starts over (and
 * so does an insertion whose dummy slot was taken meanwhile).
 *
 * Inserting a key
 * ---------------
 * The same walk; if it ends at an empty slot without finding the key, the
 * key goes into the LAST dummy passed on the way if there was one (a reused
 * slot), else into that empty slot. Two counters follow the table:
 *
 *   used  active entries: len(s).
 *   fill  active + dummy entries: the slots that are no longer empty.
 *
 * Only filling an empty slot raises `fill`, and only then is the load
 * checked: when fill*5 >= mask*3 (about 60% of the slots are taken) the
 * table is rebuilt with the smallest power-of-two size greater than
 * used*4 (used*2 once a set has more than 50000 keys), 8 slots at least.
 * A rebuild walks the old table from slot 0 up and drops every active key
 * into the first free slot of its probe sequence in the new one; dummies are
 * left behind. Collisions make order depend on history: in 8 slots 1 and 9
 * both start at slot 1 (an 8-slot table is too short for a linear run), so
 * the second one in jumps to slot 6 -- set([9, 1]) prints {9, 1} and
 * set([1, 9]) prints {1, 9}. Add 2, 3, 4 and the table grows to 32 slots,
 * where 9 has slot 9 to itself: {1, 2, 3, 4, 9} either way. Deleting never
 * shrinks a table by itself; difference_update() and the next rebuild do.
 *
 * A table of 8 slots lives inside the object (smalltable), so small sets
 * need no second allocation.
 *
 * Why {3, 1, 2} prints {1, 2, 3} and {10, 100, 1000} prints {1000, 10, 100}
 * -------------------------------------------------------------------------
 * A small int hashes to itself, so it lands in slot n & mask: 1, 2, 3 go to
 * slots 1, 2, 3 whatever the insertion order. With 8 slots, 10 -> 2,
 * 100 -> 4, 1000 -> 0. A str's hash is SipHash of its bytes under the
 * interpreter's seed: order changes from run to run in CPython unless
 * PYTHONHASHSEED is fixed; minipy's fixed seed equals CPython's seed 0.
 *
 * How the operations build their results (each fixes the result's order)
 * ------------------------------------------------------------------------
 *   a | b, union    copy a, then add b's keys in b's slot order (merge()).
 *   a & b           walk the SMALLER set (b on a tie), keep the keys the
 *                   other has: the result holds the walked set's keys, so
 *                   {1} & {1.0} is {1.0}. From an iterable: walk it, and
 *                   stop once every key of a was found.
 *   a - b           if a is more than 4 times larger than b: copy a and
 *                   delete b's keys; else walk a and keep what b lacks.
 *   a ^ b           copy b, then walk a, deleting the keys b has and adding
 *                   the others.
 *   copy, set(s)    into an empty table of the same size with no dummies,
 *                   entries are copied slot for slot; otherwise re-inserted.
 *                   Merging sizes the table for both sets first, so set(f)
 *                   can be smaller than f and ordered differently. That is
 *                   visible in displays: CPython compiles {1, 9, 17, 25, 33}
 *                   (three or more constants) as a frozenset constant merged
 *                   into a new empty set, not as five add()s.
 *   pop()           takes the first active slot at or after a "finger" left
 *                   by the previous pop, so repeated pops do not rescan.
 *
 * A frozenset's hash must not depend on order: it is the xor of each key's
 * hash after a bit shuffle, mixed with the size (CPython's algorithm, so
 * hash(frozenset({1, 2, 3})) is the same number). It is computed once and
 * cached.
 *
 * --trace=dict: probe() is the only loop that probes and compares keys, so
 * counting and narrating a watched set's searches (the `watched` flag: every
 * set but the compiler's constants while it builds them) means instrumenting
 * it alone; insert_clean() only places keys known to be absent, in rebuilds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "typealias.h"
#include "set.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "list.h"
#include "dict.h"
#include "tuple.h"
#include "func.h"
#include "tablewalk.h"
#include "args.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* What a deleted entry holds. Never seen outside a table, never counted. */
static Object dummy_struct = {IMMORTAL_REFCNT, &NoneType};
#define DUMMY (&dummy_struct)

static inline bool is_live(const SetEntry *e) { return e->key != NULL && e->key != DUMMY; }

/* PyAnySet_Check vs PySet_Check: any set or frozenset, or a mutable set. */
static inline bool is_mutable_set(Object *o) { return obj_type_check(o, &SetType); }

static void reset_to_small(SetObject *so) {
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* ---- the probe loop ------------------------------------------------------ */

/* Search [so] for [key] with [hash]. Returns 1 when found, with *slot the
 * entry that holds it; 0 when absent, with *slot where an insertion goes
 * (the last dummy passed, or else the empty entry that ended the search);
 * -1 when an __eq__ raised.
 *
 * [adding] picks CPython's insertion order of the checks after __eq__ says
 * "equal": an insertion trusts that answer even if __eq__ changed the table
 * (and then does nothing: *slot may be stale), a lookup starts over.
 *
 * [walk] is NULL unless the set is watched (runtime/tablewalk.h): then every slot
 * looked at is counted, and narrated under --trace=dict. It is a constant
 * where lookup() calls this, so the unwatched loop carries no trace code. */
static ALWAYS_INLINE int probe(ThreadState *ts, SetObject *so, Object *key, int64_t hash, bool adding,
                               SetEntry **slot, TableWalk *walk, const bool count) {
/* one slot looked at: narrated by the walk, or (watched, not narrated) just counted */
#define PROBED(at, what, found, eq)                                          \
    do {                                                                     \
        if (walk) walk_probe(ts, walk, at, what, -1, found, eq);             \
        else if (count) probe_counted(ts, (int)(eq));                        \
    } while (0)
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    SetEntry *freeslot = NULL;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->key == NULL) {
                PROBED((size_t)(entry - so->table), PROBE_EMPTY, NULL, -1);
                /* an __eq__ since may have stored a key in the dummy we
                 * passed (CPython would overwrite it): look again */
                if (adding && freeslot && freeslot->key != DUMMY) goto restart;
                *slot = freeslot ? freeslot : entry;
                return 0;
            }
            if (entry->hash == hash) {
                Object *startkey = entry->key;
                size_t at = (size_t)(entry - so->table);
                if (startkey == key) {
                    PROBED(at, PROBE_MATCH, startkey, -1);
                    *slot = entry;
                    return 1;
                }
                if (str_check_exact(startkey) && str_check_exact(key)) {
                    bool eq = str_eq(startkey, key);
                    PROBED(at, eq ? PROBE_MATCH : PROBE_COLLISION, startkey, eq);
                    if (eq) { *slot = entry; return 1; }
                } else {
                    SetEntry *table = so->table;
                    INCREF(startkey);
                    if (walk) walk_before_eq(ts, walk, startkey);
                    int cmp = obj_richcompare_bool(ts, startkey, key, CMP_EQ);
                    PROBED(at, cmp > 0 ? PROBE_MATCH : PROBE_COLLISION, startkey, cmp < 0 ? 2 : cmp);
                    DECREF(startkey);
                    if (cmp < 0) return -1;
                    if (adding && cmp > 0) { *slot = entry; return 1; }
                    /* __eq__ ran Python code: if the set changed, start over.
                     * The mask is compared before entry is read: a freed
                     * table's address may come back with another size. */
                    if (table != so->table || (size_t)so->mask != mask || entry->key != startkey) goto restart;
                    if (cmp > 0) { *slot = entry; return 1; }
                }
            } else if (entry->key == DUMMY) {
                PROBED((size_t)(entry - so->table), PROBE_DUMMY, NULL, -1);
                freeslot = entry;
            } else if (walk || count) {
                PROBED((size_t)(entry - so->table), PROBE_OTHER_HASH, entry->key, -1);
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
#undef PROBED
}

static NOINLINE int lookup_walked(ThreadState *ts, SetObject *so, Object *key, int64_t hash, bool adding,
                                  SetEntry **slot, TableWalk *walk) {
    return probe(ts, so, key, hash, adding, slot, walk, false);
}

/* A search of a watched set, not narrated: counted as it goes. */
static int lookup_counted(ThreadState *ts, SetObject *so, Object *key, int64_t hash, bool adding,
                          SetEntry **slot) {
    ts->interp->table_stats.lookups++;
    return probe(ts, so, key, hash, adding, slot, NULL, true);
}

static int lookup(ThreadState *ts, SetObject *so, Object *key, int64_t hash, bool adding, SetEntry **slot,
                  TableWalk *walk) {
    if (UNLIKELY(walk != NULL)) return lookup_walked(ts, so, key, hash, adding, slot, walk);
    if (so->watched) return lookup_counted(ts, so, key, hash, adding, slot);
    return probe(ts, so, key, hash, adding, slot, NULL, false);
}

/* Is [so] one of the program's sets (or is every table watched, under
 * --trace=dict:all)? Then its searches are counted and narrated. */
static inline bool is_watched(ThreadState *ts, SetObject *so) {
    (void)ts;
    return UNLIKELY(so->watched);
}
/* A walk for a search of [so], begun, if it is watched and --trace=dict
 * narrates; else NULL (a watched set's search is then counted by probe()). */
static TableWalk *walk_for(ThreadState *ts, SetObject *so, TableWalk *w, TableAction action, Object *key,
                           int64_t hash) {
    if (!is_watched(ts, so) || !TRACE_ON(TRACE_DICT)) return NULL;
    walk_begin(ts, w, (Object *)so, action, key, hash, (size_t)so->mask + 1);
    return w;
}

/* Put [key] (known absent, table without dummies) into the first empty slot
 * of its probe sequence: the rebuild's inner step. The reference moves. */
static void insert_clean(SetEntry *table, size_t mask, Object *key, int64_t hash) {
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        SetEntry *entry = &table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->key == NULL) {
                entry->key = key;
                entry->hash = hash;
                return;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Rebuild [so] with the smallest power-of-two size above [minused] (8 at
 * least), re-inserting the active keys in the old table's slot order. */
static int table_resize(ThreadState *ts, SetObject *so, ssize_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    SetEntry *oldtable = so->table;
    size_t oldmask = (size_t)so->mask;
    bool old_malloced = oldtable != so->smalltable;
    if (is_watched(ts, so)) table_resized(ts, (Object *)so, oldmask + 1, newsize, so->used, so->fill - so->used);
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;   /* nothing to purge */
            /* rebuild the small table in place to drop its dummies */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        if (newsize > SIZE_MAX / 2 / sizeof(SetEntry)) { err_no_memory(ts); return -1; }
        newtable = rawmem_alloc(newsize * sizeof(SetEntry));
        if (!newtable) { err_no_memory(ts); return -1; }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->table = newtable;
    so->mask = (ssize_t)newsize - 1;
    size_t newmask = newsize - 1;
    so->fill = so->used;
    for (size_t i = 0; i <= oldmask; i++)
        if (is_live(&oldtable[i])) insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
    if (old_malloced) rawmem_free(oldtable);
    return 0;
}

/* ---- the basic operations ----------------------------------------------- */

static int add_entry(ThreadState *ts, SetObject *so, Object *key, int64_t hash) {
    INCREF(key);          /* __eq__ must not free it before it is stored */
    SetEntry *slot;
    size_t nslots = (size_t)so->mask + 1;
    TableWalk w, *walk = walk_for(ts, so, &w, TABLE_INSERT, key, hash);
    int found = lookup(ts, so, key, hash, true, &slot, walk);
    if (found != 0) {
        if (walk) walk_end(ts, walk, found < 0 ? OUTCOME_EQ_RAISED : OUTCOME_ALREADY_THERE, -1, 0, 0, nslots);
        DECREF(key);
        return found < 0 ? -1 : 0;
    }
    so->version++;
    so->used++;
    if (walk) {
        size_t at = (size_t)(slot - so->table);
        walk_end(ts, walk, slot->key == DUMMY ? OUTCOME_STORED_IN_DUMMY : OUTCOME_STORED, -1, at, 0, nslots);
    }
    if (slot->key == DUMMY) {   /* reuse a deleted slot: fill is unchanged */
        slot->key = key;
        slot->hash = hash;
        return 0;
    }
    so->fill++;
    slot->key = key;
    slot->hash = hash;
    if ((size_t)so->fill * 5 < (size_t)so->mask * 3) return 0;
    return table_resize(ts, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int add_key(ThreadState *ts, SetObject *so, Object *key) {
    int64_t hash = table_key_hash(ts, key);
    if (hash == -1) return -1;
    return add_entry(ts, so, key, hash);
}

static int contains_entry(ThreadState *ts, SetObject *so, Object *key, int64_t hash) {
    SetEntry *slot;
    TableWalk w, *walk = walk_for(ts, so, &w, TABLE_LOOKUP, key, hash);
    int found = lookup(ts, so, key, hash, false, &slot, walk);
    if (walk)
        walk_end(ts, walk, found > 0 ? OUTCOME_FOUND : found == 0 ? OUTCOME_NOT_FOUND : OUTCOME_EQ_RAISED, -1, 0, 0,
                 (size_t)so->mask + 1);
    return found;
}

static int contains_key(ThreadState *ts, SetObject *so, Object *key) {
    int64_t hash = table_key_hash(ts, key);
    if (hash == -1) return -1;
    return contains_entry(ts, so, key, hash);
}

/* 1 if [key] was there and is now a dummy, 0 if absent, -1 on error. */
static int discard_entry(ThreadState *ts, SetObject *so, Object *key, int64_t hash) {
    SetEntry *slot;
    TableWalk w, *walk = walk_for(ts, so, &w, TABLE_DELETE, key, hash);
    int found = lookup(ts, so, key, hash, false, &slot, walk);
    if (walk) {
        size_t nslots = (size_t)so->mask + 1;
        if (found > 0) walk_end(ts, walk, OUTCOME_SET_DELETED, -1, (size_t)(slot - so->table), 0, nslots);
        else walk_end(ts, walk, found == 0 ? OUTCOME_NOT_FOUND : OUTCOME_EQ_RAISED, -1, 0, 0, nslots);
    }
    if (found <= 0) return found;
    Object *old = slot->key;
    slot->key = DUMMY;
    slot->hash = -1;
    so->used--;
    so->version++;
    DECREF(old);
    return 1;
}

static int discard_key(ThreadState *ts, SetObject *so, Object *key) {
    int64_t hash = table_key_hash(ts, key);
    if (hash == -1) return -1;
    return discard_entry(ts, so, key, hash);
}

static Object *make_new_set(ThreadState *ts, TypeObject *type, Object *iterable);

/* `k in s`, s.remove(k), s.discard(k): a set used as a key is looked up as
 * the equal frozenset, as CPython does, so {1} in {frozenset({1})} is True. */
static int frozen_retry(ThreadState *ts, SetObject *so, Object *key,
                        int (*op)(ThreadState *, SetObject *, Object *)) {
    int r = op(ts, so, key);
    if (r >= 0 || !is_mutable_set(key) || !err_matches(ts, &ExcTypeError)) return r;
    err_clear(ts);
    Object *frozen = make_new_set(ts, &FrozenSetType, key);
    if (!frozen) return -1;
    r = op(ts, so, frozen);
    DECREF(frozen);
    return r;
}

/* Empty [so] before releasing its keys: a key's __del__ may look at it. */
static void clear_internal(SetObject *so) {
    SetEntry *table = so->table;
    size_t n = (size_t)so->mask + 1;
    bool malloced = table != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (!malloced) {
        if (so->fill == 0) { so->hash = -1; return; }
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    reset_to_small(so);
    so->version++;
    for (size_t i = 0; i < n; i++)
        if (is_live(&table[i])) DECREF(table[i].key);
    if (malloced) rawmem_free(table);
}

/* Step through the active entries; safe (if not meaningful) when the table
 * changes between calls, since table and mask are re-read each time. */
static bool next_entry(SetObject *so, ssize_t *pos, SetEntry **entry) {
    ssize_t i = *pos;
    while (i <= so->mask && !is_live(&so->table[i])) i++;
    *pos = i + 1;
    if (i > so->mask) return false;
    *entry = &so->table[i];
    return true;
}

/* Add every key of the set [other_in] to [so]. */
static int merge(ThreadState *ts, SetObject *so, Object *other_in) {
    SetObject *other = (SetObject *)other_in;
    if (other == so || other->used == 0) return 0;
    /* one resize up front, expecting few keys in common */
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        table_resize(ts, so, (so->used + other->used) * 2) < 0)
        return -1;
    so->version++;
    /* empty, same size, no dummies on the other side: copy slot for slot */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (ssize_t i = 0; i <= other->mask; i++) {
            Object *key = other->table[i].key;
            if (key) {
                so->table[i].key = NEWREF(key);
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    /* empty: no key can be there already */
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (ssize_t i = 0; i <= other->mask; i++) {
            SetEntry *e = &other->table[i];
            if (is_live(e)) insert_clean(so->table, (size_t)so->mask, NEWREF(e->key), e->hash);
        }
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; i++) {
        SetEntry *e = &other->table[i];
        if (is_live(e) && add_entry(ts, so, e->key, e->hash) < 0) return -1;
    }
    return 0;
}

/* so.update(other): sets merge, exact dicts lend their stored hashes, any
 * other iterable is walked. */
static int update_internal(ThreadState *ts, SetObject *so, Object *other) {
    if (set_check(other)) return merge(ts, so, other);
    if (dict_check_exact(other)) {
        DictObject *d = (DictObject *)other;
        if ((so->fill + d->used) * 5 >= so->mask * 3 &&
            table_resize(ts, so, (so->used + d->used) * 2) < 0)
            return -1;
        for (ssize_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (e->key && add_entry(ts, so, e->key, e->hash) < 0) return -1;
        }
        return 0;
    }
    Object *it = obj_iter(ts, other);
    if (!it) return -1;
    Object *key;
    while ((key = obj_next(ts, it)) != NULL) {
        int r = add_key(ts, so, key);
        DECREF(key);
        if (r < 0) { DECREF(it); return -1; }
    }
    DECREF(it);
    return err_occurred(ts) ? -1 : 0;
}

/* ---- construction ------------------------------------------------------- */

static Object *make_new_set(ThreadState *ts, TypeObject *type, Object *iterable) {
    SetObject *so = (SetObject *)obj_alloc(ts, type, type->basicsize);
    if (!so) return NULL;
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    so->watched = ts->interp->quiet_tables == 0 || ts->interp->watch_all_tables;
    gc_track(ts, (Object *)so);
    if (iterable && update_internal(ts, so, iterable) < 0) {
        DECREF(so);
        return NULL;
    }
    return (Object *)so;
}

/* A result of an operation on an instance of a subclass is a plain set or
 * frozenset, whichever the subclass derives from. */
static Object *make_new_set_basetype(ThreadState *ts, TypeObject *type, Object *iterable) {
    if (type != &SetType && type != &FrozenSetType)
        type = type_is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
    return make_new_set(ts, type, iterable);
}

static Object *make_new_frozenset(ThreadState *ts, TypeObject *type, Object *iterable) {
    if (type == &FrozenSetType && iterable && obj_is_type_exact(iterable, &FrozenSetType))
        return NEWREF(iterable);      /* frozenset(f) is f */
    return make_new_set(ts, type, iterable);
}

Object *set_new(ThreadState *ts, Object *iterable) {
    return make_new_set(ts, &SetType, iterable);
}

Object *frozenset_new(ThreadState *ts, Object *iterable) {
    return make_new_frozenset(ts, &FrozenSetType, iterable);
}

Object *set_copy(ThreadState *ts, Object *self) {
    return make_new_set_basetype(ts, TYPE(self), self);
}

/* ---- the public entry points ---------------------------------------------- */

int set_add(ThreadState *ts, Object *set, Object *key) {
    return add_key(ts, (SetObject *)set, key);
}

int set_contains(ThreadState *ts, Object *set, Object *key) {
    return frozen_retry(ts, (SetObject *)set, key, contains_key);
}

int set_discard(ThreadState *ts, Object *set, Object *key) {
    return discard_key(ts, (SetObject *)set, key);
}

int set_update(ThreadState *ts, Object *set, Object *iterable) {
    return update_internal(ts, (SetObject *)set, iterable);
}

bool set_next(Object *set, ssize_t *pos, Object **key, int64_t *hash) {
    SetEntry *e;
    if (!next_entry((SetObject *)set, pos, &e)) return false;
    if (key) *key = e->key;
    if (hash) *hash = e->hash;
    return true;
}

void set_clear(Object *set) {
    clear_internal((SetObject *)set);
}

Object *set_pop(ThreadState *ts, Object *set) {
    SetObject *so = (SetObject *)set;
    if (so->used == 0) return err_set_string(ts, &ExcKeyError, "pop from an empty set");
    /* resume after the previous pop; the finger may be beyond a smaller table */
    SetEntry *entry = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (!is_live(entry)) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Object *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->version++;
    so->finger = entry - so->table + 1;
    return key;
}

/* ---- the set algebra -------------------------------------------------------- */

/* Exchange the tables (and counts) of [a] and [b]: how the in-place forms
 * adopt a result computed into a fresh set. The 8-slot tables live inside
 * the objects, so they are swapped by value. */
static void swap_bodies(SetObject *a, SetObject *b) {
    ssize_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        SetEntry tab[SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    if (obj_type_check((Object *)a, &FrozenSetType) && obj_type_check((Object *)b, &FrozenSetType)) {
        int64_t h = a->hash; a->hash = b->hash; b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
    a->version++;
    b->version++;
}

static Object *intersection(ThreadState *ts, SetObject *so, Object *other) {
    if ((Object *)so == other) return set_copy(ts, (Object *)so);
    SetObject *result = (SetObject *)make_new_set_basetype(ts, TYPE(so), NULL);
    if (!result) return NULL;
    if (set_check(other)) {
        /* walk the smaller set, probe the larger */
        SetObject *walk = (SetObject *)other, *probe = so;
        if (walk->used > probe->used) { walk = so; probe = (SetObject *)other; }
        ssize_t pos = 0;
        SetEntry *e;
        while (next_entry(walk, &pos, &e)) {
            Object *key = NEWREF(e->key);
            int64_t hash = e->hash;
            int rv = contains_entry(ts, probe, key, hash);
            if (rv > 0) rv = add_entry(ts, result, key, hash);
            DECREF(key);
            if (rv < 0) { DECREF(result); return NULL; }
        }
        return (Object *)result;
    }
    Object *it = obj_iter(ts, other);
    if (!it) { DECREF(result); return NULL; }
    Object *key;
    while ((key = obj_next(ts, it)) != NULL) {
        int64_t hash = table_key_hash(ts, key);
        int found = hash == -1 ? -1 : contains_entry(ts, so, key, hash);
        int rv = found > 0 ? add_entry(ts, result, key, hash) : found;
        DECREF(key);
        if (rv < 0) goto error;
        if (found > 0 && result->used >= so->used) break;   /* found them all */
    }
    DECREF(it);
    if (err_occurred(ts)) { DECREF(result); return NULL; }
    return (Object *)result;
error:
    DECREF(it);
    DECREF(result);
    return NULL;
}

static Object *intersection_multi(ThreadState *ts, SetObject *so, Object *const *args, size_t n) {
    if (n == 0) return set_copy(ts, (Object *)so);
    Object *result = NEWREF((Object *)so);
    for (size_t i = 0; i < n; i++) {
        Object *r = intersection(ts, (SetObject *)result, args[i]);
        DECREF(result);
        if (!r) return NULL;
        result = r;
    }
    return result;
}

static int intersection_update(ThreadState *ts, SetObject *so, Object *other) {
    Object *tmp = intersection(ts, so, other);
    if (!tmp) return -1;
    swap_bodies(so, (SetObject *)tmp);
    DECREF(tmp);
    return 0;
}

static int difference_update_internal(ThreadState *ts, SetObject *so, Object *other) {
    if ((Object *)so == other) {
        clear_internal(so);
        return 0;
    }
    if (set_check(other)) {
        /* a much larger other: only its keys in common with so matter */
        if ((SET_SIZE(other) >> 3) > so->used) {
            other = intersection(ts, so, other);
            if (!other) return -1;
        } else {
            INCREF(other);
        }
        ssize_t pos = 0;
        SetEntry *e;
        while (next_entry((SetObject *)other, &pos, &e)) {
            Object *key = NEWREF(e->key);
            int rv = discard_entry(ts, so, key, e->hash);
            DECREF(key);
            if (rv < 0) { DECREF(other); return -1; }
        }
        DECREF(other);
    } else {
        Object *it = obj_iter(ts, other);
        if (!it) return -1;
        Object *key;
        while ((key = obj_next(ts, it)) != NULL) {
            int rv = discard_key(ts, so, key);
            DECREF(key);
            if (rv < 0) { DECREF(it); return -1; }
        }
        DECREF(it);
        if (err_occurred(ts)) return -1;
    }
    /* more than a quarter of the slots are dummies: rebuild without them */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    return table_resize(ts, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Object *copy_and_difference(ThreadState *ts, SetObject *so, Object *other) {
    Object *result = set_copy(ts, (Object *)so);
    if (!result) return NULL;
    if (difference_update_internal(ts, (SetObject *)result, other) < 0) {
        DECREF(result);
        return NULL;
    }
    return result;
}

static Object *difference(ThreadState *ts, SetObject *so, Object *other) {
    ssize_t other_size;
    bool is_dict = dict_check_exact(other);
    if (set_check(other)) other_size = SET_SIZE(other);
    else if (is_dict) other_size = DICT_SIZE(other);
    else return copy_and_difference(ts, so, other);
    /* much larger than other: copying so and deleting is cheaper */
    if ((so->used >> 2) > other_size) return copy_and_difference(ts, so, other);

    SetObject *result = (SetObject *)make_new_set_basetype(ts, TYPE(so), NULL);
    if (!result) return NULL;
    ssize_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e)) {
        Object *key = NEWREF(e->key);
        int64_t hash = e->hash;
        int rv;
        if (is_dict) {
            Object *v = dict_get_hashed_borrowed(ts, other, key, hash);
            rv = v ? 1 : err_occurred(ts) ? -1 : 0;
        } else {
            rv = contains_entry(ts, (SetObject *)other, key, hash);
        }
        if (rv == 0) rv = add_entry(ts, result, key, hash);
        DECREF(key);
        if (rv < 0) { DECREF(result); return NULL; }
    }
    return (Object *)result;
}

static Object *difference_multi(ThreadState *ts, SetObject *so, Object *const *args, size_t n) {
    if (n == 0) return set_copy(ts, (Object *)so);
    Object *result = difference(ts, so, args[0]);
    if (!result) return NULL;
    for (size_t i = 1; i < n; i++) {
        if (difference_update_internal(ts, (SetObject *)result, args[i]) < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

/* Toggle one key: remove it if present, else add it. */
static int toggle(ThreadState *ts, SetObject *so, Object *key_in, int64_t hash) {
    Object *key = NEWREF(key_in);
    int rv = discard_entry(ts, so, key, hash);
    if (rv == 0) rv = add_entry(ts, so, key, hash);
    DECREF(key);
    return rv < 0 ? -1 : 0;
}

static int symmetric_difference_update(ThreadState *ts, SetObject *so, Object *other) {
    if ((Object *)so == other) {
        clear_internal(so);
        return 0;
    }
    if (dict_check_exact(other)) {
        DictObject *d = (DictObject *)other;
        for (ssize_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (e->key && toggle(ts, so, e->key, e->hash) < 0) return -1;
        }
        return 0;
    }
    Object *otherset;
    if (set_check(other)) {
        otherset = NEWREF(other);
    } else {
        otherset = make_new_set_basetype(ts, TYPE(so), other);
        if (!otherset) return -1;
    }
    ssize_t pos = 0;
    SetEntry *e;
    while (next_entry((SetObject *)otherset, &pos, &e)) {
        if (toggle(ts, so, e->key, e->hash) < 0) { DECREF(otherset); return -1; }
    }
    DECREF(otherset);
    return 0;
}

static Object *symmetric_difference(ThreadState *ts, SetObject *so, Object *other) {
    /* copy other (as so's base type), then toggle so's keys in it */
    Object *result = make_new_set_basetype(ts, TYPE(so), other);
    if (!result) return NULL;
    if (symmetric_difference_update(ts, (SetObject *)result, (Object *)so) < 0) {
        DECREF(result);
        return NULL;
    }
    return result;
}

static Object *union_multi(ThreadState *ts, SetObject *so, Object *const *args, size_t n) {
    Object *result = set_copy(ts, (Object *)so);
    if (!result) return NULL;
    for (size_t i = 0; i < n; i++) {
        if (args[i] == (Object *)so) continue;
        if (update_internal(ts, (SetObject *)result, args[i]) < 0) {
            DECREF(result);
            return NULL;
        }
    }
    return result;
}

static Object *issubset(ThreadState *ts, SetObject *so, Object *other) {
    if (!set_check(other)) {
        /* 3.11 builds a set of the whole iterable first (no early exit) */
        Object *tmp = make_new_set(ts, &SetType, other);
        if (!tmp) return NULL;
        Object *r = issubset(ts, so, tmp);
        DECREF(tmp);
        return r;
    }
    if (so->used > SET_SIZE(other)) return bool_from(false);
    ssize_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e)) {
        Object *key = NEWREF(e->key);
        int rv = contains_entry(ts, (SetObject *)other, key, e->hash);
        DECREF(key);
        if (rv < 0) return NULL;
        if (!rv) return bool_from(false);
    }
    return bool_from(true);
}

static Object *issuperset(ThreadState *ts, SetObject *so, Object *other) {
    if (set_check(other)) return issubset(ts, (SetObject *)other, (Object *)so);
    Object *it = obj_iter(ts, other);
    if (!it) return NULL;
    Object *key;
    while ((key = obj_next(ts, it)) != NULL) {
        int rv = contains_key(ts, so, key);
        DECREF(key);
        if (rv <= 0) {
            DECREF(it);
            return rv < 0 ? NULL : bool_from(false);
        }
    }
    DECREF(it);
    if (err_occurred(ts)) return NULL;
    return bool_from(true);
}

static Object *isdisjoint(ThreadState *ts, SetObject *so, Object *other) {
    if ((Object *)so == other) return bool_from(so->used == 0);
    if (anyset_check_exact(other)) {
        SetObject *walk = (SetObject *)other, *probe = so;
        if (walk->used > probe->used) { walk = so; probe = (SetObject *)other; }
        ssize_t pos = 0;
        SetEntry *e;
        while (next_entry(walk, &pos, &e)) {
            Object *key = NEWREF(e->key);
            int rv = contains_entry(ts, probe, key, e->hash);
            DECREF(key);
            if (rv < 0) return NULL;
            if (rv) return bool_from(false);
        }
        return bool_from(true);
    }
    Object *it = obj_iter(ts, other);
    if (!it) return NULL;
    Object *key;
    while ((key = obj_next(ts, it)) != NULL) {
        int rv = contains_key(ts, so, key);
        DECREF(key);
        if (rv != 0) {
            DECREF(it);
            return rv < 0 ? NULL : bool_from(false);
        }
    }
    DECREF(it);
    if (err_occurred(ts)) return NULL;
    return bool_from(true);
}

/* ---- slots ------------------------------------------------------------------ */

static void set_dealloc(Object *self) {
    gc_untrack(self);
    SetObject *so = (SetObject *)self;
    for (ssize_t i = 0; i <= so->mask; i++)
        if (is_live(&so->table[i])) DECREF(so->table[i].key);
    if (so->table != so->smalltable) rawmem_free(so->table);
    obj_free(self);
}

static int set_traverse(Object *self, VisitFunc visit, void *arg) {
    SetObject *so = (SetObject *)self;
    for (ssize_t i = 0; i <= so->mask; i++)
        if (is_live(&so->table[i]) && visit(so->table[i].key, arg)) return 1;
    return 0;
}

static int set_clear_slot(Object *self) {
    clear_internal((SetObject *)self);
    return 0;
}

/* {1, 2}, set(), frozenset({1, 2}), frozenset(), MySet({1, 2}) */
static Object *set_repr(ThreadState *ts, Object *self) {
    const char *name = TYPE_NAME(self);
    int rec = repr_enter(ts, self);
    if (rec != 0) return rec > 0 ? str_format(ts, "%s(...)", name) : NULL;
    Object *r = NULL;
    if (SET_SIZE(self) == 0) {
        r = str_format(ts, "%s()", name);
        goto done;
    }
    /* the keys' reprs, as list(self)'s repr without its brackets */
    Object *keys = list_from_iterable(ts, self);
    if (!keys) goto done;
    Object *lr = obj_repr(ts, keys);
    DECREF(keys);
    if (!lr) goto done;
    StrBuf buf;
    strbuf_init(&buf);
    bool exact = obj_is_type_exact(self, &SetType);
    if (!exact) {
        strbuf_puts(&buf, name);
        strbuf_appendc(&buf, '(');
    }
    strbuf_appendc(&buf, '{');
    strbuf_append(&buf, STR_DATA(lr) + 1, STR_SIZE(lr) - 2);
    strbuf_appendc(&buf, '}');
    if (!exact) strbuf_appendc(&buf, ')');
    DECREF(lr);
    r = str_from_strbuf(ts, &buf);
done:
    repr_leave(ts, self);
    return r;
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

/* Order-independent: xor of every key's shuffled hash, then the size mixed
 * in and the bits spread so that nested frozensets do not cancel out. */
static int64_t frozenset_hash(ThreadState *ts, Object *self) {
    SetObject *so = (SetObject *)self;
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    for (ssize_t i = 0; i <= so->mask; i++)
        if (is_live(&so->table[i])) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    so->hash = (int64_t)hash;
    return so->hash;
}

static Object *set_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (!set_check(b)) return NEWREF(NotImplemented);
    SetObject *v = (SetObject *)a, *w = (SetObject *)b;
    switch (op) {
    case CMP_EQ:
        if (v->used != w->used) return bool_from(false);
        if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) return bool_from(false);
        return issubset(ts, v, b);
    case CMP_NE: {
        Object *r = set_richcompare(ts, a, b, CMP_EQ);
        if (!r) return NULL;
        bool eq = r == True;
        DECREF(r);
        return bool_from(!eq);
    }
    case CMP_LE: return issubset(ts, v, b);
    case CMP_GE: return issuperset(ts, v, b);
    case CMP_LT:
        if (v->used >= w->used) return bool_from(false);
        return issubset(ts, v, b);
    case CMP_GT:
        if (v->used <= w->used) return bool_from(false);
        return issuperset(ts, v, b);
    }
    return NEWREF(NotImplemented);
}

static ssize_t set_len(ThreadState *ts, Object *self) { return SET_SIZE(self); }

static int set_contains_slot(ThreadState *ts, Object *self, Object *key) {
    return frozen_retry(ts, (SetObject *)self, key, contains_key);
}

static Object *setiter_new(ThreadState *ts, Object *set);

static Object *set_iter(ThreadState *ts, Object *self) { return setiter_new(ts, self); }

/* Binary operators: both operands must be sets; the result's type follows
 * the left one (frozenset | set is a frozenset). */
static Object *set_or(ThreadState *ts, Object *a, Object *b) {
    if (!set_check(a) || !set_check(b)) return NEWREF(NotImplemented);
    return union_multi(ts, (SetObject *)a, &b, 1);
}

static Object *set_and(ThreadState *ts, Object *a, Object *b) {
    if (!set_check(a) || !set_check(b)) return NEWREF(NotImplemented);
    return intersection(ts, (SetObject *)a, b);
}

static Object *set_sub(ThreadState *ts, Object *a, Object *b) {
    if (!set_check(a) || !set_check(b)) return NEWREF(NotImplemented);
    return difference(ts, (SetObject *)a, b);
}

static Object *set_xor(ThreadState *ts, Object *a, Object *b) {
    if (!set_check(a) || !set_check(b)) return NEWREF(NotImplemented);
    return symmetric_difference(ts, (SetObject *)a, b);
}

static Object *set_ior(ThreadState *ts, Object *a, Object *b) {
    if (!set_check(b)) return NEWREF(NotImplemented);
    if (update_internal(ts, (SetObject *)a, b) < 0) return NULL;
    return NEWREF(a);
}

static Object *set_iand(ThreadState *ts, Object *a, Object *b) {
    if (!set_check(b)) return NEWREF(NotImplemented);
    if (intersection_update(ts, (SetObject *)a, b) < 0) return NULL;
    return NEWREF(a);
}

static Object *set_isub(ThreadState *ts, Object *a, Object *b) {
    if (!set_check(b)) return NEWREF(NotImplemented);
    if (difference_update_internal(ts, (SetObject *)a, b) < 0) return NULL;
    return NEWREF(a);
}

static Object *set_ixor(ThreadState *ts, Object *a, Object *b) {
    if (!set_check(b)) return NEWREF(NotImplemented);
    if (symmetric_difference_update(ts, (SetObject *)a, b) < 0) return NULL;
    return NEWREF(a);
}

static int set_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                    Object *kwnames);

/* set() builds an empty set; __init__ fills it, so a subclass's own
 * __init__ may take other arguments. */
static Object *set_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                            Object *kwnames) {
    if ((type == &SetType || type->init == set_init) && args_no_kwargs(ts, "set", kwnames) < 0)
        return NULL;
    return make_new_set(ts, type, NULL);
}

static int set_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                    Object *kwnames) {
    if (args_no_kwargs(ts, "set", kwnames) < 0) return -1;
    if (args_count(ts, TYPE_NAME(self), nargs, 0, 1) < 0) return -1;
    SetObject *so = (SetObject *)self;
    if (so->fill) clear_internal(so);
    so->hash = -1;
    return nargs ? update_internal(ts, so, args[0]) : 0;
}

/* frozenset() does everything in __new__: the object is complete (and
 * hashable) the moment it exists. */
static Object *frozenset_new_slot(ThreadState *ts, TypeObject *type, Object *const *args,
                                  size_t nargs, Object *kwnames) {
    if ((type == &FrozenSetType || type->init == FrozenSetType.init) &&
        args_no_kwargs(ts, "frozenset", kwnames) < 0)
        return NULL;
    if (args_count(ts, type->name, nargs, 0, 1) < 0) return NULL;
    return make_new_frozenset(ts, type, nargs ? args[0] : NULL);
}

/* ---- methods ----------------------------------------------------------------- */


/* A METH_NOARGS ([n] 0) or METH_O ([n] 1) method, named as CPython names
 * it: "set.add() takes exactly one argument (0 given)". */
static int check_args(ThreadState *ts, Object *self, const char *meth, size_t nargs, size_t n) {
    if (nargs == n) return 0;
    char qualname[64];
    snprintf(qualname, sizeof qualname, "%s.%s", is_mutable_set(self) ? "set" : "frozenset", meth);
    return args_exactly(ts, qualname, nargs, NULL, n);
}

static CFUNC(set_m_add) {
    if (check_args(ts, self, "add", nargs, 1) < 0) return NULL;
    if (add_key(ts, (SetObject *)self, args[0]) < 0) return NULL;
    return none_new();
}

static CFUNC(set_m_remove) {
    if (check_args(ts, self, "remove", nargs, 1) < 0) return NULL;
    int rv = frozen_retry(ts, (SetObject *)self, args[0], discard_key);
    if (rv < 0) return NULL;
    if (rv == 0) return err_set_object(ts, &ExcKeyError, args[0]);
    return none_new();
}

static CFUNC(set_m_discard) {
    if (check_args(ts, self, "discard", nargs, 1) < 0) return NULL;
    if (frozen_retry(ts, (SetObject *)self, args[0], discard_key) < 0) return NULL;
    return none_new();
}

static CFUNC(set_m_pop) {
    if (check_args(ts, self, "pop", nargs, 0) < 0) return NULL;
    return set_pop(ts, self);
}

static CFUNC(set_m_clear) {
    if (check_args(ts, self, "clear", nargs, 0) < 0) return NULL;
    clear_internal((SetObject *)self);
    return none_new();
}

static CFUNC(set_m_copy) {
    if (check_args(ts, self, "copy", nargs, 0) < 0) return NULL;
    return set_copy(ts, self);
}

static CFUNC(frozenset_m_copy) {
    if (check_args(ts, self, "copy", nargs, 0) < 0) return NULL;
    if (obj_is_type_exact(self, &FrozenSetType)) return NEWREF(self);
    return set_copy(ts, self);
}

static CFUNC(set_m_contains) {
    if (check_args(ts, self, "__contains__", nargs, 1) < 0) return NULL;
    int rv = set_contains_slot(ts, self, args[0]);
    return rv < 0 ? NULL : bool_from(rv);
}

static CFUNC(set_m_update) {
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(ts, (SetObject *)self, args[i]) < 0) return NULL;
    return none_new();
}

static CFUNC(set_m_union) {
    return union_multi(ts, (SetObject *)self, args, nargs);
}

static CFUNC(set_m_intersection) {
    return intersection_multi(ts, (SetObject *)self, args, nargs);
}

static CFUNC(set_m_intersection_update) {
    Object *tmp = intersection_multi(ts, (SetObject *)self, args, nargs);
    if (!tmp) return NULL;
    swap_bodies((SetObject *)self, (SetObject *)tmp);
    DECREF(tmp);
    return none_new();
}

static CFUNC(set_m_difference) {
    return difference_multi(ts, (SetObject *)self, args, nargs);
}

static CFUNC(set_m_difference_update) {
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(ts, (SetObject *)self, args[i]) < 0) return NULL;
    return none_new();
}

static CFUNC(set_m_symmetric_difference) {
    if (check_args(ts, self, "symmetric_difference", nargs, 1) < 0) return NULL;
    return symmetric_difference(ts, (SetObject *)self, args[0]);
}

static CFUNC(set_m_symmetric_difference_update) {
    if (check_args(ts, self, "symmetric_difference_update", nargs, 1) < 0) return NULL;
    if (symmetric_difference_update(ts, (SetObject *)self, args[0]) < 0) return NULL;
    return none_new();
}

static CFUNC(set_m_issubset) {
    if (check_args(ts, self, "issubset", nargs, 1) < 0) return NULL;
    return issubset(ts, (SetObject *)self, args[0]);
}

static CFUNC(set_m_issuperset) {
    if (check_args(ts, self, "issuperset", nargs, 1) < 0) return NULL;
    return issuperset(ts, (SetObject *)self, args[0]);
}

static CFUNC(set_m_isdisjoint) {
    if (check_args(ts, self, "isdisjoint", nargs, 1) < 0) return NULL;
    return isdisjoint(ts, (SetObject *)self, args[0]);
}

static const MethodDef set_methods[] = {
    {"add", set_m_add, 0, "Add an element to a set."},
    {"clear", set_m_clear, 0, "Remove all elements from this set."},
    {"__contains__", set_m_contains, 0, "x.__contains__(y) <==> y in x."},
    {"copy", set_m_copy, 0, "Return a shallow copy of a set."},
    {"discard", set_m_discard, 0, "Remove an element from a set if it is a member."},
    {"difference", set_m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"difference_update", set_m_difference_update, 0, "Remove all elements of another set from this set."},
    {"intersection", set_m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"intersection_update", set_m_intersection_update, 0, "Update a set with the intersection of itself and another."},
    {"isdisjoint", set_m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", set_m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", set_m_issuperset, 0, "Report whether this set contains another set."},
    {"pop", set_m_pop, 0, "Remove and return an arbitrary set element."},
    {"remove", set_m_remove, 0, "Remove an element from a set; it must be a member."},
    {"symmetric_difference", set_m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", set_m_symmetric_difference_update, 0, "Update a set with the symmetric difference of itself and another."},
    {"union", set_m_union, 0, "Return the union of sets as a new set."},
    {"update", set_m_update, 0, "Update a set with the union of itself and others."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

static const MethodDef frozenset_methods[] = {
    {"__contains__", set_m_contains, 0, "x.__contains__(y) <==> y in x."},
    {"copy", frozenset_m_copy, 0, "Return a shallow copy of a set."},
    {"difference", set_m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"intersection", set_m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"isdisjoint", set_m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", set_m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", set_m_issuperset, 0, "Report whether this set contains another set."},
    {"symmetric_difference", set_m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"union", set_m_union, 0, "Return the union of sets as a new set."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

TypeObject SetType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "set",
    .basicsize = sizeof(SetObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_MATCH_SELF,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = obj_hash_unhashable,
    .richcompare = set_richcompare,
    .getattr = obj_generic_getattr,
    .iter = set_iter,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .new_ = set_new_slot,
    .init = set_init,
    .binop = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor},
    .inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUB] = set_isub, [NB_XOR] = set_ixor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = set_methods,
};

TypeObject FrozenSetType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "frozenset",
    .basicsize = sizeof(SetObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_MATCH_SELF,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .getattr = obj_generic_getattr,
    .iter = set_iter,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .new_ = frozenset_new_slot,
    .binop = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
};

/* ==== set_iterator ============================================================ */

typedef struct {
    OBJECT_HEAD;
    Object *set;          /* NULL when exhausted */
    ssize_t used;         /* len(set) when iteration started; -1 after an error */
    ssize_t pos;          /* next slot to look at */
    ssize_t len;          /* keys not yet returned (for __length_hint__) */
} SetIterObject;

static Object *setiter_new(ThreadState *ts, Object *set) {
    SetIterObject *it = (SetIterObject *)obj_alloc(ts, &SetIterType, sizeof(SetIterObject));
    if (!it) return NULL;
    it->set = NEWREF(set);
    it->used = SET_SIZE(set);
    it->len = it->used;
    gc_track(ts, (Object *)it);
    return (Object *)it;
}

/* Only a change of size is detected, as in CPython: removing one key and
 * adding another goes unnoticed (and may skip or repeat keys). */
static Object *setiter_next(ThreadState *ts, Object *self) {
    SetIterObject *it = (SetIterObject *)self;
    SetObject *so = (SetObject *)it->set;
    if (!so) return NULL;
    if (it->used != so->used) {
        it->used = -1;    /* every later call fails too */
        return err_set_string(ts, &ExcRuntimeError, "Set changed size during iteration");
    }
    SetEntry *e;
    if (!next_entry(so, &it->pos, &e)) {
        CLEAR(it->set);
        return NULL;
    }
    it->len--;
    return NEWREF(e->key);
}

static void setiter_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(((SetIterObject *)self)->set);
    obj_free(self);
}

static int setiter_traverse(Object *self, VisitFunc visit, void *arg) {
    Object *s = ((SetIterObject *)self)->set;
    return s ? visit(s, arg) : 0;
}

static Object *setiter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

static CFUNC(setiter_length_hint) {
    SetIterObject *it = (SetIterObject *)self;
    ssize_t n = it->set && it->used == SET_SIZE(it->set) ? it->len : 0;
    return int_from_i64(ts, n);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL},
};

TypeObject SetIterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .getattr = obj_generic_getattr,
    .iter = setiter_self,
    .next = setiter_next,
    .methods = setiter_methods,
};
