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
 *
 * The calendar half: struct_time, gmtime(), localtime(), mktime(),
 * strftime(), asctime(), ctime() and the time zone names (tzset() reads
 * TZ again), over the C library's gmtime_r/localtime_r/mktime/strftime as
 * CPython's are, with its conversions (a Python tuple counts months from
 * 1 and weekdays from Monday; C's from 0 and from Sunday) and its range
 * checks. Start at tuple_to_tm(). strptime() calls lib/_strptime.py, as
 * CPython's calls its Lib/_strptime.py.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
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
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "import.h"
#include "structseq.h"
#include "io.h"
#include "common/rawmem.h"


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

/* ==== the calendar ================================================================ */

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
    "tm_zone", "tm_gmtoff", NULL};

StructSeqType StructTimeType = {
    .type = {
        .head = {IMMORTAL_REFCNT, &TypeType},
        .name = "time.struct_time",
        .doc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
               " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
               " sequence of 9 integers.\n\n"
               " Note that several fields' values are not the same as those defined by\n"
               " the C language standard for struct tm.  For example, the value of the\n"
               " field tm_year is the actual year, not year - 1900.  See individual\n"
               " fields' descriptions for details.",
        .base = &TupleType,
        .flags = TYPE_FLAG_GC | TYPE_FLAG_TUPLE_SUBCLASS,
        .repr = structseq_repr,
        .getattr = structseq_getattr,
        .setattr = structseq_setattr,
        .new_ = structseq_new_from_sequence,
        .methods = structseq_methods,
        .dealloc = structseq_dealloc,
        .traverse = structseq_traverse,
    },
    .fields = struct_time_fields,
    .n_in_sequence = 9,
};

/* A C struct tm as a struct_time: the year in full, months from 1,
 * weekdays from Monday (0), days of the year from 1. */
static Object *tm_to_struct_time(ThreadState *ts, const struct tm *tm) {
    int64_t ints[] = {(int64_t)tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
                      tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst, 0, tm->tm_gmtoff};
    Object *values[11] = {NULL};
    bool ok = true;
    for (int i = 0; i < 11 && ok; i++) {
        if (i == 9) values[i] = tm->tm_zone ? str_from_cstr(ts, tm->tm_zone) : NEWREF(None);
        else values[i] = int_from_i64(ts, ints[i]);
        ok = values[i] != NULL;
    }
    Object *r = ok ? structseq_new(ts, &StructTimeType, values) : NULL;
    for (int i = 0; i < 11; i++) XDECREF(values[i]);
    return r;
}

/* seconds (an int or a float, floored; None: now) as a time_t, with
 * CPython's errors. 0, or -1 with the exception. A time_t whose year the
 * C library cannot hold (gmtime_r fails with EOVERFLOW) is an OSError, as
 * CPython's _PyTime_gmtime words it. */
