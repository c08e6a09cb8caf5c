/* dynlib.h -- a shared library opened when a module first needs it, not
 * when minipy starts (issue 18: start-up time and memory).
 *
 * Linked in, a library is mapped and relocated on every run, even a run
 * that never imports the module it serves: libcrypto alone costs an empty
 * program 1.6 MB of resident memory. Opened by dlopen() at the module's
 * first import, only the programs that use it pay.
 */
#ifndef MINIPY_DYNLIB_H
#define MINIPY_DYNLIB_H

#include <stdbool.h>
#include <stddef.h>

struct ThreadState;

/* A library and the functions wanted from it: [names] (NULL-terminated)
 * are looked up into [slots], in order. */
typedef struct DynLib {
    const char *soname;          /* "libcrypto.so.3" */
    const char *module;          /* the module that needs it, for the message */
    const char *const *names;
    void **slots;
    int state;                   /* 0 not tried, 1 loaded, -1 failed */
} DynLib;

/* Open [lib] and fill its slots, once per process: 0, or -1 with
 * ImportError "_hashlib needs libcrypto.so.3: <the loader's reason>". */
int dynlib_load(struct ThreadState *ts, DynLib *lib);
/* The same without an exception, for a caller that does without the
 * library (the prompt reads plain lines without libedit): true if loaded. */
bool dynlib_open(DynLib *lib);

#endif
