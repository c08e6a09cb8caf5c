/* unit_support.c -- the interpreter fixtures shared by the unit tests. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit_support.h"
#include "capture.h"
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

int run_captured(Program *p, char **out, char **err) {
    Capture c;
    capture_begin(&c, -1);
    int status = run_program(p);
    capture_end(&c, out, err);
    return status;
}
