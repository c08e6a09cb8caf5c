/* compiler.h -- syntax tree in, code objects out. The shapes of the code
 * it emits are documented at each comp_ function in vm/compiler.c. */
#ifndef MINIPY_COMPILER_H
#define MINIPY_COMPILER_H

#include "parser/ast.h"
#include "common/diag.h"
#include "runtime/object.h"

/* Compile the tree [mod] (Module, Interactive or Expression) from [filename].
 * [future_flags]: the CO_FUTURE_* features in force before the tree's own
 * future statements (vm/future.h; compile()'s flags, or those of the code
 * that calls exec/eval/compile). Returns the module's CodeObject, or NULL:
 * with [diag] set for a compile error (SyntaxError), or with an exception
 * set (MemoryError). */
Object *comp_compile(ThreadState *ts, const Node *mod, Arena *arena, const char *src, size_t len,
                     const char *filename, Diag *diag, int future_flags);

#endif
