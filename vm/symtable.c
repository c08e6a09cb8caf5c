/* symtable.c -- scope analysis, in two passes.
 *
 * Lessons 3 (LEGB), 4 (global and nonlocal) and 9 (closures).
 *
 * Why two passes
 * ==============
 * In Python, whether a name is local to a function depends on the WHOLE
 * function: one assignment anywhere in the body makes the name local
 * everywhere in it, even on lines above the assignment. That is why
 *
 *     x = 1
 *     def f():
 *         print(x)      # UnboundLocalError, not 1
 *         x = 2
 *
 * fails. A compiler that resolved names while it emitted code, top to
 * bottom (as clox or Lua do), would get this wrong. So:
 *
 * Pass 1 (collect) walks the tree once and builds a Block for the module,
 * each function, lambda, comprehension and class, recording for every name
 * what each block does with it: binds it (DEF_LOCAL), takes it as a
 * parameter (DEF_PARAM), reads it (DEF_USE), declares it global or
 * nonlocal.
 *
 * Pass 2 (analyze) walks the blocks from the outside in, carrying the set
 * of names bound by enclosing functions, and decides a scope for each name:
 *
 *   declared global          -> GLOBAL_EXPLICIT
 *   declared nonlocal        -> FREE (an error if no enclosing function binds it)
 *   bound here               -> LOCAL
 *   bound by an enclosing    -> FREE
 *     function
 *   bound nowhere            -> GLOBAL_IMPLICIT (searched in the module's
 *                               globals, then the builtins, at run time)
 *
 * Coming back out, a LOCAL that some inner function uses as FREE becomes a
 * CELL: its value lives in a cell object both functions share. A name
 * that an inner function needs from further out, but that this function
 * never mentions, still passes through it as FREE, so the cell can be
 * handed down.
 *
 * Class bodies are the exception that surprises people: names bound in a
 * class body are NOT visible to the methods inside it (they are not added
 * to the enclosing set passed down), so a method reading `x` gets the
 * global, not the class attribute.
 */
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "symtable.h"
#include "common/mangle.h"

typedef struct {
    Arena *arena;
    const char *src;
    size_t len;
    Diag *diag;
    Block *cur;
    bool failed;
    uintptr_t stack_floor;    /* stop recursing below this address */
    bool future_annotations;  /* PEP 563: annotations are kept as text, so
                                 the names in them are no uses of any scope */
    Block *annotation;        /* the block of the annotation being visited
                                 under PEP 563, linked to no tree */
} Collector;

/* The C stack is nearly used up (the tree may be as deep as the recursion
 * limit allows, and that may have been raised): CPython's RecursionError. */
static bool stack_low(Collector *c) {
    if ((uintptr_t)__builtin_frame_address(0) >= c->stack_floor) return false;
    if (!c->failed) diag_too_deep(c->diag, DIAG_RECURSION);
    c->failed = true;
    return true;
}

/* A bigger copy of the array [old] of [n] items of [size] bytes, room for
 * [cap], in the arena: the old array stays there until the arena goes, and
 * no memory jumps to sym_build's handler. Doubling keeps what is left
 * behind no larger than what is kept. */
static void *grow_in(Arena *arena, const void *old, int n, int cap, size_t size) {
    void *items = arena_alloc(arena, size * (size_t)cap);
    if (n) memcpy(items, old, size * (size_t)n);
    return items;
}

/* New zeroed slots for [ix] (strindex.h), in the arena, before an item is
 * added to the [n] items at [items]. */
static void index_room(Arena *arena, StrIndex *ix, const void *items, size_t stride, int n) {
    if (!strindex_needs_room(ix, n)) return;
    uint32_t cap = strindex_capacity_for(n + 1);
    uint32_t *slots = arena_alloc(arena, sizeof *slots * cap);
    strindex_rebuild(ix, slots, cap, items, stride, n);
}

/* ---- small sets of names (in the arena) --------------------------------- */

/* In order of insertion (a removal moves the last name into the hole), with
 * a hash index, so that membership costs the same for 10 names or 30,000. */
typedef struct { const char **items; int n, cap; StrIndex index; Arena *arena; } NameSet;

static bool set_has(const NameSet *s, const char *name) {
    return strindex_find(&s->index, s->items, sizeof *s->items, name) >= 0;
}

static void set_add(NameSet *s, const char *name) {
    if (set_has(s, name)) return;
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->items = grow_in(s->arena, s->items, s->n, s->cap, sizeof *s->items);
    }
    index_room(s->arena, &s->index, s->items, sizeof *s->items, s->n);
    s->items[s->n] = name;
    strindex_add(&s->index, s->items, sizeof *s->items, s->n++);
}

static void set_remove(NameSet *s, const char *name) {
    int i = strindex_find(&s->index, s->items, sizeof *s->items, name);
    if (i < 0) return;
    strindex_remove_swap(&s->index, s->items, sizeof *s->items, i, s->n - 1);
    s->items[i] = s->items[--s->n];
}

/* Empty [s] (its memory goes with the arena). */
static void set_free(NameSet *s) {
    *s = (NameSet){.arena = s->arena};
}

/* ---- blocks and symbols ----------------------------------------------------- */

