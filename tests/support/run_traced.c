/* run_traced.c -- a traced run observes exactly what an untraced run
 * observes (trace/events.h, DESIGN.md 7).
 *
 * Every program of tests/py runs under half the trace categories that have
 * a filter or narrator of their own, alone (see default_sets: the even
 * ones for one program, the odd ones for the next, so that each category
 * still meets half of every folder's programs, in half the time), once
 * under all of them together (that set also as JSON for every other
 * program), and
 * (every other program; one in eight under the sanitizers) once as the
 * browser view (--trace-format=html, whose snapshots read every frame and
 * object at every step), and must print what CPython printed
 * (judged as run_programs.c judges the untraced run: stdout exactly, the
 * exit status, the whole stderr), with nothing crashing and, in the
 * sanitizer build, nothing reported. The narration itself is written to
 * /dev/null: what it says is the golden files' business (tests/golden).
 *
 * Then the invariance programs of tests/trace/ (minipy's own: they print
 * sys.getrefcount(), gc.get_count(), sys.getstats(), id() relations) must
 * print exactly the same traced as untraced, under every category and
 * as the browser view and Python Tutor's format;
 * sys.getstats() is allowed to differ only under dict:all, which widens
 * what it counts, and must then be the same whatever else is on.
 *
 * The programs run in-process, through the embedding API (vm/run.h): one
 * Criterion test per folder of programs (tests/py/<area>), which forks
 * once and runs each program under every category set, one interpreter
 * after another, with its stdout and stderr on memory files. A sanitizer
 * build starts a process slowly (its shadow memory, its leak check at
 * exit), and eleven runs of 750 programs would pay that 8,000 times.
 *
 * A folder whose test crashes names no program: run its programs with
 * build/minipy --trace=CATS --trace-out=/dev/null to find which.
 *
 * Environment: MINIPY_TEST_ONLY=a,b runs only programs whose path contains
 * a or b; MINIPY_TRACE_SETS=line,op;gc runs only these category sets
 * (';' between sets; the set `none` runs the program untraced);
 * MINIPY_TRACE_JSON=alternate narrates the last set
 * once per program, as text for one program and as JSON for the next,
 * instead of both for each (the sanitizer stage of .ci/run: both sinks
 * still meet every kind of program, in half the time).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "judge.h"
#include "capture.h"
#include "vm/run.h"
#include "trace/tracer.h"

#ifndef MINIPY_TEST_SOURCE_DIR
#error "MINIPY_TEST_SOURCE_DIR (the tests/ folder) must be defined"
#endif

#define PY_ROOT MINIPY_TEST_SOURCE_DIR "/py"
#define INVARIANCE_ROOT MINIPY_TEST_SOURCE_DIR "/trace"

/* A program that makes more events than this (a sort of a million items
 * under --trace=op) is narrated that far, then runs on untraced: the rest
 * of its run still has to print what CPython printed. The 20 or so big
 * programs of the suite would otherwise take most of the test's time. */
#define MAX_EVENTS 50000

/* Each category alone, then all together; the last set is also narrated
 * as JSON. */
/* Each category whose reports pass through a filter or a narrator of its
 * own runs alone (mem and dict with and without :all, which differ in what
 * they keep); call, scope and op only report, so they run together, in
 * `all`, with everything else. */
static const char *const default_sets[] = {
    "line", "dict", "dict:all", "mem", "mem:all", "gc", "import", "gil",
    "all,mem:all,dict:all,gc,import,gil,async",
};

typedef struct {
    char *area;   /* "<area>/": a folder of programs under its root; cr_malloc'd */
} TestArea;

/* ---- running a program in-process ------------------------------------------------- */

/* Sanitizer builds: reports go to the test's own stderr, not to the memory
 * file that holds the program's stderr during a run (where a report that
 * ends the process would be lost). A weak symbol: absent elsewhere. */
void __sanitizer_set_report_fd(void *fd) __attribute__((weak));

static void sanitizer_reports_to_stderr(void)
{
    static int fd = -1;
    if (!__sanitizer_set_report_fd || fd >= 0)
        return;
    fd = dup(2);
    __sanitizer_set_report_fd((void *)(intptr_t)fd);
}

/* Everything written to [fd] (a memory file) since it was made. */
/* Run [path] (relative to [root], which becomes the working directory) as
 * `minipy --trace=[cats] --trace-out=/dev/null path` would, or untraced
 * when [cats] is NULL, and fill [r]. */
