/* slots.h -- __slots__: fixed places for named attributes in an instance,
 * reached through member descriptors (runtime/slots.c says how they are
 * laid out). */
#ifndef MINIPY_SLOTS_H
#define MINIPY_SLOTS_H

#include "object.h"

extern TypeObject MemberDescrType;

/* The built-in type at the root of [t]'s layout (t itself if built in). */
static inline TypeObject *type_builtin_base(TypeObject *t) {
    while (t->flags & TYPE_FLAG_HEAP) t = t->base;
    return t;
}

/* class_new: class [h] (its dict filled, its layout still its [base]'s)
 * has `__slots__ = [slots]` in its namespace [ns]. Check the names, add a
 * member descriptor to the class for each, and grow the layout. Sets
 * *[wants_dict] when "__dict__" is among them. 0, or -1 with TypeError or
 * ValueError as CPython words them. */
int slots_layout(ThreadState *ts, HeapTypeObject *h, TypeObject *base, Object *ns, Object *slots,
                 bool *wants_dict);

/* Where a field at [offset] (a member's, or a dictoffset) lives in [o]:
 * offset >= 0 from the start, offset < 0 in the trailer (slots.c). */
Object **obj_slot_ptr(Object *o, ssize_t offset);

/* The slots of every class in [o]'s chain: visit each value (stop at the
 * first nonzero visit), or clear them all. */
int slots_visit(Object *o, VisitFunc visit, void *arg);
void slots_clear(Object *o);

/* May an instance of class [a] become one of [b] (`obj.__class__ = B`):
 * the same slots along the chain? */
bool slots_same_layout(TypeObject *a, TypeObject *b);

/* object.__getstate__(): the instance's __dict__ and slots, as copy and
 * pickle save them (new reference). */
CFUNC(object_getstate);

#endif
