/* exc_group.c -- BaseExceptionGroup and ExceptionGroup (PEP 654), and the
 * two operations `except*` needs from them (vm/eval_loop.h's CHECK_EG_MATCH
 * and PREP_RERAISE_STAR).
 *
 * Lesson: exceptions. The classes themselves are listed in exceptions.def
 * with the others and share their instance layout: .message is the msg
 * field, .exceptions the excs field (always a tuple). Start reading at
 * split_recursive(): split(), subgroup() and except* are all that one walk
 * over the tree of groups, which keeps a sub-group's metadata
 * (__traceback__, __cause__, __context__, __notes__) as CPython's
 * exceptiongroup_subset() does, so that a re-raised part can be told apart
 * from an exception a handler raised anew (exc_group_prep_reraise_star).
 */
#include "typealias.h"
#include "exceptions.h"
#include "args.h"
#include "class.h"
#include "dict.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

#define E(o) ((BaseExceptionObject *)(o))

static bool is_group(Object *o) { return obj_type_check(o, &ExcBaseExceptionGroup); }

/* PySequence_Check: indexable, and not a dict */
static bool is_sequence(Object *o) {
    return TYPE(o)->getitem && !(TYPE(o)->flags & (TYPE_FLAG_DICT_SUBCLASS | TYPE_FLAG_MAPPING));
}

/* ==== construction ======================================================= */

/* BaseExceptionGroup(message, exceptions): the class is ExceptionGroup when
 * BaseExceptionGroup is asked for and every item is an Exception. */
