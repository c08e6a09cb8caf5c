/* unparse.c -- an expression turned back into source text, the way CPython
 * 3.11's compiler writes it for `from __future__ import annotations`.
 *
 * Issue 17 (language pieces): under PEP 563 an annotation is not evaluated;
 * the function's or the namespace's __annotations__ holds its text instead.
 * That text is not the source as written but the tree printed again
 * (Python/ast_unparse.c in CPython): one space around binary operators,
 * repr() of every constant (so 0x10 becomes 16 and "a" becomes 'a'),
 * parentheses only where the priority of the operators needs them. Code
 * that reads annotations (typing.get_type_hints, dataclasses) compares
 * and evaluates those strings, so they must be CPython's to the byte.
 *
 * Start at ast_unparse(); each node kind has a small writer below it, with
 * the priority it needs from its parent. The walk recurses as deep as the
 * expression, which the parser has already bounded (parser/nesting.c), and
 * stops where the C stack runs low.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "parser/ast.h"
#include "common/strbuf.h"
#include "common/pyrepr.h"

/* Priorities, lowest first: an expression is put in parentheses when its
 * parent asks for more than it has. */
enum {
    PR_TUPLE, PR_TEST /* if-else, lambda */, PR_OR, PR_AND, PR_NOT, PR_CMP,
    PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM,
    PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct {
    StrBuf *out;               /* where the text goes */
    uintptr_t stack_floor;     /* stop recursing below this address */
    bool too_deep;
} Unparser;

static void expr(Unparser *u, const Node *e, int level);

static void open_if(Unparser *u, bool cond) { if (cond) strbuf_appendc(u->out, '('); }
static void close_if(Unparser *u, bool cond) { if (cond) strbuf_appendc(u->out, ')'); }

static void list(Unparser *u, const NodeList *l, int level) {
    for (int i = 0; i < l->count; i++) {
        if (i) strbuf_puts(u->out, ", ");
        expr(u, l->items[i], level);
    }
}

static void binop(Unparser *u, const Node *e, int level) {
    static const struct { const char *op; int pr; } ops[] = {
        [OP_Add] = {" + ", PR_ARITH}, [OP_Sub] = {" - ", PR_ARITH},
        [OP_Mult] = {" * ", PR_TERM}, [OP_MatMult] = {" @ ", PR_TERM},
        [OP_Div] = {" / ", PR_TERM}, [OP_Mod] = {" % ", PR_TERM},
        [OP_Pow] = {" ** ", PR_POWER}, [OP_LShift] = {" << ", PR_SHIFT},
        [OP_RShift] = {" >> ", PR_SHIFT}, [OP_BitOr] = {" | ", PR_BOR},
        [OP_BitXor] = {" ^ ", PR_BXOR}, [OP_BitAnd] = {" & ", PR_BAND},
        [OP_FloorDiv] = {" // ", PR_TERM},
    };
    int pr = ops[e->v.BinOp.op].pr;
    int rassoc = e->v.BinOp.op == OP_Pow;      /* 2 ** 3 ** 4 groups to the right */
    open_if(u, level > pr);
    expr(u, e->v.BinOp.left, pr + rassoc);
    strbuf_puts(u->out, ops[e->v.BinOp.op].op);
    expr(u, e->v.BinOp.right, pr + !rassoc);
    close_if(u, level > pr);
}

static void arg(Unparser *u, const Node *a) {
    strbuf_puts(u->out, a->v.arg.arg);
    if (a->v.arg.annotation) {
        strbuf_puts(u->out, ": ");
        expr(u, a->v.arg.annotation, PR_TEST);
    }
}

/* A lambda's parameters: positional ones with their defaults, '/', then
 * '*' or *args, the keyword-only ones, **kwargs. */
static void arguments(Unparser *u, const Node *args) {
    bool first = true;
    int npos = args->v.arguments.posonlyargs.count, nargs = args->v.arguments.args.count;
    int ndef = args->v.arguments.defaults.count;
    for (int i = 0; i < npos + nargs; i++) {
        if (!first) strbuf_puts(u->out, ", ");
        first = false;
        arg(u, i < npos ? args->v.arguments.posonlyargs.items[i] : args->v.arguments.args.items[i - npos]);
        int di = i - npos - nargs + ndef;
        if (di >= 0) {
            strbuf_appendc(u->out, '=');
            expr(u, args->v.arguments.defaults.items[di], PR_TEST);
        }
        if (npos && i + 1 == npos) strbuf_puts(u->out, ", /");
    }
    const NodeList *kw = &args->v.arguments.kwonlyargs;
    if (args->v.arguments.vararg || kw->count) {
        if (!first) strbuf_puts(u->out, ", ");
        first = false;
        strbuf_appendc(u->out, '*');
        if (args->v.arguments.vararg) arg(u, args->v.arguments.vararg);
    }
    int nkwd = args->v.arguments.kw_defaults.count;
    for (int i = 0; i < kw->count; i++) {
        if (!first) strbuf_puts(u->out, ", ");
        first = false;
        arg(u, kw->items[i]);
        int di = i - kw->count + nkwd;
        if (di >= 0 && args->v.arguments.kw_defaults.items[di]) {
            strbuf_appendc(u->out, '=');
            expr(u, args->v.arguments.kw_defaults.items[di], PR_TEST);
        }
    }
    if (args->v.arguments.kwarg) {
        if (!first) strbuf_puts(u->out, ", ");
        strbuf_puts(u->out, "**");
        arg(u, args->v.arguments.kwarg);
    }
}

static void comprehensions(Unparser *u, const NodeList *gens) {
    for (int i = 0; i < gens->count; i++) {
        const Node *g = gens->items[i];
        strbuf_puts(u->out, g->v.comprehension.is_async ? " async for " : " for ");
        expr(u, g->v.comprehension.target, PR_TUPLE);
        strbuf_puts(u->out, " in ");
        expr(u, g->v.comprehension.iter, PR_TEST + 1);
        for (int k = 0; k < g->v.comprehension.ifs.count; k++) {
            strbuf_puts(u->out, " if ");
            expr(u, g->v.comprehension.ifs.items[k], PR_TEST + 1);
        }
    }
}

static void compare(Unparser *u, const Node *e, int level) {
    static const char *ops[] = {
        [CMP_Eq] = " == ", [CMP_NotEq] = " != ", [CMP_Lt] = " < ", [CMP_LtE] = " <= ",
        [CMP_Gt] = " > ", [CMP_GtE] = " >= ", [CMP_Is] = " is ", [CMP_IsNot] = " is not ",
        [CMP_In] = " in ", [CMP_NotIn] = " not in ",
    };
    open_if(u, level > PR_CMP);
    expr(u, e->v.Compare.left, PR_CMP + 1);
    for (int i = 0; i < e->v.Compare.comparators.count; i++) {
        strbuf_puts(u->out, ops[e->v.Compare.ops.items[i]]);
        expr(u, e->v.Compare.comparators.items[i], PR_CMP + 1);
    }
    close_if(u, level > PR_CMP);
}

static void genexp(Unparser *u, const Node *e) {
    strbuf_appendc(u->out, '(');
    expr(u, e->v.GeneratorExp.elt, PR_TEST);
    comprehensions(u, &e->v.GeneratorExp.generators);
    strbuf_appendc(u->out, ')');
}

static void call(Unparser *u, const Node *e) {
    expr(u, e->v.Call.func, PR_ATOM);
    const NodeList *args = &e->v.Call.args, *kws = &e->v.Call.keywords;
    if (args->count == 1 && kws->count == 0 && args->items[0]->kind == NODE_GeneratorExp) {
        genexp(u, args->items[0]);     /* f(x for x in y): one pair of parentheses */
        return;
    }
    strbuf_appendc(u->out, '(');
    list(u, args, PR_TEST);
    for (int i = 0; i < kws->count; i++) {
        if (i || args->count) strbuf_puts(u->out, ", ");
        const Node *k = kws->items[i];
        if (k->v.keyword.arg) {
            strbuf_puts(u->out, k->v.keyword.arg);
            strbuf_appendc(u->out, '=');
        } else {
            strbuf_puts(u->out, "**");
        }
        expr(u, k->v.keyword.value, PR_TEST);
    }
    strbuf_appendc(u->out, ')');
}

/* repr() of a constant, with CPython's two changes: `...` for Ellipsis and
 * 1e309 for an infinity (which has no literal of its own). */
static void constant(Unparser *u, const ConstValue *v) {
    if (v->kind == CONST_ELLIPSIS) { strbuf_puts(u->out, "..."); return; }
    if (v->kind == CONST_STR && v->is_u) strbuf_appendc(u->out, 'u');
    if ((v->kind == CONST_FLOAT || v->kind == CONST_IMAG) && isinf(v->f)) {
        strbuf_puts(u->out, v->kind == CONST_FLOAT ? "1e309" : "1e309j");
        return;
    }
    ast_const_repr(u->out, v);
}

/* The text of an f-string piece with its braces doubled. */
static void escape_braces(Unparser *u, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        strbuf_appendc(u->out, s[i]);
        if (s[i] == '{' || s[i] == '}') strbuf_appendc(u->out, s[i]);
    }
}

