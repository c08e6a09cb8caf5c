/* dis.c -- the disassembler: --dis, and the instruction column of --trace=op.
 *
 * Lesson 2 (the pipeline), and lessons 3/4/9: each code object is printed
 * with a header that lists how its names are stored -- arguments and locals
 * (LOAD_FAST), cells and free variables (LOAD_DEREF), globals (LOAD_GLOBAL)
 * -- the decisions of vm/symtable.c, which the instructions below then
 * carry out. The layout of each instruction row follows `python3 -m dis`:
 * line number, jump-target mark, offset, opcode name, argument, and what the
 * argument means in parentheses. A jump's argument is a distance, as in
 * 3.11 (`JUMP_BACKWARD 5 (to 8)`), decoded by opcode_jump_target(). One
 * difference: an instruction here is a single 32-bit word (8-bit opcode,
 * 24-bit argument, no inline caches), so offsets and distances count
 * instructions where 3.11's count bytes (README: "How minipy's --dis
 * differs from python3 -m dis").
 */
#include <stdlib.h>
#include <string.h>

#include "dis.h"
#include "opcodes.h"
#include "specialize.h"
#include "runtime/interp.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/saferepr.h"

static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

static void append_obj_repr(ThreadState *ts, StrBuf *out, Object *o) {
    if (TYPE(o) == &CodeType) {
        CodeObject *c = (CodeObject *)o;
        /* no address and no folder: the same on every machine and every run */
        strbuf_printf(out, "<code object %s, line %d>", STR_DATA(c->name), c->firstlineno);
        return;
    }
    /* written from the constant's fields: --trace=op shows instructions
     * through here too, and must not make objects the program could see */
    SafeRepr whole = {0};
    safe_repr(out, o, &whole);
}

void dis_argrepr(ThreadState *ts, StrBuf *out, CodeObject *co, int index) {
    uint32_t w = co->code[index];
    Opcode op = opcode_family[INSTR_OP(w)];
    uint32_t arg = INSTR_ARG(w);
    switch (opcode_operands[op]) {
    case A_CONST: append_obj_repr(ts, out, TUPLE_GET(co->consts, arg)); break;
    case A_NAME: strbuf_puts(out, STR_DATA(TUPLE_GET(co->names, arg))); break;
    case A_GLOBAL:
        if (arg & 1) strbuf_puts(out, "NULL + ");
        strbuf_puts(out, STR_DATA(TUPLE_GET(co->names, arg >> 1)));
        break;
    case A_LOCAL: strbuf_puts(out, STR_DATA(TUPLE_GET(co->varnames, arg))); break;
    case A_DEREF:
        strbuf_puts(out, STR_DATA((int)arg < co->ncells ? TUPLE_GET(co->cellvars, arg)
                                                       : TUPLE_GET(co->freevars, arg - (uint32_t)co->ncells)));
        break;
    case A_JUMP:
    case A_JUMP_BACK: strbuf_printf(out, "to %u", opcode_jump_target(op, arg, (uint32_t)index)); break;
    case A_CMP: strbuf_puts(out, arg < 6 ? cmp_names[arg] : "?"); break;
    case A_BINOP: strbuf_puts(out, nb_op_symbol((NbOp)arg)); break;
    case A_FLAGS:
        if (op == OP_FORMAT_VALUE) {
            const char *conv[] = {"", "str", "repr", "ascii"};
            strbuf_puts(out, conv[arg & 3]);
            if (arg & 4) strbuf_puts(out, (arg & 3) ? ", with format" : "with format");
        } else if (op == OP_MAKE_FUNCTION) {
            const char *flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
            bool first = true;
            for (int i = 0; i < 4; i++) {
                if (!(arg & (1u << i))) continue;
                if (!first) strbuf_puts(out, ", ");
                strbuf_puts(out, flags[i]);
                first = false;
            }
        }
        break;
    default: break;
    }
}

