/* object.h -- the object model: one header, type objects with named slots,
 * and the rules of reference ownership that every C function follows.
 *
 * Lesson 6 (memory) starts here; every other lesson stands on it.
 *
 * How objects work
 * ================
 * Every value is a pointer to a heap object (there are no tagged ints: `is`
 * and sys.getrefcount must behave as CPython's). Each object starts with
 * OBJECT_HEAD: a reference count and a pointer to its type. The type object
 * says how large the object is and holds the *slots*: C functions for repr,
 * hash, comparison, attribute access, calling, iteration, the number and
 * container protocols. The VM never asks "what kind of object is this?"; it
 * calls a slot, and the type answers.
 *
 * Reference counts
 * ----------------
 * The count is the number of places that hold the pointer: a variable, a list
 * slot, the value stack, a C local. When it drops to zero, the object is freed
 * at once by its type's dealloc slot, which first releases everything the
 * object itself refers to. That is how most memory is reclaimed: immediately,
 * deterministically, with no pause. Objects that refer to each other in a
 * cycle never reach zero; the cycle collector (runtime/gc.c) finds them. To
 * let it, every type that can hold references (list, dict, tuple, instance,
 * function, cell, ...) sets TYPE_FLAG_GC: such objects carry a GCHead just
 * *before* their OBJECT_HEAD (AS_GC / FROM_GC convert) and supply `traverse`
 * (visit each reference) and `clear` (drop them, to break a cycle). A type
 * whose objects have last words (__del__, a generator's close()) supplies
 * `finalize` too; both ways of dying run it through obj_call_finalizer().
 *
 * Who owns a reference: the naming rules
 * --------------------------------------
 * 1. A function that returns `Object *` returns a NEW reference: the caller
 *    owns it and must DECREF it (or hand it on) -- unless the function's name
 *    ends in `_borrowed`, in which case the caller gets a pointer it must not
 *    DECREF, valid only while the container it came from keeps it.
 * 2. Every `Object *` argument is BORROWED: the callee INCREFs if it keeps
 *    it -- unless the function's name ends in `_steal`, in which case the
 *    callee takes over the caller's reference (list_append_steal).
 * 3. To overwrite a slot, store the new value first and DECREF the old one
 *    afterwards (the old object's dealloc may run arbitrary code that looks
 *    at the slot).
 * 4. Errors are return values: NULL (or -1 for int results) with the
 *    exception set on the ThreadState (runtime/exceptions.h). No longjmp:
 *    it would skip the DECREFs of every C frame in between.
 * 5. Every C path that calls back into Python code (including via DECREF)
 *    re-reads what that code could have changed. See below.
 *
 * Python code runs in the middle of C code
 * ----------------------------------------
 * A C function that calls back into Python code cannot trust anything it
 * read before the call. The callbacks are more than they seem: __index__
 * (a slice bound, list.pop's argument), __eq__ and __lt__ (`in`, index(),
 * remove(), count(), ==, every dict and set search, sorting, min/max),
 * __hash__, __len__, __iter__ and __next__ (extending from a generator),
 * key functions -- and every DECREF, because the object it frees may have
 * a __del__. (Allocating is not a callback: the collector, which runs
 * finalizers, starts only at the eval breaker, as does a GIL hand-off.)
 * That code can clear, grow, shrink or rebuild the very container the C
 * code is working on, so a length, an item pointer, an index or a table
 * pointer read before the call may be stale after it. The idioms:
 *   - Convert the arguments first, read the container after: a slice is
 *     unpacked (slice_unpack() runs __index__) before the list's length
 *     is read for slice_adjust(); list.pop(i) converts i, then looks.
 *   - Loop on the live length (i < LIST_SIZE(l) in the loop test, not a
 *     copy taken before it) and read the item again after each call.
 *   - Hold what you hand over: INCREF an item, key, value, callable or
 *     sentinel before passing it to Python code and DECREF it afterwards;
 *     the container may drop its own reference meanwhile.
 *   - Check, then start over or raise CPython's error: a hash-table search
 *     whose __eq__ changed the table starts again; list.sort() marks the
 *     list (cap = -1) and raises "list modified during sort"; iterators
 *     raise "dictionary changed size during iteration" and "Set changed
 *     size during iteration"; a dict merge raises "dict mutated during
 *     update".
 *   - Make the new items before touching the container: a slice
 *     assignment turns the value into a list first (its __iter__ runs),
 *     then clamps the bounds to the container as that left it.
 *   - Finish, then release (rule 3 for many slots): complete every store
 *     and the new size, then DECREF the old items from a private array
 *     (list_replace_range()'s recycle[]), in CPython's order, which
 *     programs can see through __del__.
 * tests/py/hostile/mutate_*.py try each path with Python code that
 * clears, grows, shrinks or replaces the container it is being used on.
 *
 * Debug builds (MINIPY_DEBUG_REFS) count live objects in the interpreter;
 * the tests check that the count returns to its baseline.
 */
