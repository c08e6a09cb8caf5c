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
 * expression, which the parser has already bounded (parser/nesting.c).
 */
#include <math.h>
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

static void expr(StrBuf *out, const Node *e, int level);

static void open_if(StrBuf *out, bool cond) { if (cond) strbuf_appendc(out, '('); }
static void close_if(StrBuf *out, bool cond) { if (cond) strbuf_appendc(out, ')'); }

static void list(StrBuf *out, const NodeList *l, int level) {
    for (int i = 0; i < l->count; i++) {
        if (i) strbuf_puts(out, ", ");
        expr(out, l->items[i], level);
    }
}

static void binop(StrBuf *out, const Node *e, int level) {
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
    open_if(out, level > pr);
    expr(out, e->v.BinOp.left, pr + rassoc);
    strbuf_puts(out, ops[e->v.BinOp.op].op);
    expr(out, e->v.BinOp.right, pr + !rassoc);
    close_if(out, level > pr);
}

static void arg(StrBuf *out, const Node *a) {
    strbuf_puts(out, a->v.arg.arg);
    if (a->v.arg.annotation) {
        strbuf_puts(out, ": ");
        expr(out, a->v.arg.annotation, PR_TEST);
    }
}

/* A lambda's parameters: positional ones with their defaults, '/', then
 * '*' or *args, the keyword-only ones, **kwargs. */
static void arguments(StrBuf *out, const Node *args) {
    bool first = true;
    int npos = args->v.arguments.posonlyargs.count, nargs = args->v.arguments.args.count;
    int ndef = args->v.arguments.defaults.count;
    for (int i = 0; i < npos + nargs; i++) {
        if (!first) strbuf_puts(out, ", ");
        first = false;
        arg(out, i < npos ? args->v.arguments.posonlyargs.items[i] : args->v.arguments.args.items[i - npos]);
        int di = i - npos - nargs + ndef;
        if (di >= 0) {
            strbuf_appendc(out, '=');
            expr(out, args->v.arguments.defaults.items[di], PR_TEST);
        }
        if (npos && i + 1 == npos) strbuf_puts(out, ", /");
    }
    const NodeList *kw = &args->v.arguments.kwonlyargs;
    if (args->v.arguments.vararg || kw->count) {
        if (!first) strbuf_puts(out, ", ");
        first = false;
        strbuf_appendc(out, '*');
        if (args->v.arguments.vararg) arg(out, args->v.arguments.vararg);
    }
    int nkwd = args->v.arguments.kw_defaults.count;
    for (int i = 0; i < kw->count; i++) {
        if (!first) strbuf_puts(out, ", ");
        first = false;
        arg(out, kw->items[i]);
        int di = i - kw->count + nkwd;
        if (di >= 0 && args->v.arguments.kw_defaults.items[di]) {
            strbuf_appendc(out, '=');
            expr(out, args->v.arguments.kw_defaults.items[di], PR_TEST);
        }
    }
    if (args->v.arguments.kwarg) {
        if (!first) strbuf_puts(out, ", ");
        strbuf_puts(out, "**");
        arg(out, args->v.arguments.kwarg);
    }
}

static void comprehensions(StrBuf *out, const NodeList *gens) {
    for (int i = 0; i < gens->count; i++) {
        const Node *g = gens->items[i];
        strbuf_puts(out, g->v.comprehension.is_async ? " async for " : " for ");
        expr(out, g->v.comprehension.target, PR_TUPLE);
        strbuf_puts(out, " in ");
        expr(out, g->v.comprehension.iter, PR_TEST + 1);
        for (int k = 0; k < g->v.comprehension.ifs.count; k++) {
            strbuf_puts(out, " if ");
            expr(out, g->v.comprehension.ifs.items[k], PR_TEST + 1);
        }
    }
}

