/* str_methods.c -- the methods of str: split, join, strip, find, format, ...
 *
 * Kept apart from str.c (the type itself: storage, hashing, indexing) so
 * that each file stays about one thing.
 */
#include <string.h>

#include "str.h"
#include "interp.h"
#include "exceptions.h"
#include "int.h"
#include "tuple.h"
#include "list.h"
#include "func.h"
#include "format.h"

#define METHOD(name) static Object *name(ThreadState *ts, Object *self, Object *const *args, \
                                         size_t nargs, Object *kwnames)

METHOD(str_join) {
    if (args_count(ts, "join", nargs, 1, 1) < 0) return NULL;
    Object *seq = list_from_iterable(ts, args[0]);
    if (!seq) return NULL;
    StrBuf buf;
    strbuf_init(&buf);
    for (size_t i = 0; i < LIST_SIZE(seq); i++) {
        Object *item = LIST_GET(seq, i);
        if (!str_check(item)) {
            strbuf_free(&buf);
            DECREF(seq);
            return err_format(ts, &ExcTypeError, "sequence item %zu: expected str instance, %s found",
                              i, TYPE_NAME(item));
        }
        if (i) strbuf_append(&buf, STR_DATA(self), STR_SIZE(self));
        strbuf_append(&buf, STR_DATA(item), STR_SIZE(item));
    }
    DECREF(seq);
    return str_from_strbuf(ts, &buf);
}

METHOD(str_format_method) {
    if (args_count(ts, "__format__", nargs, 1, 1) < 0) return NULL;
    if (!str_check(args[0]))
        return err_format(ts, &ExcTypeError, "__format__() argument must be str, not %s", TYPE_NAME(args[0]));
    return format_str(ts, self, args[0]);
}

const MethodDef str_methods[] = {
    {"join", str_join, 0, "Concatenate any number of strings."},
    {"__format__", str_format_method, 0, NULL},
    {NULL},
};
