/* strings.c -- string literals in the tree: concatenation, escapes,
 * bytes, and f-strings split into JoinedStr / FormattedValue nodes.
 *
 * Lesson 2 (the pipeline). Adjacent literals ("a" 'b' f"{c}") reach the
 * parser as a run of STRING tokens; ast_strings() turns the run into one
 * Constant (str or bytes) or, if any part is an f-string, one JoinedStr,
 * exactly as CPython 3.11's string_parser.c does: literal text next to
 * literal text is merged, empty pieces are dropped, `{x!r:>{w}}` becomes
 * FormattedValue(x, conversion=114, format_spec=JoinedStr([...])), and
 * `{x=}` adds the text "x=" in front and defaults the conversion to !r.
 *
 * Each embedded expression is parsed by running the (reentrant) parser
 * again on its text (parse_fstring_expr in parse.c), wrapped in
 * parentheses as CPython does; its node positions are then moved to where
 * the expression sits in the file. The string's own nodes (Constant,
 * FormattedValue, JoinedStr) span the whole literal run, as in CPython 3.11.
 */
#include <string.h>

#include "common/strbuf.h"
#include "lexer/strlit.h"
#include "pstate.h"

typedef struct {
    Parser *p;
    Loc loc;                /* the whole run of literals */
    Seq *values;            /* finished JoinedStr values */
    StrBuf lit;             /* literal text not yet flushed */
    bool lit_u;             /* the pending literal began with a u'' part */
    const StrTok *tok;      /* the token being split */
    const char *body;       /* its body, for positions */
} FBuilder;

/* Errors about a string's contents are reported where CPython reports
 * them: at the token after the literal run (the parser's lookahead). */
static void str_error(Parser *p, const char *msg)
{
    const Token *t = parse_token(p, p->next - 1);
    if (!t) {
        parse_error_at(p, DIAG_SYNTAX, p->lx.lineno, 0, p->lx.lineno, 0, "%s",
                       msg);
        return;
    }
    int line = t->synthetic ? t->err_lineno : t->lineno;
    int col = t->synthetic ? t->err_col + 1 : t->col;
    int end = t->kind == T_NEWLINE || t->synthetic ? col : t->end_col;
    parse_error_at(p, DIAG_SYNTAX, line, col, line, end, "%s", msg);
}

static Node *str_const(FBuilder *b, const char *s, size_t len)
{
    Node *c = ast_node(b->p, NODE_Constant, b->loc);
    c->v.Constant.value.kind = CONST_STR;
    c->v.Constant.value.text = arena_strndup(b->p->arena, s, len);
    c->v.Constant.value.len = len;
    return c;
}

static void flush(FBuilder *b)
{
    if (b->lit.len == 0)
        return;
    Node *c = str_const(b, b->lit.data, b->lit.len);
    c->v.Constant.value.is_u = b->lit_u;
    ast_seq_push(b->p, b->values, c);
    strbuf_reset(&b->lit);
    b->lit_u = false;
}

/* Line and column in the file of byte [at] of the current token's body. */
static void body_pos(FBuilder *b, const char *at, int *line, int *col)
{
    const StrTok *t = b->tok;
    *line = t->lineno;
    const char *ls = t->text - t->col;   /* start of the token's first line */
    for (const char *q = t->text; q < at; q++)
        if (*q == '\n') {
            (*line)++;
            ls = q + 1;
        }
    *col = (int)(at - ls);
}

static bool decode_into(FBuilder *b, StrBuf *out, const char *s, size_t len,
                        bool raw)
{
    char err[320];
    if (!lex_decode_literal(out, s, len, raw, false, err, sizeof err)) {
        str_error(b->p, err);
        return false;
    }
    return true;
}

static bool fparse(FBuilder *b, const char **str, const char *end, bool raw,
                   int level);

