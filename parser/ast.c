/* ast.c -- the syntax tree's node constructor and the `--ast` printer.
 *
 * Lesson 2 (the pipeline): the tree the parser hands to the compiler. Every
 * node, list and string of one parse lives in one Arena (common/arena.h)
 * and is released at once by arena_free(), so the parser never frees
 * anything on its own (and bison needs no %destructor).
 *
 * The printer walks the fields listed in ast.def (no per-kind printing
 * code) and reproduces CPython's ast.dump(tree, indent=2) character for
 * character: a node whose fields are all "simple" and at most three is
 * printed on one line, None-valued optional fields are left out, empty
 * lists show as [], constants print as repr().
 */
#include "ast.h"

#include <gmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/pyrepr.h"
#include "common/strbuf.h"
#include "common/rawmem.h"

/* ---- nodes ------------------------------------------------------------ */

/* Every node is preceded in the arena by a small hidden header: what the
 * parser knows about it that the tree does not show (how many pairs of
 * parentheses were around it), and room for the measures of a walk
 * (parser/nesting.c). Eight ints keep the node aligned as the arena
 * aligns. */
typedef struct {
    int parens;
    int scratch[AST_SCRATCH_INTS];
    int pad;
} NodeHeader;

Node *ast_new(Arena *arena, NodeKind kind, int lineno, int col,
              int end_lineno, int end_col)
{
    NodeHeader *h = arena_alloc(arena, sizeof *h + sizeof(Node));
    Node *n = (Node *)(h + 1);
    n->kind = kind;
    n->lineno = lineno;
    n->col_offset = col;
    n->end_lineno = end_lineno;
    n->end_col_offset = end_col;
    return n;
}

int ast_parens(const Node *n)
{
    return n ? ((const NodeHeader *)n - 1)->parens : 0;
}

void ast_add_parens(Node *n, int count)
{
    ((NodeHeader *)n - 1)->parens += count;
}

int *ast_scratch(Node *n)
{
    return ((NodeHeader *)n - 1)->scratch;
}

enum { CAT_MOD, CAT_STMT, CAT_EXPR, CAT_OTHER };
#define MOD CAT_MOD
#define STMT CAT_STMT
#define EXPR CAT_EXPR
#define OTHER CAT_OTHER

static const struct {
    const char *name;
    int category;
    bool has_location;
} kinds[] = {
#define AST_NODE(K, cat, loc, fields) {#K, cat, loc},
#include "ast.def"
#undef AST_NODE
};

#undef MOD
#undef STMT
#undef EXPR
#undef OTHER

const char *ast_kind_name(NodeKind kind)
{
    return kind < NODE_KIND_COUNT ? kinds[kind].name : "?";
}

bool ast_is_expr(NodeKind kind) { return kinds[kind].category == CAT_EXPR; }
bool ast_is_stmt(NodeKind kind) { return kinds[kind].category == CAT_STMT; }
bool ast_has_location(NodeKind kind) { return kinds[kind].has_location; }

/* ---- walking ------------------------------------------------------------ */

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

/* Without recursion: a tree may be as deep as its source is long (a chain
 * of a million `+`), and only the parser's own limits (parser/nesting.c)
 * keep it from reaching the compiler; the walks that come before them must
 * not depend on them. */
bool ast_walk(Node *root, void (*visit)(Node *n, void *ctx), void *ctx)
{
    Node *small[64];
    Node **stack = small;
    size_t n = 0, cap = 64;
    bool ok = true;
#define PUSH(x) do { Node *x_ = (x); if (x_ && ok) { \
        if (n == cap) { \
            Node **bigger = rawmem_alloc(2 * cap * sizeof *bigger); \
            if (!bigger) { ok = false; break; } \
            memcpy(bigger, stack, cap * sizeof *bigger); \
            if (stack != small) rawmem_free(stack); \
            stack = bigger; cap *= 2; \
        } \
        stack[n++] = x_; } } while (0)
    PUSH(root);
    while (n && ok) {
        Node *node = stack[--n];
        visit(node, ctx);
#define F_NODE(f) PUSH(kv->f);
#define F_LIST(f) for (int i = kv->f.count - 1; i >= 0; i--) PUSH(kv->f.items[i]);
        switch (node->kind) {
#define AST_NODE(K, cat, loc, fields) \
        case NODE_##K: { __typeof__(node->v.K) *kv = &node->v.K; (void)kv; \
                         fields break; }
#include "ast.def"
#undef AST_NODE
        default:
            break;
        }
#undef F_NODE
#undef F_LIST
    }
#undef PUSH
    if (stack != small)
        rawmem_free(stack);
    return ok;
}

