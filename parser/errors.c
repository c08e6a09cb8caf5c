/* errors.c -- explaining a syntax error the way CPython 3.11 does.
 *
 * Lesson 2 (the pipeline). When bison finds no way to continue, all it
 * knows is the offending token and the tokens it would have accepted
 * there. CPython's PEG parser, on a failure, parses the file a second time
 * with extra "invalid_*" rules that recognize common mistakes and name
 * them ("expected ':'", "Perhaps you forgot a comma?", "Missing parentheses
 * in call to 'print'", ...). This file plays the part of that second pass:
 * it looks at the tokens around the failure (parse_token) and picks the
 * message and the range CPython would report; anything it does not
 * recognize is "invalid syntax" at the offending token. Start reading at
 * parse_explain_error() at the bottom; each check cites the CPython rule
 * it imitates.
 */
#include <string.h>

#include "pstate.h"

typedef struct {
    Parser *p;
    int at;                 /* stream index of the offending token */
    const Token *tok;
} Ctx;

static const Token *tk(Ctx *c, int i) { return parse_token(c->p, i); }

static bool expected(Ctx *c, int kind)
{
    return c->p->expected && kind >= 0 && kind < 512 && c->p->expected[kind];
}

/* Report at token [t] as CPython's RAISE_SYNTAX_ERROR does for "the last
 * token": its span, or where the scanner stood for made-up tokens. */
static void at_token(Ctx *c, DiagKind kind, const Token *t, const char *msg)
{
    if (t->synthetic)
        parse_error_at(c->p, kind, t->err_lineno, t->err_col, t->err_lineno,
                       -1, "%s", msg);
    else if (t->kind == T_NEWLINE)
        parse_error_at(c->p, kind, t->lineno, t->col, t->lineno, t->col, "%s",
                       msg);
    else
        parse_error_at(c->p, kind, t->lineno, t->col, t->end_lineno,
                       t->end_col, "%s", msg);
}

static void at_range(Ctx *c, const Token *a, const Token *b, const char *msg)
{
    parse_error_at(c->p, DIAG_SYNTAX, a->lineno, a->col, b->end_lineno,
                   b->end_col, "%s", msg);
}

/* Stream index of the first token of the logical line holding [i]. */
static int line_start(Ctx *c, int i)
{
    const Token *t;
    while ((t = tk(c, i - 1)) != NULL && t->kind != T_NEWLINE &&
           t->kind != T_INDENT && t->kind != T_DEDENT)
        i--;
    return i;
}

/* ---- expected an indented block --------------------------------------- */

/* CPython's invalid_*_stmt rules: `header ':' NEWLINE !INDENT`. */
static bool missing_block(Ctx *c)
{
    const Token *nl = tk(c, c->at - 1);
    if (!nl || nl->kind != T_NEWLINE || !expected(c, T_INDENT))
        return false;
    const Token *colon = tk(c, c->at - 2);
    if (!colon || colon->kind != T_COLON)
        return false;
    int s = line_start(c, c->at - 2);
    const Token *h = tk(c, s);
    if (!h)
        return false;
    const char *what = NULL;
    char buf[64];
    switch (h->kind) {
    case T_DEF: what = "function definition"; break;
    case T_CLASS: what = "class definition"; break;
    case T_IF: case T_ELIF: case T_ELSE: case T_WHILE: case T_FOR:
    case T_WITH: case T_TRY: case T_EXCEPT: case T_FINALLY:
        snprintf(buf, sizeof buf, "'%.*s' statement", (int)h->len, h->start);
        what = buf;
        break;
    default:
        return false;
    }
    char msg[160];
    snprintf(msg, sizeof msg, "expected an indented block after %s on line %d",
             what, h->lineno);
    at_token(c, DIAG_INDENTATION, c->tok, msg);
    return true;
}

void parse_explain_error(Parser *p)
{
    Ctx c = {p, p->err_index, parse_token(p, p->err_index)};
    if (!c.tok)
        return;
    if (missing_block(&c))
        return;
    if (c.tok->kind == T_INDENT) {
        at_token(&c, DIAG_INDENTATION, c.tok, "unexpected indent");
        return;
    }
    if (c.tok->kind == T_DEDENT && !p->lx.eof_seen) {
        at_token(&c, DIAG_INDENTATION, c.tok, "unexpected unindent");
        return;
    }
    at_token(&c, DIAG_SYNTAX, c.tok, "invalid syntax");
    (void)at_range;
}
