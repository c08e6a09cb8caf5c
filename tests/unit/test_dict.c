/* test_dict.c -- unit tests of runtime/dict.c, the table behind lesson 1:
 * lookups through chains of dummies left by deletions, growth and the
 * shrink a rebuild brings, insertion order surviving deletes and rebuilds,
 * a million int keys, and the counts sys.getstats() reports (lesson 10).
 *
 * Table sizes are checked against CPython 3.11's growth rule (a full table
 * is rebuilt with 3 * used slots, rounded up to a power of two) -- the
 * sizes sys.getsizeof() shows there.
 *
 * Each test starts its own interpreter (tests/support/unit_support.c), which
 * checks at the end that every object the test made was freed.
 */
#include <criterion/criterion.h>

#include "unit_support.h"
#include "runtime/exceptions.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/str.h"

/* ---- helpers ------------------------------------------------------------ */

static void put(Object *d, int64_t k, int64_t v) {
    Object *key = int_from_i64(ts, k), *value = int_from_i64(ts, v);
    cr_assert_not_null(key);
    cr_assert_not_null(value);
    cr_assert_eq(dict_set(ts, d, key, value), 0);
    DECREF(key);
    DECREF(value);
}

static void del(Object *d, int64_t k) {
    Object *key = int_from_i64(ts, k);
    cr_assert_eq(dict_del(ts, d, key), 0, "del d[%lld] failed", (long long)k);
    DECREF(key);
}

/* d[k] as an int, or INT64_MIN when k is missing. */
static int64_t get(Object *d, int64_t k) {
    Object *key = int_from_i64(ts, k);
    Object *v = dict_get_borrowed(ts, d, key);
    DECREF(key);
    cr_assert(!err_occurred(ts));
    if (!v) return INT64_MIN;
    int64_t r;
    cr_assert(int_as_i64(v, &r));
    return r;
}

static size_t slots_of(Object *d) {
    DictObject *o = (DictObject *)d;
    return o->indices ? (size_t)1 << o->log2_size : 0;
}

/* The keys in iteration order. */
static size_t keys_of(Object *d, int64_t *out, size_t max) {
    ssize_t pos = 0;
    Object *k;
    size_t n = 0;
    while (dict_next(d, &pos, &k, NULL)) {
        int64_t v;
        cr_assert(int_as_i64(k, &v));
        if (n < max) out[n] = v;
        n++;
    }
    return n;
}

TestSuite(dict, .init = interp_up, .fini = interp_down_checked);

/* ---- deletions: dummies keep the chains intact ---------------------------- */

Test(dict, lookups_walk_past_dummies) {
    /* keys 0, 8, 16, ... all start at slot 0 of an 8-slot table: one chain */
    Object *d = dict_new(ts);
    for (int64_t k = 0; k < 5; k++) put(d, k * 8, k);
    cr_assert_eq(slots_of(d), 8);
    /* delete the first four links of the chain: the fifth must still be found */
    for (int64_t k = 0; k < 4; k++) del(d, k * 8);
    cr_assert_eq(get(d, 32), 4);
    cr_assert_eq(get(d, 0), INT64_MIN);
    cr_assert_eq(DICT_SIZE(d), 1);
    /* re-inserting a deleted key reuses a dummy: the table does not grow */
    put(d, 8, 100);
    cr_assert_eq(get(d, 8), 100);
    cr_assert_eq(get(d, 32), 4);
    DECREF(d);
}

Test(dict, churn_of_inserts_and_deletes_stays_small) {
    /* a queue: insert k, delete k - 3; the live size stays 3, so rebuilds
     * must drop the dummies instead of growing the table forever */
    Object *d = dict_new(ts);
    for (int64_t k = 0; k < 100000; k++) {
        put(d, k, k);
        if (k >= 3) del(d, k - 3);
    }
    cr_assert_eq(DICT_SIZE(d), 3);
    cr_assert_leq(slots_of(d), 16, "a 3-item dict has %zu slots", slots_of(d));
    int64_t keys[8];
    cr_assert_eq(keys_of(d, keys, 8), 3);
    cr_assert_eq(keys[0], 99997);
    cr_assert_eq(keys[2], 99999);
    DECREF(d);
}

/* ---- growth and shrinking -------------------------------------------------- */

