/* signals.c -- SIGINT and SIGPIPE (runtime/signals.h).
 *
 * A signal handler may do almost nothing safely: it sets a bit of the
 * interpreter's eval breaker, the word the eval loop already checks at
 * every backward jump and call, and returns. The loop then raises
 * KeyboardInterrupt in the thread that runs Python code, where `except` and
 * `finally` see it like any exception (vm/eval.c, handle_breaker). A
 * blocking call that is interrupted (time.sleep, input) checks the same bit.
 * With threads, only the main thread raises it (as in CPython): the
 * handler also posts the main thread's semaphore, so that a main thread
 * waiting for a lock (join, Queue.get, Event.wait) or sleeping wakes up for
 * it, whichever thread the signal was delivered to (runtime/gil.c).
 *
 * The handler needs to find the interpreter without a `ts`: that is the one
 * piece of process-wide state here, set when the command line installs the
 * handlers.
 */
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <unistd.h>

#include "signals.h"
#include "interp.h"
#include "gil.h"
#include "exceptions.h"
#include "limits.h"
#include "io.h"

static Interp *_Atomic signal_interp;
static bool sigint_handled;               /* we installed on_sigint (it was not ignored) */

static void on_sigint(int sig) {
    (void)sig;
    Interp *interp = atomic_load(&signal_interp);
    if (interp) {
        atomic_fetch_or(&interp->eval_breaker, BREAKER_SIGNAL);
        gil_wake_main(interp);           /* a main thread waiting for a lock or sleeping wakes up */
    }
}

void signals_install(Interp *interp) {
    atomic_store(&signal_interp, interp);
    struct sigaction old, sa = {0};
    sigaction(SIGINT, NULL, &old);
    if (old.sa_handler != SIG_IGN) {     /* ignored (a background job): stays ignored, as in CPython */
        sa.sa_handler = on_sigint;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);    /* no SA_RESTART: a blocking read returns EINTR */
        sigint_handled = true;
    }
    signal(SIGPIPE, SIG_IGN);            /* a write to a closed pipe fails with EPIPE instead */
}

void signals_restore(void) {
    atomic_store(&signal_interp, NULL);
    if (sigint_handled) signal(SIGINT, SIG_DFL);
    sigint_handled = false;
    signal(SIGPIPE, SIG_DFL);
}

int signals_raise_interrupted(ThreadState *ts) {
    Interp *interp = ts->interp;
    if (interp->limit_hit) return limit_reached(ts, (LimitKind)interp->limit_hit);
    if (atomic_load(&interp->eval_breaker) & BREAKER_LIMIT) return limit_reached(ts, limit_pending(interp));
    atomic_fetch_and(&interp->eval_breaker, ~BREAKER_SIGNAL);
    err_set_object(ts, &ExcKeyboardInterrupt, NULL);
    return -1;
}

int signals_retry_blocking_call(ThreadState *ts, int err) {
    if (err != EINTR) {
        err_from_errno(ts, err, NULL);
        return -1;
    }
    Interp *interp = ts->interp;
    if (ts == interp->main_thread &&
        ((atomic_load(&interp->eval_breaker) & BREAKER_SIGNAL) || interp->limit_hit))
        return signals_raise_interrupted(ts);
    return 0;
}

void signals_exit_interrupted(void) {
    signals_restore();
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
    _exit(130);                          /* only if SIGINT is blocked */
}