static Object *eg_new_slot(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                           Object *kwnames) {
    (void)kwnames;      /* refused by __init__, as CPython does */
    if (nargs != 2)
        return err_format(ts, &ExcTypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                          nargs);
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                          args_type_name(args[0]));
    if (!is_sequence(args[1]))
        return err_set_string(ts, &ExcTypeError, "second argument (exceptions) must be a sequence");
    Object *excs = tuple_from_iterable(ts, args[1]);
    if (!excs) return NULL;
    size_t n = TUPLE_SIZE(excs);
    if (n == 0) {
        DECREF(excs);
        return err_set_string(ts, &ExcValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    bool nested_base = false;
    for (size_t i = 0; i < n; i++) {
        Object *e = TUPLE_GET(excs, i);
        if (!exc_is_exception_instance(e)) {
            DECREF(excs);
            return err_format(ts, &ExcValueError, "Item %zu of second argument (exceptions) is not an exception", i);
        }
        if (!obj_type_check(e, &ExcException)) nested_base = true;
    }
    if (type == &ExcExceptionGroup) {
        if (nested_base) {
            DECREF(excs);
            return err_set_string(ts, &ExcTypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (type == &ExcBaseExceptionGroup) {
        if (!nested_base) type = &ExcExceptionGroup;
    } else if (nested_base && type_is_subtype(type, &ExcException)) {
        DECREF(excs);
        return err_format(ts, &ExcTypeError, "Cannot nest BaseExceptions in '%s'", type->name);
    }
    BaseExceptionObject *e = (BaseExceptionObject *)obj_alloc(ts, type, type->basicsize);
    if (!e) {
        DECREF(excs);
        return NULL;
    }
    e->args = tuple_from_array(ts, args, nargs);
    if (!e->args) {
        DECREF(excs);
        obj_free((Object *)e);
        return NULL;
    }
    e->msg = NEWREF(args[0]);
    e->excs = excs;
    gc_track(ts, (Object *)e);
    return (Object *)e;
}

static int eg_init_slot(ThreadState *ts, Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    if (args_no_kwargs(ts, TYPE(self)->name, kwnames) < 0) return -1;
    Object *a = tuple_from_array(ts, args, nargs);
    if (!a) return -1;
    SETREF(E(self)->args, a);
    return 0;
}

Object *exc_group_new(ThreadState *ts, const char *msg, Object *excs) {
    Object *m = str_from_cstr(ts, msg);
    if (!m) return NULL;
    Object *r = obj_call2(ts, (Object *)&ExcBaseExceptionGroup, m, excs);
    DECREF(m);
    return r;
}

/* ==== split ================================================================ */

typedef enum { MATCH_BY_TYPE, MATCH_BY_PREDICATE, MATCH_INSTANCE_IDS } MatcherKind;

/* What split() and subgroup() accept, with CPython's message otherwise. */
static int matcher_kind(ThreadState *ts, Object *cond, MatcherKind *kind) {
    if (TYPE(cond)->call && !(TYPE(cond)->flags & TYPE_FLAG_TYPE_SUBCLASS)) {
        *kind = MATCH_BY_PREDICATE;
        return 0;
    }
    if (exc_is_exception_class(cond)) {
        *kind = MATCH_BY_TYPE;
        return 0;
    }
    if (obj_is_type_exact(cond, &TupleType)) {
        for (size_t i = 0; i < TUPLE_SIZE(cond); i++)
            if (!exc_is_exception_class(TUPLE_GET(cond, i))) goto error;
        *kind = MATCH_BY_TYPE;
        return 0;
    }
error:
    err_set_string(ts, &ExcTypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static Object *id_of(ThreadState *ts, Object *o) { return int_from_i64(ts, (int64_t)(intptr_t)o); }

/* 1 if [exc] matches [cond], 0 if not, -1 on error. */
static int split_check(ThreadState *ts, Object *exc, MatcherKind kind, Object *cond) {
    switch (kind) {
    case MATCH_BY_TYPE:
        return obj_isinstance(ts, exc, cond);
    case MATCH_BY_PREDICATE: {
        Object *r = obj_call1(ts, cond, exc);
        if (!r) return -1;
        int t = obj_is_true(ts, r);
        DECREF(r);
        return t;
    }
    case MATCH_INSTANCE_IDS: {
        if (is_group(exc)) return 0;
        Object *id = id_of(ts, exc);
        if (!id) return -1;
        int r = set_contains(ts, cond, id);
        DECREF(id);
        return r;
    }
    }
    return 0;
}

/* Copy what [orig] carries besides its exceptions onto the new part [eg]:
 * the traceback, cause, context and (as a list of its own) the notes. */
static int copy_metadata(ThreadState *ts, Object *orig, Object *eg) {
    BaseExceptionObject *o = E(orig), *n = E(eg);
    SETREF(n->traceback, XNEWREF(o->traceback));
    SETREF(n->context, XNEWREF(o->context));
    SETREF(n->cause, XNEWREF(o->cause));
    n->suppress_context = o->suppress_context;
    Object *notes = obj_lookup_attr(ts, orig, ts->interp->ids.__notes__);
    if (!notes) return err_occurred(ts) ? -1 : 0;
    int r = 0;
    if (is_sequence(notes)) {
        Object *copy = list_from_iterable(ts, notes);
        r = copy ? obj_setattr(ts, eg, ts->interp->ids.__notes__, copy) : -1;
        XDECREF(copy);
    }
    DECREF(notes);
    return r;
}

/* orig.derive(excs) with orig's metadata: the part of [orig] holding the
 * list [excs]; NULL in *result (and 0) when the list is empty. */
static int subset(ThreadState *ts, Object *orig, Object *excs, Object **result) {
    *result = NULL;
    if (LIST_SIZE(excs) == 0) return 0;
    Object *eg = obj_call_method(ts, orig, ts->interp->ids.derive, &excs, 1);
    if (!eg) return -1;
    if (!is_group(eg)) {
        DECREF(eg);
        err_set_string(ts, &ExcTypeError, "derive must return an instance of BaseExceptionGroup");
        return -1;
    }
    if (copy_metadata(ts, orig, eg) < 0) {
        DECREF(eg);
        return -1;
    }
    *result = eg;
    return 0;
}

/* Split [exc] by [cond] into *match and (when [want_rest]) *rest, new
 * references or NULL for an empty part. A group that matches as a whole is
 * itself the match; otherwise each member is split and the parts are
 * rebuilt with derive(), depth first. */
static int split_recursive(ThreadState *ts, Object *exc, MatcherKind kind, Object *cond, bool want_rest,
                           Object **match, Object **rest) {
    *match = *rest = NULL;
    int m = split_check(ts, exc, kind, cond);
    if (m < 0) return -1;
    if (m) {
        *match = NEWREF(exc);
        return 0;
    }
    if (!is_group(exc)) {
        if (want_rest) *rest = NEWREF(exc);
        return 0;
    }
    int ret = -1;
    Object *excs = E(exc)->excs;
    Object *match_list = list_new(ts, 0);
    Object *rest_list = want_rest ? list_new(ts, 0) : NULL;
    if (!match_list || (want_rest && !rest_list)) goto done;
    for (size_t i = 0; i < TUPLE_SIZE(excs); i++) {
        Object *pm, *pr;
        if (ts_enter_recursive(ts, " in exceptiongroup_split_recursive") < 0) goto done;
        int r = split_recursive(ts, TUPLE_GET(excs, i), kind, cond, want_rest, &pm, &pr);
        ts_leave_recursive(ts);
        if (r < 0) goto done;
        if (pm && list_append_steal(ts, match_list, pm) < 0) {
            XDECREF(pr);
            goto done;
        }
        if (pr && list_append_steal(ts, rest_list, pr) < 0) goto done;
    }
    if (subset(ts, exc, match_list, match) < 0) goto done;
    if (want_rest && subset(ts, exc, rest_list, rest) < 0) {
        CLEAR(*match);
        goto done;
    }
    ret = 0;
done:
    XDECREF(match_list);
    XDECREF(rest_list);
    return ret;
}

/* ==== methods ============================================================ */

static CFUNC(eg_split) {
    if (args_exactly(ts, "split", nargs, kwnames, 1) < 0) return NULL;
    MatcherKind kind;
    if (matcher_kind(ts, args[0], &kind) < 0) return NULL;
    Object *m, *r;
    if (split_recursive(ts, self, kind, args[0], true, &m, &r) < 0) return NULL;
    Object *pair = tuple_pack(ts, 2, m ? m : None, r ? r : None);
    XDECREF(m);
    XDECREF(r);
    return pair;
}

static CFUNC(eg_subgroup) {
    if (args_exactly(ts, "subgroup", nargs, kwnames, 1) < 0) return NULL;
    MatcherKind kind;
    if (matcher_kind(ts, args[0], &kind) < 0) return NULL;
    Object *m, *r;
    if (split_recursive(ts, self, kind, args[0], false, &m, &r) < 0) return NULL;
    return m ? m : none_new();
}

/* derive(excs): a BaseExceptionGroup (never the subclass: a subclass that
 * wants its parts to keep its class overrides derive) with self's message */
static CFUNC(eg_derive) {
    if (args_exactly(ts, "derive", nargs, kwnames, 1) < 0) return NULL;
    return obj_call2(ts, (Object *)&ExcBaseExceptionGroup, E(self)->msg, args[0]);
}

static Object *eg_str(ThreadState *ts, Object *self) {
    size_t n = TUPLE_SIZE(E(self)->excs);
    return str_format(ts, "%S (%zu sub-exception%s)", E(self)->msg, n, n > 1 ? "s" : "");
}

static GETTER(eg_get_message) { return NEWREF(E(self)->msg); }
static GETTER(eg_get_exceptions) { return NEWREF(E(self)->excs); }

static const GetSetDef eg_getset[] = {
    {"message", eg_get_message, NULL, NULL},
    {"exceptions", eg_get_exceptions, NULL, NULL},
    {NULL},
};

static const MethodDef eg_methods[] = {
    {"split", eg_split, 0, NULL},
    {"subgroup", eg_subgroup, 0, NULL},
    {"derive", eg_derive, 0, NULL},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

/* ==== except* ============================================================== */

int exc_group_check_star_type(ThreadState *ts, Object *type) {
    Object *const *items = &type;
    size_t n = 1;
    if (obj_is_type_exact(type, &TupleType)) {
        items = TUPLE_ITEMS(type);
        n = TUPLE_SIZE(type);
    }
    for (size_t i = 0; i < n; i++)
        if (!exc_is_exception_class(items[i])) {
            err_set_string(ts, &ExcTypeError,
                           "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    for (size_t i = 0; i < n; i++)
        if (type_is_subtype((TypeObject *)items[i], &ExcBaseExceptionGroup)) {
            err_set_string(ts, &ExcTypeError,
                           "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    return 0;
}

int exc_group_match(ThreadState *ts, Object *exc, Object *type, Object **match, Object **rest) {
    *match = *rest = NULL;
    if (exc == None) goto none;
    int m = obj_isinstance(ts, exc, type);
    if (m < 0) return -1;
    if (m) {
        if (is_group(exc)) {
            *match = NEWREF(exc);
        } else {
            /* a naked exception: wrapped into a group for the handler */
            Object *one = tuple_pack(ts, 1, exc);
            if (!one) return -1;
            *match = exc_group_new(ts, "", one);
            DECREF(one);
            if (!*match) return -1;
        }
        *rest = none_new();
        return 0;
    }
    if (is_group(exc)) {
        /* through the method, as CPython: a subclass may override split */
        Object *pair = obj_call_method(ts, exc, ts->interp->ids.split, &type, 1);
        if (!pair) return -1;
        if (!obj_is_type_exact(pair, &TupleType) || TUPLE_SIZE(pair) != 2) {
            DECREF(pair);
            err_set_string(ts, &ExcTypeError, "split() must return a 2-tuple");
            return -1;
        }
        *match = NEWREF(TUPLE_GET(pair, 0));
        *rest = NEWREF(TUPLE_GET(pair, 1));
        DECREF(pair);
        return 0;
    }
none:
    *match = none_new();
    *rest = none_new();
    return 0;
}

/* Add the addresses of the leaves under [e] to the set [ids]. */
static int collect_leaf_ids(ThreadState *ts, Object *e, Object *ids) {
    if (e == None) return 0;
    if (!is_group(e)) {
        Object *id = id_of(ts, e);
        if (!id) return -1;
        int r = set_add(ts, ids, id);
        DECREF(id);
        return r;
    }
    Object *excs = E(e)->excs;
    for (size_t i = 0; i < TUPLE_SIZE(excs); i++) {
        if (ts_enter_recursive(ts, " in collect_exception_group_leaf_ids") < 0) return -1;
        int r = collect_leaf_ids(ts, TUPLE_GET(excs, i), ids);
        ts_leave_recursive(ts);
        if (r < 0) return -1;
    }
    return 0;
}

/* A part the handler re-raised (bare `raise`) still has the original's
 * traceback, cause and context: split copied them over. */
static bool same_metadata(Object *a, Object *b) {
    return E(a)->traceback == E(b)->traceback && E(a)->cause == E(b)->cause && E(a)->context == E(b)->context;
}

Object *exc_group_prep_reraise_star(ThreadState *ts, Object *orig, Object *excs) {
    size_t n = LIST_SIZE(excs);
    if (n == 0) return none_new();
    if (!is_group(orig)) {
        /* a naked exception was wrapped: one clause ran at most */
        return NEWREF(LIST_GET(excs, 0));
    }
    Object *result = NULL, *raised = list_new(ts, 0), *reraised = list_new(ts, 0), *ids = NULL;
    Object *reraised_eg = NULL, *rest = NULL;
    if (!raised || !reraised) goto done;
    for (size_t i = 0; i < n; i++) {
        Object *e = LIST_GET(excs, i);
        if (e == None) continue;
        if (list_append(ts, same_metadata(e, orig) ? reraised : raised, e) < 0) goto done;
    }
    /* the re-raised leaves, in the original's shape */
    ids = set_new(ts, NULL);
    if (!ids) goto done;
    for (size_t i = 0; i < LIST_SIZE(reraised); i++)
        if (collect_leaf_ids(ts, LIST_GET(reraised, i), ids) < 0) goto done;
    if (split_recursive(ts, orig, MATCH_INSTANCE_IDS, ids, false, &reraised_eg, &rest) < 0) goto done;
    if (LIST_SIZE(raised) == 0) {
        result = reraised_eg ? NEWREF(reraised_eg) : none_new();
    } else {
        if (reraised_eg && list_append(ts, raised, reraised_eg) < 0) goto done;
        if (LIST_SIZE(raised) > 1) result = exc_group_new(ts, "", raised);
        else result = NEWREF(LIST_GET(raised, 0));
    }
done:
    XDECREF(raised);
    XDECREF(reraised);
    XDECREF(ids);
    XDECREF(reraised_eg);
    XDECREF(rest);
    return result;
}

/* ==== the classes ========================================================== */

int exc_group_prepare_types(ThreadState *ts) {
    TypeObject *types[] = {&ExcBaseExceptionGroup, &ExcExceptionGroup};
    for (size_t i = 0; i < ARRAY_LEN(types); i++) {
        types[i]->new_ = eg_new_slot;
        types[i]->init = eg_init_slot;
        types[i]->str = eg_str;
    }
    ExcBaseExceptionGroup.getset = eg_getset;
    ExcBaseExceptionGroup.methods = eg_methods;
    /* class ExceptionGroup(BaseExceptionGroup, Exception) */
    if (!ExcExceptionGroup.bases) {
        ExcExceptionGroup.bases = tuple_pack(ts, 2, (Object *)&ExcBaseExceptionGroup, (Object *)&ExcException);
        if (!ExcExceptionGroup.bases) return -1;
    }
    return 0;
}
