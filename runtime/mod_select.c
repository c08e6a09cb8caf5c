/* mod_select.c -- the `select` module: select.select(rlist, wlist, xlist,
 * timeout=None), which waits until one of several file descriptors is ready.
 *
 * Lesson 7 ("threads, processes or asyncio?"): a process that talks to
 * several others through pipes must not block reading one while another has
 * something to say. select() asks the kernel which of them can be read
 * without blocking, and sleeps until one can (or the timeout passes).
 * lib/multiprocessing's Connection.poll() is built on it.
 *
 * CPython's select.select() calls select(2); this one calls poll(2), which
 * has no FD_SETSIZE limit and says which descriptor is closed (POLLNVAL,
 * reported as OSError EBADF, as select(2) does). Each item of the three
 * lists becomes its own pollfd entry, so a descriptor named twice is simply
 * asked about twice. The GIL is let go while poll() sleeps, so the other
 * threads run; a signal (EINTR) restarts the wait with what is left of the
 * timeout, unless it was Ctrl-C for the main thread.
 *
 * Start reading at select_select().
 */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>

#include "modules.h"
#include "module.h"
#include "interp.h"
#include "gil.h"
#include "signals.h"
#include "exceptions.h"
#include "int.h"
#include "float.h"
#include "list.h"
#include "tuple.h"
#include "func.h"
#include "io.h"
#include "args.h"

/* The file descriptor of [o]: an int, or what its fileno() returns, with
 * the messages of CPython's PyObject_AsFileDescriptor. */
