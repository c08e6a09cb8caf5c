/* posix_process.c -- the process calls of the `posix` module (runtime/
 * mod_posix.c adds them to it): fork(), waiting for a child, ending one,
 * signalling one, and the pipe a parent and its child talk through.
 *
 * Lesson 7 ("threads, processes or asyncio?"): a process made by fork() is
 * a copy of the interpreter -- its objects, its reference counts, its own
 * GIL -- so two processes run Python code at the same time, where two
 * threads take turns. What fork() copies is exactly what the parent had
 * at that instant, including what the parent's other threads were in the
 * middle of: the child keeps only the thread that called fork(), which
 * becomes its main thread (runtime/gil.c, gil_after_fork_child), and
 * lib/threading.py forgets the others through os.register_at_fork(), as
 * CPython's does. The buffers are copied too: what print() left in
 * sys.stdout's buffer is written twice, once by each process, unless the
 * parent flushes before it forks -- as in CPython.
 *
 *   fork()                   0 in the child, the child's pid in the parent
 *   register_at_fork(*, before, after_in_child, after_in_parent)
 *   wait(), waitpid(pid, options)   (pid, status); the GIL is let go meanwhile
 *   WIFEXITED(status) and the other W* macros, waitstatus_to_exitcode(status)
 *   _exit(status)            end now: no finally, no flush, no teardown
 *   kill(pid, signal), getppid(), cpu_count()
 *   _set_process_name(name)  what --trace calls this process (minipy's own):
 *                            a child's narration lines begin "[pid N]" or
 *                            "[Process-1]", so two processes writing to one
 *                            stderr can be told apart
 *   pipe(), close(fd), read(fd, n), write(fd, data)   (the GIL let go meanwhile)
 *
 * Under --sandbox, creating or signalling a process is a PermissionError:
 * an autograder's submission makes no processes (runtime/sandbox.h).
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include "modules.h"
#include "module.h"
#include "interp.h"
#include "gil.h"
#include "signals.h"
#include "exceptions.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "func.h"
#include "io.h"
#include "args.h"
#include "bytes.h"
#include "str.h"
#include "trace/tracer.h"

/* A pid or a signal number: an int that fits a C int, with CPython's
 * messages for one that does not. */
