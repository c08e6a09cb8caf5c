/* interp.h -- the interpreter state and the per-thread state, kept apart.
 *
 * Lesson 5 (the GIL) and lesson 6 (memory) both start from this split:
 * an Interp holds what all threads share (builtins, sys.modules, sys.path,
 * the interned strings, the collector's generations, the GIL); a ThreadState
 * holds what belongs to one OS thread (its frames, the exception it is
 * raising, its recursion depth). There is no other mutable state: every
 * function that can run Python code or raise takes `ThreadState *ts` first.
 *
 * The one thread-local variable is the pointer from an OS thread to its own
 * ThreadState (ts_current()); it is used only where no `ts` can be passed,
 * such as dealloc slots that must run finalizers or report to the tracer.
 */
#ifndef MINIPY_INTERP_H
#define MINIPY_INTERP_H

#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include "object.h"
#include "memory.h"
#include "limits.h"
#include "common/colour.h"

/* Interned identifiers the runtime looks up often: interp->ids.__init__ ... */
typedef struct Ids {
#define ID(name) Object *name;
#define ID_AS(name, text) Object *name;
#include "ids.def"
#undef ID
#undef ID_AS
} Ids;

/* The collector's bookkeeping (runtime/gc.c). */
typedef struct GCGeneration {
    GCHead head;            /* circular list of tracked containers */
    int threshold;
    int count;              /* gen 0: allocations - deallocations; others:
                               collections of the younger generation */
} GCGeneration;

typedef struct GCState {
    GCGeneration gen[3];
    bool enabled;
    bool collecting;
    int debug;              /* gc.set_debug() flags */
    int64_t collections[3];
    int64_t collected[3];
    int64_t uncollectable[3];
} GCState;

struct GIL;                       /* the global interpreter lock (runtime/gil.h) */

/* Requests checked by the eval loop on backward jumps and calls (STYLE 3):
 * one word, so the check costs one load when nothing is pending. */
enum {
    BREAKER_GIL_DROP = 1 << 0,    /* another thread waits for the GIL */
    BREAKER_GC = 1 << 1,          /* a collection is due */
    BREAKER_SIGNAL = 1 << 2,      /* SIGINT arrived: raise KeyboardInterrupt */
    BREAKER_LIMIT = 1 << 3,       /* the CPU-time or wall-clock limit is reached (runtime/limits.c) */
    BREAKER_NARRATE = 1 << 4,     /* narration was switched on while frames run the quiet
                                     loop (minipy.trace): they move to the narrated one
                                     (trace/tracer.c sets it, vm/eval.c obeys) */
};

struct Tracer;                    /* trace/tracer.h */

/* What the program's hash tables and searches cost, counted for every table
 * the program made (not the interpreter's own namespaces): sys.getstats()
 * returns them and --trace=dict prints them at exit (lesson 10). */
typedef struct TableStats {
    uint64_t lookups;             /* searches of a table: get, `in`, insert, delete */
    uint64_t probes;              /* slots looked at by those searches */
    uint64_t comparisons;         /* keys compared with == (tables, and `in` on lists and tuples) */
    uint64_t resizes;             /* tables rebuilt larger or smaller */
} TableStats;

/* The weak references to each object (runtime/weakref.c): an open-addressing
 * map from an object's address to the first of its weak references. */
typedef struct WeakTableSlot {
    Object *key;                  /* NULL: empty */
    struct WeakrefObject *head;
} WeakTableSlot;
typedef struct WeakTable {
    WeakTableSlot *slots;
    size_t mask, used;
} WeakTable;

struct Interp {
    struct ThreadState *main_thread;
    struct ThreadState *threads;  /* every live thread state, linked by next */

