/* fuzz_run.c -- libFuzzer harness for whole execution: any bytes run as a
 * program, in an interpreter of its own, under an instruction budget, an
 * output budget and a wall-clock limit (runtime/limits.h), so that an
 * infinite loop, or threads that wait for one another for ever (a
 * deadlock CPython has too), end as an error instead of a hang. Whatever the program does, minipy must end
 * it with output or an error -- never a crash, a leak or a sanitizer
 * report. run.sh gives libFuzzer -close_fd_mask=3: what the programs print
 * goes nowhere, libFuzzer's own report still shows (and so the limits'
 * backstop, which would _exit(124) a second after a limit with its one
 * line on the closed stderr, is off). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/run.h"
#include "runtime/limits.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *code = malloc(size + 1);         /* source code cannot hold a NUL byte anyway */
    memcpy(code, data, size);
    code[size] = 0;
    /* no backstop: a program stuck in C code past the limit is libFuzzer's
     * -timeout to report, with its input kept, not a silent _exit(124) */
    Limits limits = {.max_steps = 200000, .max_output = 64 * 1024, .max_wall = 10, .sandbox = true,
                     .no_backstop = true};
    Program p = {.code = code, .argc = 1, .argv = (char *[]){"-c", NULL}, .limits = &limits};
    run_program(&p);
    free(code);
    return 0;
}
