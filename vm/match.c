/* match.c -- the run-time half of the match statement (PEP 634): what the
 * instructions MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS
 * do. The compiler (vm/compile_match.c) turns each pattern into tests made
 * of these and of ordinary instructions (GET_LEN, COMPARE_OP, IS_OP,
 * UNPACK_SEQUENCE, BINARY_SUBSCR); the semantics are CPython 3.11's
 * (Python/ceval.c: match_keys, match_class), messages included.
 *
 * Which objects a sequence or mapping pattern accepts is a property of
 * their type, not a duck-typing question: a flag (TYPE_FLAG_SEQUENCE,
 * TYPE_FLAG_MAPPING in runtime/object.h) that list, tuple, range, deque,
 * memoryview and dict carry, that subclasses inherit and that registering
 * a class with collections.abc.Sequence or Mapping sets. str, bytes and
 * bytearray are sequences to collections.abc, yet never carry it: `case
 * [a, b]:` must not take "ab" apart.
 */
#include "match.h"

#include "runtime/exceptions.h"
#include "runtime/interp.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

bool eval_match_sequence(Object *subject)
{
    return (TYPE(subject)->flags & TYPE_FLAG_SEQUENCE) != 0;
}

bool eval_match_mapping(Object *subject)
{
    return (TYPE(subject)->flags & TYPE_FLAG_MAPPING) != 0;
}

/* map.get(key, marker) for each key, so that a dict subclass with
 * __missing__ (defaultdict) grows no key by being matched. */
Object *eval_match_keys(ThreadState *ts, Object *map, Object *keys)
{
    size_t nkeys = TUPLE_SIZE(keys);
    if (!nkeys) return tuple_new(ts, 0);
    Object *get = NULL, *seen = NULL, *marker = NULL, *values = NULL, *result = NULL;
    get = obj_getattr(ts, map, ts->interp->ids.get);
    if (!get) goto done;
    seen = set_new(ts, NULL);
    if (!seen) goto done;
    marker = obj_call0(ts, (Object *)&ObjectType);
    if (!marker) goto done;
    values = list_new(ts, 0);
    if (!values) goto done;
    for (size_t i = 0; i < nkeys; i++) {
        Object *key = TUPLE_GET(keys, i);
        int dup = set_contains(ts, seen, key);
        if (dup < 0 || (!dup && set_add(ts, seen, key) < 0)) goto done;
        if (dup) {
            err_format(ts, &ExcValueError, "mapping pattern checks duplicate key (%R)", key);
            goto done;
        }
        Object *args[2] = {key, marker};
        Object *value = obj_call(ts, get, args, 2, NULL);
        if (!value) goto done;
        if (value == marker) {          /* the key is missing: no match */
            DECREF(value);
            result = none_new();
            goto done;
        }
        if (list_append_steal(ts, values, value) < 0) goto done;
    }
    result = list_as_tuple(ts, values);
done:
    XDECREF(get);
    XDECREF(seen);
    XDECREF(marker);
    XDECREF(values);
    return result;
}

/* getattr(subject, name) for a class pattern; NULL without an exception
 * when it has no such attribute (no match). [name] goes into [seen]: a
 * second sub-pattern for one attribute is a TypeError. */
static Object *class_attr(ThreadState *ts, Object *subject, TypeObject *type, Object *name, Object *seen)
{
    int dup = set_contains(ts, seen, name);
    if (dup < 0 || (!dup && set_add(ts, seen, name) < 0)) return NULL;
    if (dup) return err_format(ts, &ExcTypeError, "%s() got multiple sub-patterns for attribute %R", type->name, name);
    Object *attr = obj_getattr(ts, subject, name);
    if (!attr && err_matches(ts, &ExcAttributeError)) err_clear(ts);
    return attr;
}

Object *eval_match_class(ThreadState *ts, Object *subject, Object *type_in, uint32_t nargs, Object *names)
{
    if (!(TYPE(type_in)->flags & TYPE_FLAG_TYPE_SUBCLASS))
        return err_format(ts, &ExcTypeError, "called match pattern must be a type");
    TypeObject *type = (TypeObject *)type_in;
    int is = obj_isinstance(ts, subject, type_in);
    if (is < 0) return NULL;
    if (!is) return none_new();
    Object *seen = NULL, *attrs = NULL, *match_args = NULL, *result = NULL;
    bool no_match = false;
    seen = set_new(ts, NULL);
    if (!seen) goto done;
    attrs = list_new(ts, 0);
    if (!attrs) goto done;
    if (nargs) {
        bool match_self = false;
        match_args = obj_getattr(ts, type_in, ts->interp->ids.__match_args__);
        if (match_args) {
            if (!tuple_check_exact(match_args)) {
                err_format(ts, &ExcTypeError, "%s.__match_args__ must be a tuple (got %s)", type->name,
                           TYPE_NAME(match_args));
                goto done;
            }
        } else if (err_matches(ts, &ExcAttributeError)) {
            /* without __match_args__, int(x) and the other built-in types
             * match x against the subject itself */
            err_clear(ts);
            match_args = tuple_new(ts, 0);
            if (!match_args) goto done;
            match_self = (type->flags & TYPE_FLAG_MATCH_SELF) != 0;
        } else {
            goto done;
        }
        size_t allowed = match_self ? 1 : TUPLE_SIZE(match_args);
        if (allowed < nargs) {
            err_format(ts, &ExcTypeError, "%s() accepts %d positional sub-pattern%s (%d given)", type->name,
                       (int)allowed, allowed == 1 ? "" : "s", (int)nargs);
            goto done;
        }
        if (match_self) {
            if (list_append(ts, attrs, subject) < 0) goto done;
        } else {
            for (uint32_t i = 0; i < nargs; i++) {
                Object *name = TUPLE_GET(match_args, i);
                if (!str_check_exact(name)) {
                    err_format(ts, &ExcTypeError, "__match_args__ elements must be strings (got %s)",
                               TYPE_NAME(name));
                    goto done;
                }
                Object *attr = class_attr(ts, subject, type, name, seen);
                if (!attr) {
                    no_match = !err_occurred(ts);
                    goto done;
                }
                if (list_append_steal(ts, attrs, attr) < 0) goto done;
            }
        }
    }
    for (size_t i = 0; i < TUPLE_SIZE(names); i++) {
        Object *attr = class_attr(ts, subject, type, TUPLE_GET(names, i), seen);
        if (!attr) {
            no_match = !err_occurred(ts);
            goto done;
        }
        if (list_append_steal(ts, attrs, attr) < 0) goto done;
    }
    result = list_as_tuple(ts, attrs);
done:
    if (no_match) result = none_new();
    XDECREF(seen);
    XDECREF(attrs);
    XDECREF(match_args);
    return result;
}