static int c_int_arg(ThreadState *ts, Object *o, int *out) {
    Object *n = obj_index(ts, o);
    if (!n) return -1;
    int64_t v;
    bool fits = int_as_i64(n, &v);
    bool negative = fits ? v < 0 : int_sign(n) < 0;
    DECREF(n);
    if (!fits || v > INT_MAX || v < INT_MIN) {
        err_set_string(ts, &ExcOverflowError,
                       negative ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int refused_by_sandbox(ThreadState *ts, const char *call) {
    if (!ts->interp->sandbox) return 0;
    err_format(ts, &ExcPermissionError, "minipy --sandbox: a sandboxed program may not %s", call);
    return -1;
}

/* ---- fork ------------------------------------------------------------------------ */

enum { AT_FORK_BEFORE, AT_FORK_PARENT, AT_FORK_CHILD };

/* Call the callables registered for [when]: "before" ones newest first,
 * the others in the order they were registered, as CPython. An exception
 * in one is reported ("Exception ignored in: <function ...>") and the
 * rest still run. */
static void run_at_fork(ThreadState *ts, int when) {
    Object *list = ts->interp->at_fork[when];
    if (!list) return;
    Object *calls = list_as_tuple(ts, list);      /* a hook may register another */
    if (!calls) {
        err_write_unraisable(ts, NULL);
        return;
    }
    size_t n = TUPLE_SIZE(calls);
    for (size_t i = 0; i < n; i++) {
        Object *f = TUPLE_GET(calls, when == AT_FORK_BEFORE ? n - 1 - i : i);
        Object *r = obj_call0(ts, f);
        if (r) DECREF(r);
        else err_write_unraisable(ts, f);
    }
    DECREF(calls);
}

static CFUNC(posix_fork) {
    if (args_exactly(ts, "posix.fork", nargs, kwnames, 0) < 0) return NULL;
    if (refused_by_sandbox(ts, "create a process (os.fork)") < 0) return NULL;
    run_at_fork(ts, AT_FORK_BEFORE);
    /* the narration so far is the parent's: written before the copy */
    trace_flush(ts->interp);
    gil_before_fork(ts);
    pid_t pid = fork();
    int err = errno;
    if (pid == 0) {
        gil_after_fork_child(ts);
        /* from here on the narration is this process's: say so on each line */
        snprintf(ts->interp->process_name, sizeof ts->interp->process_name, "pid %ld", (long)getpid());
        run_at_fork(ts, AT_FORK_CHILD);
        return int_from_i64(ts, 0);
    }
    gil_after_fork_parent(ts);
    if (pid < 0) return err_from_errno(ts, err, NULL);
    run_at_fork(ts, AT_FORK_PARENT);
    return int_from_i64(ts, (int64_t)pid);
}

static CFUNC(posix_register_at_fork) {
    static const char *const names[] = {"before", "after_in_child", "after_in_parent", NULL};
    static const ArgSpec spec = {"register_at_fork", names, .kwonly = 3};
    Object *a[3];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (!a[0] && !a[1] && !a[2]) return err_set_string(ts, &ExcTypeError, "At least one argument is required.");
    for (int i = 0; i < 3; i++)
        if (a[i] && !TYPE(a[i])->call)
            return err_format(ts, &ExcTypeError, "'%s' must be callable, not %s", names[i], TYPE(a[i])->name);
    static const int slot[3] = {AT_FORK_BEFORE, AT_FORK_CHILD, AT_FORK_PARENT};
    for (int i = 0; i < 3; i++) {
        if (!a[i]) continue;
        Object **list = &ts->interp->at_fork[slot[i]];
        if (!*list && !(*list = list_new(ts, 0))) return NULL;
        if (list_append(ts, *list, a[i]) < 0) return NULL;
    }
    return none_new();
}

/* ---- waiting for a child ------------------------------------------------------------ */

/* waitpid() without the GIL, retried when a signal interrupts it
 * (signals_retry_blocking_call: PEP 475). */
static Object *wait_for(ThreadState *ts, pid_t pid, int options, const char *call) {
    int status = 0;
    pid_t r;
    for (;;) {
        gil_release(ts, call);
        r = waitpid(pid, &status, options);
        int err = errno;
        gil_acquire(ts);
        if (r >= 0) break;
        if (signals_retry_blocking_call(ts, err) < 0) return NULL;
    }
    Object *p = int_from_i64(ts, (int64_t)r), *s = p ? int_from_i64(ts, status) : NULL;
    Object *t = s ? tuple_pack(ts, 2, p, s) : NULL;
    XDECREF(p);
    XDECREF(s);
    return t;
}

static CFUNC(posix_wait) {
    if (args_exactly(ts, "posix.wait", nargs, kwnames, 0) < 0) return NULL;
    return wait_for(ts, -1, 0, "os.wait");
}

static CFUNC(posix_waitpid) {
    if (args_no_kwargs(ts, "waitpid", kwnames) < 0 || args_count_tuple(ts, "waitpid", nargs, 2, 2) < 0)
        return NULL;
    int pid, options;
    if (c_int_arg(ts, args[0], &pid) < 0 || args_c_int(ts, args[1], &options) < 0) return NULL;
    return wait_for(ts, pid, options, "os.waitpid");
}

/* The one argument `status` of the W* macros and waitstatus_to_exitcode. */
static int status_arg(ThreadState *ts, const char *fname, Object *const *args, size_t nargs, Object *kwnames,
                      int *status) {
    static const char *const names[] = {"status", NULL};
    ArgSpec spec = {fname, names, .required = 1};
    Object *a[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return -1;
    return args_c_int(ts, a[0], status);
}

#define W_MACRO(name, expr, make)                                                      \
    static CFUNC(posix_##name) {                                                       \
        int status;                                                                    \
        if (status_arg(ts, #name, args, nargs, kwnames, &status) < 0) return NULL;     \
        return make(expr);                                                             \
    }
#define AS_BOOL(v) bool_from((v) != 0)
#define AS_INT(v) int_from_i64(ts, (v))
W_MACRO(WIFEXITED, WIFEXITED(status), AS_BOOL)
W_MACRO(WEXITSTATUS, WEXITSTATUS(status), AS_INT)
W_MACRO(WIFSIGNALED, WIFSIGNALED(status), AS_BOOL)
W_MACRO(WTERMSIG, WTERMSIG(status), AS_INT)
W_MACRO(WIFSTOPPED, WIFSTOPPED(status), AS_BOOL)
W_MACRO(WSTOPSIG, WSTOPSIG(status), AS_INT)
W_MACRO(WCOREDUMP, WCOREDUMP(status), AS_BOOL)

static CFUNC(posix_waitstatus_to_exitcode) {
    int status;
    if (status_arg(ts, "waitstatus_to_exitcode", args, nargs, kwnames, &status) < 0) return NULL;
    if (WIFEXITED(status)) return int_from_i64(ts, WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return int_from_i64(ts, -WTERMSIG(status));
    if (WIFSTOPPED(status))
        return err_format(ts, &ExcValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
    return err_format(ts, &ExcValueError, "invalid wait status: %d", status);
}

/* ---- ending, signalling ------------------------------------------------------------- */

static CFUNC(posix__exit) {
    static const char *const names[] = {"status", NULL};
    static const ArgSpec spec = {"_exit", names, .required = 1};
    Object *a[1];
    int status;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0 || args_c_int(ts, a[0], &status) < 0) return NULL;
    /* sandboxed, the program runs inside another (an autograder, the
     * fuzzer): ending the whole process would end that one too, with no
     * report -- the fuzz campaign's silent deaths */
    if (refused_by_sandbox(ts, "end the process at once (os._exit)") < 0) return NULL;
    /* the process ends here, without the teardown that would give --trace=gil's
     * totals: give them now (a multiprocessing child ends so), then write what
     * the trace said; what sys.stdout holds is lost, as in CPython */
    gil_report_summary(ts);
    trace_flush(ts->interp);
    _exit(status);
}

/* _set_process_name(name): what the narration calls this process from now
 * on -- multiprocessing's child calls it with its Process's name, which is
 * stable from run to run where a pid is not. minipy's own, not CPython's. */
static CFUNC(posix__set_process_name) {
    if (args_no_kwargs(ts, "_set_process_name", kwnames) < 0 ||
        args_count_tuple(ts, "_set_process_name", nargs, 1, 1) < 0)
        return NULL;
    if (!str_check(args[0])) {
        err_format(ts, &ExcTypeError, "_set_process_name() argument must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    snprintf(ts->interp->process_name, sizeof ts->interp->process_name, "%s", STR_DATA(args[0]));
    return none_new();
}

static CFUNC(posix_kill) {
    if (args_no_kwargs(ts, "kill", kwnames) < 0 || args_count_tuple(ts, "kill", nargs, 2, 2) < 0) return NULL;
    int pid, sig;
    if (c_int_arg(ts, args[0], &pid) < 0 || c_int_arg(ts, args[1], &sig) < 0) return NULL;
    if (refused_by_sandbox(ts, "signal a process (os.kill)") < 0) return NULL;
    if (kill(pid, sig) < 0) return err_from_errno(ts, errno, NULL);
    /* a signal this process sent itself is handled before kill() returns, as CPython */
    if (ts == ts->interp->main_thread && (atomic_load(&ts->interp->eval_breaker) & BREAKER_SIGNAL)) {
        signals_raise_interrupted(ts);
        return NULL;
    }
    return none_new();
}

static CFUNC(posix_getppid) {
    if (args_exactly(ts, "posix.getppid", nargs, kwnames, 0) < 0) return NULL;
    return int_from_i64(ts, (int64_t)getppid());
}

static CFUNC(posix_cpu_count) {
    if (args_exactly(ts, "posix.cpu_count", nargs, kwnames, 0) < 0) return NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n >= 1 ? int_from_i64(ts, n) : none_new();
}

/* ---- file descriptors ------------------------------------------------------------- */

static CFUNC(posix_pipe) {
    if (args_exactly(ts, "posix.pipe", nargs, kwnames, 0) < 0) return NULL;
    int fds[2];
    /* not inherited by a program exec'd later, as CPython's (PEP 446) */
    if (pipe2(fds, O_CLOEXEC) < 0) return err_from_errno(ts, errno, NULL);
    Object *r = int_from_i64(ts, fds[0]), *w = r ? int_from_i64(ts, fds[1]) : NULL;
    Object *t = w ? tuple_pack(ts, 2, r, w) : NULL;
    XDECREF(r);
    XDECREF(w);
    if (!t) {
        close(fds[0]);
        close(fds[1]);
    }
    return t;
}

static CFUNC(posix_close) {
    static const char *const names[] = {"fd", NULL};
    static const ArgSpec spec = {"close", names, .required = 1};
    Object *a[1];
    int fd;
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0 || args_c_int(ts, a[0], &fd) < 0) return NULL;
    if (close(fd) < 0 && errno != EINTR) return err_from_errno(ts, errno, NULL);
    return none_new();
}

/* A blocking call on a file descriptor, without the GIL: retried when a
 * signal interrupts it (signals_retry_blocking_call: PEP 475). [n] gets
 * the call's result; -1 with the exception. */
typedef ssize_t (*FdCall)(int fd, void *buf, size_t len);
static int fd_call(ThreadState *ts, FdCall call, const char *name, int fd, void *buf, size_t len, ssize_t *n) {
    for (;;) {
        gil_release(ts, name);
        ssize_t r = call(fd, buf, len);
        int err = errno;
        gil_acquire(ts);
        if (r >= 0) {
            *n = r;
            return 0;
        }
        if (signals_retry_blocking_call(ts, err) < 0) return -1;
    }
}

static ssize_t call_read(int fd, void *buf, size_t len) { return read(fd, buf, len); }
static ssize_t call_write(int fd, void *buf, size_t len) { return write(fd, buf, len); }

/* read(fd, length): at most [length] bytes, b'' at the end of the file. */
static CFUNC(posix_read) {
    if (args_no_kwargs(ts, "read", kwnames) < 0 || args_count(ts, "read", nargs, 2, 2) < 0) return NULL;
    int fd;
    if (args_c_int(ts, args[0], &fd) < 0) return NULL;
    Object *n = obj_index(ts, args[1]);
    if (!n) return NULL;
    int64_t length;
    bool fits = int_as_i64(n, &length);
    DECREF(n);
    if (!fits) return err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C ssize_t");
    if (length < 0) return err_from_errno(ts, EINVAL, NULL);
    char *buf = rawmem_alloc(length ? (size_t)length : 1);
    if (!buf) return err_no_memory(ts);
    ssize_t got = 0;
    Object *r = fd_call(ts, call_read, "os.read", fd, buf, (size_t)length, &got) < 0 ? NULL
                                                                                     : bytes_new(ts, buf, (size_t)got);
    rawmem_free(buf);
    return r;
}

/* write(fd, data): how many bytes of [data] were written (maybe fewer). */
static CFUNC(posix_write) {
    if (args_no_kwargs(ts, "write", kwnames) < 0 || args_count(ts, "write", nargs, 2, 2) < 0) return NULL;
    int fd;
    if (args_c_int(ts, args[0], &fd) < 0) return NULL;
    const char *data;
    size_t size;
    Object *tmp = NULL;
    if (bytes_buffer_arg(ts, args[1], &data, &size, &tmp) < 0) return NULL;
    /* the GIL is let go: another thread may change a bytearray meanwhile */
    char *copy = rawmem_alloc(size ? size : 1);
    if (!copy) {
        XDECREF(tmp);
        return err_no_memory(ts);
    }
    memcpy(copy, data, size);
    XDECREF(tmp);
    ssize_t wrote = 0;
    Object *r = fd_call(ts, call_write, "os.write", fd, copy, size, &wrote) < 0 ? NULL : int_from_i64(ts, wrote);
    rawmem_free(copy);
    return r;
}

static const MethodDef process_functions[] = {
    {"fork", posix_fork, 0, "Fork a child process.\n\nReturn 0 to child process and PID of child to parent process."},
    {"register_at_fork", posix_register_at_fork, METH_KEYWORDS,
     "Register callables to be called when forking a new process."},
    {"wait", posix_wait, 0, "Wait for completion of a child process."},
    {"waitpid", posix_waitpid, 0, "Wait for completion of a given child process."},
    {"WIFEXITED", posix_WIFEXITED, METH_KEYWORDS, "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", posix_WEXITSTATUS, METH_KEYWORDS, "Return the process return code from status."},
    {"WIFSIGNALED", posix_WIFSIGNALED, METH_KEYWORDS, "Return True if the process returning status was terminated by a signal."},
    {"WTERMSIG", posix_WTERMSIG, METH_KEYWORDS, "Return the signal that terminated the process that provided the status value."},
    {"WIFSTOPPED", posix_WIFSTOPPED, METH_KEYWORDS, "Return True if the process returning status was stopped."},
    {"WSTOPSIG", posix_WSTOPSIG, METH_KEYWORDS, "Return the signal that stopped the process that provided the status value."},
    {"WCOREDUMP", posix_WCOREDUMP, METH_KEYWORDS, "Return True if the process returning status was dumped to a core file."},
    {"waitstatus_to_exitcode", posix_waitstatus_to_exitcode, METH_KEYWORDS, "Convert a wait status to an exit code."},
    {"_exit", posix__exit, METH_KEYWORDS, "Exit to the system with specified status, without normal exit processing."},
    {"kill", posix_kill, 0, "Kill a process with a signal."},
    {"_set_process_name", posix__set_process_name, 0, "Name this process in the narration of --trace (minipy's own)."},
    {"getppid", posix_getppid, 0, "Return the parent's process id."},
    {"cpu_count", posix_cpu_count, 0, "Return the number of CPUs in the system; return None if indeterminable."},
    {"pipe", posix_pipe, 0, "Create a pipe.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)"},
    {"close", posix_close, METH_KEYWORDS, "Close a file descriptor."},
    {"read", posix_read, 0, "Read from a file descriptor.  Returns a bytes object."},
    {"write", posix_write, 0, "Write a bytes object to a file descriptor."},
    {NULL},
};

int posix_add_process_functions(ThreadState *ts, Object *module) {
    if (module_add_functions(ts, module, process_functions) < 0) return -1;
    static const struct { const char *name; int value; } constants[] = {
        {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
    };
    for (size_t i = 0; i < ARRAY_LEN(constants); i++) {
        Object *v = int_from_i64(ts, constants[i].value);
        if (!v || module_add_object(ts, module, constants[i].name, v) < 0) {
            XDECREF(v);
            return -1;
        }
        DECREF(v);
    }
    return 0;
}
