/* func.c -- callables: Python functions, cells, bound methods, built-in
 * functions, the descriptors of built-in types (method, classmethod, getset),
 * staticmethod/classmethod/property, and func_str(), which names a callable
 * in call errors. (Built-ins bind and check their arguments in args.c.)
 *
 * Lesson 9 (closures): a FunctionObject is code + globals + defaults +
 * `closure`, a tuple of CellObjects. A cell is a box holding one variable;
 * the defining function and every closure share the same box, so a change
 * made through one is seen by all -- and a closure created in a loop sees
 * the variable's value when it runs, not when it was created.
 */
#include <stdlib.h>
#include <string.h>

#include "func.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "class.h"
#include "module.h"
#include "code.h"
#include "vm/eval.h"
#include "args.h"

/* ==== functions ======================================================== */

Object *func_new(ThreadState *ts, Object *code, Object *globals, Object *qualname) {
    FunctionObject *f = (FunctionObject *)obj_alloc(ts, &FunctionType, sizeof(FunctionObject));
    if (!f) return NULL;
    CodeObject *co = (CodeObject *)code;
    f->code = NEWREF(code);
    f->globals = NEWREF(globals);
    Object *b = dict_get_str_borrowed(ts, globals, ts->interp->ids.__builtins__);
    if (b && TYPE(b)->flags & TYPE_FLAG_DICT_SUBCLASS) f->builtins = NEWREF(b);
    else if (b && TYPE(b) == &ModuleType) f->builtins = NEWREF(MODULE_DICT(b));
    else f->builtins = NEWREF(ts->interp->builtins);
    f->name = NEWREF(co->name);
    f->qualname = NEWREF(qualname ? qualname : co->name);
    Object *mod = dict_get_str_borrowed(ts, globals, ts->interp->ids.__name__);
    f->module = XNEWREF(mod);
    f->doc = NEWREF(co->docstring ? co->docstring : None);
    gc_track(ts, (Object *)f);
    return (Object *)f;
}

static void func_dealloc(Object *self) {
    gc_untrack(self);
    FunctionObject *f = (FunctionObject *)self;
    DECREF(f->code);
    DECREF(f->globals);
    DECREF(f->builtins);
    DECREF(f->name);
    DECREF(f->qualname);
    XDECREF(f->defaults);
    XDECREF(f->kwdefaults);
    XDECREF(f->closure);
    XDECREF(f->doc);
    XDECREF(f->dict);
    XDECREF(f->module);
    XDECREF(f->annotations);
    obj_free(self);
}

static int func_traverse(Object *self, VisitFunc visit, void *arg) {
    FunctionObject *f = (FunctionObject *)self;
    Object *fields[] = {f->code, f->globals, f->builtins, f->defaults, f->kwdefaults,
                        f->closure, f->doc, f->dict, f->module, f->annotations};
    for (size_t i = 0; i < ARRAY_LEN(fields); i++)
        if (fields[i] && visit(fields[i], arg)) return 1;
    return 0;
}

static int func_clear(Object *self) {
    FunctionObject *f = (FunctionObject *)self;
    CLEAR(f->defaults);
    CLEAR(f->kwdefaults);
    CLEAR(f->closure);
    CLEAR(f->dict);
    CLEAR(f->annotations);
    Object *g = f->globals;
    f->globals = NEWREF(None);
    DECREF(g);
    return 0;
}

static Object *func_repr(ThreadState *ts, Object *self) {
    return str_format(ts, "<function %U at %p>", ((FunctionObject *)self)->qualname, (void *)self);
}

static Object *func_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                         Object *kwnames) {
    return eval_call_function(ts, (FunctionObject *)self, args, nargs, kwnames);
}

/* A function found on a class becomes a bound method when fetched through
 * an instance: that is the whole of how `self` gets passed. */
static Object *func_descr_get(ThreadState *ts, Object *self, Object *obj, Object *type) {
    if (!obj || obj == None) {
        if (obj == None && type != (Object *)&NoneType) return method_new(ts, self, obj);
        return NEWREF(self);
    }
    return method_new(ts, self, obj);
}

#define F(self) ((FunctionObject *)(self))

static GETTER(func_get_name) { return NEWREF(F(self)->name); }
static GETTER(func_get_qualname) { return NEWREF(F(self)->qualname); }
static GETTER(func_get_code) { return NEWREF(F(self)->code); }
static GETTER(func_get_globals) { return NEWREF(F(self)->globals); }
static GETTER(func_get_doc) { return NEWREF(F(self)->doc ? F(self)->doc : None); }
static GETTER(func_get_module) { return NEWREF(F(self)->module ? F(self)->module : None); }
static GETTER(func_get_defaults) { return NEWREF(F(self)->defaults ? F(self)->defaults : None); }
static GETTER(func_get_kwdefaults) { return NEWREF(F(self)->kwdefaults ? F(self)->kwdefaults : None); }
static GETTER(func_get_closure) { return NEWREF(F(self)->closure ? F(self)->closure : None); }
static GETTER(func_get_builtins) { return NEWREF(F(self)->builtins); }

