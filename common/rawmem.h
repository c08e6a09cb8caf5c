/* rawmem.h -- the one door to the C heap: every block minipy takes from
 * malloc goes through here (the narration's own bookkeeping in trace/
 * excepted), so that it can be counted, limited, and made to fail on
 * purpose.
 *
 * Lesson 6 (memory). Three jobs, all in rawmem.c:
 *  - counting (when asked for: `counting`): the bytes in use
 *    (malloc_usable_size of each block), for --max-memory and for the
 *    teardown check that every block came back;
 *  - the limit: an allocation that would take the count past it fails, as
 *    if malloc had returned NULL, and the failure is remembered so that
 *    the runtime reports the limit rather than a MemoryError;
 *  - absurd sizes: a block larger than all the memory there is (RAM and
 *    swap) fails at once, without asking malloc;
 *  - failure injection (Lua's test suite does the same): fail the Nth
 *    allocation, or the Nth and every one after it, to check that each
 *    failure ends in a MemoryError and not in a crash or a leak
 *    (tests/unit/test_oom.c walks N = 1, 2, 3, ...).
 *
 * The counts belong to the interpreter that is running on this thread
 * (rawmem_use(), called when an interpreter starts and when a thread picks
 * one up); with none, blocks are not counted. Allocation happens under the
 * GIL, so the counts are plain integers. Pure C: the front end (lexer,
 * parser) allocates through here too.
 */
#ifndef MINIPY_RAWMEM_H
#define MINIPY_RAWMEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct RawMemStats {
    bool counting;            /* keep in_use and peak (set before the first
                                 allocation: blocks from before are not counted) */
    int64_t in_use;           /* bytes in blocks given out and not yet freed */
    int64_t peak;             /* the most in_use has been */
    int64_t limit;            /* an allocation that would pass this fails (0: none) */
    uint64_t allocs;          /* allocations asked for so far */
    uint64_t fail_at;         /* this allocation fails on purpose (0: none) ... */
    bool fail_after;          /* ... and every one after it too */
    bool checking;            /* fail_at or limit is set: refuse() has work to do */
    bool failed_limit;        /* an allocation failed because of [limit] (sticky) */
} RawMemStats;

/* Count into [stats] from now on, on this thread (NULL: stop counting). */
void rawmem_use(RawMemStats *stats);
/* After changing [stats]' fail_at or limit: let rawmem look at them. */
void rawmem_settings_changed(RawMemStats *stats);

/* malloc(n) (never NULL for n = 0 when memory is there), NULL on failure. */
void *rawmem_alloc(size_t n);
/* calloc(n, size): NULL on failure, including when n * size overflows. */
void *rawmem_calloc(size_t n, size_t size);
/* realloc(p, n): NULL on failure, and then [p] is untouched. Shrinking
 * never fails on account of the limit (nor of injection while counting:
 * without counting the sizes are not known, and any resize may be made
 * to fail). */
void *rawmem_realloc(void *p, size_t n);
/* aligned_alloc([align], [n]): [n] a multiple of [align]. */
void *rawmem_aligned(size_t align, size_t n);
/* Free a block from one of the above (NULL is allowed). */
void rawmem_free(void *p);
/* Take block [p] out of the count now, as if it were freed, for a block
 * that will be freed later where counting must not happen: by a thread
 * that no longer holds the GIL and has stopped counting (rawmem_use(NULL)),
 * as a finished thread frees its own state once the interpreter may
 * already be gone (NULL is allowed). */
void rawmem_disown(const void *p);
/* strdup/strndup into a counted block, or NULL. */
char *rawmem_strdup(const char *s);
char *rawmem_strndup(const char *s, size_t n);

/* The bytes a block [p] from rawmem counts for. */
size_t rawmem_size(const void *p);

#endif
