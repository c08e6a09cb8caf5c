/* nesting.c -- how deeply a program nests, counted the way CPython 3.11
 * counts it, so that minipy accepts every program CPython accepts and
 * refuses the others with CPython's error.
 *
 * Lesson 2 (the pipeline): every stage after the lexer walks the tree by
 * recursion, and a recursion needs a limit, or `-` written 100,000 times
 * would overflow the C stack. CPython 3.11 has two limits, and a deep
 * program meets the first one on its way:
 *
 *   1. Its parser (PEG, recursive descent) gives up at 6,000 nested rule
 *      calls (MAXSTACK in Parser/parser.c) with a bare "MemoryError".
 *   2. Its compiler's first passes (the AST optimizer and the symbol
 *      table) count the statements and expressions on the path from the
 *      module down, and stop at 3 * sys.getrecursionlimit() minus three
 *      per Python frame already running with "RecursionError: maximum
 *      recursion depth exceeded during compilation".
 *
 * So `x = -...-1` runs with 2,998 minuses (the statement, the minuses and
 * the 1 make 3,000) and is a RecursionError with 2,999; with 6,000 it is a
 * MemoryError, from the parser, which comes first. A chain that the parser
 * reads with a loop instead of recursion (`1 + 1 + ... + 1`, `a.b.b.b`,
 * `f()()()`) nests only in the tree, and meets limit 2 alone.
 *
 * Limit 2 is exact here: parse_nesting() counts what CPython counts. Limit
 * 1 depends on CPython's grammar, which minipy does not have (bison builds
 * the tree bottom-up, with a stack on the heap), so it is modelled: each
 * kind of nesting costs the parser levels measured on CPython 3.11 with
 * programs that nest one way thousands of times (the cost is exactly
 * linear in each case):
 *
 *   a unary operator (- + ~ not), `else` of a conditional, `elif`    1
 *   lambda, the right operand of **                                  2
 *   a string as an operand                                           2
 *   a pair of parentheses 28, a list, set or dict display 29, the
 *   brackets of a call or a subscript 24; but the topmost bracket of
 *   an expression, when no operator that costs levels is above it,
 *   costs 18 less
 *   a nested block 6 (def and class 7), 3 (4) on the header's line
 *   the statement the expression is in: 30 to 36 (an assignment 33,
 *   eval()'s input 25)
 *   an f-string's {expression}: CPython 3.11 parses it with a parser
 *   of its own, which starts at 54 levels whatever is around it
 *
 * so the model is exact for programs that nest one way (2,983 lambdas
 * parse, 2,984 are a MemoryError; 5,967 minuses, 5,968), for the 60-odd
 * shapes tests/py/hostile/nest_compile_limits.py and its calibration
 * tried, and a level or two off for some mixtures (CPython's memo of what
 * it has parsed decides where a subexpression is first parsed, which no
 * table of costs captures exactly). The bison stack (YYMAXDEPTH in
 * grammar.y) is only a backstop far beyond both limits: it also ends in
 * MemoryError.
 *
 * The walk is a loop with its own stack: the tree it measures may be a
 * million levels deep. Each node's results live in its hidden header
 * (ast.c), next to the count of parentheses the grammar recorded there.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "common/rawmem.h"
#include "pstate.h"

#define NONE (INT_MIN / 4)      /* no path of that kind below */
#define TOP_BRACKET_DISCOUNT 18
#define PAREN_COST 28
#define DISPLAY_COST 29         /* [ ], { } */
#define ARGS_COST 24            /* f( ), a[ ] */
#define FSTRING_COST 54         /* an f-string's {expression}, parsed apart */
#define STRING_COST 2           /* a string (or f-string) as an operand */

/* What a node knows about the paths below it (kept in its header while the
 * walk runs): the deepest parser level on a path without brackets, on a
 * path whose topmost bracket is reached through operators that cost
 * nothing (`x = (...)`, `x = f(...)`: that bracket costs 18 less), and on
 * the other paths with brackets; and the compiler's depth. */
typedef struct {
    int plain, top, bracketed;
    int depth;
} Measure;

/* The walk's own stack: a node and the number of its next child. */
typedef struct { const Node *node; int k; } Frame;

static int max(int a, int b) { return a > b ? a : b; }
static int max3(int a, int b, int c) { return max(a, max(b, c)); }

/* The level a statement's expression reaches, from the statement. */
static int level_of(const Measure *m)
{
    return max3(m->plain, m->top - TOP_BRACKET_DISCOUNT, m->bracketed);
}

static bool statement_like(const Node *n)
{
    return ast_is_stmt(n->kind) || n->kind == NODE_ExceptHandler;
}

