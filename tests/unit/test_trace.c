/* test_trace.c -- unit tests of the event stream (trace/), through its JSON
 * Lines sink: every kind of event is reported by the mechanism that does
 * the work, with the fields trace/json.c documents.
 *
 * Each test runs a snippet with --trace=CATS narrated as JSON into memory,
 * then looks for the event it is about, one JSON object per line: a line
 * that holds `"event": "raise"` and `"line": 3`, say. Read `narrate()` first.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit_support.h"
#include "runtime/dict.h"
#include "trace/tracer.h"
#include "runtime/saferepr.h"
#include "common/strbuf.h"
#include "capture.h"

static char *narration;
static size_t narration_len;

/* Run [src] as a module with the categories [cats] narrated as JSON; the
 * narration is then in `narration`. */
static void narrate(const char *cats, const char *src) {
    FILE *out = open_memstream(&narration, &narration_len);
    cr_assert_not_null(out);
    TraceOptions opt = {.format = TRACE_JSON, .out = out, .owns_out = true, .show_times = false, .width = 100};
    char why[200];
    cr_assert(trace_parse_categories(cats, &opt.mask, why, sizeof why), "%s", why);
    trace_start(interp, &opt);
    Object *globals = run_snippet(src);
    XDECREF(globals);
    trace_teardown(interp);          /* closes the stream: narration is complete */
}

static void free_narration(void) {
    interp_down_checked();
    free(narration);
    narration = NULL;
}

/* The first line of the narration that holds every one of the strings
 * [want] (NULL-terminated), or NULL. */
static char *find_line(const char *const *want) {
    for (char *p = narration; p && *p;) {
        char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        bool all = true;
        for (const char *const *w = want; *w && all; w++) {
            const char *hit = memmem(p, len, *w, strlen(*w));
            all = hit != NULL;
        }
        if (all) return strndup(p, len);
        p += len + (nl ? 1 : 0);
    }
    return NULL;
}

#define EXPECT_EVENT(...)                                                                      \
    do {                                                                                       \
        const char *const want_[] = {__VA_ARGS__, NULL};                                       \
        char *line_ = find_line(want_);                                                        \
        cr_expect_not_null(line_, "no event with %s%s%s in:\n%s", want_[0], want_[1] ? ", " : "", \
                           want_[1] ? want_[1] : "", narration);                              \
        free(line_);                                                                           \
    } while (0)

TestSuite(trace, .init = interp_up, .fini = free_narration);

/* ---- lines, calls, exceptions --------------------------------------------------- */

Test(trace, line_events_name_file_line_and_function) {
    narrate("line", "x = 1\ny = 2\n");
    EXPECT_EVENT("\"cat\": \"line\"", "\"event\": \"line\"", "\"line\": 2", "\"func\": \"<module>\"");
}

Test(trace, call_return_and_yield) {
    narrate("call", "def f(a, b=2):\n    return a + b\nf(1)\n"
                    "def g():\n    yield 10\n    yield 20\nfor v in g(): pass\n");
    EXPECT_EVENT("\"event\": \"call\"", "\"func\": \"f\"", "\"args\": {\"a\": \"1\", \"b\": \"2\"}");
    EXPECT_EVENT("\"event\": \"return\"", "\"func\": \"f\"", "\"value\": \"3\"");
    EXPECT_EVENT("\"event\": \"yield\"", "\"func\": \"g\"", "\"value\": \"10\"");
    EXPECT_EVENT("\"event\": \"resume\"", "\"func\": \"g\"", "\"line\": 5");
}

/* The raise is reported on the line that raised, even with no line events
 * (the VM gives the event its own instruction's line). */
Test(trace, raise_names_the_line_that_raised) {
    narrate("call", "def f(x):\n    y = 1\n    return 10 / x\ntry:\n    f(0)\nexcept ZeroDivisionError:\n    pass\n");
    EXPECT_EVENT("\"event\": \"raise\"", "\"func\": \"f\"", "\"line\": 3", "\"type\": \"ZeroDivisionError\"",
                 "\"message\": \"division by zero\"");
    EXPECT_EVENT("\"event\": \"exit\"", "\"func\": \"f\"", "\"line\": 3");
    EXPECT_EVENT("\"event\": \"unwind\"", "\"func\": \"<module>\"", "\"line\": 5");
}

/* ---- names: what the VM did to find them ------------------------------------------ */

