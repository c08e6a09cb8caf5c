/* gil.c -- the global interpreter lock.
 *
 * Lesson 5 (what is the GIL?). Start reading at take(), then gil_yield()
 * and gil_wait().
 *
 * Notes about the implementation
 * ==============================
 * One lock, held by whichever thread runs bytecode. It is what makes the
 * interpreter's own data safe with several OS threads: reference counts,
 * dicts, the small-object allocator, the collector's lists, the trace
 * sinks -- all of them are touched only by the thread that holds the GIL,
 * so none of them needs a lock of its own. It does not make the program's
 * data safe: `x = x + 1` is a load, an add and a store, and the GIL may
 * change hands between them (lesson 5 shows when).
 *
 * A baton, not a free-for-all. `holder` names the thread that holds the GIL
 * or has been handed it; a thread runs Python code only while it is the
 * holder. Letting go means choosing the next holder at once -- the first
 * thread after this one, in the order the threads were started, that wants
 * the GIL -- and waking it; nobody else may take it meanwhile, so the
 * thread that let go cannot grab it straight back (CPython's "forced
 * switching" gets the same by waiting until another thread took it). When
 * nobody wants it, `holder` is NULL and the next thread to ask takes it.
 *
 * Every wait is on the thread's own semaphore (`park`), in a loop that
 * re-reads the state under the mutex: whoever hands the GIL over, wakes a
 * lock's waiter or delivers SIGINT posts that semaphore (sem_post is
 * async-signal-safe, so the signal handler can wake the main thread too).
 *
 * When the GIL changes hands:
 *  - The switch interval (sys.setswitchinterval, 5 ms). A thread that has
 *    waited that long, while the same holder kept the GIL, sets
 *    BREAKER_GIL_DROP in the eval breaker. The holder sees it at its next
 *    check point -- a backward jump, the entry of a Python function, the
 *    return of a call to a C function: where CPython 3.11 checks -- and
 *    hands the GIL on (gil_yield). So a thread can lose the GIL exactly
 *    where it could in CPython 3.11, and nowhere else.
 *  - --switch-every=N, for lectures and golden files: the waiters never
 *    time out; instead the holder counts its instructions and, after N,
 *    sets the same bit itself. The next thread is chosen in the same fixed
 *    round-robin order, and a thread in a blocking call keeps its place in
 *    it (the others wait for its call to return), so the interleaving
 *    depends on nothing but the program: the same on every run. What still
 *    depends on time is what measures it: a timeout, a sleep's length. (And
 *    a blocking call that waits for another thread of the same program --
 *    a read from a pipe that thread writes -- would wait for ever: only
 *    waits for locks, which the GIL tracks, are safe there.)
 *  - A blocking call: time.sleep, a lock's acquire that must wait, reading
 *    and writing files, input(). The thread lets go before the call and
 *    asks again after it (gil_release, gil_acquire).
 *
 * Locks. A _thread.lock that is taken makes its acquirer wait in the
 * lock's GilQueue (gil_wait), holding no GIL; release() wakes the first
 * waiter (gil_wake_one), which from then on wants the GIL, and tries the
 * lock again once it holds the GIL -- another thread may have taken it
 * meanwhile, as with CPython's locks. Because the lock's state is read and
 * changed only by the GIL's holder, and who waits is kept under the GIL's
 * mutex, --switch-every's interleavings stay the same through locks, joins,
 * queues and events.
 *
 * The narration. Each change of hands is reported (--trace=gil) by the
 * thread that makes it, while it still holds the GIL -- under the mutex,
 * so that the report and the hand-over are one step. Every sink therefore
 * runs under the GIL, one event at a time, and needs no lock of its own.
 *
 * The end. The main thread's end waits for the threads the program did not
 * make daemons (threading._shutdown, run from vm/run.c). Then teardown
 * begins (gil_begin_finalizing): a thread still running never gets the GIL
 * again -- it stops for good in take(), having touched only its own
 * ThreadState and this struct, which are then never freed -- and neither
 * are the objects it may still be reading (`orphaned_pools`).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gil.h"
#include "code.h"
#include "frame.h"
#include "str.h"
#include "trace/events.h"

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int gil_init(Interp *interp) {
    GIL *g = calloc(1, sizeof(GIL));
    if (!g) return -1;
    if (pthread_mutex_init(&g->mutex, NULL) != 0) {
        free(g);
        return -1;
    }
    g->interval_us = 5000;
    g->breaker = &interp->eval_breaker;
    interp->gil = g;
    ThreadState *ts = interp->main_thread;
    ts->gil = g;
    ts->number = ++g->started;
    strcpy(ts->name, "MainThread");
    ts->is_main = true;
    ts->ident = (unsigned long)pthread_self();
    ts->native_id = (long)gettid();
    ts->run = RUN_HOLDS;                /* the main thread starts holding it */
    ts->since_ns = now_ns();
    ts->acquisitions = 1;
    g->holder = ts;
    return 0;
}

