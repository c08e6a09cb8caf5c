/* frameobject.c -- a frame as an object, so that a traceback keeps a frame's
 * locals alive.
 *
 * Lesson 3 (frames and scopes), the part about lifetimes. A Frame lives on
 * the per-thread data stack and is gone when its function returns. But in
 * CPython an exception's traceback holds frame objects, and a frame object
 * keeps its frame's locals alive after the function has ended: the __del__
 * of a local of a failed call runs only when the exception is dropped (when
 * the `except` clause ends, or later if the exception was saved). minipy
 * does what CPython's _PyFrame_Clear and take_ownership do, lazily:
 *   - a FrameObject is made for a Frame only when an exception passes
 *     through it: the error path in vm/eval.c gives it to the new traceback
 *     entry, and the Frame keeps one reference (f->frame_obj);
 *   - when that Frame ends (frame_clear) and someone else still holds the
 *     object, the object takes the Frame's locals, cells and namespace (the
 *     references move, nothing is copied or counted) and a reference to the
 *     caller's FrameObject, made now if needed, so the caller's locals are
 *     kept in turn when the caller ends (CPython's f_back);
 *   - otherwise the object is simply dropped.
 * A call that no exception passes through pays one NULL test as it returns.
 * Start reading at frame_object_detach().
 *
 * The frame's own end is here too: frame_clear() drops what a Frame holds
 * (the eval loop calls it as a function returns, and a generator when it
 * finishes), frame_traverse() shows the collector what a generator's frame
 * holds. Where frames are carved from, the per-thread data stack, is the
 * eval loop's business (vm/eval.c).
 */
#include <stdlib.h>
#include <string.h>

#include "frame.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "code.h"
#include "dict.h"
#include "func.h"
#include "tuple.h"
#include "str.h"

/* ==== a frame's references ================================================ */

void frame_clear(Frame *f) {
    if (UNLIKELY(f->frame_obj)) frame_object_detach(f);   /* a traceback may keep the locals */
    for (int i = 0; i < f->code->nlocalsplus; i++) CLEAR(f->localsplus[i]);
    Object **base = frame_stack_base(f);
    while (f->sp > base) {
        Object *v = *--f->sp;
        XDECREF(v);
    }
    CLEAR(f->locals);
    if (UNLIKELY(f->frame_obj)) frame_object_forget(f);   /* made while the locals went */
    Object *code = (Object *)f->code;
    f->code = NULL;
    if (f->owns_code) {
        CLEAR(f->globals);
        CLEAR(f->builtins);
        CLEAR(f->closure);
        DECREF(code);
    } else {
        f->globals = f->builtins = f->closure = NULL;
    }
    CLEAR(f->func);
}


void frame_free_heap(Frame *f) {
    frame_clear(f);
    rawmem_free(f);
}

int frame_traverse(Frame *f, VisitFunc visit, void *arg) {
    if (!f->code) return 0;
    for (int i = 0; i < f->code->nlocalsplus; i++)
        if (f->localsplus[i] && visit(f->localsplus[i], arg)) return 1;
    for (Object **p = frame_stack_base(f); p < f->sp; p++)
        if (*p && visit(*p, arg)) return 1;
    if (f->func && visit(f->func, arg)) return 1;
    if (f->locals && visit(f->locals, arg)) return 1;
    if (f->frame_obj && visit(f->frame_obj, arg)) return 1;
    if (f->owns_code) {     /* otherwise borrowed from func */
        Object *fields[] = {f->globals, f->builtins, f->closure};
        for (size_t i = 0; i < ARRAY_LEN(fields); i++)
            if (fields[i] && visit(fields[i], arg)) return 1;
    }
    return 0;
}

/* ==== frames as objects ==================================================== */

static Object *locals_as_dict(ThreadState *ts, CodeObject *co, Object *const *localsplus, int n);

Object *frame_object(ThreadState *ts, Frame *f) {
    if (!f->frame_obj) {
        /* called while an exception is on its way: leave it in place */
        Object *pending = ts->exc;
        ts->exc = NULL;
        /* room for the locals, should it outlive the activation */
        size_t size = sizeof(FrameObject) + sizeof(Object *) * (size_t)f->code->nlocalsplus;
        FrameObject *fo = (FrameObject *)obj_alloc(ts, &FrameType, size);
        err_clear(ts);
        ts->exc = pending;
        if (!fo) return NULL;
        fo->frame = f;
        fo->lineno = 0;
        fo->code = NEWREF((Object *)f->code);
        fo->globals = XNEWREF(f->globals);
        f->frame_obj = (Object *)fo;
        gc_track(ts, (Object *)fo);
    }
    return NEWREF(f->frame_obj);
}

/* The activation [f] of [fo] ends while [fo] is held elsewhere: [fo] takes
 * over what the frame would drop now. */
static void take_ownership(FrameObject *fo, Frame *f) {
    int n = f->code->nlocalsplus;
    memcpy(fo->locals, f->localsplus, sizeof(Object *) * (size_t)n);
    memset(f->localsplus, 0, sizeof(Object *) * (size_t)n);
    fo->nlocals = n;
    fo->ns = f->locals;
    f->locals = NULL;
    /* The caller is still running (a suspended generator has no caller).
     * Its frame object is made here if it has none, so that its own locals
     * outlive it as long as this object lives. */
    Frame *caller = f->back;
    if (caller && caller->code && !(f->on_heap && f->suspended))
        fo->back = frame_object(ts_current(), caller);   /* NULL if no memory: no link */
}