#ifndef MINIPY_OBJECT_H
#define MINIPY_OBJECT_H

#include "common.h"

typedef struct TypeObject TypeObject;
typedef struct Interp Interp;
typedef struct ThreadState ThreadState;

typedef struct Object {
    intptr_t refcnt;
    TypeObject *type;
} Object;

#define OBJECT_HEAD Object head

/* The collector's link, placed in front of every container object. */
typedef struct GCHead {
    struct GCHead *next, *prev;   /* generation list; next == NULL: untracked */
    intptr_t gc_refs;             /* the collector's working count */
    intptr_t gc_flags;            /* GC_FINALIZED: its finalizer already ran (PEP 442) */
} GCHead;

#define GC_FINALIZED 1
#define GC_HAS_WEAKREFS 2     /* runtime/weakref.c's table lists weak references to it */

#define AS_OBJ(o) ((Object *)(o))
#define AS_GC(o) ((GCHead *)(o) - 1)
#define FROM_GC(g) ((Object *)((GCHead *)(g) + 1))
#define TYPE(o) (AS_OBJ(o)->type)

/* Does [o] carry a GCHead? Instances of container types do -- except the
 * type objects of built-in types, which are static (only classes made at
 * run time are allocated with a collector header). */
struct TypeObject;
static inline bool obj_is_gc(Object *o);

/* Statically allocated objects (None, True, small ints, built-in types) start
 * with this count so that they are never freed; their counts still move. */
#define IMMORTAL_REFCNT ((intptr_t)1 << 40)

void obj_dealloc(Object *o);

#define INCREF(o) ((void)(AS_OBJ(o)->refcnt++))
#define DECREF(o)                                             \
    do {                                                      \
        Object *dec_o_ = AS_OBJ(o);                           \
        if (--dec_o_->refcnt == 0) obj_dealloc(dec_o_);       \
    } while (0)
#define XINCREF(o) do { if ((o) != NULL) INCREF(o); } while (0)
#define XDECREF(o) do { if ((o) != NULL) DECREF(o); } while (0)
/* Drop the reference held in variable [v] and set it to NULL (the variable
 * is cleared first, as rule 3 asks). */
#define CLEAR(v)                                              \
    do {                                                      \
        Object *clr_tmp_ = AS_OBJ(v);                         \
        if (clr_tmp_ != NULL) { (v) = NULL; DECREF(clr_tmp_); } \
    } while (0)
/* Replace the reference in [dst] by [src] (a reference the caller gives up). */
#define SETREF(dst, src)                                      \
    do {                                                      \
        Object *set_old_ = AS_OBJ(dst);                       \
        (dst) = (src);                                        \
        XDECREF(set_old_);                                    \
    } while (0)

static inline Object *NEWREF(Object *o) { INCREF(o); return o; }
static inline Object *XNEWREF(Object *o) { if (o) INCREF(o); return o; }

/* ---- slot signatures ------------------------------------------------- */