static Block *block_new(Collector *c, BlockKind kind, const char *name, const Node *node) {
    Block *b = arena_alloc(c->arena, sizeof(Block));
    b->kind = kind;
    b->name = name;
    b->node = node;
    b->lineno = node ? node->lineno : 0;
    b->parent = c->cur;
    if (c->cur) {
        Block *p = c->cur;
        if (p->nchildren == p->children_cap) {
            int cap = p->children_cap ? p->children_cap * 2 : 4;
            Block **ch = arena_alloc(c->arena, sizeof(Block *) * (size_t)cap);
            if (p->nchildren) memcpy(ch, p->children, sizeof(Block *) * (size_t)p->nchildren);
            p->children = ch;
            p->children_cap = cap;
        }
        p->children[p->nchildren++] = b;
        b->is_nested = p->kind == BLOCK_FUNCTION || p->is_nested;
        b->private_name = p->kind == BLOCK_CLASS ? p->name : p->private_name;
    }
    return b;
}

Symbol *sym_lookup(Block *b, const char *name) {
    int i = strindex_find(&b->symindex, b->symbols, sizeof(Symbol), name);
    return i >= 0 ? &b->symbols[i] : NULL;
}

static Symbol *symbol_get(Collector *c, Block *b, const char *name) {
    Symbol *s = sym_lookup(b, name);
    if (s) return s;
    if (b->nsymbols == b->symbols_cap) {
        b->symbols_cap = b->symbols_cap ? b->symbols_cap * 2 : 8;
        b->symbols = grow_in(c->arena, b->symbols, b->nsymbols, b->symbols_cap, sizeof(Symbol));
    }
    index_room(c->arena, &b->symindex, b->symbols, sizeof(Symbol), b->nsymbols);
    s = &b->symbols[b->nsymbols];
    memset(s, 0, sizeof *s);
    s->name = name;
    strindex_add(&b->symindex, b->symbols, sizeof(Symbol), b->nsymbols++);
    return s;
}

const char *sym_mangle(Arena *arena, const char *private_name, const char *name) {
    /* `__spam` inside class Ham is `_Ham__spam`; not `__spam__`, not dotted */
    size_t n = strlen(name);
    if (!private_name || !name_is_private(name, n)) return name;   /* common/mangle.h */
    while (*private_name == '_') private_name++;
    if (!*private_name) return name;
    size_t pn = strlen(private_name);
    char *r = arena_alloc(arena, pn + n + 2);
    if (!r) return NULL;        /* (only without a handler: the compiler's calls) */
    r[0] = '_';
    memcpy(r + 1, private_name, pn);
    memcpy(r + 1 + pn, name, n + 1);
    return r;
}

static void error_at(Collector *c, const Node *n, const char *fmt, const char *name) {
    if (c->failed) return;
    c->failed = true;
    syntax_error(c->diag, DIAG_SYNTAX, c->src, c->len, n->lineno, n->col_offset, n->end_lineno,
                 n->end_col_offset, fmt, name);
    c->diag->compile_stage = true;
}

static void add_def(Collector *c, const char *name, int flag, const Node *at) {
    name = sym_mangle(c->arena, c->cur->private_name, name);
    Symbol *s = symbol_get(c, c->cur, name);
    if ((flag & DEF_PARAM) && (s->flags & DEF_PARAM)) {
        error_at(c, at, "duplicate argument '%s' in function definition", name);
        return;
    }
    s->flags |= flag;
    if ((flag & (DEF_LOCAL | DEF_PARAM)) && !s->def_line) s->def_line = at ? at->lineno : c->cur->lineno;
    if ((flag & DEF_USE) && !s->use_line) s->use_line = at ? at->lineno : 0;
}

/* ---- pass 1: collect ---------------------------------------------------- */

static void visit_expr(Collector *c, const Node *n);
static void visit_stmt(Collector *c, const Node *n);

static void visit_exprs(Collector *c, const NodeList *l) {
    for (int i = 0; i < l->count; i++)
        if (l->items[i]) visit_expr(c, l->items[i]);
}

static void visit_stmts(Collector *c, const NodeList *l) {
    for (int i = 0; i < l->count && !c->failed; i++) visit_stmt(c, l->items[i]);
}

/* An annotation is evaluated in the scope that holds it (a def's in the
 * scope of the def statement), unless the module imports annotations
 * from __future__. */
static void visit_annotation(Collector *c, const Node *e) {
    if (!c->future_annotations) {
        visit_expr(c, e);
        return;
    }
    /* still checked, in a block of its own that the analysis never sees
     * (CPython's AnnotationBlock): what it binds or uses is no one's */
    Block *outer = c->cur, *outer_annotation = c->annotation;
    c->cur = NULL;
    Block *b = block_new(c, BLOCK_FUNCTION, "_annotation", e);
    b->parent = outer;
    b->private_name = outer->kind == BLOCK_CLASS ? outer->name : outer->private_name;
    c->cur = c->annotation = b;
    visit_expr(c, e);
    c->cur = outer;
    c->annotation = outer_annotation;
}

/* A yield, await or := directly in an annotation kept as text. */
static bool in_annotation(Collector *c, const Node *n, const char *what) {
    if (!c->annotation || c->cur != c->annotation) return false;
    error_at(c, n, "'%s' can not be used within an annotation", what);
    return true;
}

