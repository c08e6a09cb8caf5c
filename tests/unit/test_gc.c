/* test_gc.c -- unit tests of the cycle collector (runtime/gc.c).
 *
 * Each test builds a reference cycle with a snippet of Python, checks that
 * reference counting alone leaves it alive (the live-object count stays
 * up), then that gc_collect() finds the number of objects CPython 3.11
 * would report and frees them: the live-object count returns exactly to
 * where it was before the snippet ran. Each test starts its own
 * interpreter, and the fixture checks at the end that nothing leaked, so
 * teardown (gc_fini) is tested by every test as well.
 */
#include <criterion/criterion.h>

#include "unit_support.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/int.h"
#include "runtime/str.h"

/* ---- helpers ------------------------------------------------------------ */

static int64_t live(void) { return interp->live_objects; }

/* A module-level global of the namespace [g] as a C int. */
static int64_t global_int(Object *g, const char *name) {
    Object *v = dict_get_cstr_borrowed(ts, g, name);
    cr_assert_not_null(v, "no global %s", name);
    int64_t n;
    cr_assert(int_as_i64(v, &n));
    return n;
}

/* Run [src] once to intern its names and compile what is shared, so that a
 * second run allocates only what the program itself makes. */
static void warm_up(const char *src) {
    Object *g = run_snippet(src);
    cr_assert_not_null(g);
    DECREF(g);
    cr_assert_geq(gc_collect(ts, 2), 0);
}

/* Run [src], which leaves a cycle nobody names; the cycle must survive
 * reference counting ([garbage] objects stay alive) and gc_collect() must
 * report [expected] and free all of it. The snippet's namespace is kept
 * until after the collection, so classes and functions it defines at module
 * level are not part of the garbage. */
static void check_cycle(const char *src, int64_t garbage, ssize_t expected) {
    warm_up(src);
    int64_t before = live();
    Object *g = run_snippet(src);
    cr_assert_not_null(g);
    int64_t defs = live() - before;           /* namespace + what it names + the cycle */
    ssize_t n = gc_collect(ts, 2);
    cr_assert_eq(n, expected, "gc_collect found %zd, expected %zd", n, expected);
    cr_assert_eq(live() - before, defs - garbage, "the cycle's %lld objects were not all freed",
                 (long long)garbage);
    cr_assert_eq(gc_collect(ts, 2), 0, "a second collection found more");
    DECREF(g);
    gc_collect(ts, 2);                        /* classes and functions form cycles too */
    cr_assert_eq(live(), before, "%lld objects left", (long long)(live() - before));
}

/* ---- cycles of each kind of container ----------------------------------- */

Test(gc, list_cycle, .init = interp_up, .fini = interp_down_checked) {
    check_cycle("a = []\nb = [a]\na.append(b)\ndel a, b\n", 2, 2);
}

Test(gc, list_containing_itself, .init = interp_up, .fini = interp_down_checked) {
    check_cycle("a = [1, 2]\na.append(a)\ndel a\n", 1, 1);
}

Test(gc, dict_cycles, .init = interp_up, .fini = interp_down_checked) {
    check_cycle("d = {}\nd['me'] = d\ndel d\n", 1, 1);
    check_cycle("d = {'k': []}\nd['k'].append(d)\ndel d\n", 2, 2);
}

Test(gc, tuple_in_cycle, .init = interp_up, .fini = interp_down_checked) {
    check_cycle("t = ([],)\nt[0].append(t)\ndel t\n", 2, 2);
}

/* Two instances: 2 for CPython 3.11 (attributes inline); minipy frees 4
 * objects (each instance has its dict) but reports 2. */
Test(gc, instance_cycle, .init = interp_up, .fini = interp_down_checked) {
    check_cycle("class C: pass\nx = C()\ny = C()\nx.o = y\ny.o = x\ndel x, y\n", 4, 2);
}

Test(gc, instance_referring_to_itself, .init = interp_up, .fini = interp_down_checked) {
    check_cycle("class C: pass\nx = C()\nx.me = x\ndel x\n", 2, 1);
}

/* A list subclass instance's dict is a real dict in CPython too: counted. */
Test(gc, list_subclass_instance_counts_its_dict, .init = interp_up, .fini = interp_down_checked) {
    check_cycle("class L(list): pass\nx = L()\nx.me = x\ndel x\n", 2, 2);
}

/* A function that refers to itself through its cell: function, closure
 * tuple and cell. */
