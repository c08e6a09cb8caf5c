/* builtins.c -- the builtins module: print, len, min, sorted, ...
 *
 * Lesson 3 (LEGB): this module's namespace is the B of LEGB. A name that
 * is not local, enclosing or global is looked up here at run time; a global
 * of the same name shadows it, and `del` of that global uncovers it again.
 * Note what is NOT here: keywords such as `in`, `and` and `def` are syntax,
 * not names, and live in no scope at all.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "sitebuiltins.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "float.h"
#include "complex.h"
#include "str.h"
#include "bytes.h"
#include "format.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "set.h"
#include "range.h"
#include "slice.h"
#include "iter.h"
#include "asyncgen.h"
#include "func.h"
#include "module.h"
#include "class.h"
#include "io.h"
#include "import.h"
#include "frame.h"
#include "code.h"
#include "vm/run.h"
#include "vm/eval.h"
#include "args.h"
#include "trace/events.h"


/* ---- output and input ------------------------------------------------- */

static Object *sys_attr_borrowed(ThreadState *ts, const char *name) {
    Object *sys = ts->interp->sys_module;
    return sys ? dict_get_cstr_borrowed(ts, MODULE_DICT(sys), name) : NULL;
}

/* One piece of print()'s output, written the way CPython's
 * PyFile_WriteObject writes it: first the file's write method is found, then
 * str([v]) is made ([text] when v is NULL), then it is written -- so what
 * went before stays written if str() fails. A real file takes the short way,
 * into its stdio buffer. */
static int print_piece(ThreadState *ts, Object *file, Object *v, const char *text) {
    if (TYPE(file) == &FileType) {
        if (!v) return io_write_text(ts, file, text, strlen(text));
        Object *s = obj_str(ts, v);
        if (!s) return -1;
        int r = io_write_text(ts, file, STR_DATA(s), STR_SIZE(s));
        DECREF(s);
        return r;
    }
    Object *write = obj_getattr(ts, file, ts->interp->ids.write);
    if (!write) return -1;
    Object *s = v ? obj_str(ts, v) : str_from_cstr(ts, text);
    Object *r = s ? obj_call1(ts, write, s) : NULL;
    XDECREF(s);
    DECREF(write);
    if (!r) return -1;
    DECREF(r);
    return 0;
}

/* print(*args, sep=' ', end='\n', file=None, flush=False), in CPython's
 * order: flush is made a bool with the arguments, then the file is found,
 * then sep and end are checked; then each piece is written as it is made. */
static CFUNC(builtin_print) {
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    static const ArgSpec spec = {"print", names, .kwonly = 4, .varargs = true};
    Object *kw[4];
    if (args_parse(ts, &spec, args_after(args, nargs), 0, kwnames, kw) < 0) return NULL;
    int flush = kw[3] ? obj_is_true(ts, kw[3]) : 0;
    if (flush < 0) return NULL;
    Object *sep = kw[0], *end = kw[1], *file = kw[2];
    if (!file || file == None) {
        file = sys_attr_borrowed(ts, "stdout");
        if (!file) return err_set_string(ts, &ExcRuntimeError, "lost sys.stdout");
        if (file == None) return none_new();
    }
    if (sep == None) sep = NULL;
    if (end == None) end = NULL;
    if (sep && !str_check(sep))
        return err_format(ts, &ExcTypeError, "sep must be None or a string, not %s", TYPE_NAME(sep));
    if (end && !str_check(end))
        return err_format(ts, &ExcTypeError, "end must be None or a string, not %s", TYPE_NAME(end));
    INCREF(file);   /* a write or a __str__ may replace sys.stdout */
    for (size_t i = 0; i < nargs; i++) {
        if (i && print_piece(ts, file, sep, " ") < 0) goto error;
        if (print_piece(ts, file, args[i], "") < 0) goto error;
    }
    if (print_piece(ts, file, end, "\n") < 0) goto error;
    if (flush) {
        if (TYPE(file) == &FileType) {
            if (io_flush(ts, file) < 0) goto error;
        } else {
            Object *r = obj_call_method(ts, file, ts->interp->ids.flush, NULL, 0);
            if (!r) goto error;
            DECREF(r);
        }
    }
    DECREF(file);
    return none_new();
error:
    DECREF(file);
    return NULL;
}

static CFUNC(builtin_input) {
    if (args_count(ts, "input", nargs, 0, 1) < 0) return NULL;
    Object *out = sys_attr_borrowed(ts, "stdout");
    if (nargs == 1 && out) {
        Object *s = obj_str(ts, args[0]);
        if (!s) return NULL;
        int r = io_write_text(ts, out, STR_DATA(s), STR_SIZE(s));
        DECREF(s);
        if (r < 0 || io_flush(ts, out) < 0) return NULL;
    }
    Object *in = sys_attr_borrowed(ts, "stdin");
    if (!in) return err_set_string(ts, &ExcRuntimeError, "input(): lost sys.stdin");
    Object *line = io_readline(ts, in);
    if (!line) return NULL;
    if (STR_SIZE(line) == 0) {
        DECREF(line);
        return err_set_string(ts, &ExcEOFError, "EOF when reading a line");
    }
    size_t n = STR_SIZE(line);
    if (STR_DATA(line)[n - 1] == '\n') {
        Object *r = str_new(ts, STR_DATA(line), n - 1);
        DECREF(line);
        return r;
    }
    return line;
}

/* ---- introspection ----------------------------------------------------- */

static CFUNC(builtin_len) {
    if (args_exactly(ts, "len", nargs, kwnames, 1) < 0) return NULL;
    ssize_t n = obj_len(ts, args[0]);
    return n < 0 ? NULL : int_from_i64(ts, n);
}

static CFUNC(builtin_repr) {
    if (args_exactly(ts, "repr", nargs, kwnames, 1) < 0) return NULL;
    return obj_repr(ts, args[0]);
}

static CFUNC(builtin_ascii) {
    if (args_exactly(ts, "ascii", nargs, kwnames, 1) < 0) return NULL;
    return format_ascii(ts, args[0]);
}

