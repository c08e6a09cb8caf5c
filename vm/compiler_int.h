/* compiler_int.h -- the code generator's private state, shared by the
 * files of the compiler: vm/compiler.c (statements and expressions) and
 * vm/compile_match.c (the patterns of the match statement). Not an
 * interface: the outside world calls comp_compile() in compiler.h.
 *
 * Start reading at Unit (one code object being built) and emit_full()
 * (how an instruction is appended and the stack depth tracked).
 */
#ifndef MINIPY_COMPILER_INT_H
#define MINIPY_COMPILER_INT_H

#include <stdlib.h>

#include "common/rawmem.h"

#include "compiler.h"
#include "symtable.h"
#include "future.h"
#include "opcodes.h"
#include "runtime/code.h"
#include "runtime/interp.h"

#define MAX_FBLOCKS 20

typedef struct {
    uint8_t op;
    bool noline;              /* a jump with no line of its own (emit_jump_noline) */
    uint32_t arg;
    int target;               /* label of a jump, or -1 */
    CodePos pos;
    int handler;              /* label of the handler that covers it, or -1 */
    int handler_depth;
} Instr;

typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP,
    FB_EXCEPTION_GROUP_HANDLER, /* the except* clauses: no break, continue or return out of them */
    FB_POP_VALUE,             /* a pending return value under a finally body */
} FBlockKind;

typedef struct {
    FBlockKind kind;
    int continue_label, break_label;
    const Node *node;         /* the Try (finally body) or the handler (its name) */
    int outer_handler, outer_depth;
} FBlock;

typedef struct Unit {
    Block *block;
    struct Unit *parent;
    Instr *instrs;
    int ninstrs, instrs_cap;
    int *label_pos, *label_depth;
    int nlabels, labels_cap;
    Object *consts;           /* list */
    uint32_t *const_slots;    /* hash index into consts: position + 1, 0 = empty */
    uint32_t const_cap;       /* 0 or a power of two, more than twice LIST_SIZE(consts) */
    Object *names, *names_map;
    Object *varnames, *varnames_map;
    Object *cellvars, *cellvars_map;
    Object *freevars, *freevars_map;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    int handler, handler_depth;
    int depth, maxdepth;
    CodePos loc;
    Object *qualname;
    const char *name;
    Object *docstring;
    int argcount, posonly, kwonly, flags, firstlineno;
    bool interactive;
} Unit;

typedef struct {
    ThreadState *ts;
    Arena *arena;
    const char *src;
    size_t len;
    const char *filename;
    Object *filename_obj;
    Diag *diag;
    SymTable *st;
    FutureFeatures future;    /* the module's `from __future__ import`s */
    Unit *u;
    bool failed;              /* a compile error (diag) or an exception (ts->exc) */
    bool no_memory;           /* ... and it was for want of memory: MemoryError */
    uint32_t serial;
    const Node **nofold;      /* BinOps that did not fold (open addressing) */
    size_t nofold_cap, nofold_n;
} Compiler;

#define CHECK(x) do { if (!(x)) return false; } while (0)

/* ---- compiler.c ---------------------------------------------------------- */

/* Report a SyntaxError at [n] (only the first is kept); returns false. */
bool comp_error(Compiler *c, const Node *n, const char *fmt, ...) PRINTF_LIKE(3, 4);
/* A run-time failure (an exception is set) while compiling; returns false. */
bool comp_fail(Compiler *c);
/* Out of memory in the compiler's own tables: MemoryError in the end
 * (comp_compile), whatever happens to ts->exc meanwhile; returns false. */
bool comp_no_memory(Compiler *c);
/* False (RecursionError set) when the C stack is nearly used up. */
bool comp_stack_ok(Compiler *c);
/* Index of [o] in the constants (steals [o]); -1 on failure. */
int comp_add_const_steal(Compiler *c, Object *o);
/* Emit LOAD_CONST of [o] (stolen). */
bool comp_load_const_steal(Compiler *c, Object *o);
/* Index of [name] in co_names; -1 on failure. */
int comp_add_name(Compiler *c, const char *name);
typedef enum { NAME_LOAD, NAME_STORE, NAME_DEL } NameCtx;
/* Load, store or delete [name] with the instruction its scope calls for. */
bool comp_name(Compiler *c, const char *name, NameCtx ctx);
bool comp_expr(Compiler *c, const Node *e);
bool comp_stmts(Compiler *c, const NodeList *body);
/* Jump to [label] if [e] is [cond], falling through otherwise. */
bool comp_jump_if(Compiler *c, const Node *e, int label, bool cond);
/* The code so far ends in a return, raise or jump that no jump lands
 * after: an instruction emitted next could never run. */
