/* test_gil.c -- the lock hand-off (runtime/gil.c) and the threads around it
 * (runtime/mod_thread.c): --switch-every makes one interleaving, the same
 * on every run and whether narrated or not; the GIL goes round the threads
 * that want it in the order they were started; a blocking call and a lock
 * that must be waited for let it go; the switch interval keeps a thread
 * from starving another; SIGINT wakes a main thread waiting in join(); a
 * daemon thread left running at exit is left alone, and the next
 * interpreter in the same process runs as if it had never been; a thread
 * that ends as the interpreter is torn down frees its own state without
 * touching the interpreter's.
 *
 * The programs run in-process through run_program() (unit_support.h), each
 * Criterion test in a process of its own; --trace=gil goes to stderr, with
 * times left out so that two runs can be compared.
 */
#include <criterion/criterion.h>
#include <dlfcn.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>

#include "unit_support.h"
#include "runtime/gil.h"
#include "runtime/limits.h"
#include "trace/tracer.h"

static char *out_text, *err_text;

static void free_texts(void) {
    free(out_text);
    free(err_text);
    out_text = err_text = NULL;
}

/* A shell starts a background job with SIGINT ignored, and minipy then
 * leaves it ignored, as CPython does (runtime/signals.c): the tests that
 * send SIGINT start from its default action, however they were started. */
static void sigint_default(void) { signal(SIGINT, SIG_DFL); }

TestSuite(gil, .init = sigint_default, .fini = free_texts, .timeout = 60);

/* Run [code] as `minipy [--trace=gil --trace-times=no] [--switch-every=N] -c code`. */
static int run(const char *code, uint64_t switch_every, bool trace) {
    free_texts();
    TraceOptions opt = {.mask = TRACE_GIL, .format = TRACE_TEXT, .out = stderr, .show_times = false, .width = 200};
    Program p = {.code = code, .argc = 1, .argv = (char *[]){"-c", NULL}, .switch_every = switch_every,
                 .trace = trace ? &opt : NULL};
    return run_captured(&p, &out_text, &err_text);
}

/* How many times [needle] occurs in [text]. */
static int count(const char *text, const char *needle) {
    int n = 0;
    for (const char *p = text; (p = strstr(p, needle)); p += strlen(needle)) n++;
    return n;
}

/* m = m + one() in two threads: the call is a check point between the read
 * of m and its write, so a switch inside it loses updates */
static const char lost_updates[] =
    "import threading\n"
    "m = 0\n"
    "def one():\n"
    "    return 1\n"
    "def work():\n"
    "    global m\n"
    "    for i in range(2000):\n"
    "        m = m + one()\n"
    "ts = [threading.Thread(target=work) for _ in range(2)]\n"
    "for t in ts: t.start()\n"
    "for t in ts: t.join()\n"
    "print(m)\n";

Test(gil, parses_switch_every) {
    uint64_t n = 0;
    char err[160];
    cr_assert_eq(gil_parse_option("--switch-every=250", &n, err, sizeof err), 1);
    cr_assert_eq(n, 250);
    cr_assert_eq(gil_parse_option("--switch-everyday", &n, err, sizeof err), 0);
    cr_assert_eq(gil_parse_option("--trace=gil", &n, err, sizeof err), 0);
    const char *bad[] = {"--switch-every=0", "--switch-every=-3", "--switch-every=", "--switch-every=1x",
                         "--switch-every=+4"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        cr_assert_eq(gil_parse_option(bad[i], &n, err, sizeof err), -1, "%s", bad[i]);
        cr_assert(strstr(err, "positive whole number"), "%s", err);
    }
}

