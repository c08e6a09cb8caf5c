/* io.h -- text files: sys.stdin/stdout/stderr and open(). */
#ifndef MINIPY_IO_H
#define MINIPY_IO_H

#include <stdio.h>
#include "object.h"

extern TypeObject FileType;

/* A file object over [fp] (closed with it when [owns]). */
Object *io_file_new(ThreadState *ts, FILE *fp, const char *name, const char *mode, bool owns);
/* file.write(text) -- direct for minipy's own files, a method call otherwise. */
int io_write_text(ThreadState *ts, Object *file, const char *data, size_t len);
int io_flush(ThreadState *ts, Object *file);
/* file.readline(): "" at end of file. */
Object *io_readline(ThreadState *ts, Object *file);
/* builtins.open(file, mode='r', buffering=-1, encoding=None, ...) */
CFUNC(io_open);
/* Raise OSError (or the subclass for [err], e.g. FileNotFoundError) with
 * CPython's "[Errno 2] No such file or directory: 'x'". */
Object *err_from_errno(ThreadState *ts, int err, Object *filename);

#endif
