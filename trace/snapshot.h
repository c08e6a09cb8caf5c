/* snapshot.h -- the program's state at one moment, read from C: the frames
 * of a thread with their variables, the module's globals, and the objects
 * reachable from them, each with its per-run id and its reference count.
 *
 * Lessons 3, 4, 6 and 9 drawn as boxes and arrows: the browser view
 * (trace/html.c) and Python Tutor's format (trace/pytutor.c) render a
 * snapshot at every step; the stepper can walk a frame's variables with
 * snapshot_frame_vars(). Taking one obeys the sinks' rule (trace/sink.h):
 * it reads fields and never runs Python code, allocates a Python object or
 * moves a reference count, so a run looks the same watched or not. The
 * snapshot holds borrowed pointers, valid only during the event it was
 * taken in: render it before returning from the sink.
 *
 * It is bounded, so that a list of a million items costs what fifty do:
 * a container shows its first SNAP_MAX_ITEMS items and says how many it
 * has; past SNAP_MAX_OBJECTS objects, the rest are named but not walked;
 * of a deep recursion, the SNAP_MAX_FRAMES innermost frames are shown.
 *
 * Start at snapshot_take(), then snapshot_each().
 */
#ifndef MINIPY_TRACE_SNAPSHOT_H
#define MINIPY_TRACE_SNAPSHOT_H

#include "tracer.h"
#include "ptrmap.h"
#include "common/strbuf.h"

struct Object;
struct Frame;

#define SNAP_MAX_ITEMS 50         /* items of one container walked and shown */
#define SNAP_MAX_OBJECTS 300      /* objects walked in one snapshot */
#define SNAP_MAX_FRAMES 50        /* frames shown, the innermost (a deep recursion) */

/* What a heap object is drawn as (Python Tutor's kinds, and cells). */
typedef enum SnapKind {
    SNAP_LIST,
    SNAP_TUPLE,
    SNAP_SET,                     /* set and frozenset */
    SNAP_DICT,
    SNAP_INSTANCE,                /* an instance of a class: its attributes */
    SNAP_CLASS,                   /* a class: its bases and attributes */
    SNAP_FUNCTION,                /* a Python function, bound method or built-in function */
    SNAP_CELL,                    /* a closure's cell (only when the snapshot keeps cells) */
    SNAP_MODULE,
    SNAP_OTHER,                   /* anything else: its type and safe repr */
} SnapKind;

/* A variable of a frame (or a global): a name and its value. */
typedef struct SnapVar {
    struct Object *name;          /* a str */
    struct Object *value;         /* for a cell variable: the cell, when the snapshot keeps
                                     cells, else what the cell holds */
    bool cell;                    /* a cell variable (the frame's own, or a free one) */
    bool free;                    /* ... captured from an enclosing function */
} SnapVar;

typedef struct SnapFrame {
    struct Frame *frame;
    int64_t id;                   /* its number, in the order frames were entered (SnapFrameIds) */
    int line;                     /* the line it is at */
    int64_t parent;               /* the frame whose cells its function captured (0: none alive) */
    size_t vars, nvars;           /* its variables: Snapshot.vars[vars .. vars + nvars) */
} SnapFrame;

typedef struct SnapObject {
    struct Object *object;
    int64_t id;                   /* the narration's per-run id (trace/names.h) */
    intptr_t refcnt;              /* its reference count now (-1: immortal) */
    SnapKind kind;
    size_t total;                 /* its items (attributes of an instance or class) */
    size_t shown;                 /* ... of which the snapshot walks the first */
    int64_t parent;               /* SNAP_FUNCTION: the live frame whose cells it captured (0: none) */
} SnapObject;

/* Frame numbers that stay the same from one snapshot to the next: a frame
 * gets one the first time it is seen, and loses it when it returns. */
typedef struct SnapFrameIds {
    PtrMap ids;
    int64_t last;
} SnapFrameIds;

typedef struct Snapshot {
    bool cells;                   /* show cells as objects (else what they hold) */
    SnapFrame *frames;            /* innermost first; the main module's body is not one of
                                     them: its variables are the globals */
    size_t nframes, frames_cap;
    size_t frames_hidden;         /* frames further out than SNAP_MAX_FRAMES, not shown */
    SnapVar *vars;
    size_t nvars, vars_cap;
    size_t globals, nglobals;     /* the main module's globals: vars[globals .. +nglobals) */
    SnapObject *heap;             /* in the order they were found */
    size_t nheap, heap_cap;
    PtrMap index;                 /* object -> its index in heap + 1 */
    size_t cells_seen;            /* cells of live frames, for the parents of functions */
    bool failed;                  /* out of memory: what is there is right, but incomplete */
} Snapshot;

void snapshot_init(Snapshot *s, bool cells);
void snapshot_free(Snapshot *s);
/* Read the state of the frames from [top] outwards into [s] (its previous
 * contents are dropped). [ids] numbers the frames; [t] the objects;
 * [extra] is one more value whose objects to walk (a return value), or NULL. */
void snapshot_take(Snapshot *s, Tracer *t, SnapFrameIds *ids, struct Frame *top, struct Object *extra);
/* The heap entry of [o], or NULL when [o] is shown inline or was past the limit. */
const SnapObject *snapshot_find(const Snapshot *s, struct Object *o);
/* Is [o] shown as a value rather than an object: None, bool, int, float, str? */
bool snapshot_is_inline(struct Object *o);

/* Visit the items of [so] the snapshot shows, in order: [key] is NULL for
 * a list, tuple, set or cell; a dict's key; an attribute's name (a str)
 * for an instance, class or function (its captured cells, with cells on). */
typedef void (*SnapVisit)(void *ctx, struct Object *key, struct Object *value);
void snapshot_each(const Snapshot *s, const SnapObject *so, SnapVisit visit, void *ctx);

/* Visit the variables of [f] in order -- its parameters and locals, then
 * its cells and free variables (a parameter that is a cell in its place),
 * or a namespace's names for a module or class body -- skipping the
 * unbound ones. With [cells], a cell variable's value is the cell. */
typedef void (*SnapVarVisit)(void *ctx, const SnapVar *var);
void snapshot_frame_vars(struct Frame *f, bool cells, SnapVarVisit visit, void *ctx);

/* The frame numbers: [f]'s (given on first sight), and [f] has ended. */
int64_t snapshot_frame_id(SnapFrameIds *ids, struct Frame *f);
void snapshot_frame_ended(SnapFrameIds *ids, struct Frame *f);
void snapshot_frame_ids_free(SnapFrameIds *ids);

/* "f(a, b, *args, **kw)": [func]'s name and parameters, as Python Tutor labels it. */
void snapshot_signature(StrBuf *b, struct Object *func);

#endif
