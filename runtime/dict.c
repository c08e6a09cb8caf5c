/* dict.c -- the dict type: an insertion-ordered hash table.
 *
 * Lesson 1 (what can be a dict key?) and lesson 10 (scaling) are both about
 * this file. Start with the essay, then read lookup().
 *
 * How the table works
 * ===================
 * A dict keeps two arrays, as CPython's "compact dict" does:
 *
 *   entries[]  dense, in insertion order: (hash, key, value) per item.
 *              Deleting an item leaves a hole (key == NULL) so the order of
 *              the others does not change.
 *   indices[]  sparse, a power-of-two number of slots. Each slot holds the
 *              position of an entry, or EMPTY (never used), or DUMMY (its
 *              entry was deleted).
 *
 * Iterating walks entries[] front to back, which is why a dict remembers
 * insertion order. Looking a key up walks indices[]:
 *
 *   1. Hash the key (hash(key); TypeError here if it is unhashable).
 *   2. Start at slot  i = hash & mask  (mask = size - 1).
 *   3. EMPTY slot: the key is not in the table (an insert goes here, or in
 *      the first DUMMY slot passed on the way).
 *      DUMMY slot: keep probing -- the key may be further along.
 *      An entry: same object -> found; same hash -> ask key.__eq__, and if
 *      equal -> found. Otherwise a collision: keep probing.
 *   4. The next slot is  i = (5*i + 1 + perturb) & mask, where perturb
 *      starts as the full hash and is shifted right by 5 bits every step.
 *      The recurrence 5*i+1 alone visits every slot of a power-of-two table;
 *      perturb mixes in the high bits of the hash first, so keys whose hashes
 *      differ only in high bits soon part ways.
 *
 * Because step 3 compares hashes before calling __eq__, two keys that are
 * equal must have equal hashes: that is the contract behind "hashable". It
 * is also why 1, 1.0 and True are one key: they are equal and hash alike.
 * And it is why a class whose __hash__ returns a constant makes every lookup
 * walk a chain of collisions, each costing an __eq__ call: O(n), not O(1).
 *
 * Load factor. At most 2/3 of the index slots may be used by entries
 * (live or deleted), so an EMPTY slot is always near. When entries[] is
 * full, the table is rebuilt with 3 * (live items) slots -- rounded up to
 * a power of two, at least 8 -- as CPython's GROWTH_RATE says: five items
 * in 8 slots grow to 16, ten in 16 to 32. Rebuilding drops the holes of
 * deleted items, so a table that grew large and was mostly emptied shrinks
 * at its next rebuild; clear() shrinks it at once.
 *
 * Tables whose keys are all exact str (every module namespace, instance
 * dicts, keyword arguments) take a faster path: a str's __eq__ cannot run
 * Python code, and interned identifiers usually match by address.
 */
#include <stdlib.h>
#include <string.h>

#include "typealias.h"
#include "dict.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "func.h"
#include "set.h"
#include "tablewalk.h"
#include "args.h"

#define DICT_MINSIZE 8
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5
#define USABLE(size) (((size) << 1) / 3)

/* Every change gives the dict a new version from one counter, so (dict,
 * version) never repeats: the VM's global-name caches rely on it. */
static inline void bump_version(DictObject *d) {
    Interp *interp = ts_current()->interp;
    d->version = ++interp->dict_versions;
    if (UNLIKELY(d->type_dict)) type_epoch++;     /* what type_lookup_borrowed cached may be stale */
}

/* A key came or went (or may have): both versions move. */
static inline void bump_keys_version(DictObject *d) {
    bump_version(d);
    d->keys_version = d->version;
}

/* Index slots are as narrow as the table allows, as CPython's are: one byte
 * each up to 128 slots, two up to 32768, then four, then eight. Most tables
 * are small, and a narrower index keeps more of a big one in the cache. */
static inline size_t ix_width(uint8_t log2_size) {
    return log2_size < 8 ? 1 : log2_size < 16 ? 2 : log2_size < 32 ? 4 : 8;
}

static ALWAYS_INLINE ssize_t ix_get(const DictObject *d, size_t i) {
    uint8_t l = d->log2_size;
    if (l < 8) return ((const int8_t *)d->indices)[i];
    if (l < 16) return ((const int16_t *)d->indices)[i];
    if (l < 32) return ((const int32_t *)d->indices)[i];
    return ((const int64_t *)d->indices)[i];
}

static ALWAYS_INLINE void ix_set(DictObject *d, size_t i, ssize_t v) {
    uint8_t l = d->log2_size;
    if (l < 8) ((int8_t *)d->indices)[i] = (int8_t)v;
    else if (l < 16) ((int16_t *)d->indices)[i] = (int16_t)v;
    else if (l < 32) ((int32_t *)d->indices)[i] = (int32_t)v;
    else ((int64_t *)d->indices)[i] = (int64_t)v;
}
static inline size_t dict_mask(DictObject *d) { return ((size_t)1 << d->log2_size) - 1; }

/* Is [d] one of the program's tables (under --trace=dict:all, every table
 * is)? Then its searches are counted and narrated. */
static inline bool is_watched(ThreadState *ts, DictObject *d) {
    (void)ts;
    return UNLIKELY(d->watched);
}

static int dict_alloc_tables(ThreadState *ts, DictObject *d, uint8_t log2_size) {
    size_t size = (size_t)1 << log2_size;
    void *ix = rawmem_alloc(size * ix_width(log2_size));
    DictEntry *entries = rawmem_alloc(USABLE(size) * sizeof(DictEntry));
    if (!ix || !entries) {
        rawmem_free(ix);
        rawmem_free(entries);
        err_no_memory(ts);
        return -1;
    }
    memset(ix, 0xff, size * ix_width(log2_size));     /* every slot IX_EMPTY (-1), at any width */
    d->indices = ix;
    d->entries = entries;
    d->log2_size = log2_size;
    d->capacity = (ssize_t)USABLE(size);
    d->nentries = 0;
    return 0;
}

Object *dict_new(ThreadState *ts) {
    DictObject *d = (DictObject *)obj_alloc(ts, &DictType, sizeof(DictObject));
    if (!d) return NULL;
    d->str_keys = true;
    d->watched = ts->interp->watch_all_tables;
    d->version = d->keys_version = ++ts->interp->dict_versions;
    gc_track(ts, (Object *)d);
    return (Object *)d;
}

Object *dict_new_watched(ThreadState *ts) {
    Object *d = dict_new(ts);
    if (d) ((DictObject *)d)->watched = true;
    return d;
}

/* The log2 of the table for [minsize] slots, bit for bit CPython's
 * calculate_log2_keysize(): the bit length of ((minsize | 8) - 1) | 7.
 * That is not always the smallest power of two: 1..7 give 16 and 32 gives
 * 64. It decides when a rebuild compacts the entries, and so where an
 * iterator over a dict whose keys were deleted and added stands: with any
 * other sizes "dictionary keys changed during iteration" comes or not
 * where CPython's does not. */
static uint8_t log2_for(ssize_t minsize) {
    size_t m = (((size_t)minsize | DICT_MINSIZE) - 1) | (DICT_MINSIZE - 1);
    uint8_t log2 = 0;
    for (; m; m >>= 1) log2++;
    return log2;
}

