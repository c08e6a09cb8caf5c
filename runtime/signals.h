/* signals.h -- what the operating system's signals do to a running program,
 * as in CPython: SIGINT becomes KeyboardInterrupt, raised by the eval loop
 * at its next check (runtime/interp.h's eval breaker); SIGPIPE is ignored,
 * so writing to a closed pipe fails with EPIPE and raises BrokenPipeError
 * where the program wrote. */
#ifndef MINIPY_SIGNALS_H
#define MINIPY_SIGNALS_H

struct Interp;
struct ThreadState;

/* Install the handlers for [interp]'s run (one interpreter per process
 * takes signals: the command line's). */
void signals_install(struct Interp *interp);
/* Give the signals back their default actions. */
void signals_restore(void);
/* A blocking call of the main thread (a lock's acquire, time.sleep) was
 * woken early: raise what woke it -- the exit of a limit another thread
 * reached (runtime/limits.h), else KeyboardInterrupt. Returns -1. */
int signals_raise_interrupted(struct ThreadState *ts);
/* A blocking system call (waitpid, read, write, poll) made without the
 * GIL failed with [err] (its errno), and the GIL is held again. PEP 475:
 * EINTR means a signal came, and the call is made again -- returns 0 --
 * unless this is the main thread and the signal (or a limit another
 * thread reached) is for it to raise: then that is raised, as any other
 * error is (an OSError from errno), and -1 is returned. One rule for
 * every blocking call of runtime/posix_process.c and runtime/mod_select.c. */
int signals_retry_blocking_call(struct ThreadState *ts, int err);
/* An uncaught KeyboardInterrupt ended the program: leave as CPython does,
 * killed by SIGINT, so that a shell sees status 130 and a parent process
 * knows the program was interrupted. Does not return. */
void signals_exit_interrupted(void) __attribute__((noreturn));

#endif
