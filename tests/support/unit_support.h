/* unit_support.h -- fixtures for the Criterion unit tests of the core:
 * a fresh interpreter per test, and a check that tearing it down frees every
 * object the test created (a leak fails the test). */
#ifndef MINIPY_UNIT_SUPPORT_H
#define MINIPY_UNIT_SUPPORT_H

#include "runtime/interp.h"
#include "vm/run.h"

extern Interp *interp;
extern ThreadState *ts;

/* .init: a new interpreter in `interp`, its main thread in `ts`. */
void interp_up(void);
/* .fini: tear it down and assert that no object is left alive. */
void interp_down_checked(void);
/* Run [src] in a fresh __main__-like namespace; returns the namespace dict
 * (new reference) or NULL with the exception printed. */
Object *run_snippet(const char *src);

/* Run [p] as the command line would (run_program), with its stdout and
 * stderr caught in memory: *out and *err are malloc'd texts for the
 * caller to free. Returns the exit status. */
int run_captured(Program *p, char **out, char **err);

#endif
