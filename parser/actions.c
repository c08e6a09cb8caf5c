/* actions.c -- the helpers that grammar.y's actions call to build the tree.
 *
 * Lesson 2 (the pipeline). An LALR grammar cannot tell a target from an
 * expression until it sees the `=`, so targets are parsed as expressions
 * and checked here afterwards (ast_set_target), with CPython 3.11's
 * messages: "cannot assign to function call here. Maybe you meant '=='
 * instead of '='?", "cannot delete literal", ... Parameter lists and call
 * arguments are also collected flat by the grammar and sorted and checked
 * here (ast_arguments, ast_call).
 *
 * A few checks that CPython makes in its compiler rather than its parser
 * ("multiple starred expressions in assignment", "starred assignment target
 * must be in a list or tuple", "can't use starred expression here",
 * "keyword argument repeated") are made here too, but reported only when
 * the whole parse succeeds (parse_defer_error), so that a real syntax error
 * later in the file still wins, as in CPython.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "pstate.h"

/* ---- lists ------------------------------------------------------------ */

Seq *ast_seq(Parser *p)
{
    return arena_alloc(p->arena, sizeof(Seq));
}

Seq *ast_seq_push(Parser *p, Seq *s, void *item)
{
    if (s->count == s->cap) {
        int cap = s->cap ? s->cap * 2 : 4;
        void **items = arena_alloc(p->arena, (size_t)cap * sizeof *items);
        if (s->count)
            memcpy(items, s->items, (size_t)s->count * sizeof *items);
        s->items = items;
        s->cap = cap;
    }
    s->items[s->count++] = item;
    return s;
}

Seq *ast_seq_concat(Parser *p, Seq *a, Seq *b)
{
    for (int i = 0; i < b->count; i++)
        ast_seq_push(p, a, b->items[i]);
    return a;
}

NodeList ast_list(Seq *s)
{
    NodeList l = {0, NULL};
    if (s) {
        l.count = s->count;
        l.items = (Node **)s->items;
    }
    return l;
}

IdList ast_idlist(Seq *s)
{
    IdList l = {s->count, (const char **)s->items};
    return l;
}

/* ---- nodes ------------------------------------------------------------ */

Node *ast_node(Parser *p, NodeKind kind, Loc l)
{
    return ast_new(p->arena, kind, l.first_line, l.first_column, l.last_line,
                   l.last_column);
}

Node *ast_node_span(Parser *p, NodeKind kind, const Node *from, const Node *to)
{
    return ast_new(p->arena, kind, from->lineno, from->col_offset,
                   to->end_lineno, to->end_col_offset);
}

Node *ast_name(Parser *p, const char *id, Loc l)
{
    Node *n = ast_node(p, NODE_Name, l);
    n->v.Name.id = id;
    return n;
}

Node *ast_const(Parser *p, ConstKind kind, Loc l)
{
    Node *n = ast_node(p, NODE_Constant, l);
    n->v.Constant.value.kind = kind;
    return n;
}

Node *ast_tuple_or_item(Parser *p, Seq *items, Loc l)
{
    if (items->count == 1 && !items->comma)
        return items->items[0];
    Node *t = ast_node(p, NODE_Tuple, l);
    t->v.Tuple.elts = ast_list(items);
    return t;
}

Node *ast_subscript_tuple(Parser *p, Seq *items, Loc l)
{
    Node *t = ast_node(p, NODE_Tuple, l);
    t->v.Tuple.elts = ast_list(items);
    return t;
}

Node *ast_starred(Parser *p, Node *value, Loc l)
{
    Node *n = ast_node(p, NODE_Starred, l);
    n->v.Starred.value = value;
    return n;
}

Node *ast_slice(Parser *p, Node *lo, Node *hi, Node *step, Loc l)
{
    Node *n = ast_node(p, NODE_Slice, l);
    n->v.Slice.lower = lo;
    n->v.Slice.upper = hi;
    n->v.Slice.step = step;
    return n;
}

