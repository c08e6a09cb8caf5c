/* typealias.c -- the objects type hints are made of: `list[int]` (a
 * types.GenericAlias: the class it parameterises, and the arguments) and
 * `int | None` (a types.UnionType). Neither changes what a list or an int
 * is; they exist so that annotations evaluate as in CPython 3.11, and
 * `isinstance(x, int | str)` works. Lesson 9 (what a class statement and
 * an annotation evaluate).
 */
#include "typealias.h"

#include <string.h>

#include "exceptions.h"
#include "int.h"
#include "gc.h"
#include "interp.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "common/strbuf.h"
#include "common/rawmem.h"

typedef struct AliasObject {    /* GenericAlias and UnionType alike */
    OBJECT_HEAD;
    Object *origin;             /* the class (GenericAlias; NULL for a union) */
    Object *args;               /* tuple */
    Object *parameters;         /* tuple, made when first asked for (NULL before) */
} AliasObject;

#define ALIAS(o) ((AliasObject *)(o))

static Object *alias_alloc(ThreadState *ts, TypeObject *type, Object *origin, Object *args) {
    AliasObject *a = (AliasObject *)obj_alloc(ts, type, sizeof(AliasObject));
    if (!a) return NULL;
    a->origin = XNEWREF(origin);
    a->args = NEWREF(args);
    gc_track(ts, (Object *)a);
    return (Object *)a;
}

static void alias_dealloc(Object *self) {
    gc_untrack(self);
    XDECREF(ALIAS(self)->origin);
    XDECREF(ALIAS(self)->args);
    XDECREF(ALIAS(self)->parameters);
    obj_free(self);
}

static int alias_traverse(Object *self, VisitFunc visit, void *arg) {
    Object *fields[] = {ALIAS(self)->origin, ALIAS(self)->args, ALIAS(self)->parameters};
    for (size_t i = 0; i < ARRAY_LEN(fields); i++)
        if (fields[i] && visit(fields[i], arg)) return 1;
    return 0;
}

static int alias_clear(Object *self) {
    CLEAR(ALIAS(self)->origin);
    CLEAR(ALIAS(self)->args);
    CLEAR(ALIAS(self)->parameters);
    return 0;
}

/* One argument as a hint shows it (CPython's ga_repr_item): `...`, a class
 * by its qualified name (with its module unless builtins), an alias by its
 * repr, anything else by repr(). Appended to [sb]; -1 with an exception. */
static int repr_item(ThreadState *ts, StrBuf *sb, Object *item) {
    if (item == Ellipsis) {
        strbuf_puts(sb, "...");
        return 0;
    }
    Object *text = NULL;
    if (TYPE(item) != &GenericAliasType && TYPE(item) != &UnionType) {
        Object *origin = obj_lookup_attr(ts, item, ts->interp->ids.__origin__);
        if (!origin && err_occurred(ts)) return -1;
        Object *args = origin ? obj_lookup_attr(ts, item, ts->interp->ids.__args__) : NULL;
        XDECREF(origin);
        if (!args && err_occurred(ts)) return -1;
        if (args) {
            DECREF(args);           /* a typing object: its repr says it */
        } else {
            Object *qual = obj_lookup_attr(ts, item, ts->interp->ids.__qualname__);
            if (!qual && err_occurred(ts)) return -1;
            Object *mod = qual ? obj_lookup_attr(ts, item, ts->interp->ids.__module__) : NULL;
            if (qual && !mod && err_occurred(ts)) { DECREF(qual); return -1; }
            if (qual && mod) {
                if (str_check(mod) && str_eq_cstr(mod, "builtins")) text = obj_str(ts, qual);
                else text = str_format(ts, "%S.%S", mod, qual);
            }
            XDECREF(qual);
            XDECREF(mod);
            if ((qual && mod) && !text) return -1;
        }
    }
    if (!text) text = obj_repr(ts, item);
    if (!text) return -1;
    strbuf_append(sb, STR_DATA(text), STR_SIZE(text));
    DECREF(text);
    return 0;
}

/* The text [sb] holds, as a str (new reference); MemoryError if it failed. */
static Object *finish_text(ThreadState *ts, StrBuf *sb) {
    Object *r = sb->failed ? err_no_memory(ts) : str_new(ts, sb->data ? sb->data : "", sb->len);
    strbuf_free(sb);
    return r;
}

/* ---- types.GenericAlias --------------------------------------------------- */

Object *generic_alias_new(ThreadState *ts, Object *origin, Object *item) {
    if (tuple_check(item)) return alias_alloc(ts, &GenericAliasType, origin, item);
    Object *args = tuple_pack(ts, 1, item);
    if (!args) return NULL;
    Object *r = alias_alloc(ts, &GenericAliasType, origin, args);
    DECREF(args);
    return r;
}

CFUNC(generic_alias_class_getitem) {
    if (kwnames && TUPLE_SIZE(kwnames))
        return err_format(ts, &ExcTypeError, "__class_getitem__() takes no keyword arguments");
    if (nargs != 1)
        return err_format(ts, &ExcTypeError, "__class_getitem__() takes exactly one argument (%zu given)", nargs);
    return generic_alias_new(ts, self, args[0]);
}

