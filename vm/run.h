/* run.h -- the embedding API: compile and run source text.
 *
 * Lesson 2 (the pipeline) in one place: run_source() parses (parser/),
 * analyses scopes and compiles (vm/compiler.c), then executes (vm/eval.c).
 * The command line (vm/main.c), exec()/eval()/compile() and the tests
 * all come through here.
 */
#ifndef MINIPY_RUN_H
#define MINIPY_RUN_H

#include "runtime/interp.h"

/* RUN_EXEC_FILE: RUN_EXEC of a file's (or a pipe's) text, whose syntax errors
 * at the end of input CPython reports without a column. */
typedef enum { RUN_EXEC, RUN_EXEC_FILE, RUN_EVAL, RUN_SINGLE } RunMode;

/* Compile [len] bytes of [src] to a code object, or NULL with a
 * SyntaxError set. */
Object *run_compile(ThreadState *ts, const char *src, size_t len, const char *filename,
                    RunMode mode);
/* The code flags that are `from __future__` features (CPython's PyCF_MASK,
 * the CO_FUTURE_* of vm/future.h): compile() takes them in its flags, and
 * exec(), eval() and compile() pass on those of the code that calls them. */
#define RUN_FUTURE_MASK 0x1fe0000
/* run_compile() with the `from __future__` features [future_flags]
 * (CO_FUTURE_*, vm/future.h) in force from the start. */
Object *run_compile_flags(ThreadState *ts, const char *src, size_t len, const char *filename,
                          RunMode mode, int future_flags);
/* Compile and run in [globals] (and [locals], NULL: the same dict). Returns
 * the value of the expression (RUN_EVAL) or None. */
Object *run_source(ThreadState *ts, const char *src, size_t len, const char *filename,
                   RunMode mode, Object *globals, Object *locals);
/* pdb's `p EXPR` (the stepper, trace/stepper.c): [expr] evaluated in the
 * globals and locals of the running frame [f], then repr() of the value --
 * the user's own evaluation, which may run Python code (a __repr__). New
 * reference to the repr, or NULL with the exception. */
Object *run_eval_repr_in_frame(ThreadState *ts, struct Frame *f, const char *expr);
/* Run the program in file [path] as __main__. Returns the process exit
 * status: 0, 1 after an uncaught exception (printed), or SystemExit's code. */
int run_main_file(ThreadState *ts, const char *path);
/* Run a program read from standard input as __main__. */
int run_main_stdin(ThreadState *ts, const char *src, size_t len);
/* Run -c CODE as __main__. */
int run_main_string(ThreadState *ts, const char *code);
/* The interactive prompt (vm/repl.c): read, run and print entries until
 * end of input or SystemExit; returns the exit status. */
int run_repl(ThreadState *ts);
/* The __main__ module's namespace (borrowed), made and registered in
 * sys.modules the first time, with __file__ = [file] unless NULL; NULL
 * with MemoryError set. */
Object *run_main_dict_borrowed(ThreadState *ts, const char *file);
/* A program to run as the command line runs one. */
struct TraceOptions;
typedef struct Program {
    const char *file;             /* run this file (its folder becomes sys.path[0]) */
    const char *code;             /* ... or this string (-c); neither: the prompt, or a
                                     program piped on standard input */
    int argc;                     /* sys.argv */
    char **argv;
    const struct TraceOptions *trace;   /* narrate the run (trace/tracer.h), or NULL */
    const struct Limits *limits;  /* for untrusted code (runtime/limits.h), or NULL */
    uint64_t switch_every;        /* --switch-every=N: the GIL changes hands every N
                                     instructions, in a fixed order (runtime/gil.c); 0: every
                                     switch interval, as CPython */
    uint64_t fail_alloc;          /* tests: make the allocation with this number fail,
                                     counted from the interpreter's creation (0: none;
                                     MINIPY_FAIL_ALLOC=N or N+ in the environment) */
    bool fail_alloc_after;        /* ... and every allocation after it */
    ColourMode colour;            /* --color=auto|always|never (common/colour.h) */
    bool dis_adaptive;            /* --dis --adaptive: after the run, the code with the
                                     specialised instructions it ended with (vm/specialize.c) */
    bool interrupted;             /* out: an uncaught KeyboardInterrupt ended it */
    uint64_t allocs_at_start;     /* out: allocations made when the program started */
    uint64_t allocs;              /* out: allocations made until teardown began */
    int64_t leaked;               /* out: interp_free()'s count of what did not come back */
} Program;

/* A new interpreter set up for [p]: sys.argv, sys.path[0] from the file's
 * folder, the hash seed from MINIPYHASHSEED, failing allocations from
 * p->fail_alloc or MINIPY_FAIL_ALLOC. NULL on failure (message on stderr). */
Interp *run_interp_for(const Program *p);
/* Run [p] in an interpreter of its own, torn down afterwards; vm/main.c
 * and the tests (tests/support/run_traced.c) both start programs here.
 * SIGINT raises KeyboardInterrupt and SIGPIPE is ignored while it runs
 * (runtime/signals.h). Returns the exit status, as CPython's: 1 after an
 * uncaught exception, 120 when what stdout still held could not be written
 * at the end (and p->interrupted when a KeyboardInterrupt ended it: the
 * caller should then die of SIGINT, signals_exit_interrupted()). A child
 * the program made with os.fork() does not return: it exits with its
 * status when its copy of the program ends. */
int run_program(Program *p);
/* The exit status for a SystemExit being raised (prints its message if it
 * is not an int), or 1 after printing any other exception; 124 once a
 * limit ended the program (runtime/limits.h), whatever is being raised. */
int run_handle_exit(ThreadState *ts);

#endif
