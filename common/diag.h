/* diag.h -- the single sink for compile-time errors.
 *
 * The lexer, the parser, the symbol table and the compiler all report a
 * SyntaxError (or IndentationError / TabError) through syntax_error(). Only
 * the first error is kept, so a cascade of follow-on errors never hides the
 * real one. The runtime turns a filled Diag into a SyntaxError object; the
 * command line prints it in CPython's format:
 *
 *     File "bad.py", line 3
 *       x = (1 +
 *           ^
 *   SyntaxError: '(' was never closed
 *
 * Pure C: no runtime objects, so every stage of the front end may use it.
 */
#ifndef MINIPY_DIAG_H
#define MINIPY_DIAG_H

#include <stdbool.h>
#include <stddef.h>

/* (added) DIAG_MEMORY and DIAG_RECURSION are the two errors CPython 3.11
 * raises for a program that nests too deeply (parser/nesting.c): a bare
 * MemoryError from its parser, "RecursionError: maximum recursion depth
 * exceeded during compilation" from its compiler. Neither has a location. */
typedef enum { DIAG_SYNTAX, DIAG_INDENTATION, DIAG_TAB, DIAG_MEMORY, DIAG_RECURSION } DiagKind;

typedef struct Diag {
    bool set;               /* an error has been recorded */
    bool incomplete;        /* the input ended inside an open construct
                               (bracket, block, triple-quoted string): the
                               prompt asks for more lines instead of failing */
    DiagKind kind;
    char msg[320];
    char filename[256];
    int lineno;             /* 1-based */
    int offset;             /* 1-based column in characters (CPython's
                               SyntaxError.offset); 0 when unknown */
    int end_lineno;         /* 0 when unknown (kept even when only the
                               end_offset is unknown, as CPython does) */
    int end_offset;         /* exclusive, 1-based in characters; 0 = unknown */
    bool end_offset_known;  /* end_offset is CPython's even though it is 0
                               (a location without columns) */
    char *text;             /* malloc'd copy of the source line (with its
                               newline, as CPython's SyntaxError.text), or NULL */
    bool compile_stage;     /* found by the symtable or compiler (vm/), which in
                               CPython take the text from the file named, not
                               from the source compiled */
    bool line_zero;         /* located at line 0 of the file, without a
                               column or text: CPython's compile() of bytes
                               that do not decode (common/srcenc.c) */
    bool no_memory;         /* the front end ran out of memory: not a syntax
                               error, a MemoryError (the rest is unset) */
    bool whole_line;        /* a bad token or string, found by the scanner:
                               CPython's tokenizer keeps the whole line as the
                               text; for other errors CPython reads the line
                               again from the file (vm/run.c) */
} Diag;

/* Record an error unless one is already recorded. [src]/[len] is the whole
 * source text, used to copy the offending line into diag->text and to turn
 * the byte columns [col] and [end_col] (0-based, UTF-8 bytes, as in AST
 * locations; end_col may be -1 for "none") into character offsets. */
void syntax_error(Diag *diag, DiagKind kind, const char *src, size_t len,
                  int lineno, int col, int end_lineno, int end_col,
                  const char *fmt, ...)
    __attribute__((format(printf, 9, 10)));

/* Record the error of a program nested too deeply: [kind] DIAG_MEMORY or
 * DIAG_RECURSION, with CPython's message and no location. */
void diag_too_deep(Diag *diag, DiagKind kind);

/* Release diag->text and forget the error. */
void diag_clear(Diag *diag);
/* Replace whatever was recorded by "out of memory" (no_memory). */
void diag_no_memory(Diag *diag);

/* Name of the exception class for [kind]: "SyntaxError", ... */
const char *diag_kind_name(DiagKind kind);

#endif