static void fstring_element(Unparser *u, const Node *e, bool is_format_spec);

/* f'...': the body is written on its own, then quoted as one repr(); a
 * format spec (the part after ':') is written bare. */
static void joinedstr(Unparser *u, const Node *e, bool is_format_spec) {
    StrBuf body, *outer = u->out;
    strbuf_init(&body);
    u->out = &body;
    for (int i = 0; i < e->v.JoinedStr.values.count; i++)
        fstring_element(u, e->v.JoinedStr.values.items[i], is_format_spec);
    u->out = outer;
    if (body.failed) strbuf_fail(u->out);
    else if (is_format_spec) strbuf_append(u->out, body.data ? body.data : "", body.len);
    else {
        strbuf_appendc(u->out, 'f');
        pyrepr_str(u->out, body.data ? body.data : "", body.len);
    }
    strbuf_free(&body);
}

static void formattedvalue(Unparser *u, const Node *e) {
    /* above PR_TEST, so that a lambda's ':' is in parentheses */
    StrBuf value, *outer = u->out;
    strbuf_init(&value);
    u->out = &value;
    expr(u, e->v.FormattedValue.value, PR_TEST + 1);
    u->out = outer;
    if (value.failed) { strbuf_fail(u->out); strbuf_free(&value); return; }
    /* {{ would be a literal brace: a value that starts with one ({1: 2}) is
     * set off by a space */
    strbuf_puts(u->out, value.len && value.data[0] == '{' ? "{ " : "{");
    strbuf_append(u->out, value.data ? value.data : "", value.len);
    strbuf_free(&value);
    int conv = e->v.FormattedValue.conversion;
    if (conv == 'a' || conv == 'r' || conv == 's') {
        strbuf_appendc(u->out, '!');
        strbuf_appendc(u->out, (char)conv);
    }
    if (e->v.FormattedValue.format_spec) {
        strbuf_appendc(u->out, ':');
        fstring_element(u, e->v.FormattedValue.format_spec, true);
    }
    strbuf_appendc(u->out, '}');
}