/* The dict is made on first read: from the (name, value, ...) tuple that
 * MAKE_FUNCTION left, or empty when the def had no annotations; later
 * reads return the same dict, as in CPython. */
static GETTER(func_get_annotations) {
    Object *a = F(self)->annotations;
    if (!a || tuple_check_exact(a)) {
        Object *d = dict_new(ts);
        if (!d) return NULL;
        for (size_t i = 0; a && i + 1 < TUPLE_SIZE(a); i += 2)
            if (dict_set(ts, d, TUPLE_ITEMS(a)[i], TUPLE_ITEMS(a)[i + 1]) < 0) { DECREF(d); return NULL; }
        SETREF(F(self)->annotations, d);
    }
    return NEWREF(F(self)->annotations);
}

static GETTER(func_get_dict) {
    if (!F(self)->dict) {
        F(self)->dict = dict_new(ts);
        if (!F(self)->dict) return NULL;
    }
    return NEWREF(F(self)->dict);
}

static int set_str_attr(ThreadState *ts, Object **slot, Object *value, const char *what) {
    if (!value || !str_check(value)) {
        err_format(ts, &ExcTypeError, "%s must be set to a string object", what);
        return -1;
    }
    SETREF(*slot, NEWREF(value));
    return 0;
}

static SETTER(func_set_name) { return set_str_attr(ts, &F(self)->name, value, "__name__"); }
static SETTER(func_set_qualname) { return set_str_attr(ts, &F(self)->qualname, value, "__qualname__"); }
static SETTER(func_set_doc) { SETREF(F(self)->doc, NEWREF(value ? value : None)); return 0; }
static SETTER(func_set_module) { SETREF(F(self)->module, NEWREF(value ? value : None)); return 0; }

