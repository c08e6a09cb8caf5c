/* list.h -- mutable sequences: an array of references that grows by
 * over-allocation, as CPython's list does. */
#ifndef MINIPY_LIST_H
#define MINIPY_LIST_H

#include "object.h"

typedef struct ListObject {
    OBJECT_HEAD;
    size_t size;
    /* Slots in items[]. -1 while list.sort() runs: every change of the
     * array sets it back to >= 0, which is how the sort notices that a key
     * function or a __lt__ changed the list (runtime/listsort.c). */
    ssize_t cap;
    Object **items;
} ListObject;

typedef struct {
    OBJECT_HEAD;
    Object *seq;          /* NULL when exhausted */
    size_t index;
    bool reversed;
} ListIterObject;

extern TypeObject ListType, ListIterType;

static inline bool list_check(Object *o) { return o->type->flags & TYPE_FLAG_LIST_SUBCLASS; }
static inline bool list_check_exact(Object *o) { return o->type == &ListType; }
#define LIST_SIZE(o) (((ListObject *)(o))->size)
#define LIST_ITEMS(o) (((ListObject *)(o))->items)
#define LIST_GET(o, i) (((ListObject *)(o))->items[i])

/* A list of [size] NULL items, to fill with LIST_SET_STEAL before anything
 * else sees the list. */
Object *list_new(ThreadState *ts, size_t size);
#define LIST_SET_STEAL(o, i, v) (((ListObject *)(o))->items[i] = (v))
int list_append(ThreadState *ts, Object *list, Object *item);
int list_append_steal(ThreadState *ts, Object *list, Object *item);
int list_extend(ThreadState *ts, Object *list, Object *iterable);
Object *list_from_iterable(ThreadState *ts, Object *iterable);
Object *list_as_tuple(ThreadState *ts, Object *list);
/* list[start:stop] for 0 <= start, stop <= len(list) (a new list). */
Object *list_slice(ThreadState *ts, Object *list, size_t start, size_t stop);
/* Sort in place (stable), with an optional key function. */
int list_sort(ThreadState *ts, Object *list, Object *key, bool reverse);
/* The reverse= argument of list.sort() and sorted() read as a C int, as
 * CPython reads it: 0 or 1, or -1 with TypeError/OverflowError set. */
int list_sort_reverse_arg(ThreadState *ts, Object *arg);
/* Bind the arguments of list.sort(*, key=None, reverse=False), which
 * sorted() passes on: out[0] key, out[1] reverse (NULL when not given).
 * 0, or -1 with TypeError ("'x' is an invalid keyword argument for sort()"). */
int list_sort_args(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames, Object *out[2]);
int list_insert(ThreadState *ts, Object *list, ssize_t where, Object *item);
int list_reverse(Object *list);

#endif
