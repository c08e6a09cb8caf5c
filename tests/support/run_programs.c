/* run_programs.c -- the differential program suite: every tests/py/<area>/<name>.py
 * is run by minipy and judged against what CPython 3.11 did with it.
 *
 * The layout (tests/regen_expected.py writes the expected files):
 *   <area>/<name>.py    the program, run as `cd tests/py && minipy <area>/<name>.py`
 *   <area>/<name>.in    its stdin, if present (else /dev/null)
 *   <area>/<name>.out   CPython's stdout, compared exactly
 *   <area>/<name>.err   only when CPython exited non-zero or wrote to stderr:
 *                       "# exit N", then CPython's whole stderr
 *
 * What must match (see check_program()):
 *   - stdout, byte for byte;
 *   - the exit status (0 when there is no .err);
 *   - with an .err: the whole stderr -- every line of a traceback, the
 *     source lines and their ^^^ carets included -- once addresses
 *     (0x7f...) are masked in both, since no two runs share them;
 *   - without an .err: stderr is empty, as CPython's was.
 * Paths in tracebacks: CPython 3.11 prints the script's absolute path, and
 * regen_expected.py cuts the tests/py prefix from it, leaving the path as
 * given (File "ints/big.py"), which is what minipy prints. The same prefix is
 * cut from the stderr of the run, so either form passes.
 * Whatever it printed, a program fails if it is killed by a signal, times out
 * (env MINIPY_TEST_TIMEOUT seconds, default 10) or a sanitizer reports.
 *
 * One Criterion parameterized test runs per program, in its own process, so
 * one crashing program fails one test. Every failure message starts with the
 * program's path. Environment:
 *   MINIPY_BIN=path-or-name    run another interpreter (MINIPY_BIN=python3
 *                              checks the suite and this harness against CPython)
 *   MINIPY_TEST_ONLY=a,b       run only programs whose path contains a or b
 *   MINIPY_TEST_TIMEOUT=30     seconds per program (sanitizer builds)
 */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#ifndef MINIPY_TEST_SOURCE_DIR
#error "MINIPY_TEST_SOURCE_DIR (the tests/ folder) must be defined"
#endif
#ifndef MINIPY_BIN
#define MINIPY_BIN "minipy"
#endif

#define PY_ROOT MINIPY_TEST_SOURCE_DIR "/py"

typedef struct {
    char *path; /* "<area>/<name>.py", relative to PY_ROOT; in cr_malloc'd memory */
} Program;

/* 1 if env MINIPY_TEST_ONLY is unset or one of its comma-separated parts
 * occurs in [name]. Shared in spirit with run_golden.c. */
static int selected(const char *name)
{
    const char *only = getenv("MINIPY_TEST_ONLY");
    if (!only || !*only)
        return 1;
    char *copy = strdup(only), *save = NULL;
    int hit = 0;
    for (char *part = strtok_r(copy, ",", &save); part && !hit; part = strtok_r(NULL, ",", &save))
        hit = *part && strstr(name, part) != NULL;
    free(copy);
    return hit;
}

static void free_programs(struct criterion_test_params *params)
{
    Program *programs = params->params;
    for (size_t i = 0; i < params->length; i++)
        cr_free(programs[i].path);
    cr_free(programs);
}

ParameterizedTestParameters(programs, run)
{
    size_t n;
    char **all = harness_list_programs(PY_ROOT, &n);
    Program *programs = cr_malloc(sizeof *programs * (n ? n : 1));
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (!selected(all[i]))
            continue;
        programs[kept].path = cr_malloc(strlen(all[i]) + 1);
        strcpy(programs[kept].path, all[i]);
        kept++;
    }
    harness_free_list(all, n);
    return cr_make_param_array(Program, programs, kept, free_programs);
}

/* "<area>/<name>.py" -> PY_ROOT "/<area>/<name>" + [ext]. */
static char *sibling(const char *path, const char *ext)
{
    char *s = NULL;
    if (asprintf(&s, "%s/%.*s%s", PY_ROOT, (int)(strlen(path) - 3), path, ext) < 0)
        abort();
    return s;
}