/* ---- reports (--trace=gil) --------------------------------------------------------- */

static void report(ThreadState *ts, GilEvent g) {
    if (!TRACE_ON(TRACE_GIL)) return;
    Frame *f = ts->frame;
    int index = f && f->code ? frame_lasti(f) : -1;
    Event ev = {.kind = EV_GIL, .index = index, .gil = g,
                .line = f && f->code ? code_line(f->code, index) : 0};
    trace_emit(ts, &ev);
}

static void report_handover(ThreadState *ts, GilEvent g, ThreadState *next) {
    if (next) {
        g.to = next->number;
        g.to_name = next->name;
        g.to_in_call = next->run == RUN_CALL;
    }
    report(ts, g);
}

/* The main thread: the one the interpreter started in, or the one that
 * called os.fork() in a child. A flag of its own: a daemon thread asks
 * after teardown, when the Interp is gone. */
static bool is_main(ThreadState *ts) { return ts->is_main; }

/* ---- the baton ------------------------------------------------------------------ */

/* Wait on [ts]'s semaphore until it is posted or [deadline_ns] (0: no
 * deadline) passes, with the mutex let go meanwhile. Returns 0, or
 * ETIMEDOUT, or EINTR (a signal). */
static int park(GIL *g, ThreadState *ts, int64_t deadline_ns) {
    pthread_mutex_unlock(&g->mutex);
    int r = 0;
    if (deadline_ns) {
        struct timespec t = {.tv_sec = deadline_ns / 1000000000LL, .tv_nsec = deadline_ns % 1000000000LL};
        if (sem_clockwait(&ts->park, CLOCK_MONOTONIC, &t) != 0) r = errno;
    } else if (sem_wait(&ts->park) != 0) {
        r = errno;
    }
    pthread_mutex_lock(&g->mutex);
    return r;
}

/* Teardown began and [ts] is not the main thread: it never runs again. It
 * waits forever, holding nothing, touching nothing but its own semaphore
 * (the process is about to exit; a test running programs one after
 * another keeps it asleep). */
__attribute__((noreturn)) static void abandon(GIL *g, ThreadState *ts) {
    pthread_mutex_unlock(&g->mutex);
    for (;;) sem_wait(&ts->park);
}

/* The thread that gets the GIL after [from]: the first after it, in the
 * order the threads were started, that wants it -- or, under
 * --switch-every, that will want it when its blocking call returns. NULL
 * when there is none. Under the mutex, by the holder. */
static ThreadState *pick_next(GIL *g, ThreadState *from) {
    if (g->finalizing) return NULL;
    ThreadState *after = NULL, *first = NULL;
    for (ThreadState *t = from->interp->threads; t; t = t->next) {
        if (t == from) continue;
        if (!(t->run == RUN_WANTS || (g->switch_every && t->run == RUN_CALL))) continue;
        if (t->number > from->number && (!after || t->number < after->number)) after = t;
        if (!first || t->number < first->number) first = t;
    }
    return after ? after : first;
}

