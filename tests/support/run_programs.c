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
 * cut from the stderr of the run, so either form passes; and from stdout,
 * where doctest writes its reports (File "/abs/testing/x.py", line 3).
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

#include "judge.h"

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
        if (!judge_selected(all[i]))
            continue;
        programs[kept].path = cr_malloc(strlen(all[i]) + 1);
        strcpy(programs[kept].path, all[i]);
        kept++;
    }
    harness_free_list(all, n);
    return cr_make_param_array(Program, programs, kept, free_programs);
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
    Expected e;
    char *verdict = judge_expected(PY_ROOT, path, &e);
    if (verdict)
        return verdict;
    char *in_path = judge_sibling(PY_ROOT, path, ".in");
    judge_set_module_path(PY_ROOT, path);      /* this test's own process: inherited by the run */
    char *argv[] = {(char *)bin, (char *)path, NULL};
    HarnessRun r;
    harness_run(argv, PY_ROOT, harness_is_file(in_path) ? in_path : NULL, harness_timeout(), &r);
    /* Cut the absolute tests/py prefix from traceback paths (see the head comment). */
    judge_cut_root(&r, PY_ROOT);
    verdict = judge_run(path, bin, &r, &e);
    harness_run_free(&r);
    judge_expected_free(&e);
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