/* Defaults and annotations are evaluated where the def statement runs. */
static void visit_arguments_outside(Collector *c, const Node *args) {
    if (!args) return;
    visit_exprs(c, &args->v.arguments.defaults);
    visit_exprs(c, &args->v.arguments.kw_defaults);
    const NodeList *lists[] = {&args->v.arguments.posonlyargs, &args->v.arguments.args,
                               &args->v.arguments.kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->count; i++)
            if (lists[k]->items[i]->v.arg.annotation) visit_annotation(c, lists[k]->items[i]->v.arg.annotation);
    if (args->v.arguments.vararg && args->v.arguments.vararg->v.arg.annotation)
        visit_annotation(c, args->v.arguments.vararg->v.arg.annotation);
    if (args->v.arguments.kwarg && args->v.arguments.kwarg->v.arg.annotation)
        visit_annotation(c, args->v.arguments.kwarg->v.arg.annotation);
}

static void add_param(Collector *c, const Node *arg) {
    const char *name = sym_mangle(c->arena, c->cur->private_name, arg->v.arg.arg);
    add_def(c, arg->v.arg.arg, DEF_PARAM, arg);
    Block *b = c->cur;
    const char **p = arena_alloc(c->arena, sizeof(char *) * (size_t)(b->nparams + 1));
    if (b->nparams) memcpy(p, b->params, sizeof(char *) * (size_t)b->nparams);
    p[b->nparams++] = name;
    b->params = p;
}

static void add_params(Collector *c, const Node *args) {
    if (!args) return;
    for (int i = 0; i < args->v.arguments.posonlyargs.count; i++) add_param(c, args->v.arguments.posonlyargs.items[i]);
    for (int i = 0; i < args->v.arguments.args.count; i++) add_param(c, args->v.arguments.args.items[i]);
    for (int i = 0; i < args->v.arguments.kwonlyargs.count; i++) add_param(c, args->v.arguments.kwonlyargs.items[i]);
    if (args->v.arguments.vararg) add_param(c, args->v.arguments.vararg);
    if (args->v.arguments.kwarg) add_param(c, args->v.arguments.kwarg);
}

static void visit_comprehension(Collector *c, const Node *n, const char *name, const NodeList *gens,
                                const Node *elt, const Node *value) {
    const Node *first = gens->items[0];
    visit_expr(c, first->v.comprehension.iter);
    Block *outer = c->cur;
    Block *b = block_new(c, BLOCK_FUNCTION, name, n);
    b->is_comprehension = true;
    b->is_generator = n->kind == NODE_GeneratorExp;
    for (int i = 0; i < gens->count; i++)
        if (gens->items[i]->v.comprehension.is_async) b->is_coroutine = true;
    c->cur = b;
    Symbol *it = symbol_get(c, b, ".0");
    it->flags |= DEF_PARAM | DEF_COMP_ITER;
    b->params = arena_alloc(c->arena, sizeof(char *));
    b->params[0] = ".0";
    b->nparams = 1;
    for (int i = 0; i < gens->count; i++) {
        const Node *g = gens->items[i];
        visit_expr(c, g->v.comprehension.target);
        if (i > 0) visit_expr(c, g->v.comprehension.iter);
        visit_exprs(c, &g->v.comprehension.ifs);
    }
    if (value) visit_expr(c, value);
    if (elt) visit_expr(c, elt);
    c->cur = outer;
    /* a list, set or dict comprehension that awaits is awaited where it
     * is built: inside another comprehension, that one awaits too */
    if (b->is_coroutine && !b->is_generator && outer->is_comprehension) outer->is_coroutine = true;
}

/* `x := v` inside a comprehension binds x in the nearest enclosing
 * function (or the module), not in the comprehension (PEP 572). */
