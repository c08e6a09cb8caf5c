/* code.h -- code objects: what the compiler produces and the VM runs.
 *
 * Lesson 2 (the pipeline): a code object is the bytecode of one function,
 * class body, comprehension or module, with everything it refers to:
 * constants, names, the local variables and how each is stored. --dis prints
 * one code object after another. The instructions themselves are listed in
 * vm/opcodes.def; how a word holds one (INSTR_OP, INSTR_ARG), where each
 * came from in the source and the exception table are the code object's,
 * so the runtime can read them without knowing the instruction set.
 *
 * Frame layout (see runtime/frame.h): localsplus[] holds first the varnames
 * (arguments first), then the cells of cellvars, then the cells of freevars;
 * LOAD_DEREF i indexes cellvars+freevars, i.e. localsplus[nlocals + i].
 */
#ifndef MINIPY_CODE_H
#define MINIPY_CODE_H

#include "object.h"

/* Code flags (CPython's values, so they read the same in a listing). */
enum {
    CO_OPTIMIZED = 0x1,     /* locals in slots (a function) */
    CO_NEWLOCALS = 0x2,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
    CO_COROUTINE = 0x80,           /* async def */
    CO_ITERABLE_COROUTINE = 0x100, /* a generator that may be awaited (types.coroutine) */
    CO_ASYNC_GENERATOR = 0x200,    /* async def with yield */
    /* a call makes an object around the frame instead of running it */
    CO_RESUMABLE = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR,
};

/* Where an instruction came from in the source (CPython's co_positions). */
typedef struct CodePos {
    int32_t line, end_line;
    int32_t col, end_col;    /* 0-based UTF-8 byte columns; -1 unknown */
    /* For a traceback's ~~^~~ markers (PEP 657): the source node was a binary
     * operation (left operand ends at anchor_a, right starts at anchor_b) or
     * a subscript (value ends at anchor_a, slice ends at anchor_b). */
    int32_t anchor_a, anchor_b;
    uint8_t anchor_kind;     /* ANCHOR_NONE, ANCHOR_BINOP, ANCHOR_SUBSCRIPT */
} CodePos;

enum { ANCHOR_NONE, ANCHOR_BINOP, ANCHOR_SUBSCRIPT };

/* One instruction word: the opcode (vm/opcodes.def) in the low 8 bits, its
 * argument in the 24 bits above, so no instruction needs an EXTENDED_ARG. */
#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w) ((int)((w) & 0xff))
#define INSTR_ARG(w) ((uint32_t)(w) >> 8)
#define MAX_ARG 0xffffff

/* An exception-table entry: an exception raised by an instruction in
 * [start, end) unwinds the value stack to [depth] items, pushes the
 * exception and continues at [handler]. */
typedef struct ExcEntry {
    uint32_t start, end, handler, depth;
} ExcEntry;

/* The inline cache of one instruction (issue 18, lesson 11): what the
 * adaptive interpreter (vm/specialize.c) learnt there. CPython 3.11 keeps
 * these in CACHE words between the instructions; here they sit in an array
 * beside the code, one entry per instruction (caches[i] belongs to
 * code[i]), made the first time one of the code's specialisable
 * instructions runs, so the instruction words, their offsets and --dis stay
 * what the compiler made.
 * [counter] counts down: for a generic instruction, the runs left before
 * the next attempt to specialise it; for a specialised form, the misses it
 * may still take before it goes back to its family. [backoff] doubles the
 * wait after each attempt that failed or form that went back. */
typedef struct InlineCache {
    uint16_t counter;
    uint8_t backoff;
    uint8_t why;                  /* the reason code of the last attempt or miss (vm/specialize.h) */
    uint32_t index;               /* a dict entry's index (the hint), a code's serial, ... */
    int32_t offset;               /* where the cached class keeps an instance's __dict__ */
    uint64_t version;             /* the type_epoch, or a dict's version, the guard compares */
    Object *owner;                /* borrowed, guarded: the class, module or code the form expects */
    Object *dict2;                /* LOAD_GLOBAL's cache: the builtins dict (borrowed) */
    uint64_t version2;            /* ... and its version (the globals': owner, version) */
    Object *value;                /* LOAD_GLOBAL's cache: the value (borrowed: its dict is
                                     unchanged); LOAD_METHOD_*: the function */
    uint64_t keys_version;        /* LOAD_GLOBAL_BUILTIN: the globals' keys_version (runtime/dict.h) */
    uint32_t index2;              /* LOAD_GLOBAL_BUILTIN: the builtins' entry hint */
} InlineCache;

typedef struct CodeObject {
    OBJECT_HEAD;
    uint32_t *code;           /* instruction words (INSTR above) */
    uint32_t ncode;
    Object *consts;           /* tuple */
    Object *names;            /* tuple of str: globals, attributes, imports */
    Object *varnames;         /* tuple of str: locals, arguments first */
    Object *cellvars;         /* tuple of str: locals that inner functions capture */
    Object *freevars;         /* tuple of str: variables captured from outside */
    Object *global_explicit;  /* tuple of str: names declared `global` here */
    Object *filename;
    Object *name;
    Object *qualname;
    Object *docstring;        /* str or NULL */
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;
    int nlocals, ncells, nfrees;
    int nlocalsplus;          /* nlocals + ncells + nfrees */
    int stacksize;
    int firstlineno;
    int *cell2arg;            /* per cellvar: index of the argument it holds, or -1; NULL if none */
    CodePos *positions;       /* one per instruction */
    ExcEntry *exctable;
    uint32_t nexc;
    uint32_t serial;          /* order of creation, for --dis */
    InlineCache *caches;      /* one per instruction, made when one first runs (vm/specialize.c) */
    /* For --trace=scope: the first line that binds each local and cell
     * (nlocals + ncells entries, 0: unknown), and for each free variable
     * the qualified name of the function whose cell it is. */
    int *def_lines;
    Object *free_owners;      /* tuple of str */
} CodeObject;

extern TypeObject CodeType;

/* [co]'s parameters take [nargs] positional arguments one to one: no
 * defaults needed, no *args, **kwargs or keyword-only ones (the VM then
 * moves the arguments into the frame as they are). */
static inline bool code_takes_exactly(const CodeObject *co, size_t nargs) {
    return !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && co->kwonlyargcount == 0 && (size_t)co->argcount == nargs;
}

/* A new, empty code object; the compiler fills it. */
CodeObject *code_new(ThreadState *ts);
/* Line of the instruction at [index] (-1 if unknown). */
int code_line(const CodeObject *co, int index);
/* Find the handler for an exception raised at instruction [index]. */
const ExcEntry *code_find_handler(const CodeObject *co, uint32_t index);

#endif
