/* limits.c -- ending a program that uses too much (runtime/limits.h).
 *
 * Steps are counted by the narrated copy of the loop (vm/eval_loop.h),
 * which eval_frame() chooses when a step limit is set, so a run without
 * limits pays nothing. CPU time is an interval timer (ITIMER_PROF counts
 * user and system time): its signal sets a bit of the eval breaker, and
 * the loop reports at its next backward jump or call; if the program is
 * stuck in C code that never reaches one (a giant multiplication), a
 * second signal a second later ends the process from the handler. Output
 * is counted where the program writes (runtime/io.c). Memory is counted by
 * the allocator (common/rawmem.h): an allocation that would pass the limit
 * fails, and err_no_memory() (runtime/exceptions.c), which every failed
 * allocation reaches, reports the limit instead of raising MemoryError.
 * Once a limit is reached the memory limit is lifted: what is left to do
 * (unwinding, teardown) must not fail for want of memory.
 */
#include <math.h>
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

static const char *const time_report = "minipy: limit reached: --max-seconds (CPU time)\n";

static void on_cpu_timer(int sig) {
    (void)sig;
    Interp *interp = atomic_load(&timed_interp);
    if (!interp) return;
    if (timer_fired++) {
        /* the loop did not get to it in a second: stuck in C code */
        if (write(2, time_report, strlen(time_report)) < 0) { /* nothing more to do */ }
        _exit(LIMIT_EXIT_STATUS);
    }
    atomic_fetch_or(&interp->eval_breaker, BREAKER_LIMIT);
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
}

void limits_stop(Interp *interp) {
    interp->mem.limit = 0;         /* teardown must not fail for want of memory */
    rawmem_settings_changed(&interp->mem);
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
    static const char *const names[] = {"--max-steps=", "--max-seconds=", "--max-output=", "--max-memory="};
    for (int i = 0; i < 4; i++) {
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
        else limits->max_memory = (uint64_t)(v * 1024 * 1024);
        return 1;
    }
    return 0;
}