static SETTER(func_set_defaults) {
    if (value == None) value = NULL;
    if (value && !tuple_check(value)) {
        err_format(ts, &ExcTypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    SETREF(F(self)->defaults, XNEWREF(value));
    return 0;
}

static SETTER(func_set_kwdefaults) {
    if (value == None) value = NULL;
    if (value && !dict_check(value)) {
        err_format(ts, &ExcTypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    SETREF(F(self)->kwdefaults, XNEWREF(value));
    return 0;
}

static SETTER(func_set_dict) {
    if (!value || !dict_check(value)) {
        err_format(ts, &ExcTypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   value ? TYPE_NAME(value) : "NoneType");
        return -1;
    }
    SETREF(F(self)->dict, NEWREF(value));
    return 0;
}

static SETTER(func_set_annotations) {
    if (value == None) value = NULL;   /* None: back to no annotations */
    if (value && !dict_check(value)) {
        err_format(ts, &ExcTypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    SETREF(F(self)->annotations, XNEWREF(value));
    return 0;
}

/* function(code, globals, name=None, argdefs=None, closure=None): a function
 * put together by hand from what the `def` statement otherwise supplies --
 * code, globals, defaults and the cells of its free variables. The checks
 * and their messages are CPython's func_new: above all, a closure must hold
 * exactly one cell per free variable of the code, which the frame trusts. */
static Object *func_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                             Object *kwnames) {
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    static const ArgSpec spec = {"function", names, .required = 2};
    Object *a[5];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (TYPE(a[0]) != &CodeType)
        return err_format(ts, &ExcTypeError, "function() argument 'code' must be code, not %s",
                          args_type_name(a[0]));
    if (!dict_check(a[1]))
        return err_format(ts, &ExcTypeError, "function() argument 'globals' must be dict, not %s",
                          args_type_name(a[1]));
    CodeObject *co = (CodeObject *)a[0];
    Object *name = a[2] ? a[2] : None, *defaults = a[3] ? a[3] : None, *closure = a[4] ? a[4] : None;
    if (name != None && !str_check(name))
        return err_set_string(ts, &ExcTypeError, "arg 3 (name) must be None or string");
    if (defaults != None && !tuple_check(defaults))
        return err_set_string(ts, &ExcTypeError, "arg 4 (defaults) must be None or tuple");
    size_t nfree = TUPLE_SIZE(co->freevars);
    if (closure != None && !tuple_check(closure))
        return err_set_string(ts, &ExcTypeError, "arg 5 (closure) must be None or tuple");
    if (closure == None && nfree)
        return err_set_string(ts, &ExcTypeError, "arg 5 (closure) must be tuple");
    size_t nclosure = closure == None ? 0 : TUPLE_SIZE(closure);
    if (nclosure != nfree)
        return err_format(ts, &ExcValueError, "%U requires closure of length %zu, not %zu", co->name, nfree,
                          nclosure);
    for (size_t i = 0; i < nclosure; i++)
        if (TYPE(TUPLE_GET(closure, i)) != &CellType)
            return err_format(ts, &ExcTypeError, "arg 5 (closure) expected cell, found %s",
                              TYPE_NAME(TUPLE_GET(closure, i)));
    FunctionObject *f = (FunctionObject *)func_new(ts, a[0], a[1], co->qualname);
    if (!f) return NULL;
    if (name != None) SETREF(f->name, NEWREF(name));
    if (defaults != None) f->defaults = NEWREF(defaults);
    if (nclosure) f->closure = NEWREF(closure);
    return (Object *)f;
}

static const GetSetDef func_getset[] = {
    {"__name__", func_get_name, func_set_name, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL},
    {"__code__", func_get_code, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL},
    {"__builtins__", func_get_builtins, NULL, NULL},
    {"__doc__", func_get_doc, func_set_doc, NULL},
    {"__module__", func_get_module, func_set_module, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL},
    {"__closure__", func_get_closure, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL},
    {NULL},
};

TypeObject FunctionType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "function",
    .basicsize = sizeof(FunctionObject),
    .flags = TYPE_FLAG_GC,
    .dictoffset = offsetof(FunctionObject, dict),
    .dealloc = func_dealloc,
    .repr = func_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = func_call,
    .traverse = func_traverse,
    .clear = func_clear,
    .descr_get = func_descr_get,
    .new_ = func_new_slot,
    .getset = func_getset,
};

/* ==== cells ============================================================ */

Object *cell_new(ThreadState *ts, Object *value) {
    CellObject *c = (CellObject *)obj_alloc(ts, &CellType, sizeof(CellObject));
    if (!c) return NULL;
    c->ref = XNEWREF(value);
    gc_track(ts, (Object *)c);
    return (Object *)c;
}

static void cell_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(((CellObject *)self)->ref);
    obj_free(self);
}

static int cell_traverse(Object *self, VisitFunc visit, void *arg) {
    Object *r = ((CellObject *)self)->ref;
    return r ? visit(r, arg) : 0;
}

static int cell_clear(Object *self) {
    CLEAR(((CellObject *)self)->ref);
    return 0;
}

static Object *cell_repr(ThreadState *ts, Object *self) {
    Object *r = ((CellObject *)self)->ref;
    if (!r) return str_format(ts, "<cell at %p: empty>", (void *)self);
    return str_format(ts, "<cell at %p: %s object at %p>", (void *)self, TYPE_NAME(r), (void *)r);
}

static Object *cell_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (TYPE(a) != &CellType || TYPE(b) != &CellType) return NEWREF(NotImplemented);
    Object *x = CELL_GET(a), *y = CELL_GET(b);
    if (x && y) return obj_richcompare(ts, x, y, op);
    int c = (x != NULL) - (y != NULL);
    bool r = op == CMP_EQ ? c == 0 : op == CMP_NE ? c != 0 : op == CMP_LT ? c < 0
           : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    return bool_from(r);
}

static GETTER(cell_get_contents) {
    Object *r = CELL_GET(self);
    if (!r) return err_set_string(ts, &ExcValueError, "Cell is empty");
    return NEWREF(r);
}

static SETTER(cell_set_contents) {
    SETREF(((CellObject *)self)->ref, XNEWREF(value));
    return 0;
}

/* cell([contents]): an empty cell, or one holding [contents]. */
static Object *cell_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                             Object *kwnames) {
    if (args_no_kwargs(ts, "cell", kwnames) < 0 || args_count(ts, "cell", nargs, 0, 1) < 0) return NULL;
    return cell_new(ts, nargs ? args[0] : NULL);
}

static const GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL},
    {NULL},
};

TypeObject CellType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "cell",
    .basicsize = sizeof(CellObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .hash = obj_hash_unhashable,
    .richcompare = cell_richcompare,
    .getattr = obj_generic_getattr,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .new_ = cell_new_slot,
    .getset = cell_getset,
};

/* ==== bound methods ==================================================== */

Object *method_new(ThreadState *ts, Object *func, Object *self) {
    MethodObject *m = (MethodObject *)obj_alloc(ts, &MethodType, sizeof(MethodObject));
    if (!m) return NULL;
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    gc_track(ts, (Object *)m);
    return (Object *)m;
}

static void method_dealloc(Object *self) {
    gc_untrack(self);
    MethodObject *m = (MethodObject *)self;
    DECREF(m->func);
    DECREF(m->self);
    obj_free(self);
}

