/* events.h -- the narration's vocabulary: every event minipy reports, as a
 * typed struct of fields (numbers, enums, object pointers), never text.
 *
 * Every lesson is watched through these events. The rule (DESIGN.md 7,
 * STYLE.md 16): the code that does the work reports what it did, at the
 * moment it knows it. The VM's LOAD_GLOBAL says whether its cache answered
 * or which dicts it searched; the dict's probe loop reports each slot it
 * looked at; the collector reports the objects it found unreachable. The
 * tracer (trace/tracer.c) hands each event to one sink (trace/sink.h) that
 * renders it: text for people (trace/text.c), JSON Lines for programs
 * (trace/json.c). A sink never looks anything up again: it never searches a
 * dict, calls Python code, allocates a Python object or changes a reference
 * count, so a traced run observes exactly what an untraced run observes.
 *
 * This header depends on nothing but forward declarations, so runtime/ and
 * vm/ both include it. Start reading at `Event`, then at trace_emit().
 *
 * Cost when tracing is off: the VM's handlers are compiled twice, and only
 * the narrated copy reports (vm/eval.c); the runtime's reports sit behind
 * TRACE_ON(), one load and one branch on a path that is already slow
 * (a dict resize, an allocation under --trace=mem, a collection).
 */
#ifndef MINIPY_TRACE_EVENTS_H
#define MINIPY_TRACE_EVENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct Object;
struct Frame;
struct ThreadState;
struct Interp;
struct GCHead;

/* ---- categories: --trace=CATS ----------------------------------------------
 * A category is a filter on the stream, never a second code path. */
enum {
    TRACE_LINE = 1u << 0,         /* each new source line */
    TRACE_CALL = 1u << 1,         /* calls, returns, yields, exceptions */
    TRACE_SCOPE = 1u << 2,        /* name loads, stores, deletes: LEGB (lessons 3, 4, 9) */
    TRACE_OP = 1u << 3,           /* each instruction with the value stack (lesson 2) */
    TRACE_MEM = 1u << 4,          /* objects made, referenced, freed (lesson 6) */
    TRACE_GC = 1u << 5,           /* the cycle collector (lesson 6) */
    TRACE_DICT = 1u << 6,         /* hash-table searches (lessons 1, 10) */
    TRACE_IMPORT = 1u << 7,       /* the import system: sys.modules, sys.path (lesson 8) */
    TRACE_GIL = 1u << 8,          /* threads and the interpreter lock (lesson 5) */
    TRACE_ASYNC = 1u << 9,        /* asyncio's event loop and its tasks (lesson 7) */
    TRACE_OUTPUT = 1u << 10,      /* what the program writes to sys.stdout (the browser view
                                     and Python Tutor's format turn it on; no --trace name) */
    TRACE_MEM_ALL = 1u << 16,     /* mem:all -- the interpreter's plumbing too */
    TRACE_DICT_ALL = 1u << 17,    /* dict:all -- the interpreter's own tables too */
    TRACE_NAMED = 1u << 30,       /* no category, but a tracer is installed (between two
                                     minipy.trace() blocks): it must hear of objects freed */
    TRACE_ANY = 0xffffffffu,      /* any category: some narration is on */
};

/* The categories the VM's handlers report: with one of them on, frames run
 * the narrated copy of the eval loop (vm/eval.c). */
#define TRACE_NARRATED_LOOP (TRACE_LINE | TRACE_CALL | TRACE_SCOPE | TRACE_OP | TRACE_MEM | TRACE_IMPORT)

/* The categories on now. One interpreter traces per process, so the mask
 * is one global word: a check on a hot path (every allocation) is a single
 * load. A build configured with -DMINIPY_TRACE_HOOKS=OFF compiles every
 * report out, only to measure what the hooks cost (bench/trace_overhead.py). */
