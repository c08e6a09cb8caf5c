/* gil.h -- the global interpreter lock: which thread runs Python code, and
 * how the others wait their turn. How it works: the essay in runtime/gil.c.
 *
 * Lesson 5. Every function here is called by a thread that holds the GIL,
 * unless its comment says otherwise.
 */
#ifndef MINIPY_GIL_H
#define MINIPY_GIL_H

#include "interp.h"

/* What a thread is doing, as the GIL sees it (ThreadState.run). */
typedef enum ThreadRun {
    RUN_HOLDS,                    /* holds the GIL: runs Python code */
    RUN_WANTS,                    /* waits to take it (a thread just started does too) */
    RUN_CALL,                     /* let it go around a blocking call (sleep, a read, a write) */
    RUN_PARKED,                   /* let it go to wait for a lock; runnable once woken */
    RUN_DONE,                     /* its function has finished */
} ThreadRun;

/* A thread waiting for a lock (a _thread.lock, RLock, a thread's end): one
 * lives on the waiting thread's C stack while it waits. */
typedef struct GilWaiter {
    ThreadState *ts;
    struct GilWaiter *next;
    bool woken;
} GilWaiter;

/* The threads waiting for one lock, first come first woken. Changed only
 * under the GIL's mutex (gil_wait, gil_wake_one). */
typedef struct GilQueue {
    GilWaiter *first, *last;
} GilQueue;

/* What --trace=gil's summary says about a thread that has finished. */
typedef struct GilRecord {
    int number;
    char name[64];
    uint64_t held_ns, waited_ns, acquisitions, switches, releases;
} GilRecord;

typedef struct GIL {
    pthread_mutex_t mutex;        /* guards every field, and each thread's `run` */
    struct ThreadState *holder;   /* holds the GIL or has been handed it; NULL: free */
    uint64_t switch_number;       /* how many times it was taken */
    long interval_us;             /* sys.setswitchinterval(), 5000 us by default */
    uint64_t switch_every;        /* --switch-every=N (0: the interval decides) */
    bool finalizing;              /* teardown began: other threads never run again */
    int started;                  /* threads numbered so far (the main thread is 1) */
    int running;                  /* threads started whose function has not finished */
    int abandoned;                /* of those, how many were left running at teardown */
    atomic_int *breaker;          /* &interp->eval_breaker */
    GilRecord *finished;          /* the finished threads, for the summary */
    size_t nfinished, capfinished;
    MemPools orphaned_pools;      /* teardown with threads left running: the objects
                                     they may still be reading are never freed */
} GIL;

/* ---- life cycle --------------------------------------------------------- */

/* Make [interp]'s GIL, held by its main thread (interp->main_thread). */
int gil_init(Interp *interp);
/* Teardown begins (runtime/interp.c): from now on the main thread alone
 * runs. A thread still running (a daemon thread) stops for good the next
 * time it asks for the GIL, without touching anything of the interpreter
 * again; its ThreadState and the GIL are then never freed. Returns how
 * many threads were left so. */
int gil_begin_finalizing(Interp *interp);
/* Free the GIL, unless threads were left running. */
void gil_fini(Interp *interp);

/* A new thread state [ts] for a thread about to be started by the running
 * thread: give it a number and [name], and count it as wanting the GIL
 * from now on (so that --switch-every's turns include it at once). */
void gil_register_thread(ThreadState *ts, const char *name);
/* The thread registered as [ts] could not be started after all. */
void gil_thread_abort(ThreadState *ts);
/* The thread of [ts] has finished its function: record its totals and hand
 * the GIL on for good. [ts] is already out of the interpreter's list. */
void gil_thread_done(ThreadState *ts);

/* ---- os.fork() (runtime/posix_process.c) ---------------------------------- */

/* Before fork(): take the GIL's mutex, so that the child's copy of every
 * field is one no other thread was changing. */
void gil_before_fork(ThreadState *ts);
/* After fork(), in the parent: let the mutex go again. */
void gil_after_fork_parent(ThreadState *ts);
/* After fork(), in the child, where only the thread of [ts] exists: a new
 * mutex, [ts] holds the GIL and is the main thread; the other threads'
 * states stay in the list, never run again (RUN_DONE), and are left to the
 * process's end, as teardown leaves a daemon thread (what their frames
 * hold stays alive). Returns how many threads were left so. */
int gil_after_fork_child(ThreadState *ts);

/* ---- taking turns --------------------------------------------------------- */

/* Block until [ts] holds the GIL. Called without it: by a new thread, or
 * after gil_release(). */
void gil_acquire(ThreadState *ts);
/* Let the GIL go around the blocking call [call] ("time.sleep",
 * "file.read"): another thread may run until gil_acquire(). */
void gil_release(ThreadState *ts, const char *call);
/* The eval breaker asked for a switch: hand the GIL to the next thread that
 * wants it, if any, and wait for it to come back. */
void gil_yield(ThreadState *ts);

/* How a wait for a lock ended. */
typedef enum GilWaitResult { GIL_WOKEN, GIL_TIMED_OUT, GIL_INTERRUPTED } GilWaitResult;

/* Wait in [q] until gil_wake_one() wakes [ts], [timeout_ns] passes (< 0:
 * never), or -- the main thread only -- SIGINT arrives; the GIL is let go
 * meanwhile (reported as the blocking call [call]) and held again on
 * return. */
GilWaitResult gil_wait(ThreadState *ts, GilQueue *q, int64_t timeout_ns, const char *call);
/* Wake the first thread waiting in [q]: it wants the GIL from now on.
 * Returns false if none waits. */
bool gil_wake_one(ThreadState *ts, GilQueue *q);
/* Sleep [ns] nanoseconds without the GIL. Returns -1 if SIGINT ended the
 * sleep early (the main thread only; the caller raises
 * KeyboardInterrupt), else 0. */
int gil_sleep(ThreadState *ts, int64_t ns);

/* ---- the switch interval and --switch-every -------------------------------- */

void gil_set_interval(Interp *interp, double seconds);
double gil_get_interval(Interp *interp);
/* Hand the GIL over after every [n] instructions (0: after the interval). */
void gil_set_switch_every(Interp *interp, uint64_t n);
/* Parse "--switch-every=N": 1 if [arg] is it (N into *[n]), 0 if not, -1
 * with a message in [err] if N is no positive integer. */
int gil_parse_option(const char *arg, uint64_t *n, char *err, unsigned errlen);

/* --switch-every: count one instruction of the running thread; after N of
 * them, the next check point hands the GIL over (vm/eval.c). */
static inline void gil_count_instruction(ThreadState *ts) {
    if (++ts->ticks == ts->interp->switch_every)
        atomic_fetch_or_explicit(&ts->interp->eval_breaker, BREAKER_GIL_DROP, memory_order_relaxed);
}

/* ---- signals and the narration ---------------------------------------------- */

/* SIGINT arrived: wake the main thread if it waits for a lock or sleeps.
 * Async-signal-safe (a semaphore post); any thread may call it. */
void gil_wake_main(Interp *interp);
/* --trace=gil: the totals of every thread, at exit (trace/tracer.c). */
void gil_report_summary(ThreadState *ts);

#endif
