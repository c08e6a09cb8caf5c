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
#include <stdio.h>
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
    case T_MATCH: case T_CASE:
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

/* ---- token classes ---------------------------------------------------- */

static bool is_opener(int k) { return k == T_LPAR || k == T_LSQB || k == T_LBRACE; }
static bool is_closer(int k) { return k == T_RPAR || k == T_RSQB || k == T_RBRACE; }

/* Can [k] begin an operand (an atom, possibly after unary operators)? */
static bool starts_operand(int k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB:
    case T_LBRACE: case T_ELLIPSIS: case T_NONE: case T_TRUE: case T_FALSE:
        return true;
    default:
        return false;
    }
}

static bool is_unary(int k)
{
    return k == T_MINUS || k == T_PLUS || k == T_TILDE || k == T_NOT ||
           k == T_AWAIT;
}

static bool starts_expr(int k)
{
    return starts_operand(k) || is_unary(k) || k == T_LAMBDA;
}

/* Can a token of kind [k] end an operand? */
static bool ends_operand(int k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_RPAR: case T_RSQB:
    case T_RBRACE: case T_ELLIPSIS: case T_NONE: case T_TRUE: case T_FALSE:
        return true;
    default:
        return false;
    }
}

static bool is_binop(int k)
{
    switch (k) {
    case T_PLUS: case T_MINUS: case T_STAR: case T_SLASH: case T_DOUBLESLASH:
    case T_PERCENT: case T_AT: case T_DOUBLESTAR: case T_LEFTSHIFT:
    case T_RIGHTSHIFT: case T_AMPER: case T_VBAR: case T_CIRCUMFLEX:
    case T_LESS: case T_GREATER: case T_EQEQUAL: case T_NOTEQUAL:
    case T_LESSEQUAL: case T_GREATEREQUAL: case T_IN: case T_NOT: case T_IS:
    case T_AND: case T_OR:
        return true;
    default:
        return false;
    }
}

/* Operators that belong to a disjunction but not to a bitwise_or. */
static bool above_bitwise_or(int k)
{
    switch (k) {
    case T_LESS: case T_GREATER: case T_EQEQUAL: case T_NOTEQUAL:
    case T_LESSEQUAL: case T_GREATEREQUAL: case T_IN: case T_NOT: case T_IS:
    case T_AND: case T_OR:
        return true;
    default:
        return false;
    }
}

/* ---- scanning expressions in the token stream -------------------------- */

/* Index of the first token of the expression that ends at token [end],
 * walking back over balanced brackets. With [bitwise] the expression is a
 * bitwise_or (comparisons and boolean operators stop it), else a
 * disjunction. */
static bool unary_position(Ctx *c, int i)
{
    const Token *prev = tk(c, i - 1);
    return !prev || prev->kind == T_COMMA || is_opener(prev->kind) ||
           prev->kind == T_NEWLINE || prev->kind == T_INDENT ||
           prev->kind == T_DEDENT || prev->kind == T_EQUAL ||
           prev->kind == T_COLON || prev->kind == T_SEMI;
}

