/* arena.h -- memory released all at once: the front end's syntax trees,
 * token strings and scope tables.
 *
 * Lesson 2 (the pipeline): one parse, one arena; arena_free() releases the
 * tree, and everything made while building it, together. Pure C.
 *
 * Running out of memory. The parser and the symbol table allocate in
 * hundreds of places (every grammar action makes a node), and checking each
 * for NULL would bury the grammar. They own no reference counts and no
 * memory but the arena's, so instead the driver sets a failure handler:
 * arena_alloc() that finds no memory jumps there (longjmp), and the driver
 * frees the arena and reports MemoryError. Without a handler arena_alloc()
 * returns NULL, for callers that check (the compiler, which holds objects
 * and must never be jumped over).
 */
#ifndef MINIPY_ARENA_H
#define MINIPY_ARENA_H

#include <setjmp.h>
#include <stddef.h>

typedef struct Arena Arena;

/* A new arena, or NULL when there is no memory. */
Arena *arena_new(void);
/* Zeroed memory of [size] bytes that lives until arena_free(); when there
 * is none, a jump to the handler, or NULL without one. */
void *arena_alloc(Arena *arena, size_t size);
/* A NUL-terminated copy of [len] bytes of [s] (as arena_alloc). */
char *arena_strndup(Arena *arena, const char *s, size_t len);
/* Jump to [handler] (a jmp_buf set by the caller, or NULL for none) when
 * memory runs out; returns the handler it replaces, to be put back. */
jmp_buf *arena_set_handler(Arena *arena, jmp_buf *handler);
/* Out of memory elsewhere (a buffer the parser owns): jump to the handler
 * as arena_alloc() would. Returns only when there is no handler. */
void arena_no_memory(Arena *arena);
void arena_free(Arena *arena);

#endif