typedef enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CompareOp;

/* Binary operators, numbered as CPython 3.11's BINARY_OP argument (so that
 * `--dis` shows the same numbers); INPLACE = op + NB_INPLACE. */
typedef enum {
    NB_ADD, NB_AND, NB_FLOORDIV, NB_LSHIFT, NB_MATMUL, NB_MUL, NB_MOD,
    NB_OR, NB_POW, NB_RSHIFT, NB_SUB, NB_TRUEDIV, NB_XOR,
    NB_COUNT,
    NB_INPLACE = NB_COUNT
} NbOp;

typedef void (*DeallocFunc)(Object *self);
typedef Object *(*UnaryFunc)(ThreadState *ts, Object *self);
typedef Object *(*BinaryFunc)(ThreadState *ts, Object *a, Object *b);
typedef int64_t (*HashFunc)(ThreadState *ts, Object *self);          /* -1: error */
typedef Object *(*RichCmpFunc)(ThreadState *ts, Object *a, Object *b, CompareOp op);
typedef Object *(*GetAttrFunc)(ThreadState *ts, Object *self, Object *name);
/* [value] NULL means delete. */
typedef int (*SetAttrFunc)(ThreadState *ts, Object *self, Object *name, Object *value);
/* The one calling convention (CPython's "vectorcall"): [nargs] positional
 * arguments in args[0..nargs-1], then one value per name in the tuple
 * [kwnames] (NULL when there are no keyword arguments). */
typedef Object *(*CallFunc)(ThreadState *ts, Object *callable, Object *const *args,
                            size_t nargs, Object *kwnames);
typedef int (*VisitFunc)(Object *o, void *arg);
typedef int (*TraverseFunc)(Object *self, VisitFunc visit, void *arg);
typedef int (*ClearFunc)(Object *self);
/* A finalizer: [self]'s last words before it dies (__del__, a suspended
 * generator's close()). Only obj_call_finalizer() calls it. Returns 0, or
 * -1 with an exception set and *[where] a new reference to what "Exception
 * ignored in: ..." names (NULL: "<object>"). */
typedef int (*FinalizeFunc)(ThreadState *ts, Object *self, Object **where);
typedef int (*BoolFunc)(ThreadState *ts, Object *self);              /* 1, 0, -1 */
typedef ssize_t (*LenFunc)(ThreadState *ts, Object *self);           /* -1: error */
typedef int (*SetItemFunc)(ThreadState *ts, Object *self, Object *key, Object *value);
typedef int (*ContainsFunc)(ThreadState *ts, Object *self, Object *item); /* 1, 0, -1 */
/* Descriptor protocol: [obj] NULL means looked up on the class itself. */
typedef Object *(*DescrGetFunc)(ThreadState *ts, Object *descr, Object *obj, Object *type);
typedef int (*DescrSetFunc)(ThreadState *ts, Object *descr, Object *obj, Object *value);
typedef Object *(*NewFunc)(ThreadState *ts, TypeObject *type, Object *const *args,
                           size_t nargs, Object *kwnames);
typedef int (*InitFunc)(ThreadState *ts, Object *self, Object *const *args,
                        size_t nargs, Object *kwnames);

/* A built-in method or function: the same convention as CallFunc, with
 * [self] the bound object (the module for module-level functions). */
typedef Object *(*CFunction)(ThreadState *ts, Object *self, Object *const *args,
                             size_t nargs, Object *kwnames);
/* Defines (or declares) a CFunction, so that every one has the same
 * parameter names; its arguments are bound by runtime/args.h:
 *     static CFUNC(list_m_append) { ... }
 *     {"append", list_m_append, 0, "Append object to the end of the list."}, */
#define CFUNC(name) \
    Object *name(ThreadState *ts, Object *self, Object *const *args, size_t nargs, Object *kwnames)

