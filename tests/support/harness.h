/* harness.h -- running the minipy binary as a child process and judging what
 * it printed, for the program suite (run_programs.c) and the golden listings
 * (run_golden.c).
 *
 * Start reading at harness_run(): it spawns one process with its stdout and
 * stderr on two pipes, reads both without deadlocking, and stops it at a
 * timeout. Everything else is small string and file helpers the two runners
 * share: reading expected files, a line diff for failure messages, and the
 * checks every run must pass whatever it was expected to print (no signal,
 * no timeout, no sanitizer report).
 *
 * Nothing here knows Criterion: the runners turn the messages built here
 * into assertion failures.
 */
#ifndef MINIPY_TESTS_HARNESS_H
#define MINIPY_TESTS_HARNESS_H

#include <stddef.h>

/* A growable, always NUL-terminated string. Zero-initialize, then append. */
typedef struct {
    char *s;
    size_t len, cap;
} HBuf;

/* Append [len] bytes of [data] to [b]. */
void hbuf_add(HBuf *b, const char *data, size_t len);
/* Append printf-style text to [b]. */
void hbuf_printf(HBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Take the string out of [b] (never NULL; the caller frees it). */
char *hbuf_take(HBuf *b);

/* What one child process did. */
typedef struct {
    char *out;          /* everything it wrote to stdout, NUL-terminated */
    size_t out_len;
    char *err;          /* everything it wrote to stderr, NUL-terminated */
    size_t err_len;
    int exited;         /* it called exit(): [status] is the exit status */
    int status;
    int signal;         /* it was killed by this signal (0 if not) */
    int timed_out;      /* the harness killed it at the timeout */
    int flooded;        /* the harness killed it for printing too much */
    int spawn_errno;    /* exec (or chdir, or opening stdin) failed with this errno */
    double seconds;     /* wall-clock time it ran */
} HarnessRun;

/* The interpreter to run: env MINIPY_BIN if set and not empty, else
 * [compiled_default] (the build's minipy). A name without '/' is searched on
 * PATH, so MINIPY_BIN=python3 checks the suite against CPython itself. */
const char *harness_bin(const char *compiled_default);

/* Seconds a child may run: env MINIPY_TEST_TIMEOUT (a number) or 10. */
double harness_timeout(void);

/* Run [argv] (argv[0] searched on PATH) in directory [cwd], with stdin read
 * from [stdin_path] (NULL for /dev/null), and fill [r]. The child gets
 * PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8 in its environment (harmless
 * to minipy, and it makes CPython deterministic), no core dumps, and its own
 * process group, which is killed whole at [timeout_s] seconds.
 * Returns 0, or -1 if the harness itself could not create pipes or fork
 * (the reason is then in r->spawn_errno). */
int harness_run(char *const argv[], const char *cwd, const char *stdin_path,
                double timeout_s, HarnessRun *r);

/* Free the buffers of [r]. */
void harness_run_free(HarnessRun *r);

/* A run fails whatever it printed if it could not start, was killed by a
 * signal, timed out, flooded its output, or a sanitizer reported on stderr.
 * Returns a message saying which (the caller frees it), or NULL if none. */
char *harness_run_problem(const HarnessRun *r, const char *what);

/* Read the whole file [path]; NULL if it cannot be read. [*len] gets its
 * length when [len] is not NULL. The result is NUL-terminated; free it. */
char *harness_read_file(const char *path, size_t *len);

/* 1 if [path] names an existing regular file. */
int harness_is_file(const char *path);

/* Compare [expected] and [actual] line by line. NULL if they are equal,
 * else a short unified-style diff headed by [title]: two lines of context,
 * the first differing line in both versions (with control characters made
 * visible), and the line counts. The caller frees it. */
char *harness_diff(const char *title, const char *expected, size_t elen,
                   const char *actual, size_t alen);

/* Replace every occurrence of [from] in the string [*s] of length [*len]
 * with [to], in place (the buffer is reallocated when needed). */
void harness_replace_all(char **s, size_t *len, const char *from, const char *to);

/* The last line of [s] (without its newline; a trailing newline does not
 * start a new line). Returns a malloc'd copy. */
char *harness_last_line(const char *s, size_t len);

/* The last [n] lines of [s], each indented by two spaces, malloc'd; used to
 * show what a failing child wrote to stderr. Long output is cut. */
char *harness_tail(const char *s, size_t len, int n);

/* The programs of the suite: every file <area>/<name>.py exactly two levels
 * below [root] (deeper folders hold modules for programs to import, not
 * programs), sorted, as paths relative to [root]. [*n] gets the count.
 * Free with harness_free_list(). */
char **harness_list_programs(const char *root, size_t *n);
void harness_free_list(char **list, size_t n);

#endif