static int expr_start(Ctx *c, int end, bool bitwise)
{
    if (!tk(c, end))
        return -1;
    int depth = 0, i = end, start = end;
    for (; ; i--) {
        const Token *t = tk(c, i);
        if (!t)
            break;
        int k = t->kind;
        if (is_closer(k)) {
            depth++;
            start = i;
            continue;
        }
        if (is_opener(k)) {
            if (depth == 0)
                break;
            depth--;
            start = i;
            continue;
        }
        if (depth > 0) {
            start = i;
            continue;
        }
        if (k == T_NEWLINE || k == T_INDENT || k == T_DEDENT || k == T_COMMA ||
            k == T_COLON || k == T_EQUAL || k == T_COLONEQUAL || k == T_IF ||
            k == T_ELSE || k == T_LAMBDA || k == T_YIELD || k == T_RETURN ||
            k == T_ASSERT || k == T_DEL || k == T_RAISE || k == T_FROM ||
            k == T_IMPORT || k == T_AS || k == T_WITH || k == T_WHILE ||
            k == T_ELIF || k == T_SEMI || k == T_RARROW || k == T_FOR ||
            k == T_ASYNC ||
            (k >= T_PLUSEQUAL && k <= T_DOUBLESTAREQUAL) ||
            k == T_DOUBLESLASHEQUAL || k == T_ATEQUAL || k == T_START_FILE)
            break;
        if ((k == T_STAR || k == T_DOUBLESTAR || k == T_AT) && unary_position(c, i))
            break;      /* a starred element or a decorator, not an operator */
        if (bitwise && above_bitwise_or(k))
            break;
        if (k == T_IN) {
            /* `for x in a b`: the `in` of a comprehension starts a new
             * expression; look further back for its `for` */
            int d = 0;
            bool seen_for = false;
            for (int j = i - 1; ; j--) {
                const Token *u = tk(c, j);
                if (!u || u->kind == T_NEWLINE)
                    break;
                if (is_closer(u->kind)) d++;
                else if (is_opener(u->kind)) { if (d == 0) break; d--; }
                else if (d == 0 && (u->kind == T_FOR || u->kind == T_COMMA))
                    { seen_for = u->kind == T_FOR; break; }
            }
            if (seen_for)
                break;
        }
        start = i;
    }
    return start;
}

/* Skip the balanced brackets opened at [i]; the index of the closer, -1 at
 * the end of input (EOF inside the brackets), -2 on anything else odd. */
static int skip_brackets(Ctx *c, int i)
{
    int depth = 0;
    for (;; i++) {
        const Token *t = tk(c, i);
        if (!t || t->kind == T_YYerror)
            return c->p->lx.err == LEXERR_EOF_BRACKET ? -1 : -2;
        if (is_opener(t->kind))
            depth++;
        else if (is_closer(t->kind) && --depth == 0)
            return i;
        else if (t->kind == T_YYEOF)
            return -2;
    }
}

#define NEVER_CLOSED (-1)
#define NO_EXPR (-2)

/* The last token of the expression that starts at [i] (a rough
 * expression_without_invalid: operands, unary and binary operators,
 * calls, subscripts, attributes, string runs; with [commas] a comma list
 * too). NEVER_CLOSED if the input ends inside brackets while looking, as
 * CPython's lookahead would; NO_EXPR if no expression starts at [i]. */
static int expr_end_ex(Ctx *c, int i, bool commas, bool bitwise)
{
    bool want_operand = true;
    int last = NO_EXPR;
    for (;;) {
        const Token *t = tk(c, i);
        if (!t || t->kind == T_YYerror)
            return c->p->lx.err == LEXERR_EOF_BRACKET ? NEVER_CLOSED : last;
        int k = t->kind;
        if (want_operand) {
            if (is_unary(k)) {
                i++;
                continue;
            }
            if (!starts_operand(k))
                return last;
            if (is_opener(k)) {
                int e = skip_brackets(c, i);
                if (e < 0)
                    return e == -1 ? NEVER_CLOSED : last;
                i = e;
            }
            last = i++;
            want_operand = false;
            continue;
        }
        if (k == T_LPAR || k == T_LSQB) {
            int e = skip_brackets(c, i);
            if (e < 0)
                return e == -1 ? NEVER_CLOSED : last;
            last = e;
            i = e + 1;
            continue;
        }
        if (k == T_DOT) {
            const Token *n = tk(c, i + 1);
            if (n && n->kind == T_NAME) {
                last = i + 1;
                i += 2;
                continue;
            }
            return last;
        }
        if (k == T_STRING && last >= 0 && tk(c, last) &&
            tk(c, last)->kind == T_STRING) {
            last = i++;
            continue;
        }
        if (bitwise && above_bitwise_or(k))
            return last;
        if (commas && k == T_COMMA) {
            const Token *n = tk(c, i + 1);
            if (!n || !starts_expr(n->kind))
                return i;       /* a trailing comma belongs to the list */
        }
        if (is_binop(k) || (commas && k == T_COMMA)) {
            const Token *n = tk(c, i + 1);
            if (k == T_NOT && n && n->kind == T_IN)
                i++;
            else if (k == T_IS && n && n->kind == T_NOT)
                i++;
            i++;
            want_operand = true;
            continue;
        }
        return last;
    }
}