static int seconds_to_time_t(ThreadState *ts, Object *o, time_t *out) {
    if (!o || o == None) {
        *out = time(NULL);
        return 0;
    }
    if (float_check(o)) {
        double d = FLOAT_VALUE(o);
        if (isnan(d)) {
            err_set_string(ts, &ExcValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= (double)INT64_MIN && d < (double)INT64_MAX)) {
            err_set_string(ts, &ExcOverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    Object *n = obj_index(ts, o);
    if (!n) return -1;
    int64_t v;
    bool fits = int_as_i64(n, &v);
    DECREF(n);
    if (!fits) {
        err_set_string(ts, &ExcOverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)v;
    return 0;
}

static Object *broken_down(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames, const char *name,
                           bool local) {
    if (args_no_kwargs(ts, name, kwnames) < 0 || args_count(ts, name, nargs, 0, 1) < 0) return NULL;
    time_t t;
    if (seconds_to_time_t(ts, nargs ? args[0] : NULL, &t) < 0) return NULL;
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)))
        return err_from_errno(ts, errno ? errno : EINVAL, NULL);
    return tm_to_struct_time(ts, &tm);
}

static CFUNC(fn_gmtime) { return broken_down(ts, args, nargs, kwnames, "gmtime", false); }
static CFUNC(fn_localtime) { return broken_down(ts, args, nargs, kwnames, "localtime", true); }

/* A 9-tuple or a struct_time as a struct tm, as CPython's gettmarg():
 * [name] words the error of a tuple of another length. 0, or -1. */
static int tuple_to_tm(ThreadState *ts, Object *o, const char *name, struct tm *tm) {
    if (!tuple_check(o)) {
        err_set_string(ts, &ExcTypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (TUPLE_SIZE(o) != 9) {
        err_format(ts, &ExcTypeError, "%s(): illegal time tuple argument", name);
        return -1;
    }
    int v[9];
    for (int i = 0; i < 9; i++) {
        Object *item = TUPLE_GET(o, i);
        if (float_check(item)) {
            err_set_string(ts, &ExcTypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        if (args_c_int(ts, item, &v[i]) < 0) return -1;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = v[0] - 1900;
    tm->tm_mon = v[1] - 1;
    tm->tm_mday = v[2];
    tm->tm_hour = v[3];
    tm->tm_min = v[4];
    tm->tm_sec = v[5];
    tm->tm_wday = (v[6] + 1) % 7;
    tm->tm_yday = v[7] - 1;
    tm->tm_isdst = v[8];
    if (TYPE(o) == &StructTimeType.type) {
        /* a struct_time keeps its zone (hidden fields, after the items) */
        Object *zone = TUPLE_ITEMS(o)[9], *off = TUPLE_ITEMS(o)[10];
        int64_t gmtoff;
        if (zone && str_check(zone)) tm->tm_zone = STR_DATA(zone);
        if (off && int_check(off) && int_as_i64(off, &gmtoff)) tm->tm_gmtoff = (long)gmtoff;
    }
    return 0;
}

/* CPython's checktm(): what strftime() and asctime() accept */
static int check_tm(ThreadState *ts, struct tm *tm) {
    const char *bad = NULL;
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) bad = "month out of range";
    if (!bad) {
        if (tm->tm_mday == 0) tm->tm_mday = 1;
        else if (tm->tm_mday < 0 || tm->tm_mday > 31) bad = "day of month out of range";
    }
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23)) bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59)) bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61)) bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0) bad = "day of week out of range";
    if (!bad) {
        if (tm->tm_yday == -1) tm->tm_yday = 0;
        else if (tm->tm_yday < 0 || tm->tm_yday > 365) bad = "day of year out of range";
    }
    if (bad) {
        err_set_string(ts, &ExcValueError, bad);
        return -1;
    }
    return 0;
}

/* The time to format: the tuple given, else localtime() now. */
static int tm_argument(ThreadState *ts, Object *o, const char *name, struct tm *tm) {
    if (o && o != None) return tuple_to_tm(ts, o, name, tm) < 0 || check_tm(ts, tm) < 0 ? -1 : 0;
    time_t now = time(NULL);
    if (!localtime_r(&now, tm)) {
        err_from_errno(ts, errno, NULL);
        return -1;
    }
    return 0;
}

static CFUNC(fn_strftime) {
    if (args_no_kwargs(ts, "strftime", kwnames) < 0 || args_count(ts, "strftime", nargs, 1, 2) < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "strftime() argument 1 must be str, not %s", TYPE_NAME(args[0]));
    struct tm tm;
    if (tm_argument(ts, nargs > 1 ? args[1] : NULL, "strftime", &tm) < 0) return NULL;
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    const char *format = STR_DATA(args[0]);
    size_t flen = STR_SIZE(args[0]);
    if (strlen(format) != flen) return err_set_string(ts, &ExcValueError, "embedded null character");
    /* a buffer that doubles until the text fits: strftime() says 0 both
     * when it did not fit and when the text is empty, so stop at 256
     * times the format's length, as CPython does */
    for (size_t size = 1024;; size *= 2) {
        char *out = rawmem_alloc(size);
        if (!out) return err_no_memory(ts);
        size_t n = strftime(out, size, format, &tm);
        if (n > 0 || size >= 256 * flen) {
            Object *r = str_new(ts, out, n);
            rawmem_free(out);
            return r;
        }
        rawmem_free(out);
    }
}

