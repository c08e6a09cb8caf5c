/* slice.h -- slice objects and resolving them against a length
 * (runtime/slice.c). */
#ifndef MINIPY_SLICE_H
#define MINIPY_SLICE_H

#include "object.h"

typedef struct SliceObject {
    OBJECT_HEAD;
    Object *start, *stop, *step;   /* None when omitted */
} SliceObject;

extern TypeObject SliceType;

Object *slice_new(ThreadState *ts, Object *start, Object *stop, Object *step);
/* Resolve a slice against a sequence of [length]: CPython's
 * PySlice_GetIndicesEx. Returns the number of selected items, or -1. */
ssize_t slice_indices(ThreadState *ts, Object *slice, ssize_t length,
                      ssize_t *start, ssize_t *stop, ssize_t *step);

#endif
