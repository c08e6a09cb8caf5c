/* ast.h -- the syntax tree: what the parser builds and the compiler reads.
 *
 * Lesson 2 (the pipeline): source -> tokens -> *syntax tree* -> bytecode.
 * The node kinds and their fields are listed once, in ast.def, and mirror
 * CPython 3.11's `ast` module exactly; `--ast` prints a tree the way
 * `ast.dump(tree, indent=2)` does, so the two can be compared line by line.
 *
 * Memory: every node, list and identifier lives in an Arena (common/arena.h)
 * owned by whoever called the parser. Nothing in a tree is freed on its own; arena_free()
 * releases the whole tree at once. No node holds a runtime object: constants
 * are plain C data (ConstValue) that the compiler turns into objects.
 */
#ifndef MINIPY_AST_H
#define MINIPY_AST_H

#include <stddef.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"

/* ---- leaf values ---------------------------------------------------- */

typedef enum {
    OP_Add, OP_Sub, OP_Mult, OP_MatMult, OP_Div, OP_Mod, OP_Pow,
    OP_LShift, OP_RShift, OP_BitOr, OP_BitXor, OP_BitAnd, OP_FloorDiv
} BinOpKind;                        /* order = CPython's ast.operator */

typedef enum { UOP_Invert, UOP_Not, UOP_UAdd, UOP_USub } UnaryOpKind;
typedef enum { BOOL_And, BOOL_Or } BoolOpKind;
typedef enum {
    CMP_Eq, CMP_NotEq, CMP_Lt, CMP_LtE, CMP_Gt, CMP_GtE,
    CMP_Is, CMP_IsNot, CMP_In, CMP_NotIn
} CmpOpKind;
typedef enum { CTX_Load, CTX_Store, CTX_Del } ExprContext;

typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,      /* text: the literal without '_' ("123", "0x1f", "0o17", "0b101") */
    CONST_FLOAT,    /* f: the value (strtod of the literal without '_') */
    CONST_IMAG,     /* f: the imaginary part of an imaginary literal (1.5j) */
    CONST_STR,      /* text/len: UTF-8 after escape decoding (may contain NUL) */
    CONST_BYTES     /* text/len: raw bytes after escape decoding */
} ConstKind;

typedef struct {
    ConstKind kind;
    const char *text;   /* arena-owned, NUL-terminated (len excludes the NUL) */
    size_t len;
    double f;
    bool is_u;          /* (added) a str literal written u'...': CPython's
                           Constant.kind == 'u', shown by --ast only */
} ConstValue;

typedef struct Node Node;
typedef struct { int count; Node **items; } NodeList;
typedef struct { int count; const char **items; } IdList;
typedef struct { int count; CmpOpKind *items; } CmpOpList;

/* ---- nodes ---------------------------------------------------------- */

typedef enum {
#define AST_NODE(K, cat, loc, fields) NODE_##K,
#include "ast.def"
#undef AST_NODE
    NODE_KIND_COUNT
} NodeKind;

#define F_NODE(n) Node *n;
#define F_LIST(n) NodeList n;
#define F_IDENT(n) const char *n;
#define F_IDLIST(n) IdList n;
#define F_INT(n) int n;
#define F_BINOP(n) BinOpKind n;
#define F_UNOP(n) UnaryOpKind n;
#define F_BOOLOP(n) BoolOpKind n;
#define F_CMPOPS(n) CmpOpList n;
#define F_CTX(n) ExprContext n;
#define F_CONST(n) ConstValue n;

struct Node {
    NodeKind kind;
    /* CPython's conventions: lineno 1-based, col_offset 0-based in UTF-8
     * bytes, end_* just past the node. Zero for kinds without location. */
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
#define AST_NODE(K, cat, loc, fields) struct { fields char unused_; } K;
#include "ast.def"
#undef AST_NODE
    } v;
};

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

/* A zeroed node of [kind] spanning [lineno:col .. end_lineno:end_col]. */
Node *ast_new(Arena *arena, NodeKind kind, int lineno, int col,
              int end_lineno, int end_col);

/* Name of a node kind as CPython spells it ("FunctionDef", "arg"). */
const char *ast_kind_name(NodeKind kind);
bool ast_is_expr(NodeKind kind);
bool ast_is_stmt(NodeKind kind);

/* Print [mod] exactly as CPython's ast.dump(mod, indent=2) would. */
void ast_print(FILE *out, const Node *mod);

/* ---- additions by the front end -------------------------------------- */

struct StrBuf;
/* True for kinds that carry lineno/col_offset/... (not arguments,
 * withitem, comprehension, the modules). */
bool ast_has_location(NodeKind kind);
/* ast.dump([mod], indent=2, include_attributes=[include_attributes]) as a
 * string of common/rawmem.h (the caller frees it), or NULL when there was
 * no memory for it. */
char *ast_dump(const Node *mod, bool include_attributes);
/* Append repr() of the constant [c] to the StrBuf [out]. */
void ast_const_repr(struct StrBuf *out, const ConstValue *c);
/* Append to [out] the source text of the expression [e] as CPython 3.11
 * writes an annotation under `from __future__ import annotations`
 * (parser/unparse.c); out of memory leaves [out] failed. False when the
 * tree was too deep for the C stack, whose end is at [stack_floor] (an
 * address; 0: no check): then the text is incomplete. */
bool ast_unparse(struct StrBuf *out, const Node *e, uintptr_t stack_floor);
/* How many pairs of parentheses were written around [n] (the tree does
 * not keep them; parser/nesting.c counts what they cost CPython's parser). */
int ast_parens(const Node *n);
void ast_add_parens(Node *n, int count);
/* AST_SCRATCH_INTS ints beside [n] that a walk of the tree may use as it
 * likes, assuming nothing about what an earlier walk left there (the
 * parser keeps a chain's depth in [0] while it builds the chain, then
 * parser/nesting.c its measures). */
#define AST_SCRATCH_INTS 6
int *ast_scratch(Node *n);
/* Call [visit] on every node of the tree at [root], parents before their
 * children and children in field order, without recursion (a tree may be
 * as deep as its source is long). False when there was no memory for the
 * walk's stack: then it stopped part way. */
bool ast_walk(Node *root, void (*visit)(Node *n, void *ctx), void *ctx);

#endif
