/* dynlib.c -- open a shared library at a module's first import (see
 * dynlib.h). Imports run with the GIL held, so no two threads load a
 * library at once. The library is never closed: the functions looked up
 * stay valid for the rest of the process.
 */
#include <dlfcn.h>

#include "dynlib.h"
#include "interp.h"
#include "exceptions.h"

/* Open [lib]: NULL, or the reason it could not be opened. */
static const char *open_lib(DynLib *lib) {
    if (lib->state == 1) return NULL;
    void *handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
    const char *missing = NULL;
    for (size_t i = 0; handle && lib->names[i]; i++) {
        lib->slots[i] = dlsym(handle, lib->names[i]);
        if (!lib->slots[i]) {
            missing = lib->names[i];
            break;
        }
    }
    if (!handle || missing) {
        const char *reason = dlerror();
        lib->state = -1;
        return reason ? reason : missing ? missing : "it could not be opened";
    }
    lib->state = 1;
    return NULL;
}

int dynlib_load(ThreadState *ts, DynLib *lib) {
    const char *reason = open_lib(lib);
    if (!reason) return 0;
    err_format(ts, &ExcImportError, "%s needs %s: %s", lib->module, lib->soname, reason);
    return -1;
}

bool dynlib_open(DynLib *lib) { return open_lib(lib) == NULL; }