    Object *builtins;             /* dict: namespace of the builtins module */
    Object *builtins_module;
    Object *sys_module;
    Object *modules;              /* dict: sys.modules */
    Object *sys_path;             /* list: sys.path */
    uint64_t classes_made;        /* classes created so far (HeapTypeObject.serial) */
    Object *at_fork[3];           /* os.register_at_fork(): lists of the callables to call
                                     before, and after in the parent and in the child
                                     (runtime/posix_process.c); NULL until one is given */
    Object *warn_filters;         /* the warnings filters, their once-registry and default
                                     action, until lib/warnings.py takes them over
                                     (runtime/mod_warnings.c); NULL until first used */
    Object *warn_once;
    Object *warn_default_action;
    int64_t warn_filters_version; /* moved on by each change of the filters */
    Object *atexit_calls;         /* atexit.register(): list of (func, arguments, keyword
                                     names), None where unregistered; NULL until one is
                                     given (runtime/mod_atexit.c) */
    char process_name[64];        /* what the narration calls this process (lesson 7): "" in
                                     the first one (no tag); "pid N" in a child of os.fork(),
                                     which sets it; the name multiprocessing gives its child
                                     (os._set_process_name) */
    Object *main_module;
    Object *interned;             /* dict: str -> the one interned copy */
    struct SourceFile *sources;   /* the source files read, each once (runtime/source.c) */
    Object *empty_tuple;
    Object *empty_str;
    Object *ascii_chars[128];     /* one-character strings, shared */
    Ids ids;
    Object **slot_names;          /* the special methods' names (runtime/class.c) */

    int recursion_limit;          /* sys.getrecursionlimit(), 1000 */
    int int_max_str_digits;       /* sys.get_int_max_str_digits(), 4300 (0: no limit) */
    uint64_t hash_k0, hash_k1;    /* SipHash key for str hashes */

    GCState gc;
    WeakTable weakrefs;           /* runtime/weakref.c */
    struct GIL *gil;              /* its own allocation: daemon threads may outlive the Interp */
    atomic_int eval_breaker;
    struct Tracer *tracer;        /* NULL when no --trace is active */

    MemPools pools;               /* the small-object allocator (runtime/memory.c) */
    RawMemStats mem;              /* the C heap it and everything else use (common/rawmem.h) */
    void *memerr_blocks[8];       /* memory kept for MemoryErrors, so raising one when
                                     nothing can be allocated allocates nothing */
    int nmemerr_blocks;           /* (runtime/exceptions.c: err_no_memory) */
    Object *last_memory_error;    /* the one raised when those are all in use */
    uint64_t dict_versions;       /* the last version number given to a dict */
    int64_t live_objects;         /* objects allocated and not yet freed */
    TableStats table_stats;
    int quiet_tables;             /* > 0: new sets are the interpreter's own (unwatched) */
    bool watch_all_tables;        /* --trace=dict:all: every new dict is watched */
    int compiling;                /* > 0 while source is compiled (vm/run.c) */
    bool finalizing;              /* teardown in progress */
    bool interrupted;             /* an uncaught KeyboardInterrupt ended the program */
    const char *dis_adaptive;     /* --dis --adaptive: list the main code as the run left it,
                                     under this file name (as the command line gave it) */
    Limits limits;                /* for untrusted code (runtime/limits.h) */
    struct Sandbox *sandbox;      /* --sandbox (runtime/sandbox.h), or NULL */
    int limit_hit;                /* the LimitKind reached, or 0: from then on no Python code runs */
    uint64_t steps;               /* instructions executed, counted while max_steps is set */
    uint64_t switch_every;        /* --switch-every=N: the GIL changes hands every N
                                     instructions (0: every switch interval); runtime/gil.c */
    uint64_t output;              /* bytes the program wrote to stdout and stderr */
    ColourMode colour;            /* --color: tracebacks, --dis and the narration each decide
                                     for their own stream (common/colour.h) */
};

/* A region of the per-thread data stack that frames are carved from. */
typedef struct DataChunk {
    struct DataChunk *prev;
    Object **top;                 /* saved top when a newer chunk is in use */
    Object **limit;
    Object *data[];
} DataChunk;

struct Frame;

struct ThreadState {
    Interp *interp;
    struct ThreadState *next;
    struct Frame *frame;          /* innermost executing frame, or NULL */
    Object *exc;                  /* exception being raised (owned), or NULL */
    Object *handled_exc;          /* exception an `except` block handles (owned) */
    int recursion_depth;          /* Python frames plus guarded C recursion */
    uintptr_t stack_lo;           /* lowest address of this thread's C stack */
    uintptr_t stack_reserve;      /* RecursionError within this many bytes of it */

