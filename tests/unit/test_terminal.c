/* test_terminal.c -- minipy in a lecture hall: colour on a terminal
 * (common/colour.c) -- the narration, tracebacks and --dis are coloured on
 * a terminal and nowhere else, and colour never changes the text -- and
 * the command line of the lecture's options (--color, --trace-only,
 * --trace-lines; their narration is golden-tested in tests/golden).
 *
 * These run the minipy binary, as a student does: through a pipe (not a
 * terminal), or through a pseudo-terminal made with forkpty(), which is
 * what the narration sees in a lecture. The program is
 * tests/golden/src/colour.py (calls, names, a dict search, a traceback).
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef MINIPY_BIN
#define MINIPY_BIN "minipy"
#endif

#define PROG MINIPY_TEST_SOURCE_DIR "/golden/src/colour.py"

typedef struct Output {
    char *text;
    size_t len;
    int status;
} Output;

static void read_all(int fd, Output *o) {
    size_t cap = 1 << 16;
    o->text = malloc(cap);
    o->len = 0;
    cr_assert(o->text);
    for (;;) {
        if (o->len + 4096 > cap) {
            cap *= 2;
            o->text = realloc(o->text, cap);
            cr_assert(o->text);
        }
        ssize_t n = read(fd, o->text + o->len, cap - o->len - 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;          /* a pty's master reads EIO once the child is gone */
        o->len += (size_t)n;
    }
    o->text[o->len] = '\0';
}

/* In the child: the environment the test asks for, then minipy [args]. */
static void exec_minipy(const char *no_color, char *const args[]) {
    unsetenv("NO_COLOR");
    if (no_color) setenv("NO_COLOR", no_color, 1);
    setenv("TERM", "xterm", 1);
    setenv("COLUMNS", "80", 1);
    char *argv[16] = {MINIPY_BIN};
    int n = 1;
    for (; args[n - 1]; n++) argv[n] = args[n - 1];
    argv[n] = NULL;
    execv(MINIPY_BIN, argv);
    _exit(127);
}

/* minipy [args], its stdout and stderr together into one pipe. */
static Output run_piped(const char *no_color, char *const args[]) {
    int fds[2];
    cr_assert(pipe(fds) == 0);
    pid_t pid = fork();
    cr_assert(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], 1);
        dup2(fds[1], 2);
        close(fds[0]);
        close(fds[1]);
        exec_minipy(no_color, args);
    }
    close(fds[1]);
    Output o;
    read_all(fds[0], &o);
    close(fds[0]);
    waitpid(pid, &o.status, 0);
    return o;
}

/* minipy [args] on a pseudo-terminal: stdin, stdout and stderr all are. */
static Output run_on_terminal(const char *no_color, char *const args[]) {
    int master;
    struct winsize ws = {.ws_row = 24, .ws_col = 80};
    pid_t pid = forkpty(&master, NULL, NULL, &ws);
    cr_assert(pid >= 0, "forkpty: %s", strerror(errno));
    if (pid == 0) exec_minipy(no_color, args);
    Output o;
    read_all(master, &o);
    close(master);
    waitpid(pid, &o.status, 0);
    return o;
}

static bool has_escape(const Output *o) { return memchr(o->text, '\033', o->len) != NULL; }

/* [o]'s text with every SGR sequence (ESC [ digits and ; ... m) taken out. */
static char *strip_sgr(const Output *o) {
    char *s = malloc(o->len + 1);
    size_t n = 0;
    for (size_t i = 0; i < o->len; i++) {
        if (o->text[i] == '\033' && i + 1 < o->len && o->text[i + 1] == '[') {
            size_t j = i + 2;
            while (j < o->len && (o->text[j] == ';' || (o->text[j] >= '0' && o->text[j] <= '9'))) j++;
            if (j < o->len && o->text[j] == 'm') {
                i = j;
                continue;
            }
        }
        s[n++] = o->text[i];
    }
    s[n] = '\0';
    return s;
}

/* The same run with --color=always and --color=never: the coloured one has
 * escapes, and without them it is the plain one, byte for byte. */
static void same_text(char *const always[], char *const never[]) {
    Output c = run_piped(NULL, always), p = run_piped(NULL, never);
    cr_assert(has_escape(&c), "--color=always gave no colour");
    cr_assert_not(has_escape(&p), "--color=never gave colour");
    char *stripped = strip_sgr(&c);
    cr_assert_str_eq(stripped, p.text);
    cr_assert_eq(c.status, p.status);
    free(stripped);
    free(c.text);
    free(p.text);
}