static void fstring_element(Unparser *u, const Node *e, bool is_format_spec) {
    switch (e->kind) {
    case NODE_Constant: escape_braces(u, e->v.Constant.value.text, e->v.Constant.value.len); break;
    case NODE_JoinedStr: joinedstr(u, e, is_format_spec); break;
    case NODE_FormattedValue: formattedvalue(u, e); break;
    default: break;
    }
}

static void expr(Unparser *u, const Node *e, int level) {
    /* the parser bounds the depth by the recursion limit, which a program
     * may raise beyond what the C stack holds */
    if (u->too_deep || (uintptr_t)__builtin_frame_address(0) < u->stack_floor) {
        u->too_deep = true;
        return;
    }
    switch (e->kind) {
    case NODE_BoolOp: {
        bool and = e->v.BoolOp.op == BOOL_And;
        int pr = and ? PR_AND : PR_OR;
        open_if(u, level > pr);
        for (int i = 0; i < e->v.BoolOp.values.count; i++) {
            if (i) strbuf_puts(u->out, and ? " and " : " or ");
            expr(u, e->v.BoolOp.values.items[i], pr + 1);
        }
        close_if(u, level > pr);
        break;
    }
    case NODE_BinOp: binop(u, e, level); break;
    case NODE_UnaryOp: {
        static const char *ops[] = {[UOP_Invert] = "~", [UOP_Not] = "not ", [UOP_UAdd] = "+", [UOP_USub] = "-"};
        int pr = e->v.UnaryOp.op == UOP_Not ? PR_NOT : PR_FACTOR;
        open_if(u, level > pr);
        strbuf_puts(u->out, ops[e->v.UnaryOp.op]);
        expr(u, e->v.UnaryOp.operand, pr);
        close_if(u, level > pr);
        break;
    }
    case NODE_Lambda: {
        const Node *args = e->v.Lambda.args;
        open_if(u, level > PR_TEST);
        /* CPython's own quirk: no space before a first parameter that is
         * not positional (`lambda*a: 0`) */
        bool positional = args && args->v.arguments.args.count + args->v.arguments.posonlyargs.count;
        strbuf_puts(u->out, positional ? "lambda " : "lambda");
        if (args) arguments(u, args);
        strbuf_puts(u->out, ": ");
        expr(u, e->v.Lambda.body, PR_TEST);
        close_if(u, level > PR_TEST);
        break;
    }
    case NODE_IfExp:
        open_if(u, level > PR_TEST);
        expr(u, e->v.IfExp.body, PR_TEST + 1);
        strbuf_puts(u->out, " if ");
        expr(u, e->v.IfExp.test, PR_TEST + 1);
        strbuf_puts(u->out, " else ");
        expr(u, e->v.IfExp.orelse, PR_TEST);
        close_if(u, level > PR_TEST);
        break;
    case NODE_Dict:
        strbuf_appendc(u->out, '{');
        for (int i = 0; i < e->v.Dict.values.count; i++) {
            if (i) strbuf_puts(u->out, ", ");
            if (e->v.Dict.keys.items[i]) {
                expr(u, e->v.Dict.keys.items[i], PR_TEST);
                strbuf_puts(u->out, ": ");
                expr(u, e->v.Dict.values.items[i], PR_TEST);
            } else {
                strbuf_puts(u->out, "**");
                expr(u, e->v.Dict.values.items[i], PR_EXPR);
            }
        }
        strbuf_appendc(u->out, '}');
        break;
    case NODE_Set:
        strbuf_appendc(u->out, '{');
        list(u, &e->v.Set.elts, PR_TEST);
        strbuf_appendc(u->out, '}');
        break;
    case NODE_GeneratorExp: genexp(u, e); break;
    case NODE_ListComp:
        strbuf_appendc(u->out, '[');
        expr(u, e->v.ListComp.elt, PR_TEST);
        comprehensions(u, &e->v.ListComp.generators);
        strbuf_appendc(u->out, ']');
        break;
    case NODE_SetComp:
        strbuf_appendc(u->out, '{');
        expr(u, e->v.SetComp.elt, PR_TEST);
        comprehensions(u, &e->v.SetComp.generators);
        strbuf_appendc(u->out, '}');
        break;
    case NODE_DictComp:
        strbuf_appendc(u->out, '{');
        expr(u, e->v.DictComp.key, PR_TEST);
        strbuf_puts(u->out, ": ");
        expr(u, e->v.DictComp.value, PR_TEST);
        comprehensions(u, &e->v.DictComp.generators);
        strbuf_appendc(u->out, '}');
        break;
    case NODE_Yield:
        if (!e->v.Yield.value) { strbuf_puts(u->out, "(yield)"); break; }
        strbuf_puts(u->out, "(yield ");
        expr(u, e->v.Yield.value, PR_TEST);
        strbuf_appendc(u->out, ')');
        break;
    case NODE_YieldFrom:
        strbuf_puts(u->out, "(yield from ");
        expr(u, e->v.YieldFrom.value, PR_TEST);
        strbuf_appendc(u->out, ')');
        break;
    case NODE_Await:
        open_if(u, level > PR_AWAIT);
        strbuf_puts(u->out, "await ");
        expr(u, e->v.Await.value, PR_ATOM);
        close_if(u, level > PR_AWAIT);
        break;
    case NODE_Compare: compare(u, e, level); break;
    case NODE_Call: call(u, e); break;
    case NODE_Constant: constant(u, &e->v.Constant.value); break;
    case NODE_JoinedStr: joinedstr(u, e, false); break;
    case NODE_FormattedValue: formattedvalue(u, e); break;
    case NODE_Attribute: {
        const Node *v = e->v.Attribute.value;
        expr(u, v, PR_ATOM);
        /* 1 .real: an int needs the space, or the dot would be its own */
        bool is_int = v->kind == NODE_Constant && v->v.Constant.value.kind == CONST_INT;
        strbuf_puts(u->out, is_int ? " ." : ".");
        strbuf_puts(u->out, e->v.Attribute.attr);
        break;
    }
    case NODE_Subscript:
        expr(u, e->v.Subscript.value, PR_ATOM);
        strbuf_appendc(u->out, '[');
        expr(u, e->v.Subscript.slice, PR_TUPLE);
        strbuf_appendc(u->out, ']');
        break;
    case NODE_Slice:
        if (e->v.Slice.lower) expr(u, e->v.Slice.lower, PR_TEST);
        strbuf_appendc(u->out, ':');
        if (e->v.Slice.upper) expr(u, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            strbuf_appendc(u->out, ':');
            expr(u, e->v.Slice.step, PR_TEST);
        }
        break;
    case NODE_Starred:
        strbuf_appendc(u->out, '*');
        expr(u, e->v.Starred.value, PR_EXPR);
        break;
    case NODE_Name: strbuf_puts(u->out, e->v.Name.id); break;
    case NODE_List:
        strbuf_appendc(u->out, '[');
        list(u, &e->v.List.elts, PR_TEST);
        strbuf_appendc(u->out, ']');
        break;
    case NODE_Tuple:
        if (!e->v.Tuple.elts.count) { strbuf_puts(u->out, "()"); break; }
        open_if(u, level > PR_TUPLE);
        list(u, &e->v.Tuple.elts, PR_TEST);
        if (e->v.Tuple.elts.count == 1) strbuf_appendc(u->out, ',');
        close_if(u, level > PR_TUPLE);
        break;
    case NODE_NamedExpr:
        open_if(u, level > PR_TUPLE);
        expr(u, e->v.NamedExpr.target, PR_ATOM);
        strbuf_puts(u->out, " := ");
        expr(u, e->v.NamedExpr.value, PR_ATOM);
        close_if(u, level > PR_TUPLE);
        break;
    default: break;
    }
}

bool ast_unparse(struct StrBuf *out, const Node *e, uintptr_t stack_floor) {
    Unparser u = {out, stack_floor, false};
    expr(&u, e, PR_TEST);
    return !u.too_deep;
}