extern uint32_t trace_mask_now;       /* the tracer sets it in either build */
#ifdef MINIPY_NO_TRACE_HOOKS
#define TRACE_ON(cats) 0
#else
#define TRACE_ON(cats) __builtin_expect((trace_mask_now & (cats)) != 0, 0)
#endif

/* ---- the kinds --------------------------------------------------------------
 * X(KIND, CATEGORY): one line per kind; the enum and the kind -> category
 * table are generated from it. */
#define TRACE_EVENT_KINDS(X)                                                   \
    X(LINE, TRACE_LINE)          /* a new source line starts */                \
    X(CALL, TRACE_CALL)          /* a frame was entered, arguments bound */    \
    X(RESUME, TRACE_CALL)        /* a suspended generator frame goes on */     \
    X(RETURN, TRACE_CALL)        /* a frame returns a value */                 \
    X(YIELD, TRACE_CALL)         /* a generator frame suspends with a value */ \
    X(RAISE, TRACE_CALL)         /* an exception is raised in a frame */       \
    X(UNWIND, TRACE_CALL)        /* ... or passes through it from a callee */  \
    X(EXIT, TRACE_CALL)          /* a frame is left by an exception */         \
    X(NAME, TRACE_SCOPE)         /* a name loaded, stored or deleted */        \
    X(UNBOUND_LOCAL, TRACE_SCOPE) /* why a local has no value yet */           \
    X(OP, TRACE_OP)              /* an instruction is about to run */          \
    X(SPECIALISE, TRACE_OP)      /* ... took a specialised form, missed, went back (SpecEvent) */ \
    X(TABLE_SEARCH, TRACE_DICT)  /* a dict or set search begins */             \
    X(TABLE_PROBE, TRACE_DICT)   /* ... looks at one slot */                   \
    X(TABLE_EQ, TRACE_DICT)      /* ... is about to call a Python __eq__ */    \
    X(TABLE_DONE, TRACE_DICT)    /* ... ends, with its outcome */              \
    X(TABLE_RESIZE, TRACE_DICT)  /* a table is rebuilt with more slots */      \
    X(SEQ_SEARCH, TRACE_DICT)    /* `x in list`: a linear scan */              \
    X(TABLE_STATS, TRACE_DICT)   /* the run's totals, at exit */               \
    X(MEM_ALLOC, TRACE_MEM)      /* an object was allocated */                 \
    X(MEM_REASON, TRACE_MEM)     /* why a reference is taken or dropped */     \
    X(MEM_DYING, TRACE_MEM)      /* a count reached zero: about to be freed */ \
    X(MEM_SHOW, TRACE_MEM)       /* the narration of a line's memory work */   \
    X(GC_FOUND, TRACE_GC)        /* a collection found what is unreachable */  \
    X(GC_FINALIZER, TRACE_GC)    /* ... runs an object's finalizer */          \
    X(GC_DONE, TRACE_GC)         /* ... is over */                            \
    X(WEAKREF_CLEARED, TRACE_GC) /* a weak reference's object died: cleared */ \
    X(WEAKREF_CALLBACK, TRACE_GC) /* ... and its callback is called */        \
    X(IMPORT, TRACE_IMPORT)      /* a step of an import (ImportStep) */ \
    X(GIL, TRACE_GIL)            /* a thread starts or ends, the lock changes hands (GilStep) */ \
    X(ASYNC, TRACE_ASYNC)        /* the event loop runs, a task waits or goes on (AsyncStep) */ \
    X(OUTPUT, TRACE_OUTPUT)      /* the program wrote text to its standard output */

typedef enum TraceEventKind {
#define X(kind, cat) EV_##kind,
    TRACE_EVENT_KINDS(X)
#undef X
    EV_COUNT
} TraceEventKind;

/* ---- names: where the VM looked, and what it found (lessons 3, 4, 9) ------- */

typedef enum NameAction { NAME_LOAD, NAME_STORE, NAME_DELETE } NameAction;

