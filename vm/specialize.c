/* specialize.c -- quickening: which specialised form an instruction takes
 * (issue 18; lesson 11, "What does CPython 3.11 do that 3.10 did not?").
 *
 * PEP 659's idea, in CPython 3.11 and here: most instructions see the same
 * kinds of operands every time they run. `p.x` in a loop meets instances of
 * one class, whose __dict__ keeps x at the same entry; `i + 1` meets two
 * small ints. So after an instruction has run a few times (SPEC_WARMUP),
 * its handler in vm/eval_loop.h calls one of the spec_* functions below
 * with the operands it has. The function looks at them once, the slow way,
 * and if they fit a specialised form it writes that form's opcode into the
 * instruction word and what the form's guard needs into the instruction's
 * inline cache. From then on the instruction runs the specialised handler,
 * which checks the guard (is it the same class? is x still at that entry?)
 * and then does only the work that kind of operand needs.
 *
 * A guard that fails is a miss: the handler does the generic work instead,
 * so nothing a program can observe depends on any of this. spec_miss()
 * counts misses, and after SPEC_MISSES the word goes back to its family,
 * with a longer wait before the next attempt (the backoff doubles, as
 * CPython's adaptive counters do).
 *
 * The caches hold borrowed pointers only. Each is either compared, never
 * followed (a class, a code object), or guarded by a version that any
 * change moves (type_epoch for every class's namespace, a dict's version),
 * or checked in place (a dict entry hint: the entry's key must still be
 * the name), so a stale cache can only miss.
 *
 * Start with spec_load_attr(); the handlers that use what it records are
 * the LOAD_ATTR_* targets in vm/eval_loop.h.
 */
#include <stdlib.h>
#include <string.h>

#include "specialize.h"
#include "runtime/interp.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/range.h"
#include "runtime/func.h"
#include "runtime/module.h"
#include "runtime/class.h"

const char *const spec_reason_texts[] = {
#define X(name, text) text,
    SPEC_REASONS(X)
#undef X
};

InlineCache *spec_caches(CodeObject *co) {
    if (co->caches) return co->caches;
    InlineCache *c = rawmem_calloc(co->ncode, sizeof(InlineCache));
    if (!c) return NULL;
    for (uint32_t i = 0; i < co->ncode; i++) c[i].counter = SPEC_WARMUP;
    co->caches = c;
    return c;
}

/* The wait after an attempt that failed, or a form that went back: 2^b - 1
 * runs, b starting at SPEC_BACKOFF_START and growing by one each time up
 * to SPEC_BACKOFF_MAX (15 runs, then 31, ... 4095, as CPython 3.11's). */
static void back_off(InlineCache *c) {
    if (c->backoff < SPEC_BACKOFF_START) c->backoff = SPEC_BACKOFF_START;
    else if (c->backoff < SPEC_BACKOFF_MAX) c->backoff++;
    c->counter = (uint16_t)((1u << c->backoff) - 1);
}

static int specialised(CodeObject *co, int index, int op) {
    InlineCache *c = &co->caches[index];
    co->code[index] = INSTR(op, INSTR_ARG(co->code[index]));
    c->counter = SPEC_MISSES;
    c->why = SPEC_SPECIALISED;
    return op;
}

static int failed(CodeObject *co, int index, SpecReason why) {
    InlineCache *c = &co->caches[index];
    back_off(c);
    c->why = (uint8_t)why;
    return opcode_family[INSTR_OP(co->code[index])];
}

bool spec_miss(CodeObject *co, int index, SpecReason why) {
    InlineCache *c = &co->caches[index];
    c->why = (uint8_t)why;
    if (--c->counter > 0) return false;
    co->code[index] = INSTR(opcode_family[INSTR_OP(co->code[index])], INSTR_ARG(co->code[index]));
    back_off(c);
    return true;
}

/* The entry of [d] whose key is [name] itself (the interned identifier the
 * instruction names), or -1. A hint, checked again at every use. */
static ssize_t entry_of(Object *d, Object *name) {
    DictObject *dict = (DictObject *)d;
    for (ssize_t i = 0; i < dict->nentries; i++)
        if (dict->entries[i].key == name) return i;
    return -1;
}

/* The class's own attribute machinery, untouched by the program: what the
 * instance-attribute forms may skip. */
static bool plain_instance_class(TypeObject *tp) {
    return tp->getattr == obj_generic_getattr && tp->setattr == obj_generic_setattr && tp->dictoffset > 0;
}

/* ---- attributes --------------------------------------------------------- */