Test(dict, grows_as_cpython) {
    /* CPython 3.11: 5 entries fit 8 slots; the 6th makes 16 (3 * 5 = 15,
     * rounded up); the 11th makes 32 (3 * 10); the 22nd makes 64 (3 * 21) */
    Object *d = dict_new(ts);
    size_t expect[30] = {0};
    for (int k = 1; k <= 29; k++) expect[k] = k <= 5 ? 8 : k <= 10 ? 16 : k <= 21 ? 32 : 64;
    for (int64_t k = 1; k <= 29; k++) {
        put(d, k, k);
        cr_assert_eq(slots_of(d), expect[k], "after %lld keys: %zu slots, expected %zu", (long long)k,
                     slots_of(d), expect[k]);
    }
    DECREF(d);
}

Test(dict, shrinks_at_the_next_rebuild_and_clear) {
    Object *d = dict_new(ts);
    for (int64_t k = 0; k < 1000; k++) put(d, k, k);
    size_t big = slots_of(d);
    cr_assert_eq(big, 2048);                    /* the 683rd key asked for 3 * 682 */
    for (int64_t k = 0; k < 995; k++) del(d, k);
    cr_assert_eq(slots_of(d), big);             /* deleting never rebuilds */
    /* insert-and-delete until the entries array is full: the rebuild sizes
     * the table for the 5 live keys plus the one being inserted */
    int64_t k = 1000;
    for (; slots_of(d) == big; k++) {
        put(d, k, k);
        if (slots_of(d) == big) del(d, k);
    }
    cr_assert_eq(slots_of(d), 16, "after the rebuild: %zu slots", slots_of(d));
    cr_assert_eq(get(d, 999), 999);
    cr_assert_eq(DICT_SIZE(d), 6);
    dict_clear(d);
    cr_assert_eq(slots_of(d), 0);
    cr_assert_eq(DICT_SIZE(d), 0);
    put(d, 1, 1);
    cr_assert_eq(slots_of(d), 8);
    DECREF(d);
}

/* ---- order ------------------------------------------------------------------- */

Test(dict, insertion_order_survives_deletes_and_rebuilds) {
    Object *d = dict_new(ts);
    for (int64_t k = 0; k < 50; k++) put(d, 49 - k, k);   /* keys 49, 48, ..., 0 */
    for (int64_t k = 0; k < 50; k += 3) del(d, k);         /* drop every third */
    put(d, 0, -1);                                         /* back in, at the end */
    for (int64_t k = 100; k < 200; k++) put(d, k, k);      /* force rebuilds */
    int64_t keys[200];
    size_t n = keys_of(d, keys, 200);
    size_t i = 0;
    for (int64_t k = 49; k >= 0; k--) {
        if (k % 3 == 0) continue;
        cr_assert_eq(keys[i], k, "position %zu: %lld, expected %lld", i, (long long)keys[i], (long long)k);
        i++;
    }
    cr_assert_eq(keys[i++], 0);
    for (int64_t k = 100; k < 200; k++) cr_assert_eq(keys[i++], k);
    cr_assert_eq(n, i);
    /* replacing a value keeps the key's place */
    put(d, 49, 7);
    keys_of(d, keys, 1);
    cr_assert_eq(keys[0], 49);
    DECREF(d);
}

/* ---- scale --------------------------------------------------------------- */

Test(dict, a_million_int_keys) {
    Object *d = dict_new(ts);
    const int64_t n = 1000000;
    for (int64_t k = 0; k < n; k++) put(d, k * 7, k);
    cr_assert_eq(DICT_SIZE(d), n);
    for (int64_t k = 0; k < n; k += 997) cr_assert_eq(get(d, k * 7), k);
    cr_assert_eq(get(d, 3), INT64_MIN);
    for (int64_t k = 0; k < n; k += 2) del(d, k * 7);
    cr_assert_eq(DICT_SIZE(d), n / 2);
    for (int64_t k = 1; k < n; k += 1000) cr_assert_eq(get(d, k * 7), k);   /* odd keys remain */
    cr_assert_eq(get(d, 0), INT64_MIN);
    DECREF(d);
}

/* ---- the counts of lesson 10 ----------------------------------------------- */