Test(trace, load_store_delete_with_the_search_made) {
    narrate("scope", "x = 1\ndef f():\n    y = x\n    return len([y])\nf()\nf()\ndel x\n");
    EXPECT_EVENT("\"event\": \"store\"", "\"name\": \"x\"", "\"scope\": \"NAME_MODULE\"");
    EXPECT_EVENT("\"event\": \"store\"", "\"name\": \"y\"", "\"scope\": \"LOCAL\"", "\"slot\": 0");
    EXPECT_EVENT("\"event\": \"load\"", "\"name\": \"len\"", "\"scope\": \"GLOBAL_IMPLICIT\"",
                 "\"steps\": [{\"place\": \"globals\", \"hit\": false}, {\"place\": \"builtins\", \"hit\": true}]",
                 "\"cached\": false");
    /* the second call: LOAD_GLOBAL answers from its cache, no dict searched */
    EXPECT_EVENT("\"event\": \"load\"", "\"name\": \"len\"", "\"cached\": true", "\"globals_version\"");
    EXPECT_EVENT("\"event\": \"delete\"", "\"name\": \"x\"");
}

Test(trace, unbound_local_is_explained) {
    narrate("scope", "total = 0\ndef broken():\n    print(total)\n    total = 1\ntry:\n    broken()\nexcept UnboundLocalError:\n    pass\n");
    EXPECT_EVENT("\"event\": \"explain\"", "\"name\": \"total\"", "\"assigned_at\": 4");
}

Test(trace, op_events_carry_the_value_stack) {
    narrate("op", "a = 2\nb = a + 3\n");
    EXPECT_EVENT("\"event\": \"op\"", "\"opname\": \"BINARY_OP\"", "\"argrepr\": \"+\"", "\"stack\": [\"2\", \"3\"]");
}

/* ---- hash tables -------------------------------------------------------------------- */

Test(trace, dict_searches_probes_and_outcomes) {
    narrate("dict", "class K:\n    def __init__(s, n): s.n = n\n    def __hash__(s): return 1\n"
                    "    def __eq__(s, o): return isinstance(o, K) and s.n == o.n\n"
                    "d = {}\nd[K(1)] = 1\nd[K(2)] = 2\nd[K(2)]\ndel d[K(1)]\n"
                    "for i in range(10): d[i] = i\n3 in (1, 2, 3)  # a list display here is compiled to a tuple\n");
    EXPECT_EVENT("\"event\": \"insert\"", "\"table\": \"dict #", "\"hash\": 1", "\"slots\": 8");
    EXPECT_EVENT("\"event\": \"probe\"", "\"found\": \"collision\"", "\"eq\": false");
    EXPECT_EVENT("\"event\": \"eq\"", "\"key_there\": \"<K #");
    EXPECT_EVENT("\"event\": \"lookup\"");
    EXPECT_EVENT("\"event\": \"delete\"", "\"cat\": \"dict\"");
    EXPECT_EVENT("\"event\": \"done\"", "\"outcome\": \"new entry\"", "\"entry\": 1");
    EXPECT_EVENT("\"event\": \"done\"", "\"outcome\": \"deleted\"");
    EXPECT_EVENT("\"event\": \"resize\"", "\"old_slots\": 8", "\"new_slots\"");
    EXPECT_EVENT("\"event\": \"search\"", "\"table\": \"tuple #", "\"comparisons\": 3", "\"found\": true");
    EXPECT_EVENT("\"event\": \"stats\"", "\"lookups\"", "\"resizes\"");
}

/* ---- memory and the collector ----------------------------------------------------- */

Test(trace, memory_new_ref_free_and_temporaries) {
    narrate("mem", "a = [1, 2]\nb = a\ndel a\nb = None\nlen([3, 4])\ns = 'hello'\n");
    EXPECT_EVENT("\"event\": \"new\"", "\"type\": \"list\"", "\"repr\": \"[1, 2]\"", "\"refcnt\": 1",
                 "\"reasons\": \"bound to name a\"");
    EXPECT_EVENT("\"event\": \"ref\"", "\"old_refcnt\": 1", "\"refcnt\": 2", "\"reasons\": \"bound to name b\"");
    EXPECT_EVENT("\"event\": \"free\"", "\"repr\": \"[1, 2]\"", "\"reasons\": \"name b rebound\"");
    EXPECT_EVENT("\"event\": \"temporary\"", "\"repr\": \"[3, 4]\"");
    EXPECT_EVENT("\"event\": \"meet\"", "\"repr\": \"'hello'\"", "\"constant\": true");
}

Test(trace, collector_cycles_finalizers_and_totals) {
    narrate("gc", "import gc\nclass N:\n    def __del__(self): pass\n"
                  "a = N()\na.me = a\ndel a\ngc.collect()\n");
    EXPECT_EVENT("\"cat\": \"gc\"", "\"event\": \"gc\"", "\"generation\": 2", "\"unreachable\": 2",
                 "\"groups\": [[\"N #");
    EXPECT_EVENT("\"event\": \"del\"", "\"object\": \"<N #");
    EXPECT_EVENT("\"cat\": \"gc\"", "\"event\": \"done\"", "\"freed\": 2", "\"ms\": null");
}

/* ---- the import system (lesson 8) ----------------------------------------------- */