static int method_traverse(Object *self, VisitFunc visit, void *arg) {
    MethodObject *m = (MethodObject *)self;
    return visit(m->func, arg) || visit(m->self, arg);
}

/* Call [callable] with [first] put in front of the arguments. */
Object *call_prepend(ThreadState *ts, Object *callable, Object *first, Object *const *args,
                     size_t nargs, Object *kwnames) {
    size_t total = nargs + (kwnames ? TUPLE_SIZE(kwnames) : 0);
    Object *small[8];
    Object **stack = total + 1 <= 8 ? small : rawmem_alloc((total + 1) * sizeof(Object *));
    if (!stack) return err_no_memory(ts);
    stack[0] = first;
    if (total) memcpy(stack + 1, args, total * sizeof(Object *));
    Object *r = obj_call(ts, callable, stack, nargs + 1, kwnames);
    if (stack != small) rawmem_free(stack);
    return r;
}

static Object *method_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                           Object *kwnames) {
    MethodObject *m = (MethodObject *)self;
    return call_prepend(ts, m->func, m->self, args, nargs, kwnames);
}

static Object *method_repr(ThreadState *ts, Object *self) {
    MethodObject *m = (MethodObject *)self;
    Object *name = obj_lookup_attr(ts, m->func, ts->interp->ids.__qualname__);
    if (!name && err_occurred(ts)) return NULL;
    Object *r = str_format(ts, "<bound method %S of %R>", name ? name : (Object *)None, m->self);
    XDECREF(name);
    return r;
}

static Object *method_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (TYPE(a) != &MethodType || TYPE(b) != &MethodType || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(NotImplemented);
    MethodObject *x = (MethodObject *)a, *y = (MethodObject *)b;
    bool eq = x->self == y->self;
    if (eq) {
        int r = obj_richcompare_bool(ts, x->func, y->func, CMP_EQ);
        if (r < 0) return NULL;
        eq = r;
    }
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(ThreadState *ts, Object *self) {
    MethodObject *m = (MethodObject *)self;
    int64_t a = obj_hash_identity(ts, m->self), b = obj_hash(ts, m->func);
    if (b == -1) return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Object *method_getattr(ThreadState *ts, Object *self, Object *name) {
    Object *descr = type_lookup_borrowed(TYPE(self), name);
    if (descr) return obj_generic_getattr(ts, self, name);
    return obj_getattr(ts, ((MethodObject *)self)->func, name);
}

static GETTER(method_get_func) { return NEWREF(((MethodObject *)self)->func); }
static GETTER(method_get_self) { return NEWREF(((MethodObject *)self)->self); }

/* method(function, instance): what `instance.function` makes when the
 * function is found on the class (CPython's method_new). */
static Object *method_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                               Object *kwnames) {
    if (args_no_kwargs(ts, "method", kwnames) < 0 || args_count(ts, "method", nargs, 2, 2) < 0) return NULL;
    if (!TYPE(args[0])->call) return err_set_string(ts, &ExcTypeError, "first argument must be callable");
    if (args[1] == None) return err_set_string(ts, &ExcTypeError, "instance must not be None");
    return method_new(ts, args[0], args[1]);
}

/* a bound method's doc is its function's (CPython's method_get_doc) */
static GETTER(method_get_doc) { return obj_getattr(ts, ((MethodObject *)self)->func, ts->interp->ids.__doc__); }

static const GetSetDef method_getset[] = {
    {"__func__", method_get_func, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL},
    {"__doc__", method_get_doc, NULL, NULL},
    {NULL},
};

TypeObject MethodType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "method",
    .basicsize = sizeof(MethodObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .traverse = method_traverse,
    .new_ = method_new_slot,
    .getset = method_getset,
};

/* ==== built-in functions =============================================== */

Object *builtin_new(ThreadState *ts, const MethodDef *def, Object *self, Object *module) {
    BuiltinFunctionObject *b =
        (BuiltinFunctionObject *)obj_alloc(ts, &BuiltinFunctionType, sizeof(BuiltinFunctionObject));
    if (!b) return NULL;
    b->def = def;
    b->self = XNEWREF(self);
    b->module = XNEWREF(module);
    gc_track(ts, (Object *)b);
    return (Object *)b;
}

static void builtin_dealloc(Object *self) {
    gc_untrack(self);
    BuiltinFunctionObject *b = (BuiltinFunctionObject *)self;
    XDECREF(b->self);
    XDECREF(b->module);
    obj_free(self);
}

static int builtin_traverse(Object *self, VisitFunc visit, void *arg) {
    BuiltinFunctionObject *b = (BuiltinFunctionObject *)self;
    if (b->self && visit(b->self, arg)) return 1;
    if (b->module && visit(b->module, arg)) return 1;
    return 0;
}

static Object *builtin_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                            Object *kwnames) {
    BuiltinFunctionObject *b = (BuiltinFunctionObject *)self;
    if (kwnames && TUPLE_SIZE(kwnames) && !(b->def->flags & METH_KEYWORDS)) {
        Object *label = func_str(ts, self);
        if (label) err_format(ts, &ExcTypeError, "%U takes no keyword arguments", label);
        XDECREF(label);
        return NULL;
    }
    return b->def->fn(ts, b->self, args, nargs, kwnames);
}