static int expr_end(Ctx *c, int i, bool commas)
{
    return expr_end_ex(c, i, commas, false);
}

/* ---- the checks -------------------------------------------------------- */

/* CPython's second pass read on to the end of input inside brackets:
 * the scanner's "'(' was never closed" is the error. */
static void never_closed(Ctx *c)
{
    Diag *d = c->p->diag;
    const Diag *l = &c->p->lexdiag;
    diag_clear(d);
    syntax_error(d, l->kind, c->p->src, c->p->len, l->lineno, 0, l->end_lineno,
                 -1, "%s", l->msg);
    d->offset = l->offset;
    d->end_offset = l->end_offset;
}

static bool is_legacy_name(const Token *t)
{
    return t->kind == T_NAME && ((t->len == 5 && !memcmp(t->start, "print", 5)) ||
                                 (t->len == 4 && !memcmp(t->start, "exec", 4)));
}

/* invalid_legacy_expression: `print x` -> Missing parentheses ... */
static bool legacy_print(Ctx *c)
{
    const Token *name = tk(c, c->at - 1);
    if (!name || !is_legacy_name(name) || !starts_expr(c->tok->kind) ||
        expr_start(c, c->at - 1, false) != c->at - 1)
        return false;
    int e = expr_end(c, c->at, true);
    if (e == NEVER_CLOSED) {
        never_closed(c);
        return true;
    }
    if (e < 0)
        return false;
    char msg[128];
    snprintf(msg, sizeof msg, "Missing parentheses in call to '%.*s'. Did you "
             "mean %.*s(...)?", (int)name->len, name->start, (int)name->len,
             name->start);
    at_range(c, name, tk(c, e), msg);
    return true;
}

/* invalid_expression: two expressions side by side inside brackets. */
static bool forgot_comma(Ctx *c)
{
    const Token *prev = tk(c, c->at - 1);
    if (!prev || !ends_operand(prev->kind) || !starts_expr(c->tok->kind))
        return false;
    /* names, not expressions, in these statements */
    const Token *h = tk(c, line_start(c, c->at));
    if (h && (h->kind == T_FROM || h->kind == T_IMPORT || h->kind == T_GLOBAL ||
              h->kind == T_NONLOCAL ||
              ((h->kind == T_DEF || h->kind == T_CLASS) && c->tok->level == 0)))
        return false;
    if (c->tok->level == 0) {
        /* CPython parses the second expression before it looks at the
         * bracket level: running into the end of input inside a bracket
         * there makes "was never closed" the error */
        if (!(prev->kind == T_NAME && c->tok->kind == T_STRING) &&
            !is_legacy_name(prev) && expr_end(c, c->at, false) == NEVER_CLOSED) {
            never_closed(c);
            return true;
        }
        return false;
    }
    int s = expr_start(c, c->at - 1, false);
    const Token *a = s >= 0 ? tk(c, s) : NULL;
    if (!a)
        return false;
    /* a comprehension's iterable is not an `expression` in CPython's
     * grammar, so no comma is guessed there */
    const Token *before_a = tk(c, s - 1);
    if (before_a && before_a->kind == T_IN)
        return false;
    /* `f"..."`-like NAME STRING pairs and print/exec are left alone */
    if (s == c->at - 1 && prev->kind == T_NAME && c->tok->kind == T_STRING)
        return false;
    if (s == c->at - 1 && is_legacy_name(prev))
        return false;
    /* not in a parameter list: `def f(x y)` is plain invalid syntax */
    int depth = 0;
    for (int j = c->at - 1; ; j--) {
        const Token *t = tk(c, j);
        if (!t)
            break;
        if (is_closer(t->kind))
            depth++;
        else if (is_opener(t->kind) && depth-- == 0) {
            const Token *n = tk(c, j - 1), *d = tk(c, j - 2);
            const Token *before_a = tk(c, s - 1);
            if (t->kind == T_LPAR && n && d && n->kind == T_NAME &&
                d->kind == T_DEF && !(before_a && before_a->kind == T_EQUAL))
                return false;   /* but a default value is an expression */
            break;
        }
    }
    int e = expr_end(c, c->at, false);
    if (e == NEVER_CLOSED) {
        never_closed(c);
        return true;
    }
    if (e < 0)
        return false;
    at_range(c, a, tk(c, e), "invalid syntax. Perhaps you forgot a comma?");
    return true;
}

