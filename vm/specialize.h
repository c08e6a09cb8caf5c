/* specialize.h -- the adaptive interpreter's decisions (issue 18, lesson 11).
 *
 * A generic instruction that has run SPEC_WARMUP times asks vm/specialize.c
 * whether the operands it sees now allow a specialised form
 * (vm/opcodes.def, last section). If they do, the instruction word is
 * rewritten in place and its inline cache (runtime/code.h) records what the
 * form's guard will check; if not, it waits, longer after each failure. A
 * specialised form whose guard fails runs its family's generic code (a
 * miss); after SPEC_MISSES misses the word goes back to the family.
 * Each decision is told to --trace=op by the code that takes it. */
#ifndef MINIPY_SPECIALIZE_H
#define MINIPY_SPECIALIZE_H

#include "runtime/code.h"
#include "common/strbuf.h"
#include "opcodes.h"

enum {
    SPEC_WARMUP = 8,      /* runs of a generic instruction before its first attempt */
    SPEC_MISSES = 16,     /* misses a specialised form takes before it goes back */
    SPEC_BACKOFF_START = 4, /* 2^4 - 1 runs before the second attempt */
    SPEC_BACKOFF_MAX = 12 /* at most 2^12 - 1 runs between two attempts */
};

/* Why an attempt failed, or a guard missed: the words --trace=op and
 * --dis --adaptive print. X(NAME, text) */
#define SPEC_REASONS(X)                                                                   \
    X(NONE, "")                                                                           \
    X(SPECIALISED, "specialised")                                                         \
    X(OTHER_TYPE, "an object of another type arrived")                                    \
    X(CLASS_CHANGED, "a class changed since (its attribute cache was emptied)")           \
    X(NOT_IN_DICT, "the attribute is not in the instance's __dict__ where it was")        \
    X(NO_DICT, "the object has no __dict__")                                              \
    X(DATA_DESCRIPTOR, "the class has a data descriptor (a property, a slot) of that name")  \
    X(CUSTOM_GETATTR, "the class customises attribute access")                             \
    X(SHADOWED, "the instance's __dict__ has an attribute of that name")                  \
    X(NOT_A_METHOD, "the class attribute is not a plain function")                         \
    X(NOT_FOUND, "the name was not found")                                                 \
    X(DICT_CHANGED, "a global was added or removed since")                          \
    X(OPERAND_TYPES, "the operands are not of the types it handles")                      \
    X(BIG_INT, "an int too big for 64 bits arrived")                                       \
    X(OUT_OF_RANGE, "the index is out of range")                                           \
    X(KEYWORDS, "the call passes keyword arguments")                                       \
    X(ARGUMENTS, "the function's parameters do not take these arguments one to one")       \
    X(NOT_A_FUNCTION, "the callable is not a plain function of its kind")                 \
    X(LENGTH, "the sequence has another length")                                           \
    X(NO_MEMORY, "no memory for the inline caches")

typedef enum SpecReason {
#define X(name, text) SPEC_##name,
    SPEC_REASONS(X)
#undef X
} SpecReason;

extern const char *const spec_reason_texts[];

/* The caches of [co], made (with every counter at SPEC_WARMUP) the first
 * time one of its specialisable instructions runs. NULL when there is no
 * memory for them: the code then simply stays generic. */
InlineCache *spec_caches(CodeObject *co);

/* Each tries to specialise instruction [index] of [co] for the operands
 * given (all borrowed) and returns the opcode it now has: a specialised
 * form, or its family when the attempt failed (the counter then waits
 * longer). cache->why says why. */
int spec_load_attr(CodeObject *co, int index, Object *owner, Object *name);
int spec_store_attr(CodeObject *co, int index, Object *owner, Object *name);
int spec_load_method(CodeObject *co, int index, Object *owner, Object *name);
int spec_load_global(CodeObject *co, int index);
int spec_binary_op(CodeObject *co, int index, Object *a, Object *b, uint32_t op);
int spec_compare_op(CodeObject *co, int index, Object *a, Object *b, uint32_t op);
int spec_binary_subscr(CodeObject *co, int index, Object *container, Object *key);
int spec_store_subscr(CodeObject *co, int index, Object *container, Object *key);
int spec_unpack_sequence(CodeObject *co, int index, Object *seq, uint32_t n);
int spec_for_iter(CodeObject *co, int index, Object *it);
int spec_call(CodeObject *co, int index, Object *callable, size_t nargs, Object *kwnames);

/* A specialised form at [index] missed its guard for [why]: count it, and
 * after SPEC_MISSES send the word back to its family. Returns true when it
 * went back. */
bool spec_miss(CodeObject *co, int index, SpecReason why);

/* What the cache of a specialised instruction at [index] holds, in words
 * for --dis --adaptive ("Particle, entry 2"); nothing for a generic one. */
void spec_describe(StrBuf *out, CodeObject *co, int index);

#endif
