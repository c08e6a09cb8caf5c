/* module.c -- module objects: a name and a namespace dict.
 *
 * Lesson 8 (imports): `import m` binds the name m to one of these; `m.x`
 * looks x up in its dict. Lesson 3: a module's dict *is* the global scope
 * of the code defined in it.
 */
#include "module.h"
#include "interp.h"
#include "exceptions.h"
#include "gc.h"
#include "str.h"
#include "dict.h"
#include "func.h"
#include "args.h"
#include "tuple.h"

/* A module of [type] (module or a class derived from it) named [name]. */
static Object *module_alloc(ThreadState *ts, TypeObject *type, Object *name, Object *doc) {
    ModuleObject *m = (ModuleObject *)obj_alloc(ts, type, type->basicsize);
    if (!m) return NULL;
    m->dict = dict_new(ts);
    m->name = NEWREF(name);
    if (!m->dict || dict_set(ts, m->dict, ts->interp->ids.__name__, name) < 0 ||
        dict_set(ts, m->dict, ts->interp->ids.__doc__, doc) < 0) {
        XDECREF(m->dict);
        DECREF(m->name);
        obj_free((Object *)m);
        return NULL;
    }
    ((DictObject *)m->dict)->is_namespace = true;
    gc_track(ts, (Object *)m);
    return (Object *)m;
}

Object *module_new(ThreadState *ts, Object *name) {
    return module_alloc(ts, &ModuleType, name, None);
}

Object *module_new_cstr(ThreadState *ts, const char *name) {
    Object *n = str_intern_cstr(ts, name);
    if (!n) return NULL;
    Object *m = module_new(ts, n);
    DECREF(n);
    return m;
}

int module_add_functions(ThreadState *ts, Object *module, const MethodDef *defs) {
    ModuleObject *m = (ModuleObject *)module;
    for (const MethodDef *d = defs; d->name; d++) {
        Object *f = builtin_new(ts, d, NULL, m->name);
        if (!f) return -1;
        int r = dict_set_cstr(ts, m->dict, d->name, f);
        DECREF(f);
        if (r < 0) return -1;
    }
    return 0;
}

int module_add_object(ThreadState *ts, Object *module, const char *name, Object *value) {
    return dict_set_cstr(ts, MODULE_DICT(module), name, value);
}

Object *module_add_exception(ThreadState *ts, Object *module, const char *name, TypeObject *base,
                             const char *modname) {
    Object *cls_name = str_from_cstr(ts, name), *bases = tuple_pack(ts, 1, (Object *)base);
    Object *ns = dict_new(ts), *module_name = str_from_cstr(ts, modname);
    Object *cls = NULL;
    if (cls_name && bases && ns && module_name && dict_set_cstr(ts, ns, "__module__", module_name) == 0) {
        Object *argv[3] = {cls_name, bases, ns};
        cls = obj_call(ts, (Object *)&TypeType, argv, 3, NULL);
    }
    XDECREF(cls_name);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(module_name);
    if (!cls) return NULL;
    int rc = module_add_object(ts, module, name, cls);
    DECREF(cls);
    return rc < 0 ? NULL : cls;
}

static void module_dealloc(Object *self) {
    gc_untrack(self);
    ModuleObject *m = (ModuleObject *)self;
    XDECREF(m->dict);
    XDECREF(m->name);
    obj_free(self);
}

static int module_traverse(Object *self, VisitFunc visit, void *arg) {
    ModuleObject *m = (ModuleObject *)self;
    return m->dict && visit(m->dict, arg);
}

static int module_clear(Object *self) {
    CLEAR(((ModuleObject *)self)->dict);
    return 0;
}