static Object *builtin_repr(ThreadState *ts, Object *self) {
    BuiltinFunctionObject *b = (BuiltinFunctionObject *)self;
    if (!b->self || TYPE(b->self) == &ModuleType)
        return str_format(ts, "<built-in function %s>", b->def->name);
    return str_format(ts, "<built-in method %s of %s object at %p>", b->def->name,
                      TYPE_NAME(b->self), (void *)b->self);
}

static GETTER(builtin_get_name) { return str_from_cstr(ts, ((BuiltinFunctionObject *)self)->def->name); }
/* A method bound to an object or a class is "type.name" ([].append is
 * list.append); a module's function is just its name. */
static GETTER(builtin_get_qualname) {
    BuiltinFunctionObject *b = (BuiltinFunctionObject *)self;
    if (!b->self || TYPE(b->self) == &ModuleType) return str_from_cstr(ts, b->def->name);
    Object *type = TYPE(b->self)->flags & TYPE_FLAG_TYPE_SUBCLASS ? b->self : (Object *)TYPE(b->self);
    Object *tq = obj_getattr(ts, type, ts->interp->ids.__qualname__);
    if (!tq) return NULL;
    Object *r = str_format(ts, "%S.%s", tq, b->def->name);
    DECREF(tq);
    return r;
}
static GETTER(builtin_get_doc) {
    const char *d = ((BuiltinFunctionObject *)self)->def->doc;
    return d ? str_from_cstr(ts, d) : none_new();
}
static GETTER(builtin_get_self) {
    Object *s = ((BuiltinFunctionObject *)self)->self;
    return NEWREF(s ? s : None);
}
static GETTER(builtin_get_module) {
    Object *m = ((BuiltinFunctionObject *)self)->module;
    return NEWREF(m ? m : None);
}

static const GetSetDef builtin_getset[] = {
    {"__name__", builtin_get_name, NULL, NULL},
    {"__qualname__", builtin_get_qualname, NULL, NULL},
    {"__doc__", builtin_get_doc, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL},
    {"__module__", builtin_get_module, NULL, NULL},
    {NULL},
};

TypeObject BuiltinFunctionType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinFunctionObject),
    .flags = TYPE_FLAG_GC,
    .dealloc = builtin_dealloc,
    .repr = builtin_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .call = builtin_call,
    .traverse = builtin_traverse,
    .getset = builtin_getset,
};

/* ==== descriptors of built-in types ===================================== */

static Object *descr_alloc(ThreadState *ts, TypeObject *dtype, TypeObject *owner, const char *name) {
    DescrObject *d = (DescrObject *)obj_alloc(ts, dtype, sizeof(DescrObject));
    if (!d) return NULL;
    d->owner = owner;
    d->name = str_intern_cstr(ts, name);
    if (!d->name) { obj_free((Object *)d); return NULL; }
    return (Object *)d;
}

Object *descr_new_method(ThreadState *ts, TypeObject *owner, const MethodDef *def) {
    Object *d = descr_alloc(ts, def->flags & METH_CLASS ? &ClassMethodDescrType : &MethodDescrType,
                            owner, def->name);
    if (d) ((DescrObject *)d)->method = def;
    return d;
}

Object *descr_new_getset(ThreadState *ts, TypeObject *owner, const GetSetDef *def) {
    Object *d = descr_alloc(ts, &GetSetDescrType, owner, def->name);
    if (d) ((DescrObject *)d)->getset = def;
    return d;
}

static void descr_dealloc(Object *self) {
    DECREF(((DescrObject *)self)->name);
    obj_free(self);
}

static int descr_check(ThreadState *ts, DescrObject *d, Object *obj) {
    if (!type_is_subtype(TYPE(obj), d->owner)) {
        err_format(ts, &ExcTypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                   d->name, d->owner->name, TYPE_NAME(obj));
        return -1;
    }
    return 0;
}

static Object *methoddescr_get(ThreadState *ts, Object *self, Object *obj, Object *type) {
    DescrObject *d = (DescrObject *)self;
    if (!obj) return NEWREF(self);
    if (descr_check(ts, d, obj) < 0) return NULL;
    return builtin_new(ts, d->method, obj, NULL);
}