/* [from] lets the GIL go to [next] (NULL: to whoever asks first). */
static void hand_over(GIL *g, ThreadState *from, ThreadState *next) {
    int64_t t = now_ns();
    from->held_ns += (uint64_t)(t - from->since_ns);
    from->since_ns = t;
    from->holds_gil = false;
    g->holder = next;
    if (next) sem_post(&next->park);
}

/* Make [ts] the holder, waiting its turn. Under the mutex (let go while it
 * waits). */
static void take(ThreadState *ts) {
    GIL *g = ts->gil;
    if (ts->run != RUN_WANTS) {
        ts->run = RUN_WANTS;
        ts->since_ns = now_ns();
    }
    for (;;) {
        if (g->finalizing && !is_main(ts)) abandon(g, ts);
        if (!g->holder) g->holder = ts;                /* nobody holds it: take it */
        if (g->holder == ts) break;
        uint64_t seen = g->switch_number;
        ThreadState *holder = g->holder;
        int r = park(g, ts, g->switch_every ? 0 : now_ns() + (int64_t)(g->interval_us > 0 ? g->interval_us : 1) * 1000);
        /* a whole interval without a change of hands: ask the holder to
         * let go at its next check point */
        if (r == ETIMEDOUT && !g->finalizing && g->holder == holder && holder && holder->run == RUN_HOLDS &&
            g->switch_number == seen)
            atomic_fetch_or(g->breaker, BREAKER_GIL_DROP);
    }
    int64_t t = now_ns();
    ts->waited_ns += (uint64_t)(t - ts->since_ns);
    ts->since_ns = t;
    ts->run = RUN_HOLDS;
    ts->holds_gil = true;
    ts->ticks = 0;
    ts->acquisitions++;
    g->switch_number++;
    atomic_fetch_and(g->breaker, ~BREAKER_GIL_DROP);
}

/* [ts] holds the GIL again: say how long it waited, since [since]. */
static void report_acquired(ThreadState *ts, int64_t since) {
    ts_set_current(ts);
    if (TRACE_ON(TRACE_GIL)) report(ts, (GilEvent){.step = GIL_ACQUIRE, .waited_ns = (uint64_t)(now_ns() - since)});
}

void gil_acquire(ThreadState *ts) {
    GIL *g = ts->gil;
    int64_t since = now_ns();
    pthread_mutex_lock(&g->mutex);
    if (ts->run == RUN_WANTS) since = ts->since_ns;     /* a new thread: since it was started */
    take(ts);
    pthread_mutex_unlock(&g->mutex);
    report_acquired(ts, since);
}

void gil_release(ThreadState *ts, const char *call) {
    GIL *g = ts->gil;
    pthread_mutex_lock(&g->mutex);
    ThreadState *next = pick_next(g, ts);
    report_handover(ts, (GilEvent){.step = GIL_RELEASE, .call = call,
                                   .caller = ts->frame ? STR_DATA(ts->frame->code->qualname) : NULL},
                    next);
    ts->releases++;
    ts->run = RUN_CALL;
    hand_over(g, ts, next);
    pthread_mutex_unlock(&g->mutex);
}

void gil_yield(ThreadState *ts) {
    GIL *g = ts->gil;
    pthread_mutex_lock(&g->mutex);
    ThreadState *next = pick_next(g, ts);
    if (!next) {
        /* nobody else wants it (any more): a new turn begins */
        atomic_fetch_and(g->breaker, ~BREAKER_GIL_DROP);
        ts->ticks = 0;
        pthread_mutex_unlock(&g->mutex);
        return;
    }
    report_handover(ts, (GilEvent){.step = GIL_SWITCH, .switch_every = g->switch_every != 0,
                                   .quantum = g->switch_every ? ts->ticks : (uint64_t)g->interval_us},
                    next);
    ts->switches++;
    hand_over(g, ts, next);
    ts->run = RUN_WANTS;
    int64_t since = ts->since_ns;
    take(ts);
    pthread_mutex_unlock(&g->mutex);
    report_acquired(ts, since);
}

