/* judge.c -- what a program of tests/py must print, and the check that it
 * did (tests/support/judge.h). The rules are in run_programs.c's head
 * comment; run_programs.c runs each program as a process, run_traced.c
 * runs it in-process under every trace category, and both judge here. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "judge.h"

/* 1 if env MINIPY_TEST_ONLY is unset or one of its comma-separated parts
 * occurs in [name]. */
int judge_selected(const char *name)
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


char *judge_sibling(const char *root, const char *path, const char *ext)
{
    char *s = NULL;
    if (asprintf(&s, "%s/%.*s%s", root, (int)(strlen(path) - 3), path, ext) < 0)
        abort();
    return s;
}

char *judge_module_path(const char *root, const char *path)
{
    const char *slash = strchr(path, '/');
    if (!slash)
        return NULL;
    char *list = NULL;
    if (asprintf(&list, "%s/%.*s/.path", root, (int)(slash - path), path) < 0)
        abort();
    FILE *f = fopen(list, "r");
    free(list);
    if (!f)
        return NULL;
    char *joined = NULL, *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == ' '))
            line[--n] = 0;
        if (n == 0)
            continue;
        char *next = NULL;
        if (asprintf(&next, "%s%s%s/%s", joined ? joined : "", joined ? ":" : "", root, line) < 0)
            abort();
        free(joined);
        joined = next;
    }
    free(line);
    fclose(f);
    return joined;
}

void judge_set_module_path(const char *root, const char *path)
{
    char *mp = judge_module_path(root, path);
    if (mp)
        setenv("MINIPYPATH", mp, 1);
    else
        unsetenv("MINIPYPATH");
    free(mp);
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

char *judge_expected(const char *root, const char *path, Expected *e)
{
    char *out_path = judge_sibling(root, path, ".out");
    char *err_path = judge_sibling(root, path, ".err");
    *e = (Expected){0};
    e->out = harness_read_file(out_path, &e->out_len);
    e->err_file = harness_read_file(err_path, NULL);
    char *verdict = NULL;
    if (!e->out && asprintf(&verdict, "%s: no expected output %s\n  (run tests/regen_expected.py %s)", path,
                            out_path, path) < 0)
        abort();
    free(out_path);
    free(err_path);
    return verdict;
}

void judge_expected_free(Expected *e)
{
    free(e->out);
    free(e->err_file);
    *e = (Expected){0};
}

void judge_cut_root(HarnessRun *r, const char *root)
{
    /* wherever the absolute path appears: a traceback's File "...", the
     * Non-UTF-8 SyntaxError's "in file ...", an ImportError's "(...)";
     * and on stdout, the reports doctest writes there (File "...") */
    char *prefix = NULL;
    if (asprintf(&prefix, "%s/", root) < 0)
        abort();
    harness_replace_all(&r->err, &r->err_len, prefix, "");
    harness_replace_all(&r->out, &r->out_len, prefix, "");
    free(prefix);
    char *real = realpath(root, NULL);
    if (real && strcmp(real, root) != 0)
        judge_cut_root(r, real);
    free(real);
}

char *judge_run(const char *path, const char *ran, const HarnessRun *r, const Expected *e)
{
    char *verdict = harness_run_problem(r, path);
    if (verdict)
        return verdict;
    HBuf fail = {0};
    check_program(&fail, path, r, e->out, e->out_len, e->err_file);
    if (!fail.len)
        return NULL;
    HBuf msg = {0};
    hbuf_printf(&msg, "%s: differs from CPython 3.11 (run with %s)\n%s", path, ran, fail.s);
    if (r->err_len) {
        char *t = harness_tail(r->err, r->err_len, 12);
        hbuf_printf(&msg, "stderr (last lines):\n%s", t);
        free(t);
    }
    free(fail.s);
    return hbuf_take(&msg);
}