    DataChunk *chunk;             /* frames live in these, newest first */
    Object **stack_top;           /* first free slot of the current chunk */

    int dealloc_depth;            /* nested deallocs (the trashcan) */
    Object *trash;                /* containers waiting to be freed */
    Object *repr_stack;           /* list: containers inside repr() now */
    Object *import_result;        /* --trace=import: what the last IMPORT_NAME/IMPORT_FROM
                                     produced, until a store binds it (compared, never used) */

    /* threads and the GIL (runtime/gil.c, runtime/mod_thread.c); every
     * field is read and written under the GIL, except where gil.c says */
    struct GIL *gil;              /* interp->gil, reachable after the Interp is gone */
    int number;                   /* 1: the main thread; then 2, 3, ... in the order started */
    char name[64];                /* what --trace=gil calls it: "MainThread", "Thread-1 (work)" */
    unsigned long ident;          /* _thread.get_ident(): pthread_self() */
    long native_id;               /* _thread.get_native_id(): the kernel's thread id */
    sem_t park;                   /* where the thread sleeps while it waits (runtime/gil.c) */
    int run;                      /* ThreadRun (runtime/gil.h), under the GIL's mutex */
    uint64_t ticks;               /* --switch-every: instructions since it took the GIL */
    int64_t since_ns;             /* when it began to hold, or to wait for, the GIL */
    uint64_t held_ns, waited_ns;  /* --trace=gil's summary: totals */
    uint64_t acquisitions, switches, releases;
    Object *sentinel;             /* _thread._set_sentinel(): a lock released when it ends */
    Object *local_dicts;          /* dict: a _thread._local's serial -> its dict in this thread */
    Object *asyncgen_firstiter;   /* sys.set_asyncgen_hooks(): called when an async generator */
    Object *asyncgen_finalizer;   /*   first runs, and when one dies unfinished; or NULL */
    bool linked;                  /* in interp->threads */
    bool is_main;                 /* the main thread: the interpreter's first, or in a child
                                     of os.fork() the thread that called it (read by threads
                                     left running after teardown: no need of the Interp) */
    bool holds_gil;
};

/* ---- life cycle (runtime/interp.c) ------------------------------------ */

typedef struct InterpConfig {
    int argc;                     /* sys.argv */
    char **argv;
    const char *script_dir;       /* sys.path[0]; NULL: current directory "" */
    const char *hash_seed;        /* MINIPYHASHSEED: NULL/"0" fixed, "random", or a number */
    uint64_t fail_alloc;          /* make this allocation fail (counted from the start of
                                     interp_new; 0: none), for tests (common/rawmem.h) */
    bool fail_alloc_after;        /* ... and every one after it */
    bool count_memory;            /* count the bytes in use from the start (for
                                     --max-memory; debug builds always count) */
} InterpConfig;

/* Create an interpreter and its main thread state (which holds the GIL).
 * Returns NULL on failure (message on stderr). */
Interp *interp_new(const InterpConfig *cfg);
ThreadState *interp_main_thread(Interp *interp);
/* Append to [list] the built-in types (written in C) whose __bases__ hold
 * [cls], in the order the interpreter readies them: the first part of
 * type.__subclasses__(). 0, or -1 with the exception set. */
int interp_static_subclasses(ThreadState *ts, struct TypeObject *cls, Object *list);
/* Free everything: modules, interned strings, cycles (the collector runs
 * a last time). Returns the number of objects still alive afterwards, or
 * 1 when no object but some memory did not come back (0 unless something
 * leaked); MINIPY_DEBUG_REFS builds also report it. */
int64_t interp_free(Interp *interp);

/* A new thread state for an OS thread (interp_new makes the main thread's),
 * in the interpreter's list of threads. Under the GIL. */
