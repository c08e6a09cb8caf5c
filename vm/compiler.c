/* compiler.c -- from syntax tree to code objects.
 *
 * Lesson 2 (the pipeline): this is the step between the tree (--ast) and
 * the bytecode (--dis). Lessons 3, 4 and 9: every name is compiled to the
 * instruction its scope calls for -- LOAD_FAST for a local, LOAD_DEREF for
 * a captured variable, LOAD_GLOBAL for a global or built-in, LOAD_NAME in a
 * module or class body -- and that choice was made by vm/symtable.c before
 * a single instruction was emitted.
 *
 * How to read it: each comp_<construct> function starts with a comment
 * showing the shape of the code it emits, e.g.
 *     while c: body   =>   L: <c> POP_JUMP_FORWARD_IF_FALSE E;
 *                          B: <body>; <c> POP_JUMP_BACKWARD_IF_TRUE B; E:
 * Labels (L, B, E) are resolved by assemble() at the end: a jump's argument
 * becomes its distance from the next instruction, and a jump the compiler
 * wrote with its forward name takes its backward twin when the label lies
 * behind it (opcodes.def, as CPython 3.11 does). assemble() also builds the
 * exception table: every instruction remembers which handler (if any) would
 * catch an exception it raises, and runs of instructions with the same
 * handler become one table entry. There is no "setup" instruction for a try
 * block: entering one costs nothing at run time.
 *
 * The match statement's patterns are compiled in vm/compile_match.c; the
 * state both files share is in vm/compiler_int.h.
 *
 * The compiler also tracks the depth of the value stack instruction by
 * instruction (from the stack effects in opcodes.def), which gives each code
 * object its stack size and each handler the depth to unwind to.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"
#include "compiler_int.h"
#include "symtable.h"
#include "opcodes.h"
#include "runtime/code.h"
#include "runtime/interp.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/complex.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/set.h"
#include "common/utf8.h"
#include "common/strbuf.h"

/* ---- errors ------------------------------------------------------------- */

bool comp_error(Compiler *c, const Node *n, const char *fmt, ...) {
    if (c->failed) return false;
    c->failed = true;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    syntax_error(c->diag, DIAG_SYNTAX, c->src, c->len, n->lineno, n->col_offset, n->end_lineno,
                 n->end_col_offset, "%s", msg);
    c->diag->compile_stage = true;
    return false;
}

/* A runtime failure (out of memory) while compiling. */
bool comp_fail(Compiler *c) {
    c->failed = true;
    return false;
}

/* The recursion over the tree goes as deep as the tree, which the parser
 * bounds by the recursion limit (3 levels per unit); a raised limit may
 * allow more than the C stack holds, and then this is CPython's error. */
bool comp_stack_ok(Compiler *c) {
    if (!ts_stack_low(c->ts)) return true;
    if (!c->failed)
        err_set_string(c->ts, &ExcRecursionError, "maximum recursion depth exceeded during compilation");
    return comp_fail(c);
}

/* Out of memory in the compiler's own tables: MemoryError in the end
 * (comp_compile), whatever happens to ts->exc meanwhile. */
bool comp_no_memory(Compiler *c) {
    if (!c->no_memory) err_no_memory(c->ts);
    c->no_memory = true;
    return comp_fail(c);
}

/* sym_mangle() for the current unit; NULL (comp_no_memory) when there is
 * no memory. */
static const char *mangle(Compiler *c, const char *name) {
    const char *m = sym_mangle(c->arena, c->u->block->private_name, name);
    if (!m) comp_no_memory(c);
    return m;
}


/* ---- emitting ---------------------------------------------------------- */

/* Start covering instructions with exception handler [label], which will
 * find the stack at the current depth plus the exception. */
static void push_handler(Compiler *c, int label, int *saved_handler, int *saved_depth) {
    Unit *u = c->u;
    *saved_handler = u->handler;
    *saved_depth = u->handler_depth;
    u->handler = label;
    u->handler_depth = u->depth;
    if (!c->no_memory) u->label_depth[label] = u->depth + 1;
}

static void pop_handler(Compiler *c, int saved_handler, int saved_depth) {
    c->u->handler = saved_handler;
    c->u->handler_depth = saved_depth;
}

/* ---- constants and names ------------------------------------------------ */

static bool same_const(Object *a, Object *b) {
    if (a == b) return true;
    if (TYPE(a) != TYPE(b)) return false;
    if (TYPE(a) == &IntType) return int_compare(a, b) == 0;
    if (TYPE(a) == &FloatType) return memcmp(&FLOAT_VALUE(a), &FLOAT_VALUE(b), sizeof(double)) == 0;
    if (TYPE(a) == &ComplexType) return memcmp(&COMPLEX_VALUE(a), &COMPLEX_VALUE(b), sizeof(Complex)) == 0;
    if (TYPE(a) == &StrType) return str_eq(a, b);
    if (TYPE(a) == &BytesType)
        return BYTES_SIZE(a) == BYTES_SIZE(b) && memcmp(BYTES_DATA(a), BYTES_DATA(b), BYTES_SIZE(a)) == 0;
    if (TYPE(a) == &TupleType) {
        if (TUPLE_SIZE(a) != TUPLE_SIZE(b)) return false;
        for (size_t i = 0; i < TUPLE_SIZE(a); i++)
            if (!same_const(TUPLE_GET(a, i), TUPLE_GET(b, i))) return false;
        return true;
    }
    return false;
}

/* A hash that agrees with same_const(): equal constants hash alike. */
static uint64_t const_hash(Object *o) {
    uint64_t h;
    if (TYPE(o) == &IntType) h = (uint64_t)int_hash(o);
    else if (TYPE(o) == &StrType) h = (uint64_t)str_hash(o);
    else if (TYPE(o) == &FloatType) memcpy(&h, &FLOAT_VALUE(o), sizeof h);
    else if (TYPE(o) == &ComplexType) {
        uint64_t hi;
        memcpy(&h, &COMPLEX_VALUE(o).real, sizeof h);
        memcpy(&hi, &COMPLEX_VALUE(o).imag, sizeof hi);
        h = h * 1000003u ^ hi;
    }
    else if (TYPE(o) == &BytesType) {
        h = 14695981039346656037u;            /* FNV-1a: needs no interpreter */
        for (size_t i = 0; i < BYTES_SIZE(o); i++) h = (h ^ (unsigned char)BYTES_DATA(o)[i]) * 1099511628211u;
    }
    else if (TYPE(o) == &TupleType) {
        h = TUPLE_SIZE(o);
        for (size_t i = 0; i < TUPLE_SIZE(o); i++) h = h * 1000003u ^ const_hash(TUPLE_GET(o, i));
    } else h = (uint64_t)(uintptr_t)o;
    return (h ^ (uint64_t)(uintptr_t)TYPE(o)) * 0x9E3779B97F4A7C15u;
}

/* The slot of the const table holding a constant same as [o], or the empty
 * one where it would go. */
static uint32_t const_probe(Unit *u, Object *o) {
    uint32_t mask = u->const_cap - 1;
    uint32_t s = (uint32_t)(const_hash(o) >> 32) & mask;
    while (u->const_slots[s] && !same_const(LIST_GET(u->consts, u->const_slots[s] - 1), o))
        s = (s + 1) & mask;
    return s;
}

/* Index of constant [o] (a reference the caller gives up). Code objects
 * are never shared; every other constant is stored once, found through a
 * hash index, so a unit with n constants costs n, not n*n. */
int comp_add_const_steal(Compiler *c, Object *o) {
    if (!o) { comp_fail(c); return -1; }
    Unit *u = c->u;
    Object *consts = u->consts;
    bool indexed = TYPE(o) != &CodeType;
    if (indexed && u->const_cap) {
        uint32_t s = const_probe(u, o);
        if (u->const_slots[s]) {
            DECREF(o);
            return (int)u->const_slots[s] - 1;
        }
    }
    if (list_append_steal(c->ts, consts, o) < 0) { comp_fail(c); return -1; }
    int i = (int)LIST_SIZE(consts) - 1;
    if (!indexed) return i;
    if ((uint64_t)LIST_SIZE(consts) * 2 >= u->const_cap) {
        /* grow, and index afresh every constant but the code objects */
        uint32_t cap = u->const_cap ? u->const_cap * 2 : 16;
        while ((uint64_t)LIST_SIZE(consts) * 2 >= cap) cap *= 2;
        uint32_t *slots = rawmem_calloc(cap, sizeof *slots);
        if (!slots) { comp_no_memory(c); return -1; }   /* [o] is in consts: freed with them */
        rawmem_free(u->const_slots);
        u->const_slots = slots;
        u->const_cap = cap;
        for (size_t k = 0; k < LIST_SIZE(consts); k++)
            if (TYPE(LIST_GET(consts, k)) != &CodeType)
                u->const_slots[const_probe(u, LIST_GET(consts, k))] = (uint32_t)k + 1;
    } else {
        u->const_slots[const_probe(u, o)] = (uint32_t)i + 1;
    }
    return i;
}

bool comp_load_const_steal(Compiler *c, Object *o) {
    int i = comp_add_const_steal(c, o);
    return i >= 0 && emit(c, OP_LOAD_CONST, (uint32_t)i);
}

static bool load_none(Compiler *c) { return comp_load_const_steal(c, none_new()); }

/* The loop that drives an awaitable or a delegate until it returns, giving
 * each value it yields to our own caller (yield from, await):
 *   => LOAD_CONST None; L: SEND E; YIELD_VALUE; JUMP_BACKWARD L; E: */
static bool emit_yield_from_loop(Compiler *c);

/* The flags a function unit's code gets from its block: a generator, a
 * coroutine (async def), or both: an async generator. */
static int resumable_flags(const Block *b) {
    if (b->is_coroutine) return b->is_generator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
    return b->is_generator ? CO_GENERATOR : 0;
}

/* Index of [name] in one of the unit's name tables ([list] + [map]). */
static int name_index(Compiler *c, Object *list, Object *map, const char *name) {
    if (!name) return -1;                 /* mangle() found no memory */
    Object *s = str_intern_cstr(c->ts, name);
    if (!s) { comp_fail(c); return -1; }
    Object *found = dict_get_str_borrowed(c->ts, map, s);
    if (found) {
        DECREF(s);
        int64_t v;
        int_as_i64(found, &v);
        return (int)v;
    }
    Object *idx = int_from_i64(c->ts, (int64_t)LIST_SIZE(list));
    if (!idx || dict_set(c->ts, map, s, idx) < 0 || list_append(c->ts, list, s) < 0) {
        XDECREF(idx);
        DECREF(s);
        comp_fail(c);
        return -1;
    }
    DECREF(idx);
    DECREF(s);
    return (int)LIST_SIZE(list) - 1;
}

static int lookup_index(Compiler *c, Object *map, const char *name) {
    Object *found = dict_get_cstr_borrowed(c->ts, map, name);
    if (!found) {
        /* not there, or no memory to look: then the compile has failed
         * (and comp_error() will not hide the MemoryError) */
        if (err_occurred(c->ts)) comp_fail(c);
        return -1;
    }
    int64_t v;
    int_as_i64(found, &v);
    return (int)v;
}

int comp_add_name(Compiler *c, const char *name) {
    return name_index(c, c->u->names, c->u->names_map, name);
}

/* ---- units ------------------------------------------------------------- */

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool enter_unit(Compiler *c, Block *block, const char *name, Object *qualname, int firstlineno) {
    Unit *u = rawmem_calloc(1, sizeof(Unit));
    if (!u) {
        XDECREF(qualname);             /* the unit would have owned it */
        return comp_no_memory(c);
    }
    ThreadState *ts = c->ts;
    u->block = block;
    u->parent = c->u;
    u->name = name;
    u->qualname = qualname;
    u->firstlineno = firstlineno;
    u->handler = -1;
    u->loc.line = firstlineno;
    u->loc.end_line = firstlineno;
    u->loc.col = u->loc.end_col = -1;
    u->consts = list_new(ts, 0);
    u->names = list_new(ts, 0);
    u->names_map = dict_new(ts);
    u->varnames = list_new(ts, 0);
    u->varnames_map = dict_new(ts);
    u->cellvars = list_new(ts, 0);
    u->cellvars_map = dict_new(ts);
    u->freevars = list_new(ts, 0);
    u->freevars_map = dict_new(ts);
    c->u = u;
    if (!u->consts || !u->names || !u->names_map || !u->varnames || !u->varnames_map ||
        !u->cellvars || !u->cellvars_map || !u->freevars || !u->freevars_map)
        return comp_fail(c);
    /* locals: parameters first, in order, then the other locals */
    if (block->kind == BLOCK_FUNCTION) {
        for (int i = 0; i < block->nparams; i++)
            if (name_index(c, u->varnames, u->varnames_map, block->params[i]) < 0) return false;
        for (int i = 0; i < block->nsymbols; i++) {
            Symbol *s = &block->symbols[i];
            if (s->scope == LOCAL)
                if (name_index(c, u->varnames, u->varnames_map, s->name) < 0) return false;
        }
    }
    /* cells and free variables, sorted by name as CPython does */
    const char **cells = rawmem_alloc(sizeof(char *) * (size_t)(block->nsymbols + 1));
    const char **frees = rawmem_alloc(sizeof(char *) * (size_t)(block->nsymbols + 1));
    if (!cells || !frees) {
        rawmem_free(cells);
        rawmem_free(frees);
        return comp_no_memory(c);
    }
    int ncells = 0, nfrees = 0;
    for (int i = 0; i < block->nsymbols; i++) {
        Symbol *s = &block->symbols[i];
        if (s->scope == CELL) cells[ncells++] = s->name;
        else if (s->scope == FREE || (block->kind == BLOCK_CLASS && (s->flags & DEF_FREE_CLASS)))
            frees[nfrees++] = s->name;
    }
    if (block->needs_class_closure) cells[ncells++] = "__class__";
    qsort(cells, (size_t)ncells, sizeof(char *), cmp_cstr);
    qsort(frees, (size_t)nfrees, sizeof(char *), cmp_cstr);
    bool ok = true;
    for (int i = 0; i < ncells && ok; i++) ok = name_index(c, u->cellvars, u->cellvars_map, cells[i]) >= 0;
    for (int i = 0; i < nfrees && ok; i++) ok = name_index(c, u->freevars, u->freevars_map, frees[i]) >= 0;
    rawmem_free(cells);
    rawmem_free(frees);
    return ok;
}

static void free_unit(Unit *u) {
    rawmem_free(u->instrs);
    rawmem_free(u->label_pos);
    rawmem_free(u->label_depth);
    rawmem_free(u->const_slots);
    XDECREF(u->consts);
    XDECREF(u->names);
    XDECREF(u->names_map);
    XDECREF(u->varnames);
    XDECREF(u->varnames_map);
    XDECREF(u->cellvars);
    XDECREF(u->cellvars_map);
    XDECREF(u->freevars);
    XDECREF(u->freevars_map);
    XDECREF(u->qualname);
    XDECREF(u->docstring);
    rawmem_free(u);
}

static void leave_unit(Compiler *c) {
    Unit *u = c->u;
    c->u = u->parent;
    free_unit(u);
}

static Object *list_to_tuple(Compiler *c, Object *l) {
    Object *t = list_as_tuple(c->ts, l);
    if (!t) comp_fail(c);
    return t;
}

/* The `return None` at the end of a function or module body, with no line
 * of its own (emit_jump_noline() says why): after a for loop it has the
 * for's line, as in CPython, not the line of the body's last statement. */
static bool return_none_noline(Compiler *c) {
    if (!load_none(c)) return false;
    mark_noline(c);
    if (!emit0(c, OP_RETURN_VALUE)) return false;
    mark_noline(c);
    return true;
}

