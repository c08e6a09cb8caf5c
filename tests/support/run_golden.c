/* run_golden.c -- the golden listings: each check of tests/golden/MANIFEST
 * runs minipy with fixed arguments and compares its output exactly with
 * committed files (--version now; --tokens, --ast, --dis and --trace
 * listings as their owners add lines).
 *
 * A MANIFEST line (blank lines and lines starting with '#' are skipped):
 *   name | cwd | arguments | expected stdout file | expected stderr file or -
 * cwd and the expected files are relative to the repository; the arguments
 * are split on blanks, and a single- or double-quoted word may hold blanks.
 * stdout is compared exactly; stderr too when a file is given (with '-' it
 * is not compared). tests/golden/regen.py NAME rewrites the expected files
 * from the current build.
 *
 * One Criterion parameterized test per line, each in its own process; every
 * failure message starts with the check's name and MANIFEST line. Environment:
 * MINIPY_BIN, MINIPY_TEST_TIMEOUT as for run_programs.c, and
 * MINIPY_TEST_ONLY=a,b to run only checks whose name contains a or b.
 */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "judge.h"

#ifndef MINIPY_REPO_DIR
#error "MINIPY_REPO_DIR (the repository) must be defined"
#endif
#ifndef MINIPY_BIN
#define MINIPY_BIN "minipy"
#endif

#define MANIFEST MINIPY_REPO_DIR "/tests/golden/MANIFEST"
#define MAX_ARGS 64

typedef struct {
    int line;        /* line number in MANIFEST */
    char *name;      /* all strings in cr_malloc'd memory */
    char *cwd;
    char *args;      /* the arguments, NUL-separated, ending with an empty string */
    char *out_file;
    char *err_file;  /* NULL for '-' */
    char *problem;   /* a malformed line: why (the test then fails with it) */
} Check;