/* ---- waiting for a lock ------------------------------------------------------------ */

static void dequeue(GilQueue *q, GilWaiter *w) {
    for (GilWaiter **p = &q->first; *p; p = &(*p)->next) {
        if (*p != w) continue;
        *p = w->next;
        if (q->last == w) {
            GilWaiter *last = q->first;
            while (last && last->next) last = last->next;
            q->last = last;
        }
        return;
    }
}

/* The main thread's wait ends early for SIGINT, and for a limit reached
 * in another thread (runtime/limits.c): a program whose worker thread ran
 * out of steps while holding a lock must still end. */
static bool signal_pending(GIL *g, ThreadState *ts) {
    return is_main(ts) && ((atomic_load(g->breaker) & (BREAKER_SIGNAL | BREAKER_LIMIT)) || ts->interp->limit_hit);
}

GilWaitResult gil_wait(ThreadState *ts, GilQueue *q, int64_t timeout_ns, const char *call) {
    GIL *g = ts->gil;
    GilWaiter w = {.ts = ts};
    int64_t deadline = timeout_ns >= 0 ? now_ns() + timeout_ns : 0;
    if (timeout_ns == 0) deadline = 1;                  /* already passed */
    pthread_mutex_lock(&g->mutex);
    if (q->last) q->last->next = &w;
    else q->first = &w;
    q->last = &w;
    ThreadState *next = pick_next(g, ts);
    report_handover(ts, (GilEvent){.step = GIL_RELEASE, .call = call,
                                   .caller = ts->frame ? STR_DATA(ts->frame->code->qualname) : NULL},
                    next);
    ts->releases++;
    ts->run = RUN_PARKED;
    hand_over(g, ts, next);
    GilWaitResult result = GIL_WOKEN;
    while (!w.woken) {
        if (g->finalizing && !is_main(ts)) abandon(g, ts);     /* before touching the queue */
        if (signal_pending(g, ts)) {
            result = GIL_INTERRUPTED;
            break;
        }
        if (deadline && now_ns() >= deadline) {
            result = GIL_TIMED_OUT;
            break;
        }
        park(g, ts, deadline);
    }
    if (!w.woken) dequeue(q, &w);
    int64_t since = ts->run == RUN_WANTS ? ts->since_ns : now_ns();
    take(ts);
    pthread_mutex_unlock(&g->mutex);
    report_acquired(ts, since);
    return result;
}

bool gil_wake_one(ThreadState *ts, GilQueue *q) {
    GIL *g = ts->gil;
    pthread_mutex_lock(&g->mutex);
    GilWaiter *w = q->first;
    if (w) {
        q->first = w->next;
        if (!q->first) q->last = NULL;
        w->next = NULL;
        w->woken = true;
        /* it wants the GIL from now on: --switch-every counts it at once */
        w->ts->run = RUN_WANTS;
        w->ts->since_ns = now_ns();
        sem_post(&w->ts->park);
    }
    pthread_mutex_unlock(&g->mutex);
    return w != NULL;
}

int gil_sleep(ThreadState *ts, int64_t ns) {
    GIL *g = ts->gil;
    int64_t deadline = now_ns() + ns;
    gil_release(ts, "time.sleep");
    bool interrupted = false;
    pthread_mutex_lock(&g->mutex);
    for (;;) {
        if (g->finalizing && !is_main(ts)) abandon(g, ts);
        if (signal_pending(g, ts)) {
            interrupted = true;
            break;
        }
        if (now_ns() >= deadline) break;
        park(g, ts, deadline);
    }
    int64_t since = now_ns();
    take(ts);
    pthread_mutex_unlock(&g->mutex);
    report_acquired(ts, since);
    return interrupted ? -1 : 0;
}