enum {
    METH_KEYWORDS = 1 << 0,   /* accepts keyword arguments (else: TypeError) */
    METH_STATIC = 1 << 1,     /* staticmethod in a type's dict */
    METH_CLASS = 1 << 2,      /* classmethod: self is the type */
};

typedef struct MethodDef {
    const char *name;
    CFunction fn;
    int flags;
    const char *doc;
} MethodDef;

typedef Object *(*GetterFunc)(ThreadState *ts, Object *self);
typedef int (*SetterFunc)(ThreadState *ts, Object *self, Object *value); /* NULL: delete */
/* Define a GetterFunc and a SetterFunc: static GETTER(func_get_name) { ... } */
#define GETTER(name) Object *name(ThreadState *ts, Object *self)
#define SETTER(name) int name(ThreadState *ts, Object *self, Object *value)

typedef struct GetSetDef {
    const char *name;
    GetterFunc get;
    SetterFunc set;           /* NULL: read-only attribute */
    const char *doc;
} GetSetDef;

/* ---- type objects ---------------------------------------------------- */

enum {
    TYPE_FLAG_GC = 1u << 0,          /* instances carry a GCHead, traverse, clear */
    TYPE_FLAG_HEAP = 1u << 1,        /* created by a class statement */
    TYPE_FLAG_BASETYPE = 1u << 2,    /* may be subclassed */
    TYPE_FLAG_READY = 1u << 3,       /* type_ready() has run */
    TYPE_FLAG_ABSTRACT_HASH = 1u << 4,
    TYPE_FLAG_NEW_INHERITED = 1u << 5, /* new_ was copied from the base by type_ready() */
    TYPE_FLAG_ABSTRACT = 1u << 6,    /* has a non-empty __abstractmethods__: cannot be instantiated */
    /* Fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS. */
    TYPE_FLAG_INT_SUBCLASS = 1u << 8,
    TYPE_FLAG_STR_SUBCLASS = 1u << 9,
    TYPE_FLAG_TUPLE_SUBCLASS = 1u << 10,
    TYPE_FLAG_LIST_SUBCLASS = 1u << 11,
    TYPE_FLAG_DICT_SUBCLASS = 1u << 12,
    TYPE_FLAG_TYPE_SUBCLASS = 1u << 13,
    TYPE_FLAG_EXC_SUBCLASS = 1u << 14,
    /* The match statement (vm/match.c), as CPython's Py_TPFLAGS_SEQUENCE,
     * _MAPPING and _Py_TPFLAGS_MATCH_SELF: a sequence pattern may unpack an
     * instance, a mapping pattern look into one; a class pattern `int(x)`
     * matches x against the instance itself. Inherited by subclasses;
     * ABCMeta.register() sets the first two on a registered class
     * (type_set_collection_flag). */
    TYPE_FLAG_SEQUENCE = 1u << 15,
    TYPE_FLAG_MAPPING = 1u << 16,
    TYPE_FLAG_MATCH_SELF = 1u << 17,
};

struct TypeObject {
    OBJECT_HEAD;
    const char *name;             /* "int"; for a class, its __name__ */
    size_t basicsize;             /* bytes of an instance (without GCHead) */
    size_t itemsize;              /* per item for variable-size objects */
    uint32_t flags;
    TypeObject *base;             /* single base for layout (object's is NULL) */
    Object *bases;                /* tuple of the declared bases */
    Object *mro;                  /* tuple: method resolution order (C3) */
    Object *dict;                 /* attributes: methods, descriptors, ... */
    ssize_t dictoffset;           /* where an instance keeps its __dict__ (0: none) */
    const char *doc;

    DeallocFunc dealloc;
    UnaryFunc repr, str;
    HashFunc hash;
    RichCmpFunc richcompare;
    GetAttrFunc getattr;
    SetAttrFunc setattr;
    CallFunc call;
    UnaryFunc iter, next;         /* next: NULL without an exception = exhausted */
    TraverseFunc traverse;
    ClearFunc clear;
    FinalizeFunc finalize;        /* PEP 442, containers only: see obj_call_finalizer */
    DescrGetFunc descr_get;
    DescrSetFunc descr_set;
    NewFunc new_;
    InitFunc init;