Test(gil, switch_every_is_the_same_on_every_run) {
    cr_assert_eq(run(lost_updates, 57, true), 0, "%s", err_text);
    char *first_out = strdup(out_text), *first_err = strdup(err_text);
    cr_assert(count(first_err, " switch ") > 10, "%s", first_err);
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(run(lost_updates, 57, true), 0);
        cr_assert_str_eq(out_text, first_out);
        cr_assert_str_eq(err_text, first_err);
    }
    /* and the interleaving is the same narrated or not */
    cr_assert_eq(run(lost_updates, 57, false), 0);
    cr_assert_str_eq(out_text, first_out);
    cr_assert_str_eq(err_text, "");
    /* a switch inside one() loses updates: fewer than 4000 */
    cr_assert_lt(atoi(first_out), 4000, "%s", first_out);
    cr_assert(strstr(first_err, "entering one()"), "no switch inside one(): %s", first_err);
    free(first_out);
    free(first_err);
}

Test(gil, a_plain_loop_loses_nothing_at_any_switch_count) {
    static const char code[] =
        "import threading\n"
        "n = 0\n"
        "def work():\n"
        "    global n\n"
        "    for i in range(3000):\n"
        "        n = n + 1\n"
        "ts = [threading.Thread(target=work) for _ in range(3)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "print(n)\n";
    uint64_t every[] = {1, 2, 3, 5, 7, 13, 100, 1000};
    for (size_t i = 0; i < sizeof every / sizeof *every; i++) {
        cr_assert_eq(run(code, every[i], false), 0, "%s", err_text);
        cr_assert_str_eq(out_text, "9000\n", "--switch-every=%llu", (unsigned long long)every[i]);
    }
}

Test(gil, turns_go_round_in_the_order_threads_started) {
    /* three workers that only compute: after the main thread waits in
     * join(), the lock must visit T2, T3, T4, T2, T3, T4 ... */
    static const char code[] =
        "import threading\n"
        "def spin():\n"
        "    x = 0\n"
        "    for i in range(400):\n"
        "        x += i\n"
        "ts = [threading.Thread(target=spin) for _ in range(3)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n";
    cr_assert_eq(run(code, 50, true), 0, "%s", err_text);
    /* the threads that take the lock once the last one has started */
    const char *p = strstr(err_text, "(T4) starts");
    cr_assert_not_null(p, "%s", err_text);
    int seq[256], n = 0;
    while (n < 256 && (p = strstr(p, " acquire "))) {
        const char *line = p;
        while (line > err_text && line[-1] != '\n') line--;
        seq[n++] = atoi(line + 1);              /* "T3 acquire ..." */
        p += 9;
    }
    cr_assert_gt(n, 6, "%s", err_text);
    for (int i = 1; i < n; i++) {
        if (seq[i] == 1 || seq[i - 1] == 1) continue;       /* the main thread's own turns */
        int expected = seq[i - 1] == 4 ? 2 : seq[i - 1] + 1;
        /* a finished thread drops out of the round */
        if (seq[i] != expected)
            cr_assert(strstr(err_text, "has finished") || seq[i] == (expected == 4 ? 2 : expected + 1),
                      "T%d took the lock after T%d\n%s", seq[i], seq[i - 1], err_text);
    }
}

Test(gil, a_blocking_call_hands_the_lock_over) {
    static const char code[] =
        "import threading, time\n"
        "def work():\n"
        "    time.sleep(0.05)\n"
        "t = threading.Thread(target=work)\n"
        "t.start()\n"
        "t.join()\n"
        "lock = threading.Lock()\n"
        "lock.acquire()\n"
        "print(lock.acquire(timeout=0.01))\n";
    cr_assert_eq(run(code, 0, true), 0, "%s", err_text);
    cr_assert_str_eq(out_text, "False\n");
    cr_assert(strstr(err_text, "blocking call time.sleep in work()"), "%s", err_text);
    cr_assert(strstr(err_text, "blocking call lock.acquire in Thread._wait_for_tstate_lock()"), "%s", err_text);
    cr_assert(strstr(err_text, "release MainThread \u2192 nobody: blocking call lock.acquire in <module>"), "%s",
              err_text);
    cr_assert(strstr(err_text, "has finished"), "%s", err_text);
    cr_assert(strstr(err_text, "summary T2 Thread-1 (work): "), "%s", err_text);
}