static void run_in_process(const char *root, const char *path, const char *cats, TraceFormat format, HarnessRun *r)
{
    memset(r, 0, sizeof *r);
    sanitizer_reports_to_stderr();
    char *in_path = judge_sibling(root, path, ".in");
    int in = open(harness_is_file(in_path) ? in_path : "/dev/null", O_RDONLY);
    free(in_path);
    int out = capture_file("stdout"), err = capture_file("stderr");
    cr_assert(in >= 0 && out >= 0 && err >= 0, "cannot make the files of a run");
    fflush(stdout);
    fflush(stderr);
    int saved[3] = {dup(0), dup(1), dup(2)};
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    __fpurge(stdin);
    clearerr(stdin);
    char *cwd = get_current_dir_name();
    cr_assert(chdir(root) == 0, "cannot enter %s", root);
    judge_set_module_path(root, path);

    TraceOptions opt = {.format = format, .out = fopen("/dev/null", "w"),
                        .owns_out = true, .show_times = false, .width = 100, .max_events = MAX_EVENTS};
    char *argv[] = {(char *)path, NULL};
    Program program = {.file = path, .argc = 1, .argv = argv};
    if (cats) {
        char why[200];
        cr_assert(trace_parse_categories(cats, &opt.mask, why, sizeof why), "%s", why);
        program.trace = &opt;
    } else {
        fclose(opt.out);
    }
    r->status = run_program(&program);
    r->exited = 1;

    fflush(stdout);
    fflush(stderr);
    for (int fd = 0; fd < 3; fd++) {
        dup2(saved[fd], fd);
        close(saved[fd]);
    }
    __fpurge(stdin);
    clearerr(stdin);
    cr_assert(chdir(cwd) == 0);
    free(cwd);
    r->out = capture_text(out, &r->out_len);
    r->err = capture_text(err, &r->err_len);
    close(in);
    close(out);
    close(err);
}

/* Can [path] make import or gil events: does its text import anything, or
 * make a blocking call (open, input)? A program that does neither makes
 * none (only gil's summary at the end, which the all-together set shows),
 * so the sets `import` and `gil` alone are not run for it: a sixth of
 * run_traced's runs, and of its time. */
static bool imports_or_blocks(const char *root, const char *path)
{
    char *full = judge_sibling(root, path, ".py");
    size_t len;
    char *text = harness_read_file(full, &len);
    free(full);
    if (!text)
        return true;
    bool r = strstr(text, "import") || strstr(text, "open(") || strstr(text, "input(") || strstr(text, "sleep");
    free(text);
    return r;
}

/* The set that means no narration at all: the quiet copy of the VM loop,
 * in-process (.ci/run's sanitizer stage runs it instead of run_programs'
 * thousand sanitized processes). */
#define UNTRACED "none"

/* The category sets to run: MINIPY_TRACE_SETS, or every one. */
static size_t category_sets(char ***sets)
{
    const char *env = getenv("MINIPY_TRACE_SETS");
    size_t n = 0;
    if (!env || !*env) {
        *sets = malloc(sizeof default_sets);
        for (; n < sizeof default_sets / sizeof *default_sets; n++)
            (*sets)[n] = strdup(default_sets[n]);
        return n;
    }
    char *copy = strdup(env), *save = NULL;
    *sets = malloc(sizeof(char *) * (strlen(env) + 1));
    for (char *s = strtok_r(copy, ";", &save); s; s = strtok_r(NULL, ";", &save))
        (*sets)[n++] = strdup(s);
    free(copy);
    return n;
}

static void free_sets(char **sets, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(sets[i]);
    free(sets);
}

/* Fail with [msg], freeing it first (a failed assertion does not return). */
static void fail_with(char *msg)
{
    static char text[32768];
    snprintf(text, sizeof text, "%s", msg);
    free(msg);
    cr_assert_fail("%s", text);
}

/* ---- the programs --------------------------------------------------------------- */

static void free_areas(struct criterion_test_params *params)
{
    TestArea *areas = params->params;
    for (size_t i = 0; i < params->length; i++)
        cr_free(areas[i].area);
    cr_free(areas);
}