/* The scope the compiler chose (vm/symtable.c), which picked the opcode. */
typedef enum NameScope {
    SCOPE_LOCAL,                  /* LOAD_FAST: a slot of the frame */
    SCOPE_CELL,                   /* LOAD_DEREF: the frame's own cell */
    SCOPE_FREE,                   /* LOAD_DEREF: an enclosing function's cell */
    SCOPE_GLOBAL_IMPLICIT,        /* LOAD_GLOBAL: bound nowhere in the function */
    SCOPE_GLOBAL_EXPLICIT,        /* LOAD_GLOBAL: declared `global` */
    SCOPE_NAME_MODULE,            /* LOAD_NAME in a module body: its globals */
    SCOPE_NAME_CLASS,             /* LOAD_NAME in a class body: its namespace */
    SCOPE_CLASS_FREE,             /* LOAD_CLASSDEREF: class namespace, then a cell */
} NameScope;

/* The places a name can be looked for or stored in. */
typedef enum NamePlace {
    PLACE_SLOT,                   /* a slot of the frame (slot = its index) */
    PLACE_CELL,                   /* a cell (slot = its index among cells and frees) */
    PLACE_CLASS_NS,               /* the class body's namespace dict */
    PLACE_GLOBALS,                /* the module's globals dict */
    PLACE_BUILTINS,               /* the builtins dict */
} NamePlace;

/* One step of a search, in the order the VM took it. */
typedef struct NameStep {
    uint8_t place;                /* NamePlace */
    bool hit;                     /* found there (a load), or stored there */
} NameStep;

typedef struct NameEvent {
    NameAction action;
    NameScope scope;
    struct Object *name;          /* the identifier (a str) */
    struct Object *value;         /* loaded or stored; NULL: unbound, not found, deleted */
    int slot;                     /* PLACE_SLOT / PLACE_CELL index, else -1 */
    int nsteps;
    NameStep steps[3];            /* the places searched, or the one stored in */
    /* LOAD_GLOBAL answered by its cache: no dict was searched. The cache
     * remembers where the value was found and the version numbers the two
     * dicts had then; both still have them, so the answer still holds. */
    bool cached;
    bool cached_from_builtins;
    uint64_t globals_version, builtins_version;
} NameEvent;

/* ---- hash tables: --trace=dict (lessons 1 and 10) ---------------------------- */

typedef enum TableAction { TABLE_LOOKUP, TABLE_INSERT, TABLE_DELETE } TableAction;

/* What one probe found in its slot. */
typedef enum ProbeFinding {
    PROBE_EMPTY,                  /* an unused slot: the search ends */
    PROBE_DUMMY,                  /* a deleted key's slot: keep going */
    PROBE_OTHER_HASH,             /* a key with another hash: keep going */
    PROBE_COLLISION,              /* same hash, but == said no: keep going */
    PROBE_MATCH,                  /* the key itself, or an equal one */
} ProbeFinding;

/* How a search ended. */
typedef enum TableOutcome {
    OUTCOME_FOUND,
    OUTCOME_NOT_FOUND,
    OUTCOME_EQ_RAISED,            /* an __eq__ raised: the search is abandoned */
    OUTCOME_VALUE_KEPT,           /* insert: the key was there, the same value */
    OUTCOME_VALUE_REPLACED,       /* insert: the key was there, its value replaced */
    OUTCOME_GROWS_FIRST,          /* insert: no free entry left, the table grows first */
    OUTCOME_NEW_ENTRY,            /* insert: a new entry (`entry`) indexed from `slot` */
    OUTCOME_NEW_ENTRY_IN_DUMMY,   /* ... indexed from a deleted key's slot, reused */
    OUTCOME_DELETED,              /* delete: entry `entry` gone, its slot a dummy */
    OUTCOME_ALREADY_THERE,        /* set insert: nothing to do */
    OUTCOME_STORED,               /* set insert: stored in the empty slot probed last */
    OUTCOME_STORED_IN_DUMMY,      /* set insert: stored in slot `slot`, a dummy reused */
    OUTCOME_SET_DELETED,          /* set delete: slot `slot` becomes a dummy */
} TableOutcome;