Test(gil, the_interval_keeps_threads_from_starving) {
    /* each thread spins until both have counted to 1000: without forced
     * switches the first would spin for ever holding the lock */
    static const char code[] =
        "import threading, sys\n"
        "sys.setswitchinterval(0.001)\n"
        "counts = [0, 0]\n"
        "def spin(me):\n"
        "    other = 1 - me\n"
        "    while counts[me] < 1000 or counts[other] < 1000:\n"
        "        counts[me] += 1\n"
        "ts = [threading.Thread(target=spin, args=(k,)) for k in (0, 1)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "print(counts[0] >= 1000 and counts[1] >= 1000)\n";
    cr_assert_eq(run(code, 0, true), 0, "%s", err_text);
    cr_assert_str_eq(out_text, "True\n");
    cr_assert(strstr(err_text, "another thread waited 1 ms"), "%s", err_text);
}

Test(gil, events_carry_their_thread) {
    TraceOptions opt = {.mask = TRACE_GIL | TRACE_CALL, .format = TRACE_JSON, .out = stderr, .show_times = false};
    Program p = {.code = "import threading\n"
                         "def work():\n"
                         "    pass\n"
                         "t = threading.Thread(target=work)\n"
                         "t.start()\n"
                         "t.join()\n",
                 .argc = 1, .argv = (char *[]){"-c", NULL}, .switch_every = 1000, .trace = &opt};
    free_texts();
    cr_assert_eq(run_captured(&p, &out_text, &err_text), 0);
    /* before the second thread: no tag; afterwards every event has one */
    const char *start = strstr(err_text, "\"event\": \"start\"");
    cr_assert_not_null(start, "%s", err_text);
    cr_assert(strstr(err_text, "{\"cat\": \"call\", \"event\": \"call\", \"depth\": 1, \"func\": \"Thread.__init__\""),
              "%s", err_text);
    cr_assert(strstr(start, "\"thread\": 2, \"thread_name\": \"Thread-1 (work)\""), "%s", err_text);
    cr_assert(strstr(err_text, "\"event\": \"end\", \"depth\": 0, \"thread\": 2"), "%s", err_text);
    cr_assert(strstr(err_text, "\"event\": \"summary\""), "%s", err_text);
}

/* A child of os.fork() narrates too, and every line of its narration names
 * it: "pid N" after a bare fork, then the name it is given (multiprocessing
 * gives its Process's). Its lock is its own: the summary it reports when it
 * ends in os._exit() counts its turns only (the one it began with, the one
 * after its sleep), none of its parent's. */
Test(gil, a_forked_child_names_itself_in_the_narration) {
#if defined(__SANITIZE_ADDRESS__)
    /* (AddressSanitizer's allocator is not fork-safe beside Criterion's
     * threads: tests/support/run_traced.c says more) */
    cr_skip_test("fork in-process under AddressSanitizer");
#endif
    cr_assert_eq(run("import os, time\n"
                     "time.sleep(0)\n"
                     "pid = os.fork()\n"
                     "if pid == 0:\n"
                     "    time.sleep(0)\n"
                     "    os._set_process_name('child')\n"
                     "    os._exit(0)\n"
                     "print(pid)\n"
                     "os.waitpid(pid, 0)\n",
                     0, true),
                 0);
    char bare[64];
    snprintf(bare, sizeof bare, "[pid %ld] release MainThread", strtol(out_text, NULL, 10));
    cr_assert(strstr(err_text, bare), "%s", err_text);
    cr_assert(strstr(err_text, "[child] summary T1 MainThread: 2 turns, 0 switched, 1 blocking\n"), "%s", err_text);
    /* the parent's lines carry no tag: its summary counts its sleep and its wait */
    cr_assert(strstr(err_text, "\nsummary T1 MainThread: 3 turns, 0 switched, 2 blocking\n"), "%s", err_text);
}

