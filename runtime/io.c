/* io.c -- file objects: sys.stdin, sys.stdout, sys.stderr and open().
 *
 * A deliberately small stand-in for CPython's io module: a file object
 * wraps a C FILE and reads and writes UTF-8 text -- or, opened with 'b' in
 * its mode, bytes as they are (CPython's BufferedReader / BufferedWriter:
 * read() gives bytes, write() takes any bytes-like object). print() writes
 * through sys.stdout, so a program may replace sys.stdout with any object
 * that has a write() method, exactly as in CPython.
 */
#include <errno.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "io.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "list.h"
#include "func.h"
#include "common/utf8.h"
#include "args.h"
#include "sandbox.h"
#include "gil.h"
#include "trace/events.h"

typedef struct {
    OBJECT_HEAD;
    FILE *fp;
    Object *name;
    Object *mode;
    bool owns;
    bool readable, writable, closed;
    bool binary;                  /* 'b' in the mode: bytes in and out */
    int busy;                     /* threads inside a blocking read or write of it */
    bool close_pending;           /* closed while busy: the last one out closes fp */
} FileObject;

/* ---- blocking calls (lesson 5) ------------------------------------------------
 * A read or write that has to wait for the operating system lets the GIL go
 * (runtime/gil.c), so other threads run meanwhile, as CPython's file
 * objects do around their system calls. One that the C library's buffer
 * answers does not: print() to a pipe fills a buffer and is no switch point,
 * as in CPython. While the GIL is let go the file is held (another thread
 * may drop sys.stdout meanwhile), and a close() from another thread waits
 * for the last one inside to finish before the FILE is closed. */

/* Does writing [len] bytes to [fp] reach the operating system? Another
 * thread inside the FILE (writing without the GIL) counts as yes: this one
 * would wait for it. */
static bool write_blocks(FILE *fp, const char *data, size_t len) {
    if (fp == stderr) return true;                            /* unbuffered */
    if (ftrylockfile(fp) != 0) return true;
    bool line_buffered = __flbf(fp), blocks;
    size_t size = __fbufsize(fp);
    if (size == 0)
        /* no buffer yet: the C library makes one at the first write, a
         * line's for a terminal (or if asked with setvbuf), else a block's */
        blocks = line_buffered || isatty(fileno(fp)) ? memchr(data, '\n', len) != NULL : len >= BUFSIZ;
    else
        blocks = size == 1 || __fpending(fp) + len >= size ||
                 (line_buffered && memchr(data, '\n', len) != NULL);
    funlockfile(fp);
    return blocks;
}

/* Does reading a line (or [want] more bytes, 0: a line) from [fp] have to
 * ask the operating system (or wait for another thread inside the FILE)? */
static bool read_blocks(FILE *fp, size_t want) {
#ifdef __GLIBC__
    if (ftrylockfile(fp) != 0) return true;
    const char *p = fp->_IO_read_ptr, *e = fp->_IO_read_end;
    bool blocks = !p || p >= e || (want ? (size_t)(e - p) < want : memchr(p, '\n', (size_t)(e - p)) == NULL);
    funlockfile(fp);
    return blocks;
#else
    (void)fp;
    (void)want;
    return true;
#endif
}

static void begin_blocking(ThreadState *ts, FileObject *f, const char *call) {
    INCREF(f);
    f->busy++;
    gil_release(ts, call);
}

static void end_blocking(ThreadState *ts, FileObject *f) {
    gil_acquire(ts);
    if (--f->busy == 0 && f->close_pending) {
        if (f->owns && f->fp) fclose(f->fp);
        f->fp = NULL;
        f->close_pending = false;
    }
    DECREF(f);
}

