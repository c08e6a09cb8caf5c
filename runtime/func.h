/* func.h -- everything callable: Python functions, cells (the variables a
 * closure captures), bound methods, built-in functions and the descriptors
 * that turn a function in a class into a method.
 *
 * Lessons 3, 4 and 9: a closure is a function plus a tuple of cells; each
 * cell is shared by the scope that defines the variable and every function
 * that captured it, which is why late binding in loops surprises people.
 */
#ifndef MINIPY_FUNC_H
#define MINIPY_FUNC_H

#include "object.h"

typedef struct FunctionObject {
    OBJECT_HEAD;
    Object *code;             /* CodeObject */
    Object *globals;          /* dict of the defining module */
    Object *builtins;         /* dict used for built-in lookups */
    Object *name, *qualname;  /* str */
    Object *defaults;         /* tuple or NULL */
    Object *kwdefaults;       /* dict or NULL */
    Object *closure;          /* tuple of cells or NULL */
    Object *doc;
    Object *dict;             /* function attributes, or NULL */
    Object *module;           /* __module__ */
    Object *annotations;      /* dict, NULL, or the tuple of (name, value)
                                 pairs MAKE_FUNCTION gave it until it is
                                 first read (func_get_annotations) */
} FunctionObject;

typedef struct CellObject {
    OBJECT_HEAD;
    Object *ref;              /* NULL: empty (unbound) */
} CellObject;

typedef struct MethodObject {  /* a bound method: obj.f */
    OBJECT_HEAD;
    Object *func;
    Object *self;
} MethodObject;

typedef struct BuiltinFunctionObject {  /* len, print, "x".upper */
    OBJECT_HEAD;
    const MethodDef *def;
    Object *self;             /* bound object, module, or NULL */
    Object *module;           /* __module__ name or NULL */
} BuiltinFunctionObject;

typedef struct DescrObject {  /* method / getset descriptors of built-in types */
    OBJECT_HEAD;
    TypeObject *owner;
    const MethodDef *method;
    const GetSetDef *getset;
    Object *name;
} DescrObject;

typedef struct WrapperObject {  /* staticmethod, classmethod, property */
    OBJECT_HEAD;
    Object *func;             /* callable, or property fget */
    Object *fset, *fdel, *doc;
    Object *dict;
} WrapperObject;

extern TypeObject FunctionType, CellType, MethodType, BuiltinFunctionType,
    MethodDescrType, ClassMethodDescrType, GetSetDescrType,
    StaticMethodType, ClassMethodType, PropertyType;

Object *func_new(ThreadState *ts, Object *code, Object *globals, Object *qualname);
Object *cell_new(ThreadState *ts, Object *value);   /* value may be NULL */
#define CELL_GET(c) (((CellObject *)(c))->ref)
Object *method_new(ThreadState *ts, Object *func, Object *self);
/* Call [callable] with [first] put in front of the vectorcall arguments. */
Object *call_prepend(ThreadState *ts, Object *callable, Object *first, Object *const *args,
                     size_t nargs, Object *kwnames);
Object *builtin_new(ThreadState *ts, const MethodDef *def, Object *self, Object *module);
Object *descr_new_method(ThreadState *ts, TypeObject *owner, const MethodDef *def);
Object *descr_new_getset(ThreadState *ts, TypeObject *owner, const GetSetDef *def);
/* staticmethod(f), classmethod(f), property(fget): [type] is one of those. */
Object *wrapper_new(ThreadState *ts, TypeObject *type, Object *func);
/* How call errors name [callable], as CPython's _PyObject_FunctionStr:
 * "module.qualname()", just "qualname()" for builtins, else str(callable)
 * when it has no __qualname__. */
Object *func_str(ThreadState *ts, Object *callable);

#endif