static void compare(StrBuf *out, const Node *e, int level) {
    static const char *ops[] = {
        [CMP_Eq] = " == ", [CMP_NotEq] = " != ", [CMP_Lt] = " < ", [CMP_LtE] = " <= ",
        [CMP_Gt] = " > ", [CMP_GtE] = " >= ", [CMP_Is] = " is ", [CMP_IsNot] = " is not ",
        [CMP_In] = " in ", [CMP_NotIn] = " not in ",
    };
    open_if(out, level > PR_CMP);
    expr(out, e->v.Compare.left, PR_CMP + 1);
    for (int i = 0; i < e->v.Compare.comparators.count; i++) {
        strbuf_puts(out, ops[e->v.Compare.ops.items[i]]);
        expr(out, e->v.Compare.comparators.items[i], PR_CMP + 1);
    }
    close_if(out, level > PR_CMP);
}

static void genexp(StrBuf *out, const Node *e) {
    strbuf_appendc(out, '(');
    expr(out, e->v.GeneratorExp.elt, PR_TEST);
    comprehensions(out, &e->v.GeneratorExp.generators);
    strbuf_appendc(out, ')');
}

static void call(StrBuf *out, const Node *e) {
    expr(out, e->v.Call.func, PR_ATOM);
    const NodeList *args = &e->v.Call.args, *kws = &e->v.Call.keywords;
    if (args->count == 1 && kws->count == 0 && args->items[0]->kind == NODE_GeneratorExp) {
        genexp(out, args->items[0]);     /* f(x for x in y): one pair of parentheses */
        return;
    }
    strbuf_appendc(out, '(');
    list(out, args, PR_TEST);
    for (int i = 0; i < kws->count; i++) {
        if (i || args->count) strbuf_puts(out, ", ");
        const Node *k = kws->items[i];
        if (k->v.keyword.arg) {
            strbuf_puts(out, k->v.keyword.arg);
            strbuf_appendc(out, '=');
        } else {
            strbuf_puts(out, "**");
        }
        expr(out, k->v.keyword.value, PR_TEST);
    }
    strbuf_appendc(out, ')');
}

/* repr() of a constant, with CPython's two changes: `...` for Ellipsis and
 * 1e309 for an infinity (which has no literal of its own). */
static void constant(StrBuf *out, const ConstValue *v) {
    if (v->kind == CONST_ELLIPSIS) { strbuf_puts(out, "..."); return; }
    if (v->kind == CONST_STR && v->is_u) strbuf_appendc(out, 'u');
    if ((v->kind == CONST_FLOAT || v->kind == CONST_IMAG) && isinf(v->f)) {
        strbuf_puts(out, v->kind == CONST_FLOAT ? "1e309" : "1e309j");
        return;
    }
    ast_const_repr(out, v);
}

/* The text of an f-string piece with its braces doubled. */
static void escape_braces(StrBuf *out, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        strbuf_appendc(out, s[i]);
        if (s[i] == '{' || s[i] == '}') strbuf_appendc(out, s[i]);
    }
}

static void fstring_element(StrBuf *out, const Node *e, bool is_format_spec);

/* f'...': the body is written on its own, then quoted as one repr(); a
 * format spec (the part after ':') is written bare. */
static void joinedstr(StrBuf *out, const Node *e, bool is_format_spec) {
    StrBuf body;
    strbuf_init(&body);
    for (int i = 0; i < e->v.JoinedStr.values.count; i++)
        fstring_element(&body, e->v.JoinedStr.values.items[i], is_format_spec);
    if (body.failed) strbuf_fail(out);
    else if (is_format_spec) strbuf_append(out, body.data ? body.data : "", body.len);
    else {
        strbuf_appendc(out, 'f');
        pyrepr_str(out, body.data ? body.data : "", body.len);
    }
    strbuf_free(&body);
}

