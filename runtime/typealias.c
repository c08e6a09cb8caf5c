/* typealias.c -- the objects type hints are made of: `list[int]` (a
 * types.GenericAlias: the class it parameterises, and the arguments) and
 * `int | None` (a types.UnionType). Neither changes what a list or an int
 * is; they exist so that annotations evaluate as in CPython 3.11, and
 * `isinstance(x, int | str)` works. Lesson 9 (what a class statement and
 * an annotation evaluate).
 *
 * An alias knows the type variables among its arguments (__parameters__:
 * whatever has __typing_subst__, typing.TypeVar and its kin, or is carried
 * by a nested alias), and `*tuple[int, str]` (PEP 646: iterating an alias
 * gives its starred copy) is an alias with `starred` set. GenericAlias can
 * be subclassed: collections.abc.Callable's alias is one (issue 17).
 */
#include "typealias.h"

#include <string.h>

#include "exceptions.h"
#include "int.h"
#include "gc.h"
#include "interp.h"
#include "list.h"
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
    bool starred;               /* *tuple[int]: __unpacked__ */
} AliasObject;

#define ALIAS(o) ((AliasObject *)(o))

/* a GenericAlias, or an instance of a subclass of it */
static bool ga_check(Object *o) { return obj_type_check(o, &GenericAliasType); }