/* The innermost context of token [i]: the kind of its enclosing bracket,
 * or of the first token of its logical line when it is not in brackets. */
static int context_kind(Ctx *c, int i)
{
    int depth = 0;
    for (int j = i - 1; ; j--) {
        const Token *t = tk(c, j);
        if (!t || t->kind == T_NEWLINE || t->kind == T_INDENT ||
            t->kind == T_DEDENT)
            return tk(c, j + 1) ? tk(c, j + 1)->kind : 0;
        if (is_closer(t->kind))
            depth++;
        else if (is_opener(t->kind)) {
            if (depth == 0)
                return t->kind;
            depth--;
        }
    }
}

static Node *snippet(Ctx *c, int from, int to)
{
    const Token *a = tk(c, from), *b = tk(c, to);
    if (!a || !b)
        return NULL;
    return parse_snippet(c->p, a->start, (size_t)(b->start + b->len - a->start),
                         a->lineno, a->col);
}

/* invalid_named_expression: `if x = 1:` and `[a.b = 1]`. */
static bool named_assign(Ctx *c)
{
    if (c->tok->kind != T_EQUAL)
        return false;
    int ctx = context_kind(c, c->at);
    bool named = ctx == T_LPAR || ctx == T_LSQB || ctx == T_LBRACE ||
                 ctx == T_IF || ctx == T_ELIF || ctx == T_WHILE;
    if (!named)
        return false;
    const Token *prev = tk(c, c->at - 1);
    if (!prev || !ends_operand(prev->kind))
        return false;
    int s = expr_start(c, c->at - 1, true);
    if (s < 0)
        return false;
    /* `*x = 1`, `**x = 1`: a starred item is no named expression, and
     * CPython's error is the plain one at the '=' */
    const Token *before = s > 0 ? tk(c, s - 1) : NULL;
    if (before && (before->kind == T_STAR || before->kind == T_DOUBLESTAR))
        return false;
    int e = expr_end_ex(c, c->at + 1, false, true);
    if (e == NEVER_CLOSED) {
        never_closed(c);
        return true;
    }
    const Token *after = e >= 0 ? tk(c, e + 1) : NULL;
    if (e < 0 || (after && (after->kind == T_EQUAL || after->kind == T_COLONEQUAL)))
        return false;
    const Token *a = tk(c, s);
    if (s == c->at - 1 && a->kind == T_NAME) {
        at_range(c, a, tk(c, e), "invalid syntax. Maybe you meant '==' or ':=' "
                                 "instead of '='?");
        return true;
    }
    Node *n = snippet(c, s, c->at - 1);
    if (!n || n->kind == NODE_List || n->kind == NODE_Tuple ||
        n->kind == NODE_GeneratorExp ||
        (n->kind == NODE_Constant && (n->v.Constant.value.kind == CONST_TRUE ||
                                      n->v.Constant.value.kind == CONST_FALSE ||
                                      n->v.Constant.value.kind == CONST_NONE)))
        return false;
    const Token *b = tk(c, c->at - 1);
    parse_error_at(c->p, DIAG_SYNTAX, a->lineno, a->col, b->end_lineno,
                   b->end_col, "cannot assign to %s here. Maybe "
                   "you meant '==' instead of '='?", ast_expr_name(n));
    return true;
}