static Object *asctime_text(ThreadState *ts, const struct tm *tm) {
    static const char wday_name[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon_name[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return str_format(ts, "%s %s%3d %.2d:%.2d:%.2d %d", wday_name[tm->tm_wday], mon_name[tm->tm_mon], tm->tm_mday,
                      tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
}

static CFUNC(fn_asctime) {
    if (args_no_kwargs(ts, "asctime", kwnames) < 0 || args_count(ts, "asctime", nargs, 0, 1) < 0) return NULL;
    struct tm tm;
    if (tm_argument(ts, nargs ? args[0] : NULL, "asctime", &tm) < 0) return NULL;
    return asctime_text(ts, &tm);
}

static CFUNC(fn_ctime) {
    if (args_no_kwargs(ts, "ctime", kwnames) < 0 || args_count(ts, "ctime", nargs, 0, 1) < 0) return NULL;
    time_t t;
    if (seconds_to_time_t(ts, nargs ? args[0] : NULL, &t) < 0) return NULL;
    struct tm tm;
    errno = 0;
    if (!localtime_r(&t, &tm)) return err_from_errno(ts, errno ? errno : EINVAL, NULL);
    return asctime_text(ts, &tm);
}

static CFUNC(fn_mktime) {
    if (args_exactly(ts, "mktime", nargs, kwnames, 1) < 0) return NULL;
    struct tm tm;
    if (tuple_to_tm(ts, args[0], "mktime", &tm) < 0) return NULL;
    tm.tm_wday = -1;                     /* mktime() sets it: still -1 means it failed */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return err_set_string(ts, &ExcOverflowError, "mktime argument out of range");
    return float_new(ts, (double)t);
}

static int add_zone(ThreadState *ts, Object *m);

/* strptime(string, format): _strptime._strptime_time(string, format),
 * lib/_strptime.py imported on the first call, as CPython's does */
static CFUNC(fn_strptime) {
    if (args_no_kwargs(ts, "strptime", kwnames) < 0) return NULL;
    Object *name = str_from_cstr(ts, "_strptime");
    Object *mod = name ? imp_import(ts, name, NULL, NULL, 0) : NULL;
    XDECREF(name);
    if (!mod) return NULL;
    Object *fn = obj_getattr_cstr(ts, mod, "_strptime_time");
    DECREF(mod);
    if (!fn) return NULL;
    Object *r = obj_call(ts, fn, args, nargs, NULL);
    DECREF(fn);
    return r;
}

/* tzset(): read TZ again (a program that changed os.environ['TZ']) and
 * recompute timezone, altzone, daylight and tzname in the module, found
 * in sys.modules as CPython's finds it (if something else stands there,
 * only the C library's zone changes) */
static CFUNC(fn_tzset) {
    if (args_exactly(ts, "time.tzset", nargs, kwnames, 0) < 0) return NULL;
    Object *m = dict_get_cstr_borrowed(ts, ts->interp->modules, "time");
    if (!m && err_occurred(ts)) return NULL;
    if (!m || !obj_type_check(m, &ModuleType)) {
        tzset();
        return none_new();
    }
    if (add_zone(ts, m) < 0) return NULL;
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
    {"gmtime", fn_gmtime, METH_KEYWORDS,
     "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
     "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\n"
     "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\n"
     "GMT).  When 'seconds' is not passed in, convert the current time instead.\n\n"
     "If the platform supports the tm_gmtoff and tm_zone, they are available as\n"
     "attributes only."},
    {"localtime", fn_localtime, METH_KEYWORDS,
     "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
     "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\n"
     "Convert seconds since the Epoch to a time tuple expressing local time.\n"
     "When 'seconds' is not passed in, convert the current time instead."},
    {"mktime", fn_mktime, METH_KEYWORDS,
     "mktime(tuple) -> floating point number\n\n"
     "Convert a time tuple in local time to seconds since the Epoch.\n"
     "Note that mktime(gmtime(0)) will not generally return zero for most\n"
     "time zones; instead the returned value will either be equal to that\n"
     "of the timezone or altzone attributes on the time module."},
    {"strftime", fn_strftime, METH_KEYWORDS,
     "strftime(format[, tuple]) -> string\n\n"
     "Convert a time tuple to a string according to a format specification.\n"
     "See the library reference manual for formatting codes. When the time tuple\n"
     "is not present, current time as returned by localtime() is used."},
    {"strptime", fn_strptime, METH_KEYWORDS,
     "strptime(string, format) -> struct_time\n\n"
     "Parse a string to a time tuple according to a format specification.\n"
     "See the library reference manual for formatting codes (same as\n"
     "strftime()).\n\n"
     "Commonly used format codes:\n\n"
     "%Y  Year with century as a decimal number.\n"
     "%m  Month as a decimal number [01,12].\n"
     "%d  Day of the month as a decimal number [01,31].\n"
     "%H  Hour (24-hour clock) as a decimal number [00,23].\n"
     "%M  Minute as a decimal number [00,59].\n"
     "%S  Second as a decimal number [00,61].\n"
     "%z  Time zone offset from UTC.\n"
     "%a  Locale's abbreviated weekday name.\n"
     "%A  Locale's full weekday name.\n"
     "%b  Locale's abbreviated month name.\n"
     "%B  Locale's full month name.\n"
     "%c  Locale's appropriate date and time representation.\n"
     "%I  Hour (12-hour clock) as a decimal number [01,12].\n"
     "%p  Locale's equivalent of either AM or PM.\n\n"
     "Other codes may be available on your platform.  See documentation for\n"
     "the C library strftime function.\n"},
    {"asctime", fn_asctime, METH_KEYWORDS,
     "asctime([tuple]) -> string\n\n"
     "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\n"
     "When the time tuple is not present, current time as returned by localtime()\n"
     "is used."},
    {"ctime", fn_ctime, METH_KEYWORDS,
     "ctime(seconds) -> string\n\n"
     "Convert a time in seconds since the Epoch to a string in local time.\n"
     "This is equivalent to asctime(localtime(seconds)). When the time tuple is\n"
     "not present, current time as returned by localtime() is used."},
    {"tzset", fn_tzset, METH_KEYWORDS,
     "tzset()\n\nInitialize, or reinitialize, the local timezone to the value stored in\n"
     "os.environ['TZ']. The TZ environment variable should be specified in\n"
     "standard Unix timezone format as documented in the tzset man page\n"
     "(eg. 'US/Eastern', 'Europe/Amsterdam'). Unknown timezones will silently\n"
     "fall back to UTC. If the TZ environment variable is not set, the local\n"
     "timezone is set to the systems best guess of wallclock time.\n"
     "Changing the TZ environment variable without calling tzset *may* change\n"
     "the local timezone used by methods such as localtime, but this behaviour\n"
     "should not be relied on."},
    {NULL},
};

/* timezone, altzone, daylight, tzname: the C library's, after tzset(),
 * read as CPython's init_timezone() reads them (the offsets of January and
 * July of this year, west of Greenwich, in seconds). */
static int add_zone(ThreadState *ts, Object *m) {
    tzset();
    time_t now = time(NULL);
    struct tm tm;
    if (!localtime_r(&now, &tm)) return 0;
    int year = tm.tm_year;
    time_t jan = (time_t)((year - 70) * 365.2425 * 86400);
    jan = jan - jan % (24 * 3600);
    time_t jul = jan + (time_t)(365 * 24 * 3600 / 2);
    struct tm jan_tm, jul_tm;
    if (!localtime_r(&jan, &jan_tm) || !localtime_r(&jul, &jul_tm)) return 0;
    long janzone = -jan_tm.tm_gmtoff, julzone = -jul_tm.tm_gmtoff;
    const char *janname = jan_tm.tm_zone ? jan_tm.tm_zone : "", *julname = jul_tm.tm_zone ? jul_tm.tm_zone : "";
    bool southern = janzone < julzone;
    Object *tz = int_from_i64(ts, southern ? julzone : janzone);
    Object *alt = int_from_i64(ts, southern ? janzone : julzone);
    Object *daylight = int_from_i64(ts, janzone != julzone);
    Object *n1 = str_from_cstr(ts, southern ? julname : janname), *n2 = str_from_cstr(ts, southern ? janname : julname);
    Object *names = n1 && n2 ? tuple_pack(ts, 2, n1, n2) : NULL;
    int r = tz && alt && daylight && names && module_add_object(ts, m, "timezone", tz) == 0 &&
                    module_add_object(ts, m, "altzone", alt) == 0 &&
                    module_add_object(ts, m, "daylight", daylight) == 0 &&
                    module_add_object(ts, m, "tzname", names) == 0
                ? 0 : -1;
    XDECREF(tz);
    XDECREF(alt);
    XDECREF(daylight);
    XDECREF(n1);
    XDECREF(n2);
    XDECREF(names);
    return r;
}

Object *mod_time_create(ThreadState *ts) {
    /* struct_time is readied on first import (runtime/interp.c: module_types) */
    if (type_ready(ts, &StructTimeType.type) < 0) return NULL;
    Object *m = module_new_cstr(ts, "time");
    if (!m) return NULL;
    if (module_add_functions(ts, m, time_functions) < 0 ||
        module_add_object(ts, m, "struct_time", (Object *)&StructTimeType.type) < 0 || add_zone(ts, m) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
