/* common.h -- build-wide switches and tiny helpers every runtime file uses.
 *
 * The CMake options land here as macros (as clox's common.h collects its
 * DEBUG_* switches):
 *   MINIPY_COMPUTED_GOTO  threaded dispatch in vm/eval.c (else a switch)
 *   MINIPY_STRESS_GC      run the cycle collector on every container allocation
 *   MINIPY_DEBUG_REFS     count live objects; teardown checks the count is 0
 */
#ifndef MINIPY_COMMON_H
#define MINIPY_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "common/rawmem.h"

#ifndef MINIPY_VERSION
#define MINIPY_VERSION "0.1.0"
#endif

#if defined(__GNUC__) || defined(__clang__)
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NORETURN __attribute__((noreturn))
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#define ALWAYS_INLINE inline __attribute__((always_inline))
#define NOINLINE __attribute__((noinline))
#else
#define LIKELY(x) (x)
#define UNLIKELY(x) (x)
#define NORETURN
#define PRINTF_LIKE(f, a)
#define ALWAYS_INLINE inline
#define NOINLINE
#endif

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Abort with a message: only for broken invariants inside the interpreter,
 * never for anything a Python program can cause. */
NORETURN void fatal_error(const char *fmt, ...) PRINTF_LIKE(1, 2);

/* There is no allocate-or-abort helper: memory comes from common/rawmem.h
 * (or the pools, runtime/memory.h) and running out of it is a MemoryError
 * (err_no_memory), never the end of the process. */

#endif
