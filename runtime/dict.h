/* dict.h -- insertion-ordered hash tables keyed by any hashable object.
 * The essay on how the table works is at the top of runtime/dict.c. */
#ifndef MINIPY_DICT_H
#define MINIPY_DICT_H

#include "object.h"
#include "int.h"
#include "str.h"

/* hash(key) as a dict or set asks it: the two commonest kinds of key (a
 * str's hash is cached, an int's is its value modulo 2**61 - 1) without
 * going through the type. -1 with an exception if it is unhashable. */
static inline int64_t table_key_hash(ThreadState *ts, Object *key) {
    if (str_check_exact(key)) return str_hash(key);
    if (int_check_exact(key)) return int_hash(key);
    return obj_hash(ts, key);
}

typedef struct DictEntry {
    int64_t hash;
    Object *key;              /* NULL: deleted entry */
    Object *value;
} DictEntry;

typedef struct DictObject {
    OBJECT_HEAD;
    ssize_t used;             /* live entries */
    ssize_t nentries;         /* entries[] in use, live or deleted */
    ssize_t capacity;         /* room in entries[] */
    uint8_t log2_size;        /* index table has 1 << log2_size slots */
    bool str_keys;            /* every key is an exact str: fast lookups */
    bool watched;             /* made by the program: counted in sys.getstats(), narrated by --trace=dict */
    bool is_namespace;        /* a module's globals: emptied at the end if still alive (interp.c) */
    bool type_dict;           /* a class's namespace: a change empties the attribute cache (runtime/type.c) */
    uint64_t version;         /* bumped on every change (iteration checks) */
    uint64_t keys_version;    /* bumped when a key comes or goes, not when a value changes
                                 (LOAD_GLOBAL_BUILTIN's guard: the name is still not a global) */
    void *indices;            /* int8/16/32/64 slots: entry index, EMPTY, DUMMY */
    DictEntry *entries;
} DictObject;

extern TypeObject DictType, DictIterType, DictKeysType, DictValuesType, DictItemsType;

static inline bool dict_check(Object *o) { return o->type->flags & TYPE_FLAG_DICT_SUBCLASS; }
static inline bool dict_check_exact(Object *o) { return o->type == &DictType; }
#define DICT_SIZE(o) (((DictObject *)(o))->used)

Object *dict_new(ThreadState *ts);
/* A new empty dict that the program made (a display, a comprehension):
 * its searches are counted (sys.getstats()) and narrated (--trace=dict). */
Object *dict_new_watched(ThreadState *ts);
/* The value for [key], borrowed; NULL when missing (no exception) or on
 * error (exception set: unhashable key, __eq__ raised). */
Object *dict_get_borrowed(ThreadState *ts, Object *d, Object *key);
/* Same with the hash already known. */
Object *dict_get_hashed_borrowed(ThreadState *ts, Object *d, Object *key, int64_t hash);
/* Lookup by an exact str key (identifiers): cannot fail unless a non-str key
 * with an equal hash has a raising __eq__; then NULL with the exception. */
Object *dict_get_str_borrowed(ThreadState *ts, Object *d, Object *key);
Object *dict_get_cstr_borrowed(ThreadState *ts, Object *d, const char *key);
int dict_set(ThreadState *ts, Object *d, Object *key, Object *value);
/* dict_set(), handing back the value [key] had (a new reference in *old,
 * NULL if it had none) instead of releasing it: for a caller that must say
 * why that value loses a reference before it does (--trace=mem). */
int dict_set_swap(ThreadState *ts, Object *d, Object *key, Object *value, Object **old);
/* d.setdefault(key, dflt) in one search: the value [key] has afterwards
 * (borrowed), or NULL on error. */
Object *dict_setdefault_borrowed(ThreadState *ts, Object *d, Object *key, Object *dflt);
int dict_set_cstr(ThreadState *ts, Object *d, const char *key, Object *value);
/* -1 with KeyError when missing. */
int dict_del(ThreadState *ts, Object *d, Object *key);
/* Remove [key] in one search: 1 with *value set (new reference; NULL
 * [value]: dropped) when it was there, 0 when absent, -1 on error. */
int dict_pop(ThreadState *ts, Object *d, Object *key, Object **value);
/* 1 if removed, 0 if missing (no exception), -1 on error. */
int dict_del_if_present(ThreadState *ts, Object *d, Object *key);
int dict_contains(ThreadState *ts, Object *d, Object *key);
/* Iterate: start with *pos = 0; borrowed key/value. */
bool dict_next(Object *d, ssize_t *pos, Object **key, Object **value);
Object *dict_copy(ThreadState *ts, Object *d);
/* A read-only live view of [mapping] (runtime/mappingproxy.c): a class's
 * __dict__, types.MappingProxyType. */
Object *mappingproxy_new(ThreadState *ts, Object *mapping);
extern TypeObject MappingProxyType;
/* d.update(other): a dict, or any mapping with keys(), or pairs. */
int dict_update(ThreadState *ts, Object *d, Object *other);
/* {**other}: the same for a dict or a mapping with keys(); anything else
 * (pairs too) is TypeError "'list' object is not a mapping". */
int dict_update_mapping(ThreadState *ts, Object *d, Object *other);
/* For f(**m): like update, but a duplicate key raises TypeError
 * "f() got multiple values for keyword argument 'k'" with [fname] ('' = none). */
int dict_merge_kwargs(ThreadState *ts, Object *d, Object *other, Object *func);
void dict_clear(Object *d);
/* Make room for [n] more entries without rebuilding later. */
int dict_resize_for(ThreadState *ts, DictObject *d, ssize_t n);
Object *dict_keys_list(ThreadState *ts, Object *d);
Object *dict_values_list(ThreadState *ts, Object *d);
Object *dict_items_list(ThreadState *ts, Object *d);

#endif