    /* numbers: each binop slot is tried with the operands in both roles,
     * returning NotImplemented when it cannot handle them */
    BinaryFunc binop[NB_COUNT];
    BinaryFunc inplace[NB_COUNT]; /* in-place forms (list +=, set |=) */
    UnaryFunc neg, pos, invert, abs;
    BoolFunc bool_;
    UnaryFunc index;              /* __index__: exact int for slicing, range, hex */
    UnaryFunc to_int, to_float;   /* int(x), float(x) */

    /* containers */
    LenFunc len;
    BinaryFunc getitem;
    SetItemFunc setitem;          /* value NULL: delete */
    ContainsFunc contains;

    const MethodDef *methods;
    const GetSetDef *getset;
};

static inline bool obj_is_gc(Object *o) {
    TypeObject *t = o->type;
    if (!(t->flags & TYPE_FLAG_GC)) return false;
    if (t->flags & TYPE_FLAG_TYPE_SUBCLASS) return (((TypeObject *)o)->flags & TYPE_FLAG_HEAP) != 0;
    return true;
}

/* A class created at run time: a TypeObject plus what it owns. */
typedef struct HeapTypeObject {
    TypeObject type;
    Object *name;                 /* str; type.name points into it */
    Object *qualname;             /* str */
    /* A class with this one in its MRO was made (it may be gone since):
     * class_update_slots() then looks for the live ones, to refresh the
     * slots they copied when one of this class's special methods changes.
     * A base holds no reference to its subclasses (CPython's holds weak
     * ones), so a class made in a function dies with its last user. */
    bool had_subclasses;
    uint64_t serial;              /* the how-manyth class made: __subclasses__() lists in this order */
    size_t slots_offset;          /* __slots__: where this class's own slots start in the layout */
    size_t nslots;                /* ... and how many (runtime/slots.c) */
} HeapTypeObject;

/* ---- allocation ------------------------------------------------------ */

/* A new object of [type] with [size] bytes (>= sizeof(Object)), refcnt 1.
 * Containers (TYPE_FLAG_GC) get their GCHead but are NOT tracked yet: call
 * gc_track() once every field is initialised. NULL + MemoryError on failure. */
Object *obj_alloc(ThreadState *ts, TypeObject *type, size_t size);
/* obj_alloc() that raises nothing: NULL when there is no memory, with the
 * exception being raised (if any) left as it was. For what the error path
 * itself needs: a traceback entry, a frame object. */
Object *obj_alloc_quiet(ThreadState *ts, TypeObject *type, size_t size);
/* obj_alloc() into [block], memory the caller obtained for an object of
 * [type] and [size] (with room for the GCHead of a container). */
Object *obj_alloc_in(ThreadState *ts, TypeObject *type, size_t size, void *block);
/* Release the memory of [o] (its fields already released). Every dealloc
 * slot ends with this. */
void obj_free(Object *o);
/* obj_free() that keeps the memory: the block (GCHead included) for the
 * caller to reuse with obj_alloc_in() or to give back with mem_free(). */
void *obj_free_keep(Object *o);

/* ---- finalizers (PEP 442; runtime/object.c) ---------------------------- */

/* Does [o] (a container) have a finalize slot that has not run yet? */
static inline bool obj_needs_finalizer(Object *o) {
    return o->type->finalize && !(AS_GC(o)->gc_flags & GC_FINALIZED);
}
/* Run [o]'s finalizer if it needs to: once per object, ever. The exception
 * being raised, if any, is set aside meanwhile; one the finalizer raises
 * cannot propagate and is reported as CPython reports it ("Exception
 * ignored in: ..."). The collector calls this for an object in a cycle. */
