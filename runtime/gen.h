/* gen.h -- generators: functions whose frame outlives a call.
 *
 * Lesson 7 (concurrency) uses generators as the simplest coroutines: a
 * generator's frame lives inside the generator object, and each next()
 * resumes it exactly where its last `yield` left it.
 */
#ifndef MINIPY_GEN_H
#define MINIPY_GEN_H

#include "object.h"
#include "frame.h"

typedef struct GenObject {
    OBJECT_HEAD;
    Frame *frame;             /* on the heap; NULL once finished */
    Object *name, *qualname;
    Object *exc_state;        /* the exception being handled inside it, or NULL */
    bool running;
    bool started;
} GenObject;

extern TypeObject GenType;

typedef enum { GEN_YIELD, GEN_RETURN, GEN_ERROR } GenResult;

/* A generator around [frame] (taken over), created when a generator
 * function is called. */
Object *gen_new(ThreadState *ts, Frame *frame, Object *name, Object *qualname);
/* Resume [gen] sending [value] (None for next()). *result receives what it
 * yielded (GEN_YIELD) or returned (GEN_RETURN); GEN_ERROR: an exception is set. */
GenResult gen_send(ThreadState *ts, Object *gen, Object *value, Object **result);

#endif
