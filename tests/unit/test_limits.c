/* test_limits.c -- limits for untrusted code (runtime/limits.c): each ends
 * the program with one line on stderr naming the limit and exit status
 * 124, and no except or finally of the program runs after it, not even
 * `except BaseException:` -- nor a __del__. The memory limit is reached
 * wherever memory is asked for: a list growing, one huge request, a big
 * int inside GMP.
 *
 * The programs run in-process through run_program() with the limits an
 * embedding program would give (the C API), stdout and stderr in memory.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "capture.h"
#include "vm/run.h"
#include "runtime/limits.h"

static char *out_text, *err_text;


/* Run [code] as `minipy -c code` under [limits]; its output in out_text
 * and err_text. Returns the exit status. */
static int run_limited(const char *code, Limits limits) {
    Program p = {.code = code, .argc = 1, .argv = (char *[]){"-c", NULL}, .limits = &limits};
    Capture c;
    capture_begin(&c, -1);
    int status = run_program(&p);
    capture_end(&c, &out_text, &err_text);
    return status;
}

static void free_texts(void) {
    free(out_text);
    free(err_text);
}

TestSuite(limits, .fini = free_texts, .timeout = 30);

/* A program that tries every way to go on. */
static const char stubborn[] =
    "import sys\n"
    "class Last:\n"
    "    def __del__(self):\n"
    "        print('__del__ ran')\n"
    "keep = Last()\n"
    "def work():\n"
    "    n = 0\n"
    "    while True:\n"
    "        n += 1\n"
    "        if n % 1000 == 0:\n"
    "            print('x' * 50)\n"
    "for attempt in range(3):\n"
    "    try:\n"
    "        work()\n"
    "    except BaseException as e:\n"
    "        print('caught', type(e).__name__)\n"
    "    finally:\n"
    "        print('finally ran')\n"
    "print('went on')\n";

static void expect_ended(int status, const char *report) {
    cr_expect_eq(status, LIMIT_EXIT_STATUS, "exit status %d; stderr:\n%s", status, err_text);
    cr_expect(strstr(err_text, report) != NULL, "no '%s' in stderr:\n%s", report, err_text);
    cr_expect(strstr(out_text, "caught") == NULL, "a handler ran:\n%s", out_text);
    cr_expect(strstr(out_text, "finally ran") == NULL, "a finally ran:\n%s", out_text);
    cr_expect(strstr(out_text, "went on") == NULL, "the program went on");
    cr_expect(strstr(out_text, "__del__ ran") == NULL, "a __del__ ran after the limit");
}

Test(limits, max_steps_ends_the_program) {
    int status = run_limited(stubborn, (Limits){.max_steps = 200000});
    expect_ended(status, "minipy: limit reached: --max-steps=200000 (instructions executed)\n");
    cr_expect(strstr(out_text, "xxxxx") != NULL, "it ran until the limit");
}

Test(limits, max_seconds_ends_the_program) {
    int status = run_limited(stubborn, (Limits){.max_seconds = 0.3});
    expect_ended(status, "minipy: limit reached: --max-seconds=0.3 (CPU time)\n");
}

Test(limits, max_wall_ends_the_program) {
    int status = run_limited(stubborn, (Limits){.max_wall = 0.3});
    expect_ended(status, "minipy: limit reached: --max-wall=0.3 (wall-clock time)\n");
}

/* Threads that wait for one another for ever use no CPU time: only the
 * wall clock ends them. The main thread waits for a lock it holds, in a
 * try whose handlers must not run; then a program that waits at exit for a
 * thread that waits for an event nobody sets (what the fuzzer found). */
Test(limits, max_wall_ends_threads_that_wait_for_ever) {
    int status = run_limited("import threading\n"
                             "lock = threading.Lock()\n"
                             "lock.acquire()\n"
                             "try:\n"
                             "    lock.acquire()\n"
                             "except BaseException:\n"
                             "    print('caught')\n"
                             "finally:\n"
                             "    print('finally ran')\n",
                             (Limits){.max_wall = 0.3});
    expect_ended(status, "minipy: limit reached: --max-wall=0.3 (wall-clock time)\n");
    free_texts();
    status = run_limited("import threading, time\n"
                         "go = threading.Event()\n"
                         "threading.Thread(target=go.wait).start()\n"
                         "print('main ends')\n",
                         (Limits){.max_wall = 0.3});
    cr_expect_eq(status, LIMIT_EXIT_STATUS, "exit status %d; stderr:\n%s", status, err_text);
    cr_expect_str_eq(out_text, "main ends\n");
    cr_expect(strstr(err_text, "--max-wall=0.3") != NULL, "%s", err_text);
    free_texts();
    status = run_limited("import time\n"
                         "try:\n"
                         "    time.sleep(60)\n"
                         "finally:\n"
                         "    print('finally ran')\n",
                         (Limits){.max_wall = 0.3});
    expect_ended(status, "--max-wall=0.3 (wall-clock time)\n");
}

Test(limits, max_output_writes_what_fits_then_ends) {
    int status = run_limited(stubborn, (Limits){.max_output = 2048});
    expect_ended(status, "minipy: limit reached: --max-output=2 KB (bytes written to stdout and stderr)\n");
    cr_expect_eq(strlen(out_text), 2048, "wrote %zu bytes", strlen(out_text));
}