static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* A traceback frame line: `  File "x.py", line 3, in f`. */
static int is_frame_line(const char *line)
{
    return starts_with(line, "  File \"") && strstr(line, "\", line ") && strstr(line, ", in ");
}

/* Check that the frame lines of [expected] occur, in order, among the lines
 * of [actual]; on a miss, say which and list the frames minipy printed. */
static void check_frames(HBuf *fail, const char *expected, const char *actual)
{
    char *e = strdup(expected), *save_e = NULL;
    char *a = strdup(actual);
    char *cursor = a; /* actual lines not yet matched start here */
    for (char *line = strtok_r(e, "\n", &save_e); line; line = strtok_r(NULL, "\n", &save_e)) {
        if (!is_frame_line(line))
            continue;
        int found = 0;
        while (cursor && *cursor) {
            char *nl = strchr(cursor, '\n');
            size_t len = nl ? (size_t)(nl - cursor) : strlen(cursor);
            char *next = nl ? nl + 1 : cursor + len;
            if (len == strlen(line) && memcmp(cursor, line, len) == 0) {
                found = 1;
                cursor = next;
                break;
            }
            cursor = next;
        }
        if (!found) {
            hbuf_printf(fail, "traceback: this frame of CPython's traceback is missing "
                              "(or out of order) in stderr:\n  %s\n", line);
            hbuf_printf(fail, "frames in the interpreter's stderr:\n");
            int any = 0;
            char *a2 = strdup(actual), *save_a = NULL;
            for (char *l = strtok_r(a2, "\n", &save_a); l; l = strtok_r(NULL, "\n", &save_a))
                if (is_frame_line(l) && any++ < 12)
                    hbuf_printf(fail, "  %s\n", l);
            if (!any)
                hbuf_printf(fail, "  (none)\n");
            free(a2);
            break;
        }
    }
    free(e);
    free(a);
}

/* A copy of [text] with every address -- "0x" and hex digits, as in
 * <function f at 0x7f3a...> -- replaced by "0x?". */
static char *mask_addresses(const char *text, size_t len)
{
    char *out = malloc(len + 1), *o = out;
    if (!out)
        abort();
    for (size_t i = 0; i < len;) {
        if (text[i] == '0' && i + 2 < len && text[i + 1] == 'x' && isxdigit((unsigned char)text[i + 2])) {
            memcpy(o, "0x?", 3);
            o += 3;
            i += 2;
            while (i < len && isxdigit((unsigned char)text[i]))
                i++;
        } else {
            *o++ = text[i++];
        }
    }
    *o = 0;
    return out;
}

/* Compare run [r] of program [path] with its expected files; append every
 * mismatch to [fail]. */
static void check_program(HBuf *fail, const char *path, const HarnessRun *r,
                          const char *exp_out, size_t exp_out_len, const char *err_file)
{
    /* stdout, exactly */
    char *title = NULL;
    if (asprintf(&title, "stdout differs from %.*s.out:", (int)(strlen(path) - 3), path) < 0)
        abort();
    char *d = harness_diff(title, exp_out, exp_out_len, r->out, r->out_len);
    free(title);
    if (d) {
        hbuf_printf(fail, "%s", d);
        free(d);
    }

    /* the .err: "# exit N" then CPython's stderr */
    int exp_status = 0;
    const char *exp_err = NULL;
    size_t exp_err_len = 0;
    if (err_file) {
        if (sscanf(err_file, "# exit %d", &exp_status) != 1) {
            hbuf_printf(fail, "%.*s.err does not start with '# exit N'\n",
                        (int)(strlen(path) - 3), path);
            return;
        }
        const char *nl = strchr(err_file, '\n');
        exp_err = nl ? nl + 1 : err_file + strlen(err_file);
        exp_err_len = strlen(exp_err);
    }
    if (r->status != exp_status)
        hbuf_printf(fail, "exit status: expected %d, got %d\n", exp_status, r->status);

    if (!err_file) {
        if (r->err_len)
            hbuf_printf(fail, "stderr: expected nothing (CPython wrote nothing), got %zu bytes\n",
                        r->err_len);
        return;
    }

    char *exp_last = harness_last_line(exp_err, exp_err_len);
    if (starts_with(exp_last, "SyntaxError") || starts_with(exp_last, "IndentationError") ||
        starts_with(exp_last, "TabError")) {
        d = harness_diff("stderr differs (a compile error must match CPython's exactly):",
                         exp_err, exp_err_len, r->err, r->err_len);
        if (d) {
            hbuf_printf(fail, "%s", d);
            free(d);
        }
        free(exp_last);
        return;
    }
    free(exp_last);
    /* everything else: the whole stderr, addresses masked */
    char *exp_masked = mask_addresses(exp_err, exp_err_len);
    char *got_masked = mask_addresses(r->err, r->err_len);
    d = harness_diff("stderr differs from CPython's (addresses masked):", exp_masked, strlen(exp_masked),
                     got_masked, strlen(got_masked));
    if (d) {
        hbuf_printf(fail, "%s", d);
        free(d);
        check_frames(fail, exp_err, r->err);
    }
    free(exp_masked);
    free(got_masked);
}