Test(trace, import_requests_searches_probes_runs_and_binds) {
    narrate("import", "import sys\n"
                      "sys.path.insert(0, '" MINIPY_TEST_SOURCE_DIR "/py/imports/mods')\n"
                      "import simple\nimport simple as again\nimport gc\n"
                      "from pkg import sub\n"
                      "try:\n    import no_such_module\nexcept ImportError:\n    pass\n");
    EXPECT_EVENT("\"cat\": \"import\"", "\"event\": \"request\"", "\"line\": 3", "\"module\": \"simple\"",
                 "\"level\": 0", "\"fromlist\": null");
    EXPECT_EVENT("\"event\": \"search\"", "\"module\": \"simple\"", "\"where\": \"sys.path\"");
    EXPECT_EVENT("\"event\": \"probe\"", "/py/imports/mods/simple.py\"", "\"found\": true", "\"package\": false");
    EXPECT_EVENT("\"event\": \"probe\"", "/py/imports/mods/simple/__init__.py\"", "\"found\": false");
    EXPECT_EVENT("\"event\": \"exec\"", "\"module\": \"simple\"", "/py/imports/mods/simple.py\"");
    EXPECT_EVENT("\"event\": \"done\"", "\"module\": \"simple\"", "\"ok\": true");
    EXPECT_EVENT("\"event\": \"bind\"", "\"name\": \"simple\"", "\"value\": \"<module 'simple'>\"");
    EXPECT_EVENT("\"event\": \"cached\"", "\"line\": 4", "\"module\": \"simple\"");
    EXPECT_EVENT("\"event\": \"bind\"", "\"name\": \"again\"");
    EXPECT_EVENT("\"event\": \"builtin\"", "\"module\": \"gc\"");
    EXPECT_EVENT("\"event\": \"request\"", "\"module\": \"pkg\"", "\"fromlist\": \"('sub',)\"");
    EXPECT_EVENT("\"event\": \"search\"", "\"module\": \"pkg.sub\"", "\"where\": \"__path__\"");
    EXPECT_EVENT("\"event\": \"bind\"", "\"name\": \"sub\"", "\"value\": \"<module 'pkg.sub'>\"");
    EXPECT_EVENT("\"event\": \"not_found\"", "\"module\": \"no_such_module\"");
}

/* The cap on a shown value counts the value's own text, not what the
 * buffer held before it (a narration line's start): a short list after a
 * long prefix is shown whole. */
Test(trace, safe_repr_caps_the_value_not_the_line) {
    Object *ns = run_snippet("short = [1, 2]\n");
    cr_assert_not_null(ns);
    Object *v = dict_get_cstr_borrowed(ts, ns, "short");
    StrBuf b;
    strbuf_init(&b);
    strbuf_fill(&b, '.', 200);
    safe_repr(&b, v, &(SafeRepr){.cap = 60});
    cr_expect_str_eq(b.data + 200, "[1, 2]");
    strbuf_reset(&b);
    Object *big = run_snippet("big = list(range(100))\n");
    cr_assert_not_null(big);
    safe_repr(&b, dict_get_cstr_borrowed(ts, big, "big"), &(SafeRepr){.cap = 20});
    cr_expect(strstr(b.data, "...]") != NULL && b.len < 40, "%s", b.data);
    strbuf_free(&b);
    DECREF(ns);
    DECREF(big);
}

/* ---- the narration's own memory ------------------------------------------------- */

/* The narration allocates from the C heap, not through rawmem (so that a
 * traced run meets the same limits as an untraced one). When that heap is
 * full, it stops: one line on stderr, no more events, and the program runs
 * on as if untraced. trace_lost_memory() is what every allocation failure
 * in trace/ calls. */
Test(trace, out_of_memory_stops_the_narration_not_the_program) {
    FILE *out = open_memstream(&narration, &narration_len);
    cr_assert_not_null(out);
    TraceOptions opt = {.format = TRACE_JSON, .out = out, .owns_out = true, .width = 100};
    char why[200];
    cr_assert(trace_parse_categories("scope,mem", &opt.mask, why, sizeof why), "%s", why);
    cr_assert(trace_start(interp, &opt));
    Capture cap;
    capture_begin(&cap, -1);
    Object *before = run_snippet("first = [1, 2]\n");
    trace_lost_memory(interp->tracer);
    trace_lost_memory(interp->tracer);           /* said once */
    Object *after = run_snippet("second = [3, 4]\nprint('ran on', first if False else len(second))\n");
    char *printed, *errors;
    capture_end(&cap, &printed, &errors);
    cr_expect_not_null(after, "the program stopped: %s", errors);
    XDECREF(before);
    XDECREF(after);
    trace_teardown(interp);
    cr_expect_str_eq(printed, "ran on 2\n");
    cr_expect_str_eq(errors, "minipy: the narration stops here: out of memory (the program runs on, untraced)\n");
    cr_expect(strstr(narration, "\"name\": \"first\"") != NULL, "no event before the stop:\n%s", narration);
    cr_expect(strstr(narration, "second") == NULL, "an event after the stop:\n%s", narration);
    free(printed);
    free(errors);
}
