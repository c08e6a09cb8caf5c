/* args.h -- how a C function takes its arguments: the one place that binds
 * positional and keyword arguments to parameters and checks their number,
 * with CPython 3.11's error messages word for word.
 *
 * No lesson is about it; every built-in stands on it, and a learner meets it
 * in every TypeError a wrong call to a built-in raises. A call hands a C
 * function the vectorcall triple (args, nargs, kwnames): the positional
 * values, then the keyword values, with the keywords' names in the tuple
 * kwnames. Python functions bind that in vm/eval.c; C functions bind it
 * here, the way CPython's Python/getargs.c does for its built-ins.
 *
 * Which helper: CPython's built-ins word their errors four ways, depending on
 * how each is declared there, and each minipy function uses the helper whose
 * wording CPython uses for it:
 *   args_parse        parameters that can be given by keyword (Argument
 *                     Clinic, PyArg_ParseTupleAndKeywords): "'x' is an
 *                     invalid keyword argument for split()"
 *   args_count        positional-only parameters (Argument Clinic): "get
 *                     expected at least 1 argument, got 0"
 *   args_exactly      METH_NOARGS and METH_O: "list.append() takes exactly
 *                     one argument (0 given)"
 *   args_count_tuple  positional-only parameters (PyArg_ParseTuple): "find()
 *                     takes at least 1 argument (0 given)"
 * and args_no_kwargs refuses keywords: "dict.get() takes no keyword
 * arguments".
 *
 * An example: pow(base, exp, mod=None), every parameter allowed by keyword,
 * two required:
 *
 *     static const char *const pow_params[] = {"base", "exp", "mod", NULL};
 *     static const ArgSpec pow_spec = {"pow", pow_params, .required = 2};
 *     Object *a[3];
 *     if (args_parse(ts, &pow_spec, args, nargs, kwnames, a) < 0) return NULL;
 *     // a[0], a[1] set; a[2] NULL unless mod was given (borrowed references)
 *
 * A function with *args whose keywords CPython parses apart from them
 * (min(*args, key=, default=), zip(*iterables, strict=)) binds only its
 * keywords: it passes `args_after(args, nargs), 0` and declares every
 * parameter keyword-only.
 */
#ifndef MINIPY_ARGS_H
#define MINIPY_ARGS_H

#include "object.h"

/* The arguments after the first [n]: args + n, except that a call with no
 * arguments may pass args == NULL, and NULL + 0 is undefined in C. */
static inline Object *const *args_after(Object *const *args, size_t n) { return n ? args + n : args; }

/* The parameters of a C function, as its Python signature lists them:
 * sum(iterable, /, start=0) is {"sum", names, .posonly = 1, .required = 1}. */
typedef struct ArgSpec {
    const char *fname;          /* the name messages give it: "sum" says "sum()" */
    const char *const *names;   /* every parameter, in order, then NULL */
    unsigned posonly;           /* the first [posonly] cannot be given by keyword ('/') */
    unsigned required;          /* the first [required] must be given */
    unsigned kwonly;            /* the last [kwonly] can only be given by keyword ('*') */
    bool varargs;               /* keywords after a *args that Argument Clinic binds
                                   (print): their count is not checked */
} ArgSpec;

/* Bind the vectorcall arguments [args], [nargs], [kwnames] to the parameters
 * of [spec]: out[i] gets the value of parameter i (a borrowed reference), or
 * NULL when it was not given. Returns 0, or -1 with TypeError set, checking
 * in the order CPython's _PyArg_UnpackKeywords does:
 *   "split() takes at most 2 arguments (3 given)" ("2 keyword arguments"
 *       when none was positional),
 *   "sort() takes no positional arguments",
 *   "isclose() takes exactly 2 positional arguments (3 given)",
 *   "sum() takes at least 1 positional argument (0 given)",
 *   "pow() missing required argument 'exp' (pos 2)",
 *   "argument for split() given by name ('sep') and position (1)",
 *   "'x' is an invalid keyword argument for split()". */
int args_parse(ThreadState *ts, const ArgSpec *spec, Object *const *args, size_t nargs,
               Object *kwnames, Object **out);

/* TypeError "NAME() takes no keyword arguments" if [kwnames] is non-empty. */
int args_no_kwargs(ThreadState *ts, const char *fname, Object *kwnames);

/* Check min <= nargs <= max with Argument Clinic's wording for positional
 * parameters: "NAME expected at most 3 arguments, got 4", "NAME expected 1
 * argument, got 0". */
int args_count(ThreadState *ts, const char *fname, size_t nargs, size_t min, size_t max);

/* A METH_NOARGS ([n] 0) or METH_O ([n] 1) function, named by its
 * qualified name: no keywords in [kwnames] (which may be NULL), then
 * exactly [n] arguments. "list.clear() takes no keyword arguments",
 * "list.clear() takes no arguments (1 given)", "len() takes exactly one
 * argument (2 given)". */
int args_exactly(ThreadState *ts, const char *qualname, size_t nargs, Object *kwnames, size_t n);

/* Check min <= nargs <= max with PyArg_ParseTuple's wording:
 * "find() takes at least 1 argument (0 given)",
 * "set_threshold() takes at most 3 arguments (4 given)". */
int args_count_tuple(ThreadState *ts, const char *fname, size_t nargs, size_t min, size_t max);

/* The name of [o]'s type as Argument Clinic's messages give it, where None
 * is "None", not "NoneType": "replace() argument 1 must be str, not None". */
const char *args_type_name(Object *o);

/* An argument Argument Clinic converts to a C int (CPython's
 * _PyLong_AsInt): [o] through __index__ into *[out]. Returns 0, or -1 with
 * "'str' object cannot be interpreted as an integer" (TypeError) or "Python
 * int too large to convert to C int" (OverflowError). */
int args_c_int(ThreadState *ts, Object *o, int *out);

#endif