/* Fail the test with [msg], freeing it first: Criterion leaves a failed
 * test without returning, and sanitizer builds report anything still
 * allocated then. */
static void fail_with(char *msg)
{
    static char text[32768];
    snprintf(text, sizeof text, "%s", msg);
    free(msg);
    cr_assert_fail("%s", text);
}

/* Run program [path] and judge it; NULL if it passes, else the failure
 * message (malloc'd). Everything else it allocates is freed. */
static char *run_and_judge(const char *path)
{
    const char *bin = harness_bin(MINIPY_BIN);
    char *out_path = sibling(path, ".out");
    char *err_path = sibling(path, ".err");
    char *in_path = sibling(path, ".in");
    char *verdict = NULL;

    size_t exp_out_len = 0;
    char *exp_out = harness_read_file(out_path, &exp_out_len);
    char *err_file = harness_read_file(err_path, NULL);
    if (!exp_out) {
        if (asprintf(&verdict, "%s: no expected output %s\n  (run tests/regen_expected.py %s)",
                     path, out_path, path) < 0)
            abort();
        goto done;
    }

    char *argv[] = {(char *)bin, (char *)path, NULL};
    HarnessRun r;
    harness_run(argv, PY_ROOT, harness_is_file(in_path) ? in_path : NULL, harness_timeout(), &r);

    /* Cut the absolute tests/py prefix from traceback paths (see the head comment). */
    char *real = realpath(PY_ROOT, NULL);
    harness_replace_all(&r.err, &r.err_len, "\"" PY_ROOT "/", "\"");
    /* the Non-UTF-8 SyntaxError names the file unquoted: "in file <path> on line" */
    harness_replace_all(&r.err, &r.err_len, " in file " PY_ROOT "/", " in file ");
    if (real) {
        char *quoted = NULL, *bare = NULL;
        if (asprintf(&quoted, "\"%s/", real) < 0 || asprintf(&bare, " in file %s/", real) < 0)
            abort();
        harness_replace_all(&r.err, &r.err_len, quoted, "\"");
        harness_replace_all(&r.err, &r.err_len, bare, " in file ");
        free(quoted);
        free(bare);
        free(real);
    }

    verdict = harness_run_problem(&r, path);
    if (!verdict) {
        HBuf fail = {0};
        check_program(&fail, path, &r, exp_out, exp_out_len, err_file);
        if (fail.len) {
            HBuf msg = {0};
            hbuf_printf(&msg, "%s: differs from CPython 3.11 (run with %s)\n%s", path, bin,
                        fail.s);
            if (r.err_len) {
                char *tail = harness_tail(r.err, r.err_len, 12);
                hbuf_printf(&msg, "stderr (last lines):\n%s", tail);
                free(tail);
            }
            free(fail.s);
            verdict = hbuf_take(&msg);
        }
    }
    harness_run_free(&r);
done:
    free(exp_out);
    free(err_file);
    free(out_path);
    free(err_path);
    free(in_path);
    return verdict;
}

ParameterizedTest(Program *p, programs, run)
{
    cr_log_info("%s", p->path);
    char *verdict = run_and_judge(p->path);
    if (verdict)
        fail_with(verdict);
}