static Object *module_repr(ThreadState *ts, Object *self) {
    ModuleObject *m = (ModuleObject *)self;
    Object *file = m->dict ? dict_get_str_borrowed(ts, m->dict, ts->interp->ids.__file__) : NULL;
    if (file && str_check(file))
        return str_format(ts, "<module %R from %R>", m->name, file);
    if (m->name && str_eq_cstr(m->name, "builtins") == false && m->dict &&
        dict_get_str_borrowed(ts, m->dict, ts->interp->ids.__path__) == NULL)
        return str_format(ts, "<module %R (built-in)>", m->name);
    return str_format(ts, "<module %R (built-in)>", m->name);
}

static Object *module_getattr(ThreadState *ts, Object *self, Object *name) {
    ModuleObject *m = (ModuleObject *)self;
    Object *descr = type_lookup_borrowed(TYPE(self), name);
    if (descr && TYPE(descr)->descr_get && TYPE(descr)->descr_set)
        return TYPE(descr)->descr_get(ts, descr, self, (Object *)TYPE(self));
    if (m->dict) {
        Object *v = dict_get_str_borrowed(ts, m->dict, name);
        if (v) return NEWREF(v);
        if (err_occurred(ts)) return NULL;
        Object *getattr = dict_get_cstr_borrowed(ts, m->dict, "__getattr__");
        if (getattr) return obj_call1(ts, getattr, name);
    }
    if (descr) {
        if (TYPE(descr)->descr_get) return TYPE(descr)->descr_get(ts, descr, self, (Object *)TYPE(self));
        return NEWREF(descr);
    }
    err_format(ts, &ExcAttributeError, "module '%U' has no attribute '%U'", m->name, name);
    if (ts->exc) {
        BaseExceptionObject *e = (BaseExceptionObject *)ts->exc;
        SETREF(e->name, NEWREF(name));
        SETREF(e->obj, NEWREF(self));
    }
    return NULL;
}

static GETTER(module_get_dict) {
    return NEWREF(((ModuleObject *)self)->dict);
}

/* __annotations__ lives in the module's dict: made there, empty, on first
 * read when the module body annotated nothing (CPython 3.10's lazy
 * module annotations); deleting a missing one is an AttributeError. */
static GETTER(module_get_annotations) {
    Object *d = ((ModuleObject *)self)->dict;
    if (!d) return err_set_string(ts, &ExcTypeError, "<module>.__dict__ is not a dictionary");
    Object *key = ts->interp->ids.__annotations__;
    Object *a = dict_get_str_borrowed(ts, d, key);
    if (a) return NEWREF(a);
    if (err_occurred(ts)) return NULL;
    a = dict_new(ts);
    if (!a || dict_set(ts, d, key, a) < 0) {
        XDECREF(a);
        return NULL;
    }
    return a;
}

static SETTER(module_set_annotations) {
    Object *d = ((ModuleObject *)self)->dict;
    if (!d) {
        err_set_string(ts, &ExcTypeError, "<module>.__dict__ is not a dictionary");
        return -1;
    }
    Object *key = ts->interp->ids.__annotations__;
    if (value) return dict_set(ts, d, key, value);
    if (!dict_get_str_borrowed(ts, d, key)) {
        if (!err_occurred(ts)) err_set_string(ts, &ExcAttributeError, "__annotations__");
        return -1;
    }
    return dict_del(ts, d, key);
}

static const GetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL, NULL},
    {"__annotations__", module_get_annotations, module_set_annotations, NULL},
    {NULL},
};

/* module(name, doc=None) */
static Object *module_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                               Object *kwnames) {
    static const char *const names[] = {"name", "doc", NULL};
    static const ArgSpec spec = {"module", names, .required = 1};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (!str_check(a[0]))
        return err_format(ts, &ExcTypeError, "module() argument 'name' must be str, not %s", args_type_name(a[0]));
    return module_alloc(ts, type, a[0], a[1] ? a[1] : None);
}

TypeObject ModuleType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "module",
    .basicsize = sizeof(ModuleObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dictoffset = offsetof(ModuleObject, dict),
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = obj_generic_setattr,
    .traverse = module_traverse,
    .clear = module_clear,
    .new_ = module_new_slot,
    .getset = module_getset,
};