Test(gc, closure_through_its_cell, .init = interp_up, .fini = interp_down_checked) {
    check_cycle("def make():\n"
                "    def fact(n):\n"
                "        return 1 if n < 2 else n * fact(n - 1)\n"
                "    return fact\n"
                "f = make()\n"
                "r = f(5)\n"
                "del f\n",
                3, 3);
}

Test(gc, bound_method_on_its_instance, .init = interp_up, .fini = interp_down_checked) {
    check_cycle("class B:\n"
                "    def click(self): pass\n"
                "b = B()\n"
                "b.handler = b.click\n"
                "del b\n",
                3, 2);
}

Test(gc, generator_in_cycle, .init = interp_up, .fini = interp_down_checked) {
    /* closing the generator (its finalizer) drops its frame, and with it
     * the only reference to the list: nothing is left for step 4, as in
     * CPython, which reports 0 */
    check_cycle("def gen(box):\n"
                "    yield 1\n"
                "    yield 2\n"
                "box = []\n"
                "g = gen(box)\n"
                "next(g)\n"
                "box.append(g)\n"
                "del g, box\n",
                2, 0);
}

Test(gc, finished_generator_in_cycle, .init = interp_up, .fini = interp_down_checked) {
    check_cycle("def gen():\n"
                "    yield 1\n"
                "g = gen()\n"
                "for _ in g: pass\n"
                "holder = [g]\n"
                "holder.append(holder)\n"
                "del g, holder\n",
                2, 2);
}

/* ---- finalizers (PEP 442) ----------------------------------------------- */

Test(gc, del_in_cycle_runs_once, .init = interp_up, .fini = interp_down_checked) {
    Object *g = run_snippet("import gc\n"
                            "calls = 0\n"
                            "class D:\n"
                            "    def __del__(self):\n"
                            "        global calls\n"
                            "        calls += 1\n"
                            "a = D()\n"
                            "b = D()\n"
                            "a.o = b\n"
                            "b.o = a\n"
                            "del a, b\n"
                            "n1 = gc.collect()\n"
                            "n2 = gc.collect()\n");
    cr_assert_not_null(g);
    cr_assert_eq(global_int(g, "n1"), 2);
    cr_assert_eq(global_int(g, "n2"), 0);
    cr_assert_eq(global_int(g, "calls"), 2);
    DECREF(g);
}

Test(gc, resurrection_keeps_object_and_del_runs_once, .init = interp_up, .fini = interp_down_checked) {
    Object *g = run_snippet("import gc\n"
                            "calls = 0\n"
                            "saved = []\n"
                            "class P:\n"
                            "    def __del__(self):\n"
                            "        global calls\n"
                            "        calls += 1\n"
                            "        saved.append(self)\n"
                            "p = P()\n"
                            "p.me = p\n"
                            "del p\n"
                            "n1 = gc.collect()\n"
                            "alive = len(saved)\n"
                            "fin = gc.is_finalized(saved[0])\n"
                            "saved.clear()\n"
                            "n2 = gc.collect()\n");
    cr_assert_not_null(g);
    cr_assert_eq(global_int(g, "n1"), 0, "a resurrected object is not counted");
    cr_assert_eq(global_int(g, "alive"), 1);
    cr_assert_eq(dict_get_cstr_borrowed(ts, g, "fin"), True);
    cr_assert_eq(global_int(g, "n2"), 1, "dropped again: collected without a second __del__");
    cr_assert_eq(global_int(g, "calls"), 1);
    DECREF(g);
}

/* ---- the collector's own rules -------------------------------------------- */

Test(gc, invalid_generation, .init = interp_up, .fini = interp_down_checked) {
    cr_assert_eq(gc_collect(ts, 3), -1);
    cr_assert(err_matches(ts, &ExcValueError));
    err_clear(ts);
    cr_assert_eq(gc_collect(ts, -1), -1);
    err_clear(ts);
}

Test(gc, tracking, .init = interp_up, .fini = interp_down_checked) {
    Object *l = list_new(ts, 0);
    cr_assert(obj_is_gc(l) && gc_is_tracked(l));
    gc_untrack(l);
    cr_assert_not(gc_is_tracked(l));
    gc_untrack(l);                            /* idempotent */
    gc_track(ts, l);
    cr_assert(gc_is_tracked(l));
    Object *s = str_from_cstr(ts, "atom");
    cr_assert_not(obj_is_gc(s));
    DECREF(s);
    DECREF(l);
}