/* Rebuild the table with 2**log2 slots, keeping order and dropping holes. */
static int dict_resize(ThreadState *ts, DictObject *d, uint8_t log2) {
    void *old_ix = d->indices;
    DictEntry *old = d->entries;
    ssize_t old_n = d->nentries;
    size_t old_slots = old_ix ? dict_mask(d) + 1 : 0;
    if (dict_alloc_tables(ts, d, log2) < 0) return -1;
    if (old_ix && is_watched(ts, d)) table_resized(ts, (Object *)d, old_slots, dict_mask(d) + 1, d->used, old_n - d->used);
    size_t mask = dict_mask(d);
    ssize_t n = 0;
    for (ssize_t k = 0; k < old_n; k++) {
        if (!old[k].key) continue;
        d->entries[n] = old[k];
        uint64_t h = (uint64_t)old[k].hash;
        size_t i = h & mask;
        for (uint64_t perturb = h; ix_get(d, i) != IX_EMPTY;) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        ix_set(d, i, n);
        n++;
    }
    d->nentries = n;
    rawmem_free(old_ix);
    rawmem_free(old);
    return 0;
}

/* ---- lookup ------------------------------------------------------------- */

/* The first EMPTY or DUMMY slot on [hash]'s probe sequence: where a new
 * entry goes (CPython's find_empty_slot). [d] has tables. */