Test(limits, a_program_within_its_limits_runs_as_usual) {
    int status = run_limited("print(sum(range(100)))\n",
                             (Limits){.max_steps = 100000, .max_seconds = 5, .max_output = 1024, .max_wall = 30});
    cr_expect_eq(status, 0, "%s", err_text);
    cr_expect_str_eq(out_text, "4950\n");
    cr_expect_str_eq(err_text, "");
}

Test(limits, cpu_time_in_c_code_ends_the_process, .exit_code = LIMIT_EXIT_STATUS) {
    /* a giant power never reaches the loop's checks: the second timer
     * signal ends the process from the handler */
    run_limited("x = 7 ** (10 ** 9)\n", (Limits){.max_seconds = 0.2});
    cr_assert_fail("the program was not ended");
}

/* The stubborn program again, its work a list that grows without end. */
static const char greedy[] =
    "class Last:\n"
    "    def __del__(self):\n"
    "        print('__del__ ran')\n"
    "keep = Last()\n"
    "def work():\n"
    "    data = []\n"
    "    while True:\n"
    "        data.append('x' * 1000)\n"
    "for attempt in range(3):\n"
    "    try:\n"
    "        work()\n"
    "    except BaseException as e:\n"
    "        print('caught', type(e).__name__)\n"
    "    finally:\n"
    "        print('finally ran')\n"
    "print('went on')\n";

Test(limits, max_memory_ends_the_program) {
    int status = run_limited(greedy, (Limits){.max_memory = 16 << 20});
    expect_ended(status, "minipy: limit reached: --max-memory=16 MB (memory in use)\n");
}

Test(limits, max_memory_one_request_too_big) {
    /* refused before anything is allocated: not a MemoryError to catch */
    int status = run_limited("try:\n    x = [None] * 10**8\nexcept BaseException as e:\n    print('caught', e)\n"
                             "finally:\n    print('finally ran')\n",
                             (Limits){.max_memory = 8 << 20});
    expect_ended(status, "minipy: limit reached: --max-memory=8 MB (memory in use)\n");
}

Test(limits, max_memory_inside_gmp) {
    /* a power of some 20 MB: the limit is met inside GMP's own allocations */
    int status = run_limited("try:\n    x = 3 ** 100000000\nexcept BaseException:\n    print('caught')\n",
                             (Limits){.max_memory = 12 << 20});
    expect_ended(status, "minipy: limit reached: --max-memory=12 MB (memory in use)\n");
}

Test(limits, max_memory_half_a_megabyte) {
    int status = run_limited("x = list(range(10**6))\n", (Limits){.max_memory = 512 << 10});
    expect_ended(status, "minipy: limit reached: --max-memory=0.5 MB (memory in use)\n");
}

Test(limits, a_program_within_its_memory_runs_as_usual) {
    int status = run_limited("data = [str(i) * 10 for i in range(10000)]\nprint(len(data), 2 ** 10000 % 7)\n",
                             (Limits){.max_memory = 64 << 20});
    cr_expect_eq(status, 0, "%s", err_text);
    cr_expect_str_eq(out_text, "10000 2\n");
    cr_expect_str_eq(err_text, "");
}

Test(limits, memory_is_let_go_within_the_limit) {
    /* the limit is on memory in use, not memory ever used */
    int status = run_limited("for i in range(50):\n    data = [0] * 500000\n    del data\nprint('done')\n",
                             (Limits){.max_memory = 24 << 20});
    cr_expect_eq(status, 0, "%s", err_text);
    cr_expect_str_eq(out_text, "done\n");
}

/* A worker thread runs out of steps while it holds the lock the main
 * thread waits for: the main thread's wait ends with the limit, instead of
 * waiting forever for a release that cannot come. (The fuzzer met this
 * with a program of tests/py/threads.) */
Test(limits, a_limit_in_a_thread_ends_a_main_thread_that_waits) {
    static const char waits[] =
        "import _thread, time\n"
        "lock = _thread.allocate_lock()\n"
        "lock.acquire()\n"
        "def spin():\n"
        "    while True:\n"
        "        pass\n"
        "    lock.release()\n"
        "_thread.start_new_thread(spin, ())\n"
        "try:\n"
        "    lock.acquire()\n"
        "    lock.acquire()\n"
        "finally:\n"
        "    print('finally ran')\n";
    int status = run_limited(waits, (Limits){.max_steps = 100000});
    cr_expect_eq(status, LIMIT_EXIT_STATUS, "exit status %d; stderr:\n%s", status, err_text);
    cr_expect_str_eq(err_text, "minipy: limit reached: --max-steps=100000 (instructions executed)\n");
    cr_expect_str_eq(out_text, "");
}

/* The same for a main thread that sleeps while another thread spins. */
Test(limits, a_limit_in_a_thread_wakes_a_main_thread_that_sleeps) {
    static const char sleeps[] =
        "import _thread, time\n"
        "def spin():\n"
        "    while True:\n"
        "        pass\n"
        "_thread.start_new_thread(spin, ())\n"
        "time.sleep(60)\n"
        "print('woke')\n";
    int status = run_limited(sleeps, (Limits){.max_steps = 100000});
    cr_expect_eq(status, LIMIT_EXIT_STATUS, "exit status %d; stderr:\n%s", status, err_text);
    cr_expect_str_eq(out_text, "");
}