Test(gc, generations_and_counts, .init = interp_up, .fini = interp_down_checked) {
    GCState *gc = &interp->gc;
    gc->enabled = false;
    gc_collect(ts, 2);
    cr_assert_eq(gc->gen[0].count, 0);
    Object *l = list_new(ts, 0);
    cr_assert_eq(gc->gen[0].count, 1);
    Object *objs = gc_get_objects(ts, 0);
    bool found = false;
    for (size_t i = 0; i < LIST_SIZE(objs); i++) found |= LIST_GET(objs, i) == l;
    DECREF(objs);
    cr_assert(found, "a new list is in generation 0");
    gc_collect(ts, 0);
    cr_assert_eq(gc->gen[1].count, 1);
    objs = gc_get_objects(ts, 1);
    found = false;
    for (size_t i = 0; i < LIST_SIZE(objs); i++) found |= LIST_GET(objs, i) == l;
    DECREF(objs);
    cr_assert(found, "survivors move to generation 1");
    gc_collect(ts, 1);
    cr_assert_eq(gc->gen[1].count, 0);
    cr_assert_eq(gc->gen[2].count, 1);
    DECREF(l);
    gc->enabled = true;
}

/* A cycle in an older generation is not examined by a young collection. */
Test(gc, young_collection_leaves_old_cycles, .init = interp_up, .fini = interp_down_checked) {
    interp->gc.enabled = false;
    Object *g = run_snippet("import gc\n"
                            "a = []\n"
                            "a.append(a)\n"
                            "gc.collect(0)\n"
                            "del a\n"
                            "n0 = gc.collect(0)\n"
                            "n1 = gc.collect(1)\n");
    cr_assert_not_null(g);
    cr_assert_eq(global_int(g, "n0"), 0);
    cr_assert_eq(global_int(g, "n1"), 1);
    DECREF(g);
}

Test(gc, saveall_keeps_garbage, .init = interp_up, .fini = interp_down_checked) {
    interp->gc.debug = GC_DEBUG_SAVEALL;
    Object *garbage = gc_garbage_borrowed(ts);
    cr_assert_not_null(garbage);
    Object *g = run_snippet("a = []\na.append(a)\ndel a\n");
    cr_assert_not_null(g);
    cr_assert_eq(gc_collect(ts, 2), 1);
    cr_assert_eq(LIST_SIZE(garbage), 1);
    cr_assert_eq(TYPE(LIST_GET(garbage, 0)), &ListType);
    interp->gc.debug = 0;
    Object *g2 = run_snippet("import gc\ngc.garbage.clear()\n");
    cr_assert_not_null(g2);
    DECREF(g2);
    cr_assert_eq(LIST_SIZE(garbage), 0);
    cr_assert_eq(gc_collect(ts, 2), 1);
    DECREF(g);
}

Test(gc, freeze_hides_objects_from_collections, .init = interp_up, .fini = interp_down_checked) {
    interp->gc.enabled = false;
    Object *g = run_snippet("import gc\n"
                            "a = []\n"
                            "a.append(a)\n"
                            "gc.freeze()\n"
                            "frozen = gc.get_freeze_count() > 0\n"
                            "del a\n"
                            "n1 = gc.collect()\n"
                            "gc.unfreeze()\n"
                            "n2 = gc.collect()\n"
                            "left = gc.get_freeze_count()\n");
    cr_assert_not_null(g);
    cr_assert_eq(dict_get_cstr_borrowed(ts, g, "frozen"), True);
    cr_assert_eq(global_int(g, "n1"), 0);
    cr_assert_geq(global_int(g, "n2"), 1);
    cr_assert_eq(global_int(g, "left"), 0);
    DECREF(g);
}

/* Teardown: cycles left anywhere are freed by interp_free (the fixture
 * fails the test if any object survives), and a frozen one too. */
Test(gc, teardown_frees_cycles, .init = interp_up, .fini = interp_down_checked) {
    Object *g = run_snippet("import gc\n"
                            "class D:\n"
                            "    def __del__(self): pass\n"
                            "keep = []\n"
                            "keep.append(keep)\n"
                            "d = D()\n"
                            "d.me = d\n"
                            "def f(): return f\n"
                            "gc.set_debug(gc.DEBUG_SAVEALL)\n"
                            "x = []\n"
                            "x.append(x)\n"
                            "del x\n"
                            "gc.collect()\n"
                            "y = []\n"
                            "y.append(y)\n"
                            "gc.freeze()\n"
                            "del y\n");
    cr_assert_not_null(g);
    DECREF(g);
}
