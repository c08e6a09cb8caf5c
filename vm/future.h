/* future.h -- the `from __future__ import ...` statements of a module.
 *
 * Issue 17 (language pieces). A future statement changes how the rest of
 * the module is compiled, so the compiler reads them before anything else
 * (CPython's Python/future.c). The one feature that changes anything in
 * minipy is `annotations` (PEP 563: annotations kept as strings); the
 * others are accepted, as CPython accepts them, and are already the
 * language's behaviour.
 */
#ifndef MINIPY_FUTURE_H
#define MINIPY_FUTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "parser/ast.h"
#include "common/diag.h"

/* The compiler flag of each feature (CPython's values; the __future__
 * module's compiler_flag attributes say the same, lib/__future__.py). */
enum {
    CO_FUTURE_DIVISION = 0x20000,
    CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
    CO_FUTURE_WITH_STATEMENT = 0x80000,
    CO_FUTURE_PRINT_FUNCTION = 0x100000,
    CO_FUTURE_UNICODE_LITERALS = 0x200000,
    CO_FUTURE_BARRY_AS_BDFL = 0x400000,
    CO_FUTURE_GENERATOR_STOP = 0x800000,
    CO_FUTURE_ANNOTATIONS = 0x1000000,
};

typedef struct FutureFeatures {
    int features;   /* CO_FUTURE_* of the features imported */
    int lineno;     /* line of the last future statement; -1 if none. A
                       future import on a later line is misplaced (the
                       compiler reports it where it meets it) */
} FutureFeatures;

/* Read the future statements at the top of the module [mod] into [ff].
 * False with [diag] set (a SyntaxError located in [src]/[len]) for an
 * unknown feature, `braces`, or a future import after another statement
 * on the same line. */
bool future_parse(FutureFeatures *ff, const Node *mod, const char *src, size_t len, Diag *diag);

#endif
