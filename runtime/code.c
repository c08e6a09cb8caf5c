/* code.c -- the code object type: its life cycle, its Python-visible
 * attributes (co_name, co_varnames, ...) and the line/handler lookups that
 * tracebacks and the exception machinery use. */
#include <stdlib.h>

#include "code.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "args.h"

CodeObject *code_new(ThreadState *ts) {
    return (CodeObject *)obj_alloc(ts, &CodeType, sizeof(CodeObject));
}

int code_line(const CodeObject *co, int index) {
    if (index < 0 || (uint32_t)index >= co->ncode || !co->positions) return co->firstlineno;
    return co->positions[index].line;
}

const ExcEntry *code_find_handler(const CodeObject *co, uint32_t index) {
    /* entries are sorted by start and do not overlap: binary search */
    uint32_t lo = 0, hi = co->nexc;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        const ExcEntry *e = &co->exctable[mid];
        if (index < e->start) hi = mid;
        else if (index >= e->end) lo = mid + 1;
        else return e;
    }
    return NULL;
}

static void code_dealloc(Object *self) {
    CodeObject *co = (CodeObject *)self;
    rawmem_free(co->code);
    XDECREF(co->consts);
    XDECREF(co->names);
    XDECREF(co->varnames);
    XDECREF(co->cellvars);
    XDECREF(co->freevars);
    XDECREF(co->global_explicit);
    XDECREF(co->filename);
    XDECREF(co->name);
    XDECREF(co->qualname);
    XDECREF(co->docstring);
    rawmem_free(co->cell2arg);
    rawmem_free(co->positions);
    rawmem_free(co->exctable);
    rawmem_free(co->caches);
    rawmem_free(co->def_lines);
    XDECREF(co->free_owners);
    obj_free(self);
}

static Object *code_repr(ThreadState *ts, Object *self) {
    CodeObject *co = (CodeObject *)self;
    return str_format(ts, "<code object %U at %p, file \"%U\", line %d>", co->name, (void *)self,
                      co->filename, co->firstlineno);
}

#define CO(self) ((CodeObject *)(self))
static GETTER(get_name) { return NEWREF(CO(self)->name); }
static GETTER(get_qualname) { return NEWREF(CO(self)->qualname); }
static GETTER(get_filename) { return NEWREF(CO(self)->filename); }
static GETTER(get_consts) { return NEWREF(CO(self)->consts); }
static GETTER(get_names) { return NEWREF(CO(self)->names); }
static GETTER(get_varnames) { return NEWREF(CO(self)->varnames); }
static GETTER(get_cellvars) { return NEWREF(CO(self)->cellvars); }
static GETTER(get_freevars) { return NEWREF(CO(self)->freevars); }
static GETTER(get_argcount) { return int_from_i64(ts, CO(self)->argcount); }
static GETTER(get_posonly) { return int_from_i64(ts, CO(self)->posonlyargcount); }
static GETTER(get_kwonly) { return int_from_i64(ts, CO(self)->kwonlyargcount); }
static GETTER(get_nlocals) { return int_from_i64(ts, CO(self)->nlocals); }
static GETTER(get_flags) { return int_from_i64(ts, CO(self)->flags); }
static GETTER(get_stacksize) { return int_from_i64(ts, CO(self)->stacksize); }
static GETTER(get_firstlineno) { return int_from_i64(ts, CO(self)->firstlineno); }

static const GetSetDef code_getset[] = {
    {"co_name", get_name, NULL, NULL},
    {"co_qualname", get_qualname, NULL, NULL},
    {"co_filename", get_filename, NULL, NULL},
    {"co_consts", get_consts, NULL, NULL},
    {"co_names", get_names, NULL, NULL},
    {"co_varnames", get_varnames, NULL, NULL},
    {"co_cellvars", get_cellvars, NULL, NULL},
    {"co_freevars", get_freevars, NULL, NULL},
    {"co_argcount", get_argcount, NULL, NULL},
    {"co_posonlyargcount", get_posonly, NULL, NULL},
    {"co_kwonlyargcount", get_kwonly, NULL, NULL},
    {"co_nlocals", get_nlocals, NULL, NULL},
    {"co_flags", get_flags, NULL, NULL},
    {"co_stacksize", get_stacksize, NULL, NULL},
    {"co_firstlineno", get_firstlineno, NULL, NULL},
    {NULL},
};

/* code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags,
 *      codestring, constants, names, varnames, filename, name, qualname,
 *      firstlineno, linetable, exceptiontable, freevars=(), cellvars=(), /)
 * builds a code object from raw bytecode in CPython. minipy has no bytes
 * type (and its instruction words are not CPython's), so no call succeeds:
 * the arguments are checked in CPython's order with its messages, which
 * stops at the codestring at the latest. */
static Object *code_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_no_kwargs(ts, "code", kwnames) < 0 || args_count(ts, "code", nargs, 16, 18) < 0) return NULL;
    int counts[6];
    for (int i = 0; i < 6; i++)
        if (args_c_int(ts, args[i], &counts[i]) < 0) return NULL;
    return err_format(ts, &ExcTypeError, "code() argument 7 must be bytes, not %s", args_type_name(args[6]));
}

TypeObject CodeType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "code",
    .basicsize = sizeof(CodeObject),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .new_ = code_new_slot,
    .getset = code_getset,
};
