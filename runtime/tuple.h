/* tuple.h -- immutable sequences. */
#ifndef MINIPY_TUPLE_H
#define MINIPY_TUPLE_H

#include "object.h"

typedef struct TupleObject {
    OBJECT_HEAD;
    size_t size;
    Object *items[];
} TupleObject;

extern TypeObject TupleType, TupleIterType;

static inline bool tuple_check(Object *o) { return o->type->flags & TYPE_FLAG_TUPLE_SUBCLASS; }
static inline bool tuple_check_exact(Object *o) { return o->type == &TupleType; }
#define TUPLE_SIZE(o) (((TupleObject *)(o))->size)
#define TUPLE_ITEMS(o) (((TupleObject *)(o))->items)
#define TUPLE_GET(o, i) (((TupleObject *)(o))->items[i])
/* Fill slot [i] of a tuple under construction with a reference it takes over. */
#define TUPLE_SET_STEAL(o, i, v) (((TupleObject *)(o))->items[i] = (v))
/* The next tuple of [n] [items] (new references, stolen) that an iterator
 * hands out, reusing [*cache] -- the iterator's own reference to the last
 * one -- when nobody else holds it any more, as CPython's enumerate, zip and
 * dict items iterators do: `for k, v in d.items()` unpacks each tuple at
 * once, so one tuple serves the whole loop. Returns a new reference. */
Object *tuple_for_iterator(ThreadState *ts, Object **cache, size_t n, Object **items);

/* A tuple of [size] NULL slots to fill with TUPLE_SET_STEAL (the empty tuple
 * is shared). It is tracked by the collector once returned, so fill it
 * before allocating anything else that could trigger a collection... or
 * simply fill it right away: traverse skips NULL slots. */
Object *tuple_new(ThreadState *ts, size_t size);
Object *tuple_from_array(ThreadState *ts, Object *const *items, size_t n);
/* tuple_pack(ts, 2, a, b): borrowed arguments. A NULL argument (one that
 * could not be made, its exception set) makes the result NULL. */
Object *tuple_pack(ThreadState *ts, size_t n, ...);
Object *tuple_from_iterable(ThreadState *ts, Object *iterable);
Object *tuple_slice(ThreadState *ts, Object *t, size_t start, size_t stop);
/* Lexicographic comparison of two lists or of two tuples [a] and [b]
 * (tuple and list share it). The lengths and items of lists are read
 * again after every __eq__, which may have changed them. */
Object *seq_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op);

#endif