/* ---- threads ------------------------------------------------------------------------ */

void gil_register_thread(ThreadState *ts, const char *name) {
    GIL *g = ts->interp->gil;
    pthread_mutex_lock(&g->mutex);
    ts->gil = g;
    ts->number = ++g->started;
    g->running++;
    snprintf(ts->name, sizeof ts->name, "%s", name ? name : "");
    ts->run = RUN_WANTS;
    ts->since_ns = now_ns();
    pthread_mutex_unlock(&g->mutex);
}

void gil_thread_abort(ThreadState *ts) {
    GIL *g = ts->gil;
    pthread_mutex_lock(&g->mutex);
    ts->run = RUN_DONE;
    g->running--;
    pthread_mutex_unlock(&g->mutex);
}

void gil_thread_done(ThreadState *ts) {
    GIL *g = ts->gil;
    pthread_mutex_lock(&g->mutex);
    ThreadState *next = pick_next(g, ts);
    report_handover(ts, (GilEvent){.step = GIL_END}, next);
    ts->run = RUN_DONE;
    hand_over(g, ts, next);
    g->running--;
    if (g->nfinished == g->capfinished) {
        size_t cap = g->capfinished ? 2 * g->capfinished : 8;
        GilRecord *r = realloc(g->finished, cap * sizeof(GilRecord));
        if (r) {
            g->finished = r;
            g->capfinished = cap;
        }
    }
    if (g->nfinished < g->capfinished) {
        GilRecord *r = &g->finished[g->nfinished++];
        r->number = ts->number;
        memcpy(r->name, ts->name, sizeof r->name);
        r->held_ns = ts->held_ns;
        r->waited_ns = ts->waited_ns;
        r->acquisitions = ts->acquisitions;
        r->switches = ts->switches;
        r->releases = ts->releases;
    }
    pthread_mutex_unlock(&g->mutex);
}

int gil_begin_finalizing(Interp *interp) {
    GIL *g = interp->gil;
    if (!g) return 0;
    pthread_mutex_lock(&g->mutex);
    g->finalizing = true;
    int left = 0;
    for (ThreadState *t = interp->threads; t; t = t->next)
        if (t != interp->main_thread) left++;
    g->abandoned = left;
    pthread_mutex_unlock(&g->mutex);
    return left;
}

void gil_fini(Interp *interp) {
    GIL *g = interp->gil;
    if (!g) return;
    interp->gil = NULL;
    if (g->abandoned) {                 /* its threads may still look at it */
        /* reachable from here, for a leak checker: in a child of os.fork()
         * the threads left are gone, and their stacks are not scanned */
        static GIL *_Atomic kept;
        atomic_store(&kept, g);
        return;
    }
    free(g->finished);
    pthread_mutex_destroy(&g->mutex);
    free(g);
}

/* ---- os.fork() ----------------------------------------------------------------------- */

void gil_before_fork(ThreadState *ts) { pthread_mutex_lock(&ts->gil->mutex); }

void gil_after_fork_parent(ThreadState *ts) { pthread_mutex_unlock(&ts->gil->mutex); }

int gil_after_fork_child(ThreadState *ts) {
    GIL *g = ts->gil;
    /* the copy of the mutex is locked by a thread that is now this one:
     * a new mutex, as CPython's child makes a new GIL */
    pthread_mutex_init(&g->mutex, NULL);
    Interp *interp = ts->interp;
    if (interp->main_thread) interp->main_thread->is_main = false;
    interp->main_thread = ts;
    ts->is_main = true;
    ts->native_id = (long)gettid();
    g->holder = ts;
    ts->run = RUN_HOLDS;
    ts->holds_gil = true;
    ts->since_ns = now_ns();
    /* the child's lock is a new one: its summary counts the child's turns,
     * not the parent's (the threads that finished there are the parent's) */
    ts->held_ns = ts->waited_ns = 0;
    ts->acquisitions = 1;
    ts->switches = ts->releases = 0;
    g->nfinished = 0;
    int left = 0;
    for (ThreadState *t = interp->threads; t; t = t->next) {
        if (t == ts) continue;
        if (t->run != RUN_DONE) g->running--;
        t->run = RUN_DONE;
        left++;
    }
    atomic_fetch_and(g->breaker, ~BREAKER_GIL_DROP);
    return left;
}