void obj_call_finalizer(ThreadState *ts, Object *o);
/* The same from a dealloc slot, for [o] (count zero, untracked) whose count
 * reached zero: o lives (count 1) while its finalizer runs. True if the
 * finalizer resurrected it (stored a reference somewhere): it is tracked
 * again and the dealloc must stop there. */
bool obj_call_finalizer_from_dealloc(Object *o);

/* ---- the abstract protocols (runtime/object.c, runtime/ops.c) -------- */

Object *obj_repr(ThreadState *ts, Object *o);
Object *obj_str(ThreadState *ts, Object *o);
int64_t obj_hash(ThreadState *ts, Object *o);
Object *obj_richcompare(ThreadState *ts, Object *a, Object *b, CompareOp op);
/* 1, 0, or -1 on error. Identity implies equality for EQ/NE, as CPython's
 * PyObject_RichCompareBool (so `nan in [nan]` is True). */
int obj_richcompare_bool(ThreadState *ts, Object *a, Object *b, CompareOp op);
int obj_is_true(ThreadState *ts, Object *o);
Object *obj_getattr(ThreadState *ts, Object *o, Object *name);
Object *obj_getattr_cstr(ThreadState *ts, Object *o, const char *name);
/* As obj_getattr, but a missing attribute returns NULL with no exception. */
Object *obj_lookup_attr(ThreadState *ts, Object *o, Object *name);
int obj_setattr(ThreadState *ts, Object *o, Object *name, Object *value);
Object *obj_call(ThreadState *ts, Object *callable, Object *const *args,
                 size_t nargs, Object *kwnames);
Object *obj_call0(ThreadState *ts, Object *callable);
Object *obj_call1(ThreadState *ts, Object *callable, Object *arg);
Object *obj_call2(ThreadState *ts, Object *callable, Object *a, Object *b);
/* Call with a tuple of positional arguments and a dict of keywords (either may be NULL). */
Object *obj_call_tuple_dict(ThreadState *ts, Object *callable, Object *args, Object *kwargs);
/* o.name(args...) */
Object *obj_call_method(ThreadState *ts, Object *o, Object *name,
                        Object *const *args, size_t nargs);
Object *obj_getitem(ThreadState *ts, Object *o, Object *key);
int obj_setitem(ThreadState *ts, Object *o, Object *key, Object *value);
int obj_delitem(ThreadState *ts, Object *o, Object *key);
ssize_t obj_len(ThreadState *ts, Object *o);
/* How many items iterating [o] will give, as CPython's
 * PyObject_LengthHint: len(o), else o.__length_hint__(), else [dflt];
 * -1 with an exception (a hint that is no int, or negative). list() and
 * tuple() make room for that many at once, so list(range(2**62)) is a
 * MemoryError at once, not an hour of appending. */
ssize_t obj_length_hint(ThreadState *ts, Object *o, ssize_t dflt);
Object *obj_iter(ThreadState *ts, Object *o);
/* Next item, or NULL: with an exception set on error, without at the end. */
Object *obj_next(ThreadState *ts, Object *iter);
int obj_contains(ThreadState *ts, Object *container, Object *item);

Object *obj_binop(ThreadState *ts, NbOp op, Object *a, Object *b);
Object *obj_inplace_binop(ThreadState *ts, NbOp op, Object *a, Object *b);
/* format(o, spec): type(o).__format__(o, spec); [spec] is a str. */
Object *obj_format(ThreadState *ts, Object *o, Object *spec);
Object *obj_neg(ThreadState *ts, Object *o);
Object *obj_pos(ThreadState *ts, Object *o);
Object *obj_invert(ThreadState *ts, Object *o);
Object *obj_abs(ThreadState *ts, Object *o);
/* o.__index__(): an exact int, or TypeError "'X' object cannot be
 * interpreted as an integer". */
Object *obj_index(ThreadState *ts, Object *o);
/* obj_index() for a subscript: an int that fits an index (new reference),
 * or NULL with IndexError "cannot fit 'T' into an index-sized integer"
 * naming [o]'s own type, as CPython's messages do. */