/* A chain that CPython's parser reads with a loop (`1 + 1 + ... + 1`,
 * `a.b.c`, `f()()`, `a[0][0]`) nests only in the tree, down its first
 * operand, as deep as the source is long. Its depth is known while it
 * grows (a lower bound: the first operand's own depth when it is such a
 * chain, else 1), so a chain certain to be refused with RecursionError
 * after the parse (nesting.c) is refused at once, before a 10 MB line has
 * become a tree of millions of nodes. Only the first operand counts: depth
 * that comes from the other one (`1 + -...-1`, `2 ** 2 ** ...`) is nesting
 * CPython's parser recurses into, and may be its MemoryError instead. */
Node *ast_deep(Parser *p, Node *n, const Node *first)
{
    int d = 1 + (first && ast_scratch((Node *)first)[0] > 1 ? ast_scratch((Node *)first)[0] : 1);
    ast_scratch(n)[0] = d;
    if (d > p->max_depth) {
        diag_too_deep(p->diag, DIAG_RECURSION);
        p->final_error = true;
        return NULL;
    }
    return n;
}

Node *ast_binop(Parser *p, Node *l, BinOpKind op, Node *r, Loc loc)
{
    Node *n = ast_node(p, NODE_BinOp, loc);
    n->v.BinOp.left = l;
    n->v.BinOp.op = op;
    n->v.BinOp.right = r;
    return op == OP_Pow ? n : ast_deep(p, n, l);
}

Node *ast_unop(Parser *p, UnaryOpKind op, Node *operand, Loc l)
{
    Node *n = ast_node(p, NODE_UnaryOp, l);
    n->v.UnaryOp.op = op;
    n->v.UnaryOp.operand = operand;
    return n;
}

/* A chain (`a or b or ...`, `a < b < ...`) grows by one item at a time,
 * in arrays whose capacity is the next power of two of their count (the
 * tree keeps no capacity): a full array is copied into one twice its size,
 * so a chain of n items costs n, not n*n. */
static void *chain_push(Parser *p, void *items, int count, size_t size)
{
    if (count == 1 || (count & (count - 1)) != 0)
        return items;                   /* room left (the first array holds 2) */
    void *bigger = arena_alloc(p->arena, (size_t)(count ? 2 * count : 2) * size);
    if (count)
        memcpy(bigger, items, (size_t)count * size);
    return bigger;
}

/* `a or b or c` is one BoolOp with three values; [extend] says [left] is
 * a chain being built by the same rule (not a parenthesized BoolOp). */
Node *ast_boolop(Parser *p, BoolOpKind op, Node *left, Node *right, bool extend,
                 Loc l)
{
    Node *n;
    if (extend) {
        n = left;
    } else {
        n = ast_node(p, NODE_BoolOp, l);
        n->v.BoolOp.op = op;
        n->v.BoolOp.values.items = chain_push(p, NULL, 0, sizeof(Node *));
        n->v.BoolOp.values.items[n->v.BoolOp.values.count++] = left;
    }
    NodeList *v = &n->v.BoolOp.values;
    v->items = chain_push(p, v->items, v->count, sizeof(Node *));
    v->items[v->count++] = right;
    n->end_lineno = l.last_line;
    n->end_col_offset = l.last_column;
    return n;
}

Node *ast_compare_new(Parser *p, Node *left, int op, Node *right, Loc l)
{
    Node *n = ast_node(p, NODE_Compare, l);
    n->v.Compare.left = left;
    n->v.Compare.ops.count = 0;
    return ast_compare_add(p, n, op, right, l);
}

