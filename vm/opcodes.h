/* opcodes.h -- the opcode enum and the per-opcode tables, all generated
 * from opcodes.def. Lesson 2: the instruction set a student reads in --dis. */
#ifndef MINIPY_OPCODES_H
#define MINIPY_OPCODES_H

#include <stdbool.h>
#include <stdint.h>

typedef enum {
#define OP(name, arg, pops, pushes, jump, family) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT
} Opcode;

typedef enum {
    A_NONE, A_INT, A_CONST, A_NAME, A_GLOBAL, A_LOCAL, A_DEREF, A_JUMP, A_JUMP_BACK, A_CMP, A_BINOP, A_FLAGS
} OperandKind;

/* How an instruction word holds an opcode and its argument (INSTR_OP,
 * INSTR_ARG) is the code object's business: runtime/code.h. */

extern const char *const opcode_names[OP_COUNT];
extern const OperandKind opcode_operands[OP_COUNT];
/* The generic instruction a specialised form stands in for (itself for
 * every instruction the compiler emits): what --dis, --trace=op and the
 * JSON stream name, and what a specialised form goes back to. */
extern const uint8_t opcode_family[OP_COUNT];
static inline bool opcode_is_specialised(int op) { return opcode_family[op] != op; }
/* Net stack change of [op] with [arg]; [jump]: when the jump is taken. */
int opcode_stack_effect(Opcode op, uint32_t arg, bool jump);
/* What the instruction consumes and produces when it falls through. */
int opcode_pops(Opcode op, uint32_t arg);
int opcode_pushes(Opcode op, uint32_t arg);
static inline bool opcode_is_jump(Opcode op) {
    return opcode_operands[op] == A_JUMP || opcode_operands[op] == A_JUMP_BACK;
}

/* The one decoder of jump arguments (--dis, --trace, the stepper, the VM's
 * helpers outside the loop). As in CPython 3.11 a jump's argument is a
 * distance counted from the instruction after the jump: forwards, or
 * backwards for A_JUMP_BACK. The loop's handlers do the same arithmetic in
 * place (`ip += ARG()`, `ip -= ARG()` in vm/eval_loop.h), ip being already
 * on the next instruction. Returns the index of the instruction the jump
 * at [index] with [op] and [arg] goes to. */
static inline uint32_t opcode_jump_target(Opcode op, uint32_t arg, uint32_t index) {
    return opcode_operands[op] == A_JUMP_BACK ? index + 1 - arg : index + 1 + arg;
}

/* The argument of a jump at [index] to [target], and in [*op] the form of
 * the jump that goes that way: the A_JUMP_BACK twin that follows a forward
 * jump in opcodes.def when [target] is not after [index], the forward one
 * before it otherwise. False when [*op] has no twin for that direction. */
static inline bool opcode_jump_encode(Opcode *op, uint32_t index, uint32_t target, uint32_t *arg) {
    bool back = target <= index;
    if (back && opcode_operands[*op] == A_JUMP) {
        if (*op + 1 >= OP_COUNT || opcode_operands[*op + 1] != A_JUMP_BACK) return false;
        *op = (Opcode)(*op + 1);
    } else if (!back && opcode_operands[*op] == A_JUMP_BACK) {
        *op = (Opcode)(*op - 1);
    }
    *arg = back ? index + 1 - target : target - index - 1;
    return true;
}

#endif
