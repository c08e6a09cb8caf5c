/* test_sandbox.c -- `--sandbox` (runtime/sandbox.c): open() reads only,
 * only under the script's folder, whatever path leads out of it (absolute,
 * "..", a link); import loads only from the folders sys.path held at
 * start-up; os.listdir() and os.stat() look only under the script's folder.
 * The same program without the sandbox reaches everything, so each refusal
 * is the sandbox's doing.
 *
 * Each test builds a folder in /tmp:
 *     D/prog/prog.py       the program (written by the test)
 *     D/prog/data.txt      "inside"
 *     D/prog/helper.py     a module beside the script
 *     D/prog/link.txt      a link to D/outside/secret.txt
 *     D/outside/secret.txt "secret"
 *     D/outside/far.py     a module outside
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit_support.h"

static char dir[64];
static char *out_text, *err_text;

static void write_file(const char *rel, const char *text) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f, "cannot write %s", path);
    fputs(text, f);
    fclose(f);
}

static char *read_file(const char *rel) {
    static char buf[256];
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

static void make_tree(void) {
    strcpy(dir, "/tmp/minipy-sandbox-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/prog", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/outside", dir);
    mkdir(path, 0700);
    write_file("prog/data.txt", "inside");
    write_file("prog/helper.py", "NAME = 'helper'\n");
    write_file("outside/secret.txt", "secret");
    write_file("outside/far.py", "NAME = 'far'\n");
    char target[256];
    snprintf(target, sizeof target, "%s/outside/secret.txt", dir);
    snprintf(path, sizeof path, "%s/prog/link.txt", dir);
    cr_assert_eq(symlink(target, path), 0);
}

static void remove_tree(void) {
    free(out_text);
    free(err_text);
    out_text = err_text = NULL;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert_eq(system(cmd), 0);
    unsetenv("MINIPYPATH");
}

TestSuite(sandbox, .init = make_tree, .fini = remove_tree, .timeout = 30);

/* Run [code] as D/prog/prog.py, with or without the sandbox. */
static int run(const char *code, bool sandbox) {
    write_file("prog/prog.py", code);
    char path[256];
    snprintf(path, sizeof path, "%s/prog/prog.py", dir);
    Limits limits = {.sandbox = sandbox};
    Program p = {.file = path, .argc = 1, .argv = (char *[]){path, NULL}, .limits = &limits};
    free(out_text);
    free(err_text);
    return run_captured(&p, &out_text, &err_text);
}

/* Opens [name] with [mode] from the script's folder and prints the outcome. */
static const char try_open[] =
    "import sys\n"
    "here = sys.path[0]\n"
    "def attempt(name, mode='r'):\n"
    "    try:\n"
    "        with open(name if name.startswith('/') else here + '/' + name, mode) as f:\n"
    "            print(name, mode, 'ok', f.read() if 'r' in mode and '+' not in mode else '')\n"
    "    except OSError as e:\n"
    "        print(name, mode, type(e).__name__)\n";

static char *program(const char *body) {
    static char text[2048];
    snprintf(text, sizeof text, "%s%s", try_open, body);
    return text;
}

Test(sandbox, reads_inside_the_script_folder) {
    cr_assert_eq(run(program("attempt('data.txt')\nimport helper\nprint(helper.NAME)\n"), true), 0, "%s", err_text);
    cr_expect_str_eq(out_text, "data.txt r ok inside\nhelper\n");
}

Test(sandbox, writes_nothing) {
    const char *body = "for m in ['w', 'a', 'x', 'r+', 'w+']:\n"
                       "    attempt('data.txt', m)\n"
                       "attempt('new.txt', 'w')\n";
    cr_assert_eq(run(program(body), true), 0, "%s", err_text);
    cr_expect_str_eq(out_text,
                     "data.txt w PermissionError\ndata.txt a PermissionError\ndata.txt x PermissionError\n"
                     "data.txt r+ PermissionError\ndata.txt w+ PermissionError\nnew.txt w PermissionError\n");
    cr_expect_str_eq(read_file("prog/data.txt"), "inside");
    cr_expect_null(read_file("prog/new.txt"));
    /* the control: without the sandbox the same program writes */
    cr_assert_eq(run(program("attempt('new.txt', 'w')\n"), false), 0);
    cr_expect_str_eq(out_text, "new.txt w ok \n");
    cr_expect_not_null(read_file("prog/new.txt"));
}