void dis_instruction_marked(ThreadState *ts, StrBuf *out, CodeObject *co, int index, bool show_line,
                            bool is_target, bool adaptive, ColourMarks *marks) {
    uint32_t w = co->code[index];
    /* the family, unless the specialised forms are asked for */
    Opcode op = adaptive ? INSTR_OP(w) : opcode_family[INSTR_OP(w)];
    size_t from = out->len;
    if (show_line) strbuf_printf(out, "%3d", co->positions[index].line);
    else strbuf_puts(out, "   ");
    if (marks && show_line) colour_mark(marks, from, out->len, COLOUR_PLACE);
    strbuf_printf(out, "    %s ", is_target ? ">>" : "  ");
    if (marks && is_target) colour_mark(marks, out->len - 3, out->len - 1, COLOUR_PLACE);
    size_t at = out->len;
    strbuf_printf(out, "%4d", index);
    if (marks) colour_mark(marks, at, out->len, COLOUR_QUIET);
    strbuf_appendc(out, ' ');
    at = out->len;
    strbuf_printf(out, adaptive ? "%-26s" : "%-20s", opcode_names[op]);
    if (marks) colour_mark(marks, at, at + strlen(opcode_names[op]), COLOUR_NAME);
    if (opcode_operands[op] != A_NONE) {
        strbuf_printf(out, " %5u", INSTR_ARG(w));
        StrBuf arg;
        strbuf_init(&arg);
        dis_argrepr(ts, &arg, co, index);
        if (arg.len) {
            strbuf_puts(out, " (");
            at = out->len;
            strbuf_append(out, arg.data, arg.len);
            ColourRole role = opcode_operands[op] == A_CONST ? COLOUR_VALUE
                              : opcode_is_jump(op) ? COLOUR_PLACE : COLOUR_NONE;
            if (marks) colour_mark(marks, at, out->len, role);
            strbuf_puts(out, ")");
        }
        strbuf_free(&arg);
    }
    if (adaptive) {
        /* what the inline cache holds (vm/specialize.c) */
        StrBuf cache;
        strbuf_init(&cache);
        spec_describe(&cache, co, index);
        if (cache.len) {
            strbuf_puts(out, "  [");
            at = out->len;
            strbuf_append(out, cache.data, cache.len);
            if (marks) colour_mark(marks, at, out->len, COLOUR_QUIET);
            strbuf_puts(out, "]");
        }
        strbuf_free(&cache);
    }
    /* `python -m dis` strips trailing blanks */
    while (out->len && out->data[out->len - 1] == ' ') out->data[--out->len] = '\0';
}

void dis_instruction(ThreadState *ts, StrBuf *out, CodeObject *co, int index, bool show_line,
                     bool is_target) {
    dis_instruction_marked(ts, out, co, index, show_line, is_target, false, NULL);
}

/* "   (LOCAL: ...)": what a header line means, dim on a terminal. */
static void explain(FILE *out, bool colour, const char *what) {
    fputs("   ", out);
    if (colour) fputs(colour_start(COLOUR_QUIET), out);
    fprintf(out, "(%s)", what);
    if (colour) fputs(COLOUR_END, out);
    fputc('\n', out);
}

static void name_list(FILE *out, bool colour, const char *label, Object *names, const char *what) {
    if (!names || TUPLE_SIZE(names) == 0) return;
    fprintf(out, "  %-11s", label);
    for (size_t i = 0; i < TUPLE_SIZE(names); i++)
        fprintf(out, "%s%s", i ? ", " : "", STR_DATA(TUPLE_GET(names, i)));
    explain(out, colour, what);
}

static bool tuple_has(Object *t, Object *name) {
    for (size_t i = 0; t && i < TUPLE_SIZE(t); i++)
        if (str_eq(TUPLE_GET(t, i), name)) return true;
    return false;
}

