/* strsearch.h -- searching byte strings, shared by str and bytes.
 *
 * Lesson 10 (scaling): find, count, split and replace cost one pass over
 * the text, whatever it holds. str stores UTF-8, whose characters never
 * occur inside one another's encodings, so str and bytes search the same
 * way: for bytes. These functions are that one search, and the argument
 * conventions find() and its relatives share (start and end as slice
 * indexes, CPython's ADJUST_INDICES).
 */
#ifndef MINIPY_STRSEARCH_H
#define MINIPY_STRSEARCH_H

#include "object.h"

/* Offset of the first [needle] ([m] bytes) in hay[0..n), or -1 (0 when m is 0). */
ssize_t search_find(const char *hay, size_t n, const char *needle, size_t m);
/* Offset of the last [needle] in hay[0..n), or -1 (n when m is 0). Linear. */
ssize_t search_rfind(const char *hay, size_t n, const char *needle, size_t m);
/* Non-overlapping occurrences of [sub] (m > 0 bytes) in hay[0..n), at most [max]. */
size_t search_count(const char *hay, size_t n, const char *sub, size_t m, size_t max);
/* CPython's ADJUST_INDICES: negative indexes count from the end, then clip to [len]. */
void search_adjust_indices(ssize_t *start, ssize_t *end, ssize_t len);
/* A start or end of find() and friends: [o] NULL or None keeps *[out];
 * else anything with __index__, clamped to the ssize_t range. 0 or -1. */
int search_slice_index(ThreadState *ts, Object *o, ssize_t *out);
/* (sub[, start[, end]]) of find, rfind, index, rindex, count, startswith
 * and endswith, with [fname] ("find") and [qualname] ("str.find") for the
 * messages: *[sub] is args[0] (borrowed, not type-checked), *[start] 0 and
 * *[end] SSIZE_MAX unless given. 0, or -1 with TypeError. */
int search_parse_find_args(ThreadState *ts, const char *fname, const char *qualname,
                           Object *const *args, size_t nargs, Object *kwnames,
                           Object **sub, ssize_t *start, ssize_t *end);

#endif