void frame_object_detach(Frame *f) {
    FrameObject *fo = (FrameObject *)f->frame_obj;
    f->frame_obj = NULL;
    fo->frame = NULL;
    fo->lineno = code_line(f->code, frame_lasti(f));
    if (AS_OBJ(fo)->refcnt > 1) take_ownership(fo, f);
    DECREF(fo);
}

void frame_object_forget(Frame *f) {
    FrameObject *fo = (FrameObject *)f->frame_obj;
    f->frame_obj = NULL;
    fo->frame = NULL;
    fo->lineno = code_line(f->code, frame_lasti(f));
    DECREF(fo);
}

/* Drop what an ended frame left: the namespace, then the locals in order,
 * as CPython's frame_dealloc does. */
static void drop_kept(FrameObject *fo) {
    int n = fo->nlocals;
    fo->nlocals = 0;
    CLEAR(fo->ns);
    for (int i = 0; i < n; i++) CLEAR(fo->locals[i]);
}

static void frameobj_dealloc(Object *self) {
    gc_untrack(self);
    FrameObject *fo = (FrameObject *)self;
    drop_kept(fo);
    XDECREF(fo->back);
    XDECREF(fo->globals);
    XDECREF(fo->code);
    obj_free(self);
}

static int frameobj_traverse(Object *self, VisitFunc visit, void *arg) {
    FrameObject *fo = (FrameObject *)self;
    if (fo->ns && visit(fo->ns, arg)) return 1;
    for (int i = 0; i < fo->nlocals; i++)
        if (fo->locals[i] && visit(fo->locals[i], arg)) return 1;
    if (fo->back && visit(fo->back, arg)) return 1;
    if (fo->globals && visit(fo->globals, arg)) return 1;
    return 0;
}

static int frameobj_clear(Object *self) {
    FrameObject *fo = (FrameObject *)self;
    drop_kept(fo);
    CLEAR(fo->back);
    return 0;
}

/* f_lineno: the line the activation is at (or was at when it ended). */
static GETTER(frameobj_get_lineno) {
    FrameObject *fo = (FrameObject *)self;
    Frame *f = fo->frame;
    return int_from_i64(ts, f ? code_line(f->code, frame_lasti(f)) : fo->lineno);
}

static GETTER(frameobj_get_code) { return NEWREF(((FrameObject *)self)->code); }

static GETTER(frameobj_get_globals) {
    FrameObject *fo = (FrameObject *)self;
    return fo->globals ? NEWREF(fo->globals) : none_new();
}

/* f_back: the caller's frame object (made now if it has none), or None */
static GETTER(frameobj_get_back) {
    FrameObject *fo = (FrameObject *)self;
    if (!fo->frame) return fo->back ? NEWREF(fo->back) : none_new();
    Frame *caller = fo->frame->back;
    while (caller && !caller->code) caller = caller->back;
    if (!caller) return none_new();
    Object *back = frame_object(ts, caller);
    return back ? back : err_no_memory(ts);
}

/* f_locals: a running function's locals as a new dict (CPython's snapshot);
 * the namespace itself for module and class bodies */
static GETTER(frameobj_get_locals) {
    FrameObject *fo = (FrameObject *)self;
    if (fo->frame) return frame_locals(ts, fo->frame);
    if (fo->ns) return NEWREF(fo->ns);
    return locals_as_dict(ts, (CodeObject *)fo->code, fo->locals, fo->nlocals);
}

static Object *frameobj_repr(ThreadState *ts, Object *self) {
    FrameObject *fo = (FrameObject *)self;
    CodeObject *co = (CodeObject *)fo->code;
    Frame *f = fo->frame;
    int line = f ? code_line(f->code, frame_lasti(f)) : fo->lineno;
    return str_format(ts, "<frame at %p, file %R, line %d, code %U>", self, co->filename, line, co->name);
}

static const GetSetDef frameobj_getset[] = {
    {"f_lineno", frameobj_get_lineno, NULL, NULL},
    {"f_code", frameobj_get_code, NULL, NULL},
    {"f_globals", frameobj_get_globals, NULL, NULL},
    {"f_back", frameobj_get_back, NULL, NULL},
    {"f_locals", frameobj_get_locals, NULL, NULL},
    {NULL},
};

TypeObject FrameType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "frame",
    .basicsize = sizeof(FrameObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = frameobj_dealloc,
    .traverse = frameobj_traverse,
    .clear = frameobj_clear,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .getset = frameobj_getset,
    .repr = frameobj_repr,
};

/* ==== a frame's namespace ================================================= */

Object *frame_locals(ThreadState *ts, Frame *f) {
    if (f->locals) return NEWREF(f->locals);
    return locals_as_dict(ts, f->code, f->localsplus, f->code->nlocalsplus);
}

/* [co]'s locals and cells, given as [localsplus] (its first [n] entries),
 * as a new dict of the names that have a value. */
static Object *locals_as_dict(ThreadState *ts, CodeObject *co, Object *const *localsplus, int n) {
    Object *d = dict_new(ts);
    if (!d) return NULL;
    for (int i = 0; i < co->nlocals && i < n; i++) {
        Object *v = localsplus[i];
        if (v && dict_set(ts, d, TUPLE_GET(co->varnames, i), v) < 0) { DECREF(d); return NULL; }
    }
    for (int i = 0; i < co->ncells + co->nfrees && co->nlocals + i < n; i++) {
        Object *cell = localsplus[co->nlocals + i];
        Object *name = i < co->ncells ? TUPLE_GET(co->cellvars, i) : TUPLE_GET(co->freevars, i - co->ncells);
        Object *v = cell && TYPE(cell) == &CellType ? CELL_GET(cell) : NULL;
        if (v && dict_set(ts, d, name, v) < 0) { DECREF(d); return NULL; }
    }
    return d;
}
