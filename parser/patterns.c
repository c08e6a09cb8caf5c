/* patterns.c -- the syntax tree of the match statement (PEP 634): the
 * grammar actions of match_stmt and of the pattern rules in grammar.y.
 *
 * Lesson 2 (the pipeline): a pattern looks like an expression but is not
 * one. `case Point(x=0, y=y):` builds MatchClass(cls=Name('Point'),
 * kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(0), MatchAs(name='y')]):
 * `y` here is a name to *bind*, not to load, and `_` binds nothing. The
 * LALR grammar collects the pieces as flat lists; the checks CPython's PEG
 * grammar makes with its invalid_* rules happen here, with its messages.
 * The checks that need the whole statement (unreachable cases, names bound
 * twice, alternatives that bind different names) are the compiler's
 * (vm/compile_match.c), as in CPython.
 */
#include <string.h>

#include "pstate.h"

static bool is_wildcard_name(const char *name)
{
    return strcmp(name, "_") == 0;
}

/* An "invalid syntax" error at columns [col, end_col) of [line] (CPython's
 * generic message where its grammar simply finds no rule). */
static void invalid_at(Parser *p, int line, int col, int end_col)
{
    parse_error_at(p, DIAG_SYNTAX, line, col, line, end_col, "invalid syntax");
}

Node *ast_match(Parser *p, Node *subject, Seq *cases, Loc l)
{
    Node *m = ast_node(p, NODE_Match, l);
    m->v.Match.subject = subject;
    m->v.Match.cases = ast_list(cases);
    const Node *last = cases->items[cases->count - 1];
    m->end_lineno = last->end_lineno;
    m->end_col_offset = last->end_col_offset;
    return m;
}

Node *ast_match_subject(Parser *p, Seq *items, Loc l)
{
    if (items->count == 1 && !items->comma) {
        Node *only = items->items[0];
        if (only->kind == NODE_Starred) {
            /* `match *x:` -- CPython points at what follows the subject */
            invalid_at(p, l.last_line, l.last_column, l.last_column + 1);
            return NULL;
        }
        return only;
    }
    Node *t = ast_node(p, NODE_Tuple, l);
    t->v.Tuple.elts = ast_list(items);
    return t;
}

Node *ast_pattern_items(Parser *p, Seq *items, bool comma, Loc l)
{
    if (items->count == 1 && !comma) {
        Node *only = items->items[0];
        if (only->kind == NODE_MatchStar) {
            /* `case *x:` is no pattern: a star needs a sequence around it */
            invalid_at(p, l.last_line, l.last_column, l.last_column + 1);
            return NULL;
        }
        return only;
    }
    Node *s = ast_node(p, NODE_MatchSequence, l);
    s->v.MatchSequence.patterns = ast_list(items);
    return s;
}

Node *ast_paren_pattern(Parser *p, Seq *items, bool comma, Loc l)
{
    if (items->count == 1 && !comma) {
        Node *only = items->items[0];
        if (only->kind == NODE_MatchStar) {
            invalid_at(p, l.last_line, l.last_column - 1, l.last_column);
            return NULL;
        }
        return only;                /* a group pattern is its inside */
    }
    Node *s = ast_node(p, NODE_MatchSequence, l);
    s->v.MatchSequence.patterns = ast_list(items);
    return s;
}

Node *ast_star_pattern(Parser *p, const char *name, Loc l)
{
    Node *s = ast_node(p, NODE_MatchStar, l);
    s->v.MatchStar.name = is_wildcard_name(name) ? NULL : name;
    return s;
}

Node *ast_capture_pattern(Parser *p, const char *name, Loc l)
{
    Node *a = ast_node(p, NODE_MatchAs, l);
    a->v.MatchAs.name = is_wildcard_name(name) ? NULL : name;
    return a;
}

