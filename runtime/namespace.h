/* namespace.h -- types.SimpleNamespace (sys.implementation is one). */
#ifndef MINIPY_NAMESPACE_H
#define MINIPY_NAMESPACE_H

#include "object.h"

extern TypeObject NamespaceType;

/* SimpleNamespace(**kw): one attribute per name of the tuple [names], with
 * the values [values] (borrowed). */
Object *namespace_new(ThreadState *ts, Object *const *values, Object *names);

#endif
