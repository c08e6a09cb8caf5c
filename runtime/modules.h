/* modules.h -- the built-in modules written in C, one creator each. */
#ifndef MINIPY_MODULES_H
#define MINIPY_MODULES_H

#include "object.h"

Object *mod_math_create(ThreadState *ts);
Object *mod_cmath_create(ThreadState *ts);    /* runtime/mod_cmath.c */
Object *mod_gc_create(ThreadState *ts);
Object *mod_time_create(ThreadState *ts);
Object *mod_imp_create(ThreadState *ts);        /* runtime/import.c */
Object *mod_collections_create(ThreadState *ts);
Object *mod_random_create(ThreadState *ts);
Object *mod_posix_create(ThreadState *ts);
/* posix's process calls: fork, waitpid, kill, pipe, ... (runtime/posix_process.c). */
int posix_add_process_functions(ThreadState *ts, Object *module);
Object *mod_heapq_create(ThreadState *ts);
Object *mod_json_create(ThreadState *ts);      /* json's scanner and encoder (lib/json) */
Object *mod_select_create(ThreadState *ts);    /* select.select() on poll(2) */
Object *mod_asyncio_create(ThreadState *ts);   /* the --trace=async reports of lib/asyncio */
Object *mod_minipy_create(ThreadState *ts);    /* minipy.trace(): narrate a block (minipy only) */
Object *mod_atexit_create(ThreadState *ts);
Object *mod_warnings_create(ThreadState *ts);
Object *mod_struct_create(ThreadState *ts);     /* runtime/mod_struct.c */
Object *mod_hashlib_create(ThreadState *ts);    /* runtime/mod_hashlib.c */
Object *mod_blake2_create(ThreadState *ts);     /* runtime/mod_blake2.c */
Object *mod_binascii_create(ThreadState *ts);   /* runtime/mod_binascii.c */
Object *mod_re_create(ThreadState *ts);         /* PCRE2 under lib/re (runtime/mod_re.c) */
/* warnings.warn(): [message] (a str or a Warning) of [category] (a Warning
 * subclass), blamed on the Python frame [stacklevel] calls up (1: the one
 * running), filtered, recorded in its module's __warningregistry__, and
 * shown, raised or dropped. 0, or -1 with the exception (an "error"
 * filter raises the warning itself). runtime/mod_warnings.c. */
int warnings_warn(ThreadState *ts, Object *message, Object *category, int64_t stacklevel, Object *source);
/* warnings.warn_explicit(): the same, with the place given ([module] NULL:
 * the file name without ".py"; [registry] and [source] may be NULL). */
int warnings_warn_explicit(ThreadState *ts, Object *message, Object *category, Object *filename,
                           int64_t lineno, Object *module, Object *registry, Object *source);
/* The end of the program: call the atexit functions, the last registered
 * first, each exception reported and dropped; the list is empty after.
 * Returns how many ran (runtime/mod_atexit.c). */
int atexit_run(ThreadState *ts);
Object *mod_traceback_create(ThreadState *ts); /* _traceback: the printer as a str (runtime/traceback.c) */
extern TypeObject MinipyTraceType;
/* The folder of minipy's library of Python modules, the last entry of
 * sys.path (runtime/mod_sys.c); malloc'd, the caller frees it. */
char *sys_library_folder(void);

/* The types of the C modules, readied with the built-in types (runtime/interp.c). */
extern TypeObject DequeType, DequeIterType, DequeRevIterType, RandomType;
extern TypeObject ScannerType, EncoderType;     /* runtime/mod_json.c */
extern TypeObject HashType, HashXofType;       /* runtime/mod_hashlib.c */
extern TypeObject Blake2bType, Blake2sType;    /* runtime/mod_blake2.c */
extern TypeObject ReCodeType;                   /* runtime/mod_re.c */
extern struct StructSeqType SysVersionInfoType, SysFlagsType, SysHashInfoType, SysFloatInfoType, SysAsyncgenHooksType, StatResultType, StructTimeType;
Object *mod_thread_create(ThreadState *ts);
extern TypeObject LockType, RLockType, LocalType;   /* runtime/mod_thread.c */

/* A number of seconds (an int or a float) in nanoseconds, with CPython's
 * rounding and messages for time.sleep() and a lock's timeout
 * (runtime/mod_time.c). 0, or -1 with the exception set. */
int time_object_to_ns(ThreadState *ts, Object *o, int64_t *out);
/* The main thread's program has ended: wait for the threads that are no
 * daemons, calling threading._shutdown() if threading was imported, as
 * CPython does at exit (runtime/mod_thread.c). */
void thread_wait_for_shutdown(ThreadState *ts);

#endif