/* ---- settings ------------------------------------------------------------------------ */

void gil_set_interval(Interp *interp, double seconds) {
    GIL *g = interp->gil;
    pthread_mutex_lock(&g->mutex);
    g->interval_us = (long)(1e6 * seconds);      /* as CPython: 1e-7 s is 0 us */
    pthread_mutex_unlock(&g->mutex);
}

double gil_get_interval(Interp *interp) {
    GIL *g = interp->gil;
    pthread_mutex_lock(&g->mutex);
    double s = 1e-6 * (double)g->interval_us;
    pthread_mutex_unlock(&g->mutex);
    return s;
}

void gil_set_switch_every(Interp *interp, uint64_t n) {
    GIL *g = interp->gil;
    pthread_mutex_lock(&g->mutex);
    g->switch_every = n;
    interp->switch_every = n;
    pthread_mutex_unlock(&g->mutex);
}

int gil_parse_option(const char *arg, uint64_t *n, char *err, unsigned errlen) {
    static const char name[] = "--switch-every=";
    if (strncmp(arg, name, sizeof name - 1) != 0) return 0;
    const char *v = arg + sizeof name - 1;
    char *end;
    errno = 0;
    unsigned long long k = strtoull(v, &end, 10);
    if (!*v || *end || errno || k == 0 || *v == '-' || *v == '+' || *v == ' ') {
        snprintf(err, errlen, "--switch-every needs a positive whole number of instructions, not '%s'", v);
        return -1;
    }
    *n = k;
    return 1;
}

/* ---- signals and the summary ----------------------------------------------------------- */

void gil_wake_main(Interp *interp) {
    ThreadState *main = interp->main_thread;
    if (main) sem_post(&main->park);
}

static void report_totals(ThreadState *ts, int number, const char *name, uint64_t held, uint64_t waited,
                          uint64_t acquisitions, uint64_t switches, uint64_t releases, bool alive) {
    report(ts, (GilEvent){.step = GIL_SUMMARY, .thread = number, .name = name, .held_ns = held,
                          .waited_ns = waited, .acquisitions = acquisitions, .switches = switches,
                          .releases = releases, .alive = alive});
}

void gil_report_summary(ThreadState *ts) {
    GIL *g = ts->gil;
    if (!g || !TRACE_ON(TRACE_GIL)) return;
    pthread_mutex_lock(&g->mutex);
    int64_t t = now_ns();
    /* in the order the threads were started: the finished ones are
     * recorded in the order they finished, the live ones listed newest
     * first */
    for (int number = 1; number <= g->started; number++) {
        bool done = false;
        for (size_t i = 0; i < g->nfinished && !done; i++) {
            GilRecord *r = &g->finished[i];
            if (r->number != number) continue;
            report_totals(ts, r->number, r->name, r->held_ns, r->waited_ns, r->acquisitions, r->switches,
                          r->releases, false);
            done = true;
        }
        for (ThreadState *o = ts->interp->threads; o && !done; o = o->next) {
            if (o->number != number) continue;
            if (o != ts && o->run == RUN_DONE) break;   /* a parent's thread, gone in a child of fork() */
            uint64_t held = o->held_ns, waited = o->waited_ns;
            if (o->run == RUN_HOLDS) held += (uint64_t)(t - o->since_ns);
            if (o->run == RUN_WANTS) waited += (uint64_t)(t - o->since_ns);
            report_totals(ts, o->number, o->name, held, waited, o->acquisitions, o->switches, o->releases,
                          o != ts);
            done = true;
        }
    }
    pthread_mutex_unlock(&g->mutex);
}