/* [form] for [owner], a module: its dict's entry for [name] is the hint. */
static int module_form(CodeObject *co, int index, Object *owner, Object *name, int form) {
    InlineCache *c = &co->caches[index];
    Object *descr = type_lookup_borrowed(&ModuleType, name);
    if (descr && TYPE(descr)->descr_set) return failed(co, index, SPEC_DATA_DESCRIPTOR);
    ssize_t i = MODULE_DICT(owner) ? entry_of(MODULE_DICT(owner), name) : -1;
    if (i < 0) return failed(co, index, SPEC_NOT_FOUND);
    c->index = (uint32_t)i;
    c->owner = owner;
    return specialised(co, index, form);
}

/* [form] for [owner], an instance of a class that leaves attribute access
 * to the generic code: its __dict__'s entry for [name] is the hint, valid
 * while no class changes (no data descriptor of that name appears). */
static int instance_dict_form(CodeObject *co, int index, Object *owner, Object *name, int form) {
    InlineCache *c = &co->caches[index];
    TypeObject *tp = TYPE(owner);
    Object *descr = type_lookup_borrowed(tp, name);
    if (descr && TYPE(descr)->descr_set) return failed(co, index, SPEC_DATA_DESCRIPTOR);
    Object *d = *obj_dict_ptr(owner);
    ssize_t i = d && dict_check_exact(d) ? entry_of(d, name) : -1;
    if (i < 0) return failed(co, index, SPEC_NOT_IN_DICT);
    c->owner = (Object *)tp;
    c->version = type_epoch;
    c->offset = (int32_t)tp->dictoffset;
    c->index = (uint32_t)i;
    return specialised(co, index, form);
}

int spec_load_attr(CodeObject *co, int index, Object *owner, Object *name) {
    TypeObject *tp = TYPE(owner);
    if (tp == &ModuleType) return module_form(co, index, owner, name, OP_LOAD_ATTR_MODULE);
    if (tp->getattr != obj_generic_getattr) return failed(co, index, SPEC_CUSTOM_GETATTR);
    if (tp->dictoffset <= 0) return failed(co, index, SPEC_NO_DICT);
    return instance_dict_form(co, index, owner, name, OP_LOAD_ATTR_WITH_HINT);
}

/* A store replacing an attribute the instance has takes the hint form; one
 * that adds it (an __init__ filling a new instance) the dict form, which
 * still skips the search of the class for a data descriptor. */
int spec_store_attr(CodeObject *co, int index, Object *owner, Object *name) {
    InlineCache *c = &co->caches[index];
    TypeObject *tp = TYPE(owner);
    if (!plain_instance_class(tp)) return failed(co, index, tp->dictoffset > 0 ? SPEC_CUSTOM_GETATTR : SPEC_NO_DICT);
    int op = instance_dict_form(co, index, owner, name, OP_STORE_ATTR_WITH_HINT);
    if (op != OP_STORE_ATTR || c->why != SPEC_NOT_IN_DICT) return op;
    c->owner = (Object *)tp;
    c->version = type_epoch;
    c->offset = (int32_t)tp->dictoffset;
    return specialised(co, index, OP_STORE_ATTR_WITH_DICT);
}

int spec_load_method(CodeObject *co, int index, Object *owner, Object *name) {
    InlineCache *c = &co->caches[index];
    TypeObject *tp = TYPE(owner);
    if (tp == &ModuleType) return module_form(co, index, owner, name, OP_LOAD_METHOD_MODULE);
    if (tp->getattr != obj_generic_getattr) return failed(co, index, SPEC_CUSTOM_GETATTR);
    Object *descr = type_lookup_borrowed(tp, name);
    if (!descr) return failed(co, index, SPEC_NOT_FOUND);
    if (TYPE(descr) != &FunctionType && TYPE(descr) != &MethodDescrType) return failed(co, index, SPEC_NOT_A_METHOD);
    c->owner = (Object *)tp;
    c->version = type_epoch;
    c->value = descr;
    if (tp->dictoffset == 0) return specialised(co, index, OP_LOAD_METHOD_NO_DICT);
    Object **dictptr = obj_dict_ptr(owner);
    if (dictptr && *dictptr && entry_of(*dictptr, name) >= 0) return failed(co, index, SPEC_SHADOWED);
    return specialised(co, index, OP_LOAD_METHOD_WITH_DICT);
}