/* invalid_named_expression: `f(x) := 1` outside parentheses. */
static bool walrus_target(Ctx *c)
{
    if (c->tok->kind != T_COLONEQUAL)
        return false;
    int s = expr_start(c, c->at - 1, false);
    if (s < 0 || (s == c->at - 1 && tk(c, s)->kind == T_NAME))
        return false;
    int e = expr_end(c, c->at + 1, false);
    if (e == NEVER_CLOSED) {
        never_closed(c);
        return true;
    }
    if (e < 0)
        return false;           /* `f() :=` with nothing after */
    Node *n = snippet(c, s, c->at - 1);
    if (!n)
        return false;
    const Token *a = tk(c, s), *b = tk(c, c->at - 1);
    parse_error_at(c->p, DIAG_SYNTAX, a->lineno, a->col, b->end_lineno,
                   b->end_col, "cannot use assignment expressions with %s",
                   ast_expr_name(n));
    return true;
}

/* `a if b` without `else`. */
static bool missing_else(Ctx *c)
{
    if (!expected(c, T_ELSE) || c->tok->kind == T_ELSE ||
        c->tok->kind == T_COLON)
        return false;
    int depth = 0, iff = -1;
    for (int j = c->at - 1; ; j--) {
        const Token *t = tk(c, j);
        if (!t || t->kind == T_NEWLINE || t->kind == T_INDENT)
            break;
        if (is_closer(t->kind)) depth++;
        else if (is_opener(t->kind)) { if (!depth) break; depth--; }
        else if (!depth && t->kind == T_IF) { iff = j; break; }
    }
    if (iff < 1)
        return false;
    int s = expr_start(c, iff - 1, false);
    if (s < 0)
        return false;
    at_range(c, tk(c, s), tk(c, c->at - 1),
             "expected 'else' after 'if' expression");
    return true;
}

static int enclosing_opener(Ctx *c, int i);

/* invalid_double_starred_kvpairs / invalid_kvpair: `{1: 2, 3}`. */
static bool dict_colon(Ctx *c)
{
    const Token *colon = tk(c, c->at - 1);
    if (colon && colon->kind == T_COLON && context_kind(c, c->at) == T_LBRACE &&
        (c->tok->kind == T_RBRACE || c->tok->kind == T_COMMA)) {
        at_token(c, DIAG_SYNTAX, colon,
                 "expression expected after dictionary key and ':'");
        return true;
    }
    if (!expected(c, T_COLON) || c->tok->kind == T_COLON ||
        context_kind(c, c->at) != T_LBRACE)
        return false;
    int s = expr_start(c, c->at - 1, false);
    const Token *a = s >= 0 ? tk(c, s) : NULL;
    const Token *before = s >= 0 ? tk(c, s - 1) : NULL;
    if (!a || !before || before->kind != T_COMMA)
        return false;
    /* a dict display: its first entry has a ':' (or is `**x`) */
    int op = enclosing_opener(c, c->at);
    const Token *first = op >= 0 ? tk(c, op + 1) : NULL;
    bool dict = first && first->kind == T_DOUBLESTAR;
    for (int j = op + 1; op >= 0 && !dict && j < c->at; j++) {
        const Token *t = tk(c, j);
        if (t->level != first->level)
            continue;
        if (t->kind == T_COMMA)
            break;
        if (t->kind == T_COLON)
            dict = true;
    }
    if (!dict)
        return false;
    /* CPython points at the last character of the key */
    const Token *z = tk(c, c->at - 1);
    parse_error_at(c->p, DIAG_SYNTAX, a->lineno, z->end_col - 1, z->end_lineno,
                   -1, "':' expected after dictionary key");
    return true;
}