Object *io_file_new(ThreadState *ts, FILE *fp, const char *name, const char *mode, bool owns) {
    FileObject *f = (FileObject *)obj_alloc(ts, &FileType, sizeof(FileObject));
    if (!f) return NULL;
    f->fp = fp;
    f->name = str_from_cstr(ts, name);
    f->mode = str_from_cstr(ts, mode);
    f->owns = owns;
    f->busy = 0;
    f->close_pending = false;
    f->readable = strchr(mode, 'r') || strchr(mode, '+');
    f->writable = strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, 'x') || strchr(mode, '+');
    f->binary = strchr(mode, 'b') != NULL;
    if (!f->name || !f->mode) { DECREF(f); return NULL; }
    return (Object *)f;
}

Object *err_from_errno(ThreadState *ts, int err, Object *filename) {
    TypeObject *type = exc_oserror_subclass(err);
    Object *no = int_from_i64(ts, err);
    Object *msg = str_from_cstr(ts, strerror(err));
    Object *args = no && msg ? tuple_pack(ts, 2, no, msg) : NULL;
    XDECREF(no);
    XDECREF(msg);
    if (!args) return NULL;
    Object *e = exc_new(ts, type, args);
    DECREF(args);
    if (!e) return NULL;
    if (filename) SETREF(((BaseExceptionObject *)e)->filename, NEWREF(filename));
    return err_raise_steal(ts, e);
}

