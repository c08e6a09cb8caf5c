/* limits.c -- ending a program that uses too much (runtime/limits.h).
 *
 * Steps are counted by the narrated copy of the loop (vm/eval_loop.h),
 * which eval_frame() chooses when a step limit is set, so a run without
 * limits pays nothing. CPU time is an interval timer (ITIMER_PROF counts
 * user and system time): its signal sets a bit of the eval breaker, and
 * the loop reports at its next backward jump or call; if the program is
 * stuck in C code that never reaches one (a giant multiplication), a
 * second signal a second later ends the process from the handler.
 * Wall-clock time is a watchdog thread: when its time is up it sets the
 * same bit and wakes a main thread that waits for a lock (a program whose
 * threads all wait for one another uses no CPU time, and would wait for
 * ever); if the program has not ended a second later (asleep in
 * time.sleep, or stuck in C code), the watchdog ends the process. Output
 * is counted where the program writes (runtime/io.c). Memory is counted by
 * the allocator (common/rawmem.h): an allocation that would pass the limit
 * fails, and err_no_memory() (runtime/exceptions.c), which every failed
 * allocation reaches, reports the limit instead of raising MemoryError.
 * Once a limit is reached the memory limit is lifted: what is left to do
 * (unwinding, teardown) must not fail for want of memory.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "limits.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "gil.h"

static Interp *_Atomic timed_interp;
static volatile sig_atomic_t timer_fired;
/* which timer set BREAKER_LIMIT: LIMIT_SECONDS or LIMIT_WALL */
static _Atomic int pending_kind;

LimitKind limit_pending(Interp *interp) {
    (void)interp;
    int k = atomic_load(&pending_kind);
    return k ? (LimitKind)k : LIMIT_SECONDS;
}

static const char *const time_report = "minipy: limit reached: --max-seconds (CPU time)\n";

static void on_cpu_timer(int sig) {
    (void)sig;
    Interp *interp = atomic_load(&timed_interp);
    if (!interp) return;
    if (timer_fired++ && !interp->limits.no_backstop) {
        /* the loop did not get to it in a second: stuck in C code */
        if (write(2, time_report, strlen(time_report)) < 0) { /* nothing more to do */ }
        _exit(LIMIT_EXIT_STATUS);
    }
    atomic_store(&pending_kind, LIMIT_SECONDS);
    atomic_fetch_or(&interp->eval_breaker, BREAKER_LIMIT);
}

/* ---- wall-clock time: the watchdog ------------------------------------------------ */

static struct {
    pthread_mutex_t mutex;
    pthread_cond_t cond;          /* signalled when the run ends (limits_stop) */
    pthread_t thread;
    bool running, stop;
    pid_t pid;                    /* the process that started it: a forked child has none */
    Interp *interp;
    struct timespec deadline;     /* CLOCK_MONOTONIC */
} watchdog = {.mutex = PTHREAD_MUTEX_INITIALIZER};

static const char *const wall_report = "minipy: limit reached: --max-wall (wall-clock time)\n";

/* Wait until [watchdog.deadline] or the end of the run: true if the time
 * came first. Called with the mutex held. */
static bool wait_for_deadline(void) {
    int r = 0;
    while (!watchdog.stop && r != ETIMEDOUT)
        r = pthread_cond_timedwait(&watchdog.cond, &watchdog.mutex, &watchdog.deadline);
    return !watchdog.stop;
}

static void *watch_wall_clock(void *arg) {
    (void)arg;
    pthread_mutex_lock(&watchdog.mutex);
    if (wait_for_deadline()) {
        Interp *interp = watchdog.interp;
        atomic_store(&pending_kind, LIMIT_WALL);
        atomic_fetch_or(&interp->eval_breaker, BREAKER_LIMIT);
        gil_wake_main(interp);        /* a main thread waiting for a lock ends too */
        watchdog.deadline.tv_sec += 1;
        if (!interp->limits.no_backstop && wait_for_deadline()) {
            /* a second later the program still runs: asleep, or stuck in C code */
            if (write(2, wall_report, strlen(wall_report)) < 0) { /* nothing more to do */ }
            _exit(LIMIT_EXIT_STATUS);
        }
    }
    pthread_mutex_unlock(&watchdog.mutex);
    return NULL;
}

static void watchdog_start(Interp *interp, double seconds) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&watchdog.cond, &attr);
    pthread_condattr_destroy(&attr);
    clock_gettime(CLOCK_MONOTONIC, &watchdog.deadline);
    double whole = floor(seconds);
    watchdog.deadline.tv_sec += (time_t)whole;
    watchdog.deadline.tv_nsec += (long)((seconds - whole) * 1e9);
    if (watchdog.deadline.tv_nsec >= 1000000000L) {
        watchdog.deadline.tv_sec++;
        watchdog.deadline.tv_nsec -= 1000000000L;
    }
    watchdog.interp = interp;
    watchdog.stop = false;
    watchdog.pid = getpid();
    /* no watchdog, no limit: a program must not be stopped by a thread
     * that could not be made, but it is said */
    watchdog.running = pthread_create(&watchdog.thread, NULL, watch_wall_clock, NULL) == 0;
    if (!watchdog.running) fprintf(stderr, "minipy: --max-wall: cannot start the watchdog thread\n");
}