typedef struct TableEvent {
    struct Object *table;         /* the dict, set, list or tuple searched */
    struct Object *key;           /* the key searched for (TABLE_SEARCH, SEQ_SEARCH) */
    int64_t hash;
    TableAction action;
    size_t nslots;                /* the index's size when the search began */
    /* TABLE_PROBE */
    size_t slot;
    ProbeFinding finding;
    ptrdiff_t entry;              /* a dict's entry index; -1 for sets */
    struct Object *found;         /* the key in that slot, or NULL */
    int eq;                       /* -1 not compared, 0/1 the result of ==, 2 it raised */
    /* TABLE_DONE */
    TableOutcome outcome;
    ptrdiff_t used;               /* GROWS_FIRST: entries in use */
    uint32_t probes, comparisons; /* this search's, counted by the probe loop */
    /* TABLE_RESIZE: nslots -> new_slots, `used` keys placed again, `dropped` deleted entries dropped */
    size_t new_slots;
    ptrdiff_t dropped;
    /* SEQ_SEARCH */
    size_t compared;
    bool seq_found;
} TableEvent;

/* ---- memory: --trace=mem (lesson 6) -----------------------------------------
 * The VM's handlers and the runtime say why they take or drop a reference;
 * the allocator says what it made; dealloc says what is about to die. The
 * tracer's memory narrator (trace/memwatch.c) collects these per source
 * line and shows, when the line is done, each object whose count changed,
 * with its count read off the object and the reasons it was given. */
typedef enum MemReason {
    MEM_BOUND,                    /* bound to name `name` */
    MEM_BOUND_CELL,               /* bound to name `name`, a cell */
    MEM_REBOUND,                  /* name `name` rebound: the old value's reference goes */
    MEM_NAME_DELETED,             /* name `name` deleted */
    MEM_STORED_ATTR,              /* stored as `owner`.`name` */
    MEM_ATTR_REPLACED,            /* `owner`.`name` replaced: the old value goes */
    MEM_STORED_IN,                /* stored in `owner` (an item of a list or dict) */
    MEM_REPLACED_IN,              /* replaced in `owner`: the old value goes */
    MEM_PUT_IN_NEW,               /* put in a new `what` (list, tuple, set, dict) */
    MEM_ADDED_TO,                 /* added to `owner` (a comprehension's list or set) */
    MEM_KEY_OF,                   /* a key of `owner` */
    MEM_PASSED_TO,                /* passed to `owner` (a callable) */
    MEM_PASSED_AS_SELF,           /* passed to `owner` as self */
    MEM_RETURNED_BY,              /* returned by the frame's function */
    MEM_LOCAL_GOES,               /* the frame returns: its local `name` goes */
    MEM_YIELDED_BY,               /* yielded by the frame's function */
    MEM_RESULT_DROPPED,           /* a result nobody kept (POP_TOP) */
    MEM_FOUND_UNREACHABLE,        /* the collector found it unreachable */
    MEM_REFERENCE_GONE,           /* `owner`, being freed, dropped its reference */
} MemReason;

typedef struct MemEvent {
    struct Object *object;        /* the object the event is about */
    MemReason reason;             /* MEM_REASON */
    struct Object *name;          /* a str: the name or attribute, or NULL */
    struct Object *owner;         /* the container, instance or callable, or NULL */
    const char *what;             /* MEM_PUT_IN_NEW: "list", "tuple", ... */
    bool compiling;               /* MEM_ALLOC: made by the compiler (a constant) */
} MemEvent;