/* The invalid_*_stmt rules `header NEWLINE` and the forced `&&':'`. */
static bool expected_colon(Ctx *c)
{
    if (!expected(c, T_COLON))
        return false;
    int s = line_start(c, c->at);
    const Token *h = tk(c, s);
    if (!h || s == c->at)
        return false;
    switch (h->kind) {
    case T_IF: case T_ELIF: case T_WHILE: case T_FOR: case T_WITH:
    case T_CLASS: case T_EXCEPT:
        if (c->tok->kind != T_NEWLINE || c->tok->level > 0)
            return false;
        break;
    case T_DEF:
        if (c->tok->level > 0)
            return false;
        break;
    case T_TRY: case T_FINALLY: case T_ELSE:
        if (c->at != s + 1)
            return false;
        break;
    default:
        return false;
    }
    /* the header's own colon, not one inside it (`if a: lambda`) */
    for (int j = s + 1; j < c->at; j++) {
        const Token *t = tk(c, j);
        if (t && t->kind == T_COLON && t->level == 0)
            return false;
    }
    at_token(c, DIAG_SYNTAX, c->tok, "expected ':'");
    return true;
}

static bool expected_lpar(Ctx *c)
{
    const Token *name = tk(c, c->at - 1), *def = tk(c, c->at - 2);
    if (c->tok->kind == T_LPAR || !name || !def || name->kind != T_NAME ||
        def->kind != T_DEF)
        return false;
    at_token(c, DIAG_SYNTAX, c->tok, "expected '('");
    return true;
}

static bool try_without_handler(Ctx *c)
{
    if (!expected(c, T_EXCEPT) || !expected(c, T_FINALLY))
        return false;
    at_token(c, DIAG_SYNTAX, c->tok, "expected 'except' or 'finally' block");
    return true;
}

/* `from m import a,` */
static bool import_trailing_comma(Ctx *c)
{
    const Token *comma = tk(c, c->at - 1);
    if (c->tok->kind != T_NEWLINE || !comma || comma->kind != T_COMMA)
        return false;
    const Token *h = tk(c, line_start(c, c->at));
    if (!h || h->kind != T_FROM)
        return false;
    at_token(c, DIAG_SYNTAX, c->tok, "trailing comma not allowed without "
                                     "surrounding parentheses");
    return true;
}

/* Index of the innermost unclosed opener before token [i], or -1. */
static int enclosing_opener(Ctx *c, int i)
{
    int depth = 0;
    for (int j = i - 1; ; j--) {
        const Token *t = tk(c, j);
        if (!t || t->kind == T_NEWLINE || t->kind == T_INDENT ||
            t->kind == T_DEDENT)
            return -1;
        if (is_closer(t->kind))
            depth++;
        else if (is_opener(t->kind) && depth-- == 0)
            return j;
    }
}

static bool in_def_params(Ctx *c, int i)
{
    int op = enclosing_opener(c, i);
    const Token *o = op >= 0 ? tk(c, op) : NULL;
    const Token *n = op >= 1 ? tk(c, op - 1) : NULL, *d = op >= 2 ? tk(c, op - 2) : NULL;
    return o && n && d && o->kind == T_LPAR && n->kind == T_NAME && d->kind == T_DEF;
}

/* `def f(x, y=):` */
static bool missing_default(Ctx *c)
{
    const Token *eq = tk(c, c->at - 1);
    int k = c->tok->kind;
    if (!eq || eq->kind != T_EQUAL || (k != T_COMMA && k != T_RPAR && k != T_COLON))
        return false;
    bool lambda = false;
    if (!in_def_params(c, c->at)) {
        /* or a lambda's parameters: a `lambda` earlier at this depth */
        int depth = 0;
        for (int j = c->at - 1; !lambda; j--) {
            const Token *t = tk(c, j);
            if (!t || t->kind == T_NEWLINE || t->kind == T_COLON)
                break;
            if (is_closer(t->kind)) depth++;
            else if (is_opener(t->kind)) { if (!depth) break; depth--; }
            else if (!depth && t->kind == T_LAMBDA) lambda = true;
        }
        if (!lambda)
            return false;
    }
    at_token(c, DIAG_SYNTAX, eq, "expected default value expression");
    return true;
}

/* Parse tokens [from, to] quietly and find the part that cannot be a
 * target, as CPython's invalid_assignment and invalid_for_target do. */
static bool target_error(Ctx *c, int from, int to, bool del)
{
    Node *n = snippet(c, from, to);
    if (!n)
        return false;
    const Node *bad = ast_invalid_target(n, del ? TARGET_DEL : TARGET_STAR);
    if (!bad)
        return false;
    parse_error_node(c->p, bad, del ? "cannot delete %s" : "cannot assign to %s",
                     ast_expr_name(bad));
    return true;
}

