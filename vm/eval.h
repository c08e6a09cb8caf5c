/* eval.h -- the narrow door from the runtime into the VM: running code.
 *
 * Lesson 2 (the pipeline): everything ends here, in the loop that executes
 * bytecode. The runtime calls these to run a Python function from C (sorted's
 * key, a __repr__ written in Python, a class body).
 */
#ifndef MINIPY_EVAL_H
#define MINIPY_EVAL_H

#include "runtime/object.h"
#include "runtime/func.h"

struct CodeObject;

/* Call a Python function with vectorcall arguments (see object.h). */
Object *eval_call_function(ThreadState *ts, FunctionObject *func, Object *const *args,
                           size_t nargs, Object *kwnames);
/* Run a code object that has no arguments (a module or a class body) with
 * [globals] and [locals] (the same dict for a module), the cells of
 * [closure] (tuple or NULL). Returns its return value. */
Object *eval_code(ThreadState *ts, struct CodeObject *code, Object *globals, Object *locals,
                  Object *closure);

#endif