ThreadState *ts_new(Interp *interp);
/* Drop what [ts] holds and take it out of the list: under the GIL, before
 * its thread lets the GIL go for the last time. */
void ts_detach(ThreadState *ts);
/* Take [ts]'s memory out of the interpreter's count (under the GIL, after
 * ts_detach), for a thread that frees it with ts_release after letting the
 * GIL go for the last time: by then the interpreter, counts included, may
 * have been torn down and freed. */
void ts_disown(ThreadState *ts);
/* Free [ts]'s memory (after ts_detach; no GIL needed, but then after
 * ts_disown and with counting stopped: ts_set_current(NULL)). */
void ts_release(ThreadState *ts);
/* ts_detach, then ts_release. */
void ts_free(ThreadState *ts);

extern _Thread_local ThreadState *ts_current_;
static inline ThreadState *ts_current(void) { return ts_current_; }
static inline void ts_set_current(ThreadState *ts) {
    ts_current_ = ts;
    rawmem_use(ts ? &ts->interp->mem : NULL);     /* count what this thread allocates */
}

/* ---- recursion guards (runtime/interp.c has the essay) ------------------ */

/* Measure the C stack of the calling OS thread for [ts] (interp_new does it
 * for the main thread; whatever starts another thread calls it there,
 * before running Python code). Until then [ts] has no C stack guard. */
void ts_bind_stack(ThreadState *ts);

/* True when the C stack of [ts]'s thread is within [reserve] bytes of its
 * end: time to raise RecursionError rather than recurse further. One
 * subtraction and a compare; a stack pointer outside the measured stack (a
 * thread that did not bind) reads as far from the end. */
static inline bool ts_stack_within(ThreadState *ts, uintptr_t reserve) {
    return (uintptr_t)__builtin_frame_address(0) - ts->stack_lo < reserve;
}
/* The check before code that may do anything before the next check: run
 * Python code, compile, print. */
static inline bool ts_stack_low(ThreadState *ts) { return ts_stack_within(ts, ts->stack_reserve); }

/* Reporting an error that cannot be raised (a failing finalizer) may have
 * to run where the stack is short: lend it half of the reserve, and take
 * it back with the value returned. */
static inline uintptr_t ts_lend_reserve(ThreadState *ts) {
    uintptr_t reserve = ts->stack_reserve;
    ts->stack_reserve = reserve / 2;
    return reserve;
}
static inline void ts_return_reserve(ThreadState *ts, uintptr_t reserve) { ts->stack_reserve = reserve; }

/* Raise RecursionError "maximum recursion depth exceeded[where]"; -1. */
int ts_recursion_error(ThreadState *ts, const char *where);

/* Guard C recursion that Python code can drive (repr of nested lists,
 * comparing nested tuples, a __repr__ calling repr(self)): counts against
 * sys.getrecursionlimit() as CPython 3.11's Py_EnterRecursiveCall does, and
 * also stops where the C stack runs short, whatever the limit. -1 with
 * RecursionError "maximum recursion depth exceeded[where]". */
static inline int ts_enter_recursive(ThreadState *ts, const char *where) {
    if (UNLIKELY(++ts->recursion_depth > ts->interp->recursion_limit || ts_stack_low(ts))) {
        ts->recursion_depth--;
        return ts_recursion_error(ts, where);
    }
    return 0;
}
static inline void ts_leave_recursive(ThreadState *ts) { ts->recursion_depth--; }

/* Guard C recursion that CPython 3.11 leaves unguarded (hashing nested
 * tuples, next() of map(f, map(f, ...))): the C stack alone, not counted
 * against the recursion limit, so that CPython's depths and messages stay
 * what they are. Only for a recursion whose every path reaches this check
 * again, or a full one (eval_frame), within a few KB: it may go on into
 * the reserve, to an eighth of it from the end, so that it goes about as
 * deep as CPython's own (a 100,000-deep tuple hashes in both). */
static inline int ts_check_stack(ThreadState *ts, const char *where) {
    return UNLIKELY(ts_stack_within(ts, ts->stack_reserve / 8)) ? ts_recursion_error(ts, where) : 0;
}

#endif
