/* test_recursion.c -- the C stack guard (runtime/interp.c): with the
 * recursion limit raised far beyond what the C stack holds, every recursion
 * that runs through C ends in RecursionError, never in a crash, and the
 * interpreter works normally afterwards.
 *
 * These are the cases CPython 3.11 itself crashes on (its guard is the
 * recursion limit alone), so they cannot be differential programs; the
 * depths CPython survives are in tests/py/hostile/stack_*.py.
 */
#include <criterion/criterion.h>

#include "unit_support.h"
#include "runtime/dict.h"
#include "runtime/str.h"

/* Run [src] with sys.setrecursionlimit(10**6); it must set `result` to
 * [expected]. */
static void check(const char *src, const char *expected) {
    static const char prologue[] =
        "import sys\n"
        "sys.setrecursionlimit(10 ** 6)\n"
        "def nest(kind, n):\n"
        "    x = kind()\n"
        "    for i in range(n):\n"
        "        x = [x] if kind is list else (x,) if kind is tuple else {1: x}\n"
        "    return x\n"
        "def attempt(thunk):\n"
        "    try:\n"
        "        thunk()\n"
        "    except RecursionError as e:\n"
        "        return str(e)\n"
        "    return 'no error'\n";
    char *text = malloc(sizeof prologue + strlen(src) + 1);
    cr_assert_not_null(text);
    strcpy(text, prologue);
    strcat(text, src);
    Object *g = run_snippet(text);
    free(text);
    cr_assert_not_null(g, "the snippet raised");
    Object *r = dict_get_cstr_borrowed(ts, g, "result");
    cr_assert_not_null(r, "no result");
    cr_assert(str_check(r));
    cr_expect_str_eq(STR_DATA(r), expected);
    DECREF(g);
}

#define REPR " while getting the repr of an object"
#define DEPTH "maximum recursion depth exceeded"

Test(recursion, dunder_repr, .init = interp_up, .fini = interp_down_checked) {
    /* the stack runs short in obj_repr or in eval_frame: either message */
    check("class A:\n"
          "    def __repr__(self): return repr(self)\n"
          "result = attempt(lambda: repr(A())).replace('" REPR "', '') + ' ' + repr([1])\n",
          DEPTH " [1]");
}

Test(recursion, dunder_methods, .init = interp_up, .fini = interp_down_checked) {
    check("class B:\n"
          "    def __eq__(self, o): return self == o\n"
          "    def __hash__(self): return hash(self)\n"
          "    def __getattr__(self, n): return getattr(self, n)\n"
          "    def __len__(self): return len(self)\n"
          "    def __iter__(self): return iter(self)\n"
          "    def __str__(self): return str(self)\n"
          "    def __getitem__(self, i): return self[i]\n"
          "    def __call__(self): return self()\n"
          "b = B()\n"
          "tests = [lambda: b == B(), lambda: hash(b), lambda: b.x, lambda: len(b), lambda: iter(b),\n"
          "         lambda: str(b), lambda: b[0], lambda: b()]\n"
          "result = ' '.join('E' if attempt(t) != 'no error' else 'n' for t in tests)\n",
          "E E E E E E E E");
}

Test(recursion, nested_containers, .init = interp_up, .fini = interp_down_checked) {
    check("n = 200000\n"
          "result = ' | '.join([attempt(lambda: repr(nest(list, n))), attempt(lambda: repr(nest(tuple, n))),\n"
          "                     attempt(lambda: repr(nest(dict, n))), attempt(lambda: str(nest(list, n))),\n"
          "                     attempt(lambda: nest(list, n) == nest(list, n)),\n"
          "                     attempt(lambda: nest(tuple, n) < nest(tuple, n)),\n"
          "                     attempt(lambda: nest(dict, n) == nest(dict, n))])\n",
          DEPTH REPR " | " DEPTH REPR " | " DEPTH REPR " | " DEPTH REPR " | "
          DEPTH " in comparison | " DEPTH " in comparison | " DEPTH " in comparison");
}

Test(recursion, unguarded_in_cpython, .init = interp_up, .fini = interp_down_checked) {
    check("n = 200000\n"
          "def chain(k):\n"
          "    x = iter([1])\n"
          "    for i in range(n): x = k(x)\n"
          "    return x\n"
          "def g(k):\n"
          "    if k: yield from g(k - 1)\n"
          "    else: yield 1\n"
          "result = ' | '.join([attempt(lambda: hash(nest(tuple, n))),\n"
          "                     attempt(lambda: next(chain(lambda x: map(abs, x)))),\n"
          "                     attempt(lambda: next(chain(lambda x: filter(None, x)))),\n"
          "                     attempt(lambda: next(chain(zip))), attempt(lambda: next(chain(enumerate))),\n"
          "                     attempt(lambda: next(g(200000))),\n"
          /* deep enough that the C stack runs short whatever each level costs */
          "                     attempt(lambda: isinstance(1, nest(tuple, 3 * n)))])\n",
          DEPTH " | " DEPTH " | " DEPTH " | " DEPTH " | " DEPTH " | " DEPTH " | " DEPTH " in __instancecheck__");
}

/* An annotation kept as text (PEP 563) is written back by a recursive walk
 * of its tree (parser/unparse.c); a tree deeper than the C stack holds is
 * the compiler's RecursionError, and the module compiles again afterwards. */
Test(recursion, future_annotation_text, .init = interp_up, .fini = interp_down_checked) {
    check("src = 'from __future__ import annotations\\nx: ' + '+'.join(['a'] * 100000)\n"
          "ok = 'from __future__ import annotations\\nx: ' + '+'.join(['a'] * 3)\n"
          "ns = {}\n"
          "exec(compile(ok, 's', 'exec'), ns)\n"
          "result = attempt(lambda: compile(src, 's', 'exec')) + ' | ' + ns['__annotations__']['x']\n",
          DEPTH " during compilation | a + a + a");
}