static CFUNC(builtin_id) {
    if (args_exactly(ts, "id", nargs, kwnames, 1) < 0) return NULL;
    return int_from_u64(ts, (uint64_t)(uintptr_t)args[0]);
}

static CFUNC(builtin_hash) {
    if (args_exactly(ts, "hash", nargs, kwnames, 1) < 0) return NULL;
    int64_t h = obj_hash(ts, args[0]);
    return h == -1 ? NULL : int_from_i64(ts, h);
}

static CFUNC(builtin_isinstance) {
    if (args_count(ts, "isinstance", nargs, 2, 2) < 0) return NULL;
    int r = obj_isinstance(ts, args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

static CFUNC(builtin_issubclass) {
    if (args_count(ts, "issubclass", nargs, 2, 2) < 0) return NULL;
    int r = obj_issubclass(ts, args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

static CFUNC(builtin_callable) {
    if (args_exactly(ts, "callable", nargs, kwnames, 1) < 0) return NULL;
    return bool_from(TYPE(args[0])->call != NULL);
}

static int check_attr_name(ThreadState *ts, Object *name) {
    if (!str_check(name)) {
        err_format(ts, &ExcTypeError, "attribute name must be string, not '%s'", TYPE_NAME(name));
        return -1;
    }
    return 0;
}

static CFUNC(builtin_getattr) {
    if (args_count(ts, "getattr", nargs, 2, 3) < 0) return NULL;
    if (check_attr_name(ts, args[1]) < 0) return NULL;
    Object *name = str_intern(ts, args[1]);
    if (!name) return NULL;
    Object *r = obj_getattr(ts, args[0], name);
    DECREF(name);
    if (!r && nargs == 3 && err_matches(ts, &ExcAttributeError)) {
        err_clear(ts);
        return NEWREF(args[2]);
    }
    return r;
}

static CFUNC(builtin_setattr) {
    if (args_count(ts, "setattr", nargs, 3, 3) < 0) return NULL;
    if (check_attr_name(ts, args[1]) < 0) return NULL;
    Object *name = str_intern(ts, args[1]);
    if (!name) return NULL;
    int r = obj_setattr(ts, args[0], name, args[2]);
    DECREF(name);
    return r < 0 ? NULL : none_new();
}

static CFUNC(builtin_delattr) {
    if (args_count(ts, "delattr", nargs, 2, 2) < 0) return NULL;
    if (check_attr_name(ts, args[1]) < 0) return NULL;
    Object *name = str_intern(ts, args[1]);
    if (!name) return NULL;
    int r = obj_setattr(ts, args[0], name, NULL);
    DECREF(name);
    return r < 0 ? NULL : none_new();
}

static CFUNC(builtin_hasattr) {
    if (args_count(ts, "hasattr", nargs, 2, 2) < 0) return NULL;
    if (check_attr_name(ts, args[1]) < 0) return NULL;
    Object *name = str_intern(ts, args[1]);
    if (!name) return NULL;
    Object *r = obj_getattr(ts, args[0], name);
    DECREF(name);
    if (r) { DECREF(r); return NEWREF(True); }
    if (err_matches(ts, &ExcAttributeError)) { err_clear(ts); return NEWREF(False); }
    return NULL;
}

static CFUNC(builtin_globals) {
    if (args_exactly(ts, "globals", nargs, kwnames, 0) < 0) return NULL;
    if (!ts->frame) return err_set_string(ts, &ExcSystemError, "globals(): no current frame");
    return NEWREF(ts->frame->globals);
}

static CFUNC(builtin_locals) {
    if (args_exactly(ts, "locals", nargs, kwnames, 0) < 0) return NULL;
    if (!ts->frame) return err_set_string(ts, &ExcSystemError, "locals(): no current frame");
    return frame_locals(ts, ts->frame);
}

static CFUNC(builtin_vars) {
    if (args_count(ts, "vars", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) {
        if (!ts->frame) return err_set_string(ts, &ExcSystemError, "vars(): no current frame");
        return frame_locals(ts, ts->frame);
    }
    Object *d = obj_lookup_attr(ts, args[0], ts->interp->ids.__dict__);
    if (!d && !err_occurred(ts))
        return err_set_string(ts, &ExcTypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static CFUNC(builtin_dir) {
    if (args_count(ts, "dir", nargs, 0, 1) < 0) return NULL;
    Object *names;
    if (nargs == 0) {
        if (!ts->frame) return list_new(ts, 0);
        Object *d = frame_locals(ts, ts->frame);
        if (!d) return NULL;
        names = dict_keys_list(ts, d);
        DECREF(d);
    } else if ((TYPE(args[0])->flags & TYPE_FLAG_TYPE_SUBCLASS) &&
               type_lookup_borrowed(TYPE(args[0]), ts->interp->ids.__dir__) !=
                   type_lookup_borrowed(&TypeType, ts->interp->ids.__dir__)) {
        /* a class whose metaclass has a __dir__ of its own (enum's EnumType) */
        Object *meta_dir = type_lookup_borrowed(TYPE(args[0]), ts->interp->ids.__dir__);
        INCREF(meta_dir);
        Object *r = obj_call1(ts, meta_dir, args[0]);
        DECREF(meta_dir);
        names = r ? list_from_iterable(ts, r) : NULL;
        XDECREF(r);
    } else if (TYPE(args[0])->flags & TYPE_FLAG_TYPE_SUBCLASS) {
        /* a class: its attributes and its bases' */
        TypeObject *t = (TypeObject *)args[0];
        Object *all = dict_new(ts);
        if (!all) return NULL;
        for (size_t i = TUPLE_SIZE(t->mro); i > 0; i--)
            if (dict_update(ts, all, ((TypeObject *)TUPLE_GET(t->mro, i - 1))->dict) < 0) { DECREF(all); return NULL; }
        names = dict_keys_list(ts, all);
        DECREF(all);
    } else if (TYPE(args[0]) == &ModuleType) {
        /* a module's namespace, or what its own __dir__ function says (PEP 562) */
        Object *own = dict_get_cstr_borrowed(ts, MODULE_DICT(args[0]), "__dir__");
        if (own) {
            Object *r = obj_call0(ts, own);
            names = r ? list_from_iterable(ts, r) : NULL;
            XDECREF(r);
        } else {
            names = err_occurred(ts) ? NULL : dict_keys_list(ts, MODULE_DICT(args[0]));
        }
    } else {
        Object *m = obj_getattr_cstr(ts, args[0], "__dir__");
        if (!m) return NULL;
        Object *r = obj_call0(ts, m);
        DECREF(m);
        if (!r) return NULL;
        names = list_from_iterable(ts, r);
        DECREF(r);
    }
    if (!names) return NULL;
    if (list_sort(ts, names, NULL, false) < 0) { DECREF(names); return NULL; }
    return names;
}

/* ---- numbers ------------------------------------------------------------ */

static CFUNC(builtin_abs) {
    if (args_exactly(ts, "abs", nargs, kwnames, 1) < 0) return NULL;
    return obj_abs(ts, args[0]);
}

static CFUNC(builtin_divmod) {
    if (args_count(ts, "divmod", nargs, 2, 2) < 0) return NULL;
    Object *a = args[0], *b = args[1];
    if (int_check(a) && int_check(b)) return int_divmod(ts, a, b);
    Object *q = NULL, *r = NULL;
    if ((int_check(a) || float_check(a)) && (int_check(b) || float_check(b))) {
        double x, y;
        if (float_as_double(ts, a, &x) < 0 || float_as_double(ts, b, &y) < 0) return NULL;
        if (y == 0.0) return err_set_string(ts, &ExcZeroDivisionError, "float divmod()");
        q = obj_binop(ts, NB_FLOORDIV, a, b);
        r = q ? obj_binop(ts, NB_MOD, a, b) : NULL;
    } else {
        /* a.__divmod__(b), then b.__rdivmod__(a); NotImplemented from
         * one (str has neither, but a class may say so) tries the next */
        Object *name = ts->interp->ids.__divmod__;
        if (type_lookup_borrowed(TYPE(a), name)) {
            Object *res = obj_call_method(ts, a, name, &b, 1);
            if (res != NotImplemented) return res;
            DECREF(res);
        }
        Object *rname = ts->interp->ids.__rdivmod__;
        if (TYPE(b) != TYPE(a) && type_lookup_borrowed(TYPE(b), rname)) {
            Object *res = obj_call_method(ts, b, rname, &a, 1);
            if (res != NotImplemented) return res;
            DECREF(res);
        }
        return err_format(ts, &ExcTypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                          TYPE_NAME(a), TYPE_NAME(b));
    }
    if (!r) { XDECREF(q); return NULL; }
    Object *t = tuple_pack(ts, 2, q, r);
    DECREF(q);
    DECREF(r);
    return t;
}

static CFUNC(builtin_pow) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    static const ArgSpec spec = {"pow", names, .required = 2};
    Object *a[3];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (a[2] && a[2] != None) {
        /* three-argument pow, as CPython's ternary_op: a class's own
         * __pow__(exp, mod) first (never __rpow__), then int's, then float's
         * refusal, else no type takes three operands */
        Object *name = ts->interp->ids.__pow__;
        if ((TYPE(a[0])->flags & TYPE_FLAG_HEAP) && type_lookup_borrowed(TYPE(a[0]), name)) {
            Object *r = obj_call_method(ts, a[0], name, &a[1], 2);
            if (r != NotImplemented) return r;
            DECREF(r);
        }
        if (int_check(a[0]) && int_check(a[1]) && int_check(a[2])) return int_pow3(ts, a[0], a[1], a[2]);
        /* the slots of the operands' types in turn, as ternary_op: float's
         * and complex's each take a base and exponent they can convert,
         * and refuse the modulus */
        for (int k = 0; k < 3; k++) {
            TypeObject *t = float_check(a[k]) ? &FloatType : complex_check(a[k]) ? &ComplexType : NULL;
            if (!t) continue;
            Object *r = number_pow3_refused(ts, t, a[0], a[1]);
            if (r != NotImplemented) return r;
            DECREF(r);
        }
        return err_format(ts, &ExcTypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                          TYPE_NAME(a[0]), TYPE_NAME(a[1]), TYPE_NAME(a[2]));
    }
    return obj_binop(ts, NB_POW, a[0], a[1]);
}

static CFUNC(builtin_round) {
    static const char *const names[] = {"number", "ndigits", NULL};
    static const ArgSpec spec = {"round", names, .required = 1};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *name = ts->interp->ids.__round__;
    Object *f = type_lookup_borrowed(TYPE(a[0]), name);
    if (!f) return err_format(ts, &ExcTypeError, "type %s doesn't define __round__ method", TYPE_NAME(a[0]));
    if (a[1] && a[1] != None) return obj_call_method(ts, a[0], name, &a[1], 1);
    return obj_call_method(ts, a[0], name, NULL, 0);
}

static Object *int_base_string(ThreadState *ts, Object *const *args, size_t nargs, const char *fname, int base) {
    if (args_exactly(ts, fname, nargs, NULL, 1) < 0) return NULL;
    Object *i = obj_index(ts, args[0]);
    if (!i) return NULL;
    Object *r = int_to_string(ts, i, base);
    DECREF(i);
    return r;
}

static CFUNC(builtin_bin) { return int_base_string(ts, args, nargs, "bin", 2); }
static CFUNC(builtin_oct) { return int_base_string(ts, args, nargs, "oct", 8); }
static CFUNC(builtin_hex) { return int_base_string(ts, args, nargs, "hex", 16); }

static CFUNC(builtin_format) {
    if (args_count(ts, "format", nargs, 1, 2) < 0) return NULL;
    Object *spec = nargs > 1 ? args[1] : ts->interp->empty_str;
    if (!str_check(spec))
        return err_format(ts, &ExcTypeError, "format() argument 2 must be str, not %s", TYPE_NAME(spec));
    return obj_format(ts, args[0], spec);
}

/* ---- characters ---------------------------------------------------------- */

static CFUNC(builtin_ord) {
    if (args_exactly(ts, "ord", nargs, kwnames, 1) < 0) return NULL;
    Object *s = args[0];
    if (bytes_check(s) || bytearray_check(s)) {
        const char *d;
        size_t n;
        bytes_buffer(s, &d, &n);
        if (n != 1)
            return err_format(ts, &ExcTypeError, "ord() expected a character, but string of length %zu found", n);
        return int_from_i64(ts, (unsigned char)d[0]);
    }
    if (!str_check(s))
        return err_format(ts, &ExcTypeError, "ord() expected string of length 1, but %s found", TYPE_NAME(s));
    if (STR_LEN(s) != 1)
        return err_format(ts, &ExcTypeError, "ord() expected a character, but string of length %zu found",
                          STR_LEN(s));
    const unsigned char *p = (const unsigned char *)STR_DATA(s);
    uint32_t cp = p[0];
    if (cp >= 0x80) {
        int len = cp >= 0xF0 ? 4 : cp >= 0xE0 ? 3 : 2;
        cp &= 0xFF >> (len + 1);
        for (int k = 1; k < len; k++) cp = (cp << 6) | (p[k] & 0x3F);
    }
    return int_from_i64(ts, cp);
}

static CFUNC(builtin_chr) {
    if (args_exactly(ts, "chr", nargs, kwnames, 1) < 0) return NULL;
    if (!int_check(args[0]) && !TYPE(args[0])->index)
        return err_format(ts, &ExcTypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(args[0]));
    Object *i = obj_index(ts, args[0]);
    if (!i) return NULL;
    int64_t v;
    bool ok = int_as_i64(i, &v);
    DECREF(i);
    if (!ok) return err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C int");
    if (v < INT32_MIN || v > INT32_MAX) return err_set_string(ts, &ExcOverflowError,
                                                              v < 0 ? "signed integer is less than minimum"
                                                                    : "signed integer is greater than maximum");
    if (v < 0 || v > 0x10FFFF) return err_set_string(ts, &ExcValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(ts, (uint32_t)v);
}

/* ---- iterables ------------------------------------------------------------ */

static CFUNC(builtin_iter) {
    if (args_count(ts, "iter", nargs, 1, 2) < 0) return NULL;
    if (nargs == 2) {
        if (!TYPE(args[0])->call) return err_set_string(ts, &ExcTypeError, "iter(v, w): v must be callable");
        return calliter_new(ts, args[0], args[1]);
    }
    return obj_iter(ts, args[0]);
}

/* aiter(async_iterable): its __aiter__() */
static CFUNC(builtin_aiter) {
    if (args_exactly(ts, "aiter", nargs, kwnames, 1) < 0) return NULL;
    Object *o = args[0];
    if (!type_lookup_borrowed(TYPE(o), ts->interp->ids.__aiter__))
        return err_format(ts, &ExcTypeError, "'%s' object is not an async iterable", TYPE_NAME(o));
    Object *it = obj_call_method(ts, o, ts->interp->ids.__aiter__, NULL, 0);
    if (it && !type_lookup_borrowed(TYPE(it), ts->interp->ids.__anext__)) {
        err_format(ts, &ExcTypeError, "aiter() returned not an async iterator of type '%s'", TYPE_NAME(it));
        DECREF(it);
        return NULL;
    }
    return it;
}

/* anext(async_iterator[, default]): the awaitable of its __anext__(); with
 * a default, one that gives it when the iterator is exhausted */
static CFUNC(builtin_anext) {
    if (args_no_kwargs(ts, "anext", kwnames) < 0) return NULL;
    if (args_count(ts, "anext", nargs, 1, 2) < 0) return NULL;
    Object *it = args[0];
    if (!type_lookup_borrowed(TYPE(it), ts->interp->ids.__anext__))
        return err_format(ts, &ExcTypeError, "'%s' object is not an async iterator", TYPE_NAME(it));
    if (nargs == 1) return obj_call_method(ts, it, ts->interp->ids.__anext__, NULL, 0);
    return asyncgen_anext_default(ts, it, args[1]);
}

static CFUNC(builtin_next) {
    if (args_count(ts, "next", nargs, 1, 2) < 0) return NULL;
    Object *it = args[0];
    if (!TYPE(it)->next)
        return err_format(ts, &ExcTypeError, "'%s' object is not an iterator", TYPE_NAME(it));
    Object *r = TYPE(it)->next(ts, it);
    if (r) return r;
    if (err_occurred(ts)) {
        if (nargs == 2 && err_matches(ts, &ExcStopIteration)) {
            err_clear(ts);
            return NEWREF(args[1]);
        }
        return NULL;
    }
    if (nargs == 2) return NEWREF(args[1]);
    return err_raise_steal(ts, exc_new(ts, &ExcStopIteration, NULL)), NULL;
}

static Object *minmax(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames, CompareOp op) {
    const char *fname = op == CMP_LT ? "min" : "max";
    /* min(iterable, *, key=None, default=...) or min(a, b, *args, key=None):
     * the count first, then the keywords, as CPython's min_max */
    if (args_count(ts, fname, nargs, 1, SIZE_MAX) < 0) return NULL;
    static const char *const names[] = {"key", "default", NULL};
    static const ArgSpec min_spec = {"min", names, .kwonly = 2}, max_spec = {"max", names, .kwonly = 2};
    Object *kw[2];
    if (args_parse(ts, op == CMP_LT ? &min_spec : &max_spec, args_after(args, nargs), 0, kwnames, kw) < 0) return NULL;
    Object *key = kw[0] == None ? NULL : kw[0], *dflt = kw[1];
    if (nargs > 1 && dflt)
        return err_format(ts, &ExcTypeError,
                          "Cannot specify a default for %s() with multiple positional arguments", fname);
    Object *it = nargs == 1 ? obj_iter(ts, args[0]) : NULL;
    if (nargs == 1 && !it) return NULL;
    Object *best = NULL, *best_key = NULL;
    size_t i = 0;
    for (;;) {
        Object *item;
        if (it) {
            item = obj_next(ts, it);
            if (!item) break;
        } else {
            if (i >= nargs) break;
            item = NEWREF(args[i++]);
        }
        Object *k = key ? obj_call1(ts, key, item) : NEWREF(item);
        if (!k) { DECREF(item); goto error; }
        if (!best) {
            best = item;
            best_key = k;
            continue;
        }
        int better = obj_richcompare_bool(ts, k, best_key, op);
        if (better < 0) { DECREF(item); DECREF(k); goto error; }
        if (better) {
            SETREF(best, item);
            SETREF(best_key, k);
        } else {
            DECREF(item);
            DECREF(k);
        }
    }
    if (err_occurred(ts)) goto error;
    XDECREF(it);
    XDECREF(best_key);
    if (!best) {
        if (dflt) return NEWREF(dflt);
        return err_format(ts, &ExcValueError, "%s() arg is an empty sequence", fname);
    }
    return best;
error:
    XDECREF(it);
    XDECREF(best);
    XDECREF(best_key);
    return NULL;
}

static CFUNC(builtin_min) { return minmax(ts, args, nargs, kwnames, CMP_LT); }
static CFUNC(builtin_max) { return minmax(ts, args, nargs, kwnames, CMP_GT); }

static CFUNC(builtin_sum) {
    static const char *const names[] = {"iterable", "start", NULL};
    static const ArgSpec spec = {"sum", names, .posonly = 1, .required = 1};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *acc = a[1] ? NEWREF(a[1]) : int_from_i64(ts, 0);
    if (!acc) return NULL;
    if (str_check(acc)) {
        DECREF(acc);
        return err_set_string(ts, &ExcTypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    Object *it = obj_iter(ts, a[0]);
    if (!it) { DECREF(acc); return NULL; }
    Object *item;
    while ((item = obj_next(ts, it)) != NULL) {
        Object *r = obj_binop(ts, NB_ADD, acc, item);
        DECREF(item);
        DECREF(acc);
        acc = r;
        if (!acc) break;
    }
    DECREF(it);
    if (acc && err_occurred(ts)) CLEAR(acc);
    return acc;
}

static CFUNC(builtin_any) {
    if (args_exactly(ts, "any", nargs, kwnames, 1) < 0) return NULL;
    Object *it = obj_iter(ts, args[0]);
    if (!it) return NULL;
    Object *item;
    while ((item = obj_next(ts, it)) != NULL) {
        int t = obj_is_true(ts, item);
        DECREF(item);
        if (t != 0) { DECREF(it); return t < 0 ? NULL : NEWREF(True); }
    }
    DECREF(it);
    return err_occurred(ts) ? NULL : NEWREF(False);
}

static CFUNC(builtin_all) {
    if (args_exactly(ts, "all", nargs, kwnames, 1) < 0) return NULL;
    Object *it = obj_iter(ts, args[0]);
    if (!it) return NULL;
    Object *item;
    while ((item = obj_next(ts, it)) != NULL) {
        int t = obj_is_true(ts, item);
        DECREF(item);
        if (t <= 0) { DECREF(it); return t < 0 ? NULL : NEWREF(False); }
    }
    DECREF(it);
    return err_occurred(ts) ? NULL : NEWREF(True);
}

/* sorted(iterable, /, *, key=None, reverse=False): the keywords are
 * list.sort()'s, and so are their errors */
static CFUNC(builtin_sorted) {
    if (args_count(ts, "sorted", nargs, 1, 1) < 0) return NULL;
    Object *a[2];
    if (list_sort_args(ts, args + 1, 0, kwnames, a) < 0) return NULL;
    Object *l = list_from_iterable(ts, args[0]);
    if (!l) return NULL;
    int rev = a[1] ? list_sort_reverse_arg(ts, a[1]) : 0;
    if (rev < 0) { DECREF(l); return NULL; }
    if (list_sort(ts, l, a[0] == None ? NULL : a[0], rev) < 0) { DECREF(l); return NULL; }
    return l;
}

/* ---- running code ------------------------------------------------------------ */

/* The `from __future__` features of the code that calls exec(), eval() or
 * compile() (CPython's PyEval_MergeCompilerFlags). */
static int inherited_future_flags(ThreadState *ts) {
    return ts->frame ? ts->frame->code->flags & RUN_FUTURE_MASK : 0;
}

/* exec() and eval() of [a][0] in the namespaces [a][1] and [a][2] (each
 * None or NULL when not given); exec() passes the [closure] a code object's
 * free variables need. */
static Object *run_builtin(ThreadState *ts, Object *const *a, Object *closure, const char *fname,
                           RunMode mode) {
    Object *globals = a[1] && a[1] != None ? a[1] : NULL;
    Object *locals = a[2] && a[2] != None ? a[2] : NULL;
    if (globals && !dict_check(globals))
        return err_format(ts, &ExcTypeError, "%s() globals must be a dict, not %s", fname, TYPE_NAME(globals));
    if (!globals) {
        if (!ts->frame) return err_set_string(ts, &ExcSystemError, "no current frame");
        globals = ts->frame->globals;
        if (!locals) locals = ts->frame->locals;
    }
    if (!dict_get_str_borrowed(ts, globals, ts->interp->ids.__builtins__) &&
        dict_set(ts, globals, ts->interp->ids.__builtins__, ts->interp->builtins_module) < 0)
        return NULL;
    Object *src = a[0];
    if (TYPE(src) == &CodeType) {
        /* the code of a closure runs only with cells for its free variables */
        size_t nfrees = (size_t)((CodeObject *)src)->nfrees;
        if (mode == RUN_EVAL && nfrees)
            return err_set_string(ts, &ExcTypeError, "code object passed to eval() may not contain free variables");
        if (!nfrees && closure)
            return err_set_string(ts, &ExcTypeError, "cannot use a closure with this code object");
        bool closure_ok = !nfrees || (closure && TYPE(closure) == &TupleType && TUPLE_SIZE(closure) == nfrees);
        for (size_t i = 0; closure_ok && i < nfrees; i++)
            closure_ok = TYPE(TUPLE_GET(closure, i)) == &CellType;
        if (!closure_ok)
            return err_format(ts, &ExcTypeError, "code object requires a closure of exactly length %zu", nfrees);
        return eval_code(ts, (CodeObject *)src, globals, locals ? locals : globals, closure);
    }
    if (closure)
        return err_set_string(ts, &ExcTypeError, "closure can only be used when source is a code object");
    if (!str_check(src))
        return err_format(ts, &ExcTypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    const char *text = STR_DATA(src);
    size_t len = STR_SIZE(src);
    if (mode == RUN_EVAL) while (len && (*text == ' ' || *text == '\t')) { text++; len--; }
    /* the caller's future features carry over into the text it runs */
    Object *co = run_compile_flags(ts, text, len, "<string>", mode, inherited_future_flags(ts));
    if (!co) return NULL;
    Object *r = eval_code(ts, (CodeObject *)co, globals, locals ? locals : globals, NULL);
    DECREF(co);
    return r;
}

/* exec(source, globals=None, locals=None, /, *, closure=None) */
static CFUNC(builtin_exec) {
    static const char *const names[] = {"source", "globals", "locals", "closure", NULL};
    static const ArgSpec spec = {"exec", names, .posonly = 3, .required = 1, .kwonly = 1};
    Object *a[4];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    Object *r = run_builtin(ts, a, a[3] == None ? NULL : a[3], "exec", RUN_EXEC);
    if (!r) return NULL;
    DECREF(r);
    return none_new();
}

/* eval(source, globals=None, locals=None, /) */
static CFUNC(builtin_eval) {
    if (args_count(ts, "eval", nargs, 1, 3) < 0) return NULL;
    Object *a[3] = {args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL};
    return run_builtin(ts, a, NULL, "eval", RUN_EVAL);
}

static CFUNC(builtin_compile) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", NULL};
    static const ArgSpec spec = {"compile", names, .required = 3};
    Object *a[6];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    int flags = 0, dont_inherit = 0, optimize = -1;
    if ((a[3] && args_c_int(ts, a[3], &flags) < 0) || (a[4] && args_c_int(ts, a[4], &dont_inherit) < 0) ||
        (a[5] && args_c_int(ts, a[5], &optimize) < 0))
        return NULL;
    /* besides the future features: the obsolete CO_NESTED and the flags
     * that ask for a tree (PyCF_ONLY_AST and friends), which minipy takes
     * and does not act on */
    if (flags & ~(RUN_FUTURE_MASK | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000))
        return err_set_string(ts, &ExcValueError, "compile(): unrecognised flags");
    if (optimize < -1 || optimize > 2)
        return err_set_string(ts, &ExcValueError, "compile(): invalid optimize value");
    if (!dont_inherit) flags |= inherited_future_flags(ts);
    if (!str_check(a[0]) || !str_check(a[1]) || !str_check(a[2]))
        return err_set_string(ts, &ExcTypeError, "compile() arguments must be strings");
    RunMode mode;
    if (str_eq_cstr(a[2], "exec")) mode = RUN_EXEC;
    else if (str_eq_cstr(a[2], "eval")) mode = RUN_EVAL;
    else if (str_eq_cstr(a[2], "single")) mode = RUN_SINGLE;
    else return err_set_string(ts, &ExcValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return run_compile_flags(ts, STR_DATA(a[0]), STR_SIZE(a[0]), STR_DATA(a[1]), mode, flags & RUN_FUTURE_MASK);
}

static CFUNC(builtin_import) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    static const ArgSpec spec = {"__import__", names, .required = 1};
    Object *a[5];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    int64_t level = 0;
    if (a[4] && !int_as_i64(a[4], &level)) return err_set_string(ts, &ExcValueError, "level too large");
    return imp_import(ts, a[0], a[1] && a[1] != None ? a[1] : NULL, a[3] && a[3] != None ? a[3] : NULL,
                      (int)level);
}

/* breakpoint(*args, **kws): CPython calls sys.breakpointhook, which starts
 * pdb; minipy stops in its stepper at this line (trace/stepper.c). Off with
 * PYTHONBREAKPOINT=0, as CPython's; the arguments are for a hook and unused. */
static CFUNC(builtin_breakpoint) {
    (void)args, (void)nargs, (void)kwnames;
    if (trace_breakpoint(ts) < 0) return NULL;
    return NEWREF(None);
}

static const MethodDef builtin_functions[] = {
    {"print", builtin_print, METH_KEYWORDS,
     "Prints the values to a stream, or to sys.stdout by default.\n"
     "\n"
     "  sep\n"
     "    string inserted between values, default a space.\n"
     "  end\n"
     "    string appended after the last value, default a newline.\n"
     "  file\n"
     "    a file-like object (stream); defaults to the current sys.stdout.\n"
     "  flush\n"
     "    whether to forcibly flush the stream."},
    {"input", builtin_input, 0,
     "Read a string from standard input.  The trailing newline is stripped.\n"
     "\n"
     "The prompt string, if given, is printed to standard output without a\n"
     "trailing newline before reading input.\n"
     "\n"
     "If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\n"
     "On *nix systems, readline is used if available."},
    {"len", builtin_len, 0, "Return the number of items in a container."},
    {"repr", builtin_repr, 0,
     "Return the canonical string representation of the object.\n"
     "\n"
     "For many object types, including most builtins, eval(repr(obj)) == obj."},
    {"ascii", builtin_ascii, 0,
     "Return an ASCII-only representation of an object.\n"
     "\n"
     "As repr(), return a string containing a printable representation of an\n"
     "object, but escape the non-ASCII characters in the string returned by\n"
     "repr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\n"
     "to that returned by repr() in Python 2."},
    {"id", builtin_id, 0,
     "Return the identity of an object.\n"
     "\n"
     "This is guaranteed to be unique among simultaneously existing objects.\n"
     "(CPython uses the object's memory address.)"},
    {"hash", builtin_hash, 0,
     "Return the hash value for the given object.\n"
     "\n"
     "Two objects that compare equal must also have the same hash value, but the\n"
     "reverse is not necessarily true."},
    {"isinstance", builtin_isinstance, 0,
     "Return whether an object is an instance of a class or of a subclass thereof.\n"
     "\n"
     "A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\n"
     "check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\n"
     "or ...`` etc."},
    {"issubclass", builtin_issubclass, 0,
     "Return whether 'cls' is derived from another class or is the same class.\n"
     "\n"
     "A tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\n"
     "check against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\n"
     "or ...``."},
    {"callable", builtin_callable, 0,
     "Return whether the object is callable (i.e., some kind of function).\n"
     "\n"
     "Note that classes are callable, as are instances of classes with a\n"
     "__call__() method."},
    {"getattr", builtin_getattr, 0,
     "getattr(object, name[, default]) -> value\n"
     "\n"
     "Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\n"
     "When a default argument is given, it is returned when the attribute doesn't\n"
     "exist; without it, an exception is raised in that case."},
    {"setattr", builtin_setattr, 0,
     "Sets the named attribute on the given object to the specified value.\n"
     "\n"
     "setattr(x, 'y', v) is equivalent to ``x.y = v``"},
    {"delattr", builtin_delattr, 0,
     "Deletes the named attribute from the given object.\n"
     "\n"
     "delattr(x, 'y') is equivalent to ``del x.y``"},
    {"hasattr", builtin_hasattr, 0,
     "Return whether the object has an attribute with the given name.\n"
     "\n"
     "This is done by calling getattr(obj, name) and catching AttributeError."},
    {"globals", builtin_globals, 0,
     "Return the dictionary containing the current scope's global variables.\n"
     "\n"
     "NOTE: Updates to this dictionary *will* affect name lookups in the current\n"
     "global scope and vice-versa."},
    {"locals", builtin_locals, 0,
     "Return a dictionary containing the current scope's local variables.\n"
     "\n"
     "NOTE: Whether or not updates to this dictionary will affect name lookups in\n"
     "the local scope and vice-versa is *implementation dependent* and not\n"
     "covered by any backwards compatibility guarantees."},
    {"vars", builtin_vars, 0,
     "vars([object]) -> dictionary\n"
     "\n"
     "Without arguments, equivalent to locals().\n"
     "With an argument, equivalent to object.__dict__."},
    {"dir", builtin_dir, 0,
     "dir([object]) -> list of strings\n"
     "\n"
     "If called without an argument, return the names in the current scope.\n"
     "Else, return an alphabetized list of names comprising (some of) the attributes\n"
     "of the given object, and of attributes reachable from it.\n"
     "If the object supplies a method named __dir__, it will be used; otherwise\n"
     "the default dir() logic is used and returns:\n"
     "  for a module object: the module's attributes.\n"
     "  for a class object:  its attributes, and recursively the attributes\n"
     "    of its bases.\n"
     "  for any other object: its attributes, its class's attributes, and\n"
     "    recursively the attributes of its class's base classes."},
    {"abs", builtin_abs, 0,
     "Return the absolute value of the argument."},
    {"divmod", builtin_divmod, 0,
     "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"pow", builtin_pow, METH_KEYWORDS,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n"
     "\n"
     "Some types, such as ints, are able to use a more efficient algorithm when\n"
     "invoked using the three argument form."},
    {"round", builtin_round, METH_KEYWORDS,
     "Round a number to a given precision in decimal digits.\n"
     "\n"
     "The return value is an integer if ndigits is omitted or None.  Otherwise\n"
     "the return value has the same type as the number.  ndigits may be negative."},
    {"bin", builtin_bin, 0,
     "Return the binary representation of an integer.\n"
     "\n"
     "   >>> bin(2796202)\n"
     "   '0b1010101010101010101010'"},
    {"oct", builtin_oct, 0,
     "Return the octal representation of an integer.\n"
     "\n"
     "   >>> oct(342391)\n"
     "   '0o1234567'"},
    {"hex", builtin_hex, 0,
     "Return the hexadecimal representation of an integer.\n"
     "\n"
     "   >>> hex(12648430)\n"
     "   '0xc0ffee'"},
    {"format", builtin_format, 0,
     "Return value.__format__(format_spec)\n"
     "\n"
     "format_spec defaults to the empty string.\n"
     "See the Format Specification Mini-Language section of help('FORMATTING') for\n"
     "details."},
    {"ord", builtin_ord, 0,
     "Return the Unicode code point for a one-character string."},
    {"chr", builtin_chr, 0,
     "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"iter", builtin_iter, 0,
     "iter(iterable) -> iterator\n"
     "iter(callable, sentinel) -> iterator\n"
     "\n"
     "Get an iterator from an object.  In the first form, the argument must\n"
     "supply its own iterator, or be a sequence.\n"
     "In the second form, the callable is called until it returns the sentinel."},
    {"next", builtin_next, 0,
     "next(iterator[, default])\n"
     "\n"
     "Return the next item from the iterator. If default is given and the iterator\n"
     "is exhausted, it is returned instead of raising StopIteration."},
    {"aiter", builtin_aiter, 0, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", builtin_anext, 0,
     "async anext(aiterator[, default])\n"
     "\n"
     "Return the next item from the async iterator.  If default is given and the async\n"
     "iterator is exhausted, it is returned instead of raising StopAsyncIteration."},
    {"min", builtin_min, METH_KEYWORDS,
     "min(iterable, *[, default=obj, key=func]) -> value\n"
     "min(arg1, arg2, *args, *[, key=func]) -> value\n"
     "\n"
     "With a single iterable argument, return its smallest item. The\n"
     "default keyword-only argument specifies an object to return if\n"
     "the provided iterable is empty.\n"
     "With two or more arguments, return the smallest argument."},
    {"max", builtin_max, METH_KEYWORDS,
     "max(iterable, *[, default=obj, key=func]) -> value\n"
     "max(arg1, arg2, *args, *[, key=func]) -> value\n"
     "\n"
     "With a single iterable argument, return its biggest item. The\n"
     "default keyword-only argument specifies an object to return if\n"
     "the provided iterable is empty.\n"
     "With two or more arguments, return the largest argument."},
    {"sum", builtin_sum, METH_KEYWORDS,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n"
     "\n"
     "When the iterable is empty, return the start value.\n"
     "This function is intended specifically for use with numeric values and may\n"
     "reject non-numeric types."},
    {"any", builtin_any, 0,
     "Return True if bool(x) is True for any x in the iterable.\n"
     "\n"
     "If the iterable is empty, return False."},
    {"all", builtin_all, 0,
     "Return True if bool(x) is True for all values x in the iterable.\n"
     "\n"
     "If the iterable is empty, return True."},
    {"sorted", builtin_sorted, METH_KEYWORDS,
     "Return a new list containing all items from the iterable in ascending order.\n"
     "\n"
     "A custom key function can be supplied to customize the sort order, and the\n"
     "reverse flag can be set to request the result in descending order."},
    {"exec", builtin_exec, METH_KEYWORDS,
     "Execute the given source in the context of globals and locals.\n"
     "\n"
     "The source may be a string representing one or more Python statements\n"
     "or a code object as returned by compile().\n"
     "The globals must be a dictionary and locals can be any mapping,\n"
     "defaulting to the current globals and locals.\n"
     "If only globals is given, locals defaults to it.\n"
     "The closure must be a tuple of cellvars, and can only be used\n"
     "when source is a code object requiring exactly that many cellvars."},
    {"eval", builtin_eval, 0,
     "Evaluate the given source in the context of globals and locals.\n"
     "\n"
     "The source may be a string representing a Python expression\n"
     "or a code object as returned by compile().\n"
     "The globals must be a dictionary and locals can be any mapping,\n"
     "defaulting to the current globals and locals.\n"
     "If only globals is given, locals defaults to it."},
    {"compile", builtin_compile, METH_KEYWORDS,
     "Compile source into a code object that can be executed by exec() or eval().\n"
     "\n"
     "The source code may represent a Python module, statement or expression.\n"
     "The filename will be used for run-time error messages.\n"
     "The mode must be 'exec' to compile a module, 'single' to compile a\n"
     "single (interactive) statement, or 'eval' to compile an expression.\n"
     "The flags argument, if present, controls which future statements influence\n"
     "the compilation of the code.\n"
     "The dont_inherit argument, if true, stops the compilation inheriting\n"
     "the effects of any future statements in effect in the code calling\n"
     "compile; if absent or false these statements do influence the compilation,\n"
     "in addition to any features explicitly specified."},
    {"__import__", builtin_import, METH_KEYWORDS,
     "Import a module.\n"
     "\n"
     "Because this function is meant for use by the Python\n"
     "interpreter and not for general use, it is better to use\n"
     "importlib.import_module() to programmatically import a module.\n"
     "\n"
     "The globals argument is only used to determine the context;\n"
     "they are not modified.  The locals argument is unused.  The fromlist\n"
     "should be a list of names to emulate ``from name import ...``, or an\n"
     "empty list to emulate ``import name``.\n"
     "When importing a module from a package, note that __import__('A.B', ...)\n"
     "returns package A when fromlist is empty, but its submodule B when\n"
     "fromlist is not empty.  The level argument is used to determine whether to\n"
     "perform absolute or relative imports: 0 is absolute, while a positive number\n"
     "is the number of parent directories to search relative to the current module."},
    {"__build_class__", class_build, METH_KEYWORDS,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n"
     "\n"
     "Internal helper function used by the class statement."},
    {"open", io_open, METH_KEYWORDS, "Open file and return a stream."},
    {"breakpoint", builtin_breakpoint, METH_KEYWORDS,
     "Call sys.breakpointhook(*args, **kws): in minipy, stop in the stepper (--step) here."},
    {NULL},
};

Object *builtins_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "builtins");
    if (!m) return NULL;
    if (module_add_functions(ts, m, builtin_functions) < 0) goto fail;
    struct { const char *name; Object *value; } objects[] = {
        {"None", None}, {"True", True}, {"False", False},
        {"NotImplemented", NotImplemented}, {"Ellipsis", Ellipsis},
        {"object", (Object *)&ObjectType}, {"type", (Object *)&TypeType},
        {"int", (Object *)&IntType}, {"bool", (Object *)&BoolType}, {"float", (Object *)&FloatType}, {"complex", (Object *)&ComplexType},
        {"str", (Object *)&StrType}, {"bytes", (Object *)&BytesType},
        {"bytearray", (Object *)&ByteArrayType}, {"memoryview", (Object *)&MemoryViewType}, {"tuple", (Object *)&TupleType}, {"list", (Object *)&ListType},
        {"dict", (Object *)&DictType}, {"set", (Object *)&SetType}, {"frozenset", (Object *)&FrozenSetType},
        {"range", (Object *)&RangeType}, {"slice", (Object *)&SliceType},
        {"enumerate", (Object *)&EnumerateType}, {"zip", (Object *)&ZipType},
        {"map", (Object *)&MapType}, {"filter", (Object *)&FilterType},
        {"reversed", (Object *)&ReversedType}, {"super", (Object *)&SuperType},
        {"staticmethod", (Object *)&StaticMethodType}, {"classmethod", (Object *)&ClassMethodType},
        {"property", (Object *)&PropertyType},
    };
    for (size_t i = 0; i < ARRAY_LEN(objects); i++)
        if (module_add_object(ts, m, objects[i].name, objects[i].value) < 0) goto fail;
    if (sitebuiltins_add(ts, m) < 0) goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}