#undef F_IDENT
#undef F_IDLIST
#undef F_INT
#undef F_BINOP
#undef F_UNOP
#undef F_BOOLOP
#undef F_CMPOPS
#undef F_CTX
#undef F_CONST

/* ---- the printer (ast.dump) ------------------------------------------- */

static const char *const binop_names[] = {
    "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift",
    "BitOr", "BitXor", "BitAnd", "FloorDiv"};
static const char *const unop_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const boolop_names[] = {"And", "Or"};
static const char *const cmpop_names[] = {
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
static const char *const ctx_names[] = {"Load", "Store", "Del"};

static void indent_to(StrBuf *sb, int level)
{
    for (int i = 0; i < level; i++)
        strbuf_append(sb, "  ", 2);
}

static void int_repr(StrBuf *out, const char *text)
{
    int base = 10;
    const char *digits = text;
    if (text[0] == '0' && text[1]) {
        char c = (char)(text[1] | 32);
        if (c == 'x') base = 16, digits = text + 2;
        else if (c == 'o') base = 8, digits = text + 2;
        else if (c == 'b') base = 2, digits = text + 2;
    }
    if (base == 10) {           /* strip leading zeros ("00" is 0) */
        while (digits[0] == '0' && digits[1])
            digits++;
        strbuf_puts(out, digits);
        return;
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    char *s = mpz_get_str(NULL, 10, z);
    strbuf_puts(out, s);
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    freefn(s, strlen(s) + 1);
    mpz_clear(z);
}

void ast_const_repr(struct StrBuf *out, const ConstValue *c)
{
    char buf[40];
    switch (c->kind) {
    case CONST_NONE: strbuf_puts(out, "None"); break;
    case CONST_TRUE: strbuf_puts(out, "True"); break;
    case CONST_FALSE: strbuf_puts(out, "False"); break;
    case CONST_ELLIPSIS: strbuf_puts(out, "Ellipsis"); break;
    case CONST_INT: int_repr(out, c->text); break;
    case CONST_FLOAT:
        pyrepr_double(c->f, buf, sizeof buf);
        strbuf_puts(out, buf);
        break;
    case CONST_IMAG:
        pyrepr_double_bare(c->f, buf, sizeof buf);
        strbuf_puts(out, buf);
        strbuf_appendc(out, 'j');
        break;
    case CONST_STR: pyrepr_str(out, c->text, c->len); break;
    case CONST_BYTES: pyrepr_bytes(out, c->text, c->len); break;
    }
}

static void str_repr(StrBuf *out, const char *s)
{
    pyrepr_str(out, s, strlen(s));
}

/* The printer writes straight into one buffer, so that its time is the
 * size of what it prints (a tree 3,000 levels deep prints 18 MB of
 * indentation, and building each level's text to copy it into its
 * parent's would cost that 3,000 times over). ast.dump() puts a node on
 * one line when it has at most three fields and all of them are simple (a
 * value, an empty list, or a node printed without fields, as `Pass()`):
 * that is decided from the node's own fields before printing them. */

/* How many fields [n] prints ("name=value" items). */
static int printed_fields(const Node *n, bool attrs)
{
    int count = 0;
#define F_NODE(f) if (kv->f) count++;
#define F_LIST(f) count++;
#define F_IDENT(f) if (kv->f) count++;
#define F_IDLIST(f) count++;
#define F_INT(f) count++;
#define F_BINOP(f) count++;
#define F_UNOP(f) count++;
#define F_BOOLOP(f) count++;
#define F_CMPOPS(f) count++;
#define F_CTX(f) count++;
#define F_CONST(f) count += kv->f.is_u ? 2 : 1;
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
#undef F_IDENT
#undef F_IDLIST
#undef F_INT
#undef F_BINOP
#undef F_UNOP
#undef F_BOOLOP
#undef F_CMPOPS
#undef F_CTX
#undef F_CONST
    if (attrs && ast_has_location(n->kind))
        count += 4;
    return count;
}

/* True if every field [n] prints is simple. */
static bool simple_fields(const Node *n, bool attrs)
{
    bool simple = true;
#define F_NODE(f) if (kv->f && printed_fields(kv->f, attrs)) simple = false;
#define F_LIST(f) if (kv->f.count) simple = false;
#define F_IDENT(f)
#define F_IDLIST(f) if (kv->f.count) simple = false;
#define F_INT(f)
#define F_BINOP(f)
#define F_UNOP(f)
#define F_BOOLOP(f)
#define F_CMPOPS(f) if (kv->f.count) simple = false;
#define F_CTX(f)
#define F_CONST(f)
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
#undef F_IDENT
#undef F_IDLIST
#undef F_INT
#undef F_BINOP
#undef F_UNOP
#undef F_BOOLOP
#undef F_CMPOPS
#undef F_CTX
#undef F_CONST
    return simple;
}

static void print_node(StrBuf *out, const Node *n, int level, bool attrs);

/* A list field's value, its items one a line at [level] + 1. */
static void print_list(StrBuf *out, const NodeList *l, int level, bool attrs)
{
    if (l->count == 0) {
        strbuf_puts(out, "[]");
        return;
    }
    strbuf_puts(out, "[");
    for (int i = 0; i < l->count; i++) {
        strbuf_puts(out, i ? ",\n" : "\n");
        indent_to(out, level + 1);
        if (l->items[i])
            print_node(out, l->items[i], level + 1, attrs);
        else
            strbuf_puts(out, "None");
    }
    strbuf_puts(out, "]");
}

static void print_node(StrBuf *out, const Node *n, int level, bool attrs)
{
    bool one_line = printed_fields(n, attrs) <= 3 && simple_fields(n, attrs);
    int i = 0;
    strbuf_printf(out, "%s(", ast_kind_name(n->kind));
#define NEXT(name) do { \
        if (one_line) { if (i) strbuf_puts(out, ", "); } \
        else { strbuf_puts(out, i ? ",\n" : "\n"); indent_to(out, level + 1); } \
        i++; strbuf_puts(out, name "="); } while (0)
#define F_NODE(f) if (kv->f) { NEXT(#f); print_node(out, kv->f, level + 1, attrs); }
#define F_LIST(f) { NEXT(#f); print_list(out, &kv->f, level + 1, attrs); }
#define F_IDENT(f) if (kv->f) { NEXT(#f); str_repr(out, kv->f); }
#define F_IDLIST(f) { NEXT(#f); \
        if (kv->f.count == 0) strbuf_puts(out, "[]"); \
        else { strbuf_puts(out, "["); \
            for (int j = 0; j < kv->f.count; j++) { \
                strbuf_puts(out, j ? ",\n" : "\n"); indent_to(out, level + 2); \
                str_repr(out, kv->f.items[j]); } \
            strbuf_puts(out, "]"); } }
#define F_INT(f) { NEXT(#f); strbuf_printf(out, "%d", kv->f); }
#define F_BINOP(f) { NEXT(#f); strbuf_printf(out, "%s()", binop_names[kv->f]); }
#define F_UNOP(f) { NEXT(#f); strbuf_printf(out, "%s()", unop_names[kv->f]); }
#define F_BOOLOP(f) { NEXT(#f); strbuf_printf(out, "%s()", boolop_names[kv->f]); }
#define F_CMPOPS(f) { NEXT(#f); \
        if (kv->f.count == 0) strbuf_puts(out, "[]"); \
        else { strbuf_puts(out, "["); \
            for (int j = 0; j < kv->f.count; j++) { \
                strbuf_puts(out, j ? ",\n" : "\n"); indent_to(out, level + 2); \
                strbuf_printf(out, "%s()", cmpop_names[kv->f.items[j]]); } \
            strbuf_puts(out, "]"); } }