/* The folders that hold programs under [root] ("ints/", "dicts/", ...). */
static struct criterion_test_params list_areas(const char *root)
{
    size_t n;
    char **all = harness_list_programs(root, &n);
    TestArea *areas = cr_malloc(sizeof *areas * (n ? n : 1));
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = (size_t)(strchr(all[i], '/') - all[i]) + 1;
        if (kept && strncmp(areas[kept - 1].area, all[i], len) == 0 && strlen(areas[kept - 1].area) == len)
            continue;
#if defined(__SANITIZE_ADDRESS__)
        /* The programs that fork, in-process: the test process has
         * Criterion's threads besides the program's, and AddressSanitizer's
         * allocator (GCC 12) is not fork-safe -- a child forked while
         * another thread held one of its locks waits for it for ever. They
         * run here in the Release build, and under the sanitizer as
         * processes of their own (run_programs). */
        if (strncmp(all[i], "processes/", len) == 0 && len == strlen("processes/"))
            continue;
#endif
        areas[kept].area = cr_malloc(len + 1);
        memcpy(areas[kept].area, all[i], len);
        areas[kept].area[len] = 0;
        kept++;
    }
    harness_free_list(all, n);
    return cr_make_param_array(TestArea, areas, kept, free_areas);
}

/* The programs of [area] under [root] that MINIPY_TEST_ONLY selects. */
static char **programs_of(const char *root, const char *area, size_t *count)
{
    size_t n;
    char **all = harness_list_programs(root, &n);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (strncmp(all[i], area, strlen(area)) == 0 && judge_selected(all[i]))
            all[kept++] = all[i];
        else
            free(all[i]);
    }
    *count = kept;
    return all;
}

/* Collect [verdict] (malloc'd) into [failures]. */
static void note_failure(HBuf *failures, char *verdict)
{
    if (!verdict)
        return;
    if (failures->len < 20000)
        hbuf_printf(failures, "%s\n", verdict);
    free(verdict);
}

ParameterizedTestParameters(traced, same_as_untraced) { return list_areas(PY_ROOT); }

/* Each program of tests/py, under every category set: what CPython printed. */
ParameterizedTest(TestArea *a, traced, same_as_untraced)
{
    size_t n;
    char **programs = programs_of(PY_ROOT, a->area, &n);
    char **sets;
    size_t nsets = category_sets(&sets);
    HBuf failures = {0};
    const char *json_env = getenv("MINIPY_TRACE_JSON");
    bool alternate = json_env && strcmp(json_env, "alternate") == 0;
    bool default_sets = !getenv("MINIPY_TRACE_SETS");
    for (size_t k = 0; k < n; k++) {
        const char *path = programs[k];
        Expected e;
        char *verdict = judge_expected(PY_ROOT, path, &e);
        bool reaches_out = imports_or_blocks(PY_ROOT, path);
        for (size_t i = 0; i <= nsets + 1 && !verdict; i++) {
            /* the last set once more, narrated as JSON; then the browser view
             * (a snapshot of frames and heap at every step) with its default
             * narration */
            bool json = i == nsets, html = i == nsets + 1;
            if (html) {
                /* the browser view costs the most of all the runs (a snapshot
                 * of every frame and object at each line): every other
                 * program, and one in eight when alternating (the sanitizer
                 * stage's budget); the invariance programs below run it always */
                if (k % (alternate ? 8 : 2)) continue;
                HarnessRun r;
                run_in_process(PY_ROOT, path, "line,call,scope", TRACE_HTML, &r);
                judge_cut_root(&r, PY_ROOT);
                verdict = judge_run(path, "minipy --trace-format=html --trace-out=/dev/null", &r, &e);
                harness_run_free(&r);
                continue;
            }
            /* alternating: the last set as text for even programs, as JSON for odd;
             * otherwise as text for every program and as JSON for odd ones
             * (the JSON sink renders the same events as the text sink: half
             * the programs still reach its paths) */
            if (alternate && nsets && (k % 2 ? i == nsets - 1 : json))
                continue;
            if (!alternate && json && k % 2 == 0)
                continue;
            /* the categories alone: half of them for each program, in turn */
            if (default_sets && i + 1 < nsets && (i + k) % 2) continue;
            const char *cats = sets[json ? nsets - 1 : i];
            if (!reaches_out && (strcmp(cats, "import") == 0 || strcmp(cats, "gil") == 0))
                continue;
            bool plain = strcmp(cats, UNTRACED) == 0;
            HarnessRun r;
            run_in_process(PY_ROOT, path, plain ? NULL : cats, json ? TRACE_JSON : TRACE_TEXT, &r);
            judge_cut_root(&r, PY_ROOT);
            char ran[200];
            if (plain)
                snprintf(ran, sizeof ran, "minipy (untraced, in-process)");
            else
                snprintf(ran, sizeof ran, "minipy --trace=%s%s", cats, json ? " --trace-format=json" : "");
            verdict = judge_run(path, ran, &r, &e);
            harness_run_free(&r);
        }
        note_failure(&failures, verdict);
        judge_expected_free(&e);
    }
    free_sets(sets, nsets);
    harness_free_list(programs, n);
    if (failures.len)
        fail_with(hbuf_take(&failures));
    free(failures.s);
}