Test(colour, stripped_narration_is_the_plain_one) {
    same_text((char *[]){"--color=always", "--trace=all", "--trace-times=no", PROG, NULL},
              (char *[]){"--color=never", "--trace=all", "--trace-times=no", PROG, NULL});
}

Test(colour, stripped_narration_of_every_category_is_the_plain_one) {
    /* a program that ends well: a traceback's own set is keyed by addresses */
    const char *probes = MINIPY_TEST_SOURCE_DIR "/golden/src/dict_probes.py";
    same_text((char *[]){"--color=always", "--trace=line,call,dict,mem,gc,import", "--trace-times=no", (char *)probes, NULL},
              (char *[]){"--color=never", "--trace=line,call,dict,mem,gc,import", "--trace-times=no", (char *)probes, NULL});
}

Test(colour, stripped_dis_is_the_plain_one) {
    same_text((char *[]){"--color=always", "--dis", PROG, NULL}, (char *[]){"--color=never", "--dis", PROG, NULL});
}

Test(colour, stripped_traceback_is_the_plain_one) {
    same_text((char *[]){"--color=always", PROG, NULL}, (char *[]){"--color=never", PROG, NULL});
}

/* Lines cut to the width are cut by their visible columns: with colour,
 * no line of the narration is longer (once stripped) than COLUMNS. */
Test(colour, coloured_lines_fit_the_width) {
    Output c = run_on_terminal(NULL, (char *[]){"--trace=all", "--trace-times=no", PROG, NULL});
    char *s = strip_sgr(&c);
    for (char *line = strtok(s, "\r\n"); line; line = strtok(NULL, "\r\n")) {
        size_t cols = 0;
        for (char *p = line; *p; p++) cols += ((unsigned char)*p & 0xC0) != 0x80;
        cr_assert_leq(cols, 80, "too wide (%zu columns): %s", cols, line);
    }
    free(s);
    free(c.text);
}

Test(colour, a_terminal_gets_colour_by_default) {
    Output o = run_on_terminal(NULL, (char *[]){"--trace", PROG, NULL});
    cr_assert(has_escape(&o), "no colour on a terminal:\n%s", o.text);
    cr_assert(strstr(o.text, "\033[1;31mTypeError\033[0m"), "the traceback's exception is not red:\n%s", o.text);
    cr_assert(strstr(o.text, "\033[34mcall\033[0m"), "the narration's labels are not coloured");
    free(o.text);
    o = run_on_terminal(NULL, (char *[]){"--dis", PROG, NULL});
    cr_assert(strstr(o.text, "\033[1mLOAD_CONST\033[0m"), "--dis is not coloured on a terminal");
    free(o.text);
}

Test(colour, no_color_turns_it_off) {
    Output o = run_on_terminal("1", (char *[]){"--trace", PROG, NULL});
    cr_assert_not(has_escape(&o), "NO_COLOR=1 still coloured:\n%s", o.text);
    free(o.text);
    o = run_on_terminal("1", (char *[]){"--dis", PROG, NULL});
    cr_assert_not(has_escape(&o));
    free(o.text);
    /* no-color.org: an empty NO_COLOR does not count */
    o = run_on_terminal("", (char *[]){"--trace", PROG, NULL});
    cr_assert(has_escape(&o));
    free(o.text);
    /* a command-line option wins over the environment */
    o = run_on_terminal("1", (char *[]){"--color=always", "--trace", PROG, NULL});
    cr_assert(has_escape(&o));
    free(o.text);
}

Test(colour, never_turns_it_off_on_a_terminal) {
    Output o = run_on_terminal(NULL, (char *[]){"--color=never", "--trace", PROG, NULL});
    cr_assert_not(has_escape(&o));
    free(o.text);
}

Test(colour, a_pipe_gets_none) {
    Output o = run_piped(NULL, (char *[]){"--trace", PROG, NULL});
    cr_assert_not(has_escape(&o));
    cr_assert(strstr(o.text, "TypeError"));
    free(o.text);
    o = run_piped(NULL, (char *[]){"--dis", PROG, NULL});
    cr_assert_not(has_escape(&o));
    free(o.text);
}

/* Decided per stream: the narration into a file is plain even when the
 * traceback on the terminal is coloured. */
