/* symtable.h -- scope analysis: for every name in every scope, where does
 * it live? The essay is at the top of vm/symtable.c.
 *
 * Lessons 3, 4 and 9: this is where "LEGB" is decided -- statically for
 * L and E, leaving G and B to a run-time search.
 */
#ifndef MINIPY_SYMTABLE_H
#define MINIPY_SYMTABLE_H

#include <stdbool.h>
#include <stdint.h>
#include "parser/ast.h"
#include "common/diag.h"
#include "common/strindex.h"

/* What the first pass records about a name in a block. */
enum {
    DEF_LOCAL = 1 << 0,       /* assigned, deleted, imported, a for/with/except target */
    DEF_PARAM = 1 << 1,       /* a parameter */
    DEF_GLOBAL = 1 << 2,      /* declared `global` */
    DEF_NONLOCAL = 1 << 3,    /* declared `nonlocal` */
    DEF_USE = 1 << 4,         /* read */
    DEF_FREE_CLASS = 1 << 5,  /* free in a class body that also binds it */
    DEF_COMP_ITER = 1 << 6,   /* the hidden `.0` iterator of a comprehension */
};

/* The scope the second pass decides (CPython's categories). */
typedef enum {
    SCOPE_NONE = 0,
    LOCAL,                    /* a slot of this function's frame */
    CELL,                     /* local, but captured by an inner function */
    FREE,                     /* captured from an enclosing function */
    GLOBAL_IMPLICIT,          /* bound nowhere here: module globals, then builtins */
    GLOBAL_EXPLICIT,          /* declared `global` */
} ScopeKind;

typedef enum { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS } BlockKind;

typedef struct Symbol {
    const char *name;
    int flags;
    ScopeKind scope;
    int def_line;             /* first line that binds it (0: none) */
    const Node *directive;    /* the first global/nonlocal statement naming it */
    int use_line;             /* first line that reads it */
} Symbol;

typedef struct Block {
    BlockKind kind;
    const char *name;         /* function or class name, "<lambda>", "<listcomp>", "top" */
    const Node *node;         /* the AST node that opened it */
    int lineno;
    struct Block *parent;
    struct Block **children;
    int nchildren, children_cap;
    Symbol *symbols;          /* in order of first appearance */
    int nsymbols, symbols_cap;
    StrIndex symindex;        /* name -> position in symbols (hashed: a scope
                                 with n names compiles in time n, not n*n) */
    int next_child;           /* where sym_block_for looks first */
    const char **params;      /* parameter names in order (incl. *args, **kwargs) */
    int nparams;
    bool is_generator;
    bool is_coroutine;        /* async def, or a comprehension that awaits
                                 (async for, await): with is_generator, an
                                 async generator */
    bool is_comprehension;
    bool is_nested;           /* a function inside a function */
    bool needs_class_closure; /* a class whose methods use __class__/super() */
    bool has_yield_in_class;  /* reported as an error */
    const char *private_name; /* the enclosing class name, for __name mangling */
} Block;

typedef struct SymTable {
    Block *top;
    Arena *arena;
} SymTable;

/* Analyse the tree [mod]. Returns NULL with [diag] set on a scope error
 * (nonlocal/global misuse, duplicate parameters, yield outside function).
 * [src]/[len] are the source for error messages. The walk recurses over
 * the tree; where the C stack reaches [stack_floor] (an address; 0: no
 * check) it stops with CPython's RecursionError (DIAG_RECURSION). Out of
 * memory: NULL with [diag] no_memory. [future_annotations]: the module
 * imports annotations from __future__ (vm/future.h), so the names in
 * annotations are not uses. */
SymTable *sym_build(Arena *arena, const Node *mod, const char *src, size_t len, Diag *diag,
                    uintptr_t stack_floor, bool future_annotations);
/* The block opened by [node] (a FunctionDef, Lambda, ClassDef or comprehension). */
Block *sym_block_for(Block *parent, const Node *node);
/* The symbol for [name] in [b], or NULL. */
Symbol *sym_lookup(Block *b, const char *name);
/* The scope of [name] in [b] (GLOBAL_IMPLICIT if it is not mentioned). */
ScopeKind sym_scope(Block *b, const char *name);
/* Name of a scope kind as CPython spells it: "LOCAL", "CELL", ... */
const char *sym_scope_name(ScopeKind s);
/* `__x` inside class C becomes `_C__x`; returns [name] or an arena copy
 * (NULL when the arena, with no handler set, has no memory). */
const char *sym_mangle(Arena *arena, const char *private_name, const char *name);

#endif
