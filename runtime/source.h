/* source.h -- the one place source files are read. Each file is read once
 * and kept until the interpreter ends: the program and its modules are
 * compiled from it, and tracebacks, syntax errors and --trace=line quote
 * its lines from it. C memory, not Python objects, so the narration can
 * quote a line without making an object the program could notice.
 */
#ifndef MINIPY_SOURCE_H
#define MINIPY_SOURCE_H

#include <stddef.h>
#include <stdio.h>

struct Interp;
struct SourceFile;

/* The whole text of the file at [path] and its length in *len; NULL (with
 * errno set) if it cannot be read. Read on the first call, then cached; a
 * name in angle brackets ("<string>") is never a file. */
const char *source_text(struct Interp *interp, const char *path, size_t *len);
/* Line [lineno] (from 1) of [path], its length in *len without the line
 * ending; NULL if there is no such line. Decoded to UTF-8 when the file's
 * coding cookie names another encoding (PEP 263), as tracebacks show it. */
const char *source_line(struct Interp *interp, const char *path, int lineno, size_t *len);
/* The same line as the file's bytes, undecoded: what CPython's compiler
 * quotes in its SyntaxErrors (read again from the file, as UTF-8). */
const char *source_line_bytes(struct Interp *interp, const char *path, int lineno, size_t *len);
/* Everything [f] holds until its end (a pipe, standard input), malloc'd;
 * NULL (errno set) on a read error. */
char *source_read_stream(FILE *f, size_t *len);
/* Read [path] afresh on its next use (importlib.reload): the text read
 * before stays in memory, unreachable, until the interpreter ends, so that
 * nothing quoting it is left pointing at freed memory. */
void source_forget(struct Interp *interp, const char *path);
/* Keep [len] bytes of UTF-8 [text] as the source of [name], a name in
 * angle brackets that is no file ("<doctest m.f[0]>"), so that tracebacks
 * quote its lines, as CPython's doctest makes linecache do; a text given
 * before under that name is forgotten. 0, or -1 without memory. */
int source_remember(struct Interp *interp, const char *name, const char *text, size_t len);
/* Forget every file (interpreter teardown). */
void source_cache_free(struct Interp *interp);

#endif