static size_t find_empty_slot(DictObject *d, int64_t hash) {
    size_t mask = dict_mask(d);
    size_t i = (uint64_t)hash & mask;
    for (uint64_t perturb = (uint64_t)hash; ix_get(d, i) >= 0;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* A walk (runtime/tablewalk.h) for a search of [d] if it is watched and
 * --trace=dict narrates, else NULL. A watched table's searches are counted
 * either way: by the walk, or -- the usual case, no narration -- by probe()
 * itself. */
#define WALK_FOR(d, w) (is_watched(ts, (d)) && TRACE_ON(TRACE_DICT) ? (w) : NULL)

/* The probe loop, written once. [walk] is NULL for the interpreter's own
 * tables; for the program's tables it counts, and under --trace=dict
 * narrates, each slot looked at. [str_only]: the table's keys and [key] are
 * all exact strs, so == cannot run Python code or fail. Both are constants
 * where lookup() calls this, so the compiler makes four loops of this one.
 * Returns the entry index (>= 0), with *slot set to the index slot that
 * holds it; or -1 if absent, with *slot set to where an insert goes (the first dummy passed, else the empty slot that ended
 * the search); or -2 when an __eq__ raised. */
static ALWAYS_INLINE ssize_t probe(ThreadState *ts, DictObject *d, Object *key, int64_t hash, size_t *slot,
                                   TableWalk *walk, const bool str_only, const bool count) {
/* one slot looked at: narrated by the walk, or just counted */
#define PROBED(what, entry, found, eq)                                      \
    do {                                                                    \
        if (walk) walk_probe(ts, walk, i, what, entry, found, eq);          \
        else if (count) probe_counted(ts, (int)(eq));                       \
    } while (0)
    bool ran_code = false;       /* an __eq__ ran since the search (re)started */
top:
    if (!str_only && UNLIKELY(!d->indices)) {    /* an __eq__ cleared the dict */
        if (slot) *slot = 0;
        return -1;
    }
    size_t mask = dict_mask(d);
    size_t i = (uint64_t)hash & mask;
    size_t free_slot = SIZE_MAX;
    for (uint64_t perturb = (uint64_t)hash;;) {
        ssize_t e = ix_get(d, i);
        if (e == IX_EMPTY) {
            PROBED(PROBE_EMPTY, -1, NULL, -1);
            /* the dummy slot passed before an __eq__ ran may hold an entry now */
            if (slot) *slot = !str_only && ran_code ? find_empty_slot(d, hash)
                            : free_slot != SIZE_MAX ? free_slot : i;
            return -1;
        }
        if (e == IX_DUMMY) {
            PROBED(PROBE_DUMMY, -1, NULL, -1);
            if (free_slot == SIZE_MAX) free_slot = i;
        } else {
            DictEntry *ep = &d->entries[e];
            Object *startkey = ep->key;
            if (startkey == key) {
                PROBED(PROBE_MATCH, e, startkey, -1);
                if (slot) *slot = i;
                return e;
            }
            if (ep->hash != hash) {
                PROBED(PROBE_OTHER_HASH, e, startkey, -1);
            } else if (str_only) {
                bool eq = str_eq(startkey, key);
                PROBED(eq ? PROBE_MATCH : PROBE_COLLISION, e, startkey, eq);
                if (eq) { if (slot) *slot = i; return e; }
            } else if (int_check_exact(startkey) && int_check_exact(key) && int_is_small(startkey) &&
                       int_is_small(key)) {
                /* two ints: == is a comparison of values, no Python code can run */
                bool eq = int_small_value(startkey) == int_small_value(key);
                PROBED(eq ? PROBE_MATCH : PROBE_COLLISION, e, startkey, eq);
                if (eq) { if (slot) *slot = i; return e; }
            } else {
                /* __eq__ is Python code: it may change the table, even free
                 * it and build another (possibly at the same address) */
                void *start_ix = d->indices;
                DictEntry *start_entries = d->entries;
                uint8_t start_log2 = d->log2_size;
                INCREF(startkey);
                if (walk) walk_before_eq(ts, walk, startkey);
                int eq = obj_richcompare_bool(ts, startkey, key, CMP_EQ);
                PROBED(eq > 0 ? PROBE_MATCH : PROBE_COLLISION, e, startkey, eq < 0 ? 2 : eq);
                DECREF(startkey);
                if (eq < 0) return -2;
                ran_code = true;
                /* not the same table, or not the same key in this entry: start over */
                if (d->indices != start_ix || d->entries != start_entries || d->log2_size != start_log2 ||
                    e >= d->nentries || d->entries[e].key != startkey)
                    goto top;
                if (eq) { if (slot) *slot = i; return e; }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
#undef PROBED
}

static NOINLINE ssize_t lookup_walked(ThreadState *ts, DictObject *d, Object *key, int64_t hash, size_t *slot,
                                      TableWalk *walk) {
    if (d->str_keys && str_check_exact(key)) return probe(ts, d, key, hash, slot, walk, true, false);
    return probe(ts, d, key, hash, slot, walk, false, false);
}

/* A search of a watched table, not narrated: counted as it goes. */
static ssize_t lookup_counted(ThreadState *ts, DictObject *d, Object *key, int64_t hash, size_t *slot) {
    ts->interp->table_stats.lookups++;
    if (!d->indices) { if (slot) *slot = 0; return -1; }
    if (d->str_keys && str_check_exact(key)) return probe(ts, d, key, hash, slot, NULL, true, true);
    return probe(ts, d, key, hash, slot, NULL, false, true);
}

/* Find [key] with [hash], as probe() describes; [walk] as WALK_FOR(). */
static ssize_t lookup(ThreadState *ts, DictObject *d, Object *key, int64_t hash, size_t *slot, TableWalk *walk) {
    if (UNLIKELY(walk != NULL)) {
        if (!d->indices) { if (slot) *slot = 0; return -1; }
        return lookup_walked(ts, d, key, hash, slot, walk);
    }
    if (d->watched) return lookup_counted(ts, d, key, hash, slot);
    if (!d->indices) { if (slot) *slot = 0; return -1; }
    if (d->str_keys && str_check_exact(key)) return probe(ts, d, key, hash, slot, NULL, true, false);
    return probe(ts, d, key, hash, slot, NULL, false, false);
}

/* A whole search for reading: lookup() inside a walk of its own. */
static ssize_t find(ThreadState *ts, DictObject *d, Object *key, int64_t hash) {
    TableWalk w, *walk = WALK_FOR(d, &w);
    if (!walk) return lookup(ts, d, key, hash, NULL, NULL);
    size_t nslots = d->indices ? dict_mask(d) + 1 : 0;
    walk_begin(ts, walk, (Object *)d, TABLE_LOOKUP, key, hash, nslots);
    ssize_t e = lookup(ts, d, key, hash, NULL, walk);
    walk_end(ts, walk, e >= 0 ? OUTCOME_FOUND : e == -1 ? OUTCOME_NOT_FOUND : OUTCOME_EQ_RAISED, e, 0, 0, nslots);
    return e;
}

Object *dict_get_hashed_borrowed(ThreadState *ts, Object *self, Object *key, int64_t hash) {
    DictObject *d = (DictObject *)self;
    ssize_t e = find(ts, d, key, hash);
    return e >= 0 ? d->entries[e].value : NULL;
}

Object *dict_get_borrowed(ThreadState *ts, Object *self, Object *key) {
    int64_t hash = table_key_hash(ts, key);
    if (hash == -1) return NULL;
    return dict_get_hashed_borrowed(ts, self, key, hash);
}

/* The VM's path for names and attributes: a str key, usually in a table
 * of str keys only, so probe() with nothing to count or narrate. */
Object *dict_get_str_borrowed(ThreadState *ts, Object *self, Object *key) {
    DictObject *d = (DictObject *)self;
    int64_t hash = str_hash(key);
    if (LIKELY(d->str_keys && !is_watched(ts, d))) {
        if (!d->indices) return NULL;
        ssize_t e = probe(ts, d, key, hash, NULL, NULL, true, false);
        return e >= 0 ? d->entries[e].value : NULL;
    }
    return dict_get_hashed_borrowed(ts, self, key, hash);
}

/* A short ASCII key is looked up through a str made on the C stack, so
 * that the lookup needs no memory (print() finds sys.stdout whatever is
 * left); it never escapes, so nothing keeps it. A watched table's search is
 * narrated, and the narration may name its key: that gets a real str. */
Object *dict_get_cstr_borrowed(ThreadState *ts, Object *d, const char *key) {
    size_t n = strlen(key);
    struct { StrObject s; char text[48]; } tmp;
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)key[i] >= 0x80) ascii = false;
    if (ascii && n < sizeof tmp.text && !is_watched(ts, (DictObject *)d)) {
        tmp.s.head.refcnt = IMMORTAL_REFCNT;
        tmp.s.head.type = &StrType;
        tmp.s.hash = -1;
        tmp.s.length = tmp.s.size = n;
        tmp.s.ascii = true;
        tmp.s.interned = false;
        memcpy(tmp.s.data, key, n + 1);
        return dict_get_str_borrowed(ts, d, (Object *)&tmp.s);
    }
    Object *k = str_from_cstr(ts, key);
    if (!k) return NULL;
    Object *v = dict_get_str_borrowed(ts, d, k);
    DECREF(k);
    return v;
}

/* ---- insertion and deletion -------------------------------------------- */

/* Store [value] under [key] in one search. If the key is there already:
 * replace its value, or with [keep] leave it. *current (if not NULL) is set
 * to the value the key has afterwards (borrowed). A replaced value is
 * released, or with [old] handed to the caller (a new reference). */
static int insert_or_keep(ThreadState *ts, DictObject *d, Object *key, int64_t hash, Object *value, bool keep,
                          Object **current, Object **old_out) {
    if (current) *current = value;
    if (!d->indices && dict_alloc_tables(ts, d, 3) < 0) return -1;
    TableWalk w, *walk = WALK_FOR(d, &w);
    size_t nslots = dict_mask(d) + 1;
    if (walk) walk_begin(ts, walk, (Object *)d, TABLE_INSERT, key, hash, nslots);
    size_t slot;
    ssize_t e = lookup(ts, d, key, hash, &slot, walk);
    if (e == -2) {
        if (walk) walk_end(ts, walk, OUTCOME_EQ_RAISED, -1, 0, 0, nslots);
        return -1;
    }
    if (e >= 0 && keep) {
        if (current) *current = d->entries[e].value;
        if (walk) walk_end(ts, walk, OUTCOME_VALUE_KEPT, e, slot, 0, nslots);
        return 0;
    }
    if (e >= 0) {
        Object *old = d->entries[e].value;
        d->entries[e].value = NEWREF(value);
        bump_version(d);
        if (walk) walk_end(ts, walk, OUTCOME_VALUE_REPLACED, e, slot, 0, nslots);
        if (old_out) *old_out = old;
        else DECREF(old);
        return 0;
    }
    if (d->nentries >= d->capacity) {          /* full -- or emptied by an __eq__ (no table) */
        if (walk) walk_end(ts, walk, OUTCOME_GROWS_FIRST, -1, 0, d->capacity, nslots);
        /* grow to room for 3 * used (CPython's GROWTH_RATE) */
        if (dict_resize(ts, d, log2_for(d->used * 3)) < 0) return -1;
        /* find the insertion slot in the new table */
        slot = find_empty_slot(d, hash);
        nslots = dict_mask(d) + 1;
        if (walk) {
            walk_begin(ts, walk, (Object *)d, TABLE_INSERT, key, hash, nslots);
            walk_probe(ts, walk, slot, PROBE_EMPTY, -1, NULL, -1);
        } else if (is_watched(ts, d)) {       /* counted as the walk would: a second search, one probe */
            ts->interp->table_stats.lookups++;
            ts->interp->table_stats.probes++;
        }
    }
    if (!str_check_exact(key)) d->str_keys = false;
    bool reused = ix_get(d, slot) == IX_DUMMY;
    DictEntry *ep = &d->entries[d->nentries];
    ep->hash = hash;
    ep->key = NEWREF(key);
    ep->value = NEWREF(value);
    ix_set(d, slot, d->nentries);
    d->nentries++;
    d->used++;
    bump_keys_version(d);
    if (walk) walk_end(ts, walk, reused ? OUTCOME_NEW_ENTRY_IN_DUMMY : OUTCOME_NEW_ENTRY, d->nentries - 1, slot, 0, nslots);
    return 0;
}

static int insert(ThreadState *ts, DictObject *d, Object *key, int64_t hash, Object *value) {
    return insert_or_keep(ts, d, key, hash, value, false, NULL, NULL);
}

Object *dict_setdefault_borrowed(ThreadState *ts, Object *self, Object *key, Object *dflt) {
    int64_t hash = table_key_hash(ts, key);
    if (hash == -1) return NULL;
    Object *current;
    if (insert_or_keep(ts, (DictObject *)self, key, hash, dflt, true, &current, NULL) < 0) return NULL;
    return current;
}

int dict_set(ThreadState *ts, Object *self, Object *key, Object *value) {
    int64_t hash = table_key_hash(ts, key);
    if (hash == -1) return -1;
    return insert(ts, (DictObject *)self, key, hash, value);
}

int dict_set_swap(ThreadState *ts, Object *self, Object *key, Object *value, Object **old) {
    *old = NULL;
    int64_t hash = table_key_hash(ts, key);
    if (hash == -1) return -1;
    return insert_or_keep(ts, (DictObject *)self, key, hash, value, false, NULL, old);
}

int dict_set_cstr(ThreadState *ts, Object *d, const char *key, Object *value) {
    Object *k = str_intern_cstr(ts, key);
    if (!k) return -1;
    int r = dict_set(ts, d, k, value);
    DECREF(k);
    return r;
}

/* Remove entry [e], indexed from slot [i]. */
static void delete_entry_at(DictObject *d, ssize_t e, size_t i) {
    ix_set(d, i, IX_DUMMY);
    Object *k = d->entries[e].key, *v = d->entries[e].value;
    d->entries[e].key = NULL;
    d->entries[e].value = NULL;
    d->used--;
    bump_keys_version(d);
    DECREF(k);
    DECREF(v);
}

/* Remove entry [e], finding its index slot by the search for [hash]. */
static void delete_entry(DictObject *d, ssize_t e, int64_t hash) {
    size_t mask = dict_mask(d);
    size_t i = (uint64_t)hash & mask;
    for (uint64_t perturb = (uint64_t)hash; ix_get(d, i) != e;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    delete_entry_at(d, e, i);
}

int dict_pop(ThreadState *ts, Object *self, Object *key, Object **value) {
    DictObject *d = (DictObject *)self;
    int64_t hash = table_key_hash(ts, key);
    if (hash == -1) return -1;
    TableWalk w, *walk = WALK_FOR(d, &w);
    size_t nslots = d->indices ? dict_mask(d) + 1 : 0;
    if (walk) walk_begin(ts, walk, self, TABLE_DELETE, key, hash, nslots);
    size_t slot;
    ssize_t e = lookup(ts, d, key, hash, &slot, walk);
    if (e < 0) {
        if (walk) walk_end(ts, walk, e == -1 ? OUTCOME_NOT_FOUND : OUTCOME_EQ_RAISED, -1, 0, 0, nslots);
        return e == -2 ? -1 : 0;
    }
    if (walk) walk_end(ts, walk, OUTCOME_DELETED, e, slot, 0, nslots);
    if (value) *value = NEWREF(d->entries[e].value);
    delete_entry_at(d, e, slot);
    return 1;
}

int dict_del_if_present(ThreadState *ts, Object *self, Object *key) {
    return dict_pop(ts, self, key, NULL);
}

int dict_del(ThreadState *ts, Object *self, Object *key) {
    int r = dict_del_if_present(ts, self, key);
    if (r == 0) {
        err_set_object(ts, &ExcKeyError, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

int dict_contains(ThreadState *ts, Object *self, Object *key) {
    int64_t hash = table_key_hash(ts, key);
    if (hash == -1) return -1;
    ssize_t e = find(ts, (DictObject *)self, key, hash);
    return e == -2 ? -1 : e >= 0;
}

bool dict_next(Object *self, ssize_t *pos, Object **key, Object **value) {
    DictObject *d = (DictObject *)self;
    ssize_t i = *pos;
    while (i < d->nentries && d->entries[i].key == NULL) i++;
    if (i >= d->nentries) return false;
    if (key) *key = d->entries[i].key;
    if (value) *value = d->entries[i].value;
    *pos = i + 1;
    return true;
}

void dict_clear(Object *self) {
    DictObject *d = (DictObject *)self;
    DictEntry *entries = d->entries;
    ssize_t n = d->nentries;
    rawmem_free(d->indices);
    d->indices = NULL;
    d->entries = NULL;
    d->nentries = d->used = d->capacity = 0;
    d->log2_size = 0;
    d->str_keys = true;
    bump_keys_version(d);
    for (ssize_t i = 0; i < n; i++) {
        if (entries[i].key) {
            DECREF(entries[i].key);
            DECREF(entries[i].value);
        }
    }
    rawmem_free(entries);
}

/* Give the empty [dst] a copy of [src]'s tables: both arrays copied as
 * they are, holes and all, and every key and value counted once more. No
 * key is compared, so no Python code runs. dst's own (empty) tables go. */
static int clone_tables(ThreadState *ts, DictObject *dst, DictObject *src) {
    void *old_ix = dst->indices;
    DictEntry *old_entries = dst->entries;
    if (dict_alloc_tables(ts, dst, src->log2_size) < 0) return -1;
    rawmem_free(old_ix);
    rawmem_free(old_entries);
    memcpy(dst->indices, src->indices, (dict_mask(src) + 1) * ix_width(src->log2_size));
    memcpy(dst->entries, src->entries, (size_t)src->nentries * sizeof(DictEntry));
    for (ssize_t i = 0; i < src->nentries; i++) {
        DictEntry *ep = &dst->entries[i];
        if (!ep->key) continue;
        INCREF(ep->key);
        INCREF(ep->value);
    }
    dst->nentries = src->nentries;
    dst->used = src->used;
    dst->str_keys = src->str_keys;
    bump_keys_version(dst);
    return 0;
}

/* A copy with the same tables (clone_tables). CPython's copy does this
 * when at most a third of the entries are holes, as here; it is much
 * cheaper than inserting item by item, and the copy's probe sequences are
 * the original's. */
static Object *dict_clone(ThreadState *ts, DictObject *d) {
    DictObject *dst = (DictObject *)dict_new(ts);
    if (!dst) return NULL;
    if (clone_tables(ts, dst, d) < 0) { DECREF(dst); return NULL; }
    dst->watched = d->watched;
    return (Object *)dst;
}

static int merge_kwarg(ThreadState *ts, Object *self, Object *key, Object *value, Object *func);

/* Insert the items of [src] into [dst] one at a time, as CPython's
 * dict_merge does: for d.update(src), a copy with holes, and f(**src) (then
 * [kw_func] is f, for merge_kwarg's rules). Each insertion may run Python
 * code (a key's __eq__ against another with the same hash) that changes
 * src, so every key and value is held while it is inserted, the entries
 * are read again each time, and a change in src's number of entries
 * stops the merge with CPython's RuntimeError. */
static int merge_entries(ThreadState *ts, DictObject *dst, DictObject *src, Object *kw_func) {
    ssize_t n = src->nentries;
    for (ssize_t i = 0; i < n; i++) {
        DictEntry *ep = &src->entries[i];
        if (!ep->key) continue;
        Object *k = NEWREF(ep->key), *v = NEWREF(ep->value);
        int r = kw_func ? merge_kwarg(ts, (Object *)dst, k, v, kw_func) : insert(ts, dst, k, ep->hash, v);
        DECREF(k);
        DECREF(v);
        if (r < 0) return -1;
        if (src->nentries != n) {
            err_set_string(ts, &ExcRuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

Object *dict_copy(ThreadState *ts, Object *self) {
    DictObject *d = (DictObject *)self;
    if (d->indices && d->used >= (d->nentries * 2) / 3) return dict_clone(ts, d);
    Object *r = dict_new(ts);
    if (!r) return NULL;
    if (d->used && dict_resize_for(ts, (DictObject *)r, d->used) < 0) { DECREF(r); return NULL; }
    DictObject *dst = (DictObject *)r;
    if (merge_entries(ts, dst, d, NULL) < 0) { DECREF(r); return NULL; }
    dst->watched = d->watched;    /* the copy is quiet; a copy of the program's dict is the program's */
    return r;
}

/* Make room for [n] entries up front. */
int dict_resize_for(ThreadState *ts, DictObject *d, ssize_t n) {
    if (d->indices && d->capacity - d->nentries >= n) return 0;
    /* as CPython presizes: 1.5 slots per entry, rounded up to a power of two */
    ssize_t want = d->used + n;
    return dict_resize(ts, d, log2_for((want * 3 + 1) / 2));
}

static int update_from_pairs(ThreadState *ts, Object *self, Object *seq) {
    Object *it = obj_iter(ts, seq);
    if (!it) return -1;
    Object *item;
    size_t index = 0;
    while ((item = obj_next(ts, it)) != NULL) {
        Object *pair = tuple_check(item) ? NEWREF(item) : NULL;
        if (!pair) {
            if (!TYPE(item)->iter && !TYPE(item)->getitem) {
                err_format(ts, &ExcTypeError,
                           "cannot convert dictionary update sequence element #%zu to a sequence", index);
                DECREF(item);
                DECREF(it);
                return -1;
            }
            pair = tuple_from_iterable(ts, item);
            if (!pair) { DECREF(item); DECREF(it); return -1; }
        }
        DECREF(item);
        if (TUPLE_SIZE(pair) != 2) {
            err_format(ts, &ExcValueError,
                       "dictionary update sequence element #%zu has length %zu; 2 is required",
                       index, TUPLE_SIZE(pair));
            DECREF(pair);
            DECREF(it);
            return -1;
        }
        int r = dict_set(ts, self, TUPLE_GET(pair, 0), TUPLE_GET(pair, 1));
        DECREF(pair);
        if (r < 0) { DECREF(it); return -1; }
        index++;
    }
    DECREF(it);
    return err_occurred(ts) ? -1 : 0;
}

/* self.update(other) for a dict [other]. */
static int update_from_dict(ThreadState *ts, Object *self, Object *other) {
    DictObject *o = (DictObject *)other;
    DictObject *d = (DictObject *)self;
    if (other == self || o->used == 0) return 0;
    /* into an empty dict, from one with no holes and not mostly empty
     * slots: a clone, as CPython's dict_merge (no __eq__ runs) */
    if (d->used == 0 && o->used == o->nentries &&
        (o->log2_size == 3 || (ssize_t)USABLE((dict_mask(o) + 1) / 2) < o->used))
        return clone_tables(ts, d, o);
    return merge_entries(ts, d, o, NULL);
}

/* self.update(other) for a mapping [other] whose keys() is [keys_meth]. */
static int update_from_keys(ThreadState *ts, Object *self, Object *other, Object *keys_meth) {
    Object *keys = obj_call0(ts, keys_meth);
    if (!keys) return -1;
    Object *it = obj_iter(ts, keys);
    DECREF(keys);
    if (!it) return -1;
    Object *k;
    while ((k = obj_next(ts, it)) != NULL) {
        Object *v = obj_getitem(ts, other, k);
        int r = v ? dict_set(ts, self, k, v) : -1;
        XDECREF(v);
        DECREF(k);
        if (r < 0) { DECREF(it); return -1; }
    }
    DECREF(it);
    return err_occurred(ts) ? -1 : 0;
}

int dict_update(ThreadState *ts, Object *self, Object *other) {
    if (dict_check(other)) return update_from_dict(ts, self, other);
    Object *keys_meth = obj_lookup_attr(ts, other, ts->interp->ids.keys);
    if (!keys_meth) {
        if (err_occurred(ts)) return -1;
        return update_from_pairs(ts, self, other);
    }
    int r = update_from_keys(ts, self, other, keys_meth);
    DECREF(keys_meth);
    return r;
}

int dict_update_mapping(ThreadState *ts, Object *self, Object *other) {
    if (dict_check(other)) return update_from_dict(ts, self, other);
    Object *keys_meth = obj_lookup_attr(ts, other, ts->interp->ids.keys);
    if (!keys_meth) {
        if (!err_occurred(ts)) err_format(ts, &ExcTypeError, "'%s' object is not a mapping", TYPE_NAME(other));
        return -1;
    }
    int r = update_from_keys(ts, self, other, keys_meth);
    DECREF(keys_meth);
    return r;
}

/* One keyword of f(**m): a str key that self does not have yet. */
static int merge_kwarg(ThreadState *ts, Object *self, Object *key, Object *value, Object *func) {
    if (!str_check(key)) {
        err_format(ts, &ExcTypeError, "keywords must be strings");
        return -1;
    }
    int has = dict_contains(ts, self, key);
    if (has) {
        if (has > 0)
            err_format(ts, &ExcTypeError, "%S got multiple values for keyword argument '%U'", func, key);
        return -1;
    }
    return dict_set(ts, self, key, value);
}

int dict_merge_kwargs(ThreadState *ts, Object *self, Object *other, Object *func) {
    Object *tmp = NULL;
    if (!dict_check(other)) {
        Object *keys_meth = obj_lookup_attr(ts, other, ts->interp->ids.keys);
        if (!keys_meth) {
            if (!err_occurred(ts))
                err_format(ts, &ExcTypeError, "%S argument after ** must be a mapping, not %T",
                           func, other);
            return -1;
        }
        DECREF(keys_meth);
        tmp = dict_new(ts);
        if (!tmp || dict_update(ts, tmp, other) < 0) { XDECREF(tmp); return -1; }
        other = tmp;
    }
    int r = merge_entries(ts, (DictObject *)self, (DictObject *)other, func);
    XDECREF(tmp);
    return r;
}

Object *dict_keys_list(ThreadState *ts, Object *self) {
    Object *l = list_new(ts, 0);
    if (!l) return NULL;
    ssize_t pos = 0;
    Object *k;
    while (dict_next(self, &pos, &k, NULL))
        if (list_append(ts, l, k) < 0) { DECREF(l); return NULL; }
    return l;
}

Object *dict_values_list(ThreadState *ts, Object *self) {
    Object *l = list_new(ts, 0);
    if (!l) return NULL;
    ssize_t pos = 0;
    Object *v;
    while (dict_next(self, &pos, NULL, &v))
        if (list_append(ts, l, v) < 0) { DECREF(l); return NULL; }
    return l;
}

Object *dict_items_list(ThreadState *ts, Object *self) {
    Object *l = list_new(ts, 0);
    if (!l) return NULL;
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(self, &pos, &k, &v)) {
        Object *t = tuple_pack(ts, 2, k, v);
        if (!t || list_append_steal(ts, l, t) < 0) { DECREF(l); return NULL; }
    }
    return l;
}

/* ---- slots ------------------------------------------------------------- */

static void dict_dealloc(Object *self) {
    gc_untrack(self);
    DictObject *d = (DictObject *)self;
    for (ssize_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key) {
            DECREF(d->entries[i].key);
            DECREF(d->entries[i].value);
        }
    }
    rawmem_free(d->indices);
    rawmem_free(d->entries);
    obj_free(self);
}

static int dict_traverse(Object *self, VisitFunc visit, void *arg) {
    DictObject *d = (DictObject *)self;
    for (ssize_t i = 0; i < d->nentries; i++) {
        DictEntry *ep = &d->entries[i];
        if (!ep->key) continue;
        if (visit(ep->key, arg) || visit(ep->value, arg)) return 1;
    }
    return 0;
}

static int dict_clear_slot(Object *self) {
    dict_clear(self);
    return 0;
}

static Object *dict_repr(ThreadState *ts, Object *self) {
    DictObject *d = (DictObject *)self;
    if (d->used == 0) return str_from_cstr(ts, "{}");
    int rec = repr_enter(ts, self);
    if (rec != 0) return rec > 0 ? str_from_cstr(ts, "{...}") : NULL;
    StrBuf buf;
    strbuf_init(&buf);
    strbuf_appendc(&buf, '{');
    bool first = true;
    for (ssize_t i = 0; i < d->nentries; i++) {
        DictEntry *ep = &d->entries[i];
        if (!ep->key) continue;
        if (!first) strbuf_append(&buf, ", ", 2);
        first = false;
        Object *k = ep->key, *v = ep->value;
        INCREF(k);
        INCREF(v);
        Object *rk = obj_repr(ts, k);
        Object *rv = rk ? obj_repr(ts, v) : NULL;
        DECREF(k);
        DECREF(v);
        if (!rv) {
            XDECREF(rk);
            strbuf_free(&buf);
            repr_leave(ts, self);
            return NULL;
        }
        strbuf_append(&buf, STR_DATA(rk), STR_SIZE(rk));
        strbuf_append(&buf, ": ", 2);
        strbuf_append(&buf, STR_DATA(rv), STR_SIZE(rv));
        DECREF(rk);
        DECREF(rv);
    }
    strbuf_appendc(&buf, '}');
    repr_leave(ts, self);
    return str_from_strbuf(ts, &buf);
}

static Object *dict_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(NotImplemented);
    DictObject *da = (DictObject *)a, *db = (DictObject *)b;
    bool equal = da->used == db->used;
    for (ssize_t i = 0; equal && i < da->nentries; i++) {
        DictEntry *ep = &da->entries[i];
        if (!ep->key) continue;
        Object *k = ep->key, *v = ep->value;
        INCREF(k);
        INCREF(v);
        Object *bv = dict_get_hashed_borrowed(ts, b, k, ep->hash);
        int eq;
        if (!bv) {
            eq = err_occurred(ts) ? -1 : 0;
        } else {
            INCREF(bv);
            eq = obj_richcompare_bool(ts, v, bv, CMP_EQ);
            DECREF(bv);
        }
        DECREF(k);
        DECREF(v);
        if (eq < 0) return NULL;
        equal = eq;
    }
    return bool_from(op == CMP_EQ ? equal : !equal);
}

static ssize_t dict_len(ThreadState *ts, Object *self) { return DICT_SIZE(self); }

static Object *dict_subscript(ThreadState *ts, Object *self, Object *key) {
    Object *v = dict_get_borrowed(ts, self, key);
    if (v) return NEWREF(v);
    if (err_occurred(ts)) return NULL;
    if (!dict_check_exact(self)) {
        Object *missing = type_lookup_borrowed(TYPE(self), ts->interp->ids.__missing__);
        if (missing) {
            Object *args[2] = {self, key};
            return obj_call(ts, missing, args, 2, NULL);
        }
    }
    return err_set_object(ts, &ExcKeyError, key);
}

static int dict_ass_subscript(ThreadState *ts, Object *self, Object *key, Object *value) {
    if (value) return dict_set(ts, self, key, value);
    return dict_del(ts, self, key);
}

static int dict_contains_slot(ThreadState *ts, Object *self, Object *key) {
    return dict_contains(ts, self, key);
}

static Object *dict_or(ThreadState *ts, Object *a, Object *b) {
    if (!dict_check(a) || !dict_check(b)) return NEWREF(NotImplemented);
    Object *r = dict_copy(ts, a);
    if (!r) return NULL;
    if (dict_update(ts, r, b) < 0) { DECREF(r); return NULL; }
    return r;
}

static Object *dict_ior(ThreadState *ts, Object *a, Object *b) {
    if (dict_update(ts, a, b) < 0) return NULL;
    return NEWREF(a);
}

static Object *dict_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                             Object *kwnames) {
    DictObject *d = (DictObject *)obj_alloc(ts, type, type->basicsize);
    if (!d) return NULL;
    d->str_keys = true;
    d->watched = true;            /* dict(...): the program's own table */
    d->version = d->keys_version = ++ts->interp->dict_versions;
    gc_track(ts, (Object *)d);
    return (Object *)d;
}

static int dict_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                     Object *kwnames) {
    if (args_count(ts, "dict", nargs, 0, 1) < 0) return -1;
    if (nargs && dict_update(ts, self, args[0]) < 0) return -1;
    size_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(ts, self, TUPLE_GET(kwnames, i), args[nargs + i]) < 0) return -1;
    return 0;
}

/* ---- iterators and views ------------------------------------------------ */

typedef enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS } IterKind;

typedef struct {
    OBJECT_HEAD;
    Object *dict;         /* NULL when exhausted */
    ssize_t pos;
    ssize_t used;         /* size when the iteration started */
    ssize_t remaining;
    IterKind kind;
    bool reversed;
    Object *result;       /* items: the last (key, value) tuple, reused (tuple_for_iterator) */
} DictIterObject;

static Object *dictiter_new(ThreadState *ts, Object *d, IterKind kind, bool reversed) {
    DictIterObject *it = (DictIterObject *)obj_alloc(ts, &DictIterType, sizeof(DictIterObject));
    if (!it) return NULL;
    it->dict = NEWREF(d);
    it->used = DICT_SIZE(d);
    it->remaining = it->used;
    it->kind = kind;
    it->reversed = reversed;
    it->pos = reversed ? ((DictObject *)d)->nentries - 1 : 0;
    gc_track(ts, (Object *)it);
    return (Object *)it;
}

static Object *dictiter_next(ThreadState *ts, Object *self) {
    DictIterObject *it = (DictIterObject *)self;
    DictObject *d = (DictObject *)it->dict;
    if (!d) return NULL;
    if (d->used != it->used) {
        err_set_string(ts, &ExcRuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return NULL;
    }
    Object *k, *v;
    if (it->reversed) {
        while (it->pos >= 0 && it->pos < d->nentries && !d->entries[it->pos].key) it->pos--;
        if (it->pos < 0 || it->pos >= d->nentries || it->remaining <= 0) { CLEAR(it->dict); return NULL; }
        k = d->entries[it->pos].key;
        v = d->entries[it->pos].value;
        it->pos--;
    } else {
        if (!dict_next((Object *)d, &it->pos, &k, &v)) {
            CLEAR(it->dict);
            return NULL;
        }
        if (it->remaining <= 0) {      /* same size, yet more keys than it had */
            err_set_string(ts, &ExcRuntimeError, "dictionary keys changed during iteration");
            CLEAR(it->dict);
            return NULL;
        }
    }
    it->remaining--;
    switch (it->kind) {
    case ITER_KEYS: return NEWREF(k);
    case ITER_VALUES: return NEWREF(v);
    default: {
        Object *pair[2] = {NEWREF(k), NEWREF(v)};
        return tuple_for_iterator(ts, &it->result, 2, pair);
    }
    }
}

static void dictiter_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(((DictIterObject *)self)->dict);
    XDECREF(((DictIterObject *)self)->result);
    obj_free(self);
}

static int dictiter_traverse(Object *self, VisitFunc visit, void *arg) {
    DictIterObject *it = (DictIterObject *)self;
    if (it->dict && visit(it->dict, arg)) return 1;
    return it->result ? visit(it->result, arg) : 0;
}

static Object *iter_self(ThreadState *ts, Object *self) { return NEWREF(self); }

TypeObject DictIterType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "dict_keyiterator",
    .basicsize = sizeof(DictIterObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = dictiter_dealloc,
    .traverse = dictiter_traverse,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .next = dictiter_next,
};

static Object *dict_iter(ThreadState *ts, Object *self) {
    return dictiter_new(ts, self, ITER_KEYS, false);
}

typedef struct {
    OBJECT_HEAD;
    Object *dict;
    IterKind kind;
} DictViewObject;

extern TypeObject DictKeysType, DictValuesType, DictItemsType;
static TypeObject *const view_types[] = {&DictKeysType, &DictValuesType, &DictItemsType};

static Object *dictview_new(ThreadState *ts, Object *d, IterKind kind) {
    DictViewObject *v = (DictViewObject *)obj_alloc(ts, view_types[kind], sizeof(DictViewObject));
    if (!v) return NULL;
    v->dict = NEWREF(d);
    v->kind = kind;
    gc_track(ts, (Object *)v);
    return (Object *)v;
}

static void dictview_dealloc(Object *self) {
    gc_untrack(self);
    DECREF(((DictViewObject *)self)->dict);
    obj_free(self);
}

static int dictview_traverse(Object *self, VisitFunc visit, void *arg) {
    return visit(((DictViewObject *)self)->dict, arg);
}

static Object *dictview_iter(ThreadState *ts, Object *self) {
    DictViewObject *v = (DictViewObject *)self;
    return dictiter_new(ts, v->dict, v->kind, false);
}

static ssize_t dictview_len(ThreadState *ts, Object *self) {
    return DICT_SIZE(((DictViewObject *)self)->dict);
}

static int dictview_contains(ThreadState *ts, Object *self, Object *item) {
    DictViewObject *v = (DictViewObject *)self;
    if (v->kind == ITER_KEYS) return dict_contains(ts, v->dict, item);
    if (v->kind == ITER_ITEMS) {
        if (!tuple_check(item) || TUPLE_SIZE(item) != 2) return 0;
        Object *found = dict_get_borrowed(ts, v->dict, TUPLE_GET(item, 0));
        if (!found) return err_occurred(ts) ? -1 : 0;
        INCREF(found);
        int r = obj_richcompare_bool(ts, found, TUPLE_GET(item, 1), CMP_EQ);
        DECREF(found);
        return r;
    }
    ssize_t pos = 0;
    Object *val;
    while (dict_next(v->dict, &pos, NULL, &val)) {
        INCREF(val);
        int eq = obj_richcompare_bool(ts, val, item, CMP_EQ);
        DECREF(val);
        if (eq != 0) return eq;
    }
    return 0;
}

/* d.keys() and d.items() behave as sets: `&`, `|`, `-`, `^` build a set,
 * comparisons compare as sets (values() does neither, as in CPython). */
static Object *view_as_set(ThreadState *ts, Object *o) {
    if (set_check(o)) return NEWREF(o);
    return set_new(ts, o);
}

static bool setlike_view(Object *o) {
    return TYPE(o) == &DictKeysType || TYPE(o) == &DictItemsType;
}

/* CPython's dictviews_to_set(): a new set of [o]'s items (any iterable --
 * the left operand need not be a view when the operator was reflected). */
static Object *view_to_set(ThreadState *ts, Object *o) {
    if (TYPE(o) == &DictKeysType && dict_check_exact(((DictViewObject *)o)->dict))
        return set_new(ts, ((DictViewObject *)o)->dict);
    return set_new(ts, o);
}

/* a | b, a - b, a ^ b: a set of a's items, then the set method with b. */
static Object *view_to_set_then(ThreadState *ts, Object *a, Object *b, const char *method) {
    Object *r = view_to_set(ts, a);
    if (!r) return NULL;
    Object *name = str_intern_cstr(ts, method);
    Object *res = name ? obj_call_method(ts, r, name, &b, 1) : NULL;
    XDECREF(name);
    if (!res) { DECREF(r); return NULL; }
    DECREF(res);
    return r;
}

static Object *view_or(ThreadState *ts, Object *a, Object *b) { return view_to_set_then(ts, a, b, "update"); }
static Object *view_sub(ThreadState *ts, Object *a, Object *b) {
    return view_to_set_then(ts, a, b, "difference_update");
}
static Object *view_xor(ThreadState *ts, Object *a, Object *b) {
    return view_to_set_then(ts, a, b, "symmetric_difference_update");
}

/* a & b as CPython's _PyDictView_Intersect(): walk the smaller side and
 * keep what the other contains, so the view's own items (whose values may
 * be unhashable) are never hashed unless a set is the bigger side. */
static Object *view_and(ThreadState *ts, Object *a, Object *b) {
    Object *self = a, *other = b;
    if (!setlike_view(self)) { self = b; other = a; }
    ssize_t len_self = DICT_SIZE(((DictViewObject *)self)->dict);
    if (obj_is_type_exact(other, &SetType) && len_self <= SET_SIZE(other)) {
        Object *name = str_intern_cstr(ts, "intersection");
        Object *r = name ? obj_call_method(ts, other, name, &self, 1) : NULL;
        XDECREF(name);
        return r;
    }
    if (setlike_view(other) && DICT_SIZE(((DictViewObject *)other)->dict) > len_self) {
        Object *t = self;
        self = other;
        other = t;
    }
    Object *result = set_new(ts, NULL);
    Object *it = result ? obj_iter(ts, other) : NULL;
    if (!it) { XDECREF(result); return NULL; }
    Object *key;
    while ((key = obj_next(ts, it)) != NULL) {
        int in = dictview_contains(ts, self, key);
        int r = in > 0 ? set_add(ts, result, key) : in;
        DECREF(key);
        if (r < 0) { DECREF(it); DECREF(result); return NULL; }
    }
    DECREF(it);
    if (err_occurred(ts)) { DECREF(result); return NULL; }
    return result;
}

static Object *view_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (!setlike_view(a) || (!setlike_view(b) && !set_check(b))) return NEWREF(NotImplemented);
    Object *sa = set_new(ts, a);
    if (!sa) return NULL;
    Object *sb = view_as_set(ts, b);
    if (!sb) { DECREF(sa); return NULL; }
    Object *r = obj_richcompare(ts, sa, sb, op);
    DECREF(sa);
    DECREF(sb);
    return r;
}

static CFUNC(view_isdisjoint) {
    if (args_count(ts, TYPE(self) == &DictKeysType ? "dict_keys.isdisjoint" : "dict_items.isdisjoint", nargs, 1,
                   1) < 0)
        return NULL;
    Object *it = obj_iter(ts, args[0]);
    if (!it) return NULL;
    Object *x;
    while ((x = obj_next(ts, it)) != NULL) {
        int r = dictview_contains(ts, self, x);
        DECREF(x);
        if (r != 0) {
            DECREF(it);
            return r < 0 ? NULL : NEWREF(False);
        }
    }
    DECREF(it);
    return err_occurred(ts) ? NULL : NEWREF(True);
}

static const char *const view_names[] = {"dict_keys", "dict_values", "dict_items"};

static Object *dictview_repr(ThreadState *ts, Object *self) {
    DictViewObject *v = (DictViewObject *)self;
    int rec = repr_enter(ts, self);
    if (rec != 0) return rec > 0 ? str_from_cstr(ts, "...") : NULL;
    Object *l = v->kind == ITER_KEYS ? dict_keys_list(ts, v->dict)
              : v->kind == ITER_VALUES ? dict_values_list(ts, v->dict)
                                       : dict_items_list(ts, v->dict);
    Object *r = l ? str_format(ts, "%s(%R)", view_names[v->kind], l) : NULL;
    XDECREF(l);
    repr_leave(ts, self);
    return r;
}

static CFUNC(dictview_reversed) {
    DictViewObject *v = (DictViewObject *)self;
    return dictiter_new(ts, v->dict, v->kind, true);
}

static const MethodDef dictview_methods[] = {
    {"__reversed__", dictview_reversed, 0, NULL},
    {NULL},
};

static const MethodDef setview_methods[] = {
    {"__reversed__", dictview_reversed, 0, NULL},
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {NULL},
};

#define DICT_VIEW_TYPE(cname, pyname, setlike)         \
TypeObject cname = {                                   \
    .head = {IMMORTAL_REFCNT, &TypeType},              \
    .name = pyname,                                    \
    .basicsize = sizeof(DictViewObject),               \
    .flags = TYPE_FLAG_GC,                             \
    .dealloc = dictview_dealloc,                       \
    .repr = dictview_repr,                             \
    .traverse = dictview_traverse,                     \
    .getattr = obj_generic_getattr,                    \
    .iter = dictview_iter,                             \
    .len = dictview_len,                               \
    .contains = dictview_contains,                     \
    .hash = obj_hash_unhashable,                       \
    .methods = setlike ? setview_methods : dictview_methods, \
    .richcompare = setlike ? view_richcompare : NULL,  \
    .binop = {[NB_AND] = setlike ? view_and : NULL, [NB_OR] = setlike ? view_or : NULL, \
              [NB_SUB] = setlike ? view_sub : NULL, [NB_XOR] = setlike ? view_xor : NULL}, \
};
DICT_VIEW_TYPE(DictKeysType, "dict_keys", 1)
DICT_VIEW_TYPE(DictValuesType, "dict_values", 0)
DICT_VIEW_TYPE(DictItemsType, "dict_items", 1)

/* ---- methods ----------------------------------------------------------- */


static CFUNC(dict_m_get) {
    if (args_no_kwargs(ts, "get", kwnames) < 0 || args_count(ts, "get", nargs, 1, 2) < 0) return NULL;
    Object *v = dict_get_borrowed(ts, self, args[0]);
    if (v) return NEWREF(v);
    if (err_occurred(ts)) return NULL;
    return NEWREF(nargs > 1 ? args[1] : None);
}

static CFUNC(dict_m_setdefault) {
    if (args_no_kwargs(ts, "setdefault", kwnames) < 0 || args_count(ts, "setdefault", nargs, 1, 2) < 0)
        return NULL;
    Object *v = dict_setdefault_borrowed(ts, self, args[0], nargs > 1 ? args[1] : None);   /* one search */
    return v ? NEWREF(v) : NULL;
}

static CFUNC(dict_m_pop) {
    if (args_no_kwargs(ts, "pop", kwnames) < 0 || args_count(ts, "pop", nargs, 1, 2) < 0) return NULL;
    Object *v;
    int r = dict_pop(ts, self, args[0], &v);      /* one search, as CPython's */
    if (r > 0) return v;
    if (r < 0) return NULL;
    if (nargs > 1) return NEWREF(args[1]);
    return err_set_object(ts, &ExcKeyError, args[0]);
}

static CFUNC(dict_m_popitem) {
    if (args_exactly(ts, "dict.popitem", nargs, kwnames, 0) < 0) return NULL;
    DictObject *d = (DictObject *)self;
    if (d->used == 0) return err_set_string(ts, &ExcKeyError, "popitem(): dictionary is empty");
    ssize_t i = d->nentries - 1;
    while (i >= 0 && !d->entries[i].key) i--;
    DictEntry *ep = &d->entries[i];
    Object *r = tuple_pack(ts, 2, ep->key, ep->value);
    if (!r) return NULL;
    delete_entry(d, i, ep->hash);
    d->nentries = i;     /* the last entry is free again */
    return r;
}

static CFUNC(dict_m_keys) {
    if (args_exactly(ts, "dict.keys", nargs, kwnames, 0) < 0) return NULL;
    return dictview_new(ts, self, ITER_KEYS);
}

static CFUNC(dict_m_values) {
    if (args_exactly(ts, "dict.values", nargs, kwnames, 0) < 0) return NULL;
    return dictview_new(ts, self, ITER_VALUES);
}

static CFUNC(dict_m_items) {
    if (args_exactly(ts, "dict.items", nargs, kwnames, 0) < 0) return NULL;
    return dictview_new(ts, self, ITER_ITEMS);
}

static CFUNC(dict_m_update) {
    if (args_count(ts, "update", nargs, 0, 1) < 0) return NULL;
    if (nargs && dict_update(ts, self, args[0]) < 0) return NULL;
    size_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(ts, self, TUPLE_GET(kwnames, i), args[nargs + i]) < 0) return NULL;
    return none_new();
}

static CFUNC(dict_m_copy) {
    if (args_exactly(ts, "dict.copy", nargs, kwnames, 0) < 0) return NULL;
    return dict_copy(ts, self);
}

static CFUNC(dict_m_clear) {
    if (args_exactly(ts, "dict.clear", nargs, kwnames, 0) < 0) return NULL;
    dict_clear(self);
    return none_new();
}

static CFUNC(dict_m_fromkeys) {
    if (args_no_kwargs(ts, "fromkeys", kwnames) < 0 || args_count(ts, "fromkeys", nargs, 1, 2) < 0)
        return NULL;
    Object *d = obj_call0(ts, self);
    if (!d) return NULL;
    Object *value = nargs > 1 ? args[1] : None;
    Object *it = obj_iter(ts, args[0]);
    if (!it) { DECREF(d); return NULL; }
    Object *k;
    while ((k = obj_next(ts, it)) != NULL) {
        int r = obj_setitem(ts, d, k, value);
        DECREF(k);
        if (r < 0) { DECREF(it); DECREF(d); return NULL; }
    }
    DECREF(it);
    if (err_occurred(ts)) { DECREF(d); return NULL; }
    return d;
}

static CFUNC(dict_m_reversed) {
    return dictiter_new(ts, self, ITER_KEYS, true);
}

static CFUNC(dict_m_getitem) {
    if (args_exactly(ts, "dict.__getitem__", nargs, kwnames, 1) < 0) return NULL;
    return dict_subscript(ts, self, args[0]);
}

static const MethodDef dict_methods[] = {
    {"get", dict_m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", dict_m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", dict_m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {"keys", dict_m_keys, 0, NULL},
    {"values", dict_m_values, 0, NULL},
    {"items", dict_m_items, 0, NULL},
    {"update", dict_m_update, METH_KEYWORDS, NULL},
    {"copy", dict_m_copy, 0, NULL},
    {"clear", dict_m_clear, 0, NULL},
    {"fromkeys", dict_m_fromkeys, METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", dict_m_reversed, 0, NULL},
    {"__getitem__", dict_m_getitem, 0, NULL},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

TypeObject DictType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "dict",
    .basicsize = sizeof(DictObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_DICT_SUBCLASS | TYPE_FLAG_MAPPING | TYPE_FLAG_MATCH_SELF,
    .doc = "dict() -> new empty dictionary",
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = obj_hash_unhashable,
    .richcompare = dict_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .iter = dict_iter,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .new_ = dict_new_slot,
    .init = dict_init,
    .binop = {[NB_OR] = dict_or},
    .inplace = {[NB_OR] = dict_ior},
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_subscript,
    .contains = dict_contains_slot,
    .methods = dict_methods,
};
