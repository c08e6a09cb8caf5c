/* judge.h -- what a program of tests/py must print, and the check that it
 * did. The layout of expected files and the rules (stdout exactly, the exit
 * status, the whole stderr with addresses masked) are described at the top
 * of run_programs.c. */
#ifndef MINIPY_TESTS_JUDGE_H
#define MINIPY_TESTS_JUDGE_H

#include "harness.h"

/* 1 if env MINIPY_TEST_ONLY is unset or one of its comma-separated parts
 * occurs in [name]. */
int judge_selected(const char *name);

/* "<area>/<name>.py" -> [root] "/<area>/<name>" + [ext] (malloc'd). */
char *judge_sibling(const char *root, const char *path, const char *ext);
/* The program's module search path: the folders listed one per line in
 * <area>/.path, relative to [root], made absolute and joined with ':' (what
 * MINIPYPATH gets, and PYTHONPATH for CPython). NULL when there is none. */
char *judge_module_path(const char *root, const char *path);
/* Set MINIPYPATH for [path] in this process (or unset it). */
void judge_set_module_path(const char *root, const char *path);

/* What CPython printed for a program: its .out, and its .err if it has one. */
typedef struct Expected {
    char *out;
    size_t out_len;
    char *err_file;   /* "# exit N" then CPython's stderr; NULL: exit 0, nothing on stderr */
} Expected;

/* Read the expected files of program [path] under [root]. NULL, or a
 * message (malloc'd) when there is no .out. */
char *judge_expected(const char *root, const char *path, Expected *e);
void judge_expected_free(Expected *e);

/* Cut the absolute [root] prefix (and its real path) from the file names
 * in r->err, leaving the path as given, as regen_expected.py does with
 * CPython's tracebacks. */
void judge_cut_root(HarnessRun *r, const char *root);

/* NULL if run [r] of [path] did what [e] says, else why not (malloc'd);
 * [ran] names what ran in the message. */
char *judge_run(const char *path, const char *ran, const HarnessRun *r, const Expected *e);

#endif