/* Parser levels from statement [s] down to an expression it holds. */
static int statement_cost(const Node *s, const Node *child)
{
    switch (s->kind) {
    case NODE_Assign: case NODE_AugAssign: return 33;
    case NODE_AnnAssign: return 34;
    case NODE_Return: return 32;
    case NODE_If: case NODE_While: case NODE_Raise: case NODE_Assert: return 30;
    case NODE_Expr: return child->kind == NODE_Call ? 30 : 31;
    case NODE_FunctionDef: case NODE_AsyncFunctionDef:
        return child->kind == NODE_arguments ? 36 : 31;
    case NODE_ClassDef: return 30;
    default: return 31;
    }
}

/* Parser levels from statement [parent] down to the statement [child] of
 * its block [field]. */
static int block_cost(const Node *parent, const char *field, const Node *child)
{
    if ((parent->kind == NODE_Try || parent->kind == NODE_TryStar) && child->kind == NODE_ExceptHandler)
        return 0;                                   /* except: at the try's level */
    if (parent->kind == NODE_If && child->kind == NODE_If && strcmp(field, "orelse") == 0 &&
        child->col_offset == parent->col_offset && child->lineno > parent->lineno)
        return 1;                                   /* elif */
    bool same_line = child->lineno == parent->lineno;
    if (parent->kind == NODE_FunctionDef || parent->kind == NODE_AsyncFunctionDef ||
        parent->kind == NODE_ClassDef)
        return same_line ? 4 : 7;
    return same_line ? 3 : 6;
}

/* Parser levels from expression [parent] down to its child [child] in
 * field [field] (negative: CPython happens to get there sooner). */
static int edge_cost(const Node *parent, const char *field, const Node *child)
{
    (void)child;
    switch (parent->kind) {
    case NODE_BoolOp: return 2;
    case NODE_NamedExpr: return strcmp(field, "value") == 0 ? 1 : 0;
    case NODE_BinOp:
        return parent->v.BinOp.op == OP_Pow && strcmp(field, "right") == 0 ? 2 : 0;
    case NODE_UnaryOp: return 1;
    case NODE_Lambda: return strcmp(field, "body") == 0 ? 2 : 8;
    case NODE_IfExp: return strcmp(field, "orelse") == 0 ? 1 : 0;
    case NODE_comprehension: return strcmp(field, "iter") == 0 ? -2 : 0;
    case NODE_arg: return 1;
    case NODE_Yield: case NODE_YieldFrom: return 1;
    case NODE_Compare: return strcmp(field, "left") == 0 ? 0 : 3;
    case NODE_keyword: return 3;
    case NODE_Starred: return -6;
    case NODE_Tuple: return ast_parens(parent) ? 0 : 2;
    default: return 0;
    }
}

/* Join the path to [c] below an edge of [cost] into [m]. An edge that
 * costs levels ends the discount of the brackets below it. */
static void join(Measure *m, const Measure *c, int cost)
{
    m->plain = max(m->plain, c->plain + cost);
    if (cost > 0) {
        m->bracketed = max(m->bracketed, max(c->top, c->bracketed) + cost);
    } else {
        m->top = max(m->top, c->top + cost);
        m->bracketed = max(m->bracketed, c->bracketed + cost);
    }
}

/* Put [m] inside a bracket of [cost]: it becomes the topmost one. */
static void enclose(Measure *m, int cost)
{
    m->top = max3(m->plain, m->top, m->bracketed) + cost;
    m->plain = m->bracketed = NONE;
}

/* The field macros of ast.def, for code that only visits child nodes. */
#define F_IDENT(f)
#define F_IDLIST(f)
#define F_INT(f)
#define F_BINOP(f)
#define F_UNOP(f)
#define F_BOOLOP(f)
#define F_CMPOPS(f)
#define F_CTX(f)
#define F_CONST(f)

/* Child number [k] of [n] (a field may hold NULL) with its field's name;
 * false past the last one. */
static bool child_at(const Node *n, int k, const Node **child, const char **field)
{
#define F_NODE(f) if (k-- == 0) { *child = kv->f; *field = #f; return true; }
#define F_LIST(f) if (k < kv->f.count) { *child = kv->f.items[k]; *field = #f; \
                                         return true; } \
                  k -= kv->f.count;
    switch (n->kind) {
#define AST_NODE(K, cat, loc, fields) \
    case NODE_##K: { const __typeof__(n->v.K) *kv = &n->v.K; (void)kv; \
                     fields break; }
#include "ast.def"
#undef AST_NODE
    default:
        break;
    }
#undef F_NODE
#undef F_LIST
    return false;
}

/* The measure of [n], kept in its hidden header while the walk runs. */
static Measure *measure_of(const Node *n)
{
    return (Measure *)ast_scratch((Node *)n);
}

typedef struct {
    int fstring_level;  /* the deepest f-string expression, parsed apart */
} Walk;

