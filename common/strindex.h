/* strindex.h -- a hash index over an array of names.
 *
 * Lesson 10 (scalable code), inside the compiler: finding a name among n
 * names by comparing it with each costs n, so a scope with n names costs
 * n*n to compile. The index answers "where is this name?" in one probe or
 * a few, whatever n is.
 *
 * The index owns no items. The caller keeps its own array (symbols of a
 * block, a set of names), in its own order, of items whose first field is
 * the name (a NUL-terminated `const char *`); the index maps a name to the
 * item's position. Open addressing with linear probing; a slot holds the
 * item's position + 1 (0: empty). The table is at most half full.
 *
 * The caller also provides the slot memory (zeroed), so that an arena or
 * malloc may back it: strindex_needs_room() says when to, and
 * strindex_rebuild() moves the index into the new slots. Pure C.
 */
#ifndef MINIPY_STRINDEX_H
#define MINIPY_STRINDEX_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct StrIndex {
    uint32_t *slots;    /* cap entries, 0 = empty, else item position + 1 */
    uint32_t cap;       /* 0 or a power of two */
} StrIndex;

/* The hash of the name [s] (FNV-1a). */
uint32_t strindex_hash(const char *s);

/* True when the index cannot take item number [n] + 1 (the caller holds
 * [n] items) without new slots; then give it strindex_capacity_for(n + 1)
 * zeroed slots through strindex_rebuild() before adding. */
bool strindex_needs_room(const StrIndex *ix, int n);
uint32_t strindex_capacity_for(int n);

/* Index the [n] items of [stride] bytes at [items] afresh into [slots]
 * ([cap] zeroed entries, a power of two, more than 2 * n). The old slots
 * are the caller's to release. */
void strindex_rebuild(StrIndex *ix, uint32_t *slots, uint32_t cap,
                      const void *items, size_t stride, int n);

/* Position of the item named [key] among [items], or -1. */
int strindex_find(const StrIndex *ix, const void *items, size_t stride,
                  const char *key);

/* Index item [i] (whose name is not indexed yet). */
void strindex_add(StrIndex *ix, const void *items, size_t stride, int i);

/* Forget item [i]; the caller then moves item [last] (if last != i) into
 * position i and its array shrinks by one, which the index follows. */
void strindex_remove_swap(StrIndex *ix, const void *items, size_t stride,
                          int i, int last);

#endif