static Object *alias_alloc(ThreadState *ts, TypeObject *type, Object *origin, Object *args) {
    AliasObject *a = (AliasObject *)obj_alloc(ts, type, type->basicsize);
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
    if (!ga_check(item) && TYPE(item) != &UnionType) {
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
    if (kwnames && TUPLE_SIZE(kwnames)) return err_format(ts, &ExcTypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2) return err_format(ts, &ExcTypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
    if (tuple_check(args[1])) return alias_alloc(ts, type, args[0], args[1]);
    Object *items = tuple_pack(ts, 1, args[1]);
    if (!items) return NULL;
    Object *r = alias_alloc(ts, type, args[0], items);
    DECREF(items);
    return r;
}

static Object *ga_repr(ThreadState *ts, Object *self) {
    AliasObject *a = ALIAS(self);
    StrBuf sb;
    strbuf_init(&sb);
    if (a->starred) strbuf_appendc(&sb, '*');
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

/* list[int] == list[int]: the same origin and the same arguments (and
 * both starred or neither) */
static Object *alias_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op) {
    if (op != CMP_EQ && op != CMP_NE) return NEWREF(NotImplemented);
    if (TYPE(a) == &UnionType ? TYPE(b) != &UnionType : !ga_check(b)) return NEWREF(NotImplemented);
    if (TYPE(a) != &UnionType && ALIAS(a)->starred != ALIAS(b)->starred) return bool_from(op == CMP_NE);
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

/* Append [p] to [list] unless it is there already (by identity). 0, or
 * -1 with an exception. */
static int add_parameter(ThreadState *ts, Object *list, Object *p) {
    for (size_t i = 0; i < LIST_SIZE(list); i++)
        if (LIST_GET(list, i) == p) return 0;
    return list_append(ts, list, p);
}

/* The type variables among the arguments, in order of first appearance:
 * an argument with __typing_subst__ (a TypeVar, ParamSpec, TypeVarTuple)
 * is one; any other brings its own __parameters__ (List[T], *Ts). A class
 * is skipped: its __parameters__ is about its own instances. */
static GETTER(alias_get_parameters) {
    AliasObject *a = ALIAS(self);
    if (a->parameters) return NEWREF(a->parameters);
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    for (size_t i = 0; i < TUPLE_SIZE(a->args); i++) {
        Object *t = TUPLE_GET(a->args, i);
        if (TYPE(t)->flags & TYPE_FLAG_TYPE_SUBCLASS) continue;
        Object *subst = obj_lookup_attr(ts, t, ts->interp->ids.__typing_subst__);
        if (subst) {
            DECREF(subst);
            if (add_parameter(ts, list, t) < 0) goto error;
            continue;
        }
        if (err_occurred(ts)) goto error;
        Object *sub = obj_lookup_attr(ts, t, ts->interp->ids.__parameters__);
        if (!sub) {
            if (err_occurred(ts)) goto error;
            continue;
        }
        if (tuple_check(sub))
            for (size_t j = 0; j < TUPLE_SIZE(sub); j++)
                if (add_parameter(ts, list, TUPLE_GET(sub, j)) < 0) { DECREF(sub); goto error; }
        DECREF(sub);
    }
    Object *params = tuple_from_array(ts, LIST_ITEMS(list), LIST_SIZE(list));
    DECREF(list);
    if (!params) return NULL;
    if (!a->parameters) a->parameters = params;     /* (a lookup above may have made it) */
    else DECREF(params);
    return NEWREF(a->parameters);
error:
    DECREF(list);
    return NULL;
}

/* ---- list[T][int]: substitution ------------------------------------------ */

/* The arguments *tuple[int, str] stands for, (int, str) (a new reference);
 * NULL with no exception for anything else, and for *Ts. */
static Object *unpacked_tuple_args(ThreadState *ts, Object *arg) {
    if (ga_check(arg) && TYPE(arg) == &GenericAliasType) {
        if (ALIAS(arg)->starred && ALIAS(arg)->origin == (Object *)&TupleType) return NEWREF(ALIAS(arg)->args);
        return NULL;
    }
    Object *r = obj_lookup_attr(ts, arg, ts->interp->ids.__typing_unpacked_tuple_args__);
    if (r == None) {
        DECREF(r);
        return NULL;
    }
    return r;
}

/* The subscript's items as a tuple, each *tuple[int, str] among them
 * spread out (not *tuple[int, ...], whose length is unknown). New
 * reference; NULL with an exception. */
static Object *unpack_items(ThreadState *ts, Object *item) {
    Object *list = list_new(ts, 0);
    if (!list) return NULL;
    bool is_tuple = tuple_check(item);
    size_t n = is_tuple ? TUPLE_SIZE(item) : 1;
    for (size_t i = 0; i < n; i++) {
        Object *it = is_tuple ? TUPLE_GET(item, i) : item;
        if (!(TYPE(it)->flags & TYPE_FLAG_TYPE_SUBCLASS)) {
            Object *sub = unpacked_tuple_args(ts, it);
            if (!sub && err_occurred(ts)) goto error;
            if (sub && tuple_check(sub) &&
                !(TUPLE_SIZE(sub) && TUPLE_GET(sub, TUPLE_SIZE(sub) - 1) == Ellipsis)) {
                int rc = list_extend(ts, list, sub);
                DECREF(sub);
                if (rc < 0) goto error;
                continue;
            }
            XDECREF(sub);
        }
        if (list_append(ts, list, it) < 0) goto error;
    }
    Object *r = list_as_tuple(ts, list);
    DECREF(list);
    return r;
error:
    DECREF(list);
    return NULL;
}

static ssize_t param_index(Object *params, Object *p) {
    for (size_t i = 0; i < TUPLE_SIZE(params); i++)
        if (TUPLE_GET(params, i) == p) return (ssize_t)i;
    return -1;
}

/* [obj] (an argument that is itself generic, list[T] in dict[str, list[T]])
 * with the parameters it carries replaced: obj[its arguments]. A
 * TypeVarTuple's value (a tuple) is spread out. New reference. */
static Object *subs_tvars(ThreadState *ts, Object *obj, Object *params, Object *items) {
    Object *sub = obj_lookup_attr(ts, obj, ts->interp->ids.__parameters__);
    if (!sub) return err_occurred(ts) ? NULL : NEWREF(obj);
    if (!tuple_check(sub) || TUPLE_SIZE(sub) == 0) {
        DECREF(sub);
        return NEWREF(obj);
    }
    Object *list = list_new(ts, 0), *r = NULL;
    if (!list) goto done;
    for (size_t i = 0; i < TUPLE_SIZE(sub); i++) {
        Object *p = TUPLE_GET(sub, i), *value = p;
        ssize_t k = param_index(params, p);
        if (k >= 0) {
            value = TUPLE_GET(items, k);
            if (TYPE(p)->iter && tuple_check(value)) {      /* a TypeVarTuple */
                if (list_extend(ts, list, value) < 0) goto done;
                continue;
            }
        }
        if (list_append(ts, list, value) < 0) goto done;
    }
    Object *key = list_as_tuple(ts, list);
    if (!key) goto done;
    r = obj_getitem(ts, obj, key);
    DECREF(key);
done:
    XDECREF(list);
    DECREF(sub);
    return r;
}

/* The arguments of [self] (an alias or a union) with its parameters
 * replaced by the subscript's [item]s, a new tuple: dict[T, list[S]][str,
 * int] has (str, list[int]), by CPython 3.11's rules. Each parameter may
 * first rearrange the items
 * (__typing_prepare_subst__: a TypeVarTuple takes several as one tuple);
 * then each argument with __typing_subst__ is replaced by its item, and
 * each generic argument is subscripted in turn. */
static Object *subs_parameters(ThreadState *ts, Object *self, Object *item) {
    AliasObject *a = ALIAS(self);
    Object *params = alias_get_parameters(ts, self);
    if (!params) return NULL;
    Object *items = NULL, *list = NULL, *r = NULL;
    size_t np = TUPLE_SIZE(params);
    if (np == 0) {
        err_format(ts, &ExcTypeError, "%R is not a generic class", self);
        goto done;
    }
    items = unpack_items(ts, item);
    if (!items) goto done;
    for (size_t i = 0; i < np; i++) {
        Object *prepare = obj_lookup_attr(ts, TUPLE_GET(params, i), ts->interp->ids.__typing_prepare_subst__);
        if (!prepare) {
            if (err_occurred(ts)) goto done;
            continue;
        }
        Object *next = obj_call2(ts, prepare, self, items);
        DECREF(prepare);
        if (!next) goto done;
        DECREF(items);
        items = next;
        if (!tuple_check(items)) {
            Object *t = tuple_pack(ts, 1, items);
            DECREF(items);
            items = t;
            if (!items) goto done;
        }
    }
    if (TUPLE_SIZE(items) != np) {
        err_format(ts, &ExcTypeError, "Too %s arguments for %R; actual %zu, expected %zu",
                   TUPLE_SIZE(items) > np ? "many" : "few", self, TUPLE_SIZE(items), np);
        goto done;
    }
    list = list_new(ts, 0);
    if (!list) goto done;
    for (size_t i = 0; i < TUPLE_SIZE(a->args); i++) {
        Object *arg = TUPLE_GET(a->args, i), *value;
        if (TYPE(arg)->flags & TYPE_FLAG_TYPE_SUBCLASS) {
            if (list_append(ts, list, arg) < 0) goto done;
            continue;
        }
        /* *Ts among the arguments: its value is spread out */
        Object *flag = obj_lookup_attr(ts, arg, ts->interp->ids.__typing_is_unpacked_typevartuple__);
        if (!flag && err_occurred(ts)) goto done;
        int spread = flag ? obj_is_true(ts, flag) : 0;
        XDECREF(flag);
        if (spread < 0) goto done;
        Object *subst = obj_lookup_attr(ts, arg, ts->interp->ids.__typing_subst__);
        if (subst) {
            ssize_t k = param_index(params, arg);
            value = k >= 0 ? obj_call1(ts, subst, TUPLE_GET(items, k)) : NEWREF(arg);
            DECREF(subst);
        } else {
            if (err_occurred(ts)) goto done;
            value = subs_tvars(ts, arg, params, items);
        }
        if (!value) goto done;
        int rc = spread ? list_extend(ts, list, value) : list_append(ts, list, value);
        DECREF(value);
        if (rc < 0) goto done;
    }
    r = list_as_tuple(ts, list);
done:
    XDECREF(list);
    XDECREF(items);
    DECREF(params);
    return r;
}

static Object *ga_getitem(ThreadState *ts, Object *self, Object *item) {
    Object *new_args = subs_parameters(ts, self, item);
    if (!new_args) return NULL;
    Object *r = alias_alloc(ts, &GenericAliasType, ALIAS(self)->origin, new_args);
    DECREF(new_args);
    if (r) ALIAS(r)->starred = ALIAS(self)->starred;
    return r;
}

static GETTER(ga_get_unpacked) { return bool_from(ALIAS(self)->starred); }

/* *tuple[int, str]: (int, str); None for anything else */
static GETTER(ga_get_unpacked_tuple_args) {
    AliasObject *a = ALIAS(self);
    if (a->starred && a->origin == (Object *)&TupleType) return NEWREF(a->args);
    return NEWREF(None);
}

/* iter(tuple[int, str]) gives one item, *tuple[int, str] (PEP 646): a plain
 * GenericAlias, starred, whatever the class of [self] (as CPython) */
static Object *ga_iter(ThreadState *ts, Object *self) {
    AliasObject *a = ALIAS(self);
    AliasObject *star = (AliasObject *)alias_alloc(ts, &GenericAliasType, a->origin, a->args);
    if (!star) return NULL;
    star->starred = true;
    Object *one = tuple_pack(ts, 1, (Object *)star);
    DECREF(star);
    if (!one) return NULL;
    Object *it = obj_iter(ts, one);
    DECREF(one);
    return it;
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
    {"__unpacked__", ga_get_unpacked, NULL, NULL},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_tuple_args, NULL, NULL},
    {NULL},
};

/* ---- int | str: types.UnionType --------------------------------------------- */

/* Can [o] be a member of a union: None, a class, an alias or a union? */
static bool unionable(Object *o) {
    return o == None || (TYPE(o)->flags & TYPE_FLAG_TYPE_SUBCLASS) || ga_check(o) ||
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
        if (ga_check(o) && ga_check(items[i])) {
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

/* (list[T] | None)[int] is list[int] | None: the new members or'ed together */
static Object *union_getitem(ThreadState *ts, Object *self, Object *key) {
    Object *new_args = subs_parameters(ts, self, key);
    if (!new_args) return NULL;
    size_t n = TUPLE_SIZE(new_args);
    Object *r;
    if (n == 0) {
        r = alias_alloc(ts, &UnionType, NULL, new_args);
    } else {
        r = NEWREF(TUPLE_GET(new_args, 0));
        for (size_t i = 1; r && i < n; i++) {
            Object *next = obj_binop(ts, NB_OR, r, TUPLE_GET(new_args, i));
            DECREF(r);
            r = next;
        }
    }
    DECREF(new_args);
    return r;
}

int union_check_members(ThreadState *ts, Object *u, bool subclass) {
    Object *args = ALIAS(u)->args;
    for (size_t i = 0; i < TUPLE_SIZE(args); i++)
        if (ga_check(TUPLE_GET(args, i))) {
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
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
    .dealloc = alias_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = alias_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .iter = ga_iter,
    .getitem = ga_getitem,
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