static Object *methoddescr_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                                Object *kwnames) {
    DescrObject *d = (DescrObject *)self;
    if (nargs < 1)
        return err_format(ts, &ExcTypeError, "unbound method %s.%U() needs an argument",
                          d->owner->name, d->name);
    if (descr_check(ts, d, args[0]) < 0) return NULL;
    if (kwnames && TUPLE_SIZE(kwnames) && !(d->method->flags & METH_KEYWORDS))
        return err_format(ts, &ExcTypeError, "%s.%U() takes no keyword arguments", d->owner->name, d->name);
    return d->method->fn(ts, args[0], args + 1, nargs - 1, kwnames);
}

static Object *methoddescr_repr(ThreadState *ts, Object *self) {
    DescrObject *d = (DescrObject *)self;
    return str_format(ts, "<method '%U' of '%s' objects>", d->name, d->owner->name);
}

static GETTER(descr_get_name) { return NEWREF(((DescrObject *)self)->name); }
static GETTER(descr_get_qualname) {
    DescrObject *d = (DescrObject *)self;
    return str_format(ts, "%s.%U", d->owner->name, d->name);
}
static GETTER(descr_get_objclass) { return NEWREF((Object *)((DescrObject *)self)->owner); }
static GETTER(descr_get_doc) {
    DescrObject *d = (DescrObject *)self;
    const char *doc = d->method ? d->method->doc : d->getset ? d->getset->doc : NULL;
    return doc ? str_from_cstr(ts, doc) : none_new();
}

static const GetSetDef descr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL},
    {"__doc__", descr_get_doc, NULL, NULL},
    {NULL},
};

TypeObject MethodDescrType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "method_descriptor",
    .basicsize = sizeof(DescrObject),
    .dealloc = descr_dealloc,
    .repr = methoddescr_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .call = methoddescr_call,
    .descr_get = methoddescr_get,
    .getset = descr_getset,
};

static Object *classmethoddescr_get(ThreadState *ts, Object *self, Object *obj, Object *type) {
    DescrObject *d = (DescrObject *)self;
    if (!type) type = (Object *)TYPE(obj);
    return builtin_new(ts, d->method, type, NULL);
}

static Object *classmethoddescr_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                                     Object *kwnames) {
    DescrObject *d = (DescrObject *)self;
    if (nargs < 1 || !(TYPE(args[0])->flags & TYPE_FLAG_TYPE_SUBCLASS))
        return err_format(ts, &ExcTypeError, "descriptor '%U' of '%s' object needs a type",
                          d->name, d->owner->name);
    return d->method->fn(ts, args[0], args + 1, nargs - 1, kwnames);
}

TypeObject ClassMethodDescrType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(DescrObject),
    .dealloc = descr_dealloc,
    .repr = methoddescr_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .call = classmethoddescr_call,
    .descr_get = classmethoddescr_get,
    .getset = descr_getset,
};

static Object *getsetdescr_get(ThreadState *ts, Object *self, Object *obj, Object *type) {
    DescrObject *d = (DescrObject *)self;
    if (!obj) return NEWREF(self);
    if (descr_check(ts, d, obj) < 0) return NULL;
    return d->getset->get(ts, obj);
}

static int getsetdescr_set(ThreadState *ts, Object *self, Object *obj, Object *value) {
    DescrObject *d = (DescrObject *)self;
    if (descr_check(ts, d, obj) < 0) return -1;
    if (!d->getset->set) {
        err_format(ts, &ExcAttributeError, "attribute '%U' of '%s' objects is not writable",
                   d->name, d->owner->name);
        return -1;
    }
    return d->getset->set(ts, obj, value);
}

static Object *getsetdescr_repr(ThreadState *ts, Object *self) {
    DescrObject *d = (DescrObject *)self;
    return str_format(ts, "<attribute '%U' of '%s' objects>", d->name, d->owner->name);
}

TypeObject GetSetDescrType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "getset_descriptor",
    .basicsize = sizeof(DescrObject),
    .dealloc = descr_dealloc,
    .repr = getsetdescr_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .descr_get = getsetdescr_get,
    .descr_set = getsetdescr_set,
    .getset = descr_getset,
};

/* ==== staticmethod, classmethod, property =============================== */

Object *wrapper_new(ThreadState *ts, TypeObject *type, Object *func) {
    WrapperObject *w = (WrapperObject *)obj_alloc(ts, type, type->basicsize ? type->basicsize : sizeof(WrapperObject));
    if (!w) return NULL;
    w->func = XNEWREF(func);
    gc_track(ts, (Object *)w);
    return (Object *)w;
}

