/* test_stepper.c -- the stepper (trace/stepper.c, `minipy --step`) seen from
 * the program's side: what the golden sessions (tests/golden/step/) cannot
 * check. `q` ends the program with status 0 and no `finally` runs after it;
 * the end of the commands lets it run to its end; `p` puts back the
 * exception being raised; showing names, frames and the stack changes no
 * reference count the program can see.
 *
 * The programs run in-process through run_program(), as `minipy --step -c
 * CODE --step-commands=FILE`, the commands from memory, stdout and stderr
 * caught (tests/support/capture.h).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture.h"
#include "vm/run.h"
#include "trace/tracer.h"

static char *out_text, *err_text;

/* Run [code] under --step --trace=[cats] with the commands [commands];
 * the session and the program's output in out_text, stderr in err_text.
 * Returns the exit status. */
static int run_stepped(const char *cats, const char *code, const char *commands) {
    TraceOptions opt = {.out = stdout, .show_times = false, .width = 100, .step = STEP_FROM_START,
                        .owns_step_in = true};
    char why[200];
    cr_assert(trace_parse_categories(cats, &opt.mask, why, sizeof why), "%s", why);
    opt.step_in = *commands ? fmemopen((void *)commands, strlen(commands), "r") : fopen("/dev/null", "r");
    cr_assert_not_null(opt.step_in);
    Program p = {.code = code, .argc = 1, .argv = (char *[]){"-c", NULL}, .trace = &opt};
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

TestSuite(stepper, .fini = free_texts, .timeout = 30);

static const char guarded[] =
    "def work():\n"
    "    try:\n"
    "        print('working')\n"
    "        return 1\n"
    "    finally:\n"
    "        print('finally ran')\n"
    "try:\n"
    "    work()\n"
    "except BaseException as e:\n"
    "    print('caught', type(e).__name__)\n"
    "print('after')\n";

Test(stepper, quit_ends_the_program_with_status_0_and_no_finally_runs) {
    /* into work(), past its print, then quit inside the try (each `try:`
     * line is a stop of its own, as in CPython 3.11) */
    int status = run_stepped("line", guarded, "n\nn\ns\nn\nn\nq\n");
    cr_expect_eq(status, 0, "exit status %d", status);
    cr_expect(strstr(out_text, "working") != NULL, "%s", out_text);
    cr_expect(strstr(out_text, "quit: the program ends here") != NULL, "%s", out_text);
    cr_expect(strstr(out_text, "finally ran") == NULL, "a finally ran after q:\n%s", out_text);
    cr_expect(strstr(out_text, "caught") == NULL, "an except ran after q:\n%s", out_text);
    cr_expect(strstr(out_text, "after") == NULL, "the program went on after q:\n%s", out_text);
    cr_expect_str_empty(err_text);
}

Test(stepper, the_end_of_the_commands_runs_the_program_to_its_end) {
    int status = run_stepped("line", guarded, "s\n");
    cr_expect_eq(status, 0);
    cr_expect(strstr(out_text, "(no more commands: the program runs on to its end)") != NULL, "%s", out_text);
    cr_expect(strstr(out_text, "finally ran\nafter\n") != NULL, "%s", out_text);
}

Test(stepper, p_puts_back_the_exception_being_raised) {
    /* stopped at the raise event: p raises and catches its own errors */
    int status = run_stepped("call",
                             "try:\n"
                             "    1 / 0\n"
                             "except ZeroDivisionError as e:\n"
                             "    print('caught', e)\n",
                             "s\np undefined_name\np [][1]\np 6 * 7\nc\n");
    cr_expect_eq(status, 0);
    cr_expect(strstr(out_text, "raise  ZeroDivisionError: division by zero") != NULL, "%s", out_text);
    cr_expect(strstr(out_text, "*** NameError: name 'undefined_name' is not defined") != NULL, "%s", out_text);
    cr_expect(strstr(out_text, "*** IndexError: list index out of range") != NULL, "%s", out_text);
    cr_expect(strstr(out_text, "\n42\n") != NULL, "%s", out_text);
    cr_expect(strstr(out_text, "caught division by zero") != NULL, "%s", out_text);
    cr_expect_str_empty(err_text);
}

Test(stepper, showing_names_frames_and_the_stack_changes_no_count) {
    /* between the two counts the stepper shows everything it can show */
    int status = run_stepped("line",
                             "import sys\n"
                             "def f(x):\n"
                             "    before = sys.getrefcount(x)\n"
                             "    after = sys.getrefcount(x)\n"
                             "    print('same count', before == after)\n"
                             "f([1, 2])\n",
                             "n\nn\ns\nn\nlocals\nglobals\nw\nstack\nl\nb 5\nc\n");
    cr_expect_eq(status, 0);
    cr_expect(strstr(out_text, "locals of f") != NULL, "%s", out_text);
    cr_expect(strstr(out_text, "same count True") != NULL, "%s", out_text);
}
