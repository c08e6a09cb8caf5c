/* modules.h -- the built-in modules written in C, one creator each. */
#ifndef MINIPY_MODULES_H
#define MINIPY_MODULES_H

#include "object.h"

Object *mod_math_create(ThreadState *ts);
Object *mod_gc_create(ThreadState *ts);
Object *mod_time_create(ThreadState *ts);
Object *mod_imp_create(ThreadState *ts);        /* runtime/import.c */
Object *mod_collections_create(ThreadState *ts);
Object *mod_random_create(ThreadState *ts);
Object *mod_posix_create(ThreadState *ts);
Object *mod_heapq_create(ThreadState *ts);

/* The types of the C modules, readied with the built-in types (runtime/interp.c). */
extern TypeObject DequeType, DequeIterType, DequeRevIterType, RandomType;
extern struct StructSeqType SysVersionInfoType, SysFlagsType, StatResultType;

#endif
