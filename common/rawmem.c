/* rawmem.c -- counting, limiting and failing the C heap (rawmem.h).
 *
 * A block's size is read back from malloc itself (malloc_usable_size),
 * so a block carries no header of ours and the pools of runtime/memory.c,
 * which take their arenas from here, keep their alignment. The count is
 * what malloc really handed out, a little more than was asked for.
 *
 * Cost: one thread-local load, an increment and a few compares that are
 * almost never true per allocation; and, only while counting (a memory
 * limit, or a debug build checking that every byte comes back),
 * malloc_usable_size beside each malloc and free. The objects made by the
 * million (ints, floats, small tuples) come from the pools and reach here
 * only once per 64 KiB arena run (README: Performance).
 */
#include "rawmem.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sysinfo.h>

static _Thread_local RawMemStats *current;

/* No block can be larger than all the memory there is (RAM and swap):
 * such a request fails here, as Linux's overcommit heuristic would refuse
 * it, without asking malloc -- which in a sanitizer build would complain
 * about the size before returning NULL. Read once. */
static size_t max_block;

__attribute__((noinline)) static size_t total_memory(void) {
    struct sysinfo si;
    size_t total = SIZE_MAX / 2;
    if (sysinfo(&si) == 0 && si.mem_unit)
        total = ((size_t)si.totalram + (size_t)si.totalswap) * si.mem_unit;
    return total;
}

/* Too big to be met (a test only large sizes reach). */
static inline bool too_big(size_t n) {
    if (__builtin_expect(n < ((size_t)1 << 30), 1)) return false;
    if (!max_block) max_block = total_memory();
    return n > max_block;
}

void rawmem_use(RawMemStats *stats) { current = stats; }

void rawmem_settings_changed(RawMemStats *s) { s->checking = s->fail_at != 0 || s->limit != 0; }

/* Should the allocation of [n] more bytes fail: on purpose, or because of
 * the limit? Counts the allocation either way. */
static inline bool refused(RawMemStats *s, size_t n) {
    s->allocs++;
    if (__builtin_expect(!s->checking, 1)) return false;
    if (s->fail_at && (s->allocs == s->fail_at || (s->fail_after && s->allocs > s->fail_at))) {
        return true;
    }
    if (s->limit && (n > (size_t)s->limit || s->in_use > s->limit - (int64_t)n)) {
        s->failed_limit = true;
        return true;
    }
    return false;
}

static inline void counted(RawMemStats *s, void *p) {
    if (!s->counting) return;
    s->in_use += (int64_t)malloc_usable_size(p);
    if (s->in_use > s->peak) s->peak = s->in_use;
}

void *rawmem_alloc(size_t n) {
    if (too_big(n)) return NULL;
    RawMemStats *s = current;
    if (!s) return malloc(n ? n : 1);
    if (refused(s, n)) return NULL;
    void *p = malloc(n ? n : 1);
    if (p) counted(s, p);
    return p;
}

void *rawmem_calloc(size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) return NULL;
    if (too_big(n * size)) return NULL;
    RawMemStats *s = current;
    if (!s) return calloc(n ? n : 1, size ? size : 1);
    if (refused(s, n * size)) return NULL;
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (p) counted(s, p);
    return p;
}

void *rawmem_realloc(void *p, size_t n) {
    if (too_big(n)) return NULL;
    RawMemStats *s = current;
    if (!s) return realloc(p, n ? n : 1);
    /* growing counts as an allocation (not counting, any resize does) */
    size_t old = p && s->counting ? malloc_usable_size(p) : 0;
    if ((n > old || !s->counting) && refused(s, n > old ? n - old : 0)) return NULL;
    void *q = realloc(p, n ? n : 1);
    if (!q) return NULL;
    s->in_use -= (int64_t)old;
    counted(s, q);
    return q;
}

void *rawmem_aligned(size_t align, size_t n) {
    if (too_big(n)) return NULL;
    RawMemStats *s = current;
    if (!s) return aligned_alloc(align, n);
    if (refused(s, n)) return NULL;
    void *p = aligned_alloc(align, n);
    if (p) counted(s, p);
    return p;
}

void rawmem_free(void *p) {
    if (!p) return;
    RawMemStats *s = current;
    if (s && s->counting) s->in_use -= (int64_t)malloc_usable_size(p);
    free(p);
}

void rawmem_disown(const void *p) {
    RawMemStats *s = current;
    if (p && s && s->counting) s->in_use -= (int64_t)malloc_usable_size((void *)p);
}

static char *dup(const char *s, size_t len) {
    char *d = rawmem_alloc(len + 1);
    if (!d) return NULL;
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

char *rawmem_strndup(const char *s, size_t n) { return dup(s, strnlen(s, n)); }

char *rawmem_strdup(const char *s) { return dup(s, strlen(s)); }

size_t rawmem_size(const void *p) { return p ? malloc_usable_size((void *)p) : 0; }