/* A statement `targets = <nothing valid>`: CPython checks the targets
 * before anything that follows the '='. Also `a + 1 = ` etc. */
static bool bad_assign_target(Ctx *c)
{
    int s = line_start(c, c->at);
    const Token *h = tk(c, s);
    if (!h || c->tok->level > 0 || !starts_expr(h->kind))
        return false;
    int seg = s;
    for (int j = s; j < c->at; j++) {
        const Token *t = tk(c, j);
        if (!t)
            return false;
        if (t->level == 0 && t->kind == T_EQUAL) {
            if (j > seg && target_error(c, seg, j - 1, false))
                return true;
            seg = j + 1;
        } else if (t->level == 0 && (t->kind == T_COLON || t->kind == T_SEMI ||
                                     (t->kind >= T_PLUSEQUAL &&
                                      t->kind <= T_DOUBLESTAREQUAL))) {
            return false;
        }
    }
    return false;
}

/* invalid_for_target: `for i and x in y` / `[a for f() in b]`. */
static bool bad_for_target(Ctx *c)
{
    int depth = 0, f = -1;
    for (int j = c->at - 1; ; j--) {
        const Token *t = tk(c, j);
        if (!t || t->kind == T_NEWLINE || t->kind == T_INDENT || t->kind == T_DEDENT)
            break;
        if (is_closer(t->kind)) depth++;
        else if (is_opener(t->kind)) { if (!depth) break; depth--; }
        else if (!depth && t->kind == T_IN) return false;
        else if (!depth && t->kind == T_FOR) { f = j; break; }
    }
    if (f < 0)
        return false;
    int e = expr_end(c, f + 1, true);
    if (e < f + 1)
        return false;
    /* CPython's star_expressions stops before `in` for the target */
    for (int j = f + 1; j <= e; j++) {
        const Token *t = tk(c, j);
        if (t && t->kind == T_IN && t->level == tk(c, f)->level) {
            e = j - 1;
            break;
        }
    }
    Node *n = snippet(c, f + 1, e);
    if (!n)
        return false;
    const Node *bad = ast_invalid_target(n, TARGET_FOR);
    if (!bad)
        return false;
    parse_error_node(c->p, bad, "cannot assign to %s", ast_expr_name(bad));
    return true;
}

/* invalid_kwarg: `f(a.b=1)` even when what follows the '=' is broken. */
static bool kwarg_assign(Ctx *c)
{
    int op = enclosing_opener(c, c->at);
    const Token *o = op >= 0 ? tk(c, op) : NULL, *fn = op >= 1 ? tk(c, op - 1) : NULL;
    if (!o || o->kind != T_LPAR || !fn || !ends_operand(fn->kind) || in_def_params(c, c->at))
        return false;
    /* the '=' of the current argument */
    int eq = -1, start = op + 1;
    for (int j = op + 1; j < c->at; j++) {
        const Token *t = tk(c, j);
        if (t->level == o->level + 1 && t->kind == T_COMMA) {
            start = j + 1;
            eq = -1;
        } else if (t->level == o->level + 1 && t->kind == T_EQUAL && eq < 0) {
            eq = j;
        }
    }
    if (eq < 0 || eq == start)
        return false;
    const Token *a = tk(c, start), *e = tk(c, eq);
    if (eq == start + 1 && a->kind == T_NAME)
        return false;           /* a well-formed keyword */
    if (eq == start + 1 && (a->kind == T_TRUE || a->kind == T_FALSE ||
                            a->kind == T_NONE)) {
        char msg[64];
        snprintf(msg, sizeof msg, "cannot assign to %.*s", (int)a->len, a->start);
        at_range(c, a, e, msg);
        return true;
    }
    at_range(c, a, e, "expression cannot contain assignment, perhaps you meant "
                      "\"==\"?");
    return true;
}

/* invalid_assignment: `expr: annotation` with an expression that cannot be
 * annotated, whatever follows. */
