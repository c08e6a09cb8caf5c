/* match.h -- what the match statement's instructions do at run time
 * (MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS; vm/match.c). */
#ifndef MINIPY_MATCH_H
#define MINIPY_MATCH_H

#include "runtime/object.h"

/* True if a sequence pattern may unpack [subject]: its type is list, tuple,
 * range, deque, memoryview or a registered collections.abc.Sequence, or a
 * subclass of one (never str, bytes, bytearray). */
bool eval_match_sequence(Object *subject);
/* True if a mapping pattern may look into [subject] (dict, a registered
 * collections.abc.Mapping, a subclass of one). */
bool eval_match_mapping(Object *subject);
/* MATCH_KEYS: the tuple of [map]'s values for the keys in the tuple [keys]
 * (looked up with map.get(key, <marker>)), or None if a key is missing: a
 * new reference; NULL with an exception set (a key given twice is a
 * ValueError). */
Object *eval_match_keys(ThreadState *ts, Object *map, Object *keys);
/* MATCH_CLASS: if [subject] is an instance of [type], the tuple of its
 * [nargs] positional attributes (named by type.__match_args__) and of the
 * attributes named in the tuple [names]; None if it is no instance or an
 * attribute is missing: a new reference. NULL with an exception set
 * (CPython's TypeErrors: not a type, too many positional sub-patterns,
 * __match_args__ not a tuple of str, an attribute matched twice). */
Object *eval_match_class(ThreadState *ts, Object *subject, Object *type, uint32_t nargs, Object *names);

#endif