/* The header: how this code object's names are stored. */
static void dis_header(ThreadState *ts, FILE *out, CodeObject *co, bool colour, const char *file) {
    if (colour) fputs(colour_start(COLOUR_LABEL), out);
    fprintf(out, "Disassembly of <code object %s, file \"%s\", line %d>:", STR_DATA(co->name),
            file ? file : STR_DATA(co->filename), co->firstlineno);
    if (colour) fputs(COLOUR_END, out);
    fputc('\n', out);
    bool function = (co->flags & CO_OPTIMIZED) != 0;
    if (function) {
        int nargs = co->argcount + co->kwonlyargcount + ((co->flags & CO_VARARGS) ? 1 : 0) +
                    ((co->flags & CO_VARKEYWORDS) ? 1 : 0);
        fprintf(out, "  %-11s", "arguments:");
        if (nargs == 0) fprintf(out, "none");
        for (int i = 0; i < nargs; i++) {
            const char *prefix = "";
            if ((co->flags & CO_VARARGS) && i == co->argcount + co->kwonlyargcount) prefix = "*";
            if ((co->flags & CO_VARKEYWORDS) && i == nargs - 1) prefix = "**";
            fprintf(out, "%s%s%s", i ? ", " : "", prefix, STR_DATA(TUPLE_GET(co->varnames, i)));
        }
        fprintf(out, "\n");
        name_list(out, colour, "locals:", co->varnames, "LOCAL: LOAD_FAST/STORE_FAST, a slot in the frame");
    }
    name_list(out, colour, "cells:", co->cellvars, "CELL: local, captured by an inner function; LOAD_DEREF");
    name_list(out, colour, "free:", co->freevars, "FREE: from an enclosing function's cell; LOAD_DEREF");
    /* globals: the names the instructions reach with *_GLOBAL or *_NAME */
    Object *g = list_new(ts, 0), *n = list_new(ts, 0);
    for (uint32_t i = 0; g && n && i < co->ncode; i++) {
        Opcode op = opcode_family[INSTR_OP(co->code[i])];
        uint32_t arg = INSTR_ARG(co->code[i]);
        Object *name = NULL, *target = NULL;
        if (op == OP_LOAD_GLOBAL) { name = TUPLE_GET(co->names, arg >> 1); target = g; }
        else if (op == OP_STORE_GLOBAL || op == OP_DELETE_GLOBAL) { name = TUPLE_GET(co->names, arg); target = g; }
        else if (op == OP_LOAD_NAME || op == OP_STORE_NAME || op == OP_DELETE_NAME) { name = TUPLE_GET(co->names, arg); target = n; }
        if (!name) continue;
        bool seen = false;
        for (size_t k = 0; k < LIST_SIZE(target); k++)
            if (str_eq(LIST_GET(target, k), name)) seen = true;
        if (!seen) list_append(ts, target, name);
    }
    if (g && LIST_SIZE(g)) {
        fprintf(out, "  %-11s", "globals:");
        for (size_t i = 0; i < LIST_SIZE(g); i++) {
            Object *name = LIST_GET(g, i);
            fprintf(out, "%s%s%s", i ? ", " : "", STR_DATA(name),
                    tuple_has(co->global_explicit, name) ? " (declared global)" : "");
        }
        explain(out, colour, "GLOBAL: LOAD_GLOBAL, module globals then builtins");
    }
    if (n && LIST_SIZE(n)) {
        fprintf(out, "  %-11s", "names:");
        for (size_t i = 0; i < LIST_SIZE(n); i++) fprintf(out, "%s%s", i ? ", " : "", STR_DATA(LIST_GET(n, i)));
        explain(out, colour, "LOAD_NAME: the namespace dict, then globals, then builtins");
    }
    XDECREF(g);
    XDECREF(n);
    err_clear(ts);
    fprintf(out, "\n");
}

static void dis_code_in(ThreadState *ts, FILE *out, CodeObject *co, bool colour, bool adaptive, const char *file) {
    dis_header(ts, out, co, colour, file);
    bool *target = rawmem_calloc(co->ncode + 1, sizeof(bool));
    for (uint32_t i = 0; i < co->ncode; i++)
        if (opcode_is_jump(INSTR_OP(co->code[i])))
            target[opcode_jump_target(INSTR_OP(co->code[i]), INSTR_ARG(co->code[i]), i)] = true;
    for (uint32_t i = 0; i < co->nexc; i++) target[co->exctable[i].handler] = true;
    int last_line = -1;
    StrBuf line;
    strbuf_init(&line);
    for (uint32_t i = 0; i < co->ncode; i++) {
        int ln = co->positions[i].line;
        bool starts = ln != last_line && ln > 0;
        if (starts && i > 0) fputc('\n', out);
        if (starts) last_line = ln;
        strbuf_reset(&line);
        ColourMarks marks;
        colour_clear(&marks);
        dis_instruction_marked(ts, &line, co, (int)i, starts, target[i], adaptive, colour ? &marks : NULL);
        colour_write(out, line.data, line.len, &marks);
        fputc('\n', out);
    }
    strbuf_free(&line);
    rawmem_free(target);
    if (co->nexc) {
        colour_fputs(out, colour, COLOUR_LABEL, "ExceptionTable:");
        fputc('\n', out);
        for (uint32_t i = 0; i < co->nexc; i++)
            fprintf(out, "  %u to %u -> %u [%u]\n", co->exctable[i].start, co->exctable[i].end - 1,
                    co->exctable[i].handler, co->exctable[i].depth);
    }
    for (size_t i = 0; i < TUPLE_SIZE(co->consts); i++) {
        Object *c = TUPLE_GET(co->consts, i);
        if (TYPE(c) == &CodeType) {
            fputc('\n', out);
            dis_code_in(ts, out, (CodeObject *)c, colour, adaptive, file);
        }
    }
}

void dis_code(ThreadState *ts, FILE *out, CodeObject *co, bool adaptive, const char *file) {
    dis_code_in(ts, out, co, colour_wanted(ts->interp->colour, out), adaptive, file);
}