static bool bad_annotation(Ctx *c)
{
    int s = line_start(c, c->at);
    const Token *h = tk(c, s);
    if (!h || !starts_expr(h->kind))
        return false;
    int colon = -1;
    bool comma = false;
    for (int j = s; j < c->at; j++) {
        const Token *t = tk(c, j);
        if (!t)
            return false;
        if (t->level != 0)
            continue;
        if (t->kind == T_COMMA)
            comma = true;
        else if (t->kind == T_EQUAL || t->kind == T_SEMI)
            return false;
        else if (t->kind == T_COLON) {
            colon = j;
            break;
        }
    }
    if (colon <= s)
        return false;
    Node *n = snippet(c, s, colon - 1);
    if (!n || n->kind == NODE_Name || n->kind == NODE_Attribute ||
        n->kind == NODE_Subscript)
        return false;
    if (comma) {
        /* `a, b: int`: reported at the first element */
        Node *first = n->kind == NODE_Tuple && n->v.Tuple.elts.count
                      ? n->v.Tuple.elts.items[0] : n;
        parse_error_node(c->p, first, "only single target (not tuple) can be "
                                      "annotated");
        return true;
    }
    if (n->kind == NODE_Tuple || n->kind == NODE_List) {
        parse_error_node(c->p, n, "only single target (not %s) can be annotated",
                         n->kind == NODE_Tuple ? "tuple" : "list");
        return true;
    }
    parse_error_node(c->p, n, "illegal target for annotation");
    return true;
}

/* CPython's invalid_as_pattern: `case 1 as 2:` -- after a pattern's `as`
 * comes a name to bind, nothing else. */
static bool bad_pattern_target(Ctx *c)
{
    const Token *as = tk(c, c->at - 1);
    if (!as || as->kind != T_AS || c->tok->kind == T_NAME || !starts_operand(c->tok->kind))
        return false;
    const Token *h = tk(c, line_start(c, c->at));
    if (!h || h->kind != T_CASE)
        return false;
    at_token(c, DIAG_SYNTAX, c->tok, "invalid pattern target");
    return true;
}

void parse_explain_error(Parser *p)
{
    Ctx c = {p, p->err_index, parse_token(p, p->err_index)};
    if (!c.tok)
        return;
    if (missing_block(&c))
        return;
    if (c.tok->kind == T_INDENT || (c.tok->kind == T_DEDENT && !p->lx.eof_seen)) {
        /* CPython reports these without looking further into the file */
        at_token(&c, DIAG_INDENTATION, c.tok, c.tok->kind == T_INDENT
                 ? "unexpected indent" : "unexpected unindent");
        p->final_error = true;
        return;
    }
    if (legacy_print(&c) || kwarg_assign(&c) || dict_colon(&c) || forgot_comma(&c) ||
        named_assign(&c) || walrus_target(&c) || missing_default(&c) ||
        bad_for_target(&c) || bad_annotation(&c) || bad_assign_target(&c) ||
        missing_else(&c) || expected_colon(&c) ||
        expected_lpar(&c) || try_without_handler(&c) ||
        import_trailing_comma(&c) || bad_pattern_target(&c))
        return;
    /* RAISE_SYNTAX_ERROR_KNOWN_LOCATION at the offending token; a made-up
     * end-of-input token has no column there (offset 0) */
    if (c.tok->synthetic)
        parse_error_at(p, DIAG_SYNTAX, c.tok->err_lineno, -1, c.tok->err_lineno,
                       -1, "invalid syntax");
    else
        at_token(&c, DIAG_SYNTAX, c.tok, "invalid syntax");
}

/* The input ended inside brackets. CPython's second pass may still name a
 * mistake made before that point (`f(a.b=` -> "expression cannot contain
 * assignment"); otherwise "'(' was never closed" stands. */
bool parse_explain_eof_error(Parser *p)
{
    Ctx c = {p, p->err_index, parse_token(p, p->err_index)};
    if (!c.tok)
        return false;
    return kwarg_assign(&c);
}