Test(dict, program_tables_are_counted_interpreter_tables_are_not) {
    TableStats before = interp->table_stats;
    Object *quiet = dict_new(ts);               /* the interpreter's own */
    put(quiet, 1, 1);
    cr_assert_eq(get(quiet, 1), 1);
    cr_assert_eq(interp->table_stats.lookups, before.lookups);
    Object *mine = dict_new_watched(ts);        /* as a display makes it */
    put(mine, 1, 1);                            /* insert: one lookup, one probe */
    cr_assert_eq(get(mine, 1), 1);              /* lookup: one probe, same object */
    cr_assert_eq(interp->table_stats.lookups, before.lookups + 2);
    cr_assert_eq(interp->table_stats.probes, before.probes + 2);
    cr_assert_eq(interp->table_stats.comparisons, before.comparisons);
    DECREF(quiet);
    DECREF(mine);
}

Test(dict, a_constant_hash_costs_one_comparison_per_key) {
    /* lesson 10's bad __hash__: every insert compares with every key before it */
    Object *ns = run_snippet(
        "import sys\n"
        "class Same:\n"
        "    def __init__(self, n): self.n = n\n"
        "    def __eq__(self, other): return self.n == other.n\n"
        "    def __hash__(self): return 42\n"
        "before = sys.getstats()\n"
        "d = {}\n"
        "for i in range(50): d[Same(i)] = i\n"
        "after = sys.getstats()\n"
        "cost = after['comparisons'] - before['comparisons']\n"
        "grew = after['resizes'] - before['resizes']\n");
    cr_assert_not_null(ns);
    Object *cost = dict_get_cstr_borrowed(ts, ns, "cost");
    Object *grew = dict_get_cstr_borrowed(ts, ns, "grew");
    int64_t c, g;
    cr_assert(int_as_i64(cost, &c) && int_as_i64(grew, &g));
    /* CPython 3.11 counts 1264 with a counting __eq__ (n(n-1)/2 = 1225,
     * plus the walks after each rebuild reshuffled the chain) */
    cr_assert_eq(c, 1264, "%lld comparisons", (long long)c);
    cr_assert_eq(g, 4, "%lld resizes (8 -> 16 -> 32 -> 64 -> 128 slots)", (long long)g);
    DECREF(ns);
}

/* ---- the hash seed --------------------------------------------------------- */

/* An interpreter as `MINIPYHASHSEED=seed minipy` makes it. */
static void interp_with_seed(const char *seed) {
    InterpConfig cfg = {0};
    cfg.hash_seed = seed;
    interp = interp_new(&cfg);
    cr_assert_not_null(interp, "interp_new failed");
    ts = interp_main_thread(interp);
}

static int64_t str_hash_of(const char *s) {
    Object *o = str_from_cstr(ts, s);
    int64_t h = str_hash(o);
    DECREF(o);
    return h;
}

Test(seed, zero_is_the_default_and_cpythons_seed_zero) {
    interp_with_seed(NULL);
    /* CPython 3.11, PYTHONHASHSEED=0: hash('abc') */
    cr_assert_eq(str_hash_of("abc"), INT64_C(-4594863902769663758));
    interp_down_checked();
}

Test(seed, a_number_gives_cpythons_key_for_that_number) {
    interp_with_seed("12345");
    /* CPython 3.11, PYTHONHASHSEED=12345 */
    cr_assert_eq(str_hash_of("abc"), INT64_C(2962436275791859092));
    Object *ns = run_snippet("order = ''.join({'a', 'b', 'c', 'd'})\n");
    cr_assert_not_null(ns);
    Object *order = dict_get_cstr_borrowed(ts, ns, "order");
    cr_assert_str_eq(STR_DATA(order), "dcba");     /* CPython: ['d', 'c', 'b', 'a'] */
    DECREF(ns);
    interp_down_checked();
}

Test(seed, random_changes_the_key_and_nonsense_is_refused) {
    interp_with_seed("random");
    int64_t a = str_hash_of("abc");
    interp_down_checked();
    interp_with_seed("random");
    int64_t b = str_hash_of("abc");
    interp_down_checked();
    cr_assert_neq(a, b);
    InterpConfig cfg = {0};
    cfg.hash_seed = "4294967296";                 /* one past the range */
    cr_assert_null(interp_new(&cfg));
    cfg.hash_seed = "-1";
    cr_assert_null(interp_new(&cfg));
}
