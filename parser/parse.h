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
#include "../common/srcenc.h"

/* (added) CPython 3.11's limits on nesting (parser/nesting.c has the
 * story): its parser stops at MAXSTACK levels with a MemoryError, its
 * compiler at 3 * sys.getrecursionlimit() statements and expressions deep
 * with a RecursionError (3,000 at the default limit, for a program run
 * from the command line). */
#define PARSE_MAX_LEVEL 6000
#define PARSE_DEFAULT_MAX_DEPTH 3000

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
 * A decimal int literal may have PARSE_INT_MAX_STR_DIGITS digits, the tree
 * PARSE_DEFAULT_MAX_DEPTH statements and expressions on a path. */
Node *parse_source(Arena *arena, const char *src, size_t len,
                   const char *filename, ParseMode mode, Diag *diag);

/* What the interpreter adds to parse_source(). */
typedef struct ParseOptions {
    int max_int_digits;     /* sys.get_int_max_str_digits(); 0 means no limit */
    int max_depth;          /* statements and expressions on one path of the
                               tree, counted as CPython's compiler counts them;
                               a deeper tree is a RecursionError, so that the
                               passes after the parser may recurse over it */
    SourceKind source;      /* bytes to decode per PEP 263, or a str's text */
    bool allow_incomplete;  /* PARSE_INTERACTIVE at the prompt: a compound
                               statement is "incomplete input" until a blank
                               line ends it (CPython's PyCF_ALLOW_INCOMPLETE_INPUT,
                               which codeop sets); compile(..., "single")
                               accepts it without the blank line */
} ParseOptions;

/* parse_source() with [opts]; parse_source() takes the defaults, reads
 * the bytes of PARSE_FILE_READ as the command line reads a file's, and
 * allows incomplete input in PARSE_INTERACTIVE (the prompt's question:
 * "is this entry complete?"). */
Node *parse_source_limit(Arena *arena, const char *src, size_t len,
                         const char *filename, ParseMode mode,
                         const ParseOptions *opts, Diag *diag);

/* `--tokens`: print the token stream of [src] to [out], one token a line
 * (bytes, decoded per their coding cookie).
 * Returns 0, or -1 with [diag] set when the source has a lexical error
 * (the tokens before the error are printed first). */
int parse_dump_tokens(FILE *out, const char *src, size_t len,
                      const char *filename, Diag *diag);

#endif