Object *obj_index_for_subscript(ThreadState *ts, Object *o);
/* Convert with __index__ to a C ssize_t; OverflowError beyond its range
 * ("cannot fit 'int' into an index-sized integer" when [overflow_msg] is NULL). */
ssize_t obj_as_ssize(ThreadState *ts, Object *o, const char *overflow_msg);
const char *nb_op_symbol(NbOp op);        /* "+", "//", "+=", ... */

/* isinstance / issubclass with C3 MROs. */
bool type_is_subtype(TypeObject *a, TypeObject *b);
static inline bool obj_is_type_exact(Object *o, TypeObject *t) { return o->type == t; }
static inline bool obj_type_check(Object *o, TypeObject *t) {
    return o->type == t || type_is_subtype(o->type, t);
}
int obj_isinstance(ThreadState *ts, Object *o, Object *cls);   /* 1, 0, -1 */
int obj_issubclass(ThreadState *ts, Object *derived, Object *cls);

/* The attribute machinery shared by most types: descriptors in the type's
 * MRO, then the instance __dict__. */
Object *obj_generic_getattr(ThreadState *ts, Object *o, Object *name);
int obj_generic_setattr(ThreadState *ts, Object *o, Object *name, Object *value);
/* The end of obj_generic_setattr: [o].[name] = [value] (borrowed) in the
 * __dict__ at [dictptr], made first if [o] has none yet (STORE_ATTR_WITH_DICT
 * calls it once its guard has ruled out a data descriptor). 0, or -1 with
 * the error set. */
int obj_dict_store(ThreadState *ts, Object *o, Object **dictptr, Object *name, Object *value);
/* Address of the instance dict slot of [o], or NULL if its type has none. */
Object **obj_dict_ptr(Object *o);
/* For an instance of a class over a built-in of variable size (str, tuple,
 * bytes): where what the classes add (slots, the dict) starts, after the
 * items (runtime/slots.c). */
char *obj_trailer(Object *o);
/* The bytes to allocate for an instance of [type] whose built-in base
 * holds [var_bytes] bytes of items beyond its basicsize. */
size_t obj_var_alloc_size(TypeObject *type, size_t var_bytes);

/* Guard repr() of containers against cycles: 1 if [o] is already being
 * printed (print "..." instead), 0 if entered (call repr_leave), -1 error. */
int repr_enter(ThreadState *ts, Object *o);
void repr_leave(ThreadState *ts, Object *o);

/* Hash slot for unhashable types: TypeError "unhashable type: 'list'". */
int64_t obj_hash_unhashable(ThreadState *ts, Object *o);
/* Identity hash (the default for object and classes). */
int64_t obj_hash_identity(ThreadState *ts, Object *o);

/* ---- singletons and the basic types ---------------------------------- */

extern TypeObject TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType;
extern Object NoneStruct, NotImplementedStruct, EllipsisStruct;
#define None (&NoneStruct)
#define NotImplemented (&NotImplementedStruct)
#define Ellipsis (&EllipsisStruct)

static inline Object *none_new(void) { INCREF(None); return None; }

/* Make a static type usable: fill its dict from methods/getset, compute its
 * MRO and inherit slots from its base. Called for every built-in type at
 * interpreter start. Returns -1 with an exception on failure. */
int type_ready(ThreadState *ts, TypeObject *type);
/* Look [name] (an interned str) up along the MRO of [type]: borrowed or NULL. */
Object *type_lookup_borrowed(TypeObject *type, Object *name);
/* The attribute cache of type_lookup_borrowed is valid for one epoch: it
 * is bumped when a class's namespace changes or a class goes, and when an
 * interpreter starts or ends (a process may run several in turn). */
extern uint64_t type_epoch;
/* The qualified name for messages: "int", "MyClass". */
static inline const char *type_name(TypeObject *t) { return t->name; }
#define TYPE_NAME(o) (TYPE(o)->name)

#endif