/* What the memory narrator shows about one object when a line is done. */
typedef enum MemShow {
    SHOW_NEW,                     /* first seen, made since tracing began */
    SHOW_MEET,                    /* first seen, older (a constant, a module) */
    SHOW_REF,                     /* its count changed, or a reference moved */
    SHOW_FREE,                    /* its count reached zero: freed now */
    SHOW_TEMPORARY,               /* made and freed within the line */
} MemShow;

typedef struct MemShowEvent {
    MemShow show;
    struct Object *object;        /* still intact, even for SHOW_FREE */
    int64_t id;                   /* its per-run number */
    intptr_t refcnt, old_refcnt;  /* now, and when last shown */
    bool constant;                /* a code object holds it (a literal) */
    bool interned;                /* the table of interned strings holds it */
    const char *reasons;          /* "bound to name a, passed to f" */
} MemShowEvent;

/* ---- the cycle collector: --trace=gc (lesson 6) ------------------------------ */

typedef struct GcEvent {
    int generation;
    size_t examined;              /* GC_FOUND: objects looked at */
    struct GCHead *unreachable;   /* GC_FOUND: the list the collector found */
    struct Object *object;        /* GC_FINALIZER: whose finalizer runs; WEAKREF_*: the weakref */
    struct Object *referent;      /* WEAKREF_CLEARED: the object that died */
    size_t freed, resurrected;    /* GC_DONE */
    double seconds;               /* GC_DONE: how long the collection took */
} GcEvent;

/* ---- the import system: --trace=import (lesson 8) ---------------------------
 * runtime/import.c reports each step as it takes it. */
typedef enum ImportStep {
    IMPORT_REQUEST,               /* an import statement (or __import__) asks for `name` */
    IMPORT_CACHED,                /* `name` is in sys.modules: not searched, not run again */
    IMPORT_BUILTIN,               /* `name` is built into the interpreter: made from C */
    IMPORT_SEARCH,                /* `name` is not in sys.modules: the folders of `where` are searched */
    IMPORT_PROBE,                 /* the file `path` was looked for: `found` or not */
    IMPORT_NAMESPACE,             /* no file: the folders named `name` make a namespace package */
    IMPORT_EXEC,                  /* `name` is in sys.modules, and its code at `path` starts to run */
    IMPORT_DONE,                  /* ... has run (`ok`), or raised and left sys.modules */
    IMPORT_NOT_FOUND,             /* searched everywhere: ModuleNotFoundError */
    IMPORT_BIND,                  /* the importer's name `bound` now refers to `value` */
} ImportStep;

typedef struct ImportEvent {
    ImportStep step;
    struct Object *name;          /* the module's full name (REQUEST: as written) */
    struct Object *fromlist;      /* REQUEST: the names of `from name import ...`, or NULL */
    int level;                    /* REQUEST: the dots of a relative import */
    const char *where;            /* SEARCH: "sys.path" or "pkg.__path__" */
    const char *path;             /* PROBE, EXEC: the file; NAMESPACE: the first folder */
    bool found;                   /* PROBE */
    bool package;                 /* PROBE: a package's __init__.py; EXEC: a package */
    bool ok;                      /* DONE */
    struct Object *bound;         /* BIND: the name */
    struct Object *value;         /* BIND: what it refers to; CACHED: the module */
} ImportEvent;

/* ---- threads and the GIL: --trace=gil (lesson 5) ------------------------------
 * runtime/gil.c reports each change of hands as it makes it, with the GIL
 * still held (so every sink runs under the GIL, one event at a time);
 * runtime/mod_thread.c reports the start of each thread. Threads are named
 * by their number (1: the main thread, then 2, 3, ... in the order they
 * were started) and the name the program gave them. */
