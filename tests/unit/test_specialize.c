/* test_specialize.c -- unit tests of the adaptive interpreter (vm/specialize.c,
 * issue 18, lesson 11): when an instruction takes a specialised form, what
 * a miss does, how often a failed attempt is retried, and that listings
 * still name the family.
 *
 * The differential programs in tests/py/specialise/ check that nothing a
 * program can see changes when guards fail; these tests look at the
 * instruction words themselves, which no program can reach.
 */
#include <criterion/criterion.h>

#include "unit_support.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "vm/dis.h"
#include "vm/opcodes.h"
#include "vm/specialize.h"

/* The code of function [name] in namespace [g] (borrowed). */
static CodeObject *code_of(Object *g, const char *name) {
    Object *f = dict_get_cstr_borrowed(ts, g, name);
    cr_assert(f && TYPE(f) == &FunctionType, "no function %s", name);
    return (CodeObject *)((FunctionObject *)f)->code;
}

/* The index of the first instruction of [co] in [family] (any form). */
static int find(CodeObject *co, Opcode family) {
    for (uint32_t i = 0; i < co->ncode; i++)
        if (opcode_family[INSTR_OP(co->code[i])] == family) return (int)i;
    cr_assert_fail("no %s in %s", opcode_names[family], STR_DATA(co->name));
    return -1;
}

static int op_at(CodeObject *co, int i) { return INSTR_OP(co->code[i]); }

/* Call [f] with [a] and [b], [times] times; each call must succeed. */
static void call_times(Object *f, Object *a, Object *b, int times) {
    Object *args[2] = {a, b};
    for (int i = 0; i < times; i++) {
        Object *v = obj_call(ts, f, args, 2, NULL);
        cr_assert_not_null(v, "call %d raised", i + 1);
        DECREF(v);
    }
}

/* Warm: after SPEC_WARMUP runs, an int addition and an instance attribute
 * load are specialised; before, they are not. */
Test(specialize, warm_instructions_specialise, .init = interp_up, .fini = interp_down_checked) {
    Object *g = run_snippet("class P:\n"
                            "    def __init__(self): self.x = 1\n"
                            "def f(p, n): return p.x + n\n"
                            "p = P()\n"
                            "for i in range(3): f(p, i)\n");
    cr_assert_not_null(g);
    CodeObject *co = code_of(g, "f");
    int add = find(co, OP_BINARY_OP), attr = find(co, OP_LOAD_ATTR);
    cr_expect_eq(op_at(co, add), OP_BINARY_OP, "specialised after 3 runs");
    /* more runs */
    Object *f = dict_get_cstr_borrowed(ts, g, "f"), *p = dict_get_cstr_borrowed(ts, g, "p");
    for (int i = 0; i < SPEC_WARMUP; i++) {
        Object *n = int_from_i64(ts, i);
        Object *args[2] = {p, n};
        Object *v = obj_call(ts, f, args, 2, NULL);
        cr_assert_not_null(v);
        DECREF(v);
        DECREF(n);
    }
    cr_expect_eq(op_at(co, add), OP_BINARY_OP_ADD_INT, "got %s", opcode_names[op_at(co, add)]);
    cr_expect_eq(op_at(co, attr), OP_LOAD_ATTR_WITH_HINT, "got %s", opcode_names[op_at(co, attr)]);
    /* --dis (not adaptive) still names what the compiler emitted */
    StrBuf b;
    strbuf_init(&b);
    dis_instruction(ts, &b, co, add, false, false);
    cr_expect(strstr(b.data, "BINARY_OP ") && !strstr(b.data, "ADD_INT"), "listed as %s", b.data);
    strbuf_free(&b);
    DECREF(g);
}

/* A miss runs the generic work; SPEC_MISSES of them send the word back to
 * its family, which then waits 2^4 - 1 runs before trying again. */
Test(specialize, misses_deoptimise_and_back_off, .init = interp_up, .fini = interp_down_checked) {
    Object *g = run_snippet("def f(a, b): return a + b\n"
                            "for i in range(20): f(i, 1)\n");
    cr_assert_not_null(g);
    CodeObject *co = code_of(g, "f");
    int add = find(co, OP_BINARY_OP);
    cr_assert_eq(op_at(co, add), OP_BINARY_OP_ADD_INT);
    Object *f = dict_get_cstr_borrowed(ts, g, "f");
    Object *x = str_from_cstr(ts, "x");
    Object *args[2] = {x, x};
    for (int i = 0; i < SPEC_MISSES - 1; i++) {
        Object *v = obj_call(ts, f, args, 2, NULL);
        cr_assert(v && str_eq_cstr(v, "xx"), "the generic + ran");
        DECREF(v);
        cr_expect_eq(op_at(co, add), OP_BINARY_OP_ADD_INT, "went back after %d misses", i + 1);
    }
    call_times(f, x, x, 1);
    cr_expect_eq(op_at(co, add), OP_BINARY_OP, "still %s after %d misses", opcode_names[op_at(co, add)],
                 SPEC_MISSES);
    cr_expect_eq(co->caches[add].counter, (1 << SPEC_BACKOFF_START) - 1);
    /* the next attempt, with strs now, takes the str form */
    call_times(f, x, x, (1 << SPEC_BACKOFF_START) - 1);
    cr_expect_eq(op_at(co, add), OP_BINARY_OP_ADD_UNICODE, "got %s", opcode_names[op_at(co, add)]);
    DECREF(x);
    DECREF(g);
}

/* An attempt that fails waits 15 runs, then 31: the backoff doubles. */
Test(specialize, failed_attempts_wait_longer, .init = interp_up, .fini = interp_down_checked) {
    Object *g = run_snippet("def f(a, b): return a + b\n"
                            "for i in range(8): f([i], [1])\n");
    cr_assert_not_null(g);
    CodeObject *co = code_of(g, "f");
    int add = find(co, OP_BINARY_OP);
    cr_expect_eq(op_at(co, add), OP_BINARY_OP);
    cr_expect_eq(co->caches[add].counter, 15);
    cr_expect_eq(co->caches[add].why, SPEC_OPERAND_TYPES);
    Object *f = dict_get_cstr_borrowed(ts, g, "f");
    Object *l = list_new(ts, 0);
    call_times(f, l, l, 15);
    cr_expect_eq(co->caches[add].counter, 31);
    DECREF(l);
    DECREF(g);
}