static void wrapper_dealloc(Object *self) {
    gc_untrack(self);
    WrapperObject *w = (WrapperObject *)self;
    XDECREF(w->func);
    XDECREF(w->fset);
    XDECREF(w->fdel);
    XDECREF(w->doc);
    XDECREF(w->dict);
    obj_free(self);
}

static int wrapper_traverse(Object *self, VisitFunc visit, void *arg) {
    WrapperObject *w = (WrapperObject *)self;
    Object *fields[] = {w->func, w->fset, w->fdel, w->doc, w->dict};
    for (size_t i = 0; i < ARRAY_LEN(fields); i++)
        if (fields[i] && visit(fields[i], arg)) return 1;
    return 0;
}

static int wrapper_clear(Object *self) {
    WrapperObject *w = (WrapperObject *)self;
    CLEAR(w->func);
    CLEAR(w->fset);
    CLEAR(w->fdel);
    CLEAR(w->doc);
    CLEAR(w->dict);
    return 0;
}

static Object *wrapper_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                                Object *kwnames) {
    if (args_no_kwargs(ts, type->name, kwnames) < 0) return NULL;
    if (args_count(ts, type->name, nargs, 1, 1) < 0) return NULL;
    return wrapper_new(ts, type, args[0]);
}

static Object *staticmethod_get(ThreadState *ts, Object *self, Object *obj, Object *type) {
    return NEWREF(((WrapperObject *)self)->func);
}

static Object *staticmethod_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    return obj_call(ts, ((WrapperObject *)self)->func, args, nargs, kwnames);
}

static GETTER(wrapper_get_func) {
    Object *f = ((WrapperObject *)self)->func;
    return NEWREF(f ? f : None);
}

/* Is any of [funcs] marked abstract (abc.abstractmethod sets
 * __isabstractmethod__ on a function)? True or False, or NULL on error. */
static Object *any_abstract(ThreadState *ts, Object *const *funcs, size_t n) {
    Object *name = str_intern_cstr_borrowed(ts, "__isabstractmethod__");
    if (!name) return NULL;
    for (size_t i = 0; i < n; i++) {
        if (!funcs[i]) continue;
        Object *v = obj_lookup_attr(ts, funcs[i], name);
        if (!v) {
            if (err_occurred(ts)) return NULL;
            continue;
        }
        int b = obj_is_true(ts, v);
        DECREF(v);
        if (b < 0) return NULL;
        if (b) return bool_from(true);
    }
    return bool_from(false);
}

static GETTER(wrapper_get_isabstract) { return any_abstract(ts, &((WrapperObject *)self)->func, 1); }

static const GetSetDef wrapper_getset[] = {
    {"__func__", wrapper_get_func, NULL, NULL},
    {"__wrapped__", wrapper_get_func, NULL, NULL},
    {"__isabstractmethod__", wrapper_get_isabstract, NULL, NULL},
    {NULL},
};

TypeObject StaticMethodType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "staticmethod",
    .basicsize = sizeof(WrapperObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dictoffset = offsetof(WrapperObject, dict),
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .new_ = wrapper_new_slot,
    .getset = wrapper_getset,
};

static Object *classmethod_get(ThreadState *ts, Object *self, Object *obj, Object *type) {
    if (!type) type = (Object *)TYPE(obj);
    Object *f = ((WrapperObject *)self)->func;
    if (TYPE(f)->descr_get && TYPE(f) != &FunctionType)
        return TYPE(f)->descr_get(ts, f, type, NULL);
    return method_new(ts, f, type);
}

TypeObject ClassMethodType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "classmethod",
    .basicsize = sizeof(WrapperObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dictoffset = offsetof(WrapperObject, dict),
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .descr_get = classmethod_get,
    .new_ = wrapper_new_slot,
    .getset = wrapper_getset,
};

/* property(fget=None, fset=None, fdel=None, doc=None) */
static Object *property_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                                 Object *kwnames) {
    return wrapper_new(ts, type, NULL);
}

static int property_init(ThreadState *ts, Object *self, Object *const *args, size_t nargs,
                         Object *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    static const ArgSpec spec = {"property", names};
    Object *a[4];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return -1;
    WrapperObject *w = (WrapperObject *)self;
    for (int i = 0; i < 4; i++) if (a[i] == None) a[i] = NULL;
    SETREF(w->func, XNEWREF(a[0]));
    SETREF(w->fset, XNEWREF(a[1]));
    SETREF(w->fdel, XNEWREF(a[2]));
    Object *doc = a[3];
    if (!doc && a[0]) {
        doc = obj_lookup_attr(ts, a[0], ts->interp->ids.__doc__);
        if (!doc && err_occurred(ts)) return -1;
        SETREF(w->doc, doc);
    } else {
        SETREF(w->doc, XNEWREF(doc));
    }
    return 0;
}

