/* range.h -- range(): an arithmetic progression that stores no items
 * (runtime/range.c). */
#ifndef MINIPY_RANGE_H
#define MINIPY_RANGE_H

#include "object.h"

typedef struct RangeObject {
    OBJECT_HEAD;
    int64_t start, stop, step, length;
    Object *big;      /* NULL, or for a range beyond int64: (start, stop, step, length) */
} RangeObject;

typedef struct {
    OBJECT_HEAD;
    int64_t next, step, remaining;
    Object *bnext, *bstep, *bremaining;   /* the huge case */
} RangeIterObject;

extern TypeObject RangeType, RangeIterType;

Object *range_new(ThreadState *ts, int64_t start, int64_t stop, int64_t step);

#endif
