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
/* Read the bounds of [slice] as C values (CPython's PySlice_Unpack): an
 * omitted bound gets its default (0 or the far end, by the sign of the
 * step), a huge one is clamped to the ssize_t range. This calls __index__
 * on the bounds -- Python code that may change the sequence being sliced --
 * so read the sequence's length only after it. 0, or -1 with an exception. */
int slice_unpack(ThreadState *ts, Object *slice, ssize_t *start, ssize_t *stop, ssize_t *step);
/* Clamp unpacked bounds to a sequence of [length] (PySlice_AdjustIndices);
 * runs no Python code. Returns the number of selected items. */
ssize_t slice_adjust(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step);
/* Both at once (PySlice_GetIndicesEx), for a sequence whose length cannot
 * change (str, tuple, range): [length] is read before __index__ runs.
 * Returns the number of selected items, or -1. */
ssize_t slice_indices(ThreadState *ts, Object *slice, ssize_t length,
                      ssize_t *start, ssize_t *stop, ssize_t *step);

#endif