Node *ast_as_pattern(Parser *p, Node *pattern, const char *name, Loc l, Loc name_loc)
{
    if (is_wildcard_name(name)) {
        parse_error_at(p, DIAG_SYNTAX, name_loc.first_line, name_loc.first_column,
                       name_loc.last_line, name_loc.last_column,
                       "cannot use '_' as a target");
        return NULL;
    }
    Node *a = ast_node(p, NODE_MatchAs, l);
    a->v.MatchAs.pattern = pattern;
    a->v.MatchAs.name = name;
    return a;
}

/* [items]: one-entry MatchMapping nodes (key: pattern) and at most one
 * MatchStar (`**rest`), which must come last. */
Node *ast_mapping_pattern(Parser *p, Seq *items, Loc l)
{
    Seq *keys = ast_seq(p), *patterns = ast_seq(p);
    Node *m = ast_node(p, NODE_MatchMapping, l);
    for (int i = 0; i < items->count; i++) {
        Node *it = items->items[i];
        if (it->kind == NODE_MatchStar) {
            if (!it->v.MatchStar.name) {        /* `**_` */
                invalid_at(p, it->end_lineno, it->end_col_offset - 1, it->end_col_offset);
                return NULL;
            }
            if (i != items->count - 1) {        /* `**rest` not last */
                const Node *next = items->items[i + 1];
                const Node *at = next->kind == NODE_MatchMapping ? next->v.MatchMapping.keys.items[0] : next;
                parse_error_node(p, at, "invalid syntax");
                return NULL;
            }
            m->v.MatchMapping.rest = it->v.MatchStar.name;
            continue;
        }
        ast_seq_push(p, keys, it->v.MatchMapping.keys.items[0]);
        ast_seq_push(p, patterns, it->v.MatchMapping.patterns.items[0]);
    }
    m->v.MatchMapping.keys = ast_list(keys);
    m->v.MatchMapping.patterns = ast_list(patterns);
    return m;
}

Node *ast_complex_pattern(Parser *p, Node *real, BinOpKind op, Node *imag, Loc l)
{
    const Node *number = real->kind == NODE_UnaryOp ? real->v.UnaryOp.operand : real;
    if (number->v.Constant.value.kind == CONST_IMAG) {
        parse_error_at(p, DIAG_SYNTAX, number->lineno, number->col_offset, number->end_lineno,
                       number->end_col_offset, "real number required in complex literal");
        return NULL;
    }
    if (imag->v.Constant.value.kind != CONST_IMAG) {
        parse_error_at(p, DIAG_SYNTAX, imag->lineno, imag->col_offset, imag->end_lineno,
                       imag->end_col_offset, "imaginary number required in complex literal");
        return NULL;
    }
    return ast_binop(p, real, op, imag, l);
}

/* [args]: patterns (positional) and keyword nodes (`attr=pattern`) in the
 * order written; every positional one must come first. */
Node *ast_class_pattern(Parser *p, Node *cls, Seq *args, Loc l)
{
    Seq *pos = ast_seq(p), *attrs = ast_seq(p), *kwds = ast_seq(p);
    const Node *first_late = NULL, *last_late = NULL;
    for (int i = 0; i < args->count; i++) {
        Node *a = args->items[i];
        if (a->kind == NODE_keyword) {
            ast_seq_push(p, attrs, (void *)a->v.keyword.arg);
            ast_seq_push(p, kwds, a->v.keyword.value);
        } else if (kwds->count) {
            if (!first_late) first_late = a;
            last_late = a;
        } else {
            ast_seq_push(p, pos, a);
        }
    }
    if (first_late) {
        parse_error_at(p, DIAG_SYNTAX, first_late->lineno, first_late->col_offset,
                       last_late->end_lineno, last_late->end_col_offset,
                       "positional patterns follow keyword patterns");
        return NULL;
    }
    Node *c = ast_node(p, NODE_MatchClass, l);
    c->v.MatchClass.cls = cls;
    c->v.MatchClass.patterns = ast_list(pos);
    c->v.MatchClass.kwd_attrs = ast_idlist(attrs);
    c->v.MatchClass.kwd_patterns = ast_list(kwds);
    return c;
}
