/* parse.h -- the front end's entry point: source text in, syntax tree out.
 *
 * Lesson 2 (the pipeline). parse_source() runs the re2c lexer (lexer/) under
 * the bison parser (grammar.y) and returns the tree rooted at a Module,
 * Interactive or Expression node. On a syntax error it returns NULL with
 * [diag] filled in (see common/diag.h).
 */
#ifndef MINIPY_PARSE_H
#define MINIPY_PARSE_H

#include "ast.h"
#include "../common/diag.h"

/* (added) The deepest syntax tree the parser hands out: a deeper one (for
 * example 5000 unary minuses, or `1+1+...+1` with 2000 terms) is refused
 * with "SyntaxError: too many nested expressions", so the compiler may
 * recurse over the tree freely. Brackets nest at most 200 deep and blocks
 * at most 100 deep (CPython's limits), well inside this bound. */
#define PARSE_MAX_DEPTH 1000

typedef enum {
    PARSE_FILE,         /* a whole module            -> Module      */
    PARSE_FILE_READ,    /* a whole module read from a file or a pipe: as PARSE_FILE,
                           except that an error at the end of input has no column
                           (offset 0, no caret), as CPython's file tokenizer says */
    PARSE_INTERACTIVE,  /* one prompt entry          -> Interactive */
    PARSE_EVAL          /* a single expression       -> Expression  */
} ParseMode;

/* CPython's default for sys.get_int_max_str_digits(): a decimal int literal
 * with more digits is a SyntaxError, since turning it into an int would be
 * the decimal conversion that the limit forbids. */
#define PARSE_INT_MAX_STR_DIGITS 4300

/* Parse [len] bytes of UTF-8 [src] named [filename] (used in messages).
 * Nodes are allocated in [arena]. Returns the root, or NULL with [diag] set.
 * A decimal int literal may have PARSE_INT_MAX_STR_DIGITS digits. */
Node *parse_source(Arena *arena, const char *src, size_t len,
                   const char *filename, ParseMode mode, Diag *diag);

/* parse_source() for an interpreter whose limit is [max_int_digits]
 * (sys.get_int_max_str_digits(); 0 means no limit). */
Node *parse_source_limit(Arena *arena, const char *src, size_t len,
                         const char *filename, ParseMode mode,
                         int max_int_digits, Diag *diag);

/* `--tokens`: print the token stream of [src] to [out], one token a line.
 * Returns 0, or -1 with [diag] set when the source has a lexical error
 * (the tokens before the error are printed first). */
int parse_dump_tokens(FILE *out, const char *src, size_t len,
                      const char *filename, Diag *diag);

#endif