Test(colour, a_trace_file_gets_none) {
    char path[] = "/tmp/minipy_colour_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    close(fd);
    char out[64];
    snprintf(out, sizeof out, "--trace-out=%s", path);
    Output o = run_on_terminal(NULL, (char *[]){"--trace", out, PROG, NULL});
    cr_assert(has_escape(&o), "the traceback on the terminal should be coloured");
    FILE *f = fopen(path, "r");
    cr_assert(f);
    Output t;
    read_all(fileno(f), &t);
    fclose(f);
    unlink(path);
    cr_assert(strstr(t.text, "call"), "no narration in the file");
    cr_assert_not(has_escape(&t), "the narration file got colour");
    free(t.text);
    free(o.text);
}

Test(colour, a_bad_setting_is_bad_usage) {
    Output o = run_piped(NULL, (char *[]){"--color=sometimes", PROG, NULL});
    cr_assert(WIFEXITED(o.status) && WEXITSTATUS(o.status) == 2);
    cr_assert(strstr(o.text, "unknown colour setting 'sometimes' (auto, always or never)"));
    free(o.text);
}

/* ---- the lecture's options on the command line ---------------------------------- */

static void bad_usage(char *const args[], const char *message) {
    Output o = run_piped(NULL, args);
    cr_assert(WIFEXITED(o.status) && WEXITSTATUS(o.status) == 2, "status %d", o.status);
    cr_assert(strstr(o.text, message), "no '%s' in:\n%s", message, o.text);
    free(o.text);
}

Test(filters, bad_values_are_bad_usage) {
    bad_usage((char *[]){"--trace-lines=5-3", PROG, NULL}, "--trace-lines needs A-B, line numbers with 1 <= A <= B: '5-3'");
    bad_usage((char *[]){"--trace-lines=x", PROG, NULL}, "--trace-lines needs A-B");
    bad_usage((char *[]){"--trace-lines=0-3", PROG, NULL}, "--trace-lines needs A-B");
    bad_usage((char *[]){"--trace-lines=3-", PROG, NULL}, "--trace-lines needs A-B");
    bad_usage((char *[]){"--trace-only=", PROG, NULL}, "--trace-only needs function names separated by commas: ''");
    bad_usage((char *[]){"--trace-only=f,,g", PROG, NULL}, "--trace-only needs function names");
    bad_usage((char *[]){"--trace-only=f,", PROG, NULL}, "--trace-only needs function names");
}

/* A filter narrates by itself (bare --trace's categories), and one line
 * alone is a range. */
Test(filters, a_filter_implies_trace) {
    Output o = run_piped(NULL, (char *[]){"--trace-lines=19", PROG, NULL});
    cr_assert(strstr(o.text, "line   colour.py:19"), "%s", o.text);
    cr_assert(strstr(o.text, "call     Box.__init__(self=<Box #1>, n=3)"), "%s", o.text);
    cr_assert_not(strstr(o.text, "colour.py:6 "), "a line inside the call: %s", o.text);
    free(o.text);
    o = run_piped(NULL, (char *[]){"--trace-only=twice", PROG, NULL});
    cr_assert(strstr(o.text, "call     Box.twice(self=<Box #1>)"), "%s", o.text);
    cr_assert_not(strstr(o.text, "call     total"), "%s", o.text);
    free(o.text);
}

/* A dotted name ends a qualified name, in whole parts. */
Test(filters, a_dotted_name_ends_a_qualified_name) {
    const char *code = "def make():\n"
                       "    class Account:\n"
                       "        def deposit(self): return 1\n"
                       "    return Account()\n"
                       "class MyAccount:\n"
                       "    def deposit(self): return 2\n"
                       "make().deposit(); MyAccount().deposit()\n";
    Output o = run_piped(NULL, (char *[]){"--trace=call", "--trace-only=Account.deposit", "-c", (char *)code, NULL});
    cr_assert(strstr(o.text, "call     make.<locals>.Account.deposit(self=<Account #1>)"), "%s", o.text);
    cr_assert_not(strstr(o.text, "MyAccount.deposit"), "%s", o.text);
    free(o.text);
    o = run_piped(NULL, (char *[]){"--trace=call", "--trace-only=deposit", "-c", (char *)code, NULL});
    cr_assert(strstr(o.text, "return   MyAccount.deposit -> 2"), "%s", o.text);
    cr_assert(strstr(o.text, "return   make.<locals>.Account.deposit -> 1"), "%s", o.text);
    free(o.text);
}