/* ---- invariance: what the program can measure about itself ------------------------ */

ParameterizedTestParameters(traced, measures_alike) { return list_areas(INVARIANCE_ROOT); }

/* Lines that report sys.getstats() start with this; they may differ under
 * dict:all only. */
#define STATS_MARK "getstats"

/* [out] without its getstats lines. */
static char *without_stats(const char *out)
{
    HBuf b = {0};
    hbuf_add(&b, "", 0);
    for (const char *p = out; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p + 1) : strlen(p);
        if (strncmp(p, STATS_MARK, strlen(STATS_MARK)) != 0)
            hbuf_add(&b, p, len);
        p += len;
    }
    return hbuf_take(&b);
}

/* [path]'s measurements, traced and untraced: NULL if they agree. */
static char *measures_alike(const char *path)
{
    HarnessRun plain;
    run_in_process(INVARIANCE_ROOT, path, NULL, TRACE_TEXT, &plain);
    char *problem = harness_run_problem(&plain, path);
    if (!problem && plain.status != 0 && asprintf(&problem, "%s exits with %d untraced:\n%s", path, plain.status,
                                                  plain.err) < 0)
        abort();
    if (problem) {
        harness_run_free(&plain);
        return problem;
    }
    char **sets;
    size_t nsets = category_sets(&sets);
    char *dict_all_out = NULL;        /* getstats under dict:all, the same whatever else is on */
    char *verdict = NULL;
    static const char *const with_dict_all[] = {"dict:all", "dict:all,scope,mem:all,op"};
    for (size_t i = 0; i < nsets + 4 && !verdict; i++) {
        bool dict_all = i >= nsets && i < nsets + 2;
        /* last, the two step views, whose snapshots read every frame and object */
        TraceFormat format = i == nsets + 2 ? TRACE_HTML : i == nsets + 3 ? TRACE_PYTUTOR : TRACE_TEXT;
        const char *cats = dict_all ? with_dict_all[i - nsets] : i >= nsets ? "line,call,scope" : sets[i];
        if (strcmp(cats, UNTRACED) == 0)
            continue;                 /* the untraced run is [plain], above */
        HarnessRun r;
        run_in_process(INVARIANCE_ROOT, path, cats, format, &r);
        verdict = harness_run_problem(&r, path);
        const char *expected = plain.out, *actual = r.out;
        char *got = NULL, *want = NULL;
        char title[300];
        snprintf(title, sizeof title, "%s: under --trace=%s%s the program measures something else:", path, cats,
                 format == TRACE_HTML ? " --trace-format=html" : format == TRACE_PYTUTOR ? " --trace-format=pytutor" : "");
        if (!verdict && strstr(cats, "dict:all")) {
            /* getstats counts the interpreter's tables too: the rest alike */
            want = without_stats(plain.out);
            got = without_stats(r.out);
            expected = want;
            actual = got;
            if (dict_all && !dict_all_out) {
                dict_all_out = strdup(r.out);           /* and getstats the same whatever else is on */
            } else if (dict_all) {
                verdict = harness_diff(title, dict_all_out, strlen(dict_all_out), r.out, r.out_len);
            }
        }
        if (!verdict) verdict = harness_diff(title, expected, strlen(expected), actual, strlen(actual));
        free(got);
        free(want);
        harness_run_free(&r);
    }
    free(dict_all_out);
    free_sets(sets, nsets);
    harness_run_free(&plain);
    return verdict;
}

ParameterizedTest(TestArea *a, traced, measures_alike)
{
    size_t n;
    char **programs = programs_of(INVARIANCE_ROOT, a->area, &n);
    HBuf failures = {0};
    for (size_t k = 0; k < n; k++) note_failure(&failures, measures_alike(programs[k]));
    harness_free_list(programs, n);
    if (failures.len)
        fail_with(hbuf_take(&failures));
    free(failures.s);
}
