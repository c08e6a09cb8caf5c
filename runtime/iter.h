/* iter.h -- the lazy iterators the VM and the builtins hand out
 * (runtime/iter.c). */
#ifndef MINIPY_ITER_H
#define MINIPY_ITER_H

#include "object.h"

extern TypeObject SeqIterType, CallIterType, EnumerateType, ZipType, MapType, FilterType,
    ReversedType;

/* An iterator over anything with __getitem__ (the old sequence protocol). */
Object *seqiter_new(ThreadState *ts, Object *seq);
/* iter(callable, sentinel). */
Object *calliter_new(ThreadState *ts, Object *callable, Object *sentinel);

#endif