/* One replacement field, *str at its '{'. */
static bool fexpr(FBuilder *b, const char **str, const char *end, bool raw,
                  int level)
{
    Parser *p = b->p;
    if (level >= 2) {
        str_error(p, "f-string: expressions nested too deeply");
        return false;
    }
    const char *s = ++*str;
    const char *expr_start = s;
    char quote = 0, stack[LEX_MAXLEVEL];
    int qsize = 0, depth = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            str_error(p, "f-string expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (qsize == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                qsize = 3;
                s += 2;
            } else {
                qsize = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= LEX_MAXLEVEL) {
                str_error(p, "f-string: too many nested parenthesis");
                return false;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            str_error(p, "f-string expression part cannot include '#'");
            return false;
        } else if (depth == 0 && strchr("!:}=<>", ch)) {
            char next = s + 1 < end ? s[1] : 0;
            if (next == '=' && strchr("!=<>", ch)) {
                s++;
                continue;
            }
            if (ch == '<' || ch == '>')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            char msg[96];
            if (!depth) {
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
                str_error(p, msg);
                return false;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                snprintf(msg, sizeof msg, "f-string: closing parenthesis '%c' "
                         "does not match opening parenthesis '%c'", ch, open);
                str_error(p, msg);
                return false;
            }
        }
    }
    const char *expr_end = s;
    if (quote) {
        str_error(p, "f-string: unterminated string");
        return false;
    }
    if (depth) {
        char msg[64];
        snprintf(msg, sizeof msg, "f-string: unmatched '%c'", stack[depth - 1]);
        str_error(p, msg);
        return false;
    }
    if (s >= end)
        goto expecting;
    const char *q = expr_start;
    while (q < expr_end && strchr(" \t\n\r\f\v", *q))
        q++;
    if (q == expr_end) {
        char msg[64];
        if (*s == '}')
            snprintf(msg, sizeof msg, "f-string: empty expression not allowed");
        else
            snprintf(msg, sizeof msg, "f-string: expression required before "
                     "'%c'", *s);
        str_error(p, msg);
        return false;
    }
    int line, col;
    body_pos(b, expr_start, &line, &col);
    Node *value;
    if (!parse_fstring_expr(p, expr_start, (size_t)(expr_end - expr_start),
                            line, col, &value))
        return false;

    const char *text_start = NULL, *text_end = NULL;
    if (*s == '=') {
        s++;
        while (s < end && strchr(" \t\n\r\f\v", *s))
            s++;
        if (s >= end)
            goto expecting;
        text_start = expr_start;
        text_end = s;
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end)
            goto expecting;
        char c = *s++;
        if (c != 's' && c != 'r' && c != 'a') {
            str_error(p, "f-string: invalid conversion character: expected "
                         "'s', 'r', or 'a'");
            return false;
        }
        conversion = (unsigned char)c;
    }
    Node *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end)
            goto expecting;
        Seq *parts = ast_seq(p);
        StrBuf saved = b->lit;
        bool saved_u = b->lit_u;
        Seq *saved_values = b->values;
        strbuf_init_in(&b->lit, p->arena);
        b->values = parts;
        bool ok = fparse(b, &s, end, raw, level + 1);
        if (ok)
            flush(b);
        strbuf_free(&b->lit);
        b->lit = saved;
        b->lit_u = saved_u;
        b->values = saved_values;
        if (!ok)
            return false;
        Loc tl = {b->tok->lineno, b->tok->col, b->tok->end_lineno,
                  b->tok->end_col};
        spec = ast_node(p, NODE_JoinedStr, tl);
        spec->v.JoinedStr.values = ast_list(parts);
    }
    if (s >= end || *s != '}')
        goto expecting;
    *str = s + 1;

    if (text_start) {
        strbuf_append(&b->lit, text_start, (size_t)(text_end - text_start));
        if (conversion == -1 && !spec)
            conversion = 'r';
    }
    flush(b);
    Node *fv = ast_node(p, NODE_FormattedValue, b->loc);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    ast_seq_push(p, b->values, fv);
    return true;
expecting:
    str_error(p, "f-string: expecting '}'");
    return false;
}

/* Literal text and replacement fields up to [end] (level 0) or up to the
 * '}' that closes a format spec (level > 0). */
