/* names.h -- how the narration names and shows objects: a per-run number
 * for each object it mentions (`dict #3`), never an address; and a repr
 * that never runs Python code, allocates no Python object and changes no
 * reference count, so showing a value cannot change what the program does.
 */
#ifndef MINIPY_TRACE_NAMES_H
#define MINIPY_TRACE_NAMES_H

#include "tracer.h"
#include "common/strbuf.h"

/* The per-run id of [o]: given the first time a narration mentions it,
 * dropped when its memory is released (ids are never reused). */
int64_t names_id(Tracer *t, struct Object *o);
/* [o]'s id, or 0 if it has none yet. */
int64_t names_known_id(Tracer *t, struct Object *o);
void names_forget(Tracer *t, struct Object *o);

/* "dict #3": the type's name and the per-run id. */
void names_label(Tracer *t, StrBuf *b, struct Object *o);
/* repr([o]) as the program would see it for the built-in types; for other
 * objects <Class #id>. At most [max] columns (0: no limit), shortened
 * with '…'. */
void names_repr(Tracer *t, StrBuf *b, struct Object *o, size_t max);
/* names_repr(), except that an instance of a class shows its attributes,
 * <Key #4 n=1>: what a key or a freed object is, without its __repr__. */
void names_describe(Tracer *t, StrBuf *b, struct Object *o, size_t max);
/* The text str([exc]) would give, computed from its arguments. */
void names_exception_message(Tracer *t, StrBuf *b, struct Object *exc, size_t max);

/* The columns [s] takes on a terminal (code points of UTF-8 text). */
size_t text_columns(const char *s, size_t len);
/* Cut [b] from byte [from] on to at most [max] columns, ending in '…'
 * when something was cut. */
void text_fit(StrBuf *b, size_t from, size_t max);

#endif