Test(sandbox, reads_nothing_outside) {
    char body[512];
    snprintf(body, sizeof body,
             "attempt('../outside/secret.txt')\n"
             "attempt('link.txt')\n"
             "attempt('%s/outside/secret.txt')\n"
             "attempt('%s/outside/../outside/secret.txt')\n"
             "attempt('missing.txt')\n",
             dir, dir);
    cr_assert_eq(run(program(body), true), 0, "%s", err_text);
    cr_expect(strstr(out_text, "../outside/secret.txt r PermissionError\nlink.txt r PermissionError\n") == out_text,
              "%s", out_text);
    cr_expect(strstr(out_text, "outside/secret.txt r PermissionError\n") != NULL);
    cr_expect(strstr(out_text, "outside/../outside/secret.txt r PermissionError\n") != NULL);
    cr_expect(strstr(out_text, "missing.txt r FileNotFoundError\n") != NULL);
    cr_expect(strstr(out_text, " ok ") == NULL, "%s", out_text);
    /* the control */
    cr_assert_eq(run(program("attempt('link.txt')\nattempt('../outside/secret.txt')\n"), false), 0);
    cr_expect_str_eq(out_text, "link.txt r ok secret\n../outside/secret.txt r ok secret\n");
}

Test(sandbox, imports_only_from_the_start_up_path) {
    char body[512];
    snprintf(body, sizeof body,
             "sys.path.append('%s/outside')\n"
             "try:\n"
             "    import far\n"
             "    print(far.NAME)\n"
             "except ImportError as e:\n"
             "    print(type(e).__name__, str(e).startswith('minipy --sandbox: modules may only be loaded'))\n",
             dir);
    cr_assert_eq(run(program(body), true), 0, "%s", err_text);
    cr_expect_str_eq(out_text, "ImportError True\n");
    cr_assert_eq(run(program(body), false), 0, "%s", err_text);
    cr_expect_str_eq(out_text, "far\n");
    /* a folder on MINIPYPATH is on the start-up path */
    char outside[128];
    snprintf(outside, sizeof outside, "%s/outside", dir);
    setenv("MINIPYPATH", outside, 1);
    cr_assert_eq(run(program("import far\nprint(far.NAME)\n"), true), 0, "%s", err_text);
    cr_expect_str_eq(out_text, "far\n");
}

Test(sandbox, lists_and_stats_only_inside) {
    char body[512];
    snprintf(body, sizeof body,
             "import os\n"
             "print(sorted(os.listdir(here)), os.stat(here + '/data.txt').st_size)\n"
             "for call in (lambda: os.listdir(here + '/../outside'), lambda: os.stat(here + '/link.txt'),\n"
             "             lambda: os.listdir('%s/outside')):\n"
             "    try:\n"
             "        print(call())\n"
             "    except OSError as e:\n"
             "        print(type(e).__name__)\n"
             "print(os.path.exists(here + '/../outside/secret.txt'))\n",
             dir);
    cr_assert_eq(run(program(body), true), 0, "%s", err_text);
    cr_expect_str_eq(out_text, "['data.txt', 'helper.py', 'link.txt', 'prog.py'] 6\n"
                               "PermissionError\nPermissionError\nPermissionError\nFalse\n");
    /* the control */
    cr_assert_eq(run(program(body), false), 0, "%s", err_text);
    cr_expect(strstr(out_text, "PermissionError") == NULL, "%s", out_text);
    cr_expect(strstr(out_text, "\n['far.py', 'secret.txt']\nos.stat_result(st_mode=") != NULL, "%s", out_text);
    cr_expect(strstr(out_text, "\n['far.py', 'secret.txt']\nTrue\n") != NULL, "%s", out_text);
}

Test(sandbox, an_uncaught_refusal_names_the_rule) {
    cr_assert_eq(run("open('/etc/passwd')\n", true), 1);
    cr_expect(strstr(err_text, "PermissionError: minipy --sandbox: only files in the script's folder may be read, "
                               "not '/etc/passwd'\n") != NULL,
              "%s", err_text);
}

/* No process is made, signalled or ended at once: a fork bomb is no risk,
 * and the fuzzer (tests/fuzz/fuzz_run.c runs every input sandboxed, in its
 * own process) forks nothing and is not ended by os._exit. */
Test(sandbox, makes_and_signals_no_process) {
    const char *code = "import os\n"
                       "for call in (os.fork, lambda: os.kill(os.getpid(), 0), lambda: os._exit(3)):\n"
                       "    try:\n"
                       "        call()\n"
                       "        print('allowed')\n"
                       "    except PermissionError as e:\n"
                       "        print(e)\n";
    cr_assert_eq(run(code, true), 0, "%s", err_text);
    cr_expect_str_eq(out_text, "minipy --sandbox: a sandboxed program may not create a process (os.fork)\n"
                               "minipy --sandbox: a sandboxed program may not signal a process (os.kill)\n"
                               "minipy --sandbox: a sandboxed program may not end the process at once (os._exit)\n");
    /* the control: without the sandbox, signal 0 to itself is allowed */
    cr_assert_eq(run("import os\nprint(os.kill(os.getpid(), 0))\n", false), 0, "%s", err_text);
    cr_expect_str_eq(out_text, "None\n");
}
