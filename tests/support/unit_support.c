/* unit_support.c -- the interpreter fixtures shared by the unit tests. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "unit_support.h"
#include "runtime/exceptions.h"
#include "runtime/dict.h"
#include "vm/run.h"

Interp *interp;
ThreadState *ts;

void interp_up(void) {
    InterpConfig cfg = {0};
    interp = interp_new(&cfg);
    cr_assert_not_null(interp, "interp_new failed");
    ts = interp_main_thread(interp);
}

void interp_down_checked(void) {
    if (ts && ts->exc) err_print(ts);
    int64_t alive = interp_free(interp);
    interp = NULL;
    ts = NULL;
    cr_assert_eq(alive, 0, "%lld objects leaked", (long long)alive);
}

Object *run_snippet(const char *src) {
    Object *globals = dict_new(ts);
    if (!globals) return NULL;
    dict_set(ts, globals, ts->interp->ids.__builtins__, ts->interp->builtins_module);
    Object *r = run_source(ts, src, strlen(src), "<test>", RUN_EXEC, globals, globals);
    if (!r) {
        err_print(ts);
        DECREF(globals);
        return NULL;
    }
    DECREF(r);
    return globals;
}

static char *slurp(int fd) {
    off_t size = lseek(fd, 0, SEEK_END);
    char *s = calloc(1, (size_t)size + 1);
    if (pread(fd, s, (size_t)size, 0) < 0) *s = 0;
    return s;
}

int run_captured(Program *p, char **out, char **err) {
    int out_fd = memfd_create("stdout", 0), err_fd = memfd_create("stderr", 0);
    cr_assert(out_fd >= 0 && err_fd >= 0);
    fflush(stdout);
    fflush(stderr);
    int saved_out = dup(1), saved_err = dup(2);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    int status = run_program(p);
    fflush(stdout);
    fflush(stderr);
    dup2(saved_out, 1);
    dup2(saved_err, 2);
    close(saved_out);
    close(saved_err);
    *out = slurp(out_fd);
    *err = slurp(err_fd);
    close(out_fd);
    close(err_fd);
    return status;
}