bool comp_unreachable(Unit *u);
/* The value of [e] if it is a constant or folds to one (-1, 2 ** 8): a new
 * reference; NULL (no exception) if it does not. */
Object *comp_fold(Compiler *c, const Node *e);

/* ---- compile_match.c ------------------------------------------------------ */

/* The match statement [s]. */
bool comp_match(Compiler *c, const Node *s);

/* ---- emitting -------------------------------------------------------------- */

static inline bool grow(void **p, int *cap, int n, size_t size) {
    if (n < *cap) return true;
    int ncap = *cap ? *cap * 2 : 32;
    void *q = rawmem_realloc(*p, (size_t)ncap * size);
    if (!q) return false;
    *p = q;
    *cap = ncap;
    return true;
}

static inline int new_label(Compiler *c) {
    Unit *u = c->u;
    if (u->nlabels == u->labels_cap) {
        int cap = u->labels_cap ? u->labels_cap * 2 : 16;
        int *pos = rawmem_realloc(u->label_pos, sizeof(int) * (size_t)cap);
        if (pos) u->label_pos = pos;
        int *depth = pos ? rawmem_realloc(u->label_depth, sizeof(int) * (size_t)cap) : NULL;
        if (!depth) {
            /* label 0 stands in: the code is never assembled */
            comp_no_memory(c);
            return 0;
        }
        u->label_depth = depth;
        u->labels_cap = cap;
    }
    u->label_pos[u->nlabels] = -1;
    u->label_depth[u->nlabels] = -1;
    return u->nlabels++;
}

static inline void place(Compiler *c, int label) {
    Unit *u = c->u;
    if (c->no_memory) return;           /* new_label() may have had no memory */
    u->label_pos[label] = u->ninstrs;
    if (u->label_depth[label] >= 0) u->depth = u->label_depth[label];
    else u->label_depth[label] = u->depth;
}

static inline bool emit_full(Compiler *c, Opcode op, uint32_t arg, int target) {
    Unit *u = c->u;
    if (c->no_memory) return false;
    if (!grow((void **)&u->instrs, &u->instrs_cap, u->ninstrs, sizeof(Instr))) return comp_no_memory(c);
    if (arg > MAX_ARG) return comp_error(c, c->st->top->node, "too many constants or names");
    Instr *in = &u->instrs[u->ninstrs++];
    in->op = (uint8_t)op;
    in->noline = false;
    in->arg = arg;
    in->target = target;
    in->pos = u->loc;
    in->handler = u->handler;
    in->handler_depth = u->handler_depth;
    if (target >= 0) {
        int jdepth = u->depth + opcode_stack_effect(op, arg, true);
        if (u->label_depth[target] < 0) u->label_depth[target] = jdepth;
    }
    u->depth += opcode_stack_effect(op, arg, false);
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
    if (u->depth < 0) u->depth = 0;
    return true;
}

static inline bool emit(Compiler *c, Opcode op, uint32_t arg) { return emit_full(c, op, arg, -1); }
static inline bool emit0(Compiler *c, Opcode op) { return emit_full(c, op, 0, -1); }
static inline bool emit_jump(Compiler *c, Opcode op, int label) { return emit_full(c, op, 0, label); }
/* A jump the compiler adds between statements (a for loop's jump back, the
 * jump over an else; mark_noline(): the `return None` that ends a function),
 * which CPython 3.11 calls artificial: assemble() gives
 * it the position of the one instruction that leads to it, or no line at
 * all when several do, so --trace=line never shows a line that did not run. */
static inline void mark_noline(Compiler *c) { c->u->instrs[c->u->ninstrs - 1].noline = true; }
static inline bool emit_jump_noline(Compiler *c, Opcode op, int label) {
    if (!emit_full(c, op, 0, label)) return false;
    mark_noline(c);
    return true;
}

static inline void set_loc(Compiler *c, const Node *n) {
    CodePos *p = &c->u->loc;
    p->line = n->lineno;
    p->end_line = n->end_lineno;
    p->col = n->col_offset;
    p->end_col = n->end_col_offset;
    p->anchor_kind = ANCHOR_NONE;
    p->anchor_a = p->anchor_b = 0;
}

#endif
