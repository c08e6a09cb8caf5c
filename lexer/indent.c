/* indent.c -- logical lines: NEWLINE, INDENT and DEDENT, in plain C.
 *
 * Lesson 2 (the pipeline). Python's block structure lives in the
 * indentation, which no regular expression can count, so this layer sits
 * between the re2c scanner (lex_scan) and the parser:
 *   - it measures the indentation at the start of each line (a tab moves to
 *     the next multiple of 8; a second measure with tabs as 1 column catches
 *     "inconsistent use of tabs and spaces", CPython's TabError rule) and
 *     compares it with a stack of open indentation levels, queuing INDENTs
 *     and DEDENTs;
 *   - it ignores blank and comment-only lines, and every newline inside
 *     brackets (implicit line joining);
 *   - it keeps the stack of open brackets, for "unmatched ')'", mismatched
 *     closers and "'(' was never closed" at the end of input;
 *   - at the end of input it supplies the missing NEWLINE, the DEDENTs that
 *     close every block, and ENDMARKER (bison's end token).
 * Start reading at lex_next().
 */
#include <string.h>

#include "lexer.h"

void lex_init(Lexer *lx, const char *src, size_t len, Diag *diag)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->cur = src;
    lx->line_start = src;
    lx->lineno = 1;
    lx->diag = diag;
    lx->at_line_start = true;
}

/* Where CPython reports an error about a token made up at the end of input:
 * the last line it read, just past its newline (implicit if missing). */
static void eof_spot(Lexer *lx, Token *t)
{
    const char *end = lx->src + lx->len;
    if (lx->len > 0 && end[-1] == '\n') {
        const char *ls = end - 1;
        while (ls > lx->src && ls[-1] != '\n')
            ls--;
        t->err_lineno = lx->lineno - 1;
        t->err_col = (int)(end - ls) - 1;
    } else {
        t->err_lineno = lx->lineno;
        t->err_col = (int)(end - lx->line_start);
    }
    if (t->err_lineno < 1)
        t->err_lineno = 1;
    if (lx->from_file)
        t->err_col = -1;        /* offset 0: CPython's file tokenizer has no column here */
}

static int synthetic(Lexer *lx, Token *t, int kind, int lineno, int col)
{
    t->kind = kind;
    t->lineno = t->end_lineno = lineno;
    t->col = t->end_col = col;
    t->start = lx->cur;
    t->len = 0;
    t->level = lx->level;
    t->synthetic = true;
    return kind;
}

/* Measure the indentation of the line at lx->cur and queue INDENT/DEDENT.
 * Returns false after an error. Blank and comment-only lines are skipped. */
static bool measure_line(Lexer *lx)
{
    for (;;) {
        const char *p = lx->cur;
        int col = 0, altcol = 0;
        for (;; p++) {
            if (*p == ' ') {
                col++;
                altcol++;
            } else if (*p == '\t') {
                col = (col / 8 + 1) * 8;
                altcol++;
            } else if (*p == '\f') {
                col = altcol = 0;
            } else {
                break;
            }
        }
        if (*p == '#' || *p == '\n') {          /* blank line: skip it */
            while (*p != '\n' && *p != '\0')
                p++;
            lx->cur = p;
            if (*p == '\0')
                return true;
            lx->cur = p + 1;
            lx->lineno++;
            lx->line_start = lx->cur;
            continue;
        }
        lx->at_line_start = false;
        if (*p == '\0' || *p == '\\') {
            /* end of input (handled by lex_next), or a continuation line,
             * which CPython does not count as indentation either */
            lx->cur = p;
            return true;
        }
        lx->cur = p;
        lx->indent_width = (int)(p - lx->line_start);
        int top = lx->indents[lx->indent];
        int alttop = lx->altindents[lx->indent];
        if (col == top) {
            if (altcol != alttop)
                goto tab_error;
        } else if (col > top) {
            if (lx->indent + 1 >= LEX_MAXINDENT) {
                lex_error(lx, LEXERR_STATE, DIAG_INDENTATION, lx->lineno, 0,
                          -1, "too many levels of indentation");
                return false;
            }
            if (altcol <= alttop)
                goto tab_error;
            lx->indent++;
            lx->indents[lx->indent] = col;
            lx->altindents[lx->indent] = altcol;
            lx->pending = 1;
        } else {
            while (lx->indent > 0 && col < lx->indents[lx->indent]) {
                lx->pending--;
                lx->indent--;
            }
            if (col != lx->indents[lx->indent]) {
                const char *e = p;
                while (*e != '\n' && *e != '\0')
                    e++;
                lex_error(lx, LEXERR_STATE, DIAG_INDENTATION, lx->lineno,
                          (int)(e - lx->line_start), -1,
                          "unindent does not match any outer indentation "
                          "level");
                return false;
            }
            if (altcol != lx->altindents[lx->indent])
                goto tab_error;
        }
        lx->pend_lineno = lx->lineno;
        lx->pend_col = lx->indent_width;
        return true;
    tab_error:
        lex_error(lx, LEXERR_STATE, DIAG_TAB, lx->lineno, 0, -1,
                  "inconsistent use of tabs and spaces in indentation");
        return false;
    }
}

static bool is_open(int kind)
{
    return kind == T_LPAR || kind == T_LSQB || kind == T_LBRACE;
}

static bool is_close(int kind)
{
    return kind == T_RPAR || kind == T_RSQB || kind == T_RBRACE;
}