/* ---- globals. The generic LOAD_GLOBAL keeps its own cache (vm/eval.c's
 * load_global: valid while both dicts keep their versions, which a store
 * to any global moves). The forms need less: LOAD_GLOBAL_MODULE reads the
 * entry of the globals it found the name at, checking the key is still
 * there; LOAD_GLOBAL_BUILTIN reads the builtins' entry the same way, while
 * the globals' keys_version says no global was added or removed since, so
 * the name is still not one. */

int spec_load_global(CodeObject *co, int index) {
    InlineCache *c = &co->caches[index];
    if (!c->owner) return failed(co, index, SPEC_NOT_FOUND);   /* the generic cache was never filled */
    Object *name = TUPLE_GET(co->names, INSTR_ARG(co->code[index]) >> 1);
    ssize_t i = entry_of(c->owner, name);
    if (i >= 0) {
        c->offset = (int32_t)i;
        return specialised(co, index, OP_LOAD_GLOBAL_MODULE);
    }
    ssize_t j = entry_of(c->dict2, name);
    if (j < 0) return failed(co, index, SPEC_NOT_FOUND);
    c->keys_version = ((DictObject *)c->owner)->keys_version;
    c->index2 = (uint32_t)j;
    return specialised(co, index, OP_LOAD_GLOBAL_BUILTIN);
}

/* ---- operators ---------------------------------------------------------- */

int spec_binary_op(CodeObject *co, int index, Object *a, Object *b, uint32_t op) {
    NbOp nb = (NbOp)(op >= NB_INPLACE ? op - NB_INPLACE : op);
    if (int_check_exact(a) && int_check_exact(b)) {
        if (!int_is_small(a) || !int_is_small(b)) return failed(co, index, SPEC_BIG_INT);
        if (nb == NB_ADD) return specialised(co, index, OP_BINARY_OP_ADD_INT);
        if (nb == NB_SUB) return specialised(co, index, OP_BINARY_OP_SUBTRACT_INT);
        if (nb == NB_MUL) return specialised(co, index, OP_BINARY_OP_MULTIPLY_INT);
    } else if (TYPE(a) == &FloatType && TYPE(b) == &FloatType) {
        if (nb == NB_ADD) return specialised(co, index, OP_BINARY_OP_ADD_FLOAT);
        if (nb == NB_SUB) return specialised(co, index, OP_BINARY_OP_SUBTRACT_FLOAT);
        if (nb == NB_MUL) return specialised(co, index, OP_BINARY_OP_MULTIPLY_FLOAT);
    } else if (str_check_exact(a) && str_check_exact(b) && nb == NB_ADD) {
        return specialised(co, index, OP_BINARY_OP_ADD_UNICODE);
    }
    return failed(co, index, SPEC_OPERAND_TYPES);
}

int spec_compare_op(CodeObject *co, int index, Object *a, Object *b, uint32_t op) {
    if (int_check_exact(a) && int_check_exact(b))
        return int_is_small(a) && int_is_small(b) ? specialised(co, index, OP_COMPARE_OP_INT)
                                                  : failed(co, index, SPEC_BIG_INT);
    if (TYPE(a) == &FloatType && TYPE(b) == &FloatType) return specialised(co, index, OP_COMPARE_OP_FLOAT);
    if (str_check_exact(a) && str_check_exact(b) && (op == CMP_EQ || op == CMP_NE))
        return specialised(co, index, OP_COMPARE_OP_STR);
    return failed(co, index, SPEC_OPERAND_TYPES);
}

/* ---- items -------------------------------------------------------------- */

int spec_binary_subscr(CodeObject *co, int index, Object *container, Object *key) {
    if (list_check_exact(container) && int_check_exact(key)) return specialised(co, index, OP_BINARY_SUBSCR_LIST_INT);
    if (tuple_check_exact(container) && int_check_exact(key)) return specialised(co, index, OP_BINARY_SUBSCR_TUPLE_INT);
    if (dict_check_exact(container)) return specialised(co, index, OP_BINARY_SUBSCR_DICT);
    return failed(co, index, SPEC_OPERAND_TYPES);
}

int spec_store_subscr(CodeObject *co, int index, Object *container, Object *key) {
    if (list_check_exact(container) && int_check_exact(key)) return specialised(co, index, OP_STORE_SUBSCR_LIST_INT);
    if (dict_check_exact(container)) return specialised(co, index, OP_STORE_SUBSCR_DICT);
    return failed(co, index, SPEC_OPERAND_TYPES);
}

int spec_unpack_sequence(CodeObject *co, int index, Object *seq, uint32_t n) {
    if (tuple_check_exact(seq) && n == 2 && TUPLE_SIZE(seq) == 2)
        return specialised(co, index, OP_UNPACK_SEQUENCE_TWO_TUPLE);
    return failed(co, index, tuple_check_exact(seq) ? SPEC_LENGTH : SPEC_OPERAND_TYPES);
}

