/* gil.c -- the global interpreter lock.
 *
 * Lesson 5. Notes about the implementation
 * ========================================
 * One mutex-protected flag says whether some thread holds the GIL. A thread
 * runs Python code only while it holds it, so the interpreter's data
 * (reference counts, dicts, the collector's lists) is touched by one thread
 * at a time and needs no finer locking.
 *
 * Taking turns. A thread that wants the GIL and finds it taken waits on a
 * condition variable for at most the switch interval (5 ms by default, as
 * CPython's sys.getswitchinterval()). If the holder has not released it by
 * then, the waiter sets BREAKER_GIL_DROP in the eval breaker. The holder's
 * eval loop sees the bit at its next backward jump or call, releases the
 * GIL and waits until another thread has actually taken it, so the same
 * thread cannot immediately grab it back (CPython's "forced switching").
 *
 * What it does not do: make Python code atomic. `x += 1` is a load, an add
 * and a store -- three instructions -- and a switch can fall between them.
 */
#include <errno.h>
#include <time.h>

#include "gil.h"

int gil_init(Interp *interp) {
    GIL *g = &interp->gil;
    if (pthread_mutex_init(&g->mutex, NULL) != 0) return -1;
    if (pthread_cond_init(&g->cond, NULL) != 0) return -1;
    if (pthread_cond_init(&g->switched, NULL) != 0) return -1;
    g->locked = true;                 /* the main thread starts holding it */
    g->holder = interp->main_thread;
    g->interval_us = 5000;
    return 0;
}

void gil_fini(Interp *interp) {
    GIL *g = &interp->gil;
    pthread_cond_destroy(&g->switched);
    pthread_cond_destroy(&g->cond);
    pthread_mutex_destroy(&g->mutex);
}

static void deadline_after(struct timespec *t, long us) {
    clock_gettime(CLOCK_REALTIME, t);
    t->tv_nsec += us * 1000;
    while (t->tv_nsec >= 1000000000L) {
        t->tv_nsec -= 1000000000L;
        t->tv_sec++;
    }
}

void gil_acquire(ThreadState *ts) {
    Interp *interp = ts->interp;
    GIL *g = &interp->gil;
    pthread_mutex_lock(&g->mutex);
    while (g->locked) {
        uint64_t seen = g->switch_number;
        struct timespec t;
        deadline_after(&t, g->interval_us);
        int r = pthread_cond_timedwait(&g->cond, &g->mutex, &t);
        if (r == ETIMEDOUT && g->locked && g->switch_number == seen)
            atomic_fetch_or(&interp->eval_breaker, BREAKER_GIL_DROP);
    }
    g->locked = true;
    g->holder = ts;
    g->switch_number++;
    atomic_fetch_and(&interp->eval_breaker, ~BREAKER_GIL_DROP);
    pthread_cond_signal(&g->switched);
    pthread_mutex_unlock(&g->mutex);
    ts->holds_gil = true;
    ts_set_current(ts);
}

void gil_release(ThreadState *ts) {
    GIL *g = &ts->interp->gil;
    pthread_mutex_lock(&g->mutex);
    g->locked = false;
    g->holder = NULL;
    ts->holds_gil = false;
    pthread_cond_signal(&g->cond);
    pthread_mutex_unlock(&g->mutex);
}

void gil_yield(ThreadState *ts) {
    GIL *g = &ts->interp->gil;
    pthread_mutex_lock(&g->mutex);
    uint64_t before = g->switch_number;
    g->locked = false;
    g->holder = NULL;
    ts->holds_gil = false;
    pthread_cond_signal(&g->cond);
    /* wait until another thread took it (or nobody wants it any more) */
    while (g->switch_number == before && (atomic_load(&ts->interp->eval_breaker) & BREAKER_GIL_DROP)) {
        struct timespec t;
        deadline_after(&t, g->interval_us);
        if (pthread_cond_timedwait(&g->switched, &g->mutex, &t) == ETIMEDOUT) break;
    }
    pthread_mutex_unlock(&g->mutex);
    gil_acquire(ts);
}