static void formattedvalue(StrBuf *out, const Node *e) {
    /* above PR_TEST, so that a lambda's ':' is in parentheses */
    StrBuf value;
    strbuf_init(&value);
    expr(&value, e->v.FormattedValue.value, PR_TEST + 1);
    if (value.failed) { strbuf_fail(out); strbuf_free(&value); return; }
    /* {{ would be a literal brace: a value that starts with one ({1: 2}) is
     * set off by a space */
    strbuf_puts(out, value.len && value.data[0] == '{' ? "{ " : "{");
    strbuf_append(out, value.data ? value.data : "", value.len);
    strbuf_free(&value);
    int conv = e->v.FormattedValue.conversion;
    if (conv == 'a' || conv == 'r' || conv == 's') {
        strbuf_appendc(out, '!');
        strbuf_appendc(out, (char)conv);
    }
    if (e->v.FormattedValue.format_spec) {
        strbuf_appendc(out, ':');
        fstring_element(out, e->v.FormattedValue.format_spec, true);
    }
    strbuf_appendc(out, '}');
}

static void fstring_element(StrBuf *out, const Node *e, bool is_format_spec) {
    switch (e->kind) {
    case NODE_Constant: escape_braces(out, e->v.Constant.value.text, e->v.Constant.value.len); break;
    case NODE_JoinedStr: joinedstr(out, e, is_format_spec); break;
    case NODE_FormattedValue: formattedvalue(out, e); break;
    default: break;
    }
}

