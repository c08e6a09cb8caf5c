/* opcodes.c -- the tables --dis, --trace and the compiler read, generated
 * from opcodes.def (the only list of opcodes). */
#include <stdbool.h>

#include "opcodes.h"

const char *const opcode_names[OP_COUNT] = {
#define OP(name, arg, pops, pushes, jump, family) #name,
#include "opcodes.def"
#undef OP
};

const uint8_t opcode_family[OP_COUNT] = {
#define OP(name, arg, pops, pushes, jump, family) OP_##family,
#include "opcodes.def"
#undef OP
};

const OperandKind opcode_operands[OP_COUNT] = {
#define OP(name, arg, pops, pushes, jump, family) arg,
#include "opcodes.def"
#undef OP
};

int opcode_pops(Opcode op, uint32_t arg) {
    switch (op) {
#define OP(name, kind, pops, pushes, jump, family) case OP_##name: return (int)(pops);
#include "opcodes.def"
#undef OP
    default: return 0;
    }
}

int opcode_pushes(Opcode op, uint32_t arg) {
    switch (op) {
#define OP(name, kind, pops, pushes, jump, family) case OP_##name: return (int)(pushes);
#include "opcodes.def"
#undef OP
    default: return 0;
    }
}

int opcode_stack_effect(Opcode op, uint32_t arg, bool jump) {
    switch (op) {
#define OP(name, kind, pops, pushes, jumpeff, family) \
    case OP_##name: return jump ? (int)(jumpeff) : (int)(pushes) - (int)(pops);
#include "opcodes.def"
#undef OP
    default: return 0;
    }
}
