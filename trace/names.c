/* names.c -- naming and showing objects in the narration (trace/names.h).
 *
 * Two promises, both for the lessons' sake. An object is named by a
 * per-run number (`list #3`), never by its address, so two runs print the
 * same narration. And showing a value changes nothing: values are shown by
 * runtime/saferepr.c, which writes a built-in type's repr from its fields,
 * and an instance of a class by its class, number and attributes,
 * <Key #4 n=1>, because its __repr__ would run Python code in the middle
 * of, say, a dict probe.
 */
#include <string.h>

#include "names.h"
#include "runtime/interp.h"
#include "runtime/saferepr.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"

/* ---- per-run ids ------------------------------------------------------------ */

int64_t names_id(Tracer *t, Object *o) {
    int64_t id;
    if (ptrmap_get(&t->ids, o, &id)) return id;
    id = ++t->last_id;
    if (!ptrmap_put(&t->ids, o, id)) trace_lost_memory(t);    /* this event still gets the number */
    return id;
}

int64_t names_known_id(Tracer *t, Object *o) {
    int64_t id = 0;
    ptrmap_get(&t->ids, o, &id);
    return id;
}

void names_forget(Tracer *t, Object *o) { ptrmap_remove(&t->ids, o); }

void names_label(Tracer *t, StrBuf *b, Object *o) {
    strbuf_printf(b, "%s #%lld", TYPE_NAME(o), (long long)names_id(t, o));
}

/* ---- columns ---------------------------------------------------------------- */

size_t text_columns(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;    /* not a UTF-8 continuation byte */
    return n;
}

void text_fit(StrBuf *b, size_t from, size_t max) {
    if (from > b->len || text_columns(b->data + from, b->len - from) <= max) return;
    size_t keep = max ? max - 1 : 0, cols = 0, i = from;
    for (; i < b->len; i++) {
        if (((unsigned char)b->data[i] & 0xC0) == 0x80) continue;
        if (cols == keep) break;
        cols++;
    }
    b->len = i;
    b->data[b->len] = '\0';
    strbuf_puts(b, "\u2026");
}

/* ---- values ----------------------------------------------------------------- */

#define REPR_CAP 400              /* no value is shown longer than this */

/* An object saferepr has no rule for: an instance of a class by its class
 * and number; the interpreter's own objects (iterators, ...) by type. */
static void show_numbered(void *ctx, StrBuf *b, Object *o) {
    if (TYPE(o)->flags & TYPE_FLAG_HEAP) strbuf_printf(b, "<%s #%lld>", TYPE_NAME(o), (long long)names_id(ctx, o));
    else strbuf_printf(b, "<%s object>", TYPE_NAME(o));
}

static void show(Tracer *t, StrBuf *b, Object *o) {
    SafeRepr how = {.max_items = 6, .max_depth = 3, .cap = REPR_CAP, .other = show_numbered, .ctx = t};
    safe_repr(b, o, &how);
}

void names_repr(Tracer *t, StrBuf *b, Object *o, size_t max) {
    size_t from = b->len;
    show(t, b, o);
    text_fit(b, from, max ? max : REPR_CAP);
}

void names_describe(Tracer *t, StrBuf *b, Object *o, size_t max) {
    TypeObject *tp = o ? TYPE(o) : NULL;
    if (!tp || !(tp->flags & TYPE_FLAG_HEAP) || (tp->flags & (TYPE_FLAG_TYPE_SUBCLASS | TYPE_FLAG_EXC_SUBCLASS))) {
        names_repr(t, b, o, max);
        return;
    }
    size_t from = b->len;
    strbuf_printf(b, "<%s #%lld", tp->name, (long long)names_id(t, o));
    Object **dictp = tp->dictoffset > 0 ? (Object **)((char *)o + tp->dictoffset) : NULL;
    if (dictp && *dictp) {
        ssize_t pos = 0;
        Object *k, *v;
        int n = 0;
        while (dict_next(*dictp, &pos, &k, &v)) {
            if (n++ == 3) {
                strbuf_puts(b, " ...");
                break;
            }
            strbuf_printf(b, " %s=", str_check(k) ? STR_DATA(k) : "?");
            show(t, b, v);
        }
    }
    strbuf_puts(b, ">");
    text_fit(b, from, max ? max : REPR_CAP);
}

void names_exception_message(Tracer *t, StrBuf *b, Object *exc, size_t max) {
    size_t from = b->len;
    Object *args = ((BaseExceptionObject *)exc)->args;
    size_t n = args && tuple_check(args) ? TUPLE_SIZE(args) : 0;
    bool syntax = type_is_subtype(TYPE(exc), &ExcSyntaxError);
    if (n == 1 || (syntax && n && str_check_exact(TUPLE_GET(args, 0)))) {
        /* a SyntaxError's other argument is where it was: the text is the message */
        Object *a = TUPLE_GET(args, 0);
        /* str(KeyError(k)) is repr(k); for the others a str argument is the text */
        if (str_check_exact(a) && !type_is_subtype(TYPE(exc), &ExcKeyError)) strbuf_append(b, STR_DATA(a), STR_SIZE(a));
        else show(t, b, a);
    } else if (n > 1) {
        show(t, b, args);
    }
    text_fit(b, from, max ? max : REPR_CAP);
}