static void watchdog_stop(void) {
    if (!watchdog.running || watchdog.pid != getpid()) return;
    pthread_mutex_lock(&watchdog.mutex);
    watchdog.stop = true;
    pthread_cond_signal(&watchdog.cond);
    pthread_mutex_unlock(&watchdog.mutex);
    pthread_join(watchdog.thread, NULL);
    pthread_cond_destroy(&watchdog.cond);
    watchdog.running = false;
}

void limits_start(Interp *interp, const Limits *limits) {
    interp->limits = *limits;
    interp->limit_hit = 0;
    interp->mem.limit = limits->max_memory > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)limits->max_memory;
    /* counting from now on if not from the start (InterpConfig.count_memory):
     * then what start-up took is not in the count */
    if (limits->max_memory) interp->mem.counting = true;
    rawmem_settings_changed(&interp->mem);
    interp->mem.failed_limit = false;
    if (limits->max_seconds > 0) {
        atomic_store(&timed_interp, interp);
        timer_fired = 0;
        signal(SIGPROF, on_cpu_timer);
        struct itimerval t = {0};
        t.it_value.tv_sec = (time_t)limits->max_seconds;
        t.it_value.tv_usec = (suseconds_t)((limits->max_seconds - floor(limits->max_seconds)) * 1e6);
        if (!t.it_value.tv_sec && !t.it_value.tv_usec) t.it_value.tv_usec = 1;
        t.it_interval.tv_sec = 1;          /* the second firing, if the first was not seen */
        setitimer(ITIMER_PROF, &t, NULL);
    }
    atomic_store(&pending_kind, 0);
    if (limits->max_wall > 0) watchdog_start(interp, limits->max_wall);
}

void limits_stop(Interp *interp) {
    interp->mem.limit = 0;         /* teardown must not fail for want of memory */
    rawmem_settings_changed(&interp->mem);
    if (interp->limits.max_wall > 0) watchdog_stop();
    if (interp->limits.max_seconds > 0) {
        struct itimerval off = {0};
        setitimer(ITIMER_PROF, &off, NULL);
        signal(SIGPROF, SIG_DFL);
        atomic_store(&timed_interp, NULL);
    }
}

void limit_quit(Interp *interp) {
    if (interp->limit_hit) return;
    interp->limit_hit = LIMIT_QUIT;
    interp->mem.limit = 0;
    rawmem_settings_changed(&interp->mem);
    gil_wake_main(interp);         /* a main thread waiting for a lock ends too */
}

int limit_reached(ThreadState *ts, LimitKind kind) {
    Interp *interp = ts->interp;
    if (!interp->limit_hit) {
        interp->limit_hit = kind;
        interp->mem.limit = 0;
        rawmem_settings_changed(&interp->mem);
        fflush(stdout);
        switch (kind) {
        case LIMIT_STEPS:
            fprintf(stderr, "minipy: limit reached: --max-steps=%llu (instructions executed)\n",
                    (unsigned long long)interp->limits.max_steps);
            break;
        case LIMIT_SECONDS:
            fprintf(stderr, "minipy: limit reached: --max-seconds=%g (CPU time)\n", interp->limits.max_seconds);
            break;
        case LIMIT_OUTPUT:
            fprintf(stderr, "\nminipy: limit reached: --max-output=%llu KB (bytes written to stdout and stderr)\n",
                    (unsigned long long)(interp->limits.max_output / 1024));
            break;
        case LIMIT_WALL:
            fprintf(stderr, "minipy: limit reached: --max-wall=%g (wall-clock time)\n", interp->limits.max_wall);
            break;
        case LIMIT_MEMORY:
            fprintf(stderr, "minipy: limit reached: --max-memory=%g MB (memory in use)\n",
                    (double)interp->limits.max_memory / (1024 * 1024));
            break;
        case LIMIT_QUIT:
            break;                 /* limit_quit() set it: not reached here */
        }
        fflush(stderr);
        gil_wake_main(interp);     /* a main thread waiting for a lock ends too (runtime/gil.c) */
    }
    /* SystemExit(124): run_handle_exit() turns it into the exit status; no
     * handler sees it, because the loop looks for none once a limit is hit */
    Object *code = int_from_i64(ts, LIMIT_EXIT_STATUS);
    if (code) {
        err_set_object(ts, &ExcSystemExit, code);
        DECREF(code);
    }
    return -1;
}

/* "1000", "2.5": a count or a number of seconds. */
static bool parse_number(const char *s, double *out) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !(v > 0) || v > 1e18) return false;
    *out = v;
    return true;
}

int limits_parse_option(const char *arg, Limits *limits, char *err, unsigned errlen) {
    if (strcmp(arg, "--sandbox") == 0) {
        limits->sandbox = true;
        return 1;
    }
    static const char *const names[] = {"--max-steps=", "--max-seconds=", "--max-output=", "--max-memory=",
                                        "--max-wall="};
    for (int i = 0; i < 5; i++) {
        size_t n = strlen(names[i]);
        if (strncmp(arg, names[i], n) != 0) continue;
        double v;
        if (!parse_number(arg + n, &v)) {
            snprintf(err, errlen, "%.*s needs a positive number, not '%s'", (int)(n - 1), names[i], arg + n);
            return -1;
        }
        if (i == 0) limits->max_steps = (uint64_t)v;
        else if (i == 1) limits->max_seconds = v;
        else if (i == 2) limits->max_output = (uint64_t)(v * 1024);
        else if (i == 3) limits->max_memory = (uint64_t)(v * 1024 * 1024);
        else limits->max_wall = v;
        return 1;
    }
    return 0;
}