static Object *property_get(ThreadState *ts, Object *self, Object *obj, Object *type) {
    WrapperObject *w = (WrapperObject *)self;
    if (!obj || obj == None) return NEWREF(self);
    if (!w->func) {
        return err_format(ts, &ExcAttributeError, "property of '%s' object has no getter", TYPE_NAME(obj));
    }
    return obj_call1(ts, w->func, obj);
}

static int property_set(ThreadState *ts, Object *self, Object *obj, Object *value) {
    WrapperObject *w = (WrapperObject *)self;
    Object *f = value ? w->fset : w->fdel;
    if (!f) {
        /* 3.11 names the property after its getter */
        Object *name = w->func ? obj_lookup_attr(ts, w->func, ts->interp->ids.__name__) : NULL;
        err_clear(ts);
        if (name && str_check(name))
            err_format(ts, &ExcAttributeError, "property %R of '%s' object has no %s", name, TYPE_NAME(obj),
                       value ? "setter" : "deleter");
        else
            err_format(ts, &ExcAttributeError, "property of '%s' object has no %s", TYPE_NAME(obj),
                       value ? "setter" : "deleter");
        XDECREF(name);
        return -1;
    }
    Object *r = value ? obj_call2(ts, f, obj, value) : obj_call1(ts, f, obj);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* p.setter(f) / p.getter(f) / p.deleter(f): a copy with one function replaced. */
static Object *property_copy(ThreadState *ts, Object *self, int which, Object *f) {
    WrapperObject *w = (WrapperObject *)self;
    WrapperObject *n = (WrapperObject *)wrapper_new(ts, TYPE(self), which == 0 ? f : w->func);
    if (!n) return NULL;
    n->fset = XNEWREF(which == 1 ? f : w->fset);
    n->fdel = XNEWREF(which == 2 ? f : w->fdel);
    n->doc = XNEWREF(w->doc);
    return (Object *)n;
}

static CFUNC(property_getter) {
    if (args_exactly(ts, "getter", nargs, kwnames, 1) < 0) return NULL;
    return property_copy(ts, self, 0, args[0]);
}
static CFUNC(property_setter) {
    if (args_exactly(ts, "setter", nargs, kwnames, 1) < 0) return NULL;
    return property_copy(ts, self, 1, args[0]);
}
static CFUNC(property_deleter) {
    if (args_exactly(ts, "deleter", nargs, kwnames, 1) < 0) return NULL;
    return property_copy(ts, self, 2, args[0]);
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {NULL},
};

static GETTER(property_get_fget) { Object *f = ((WrapperObject *)self)->func; return NEWREF(f ? f : None); }
static GETTER(property_get_fset) { Object *f = ((WrapperObject *)self)->fset; return NEWREF(f ? f : None); }
static GETTER(property_get_fdel) { Object *f = ((WrapperObject *)self)->fdel; return NEWREF(f ? f : None); }
static GETTER(property_get_doc) { Object *f = ((WrapperObject *)self)->doc; return NEWREF(f ? f : None); }

static GETTER(property_get_isabstract) {
    WrapperObject *w = (WrapperObject *)self;
    Object *funcs[3] = {w->func, w->fset, w->fdel};
    return any_abstract(ts, funcs, 3);
}

static const GetSetDef property_getset[] = {
    {"fget", property_get_fget, NULL, NULL},
    {"fset", property_get_fset, NULL, NULL},
    {"fdel", property_get_fdel, NULL, NULL},
    {"__doc__", property_get_doc, NULL, NULL},
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL},
    {NULL},
};

TypeObject PropertyType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "property",
    .basicsize = sizeof(WrapperObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .getattr = obj_generic_getattr,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new_slot,
    .init = property_init,
    .methods = property_methods,
    .getset = property_getset,
};

/* ==== naming a callable in messages ===================================== */

Object *func_str(ThreadState *ts, Object *callable) {
    Object *qual = obj_lookup_attr(ts, callable, ts->interp->ids.__qualname__);
    if (!qual) return err_occurred(ts) ? NULL : obj_str(ts, callable);
    Object *r = NULL, *mod = obj_lookup_attr(ts, callable, ts->interp->ids.__module__);
    if (mod && mod != None) {
        int ne = obj_richcompare_bool(ts, mod, ts->interp->ids.builtins, CMP_NE);
        if (ne > 0) r = str_format(ts, "%S.%S()", mod, qual);
        else if (ne == 0) r = str_format(ts, "%S()", qual);
    } else if (!err_occurred(ts)) {
        r = str_format(ts, "%S()", qual);
    }
    DECREF(qual);
    XDECREF(mod);
    return r;
}