static void expr(StrBuf *out, const Node *e, int level) {
    switch (e->kind) {
    case NODE_BoolOp: {
        bool and = e->v.BoolOp.op == BOOL_And;
        int pr = and ? PR_AND : PR_OR;
        open_if(out, level > pr);
        for (int i = 0; i < e->v.BoolOp.values.count; i++) {
            if (i) strbuf_puts(out, and ? " and " : " or ");
            expr(out, e->v.BoolOp.values.items[i], pr + 1);
        }
        close_if(out, level > pr);
        break;
    }
    case NODE_BinOp: binop(out, e, level); break;
    case NODE_UnaryOp: {
        static const char *ops[] = {[UOP_Invert] = "~", [UOP_Not] = "not ", [UOP_UAdd] = "+", [UOP_USub] = "-"};
        int pr = e->v.UnaryOp.op == UOP_Not ? PR_NOT : PR_FACTOR;
        open_if(out, level > pr);
        strbuf_puts(out, ops[e->v.UnaryOp.op]);
        expr(out, e->v.UnaryOp.operand, pr);
        close_if(out, level > pr);
        break;
    }
    case NODE_Lambda: {
        const Node *args = e->v.Lambda.args;
        open_if(out, level > PR_TEST);
        /* CPython's own quirk: no space before a first parameter that is
         * not positional (`lambda*a: 0`) */
        bool positional = args && args->v.arguments.args.count + args->v.arguments.posonlyargs.count;
        strbuf_puts(out, positional ? "lambda " : "lambda");
        if (args) arguments(out, args);
        strbuf_puts(out, ": ");
        expr(out, e->v.Lambda.body, PR_TEST);
        close_if(out, level > PR_TEST);
        break;
    }
    case NODE_IfExp:
        open_if(out, level > PR_TEST);
        expr(out, e->v.IfExp.body, PR_TEST + 1);
        strbuf_puts(out, " if ");
        expr(out, e->v.IfExp.test, PR_TEST + 1);
        strbuf_puts(out, " else ");
        expr(out, e->v.IfExp.orelse, PR_TEST);
        close_if(out, level > PR_TEST);
        break;
    case NODE_Dict:
        strbuf_appendc(out, '{');
        for (int i = 0; i < e->v.Dict.values.count; i++) {
            if (i) strbuf_puts(out, ", ");
            if (e->v.Dict.keys.items[i]) {
                expr(out, e->v.Dict.keys.items[i], PR_TEST);
                strbuf_puts(out, ": ");
                expr(out, e->v.Dict.values.items[i], PR_TEST);
            } else {
                strbuf_puts(out, "**");
                expr(out, e->v.Dict.values.items[i], PR_EXPR);
            }
        }
        strbuf_appendc(out, '}');
        break;
    case NODE_Set:
        strbuf_appendc(out, '{');
        list(out, &e->v.Set.elts, PR_TEST);
        strbuf_appendc(out, '}');
        break;
    case NODE_GeneratorExp: genexp(out, e); break;
    case NODE_ListComp:
        strbuf_appendc(out, '[');
        expr(out, e->v.ListComp.elt, PR_TEST);
        comprehensions(out, &e->v.ListComp.generators);
        strbuf_appendc(out, ']');
        break;
    case NODE_SetComp:
        strbuf_appendc(out, '{');
        expr(out, e->v.SetComp.elt, PR_TEST);
        comprehensions(out, &e->v.SetComp.generators);
        strbuf_appendc(out, '}');
        break;
    case NODE_DictComp:
        strbuf_appendc(out, '{');
        expr(out, e->v.DictComp.key, PR_TEST);
        strbuf_puts(out, ": ");
        expr(out, e->v.DictComp.value, PR_TEST);
        comprehensions(out, &e->v.DictComp.generators);
        strbuf_appendc(out, '}');
        break;
    case NODE_Yield:
        if (!e->v.Yield.value) { strbuf_puts(out, "(yield)"); break; }
        strbuf_puts(out, "(yield ");
        expr(out, e->v.Yield.value, PR_TEST);
        strbuf_appendc(out, ')');
        break;
    case NODE_YieldFrom:
        strbuf_puts(out, "(yield from ");
        expr(out, e->v.YieldFrom.value, PR_TEST);
        strbuf_appendc(out, ')');
        break;
    case NODE_Await:
        open_if(out, level > PR_AWAIT);
        strbuf_puts(out, "await ");
        expr(out, e->v.Await.value, PR_ATOM);
        close_if(out, level > PR_AWAIT);
        break;
    case NODE_Compare: compare(out, e, level); break;
    case NODE_Call: call(out, e); break;
    case NODE_Constant: constant(out, &e->v.Constant.value); break;
    case NODE_JoinedStr: joinedstr(out, e, false); break;
    case NODE_FormattedValue: formattedvalue(out, e); break;
    case NODE_Attribute: {
        const Node *v = e->v.Attribute.value;
        expr(out, v, PR_ATOM);
        /* 1 .real: an int needs the space, or the dot would be its own */
        bool is_int = v->kind == NODE_Constant && v->v.Constant.value.kind == CONST_INT;
        strbuf_puts(out, is_int ? " ." : ".");
        strbuf_puts(out, e->v.Attribute.attr);
        break;
    }
    case NODE_Subscript:
        expr(out, e->v.Subscript.value, PR_ATOM);
        strbuf_appendc(out, '[');
        expr(out, e->v.Subscript.slice, PR_TUPLE);
        strbuf_appendc(out, ']');
        break;
    case NODE_Slice:
        if (e->v.Slice.lower) expr(out, e->v.Slice.lower, PR_TEST);
        strbuf_appendc(out, ':');
        if (e->v.Slice.upper) expr(out, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            strbuf_appendc(out, ':');
            expr(out, e->v.Slice.step, PR_TEST);
        }
        break;
    case NODE_Starred:
        strbuf_appendc(out, '*');
        expr(out, e->v.Starred.value, PR_EXPR);
        break;
    case NODE_Name: strbuf_puts(out, e->v.Name.id); break;
    case NODE_List:
        strbuf_appendc(out, '[');
        list(out, &e->v.List.elts, PR_TEST);
        strbuf_appendc(out, ']');
        break;
    case NODE_Tuple:
        if (!e->v.Tuple.elts.count) { strbuf_puts(out, "()"); break; }
        open_if(out, level > PR_TUPLE);
        list(out, &e->v.Tuple.elts, PR_TEST);
        if (e->v.Tuple.elts.count == 1) strbuf_appendc(out, ',');
        close_if(out, level > PR_TUPLE);
        break;
    case NODE_NamedExpr:
        open_if(out, level > PR_TUPLE);
        expr(out, e->v.NamedExpr.target, PR_ATOM);
        strbuf_puts(out, " := ");
        expr(out, e->v.NamedExpr.value, PR_ATOM);
        close_if(out, level > PR_TUPLE);
        break;
    default: break;
    }
}

void ast_unparse(struct StrBuf *out, const Node *e) {
    expr(out, e, PR_TEST);
}
