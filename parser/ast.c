/* ast.c -- the syntax tree's memory (an arena), its node constructor and the
 * `--ast` printer.
 *
 * Lesson 2 (the pipeline): the tree the parser hands to the compiler. Every
 * node, list and string of one parse lives in one Arena and is released at
 * once by arena_free(), so the parser never frees anything on its own (and
 * bison needs no %destructor).
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

/* ---- arena ------------------------------------------------------------ */

typedef struct Block {
    struct Block *next;
    size_t used, cap;
    max_align_t data[];
} Block;

struct Arena {
    Block *head;
};

#define ARENA_BLOCK (64 * 1024)

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fputs("minipy: out of memory while parsing\n", stderr);
        abort();
    }
    return p;
}

Arena *arena_new(void)
{
    Arena *a = xmalloc(sizeof *a);
    a->head = NULL;
    return a;
}

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    Block *b = a->head;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        Block *nb = xmalloc(sizeof *nb + cap);
        nb->used = 0;
        nb->cap = cap;
        if (b && size > ARENA_BLOCK / 4) {
            /* a big one-off block goes behind the current one */
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    Block *b = a->head;
    while (b) {
        Block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

/* ---- nodes ------------------------------------------------------------ */

/* Every node is preceded in the arena by a small hidden header holding its
 * depth (see ast_depth), so that the parser can refuse a degenerate tree
 * while building it instead of after building millions of nodes. */
typedef struct {
    int depth;
    int pad[3];
} NodeHeader;

Node *ast_new(Arena *arena, NodeKind kind, int lineno, int col,
              int end_lineno, int end_col)
{
    NodeHeader *h = arena_alloc(arena, sizeof *h + sizeof(Node));
    h->depth = 1;
    Node *n = (Node *)(h + 1);
    n->kind = kind;
    n->lineno = lineno;
    n->col_offset = col;
    n->end_lineno = end_lineno;
    n->end_col_offset = end_col;
    return n;
}

int ast_depth(const Node *n)
{
    return n ? ((const NodeHeader *)n - 1)->depth : 0;
}

int ast_set_depth(Node *n, const Node *a, const Node *b, const Node *c)
{
    int d = ast_depth(a);
    if (ast_depth(b) > d)
        d = ast_depth(b);
    if (ast_depth(c) > d)
        d = ast_depth(c);
    ((NodeHeader *)n - 1)->depth = d + 1;
    return d + 1;
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

/* ---- depth ------------------------------------------------------------ */

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

/* Walk [n] no deeper than [limit] levels; the recursion itself is bounded
 * by the limit, so a degenerate tree cannot overflow the C stack here. */
static const Node *too_deep(const Node *n, int depth, int limit)
{
    if (!n)
        return NULL;
    if (depth > limit)
        return n;
    const Node *bad = NULL;
#define F_NODE(f) if (!bad) bad = too_deep(kv->f, depth + 1, limit);
#define F_LIST(f) for (int i = 0; !bad && i < kv->f.count; i++) \
                      bad = too_deep(kv->f.items[i], depth + 1, limit);
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
    return bad;
}

const Node *ast_too_deep(const Node *root, int limit)
{
    return too_deep(root, 0, limit);
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

typedef struct {
    char **items;
    int count, cap;
} Args;

static void args_add(Args *a, char *s)
{
    if (a->count == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 8;
        char **items = realloc(a->items, (size_t)a->cap * sizeof *items);
        if (!items)
            abort();
        a->items = items;
    }
    a->items[a->count++] = s;
}

static void indent_to(StrBuf *sb, int level)
{
    for (int i = 0; i < level; i++)
        strbuf_append(sb, "  ", 2);
}

/* Join [a] as "Name(...)" or "[...]" the way ast.dump lays it out; frees
 * the items. [open]/[close] are "Name(" and ")" or "[" and "]". */
static void join(StrBuf *out, Args *a, const char *open, const char *close,
                 bool inline_ok, int level)
{
    strbuf_puts(out, open);
    for (int i = 0; i < a->count; i++) {
        if (inline_ok) {
            if (i)
                strbuf_puts(out, ", ");
        } else {
            strbuf_puts(out, i ? ",\n" : "\n");
            indent_to(out, level);
        }
        strbuf_puts(out, a->items[i]);
        free(a->items[i]);
    }
    strbuf_puts(out, close);
    free(a->items);
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
    case CONST_IMAG: {
        int n = pyrepr_double(c->f, buf, sizeof buf);
        if (n > 2 && strcmp(buf + n - 2, ".0") == 0)
            buf[n - 2] = '\0';
        strbuf_puts(out, buf);
        strbuf_appendc(out, 'j');
        break;
    }
    case CONST_STR: pyrepr_str(out, c->text, c->len); break;
    case CONST_BYTES: pyrepr_bytes(out, c->text, c->len); break;
    }
}

static void str_repr(StrBuf *out, const char *s)
{
    pyrepr_str(out, s, strlen(s));
}

static bool format_node(StrBuf *out, const Node *n, int level, bool attrs);

/* "name=value" for one field into [a]; false if the value is not simple. */
static char *field(const char *name, StrBuf *val)
{
    StrBuf sb;
    strbuf_init(&sb);
    strbuf_puts(&sb, name);
    strbuf_appendc(&sb, '=');
    strbuf_append(&sb, val->data ? val->data : "", val->len);
    strbuf_free(val);
    return strbuf_detach(&sb);
}

static bool format_list(StrBuf *out, const NodeList *l, int level, bool attrs)
{
    if (l->count == 0) {
        strbuf_puts(out, "[]");
        return true;
    }
    Args a = {0};
    for (int i = 0; i < l->count; i++) {
        StrBuf sb;
        strbuf_init(&sb);
        if (l->items[i])
            format_node(&sb, l->items[i], level + 1, attrs);
        else
            strbuf_puts(&sb, "None");
        args_add(&a, strbuf_detach(&sb));
    }
    join(out, &a, "[", "]", false, level + 1);
    return false;
}

static bool format_node(StrBuf *out, const Node *n, int level, bool attrs)
{
    Args a = {0};
    bool simple = true;
    StrBuf v;
#define ADD(name, expr_simple) do { \
        simple = simple && (expr_simple); \
        args_add(&a, field(name, &v)); } while (0)
#define F_NODE(f) if (kv->f) { strbuf_init(&v); \
        bool s_ = format_node(&v, kv->f, level + 1, attrs); ADD(#f, s_); }
#define F_LIST(f) { strbuf_init(&v); \
        bool s_ = format_list(&v, &kv->f, level + 1, attrs); ADD(#f, s_); }
#define F_IDENT(f) if (kv->f) { strbuf_init(&v); str_repr(&v, kv->f); \
        ADD(#f, true); }
#define F_IDLIST(f) { strbuf_init(&v); \
        if (kv->f.count == 0) { strbuf_puts(&v, "[]"); ADD(#f, true); } \
        else { Args l_ = {0}; \
            for (int i = 0; i < kv->f.count; i++) { StrBuf e_; strbuf_init(&e_); \
                str_repr(&e_, kv->f.items[i]); args_add(&l_, strbuf_detach(&e_)); } \
            join(&v, &l_, "[", "]", false, level + 2); ADD(#f, false); } }
#define F_INT(f) { strbuf_init(&v); strbuf_printf(&v, "%d", kv->f); ADD(#f, true); }
#define F_BINOP(f) { strbuf_init(&v); strbuf_printf(&v, "%s()", binop_names[kv->f]); \
        ADD(#f, true); }
#define F_UNOP(f) { strbuf_init(&v); strbuf_printf(&v, "%s()", unop_names[kv->f]); \
        ADD(#f, true); }
#define F_BOOLOP(f) { strbuf_init(&v); strbuf_printf(&v, "%s()", boolop_names[kv->f]); \
        ADD(#f, true); }
#define F_CMPOPS(f) { strbuf_init(&v); \
        if (kv->f.count == 0) { strbuf_puts(&v, "[]"); ADD(#f, true); } \
        else { Args l_ = {0}; \
            for (int i = 0; i < kv->f.count; i++) { StrBuf e_; strbuf_init(&e_); \
                strbuf_printf(&e_, "%s()", cmpop_names[kv->f.items[i]]); \
                args_add(&l_, strbuf_detach(&e_)); } \
            join(&v, &l_, "[", "]", false, level + 2); ADD(#f, false); } }
#define F_CTX(f) { strbuf_init(&v); strbuf_printf(&v, "%s()", ctx_names[kv->f]); \
        ADD(#f, true); }
#define F_CONST(f) { strbuf_init(&v); ast_const_repr(&v, &kv->f); ADD(#f, true); \
        if (kv->f.is_u) { strbuf_init(&v); strbuf_puts(&v, "'u'"); \
                          args_add(&a, field("kind", &v)); } }
    switch (n->kind) {
#define AST_NODE(K, cat, loc, fields) \
    case NODE_##K: { const __typeof__(n->v.K) *kv = &n->v.K; (void)kv; \
                     fields break; }
#include "ast.def"
#undef AST_NODE
    default:
        break;
    }
    if (attrs && ast_has_location(n->kind)) {
        const char *names[4] = {"lineno", "col_offset", "end_lineno",
                                "end_col_offset"};
        int vals[4] = {n->lineno, n->col_offset, n->end_lineno,
                       n->end_col_offset};
        for (int i = 0; i < 4; i++) {
            strbuf_init(&v);
            strbuf_printf(&v, "%d", vals[i]);
            ADD(names[i], true);
        }
    }
    char open[40];
    snprintf(open, sizeof open, "%s(", ast_kind_name(n->kind));
    bool empty = a.count == 0;
    join(out, &a, open, ")", simple && a.count <= 3, level + 1);
    return empty;
}

char *ast_dump(const Node *mod, bool include_attributes)
{
    StrBuf sb;
    strbuf_init(&sb);
    if (mod)
        format_node(&sb, mod, 0, include_attributes);
    else
        strbuf_puts(&sb, "None");
    return strbuf_detach(&sb);
}

void ast_print(FILE *out, const Node *mod)
{
    char *s = ast_dump(mod, false);
    fputs(s, out);
    fputc('\n', out);
    free(s);
}
