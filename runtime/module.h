/* module.h -- module objects: a namespace dict with a name. */
#ifndef MINIPY_MODULE_H
#define MINIPY_MODULE_H

#include "object.h"

typedef struct ModuleObject {
    OBJECT_HEAD;
    Object *dict;
    Object *name;
    bool initializing;        /* its code is running (import.c): "partially initialized module" */
} ModuleObject;

extern TypeObject ModuleType;

#define MODULE_DICT(m) (((ModuleObject *)(m))->dict)
Object *module_new(ThreadState *ts, Object *name);
Object *module_new_cstr(ThreadState *ts, const char *name);
/* Add the functions of [defs] (NULL-terminated) to the module's namespace. */
int module_add_functions(ThreadState *ts, Object *module, const MethodDef *defs);
int module_add_object(ThreadState *ts, Object *module, const char *name, Object *value);
/* A C module's exception class, made as `class [name]([base])` would be in
 * a module named [modname] (struct.error, _hashlib.UnsupportedDigestmodError),
 * and added to [module] under [name]. A borrowed reference (the module
 * holds it), or NULL with the exception set. */
Object *module_add_exception(ThreadState *ts, Object *module, const char *name, TypeObject *base,
                             const char *modname);

#endif
