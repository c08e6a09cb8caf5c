/* mod_time.c -- the `time` module: the clocks and sleep(), as CPython 3.11's.
 *
 * No lesson of the course is about it; it serves programs that measure
 * themselves: the benchmarks, and lesson 10 (scaling) when a student times
 * `x in list` against `x in set` instead of counting comparisons.
 *
 * Each clock is one clock_gettime() reading in integer nanoseconds; the
 * float functions divide that by 1e9 the way CPython's
 * _PyTime_AsSecondsDouble does, so time() and time_ns() agree:
 *   time()          CLOCK_REALTIME            seconds since the epoch
 *   monotonic()     CLOCK_MONOTONIC           never goes back
 *   perf_counter()  CLOCK_MONOTONIC           (CPython 3.11 uses the same clock)
 *   process_time()  CLOCK_PROCESS_CPUTIME_ID  CPU time of the process, no sleep
 *
 * Start reading at fn_sleep(): the argument becomes nanoseconds with
 * CPython's rounding and messages (time_object_to_ns()), then the thread
 * gives the GIL up and sleeps until an absolute deadline on the monotonic
 * clock (gil_sleep() in runtime/gil.c), so other threads run while it
 * sleeps (lesson 5). SIGINT ends the main thread's sleep early, and sleep()
 * raises KeyboardInterrupt as the eval loop would.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <time.h>

#include "modules.h"
#include "module.h"
#include "gil.h"
#include "signals.h"
#include "int.h"
#include "float.h"
#include "func.h"
#include "interp.h"
#include "exceptions.h"
#include "args.h"


#define NS_PER_SEC 1000000000LL

static int64_t clock_ns(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return (int64_t)t.tv_sec * NS_PER_SEC + t.tv_nsec;
}

/* Whole seconds divide exactly; otherwise one rounding, in the division. */
static double ns_to_seconds(int64_t ns) {
    if (ns % NS_PER_SEC == 0) return (double)(ns / NS_PER_SEC);
    return (double)ns / 1e9;
}

#define CLOCK_FUNCTIONS(NAME, CLOCK)                                                     \
    static CFUNC(fn_##NAME) {                                                            \
        if (args_exactly(ts, "time." #NAME, nargs, kwnames, 0) < 0) return NULL;         \
        return float_new(ts, ns_to_seconds(clock_ns(CLOCK)));                            \
    }                                                                                    \
    static CFUNC(fn_##NAME##_ns) {                                                       \
        if (args_exactly(ts, "time." #NAME "_ns", nargs, kwnames, 0) < 0) return NULL;   \
        return int_from_i64(ts, clock_ns(CLOCK));                                        \
    }

CLOCK_FUNCTIONS(time, CLOCK_REALTIME)
CLOCK_FUNCTIONS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(process_time, CLOCK_PROCESS_CPUTIME_ID)

/* sleep()'s argument in nanoseconds, as CPython's _PyTime_FromObject with
 * _PyTime_ROUND_TIMEOUT: a float is multiplied by 1e9 and rounded away from
 * zero (so -1e-10 is negative); anything else must have __index__. The two
 * overflow messages differ because CPython's two paths differ. A lock's
 * timeout (runtime/mod_thread.c) is converted the same way. */
int time_object_to_ns(ThreadState *ts, Object *o, int64_t *out) {
    if (float_check(o)) {
        double d = FLOAT_VALUE(o);
        if (isnan(d)) {
            err_set_string(ts, &ExcValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d *= 1e9;
        d = d >= 0 ? ceil(d) : floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            err_set_string(ts, &ExcOverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (int64_t)d;
        return 0;
    }
    Object *i = obj_index(ts, o);
    if (!i) return -1;
    int64_t secs;
    bool fits = int_as_i64(i, &secs);
    DECREF(i);
    if (!fits || secs > INT64_MAX / NS_PER_SEC || secs < INT64_MIN / NS_PER_SEC) {
        err_set_string(ts, &ExcOverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *out = secs * NS_PER_SEC;
    return 0;
}

/* sleep(secs): suspend this thread for secs seconds, holding no GIL. */
static CFUNC(fn_sleep) {
    if (args_exactly(ts, "time.sleep", nargs, kwnames, 1) < 0) return NULL;
    int64_t ns;
    if (time_object_to_ns(ts, args[0], &ns) < 0) return NULL;
    if (ns < 0) return err_set_string(ts, &ExcValueError, "sleep length must be non-negative");

    /* without the GIL (runtime/gil.c): other threads run meanwhile; SIGINT
     * wakes the main thread early */
    if (gil_sleep(ts, ns) < 0) {
        signals_raise_interrupted(ts);
        return NULL;
    }
    return none_new();
}

static const MethodDef time_functions[] = {
    {"time", fn_time, METH_KEYWORDS,
     "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\n"
     "Fractions of a second may be present if the system clock provides them."},
    {"time_ns", fn_time_ns, METH_KEYWORDS,
     "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."},
    {"monotonic", fn_monotonic, METH_KEYWORDS,
     "monotonic() -> float\n\nMonotonic clock, cannot go backward."},
    {"monotonic_ns", fn_monotonic_ns, METH_KEYWORDS,
     "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", fn_perf_counter, METH_KEYWORDS,
     "perf_counter() -> float\n\nPerformance counter for benchmarking."},
    {"perf_counter_ns", fn_perf_counter_ns, METH_KEYWORDS,
     "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."},
    {"process_time", fn_process_time, METH_KEYWORDS,
     "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", fn_process_time_ns, METH_KEYWORDS,
     "process_time() -> int\n\nProcess time for profiling as nanoseconds:\n"
     "sum of the kernel and user-space CPU time."},
    {"sleep", fn_sleep, METH_KEYWORDS,
     "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\n"
     "a floating point number for subsecond precision."},
    {NULL},
};

Object *mod_time_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "time");
    if (!m) return NULL;
    if (module_add_functions(ts, m, time_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
