/* saferepr.c -- repr() without running anything (runtime/saferepr.h).
 *
 * Lesson 6 and every trace depend on it: the narration shows values in the
 * middle of a dict probe or a reference-count change, where calling repr()
 * would allocate a str and, for a class with __repr__, run Python code --
 * changing the very thing being watched. So each built-in type's repr is
 * written here from its fields: an int's digits, a float's shortest
 * decimal (common/pyrepr.c), a str's escaped characters, a tuple's items.
 */
#include <stdlib.h>
#include <string.h>

#include "saferepr.h"
#include "gmpmem.h"
#include "bytes.h"
#include "common/pyrepr.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "float.h"
#include "complex.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "set.h"
#include "func.h"
#include "module.h"
#include "range.h"
#include "slice.h"
#include "code.h"

typedef struct Walk {
    StrBuf *b;
    const SafeRepr *how;
    size_t start;                 /* where this value's text begins in [b]: the cap counts from here */
} Walk;

static void show(Walk *w, Object *o, int depth);

static bool over_cap(Walk *w) { return w->how->cap && w->b->len - w->start > w->how->cap; }

static void show_int(Walk *w, Object *o) {
    IntObject *i = (IntObject *)o;
    if (!i->big) {
        strbuf_printf(w->b, "%lld", (long long)i->value);
        return;
    }
    size_t digits = mpz_sizeinbase(i->big, 10) + 2;      /* room for a sign and the NUL */
    char *s = gmpmem_get_str(10, i->big);
    if (!s) {
        strbuf_fail(w->b);
        return;
    }
    if (w->how->cap && digits > 32)     /* a huge int: how big it is says enough */
        strbuf_printf(w->b, "<int with %zu digits>", strlen(s) - (s[0] == '-'));
    else
        strbuf_puts(w->b, s);
    rawmem_free(s);
}

static void show_str(Walk *w, Object *o) {
    /* a long str is cut before it is quoted: only what is shown is escaped */
    size_t size = STR_SIZE(o);
    bool cut = w->how->cap && ((StrObject *)o)->length > w->how->cap;
    if (cut) size = str_byte_offset(o, w->how->cap);
    pyrepr_str(w->b, STR_DATA(o), size);
    if (cut) {
        StrBuf *b = w->b;
        char quote = b->data[--b->len];  /* the closing quote goes after the cut mark */
        b->data[b->len] = '\0';
        strbuf_puts(b, "\u2026");
        strbuf_appendc(b, quote);
    }
}

static void show_items(Walk *w, Object *self, int depth, const char *open, const char *close,
                       Object *const *items, size_t n, bool one_comma) {
    strbuf_puts(w->b, open);
    for (size_t i = 0; i < n; i++) {
        if (i) strbuf_puts(w->b, ", ");
        if ((w->how->max_items && i == w->how->max_items) || over_cap(w)) {
            strbuf_puts(w->b, "...");
            break;
        }
        if (items[i] == self) strbuf_puts(w->b, *open == '(' ? "(...)" : "[...]");   /* contains itself */
        else show(w, items[i], depth + 1);
    }
    if (one_comma && n == 1) strbuf_appendc(w->b, ',');
    strbuf_puts(w->b, close);
}

static void show_dict(Walk *w, Object *o, int depth) {
    strbuf_puts(w->b, "{");
    ssize_t pos = 0;
    Object *k, *v;
    size_t i = 0;
    while (dict_next(o, &pos, &k, &v)) {
        if (i) strbuf_puts(w->b, ", ");
        if ((w->how->max_items && i == w->how->max_items) || over_cap(w)) {
            strbuf_puts(w->b, "...");
            break;
        }
        i++;
        show(w, k, depth + 1);
        strbuf_puts(w->b, ": ");
        if (v == o) strbuf_puts(w->b, "{...}");
        else show(w, v, depth + 1);
    }
    strbuf_puts(w->b, "}");
}

static void show_set(Walk *w, Object *o, int depth) {
    bool frozen = TYPE(o) == &FrozenSetType;
    ssize_t pos = 0;
    Object *k;
    int64_t h;
    if (!set_next(o, &pos, &k, &h)) {
        strbuf_puts(w->b, frozen ? "frozenset()" : "set()");
        return;
    }
    strbuf_puts(w->b, frozen ? "frozenset({" : "{");
    size_t i = 0;
    do {
        if (i) strbuf_puts(w->b, ", ");
        if ((w->how->max_items && i == w->how->max_items) || over_cap(w)) {
            strbuf_puts(w->b, "...");
            break;
        }
        i++;
        show(w, k, depth + 1);
    } while (set_next(o, &pos, &k, &h));
    strbuf_puts(w->b, frozen ? "})" : "}");
}

static void show_exception(Walk *w, Object *o, int depth) {
    Object *args = ((BaseExceptionObject *)o)->args;
    strbuf_puts(w->b, TYPE_NAME(o));
    if (!args || !tuple_check(args)) strbuf_puts(w->b, "()");
    else show_items(w, args, depth, "(", ")", TUPLE_ITEMS(args), TUPLE_SIZE(args), false);
}