#define F_CTX(f) { NEXT(#f); strbuf_printf(out, "%s()", ctx_names[kv->f]); }
#define F_CONST(f) { NEXT(#f); ast_const_repr(out, &kv->f); \
        if (kv->f.is_u) { NEXT("kind"); strbuf_puts(out, "'u'"); } }
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
#undef F_IDENT
#undef F_IDLIST
#undef F_INT
#undef F_BINOP
#undef F_UNOP
#undef F_BOOLOP
#undef F_CMPOPS
#undef F_CTX
#undef F_CONST
    if (attrs && ast_has_location(n->kind)) {
        NEXT("lineno");
        strbuf_printf(out, "%d", n->lineno);
        NEXT("col_offset");
        strbuf_printf(out, "%d", n->col_offset);
        NEXT("end_lineno");
        strbuf_printf(out, "%d", n->end_lineno);
        NEXT("end_col_offset");
        strbuf_printf(out, "%d", n->end_col_offset);
    }
#undef NEXT
    strbuf_puts(out, ")");
}

char *ast_dump(const Node *mod, bool include_attributes)
{
    StrBuf sb;
    strbuf_init(&sb);
    if (mod)
        print_node(&sb, mod, 0, include_attributes);
    else
        strbuf_puts(&sb, "None");
    return strbuf_detach(&sb);
}

void ast_print(FILE *out, const Node *mod)
{
    char *s = ast_dump(mod, false);
    fputs(s ? s : "MemoryError: no memory for the printed tree", out);
    fputc('\n', out);
    rawmem_free(s);
}
