/* import.h -- the import system: sys.modules, sys.path, packages. */
#ifndef MINIPY_IMPORT_H
#define MINIPY_IMPORT_H

#include "interp.h"

/* __import__(name, globals, locals, fromlist, level): the top-level package
 * when [fromlist] is empty, else the module itself. */
Object *imp_import(ThreadState *ts, Object *name, Object *globals, Object *fromlist, int level);
/* `from module import name`: the attribute, or the submodule, or ImportError. */
Object *imp_import_from(ThreadState *ts, Object *module, Object *name);
/* `from module import *` into the namespace [locals]. */
int imp_import_star(ThreadState *ts, Object *module, Object *locals);

#endif