/* The instruction can only be left by a jump, a return or a raise. */
static bool never_falls_through(Opcode op) {
    return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE ||
           op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

/* Positions for the jumps emit_jump_noline() made, as CPython 3.11 gives
 * its artificial jumps theirs: the position of the single instruction that
 * leads there (falling through, or jumping), else no line at all (line -1:
 * no --trace=line event, no line number in --dis, "line -1" in a traceback,
 * as in 3.11). */
static bool artificial_positions(Compiler *c, Unit *u) {
    bool any = false;
    for (int i = 0; i < u->ninstrs && !any; i++) any = u->instrs[i].noline;
    if (!any) return true;
    /* per instruction: how many instructions lead there, and the last one */
    int *count = rawmem_calloc((size_t)u->ninstrs * 2, sizeof(int));
    if (!count) return comp_no_memory(c);
    int *from = count + u->ninstrs;
    for (int i = 0; i < u->ninstrs; i++) {
        const Instr *in = &u->instrs[i];
        int to[2] = {in->target >= 0 ? u->label_pos[in->target] : -1,
                     in->handler >= 0 ? u->label_pos[in->handler] : -1};
        for (int k = 0; k < 2; k++)
            if (to[k] >= 0 && to[k] < u->ninstrs) { count[to[k]]++; from[to[k]] = i; }
        if (i + 1 < u->ninstrs && !never_falls_through((Opcode)in->op)) { count[i + 1]++; from[i + 1] = i; }
    }
    for (int i = 0; i < u->ninstrs; i++) {
        Instr *in = &u->instrs[i];
        if (!in->noline) continue;
        if (count[i] == 1) {
            in->pos = u->instrs[from[i]].pos;
        } else {
            in->pos.line = in->pos.end_line = -1;
            in->pos.col = in->pos.end_col = -1;
            in->pos.anchor_kind = ANCHOR_NONE;
        }
    }
    rawmem_free(count);
    return true;
}

/* Resolve labels, build the exception table and make the code object. */
static Object *assemble(Compiler *c) {
    ThreadState *ts = c->ts;
    Unit *u = c->u;
    Block *b = u->block;
    CodeObject *co = code_new(ts);
    if (!co) { comp_fail(c); return NULL; }
    co->ncode = (uint32_t)u->ninstrs;
    co->code = rawmem_alloc(sizeof(uint32_t) * (size_t)(u->ninstrs ? u->ninstrs : 1));
    co->positions = rawmem_alloc(sizeof(CodePos) * (size_t)(u->ninstrs ? u->ninstrs : 1));
    if (!co->code || !co->positions) {
        comp_no_memory(c);
        DECREF(co);
        return NULL;
    }
    uint32_t nexc = 0, exc_cap = 0;
    ExcEntry *exc = NULL;
    if (!artificial_positions(c, u)) {
        DECREF(co);
        return NULL;
    }
    for (int i = 0; i < u->ninstrs; i++) {
        Instr *in = &u->instrs[i];
        uint32_t arg = in->arg;
        Opcode op = (Opcode)in->op;
        /* a jump's argument is its distance; which way it goes picks the
         * name (POP_JUMP_FORWARD_IF_FALSE or POP_JUMP_BACKWARD_IF_FALSE) */
        if (in->target >= 0 && !opcode_jump_encode(&op, (uint32_t)i, (uint32_t)u->label_pos[in->target], &arg))
            fatal_error("compiler: %s cannot jump backwards", opcode_names[op]);
        if (op == OP_JUMP_FORWARD && in->target >= 0 && arg == 0) op = OP_NOP;   /* to the next one: 3.11 too */
        co->code[i] = INSTR(op, arg);
        co->positions[i] = in->pos;
        if (in->handler >= 0) {
            uint32_t h = (uint32_t)u->label_pos[in->handler];
            uint32_t d = (uint32_t)in->handler_depth;
            if (nexc && exc[nexc - 1].end == (uint32_t)i && exc[nexc - 1].handler == h &&
                exc[nexc - 1].depth == d) {
                exc[nexc - 1].end = (uint32_t)i + 1;
            } else {
                if (nexc == exc_cap) {
                    uint32_t cap = exc_cap ? exc_cap * 2 : 8;
                    ExcEntry *bigger = rawmem_realloc(exc, sizeof(ExcEntry) * cap);
                    if (!bigger) {
                        rawmem_free(exc);
                        comp_no_memory(c);
                        DECREF(co);
                        return NULL;
                    }
                    exc = bigger;
                    exc_cap = cap;
                }
                exc[nexc++] = (ExcEntry){(uint32_t)i, (uint32_t)i + 1, h, d};
            }
        }
    }
    co->exctable = exc;
    co->nexc = nexc;
    co->consts = list_to_tuple(c, u->consts);
    co->names = list_to_tuple(c, u->names);
    co->varnames = list_to_tuple(c, u->varnames);
    co->cellvars = list_to_tuple(c, u->cellvars);
    co->freevars = list_to_tuple(c, u->freevars);
    Object *gx = list_new(ts, 0);
    if (gx) {
        for (int i = 0; i < b->nsymbols; i++) {
            if (b->symbols[i].scope != GLOBAL_EXPLICIT) continue;
            Object *s = str_intern_cstr(ts, b->symbols[i].name);
            if (!s || list_append_steal(ts, gx, s) < 0) { comp_fail(c); break; }
        }
        co->global_explicit = list_to_tuple(c, gx);
        DECREF(gx);
    } else {
        comp_fail(c);
    }
    co->filename = NEWREF(c->filename_obj);
    co->name = str_intern_cstr(ts, u->name);
    co->qualname = u->qualname ? NEWREF(u->qualname) : str_intern_cstr(ts, u->name);
    co->docstring = XNEWREF(u->docstring);
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->flags = u->flags | c->future.features;   /* CPython's co_flags carry the features */
    co->nlocals = (int)LIST_SIZE(u->varnames);
    co->ncells = (int)LIST_SIZE(u->cellvars);
    co->nfrees = (int)LIST_SIZE(u->freevars);
    co->nlocalsplus = co->nlocals + co->ncells + co->nfrees;
    co->stacksize = u->maxdepth + 1;
    co->firstlineno = u->firstlineno;
    co->serial = c->serial++;
    /* for --trace=scope: where each local is first bound, whose cell each
     * free variable is */
    co->def_lines = rawmem_calloc((size_t)(co->nlocals + co->ncells + 1), sizeof(int));
    if (!co->def_lines) {
        comp_no_memory(c);
        DECREF(co);
        return NULL;
    }
    for (int i = 0; i < co->nlocals + co->ncells; i++) {
        Object *n = i < co->nlocals ? LIST_GET(u->varnames, i) : LIST_GET(u->cellvars, i - co->nlocals);
        Symbol *sym = sym_lookup(b, STR_DATA(n));
        co->def_lines[i] = sym ? sym->def_line : 0;
    }
    co->free_owners = tuple_new(ts, (size_t)co->nfrees);
    if (!co->free_owners) comp_fail(c);
    for (int i = 0; co->free_owners && i < co->nfrees; i++) {
        const char *name = STR_DATA(LIST_GET(u->freevars, i));
        Object *owner = NULL;
        for (Unit *p = u->parent; p && !owner; p = p->parent)
            if (lookup_index(c, p->cellvars_map, name) >= 0)
                owner = p->qualname ? NEWREF(p->qualname) : str_from_cstr(ts, p->name);
        if (!owner) owner = str_from_cstr(ts, "?");
        TUPLE_SET_STEAL(co->free_owners, i, owner);
    }
    /* a cell that holds an argument: MAKE_CELL moves the value in */
    for (int i = 0; i < co->ncells; i++) {
        int arg = lookup_index(c, u->varnames_map, STR_DATA(LIST_GET(u->cellvars, i)));
        if (arg >= 0) {
            if (!co->cell2arg) {
                co->cell2arg = rawmem_alloc(sizeof(int) * (size_t)co->ncells);
                if (!co->cell2arg) {
                    comp_no_memory(c);
                    DECREF(co);
                    return NULL;
                }
                for (int k = 0; k < co->ncells; k++) co->cell2arg[k] = -1;
            }
            co->cell2arg[i] = arg;
        }
    }
    if (c->failed || !co->name || !co->qualname) {
        DECREF(co);
        comp_fail(c);
        return NULL;
    }
    return (Object *)co;
}

/* ---- names ---------------------------------------------------------------- */


bool comp_name(Compiler *c, const char *name, NameCtx ctx) {
    Unit *u = c->u;
    Block *b = u->block;
    const char *mangled = mangle(c, name);
    if (!mangled) return false;
    ScopeKind scope = sym_scope(b, mangled);
    Symbol *sym = sym_lookup(b, mangled);
    int idx;
    static const Opcode fast[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const Opcode deref[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    static const Opcode global[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const Opcode byname[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    if (scope == CELL || scope == FREE ||
        (b->kind == BLOCK_CLASS && sym && (sym->flags & DEF_FREE_CLASS) && scope == FREE)) {
        idx = lookup_index(c, u->cellvars_map, mangled);
        if (idx < 0) {
            idx = lookup_index(c, u->freevars_map, mangled);
            if (idx >= 0) idx += (int)LIST_SIZE(u->cellvars);
        }
        if (idx >= 0) {
            if (b->kind == BLOCK_CLASS && ctx == NAME_LOAD && scope == FREE)
                return emit(c, OP_LOAD_CLASSDEREF, (uint32_t)idx);
            return emit(c, deref[ctx], (uint32_t)idx);
        }
    }
    if (b->kind == BLOCK_FUNCTION) {
        if (scope == LOCAL) {
            idx = lookup_index(c, u->varnames_map, mangled);
            if (idx >= 0) return emit(c, fast[ctx], (uint32_t)idx);
        }
        idx = comp_add_name(c, mangled);
        if (idx < 0) return false;
        if (ctx == NAME_LOAD) return emit(c, OP_LOAD_GLOBAL, (uint32_t)idx << 1);
        return emit(c, global[ctx], (uint32_t)idx);
    }
    idx = comp_add_name(c, mangled);
    if (idx < 0) return false;
    if (scope == GLOBAL_EXPLICIT) {
        if (ctx == NAME_LOAD) return emit(c, OP_LOAD_GLOBAL, (uint32_t)idx << 1);
        return emit(c, global[ctx], (uint32_t)idx);
    }
    return emit(c, byname[ctx], (uint32_t)idx);
}

/* ---- forward declarations ---------------------------------------------------- */

static bool comp_stmt(Compiler *c, const Node *s);
static bool comp_store(Compiler *c, const Node *target);
static bool comp_call_helper(Compiler *c, int nprefix, const NodeList *args, const NodeList *keywords);

/* ---- constants ----------------------------------------------------------------- */

static Object *const_object(Compiler *c, const ConstValue *v) {
    ThreadState *ts = c->ts;
    switch (v->kind) {
    case CONST_NONE: return none_new();
    case CONST_TRUE: return bool_from(true);
    case CONST_FALSE: return bool_from(false);
    case CONST_ELLIPSIS: return NEWREF(Ellipsis);
    case CONST_INT: return int_from_literal(ts, v->text);
    case CONST_FLOAT: return float_new(ts, v->f);
    case CONST_IMAG: return complex_new(ts, 0.0, v->f);
    case CONST_BYTES: return bytes_new(ts, v->text, v->len);
    case CONST_STR: {
        Object *s = str_new(ts, v->text, v->len);
        if (!s) return NULL;
        /* strings that look like identifiers are interned, as in CPython */
        bool ident = v->len > 0 && v->len < 40;
        for (size_t i = 0; i < v->len && ident; i++) {
            char ch = v->text[i];
            ident = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        }
        if (ident) {
            Object *i = str_intern(ts, s);
            DECREF(s);
            return i;
        }
        return s;
    }
    default:
        return NULL;
    }
}

static bool comp_constant(Compiler *c, const Node *e) {
    const ConstValue *v = &e->v.Constant.value;
    Object *o = const_object(c, v);
    if (!o) return comp_fail(c);
    return comp_load_const_steal(c, o);
}

/* The value of [e] if it is a constant after CPython's folding (a literal,
 * -1, 2**8, ("a", 1)), as a new reference; NULL (no exception) if not. */

/* A tuple, list or set display whose items are all constants is loaded as
 * one constant tuple (CPython's constant folding). */
static Object *const_tuple_of(Compiler *c, const NodeList *elts) {
    if (elts->count == 0) return NULL;
    Object *t = tuple_new(c->ts, (size_t)elts->count);
    if (!t) { comp_fail(c); return NULL; }
    for (int i = 0; i < elts->count; i++) {
        Object *o = comp_fold(c, elts->items[i]);
        if (!o) { DECREF(t); return NULL; }
        TUPLE_SET_STEAL(t, i, o);
    }
    return t;
}

/* ---- expressions ------------------------------------------------------------------ */

static bool has_starred(const NodeList *elts) {
    for (int i = 0; i < elts->count; i++)
        if (elts->items[i]->kind == NODE_Starred) return true;
    return false;
}

/* [a, *b, c] => BUILD_LIST 1 (a); LIST_EXTEND b; c; LIST_APPEND... as
 * CPython: pack the plain items seen so far, then extend with each star. */
static bool comp_sequence(Compiler *c, const NodeList *elts, Opcode build, Opcode extend,
                          Opcode add, bool to_tuple) {
    if (!has_starred(elts)) {
        for (int i = 0; i < elts->count; i++) CHECK(comp_expr(c, elts->items[i]));
        return emit(c, build, (uint32_t)elts->count);
    }
    int pending = 0;
    bool built = false;
    for (int i = 0; i < elts->count; i++) {
        const Node *e = elts->items[i];
        if (e->kind == NODE_Starred) {
            if (!built) {
                CHECK(emit(c, build, (uint32_t)pending));
                built = true;
            } else {
                /* items pushed since the last star are added one by one */
            }
            pending = 0;
            CHECK(comp_expr(c, e->v.Starred.value));
            CHECK(emit(c, extend, 1));
        } else {
            CHECK(comp_expr(c, e));
            if (built) CHECK(emit(c, add, 1));
            else pending++;
        }
    }
    if (to_tuple) CHECK(emit0(c, OP_LIST_TO_TUPLE));
    return true;
}

static Opcode set_add_op(void) { return OP_SET_ADD; }

static bool comp_tuple(Compiler *c, const Node *e) {
    /* (1, 2, 3) => LOAD_CONST (1, 2, 3) */
    Object *k = const_tuple_of(c, &e->v.Tuple.elts);
    if (k) return comp_load_const_steal(c, k);
    if (c->failed) return false;
    if (has_starred(&e->v.Tuple.elts))
        return comp_sequence(c, &e->v.Tuple.elts, OP_BUILD_LIST, OP_LIST_EXTEND, OP_LIST_APPEND, true);
    return comp_sequence(c, &e->v.Tuple.elts, OP_BUILD_TUPLE, OP_LIST_EXTEND, OP_LIST_APPEND, false);
}

static bool comp_list(Compiler *c, const Node *e) {
    /* [1, 2, 3] => BUILD_LIST 0; LOAD_CONST (1, 2, 3); LIST_EXTEND 1 */
    if (e->v.List.elts.count > 2 && !has_starred(&e->v.List.elts)) {
        Object *k = const_tuple_of(c, &e->v.List.elts);
        if (k) {
            if (!emit(c, OP_BUILD_LIST, 0)) {    /* k is ours until the constant takes it */
                DECREF(k);
                return false;
            }
            CHECK(comp_load_const_steal(c, k));
            return emit(c, OP_LIST_EXTEND, 1);
        }
        if (c->failed) return false;
    }
    return comp_sequence(c, &e->v.List.elts, OP_BUILD_LIST, OP_LIST_EXTEND, OP_LIST_APPEND, false);
}

/* Would CPython's code-object constructor intern this constant string?
 * (its all_name_chars(): ASCII letters, digits and '_' only) */
static bool name_like_str(Object *o) {
    if (!str_check_exact(o)) return false;
    for (size_t i = 0; i < STR_SIZE(o); i++) {
        unsigned char ch = (unsigned char)STR_DATA(o)[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'))) return false;
    }
    return true;
}

/* A new frozenset with the keys of [fs] inserted in its iteration order. */
static Object *rebuild_frozenset(Compiler *c, Object *fs) {
    Object *order = tuple_from_iterable(c->ts, fs);
    Object *r = order ? frozenset_new(c->ts, order) : NULL;
    XDECREF(order);
    return r;
}

/* A frozenset constant as CPython's compiler leaves it: built from the
 * items, then rebuilt from its own iteration order when the constants are
 * merged, and rebuilt once more when the code object interns its string
 * constants, if any key is a name-like str -- the table layout, and so the
 * order of any set made from it, depends on every step. */
static Object *const_frozenset(Compiler *c, Object *items) {
    /* built quietly (--trace=dict narrates the program, not the compiler),
     * then watched like any set the program searches */
    Interp *interp = c->ts->interp;
    interp->quiet_tables++;
    Object *first = frozenset_new(c->ts, items);
    Object *fs = first ? rebuild_frozenset(c, first) : NULL;
    XDECREF(first);
    bool names = false;
    for (size_t i = 0; fs && i < TUPLE_SIZE(items); i++) names |= name_like_str(TUPLE_GET(items, i));
    if (names) {
        Object *again = rebuild_frozenset(c, fs);
        DECREF(fs);
        fs = again;
    }
    interp->quiet_tables--;
    if (fs) ((SetObject *)fs)->watched = true;
    return fs;
}

/* {1, 2, 3} => BUILD_SET 0; LOAD_CONST frozenset({1, 2, 3}); SET_UPDATE 1
 * (CPython folds a display of three or more constants this way, and the
 * order of the resulting set depends on it) */
static bool comp_set(Compiler *c, const Node *e) {
    if (e->v.Set.elts.count > 2 && !has_starred(&e->v.Set.elts)) {
        Object *k = const_tuple_of(c, &e->v.Set.elts);
        if (k) {
            Object *fs = const_frozenset(c, k);
            DECREF(k);
            if (!fs) return comp_fail(c);
            if (!emit(c, OP_BUILD_SET, 0)) {     /* fs is ours until the constant takes it */
                DECREF(fs);
                return false;
            }
            CHECK(comp_load_const_steal(c, fs));
            return emit(c, OP_SET_UPDATE, 1);
        }
        if (c->failed) return false;
    }
    return comp_sequence(c, &e->v.Set.elts, OP_BUILD_SET, OP_SET_UPDATE, set_add_op(), false);
}

/* The right side of `x in {1, 2}` / `x in [1, 2]` and the iterable of
 * `for x in {1, 2}` are folded to one constant (a frozenset, or a tuple for
 * a list), as CPython's optimizer does. Returns true if it emitted it. */
static bool comp_const_container(Compiler *c, const Node *e, bool *done) {
    *done = false;
    const NodeList *elts = e->kind == NODE_Set ? &e->v.Set.elts : e->kind == NODE_List ? &e->v.List.elts : NULL;
    if (!elts || elts->count == 0 || has_starred(elts)) return true;
    Object *k = const_tuple_of(c, elts);
    if (!k) return !c->failed;
    if (e->kind == NODE_Set) {
        Object *fs = const_frozenset(c, k);
        DECREF(k);
        if (!fs) return comp_fail(c);
        k = fs;
    }
    *done = true;
    return comp_load_const_steal(c, k);
}

/* {k: v, **m} => BUILD_MAP n for each run of pairs; DICT_UPDATE for each **m */
static bool comp_dict(Compiler *c, const Node *e) {
    const NodeList *keys = &e->v.Dict.keys, *values = &e->v.Dict.values;
    int pending = 0;
    bool built = false;
    for (int i = 0; i < keys->count; i++) {
        if (!keys->items[i]) {
            if (pending || !built) {
                CHECK(emit(c, OP_BUILD_MAP, (uint32_t)pending));
                if (built) CHECK(emit(c, OP_DICT_UPDATE, 1));
                built = true;
                pending = 0;
            }
            CHECK(comp_expr(c, values->items[i]));
            CHECK(emit(c, OP_DICT_UPDATE, 1));
            continue;
        }
        CHECK(comp_expr(c, keys->items[i]));
        CHECK(comp_expr(c, values->items[i]));
        pending++;
    }
    if (pending || !built) {
        CHECK(emit(c, OP_BUILD_MAP, (uint32_t)pending));
        if (built) CHECK(emit(c, OP_DICT_UPDATE, 1));
    }
    return true;
}

static const NbOp binop_of[] = {
    [OP_Add] = NB_ADD, [OP_Sub] = NB_SUB, [OP_Mult] = NB_MUL, [OP_MatMult] = NB_MATMUL,
    [OP_Div] = NB_TRUEDIV, [OP_Mod] = NB_MOD, [OP_Pow] = NB_POW, [OP_LShift] = NB_LSHIFT,
    [OP_RShift] = NB_RSHIFT, [OP_BitOr] = NB_OR, [OP_BitXor] = NB_XOR, [OP_BitAnd] = NB_AND,
    [OP_FloorDiv] = NB_FLOORDIV,
};

/* Fold an operation on two numeric constants at compile time, as CPython's
 * AST optimizer does (2**10 becomes 1024), when the result stays small. */
/* comp_binop tries to fold each BinOp of a chain, and each try walks the
 * whole chain below it: remembering the ones that did not fold keeps a
 * chain of n operators at n steps instead of n*n. */
static size_t nofold_slot(Compiler *c, const Node *e) {
    size_t mask = c->nofold_cap - 1, i = ((uintptr_t)e >> 4) * 0x9E3779B97F4A7C15u >> 20 & mask;
    while (c->nofold[i] && c->nofold[i] != e) i = (i + 1) & mask;
    return i;
}

static bool nofold_has(Compiler *c, const Node *e) {
    return c->nofold_cap && c->nofold[nofold_slot(c, e)] == e;
}

static void nofold_add(Compiler *c, const Node *e) {
    if ((c->nofold_n + 1) * 2 >= c->nofold_cap) {
        const Node **old = c->nofold;
        size_t oldcap = c->nofold_cap, cap = oldcap ? oldcap * 2 : 64;
        const Node **table = rawmem_calloc(cap, sizeof *table);
        if (!table) { comp_no_memory(c); return; }
        c->nofold = table;
        c->nofold_cap = cap;
        for (size_t i = 0; i < oldcap; i++)
            if (old[i]) c->nofold[nofold_slot(c, old[i])] = old[i];
        rawmem_free(old);
    }
    c->nofold[nofold_slot(c, e)] = e;
    c->nofold_n++;
}

static Object *fold_binop_once(Compiler *c, const Node *e);

static Object *fold_binop(Compiler *c, const Node *e) {
    if (nofold_has(c, e) || !comp_stack_ok(c)) return NULL;
    Object *r = fold_binop_once(c, e);
    if (!r) nofold_add(c, e);
    return r;
}

static Object *fold_binop_once(Compiler *c, const Node *e) {
    NbOp op = binop_of[e->v.BinOp.op];
    if (op == NB_MATMUL) return NULL;
    Object *a = comp_fold(c, e->v.BinOp.left);
    if (!a) return NULL;
    Object *b = comp_fold(c, e->v.BinOp.right);
    if (!b) { DECREF(a); return NULL; }
    /* numbers, strings and tuples only, and no huge results */
    bool ok_types = (int_check(a) || float_check(a) || complex_check(a) || str_check(a) || tuple_check(a)) &&
                    (int_check(b) || float_check(b) || complex_check(b) || str_check(b) || tuple_check(b));
    if (!ok_types) { DECREF(a); DECREF(b); return NULL; }
    if ((str_check(a) || tuple_check(a) || str_check(b) || tuple_check(b)) && op == NB_MUL) {
        Object *seq = str_check(a) || tuple_check(a) ? a : b, *n = seq == a ? b : a;
        int64_t count;
        size_t len = str_check(seq) ? STR_LEN(seq) : TUPLE_SIZE(seq);
        if (!int_check(n) || !int_as_i64(n, &count) || (count > 0 && len * (uint64_t)count > 4096)) {
            DECREF(a); DECREF(b); return NULL;
        }
    }
    if ((str_check(a) || tuple_check(a)) && op == NB_MOD) { DECREF(a); DECREF(b); return NULL; }
    /* keep the folded value small: skip huge powers and shifts */
    int64_t bv;
    if (op == NB_POW && int_check(b) && (!int_as_i64(b, &bv) || bv > 128)) { DECREF(a); DECREF(b); return NULL; }
    if (op == NB_LSHIFT && int_check(b) && (!int_as_i64(b, &bv) || bv > 128)) { DECREF(a); DECREF(b); return NULL; }
    Object *res = obj_binop(c->ts, op, a, b);
    DECREF(a);
    DECREF(b);
    if (!res) { err_clear(c->ts); return NULL; }
    if (int_check(res) && !int_is_small(res)) {
        /* CPython refuses to fold results over 128 bits */
        IntView v;
        size_t bits = mpz_sizeinbase(int_view(&v, res), 2);
        if (bits > 128) { DECREF(res); return NULL; }
    }
    return res;
}

Object *comp_fold(Compiler *c, const Node *e) {
    switch (e->kind) {
    case NODE_Constant: {
        Object *o = const_object(c, &e->v.Constant.value);
        if (!o) err_clear(c->ts);
        return o;
    }
    case NODE_UnaryOp: {
        if (e->v.UnaryOp.op == UOP_Not) return NULL;
        const Node *o = e->v.UnaryOp.operand;
        if (o->kind != NODE_Constant) return NULL;
        ConstKind k = o->v.Constant.value.kind;
        if (k != CONST_INT && k != CONST_FLOAT && k != CONST_IMAG && k != CONST_TRUE && k != CONST_FALSE)
            return NULL;
        if (e->v.UnaryOp.op == UOP_Invert && k != CONST_INT) return NULL;
        Object *v = const_object(c, &o->v.Constant.value);
        if (!v) { err_clear(c->ts); return NULL; }
        Object *r = e->v.UnaryOp.op == UOP_USub ? obj_neg(c->ts, v)
                  : e->v.UnaryOp.op == UOP_UAdd ? obj_pos(c->ts, v) : obj_invert(c->ts, v);
        DECREF(v);
        if (!r) err_clear(c->ts);
        return r;
    }
    case NODE_BinOp:
        return fold_binop(c, e);
    case NODE_Tuple: {
        if (has_starred(&e->v.Tuple.elts)) return NULL;
        if (e->v.Tuple.elts.count == 0) return tuple_new(c->ts, 0);
        return const_tuple_of(c, &e->v.Tuple.elts);
    }
    default:
        return NULL;
    }
}

static bool comp_binop(Compiler *c, const Node *e) {
    Object *folded = fold_binop(c, e);
    if (folded) return comp_load_const_steal(c, folded);
    CHECK(comp_expr(c, e->v.BinOp.left));
    CHECK(comp_expr(c, e->v.BinOp.right));
    set_loc(c, e);
    CodePos *p = &c->u->loc;
    p->anchor_kind = ANCHOR_BINOP;
    p->anchor_a = e->v.BinOp.left->end_col_offset;
    p->anchor_b = e->v.BinOp.right->col_offset;
    if (e->v.BinOp.left->end_lineno != e->lineno || e->v.BinOp.right->lineno != e->lineno)
        p->anchor_kind = ANCHOR_NONE;
    return emit(c, OP_BINARY_OP, binop_of[e->v.BinOp.op]);
}

static bool comp_unaryop(Compiler *c, const Node *e) {
    const Node *o = e->v.UnaryOp.operand;
    /* -1 => LOAD_CONST -1 */
    if (o->kind == NODE_Constant && e->v.UnaryOp.op != UOP_Not) {
        ConstKind k = o->v.Constant.value.kind;
        if (k == CONST_INT || k == CONST_FLOAT || (k == CONST_IMAG && e->v.UnaryOp.op != UOP_Invert) || (k == CONST_TRUE && e->v.UnaryOp.op != UOP_Invert) ||
            (k == CONST_FALSE && e->v.UnaryOp.op != UOP_Invert)) {
            Object *v = const_object(c, &o->v.Constant.value);
            if (!v) return comp_fail(c);
            Object *r = e->v.UnaryOp.op == UOP_USub ? obj_neg(c->ts, v)
                      : e->v.UnaryOp.op == UOP_UAdd ? obj_pos(c->ts, v) : obj_invert(c->ts, v);
            DECREF(v);
            if (r) return comp_load_const_steal(c, r);
            err_clear(c->ts);
        }
    }
    CHECK(comp_expr(c, o));
    set_loc(c, e);
    switch (e->v.UnaryOp.op) {
    case UOP_USub: return emit0(c, OP_UNARY_NEGATIVE);
    case UOP_UAdd: return emit0(c, OP_UNARY_POSITIVE);
    case UOP_Invert: return emit0(c, OP_UNARY_INVERT);
    default: return emit0(c, OP_UNARY_NOT);
    }
}

/* a and b  =>  <a> JUMP_IF_FALSE_OR_POP E; <b>; E: */
static bool comp_boolop(Compiler *c, const Node *e) {
    int end = new_label(c);
    Opcode op = e->v.BoolOp.op == BOOL_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    const NodeList *vals = &e->v.BoolOp.values;
    for (int i = 0; i < vals->count; i++) {
        CHECK(comp_expr(c, vals->items[i]));
        if (i < vals->count - 1) CHECK(emit_jump(c, op, end));
    }
    place(c, end);
    return true;
}

static bool comp_cmpop(Compiler *c, CmpOpKind op) {
    switch (op) {
    case CMP_Eq: return emit(c, OP_COMPARE_OP, CMP_EQ);
    case CMP_NotEq: return emit(c, OP_COMPARE_OP, CMP_NE);
    case CMP_Lt: return emit(c, OP_COMPARE_OP, CMP_LT);
    case CMP_LtE: return emit(c, OP_COMPARE_OP, CMP_LE);
    case CMP_Gt: return emit(c, OP_COMPARE_OP, CMP_GT);
    case CMP_GtE: return emit(c, OP_COMPARE_OP, CMP_GE);
    case CMP_Is: return emit(c, OP_IS_OP, 0);
    case CMP_IsNot: return emit(c, OP_IS_OP, 1);
    case CMP_In: return emit(c, OP_CONTAINS_OP, 0);
    default: return emit(c, OP_CONTAINS_OP, 1);
    }
}

/* May [e] be an operand of `is`? CPython's check_is_arg: anything but a
 * constant (after folding: 1, -1, "s", (1, 2)) other than None, True,
 * False and Ellipsis, whose identity is the point. */
static bool is_operand_ok(Compiler *c, const Node *e) {
    if (e->kind == NODE_Constant) {
        ConstKind k = e->v.Constant.value.kind;
        return k == CONST_NONE || k == CONST_TRUE || k == CONST_FALSE || k == CONST_ELLIPSIS;
    }
    Object *o = comp_fold(c, e);
    if (!o) return true;
    DECREF(o);
    return false;
}

/* `x is 1` compares identities where equality was almost surely meant:
 * CPython 3.11's compiler warns (SyntaxWarning) for each such `is` or
 * `is not`, at the line of the comparison, every time it compiles it (a
 * finally body, compiled twice, warns twice). */
static void warn_is_literal(Compiler *c, const Node *e) {
    const CmpOpList *ops = &e->v.Compare.ops;
    bool left = is_operand_ok(c, e->v.Compare.left);
    for (int i = 0; i < ops->count; i++) {
        bool right = is_operand_ok(c, e->v.Compare.comparators.items[i]);
        CmpOpKind op = ops->items[i];
        if ((op == CMP_Is || op == CMP_IsNot) && !(left && right))
            err_warn_show(c->ts, &ExcSyntaxWarning, c->filename, e->lineno,
                          op == CMP_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                       : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
}

static void warn_is_literal_visit(Node *n, void *c) {
    if (n->kind == NODE_Compare) warn_is_literal(c, n);
}

/* The warnings of a second compile of [e], which CPython does where it
 * compiles an expression twice and minipy once (the test at the end of a
 * while loop whose body always leaves: CPython compiles it, then drops it). */
static bool warn_is_literal_again(Compiler *c, const Node *e) {
    return ast_walk((Node *)e, warn_is_literal_visit, c) || comp_no_memory(c);
}

/* a < b < c  =>  <a> <b> SWAP 2; COPY 2; COMPARE_OP <; JUMP_IF_FALSE_OR_POP C;
 *               <c> COMPARE_OP <; JUMP_FORWARD E; C: SWAP 2; POP_TOP; E:
 * (the middle operand is evaluated once and kept for the next comparison) */
static bool comp_compare(Compiler *c, const Node *e) {
    const CmpOpList *ops = &e->v.Compare.ops;
    const NodeList *rhs = &e->v.Compare.comparators;
    warn_is_literal(c, e);
    CHECK(comp_expr(c, e->v.Compare.left));
    if (ops->count == 1) {
        bool done = false;
        if (ops->items[0] == CMP_In || ops->items[0] == CMP_NotIn) {
            CodePos saved = c->u->loc;
            set_loc(c, rhs->items[0]);
            CHECK(comp_const_container(c, rhs->items[0], &done));
            c->u->loc = saved;
        }
        if (!done) CHECK(comp_expr(c, rhs->items[0]));
        set_loc(c, e);
        return comp_cmpop(c, ops->items[0]);
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < ops->count - 1; i++) {
        CHECK(comp_expr(c, rhs->items[i]));
        set_loc(c, e);
        CHECK(emit(c, OP_SWAP, 2));
        CHECK(emit(c, OP_COPY, 2));
        CHECK(comp_cmpop(c, ops->items[i]));
        CHECK(emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    CHECK(comp_expr(c, rhs->items[ops->count - 1]));
    set_loc(c, e);
    CHECK(comp_cmpop(c, ops->items[ops->count - 1]));
    CHECK(emit_jump(c, OP_JUMP_FORWARD, end));
    place(c, cleanup);
    CHECK(emit(c, OP_SWAP, 2));
    CHECK(emit0(c, OP_POP_TOP));
    place(c, end);
    return true;
}

/* Jump to [label] if [e] is [cond]; `not`, `and`, `or` and chained
 * comparisons become jumps instead of values, as CPython does, and
 * `x is None` / `x is not None` a POP_JUMP_*_IF_NONE / _IF_NOT_NONE. */
bool comp_jump_if(Compiler *c, const Node *e, int label, bool cond) {
    CHECK(comp_stack_ok(c));
    if (e->kind == NODE_UnaryOp && e->v.UnaryOp.op == UOP_Not)
        return comp_jump_if(c, e->v.UnaryOp.operand, label, !cond);
    if (e->kind == NODE_BoolOp) {
        bool is_or = e->v.BoolOp.op == BOOL_Or;
        const NodeList *vals = &e->v.BoolOp.values;
        int next = is_or == cond ? label : new_label(c);
        for (int i = 0; i < vals->count - 1; i++)
            CHECK(comp_jump_if(c, vals->items[i], next, is_or));
        CHECK(comp_jump_if(c, vals->items[vals->count - 1], label, cond));
        if (next != label) place(c, next);
        return true;
    }
    if (e->kind == NODE_Compare && e->v.Compare.ops.count == 1 &&
        (e->v.Compare.ops.items[0] == CMP_Is || e->v.Compare.ops.items[0] == CMP_IsNot)) {
        const Node *right = e->v.Compare.comparators.items[0];
        if (right->kind == NODE_Constant && right->v.Constant.value.kind == CONST_NONE) {
            /* x is None  =>  <x> POP_JUMP_FORWARD_IF_NONE, as 3.11 has it */
            bool none = (e->v.Compare.ops.items[0] == CMP_Is) == cond;
            CHECK(comp_expr(c, e->v.Compare.left));
            set_loc(c, e);
            return emit_jump(c, none ? OP_POP_JUMP_FORWARD_IF_NONE : OP_POP_JUMP_FORWARD_IF_NOT_NONE, label);
        }
    }
    CHECK(comp_expr(c, e));
    /* POP_JUMP_BACKWARD_IF_* instead when [label] is behind (assemble()) */
    return emit_jump(c, cond ? OP_POP_JUMP_FORWARD_IF_TRUE : OP_POP_JUMP_FORWARD_IF_FALSE, label);
}

/* x if t else y  =>  <t> POP_JUMP_FORWARD_IF_FALSE E; <x>; JUMP_FORWARD D; E: <y>; D: */
static bool comp_ifexp(Compiler *c, const Node *e) {
    int orelse = new_label(c), end = new_label(c);
    CHECK(comp_jump_if(c, e->v.IfExp.test, orelse, false));
    CHECK(comp_expr(c, e->v.IfExp.body));
    CHECK(emit_jump(c, OP_JUMP_FORWARD, end));
    place(c, orelse);
    CHECK(comp_expr(c, e->v.IfExp.orelse));
    place(c, end);
    return true;
}

static bool comp_slice_parts(Compiler *c, const Node *s) {
    if (s->v.Slice.lower) CHECK(comp_expr(c, s->v.Slice.lower));
    else CHECK(load_none(c));
    if (s->v.Slice.upper) CHECK(comp_expr(c, s->v.Slice.upper));
    else CHECK(load_none(c));
    if (s->v.Slice.step) {
        CHECK(comp_expr(c, s->v.Slice.step));
        return emit(c, OP_BUILD_SLICE, 3);
    }
    return emit(c, OP_BUILD_SLICE, 2);
}

static void subscript_anchor(Compiler *c, const Node *e) {
    CodePos *p = &c->u->loc;
    if (e->v.Subscript.value->end_lineno == e->lineno && e->v.Subscript.slice->end_lineno == e->lineno) {
        p->anchor_kind = ANCHOR_SUBSCRIPT;
        p->anchor_a = e->v.Subscript.value->end_col_offset;
        p->anchor_b = e->v.Subscript.slice->end_col_offset + 1;
    }
}

static bool comp_subscript(Compiler *c, const Node *e) {
    CHECK(comp_expr(c, e->v.Subscript.value));
    CHECK(comp_expr(c, e->v.Subscript.slice));
    set_loc(c, e);
    subscript_anchor(c, e);
    if (e->v.Subscript.ctx == CTX_Load) return emit0(c, OP_BINARY_SUBSCR);
    if (e->v.Subscript.ctx == CTX_Del) return emit0(c, OP_DELETE_SUBSCR);
    return emit0(c, OP_STORE_SUBSCR);
}

/* f"a{x!r:>{w}}" => 'a'; <x> <w> FORMAT_VALUE; BUILD_STRING n */
static bool comp_joinedstr(Compiler *c, const Node *e) {
    const NodeList *vals = &e->v.JoinedStr.values;
    if (vals->count == 0) return comp_load_const_steal(c, str_new(c->ts, "", 0));
    for (int i = 0; i < vals->count; i++) CHECK(comp_expr(c, vals->items[i]));
    if (vals->count > 1) return emit(c, OP_BUILD_STRING, (uint32_t)vals->count);
    if (vals->items[0]->kind == NODE_Constant) return true;
    return true;
}

static bool comp_formatted(Compiler *c, const Node *e) {
    CHECK(comp_expr(c, e->v.FormattedValue.value));
    int conv = e->v.FormattedValue.conversion;
    uint32_t flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.FormattedValue.format_spec) {
        CHECK(comp_expr(c, e->v.FormattedValue.format_spec));
        flags |= 4;
    }
    set_loc(c, e);
    return emit(c, OP_FORMAT_VALUE, flags);
}

/* The qualified name of a function or class defined now: outer.<locals>.f */
static Object *make_qualname(Compiler *c, const char *name) {
    Unit *u = c->u;
    if (u->block->kind == BLOCK_MODULE) return str_from_cstr(c->ts, name);
    /* a global name is qualified by itself alone */
    Symbol *s = sym_lookup(u->block, name);
    if (s && s->scope == GLOBAL_EXPLICIT) return str_from_cstr(c->ts, name);
    const char *base = STR_DATA(u->qualname);
    if (u->block->kind == BLOCK_FUNCTION) return str_format(c->ts, "%s.<locals>.%s", base, name);
    return str_format(c->ts, "%s.%s", base, name);
}

/* Build a closure tuple for the new code object [co] (its free variables,
 * taken from this unit's cells) and make the function.
 *   => [LOAD_CLOSURE i ... BUILD_TUPLE n]; LOAD_CONST <code>; MAKE_FUNCTION flags */
static bool make_function(Compiler *c, Object *co, uint32_t flags) {
    CodeObject *code = (CodeObject *)co;
    Unit *u = c->u;
    /* [co] is taken over: every way out releases it or hands it on */
#undef CHECK
#define CHECK(x) do { if (!(x)) { DECREF(co); return false; } } while (0)
    if (code->nfrees) {
        for (int i = 0; i < code->nfrees; i++) {
            const char *name = STR_DATA(TUPLE_GET(code->freevars, i));
            int idx = lookup_index(c, u->cellvars_map, name);
            if (idx < 0) {
                idx = lookup_index(c, u->freevars_map, name);
                if (idx >= 0) idx += (int)LIST_SIZE(u->cellvars);
            }
            if (idx < 0) {
                DECREF(co);
                return comp_error(c, u->block->node ? u->block->node : c->st->top->node,
                                  "internal compiler error: no cell for free variable '%s'", name);
            }
            CHECK(emit(c, OP_LOAD_CLOSURE, (uint32_t)idx));
        }
        CHECK(emit(c, OP_BUILD_TUPLE, (uint32_t)code->nfrees));
        flags |= 8;
    }
#undef CHECK
#define CHECK(x) do { if (!(x)) return false; } while (0)
    return comp_load_const_steal(c, co) && emit(c, OP_MAKE_FUNCTION, flags);
}

/* The body of a function unit: cells, then the statements, then the
 * implicit `return None`. */
static bool comp_prologue(Compiler *c) {
    Unit *u = c->u;
    for (size_t i = 0; i < LIST_SIZE(u->cellvars); i++) CHECK(emit(c, OP_MAKE_CELL, (uint32_t)i));
    if (LIST_SIZE(u->freevars)) CHECK(emit(c, OP_COPY_FREE_VARS, (uint32_t)LIST_SIZE(u->freevars)));
    return true;
}

/* True when an instruction emitted now could never run: the last one
 * returns, raises or jumps away, and no jump lands after it (an `if` whose
 * branch returns leaves its false edge pointing there). CPython 3.11 drops
 * such code; minipy does not emit it (the jump back after a `break`, the
 * `return None` after a `while True:` loop). */
bool comp_unreachable(Unit *u) {
    if (!u->ninstrs) return false;
    switch (u->instrs[u->ninstrs - 1].op) {
    case OP_RETURN_VALUE: case OP_RAISE_VARARGS: case OP_RERAISE:
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: break;
    default: return false;
    }
    for (int i = 0; i < u->nlabels; i++) {
        if (u->label_pos[i] != u->ninstrs) continue;
        /* a label here that nothing jumps to (the exit of a `while True:`
         * without a break) does not make it reachable */
        for (int k = 0; k < u->ninstrs; k++)
            if (u->instrs[k].target == i || u->instrs[k].handler == i) return false;
    }
    return true;
}

/* Defaults, keyword defaults and annotations are evaluated where the def
 * statement runs; returns the MAKE_FUNCTION flags for them. */
static bool comp_defaults(Compiler *c, const Node *args, uint32_t *flags) {
    *flags = 0;
    if (!args) return true;
    const NodeList *defaults = &args->v.arguments.defaults;
    if (defaults->count) {
        for (int i = 0; i < defaults->count; i++) CHECK(comp_expr(c, defaults->items[i]));
        CHECK(emit(c, OP_BUILD_TUPLE, (uint32_t)defaults->count));
        *flags |= 1;
    }
    const NodeList *kwonly = &args->v.arguments.kwonlyargs, *kwd = &args->v.arguments.kw_defaults;
    int nkw = 0;
    for (int i = 0; i < kwd->count; i++) {
        if (!kwd->items[i]) continue;
        const char *name = mangle(c, kwonly->items[i]->v.arg.arg);
        CHECK(name && comp_load_const_steal(c, str_intern_cstr(c->ts, name)));
        CHECK(comp_expr(c, kwd->items[i]));
        nkw++;
    }
    if (nkw) {
        CHECK(emit(c, OP_BUILD_MAP, (uint32_t)nkw));
        *flags |= 2;
    }
    return true;
}

/* ---- annotations (issue 17) ---- */

/* Under `from __future__ import annotations` (PEP 563) an annotation is
 * not evaluated: its value is its text, as CPython prints the tree again
 * (parser/unparse.c). A new reference, NULL when out of memory. */
static Object *annotation_text(Compiler *c, const Node *e) {
    StrBuf sb;
    strbuf_init(&sb);
    if (!ast_unparse(&sb, e, c->ts->stack_lo + c->ts->stack_reserve)) {
        strbuf_free(&sb);
        if (!c->failed)
            err_set_string(c->ts, &ExcRecursionError, "maximum recursion depth exceeded during compilation");
        comp_fail(c);
        return NULL;
    }
    if (sb.failed) {
        strbuf_free(&sb);
        comp_no_memory(c);
        return NULL;
    }
    Object *text = str_new(c->ts, sb.data ? sb.data : "", sb.len);
    strbuf_free(&sb);
    if (!text) comp_fail(c);
    return text;
}

static bool future_annotations(const Compiler *c) {
    return (c->future.features & CO_FUTURE_ANNOTATIONS) != 0;
}

/* x: A  =>  <A>, or LOAD_CONST 'A' under the future import */
static bool comp_annotation(Compiler *c, const Node *e) {
    if (!future_annotations(c)) return comp_expr(c, e);
    Object *text = annotation_text(c, e);
    return text && comp_load_const_steal(c, text);
}

/* The (name, annotation) pairs of a def, in CPython's order: the plain
 * parameters, then the positional-only ones, *args, the keyword-only
 * ones, **kwargs and 'return'. */
static int collect_annotations(const Node *args, const Node *returns, const char **names, const Node **values) {
    int n = 0;
#define PAIR(name_, value_) do { if (value_) { if (names) { names[n] = (name_); values[n] = (value_); } n++; } } while (0)
    if (args) {
        const NodeList *a = &args->v.arguments.args;
        for (int i = 0; i < a->count; i++) PAIR(a->items[i]->v.arg.arg, a->items[i]->v.arg.annotation);
        a = &args->v.arguments.posonlyargs;
        for (int i = 0; i < a->count; i++) PAIR(a->items[i]->v.arg.arg, a->items[i]->v.arg.annotation);
        const Node *v = args->v.arguments.vararg;
        if (v) PAIR(v->v.arg.arg, v->v.arg.annotation);
        a = &args->v.arguments.kwonlyargs;
        for (int i = 0; i < a->count; i++) PAIR(a->items[i]->v.arg.arg, a->items[i]->v.arg.annotation);
        v = args->v.arguments.kwarg;
        if (v) PAIR(v->v.arg.arg, v->v.arg.annotation);
    }
    PAIR("return", returns);
#undef PAIR
    return n;
}

/* def f(a: A) -> R  =>  LOAD_CONST 'a'; <A>; LOAD_CONST 'return'; <R>; BUILD_TUPLE 4
 * (MAKE_FUNCTION flag 4; the function makes its __annotations__ dict from
 * the tuple when it is first asked). Under the future import every value is
 * a string, and the tuple is one constant, as CPython folds it. */
static bool comp_annotations(Compiler *c, const Node *args, const Node *returns, uint32_t *flags) {
    int n = collect_annotations(args, returns, NULL, NULL);
    if (!n) return true;
    const char **names = arena_alloc(c->arena, sizeof *names * (size_t)n);
    const Node **values = arena_alloc(c->arena, sizeof *values * (size_t)n);
    if (!names || !values) return comp_no_memory(c);
    collect_annotations(args, returns, names, values);
    *flags |= 4;
    if (future_annotations(c)) {
        Object *pairs = tuple_new(c->ts, 2 * (size_t)n);
        if (!pairs) return comp_fail(c);
        for (int i = 0; i < n; i++) {
            const char *name = mangle(c, names[i]);
            Object *key = name ? str_intern_cstr(c->ts, name) : NULL;
            if (!key) { DECREF(pairs); return name ? comp_fail(c) : false; }
            TUPLE_SET_STEAL(pairs, 2 * i, key);
            Object *text = annotation_text(c, values[i]);
            if (!text) { DECREF(pairs); return false; }
            TUPLE_SET_STEAL(pairs, 2 * i + 1, text);
        }
        return comp_load_const_steal(c, pairs);
    }
    for (int i = 0; i < n; i++) {
        const char *name = mangle(c, names[i]);
        CHECK(name && comp_load_const_steal(c, str_intern_cstr(c->ts, name)));
        if (values[i]->kind == NODE_Starred) {
            /* *args: *Ts (PEP 646): the value is the one item of the unpacking */
            CHECK(comp_expr(c, values[i]->v.Starred.value));
            CHECK(emit(c, OP_UNPACK_SEQUENCE, 1));
        } else {
            CHECK(comp_expr(c, values[i]));
        }
    }
    return emit(c, OP_BUILD_TUPLE, 2 * (uint32_t)n);
}

/* A statement list holds an annotated assignment, maybe inside a compound
 * statement but not in a def or class (CPython 3.11's find_ann): its
 * module or class namespace then gets an __annotations__ dict. */
static bool find_ann(const NodeList *stmts) {
    for (int i = 0; i < stmts->count; i++) {
        const Node *s = stmts->items[i];
        switch (s->kind) {
        case NODE_AnnAssign: return true;
        case NODE_For:
        case NODE_AsyncFor:
            if (find_ann(&s->v.For.body) || find_ann(&s->v.For.orelse)) return true;
            break;
        case NODE_While:
            if (find_ann(&s->v.While.body) || find_ann(&s->v.While.orelse)) return true;
            break;
        case NODE_If:
            if (find_ann(&s->v.If.body) || find_ann(&s->v.If.orelse)) return true;
            break;
        case NODE_With:
        case NODE_AsyncWith:
            if (find_ann(&s->v.With.body)) return true;
            break;
        case NODE_Try:
        case NODE_TryStar:
            for (int k = 0; k < s->v.Try.handlers.count; k++)
                if (find_ann(&s->v.Try.handlers.items[k]->v.ExceptHandler.body)) return true;
            if (find_ann(&s->v.Try.body) || find_ann(&s->v.Try.finalbody) || find_ann(&s->v.Try.orelse))
                return true;
            break;
        case NODE_Match:
            for (int k = 0; k < s->v.Match.cases.count; k++)
                if (find_ann(&s->v.Match.cases.items[k]->v.match_case.body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

static int count_params(const Node *args, int *posonly, int *kwonly, int *flags) {
    *posonly = args ? args->v.arguments.posonlyargs.count : 0;
    *kwonly = args ? args->v.arguments.kwonlyargs.count : 0;
    *flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (args && args->v.arguments.vararg) *flags |= CO_VARARGS;
    if (args && args->v.arguments.kwarg) *flags |= CO_VARKEYWORDS;
    return args ? args->v.arguments.posonlyargs.count + args->v.arguments.args.count : 0;
}

static bool is_docstring(const Node *s) {
    return s->kind == NODE_Expr && s->v.Expr.value->kind == NODE_Constant &&
           s->v.Expr.value->v.Constant.value.kind == CONST_STR;
}

/* def f(a, b=1): body
 *   => [decorators] [defaults] <closure> LOAD_CONST <code f>; MAKE_FUNCTION;
 *      [CALL 1 per decorator]; STORE f */
static bool comp_function(Compiler *c, const Node *s, bool is_lambda) {
    const Node *args = is_lambda ? s->v.Lambda.args : s->v.FunctionDef.args;
    const char *name = is_lambda ? "<lambda>" : s->v.FunctionDef.name;
    const NodeList *decos = is_lambda ? NULL : &s->v.FunctionDef.decorator_list;
    if (decos) {
        for (int i = 0; i < decos->count; i++) {
            CHECK(emit0(c, OP_PUSH_NULL));
            CHECK(comp_expr(c, decos->items[i]));
        }
    }
    uint32_t flags;
    CHECK(comp_defaults(c, args, &flags));
    if (!is_lambda) CHECK(comp_annotations(c, args, s->v.FunctionDef.returns, &flags));
    Block *b = sym_block_for(c->u->block, s);
    if (!b) return comp_error(c, s, "internal compiler error: no scope for '%s'", name);
    Object *qual = make_qualname(c, name);
    if (!qual) return comp_fail(c);
    int firstline = s->lineno;
    if (decos && decos->count) firstline = decos->items[0]->lineno;
    if (!enter_unit(c, b, name, qual, firstline)) return false;
    Unit *u = c->u;
    u->argcount = count_params(args, &u->posonly, &u->kwonly, &u->flags);
    u->flags |= resumable_flags(b);
    if (b->is_nested) u->flags |= CO_NESTED;
    bool ok = comp_prologue(c);
    if (ok && is_lambda) {
        ok = comp_expr(c, s->v.Lambda.body);
        if (ok && !b->is_generator) ok = emit0(c, OP_RETURN_VALUE);
        else if (ok) ok = emit0(c, OP_POP_TOP) && load_none(c) && emit0(c, OP_RETURN_VALUE);
    } else if (ok) {
        const NodeList *body = &s->v.FunctionDef.body;
        int start = 0;
        if (body->count && is_docstring(body->items[0])) {
            const ConstValue *v = &body->items[0]->v.Expr.value->v.Constant.value;
            u->docstring = str_new(c->ts, v->text, v->len);
            if (!u->docstring) ok = comp_fail(c);
            start = 1;
        }
        for (int i = start; i < body->count && ok; i++) ok = comp_stmt(c, body->items[i]);
        if (ok && !comp_unreachable(u)) ok = return_none_noline(c);
    }
    Object *co = ok ? assemble(c) : NULL;
    leave_unit(c);
    if (!co) return false;
    set_loc(c, s);
    CHECK(make_function(c, co, flags));
    if (decos)
        for (int i = 0; i < decos->count; i++) CHECK(emit(c, OP_CALL, 1));
    if (!is_lambda) return comp_name(c, s->v.FunctionDef.name, NAME_STORE);
    return true;
}

/* class C(B, metaclass=M): body
 *   => PUSH_NULL; LOAD_BUILD_CLASS; <closure> LOAD_CONST <code C>; MAKE_FUNCTION;
 *      LOAD_CONST 'C'; <B> [<M> KW_NAMES ('metaclass',)]; CALL n; [decorators]; STORE C
 * The class body runs with its own namespace dict (LOAD_NAME/STORE_NAME)
 * and returns the __class__ cell when a method uses super(). */
static bool comp_class(Compiler *c, const Node *s) {
    const NodeList *decos = &s->v.ClassDef.decorator_list;
    for (int i = 0; i < decos->count; i++) {
        CHECK(emit0(c, OP_PUSH_NULL));
        CHECK(comp_expr(c, decos->items[i]));
    }
    Block *b = sym_block_for(c->u->block, s);
    if (!b) return comp_error(c, s, "internal compiler error: no scope for class");
    Object *qual = make_qualname(c, s->v.ClassDef.name);
    if (!qual) return comp_fail(c);
    int firstline = decos->count ? decos->items[0]->lineno : s->lineno;
    if (!enter_unit(c, b, s->v.ClassDef.name, qual, firstline)) return false;
    Unit *u = c->u;
    set_loc(c, s);
    bool ok = comp_prologue(c);
    /* __module__ = __name__; __qualname__ = 'C' */
    ok = ok && comp_name(c, "__name__", NAME_LOAD) && comp_name(c, "__module__", NAME_STORE);
    ok = ok && comp_load_const_steal(c, NEWREF(qual)) && comp_name(c, "__qualname__", NAME_STORE);
    const NodeList *body = &s->v.ClassDef.body;
    int start = 0;
    if (ok && find_ann(body)) ok = emit0(c, OP_SETUP_ANNOTATIONS);
    if (ok && body->count && is_docstring(body->items[0])) {
        const ConstValue *v = &body->items[0]->v.Expr.value->v.Constant.value;
        set_loc(c, body->items[0]);
        ok = comp_load_const_steal(c, str_new(c->ts, v->text, v->len)) && comp_name(c, "__doc__", NAME_STORE);
        start = 1;
    }
    for (int i = start; i < body->count && ok; i++) ok = comp_stmt(c, body->items[i]);
    if (ok) {
        if (b->needs_class_closure) {
            int idx = lookup_index(c, u->cellvars_map, "__class__");
            ok = emit(c, OP_LOAD_CLOSURE, (uint32_t)idx) && emit(c, OP_COPY, 1) &&
                 comp_name(c, "__classcell__", NAME_STORE) && emit0(c, OP_RETURN_VALUE);
        } else {
            ok = load_none(c) && emit0(c, OP_RETURN_VALUE);
        }
    }
    Object *co = ok ? assemble(c) : NULL;
    leave_unit(c);
    if (!co) return false;
    set_loc(c, s);
    if (!emit0(c, OP_PUSH_NULL) || !emit0(c, OP_LOAD_BUILD_CLASS)) {
        DECREF(co);
        return false;
    }
    CHECK(make_function(c, co, 0));
    CHECK(comp_load_const_steal(c, str_intern_cstr(c->ts, s->v.ClassDef.name)));
    /* the bases and keywords, called like any function */
    CHECK(comp_call_helper(c, 2, &s->v.ClassDef.bases, &s->v.ClassDef.keywords));
    for (int i = 0; i < decos->count; i++) CHECK(emit(c, OP_CALL, 1));
    return comp_name(c, s->v.ClassDef.name, NAME_STORE);
}

/* The loops of a comprehension, innermost last; [depth] counts the
 * iterators on the stack so LIST_APPEND finds the list below them. */
static bool comp_comprehension_loops(Compiler *c, const Node *e, const NodeList *gens, int gi,
                                     const Node *elt, const Node *value, int kind) {
    const Node *g = gens->items[gi];
    bool is_async = g->v.comprehension.is_async;
    int start = new_label(c), end = new_label(c), anchor = new_label(c);
    if (gi == 0) {
        CHECK(emit(c, OP_LOAD_FAST, 0));      /* .0, the first iterator */
    } else {
        CHECK(comp_expr(c, g->v.comprehension.iter));
        CHECK(emit0(c, is_async ? OP_GET_AITER : OP_GET_ITER));
    }
    place(c, start);
    int sh = 0, sd = 0;
    if (is_async) {
        /* async for: L: GET_ANEXT; <await>; STORE x ... JUMP_BACKWARD L;
         * A: END_ASYNC_FOR  (A catches what the awaiting raised) */
        push_handler(c, anchor, &sh, &sd);
        CHECK(emit0(c, OP_GET_ANEXT));
        CHECK(emit_yield_from_loop(c));
        pop_handler(c, sh, sd);
    } else {
        CHECK(emit_jump(c, OP_FOR_ITER, anchor));
    }
    CHECK(comp_store(c, g->v.comprehension.target));
    for (int i = 0; i < g->v.comprehension.ifs.count; i++)
        CHECK(comp_jump_if(c, g->v.comprehension.ifs.items[i], start, false));
    if (gi + 1 < gens->count) {
        CHECK(comp_comprehension_loops(c, e, gens, gi + 1, elt, value, kind));
    } else {
        int depth = gens->count + 1;
        switch (kind) {
        case NODE_GeneratorExp:
            CHECK(comp_expr(c, elt));
            if (c->u->flags & CO_ASYNC_GENERATOR) CHECK(emit0(c, OP_ASYNC_GEN_WRAP));
            CHECK(emit0(c, OP_YIELD_VALUE));
            CHECK(emit0(c, OP_POP_TOP));
            break;
        case NODE_ListComp:
            CHECK(comp_expr(c, elt));
            CHECK(emit(c, OP_LIST_APPEND, (uint32_t)depth));
            break;
        case NODE_SetComp:
            CHECK(comp_expr(c, elt));
            CHECK(emit(c, OP_SET_ADD, (uint32_t)depth));
            break;
        default:
            CHECK(comp_expr(c, elt));
            CHECK(comp_expr(c, value));
            CHECK(emit(c, OP_MAP_ADD, (uint32_t)depth));
            break;
        }
    }
    CHECK(emit_jump(c, OP_JUMP_BACKWARD, start));
    place(c, anchor);
    if (is_async) CHECK(emit0(c, OP_END_ASYNC_FOR));   /* the iterator and the exception */
    place(c, end);
    return true;
}

/* [x*2 for x in xs if x]
 *   => PUSH_NULL; LOAD_CONST <code listcomp>; MAKE_FUNCTION; <xs>; GET_ITER; CALL 1
 * and inside <listcomp>:
 *      BUILD_LIST 0; LOAD_FAST .0; L: FOR_ITER E; STORE x; <x> POP_JUMP_BACKWARD_IF_FALSE L;
 *      <x*2> LIST_APPEND 2; JUMP_BACKWARD L; E: RETURN_VALUE
 * The comprehension is a function of its own, so its variable does not leak. */
static bool comp_comprehension(Compiler *c, const Node *e) {
    const NodeList *gens;
    const Node *elt = NULL, *value = NULL;
    const char *name;
    switch (e->kind) {
    case NODE_ListComp: gens = &e->v.ListComp.generators; elt = e->v.ListComp.elt; name = "<listcomp>"; break;
    case NODE_SetComp: gens = &e->v.SetComp.generators; elt = e->v.SetComp.elt; name = "<setcomp>"; break;
    case NODE_DictComp:
        gens = &e->v.DictComp.generators; elt = e->v.DictComp.key; value = e->v.DictComp.value;
        name = "<dictcomp>";
        break;
    default: gens = &e->v.GeneratorExp.generators; elt = e->v.GeneratorExp.elt; name = "<genexpr>"; break;
    }
    Block *b = sym_block_for(c->u->block, e);
    if (!b) return comp_error(c, e, "internal compiler error: no scope for comprehension");
    Block *here = c->u->block;
    bool awaited = b->is_coroutine && e->kind != NODE_GeneratorExp;
    if (awaited && !here->is_coroutine)
        return comp_error(c, e, "asynchronous comprehension outside of an asynchronous function");
    CHECK(emit0(c, OP_PUSH_NULL));     /* before qual is ours: a failure here must not leak it */
    Object *qual = make_qualname(c, name);
    if (!qual) return comp_fail(c);
    if (!enter_unit(c, b, name, qual, e->lineno)) return false;
    Unit *u = c->u;
    u->argcount = 1;
    u->flags = CO_OPTIMIZED | CO_NEWLOCALS | resumable_flags(b);
    if (b->is_nested) u->flags |= CO_NESTED;
    set_loc(c, e);
    bool ok = comp_prologue(c);
    if (ok) {
        if (e->kind == NODE_ListComp) ok = emit(c, OP_BUILD_LIST, 0);
        else if (e->kind == NODE_SetComp) ok = emit(c, OP_BUILD_SET, 0);
        else if (e->kind == NODE_DictComp) ok = emit(c, OP_BUILD_MAP, 0);
    }
    ok = ok && comp_comprehension_loops(c, e, gens, 0, elt, value, e->kind);
    set_loc(c, e);
    if (ok && e->kind == NODE_GeneratorExp) ok = load_none(c);
    ok = ok && emit0(c, OP_RETURN_VALUE);
    Object *co = ok ? assemble(c) : NULL;
    leave_unit(c);
    if (!co) return false;
    CHECK(make_function(c, co, 0));
    bool folded = false;
    CHECK(comp_const_container(c, gens->items[0]->v.comprehension.iter, &folded));
    if (!folded) CHECK(comp_expr(c, gens->items[0]->v.comprehension.iter));
    set_loc(c, e);
    CHECK(emit0(c, gens->items[0]->v.comprehension.is_async ? OP_GET_AITER : OP_GET_ITER));
    CHECK(emit(c, OP_CALL, 1));
    /* a comprehension that awaits is a coroutine: await it here */
    if (awaited) CHECK(emit(c, OP_GET_AWAITABLE, 0) && emit_yield_from_loop(c));
    return true;
}

/* The arguments of a call whose callee (and NULL or self) are on the stack
 * already, with [nprefix] extra positional items pushed before the args
 * (a class's body function and name).
 *   f(a, b, k=1)   =>  <a> <b> <1> KW_NAMES ('k',); CALL 3
 *   f(x, *a, **k)  =>  <x> BUILD_LIST 1; <a> LIST_EXTEND 1; LIST_TO_TUPLE;
 *                      BUILD_MAP 0; <k> DICT_MERGE 1; CALL_FUNCTION_EX 1
 *   f(*a)          =>  <a> CALL_FUNCTION_EX 0 */
static bool comp_call_helper(Compiler *c, int nprefix, const NodeList *args, const NodeList *keywords) {
    bool dynamic = has_starred(args);
    for (int i = 0; i < keywords->count; i++)
        if (!keywords->items[i]->v.keyword.arg) dynamic = true;
    if (!dynamic) {
        for (int i = 0; i < args->count; i++) CHECK(comp_expr(c, args->items[i]));
        for (int i = 0; i < keywords->count; i++) CHECK(comp_expr(c, keywords->items[i]->v.keyword.value));
        if (keywords->count) {
            Object *names = tuple_new(c->ts, (size_t)keywords->count);
            if (!names) return comp_fail(c);
            for (int i = 0; i < keywords->count; i++) {
                Object *k = str_intern_cstr(c->ts, keywords->items[i]->v.keyword.arg);
                if (!k) { DECREF(names); return comp_fail(c); }
                TUPLE_SET_STEAL(names, i, k);
            }
            int idx = comp_add_const_steal(c, names);
            if (idx < 0) return false;
            CHECK(emit(c, OP_KW_NAMES, (uint32_t)idx));
        }
        return emit(c, OP_CALL, (uint32_t)(nprefix + args->count + keywords->count));
    }
    /* positional arguments as one tuple; a lone f(*a) passes a as it is
     * (CALL_FUNCTION_EX makes the tuple, and names f if a is not iterable) */
    if (nprefix == 0 && args->count == 1 && args->items[0]->kind == NODE_Starred) {
        CHECK(comp_expr(c, args->items[0]->v.Starred.value));
    } else {
        int pending = nprefix;
        bool built = false;
        for (int i = 0; i < args->count; i++) {
            const Node *a = args->items[i];
            if (a->kind == NODE_Starred) {
                if (!built) {
                    CHECK(emit(c, OP_BUILD_LIST, (uint32_t)pending));
                    built = true;
                }
                CHECK(comp_expr(c, a->v.Starred.value));
                CHECK(emit(c, OP_LIST_EXTEND, 1));
            } else {
                CHECK(comp_expr(c, a));
                if (built) CHECK(emit(c, OP_LIST_APPEND, 1));
                else pending++;
            }
        }
        if (built) CHECK(emit0(c, OP_LIST_TO_TUPLE));
        else CHECK(emit(c, OP_BUILD_TUPLE, (uint32_t)pending));
    }
    /* keyword arguments as one dict */
    if (keywords->count) {
        int npairs = 0;
        bool have_dict = false;
        for (int i = 0; i < keywords->count; i++) {
            const Node *k = keywords->items[i];
            if (!k->v.keyword.arg) {
                if (!have_dict) {
                    CHECK(emit(c, OP_BUILD_MAP, (uint32_t)npairs));
                    have_dict = true;
                } else if (npairs) {
                    CHECK(emit(c, OP_BUILD_MAP, (uint32_t)npairs));
                    CHECK(emit(c, OP_DICT_MERGE, 1));
                }
                npairs = 0;
                CHECK(comp_expr(c, k->v.keyword.value));
                CHECK(emit(c, OP_DICT_MERGE, 1));
            } else {
                CHECK(comp_load_const_steal(c, str_intern_cstr(c->ts, k->v.keyword.arg)));
                CHECK(comp_expr(c, k->v.keyword.value));
                npairs++;
            }
        }
        if (npairs) {
            CHECK(emit(c, OP_BUILD_MAP, (uint32_t)npairs));
            if (have_dict) CHECK(emit(c, OP_DICT_MERGE, 1));
        }
        return emit(c, OP_CALL_FUNCTION_EX, 1);
    }
    return emit(c, OP_CALL_FUNCTION_EX, 0);
}

/* An attribute [attr] that ends on a later line than it starts: the
 * position [p] starts at the attribute's name instead (CPython 3.11's
 * update_start_location_to_match_attr), so that a traceback through
 *     return cls(
 *         ...).encode(obj)
 * shows the line `...).encode(obj)` with carets from `encode`. */
static void start_at_attr_name(CodePos *p, const Node *attr) {
    if (attr->lineno == attr->end_lineno) return;
    int len = (int)strlen(attr->v.Attribute.attr);
    p->line = attr->end_lineno;
    p->col = len <= attr->end_col_offset ? attr->end_col_offset - len : -1;
    if (p->col < 0) p->end_col = -1;
    if (p->end_line < p->line) p->end_line = p->line;
    if (p->line == p->end_line && p->end_col >= 0 && p->end_col < p->col) p->end_col = p->col;
}

/* f(x)     =>  PUSH_NULL; <f>; <x>; CALL 1    (LOAD_GLOBAL f pushes the NULL itself)
 * o.m(x)   =>  <o>; LOAD_METHOD m; <x>; CALL 1 */
static bool comp_call(Compiler *c, const Node *e) {
    const Node *f = e->v.Call.func;
    bool dynamic = has_starred(&e->v.Call.args);
    for (int i = 0; i < e->v.Call.keywords.count; i++)
        if (!e->v.Call.keywords.items[i]->v.keyword.arg) dynamic = true;
    if (f->kind == NODE_Attribute && !dynamic) {
        CHECK(comp_expr(c, f->v.Attribute.value));
        set_loc(c, f);
        start_at_attr_name(&c->u->loc, f);
        int idx = comp_add_name(c, mangle(c, f->v.Attribute.attr));
        if (idx < 0) return false;
        CHECK(emit(c, OP_LOAD_METHOD, (uint32_t)idx));
    } else {
        Unit *u = c->u;
        int at = u->ninstrs;
        CHECK(emit0(c, OP_PUSH_NULL));
        CHECK(comp_expr(c, f));
        if (u->ninstrs == at + 2 && u->instrs[at + 1].op == OP_LOAD_GLOBAL && !(u->instrs[at + 1].arg & 1)) {
            /* LOAD_GLOBAL pushes the NULL itself: fold the PUSH_NULL into it */
            u->instrs[at] = u->instrs[at + 1];
            u->instrs[at].arg |= 1;
            u->ninstrs--;
        }
    }
    CHECK(comp_call_helper(c, 0, &e->v.Call.args, &e->v.Call.keywords));
    /* the call instruction carries the whole call's position */
    c->u->instrs[c->u->ninstrs - 1].pos.line = e->lineno;
    c->u->instrs[c->u->ninstrs - 1].pos.end_line = e->end_lineno;
    c->u->instrs[c->u->ninstrs - 1].pos.col = e->col_offset;
    c->u->instrs[c->u->ninstrs - 1].pos.end_col = e->end_col_offset;
    c->u->instrs[c->u->ninstrs - 1].pos.anchor_kind = ANCHOR_NONE;
    if (f->kind == NODE_Attribute && !dynamic) start_at_attr_name(&c->u->instrs[c->u->ninstrs - 1].pos, f);
    return true;
}

static bool in_function(Compiler *c) { return c->u->block->kind == BLOCK_FUNCTION; }

/* In the body of an async def (not a lambda, class or def inside it); a
 * comprehension there is a function of its own, and may await when the
 * symbol table made it a coroutine. */
static bool in_async_function(Compiler *c) { return c->u->block->is_coroutine; }

static bool emit_yield_from_loop(Compiler *c) {
    int send = new_label(c), exit = new_label(c);
    CHECK(load_none(c));
    place(c, send);
    CHECK(emit_jump(c, OP_SEND, exit) && emit0(c, OP_YIELD_VALUE) && emit_jump(c, OP_JUMP_BACKWARD, send));
    place(c, exit);
    return true;
}

bool comp_expr(Compiler *c, const Node *e) {
    if (c->failed || !comp_stack_ok(c)) return false;
    CodePos saved = c->u->loc;
    set_loc(c, e);
    bool ok;
    switch (e->kind) {
    case NODE_Constant: ok = comp_constant(c, e); break;
    case NODE_Name:
        if (e->v.Name.ctx != CTX_Load) return comp_error(c, e, "internal compiler error: store in load");
        ok = comp_name(c, e->v.Name.id, NAME_LOAD);
        break;
    case NODE_BinOp: ok = comp_binop(c, e); break;
    case NODE_UnaryOp: ok = comp_unaryop(c, e); break;
    case NODE_BoolOp: ok = comp_boolop(c, e); break;
    case NODE_Compare: ok = comp_compare(c, e); break;
    case NODE_IfExp: ok = comp_ifexp(c, e); break;
    case NODE_Call: ok = comp_call(c, e); break;
    case NODE_Attribute: {
        ok = comp_expr(c, e->v.Attribute.value);
        set_loc(c, e);
        start_at_attr_name(&c->u->loc, e);
        int idx = comp_add_name(c, mangle(c, e->v.Attribute.attr));
        ok = ok && idx >= 0 && emit(c, OP_LOAD_ATTR, (uint32_t)idx);
        break;
    }
    case NODE_Subscript: ok = comp_subscript(c, e); break;
    case NODE_Slice: ok = comp_slice_parts(c, e); break;
    case NODE_Tuple: ok = comp_tuple(c, e); break;
    case NODE_List: ok = comp_list(c, e); break;
    case NODE_Set: ok = comp_set(c, e); break;
    case NODE_Dict: ok = comp_dict(c, e); break;
    case NODE_ListComp:
    case NODE_SetComp:
    case NODE_DictComp:
    case NODE_GeneratorExp: ok = comp_comprehension(c, e); break;
    case NODE_Lambda: ok = comp_function(c, e, true); break;
    case NODE_JoinedStr: ok = comp_joinedstr(c, e); break;
    case NODE_FormattedValue: ok = comp_formatted(c, e); break;
    case NODE_NamedExpr:
        ok = comp_expr(c, e->v.NamedExpr.value) && emit(c, OP_COPY, 1) &&
             comp_store(c, e->v.NamedExpr.target);
        break;
    case NODE_Yield:
        /* yield v  =>  <v> YIELD_VALUE, in an async generator
         *              <v> ASYNC_GEN_WRAP; YIELD_VALUE */
        if (!in_function(c)) return comp_error(c, e, "'yield' outside function");
        ok = e->v.Yield.value ? comp_expr(c, e->v.Yield.value) : load_none(c);
        set_loc(c, e);
        if (ok && (c->u->flags & CO_ASYNC_GENERATOR)) ok = emit0(c, OP_ASYNC_GEN_WRAP);
        ok = ok && emit0(c, OP_YIELD_VALUE);
        break;
    case NODE_YieldFrom:
        /* yield from it  =>  <it> GET_YIELD_FROM_ITER; LOAD_CONST None;
         *                    L: SEND E; YIELD_VALUE; JUMP_BACKWARD L; E: */
        if (!in_function(c)) return comp_error(c, e, "'yield' outside function");
        if (c->u->flags & CO_ASYNC_GENERATOR) return comp_error(c, e, "'yield from' inside async function");
        ok = comp_expr(c, e->v.YieldFrom.value);
        set_loc(c, e);
        ok = ok && emit0(c, OP_GET_YIELD_FROM_ITER) && emit_yield_from_loop(c);
        break;
    case NODE_Await:
        /* await x  =>  <x> GET_AWAITABLE 0; LOAD_CONST None;
         *              L: SEND E; YIELD_VALUE; JUMP_BACKWARD L; E:
         * the same loop as yield from: what the awaitable yields goes up
         * to whoever drives the outermost coroutine (the event loop) */
        if (!in_function(c)) return comp_error(c, e, "'await' outside function");
        if (!in_async_function(c) && !c->u->block->is_comprehension)
            return comp_error(c, e, "'await' outside async function");
        ok = comp_expr(c, e->v.Await.value);
        set_loc(c, e);
        ok = ok && emit(c, OP_GET_AWAITABLE, 0) && emit_yield_from_loop(c);
        break;
    case NODE_Starred:
        return comp_error(c, e, "can't use starred expression here");
    default:
        return comp_error(c, e, "internal compiler error: unexpected %s", ast_kind_name(e->kind));
    }
    c->u->loc = saved;
    return ok;
}

/* ---- assignment targets -------------------------------------------------------------- */

/* a, *b, c = seq  =>  <seq> UNPACK_EX 1 | 1 << 8; STORE a; STORE b; STORE c */
static bool comp_unpack(Compiler *c, const Node *target, const NodeList *elts) {
    int star = -1;
    for (int i = 0; i < elts->count; i++) {
        if (elts->items[i]->kind == NODE_Starred) {
            if (star >= 0) return comp_error(c, target, "multiple starred expressions in assignment");
            star = i;
        }
    }
    if (star >= 0) {
        int after = elts->count - star - 1;
        if (star > 255 || after > 255)
            return comp_error(c, target, "too many expressions in star-unpacking assignment");
        CHECK(emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8))));
    } else {
        CHECK(emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts->count));
    }
    for (int i = 0; i < elts->count; i++) {
        const Node *t = elts->items[i];
        CHECK(comp_store(c, t->kind == NODE_Starred ? t->v.Starred.value : t));
    }
    return true;
}

static bool comp_store(Compiler *c, const Node *t) {
    CHECK(comp_stack_ok(c));
    CodePos saved = c->u->loc;
    set_loc(c, t);
    bool ok;
    switch (t->kind) {
    case NODE_Name: ok = comp_name(c, t->v.Name.id, NAME_STORE); break;
    case NODE_Attribute: {
        ok = comp_expr(c, t->v.Attribute.value);
        set_loc(c, t);
        int idx = comp_add_name(c, mangle(c, t->v.Attribute.attr));
        ok = ok && idx >= 0 && emit(c, OP_STORE_ATTR, (uint32_t)idx);
        break;
    }
    case NODE_Subscript:
        ok = comp_expr(c, t->v.Subscript.value) && comp_expr(c, t->v.Subscript.slice);
        set_loc(c, t);
        subscript_anchor(c, t);
        ok = ok && emit0(c, OP_STORE_SUBSCR);
        break;
    case NODE_Tuple: ok = comp_unpack(c, t, &t->v.Tuple.elts); break;
    case NODE_List: ok = comp_unpack(c, t, &t->v.List.elts); break;
    case NODE_Starred:
        return comp_error(c, t, "starred assignment target must be in a list or tuple");
    default:
        return comp_error(c, t, "cannot assign to %s", ast_kind_name(t->kind));
    }
    c->u->loc = saved;
    return ok;
}

static bool comp_delete(Compiler *c, const Node *t) {
    set_loc(c, t);
    switch (t->kind) {
    case NODE_Name: return comp_name(c, t->v.Name.id, NAME_DEL);
    case NODE_Attribute: {
        CHECK(comp_expr(c, t->v.Attribute.value));
        set_loc(c, t);
        int idx = comp_add_name(c, mangle(c, t->v.Attribute.attr));
        return idx >= 0 && emit(c, OP_DELETE_ATTR, (uint32_t)idx);
    }
    case NODE_Subscript:
        CHECK(comp_expr(c, t->v.Subscript.value));
        CHECK(comp_expr(c, t->v.Subscript.slice));
        set_loc(c, t);
        subscript_anchor(c, t);
        return emit0(c, OP_DELETE_SUBSCR);
    case NODE_Tuple:
    case NODE_List: {
        const NodeList *elts = t->kind == NODE_Tuple ? &t->v.Tuple.elts : &t->v.List.elts;
        for (int i = 0; i < elts->count; i++) CHECK(comp_delete(c, elts->items[i]));
        return true;
    }
    default:
        return comp_error(c, t, "cannot delete %s", ast_kind_name(t->kind));
    }
}

/* ---- leaving blocks early (return, break, continue) ------------------------------------ */

static bool push_fblock(Compiler *c, const Node *at, FBlockKind kind, int cont, int brk, const Node *node,
                        int outer_handler, int outer_depth) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) return comp_error(c, at, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = (FBlock){kind, cont, brk, node, outer_handler, outer_depth};
    return true;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* Emit what leaving [f] early needs. [preserve_tos]: a return value sits on
 * top of the stack and must stay there. */
static bool unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos) {
    Unit *u = c->u;
    switch (f->kind) {
    case FB_WHILE_LOOP:
        return true;
    case FB_FOR_LOOP:
        /* the iterator */
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        return emit0(c, OP_POP_TOP);
    case FB_TRY_EXCEPT:
        u->handler = f->outer_handler;
        u->handler_depth = f->outer_depth;
        return true;
    case FB_FINALLY_TRY: {
        u->handler = f->outer_handler;
        u->handler_depth = f->outer_depth;
        /* run the finally body here, as if the blocks from this one inward
         * were already left (a return inside it unwinds only outer blocks) */
        int index = (int)(f - u->fblocks);
        int saved_n = u->nfblocks;
        FBlock saved[MAX_FBLOCKS];
        memcpy(saved, u->fblocks, sizeof(FBlock) * (size_t)saved_n);
        u->nfblocks = index;
        /* a return value waiting under the body is one more block: a break,
         * continue or return in the body must drop it */
        if (preserve_tos) u->fblocks[u->nfblocks++] = (FBlock){.kind = FB_POP_VALUE};
        bool ok = comp_stmts(c, &saved[index].node->v.Try.finalbody);
        memcpy(u->fblocks, saved, sizeof(FBlock) * (size_t)saved_n);
        u->nfblocks = saved_n;
        return ok;
    }
    case FB_FINALLY_END:
        /* [prev_exc, exc]: drop the exception, restore the previous one */
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        CHECK(emit0(c, OP_POP_TOP));
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        u->handler = f->outer_handler;
        u->handler_depth = f->outer_depth;
        return emit0(c, OP_POP_EXCEPT);
    case FB_WITH:
    case FB_ASYNC_WITH:
        u->handler = f->outer_handler;
        u->handler_depth = f->outer_depth;
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        /* exit(None, None, None) with the exit method in the "method" slot */
        CHECK(load_none(c));
        CHECK(load_none(c));
        CHECK(load_none(c));
        CHECK(emit(c, OP_CALL, 2));
        if (f->kind == FB_ASYNC_WITH) CHECK(emit(c, OP_GET_AWAITABLE, 2) && emit_yield_from_loop(c));
        return emit0(c, OP_POP_TOP);
    case FB_EXCEPTION_GROUP_HANDLER:
        return true;                /* refused before unwinding (star_clause_in_way) */
    case FB_POP_VALUE:
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        return emit0(c, OP_POP_TOP);
    case FB_HANDLER_CLEANUP:
        if (preserve_tos) CHECK(emit(c, OP_SWAP, 2));
        u->handler = f->outer_handler;
        u->handler_depth = f->outer_depth;
        CHECK(emit0(c, OP_POP_EXCEPT));
        if (f->node && f->node->v.ExceptHandler.name) {
            CHECK(load_none(c));
            CHECK(comp_name(c, f->node->v.ExceptHandler.name, NAME_STORE));
            CHECK(comp_name(c, f->node->v.ExceptHandler.name, NAME_DEL));
        }
        return true;
    }
    return true;
}

/* Would leaving the blocks from the innermost down to [stop] (exclusive)
 * leave an except* clause? CPython 3.11 refuses that at compile time. */
static bool star_clause_in_way(Compiler *c, const Node *s, int stop) {
    for (int i = c->u->nfblocks - 1; i > stop; i--)
        if (c->u->fblocks[i].kind == FB_EXCEPTION_GROUP_HANDLER)
            return !comp_error(c, s, "'break', 'continue' and 'return' cannot appear in an except* block");
    return false;
}

/* return x  =>  <x> [unwind every block] RETURN_VALUE */
static bool comp_return(Compiler *c, const Node *s) {
    if (!in_function(c)) return comp_error(c, s, "'return' outside function");
    /* CPython reports it where the value was last compiled */
    if (star_clause_in_way(c, s->v.Return.value ? s->v.Return.value : s, -1)) return false;
    if (s->v.Return.value && (c->u->flags & CO_ASYNC_GENERATOR))
        return comp_error(c, s, "'return' with value in async generator");
    if (s->v.Return.value) CHECK(comp_expr(c, s->v.Return.value));
    else CHECK(load_none(c));
    Unit *u = c->u;
    int saved_handler = u->handler, saved_depth = u->handler_depth, saved_stack = u->depth - 1;
    for (int i = u->nfblocks - 1; i >= 0; i--) {
        set_loc(c, s);
        CHECK(unwind_fblock(c, &u->fblocks[i], true));
    }
    set_loc(c, s);
    CHECK(emit0(c, OP_RETURN_VALUE));
    u->handler = saved_handler;
    u->handler_depth = saved_depth;
    u->depth = saved_stack;
    return true;
}

/* break / continue  =>  [unwind the blocks inside the loop] JUMP */
static bool comp_break_continue(Compiler *c, const Node *s, bool is_break) {
    Unit *u = c->u;
    int loop = -1;
    for (int i = u->nfblocks - 1; i >= 0; i--) {
        if (u->fblocks[i].kind == FB_WHILE_LOOP || u->fblocks[i].kind == FB_FOR_LOOP) {
            loop = i;
            break;
        }
    }
    if (loop < 0)
        return comp_error(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (star_clause_in_way(c, s, loop)) return false;
    int saved_handler = u->handler, saved_depth = u->handler_depth, saved_stack = u->depth;
    /* A finally body or a with's __exit__ runs on the way out, on lines of
     * its own: as in CPython 3.11, a NOP first gives the break/continue its
     * line, and what follows the finally keeps the finally's line (3.11
     * makes it artificial), so --trace=line shows the finally last. */
    bool finally = false;
    for (int i = u->nfblocks - 1; i > loop && !finally; i--) {
        FBlockKind k = u->fblocks[i].kind;
        finally = k == FB_FINALLY_TRY || k == FB_WITH || k == FB_ASYNC_WITH;
    }
    if (finally) CHECK(emit0(c, OP_NOP));
    for (int i = u->nfblocks - 1; i > loop; i--) CHECK(unwind_fblock(c, &u->fblocks[i], false));
    FBlock *f = &u->fblocks[loop];
    if (!finally) set_loc(c, s);
    if (is_break) {
        CHECK(unwind_fblock(c, f, false));
        CHECK(emit_jump(c, OP_JUMP_FORWARD, f->break_label));
    } else {
        CHECK(emit_jump(c, OP_JUMP_BACKWARD, f->continue_label));
    }
    u->handler = saved_handler;
    u->handler_depth = saved_depth;
    u->depth = saved_stack;
    return true;
}

/* ---- statements -------------------------------------------------------------------------- */

/* 1 if [e] is a constant that is true after CPython's folding (`True`,
 * `1`, `"a"`, `-1`, `not 0`), 0 if one that is false, -1 if [e] is not a
 * constant. */
static int const_truth(Compiler *c, const Node *e) {
    if (e->kind == NODE_UnaryOp && e->v.UnaryOp.op == UOP_Not) {
        int t = const_truth(c, e->v.UnaryOp.operand);
        return t < 0 ? t : !t;
    }
    Object *v = comp_fold(c, e);
    if (!v) return -1;
    int t = obj_is_true(c->ts, v);
    DECREF(v);
    if (t < 0) err_clear(c->ts);
    return t;
}

/* Compile [body] for its errors and warnings, then drop what it emitted:
 * code that can never run, which CPython 3.11 removes (the body of
 * `if False:`, of `while False:`, the `else` of `while True:`). Function
 * and class bodies compiled there are dropped from the constants too. */
static bool comp_dead_stmts(Compiler *c, const NodeList *body) {
    Unit *u = c->u;
    int mark = u->ninstrs, nlabels = u->nlabels, depth = u->depth;
    size_t nconsts = LIST_SIZE(u->consts);
    CodePos loc = u->loc;
    CHECK(comp_stmts(c, body));
    if (c->no_memory) return false;
    u->ninstrs = mark;
    for (int i = nlabels; i < u->nlabels; i++) u->label_pos[i] = -1;
    for (size_t i = nconsts; i < LIST_SIZE(u->consts); i++) {
        Object *k = LIST_GET(u->consts, i);
        if (TYPE(k) != &CodeType) continue;
        /* code objects are not in the constants' hash index; if a later
         * re-index finds this None, a LOAD_CONST of it still loads None */
        INCREF(None);
        LIST_SET_STEAL(u->consts, i, None);
        DECREF(k);
    }
    u->depth = depth;
    u->loc = loc;
    return true;
}

/* if t: a else: b  =>  <t> POP_JUMP_FORWARD_IF_FALSE E; <a>; JUMP_FORWARD D; E: <b>; D:
 * A constant test is folded, as in CPython 3.11: `if True: a else: b` => NOP; <a>
 * (the NOP keeps the if's line for --trace=line), `if False: a else: b` => NOP; <b>. */
static bool comp_if(Compiler *c, const Node *s) {
    int truth = const_truth(c, s->v.If.test);
    if (truth >= 0) {
        CHECK(emit0(c, OP_NOP));
        CHECK(truth ? comp_stmts(c, &s->v.If.body) : comp_dead_stmts(c, &s->v.If.body));
        return truth ? comp_dead_stmts(c, &s->v.If.orelse) : comp_stmts(c, &s->v.If.orelse);
    }
    int orelse = new_label(c), end = new_label(c);
    CHECK(comp_jump_if(c, s->v.If.test, orelse, false));
    CHECK(comp_stmts(c, &s->v.If.body));
    if (s->v.If.orelse.count) {
        if (!comp_unreachable(c->u)) CHECK(emit_jump_noline(c, OP_JUMP_FORWARD, end));
        place(c, orelse);
        CHECK(comp_stmts(c, &s->v.If.orelse));
    } else {
        place(c, orelse);
    }
    place(c, end);
    return true;
}

/* while True: body else: e  (any constant true test, as CPython 3.11 folds it)
 *   =>  C: NOP; L: <body>; JUMP_BACKWARD L; B:
 * No test: the body starts the loop and its end jumps back. The NOP holds
 * the while's line, where `continue` goes (C), and the jump back carries
 * that line too, so --trace=line shows the while line once per iteration,
 * as CPython's does. The else can never run. */
static bool comp_while_true(Compiler *c, const Node *s) {
    int head = new_label(c), loop = new_label(c), exit = new_label(c);
    place(c, head);
    CHECK(emit0(c, OP_NOP));
    place(c, loop);
    CHECK(push_fblock(c, s, FB_WHILE_LOOP, head, exit, NULL, c->u->handler, c->u->handler_depth));
    CHECK(comp_stmts(c, &s->v.While.body));
    set_loc(c, s);
    if (!comp_unreachable(c->u)) CHECK(emit_jump(c, OP_JUMP_BACKWARD, loop));
    pop_fblock(c);
    CHECK(comp_dead_stmts(c, &s->v.While.orelse));
    place(c, exit);
    return true;
}

/* while t: body else: e
 *   =>  L: <t> POP_JUMP_FORWARD_IF_FALSE E; B: <body>; <t> POP_JUMP_BACKWARD_IF_TRUE B; E: <e>; X:
 * As CPython 3.11 does, the test is compiled twice: at the top, which
 * enters the loop (or not) and where `continue` goes, and at the end, where
 * each turn of the loop then takes one jump instead of two. Both copies
 * carry the while's line, so --trace=line shows it once per turn.
 * `while True:` is comp_while_true(); `while False: body else: e` => NOP; <e>. */
static bool comp_while(Compiler *c, const Node *s) {
    int truth = const_truth(c, s->v.While.test);
    if (truth > 0) return comp_while_true(c, s);
    int loop = new_label(c), body = new_label(c), orelse = new_label(c), exit = new_label(c);
    place(c, loop);
    if (truth == 0) {
        CHECK(emit0(c, OP_NOP));
        CHECK(push_fblock(c, s, FB_WHILE_LOOP, loop, exit, NULL, c->u->handler, c->u->handler_depth));
        CHECK(comp_dead_stmts(c, &s->v.While.body));
        pop_fblock(c);
        CHECK(comp_stmts(c, &s->v.While.orelse));
        place(c, exit);
        return true;
    }
    CHECK(comp_jump_if(c, s->v.While.test, orelse, false));
    place(c, body);
    CHECK(push_fblock(c, s, FB_WHILE_LOOP, loop, exit, NULL, c->u->handler, c->u->handler_depth));
    CHECK(comp_stmts(c, &s->v.While.body));
    set_loc(c, s);
    if (comp_unreachable(c->u))   /* the body always leaves: no test at the end to reach */
        CHECK(warn_is_literal_again(c, s->v.While.test));
    else
        CHECK(comp_jump_if(c, s->v.While.test, body, true));
    pop_fblock(c);
    place(c, orelse);
    CHECK(comp_stmts(c, &s->v.While.orelse));
    place(c, exit);
    return true;
}

/* for x in it: body else: e
 *   =>  <it> GET_ITER; L: FOR_ITER E; STORE x; <body>; JUMP_BACKWARD L; E: <e>; B: */
static bool comp_for(Compiler *c, const Node *s) {
    int loop = new_label(c), cleanup = new_label(c), exit = new_label(c);
    bool folded = false;
    set_loc(c, s->v.For.iter);
    CHECK(comp_const_container(c, s->v.For.iter, &folded));
    if (!folded) CHECK(comp_expr(c, s->v.For.iter));
    /* GET_ITER and FOR_ITER stand for the whole statement (CPython 3.11):
     * a traceback through them shows the line without carets */
    set_loc(c, s);
    CHECK(emit0(c, OP_GET_ITER));
    place(c, loop);
    CHECK(emit_jump(c, OP_FOR_ITER, cleanup));
    CHECK(push_fblock(c, s, FB_FOR_LOOP, loop, exit, NULL, c->u->handler, c->u->handler_depth));
    CHECK(comp_store(c, s->v.For.target));
    CHECK(comp_stmts(c, &s->v.For.body));
    if (!comp_unreachable(c->u)) CHECK(emit_jump_noline(c, OP_JUMP_BACKWARD, loop));
    pop_fblock(c);
    place(c, cleanup);
    CHECK(comp_stmts(c, &s->v.For.orelse));
    place(c, exit);
    return true;
}

/* async for x in it: body else: e
 *   =>  <it> GET_AITER; L: GET_ANEXT; <await>; STORE x; <body>; JUMP_BACKWARD L;
 *       A: END_ASYNC_FOR; <e>; B:
 * A catches what the awaiting of __anext__() raised (and only that):
 * StopAsyncIteration ends the loop, anything else goes on unwinding. */
static bool comp_async_for(Compiler *c, const Node *s) {
    if (!in_async_function(c)) return comp_error(c, s, "'async for' outside async function");
    int loop = new_label(c), handler = new_label(c), exit = new_label(c);
    CHECK(comp_expr(c, s->v.For.iter));
    set_loc(c, s);
    CHECK(emit0(c, OP_GET_AITER));
    place(c, loop);
    int sh, sd;
    push_handler(c, handler, &sh, &sd);
    CHECK(emit0(c, OP_GET_ANEXT));
    CHECK(emit_yield_from_loop(c));
    pop_handler(c, sh, sd);
    CHECK(push_fblock(c, s, FB_FOR_LOOP, loop, exit, NULL, c->u->handler, c->u->handler_depth));
    CHECK(comp_store(c, s->v.For.target));
    CHECK(comp_stmts(c, &s->v.For.body));
    CHECK(emit_jump_noline(c, OP_JUMP_BACKWARD, loop));
    pop_fblock(c);
    place(c, handler);
    set_loc(c, s);
    CHECK(emit0(c, OP_END_ASYNC_FOR));
    CHECK(comp_stmts(c, &s->v.For.orelse));
    place(c, exit);
    return true;
}

/* try: body except E as e: h else: o
 *
 *       <body>                        (handler H covers it)
 *       JUMP_FORWARD ELSE
 *   H:  PUSH_EXC_INFO                 [prev, exc]     (CLEANUP covers from here)
 *       <E>; CHECK_EXC_MATCH; POP_JUMP_FORWARD_IF_FALSE NEXT
 *       STORE e; <h>; POP_EXCEPT; e = None; del e; JUMP_FORWARD END
 *  NEXT: ... RERAISE                  (no clause matched)
 *  CLEANUP: SWAP 2; POP_EXCEPT; RERAISE   (restore the previous exception)
 *  ELSE: <o>
 *  END:
 */
static bool comp_try_except(Compiler *c, const Node *s) {
    Unit *u = c->u;
    int handler = new_label(c), cleanup = new_label(c), orelse = new_label(c), end = new_label(c);
    int outer_h = u->handler, outer_d = u->handler_depth;
    int sh, sd;
    push_handler(c, handler, &sh, &sd);
    CHECK(push_fblock(c, s, FB_TRY_EXCEPT, -1, -1, NULL, outer_h, outer_d));
    CHECK(comp_stmts(c, &s->v.Try.body));
    pop_fblock(c);
    pop_handler(c, sh, sd);
    CHECK(emit_jump(c, OP_JUMP_FORWARD, orelse));

    place(c, handler);
    set_loc(c, s->v.Try.handlers.items[0]);
    CHECK(emit0(c, OP_PUSH_EXC_INFO));
    int ch, cd;
    u->depth--;                         /* the cleanup handler keeps [prev] */
    push_handler(c, cleanup, &ch, &cd);
    u->depth++;
    for (int i = 0; i < s->v.Try.handlers.count; i++) {
        const Node *h = s->v.Try.handlers.items[i];
        set_loc(c, h);
        int next = new_label(c);
        if (!h->v.ExceptHandler.type && i < s->v.Try.handlers.count - 1)
            return comp_error(c, h, "default 'except:' must be last");
        if (h->v.ExceptHandler.type) {
            CHECK(comp_expr(c, h->v.ExceptHandler.type));
            set_loc(c, h);
            CHECK(emit0(c, OP_CHECK_EXC_MATCH));
            CHECK(emit_jump(c, OP_POP_JUMP_FORWARD_IF_FALSE, next));
        }
        const char *name = h->v.ExceptHandler.name;
        if (name) CHECK(comp_name(c, name, NAME_STORE));
        else CHECK(emit0(c, OP_POP_TOP));
        /* the body; if it raises, `e` is still cleared before leaving */
        int name_cleanup = -1, nh = 0, nd = 0;
        if (name) {
            /* the stack is [prev]: an exception in the body unwinds to here */
            name_cleanup = new_label(c);
            push_handler(c, name_cleanup, &nh, &nd);
        }
        CHECK(push_fblock(c, h, FB_HANDLER_CLEANUP, -1, -1, h, outer_h, outer_d));
        CHECK(comp_stmts(c, &h->v.ExceptHandler.body));
        pop_fblock(c);
        if (name) pop_handler(c, nh, nd);
        pop_handler(c, ch, cd);
        /* no location of its own (CPython's UNSET_LOC): leaving the clause
         * is on the body's last line, which is where a __del__ or a
         * "never awaited" warning of the dropped exception reports */
        CHECK(emit0(c, OP_POP_EXCEPT));
        if (name) {
            CHECK(load_none(c));
            CHECK(comp_name(c, name, NAME_STORE));
            CHECK(comp_name(c, name, NAME_DEL));
        }
        CHECK(emit_jump(c, OP_JUMP_FORWARD, end));
        u->handler = cleanup;
        u->handler_depth = u->label_depth[cleanup] - 1;
        if (name) {
            /* [prev, exc2]: clear the name, then let CLEANUP restore prev */
            place(c, name_cleanup);
            CHECK(load_none(c));
            CHECK(comp_name(c, name, NAME_STORE));
            CHECK(comp_name(c, name, NAME_DEL));
            CHECK(emit0(c, OP_RERAISE));
        }
        u->depth = u->label_depth[cleanup];   /* [prev, exc] again for the next clause */
        place(c, next);
    }
    /* no clause matched: re-raise, restoring the previous exception */
    CHECK(emit0(c, OP_RERAISE));
    pop_handler(c, outer_h, outer_d);
    place(c, cleanup);
    CHECK(emit(c, OP_SWAP, 2));
    CHECK(emit0(c, OP_POP_EXCEPT));
    CHECK(emit0(c, OP_RERAISE));
    u->depth = u->label_depth[orelse] >= 0 ? u->label_depth[orelse] : u->depth;
    place(c, orelse);
    CHECK(comp_stmts(c, &s->v.Try.orelse));
    place(c, end);
    return true;
}

/* try: body except* E as e: h else: o   (CPython 3.11's shape)
 *
 *       <body>                        (handler H covers it)
 *       JUMP_FORWARD ELSE
 *   H:  PUSH_EXC_INFO                 [prev, exc]     (CLEANUP covers from here)
 *       COPY 1; BUILD_LIST 0; SWAP 2  [prev, orig, res, exc]
 *     each clause:
 *       <E>; CHECK_EG_MATCH           [prev, orig, res, rest, match]
 *       COPY 1; POP_JUMP_FORWARD_IF_NONE NOMATCH
 *       STORE e                       [prev, orig, res, rest]   (RAISED covers <h>)
 *       <h>; e = None; del e; JUMP_FORWARD NEXT
 *  RAISED: e = None; del e; LIST_APPEND 2; JUMP_FORWARD NEXT   (what <h> raised goes to res)
 *  NOMATCH: POP_TOP
 *  NEXT: ...
 *       LIST_APPEND 1                 [prev, orig, res]   (the unhandled rest, or None)
 *       PREP_RERAISE_STAR             [prev, val]
 *       COPY 1; POP_JUMP_FORWARD_IF_NOT_NONE RER
 *       POP_TOP; POP_EXCEPT; JUMP_FORWARD END
 *  RER: SWAP 2; POP_EXCEPT; RERAISE
 *  CLEANUP: SWAP 2; POP_EXCEPT; RERAISE
 *  ELSE: <o>
 *  END:
 */
static bool comp_try_star(Compiler *c, const Node *s) {
    Unit *u = c->u;
    int handler = new_label(c), cleanup = new_label(c), orelse = new_label(c), end = new_label(c);
    int reraise = new_label(c);
    int outer_h = u->handler, outer_d = u->handler_depth;
    int sh, sd;
    push_handler(c, handler, &sh, &sd);
    CHECK(push_fblock(c, s, FB_TRY_EXCEPT, -1, -1, NULL, outer_h, outer_d));
    CHECK(comp_stmts(c, &s->v.Try.body));
    pop_fblock(c);
    pop_handler(c, sh, sd);
    CHECK(emit_jump(c, OP_JUMP_FORWARD, orelse));

    place(c, handler);
    set_loc(c, s->v.Try.handlers.items[0]);
    CHECK(emit0(c, OP_PUSH_EXC_INFO));
    int ch, cd;
    u->depth--;                         /* the cleanup handler keeps [prev] */
    push_handler(c, cleanup, &ch, &cd);
    u->depth++;
    CHECK(push_fblock(c, s, FB_EXCEPTION_GROUP_HANDLER, -1, -1, NULL, outer_h, outer_d));
    CHECK(emit(c, OP_COPY, 1));
    CHECK(emit(c, OP_BUILD_LIST, 0));
    CHECK(emit(c, OP_SWAP, 2));
    int clause_depth = u->depth;        /* [prev, orig, res, exc-or-rest] */
    for (int i = 0; i < s->v.Try.handlers.count; i++) {
        const Node *h = s->v.Try.handlers.items[i];
        int nomatch = new_label(c), next = new_label(c), raised = new_label(c);
        CHECK(comp_expr(c, h->v.ExceptHandler.type));
        set_loc(c, h);
        CHECK(emit0(c, OP_CHECK_EG_MATCH));
        CHECK(emit(c, OP_COPY, 1));
        CHECK(emit_jump(c, OP_POP_JUMP_FORWARD_IF_NONE, nomatch));
        const char *name = h->v.ExceptHandler.name;
        if (name) CHECK(comp_name(c, name, NAME_STORE));
        else CHECK(emit0(c, OP_POP_TOP));
        int rh, rd;
        push_handler(c, raised, &rh, &rd);
        CHECK(comp_stmts(c, &h->v.ExceptHandler.body));
        pop_handler(c, rh, rd);
        if (name) {
            CHECK(load_none(c));
            CHECK(comp_name(c, name, NAME_STORE));
            CHECK(comp_name(c, name, NAME_DEL));
        }
        CHECK(emit_jump(c, OP_JUMP_FORWARD, next));
        /* [prev, orig, res, rest, raised]: keep what the body raised */
        place(c, raised);
        if (name) {
            CHECK(load_none(c));
            CHECK(comp_name(c, name, NAME_STORE));
            CHECK(comp_name(c, name, NAME_DEL));
        }
        CHECK(emit(c, OP_LIST_APPEND, 2));
        CHECK(emit_jump(c, OP_JUMP_FORWARD, next));
        u->depth = clause_depth + 1;    /* [prev, orig, res, exc, None] */
        place(c, nomatch);
        CHECK(emit0(c, OP_POP_TOP));
        place(c, next);
        u->depth = clause_depth;
    }
    pop_fblock(c);
    /* what no clause handled joins what the clauses raised */
    CHECK(emit(c, OP_LIST_APPEND, 1));
    CHECK(emit0(c, OP_PREP_RERAISE_STAR));
    CHECK(emit(c, OP_COPY, 1));
    CHECK(emit_jump(c, OP_POP_JUMP_FORWARD_IF_NOT_NONE, reraise));
    CHECK(emit0(c, OP_POP_TOP));
    pop_handler(c, outer_h, outer_d);
    CHECK(emit0(c, OP_POP_EXCEPT));
    CHECK(emit_jump(c, OP_JUMP_FORWARD, end));
    u->depth = clause_depth - 1;        /* [prev, val] */
    place(c, reraise);
    CHECK(emit(c, OP_SWAP, 2));
    CHECK(emit0(c, OP_POP_EXCEPT));
    CHECK(emit0(c, OP_RERAISE));
    place(c, cleanup);
    CHECK(emit(c, OP_SWAP, 2));
    CHECK(emit0(c, OP_POP_EXCEPT));
    CHECK(emit0(c, OP_RERAISE));
    u->depth = u->label_depth[orelse] >= 0 ? u->label_depth[orelse] : u->depth;
    place(c, orelse);
    CHECK(comp_stmts(c, &s->v.Try.orelse));
    place(c, end);
    return true;
}

/* try: body finally: f
 *
 *       <body>                       (handler F covers it)
 *       <f>                          (the normal way out)
 *       JUMP_FORWARD END
 *   F:  PUSH_EXC_INFO                [prev, exc]   (CLEANUP covers from here)
 *       <f>
 *       RERAISE
 *  CLEANUP: SWAP 2; POP_EXCEPT; RERAISE
 *  END:
 * A return, break or continue inside the body runs a copy of <f> on its way. */
static bool comp_try_finally(Compiler *c, const Node *s) {
    Unit *u = c->u;
    int handler = new_label(c), cleanup = new_label(c), end = new_label(c);
    int outer_h = u->handler, outer_d = u->handler_depth;
    int sh, sd;
    push_handler(c, handler, &sh, &sd);
    CHECK(push_fblock(c, s, FB_FINALLY_TRY, -1, -1, s, outer_h, outer_d));
    if (s->v.Try.handlers.count) CHECK(s->kind == NODE_TryStar ? comp_try_star(c, s) : comp_try_except(c, s));
    else CHECK(comp_stmts(c, &s->v.Try.body));
    pop_fblock(c);
    pop_handler(c, sh, sd);
    CHECK(comp_stmts(c, &s->v.Try.finalbody));
    CHECK(emit_jump(c, OP_JUMP_FORWARD, end));

    place(c, handler);
    const NodeList *fb = &s->v.Try.finalbody;
    if (fb->count) set_loc(c, fb->items[0]);
    CHECK(emit0(c, OP_PUSH_EXC_INFO));
    int ch, cd;
    u->depth--;
    push_handler(c, cleanup, &ch, &cd);
    u->depth++;
    CHECK(push_fblock(c, s, FB_FINALLY_END, -1, -1, s, outer_h, outer_d));
    CHECK(comp_stmts(c, fb));
    pop_fblock(c);
    CHECK(emit0(c, OP_RERAISE));
    pop_handler(c, outer_h, outer_d);
    place(c, cleanup);
    CHECK(emit(c, OP_SWAP, 2));
    CHECK(emit0(c, OP_POP_EXCEPT));
    CHECK(emit0(c, OP_RERAISE));
    place(c, end);
    return true;
}

/* with cm as x: body
 *
 *       <cm> BEFORE_WITH              [exit, value]
 *       STORE x                       [exit]   (handler W covers the body)
 *       <body>
 *       LOAD_CONST None (x3); CALL 2; POP_TOP      exit(None, None, None)
 *       JUMP_FORWARD END
 *   W:  PUSH_EXC_INFO                 [exit, prev, exc]   (CLEANUP covers from here)
 *       WITH_EXCEPT_START             [exit, prev, exc, exit(type, exc, tb)]
 *       POP_JUMP_FORWARD_IF_TRUE SUPPRESS
 *       RERAISE
 *  CLEANUP: SWAP 2; POP_EXCEPT; RERAISE
 *  SUPPRESS: POP_TOP; POP_EXCEPT; POP_TOP
 *  END:
 */
static bool comp_with_item(Compiler *c, const Node *s, int index) {
    Unit *u = c->u;
    const Node *item = s->v.With.items.items[index];
    bool is_async = s->kind == NODE_AsyncWith;
    if (is_async && !in_async_function(c)) return comp_error(c, s, "'async with' outside async function");
    int handler = new_label(c), cleanup = new_label(c), suppress = new_label(c), end = new_label(c);
    CHECK(comp_expr(c, item->v.withitem.context_expr));
    set_loc(c, s);      /* the statement, as CPython 3.11: no carets */
    if (is_async) {
        /* async with: BEFORE_ASYNC_WITH; GET_AWAITABLE 1; <await>, and each
         * call of __aexit__ below is followed by GET_AWAITABLE 2; <await> */
        CHECK(emit0(c, OP_BEFORE_ASYNC_WITH));
        CHECK(emit(c, OP_GET_AWAITABLE, 1) && emit_yield_from_loop(c));
    } else {
        CHECK(emit0(c, OP_BEFORE_WITH));
    }
    int outer_h = u->handler, outer_d = u->handler_depth;
    int sh, sd;
    u->depth--;
    push_handler(c, handler, &sh, &sd);
    u->depth++;
    CHECK(push_fblock(c, s, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, s, outer_h, outer_d));
    if (item->v.withitem.optional_vars) CHECK(comp_store(c, item->v.withitem.optional_vars));
    else CHECK(emit0(c, OP_POP_TOP));
    if (index + 1 < s->v.With.items.count) CHECK(comp_with_item(c, s, index + 1));
    else CHECK(comp_stmts(c, &s->v.With.body));
    pop_fblock(c);
    pop_handler(c, sh, sd);
    set_loc(c, s);
    CHECK(load_none(c));
    CHECK(load_none(c));
    CHECK(load_none(c));
    CHECK(emit(c, OP_CALL, 2));
    if (is_async) CHECK(emit(c, OP_GET_AWAITABLE, 2) && emit_yield_from_loop(c));
    CHECK(emit0(c, OP_POP_TOP));
    CHECK(emit_jump(c, OP_JUMP_FORWARD, end));

    place(c, handler);
    CHECK(emit0(c, OP_PUSH_EXC_INFO));
    int ch, cd;
    u->depth--;
    push_handler(c, cleanup, &ch, &cd);
    u->depth++;
    CHECK(emit0(c, OP_WITH_EXCEPT_START));
    if (is_async) CHECK(emit(c, OP_GET_AWAITABLE, 2) && emit_yield_from_loop(c));
    CHECK(emit_jump(c, OP_POP_JUMP_FORWARD_IF_TRUE, suppress));
    CHECK(emit0(c, OP_RERAISE));
    pop_handler(c, outer_h, outer_d);
    place(c, cleanup);
    CHECK(emit(c, OP_SWAP, 2));
    CHECK(emit0(c, OP_POP_EXCEPT));
    CHECK(emit0(c, OP_RERAISE));
    place(c, suppress);
    CHECK(emit0(c, OP_POP_TOP));
    CHECK(emit0(c, OP_POP_EXCEPT));
    CHECK(emit0(c, OP_POP_TOP));
    place(c, end);
    return true;
}

/* import a.b.c as d  =>  LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME a.b.c;
 *                        IMPORT_FROM b; SWAP 2; POP_TOP; IMPORT_FROM c; ...; STORE d */
static bool comp_import(Compiler *c, const Node *s) {
    const NodeList *names = &s->v.Import.names;
    for (int i = 0; i < names->count; i++) {
        const Node *a = names->items[i];
        set_loc(c, s);     /* the statement, as CPython: no carets under one name */
        CHECK(comp_load_const_steal(c, int_from_i64(c->ts, 0)));
        CHECK(load_none(c));
        int idx = comp_add_name(c, a->v.alias.name);
        if (idx < 0) return false;
        CHECK(emit(c, OP_IMPORT_NAME, (uint32_t)idx));
        const char *full = a->v.alias.name;
        if (a->v.alias.asname) {
            const char *dot = strchr(full, '.');
            while (dot) {
                const char *next = strchr(dot + 1, '.');
                size_t n = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
                const char *part = arena_strndup(c->arena, dot + 1, n);
                if (!part) return comp_no_memory(c);
                int pi = comp_add_name(c, part);
                if (pi < 0) return false;
                CHECK(emit(c, OP_IMPORT_FROM, (uint32_t)pi));
                CHECK(emit(c, OP_SWAP, 2));
                CHECK(emit0(c, OP_POP_TOP));
                dot = next;
            }
            CHECK(comp_name(c, a->v.alias.asname, NAME_STORE));
        } else {
            const char *dot = strchr(full, '.');
            const char *top = dot ? arena_strndup(c->arena, full, (size_t)(dot - full)) : full;
            if (!top) return comp_no_memory(c);
            CHECK(comp_name(c, top, NAME_STORE));
        }
    }
    return true;
}

/* from m import x as y  =>  LOAD_CONST level; LOAD_CONST ('x',); IMPORT_NAME m;
 *                           IMPORT_FROM x; STORE y; POP_TOP */
static bool comp_import_from(Compiler *c, const Node *s) {
    const NodeList *names = &s->v.ImportFrom.names;
    /* a future import below the ones at the top (vm/future.c) */
    if (s->lineno > c->future.lineno && s->v.ImportFrom.module && strcmp(s->v.ImportFrom.module, "__future__") == 0)
        return comp_error(c, s, "from __future__ imports must occur at the beginning of the file");
    CHECK(comp_load_const_steal(c, int_from_i64(c->ts, s->v.ImportFrom.level)));
    Object *fromlist = tuple_new(c->ts, (size_t)names->count);
    if (!fromlist) return comp_fail(c);
    for (int i = 0; i < names->count; i++) {
        Object *n = str_intern_cstr(c->ts, names->items[i]->v.alias.name);
        if (!n) { DECREF(fromlist); return comp_fail(c); }
        TUPLE_SET_STEAL(fromlist, i, n);
    }
    CHECK(comp_load_const_steal(c, fromlist));
    int idx = comp_add_name(c, s->v.ImportFrom.module ? s->v.ImportFrom.module : "");
    if (idx < 0) return false;
    CHECK(emit(c, OP_IMPORT_NAME, (uint32_t)idx));
    if (names->count == 1 && strcmp(names->items[0]->v.alias.name, "*") == 0) {
        if (c->u->block->kind != BLOCK_MODULE)
            return comp_error(c, s, "import * only allowed at module level");
        return emit0(c, OP_IMPORT_STAR);
    }
    for (int i = 0; i < names->count; i++) {
        const Node *a = names->items[i];
        set_loc(c, s);     /* the statement, as CPython */
        int ni = comp_add_name(c, a->v.alias.name);
        if (ni < 0) return false;
        CHECK(emit(c, OP_IMPORT_FROM, (uint32_t)ni));
        CHECK(comp_name(c, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name, NAME_STORE));
    }
    return emit0(c, OP_POP_TOP);
}

/* a[i] += v  =>  <a> <i> COPY 2; COPY 2; BINARY_SUBSCR; <v> BINARY_OP +=; SWAP 3; SWAP 2; STORE_SUBSCR */
static bool comp_augassign(Compiler *c, const Node *s) {
    const Node *t = s->v.AugAssign.target;
    uint32_t op = (uint32_t)binop_of[s->v.AugAssign.op] + NB_INPLACE;
    switch (t->kind) {
    case NODE_Name:
        set_loc(c, t);      /* an unbound name is reported at the target, as CPython */
        CHECK(comp_name(c, t->v.Name.id, NAME_LOAD));
        CHECK(comp_expr(c, s->v.AugAssign.value));
        set_loc(c, s);
        CHECK(emit(c, OP_BINARY_OP, op));
        set_loc(c, t);
        return comp_name(c, t->v.Name.id, NAME_STORE);
    case NODE_Attribute: {
        CHECK(comp_expr(c, t->v.Attribute.value));
        int idx = comp_add_name(c, mangle(c, t->v.Attribute.attr));
        if (idx < 0) return false;
        set_loc(c, t);
        CHECK(emit(c, OP_COPY, 1));
        CHECK(emit(c, OP_LOAD_ATTR, (uint32_t)idx));
        CHECK(comp_expr(c, s->v.AugAssign.value));
        set_loc(c, s);
        CHECK(emit(c, OP_BINARY_OP, op));
        set_loc(c, t);
        CHECK(emit(c, OP_SWAP, 2));
        return emit(c, OP_STORE_ATTR, (uint32_t)idx);
    }
    case NODE_Subscript:
        CHECK(comp_expr(c, t->v.Subscript.value));
        CHECK(comp_expr(c, t->v.Subscript.slice));
        set_loc(c, t);
        subscript_anchor(c, t);
        CHECK(emit(c, OP_COPY, 2));
        CHECK(emit(c, OP_COPY, 2));
        CHECK(emit0(c, OP_BINARY_SUBSCR));
        CHECK(comp_expr(c, s->v.AugAssign.value));
        set_loc(c, s);
        CHECK(emit(c, OP_BINARY_OP, op));
        set_loc(c, t);
        CHECK(emit(c, OP_SWAP, 3));
        CHECK(emit(c, OP_SWAP, 2));
        return emit0(c, OP_STORE_SUBSCR);
    default:
        return comp_error(c, t, "'%s' is an illegal expression for augmented assignment",
                          ast_kind_name(t->kind));
    }
}

/* The parts of a subscript's index in `a[i:j, k]: T`, each evaluated and
 * dropped. */
static bool comp_ann_subscript(Compiler *c, const Node *e) {
    CHECK(comp_stack_ok(c));
    switch (e->kind) {
    case NODE_Slice: {
        const Node *parts[] = {e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step};
        for (int i = 0; i < 3; i++)
            if (parts[i]) CHECK(comp_expr(c, parts[i]) && emit0(c, OP_POP_TOP));
        return true;
    }
    case NODE_Tuple:
        for (int i = 0; i < e->v.Tuple.elts.count; i++) CHECK(comp_ann_subscript(c, e->v.Tuple.elts.items[i]));
        return true;
    default:
        return comp_expr(c, e) && emit0(c, OP_POP_TOP);
    }
}

/* x: T = v  =>  <v> STORE x; and at module or class level also
 *               <T> LOAD_NAME __annotations__; LOAD_CONST 'x'; STORE_SUBSCR
 * a.b: T     =>  <a> POP_TOP; and at module or class level <T> POP_TOP
 * a[i]: T    =>  <a> POP_TOP; <i> POP_TOP; likewise
 * A target that is not a simple name is only evaluated (its parts, when
 * there is no value to store), and so is its annotation, outside
 * functions and without the future import (CPython's compiler_annassign). */
static bool comp_annassign(Compiler *c, const Node *s) {
    const Node *t = s->v.AnnAssign.target;
    bool in_namespace = c->u->block->kind != BLOCK_FUNCTION;
    if (s->v.AnnAssign.value) {
        CHECK(comp_expr(c, s->v.AnnAssign.value));
        CHECK(comp_store(c, t));
    }
    switch (t->kind) {
    case NODE_Name:
        if (s->v.AnnAssign.simple && in_namespace) {
            set_loc(c, s);
            CHECK(comp_annotation(c, s->v.AnnAssign.annotation));
            CHECK(comp_name(c, "__annotations__", NAME_LOAD));
            const char *name = mangle(c, t->v.Name.id);
            CHECK(name && comp_load_const_steal(c, str_intern_cstr(c->ts, name)));
            CHECK(emit0(c, OP_STORE_SUBSCR));
        }
        break;
    case NODE_Attribute:
        if (!s->v.AnnAssign.value) CHECK(comp_expr(c, t->v.Attribute.value) && emit0(c, OP_POP_TOP));
        break;
    case NODE_Subscript:
        if (!s->v.AnnAssign.value) {
            CHECK(comp_expr(c, t->v.Subscript.value) && emit0(c, OP_POP_TOP));
            CHECK(comp_ann_subscript(c, t->v.Subscript.slice));
        }
        break;
    default: break;
    }
    if (!s->v.AnnAssign.simple && !future_annotations(c) && in_namespace)
        CHECK(comp_expr(c, s->v.AnnAssign.annotation) && emit0(c, OP_POP_TOP));
    return true;
}

/* assert t, m  =>  <t> POP_JUMP_FORWARD_IF_TRUE E; PUSH_NULL; LOAD_ASSERTION_ERROR; <m> CALL 1;
 *                  RAISE_VARARGS 1; E: */
/* Where CPython 3.11 reports a failed assert: its compiler leaves the
 * location of the last comparison compiled in the test in place (so
 * `assert x > 5` puts carets under `x > 5`); a test without one is reported
 * as the whole statement (no carets). */
static const Node *assert_location(const Node *e) {
    switch (e->kind) {
    case NODE_Compare: return e;
    case NODE_UnaryOp: return e->v.UnaryOp.op == UOP_Not ? assert_location(e->v.UnaryOp.operand) : NULL;
    case NODE_BoolOp:
        for (int i = e->v.BoolOp.values.count - 1; i >= 0; i--) {
            const Node *n = assert_location(e->v.BoolOp.values.items[i]);
            if (n) return n;
        }
        return NULL;
    case NODE_IfExp: {
        const Node *n = assert_location(e->v.IfExp.orelse);
        if (!n) n = assert_location(e->v.IfExp.body);
        return n ? n : assert_location(e->v.IfExp.test);
    }
    default: return NULL;
    }
}

static bool comp_assert(Compiler *c, const Node *s) {
    int end = new_label(c);
    CHECK(comp_jump_if(c, s->v.Assert.test, end, true));
    const Node *where = assert_location(s->v.Assert.test);
    set_loc(c, where ? where : s);
    if (s->v.Assert.msg) {
        CHECK(emit0(c, OP_PUSH_NULL));
        CHECK(emit0(c, OP_LOAD_ASSERTION_ERROR));
        CHECK(comp_expr(c, s->v.Assert.msg));
        set_loc(c, where ? where : s);
        CHECK(emit(c, OP_CALL, 1));
    } else {
        CHECK(emit0(c, OP_LOAD_ASSERTION_ERROR));
    }
    CHECK(emit(c, OP_RAISE_VARARGS, 1));
    place(c, end);
    return true;
}

bool comp_stmts(Compiler *c, const NodeList *body) {
    for (int i = 0; i < body->count; i++) CHECK(comp_stmt(c, body->items[i]));
    return true;
}

static bool comp_stmt(Compiler *c, const Node *s) {
    if (c->failed || !comp_stack_ok(c)) return false;
    set_loc(c, s);
    switch (s->kind) {
    case NODE_Expr: {
        const Node *v = s->v.Expr.value;
        if (c->u->interactive && c->u->block->kind == BLOCK_MODULE) {
            CHECK(comp_expr(c, v));
            set_loc(c, s);
            return emit0(c, OP_PRINT_EXPR);
        }
        if (v->kind == NODE_Constant) return emit0(c, OP_NOP);
        CHECK(comp_expr(c, v));
        set_loc(c, s);
        return emit0(c, OP_POP_TOP);
    }
    case NODE_Assign: {
        const NodeList *targets = &s->v.Assign.targets;
        CHECK(comp_expr(c, s->v.Assign.value));
        for (int i = 0; i < targets->count; i++) {
            if (i < targets->count - 1) CHECK(emit(c, OP_COPY, 1));
            CHECK(comp_store(c, targets->items[i]));
        }
        return true;
    }
    case NODE_AugAssign: return comp_augassign(c, s);
    case NODE_AnnAssign: return comp_annassign(c, s);
    case NODE_If: return comp_if(c, s);
    case NODE_While: return comp_while(c, s);
    case NODE_For: return comp_for(c, s);
    case NODE_AsyncFor: return comp_async_for(c, s);
    case NODE_Break: return comp_break_continue(c, s, true);
    case NODE_Continue: return comp_break_continue(c, s, false);
    case NODE_Pass: return emit0(c, OP_NOP);
    case NODE_Return: return comp_return(c, s);
    case NODE_FunctionDef:
    case NODE_AsyncFunctionDef: return comp_function(c, s, false);
    case NODE_ClassDef: return comp_class(c, s);
    case NODE_Delete:
        for (int i = 0; i < s->v.Delete.targets.count; i++) CHECK(comp_delete(c, s->v.Delete.targets.items[i]));
        return true;
    case NODE_Global:
    case NODE_Nonlocal:
        return true;                /* declarations: nothing runs */
    case NODE_Raise:
        if (s->v.Raise.exc) {
            CHECK(comp_expr(c, s->v.Raise.exc));
            if (s->v.Raise.cause) CHECK(comp_expr(c, s->v.Raise.cause));
        }
        set_loc(c, s);
        return emit(c, OP_RAISE_VARARGS, s->v.Raise.exc ? (s->v.Raise.cause ? 2 : 1) : 0);
    case NODE_Try:
    case NODE_TryStar:
        /* `try:` runs nothing, but CPython 3.11 keeps its line: a NOP where
         * its SETUP_FINALLY stood, so --dis shows it and --trace=line
         * reports it, as sys.settrace does (not when the body shares it) */
        if (s->v.Try.body.count && s->v.Try.body.items[0]->lineno != s->lineno) CHECK(emit0(c, OP_NOP));
        if (s->v.Try.finalbody.count) return comp_try_finally(c, s);
        return s->kind == NODE_TryStar ? comp_try_star(c, s) : comp_try_except(c, s);
    case NODE_With:
    case NODE_AsyncWith: return comp_with_item(c, s, 0);
    case NODE_Assert: return comp_assert(c, s);
    case NODE_Match: return comp_match(c, s);
    case NODE_Import: return comp_import(c, s);
    case NODE_ImportFrom: return comp_import_from(c, s);
    default:
        return comp_error(c, s, "internal compiler error: unexpected %s", ast_kind_name(s->kind));
    }
}

/* ---- the module ------------------------------------------------------------------------ */

Object *comp_compile(ThreadState *ts, const Node *mod, Arena *arena, const char *src, size_t len,
                     const char *filename, Diag *diag, int future_flags) {
    Compiler c = {0};
    c.ts = ts;
    c.arena = arena;
    c.src = src;
    c.len = len;
    c.filename = filename;
    c.diag = diag;
    if (!future_parse(&c.future, mod, src, len, diag)) return NULL;
    c.future.features |= future_flags;
    c.st = sym_build(arena, mod, src, len, diag, ts->stack_lo + ts->stack_reserve,
                     future_annotations(&c));
    if (!c.st) return NULL;
    c.filename_obj = str_from_cstr(ts, filename);
    if (!c.filename_obj) return NULL;
    if (!enter_unit(&c, c.st->top, "<module>", NULL, 1)) goto fail;
    Unit *u = c.u;
    bool ok = true;
    if (mod->kind == NODE_Expression) {
        set_loc(&c, mod->v.Expression.body);
        ok = comp_expr(&c, mod->v.Expression.body) && emit0(&c, OP_RETURN_VALUE);
    } else {
        const NodeList *body = mod->kind == NODE_Module ? &mod->v.Module.body : &mod->v.Interactive.body;
        u->interactive = mod->kind == NODE_Interactive;
        int start = 0;
        if (body->count) u->loc.line = u->loc.end_line = body->items[0]->lineno;
        if (find_ann(body)) ok = emit0(&c, OP_SETUP_ANNOTATIONS);
        if (ok && mod->kind == NODE_Module && body->count && is_docstring(body->items[0])) {
            const ConstValue *v = &body->items[0]->v.Expr.value->v.Constant.value;
            set_loc(&c, body->items[0]);
            ok = comp_load_const_steal(&c, str_new(ts, v->text, v->len)) && comp_name(&c, "__doc__", NAME_STORE);
            start = 1;
        }
        for (int i = start; i < body->count && ok; i++) ok = comp_stmt(&c, body->items[i]);
        ok = ok && (comp_unreachable(c.u) || return_none_noline(&c));
    }
    Object *co = ok ? assemble(&c) : NULL;
    while (c.u) leave_unit(&c);
    DECREF(c.filename_obj);
    rawmem_free(c.nofold);
    if (!co && c.no_memory && !err_matches(ts, &ExcMemoryError)) {
        err_clear(ts);
        err_no_memory(ts);
    }
    return co;
fail:
    while (c.u) leave_unit(&c);
    XDECREF(c.filename_obj);
    rawmem_free(c.nofold);
    if (c.no_memory && !err_matches(ts, &ExcMemoryError)) {
        err_clear(ts);
        err_no_memory(ts);
    }
    return NULL;
}
