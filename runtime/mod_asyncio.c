/* mod_asyncio.c -- _asyncio: how lib/asyncio reports to the narration.
 *
 * Lesson 7 (threads, processes or asyncio?). asyncio's event loop and its
 * tasks are written in Python (lib/asyncio/events.py, tasks.py); they are
 * the mechanism, so they report each step as they take it (STYLE.md 16):
 * a task made, resumed, suspended on a future, done; a round of the ready
 * queue; a timer pushed on the heap; the loop waiting. report() turns the
 * call into an AsyncEvent (trace/events.h) and emits it; it looks nothing
 * up. tracing() tells the loop, once at import, whether to report at all,
 * so an untraced loop pays one global test per step.
 */
#include "modules.h"
#include "module.h"
#include "int.h"
#include "float.h"
#include "str.h"
#include "tuple.h"
#include "interp.h"
#include "exceptions.h"
#include "args.h"
#include "frame.h"
#include "code.h"
#include "trace/events.h"

/* A str argument as C text, None as NULL. */
static int optional_str(ThreadState *ts, Object *o, const char *what, const char **out) {
    if (o == None) {
        *out = NULL;
        return 0;
    }
    if (!str_check(o)) {
        err_format(ts, &ExcTypeError, "report() argument '%s' must be str or None, not %s", what, TYPE_NAME(o));
        return -1;
    }
    *out = STR_DATA(o);
    return 0;
}

/* report(step, task, what, value, seconds): one step of the loop or a task
 * (AsyncStep); task and what are str or None, value any object or None. */
static CFUNC(asyncio_report) {
    if (args_exactly(ts, "report", nargs, kwnames, 5) < 0) return NULL;
    if (!int_check(args[0])) return err_set_string(ts, &ExcTypeError, "report() step must be an int");
    int64_t step;
    if (!int_as_i64(args[0], &step) || step < ASYNC_LOOP_START || step > ASYNC_RENAME)
        return err_set_string(ts, &ExcValueError, "report() step is not an AsyncStep");
    double seconds;
    if (float_check(args[4])) seconds = FLOAT_VALUE(args[4]);
    else if (int_check(args[4])) seconds = int_as_double(ts, args[4]);
    else return err_set_string(ts, &ExcTypeError, "report() seconds must be a number");
    AsyncEvent a = {.step = (AsyncStep)step, .seconds = seconds};
    if (optional_str(ts, args[1], "task", &a.task) < 0) return NULL;
    if (optional_str(ts, args[2], "what", &a.what) < 0) return NULL;
    a.value = args[3] == None ? NULL : args[3];
    if (a.value && (a.step == ASYNC_READY || a.step == ASYNC_WAKE)) {
        if (!tuple_check(a.value)) return err_set_string(ts, &ExcTypeError, "report() names must be a tuple");
        for (size_t i = 0; i < TUPLE_SIZE(a.value); i++)
            if (!str_check(TUPLE_GET(a.value, i)))
                return err_set_string(ts, &ExcTypeError, "report() names must be str");
        a.count = (long)TUPLE_SIZE(a.value);
    }
    if (TRACE_ON(TRACE_ASYNC)) {
        Event ev = {.kind = EV_ASYNC, .index = -1, .aio = a};
        if (ts->frame) ev.line = code_line(ts->frame->code, frame_lasti(ts->frame));
        trace_emit(ts, &ev);
    }
    return none_new();
}

static CFUNC(asyncio_tracing) {
    if (args_exactly(ts, "tracing", nargs, kwnames, 0) < 0) return NULL;
    return bool_from(TRACE_ON(TRACE_ASYNC));
}

static const MethodDef asyncio_functions[] = {
    {"report", asyncio_report, 0,
     "report(step, task, what, value, seconds)\n\nReport a step of the event loop to --trace=async (minipy only)."},
    {"tracing", asyncio_tracing, 0, "tracing()\n\nWhether --trace=async is on (minipy only)."},
    {NULL},
};

Object *mod_asyncio_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "_asyncio");
    if (!m) return NULL;
    if (module_add_functions(ts, m, asyncio_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
