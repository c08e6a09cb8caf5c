/* test_symtable.c -- unit tests of vm/symtable.c, where LEGB is decided
 * (lessons 3, 4 and 9): the scope of every name in nested functions,
 * classes, comprehensions and lambdas, and the scope errors of global and
 * nonlocal.
 *
 * Each expected scope is what CPython's own `symtable` module reports for
 * the same source (LOCAL, CELL, FREE, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT);
 * the error messages and lines are CPython 3.11's SyntaxErrors.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "parser/parse.h"
#include "vm/symtable.h"

/* ---- helpers ------------------------------------------------------------ */

static Arena *arena;
static Diag diag;

static Block *analyse(const char *src) {
    arena = arena_new();
    memset(&diag, 0, sizeof diag);
    Node *mod = parse_source(arena, src, strlen(src), "<test>", PARSE_FILE, &diag);
    cr_assert_not_null(mod, "parse failed: %s", diag.msg);
    SymTable *st = sym_build(arena, mod, src, strlen(src), &diag, 0, false);
    cr_assert_not_null(st, "symtable failed: %s", diag.msg);
    return st->top;
}

/* The analysis of [src] fails: its message and line. */
static void analyse_fails(const char *src, const char *msg, int line) {
    arena = arena_new();
    memset(&diag, 0, sizeof diag);
    Node *mod = parse_source(arena, src, strlen(src), "<test>", PARSE_FILE, &diag);
    cr_assert_not_null(mod, "parse failed: %s", diag.msg);
    SymTable *st = sym_build(arena, mod, src, strlen(src), &diag, 0, false);
    cr_assert_null(st, "expected the error '%s'", msg);
    cr_assert_str_eq(diag.msg, msg);
    cr_assert_eq(diag.lineno, line, "line %d, expected %d", diag.lineno, line);
}

/* The child block of [b] named [name]. */
static Block *child(Block *b, const char *name) {
    for (int i = 0; i < b->nchildren; i++)
        if (strcmp(b->children[i]->name, name) == 0) return b->children[i];
    cr_assert_fail("no block '%s' inside '%s'", name, b->name);
    return NULL;
}

static void expect(Block *b, const char *name, ScopeKind scope) {
    ScopeKind got = sym_scope(b, name);
    cr_assert_eq(got, scope, "%s in %s: %s, expected %s", name, b->name, sym_scope_name(got), sym_scope_name(scope));
}

static void done(void) {
    if (arena) arena_free(arena);
    arena = NULL;
}

TestSuite(symtable, .fini = done);

/* ---- functions in functions ----------------------------------------------- */

Test(symtable, nested_functions_share_cells) {
    Block *top = analyse(
        "x = 1\n"
        "def outer():\n"
        "    a = 1\n"
        "    b = 2\n"
        "    def inner():\n"
        "        nonlocal b\n"
        "        b += 1\n"
        "        return a + x + len('')\n"
        "    return inner\n");
    Block *outer = child(top, "outer"), *inner = child(outer, "inner");
    expect(outer, "a", CELL);              /* captured by inner */
    expect(outer, "b", CELL);
    expect(outer, "inner", LOCAL);
    expect(inner, "a", FREE);
    expect(inner, "b", FREE);              /* nonlocal: the same cell */
    expect(inner, "x", GLOBAL_IMPLICIT);   /* found at run time in G */
    expect(inner, "len", GLOBAL_IMPLICIT); /* ... or in B */
    cr_assert(inner->is_nested);
}

Test(symtable, three_levels_pass_a_cell_through_the_middle) {
    Block *top = analyse(
        "def a():\n"
        "    v = 1\n"
        "    def b():\n"
        "        def c():\n"
        "            return v\n"
        "        return c\n"
        "    return b\n");
    Block *a = child(top, "a"), *b = child(a, "b"), *c = child(b, "c");
    expect(a, "v", CELL);
    expect(b, "v", FREE);                  /* b never names v, yet must carry it */
    expect(c, "v", FREE);
}

Test(symtable, assignment_anywhere_makes_a_local) {
    Block *top = analyse(
        "v = 0\n"
        "def u():\n"
        "    print(v)\n"
        "    v = 1\n");
    Block *u = child(top, "u");
    expect(u, "v", LOCAL);                 /* hence UnboundLocalError at line 3 */
    Symbol *s = sym_lookup(u, "v");
    cr_assert_not_null(s);
    cr_assert_eq(s->def_line, 4);
    expect(u, "print", GLOBAL_IMPLICIT);
}

