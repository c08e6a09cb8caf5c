/* modules.h -- the built-in modules written in C, one creator each. */
#ifndef MINIPY_MODULES_H
#define MINIPY_MODULES_H

#include "object.h"

Object *mod_math_create(ThreadState *ts);
Object *mod_gc_create(ThreadState *ts);
Object *mod_time_create(ThreadState *ts);
Object *mod_imp_create(ThreadState *ts);        /* runtime/import.c */

#endif