static Object *ga_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs, Object *kwnames) {
    (void)type;
    if (kwnames && TUPLE_SIZE(kwnames)) return err_format(ts, &ExcTypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2) return err_format(ts, &ExcTypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
    return generic_alias_new(ts, args[0], args[1]);
}

static Object *ga_repr(ThreadState *ts, Object *self) {
    AliasObject *a = ALIAS(self);
    StrBuf sb;
    strbuf_init(&sb);
    if (repr_item(ts, &sb, a->origin) < 0) goto error;
    strbuf_appendc(&sb, '[');
    size_t n = TUPLE_SIZE(a->args);
    if (n == 0) strbuf_puts(&sb, "()");          /* tuple[()] */
    for (size_t i = 0; i < n; i++) {
        if (i) strbuf_puts(&sb, ", ");
        if (repr_item(ts, &sb, TUPLE_GET(a->args, i)) < 0) goto error;
    }
    strbuf_appendc(&sb, ']');
    return finish_text(ts, &sb);
error:
    strbuf_free(&sb);
    return NULL;
}

/* list[int] == list[int]: the same origin and the same arguments */
static Object *alias_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != TYPE(a)) return NEWREF(NotImplemented);
    if (TYPE(a) == &UnionType) {
        /* the same members, in any order */
        Object *sa = frozenset_new(ts, ALIAS(a)->args);
        Object *sb = sa ? frozenset_new(ts, ALIAS(b)->args) : NULL;
        Object *r = sb ? obj_richcompare(ts, sa, sb, op) : NULL;
        XDECREF(sa);
        XDECREF(sb);
        return r;
    }
    int eq = obj_richcompare_bool(ts, ALIAS(a)->origin, ALIAS(b)->origin, CMP_EQ);
    if (eq < 0) return NULL;
    if (eq) {
        eq = obj_richcompare_bool(ts, ALIAS(a)->args, ALIAS(b)->args, CMP_EQ);
        if (eq < 0) return NULL;
    }
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t ga_hash(ThreadState *ts, Object *self) {
    int64_t h0 = obj_hash(ts, ALIAS(self)->origin);
    if (h0 == -1) return -1;
    int64_t h1 = obj_hash(ts, ALIAS(self)->args);
    if (h1 == -1) return -1;
    int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

/* list[int]([1, 2]): the origin's instance, told which alias made it */
static Object *ga_call(ThreadState *ts, Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    Object *r = obj_call(ts, ALIAS(self)->origin, args, nargs, kwnames);
    if (!r) return NULL;
    if (obj_setattr(ts, r, ts->interp->ids.__orig_class__, self) < 0) {
        if (!err_matches(ts, &ExcAttributeError) && !err_matches(ts, &ExcTypeError)) {
            DECREF(r);
            return NULL;
        }
        err_clear(ts);
    }
    return r;
}

/* The names a GenericAlias answers itself; any other attribute is its
 * origin's (list[int].append is list.append), as CPython's ga_getattro. */
static const char *const own_names[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static Object *ga_getattr(ThreadState *ts, Object *self, Object *name) {
    for (const char *const *n = own_names; *n; n++)
        if (str_eq_cstr(name, *n)) return obj_generic_getattr(ts, self, name);
    return obj_getattr(ts, ALIAS(self)->origin, name);
}

static GETTER(alias_get_origin) { return NEWREF(ALIAS(self)->origin ? ALIAS(self)->origin : None); }
static GETTER(alias_get_args) { return NEWREF(ALIAS(self)->args); }

/* The type variables among the arguments: minipy has no typing.TypeVar
 * yet, so the ones nested aliases carry. */
static GETTER(alias_get_parameters) {
    AliasObject *a = ALIAS(self);
    if (!a->parameters) {
        Object *params = tuple_new(ts, 0);
        if (!params) return NULL;
        a->parameters = params;
    }
    return NEWREF(a->parameters);
}

static CFUNC(ga_mro_entries) {
    (void)args, (void)nargs, (void)kwnames;
    return tuple_pack(ts, 1, ALIAS(self)->origin);
}

static CFUNC(ga_instancecheck) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return err_format(ts, &ExcTypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static CFUNC(ga_subclasscheck) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return err_format(ts, &ExcTypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static CFUNC(ga_reduce) {
    (void)args, (void)nargs, (void)kwnames;
    Object *pair = tuple_pack(ts, 2, ALIAS(self)->origin, ALIAS(self)->args);
    if (!pair) return NULL;
    Object *r = tuple_pack(ts, 2, (Object *)TYPE(self), pair);
    DECREF(pair);
    return r;
}

static const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {"__reduce__", ga_reduce, 0, NULL},
    {NULL},
};

static const GetSetDef ga_getset[] = {
    {"__origin__", alias_get_origin, NULL, NULL},
    {"__args__", alias_get_args, NULL, NULL},
    {"__parameters__", alias_get_parameters, NULL, NULL},
    {NULL},
};

/* ---- int | str: types.UnionType --------------------------------------------- */

/* Can [o] be a member of a union: None, a class, an alias or a union? */
static bool unionable(Object *o) {
    return o == None || (TYPE(o)->flags & TYPE_FLAG_TYPE_SUBCLASS) || TYPE(o) == &GenericAliasType ||
           TYPE(o) == &UnionType;
}

/* Append [o]'s members (a union's own, flattened; None as NoneType) to
 * [list] unless there already. 0, or -1 with an exception. */
static int add_members(ThreadState *ts, Object **items, size_t *n, size_t cap, Object *o) {
    if (TYPE(o) == &UnionType) {
        for (size_t i = 0; i < TUPLE_SIZE(ALIAS(o)->args); i++)
            if (add_members(ts, items, n, cap, TUPLE_GET(ALIAS(o)->args, i)) < 0) return -1;
        return 0;
    }
    if (o == None) o = (Object *)&NoneType;
    for (size_t i = 0; i < *n; i++) {
        /* identity for classes, == for aliases (list[int] twice is one member) */
        if (items[i] == o) return 0;
        if (TYPE(o) == &GenericAliasType && TYPE(items[i]) == &GenericAliasType) {
            int eq = obj_richcompare_bool(ts, items[i], o, CMP_EQ);
            if (eq < 0) return -1;
            if (eq) return 0;
        }
    }
    if (*n < cap) items[(*n)++] = o;
    return 0;
}

static size_t member_count(Object *o) {
    return TYPE(o) == &UnionType ? TUPLE_SIZE(ALIAS(o)->args) : 1;
}

Object *union_or(ThreadState *ts, Object *a, Object *b) {
    if (!unionable(a) || !unionable(b)) return NEWREF(NotImplemented);
    size_t cap = member_count(a) + member_count(b), n = 0;
    Object **items = rawmem_calloc(cap, sizeof(Object *));
    if (!items) return err_no_memory(ts);
    Object *r = NULL;
    if (add_members(ts, items, &n, cap, a) == 0 && add_members(ts, items, &n, cap, b) == 0) {
        if (n == 1) {
            r = NEWREF(items[0]);       /* int | int is int */
        } else {
            Object *args = tuple_from_array(ts, items, n);
            if (args) {
                r = alias_alloc(ts, &UnionType, NULL, args);
                DECREF(args);
            }
        }
    }
    rawmem_free(items);
    return r;
}

static Object *union_repr(ThreadState *ts, Object *self) {
    StrBuf sb;
    strbuf_init(&sb);
    Object *args = ALIAS(self)->args;
    for (size_t i = 0; i < TUPLE_SIZE(args); i++) {
        if (i) strbuf_puts(&sb, " | ");
        Object *m = TUPLE_GET(args, i);
        if (m == (Object *)&NoneType) strbuf_puts(&sb, "None");
        else if (repr_item(ts, &sb, m) < 0) {
            strbuf_free(&sb);
            return NULL;
        }
    }
    return finish_text(ts, &sb);
}

static int64_t union_hash(ThreadState *ts, Object *self) {
    Object *s = frozenset_new(ts, ALIAS(self)->args);
    if (!s) return -1;
    int64_t h = obj_hash(ts, s);
    DECREF(s);
    return h;
}

static Object *union_getitem(ThreadState *ts, Object *self, Object *key) {
    (void)key;
    return err_format(ts, &ExcTypeError, "%R is not a generic class", self);
}

int union_check_members(ThreadState *ts, Object *u, bool subclass) {
    Object *args = ALIAS(u)->args;
    for (size_t i = 0; i < TUPLE_SIZE(args); i++)
        if (TYPE(TUPLE_GET(args, i)) == &GenericAliasType) {
            err_format(ts, &ExcTypeError, "%s() argument 2 cannot be a parameterized generic",
                       subclass ? "issubclass" : "isinstance");
            return -1;
        }
    return 0;
}

Object *union_members_borrowed(Object *u) { return ALIAS(u)->args; }

static const GetSetDef union_getset[] = {
    {"__args__", alias_get_args, NULL, NULL},
    {"__parameters__", alias_get_parameters, NULL, NULL},
    {NULL},
};

TypeObject GenericAliasType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "types.GenericAlias",
    .basicsize = sizeof(AliasObject),
    .flags = TYPE_FLAG_GC,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
    .dealloc = alias_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = alias_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .traverse = alias_traverse,
    .clear = alias_clear,
    .new_ = ga_new,
    .binop = {[NB_OR] = union_or},
    .methods = ga_methods,
    .getset = ga_getset,
};

TypeObject UnionType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "types.UnionType",
    .basicsize = sizeof(AliasObject),
    .flags = TYPE_FLAG_GC,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .dealloc = alias_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = alias_richcompare,
    .getattr = obj_generic_getattr,
    .getitem = union_getitem,
    .traverse = alias_traverse,
    .clear = alias_clear,
    .binop = {[NB_OR] = union_or},
    .getset = union_getset,
};