Test(symtable, global_declaration) {
    Block *top = analyse(
        "def f():\n"
        "    global g\n"
        "    g = 1\n"
        "    def h():\n"
        "        return g\n"
        "    return h\n");
    Block *f = child(top, "f"), *h = child(f, "h");
    expect(f, "g", GLOBAL_EXPLICIT);
    expect(h, "g", GLOBAL_IMPLICIT);       /* not f's cell: g lives in the module */
}

/* ---- classes ---------------------------------------------------------------- */

Test(symtable, methods_do_not_see_the_class_body) {
    Block *top = analyse(
        "def f():\n"
        "    y = 1\n"
        "    class C:\n"
        "        x = y\n"
        "        def m(self):\n"
        "            return x\n"
        "    return C\n");
    Block *f = child(top, "f"), *c = child(f, "C"), *m = child(c, "m");
    cr_assert_eq(c->kind, BLOCK_CLASS);
    expect(f, "y", CELL);
    expect(c, "x", LOCAL);
    expect(c, "y", FREE);                  /* a class body reads enclosing functions */
    expect(m, "x", GLOBAL_IMPLICIT);       /* but its methods skip the class */
    expect(m, "self", LOCAL);
}

Test(symtable, super_needs_the_class_cell) {
    Block *top = analyse(
        "class D:\n"
        "    def m(self):\n"
        "        return super().m()\n");
    Block *d = child(top, "D"), *m = child(d, "m");
    cr_assert(d->needs_class_closure);
    expect(m, "__class__", FREE);
    expect(m, "super", GLOBAL_IMPLICIT);
}

/* ---- comprehensions and lambdas --------------------------------------------- */

Test(symtable, a_comprehension_is_a_function) {
    Block *top = analyse(
        "def g(n):\n"
        "    return [i * n for i in range(n)]\n");
    Block *g = child(top, "g"), *comp = child(g, "<listcomp>");
    cr_assert(comp->is_comprehension);
    expect(comp, "i", LOCAL);              /* the loop variable does not leak */
    expect(comp, "n", FREE);
    expect(g, "n", CELL);
    expect(g, "i", GLOBAL_IMPLICIT);       /* g never binds i */
    expect(g, "range", GLOBAL_IMPLICIT);   /* the first iterable is evaluated in g */
}

Test(symtable, nested_comprehensions_and_generators) {
    Block *top = analyse(
        "def p(rows, k):\n"
        "    return {r: (c for c in r if c > k) for r in rows}\n");
    Block *p = child(top, "p"), *dc = child(p, "<dictcomp>"), *ge = child(dc, "<genexpr>");
    /* the generator's first iterable, r, is evaluated in the dict
     * comprehension and handed over as an argument: r is no cell */
    expect(dc, "r", LOCAL);
    expect(ge, "r", GLOBAL_IMPLICIT);
    expect(ge, "c", LOCAL);
    expect(ge, "k", FREE);                 /* k passes through the dictcomp */
    expect(dc, "k", FREE);
    expect(p, "k", CELL);
    cr_assert(ge->is_generator);
    expect(p, "rows", LOCAL);
}

Test(symtable, lambdas_scope_like_def) {
    Block *top = analyse(
        "def h(k):\n"
        "    return lambda z: z + k\n"
        "fs = [lambda: i for i in range(3)]\n");
    Block *h = child(top, "h"), *lam = child(h, "<lambda>");
    expect(lam, "z", LOCAL);
    expect(lam, "k", FREE);
    expect(h, "k", CELL);
    /* the late-binding trap: every lambda reads the comprehension's one cell */
    Block *comp = child(top, "<listcomp>");
    expect(comp, "i", CELL);
    expect(child(comp, "<lambda>"), "i", FREE);
}

/* ---- the errors of global and nonlocal ---------------------------------------- */

Test(symtable, nonlocal_errors) {
    analyse_fails("nonlocal x\n", "nonlocal declaration not allowed at module level", 1);
    done();
    analyse_fails("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2);
    done();
    analyse_fails("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
                  "name 'x' is assigned to before nonlocal declaration", 5);
    done();
    analyse_fails("def f(a):\n    nonlocal a\n", "name 'a' is parameter and nonlocal", 2);
}

Test(symtable, global_errors) {
    analyse_fails("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3);
    done();
    analyse_fails("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3);
    done();
    analyse_fails("def f(a):\n    global a\n", "name 'a' is parameter and global", 2);
    done();
    analyse_fails("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
                  "name 'x' is nonlocal and global", 4);
}