static void visit_named_target(Collector *c, const Node *target) {
    const char *name = target->v.Name.id;
    if (!c->cur->is_comprehension) {
        add_def(c, name, DEF_LOCAL, target);
        return;
    }
    for (Block *b = c->cur; b && b->is_comprehension; b = b->parent) {
        Symbol *s = sym_lookup(b, name);
        if (s && (s->flags & DEF_LOCAL) && !(s->flags & DEF_NONLOCAL)) {
            error_at(c, target, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            return;
        }
    }
    /* the block that binds it; a function that declared it global binds
     * the global, so the comprehensions do too (CPython's
     * symtable_extend_namedexpr_scope) */
    Block *owner = c->cur;
    while (owner->is_comprehension) owner = owner->parent;
    Symbol *os = owner->kind == BLOCK_FUNCTION ? sym_lookup(owner, name) : NULL;
    bool global = owner->kind == BLOCK_MODULE || (os && (os->flags & DEF_GLOBAL));
    Block *b = c->cur;
    while (b->is_comprehension) {
        Symbol *s = symbol_get(c, b, name);
        b = b->parent;
        s->flags |= global ? DEF_GLOBAL : DEF_NONLOCAL;
        s->flags |= DEF_USE;
    }
    if (b->kind == BLOCK_CLASS) {
        error_at(c, target, "assignment expression within a comprehension cannot be used in a class body%s", "");
        return;
    }
    Symbol *s = symbol_get(c, b, name);
    if (b->kind == BLOCK_MODULE) s->flags |= DEF_GLOBAL | DEF_LOCAL;
    else s->flags |= DEF_LOCAL;
    if (!s->def_line) s->def_line = target->lineno;
}

static void visit_expr(Collector *c, const Node *n) {
    if (!n || c->failed || stack_low(c)) return;
    switch (n->kind) {
    case NODE_Name:
        if (n->v.Name.ctx == CTX_Load) {
            add_def(c, n->v.Name.id, DEF_USE, n);
            if (c->cur->kind == BLOCK_FUNCTION && strcmp(n->v.Name.id, "super") == 0)
                add_def(c, "__class__", DEF_USE, n);
        } else {
            add_def(c, n->v.Name.id, DEF_LOCAL, n);
        }
        break;
    case NODE_Lambda: {
        visit_arguments_outside(c, n->v.Lambda.args);
        Block *outer = c->cur;
        c->cur = block_new(c, BLOCK_FUNCTION, "<lambda>", n);
        add_params(c, n->v.Lambda.args);
        visit_expr(c, n->v.Lambda.body);
        c->cur = outer;
        break;
    }
    case NODE_ListComp:
        visit_comprehension(c, n, "<listcomp>", &n->v.ListComp.generators, n->v.ListComp.elt, NULL);
        break;
    case NODE_SetComp:
        visit_comprehension(c, n, "<setcomp>", &n->v.SetComp.generators, n->v.SetComp.elt, NULL);
        break;
    case NODE_DictComp:
        visit_comprehension(c, n, "<dictcomp>", &n->v.DictComp.generators, n->v.DictComp.key,
                            n->v.DictComp.value);
        break;
    case NODE_GeneratorExp:
        visit_comprehension(c, n, "<genexpr>", &n->v.GeneratorExp.generators, n->v.GeneratorExp.elt, NULL);
        break;
    case NODE_Yield:
    case NODE_YieldFrom:
        if (in_annotation(c, n, "yield expression")) return;
        if (c->cur->kind != BLOCK_FUNCTION) {
            error_at(c, n, "'yield' outside function%s", "");
            return;
        }
        if (c->cur->is_comprehension && !c->cur->is_generator) {
            const char *k = c->cur->name;
            const char *what = strcmp(k, "<listcomp>") == 0 ? "list comprehension"
                             : strcmp(k, "<setcomp>") == 0 ? "set comprehension" : "dict comprehension";
            error_at(c, n, "'yield' inside %s", what);
            return;
        }
        c->cur->is_generator = true;
        visit_expr(c, n->kind == NODE_Yield ? n->v.Yield.value : n->v.YieldFrom.value);
        break;
    case NODE_Await:
        /* the errors for an await in the wrong place are the compiler's */
        if (in_annotation(c, n, "await expression")) return;
        if (c->cur->is_comprehension) c->cur->is_coroutine = true;
        visit_expr(c, n->v.Await.value);
        break;
    case NODE_NamedExpr:
        if (in_annotation(c, n, "named expression")) return;
        visit_expr(c, n->v.NamedExpr.value);
        visit_named_target(c, n->v.NamedExpr.target);
        break;
    /* everything else: visit the children */
    case NODE_BoolOp: visit_exprs(c, &n->v.BoolOp.values); break;
    case NODE_BinOp: visit_expr(c, n->v.BinOp.left); visit_expr(c, n->v.BinOp.right); break;
    case NODE_UnaryOp: visit_expr(c, n->v.UnaryOp.operand); break;
    case NODE_IfExp:
        visit_expr(c, n->v.IfExp.test); visit_expr(c, n->v.IfExp.body); visit_expr(c, n->v.IfExp.orelse);
        break;
    case NODE_Dict: visit_exprs(c, &n->v.Dict.keys); visit_exprs(c, &n->v.Dict.values); break;
    case NODE_Set: visit_exprs(c, &n->v.Set.elts); break;
    case NODE_Compare: visit_expr(c, n->v.Compare.left); visit_exprs(c, &n->v.Compare.comparators); break;
    case NODE_Call:
        visit_expr(c, n->v.Call.func);
        visit_exprs(c, &n->v.Call.args);
        for (int i = 0; i < n->v.Call.keywords.count; i++) visit_expr(c, n->v.Call.keywords.items[i]->v.keyword.value);
        break;
    case NODE_FormattedValue:
        visit_expr(c, n->v.FormattedValue.value);
        visit_expr(c, n->v.FormattedValue.format_spec);
        break;
    case NODE_JoinedStr: visit_exprs(c, &n->v.JoinedStr.values); break;
    case NODE_Constant: break;
    case NODE_Attribute: visit_expr(c, n->v.Attribute.value); break;
    case NODE_Subscript: visit_expr(c, n->v.Subscript.value); visit_expr(c, n->v.Subscript.slice); break;
    case NODE_Starred: visit_expr(c, n->v.Starred.value); break;
    case NODE_List: visit_exprs(c, &n->v.List.elts); break;
    case NODE_Tuple: visit_exprs(c, &n->v.Tuple.elts); break;
    case NODE_Slice:
        visit_expr(c, n->v.Slice.lower); visit_expr(c, n->v.Slice.upper); visit_expr(c, n->v.Slice.step);
        break;
    default: break;
    }
}

static void declare(Collector *c, const Node *stmt, bool global) {
    const IdList *names = global ? &stmt->v.Global.names : &stmt->v.Nonlocal.names;
    if (!global && c->cur->kind == BLOCK_MODULE) {
        error_at(c, stmt, "nonlocal declaration not allowed at module level%s", "");
        return;
    }
    for (int i = 0; i < names->count; i++) {
        const char *name = sym_mangle(c->arena, c->cur->private_name, names->items[i]);
        Symbol *s = symbol_get(c, c->cur, name);
        const char *kw = global ? "global" : "nonlocal";
        char msg[128];
        if (s->flags & DEF_PARAM) {
            snprintf(msg, sizeof msg, "name '%%s' is parameter and %s", kw);
        } else if (s->flags & DEF_LOCAL) {
            snprintf(msg, sizeof msg, "name '%%s' is assigned to before %s declaration", kw);
        } else if (s->flags & DEF_USE) {
            snprintf(msg, sizeof msg, "name '%%s' is used prior to %s declaration", kw);
        } else {
            /* "nonlocal and global" is reported later, by the analysis, at
             * the first of the two statements (as CPython does) */
            s->flags |= global ? DEF_GLOBAL : DEF_NONLOCAL;
            if (!s->def_line) s->def_line = stmt->lineno;
            if (!s->directive) s->directive = stmt;
            continue;
        }
        error_at(c, stmt, msg, name);
        return;
    }
}

/* A pattern binds the names it captures (MatchAs, MatchStar, a mapping's
 * **rest) and loads the values and classes it compares with. */
static void visit_pattern(Collector *c, const Node *n) {
    if (!n || stack_low(c)) return;
    switch (n->kind) {
    case NODE_MatchValue: visit_expr(c, n->v.MatchValue.value); break;
    case NODE_MatchSingleton: break;
    case NODE_MatchSequence:
        for (int i = 0; i < n->v.MatchSequence.patterns.count; i++)
            visit_pattern(c, n->v.MatchSequence.patterns.items[i]);
        break;
    case NODE_MatchMapping:
        visit_exprs(c, &n->v.MatchMapping.keys);
        for (int i = 0; i < n->v.MatchMapping.patterns.count; i++)
            visit_pattern(c, n->v.MatchMapping.patterns.items[i]);
        if (n->v.MatchMapping.rest) add_def(c, n->v.MatchMapping.rest, DEF_LOCAL, n);
        break;
    case NODE_MatchClass:
        visit_expr(c, n->v.MatchClass.cls);
        for (int i = 0; i < n->v.MatchClass.patterns.count; i++)
            visit_pattern(c, n->v.MatchClass.patterns.items[i]);
        for (int i = 0; i < n->v.MatchClass.kwd_patterns.count; i++)
            visit_pattern(c, n->v.MatchClass.kwd_patterns.items[i]);
        break;
    case NODE_MatchStar:
        if (n->v.MatchStar.name) add_def(c, n->v.MatchStar.name, DEF_LOCAL, n);
        break;
    case NODE_MatchAs:
        visit_pattern(c, n->v.MatchAs.pattern);
        if (n->v.MatchAs.name) add_def(c, n->v.MatchAs.name, DEF_LOCAL, n);
        break;
    case NODE_MatchOr:
        for (int i = 0; i < n->v.MatchOr.patterns.count; i++)
            visit_pattern(c, n->v.MatchOr.patterns.items[i]);
        break;
    default: break;
    }
}

static void visit_stmt(Collector *c, const Node *n) {
    if (!n || c->failed || stack_low(c)) return;
    switch (n->kind) {
    case NODE_FunctionDef:
    case NODE_AsyncFunctionDef: {
        add_def(c, n->v.FunctionDef.name, DEF_LOCAL, n);
        visit_exprs(c, &n->v.FunctionDef.decorator_list);
        visit_arguments_outside(c, n->v.FunctionDef.args);
        if (n->v.FunctionDef.returns) visit_annotation(c, n->v.FunctionDef.returns);
        Block *outer = c->cur;
        c->cur = block_new(c, BLOCK_FUNCTION, n->v.FunctionDef.name, n);
        c->cur->is_coroutine = n->kind == NODE_AsyncFunctionDef;
        add_params(c, n->v.FunctionDef.args);
        visit_stmts(c, &n->v.FunctionDef.body);
        c->cur = outer;
        break;
    }
    case NODE_ClassDef: {
        add_def(c, n->v.ClassDef.name, DEF_LOCAL, n);
        visit_exprs(c, &n->v.ClassDef.bases);
        for (int i = 0; i < n->v.ClassDef.keywords.count; i++)
            visit_expr(c, n->v.ClassDef.keywords.items[i]->v.keyword.value);
        visit_exprs(c, &n->v.ClassDef.decorator_list);
        Block *outer = c->cur;
        Block *b = block_new(c, BLOCK_CLASS, n->v.ClassDef.name, n);
        b->private_name = n->v.ClassDef.name;
        c->cur = b;
        visit_stmts(c, &n->v.ClassDef.body);
        c->cur = outer;
        break;
    }
    case NODE_Return: visit_expr(c, n->v.Return.value); break;
    case NODE_Delete: visit_exprs(c, &n->v.Delete.targets); break;
    case NODE_Assign: visit_exprs(c, &n->v.Assign.targets); visit_expr(c, n->v.Assign.value); break;
    case NODE_AugAssign: visit_expr(c, n->v.AugAssign.target); visit_expr(c, n->v.AugAssign.value); break;
    case NODE_AnnAssign: {
        const Node *t = n->v.AnnAssign.target;
        if (t->kind == NODE_Name) {
            Symbol *s = sym_lookup(c->cur, sym_mangle(c->arena, c->cur->private_name, t->v.Name.id));
            if (s && (s->flags & (DEF_GLOBAL | DEF_NONLOCAL))) {
                error_at(c, n, (s->flags & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                       : "annotated name '%s' can't be nonlocal",
                         t->v.Name.id);
                return;
            }
        }
        /* `(x): T` without a value binds nothing (CPython's symtable) */
        if (t->kind != NODE_Name || n->v.AnnAssign.simple || n->v.AnnAssign.value) visit_expr(c, t);
        visit_annotation(c, n->v.AnnAssign.annotation);
        visit_expr(c, n->v.AnnAssign.value);
        break;
    }
    case NODE_For:
    case NODE_AsyncFor:
        visit_expr(c, n->v.For.target); visit_expr(c, n->v.For.iter);
        visit_stmts(c, &n->v.For.body); visit_stmts(c, &n->v.For.orelse);
        break;
    case NODE_While:
        visit_expr(c, n->v.While.test); visit_stmts(c, &n->v.While.body); visit_stmts(c, &n->v.While.orelse);
        break;
    case NODE_If:
        visit_expr(c, n->v.If.test); visit_stmts(c, &n->v.If.body); visit_stmts(c, &n->v.If.orelse);
        break;
    case NODE_With:
    case NODE_AsyncWith:
        for (int i = 0; i < n->v.With.items.count; i++) {
            const Node *item = n->v.With.items.items[i];
            visit_expr(c, item->v.withitem.context_expr);
            visit_expr(c, item->v.withitem.optional_vars);
        }
        visit_stmts(c, &n->v.With.body);
        break;
    case NODE_Raise: visit_expr(c, n->v.Raise.exc); visit_expr(c, n->v.Raise.cause); break;
    case NODE_Try:
    case NODE_TryStar:
        visit_stmts(c, &n->v.Try.body);
        for (int i = 0; i < n->v.Try.handlers.count; i++) {
            const Node *h = n->v.Try.handlers.items[i];
            visit_expr(c, h->v.ExceptHandler.type);
            if (h->v.ExceptHandler.name) add_def(c, h->v.ExceptHandler.name, DEF_LOCAL, h);
            visit_stmts(c, &h->v.ExceptHandler.body);
        }
        visit_stmts(c, &n->v.Try.orelse);
        visit_stmts(c, &n->v.Try.finalbody);
        break;
    case NODE_Assert: visit_expr(c, n->v.Assert.test); visit_expr(c, n->v.Assert.msg); break;
    case NODE_Match:
        visit_expr(c, n->v.Match.subject);
        for (int i = 0; i < n->v.Match.cases.count; i++) {
            const Node *mc = n->v.Match.cases.items[i];
            visit_pattern(c, mc->v.match_case.pattern);
            visit_expr(c, mc->v.match_case.guard);
            visit_stmts(c, &mc->v.match_case.body);
        }
        break;
    case NODE_Import:
    case NODE_ImportFrom: {
        const NodeList *names = n->kind == NODE_Import ? &n->v.Import.names : &n->v.ImportFrom.names;
        for (int i = 0; i < names->count; i++) {
            const Node *a = names->items[i];
            const char *bound = a->v.alias.asname;
            if (!bound) {
                const char *full = a->v.alias.name;
                if (strcmp(full, "*") == 0) {
                    if (c->cur->kind != BLOCK_MODULE) {
                        error_at(c, n, "import * only allowed at module level%s", "");
                        return;
                    }
                    continue;
                }
                const char *dot = strchr(full, '.');
                bound = dot ? arena_strndup(c->arena, full, (size_t)(dot - full)) : full;
            }
            add_def(c, bound, DEF_LOCAL, a);
        }
        break;
    }
    case NODE_Global: declare(c, n, true); break;
    case NODE_Nonlocal: declare(c, n, false); break;
    case NODE_Expr: visit_expr(c, n->v.Expr.value); break;
    default: break;
    }
}

/* ---- pass 2: analyze ----------------------------------------------------- */

static const Node *find_directive(const Node *n, const char *name);

/* The names bound by enclosing functions, as one table for the whole walk
 * instead of a copy per block: a block marks its own changes (the names it
 * binds become visible to the functions inside it, a `global` declaration
 * hides one) and undoes them on its way out. Copying the set for each of n
 * functions nested in a scope of n names would cost n*n. */
typedef struct { const char *name; bool visible; } Binding;
typedef struct { int entry; bool was; } BindUndo;
typedef struct {
    Binding *items;
    int n, cap;
    StrIndex index;
    BindUndo *log;
    int nlog, logcap;
    Arena *arena;             /* where all of it lives */
} BoundNames;

static bool bound_has(const BoundNames *v, const char *name) {
    int i = strindex_find(&v->index, v->items, sizeof *v->items, name);
    return i >= 0 && v->items[i].visible;
}

static void bound_set(BoundNames *v, const char *name, bool visible) {
    int i = strindex_find(&v->index, v->items, sizeof *v->items, name);
    if (i < 0) {
        if (!visible) return;
        if (v->n == v->cap) {
            v->cap = v->cap ? v->cap * 2 : 16;
            v->items = grow_in(v->arena, v->items, v->n, v->cap, sizeof *v->items);
        }
        index_room(v->arena, &v->index, v->items, sizeof *v->items, v->n);
        v->items[v->n] = (Binding){name, false};
        strindex_add(&v->index, v->items, sizeof *v->items, v->n);
        i = v->n++;
    }
    if (v->items[i].visible == visible) return;
    if (v->nlog == v->logcap) {
        v->logcap = v->logcap ? v->logcap * 2 : 16;
        v->log = grow_in(v->arena, v->log, v->nlog, v->logcap, sizeof *v->log);
    }
    v->log[v->nlog++] = (BindUndo){i, v->items[i].visible};
    v->items[i].visible = visible;
}

static void bound_undo(BoundNames *v, int mark) {
    while (v->nlog > mark) {
        BindUndo u = v->log[--v->nlog];
        v->items[u.entry].visible = u.was;
    }
}

/* Decide the scope of one symbol of [b]. [bound]: names bound by enclosing
 * functions; [local] collects this block's locals, [free] its free names
 * for the caller. */
static bool analyze_name(Collector *c, Block *b, Symbol *s, const BoundNames *bound, NameSet *local,
                         NameSet *free) {
    const char *name = s->name;
    if ((s->flags & DEF_GLOBAL) && (s->flags & DEF_NONLOCAL)) {
        error_at(c, s->directive ? s->directive : b->node, "name '%s' is nonlocal and global", name);
        return false;
    }
    if (s->flags & DEF_GLOBAL) {
        s->scope = GLOBAL_EXPLICIT;
    } else if (s->flags & DEF_NONLOCAL) {
        if (!bound_has(bound, name)) {
            const Node *at = s->directive ? s->directive : find_directive(b->node, name);
            error_at(c, at ? at : b->node, "no binding for nonlocal '%s' found", name);
            return false;
        }
        s->scope = FREE;
        set_add(free, name);
    } else if (s->flags & (DEF_LOCAL | DEF_PARAM)) {
        s->scope = LOCAL;
        set_add(local, name);
    } else if (bound_has(bound, name)) {
        s->scope = FREE;
        set_add(free, name);
    } else {
        s->scope = GLOBAL_IMPLICIT;
    }
    return true;
}

static bool analyze_block(Collector *c, Block *b, BoundNames *bound, NameSet *free) {
    NameSet local = {.arena = c->arena}, newfree = {.arena = c->arena};
    if (stack_low(c)) return false;
    bool ok = true;
    int mark = bound->nlog;
    for (int i = 0; i < b->nsymbols && ok; i++)
        ok = analyze_name(c, b, &b->symbols[i], bound, &local, free);
    if (!ok) goto done;
    /* what the blocks inside this one see as bound further out */
    if (b->kind == BLOCK_FUNCTION) {
        /* a function's own names, minus those it declares global */
        for (int i = 0; i < b->nsymbols; i++)
            if (b->symbols[i].scope == GLOBAL_EXPLICIT) bound_set(bound, b->symbols[i].name, false);
        for (int i = 0; i < local.n; i++) bound_set(bound, local.items[i], true);
    } else if (b->kind == BLOCK_CLASS) {
        /* a class body's own names are not visible to the functions inside
         * it -- except __class__, the cell that super() reads */
        bound_set(bound, "__class__", true);
    }
    for (int i = 0; i < b->nchildren && ok; i++) {
        NameSet child_free = {.arena = c->arena};
        ok = analyze_block(c, b->children[i], bound, &child_free);
        for (int k = 0; k < child_free.n; k++) set_add(&newfree, child_free.items[k]);
        set_free(&child_free);
    }
    bound_undo(bound, mark);
    if (!ok) goto done;
    if (b->kind == BLOCK_FUNCTION) {
        /* locals that inner functions capture become cells */
        for (int i = 0; i < b->nsymbols; i++) {
            Symbol *s = &b->symbols[i];
            if (s->scope == LOCAL && set_has(&newfree, s->name)) {
                s->scope = CELL;
                set_remove(&newfree, s->name);
            }
        }
    } else if (b->kind == BLOCK_CLASS && set_has(&newfree, "__class__")) {
        b->needs_class_closure = true;
        set_remove(&newfree, "__class__");
    }
    /* free names of the children pass through this block on their way up */
    for (int k = 0; k < newfree.n; k++) {
        const char *name = newfree.items[k];
        Symbol *s = sym_lookup(b, name);
        if (s) {
            if (b->kind == BLOCK_CLASS && (s->flags & (DEF_LOCAL | DEF_PARAM | DEF_GLOBAL)))
                s->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (!bound_has(bound, name)) continue;    /* a global further out */
        s = symbol_get(c, b, name);
        s->scope = FREE;
    }
    for (int k = 0; k < newfree.n; k++) set_add(free, newfree.items[k]);
done:
    bound_undo(bound, mark);
    set_free(&local);
    set_free(&newfree);
    return ok;
}

/* Find the global/nonlocal statement declaring [name] anywhere under [n]. */
static const Node *find_directive(const Node *n, const char *name) {
    if (!n) return NULL;
    const NodeList *bodies[3] = {NULL, NULL, NULL};
    switch (n->kind) {
    case NODE_Nonlocal:
        for (int k = 0; k < n->v.Nonlocal.names.count; k++)
            if (strcmp(n->v.Nonlocal.names.items[k], name) == 0) return n;
        return NULL;
    case NODE_FunctionDef: case NODE_AsyncFunctionDef: bodies[0] = &n->v.FunctionDef.body; break;
    case NODE_If: bodies[0] = &n->v.If.body; bodies[1] = &n->v.If.orelse; break;
    case NODE_While: bodies[0] = &n->v.While.body; bodies[1] = &n->v.While.orelse; break;
    case NODE_For: case NODE_AsyncFor: bodies[0] = &n->v.For.body; bodies[1] = &n->v.For.orelse; break;
    case NODE_With: case NODE_AsyncWith: bodies[0] = &n->v.With.body; break;
    case NODE_Try: case NODE_TryStar: bodies[0] = &n->v.Try.body; bodies[1] = &n->v.Try.orelse; bodies[2] = &n->v.Try.finalbody; break;
    case NODE_Match: break;
    default: return NULL;
    }
    for (int b = 0; b < 3; b++) {
        if (!bodies[b]) continue;
        for (int i = 0; i < bodies[b]->count; i++) {
            const Node *st = bodies[b]->items[i];
            if (st->kind == NODE_FunctionDef || st->kind == NODE_AsyncFunctionDef ||
                st->kind == NODE_ClassDef) continue;
            const Node *r = find_directive(st, name);
            if (r) return r;
        }
    }
    if (n->kind == NODE_Match) {
        for (int i = 0; i < n->v.Match.cases.count; i++) {
            const NodeList *cb = &n->v.Match.cases.items[i]->v.match_case.body;
            for (int k = 0; k < cb->count; k++) {
                const Node *r = find_directive(cb->items[k], name);
                if (r) return r;
            }
        }
    }
    if (n->kind == NODE_Try || n->kind == NODE_TryStar) {
        for (int i = 0; i < n->v.Try.handlers.count; i++) {
            const NodeList *hb = &n->v.Try.handlers.items[i]->v.ExceptHandler.body;
            for (int k = 0; k < hb->count; k++) {
                const Node *r = find_directive(hb->items[k], name);
                if (r) return r;
            }
        }
    }
    return NULL;
}

/* ---- the API --------------------------------------------------------------- */

static SymTable *build(Collector *cp, const Node *mod) {
    Collector c = *cp;
    Arena *arena = c.arena;
    SymTable *st = arena_alloc(arena, sizeof(SymTable));
    st->arena = arena;
    st->top = block_new(&c, BLOCK_MODULE, "top", mod);
    c.cur = st->top;
    if (mod->kind == NODE_Module) visit_stmts(&c, &mod->v.Module.body);
    else if (mod->kind == NODE_Interactive) visit_stmts(&c, &mod->v.Interactive.body);
    else if (mod->kind == NODE_Expression) visit_expr(&c, mod->v.Expression.body);
    if (c.failed) return NULL;
    BoundNames bound = {.arena = arena};
    NameSet free = {.arena = arena};
    bool ok = analyze_block(&c, st->top, &bound, &free);
    set_free(&free);
    return ok && !c.failed ? st : NULL;
}

/* Everything the table holds, its sets included, is in the arena, so
 * running out of memory can jump out of the walk (common/arena.h): the
 * handler lives in this small frame. */
SymTable *sym_build(Arena *arena, const Node *mod, const char *src, size_t len, Diag *diag,
                    uintptr_t stack_floor, bool future_annotations) {
    Collector c = {arena, src, len, diag, NULL, false, stack_floor, future_annotations};
    jmp_buf handler;
    jmp_buf *outer = arena_set_handler(arena, &handler);
    if (setjmp(handler)) {
        arena_set_handler(arena, outer);
        diag_no_memory(diag);
        return NULL;
    }
    SymTable *st = build(&c, mod);
    arena_set_handler(arena, outer);
    return st;
}

Block *sym_block_for(Block *parent, const Node *node) {
    /* the compiler asks for the children mostly in the order pass 1 made
     * them: look on from the last one found, around to it */
    int n = parent->nchildren;
    for (int k = 0; k < n; k++) {
        int i = (parent->next_child + k) % n;
        if (parent->children[i]->node == node) {
            parent->next_child = (i + 1) % n;
            return parent->children[i];
        }
    }
    return NULL;
}

ScopeKind sym_scope(Block *b, const char *name) {
    Symbol *s = sym_lookup(b, name);
    if (!s || s->scope == SCOPE_NONE) return GLOBAL_IMPLICIT;
    return s->scope;
}

const char *sym_scope_name(ScopeKind s) {
    switch (s) {
    case LOCAL: return "LOCAL";
    case CELL: return "CELL";
    case FREE: return "FREE";
    case GLOBAL_IMPLICIT: return "GLOBAL_IMPLICIT";
    case GLOBAL_EXPLICIT: return "GLOBAL_EXPLICIT";
    default: return "NONE";
    }
}