typedef enum GilStep {
    GIL_START,                    /* the running thread started thread `thread` (`name`) */
    GIL_ACQUIRE,                  /* the running thread took the lock after waiting `waited_ns` */
    GIL_RELEASE,                  /* ... let it go around the blocking call `call`, to `to` */
    GIL_SWITCH,                   /* ... was made to hand it to `to`: the interval elapsed, or
                                     --switch-every's count (`quantum` instructions) was reached;
                                     the event's frame and line are where it was interrupted */
    GIL_END,                      /* ... has finished its function: it lets go for good, to `to` */
    GIL_SUMMARY,                  /* at exit, one per thread: its totals */
} GilStep;

typedef struct GilEvent {
    GilStep step;
    bool switch_every;            /* SWITCH: --switch-every asked for it (else the interval) */
    uint64_t quantum;             /* SWITCH: instructions run since the thread took the lock
                                     (--switch-every), or the interval in microseconds */
    const char *call;             /* RELEASE: the blocking call ("time.sleep", "lock.acquire") */
    const char *caller;           /* RELEASE: the Python function that made it, or NULL */
    int thread;                   /* START, SUMMARY: the thread the event is about */
    const char *name;             /* ... and its name */
    int to;                       /* RELEASE, SWITCH, END: the thread handed the lock (0: none waits) */
    const char *to_name;
    bool to_in_call;              /* --switch-every: `to` is still in a blocking call; it takes the
                                     lock when the call returns, and nobody runs before */
    uint64_t waited_ns;           /* ACQUIRE: this wait; SUMMARY: all its waits */
    uint64_t held_ns;             /* SUMMARY: time holding the lock */
    uint64_t acquisitions;        /* SUMMARY: times it took the lock */
    uint64_t switches;            /* SUMMARY: times it was made to hand it over */
    uint64_t releases;            /* SUMMARY: times it let it go around a blocking call */
    bool alive;                   /* SUMMARY: still running at exit (a daemon thread) */
} GilEvent;

/* ---- the event loop: --trace=async (lesson 7) --------------------------------
 * asyncio's loop and tasks are Python (lib/asyncio); they report each step
 * as they take it through _asyncio.report() (runtime/mod_asyncio.c), with
 * what they know: the task's name, what it waits for as the maker of that
 * future named it, the value it ended with. The order matches
 * lib/asyncio/events.py's A_* numbers. */
typedef enum AsyncStep {
    ASYNC_LOOP_START,             /* run_forever begins */
    ASYNC_LOOP_STOP,              /* ... and ends */
    ASYNC_TASK_NEW,               /* task `task` was made to run the coroutine `what` */
    ASYNC_READY,                  /* a round runs `count` callbacks: `value`, a tuple of names */
    ASYNC_RESUME,                 /* task `task` goes on; `value`: the exception thrown in, or NULL */
    ASYNC_SUSPEND,                /* task `task` waits for `what` */
    ASYNC_YIELD,                  /* task `task` let the others run (sleep(0)): back in the queue */
    ASYNC_DONE,                   /* task `task` `what` ("returned", "raised", "cancelled") `value` */
    ASYNC_CANCEL,                 /* task `task` is asked to cancel; `what`: the message, or NULL */
    ASYNC_TIMER,                  /* a timer for the callback `what` in `seconds`, on the heap */
    ASYNC_WAIT,                   /* nothing is ready: the loop sleeps `seconds` (-1: until a
                                     thread hands it something) */
    ASYNC_WAKE,                   /* other threads handed `count` callbacks over: `value`, names */
    ASYNC_RENAME,                 /* task `task` is called `what` from now on (set_name) */
} AsyncStep;

typedef struct AsyncEvent {
    AsyncStep step;
    const char *task;             /* the task's name, or NULL */
    const char *what;             /* see the steps; or NULL */
    struct Object *value;         /* see the steps; or NULL */
    double seconds;
    long count;
} AsyncEvent;

/* ---- the event ------------------------------------------------------------------ */

/* ---- the adaptive interpreter: --trace=op (issue 18, lesson 11) ------------- */

