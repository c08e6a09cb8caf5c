/* saferepr.h -- repr() of a value computed in C from its fields: no Python
 * code runs, no object is made, no reference count changes.
 *
 * For the places where calling repr() is not allowed: the narration
 * (trace/names.c), which must not change what the program observes, and
 * the constants of `--dis` (vm/dis.c). For the built-in types the text is
 * exactly what repr() gives; an object no rule covers (an instance of a
 * class, whose __repr__ would run Python code) is shown by [other].
 */
#ifndef MINIPY_SAFEREPR_H
#define MINIPY_SAFEREPR_H

#include "object.h"
#include "common/strbuf.h"

typedef struct SafeRepr {
    size_t max_items;             /* items shown of a container, then "..." (0: all) */
    int max_depth;                /* containers shown inside containers (0: all) */
    size_t cap;                   /* stop adding items once the value's text is this long; a str
                                     is cut there, an int of more digits is counted (0: none) */
    /* how to show an object no rule covers (NULL: "<T object>") */
    void (*other)(void *ctx, StrBuf *b, Object *o);
    void *ctx;
} SafeRepr;

/* Append the repr of [o] (NULL shows as "NULL") to [b]. */
void safe_repr(StrBuf *b, Object *o, const SafeRepr *how);

#endif
