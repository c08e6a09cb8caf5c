/* frame.h -- one activation of a code object: its locals, its cells, its
 * value stack, and where it is in its bytecode.
 *
 * Lesson 3 (LEGB): a frame's locals are slots in localsplus[], found by
 * index (LOAD_FAST), not by name; only module and class bodies keep their
 * names in a dict (`locals`). Frames are carved from a per-thread stack of
 * memory (runtime/interp.h DataChunk): entering a function bumps a pointer
 * instead of calling malloc. A generator keeps its frame inside the
 * generator object, so it survives between next() calls. A frame an
 * exception passes through also gets a FrameObject (runtime/frameobject.c), which
 * the traceback holds and which keeps the locals once the frame has ended.
 */
#ifndef MINIPY_FRAME_H
#define MINIPY_FRAME_H

#include "object.h"
#include "code.h"

typedef struct Frame {
    CodeObject *code;         /* borrowed from func, or owned for module/class code */
    Object *func;             /* FunctionObject or NULL (owned) */
    /* globals, builtins and closure are borrowed from func when there is one
     * (the function keeps them alive); owned otherwise (owns_code) */
    Object *globals;
    Object *builtins;
    Object *locals;           /* owned dict for module and class bodies, else NULL */
    struct Frame *back;       /* the caller */
    const uint32_t *ip;       /* next instruction (saved when the frame calls out) */
    Object **sp;              /* top of the value stack (saved likewise) */
    Object *closure;          /* tuple of cells for COPY_FREE_VARS, or NULL */
    int last_line;            /* for --trace=line: the line last reported */
    int last_index;           /* ... and the instruction that was then running */
    bool is_entry;            /* the C call to eval started with this frame */
    bool on_heap;             /* allocated outside the data stack (generators) */
    bool suspended;           /* a generator's frame stopped at a yield */
    bool owns_code;           /* module and class bodies: code, globals, builtins,
                                 closure are owned references */
    bool is_init;             /* an __init__ entered by CALL_ALLOC_AND_ENTER_INIT: the
                                 caller's stack holds the new instance, which is the
                                 call's result once __init__ returns None */
    int depth;                /* call depth, for indenting traces */
    Object *frame_obj;        /* its FrameObject, once a traceback needed one (owned), or NULL */
    Object *localsplus[];     /* locals, cells, free cells, then the value stack */
} Frame;

static inline Object **frame_stack_base(Frame *f) { return f->localsplus + f->code->nlocalsplus; }
static inline int frame_lasti(Frame *f) { return f->ip ? (int)(f->ip - f->code->code) - 1 : 0; }
static inline size_t frame_size(CodeObject *co) {
    return sizeof(Frame) + sizeof(Object *) * (size_t)(co->nlocalsplus + co->stacksize);
}

/* ---- a frame's references (runtime/frameobject.c) ---- */

/* Drop everything [f] holds: locals, cells, the value stack up to sp, its
 * namespace and its function, and its code, globals, builtins and closure
 * if it owns them (f->code is NULL afterwards). Its memory stays where it
 * is: the eval loop gives a data-stack frame back itself. */
void frame_clear(Frame *f);
/* A generator's frame: release everything it holds and free it. */
void frame_free_heap(Frame *f);
/* Visit every reference [f] holds (a generator's traverse slot). */
int frame_traverse(Frame *f, VisitFunc visit, void *arg);

/* The names of [f] as a dict (new reference): a module or class body's
 * own dict, or a new dict of a function's bound slots and cells, as
 * locals() gives it. NULL with an exception set when memory runs out. */
Object *frame_locals(ThreadState *ts, Frame *f);

/* ---- frames as objects (runtime/frameobject.c) ---- */

/* A frame as an object, made only when a traceback entry needs one (CPython's
 * PyFrameObject). While the activation runs, the object points at it; when
 * the activation ends while something else (a traceback, a callee's frame
 * object) still holds the object, the object takes over the frame's locals,
 * so they live as long as the traceback does. */
typedef struct FrameObject {
    OBJECT_HEAD;
    Frame *frame;             /* the running activation, or NULL once it ended */
    Object *back;             /* after the end: the caller's FrameObject, or NULL */
    Object *code;             /* f_code: the CodeObject it runs (owned) */
    Object *globals;          /* f_globals (owned) */
    Object *ns;               /* after the end: its namespace dict (module, class, exec) */
    int lineno;               /* after the end: the line it was at (f_lineno) */
    int nlocals;              /* 0 until the end; then the code's nlocalsplus */
    Object *locals[];         /* after the end: its locals and cells (owned; may be NULL) */
} FrameObject;

extern TypeObject FrameType;

/* The FrameObject of the running [f], made on first use (new reference).
 * Out of memory: NULL, and the exception state is left as it was (this is
 * called while a traceback is being built). */
Object *frame_object(ThreadState *ts, Frame *f);
/* [f] is ending and has a FrameObject: hand the locals over if the object
 * outlives it, then drop f's reference (frame_clear calls it). */
void frame_object_detach(Frame *f);
/* [f]'s locals are already gone, but a FrameObject was made for it while
 * they went (a __del__ resumed a generator, whose frame links back to f):
 * the object lets go of f and keeps nothing. */
void frame_object_forget(Frame *f);

#endif
