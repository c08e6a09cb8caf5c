/* test_signals.c -- signals and broken output (runtime/signals.c, the end
 * of vm/run.c's run_program): SIGINT becomes KeyboardInterrupt where the
 * program is, and an uncaught one ends the process as CPython's does, by
 * SIGINT; a write to a closed pipe or a full device raises
 * BrokenPipeError/OSError, and output that cannot be written at the end
 * gives CPython's report and exit status 120.
 *
 * The programs run in-process through run_program(), as the command line
 * runs them; each Criterion test is a process of its own, so a test may
 * point its stdout at /dev/full or die of SIGINT. The signal comes from a
 * second thread while the program spins in a loop that only it can end.
 */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "capture.h"
#include "vm/run.h"
#include "runtime/signals.h"

static char *out_text, *err_text;

/* Everything written to the memory file [fd]. */

static void *interrupt_soon(void *arg) {
    struct timespec t = {0, 100 * 1000 * 1000};
    nanosleep(&t, NULL);
    kill(getpid(), SIGINT);
    return arg;
}

/* Run [code] as `minipy -c code`, stdout on [stdout_path] (NULL: memory),
 * stderr in memory; [interrupt]: SIGINT arrives 0.1 s in. */
static int run_code(const char *code, const char *stdout_path, bool interrupt, bool *interrupted) {
    Capture c;
    capture_begin(&c, stdout_path ? open(stdout_path, O_WRONLY) : -1);
    pthread_t t;
    if (interrupt) pthread_create(&t, NULL, interrupt_soon, NULL);
    Program p = {.code = code, .argc = 1, .argv = (char *[]){"-c", NULL}};
    int status = run_program(&p);
    if (interrupt) pthread_join(t, NULL);
    capture_end(&c, stdout_path ? NULL : &out_text, &err_text);
    if (stdout_path) out_text = strdup("");
    if (interrupted) *interrupted = p.interrupted;
    return status;
}

static void free_texts(void) {
    free(out_text);
    free(err_text);
}

/* A shell starts a background job with SIGINT ignored, and minipy then
 * leaves it ignored, as CPython does (runtime/signals.c): the tests that
 * send SIGINT start from its default action, however they were started. */
static void sigint_default(void) { signal(SIGINT, SIG_DFL); }

TestSuite(signals, .init = sigint_default, .fini = free_texts, .timeout = 20);

Test(signals, sigint_is_a_keyboard_interrupt_except_and_finally_see) {
    bool interrupted;
    int status = run_code("try:\n"
                          "    while True:\n"
                          "        pass\n"
                          "except KeyboardInterrupt as e:\n"
                          "    print('caught', repr(e))\n"
                          "finally:\n"
                          "    print('finally ran')\n",
                          NULL, true, &interrupted);
    cr_expect_eq(status, 0, "exit status %d, stderr:\n%s", status, err_text);
    cr_expect_not(interrupted);
    cr_expect_str_eq(out_text, "caught KeyboardInterrupt()\nfinally ran\n");
}

Test(signals, an_uncaught_interrupt_ends_the_process_by_sigint, .signal = SIGINT) {
    bool interrupted;
    run_code("x = 0\nwhile True:\n    x += 1\n", NULL, true, &interrupted);
    cr_assert(interrupted, "stderr:\n%s", err_text);
    cr_assert(strstr(err_text, "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n"),
              "%s", err_text);
    cr_assert(strstr(err_text, "\nKeyboardInterrupt\n"), "%s", err_text);
    signals_exit_interrupted();        /* what vm/main.c does: the test expects to die of SIGINT */
}

Test(signals, output_lost_at_exit_is_reported_with_status_120) {
    int status = run_code("print('hi')\n", "/dev/full", false, NULL);
    cr_expect_eq(status, 120);
    cr_expect_str_eq(err_text, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
                               "encoding='utf-8'>\nOSError: [Errno 28] No space left on device\n");
}

Test(signals, a_write_that_fails_raises_oserror_where_the_program_wrote) {
    int status = run_code("try:\n"
                          "    for i in range(100000):\n"
                          "        print(i)\n"
                          "except OSError as e:\n"
                          "    import sys\n"
                          "    sys.stderr.write(type(e).__name__ + ' ' + str(e) + '\\n')\n",
                          "/dev/full", false, NULL);
    cr_expect_eq(status, 0, "%s", err_text);
    cr_expect_str_eq(err_text, "OSError [Errno 28] No space left on device\n");
}

Test(signals, a_closed_pipe_is_a_broken_pipe_error) {
    int fds[2];
    cr_assert(pipe(fds) == 0);
    close(fds[0]);                      /* nobody will read */
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fds[1]);
    int status = run_code("for i in range(100000):\n    print(i)\n", path, false, NULL);
    close(fds[1]);
    cr_expect_eq(status, 1);
    cr_expect(strstr(err_text, "BrokenPipeError: [Errno 32] Broken pipe\n") != NULL, "%s", err_text);
    cr_expect(strstr(err_text, "Exception ignored") == NULL, "reported twice:\n%s", err_text);
}
