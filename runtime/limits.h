/* limits.h -- limits for untrusted code (autograders, a class's submissions):
 * how many instructions, CPU seconds, bytes of memory and bytes of output a
 * program may use.
 *
 * Reaching a limit ends the program: minipy prints one line naming the
 * limit on stderr and exits with status 124 (as `timeout` does). The
 * program cannot catch its way past it: from that moment no `except` and no
 * `finally` runs, and no Python code at all (vm/eval.c checks
 * interp->limit_hit before running a frame or looking for a handler).
 */
#ifndef MINIPY_LIMITS_H
#define MINIPY_LIMITS_H

#include <stdbool.h>
#include <stdint.h>

struct Interp;
struct ThreadState;

typedef struct Limits {
    uint64_t max_steps;           /* instructions executed (0: no limit) */
    double max_seconds;           /* CPU seconds, user + system (0: no limit) */
    double max_wall;              /* seconds of wall-clock time (0: no limit): a program
                                     whose threads all wait for ever uses no CPU */
    uint64_t max_output;          /* bytes written to stdout and stderr (0: no limit) */
    bool sandbox;                 /* read only, only the script's folder (runtime/sandbox.h) */
    uint64_t max_memory;          /* bytes of memory in use, the interpreter's own
                                     included (0: no limit; common/rawmem.h counts) */
    bool no_backstop;             /* a time limit only sets the eval breaker: no _exit() a
                                     second later when C code never looks at it. For the
                                     fuzz harness, where libFuzzer's -timeout must see such
                                     a program and keep it (an exit would end the fuzzer
                                     with no report) */
} Limits;

/* LIMIT_QUIT: not a limit, but the same ending: the user quit in the stepper
 * (trace/stepper.c), which said so itself. */
typedef enum LimitKind { LIMIT_STEPS = 1, LIMIT_SECONDS, LIMIT_OUTPUT, LIMIT_MEMORY, LIMIT_WALL, LIMIT_QUIT } LimitKind;

/* The exit status of a program a limit ended. */
#define LIMIT_EXIT_STATUS 124
/* ... and of a program the user quit in the stepper: 0, as `python3 -m pdb` after `q` */
#define QUIT_EXIT_STATUS 0

/* Apply [limits] to [interp]'s run from now on (a CPU timer for seconds, a
 * watchdog thread for wall-clock time). */
void limits_start(struct Interp *interp, const Limits *limits);
void limits_stop(struct Interp *interp);
/* The limit whose timer fired (LIMIT_SECONDS or LIMIT_WALL) when the eval
 * breaker's BREAKER_LIMIT bit is set. */
LimitKind limit_pending(struct Interp *interp);
/* A limit is reached: report it (once) and raise the exception that
 * unwinds the program without running its handlers. Returns -1. */
int limit_reached(struct ThreadState *ts, LimitKind kind);
/* The user quit in the stepper: end the program as a limit does, from the
 * next instruction on (vm/eval.c), without a report. */
void limit_quit(struct Interp *interp);
/* Parse "--max-steps=N" and the like (and "--sandbox") into [limits]: 1 if [arg] is one of
 * them, 0 if not, -1 (with a message in [err]) if its value is bad. */
int limits_parse_option(const char *arg, Limits *limits, char *err, unsigned errlen);

#endif