static pthread_t main_pthread;

/* SIGINT for the main thread, once the program has written its first line
 * (it flushes "ready" just before it waits) and a moment later */
static void *interrupt_main_soon(void *arg) {
    struct timespec t = {0, 10 * 1000 * 1000};
    struct stat st;
    for (int i = 0; i < 3000 && (fstat(1, &st) != 0 || st.st_size == 0); i++) nanosleep(&t, NULL);
    t.tv_nsec = 300 * 1000 * 1000;             /* by then it waits (on a busy machine, maybe not yet) */
    nanosleep(&t, NULL);
    pthread_kill(main_pthread, SIGINT);
    return arg;
}

Test(gil, sigint_wakes_a_main_thread_in_join) {
    static const char code[] =
        "import threading\n"
        "t = threading.Thread(target=threading.Event().wait, daemon=True)\n"
        "t.start()\n"
        "try:\n"
        "    print('ready', flush=True)\n"
        "    t.join()\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted in join')\n"
        "print(t.is_alive())\n";
    main_pthread = pthread_self();
    pthread_t helper;
    pthread_create(&helper, NULL, interrupt_main_soon, NULL);
    int status = run(code, 0, false);
    pthread_join(helper, NULL);
    cr_assert_eq(status, 0, "%s", err_text);
    cr_assert_str_eq(out_text, "ready\ninterrupted in join\nTrue\n");
}

Test(gil, sigint_is_the_main_threads) {
    /* a worker spins; SIGINT raises KeyboardInterrupt in the main thread,
     * which waits in a lock's acquire, never in the worker */
    static const char code[] =
        "import threading\n"
        "stop = False\n"
        "caught = []\n"
        "def spin():\n"
        "    try:\n"
        "        while not stop:\n"
        "            pass\n"
        "    except KeyboardInterrupt:\n"
        "        caught.append('worker')\n"
        "t = threading.Thread(target=spin)\n"
        "t.start()\n"
        "lock = threading.Lock()\n"
        "lock.acquire()\n"
        "try:\n"
        "    print('ready', flush=True)\n"
        "    lock.acquire()\n"
        "except KeyboardInterrupt:\n"
        "    caught.append('main')\n"
        "stop = True\n"
        "t.join()\n"
        "print(caught)\n";
    main_pthread = pthread_self();
    pthread_t helper;
    pthread_create(&helper, NULL, interrupt_main_soon, NULL);
    int status = run(code, 0, false);
    pthread_join(helper, NULL);
    cr_assert_eq(status, 0, "%s", err_text);
    cr_assert_str_eq(out_text, "ready\n['main']\n");
}

Test(gil, a_daemon_thread_left_running_is_left_alone) {
    static const char code[] =
        "import threading, time\n"
        "def forever():\n"
        "    while True:\n"
        "        time.sleep(0.001)\n"
        "def spin():\n"
        "    while True:\n"
        "        pass\n"
        "threading.Thread(target=forever, daemon=True).start()\n"
        "threading.Thread(target=spin, daemon=True).start()\n"
        "threading.Thread(target=threading.Event().wait, daemon=True).start()\n"
        "print('main done')\n";
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(run(code, 0, false), 0, "%s", err_text);
        cr_assert_str_eq(out_text, "main done\n");
        cr_assert_str_eq(err_text, "");
    }
    /* the next interpreter in this process runs as usual */
    cr_assert_eq(run(lost_updates, 1000, false), 0, "%s", err_text);
    cr_assert_gt(atoi(out_text), 2000, "%s", out_text);
}