/* Track brackets; false after an error. */
static bool bracket(Lexer *lx, Token *t)
{
    char c = *t->start;
    if (is_open(t->kind)) {
        if (lx->level >= LEX_MAXLEVEL) {
            lex_error(lx, LEXERR_TOKEN, DIAG_SYNTAX, t->lineno, t->col, t->col,
                      "too many nested parentheses");
            return false;
        }
        lx->paren[lx->level] = c;
        lx->paren_lineno[lx->level] = t->lineno;
        lx->paren_col[lx->level] = t->col;
        lx->level++;
        return true;
    }
    if (lx->level == 0) {
        lex_error(lx, LEXERR_TOKEN, DIAG_SYNTAX, t->lineno, t->col, t->col,
                  "unmatched '%c'", c);
        return false;
    }
    lx->level--;
    char open = lx->paren[lx->level];
    if ((open == '(' && c != ')') || (open == '[' && c != ']') ||
        (open == '{' && c != '}')) {
        if (lx->paren_lineno[lx->level] != t->lineno)
            lex_error(lx, LEXERR_TOKEN, DIAG_SYNTAX, t->lineno, t->col, t->col,
                      "closing parenthesis '%c' does not match opening "
                      "parenthesis '%c' on line %d", c, open,
                      lx->paren_lineno[lx->level]);
        else
            lex_error(lx, LEXERR_TOKEN, DIAG_SYNTAX, t->lineno, t->col, t->col,
                      "closing parenthesis '%c' does not match opening "
                      "parenthesis '%c'", c, open);
        return false;
    }
    return true;
}

static int next_token(Lexer *lx, Token *t)
{
    if (lx->err != LEXERR_NONE)
        return synthetic(lx, t, T_YYerror, lx->lineno, 0);
    for (;;) {
        if (lx->pending > 0) {
            lx->pending--;
            synthetic(lx, t, T_INDENT, lx->pend_lineno, 0);
            t->end_col = lx->pend_col;
            t->start = lx->line_start;
            t->len = (size_t)lx->pend_col;
            t->err_lineno = lx->pend_lineno;
            t->err_col = lx->pend_col - 1;
            return T_INDENT;
        }
        if (lx->pending < 0) {
            lx->pending++;
            synthetic(lx, t, T_DEDENT, lx->pend_lineno, lx->pend_col);
            if (lx->eof_seen) {
                eof_spot(lx, t);
            } else {
                t->err_lineno = lx->pend_lineno;
                t->err_col = lx->pend_col - 1;
            }
            return T_DEDENT;
        }
        if (lx->done)
            return synthetic(lx, t, T_YYEOF, lx->pend_lineno, 0);
        if (lx->eof_seen) {
            /* after the final NEWLINE and DEDENTs */
            int line = lx->cur == lx->line_start ? lx->lineno : lx->lineno + 1;
            lx->done = true;
            lx->pend_lineno = line;
            synthetic(lx, t, T_YYEOF, line, 0);
            eof_spot(lx, t);
            return T_YYEOF;
        }
        if (lx->at_line_start && lx->level == 0) {
            if (!measure_line(lx))
                return synthetic(lx, t, T_YYerror, lx->lineno, 0);
            if (lx->pending != 0)
                continue;
        }
        int kind = lex_scan(lx, t);
        t->level = lx->level;
        if (kind == T_YYerror)
            return kind;
        if (kind == T_NEWLINE) {
            if (lx->level > 0 || !lx->line_has_tokens) {
                lx->at_line_start = lx->level == 0;
                continue;
            }
            lx->line_has_tokens = false;
            lx->at_line_start = true;
            return kind;
        }
        if (kind == T_YYEOF) {
            if (lx->level > 0) {
                int i = lx->level - 1;
                bool first = !lx->diag->set;
                lex_error(lx, LEXERR_EOF_BRACKET, DIAG_SYNTAX,
                          lx->paren_lineno[i], lx->paren_col[i], -1,
                          "'%c' was never closed", lx->paren[i]);
                if (first)      /* CPython gives no end column: 0 */
                    lx->diag->end_offset_known = true;
                return synthetic(lx, t, T_YYerror, lx->lineno, 0);
            }
            lx->eof_seen = true;
            /* queue the DEDENTs that close every open block; they follow
             * the implicit NEWLINE below, if the last line needs one */
            if (lx->indent > 0) {
                lx->pending = -lx->indent;
                lx->indent = 0;
                lx->pend_lineno = lx->cur == lx->line_start ? lx->lineno
                                                            : lx->lineno + 1;
                lx->pend_col = 0;
            }
            if (lx->line_has_tokens) {
                /* the implicit newline at the end of the last line */
                lx->line_has_tokens = false;
                int col = (int)(lx->cur - lx->line_start);
                synthetic(lx, t, T_NEWLINE, lx->lineno, col);
                t->synthetic = false;
                t->end_col = col + 1;
                return T_NEWLINE;
            }
            continue;
        }
        lx->line_has_tokens = true;
        if ((is_open(kind) || is_close(kind)) && !bracket(lx, t))
            return T_YYerror;
        return kind;
    }
}

int lex_next(Lexer *lx, Token *t)
{
    memset(t, 0, sizeof *t);
    int kind = next_token(lx, t);
    t->kind = kind;             /* error paths return without setting it */
    return kind;
}
