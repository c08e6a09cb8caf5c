/* args.c -- binding and checking the arguments of C functions, with the
 * messages of CPython 3.11's Python/getargs.c.
 *
 * Which helper a function uses is told at the top of args.h. Start reading
 * at args_parse(): it follows _PyArg_UnpackKeywords step by step, because
 * the order of its checks decides which of several mistakes in a call the
 * error message names.
 */
#include <limits.h>

#include "args.h"
#include "exceptions.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

#define PLURAL(n) ((n) == 1 ? "" : "s")

/* The value passed by keyword [name], or NULL. */
static Object *find_keyword(Object *kwnames, Object *const *kwvalues, const char *name) {
    size_t nkw = TUPLE_SIZE(kwnames);
    for (size_t k = 0; k < nkw; k++)
        if (str_eq_cstr(TUPLE_GET(kwnames, k), name)) return kwvalues[k];
    return NULL;
}

/* Some keyword was not used: name the first one that is no parameter of
 * [spec] (positional-only ones are not, by keyword). */
static int unexpected_keyword(ThreadState *ts, const ArgSpec *spec, size_t nparams, Object *kwnames) {
    for (size_t k = 0; k < TUPLE_SIZE(kwnames); k++) {
        Object *key = TUPLE_GET(kwnames, k);
        size_t i = spec->posonly;
        while (i < nparams && !str_eq_cstr(key, spec->names[i])) i++;
        if (i == nparams) {
            err_format(ts, &ExcTypeError, "'%U' is an invalid keyword argument for %s()", key,
                       spec->fname);
            return -1;
        }
    }
    /* every keyword names a parameter: one was given twice */
    err_format(ts, &ExcTypeError, "invalid keyword argument for %s()", spec->fname);
    return -1;
}

int args_parse(ThreadState *ts, const ArgSpec *spec, Object *const *args, size_t nargs,
               Object *kwnames, Object **out) {
    const char *f = spec->fname;
    size_t nparams = 0;
    while (spec->names[nparams]) nparams++;
    size_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    size_t posonly = spec->posonly, minpos = spec->required, maxpos = nparams - spec->kwonly;
    Object *const *kwvalues = args_after(args, nargs);   /* args may be NULL when nargs is 0 */

    for (size_t i = 0; i < nparams; i++) out[i] = i < nargs ? args[i] : NULL;
    if (nkw == 0 && minpos <= nargs && nargs <= maxpos) return 0;   /* positional only: all fine */

    /* too many in all, too many or too few by position */
    if (nargs + nkw > nparams && !spec->varargs) {
        err_format(ts, &ExcTypeError, "%s() takes at most %zu %sargument%s (%zu given)", f, nparams,
                   nargs == 0 ? "keyword " : "", PLURAL(nparams), nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            err_format(ts, &ExcTypeError, "%s() takes no positional arguments", f);
        else
            err_format(ts, &ExcTypeError, "%s() takes %s %zu positional argument%s (%zu given)", f,
                       minpos < maxpos ? "at most" : "exactly", maxpos, PLURAL(maxpos), nargs);
        return -1;
    }
    size_t minposonly = posonly < minpos ? posonly : minpos;
    if (nargs < minposonly) {
        err_format(ts, &ExcTypeError, "%s() takes %s %zu positional argument%s (%zu given)", f,
                   minposonly < maxpos ? "at least" : "exactly", minposonly, PLURAL(minposonly), nargs);
        return -1;
    }

    /* the parameters not given by position, from the keywords, in order */
    size_t left = nkw;
    for (size_t i = nargs > posonly ? nargs : posonly; i < nparams; i++) {
        if (!left && i >= minpos) break;
        out[i] = left ? find_keyword(kwnames, kwvalues, spec->names[i]) : NULL;
        if (out[i]) {
            left--;
        } else if (i < minpos) {
            err_format(ts, &ExcTypeError, "%s() missing required argument '%s' (pos %zu)", f,
                       spec->names[i], i + 1);
            return -1;
        }
    }
    if (!left) return 0;

    /* a keyword left over: it names a parameter given by position, or none */
    for (size_t i = posonly; i < nargs; i++) {
        if (find_keyword(kwnames, kwvalues, spec->names[i])) {
            err_format(ts, &ExcTypeError, "argument for %s() given by name ('%s') and position (%zu)",
                       f, spec->names[i], i + 1);
            return -1;
        }
    }
    return unexpected_keyword(ts, spec, nparams, kwnames);
}

int args_no_kwargs(ThreadState *ts, const char *fname, Object *kwnames) {
    if (kwnames && TUPLE_SIZE(kwnames)) {
        err_format(ts, &ExcTypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

/* min <= nargs <= max, or TypeError in Argument Clinic's words ([clinic])
 * or PyArg_ParseTuple's: "NAME expected at most 3 arguments, got 4",
 * "NAME() takes at most 3 arguments (4 given)". */
static int count(ThreadState *ts, const char *fname, size_t nargs, size_t min, size_t max, bool clinic) {
    if (nargs >= min && nargs <= max) return 0;
    size_t n = nargs < min ? min : max;
    const char *bound = min == max ? "exactly" : nargs < min ? "at least" : "at most";
    if (clinic)
        err_format(ts, &ExcTypeError, "%s expected %s%s%zu argument%s, got %zu", fname,
                   min == max ? "" : bound, min == max ? "" : " ", n, PLURAL(n), nargs);
    else
        err_format(ts, &ExcTypeError, "%s() takes %s %zu argument%s (%zu given)", fname, bound, n,
                   PLURAL(n), nargs);
    return -1;
}

int args_count(ThreadState *ts, const char *fname, size_t nargs, size_t min, size_t max) {
    return count(ts, fname, nargs, min, max, true);
}

int args_exactly(ThreadState *ts, const char *qualname, size_t nargs, Object *kwnames, size_t n) {
    if (args_no_kwargs(ts, qualname, kwnames) < 0) return -1;
    if (nargs == n) return 0;
    if (n == 0)
        err_format(ts, &ExcTypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    else
        err_format(ts, &ExcTypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return -1;
}

int args_count_tuple(ThreadState *ts, const char *fname, size_t nargs, size_t min, size_t max) {
    return count(ts, fname, nargs, min, max, false);
}

int args_c_int(ThreadState *ts, Object *o, int *out) {
    Object *n = obj_index(ts, o);
    if (!n) return -1;
    int64_t v;
    bool fits = int_as_i64(n, &v) && v >= INT_MIN && v <= INT_MAX;
    DECREF(n);
    if (!fits) {
        err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

const char *args_type_name(Object *o) {
    return o == None ? "None" : TYPE_NAME(o);
}