static char *cr_strdup(const char *s)
{
    char *d = cr_malloc(strlen(s) + 1);
    return strcpy(d, s);
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* Split [s] into words on blanks, honouring '...' and "..." quoting;
 * returns them NUL-separated, ending with an empty word, in cr_malloc'd memory,
 * or NULL on an unterminated quote. */
static char *split_args(const char *s)
{
    size_t n = strlen(s);
    char *out = cr_malloc(n + 2);
    size_t o = 0;
    const char *p = s;
    while (*p) {
        while (isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;
        while (*p && !isspace((unsigned char)*p)) {
            if (*p == '\'' || *p == '"') {
                char q = *p++;
                while (*p && *p != q)
                    out[o++] = *p++;
                if (*p != q) {
                    cr_free(out);
                    return NULL;
                }
                p++;
            } else {
                out[o++] = *p++;
            }
        }
        out[o++] = '\0';
    }
    out[o++] = '\0';
    return out;
}

static void free_checks(struct criterion_test_params *params)
{
    Check *checks = params->params;
    for (size_t i = 0; i < params->length; i++) {
        cr_free(checks[i].name);
        cr_free(checks[i].cwd);
        cr_free(checks[i].args);
        cr_free(checks[i].out_file);
        cr_free(checks[i].err_file);
        cr_free(checks[i].problem);
    }
    cr_free(checks);
}

ParameterizedTestParameters(golden, check)
{
    size_t len = 0;
    char *text = harness_read_file(MANIFEST, &len);
    size_t cap = 16, n = 0;
    Check *checks = cr_malloc(sizeof *checks * cap);
    if (!text) {
        checks[n++] = (Check){.name = cr_strdup("MANIFEST"),
                              .problem = cr_strdup("cannot read " MANIFEST)};
        return cr_make_param_array(Check, checks, n, free_checks);
    }
    int lineno = 0;
    char *save = NULL;
    /* strtok_r would skip empty lines and so miscount; walk by hand. */
    for (char *line = text; line && *line; line = save) {
        lineno++;
        char *nl = strchr(line, '\n');
        save = nl ? nl + 1 : NULL;
        if (nl)
            *nl = '\0';
        char *t = trim(line);
        if (!*t || *t == '#')
            continue;

        char *field[6];
        int nf = 0;
        for (char *f = t; nf < 6;) {
            char *bar = strchr(f, '|');
            if (bar)
                *bar = '\0';
            field[nf++] = trim(f);
            if (!bar)
                break;
            f = bar + 1;
        }
        if (n == cap) {
            Check *bigger = cr_malloc(sizeof *checks * cap * 2);
            memcpy(bigger, checks, sizeof *checks * cap);
            cr_free(checks);
            checks = bigger;
            cap *= 2;
        }
        Check c = {.line = lineno};
        c.name = cr_strdup(nf ? field[0] : "?");
        if (!judge_selected(c.name)) {
            cr_free(c.name);
            continue;
        }
        if (nf != 5) {
            char *msg = NULL;
            if (asprintf(&msg, "MANIFEST line %d has %d fields; expected "
                               "'name | cwd | arguments | stdout file | stderr file or -'",
                         lineno, nf) < 0)
                abort();
            c.problem = cr_strdup(msg);
            free(msg);
        } else {
            c.cwd = cr_strdup(field[1]);
            c.args = split_args(field[2]);
            c.out_file = cr_strdup(field[3]);
            c.err_file = strcmp(field[4], "-") ? cr_strdup(field[4]) : NULL;
            if (!c.args) {
                char *msg = NULL;
                if (asprintf(&msg, "MANIFEST line %d: unterminated quote in the arguments",
                             lineno) < 0)
                    abort();
                c.problem = cr_strdup(msg);
                free(msg);
            }
        }
        checks[n++] = c;
    }
    free(text);
    return cr_make_param_array(Check, checks, n, free_checks);
}

/* Compare the file [rel] (relative to the repository) with [got]. */
static void compare_file(HBuf *fail, const char *what, const char *rel, const char *got,
                         size_t got_len)
{
    char *path = NULL;
    if (asprintf(&path, "%s/%s", MINIPY_REPO_DIR, rel) < 0)
        abort();
    size_t len = 0;
    char *expected = harness_read_file(path, &len);
    free(path);
    if (!expected) {
        hbuf_printf(fail, "%s: cannot read the expected file %s "
                          "(tests/golden/regen.py writes it)\n", what, rel);
        return;
    }
    char *title = NULL;
    if (asprintf(&title, "%s differs from %s:", what, rel) < 0)
        abort();
    char *d = harness_diff(title, expected, len, got, got_len);
    if (d) {
        hbuf_printf(fail, "%s", d);
        free(d);
    }
    free(title);
    free(expected);
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

/* Run check [c] and judge it; NULL if it passes, else the failure message
 * (malloc'd). Everything else it allocates is freed. */
static char *run_and_judge(const Check *c)
{
    char *verdict = NULL;
    if (c->problem) {
        if (asprintf(&verdict, "%s: %s", c->name, c->problem) < 0)
            abort();
        return verdict;
    }

    const char *bin = harness_bin(MINIPY_BIN);
    char *argv[MAX_ARGS + 2];
    int argc = 0;
    argv[argc++] = (char *)bin;
    unsetenv("MINIPYPATH");
    unsetenv("PYTHONBREAKPOINT");
    for (char *a = c->args; *a && argc <= MAX_ARGS; a += strlen(a) + 1) {
        /* MINIPYPATH=FOLDERS before the arguments: the module search path of the run;
         * PYTHONBREAKPOINT=VALUE: what breakpoint() does */
        if (argc == 1 && strncmp(a, "MINIPYPATH=", 11) == 0) {
            setenv("MINIPYPATH", a + 11, 1);
            continue;
        }
        if (argc == 1 && strncmp(a, "PYTHONBREAKPOINT=", 17) == 0) {
            setenv("PYTHONBREAKPOINT", a + 17, 1);
            continue;
        }
        argv[argc++] = a;
    }
    argv[argc] = NULL;

    char *cwd = NULL;
    if (asprintf(&cwd, "%s/%s", MINIPY_REPO_DIR, c->cwd) < 0)
        abort();
    HarnessRun r;
    harness_run(argv, cwd, NULL, harness_timeout(), &r);
    free(cwd);

    char *label = NULL;
    if (asprintf(&label, "golden %s (MANIFEST line %d)", c->name, c->line) < 0)
        abort();
    verdict = harness_run_problem(&r, label);
    if (!verdict) {
        HBuf fail = {0};
        compare_file(&fail, "stdout", c->out_file, r.out, r.out_len);
        if (c->err_file)
            compare_file(&fail, "stderr", c->err_file, r.err, r.err_len);
        if (fail.len) {
            HBuf msg = {0};
            hbuf_printf(&msg, "%s: output differs (run with %s, exit status %d)\n%s", label,
                        bin, r.status, fail.s);
            if (!c->err_file && r.err_len) {
                char *tail = harness_tail(r.err, r.err_len, 12);
                hbuf_printf(&msg, "stderr (last lines):\n%s", tail);
                free(tail);
            }
            free(fail.s);
            verdict = hbuf_take(&msg);
        }
    }
    free(label);
    harness_run_free(&r);
    return verdict;
}

ParameterizedTest(Check *c, golden, check)
{
    cr_log_info("%s (MANIFEST line %d)", c->name, c->line);
    char *verdict = run_and_judge(c);
    if (verdict)
        fail_with(verdict);
}