static void show_range(Walk *w, Object *o, int depth) {
    RangeObject *r = (RangeObject *)o;
    if (!r->big) {
        if (r->step == 1) strbuf_printf(w->b, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
        else strbuf_printf(w->b, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
        return;
    }
    Object *const *f = TUPLE_ITEMS(r->big);          /* start, stop, step, length */
    strbuf_puts(w->b, "range(");
    show(w, f[0], depth + 1);
    strbuf_puts(w->b, ", ");
    show(w, f[1], depth + 1);
    if (!(int_check_exact(f[2]) && int_is_small(f[2]) && int_small_value(f[2]) == 1)) {
        strbuf_puts(w->b, ", ");
        show(w, f[2], depth + 1);
    }
    strbuf_puts(w->b, ")");
}

static void show_slice(Walk *w, Object *o, int depth) {
    SliceObject *s = (SliceObject *)o;
    strbuf_puts(w->b, "slice(");
    show(w, s->start, depth + 1);
    strbuf_puts(w->b, ", ");
    show(w, s->stop, depth + 1);
    strbuf_puts(w->b, ", ");
    show(w, s->step, depth + 1);
    strbuf_puts(w->b, ")");
}

static void show(Walk *w, Object *o, int depth) {
    StrBuf *b = w->b;
    if (!o) {
        strbuf_puts(b, "NULL");
        return;
    }
    TypeObject *tp = TYPE(o);
    if (w->how->max_depth && depth > w->how->max_depth) {
        strbuf_puts(b, "...");
        return;
    }
    if (o == None) strbuf_puts(b, "None");
    else if (o == True) strbuf_puts(b, "True");
    else if (o == False) strbuf_puts(b, "False");
    else if (o == Ellipsis) strbuf_puts(b, "Ellipsis");
    else if (o == NotImplemented) strbuf_puts(b, "NotImplemented");
    else if (tp == &IntType) show_int(w, o);
    else if (tp == &FloatType) {
        char buf[64];
        pyrepr_double(FLOAT_VALUE(o), buf, sizeof buf);
        strbuf_puts(b, buf);
    } else if (tp == &ComplexType) complex_repr_into(b, COMPLEX_VALUE(o));
    else if (tp == &StrType) show_str(w, o);
    else if (tp == &BytesType || tp == &ByteArrayType) {
        /* at most 64 bytes, then "..." -- a traced value, not a dump */
        const char *d;
        size_t n;
        bytes_buffer(o, &d, &n);
        if (tp == &ByteArrayType) strbuf_puts(b, "bytearray(");
        pyrepr_bytes(b, d, n > 64 ? 64 : n);
        if (n > 64) strbuf_puts(b, "...");
        if (tp == &ByteArrayType) strbuf_puts(b, ")");
    }
    else if (tp == &TupleType) show_items(w, o, depth, "(", ")", TUPLE_ITEMS(o), TUPLE_SIZE(o), true);
    else if (tp == &ListType) show_items(w, o, depth, "[", "]", LIST_ITEMS(o), LIST_SIZE(o), false);
    else if (tp == &DictType) show_dict(w, o, depth);
    else if (tp == &SetType || tp == &FrozenSetType) show_set(w, o, depth);
    else if (tp == &RangeType) show_range(w, o, depth);
    else if (tp == &SliceType) show_slice(w, o, depth);
    else if (tp == &FunctionType) strbuf_printf(b, "<function %s>", STR_DATA(((FunctionObject *)o)->qualname));
    else if (tp == &BuiltinFunctionType) {
        BuiltinFunctionObject *f = (BuiltinFunctionObject *)o;
        if (f->self && TYPE(f->self) != &ModuleType)
            strbuf_printf(b, "<built-in method %s of %s object>", f->def->name, TYPE_NAME(f->self));
        else
            strbuf_printf(b, "<built-in function %s>", f->def->name);
    } else if (tp == &MethodType) {
        MethodObject *m = (MethodObject *)o;
        if (TYPE(m->func) == &FunctionType)
            strbuf_printf(b, "<bound method %s>", STR_DATA(((FunctionObject *)m->func)->qualname));
        else
            strbuf_puts(b, "<bound method>");
    } else if (tp == &CellType) {
        strbuf_puts(b, "<cell: ");
        if (CELL_GET(o)) show(w, CELL_GET(o), depth + 1);
        else strbuf_puts(b, "empty");
        strbuf_puts(b, ">");
    } else if (tp->flags & TYPE_FLAG_TYPE_SUBCLASS) strbuf_printf(b, "<class '%s'>", ((TypeObject *)o)->name);
    else if (tp == &ModuleType) strbuf_printf(b, "<module '%s'>", STR_DATA(((ModuleObject *)o)->name));
    else if (tp == &CodeType) strbuf_printf(b, "<code object %s>", STR_DATA(((CodeObject *)o)->name));
    else if (tp->flags & TYPE_FLAG_EXC_SUBCLASS) show_exception(w, o, depth);
    else if (w->how->other) w->how->other(w->how->ctx, b, o);
    else strbuf_printf(b, "<%s object>", tp->name);
}

void safe_repr(StrBuf *b, Object *o, const SafeRepr *how) {
    Walk w = {b, how, b->len};
    show(&w, o, 0);
}
