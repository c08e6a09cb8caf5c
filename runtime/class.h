/* class.h -- classes made by the `class` statement: creating them (the
 * metaclass call), their instances' layout, the special-method slots that
 * route `a + b` or `len(x)` to a Python __add__ or __len__, and super(). */
#ifndef MINIPY_CLASS_H
#define MINIPY_CLASS_H

#include "object.h"

extern TypeObject SuperType, SlotWrapperType, MethodWrapperType;
extern const GetSetDef object_dict_getset[];

/* type(name, bases, ns, **kwds) with metaclass [meta]: a new class; the
 * keywords (their values at [kwvalues], names in [kwnames], or NULL) go to
 * the parent's __init_subclass__. */
Object *class_new(ThreadState *ts, TypeObject *meta, Object *name, Object *bases, Object *ns,
                  Object *const *kwvalues, Object *kwnames);
/* Recompute the slots of [t] (and its subclasses) from its dunder methods,
 * after `C.__add__ = f` (allocates nothing: it cannot fail). */
void class_update_slots(ThreadState *ts, TypeObject *t);
/* The live classes that have [t] among their __bases__ ([direct]) or in
 * their MRO, in the order they were made, found in the collector's lists
 * (a class is a container): a malloc'd array of *[n], or NULL with
 * MemoryError. */
struct HeapTypeObject **class_find_subclasses(ThreadState *ts, TypeObject *t, bool direct, size_t *n);
/* For a built-in type [t]: expose the slots it defines as methods in its
 * dict (int.__add__, list.__len__, ...) and, if [with_new] (it has a
 * constructor of its own), that constructor as __new__. */
int class_add_slot_wrappers(ThreadState *ts, TypeObject *t, bool with_new);
/* The special methods' names, interned once per interpreter (interp_new,
 * before any type is readied), and dropped at teardown. */
int class_slot_names_init(ThreadState *ts);
void class_slot_names_fini(Interp *interp);
/* The C3 MRO of [type] from its bases (a new tuple). */
Object *type_compute_mro(ThreadState *ts, TypeObject *type);
Object *object_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                   Object *kwnames);
bool type_is_object_init(InitFunc f);
void type_unready(TypeObject *t);
/* builtins.__build_class__(func, name, *bases, **kwds). */
CFUNC(class_build);

#endif
