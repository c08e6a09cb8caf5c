/* fuzz_compile.c -- libFuzzer harness for the symbol table, the compiler
 * and the disassembler: any bytes compile to code objects that --dis can
 * list, or to a SyntaxError -- never a crash or a sanitizer report. One
 * interpreter serves every input. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "vm/run.h"
#include "vm/dis.h"
#include "runtime/exceptions.h"

static Interp *interp;
static ThreadState *ts;
static FILE *sink;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!interp) {
        InterpConfig cfg = {0};
        interp = interp_new(&cfg);
        ts = interp_main_thread(interp);
        sink = fopen("/dev/null", "w");
    }
    Object *co = run_compile(ts, (const char *)data, size, "<fuzz>", RUN_EXEC);
    if (co) {
        dis_code(ts, sink, (CodeObject *)co, false, NULL);
        DECREF(co);
    }
    err_clear(ts);
    return 0;
}
