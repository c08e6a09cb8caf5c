/* lexer.h -- the scanner: source text in, tokens with positions out.
 *
 * Lesson 2 (the pipeline): source -> *tokens* -> syntax tree -> bytecode.
 * Two layers, as in CPython's tokenizer:
 *   - lexer.re (re2c) recognizes one raw token at a time: names, keywords,
 *     numbers, strings, operators, and physical newlines; it skips blanks,
 *     comments and backslash continuations.
 *   - indent.c turns physical lines into logical ones: it drops newlines
 *     inside brackets and on blank lines, and emits NEWLINE, INDENT and
 *     DEDENT from the indentation stack. lex_next() is that layer.
 * Start reading at lex_next() in indent.c.
 *
 * Token kinds are the T_* values of the bison-generated grammar.h; there is
 * no second list. Positions follow CPython: lines 1-based, columns 0-based in
 * UTF-8 bytes, the end just past the token.
 *
 * Errors (invalid characters, bad numbers, unterminated strings, bad
 * indentation) are reported through syntax_error() into lx->diag with
 * CPython 3.11's messages and positions; lex_next() then returns T_YYerror.
 */
#ifndef MINIPY_LEXER_H
#define MINIPY_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "common/diag.h"
#include "grammar.h"

#define LEX_MAXINDENT 100   /* CPython's MAXINDENT: nested indented blocks */
#define LEX_MAXLEVEL 200    /* CPython's MAXLEVEL: nested brackets */

typedef struct {
    int kind;                       /* T_* from grammar.h, T_YYEOF at the end */
    int lineno, col, end_lineno, end_col;
    const char *start;              /* the token's text in the source */
    size_t len;
    int level;                      /* bracket depth before this token */
    /* For INDENT/DEDENT/ENDMARKER and the NEWLINE made up at end of input,
     * CPython reports errors at "where the scanner stood" rather than at a
     * token; these hold that spot (byte column on line err_lineno). */
    bool synthetic;
    int err_lineno, err_col;
} Token;

/* Why the scanner stopped with an error (the message is in the Diag). */
typedef enum {
    LEXERR_NONE,
    LEXERR_TOKEN,       /* a bad token: the parser must stop here */
    LEXERR_EOF_BRACKET, /* end of input inside brackets ("was never closed") */
    LEXERR_EOF_STRING,  /* end of input inside a string */
    LEXERR_EOF_CONT,    /* end of input after a backslash continuation */
    LEXERR_STATE        /* bad indentation or continuation: CPython's
                           tokenizer notes these without raising, so they
                           surface only when the parser reaches them */
} LexErrKind;

typedef struct Lexer {
    /* input: NUL-terminated, '\n' line ends only, valid UTF-8, no NUL bytes */
    const char *src;
    size_t len;
    const char *cur, *mar, *tok;    /* re2c cursor, marker, token start */
    const char *line_start;         /* start of the physical line of cur */
    int lineno;                     /* line of cur */
    Diag *diag;

    /* the indentation layer (indent.c) */
    int indents[LEX_MAXINDENT + 1];     /* column, tabs to multiples of 8 */
    int altindents[LEX_MAXINDENT + 1];  /* column, tabs as one space */
    int indent;                         /* top of both stacks */
    int pending;                /* > 0: INDENTs to emit; < 0: DEDENTs */
    bool at_line_start;
    bool line_has_tokens;       /* the logical line has a token already */
    bool eof_seen;
    bool done;                  /* ENDMARKER emitted */
    int pend_lineno, pend_col;  /* where the pending INDENT/DEDENT sit */
    int indent_width;           /* bytes of indentation of the current line */

    /* brackets */
    int level;
    char paren[LEX_MAXLEVEL];
    int paren_lineno[LEX_MAXLEVEL], paren_col[LEX_MAXLEVEL];

    LexErrKind err;
    bool interactive;
    bool from_file;             /* read from a file: errors at end of input get no column */
} Lexer;

/* Prepare [lx] to scan [src] (NUL-terminated at [len], see above). */
void lex_init(Lexer *lx, const char *src, size_t len, Diag *diag);
/* The next token of the logical-line stream into [tok]; returns its kind.
 * After an error returns T_YYerror (and again on every later call). */
int lex_next(Lexer *lx, Token *tok);
/* One raw token (lexer.re): NEWLINE for a physical newline, T_YYEOF at the
 * end of input; no INDENT/DEDENT. Used only by lex_next(). */
int lex_scan(Lexer *lx, Token *tok);
/* Report a lexical error at byte columns [col..end_col] of [lineno]
 * (end_col -1: none) and remember it as [kind]. */
void lex_error(Lexer *lx, LexErrKind kind, DiagKind dkind, int lineno,
               int col, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

#endif