Node *ast_compare_add(Parser *p, Node *n, int op, Node *right, Loc l)
{
    int k = n->v.Compare.ops.count;
    n->v.Compare.ops.items = chain_push(p, n->v.Compare.ops.items, k, sizeof(CmpOpKind));
    n->v.Compare.comparators.items = chain_push(p, n->v.Compare.comparators.items, k,
                                                sizeof(Node *));
    n->v.Compare.ops.items[k] = (CmpOpKind)op;
    n->v.Compare.comparators.items[k] = right;
    n->v.Compare.ops.count = k + 1;
    n->v.Compare.comparators.count = k + 1;
    n->end_lineno = l.last_line;
    n->end_col_offset = l.last_column;
    return n;
}

Node *ast_comprehension(Parser *p, Node *target, Node *iter, Seq *ifs)
{
    Node *n = ast_new(p->arena, NODE_comprehension, 0, 0, 0, 0);
    n->v.comprehension.target = target;
    n->v.comprehension.iter = iter;
    n->v.comprehension.ifs = ast_list(ifs);
    return n;
}

Node *ast_comp(Parser *p, NodeKind kind, Node *elt, Node *value, Seq *gens,
               Loc l)
{
    Node *n = ast_node(p, kind, l);
    switch (kind) {
    case NODE_DictComp:
        n->v.DictComp.key = elt;
        n->v.DictComp.value = value;
        n->v.DictComp.generators = ast_list(gens);
        break;
    case NODE_SetComp:
        n->v.SetComp.elt = elt;
        n->v.SetComp.generators = ast_list(gens);
        break;
    default:
        n->v.GeneratorExp.elt = elt;
        n->v.GeneratorExp.generators = ast_list(gens);
        break;
    }
    return n;
}

char *ast_dotted(Parser *p, const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = arena_alloc(p->arena, la + lb + 2);
    memcpy(s, a, la);
    s[la] = '.';
    memcpy(s + la + 1, b, lb + 1);
    return s;
}

Node *ast_alias(Parser *p, const char *name, const char *asname, Loc l)
{
    Node *n = ast_node(p, NODE_alias, l);
    n->v.alias.name = name;
    n->v.alias.asname = asname;
    return n;
}

void ast_last_end(Seq *block, int *end_line, int *end_col)
{
    Node *last = block->items[block->count - 1];
    *end_line = last->end_lineno;
    *end_col = last->end_col_offset;
}

/* A compound statement ends where its last block's last statement ends. */
Node *ast_stmt_end(Node *stmt, Seq *block)
{
    if (block && block->count)
        ast_last_end(block, &stmt->end_lineno, &stmt->end_col_offset);
    return stmt;
}

/* ---- targets ----------------------------------------------------------- */

