/* format.h -- the format-spec mini-language (format(), f-strings, __format__),
 * str.format's replacement fields and printf-style `str % args`, with
 * CPython's results and messages.
 *
 * Lesson 2 (the pipeline): an f-string compiles to FORMAT_VALUE, which calls
 * the value's __format__; for int, float and str that lands here.
 */
#ifndef MINIPY_FORMAT_H
#define MINIPY_FORMAT_H

#include "object.h"

/* format([i], [spec]) for an int or bool [i]; [spec] is a str. */
Object *format_int(ThreadState *ts, Object *i, Object *spec);
/* format([f], [spec]) for a float. */
Object *format_float(ThreadState *ts, Object *f, Object *spec);
/* format([z], [spec]) for a complex. */
Object *format_complex(ThreadState *ts, Object *z, Object *spec);
/* format([s], [spec]) for a str. */
Object *format_str(ThreadState *ts, Object *s, Object *spec);
/* str.format() and str.format_map(): expand the replacement fields of the
 * str [fmt]. With [mapping] NULL, fmt.format(*args, **kwargs) in the
 * vectorcall form: [nargs] positional arguments in [args], then one value
 * per name in the tuple [kwnames] (NULL: none). With [mapping],
 * fmt.format_map(mapping): no positional fields, names looked up with
 * mapping[name]. */
Object *format_fields(ThreadState *ts, Object *fmt, Object *const *args, size_t nargs,
                      Object *kwnames, Object *mapping);
/* ascii([o]): repr(o) with every non-ASCII code point escaped (\xe9,
 * \u20ac, \U0001f600), for ascii(), '%a' and '{!a}'. */
Object *format_ascii(ThreadState *ts, Object *o);
/* [fmt] % [args]: printf-style formatting of the str [fmt]; [args] is a
 * single value, a tuple of values, or a mapping for %(name)s. */
Object *format_percent(ThreadState *ts, Object *fmt, Object *args);

#endif