/* All the children of [n] are measured: measure [n]. */
static void measure_node(Walk *w, const Node *n)
{
    bool stmt = statement_like(n);
    bool is_string = (n->kind == NODE_Constant && n->v.Constant.value.kind == CONST_STR) ||
                     n->kind == NODE_JoinedStr;
    /* a statement or an expression is a level of its own (an `if` goes
     * 34 deep looking for an `elif` or `else` after its block); a part of
     * one (parameters, a keyword argument) only holds what is below it */
    Measure m = {n->kind == NODE_If ? 34 : is_string ? STRING_COST
                 : stmt || ast_is_expr(n->kind) ? 0 : NONE, NONE, NONE, 0};
    /* a call's or a class's arguments, in their brackets */
    bool has_args = n->kind == NODE_Call || n->kind == NODE_ClassDef;
    Measure args = {0, NONE, NONE, 0};
    const Node *child, *prev = NULL;
    const char *field;
    for (int k = 0; child_at(n, k, &child, &field); k++, prev = child) {
        if (!child)
            continue;
        const Measure *c = measure_of(child);
        m.depth = max(m.depth, c->depth);
        if (n->kind == NODE_JoinedStr)
            continue;                   /* its expressions were parsed apart */
        if (n->kind == NODE_FormattedValue) {
            if (strcmp(field, "value") == 0)
                w->fstring_level = max(w->fstring_level,
                                       FSTRING_COST + max3(c->plain, c->top, c->bracketed));
            continue;
        }
        if (stmt) {
            int level;
            if (statement_like(child)) {
                level = c->plain + block_cost(n, field, child);
                if (prev && ast_is_stmt(prev->kind) && prev->end_lineno == child->lineno)
                    level += 2;         /* a; b: after a `;` */
            } else if (has_args && strcmp(field, "decorator_list") != 0) {
                join(&args, c, 0);      /* class C(bases): below */
                continue;
            } else {
                level = (strcmp(field, "decorator_list") == 0 ? 33 : statement_cost(n, child)) +
                        level_of(c);
            }
            m.plain = max(m.plain, level);
            continue;
        }
        if (has_args && strcmp(field, "func") != 0) {
            join(&args, c, edge_cost(n, field, child));
            continue;
        }
        if (n->kind == NODE_Subscript && strcmp(field, "slice") == 0) {
            Measure slice = *c;
            enclose(&slice, ARGS_COST);
            join(&m, &slice, 0);
            continue;
        }
        int cost = edge_cost(n, field, child);
        if (prev && ast_is_stmt(child->kind) && ast_is_stmt(prev->kind) &&
            prev->end_lineno == child->lineno)
            cost += 2;                  /* a module's a; b */
        join(&m, c, cost);
    }
    if (has_args) {
        enclose(&args, ARGS_COST);
        if (stmt)
            m.plain = max(m.plain, statement_cost(n, n) + level_of(&args));
        else
            join(&m, &args, 0);
    }
    switch (n->kind) {
    case NODE_List: case NODE_Set: case NODE_Dict:
    case NODE_ListComp: case NODE_SetComp: case NODE_DictComp:
        enclose(&m, DISPLAY_COST);
        break;
    default:
        break;
    }
    for (int p = ast_parens(n); p > 0; p--)
        enclose(&m, PAREN_COST);
    if (ast_is_stmt(n->kind) || ast_is_expr(n->kind))
        m.depth++;                      /* not an except clause: CPython's count */
    *measure_of(n) = m;
}

bool parse_nesting(const Node *root, Nesting *out)
{
    Walk w = {0};
    Frame small[64];
    Frame *stack = small;
    size_t n = 0, cap = sizeof small / sizeof small[0];
    stack[n++] = (Frame){root, 0};
    while (n) {
        Frame *f = &stack[n - 1];
        const Node *child;
        const char *field;
        if (!child_at(f->node, f->k++, &child, &field)) {
            measure_node(&w, f->node);
            n--;
            continue;
        }
        if (!child)
            continue;
        if (n == cap) {
            Frame *bigger = rawmem_alloc(2 * cap * sizeof *bigger);
            if (!bigger) {
                if (stack != small)
                    rawmem_free(stack);
                return false;
            }
            memcpy(bigger, stack, cap * sizeof *bigger);
            if (stack != small)
                rawmem_free(stack);
            stack = bigger;
            cap *= 2;
        }
        stack[n++] = (Frame){child, 0};
    }
    if (stack != small)
        rawmem_free(stack);
    /* the module: its deepest statement (an expression: eval's input) */
    const Measure *m = measure_of(root);
    int level = root->kind == NODE_Expression
                    ? 25 + level_of(measure_of(root->v.Expression.body)) : m->plain;
    out->parser_level = max(level, w.fstring_level);
    out->compile_depth = m->depth;
    return true;
}
