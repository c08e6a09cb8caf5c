/* trace_sink.h -- inside the tracer: the sink and the ways of showing a
 * value, shared by trace.c (lines, calls, scopes, tables) and trace_mem.c
 * (the life of objects). Not for the rest of the interpreter: it emits
 * through vm/trace.h's emission points. */
#ifndef MINIPY_TRACE_SINK_H
#define MINIPY_TRACE_SINK_H

#include "trace.h"

typedef enum { F_STR, F_INT, F_RAW } FieldKind;
/* One named field of an event: a string, an integer, or raw JSON. */
typedef struct { const char *key; FieldKind kind; const char *s; long long i; } Field;

/* Emit one event of category [cat]: [text] for the text sink, [fields]
 * for the JSON sink. */
void emit(ThreadState *ts, const char *cat, const char *event, int depth, const char *text,
          const Field *fields, int nfields);
/* repr() of [o] for a trace: shortened, computed without running Python
 * code or tracing (malloc'd). */
char *short_repr(ThreadState *ts, Object *o);
/* short_repr() for built-in types; <Class #id attr=value ...> for an
 * instance of a class, whose __repr__ would run Python code (malloc'd). */
char *key_repr(ThreadState *ts, Object *o);
/* "dict #3": the type's name and the per-run id. */
void table_name(ThreadState *ts, Object *table, char *buf, size_t cap);
/* The call depth of the running frame (0 at module level). */
int walk_depth(ThreadState *ts);

#endif
