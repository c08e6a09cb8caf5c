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
/* importlib.reload: find [module] again and run its code in its namespace;
 * new reference to what sys.modules then holds. */
Object *imp_reload(ThreadState *ts, Object *module);
/* sys.builtin_module_names: a new tuple, sorted. */
Object *imp_builtin_module_names(ThreadState *ts);
/* --trace=import: the importer's name [name] was bound to [value], the
 * result of an import (the VM's store after IMPORT_NAME/IMPORT_FROM). */
void imp_report_bind(ThreadState *ts, Object *name, Object *value);

#endif
