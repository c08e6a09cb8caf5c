/* structseq.h -- named tuples made in C: sys.version_info, sys.flags.
 *
 * A struct sequence is a tuple whose items also have names, as CPython's
 * Objects/structseq.c makes them: `sys.version_info.major` is
 * `sys.version_info[0]`, and it compares, hashes and unpacks as the tuple
 * it is. Python code makes its own with collections.namedtuple.
 */
#ifndef MINIPY_STRUCTSEQ_H
#define MINIPY_STRUCTSEQ_H

#include "object.h"

/* A struct sequence type: a static TypeObject that STRUCTSEQ_TYPE fills in
 * (a subtype of tuple), and its field names. */
typedef struct StructSeqType {
    TypeObject type;
    const char *const *fields;    /* the names, then NULL */
    size_t n_in_sequence;         /* how many of them are items; 0: all */
} StructSeqType;

Object *structseq_repr(ThreadState *ts, Object *self);
void structseq_dealloc(Object *self);
int structseq_traverse(Object *self, VisitFunc visit, void *arg);
Object *structseq_getattr(ThreadState *ts, Object *self, Object *name);
int structseq_setattr(ThreadState *ts, Object *self, Object *name, Object *value);
Object *structseq_refuse_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                             Object *kwnames);
/* T(sequence, dict=None), as CPython's structseq_new: the items from the
 * sequence (at least the visible ones, at most all), the hidden fields
 * missing from it taken from [dict] by name, else None. A type that may
 * be made from Python (time.struct_time) sets .new_ to this. */
Object *structseq_new_from_sequence(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs,
                                    Object *kwnames);
CFUNC(structseq_reduce);
extern const MethodDef structseq_methods[];

/* A struct sequence type [cname] named [pyname] ("sys.flags": module, then
 * name), with the NULL-terminated name list [fieldnames]. List it in
 * runtime/interp.c's static_types so that it is readied. */
#define STRUCTSEQ_TYPE(cname, pyname, docstr, fieldnames)                      \
    STRUCTSEQ_TYPE_HIDDEN(cname, pyname, docstr, fieldnames, 0)

/* The same with only the first [n_items] fields as items (len(), indexing,
 * iteration, repr); the others are attributes only. A hidden field may
 * repeat an item's name, and the attribute is then the hidden field
 * (os.stat_result: st_mtime is an int item and a float attribute). */
#define STRUCTSEQ_TYPE_HIDDEN(cname, pyname, docstr, fieldnames, n_items)        \
    StructSeqType cname = {                                                    \
        .type = {                                                              \
            .head = {IMMORTAL_REFCNT, &TypeType},                              \
            .name = pyname,                                                    \
            .doc = docstr,                                                     \
            .base = &TupleType,                                                \
            .flags = TYPE_FLAG_GC | TYPE_FLAG_TUPLE_SUBCLASS,                  \
            .repr = structseq_repr,                                            \
            .getattr = structseq_getattr,                                      \
            .setattr = structseq_setattr,                                      \
            .new_ = structseq_refuse_new,                                      \
            .methods = structseq_methods,                                      \
            .dealloc = structseq_dealloc,                                      \
            .traverse = structseq_traverse,                                    \
        },                                                                     \
        .fields = fieldnames,                                                  \
        .n_in_sequence = n_items,                                              \
    }

/* A new instance of [type] holding [values] (one per field, hidden ones
 * included; borrowed). */
Object *structseq_new(ThreadState *ts, StructSeqType *type, Object *const *values);

#endif