/* CPython's _PyPegen_get_expr_name: how messages name an expression. */
const char *ast_expr_name(const Node *e)
{
    switch (e->kind) {
    case NODE_Attribute: return "attribute";
    case NODE_Subscript: return "subscript";
    case NODE_Starred: return "starred";
    case NODE_Name: return "name";
    case NODE_List: return "list";
    case NODE_Tuple: return "tuple";
    case NODE_Lambda: return "lambda";
    case NODE_Call: return "function call";
    case NODE_BoolOp: case NODE_BinOp: case NODE_UnaryOp: return "expression";
    case NODE_GeneratorExp: return "generator expression";
    case NODE_Yield: case NODE_YieldFrom: return "yield expression";
    case NODE_Await: return "await expression";
    case NODE_ListComp: return "list comprehension";
    case NODE_SetComp: return "set comprehension";
    case NODE_DictComp: return "dict comprehension";
    case NODE_Dict: return "dict literal";
    case NODE_Set: return "set display";
    case NODE_JoinedStr: case NODE_FormattedValue: return "f-string expression";
    case NODE_Constant:
        switch (e->v.Constant.value.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case NODE_Compare: return "comparison";
    case NODE_IfExp: return "conditional expression";
    case NODE_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* CPython's _PyPegen_get_invalid_target: the first part of [e] that cannot
 * be assigned to (or deleted), or NULL if [e] is a valid target. */
const Node *ast_invalid_target(const Node *e, TargetKind kind)
{
    switch (e->kind) {
    case NODE_List:
    case NODE_Tuple: {
        const NodeList *l = e->kind == NODE_List ? &e->v.List.elts
                                                 : &e->v.Tuple.elts;
        for (int i = 0; i < l->count; i++) {
            const Node *bad = ast_invalid_target(l->items[i], kind);
            if (bad)
                return bad;
        }
        return NULL;
    }
    case NODE_Starred:
        if (kind == TARGET_DEL)
            return e;
        return ast_invalid_target(e->v.Starred.value, kind);
    case NODE_Compare:
        if (kind == TARGET_FOR) {
            if (e->v.Compare.ops.items[0] == CMP_In)
                return ast_invalid_target(e->v.Compare.left, kind);
            return NULL;
        }
        return e;
    case NODE_Name:
    case NODE_Subscript:
    case NODE_Attribute:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Node *e, ExprContext ctx)
{
    switch (e->kind) {
    case NODE_Name: e->v.Name.ctx = ctx; break;
    case NODE_Attribute: e->v.Attribute.ctx = ctx; break;
    case NODE_Subscript: e->v.Subscript.ctx = ctx; break;
    case NODE_Starred:
        e->v.Starred.ctx = ctx;
        set_ctx(e->v.Starred.value, ctx);
        break;
    case NODE_List:
        e->v.List.ctx = ctx;
        for (int i = 0; i < e->v.List.elts.count; i++)
            set_ctx(e->v.List.elts.items[i], ctx);
        break;
    case NODE_Tuple:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < e->v.Tuple.elts.count; i++)
            set_ctx(e->v.Tuple.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

/* The starred-target rules that CPython checks in its compiler. */
static void check_starred_store(Parser *p, const Node *e, bool in_seq)
{
    if (e->kind == NODE_Starred) {
        if (!in_seq)
            parse_defer_error(p, e, "starred assignment target must be in a "
                                    "list or tuple");
        check_starred_store(p, e->v.Starred.value, false);
        return;
    }
    if (e->kind != NODE_Tuple && e->kind != NODE_List)
        return;
    const NodeList *l = e->kind == NODE_List ? &e->v.List.elts : &e->v.Tuple.elts;
    int stars = 0;
    for (int i = 0; i < l->count; i++) {
        if (l->items[i]->kind == NODE_Starred)
            stars++;
        check_starred_store(p, l->items[i], true);
    }
    if (stars > 1)
        parse_defer_error(p, e, "multiple starred expressions in assignment");
}

bool ast_set_target(Parser *p, Node *e, ExprContext ctx, TargetKind kind)
{
    const Node *bad = ast_invalid_target(e, kind);
    if (bad) {
        parse_error_node(p, bad, ctx == CTX_Del ? "cannot delete %s"
                                                : "cannot assign to %s",
                         ast_expr_name(bad));
        return false;
    }
    set_ctx(e, ctx);
    if (ctx == CTX_Store)
        check_starred_store(p, e, false);
    return true;
}

/* Is [e] (spanning [l] in the source, parentheses included) what CPython's
 * grammar calls a bitwise_or, and not a list, tuple, generator, True, None
 * or False? Only then does "... here. Maybe you meant '=='" apply. */
static bool suffix_applies(const Node *e, bool parenthesized)
{
    switch (e->kind) {
    case NODE_List: case NODE_Tuple: case NODE_GeneratorExp:
        return false;
    case NODE_Constant: {
        ConstKind k = e->v.Constant.value.kind;
        return k != CONST_TRUE && k != CONST_FALSE && k != CONST_NONE;
    }
    case NODE_BoolOp: case NODE_Compare: case NODE_IfExp: case NODE_Lambda:
    case NODE_NamedExpr: case NODE_Yield: case NODE_YieldFrom:
        return parenthesized;
    case NODE_UnaryOp:
        return parenthesized || e->v.UnaryOp.op != UOP_Not;
    default:
        return true;
    }
}

/* Was [e] written inside its own parentheses? (Its node span excludes
 * them, so look at the source just before and after.) */
static bool parenthesized(Parser *p, const Node *e)
{
    const Token *t;
    for (int i = p->base; (t = parse_token(p, i)) != NULL; i++) {
        if (t->lineno == e->lineno && t->col == e->col_offset) {
            const Token *prev = parse_token(p, i - 1);
            return prev && prev->kind == T_LPAR && e->kind != NODE_Tuple &&
                   e->kind != NODE_GeneratorExp;
        }
        if (t->lineno > e->lineno)
            break;
    }
    return false;
}

/* Does the source text of [e] begin with '('? (A parenthesized tuple's
 * span includes its parentheses.) */
static bool starts_with_paren(Parser *p, const Node *e)
{
    const char *s = p->src;
    for (int l = 1; l < e->lineno && s; l++) {
        s = strchr(s, '\n');
        if (s)
            s++;
    }
    return s && s[e->col_offset] == '(';
}

Node *ast_assign(Parser *p, Seq *chain, Loc l)
{
    int nt = chain->count - 1;
    for (int i = 0; i < nt; i++) {
        Node *t = chain->items[i];
        if (t->kind == NODE_Yield || t->kind == NODE_YieldFrom) {
            parse_error_node(p, t, "assignment to yield expression not possible");
            return NULL;
        }
        const Node *bad = ast_invalid_target(t, TARGET_STAR);
        if (bad) {
            bool last_elt = bad->end_lineno == t->end_lineno &&
                            bad->end_col_offset == t->end_col_offset;
            bool paren = parenthesized(p, bad);
            bool in_paren_seq = bad != t && (t->kind == NODE_List ||
                                             starts_with_paren(p, t));
            if (nt == 1 && last_elt && !in_paren_seq &&
                (bad == t || t->kind == NODE_Tuple) &&
                suffix_applies(bad, paren))
                parse_error_node(p, bad, "cannot assign to %s here. Maybe you "
                                 "meant '==' instead of '='?", ast_expr_name(bad));
            else
                parse_error_node(p, bad, "cannot assign to %s", ast_expr_name(bad));
            return NULL;
        }
    }
    Node *n = ast_node(p, NODE_Assign, l);
    Seq *targets = ast_seq(p);
    for (int i = 0; i < nt; i++) {
        ast_set_target(p, chain->items[i], CTX_Store, TARGET_STAR);
        ast_seq_push(p, targets, chain->items[i]);
    }
    n->v.Assign.targets = ast_list(targets);
    n->v.Assign.value = ast_value(p, chain->items[nt]);
    return n;
}

bool ast_check_aug_target(Parser *p, Node *e)
{
    if (e->kind == NODE_Name || e->kind == NODE_Attribute ||
        e->kind == NODE_Subscript) {
        set_ctx(e, CTX_Store);
        return true;
    }
    parse_error_node(p, e, "'%s' is an illegal expression for augmented "
                     "assignment", ast_expr_name(e));
    return false;
}

bool ast_check_ann_target(Parser *p, Node *e, Loc colon)
{
    if (e->kind == NODE_Name || e->kind == NODE_Attribute ||
        e->kind == NODE_Subscript) {
        set_ctx(e, CTX_Store);
        return true;
    }
    if (e->kind == NODE_Tuple || e->kind == NODE_List) {
        /* an unparenthesized tuple is reported at its first element */
        const Node *at = e;
        if (e->kind == NODE_Tuple && !starts_with_paren(p, e))
            at = e->v.Tuple.elts.items[0];
        parse_error_node(p, at, "only single target (not %s) can be annotated",
                         e->kind == NODE_Tuple ? "tuple" : "list");
        return false;
    }
    parse_error_node(p, e, "illegal target for annotation");
    return false;
}

Node *ast_walrus(Parser *p, Node *target, Node *value, Loc l)
{
    if (target->kind != NODE_Name) {
        parse_error_node(p, target, "cannot use assignment expressions with %s",
                         ast_expr_name(target));
        return NULL;
    }
    set_ctx(target, CTX_Store);
    Node *n = ast_node(p, NODE_NamedExpr, l);
    n->v.NamedExpr.target = target;
    n->v.NamedExpr.value = value;
    return n;
}

/* A bare starred expression where a value is expected (`x = *a`): CPython
 * rejects it in its compiler. */
Node *ast_value(Parser *p, Node *e)
{
    if (e && e->kind == NODE_Starred)
        parse_defer_error(p, e, "can't use starred expression here");
    return e;
}

/* ---- calls ------------------------------------------------------------ */

Node *ast_genexp_arg(Parser *p, Node *elt, Seq *gens, Loc l)
{
    Node *g = ast_comp(p, NODE_GeneratorExp, elt, NULL, gens, l);
    if (!p->bare_genexps)
        p->bare_genexps = ast_seq(p);
    ast_seq_push(p, p->bare_genexps, g);
    return g;
}

static bool is_bare_genexp(Parser *p, const Node *g)
{
    for (int i = 0; p->bare_genexps && i < p->bare_genexps->count; i++)
        if (p->bare_genexps->items[i] == g)
            return true;
    return false;
}

void ast_dict_fill(Parser *p, Node *dict, Seq *pairs)
{
    Seq *keys = ast_seq(p), *values = ast_seq(p);
    for (int i = 0; i < pairs->count; i++) {
        Node *d = pairs->items[i];
        ast_seq_push(p, keys, d->v.Dict.keys.items[0]);
        ast_seq_push(p, values, d->v.Dict.values.items[0]);
    }
    dict->v.Dict.keys = ast_list(keys);
    dict->v.Dict.values = ast_list(values);
}

Node *ast_keyword(Parser *p, Node *lhs, Node *value, Loc l, Loc eq)
{
    if (lhs->kind != NODE_Name) {
        if (lhs->kind == NODE_Constant &&
            (lhs->v.Constant.value.kind == CONST_TRUE ||
             lhs->v.Constant.value.kind == CONST_FALSE ||
             lhs->v.Constant.value.kind == CONST_NONE))
            parse_error_at(p, DIAG_SYNTAX, lhs->lineno, lhs->col_offset,
                           eq.last_line, eq.last_column, "cannot assign to %s",
                           ast_expr_name(lhs));
        else
            parse_error_at(p, DIAG_SYNTAX, lhs->lineno, lhs->col_offset,
                           eq.last_line, eq.last_column,
                           "expression cannot contain assignment, perhaps you "
                           "meant \"==\"?");
        return NULL;
    }
    Node *n = ast_node(p, NODE_keyword, l);
    n->v.keyword.arg = lhs->v.Name.id;
    n->v.keyword.value = value;
    return n;
}

/* Split a flat argument list into args and keywords, with CPython's
 * ordering rules. [func] NULL means a class's bases. [l] spans the call,
 * [parens] the parentheses. */
Node *ast_call(Parser *p, Node *func, Seq *items, Loc l, Loc parens)
{
    Seq *args = ast_seq(p), *kws = ast_seq(p);
    bool seen_kw = false, seen_dstar = false;
    for (int i = 0; i < items->count; i++) {
        Node *a = items->items[i];
        if (a->kind == NODE_GeneratorExp && is_bare_genexp(p, a)) {
            if (items->count > 1 || items->comma || !func) {
                parse_error_node(p, a, "Generator expression must be "
                                       "parenthesized");
                return NULL;
            }
            /* the sole argument: the call's parentheses are its own */
            a->lineno = parens.first_line;
            a->col_offset = parens.first_column;
            a->end_lineno = parens.last_line;
            a->end_col_offset = parens.last_column;
        }
        if (a->kind == NODE_keyword) {
            if (a->v.keyword.arg) {
                for (int j = 0; j < kws->count; j++) {
                    Node *k = kws->items[j];
                    if (k->v.keyword.arg &&
                        strcmp(k->v.keyword.arg, a->v.keyword.arg) == 0)
                        parse_defer_error(p, a, "keyword argument repeated: %s",
                                          a->v.keyword.arg);
                }
                seen_kw = true;
            } else {
                seen_dstar = true;
            }
            ast_seq_push(p, kws, a);
        } else if (a->kind == NODE_Starred) {
            if (seen_dstar) {
                parse_error_at(p, DIAG_SYNTAX, a->lineno, a->col_offset,
                               a->lineno, a->col_offset + 1,
                               "iterable argument unpacking follows keyword "
                               "argument unpacking");
                return NULL;
            }
            ast_seq_push(p, args, a);
        } else {
            if (seen_dstar || seen_kw) {
                /* CPython reports these at the closing parenthesis */
                parse_error_at(p, DIAG_SYNTAX, parens.last_line,
                               parens.last_column - 1, parens.last_line,
                               parens.last_column, "%s", seen_dstar
                    ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
                return NULL;
            }
            ast_seq_push(p, args, a);
        }
    }
    Node *n = ast_node(p, NODE_Call, l);
    n->v.Call.func = func;
    n->v.Call.args = ast_list(args);
    n->v.Call.keywords = ast_list(kws);
    return func ? ast_deep(p, n, func) : n;
}

/* ---- parameters ------------------------------------------------------- */

Node *ast_arg(Parser *p, const char *name, Node *annotation, Loc l)
{
    Node *n = ast_node(p, NODE_arg, l);
    n->v.arg.arg = name;
    n->v.arg.annotation = annotation;
    return n;
}

ParamItem *ast_param(Parser *p, ParamKind kind, Node *arg, Node *dflt, Loc l)
{
    ParamItem *it = arena_alloc(p->arena, sizeof *it);
    it->kind = kind;
    it->arg = arg;
    it->dflt = dflt;
    it->lineno = l.first_line;
    it->col = l.first_column;
    it->end_lineno = l.last_line;
    it->end_col = l.last_column;
    return it;
}

static void param_error(Parser *p, const ParamItem *it, int len,
                        const char *msg)
{
    parse_error_at(p, DIAG_SYNTAX, it->lineno, it->col, it->lineno,
                   it->col + len, "%s", msg);
}

/* The '=' of a parameter with a default: between the name and the value. */
static void eq_error(Parser *p, const ParamItem *it, const char *msg)
{
    const Node *a = it->arg, *d = it->dflt;
    int line = a->end_lineno, col = a->end_col_offset;
    if (a->end_lineno == d->lineno) {
        const char *ls = p->src;
        for (int l = 1; l < line && ls; l++) {
            ls = strchr(ls, '\n');
            if (ls)
                ls++;
        }
        if (ls)
            for (int c = a->end_col_offset; c < d->col_offset; c++)
                if (ls[c] == '=') {
                    col = c;
                    break;
                }
    }
    parse_error_at(p, DIAG_SYNTAX, line, col, line, col + 1, "%s", msg);
}

/* Sort a flat parameter list into CPython's `arguments` node, checking the
 * order rules with CPython 3.11's messages. [colon] (lambda only) is where
 * "named arguments must follow bare *" points when nothing follows. */
Node *ast_arguments(Parser *p, Seq *params, bool is_lambda, Loc colon)
{
    Seq *posonly = ast_seq(p), *args = ast_seq(p), *kwonly = ast_seq(p);
    Seq *kwdefaults = ast_seq(p), *defaults = ast_seq(p);
    Node *vararg = NULL, *kwarg = NULL;
    bool seen_slash = false, seen_star = false, seen_default = false;
    const ParamItem *bare_star = NULL;
    for (int i = 0; i < params->count; i++) {
        const ParamItem *it = params->items[i];
        if (kwarg) {
            if (it->kind == PARAM_PLAIN)
                parse_error_node(p, it->arg, "arguments cannot follow "
                                             "var-keyword argument");
            else
                param_error(p, it, it->kind == PARAM_DSTAR ? 2 : 1,
                            "arguments cannot follow var-keyword argument");
            return NULL;
        }
        switch (it->kind) {
        case PARAM_SLASH:
            if (seen_star) {
                param_error(p, it, 1, "/ must be ahead of *");
                return NULL;
            }
            if (seen_slash) {
                param_error(p, it, 1, "/ may appear only once");
                return NULL;
            }
            if (args->count == 0) {
                param_error(p, it, 1, "at least one argument must precede /");
                return NULL;
            }
            seen_slash = true;
            ast_seq_concat(p, posonly, args);
            args->count = 0;
            break;
        case PARAM_STAR:
            if (seen_star) {
                param_error(p, it, 1, "* argument may appear only once");
                return NULL;
            }
            if (it->dflt) {
                eq_error(p, it, "var-positional argument cannot have default "
                                "value");
                return NULL;
            }
            seen_star = true;
            vararg = it->arg;
            if (!vararg)
                bare_star = it;
            break;
        case PARAM_DSTAR:
            if (it->dflt) {
                eq_error(p, it, "var-keyword argument cannot have default "
                                "value");
                return NULL;
            }
            if (bare_star && kwonly->count == 0) {
                if (is_lambda)
                    param_error(p, it, 2, "named arguments must follow bare *");
                else
                    param_error(p, bare_star, 1,
                                "named arguments must follow bare *");
                return NULL;
            }
            kwarg = it->arg;
            break;
        case PARAM_PLAIN:
            if (seen_star) {
                ast_seq_push(p, kwonly, it->arg);
                ast_seq_push(p, kwdefaults, it->dflt);
            } else {
                if (it->dflt) {
                    seen_default = true;
                    ast_seq_push(p, defaults, it->dflt);
                } else if (seen_default) {
                    parse_error_node(p, it->arg, "non-default argument follows "
                                                 "default argument");
                    return NULL;
                }
                ast_seq_push(p, args, it->arg);
            }
            break;
        }
    }
    if (bare_star && kwonly->count == 0 && !kwarg) {
        if (is_lambda)
            parse_error_at(p, DIAG_SYNTAX, colon.first_line, colon.first_column,
                           colon.last_line, colon.last_column,
                           "named arguments must follow bare *");
        else
            param_error(p, bare_star, 1, "named arguments must follow bare *");
        return NULL;
    }
    Node *n = ast_new(p->arena, NODE_arguments, 0, 0, 0, 0);
    n->v.arguments.posonlyargs = ast_list(posonly);
    n->v.arguments.args = ast_list(args);
    n->v.arguments.vararg = vararg;
    n->v.arguments.kwonlyargs = ast_list(kwonly);
    n->v.arguments.kw_defaults = ast_list(kwdefaults);
    n->v.arguments.kwarg = kwarg;
    n->v.arguments.defaults = ast_list(defaults);
    return n;
}

/* ---- async ------------------------------------------------------------ */

Node *ast_async(Parser *p, Node *n, Loc l)
{
    (void)p;
    switch (n->kind) {
    case NODE_FunctionDef: n->kind = NODE_AsyncFunctionDef; break;
    case NODE_For: n->kind = NODE_AsyncFor; break;
    default: n->kind = NODE_AsyncWith; break;
    }
    n->lineno = l.first_line;
    n->col_offset = l.first_column;
    return n;
}

/* ---- with ------------------------------------------------------------- */

Node *ast_with(Parser *p, Seq *items, Seq *body, Loc l)
{
    Node *n = ast_node(p, NODE_With, l);
    n->v.With.items = ast_list(items);
    n->v.With.body = ast_list(body);
    ast_stmt_end(n, body);
    return n;
}
