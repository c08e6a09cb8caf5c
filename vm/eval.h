/* eval.h -- the narrow door from the runtime into the VM: running code.
 *
 * Lesson 2 (the pipeline): everything ends here, in the loop that executes
 * bytecode. The runtime calls these to run a Python function from C (sorted's
 * key, a __repr__ written in Python, a class body), and a generator to resume
 * its frame. They are the only part of vm/ that runtime/ may use (with
 * vm/run.h): opcodes stay behind this door.
 */
#ifndef MINIPY_EVAL_H
#define MINIPY_EVAL_H

#include "runtime/object.h"
#include "runtime/func.h"

struct CodeObject;
struct Frame;

/* Call a Python function with vectorcall arguments (see runtime/object.h). */
Object *eval_call_function(ThreadState *ts, FunctionObject *func, Object *const *args,
                           size_t nargs, Object *kwnames);
/* Run a code object that has no arguments (a module or a class body) with
 * [globals] and [locals] (the same dict for a module), the cells of
 * [closure] (tuple or NULL). Returns its return value. */
Object *eval_code(ThreadState *ts, struct CodeObject *code, Object *globals, Object *locals,
                  Object *closure);

/* ---- for generators (runtime/gen.c), which know no opcodes ---- */

/* Run the entry frame [f] to its return or its next yield; [throwflag]:
 * resume it with the exception already set on the thread state
 * (generator.throw). */
Object *eval_frame(ThreadState *ts, struct Frame *f, bool throwflag);
/* The iterator the suspended frame [f] is delegating to in a `yield from`
 * (borrowed), or NULL if it stopped at a plain yield. */
Object *eval_yield_from_borrowed(struct Frame *f);
/* [f]'s delegate has finished: drop it, and make [f] resume at the end of
 * its `yield from` loop (where the delegate's return value is sent). */
void eval_yield_from_done(struct Frame *f);

#endif
