/* mangle.h -- which names a class mangles (`__spam` in class Ham is
 * `_Ham__spam`), the one rule for the compiler (vm/symtable.c, sym_mangle)
 * and for __slots__ (runtime/slots.c). Lesson 9 (names and scopes). */
#ifndef MINIPY_MANGLE_H
#define MINIPY_MANGLE_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* Two underscores first, not two last (so neither `__x__` nor `__` itself),
 * and no dot: [name] ([len] bytes) is one a class mangles. */
static inline bool name_is_private(const char *name, size_t len) {
    return len >= 2 && name[0] == '_' && name[1] == '_' && !(name[len - 1] == '_' && name[len - 2] == '_') &&
           !memchr(name, '.', len);
}

#endif
