/* weakref.h -- weak references (weakref.ref) and the per-object lists of
 * them; runtime/weakref.c has the design. */
#ifndef MINIPY_WEAKREF_H
#define MINIPY_WEAKREF_H

#include "object.h"

typedef struct WeakrefObject {
    OBJECT_HEAD;
    Object *object;                   /* borrowed; NULL once cleared (dead) */
    Object *callback;                 /* NULL: none */
    int64_t hash;                     /* -1: not computed yet */
    struct WeakrefObject *prev, *next; /* the referent's list */
} WeakrefObject;

extern TypeObject WeakrefType;

static inline bool weakref_check(Object *o) {
    return TYPE(o) == &WeakrefType || type_is_subtype(TYPE(o), &WeakrefType);
}

/* The first weak reference to [o] (follow ->next), or NULL. */
WeakrefObject *weakref_list_borrowed(Interp *interp, Object *o);
/* Clear [wr] (it no longer refers to anything) without calling or
 * dropping its callback: the collector's first step for the weak
 * references to garbage (runtime/gc.c: handle_weakrefs). */
void weakref_clear_keep_callback(ThreadState *ts, WeakrefObject *wr);
/* [o] is dying (its count reached zero, it is untracked): clear every weak
 * reference to it, then call their callbacks, in CPython's order. The
 * exception being raised, if any, is kept; one a callback raises is
 * reported as unraisable. */
void weakref_clear_dying(ThreadState *ts, Object *o);
/* Call [wr]'s callback with it (if any), reporting a failure as
 * unraisable ("Exception ignored in: <callback>"). */
void weakref_call_callback(ThreadState *ts, WeakrefObject *wr, Object *callback);
/* Teardown: free the table (empty by then). */
void weakref_fini(Interp *interp);

/* Do instances of [t] accept weak references (CPython: does the type have
 * a weak reference list)? A class's do unless __slots__ along its chain
 * leave "__weakref__" out. */
bool weakref_type_allows(TypeObject *t);
/* The __weakref__ attribute of instances (runtime/class.c puts it on a
 * class that allows weak references where its base does not). */
extern const GetSetDef weakref_attr_getset[];

Object *mod_weakref_create(ThreadState *ts);

#endif
