/* mod_posix.c -- the `posix` module: the few operating-system calls that
 * lib/os.py and lib/posixpath.py are written on, as CPython's os module is
 * written on its posix module.
 *
 * No lesson is about it; it serves programs that look around them: the
 * current folder and what is in it, whether a file exists, the environment
 * variables, the process id. Each function is one system call, with
 * CPython's argument rules and errors: a failed call raises the OSError
 * subclass of its errno (FileNotFoundError for ENOENT, ...) carrying errno,
 * strerror and the file name (err_from_errno in runtime/io.c). Under
 * --sandbox, listdir() and stat() may only look inside the script's folder,
 * as open() may only read there.
 *
 *   getpid()            the process id
 *   getcwd()            the current folder
 *   listdir(path='.')   the names in a folder, in the order the system gives
 *   stat(path)          an os.stat_result (a struct sequence: runtime/structseq.c);
 *   lstat(path)         lstat does not follow a final symbolic link
 *   strerror(code)      the message of an errno value
 *   putenv, unsetenv    change the process's environment
 *   remove(path), unlink(path)  delete a file (refused under --sandbox, as
 *                       writing is)
 *   urandom(size)       [size] bytes from the system's random source
 *                       (getrandom(2)), for random.SystemRandom, secrets
 *   environ             the environment at start-up, a dict of str
 *
 * The process calls (fork, waitpid, kill, pipe, ...) are the other half,
 * in runtime/posix_process.c.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules.h"
#include "module.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "bytes.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "func.h"
#include "io.h"
#include "sandbox.h"
#include "args.h"
#include "float.h"
#include "structseq.h"
#include "signals.h"
#include "common/rawmem.h"
#include "common/utf8.h"

extern char **environ;

/* Bytes from the system (a file name, an environment entry) as a str, the
 * way CPython's os.fsdecode() makes it: UTF-8, and each byte that is not
 * part of valid UTF-8 becomes the lone surrogate U+DC80..U+DCFF
 * ("surrogateescape"), so that no name is lost or changed. */
static Object *os_str(ThreadState *ts, const char *s, size_t len) {
    if (utf8_validate(s, len, NULL)) return str_new(ts, s, len);
    StrBuf buf;
    strbuf_init(&buf);
    size_t pos = 0;
    while (pos < len) {
        size_t start = pos;
        if (utf8_decode(s, len, &pos) >= 0) {
            strbuf_append(&buf, s + start, pos - start);
        } else {
            char out[4];
            int n = utf8_encode(0xDC00u + (unsigned char)s[start], out);
            strbuf_append(&buf, out, (size_t)n);
            pos = start + 1;
        }
    }
    return str_from_strbuf(ts, &buf);
}

/* A path argument: a str, or an object with __fspath__ that returns one
 * (os.PathLike). A new reference to the str, or NULL with CPython's
 * TypeError ("listdir: path should be string, bytes, os.PathLike or None,
 * not int"). */
static Object *path_arg(ThreadState *ts, const char *fname, Object *o, const char *allowed) {
    if (str_check(o)) {
        if (strlen(STR_DATA(o)) != STR_SIZE(o)) {
            err_format(ts, &ExcValueError, "%s: embedded null character in path", fname);
            return NULL;
        }
        return NEWREF(o);
    }
    Object *name = str_intern_cstr_borrowed(ts, "__fspath__");
    Object *f = name ? type_lookup_borrowed(TYPE(o), name) : NULL;
    if (f) {
        Object *r = obj_call1(ts, f, o);
        if (!r) return NULL;
        if (!str_check(r)) {
            err_format(ts, &ExcTypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                       TYPE_NAME(o), TYPE_NAME(r));
            DECREF(r);
            return NULL;
        }
        Object *p = path_arg(ts, fname, r, allowed);
        DECREF(r);
        return p;
    }
    return err_format(ts, &ExcTypeError, "%s: path should be %s, not %s", fname, allowed, TYPE_NAME(o));
}

static CFUNC(posix_getpid) {
    if (args_exactly(ts, "posix.getpid", nargs, kwnames, 0) < 0) return NULL;
    return int_from_i64(ts, (int64_t)getpid());
}

static CFUNC(posix_getcwd) {
    if (args_exactly(ts, "posix.getcwd", nargs, kwnames, 0) < 0) return NULL;
    char *cwd = getcwd(NULL, 0);
    if (!cwd) return err_from_errno(ts, errno, NULL);
    Object *r = os_str(ts, cwd, strlen(cwd));
    free(cwd);
    return r;
}

