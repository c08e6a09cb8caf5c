/* range.h -- the small built-in types: range, slice, and the iterators
 * that the VM and the builtins hand out. */
#ifndef MINIPY_RANGE_H
#define MINIPY_RANGE_H

#include "object.h"

typedef struct RangeObject {
    OBJECT_HEAD;
    int64_t start, stop, step, length;
    Object *big;      /* NULL, or for a range beyond int64: (start, stop, step, length) */
} RangeObject;

typedef struct SliceObject {
    OBJECT_HEAD;
    Object *start, *stop, *step;   /* None when omitted */
} SliceObject;

extern TypeObject RangeType, RangeIterType, SliceType, SeqIterType,
    EnumerateType, ZipType, MapType, FilterType, ReversedType, CallIterType;

Object *range_new(ThreadState *ts, int64_t start, int64_t stop, int64_t step);
Object *slice_new(ThreadState *ts, Object *start, Object *stop, Object *step);
/* Resolve a slice against a sequence of [length]: CPython's
 * PySlice_GetIndicesEx. Returns the number of selected items, or -1. */
ssize_t slice_indices(ThreadState *ts, Object *slice, ssize_t length,
                      ssize_t *start, ssize_t *stop, ssize_t *step);
/* An iterator over anything with __getitem__ (the old sequence protocol). */
Object *seqiter_new(ThreadState *ts, Object *seq);
/* iter(callable, sentinel). */
Object *calliter_new(ThreadState *ts, Object *callable, Object *sentinel);

#endif
