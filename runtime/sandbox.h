/* sandbox.h -- `--sandbox`: what an untrusted program may read, and that it
 * may write no file at all (runtime/sandbox.c has the whole policy).
 *
 * Autograders run students' code. The limits (runtime/limits.h) bound the
 * time and space it takes; the sandbox bounds what it reaches:
 *   - open() reads only, and only files under the script's folder (the
 *     current folder for -c and a program read from stdin);
 *   - import loads only files under the folders sys.path held at start-up:
 *     a folder the program appends to sys.path later is refused.
 * Each refusal is a PermissionError (an ImportError for an import) that
 * says what was refused and why.
 */
#ifndef MINIPY_SANDBOX_H
#define MINIPY_SANDBOX_H

#include <stdbool.h>

#include "object.h"

struct Interp;
typedef struct Sandbox Sandbox;

/* Turn the sandbox on for [interp], whose sys.path is set: its entries at
 * this moment are resolved (links followed) once and for all, and the
 * first, the script's folder ('' for the current folder), is where open()
 * may read. 0, or -1 when out of memory. */
int sandbox_start(struct Interp *interp);
void sandbox_free(struct Interp *interp);

/* May the program open [path] with mode [base] ('r', 'w', 'a' or 'x') and
 * [plus]? 0 if so (or if there is no sandbox), -1 with PermissionError. */
int sandbox_check_open(ThreadState *ts, Object *path, char base, bool plus);

/* May import load the source file [path]? 0 if so, -1 with ImportError. */
int sandbox_check_import(ThreadState *ts, const char *path);

#endif