static int check_open(ThreadState *ts, FileObject *f) {
    if (f->closed || !f->fp) {
        err_set_string(ts, &ExcValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

/* A str may hold a lone surrogate ('\ud800', kept as its three UTF-8-style
 * bytes ED A0..BF xx); the UTF-8 codec refuses to write one, as CPython's
 * does: -1 with UnicodeEncodeError, before anything is written. */
static int check_encodable(ThreadState *ts, const char *data, size_t len) {
    size_t position = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if ((c & 0xC0) == 0x80) continue;                   /* inside a character */
        if (c == 0xED && i + 2 < len && ((unsigned char)data[i + 1] & 0xE0) == 0xA0) {
            unsigned cp = 0xD000 | (((unsigned char)data[i + 1] & 0x3F) << 6) | ((unsigned char)data[i + 2] & 0x3F);
            err_format(ts, &ExcUnicodeEncodeError,
                       "'utf-8' codec can't encode character '\\u%04x' in position %zu: surrogates not allowed", cp,
                       position);
            return -1;
        }
        position++;
    }
    return 0;
}

int io_write_text(ThreadState *ts, Object *file, const char *data, size_t len) {
    if (TYPE(file) == &FileType) {
        FileObject *f = (FileObject *)file;
        if (check_open(ts, f) < 0) return -1;
        if (!f->writable) {
            err_set_string(ts, &ExcOSError, "not writable");
            return -1;
        }
        if (check_encodable(ts, data, len) < 0) return -1;
        bool program_output = f->fp == stdout || f->fp == stderr;
        Limits *lim = &ts->interp->limits;
        if (program_output && lim->max_output && ts->interp->output + len > lim->max_output) {
            /* --max-output: what still fits is written, then the program ends */
            size_t room = (size_t)(lim->max_output - ts->interp->output);
            if (room) fwrite(data, 1, room, f->fp);
            ts->interp->output = lim->max_output;
            return limit_reached(ts, LIMIT_OUTPUT);
        }
        if (program_output) ts->interp->output += len;
        bool blocks = len && write_blocks(f->fp, data, len);
        if (blocks) begin_blocking(ts, f, "file.write");
        size_t written = len ? fwrite(data, 1, len, f->fp) : 0;
        int err = errno;
        if (blocks) end_blocking(ts, f);
        if (written != len) {
            /* what could not be written is dropped, as CPython's buffered
             * writer drops it: it is not tried again at exit */
            __fpurge(f->fp);
            clearerr(f->fp);
            err_from_errno(ts, err, NULL);
            return -1;
        }
        if (f->fp == stderr) fflush(stderr);
        if (f->fp == stdout && len && TRACE_ON(TRACE_OUTPUT)) {
            /* the program's output, for the views that show it beside the state */
            Event ev = {.kind = EV_OUTPUT, .index = -1, .output = {.data = data, .len = len}};
            trace_emit(ts, &ev);
        }
        return 0;
    }
    Object *s = str_new(ts, data, len);
    if (!s) return -1;
    Object *r = obj_call_method(ts, file, ts->interp->ids.write, &s, 1);
    DECREF(s);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* Write out what the C library holds for [f]: -1 with OSError (errno's
 * class: ENOSPC is plain OSError, EPIPE BrokenPipeError) when the system
 * refuses it. What could not be written stays in the buffer, as in CPython's
 * buffered writer, so the next flush and close fail again. */
static int flush_checked(ThreadState *ts, FileObject *f) {
    if (!f->fp) return 0;
    bool blocks = __fpending(f->fp) > 0;
    if (blocks) begin_blocking(ts, f, "file.flush");
    int r = f->fp ? fflush(f->fp) : 0;
    int err = errno;
    if (blocks) end_blocking(ts, f);
    if (r == 0) return 0;
    clearerr(f->fp);
    err_from_errno(ts, err, NULL);
    return -1;
}

/* Close [f] (only flush a standard stream it does not own); it is closed
 * afterwards whatever happens. A failure is OSError, as CPython's close():
 * when both the flush and the closing fail, the closing's error is raised
 * with the flush's as its __context__. */
static int close_checked(ThreadState *ts, FileObject *f) {
    if (f->closed || !f->fp) { f->closed = true; return 0; }
    if (f->busy) {
        /* another thread is inside a read or write: it closes on its way out */
        f->closed = f->close_pending = true;
        return 0;
    }
    int flushed = f->fp && fflush(f->fp) != 0 ? errno : 0;
    Object *first = flushed ? err_from_errno(ts, flushed, NULL), err_fetch(ts) : NULL;
    int closed_err = 0;
    if (f->owns) {
        if (fclose(f->fp) != 0) closed_err = errno;
        f->fp = NULL;
    }
    /* CPython keeps what it could not write and tries it again as it
     * closes; the C library drops it after the first failure, so the
     * second attempt's answer is the first one's */
    if (flushed && f->owns) closed_err = flushed;
    f->closed = true;
    if (closed_err) {
        err_from_errno(ts, closed_err, NULL);
        if (first && ts->exc) {
            BaseExceptionObject *e = (BaseExceptionObject *)ts->exc;
            SETREF(e->context, first);
            first = NULL;
        }
    }
    if (first) ts->exc = first;      /* only the flush failed */
    return ts->exc ? -1 : 0;
}

int io_flush(ThreadState *ts, Object *file) {
    if (TYPE(file) == &FileType) {
        FileObject *f = (FileObject *)file;
        return f->closed ? 0 : flush_checked(ts, f);
    }
    Object *m = obj_lookup_attr(ts, file, ts->interp->ids.flush);
    if (!m) return err_occurred(ts) ? -1 : 0;
    Object *r = obj_call0(ts, m);
    DECREF(m);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

static Object *file_readline_impl(ThreadState *ts, FileObject *f) {
    if (check_open(ts, f) < 0) return NULL;
    if (f->fp == stdin) fflush(stdout);
    char *line = NULL;
    size_t cap = 0;
    bool blocks = read_blocks(f->fp, 0);
    if (blocks) begin_blocking(ts, f, f->fp == stdin ? "sys.stdin.readline" : "file.readline");
    ssize_t n = f->fp ? getline(&line, &cap, f->fp) : -1;
    if (blocks) end_blocking(ts, f);
    if (n < 0) {
        free(line);        /* getline's, from malloc */
        return f->binary ? bytes_new(ts, "", 0) : str_new(ts, "", 0);
    }
    Object *s;
    if (f->binary)
        s = bytes_new(ts, line, (size_t)n);
    else if (!utf8_validate(line, (size_t)n, NULL))
        s = err_format(ts, &ExcUnicodeDecodeError, "'utf-8' codec can't decode input");
    else
        s = str_new(ts, line, (size_t)n);
    free(line);
    return s;
}

Object *io_readline(ThreadState *ts, Object *file) {
    if (TYPE(file) == &FileType) return file_readline_impl(ts, (FileObject *)file);
    Object *r = obj_call_method(ts, file, ts->interp->ids.readline, NULL, 0);
    if (r && !str_check(r)) {
        err_format(ts, &ExcTypeError, "object.readline() returned non-string");
        DECREF(r);
        return NULL;
    }
    return r;
}

/* ---- slots and methods --------------------------------------------------- */

/* The file is freed without close(): closed quietly, as CPython's
 * IOBase finalizer does outside its development mode. */
static void file_close_fp(FileObject *f) {
    if (f->fp && f->owns) fclose(f->fp);
    else if (f->fp) fflush(f->fp);
    f->fp = NULL;
    f->closed = true;
}

static void file_dealloc(Object *self) {
    FileObject *f = (FileObject *)self;
    file_close_fp(f);
    XDECREF(f->name);
    XDECREF(f->mode);
    obj_free(self);
}

static Object *file_repr(ThreadState *ts, Object *self) {
    FileObject *f = (FileObject *)self;
    if (f->binary)
        return str_format(ts, "<_io.%s name=%R>",
                          f->readable && f->writable ? "BufferedRandom" : f->readable ? "BufferedReader"
                                                                         : "BufferedWriter", f->name);
    return str_format(ts, "<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->name, f->mode);
}

#define FILE_OF(self) ((FileObject *)(self))

/* write(b) on a binary file: the bytes as they are; returns their count. */
static Object *file_write_bytes(ThreadState *ts, FileObject *f, Object *b) {
    const char *d;
    size_t n;
    Object *tmp;
    if (check_open(ts, f) < 0 || bytes_buffer_arg(ts, b, &d, &n, &tmp) < 0) return NULL;
    if (!f->writable) {
        XDECREF(tmp);
        return err_set_string(ts, &ExcOSError, "not writable");
    }
    bool blocks = n && write_blocks(f->fp, d, n);
    if (blocks) begin_blocking(ts, f, "file.write");
    size_t written = n ? fwrite(d, 1, n, f->fp) : 0;
    int err = errno;
    if (blocks) end_blocking(ts, f);
    XDECREF(tmp);
    if (written != n) {
        __fpurge(f->fp);
        clearerr(f->fp);
        return err_from_errno(ts, err, NULL);
    }
    return int_from_u64(ts, n);
}

static CFUNC(file_write) {
    if (args_exactly(ts, "write", nargs, kwnames, 1) < 0) return NULL;
    if (FILE_OF(self)->binary) return file_write_bytes(ts, FILE_OF(self), args[0]);
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "write() argument must be str, not %s", args_type_name(args[0]));
    if (io_write_text(ts, self, STR_DATA(args[0]), STR_SIZE(args[0])) < 0) return NULL;
    return int_from_i64(ts, (int64_t)STR_LEN(args[0]));
}

static CFUNC(file_flush) {
    if (args_exactly(ts, "flush", nargs, kwnames, 0) < 0) return NULL;
    if (check_open(ts, FILE_OF(self)) < 0) return NULL;
    if (flush_checked(ts, FILE_OF(self)) < 0) return NULL;
    return none_new();
}

static CFUNC(file_readline) {
    if (args_count(ts, "readline", nargs, 0, 1) < 0) return NULL;
    if (!FILE_OF(self)->readable && !FILE_OF(self)->closed)
        return err_set_string(ts, &ExcOSError, "not readable");
    return file_readline_impl(ts, FILE_OF(self));
}

static CFUNC(file_read) {
    if (args_count(ts, "read", nargs, 0, 1) < 0) return NULL;
    FileObject *f = FILE_OF(self);
    if (check_open(ts, f) < 0) return NULL;
    if (!f->readable) return err_set_string(ts, &ExcOSError, "not readable");
    int64_t limit = -1;
    if (nargs && args[0] != None && !int_as_i64(args[0], &limit)) return err_set_string(ts, &ExcOverflowError, "read size too large");
    StrBuf buf;
    strbuf_init(&buf);
    char chunk[8192];
    size_t got;
    bool blocks = read_blocks(f->fp, limit < 0 ? SIZE_MAX : (size_t)limit);
    /* When the read may block, the GIL is let go for each chunk: the chunk
     * is read into [chunk] without it, and appended with it held, where
     * the buffer's allocation is counted (common/rawmem.h's counts belong
     * to whoever holds the GIL). A thread that closes the file meanwhile
     * ends the read (end_blocking closes it and clears f->fp). */
    if (limit < 0 || f->binary) {
        int64_t left = limit;                 /* bytes still wanted; -1: all */
        while (f->fp && left != 0) {
            size_t want = left < 0 || left > (int64_t)sizeof chunk ? sizeof chunk : (size_t)left;
            if (blocks) begin_blocking(ts, f, "file.read");
            got = fread(chunk, 1, want, f->fp);
            if (blocks) end_blocking(ts, f);
            if (got == 0) break;
            strbuf_append(&buf, chunk, got);
            if (left > 0) left -= (int64_t)got;
        }
    } else {
        /* read [limit] characters: whole UTF-8 sequences */
        int64_t chars = 0;
        bool eof = false;
        while (f->fp && chars < limit && !eof) {
            size_t n = 0;
            if (blocks) begin_blocking(ts, f, "file.read");
            while (chars < limit && n + 4 <= sizeof chunk) {
                int c = fgetc(f->fp);
                if (c == EOF) {
                    eof = true;
                    break;
                }
                chunk[n++] = (char)c;
                int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
                for (int k = 0; k < extra && (c = fgetc(f->fp)) != EOF; k++) chunk[n++] = (char)c;
                eof = c == EOF;
                chars++;
            }
            if (blocks) end_blocking(ts, f);
            strbuf_append(&buf, chunk, n);
        }
    }
    if (f->binary) return bytes_from_strbuf(ts, &buf);
    if (buf.len && !utf8_validate(buf.data, buf.len, NULL)) {
        strbuf_free(&buf);
        return err_format(ts, &ExcUnicodeDecodeError, "'utf-8' codec can't decode input");
    }
    return str_from_strbuf(ts, &buf);
}

static CFUNC(file_readlines) {
    if (args_count(ts, "readlines", nargs, 0, 1) < 0) return NULL;
    Object *l = list_new(ts, 0);
    if (!l) return NULL;
    for (;;) {
        Object *line = file_readline_impl(ts, FILE_OF(self));
        if (!line) { DECREF(l); return NULL; }
        if (obj_len(ts, line) == 0) { DECREF(line); break; }
        if (list_append_steal(ts, l, line) < 0) { DECREF(l); return NULL; }
    }
    return l;
}

static CFUNC(file_close) {
    if (args_exactly(ts, "close", nargs, kwnames, 0) < 0) return NULL;
    if (close_checked(ts, FILE_OF(self)) < 0) return NULL;
    return none_new();
}

static CFUNC(file_enter) {
    if (check_open(ts, FILE_OF(self)) < 0) return NULL;
    return NEWREF(self);
}

static CFUNC(file_exit) {
    if (close_checked(ts, FILE_OF(self)) < 0) return NULL;
    return none_new();
}

static CFUNC(file_fileno) {
    if (check_open(ts, FILE_OF(self)) < 0) return NULL;
    return int_from_i64(ts, fileno(FILE_OF(self)->fp));
}

static CFUNC(file_isatty) {
    if (check_open(ts, FILE_OF(self)) < 0) return NULL;
    return bool_from(isatty(fileno(FILE_OF(self)->fp)));
}

static CFUNC(file_readable) { return bool_from(FILE_OF(self)->readable); }
static CFUNC(file_writable) { return bool_from(FILE_OF(self)->writable); }

static Object *file_iter(ThreadState *ts, Object *self) {
    if (check_open(ts, FILE_OF(self)) < 0) return NULL;
    return NEWREF(self);
}

static Object *file_next(ThreadState *ts, Object *self) {
    Object *line = file_readline_impl(ts, FILE_OF(self));
    if (line && obj_len(ts, line) == 0) {
        DECREF(line);
        return NULL;
    }
    return line;
}

static GETTER(file_get_name) { return NEWREF(FILE_OF(self)->name); }
static GETTER(file_get_mode) { return NEWREF(FILE_OF(self)->mode); }
static GETTER(file_get_closed) { return bool_from(FILE_OF(self)->closed); }
static GETTER(file_get_encoding) {
    if (FILE_OF(self)->binary)
        return err_format(ts, &ExcAttributeError, "'_io.%s' object has no attribute 'encoding'",
                          FILE_OF(self)->readable ? "BufferedReader" : "BufferedWriter");
    return str_from_cstr(ts, "utf-8");
}

static const MethodDef file_methods[] = {
    {"write", file_write, 0, NULL},
    {"flush", file_flush, 0, NULL},
    {"read", file_read, 0, NULL},
    {"readline", file_readline, 0, NULL},
    {"readlines", file_readlines, 0, NULL},
    {"close", file_close, 0, NULL},
    {"fileno", file_fileno, 0, NULL},
    {"isatty", file_isatty, 0, NULL},
    {"readable", file_readable, 0, NULL},
    {"writable", file_writable, 0, NULL},
    {"__enter__", file_enter, 0, NULL},
    {"__exit__", file_exit, 0, NULL},
    {NULL},
};

static const GetSetDef file_getset[] = {
    {"name", file_get_name, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL},
    {"closed", file_get_closed, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL},
    {NULL},
};

static int str_or_none(ThreadState *ts, const char *param, Object *v) {
    if (!v || v == None || str_check(v)) return 0;
    err_format(ts, &ExcTypeError, "TextIOWrapper() argument '%s' must be str or None, not %s", param,
               TYPE_NAME(v));
    return -1;
}

/* TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
 *               line_buffering=False, write_through=False) wraps a binary
 * buffer in CPython. minipy's files are text over a C FILE, made only by
 * open() and for the standard streams, and there are no binary buffers: the
 * arguments are checked in CPython's order, with its messages, down to the
 * buffer's readable(), the first thing CPython asks of it (so
 * TextIOWrapper(1) fails as it does there), and a buffer that has one is
 * refused as binary mode is in open(). */
static Object *file_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                             Object *kwnames) {
    static const char *const names[] = {"buffer", "encoding", "errors", "newline", "line_buffering",
                                        "write_through", NULL};
    static const ArgSpec spec = {"TextIOWrapper", names, .required = 1};
    Object *a[6];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    int flag;
    if (str_or_none(ts, names[1], a[1]) < 0 || str_or_none(ts, names[3], a[3]) < 0) return NULL;
    for (int i = 4; i < 6; i++)
        if (a[i] && args_c_int(ts, a[i], &flag) < 0) return NULL;
    if (str_or_none(ts, names[2], a[2]) < 0) return NULL;
    Object *nl = a[3];
    if (nl && nl != None && STR_SIZE(nl) > 0 && !str_eq_cstr(nl, "\n") && !str_eq_cstr(nl, "\r") &&
        !str_eq_cstr(nl, "\r\n"))
        return err_format(ts, &ExcValueError, "illegal newline value: %U", nl);
    Object *readable = obj_getattr_cstr(ts, a[0], "readable");
    if (!readable) return NULL;
    DECREF(readable);
    return err_set_string(ts, &ExcValueError,
                          "TextIOWrapper over a buffer is not supported by minipy (open() makes text files)");
}

TypeObject FileType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(FileObject),
    .dealloc = file_dealloc,
    .repr = file_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .iter = file_iter,
    .next = file_next,
    .new_ = file_new_slot,
    .methods = file_methods,
    .getset = file_getset,
};

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None): buffering, encoding, errors
 * and newline are taken and ignored (text is UTF-8, written as given). */
CFUNC(io_open) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline",
                                        "closefd", "opener", NULL};
    static const ArgSpec spec = {"open", names, .required = 1};
    Object *a[8];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (!str_check(a[0]))
        return err_format(ts, &ExcTypeError, "expected str, bytes or os.PathLike object, not %s", TYPE_NAME(a[0]));
    const char *mode = "r";
    if (a[1]) {
        if (!str_check(a[1])) return err_format(ts, &ExcTypeError, "open() argument 'mode' must be str, not %s", args_type_name(a[1]));
        mode = STR_DATA(a[1]);
    }
    if (strlen(STR_DATA(a[0])) != STR_SIZE(a[0])) return err_set_string(ts, &ExcValueError, "embedded null byte");
    /* the mode, checked as CPython's _io.open checks it */
    char cmode[4] = {0};
    size_t k = 0;
    char base = 0;
    int bases = 0;
    bool plus = false;
    for (const char *p = mode; *p; p++) {
        if (!strchr("axrwb+t", *p) || strchr(p + 1, *p))
            return err_format(ts, &ExcValueError, "invalid mode: '%U'", a[1]);
        if (strchr("rwax", *p)) {
            base = *p;
            bases++;
        } else if (*p == '+') {
            plus = true;
        }
    }
    if (a[1] && strlen(mode) != STR_SIZE(a[1])) return err_format(ts, &ExcValueError, "invalid mode: '%U'", a[1]);
    if (strchr(mode, 't') && strchr(mode, 'b'))
        return err_set_string(ts, &ExcValueError, "can't have text and binary mode at once");
    if (bases > 1) return err_set_string(ts, &ExcValueError, "must have exactly one of create/read/write/append mode");
    if (!bases)
        return err_set_string(ts, &ExcValueError,
                              "Must have exactly one of create/read/write/append mode and at most one plus");
    if (strchr(mode, 'b')) {
        if (a[3] && a[3] != None)
            return err_set_string(ts, &ExcValueError, "binary mode doesn't take an encoding argument");
        if (a[4] && a[4] != None)
            return err_set_string(ts, &ExcValueError, "binary mode doesn't take an errors argument");
        if (a[5] && a[5] != None)
            return err_set_string(ts, &ExcValueError, "binary mode doesn't take a newline argument");
    }
    cmode[k++] = base == 'x' ? 'w' : base;
    if (plus) cmode[k++] = '+';
    int closefd = a[6] ? obj_is_true(ts, a[6]) : 1;
    if (closefd < 0) return NULL;
    if (!closefd) return err_set_string(ts, &ExcValueError, "Cannot use closefd=False with file name");
    if (a[7] && a[7] != None)
        return err_set_string(ts, &ExcValueError, "opener is not supported by minipy");
    if (sandbox_check_open(ts, a[0], base, plus) < 0) return NULL;
    if (base == 'x' && access(STR_DATA(a[0]), F_OK) == 0) return err_from_errno(ts, EEXIST, a[0]);
    FILE *fp = fopen(STR_DATA(a[0]), cmode);
    if (!fp) return err_from_errno(ts, errno, a[0]);
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {   /* reading a folder opens, as on Linux */
        fclose(fp);
        return err_from_errno(ts, EISDIR, a[0]);
    }
    return io_file_new(ts, fp, STR_DATA(a[0]), mode, true);
}
