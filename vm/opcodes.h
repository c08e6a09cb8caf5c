/* opcodes.h -- the opcode enum and the per-opcode tables, all generated
 * from opcodes.def. Lesson 2: the instruction set a student reads in --dis. */
#ifndef MINIPY_OPCODES_H
#define MINIPY_OPCODES_H

#include <stdbool.h>
#include <stdint.h>

typedef enum {
#define OP(name, arg, pops, pushes, jump) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT
} Opcode;

typedef enum {
    A_NONE, A_INT, A_CONST, A_NAME, A_GLOBAL, A_LOCAL, A_DEREF, A_JUMP, A_CMP, A_BINOP, A_FLAGS
} OperandKind;

/* How an instruction word holds an opcode and its argument (INSTR_OP,
 * INSTR_ARG) is the code object's business: runtime/code.h. */

extern const char *const opcode_names[OP_COUNT];
extern const OperandKind opcode_operands[OP_COUNT];
/* Net stack change of [op] with [arg]; [jump]: when the jump is taken. */
int opcode_stack_effect(Opcode op, uint32_t arg, bool jump);
/* What the instruction consumes and produces when it falls through. */
int opcode_pops(Opcode op, uint32_t arg);
int opcode_pushes(Opcode op, uint32_t arg);
static inline bool opcode_is_jump(Opcode op) { return opcode_operands[op] == A_JUMP; }

#endif