typedef enum SpecStep {
    SPEC_STEP_SPECIALISED,        /* the generic instruction took a specialised form */
    SPEC_STEP_STAYED,             /* ... tried, and stays generic for a while */
    SPEC_STEP_MISS,               /* a specialised form's guard failed: the generic work ran */
    SPEC_STEP_DEOPT,              /* ... once too often: the word went back to its family */
} SpecStep;

typedef struct SpecEvent {
    SpecStep step;
    const char *from, *to;        /* the opcode names before and after */
    const char *why;              /* the reason, in words (vm/specialize.h) */
    const char *detail;           /* what the inline cache now holds, in words ("" if nothing) */
    int count;                    /* MISS: misses left; STAYED, DEOPT: runs until the next try */
} SpecEvent;

typedef struct Event {
    TraceEventKind kind;
    struct Frame *frame;          /* where it happened (NULL: no Python frame runs) */
    int depth;                    /* the call depth to show it at (module level = 0): the
                                     tracer fills it in from the frame; the memory narrator
                                     gives the depth of the line it narrates */
    int line;                     /* the source line it happened on (0: none) */
    int index;                    /* the instruction's index in its code (-1: none) */
    int thread;                   /* the thread that reported it (1: the main thread); the
                                     tracer fills it in */
    const char *thread_name;      /* ... and its name */
    bool threaded;                /* a second thread has been started in this run: the sinks
                                     tag each event with its thread from then on */
    const char *process;          /* the process that reported it: NULL in the first one,
                                     else interp->process_name ("pid N", "Process-1"); the
                                     tracer fills it in */
    union {
        struct Object **stack_top;    /* OP, LINE: the value stack is frame base .. stack_top */
        SpecEvent spec;               /* SPECIALISE */
        struct Object *value;         /* RETURN, YIELD: the value; RAISE, UNWIND, EXIT: the exception */
        NameEvent name;               /* NAME */
        struct {                      /* UNBOUND_LOCAL */
            struct Object *name;
            int assigned_at;          /* the line whose assignment made it local (0: unknown) */
        } unbound;
        TableEvent table;             /* TABLE_*, SEQ_SEARCH */
        MemEvent mem;                 /* MEM_ALLOC, MEM_REASON, MEM_DYING */
        MemShowEvent show;            /* MEM_SHOW */
        GcEvent gc;                   /* GC_* */
        ImportEvent import;           /* IMPORT */
        GilEvent gil;                 /* GIL */
        AsyncEvent aio;               /* ASYNC */
        struct {                      /* OUTPUT: the bytes written (UTF-8) */
            const char *data;
            size_t len;
        } output;
    };
} Event;

/* The category of each kind. */
extern const uint32_t trace_event_category[EV_COUNT];

/* Report [ev]: the tracer fills in the frame (the running one if NULL) and
 * passes it to the sink if its category is on. [ev] is borrowed; what it
 * points to must stay valid for the duration of the call only. */
void trace_emit(struct ThreadState *ts, Event *ev);

/* ---- reports the runtime makes through a call, not an Event ------------------ */

/* [o]'s memory is released: forget its per-run id, so that a new object at
 * the same address is not named after it. Called under any category. */
void trace_object_released(struct ThreadState *ts, struct Object *o);

/* The program called breakpoint(): stop in the stepper at this line
 * (trace/stepper.c), starting one if need be; nothing when PYTHONBREAKPOINT=0.
 * Returns 0, or -1 with the exception set when the user quit there (q). */
int trace_breakpoint(struct ThreadState *ts);

/* Shorthands for the common reports. */
static inline void trace_mem_reason(struct ThreadState *ts, struct Object *o, MemReason why,
                                    struct Object *name, struct Object *owner) {
    if (!o) return;
    Event ev = {.kind = EV_MEM_REASON, .index = -1,
                .mem = {.object = o, .reason = why, .name = name, .owner = owner}};
    trace_emit(ts, &ev);
}

#endif