/* listdir(path='.'): the names, without '.' and '..'. */
static CFUNC(posix_listdir) {
    static const char *const names[] = {"path", NULL};
    static const ArgSpec spec = {"listdir", names};
    Object *a[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *path = !a[0] || a[0] == None
                       ? str_from_cstr(ts, ".")
                       : path_arg(ts, "listdir", a[0], "string, bytes, os.PathLike, integer or None");
    if (!path) return NULL;
    if (sandbox_check_open(ts, path, 'r', false) < 0) {
        DECREF(path);
        return NULL;
    }
    DIR *dir = opendir(STR_DATA(path));
    if (!dir) {
        err_from_errno(ts, errno, path);
        DECREF(path);
        return NULL;
    }
    Object *result = list_new(ts, 0);
    struct dirent *entry;
    errno = 0;
    while (result && (entry = readdir(dir)) != NULL) {
        const char *n = entry->d_name;
        if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'))) continue;
        Object *s = os_str(ts, n, strlen(n));
        if (!s || list_append_steal(ts, result, s) < 0) CLEAR(result);
        errno = 0;
    }
    if (result && errno) {
        CLEAR(result);
        err_from_errno(ts, errno, path);
    }
    closedir(dir);
    DECREF(path);
    return result;
}

/* os.stat_result: ten items (the times as whole seconds), and as attributes
 * the times as floats and as nanoseconds, and the block sizes. */
static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "st_atime", "st_mtime", "st_ctime",
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev", NULL};
STRUCTSEQ_TYPE_HIDDEN(StatResultType, "os.stat_result",
                      "stat_result: Result from stat, fstat, or lstat.\n\n"
                      "This object may be accessed either as a tuple of\n"
                      "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
                      "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.",
                      stat_fields, 10);

static Object *do_stat(ThreadState *ts, const char *fname, Object *const *args, size_t nargs, Object *kwnames,
                       bool follow) {
    static const char *const names[] = {"path", NULL};
    ArgSpec spec = {fname, names, .required = 1};
    Object *a[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *path = path_arg(ts, fname, a[0], "string, bytes, os.PathLike or integer");
    if (!path) return NULL;
    if (sandbox_check_open(ts, path, 'r', false) < 0) {
        DECREF(path);
        return NULL;
    }
    struct stat st;
    if ((follow ? stat : lstat)(STR_DATA(path), &st) < 0) {
        err_from_errno(ts, errno, path);
        DECREF(path);
        return NULL;
    }
    DECREF(path);
    const struct timespec times[3] = {st.st_atim, st.st_mtim, st.st_ctim};
    Object *v[19];
    v[0] = int_from_i64(ts, st.st_mode);
    v[1] = int_from_u64(ts, st.st_ino);
    v[2] = int_from_u64(ts, st.st_dev);
    v[3] = int_from_u64(ts, st.st_nlink);
    v[4] = int_from_i64(ts, st.st_uid);
    v[5] = int_from_i64(ts, st.st_gid);
    v[6] = int_from_i64(ts, st.st_size);
    for (int i = 0; i < 3; i++) {
        v[7 + i] = int_from_i64(ts, times[i].tv_sec);
        /* as CPython: whole seconds plus nanoseconds times 1e-9 */
        v[10 + i] = float_new(ts, (double)times[i].tv_sec + (double)times[i].tv_nsec * 1e-9);
        v[13 + i] = int_from_i64(ts, (int64_t)times[i].tv_sec * 1000000000 + times[i].tv_nsec);
    }
    v[16] = int_from_i64(ts, st.st_blksize);
    v[17] = int_from_i64(ts, st.st_blocks);
    v[18] = int_from_u64(ts, st.st_rdev);
    Object *r = NULL;
    bool ok = true;
    for (int i = 0; i < 19; i++) ok = ok && v[i];
    if (ok) r = structseq_new(ts, &StatResultType, v);
    for (int i = 0; i < 19; i++) XDECREF(v[i]);
    return r;
}

static CFUNC(posix_stat) { return do_stat(ts, "stat", args, nargs, kwnames, true); }
static CFUNC(posix_lstat) { return do_stat(ts, "lstat", args, nargs, kwnames, false); }

static CFUNC(posix_strerror) {
    if (args_exactly(ts, "strerror", nargs, kwnames, 1) < 0) return NULL;
    int code;
    if (args_c_int(ts, args[0], &code) < 0) return NULL;
    return str_from_cstr(ts, strerror(code));
}

/* A name or value for the environment: a str without NUL (and, for a
 * name, without '='). */
static int env_arg(ThreadState *ts, const char *fname, Object *o, bool is_name) {
    if (!str_check(o)) {
        err_format(ts, &ExcTypeError, "%s() argument %d must be str, not %s", fname, is_name ? 1 : 2,
                   args_type_name(o));
        return -1;
    }
    if (strlen(STR_DATA(o)) != STR_SIZE(o)) {
        err_set_string(ts, &ExcValueError, "embedded null character");
        return -1;
    }
    if (is_name && (STR_SIZE(o) == 0 || strchr(STR_DATA(o), '='))) {
        err_format(ts, &ExcValueError, "illegal environment variable name");
        return -1;
    }
    return 0;
}

static CFUNC(posix_putenv) {
    if (args_no_kwargs(ts, "putenv", kwnames) < 0 || args_count(ts, "putenv", nargs, 2, 2) < 0) return NULL;
    if (env_arg(ts, "putenv", args[0], true) < 0 || env_arg(ts, "putenv", args[1], false) < 0) return NULL;
    if (setenv(STR_DATA(args[0]), STR_DATA(args[1]), 1) < 0) return err_from_errno(ts, errno, NULL);
    return none_new();
}

static CFUNC(posix_unsetenv) {
    if (args_exactly(ts, "unsetenv", nargs, kwnames, 1) < 0) return NULL;
    if (env_arg(ts, "unsetenv", args[0], true) < 0) return NULL;
    if (unsetenv(STR_DATA(args[0])) < 0) return err_from_errno(ts, errno, NULL);
    return none_new();
}

/* remove(path) and unlink(path): the same system call. */
static Object *remove_file(ThreadState *ts, const char *fname, Object *const *args, size_t nargs,
                           Object *kwnames) {
    static const char *const names[] = {"path", "dir_fd", NULL};
    ArgSpec spec = {fname, names, .required = 1, .kwonly = 1};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (!str_check(a[0]))
        return err_format(ts, &ExcTypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname,
                          TYPE_NAME(a[0]));
    if (sandbox_check_open(ts, a[0], 'w', false) < 0) return NULL;
    if (unlink(STR_DATA(a[0])) < 0) return err_from_errno(ts, errno, a[0]);
    return none_new();
}

static CFUNC(posix_remove) { return remove_file(ts, "remove", args, nargs, kwnames); }
static CFUNC(posix_unlink) { return remove_file(ts, "unlink", args, nargs, kwnames); }

/* The environment as CPython's posix.environ has it: a dict of str. */
static Object *make_environ(ThreadState *ts) {
    Object *d = dict_new(ts);
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        Object *k = os_str(ts, *e, (size_t)(eq - *e));
        Object *v = k ? os_str(ts, eq + 1, strlen(eq + 1)) : NULL;
        if (!v) {
            XDECREF(k);
            CLEAR(d);
            break;
        }
        /* the first of two entries with one name wins, as in CPython */
        if (!dict_get_borrowed(ts, d, k) && dict_set(ts, d, k, v) < 0) CLEAR(d);
        DECREF(k);
        DECREF(v);
    }
    return d;
}

/* urandom(size): bytes from the kernel's random source, the one CPython's
 * os.urandom() reads. getrandom() returns at most 32 MiB at a time and may
 * be interrupted by a signal (PEP 475: retried unless the signal raises). */
static CFUNC(posix_urandom) {
    if (args_no_kwargs(ts, "urandom", kwnames) < 0 || args_count(ts, "urandom", nargs, 1, 1) < 0) return NULL;
    ssize_t size = obj_as_ssize(ts, args[0], "Python int too large to convert to C ssize_t");
    if (size == -1 && err_occurred(ts)) return NULL;
    if (size < 0) return err_set_string(ts, &ExcValueError, "negative argument not allowed");
    char *buf = rawmem_alloc(size ? (size_t)size : 1);
    if (!buf) return err_no_memory(ts);
    size_t got = 0;
    while (got < (size_t)size) {
        ssize_t n = getrandom(buf + got, (size_t)size - got, 0);
        if (n < 0) {
            int err = errno;
            if (err == EINTR ? signals_retry_blocking_call(ts, err) == 0 : false) continue;
            if (err != EINTR) err_from_errno(ts, err, NULL);
            rawmem_free(buf);
            return NULL;
        }
        got += (size_t)n;
    }
    Object *r = bytes_new(ts, buf, (size_t)size);
    rawmem_free(buf);
    return r;
}

static const MethodDef posix_functions[] = {
    {"getpid", posix_getpid, 0, "Return the current process id."},
    {"getcwd", posix_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"listdir", posix_listdir, METH_KEYWORDS,
     "Return a list containing the names of the files in the directory."},
    {"stat", posix_stat, METH_KEYWORDS, "Perform a stat system call on the given path."},
    {"lstat", posix_lstat, METH_KEYWORDS,
     "Perform a stat system call on the given path, without following symbolic links."},
    {"strerror", posix_strerror, 0, "Translate an error code to a message string."},
    {"putenv", posix_putenv, 0, "Change or add an environment variable."},
    {"unsetenv", posix_unsetenv, 0, "Delete an environment variable."},
    {"remove", posix_remove, METH_KEYWORDS, "Remove a file (same as unlink())."},
    {"unlink", posix_unlink, METH_KEYWORDS, "Remove a file (same as remove())."},
    {"urandom", posix_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {NULL},
};

Object *mod_posix_create(ThreadState *ts) {
    /* its types are readied on first import (runtime/interp.c: module_types) */
    if (type_ready(ts, &StatResultType.type) < 0)
        return NULL;
    Object *m = module_new_cstr(ts, "posix");
    if (!m) return NULL;
    Object *env = module_add_functions(ts, m, posix_functions) < 0 || posix_add_process_functions(ts, m) < 0
                      ? NULL
                      : make_environ(ts);
    if (!env || module_add_object(ts, m, "environ", env) < 0 ||
        module_add_object(ts, m, "stat_result", (Object *)&StatResultType.type) < 0) {
        XDECREF(env);
        DECREF(m);
        return NULL;
    }
    DECREF(env);
    return m;
}