static bool fparse(FBuilder *b, const char **str, const char *end, bool raw,
                   int level)
{
    const char *s = *str;
    for (;;) {
        const char *start = s;
        bool doubled = false;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                /* an escape: its character is not a brace; nor are the
                 * braces of \N{name} (as CPython's fstring_find_literal,
                 * which also steps over the character after a lone \N) */
                if (*s++ == 'N' && s < end && *s++ == '{')
                    while (s < end && *s++ != '}') {
                    }
                continue;
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (s < end && *s == ch) {
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        str_error(b->p, "f-string: single '}' is not allowed");
                        return false;
                    }
                }
                s--;
                break;
            }
        }
        if (!decode_into(b, &b->lit, start, (size_t)(s - start), raw))
            return false;
        if (doubled) {
            s++;                /* skip the second brace */
            continue;
        }
        if (s >= end || *s == '}')
            break;
        if (!fexpr(b, &s, end, raw, level))
            return false;
    }
    if (level > 0 && (s >= end || *s != '}')) {
        str_error(b->p, "f-string: expecting '}'");
        return false;
    }
    *str = s;
    return true;
}

Node *ast_strings(Parser *p, StrTok *first, Loc l)
{
    LexStrParts parts;
    lex_str_parts(first->text, first->len, &parts);
    bool bytes = parts.bytes, any_f = false;
    for (StrTok *t = first; t; t = t->next) {
        lex_str_parts(t->text, t->len, &parts);
        if (parts.bytes != bytes) {
            str_error(p, "cannot mix bytes and nonbytes literals");
            return NULL;
        }
        any_f |= parts.fstring;
    }
    char err[320];
    if (bytes) {
        StrBuf out;
        strbuf_init_in(&out, p->arena);
        for (StrTok *t = first; t; t = t->next) {
            lex_str_parts(t->text, t->len, &parts);
            for (size_t i = 0; i < parts.body_len; i++)
                if ((unsigned char)parts.body[i] >= 0x80) {
                    parse_error_at(p, DIAG_SYNTAX, t->lineno, t->col,
                                   t->end_lineno, t->end_col,
                                   "bytes can only contain ASCII literal "
                                   "characters");
                    strbuf_free(&out);
                    return NULL;
                }
            if (!lex_decode_literal(&out, parts.body, parts.body_len, parts.raw,
                                    true, err, sizeof err)) {
                str_error(p, err);
                strbuf_free(&out);
                return NULL;
            }
        }
        Node *c = ast_node(p, NODE_Constant, l);
        c->v.Constant.value.kind = CONST_BYTES;
        c->v.Constant.value.text = arena_strndup(p->arena, out.data ? out.data : "",
                                                 out.len);
        c->v.Constant.value.len = out.len;
        strbuf_free(&out);
        return c;
    }
    FBuilder b = {p, l, ast_seq(p), {0}, false, NULL, NULL};
    strbuf_init_in(&b.lit, p->arena);
    lex_str_parts(first->text, first->len, &parts);
    b.lit_u = parts.u;
    Node *result = NULL;
    for (StrTok *t = first; t; t = t->next) {
        lex_str_parts(t->text, t->len, &parts);
        b.tok = t;
        b.body = parts.body;
        if (!parts.fstring) {
            if (!decode_into(&b, &b.lit, parts.body, parts.body_len, parts.raw))
                goto done;
            continue;
        }
        const char *s = parts.body;
        p->fstring_tok = t;
        if (!fparse(&b, &s, parts.body + parts.body_len, parts.raw, 0))
            goto done;
    }
    if (!any_f) {
        result = str_const(&b, b.lit.data ? b.lit.data : "", b.lit.len);
        result->v.Constant.value.is_u = b.lit_u;
    } else {
        flush(&b);
        result = ast_node(p, NODE_JoinedStr, l);
        result->v.JoinedStr.values = ast_list(b.values);
    }
done:
    strbuf_free(&b.lit);
    return result;
}
