/* test_type.c -- unit tests of how built-in types make their instances
 * (runtime/type.c: type_ready's rule for the constructor; runtime/class.c:
 * the safety check of T.__new__(S)).
 *
 * The differential programs tests/py/hostile/newtype_*.py check everything
 * CPython 3.11 can run too. These tests cover the rest: the frame type,
 * which no program can reach, and what only a hand-made function can do --
 * call a comprehension's code with a list where the compiler passes an
 * iterator, which crashes CPython itself.
 *
 * Each test starts its own interpreter (tests/support/unit_support.c), which
 * checks at the end that every object the test made was freed.
 */
#include <stdio.h>

#include <criterion/criterion.h>

#include "unit_support.h"
#include "runtime/exceptions.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

/* Calling [t] with no arguments raises TypeError "cannot create 'NAME'
 * instances". */
static void expect_cannot_create(TypeObject *t) {
    cr_expect_null(t->new_, "%s has a constructor", t->name);
    Object *r = obj_call0(ts, (Object *)t);
    cr_expect_null(r, "%s() made an object", t->name);
    XDECREF(r);
    cr_assert(err_matches(ts, &ExcTypeError), "%s(): not a TypeError", t->name);
    Object *e = err_fetch(ts);
    Object *m = exc_str(ts, e);
    char expected[128];
    snprintf(expected, sizeof expected, "cannot create '%s' instances", t->name);
    cr_expect_str_eq(STR_DATA(m), expected);
    DECREF(m);
    DECREF(e);
}

/* Run [src] in a fresh namespace: its asserts must all hold. */
static void run_ok(const char *src) {
    Object *g = run_snippet(src);
    cr_assert_not_null(g, "the snippet raised");
    DECREF(g);
}

/* Every static type that derives from object and names no constructor of
 * its own cannot be instantiated (CPython's type_ready_set_new), the frame
 * type included. */
Test(type_new, internal_types_cannot_be_created, .init = interp_up, .fini = interp_down_checked) {
    TypeObject *types[] = {
        &FrameType, &GenType, &BuiltinFunctionType, &MethodDescrType, &ClassMethodDescrType,
        &GetSetDescrType, &SlotWrapperType, &MethodWrapperType, &DictKeysType, &DictValuesType,
        &DictItemsType, &DictIterType, &ListIterType, &TupleIterType, &SetIterType, &StrIterType,
        &RangeIterType, &SeqIterType, &CallIterType,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) expect_cannot_create(types[i]);
}

/* A type built on another built-in type inherits its constructor; only a
 * type with a constructor of its own has __new__ in its dict. */
Test(type_new, constructor_inheritance, .init = interp_up, .fini = interp_down_checked) {
    cr_expect_eq(ExcKeyError.new_, ExcLookupError.new_);
    cr_expect_not_null(ObjectType.new_);
    run_ok(
        "assert '__new__' in object.__dict__ and '__new__' in list.__dict__\n"
        "assert '__new__' not in type(len).__dict__\n"
        "assert '__new__' not in type(iter([])).__dict__\n"
        "assert type(len).__new__ is object.__new__\n");
}

/* The hidden argument .0 of a comprehension's code is an iterator when the
 * compiler passes it; function(code, globals) lets a program pass anything.
 * FOR_ITER must raise where CPython 3.11 calls a NULL slot. */
Test(type_new, comprehension_code_with_a_non_iterator, .init = interp_up, .fini = interp_down_checked) {
    run_ok(
        "def f(y):\n"
        "    return [x for x in y]\n"
        "def g(y):\n"
        "    return (x * 2 for x in y)\n"
        "made = []\n"
        "for outer in (f, g):\n"
        "    code = [c for c in outer.__code__.co_consts if type(c) is type(outer.__code__)][0]\n"
        "    fn = type(outer)(code, {})\n"
        "    assert list(fn(iter([1, 2]))) in ([1, 2], [2, 4])\n"
        "    for bad in ([1, 2], 5, None, 'ab'):\n"
        "        try:\n"
        "            list(fn(bad))\n"
        "        except TypeError as e:\n"
        "            made.append(str(e))\n"
        "        else:\n"
        "            raise AssertionError('no TypeError')\n"
        "assert made[0] == \"'list' object is not an iterator\", made\n"
        "assert made[3] == \"'str' object is not an iterator\", made\n"
        "assert len(made) == 8\n");
}

/* CPython makes an empty staticmethod / classmethod / super from __new__
 * alone and crashes when the result is used; minipy's constructors do the
 * whole work, so __new__ without arguments raises instead. */
Test(type_new, no_empty_wrappers, .init = interp_up, .fini = interp_down_checked) {
    run_ok(
        "for t in (staticmethod, classmethod, super):\n"
        "    try:\n"
        "        t.__new__(t)\n"
        "    except (TypeError, RuntimeError):\n"
        "        pass\n"
        "    else:\n"
        "        raise AssertionError(t.__name__)\n");
}
