/* typealias.h -- list[int] (types.GenericAlias) and int | None
 * (types.UnionType): runtime/typealias.c. */
#ifndef MINIPY_TYPEALIAS_H
#define MINIPY_TYPEALIAS_H

#include "object.h"

extern TypeObject GenericAliasType, UnionType;

/* [origin][item]: a new GenericAlias (a tuple [item] gives the arguments). */
Object *generic_alias_new(ThreadState *ts, Object *origin, Object *item);
/* The __class_getitem__ classmethod of list, dict, tuple, set, ...:
 * cls[item] is GenericAlias(cls, item). */
CFUNC(generic_alias_class_getitem);
/* a | b for classes, None, aliases and unions: a new UnionType (or the one
 * member, when both are the same); NotImplemented for anything else. */
Object *union_or(ThreadState *ts, Object *a, Object *b);
/* isinstance()/issubclass() with union [u]: -1 with TypeError when a
 * member is a parameterized generic (list[int]), else 0. */
int union_check_members(ThreadState *ts, Object *u, bool subclass);
/* The members of union [u] (a tuple; None as NoneType). Borrowed. */
Object *union_members_borrowed(Object *u);

#endif