static int as_fd(ThreadState *ts, Object *o, int *out) {
    Object *n;
    if (int_check(o)) {
        n = o;
        INCREF(n);
    } else {
        Object *meth = obj_getattr_cstr(ts, o, "fileno");
        if (!meth) {
            if (!err_matches(ts, &ExcAttributeError)) return -1;
            err_clear(ts);
            err_set_string(ts, &ExcTypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        n = obj_call0(ts, meth);
        DECREF(meth);
        if (!n) return -1;
        if (!int_check(n)) {
            DECREF(n);
            err_set_string(ts, &ExcTypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    int fd;
    int r = args_c_int(ts, n, &fd);
    DECREF(n);
    if (r < 0) return -1;
    if (fd < 0) {
        err_format(ts, &ExcValueError, "file descriptor cannot be a negative integer (%d)", fd);
        return -1;
    }
    *out = fd;
    return 0;
}

/* The timeout in milliseconds for poll(): -1 for None (wait for ever),
 * rounded up so that a short positive timeout still waits. */
static int timeout_ms(ThreadState *ts, Object *o, double *out_ms) {
    if (o == None) {
        *out_ms = -1;
        return 0;
    }
    double secs;
    if (float_check(o)) {
        secs = FLOAT_VALUE(o);
        if (isnan(secs)) {
            err_set_string(ts, &ExcValueError, "Invalid value NaN (not a number)");
            return -1;
        }
    } else {
        Object *n = obj_index(ts, o);
        if (!n) {
            if (!err_matches(ts, &ExcTypeError)) return -1;
            err_clear(ts);
            err_set_string(ts, &ExcTypeError, "timeout must be a float or None");
            return -1;
        }
        int64_t v;
        bool fits = int_as_i64(n, &v);
        DECREF(n);
        if (!fits) {
            err_set_string(ts, &ExcOverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
        secs = (double)v;
    }
    if (secs < 0) {
        err_set_string(ts, &ExcValueError, "timeout must be non-negative");
        return -1;
    }
    *out_ms = ceil(secs * 1e3);
    return 0;
}

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* poll() with the GIL let go, restarted after a signal with the time left.
 * The number of ready entries, or -1 with the exception set. */
static int poll_released(ThreadState *ts, struct pollfd *fds, size_t n, double ms) {
    double deadline = ms < 0 ? 0 : now_ms() + ms;
    for (;;) {
        int wait = ms < 0 ? -1 : ms > INT32_MAX ? INT32_MAX : (int)ms;
        gil_release(ts, "select.select");
        int r = poll(fds, (nfds_t)n, wait);
        int err = errno;
        gil_acquire(ts);
        if (r >= 0) return r;
        if (signals_retry_blocking_call(ts, err) < 0) return -1;
        if (ms >= 0) {
            ms = deadline - now_ms();
            if (ms < 0) ms = 0;
        }
    }
}

/* select(rlist, wlist, xlist, timeout=None): three lists, the items of each
 * argument that are ready for reading, for writing, and with an
 * "exceptional condition" (urgent data). */
static CFUNC(select_select) {
    if (args_no_kwargs(ts, "select", kwnames) < 0 || args_count(ts, "select", nargs, 3, 4) < 0) return NULL;
    double ms;
    if (timeout_ms(ts, nargs > 3 ? args[3] : None, &ms) < 0) return NULL;

    static const short wanted[3] = {POLLIN, POLLOUT, POLLPRI};
    Object *seqs[3] = {NULL, NULL, NULL};
    Object *result = NULL;
    struct pollfd *fds = NULL;
    size_t total = 0;
    for (int i = 0; i < 3; i++) {
        seqs[i] = tuple_from_iterable(ts, args[i]);
        if (!seqs[i]) {
            if (err_matches(ts, &ExcTypeError)) {
                err_clear(ts);
                err_set_string(ts, &ExcTypeError, "arguments 1-3 must be sequences");
            }
            goto error;
        }
        total += TUPLE_SIZE(seqs[i]);
    }
    fds = rawmem_calloc(total ? total : 1, sizeof *fds);
    if (!fds) {
        err_no_memory(ts);
        goto error;
    }
    size_t k = 0;
    for (int i = 0; i < 3; i++)
        for (size_t j = 0; j < TUPLE_SIZE(seqs[i]); j++, k++) {
            if (as_fd(ts, TUPLE_ITEMS(seqs[i])[j], &fds[k].fd) < 0) goto error;
            fds[k].events = wanted[i];
        }
    if (poll_released(ts, fds, total, ms) < 0) goto error;

    /* a closed descriptor is an error, as select(2)'s EBADF */
    for (k = 0; k < total; k++)
        if (fds[k].revents & POLLNVAL) {
            err_from_errno(ts, EBADF, NULL);
            goto error;
        }
    /* end of file and errors count as readable (and writable): the next
     * read() or write() says which without blocking, as with select(2) */
    static const short ready[3] = {POLLIN | POLLHUP | POLLERR, POLLOUT | POLLHUP | POLLERR, POLLPRI};
    result = tuple_new(ts, 3);
    if (!result) goto error;
    k = 0;
    for (int i = 0; i < 3; i++) {
        Object *list = list_new(ts, 0);
        if (!list) goto error;
        TUPLE_ITEMS(result)[i] = list;
        for (size_t j = 0; j < TUPLE_SIZE(seqs[i]); j++, k++)
            if ((fds[k].revents & ready[i]) && list_append(ts, list, TUPLE_ITEMS(seqs[i])[j]) < 0) goto error;
    }
    for (int i = 0; i < 3; i++) DECREF(seqs[i]);
    rawmem_free(fds);
    return result;

error:
    for (int i = 0; i < 3; i++) XDECREF(seqs[i]);
    XDECREF(result);
    rawmem_free(fds);
    return NULL;
}

static const MethodDef select_functions[] = {
    {"select", select_select, 0,
     "Wait until one or more file descriptors are ready for some kind of I/O.\n\n"
     "The first three arguments are iterables of file descriptors to be waited for:\n"
     "rlist -- wait until ready for reading\n"
     "wlist -- wait until ready for writing\n"
     "xlist -- wait for an \"exceptional condition\""},
    {NULL},
};

Object *mod_select_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "select");
    if (!m) return NULL;
    if (module_add_functions(ts, m, select_functions) < 0) {
        DECREF(m);
        return NULL;
    }
    if (module_add_object(ts, m, "error", (Object *)&ExcOSError) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