Test(gil, teardown_with_a_daemon_spinning_still_finalizes) {
    /* at exit a __del__ sleeps: the main thread lets the GIL go and must
     * get it back, though a daemon thread spins for it (the daemon stops
     * for good instead) */
    static const char code[] =
        "import threading, time\n"
        "class Farewell:\n"
        "    def __del__(self, sleep=time.sleep):\n"
        "        sleep(0.01)\n"
        "        print('__del__ ran after its sleep')\n"
        "def spin():\n"
        "    while True:\n"
        "        pass\n"
        "keep = Farewell()\n"
        "threading.Thread(target=spin, daemon=True).start()\n"
        "time.sleep(0.01)\n"
        "print('main done')\n";
    cr_assert_eq(run(code, 0, false), 0, "%s", err_text);
    cr_assert_str_eq(out_text, "main done\n__del__ ran after its sleep\n");
}

Test(gil, the_default_excepthook_names_the_thread) {
    static const char code[] =
        "import threading\n"
        "def boom():\n"
        "    raise ValueError('no luck')\n"
        "t = threading.Thread(target=boom, name='unlucky')\n"
        "t.start()\n"
        "t.join()\n"
        "print('goes on')\n";
    cr_assert_eq(run(code, 0, false), 0, "%s", err_text);
    cr_assert_str_eq(out_text, "goes on\n");
    static const char head[] = "Exception in thread unlucky:\nTraceback (most recent call last):\n";
    cr_assert(!strncmp(err_text, head, strlen(head)), "%s", err_text);
    cr_assert(strstr(err_text, "File \"<string>\", line 3, in boom\nValueError: no luck\n"), "%s", err_text);
}

/* ---- a thread's end racing the interpreter's -------------------------------
 * A thread frees its ThreadState (ts_release) after it let the GIL go for
 * the last time, so the main thread may meanwhile tear the interpreter
 * down and free it. The test holds the ending thread at that point --
 * inside ts_release, whose sem_destroy this file interposes -- until the
 * interpreter is gone: its blocks must already have left the count (the
 * teardown finds every byte back), and freeing them must not touch the
 * freed interpreter (which the sanitizer build reports). */

static sem_t hold_gate, held;
static volatile int holding;

int sem_destroy(sem_t *sem) {
    static int (*real)(sem_t *);
    if (!real) real = (int (*)(sem_t *))dlsym(RTLD_NEXT, "sem_destroy");
    if (holding && sem != &hold_gate && sem != &held && !pthread_equal(pthread_self(), main_pthread)) {
        holding = 0;
        sem_post(&held);
        while (sem_wait(&hold_gate) != 0) {}
    }
    return real(sem);
}

Test(gil, a_thread_ending_at_teardown_leaves_the_interpreter_alone) {
    static const char code[] =
        "import threading\n"
        "t = threading.Thread(target=print, args=('in thread',))\n"
        "t.start()\n"
        "t.join()\n"
        "print('main done')\n";
    main_pthread = pthread_self();
    sem_init(&hold_gate, 0, 0);
    sem_init(&held, 0, 0);
    holding = 1;
    /* counted from the start (debug builds count anyway) */
    Limits limits = {.max_memory = (uint64_t)1 << 40};
    Program p = {.code = code, .argc = 1, .argv = (char *[]){"-c", NULL}, .limits = &limits};
    free_texts();
    int status = run_captured(&p, &out_text, &err_text);
    /* the thread waited in ts_release while the interpreter went away */
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 10;
    cr_assert_eq(sem_timedwait(&held, &until), 0, "the thread never reached ts_release");
    sem_post(&hold_gate);
    cr_assert_eq(status, 0, "%s", err_text);
    cr_assert_str_eq(out_text, "in thread\nmain done\n");
    cr_assert_eq(p.leaked, 0, "the ending thread's state was still counted at teardown");
    /* let it finish freeing (a sanitizer report would come now) */
    struct timespec pause = {0, 50 * 1000 * 1000};
    nanosleep(&pause, NULL);
}