int spec_for_iter(CodeObject *co, int index, Object *it) {
    if (TYPE(it) == &ListIterType && !((ListIterObject *)it)->reversed)
        return specialised(co, index, OP_FOR_ITER_LIST);
    if (TYPE(it) == &RangeIterType && !((RangeIterObject *)it)->bnext)
        return specialised(co, index, OP_FOR_ITER_RANGE);
    return failed(co, index, SPEC_OPERAND_TYPES);
}

/* ---- calls -------------------------------------------------------------- */

int spec_call(CodeObject *co, int index, Object *callable, size_t nargs, Object *kwnames) {
    InlineCache *c = &co->caches[index];
    if (kwnames) return failed(co, index, SPEC_KEYWORDS);
    if (TYPE(callable) == &FunctionType) {
        CodeObject *fco = (CodeObject *)((FunctionObject *)callable)->code;
        if ((fco->flags & CO_RESUMABLE) || !code_takes_exactly(fco, nargs)) return failed(co, index, SPEC_ARGUMENTS);
        c->owner = (Object *)fco;
        return specialised(co, index, OP_CALL_PY_EXACT_ARGS);
    }
    if (TYPE(callable) == &TypeType && (((TypeObject *)callable)->flags & TYPE_FLAG_HEAP)) {
        /* a class of the program's, made by `type` itself, that object.__new__
         * makes instances of and a plain Python __init__ initialises */
        TypeObject *cls = (TypeObject *)callable;
        Object *init = type_lookup_borrowed(cls, ts_current()->interp->ids.__init__);
        if (cls->new_ != object_new || (cls->flags & TYPE_FLAG_ABSTRACT) || !init || TYPE(init) != &FunctionType)
            return failed(co, index, SPEC_NOT_A_FUNCTION);
        CodeObject *ico = (CodeObject *)((FunctionObject *)init)->code;
        if ((ico->flags & CO_RESUMABLE) || !code_takes_exactly(ico, nargs + 1))
            return failed(co, index, SPEC_ARGUMENTS);
        c->owner = callable;
        c->version = type_epoch;
        c->value = init;
        return specialised(co, index, OP_CALL_ALLOC_AND_ENTER_INIT);
    }
    if (TYPE(callable) == &BuiltinFunctionType) {
        c->owner = (Object *)TYPE(callable);
        return specialised(co, index, OP_CALL_BUILTIN_FAST);
    }
    return failed(co, index, SPEC_NOT_A_FUNCTION);
}

/* ---- --dis --adaptive ---------------------------------------------------- */

void spec_describe(StrBuf *out, CodeObject *co, int index) {
    if (!co->caches) return;
    InlineCache *c = &co->caches[index];
    int op = INSTR_OP(co->code[index]);
    switch (op) {
    case OP_LOAD_ATTR_WITH_HINT:
    case OP_STORE_ATTR_WITH_HINT:
        strbuf_printf(out, "%s instances, __dict__ entry %u", ((TypeObject *)c->owner)->name, c->index);
        break;
    case OP_STORE_ATTR_WITH_DICT: strbuf_printf(out, "%s instances", ((TypeObject *)c->owner)->name); break;
    case OP_LOAD_METHOD_NO_DICT:
    case OP_LOAD_METHOD_WITH_DICT:
        strbuf_printf(out, "%s's %s", ((TypeObject *)c->owner)->name, TYPE_NAME(c->value));
        break;
    case OP_LOAD_ATTR_MODULE:
    case OP_LOAD_METHOD_MODULE: strbuf_printf(out, "module dict entry %u", c->index); break;
    case OP_LOAD_GLOBAL_MODULE: strbuf_printf(out, "globals entry %d", c->offset); break;
    case OP_LOAD_GLOBAL_BUILTIN:
        strbuf_printf(out, "builtins entry %u, while no global is added or removed", c->index2);
        break;
    case OP_CALL_PY_EXACT_ARGS: strbuf_printf(out, "code %s", STR_DATA(((CodeObject *)c->owner)->name)); break;
    case OP_CALL_ALLOC_AND_ENTER_INIT: strbuf_printf(out, "class %s", ((TypeObject *)c->owner)->name); break;
    default:
        if (!opcode_is_specialised(op) && c->why > SPEC_SPECIALISED)
            strbuf_printf(out, "generic: %s", spec_reason_texts[c->why]);
        break;
    }
}
