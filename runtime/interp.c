/* interp.c -- creating and tearing down an interpreter.
 *
 * interp_new() builds, in order: the main thread state, the interned
 * strings, every built-in type (type_ready), the builtins module and sys.
 * interp_free() undoes all of it: modules are emptied, the collector runs
 * until no cycle is left, and each static type drops what type_ready()
 * gave it. In a MINIPY_DEBUG_REFS build, any object still alive after that
 * is reported: a leak is a bug, and the tests fail on it.
 */
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <pthread.h>
#include <sys/resource.h>

#include "typealias.h"
#include "interp.h"
#include "weakref.h"
#include "source.h"
#include "sandbox.h"
#include "exceptions.h"
#include "gc.h"
#include "int.h"
#include "float.h"
#include "complex.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "set.h"
#include "range.h"
#include "slice.h"
#include "iter.h"
#include "func.h"
#include "slots.h"
#include "module.h"
#include "class.h"
#include "builtins.h"
#include "code.h"
#include "gil.h"
#include "io.h"
#include "gen.h"
#include "asyncgen.h"
#include "modules.h"
#include "structseq.h"
#include "namespace.h"
#include "sitebuiltins.h"
#include "gmpmem.h"
#include "trace/tracer.h"

/* Every statically defined type, readied at start and cleaned at the end. */
static TypeObject *const static_types[] = {
    &ObjectType, &TypeType, &NoneType, &NotImplementedType, &EllipsisType,
    &IntType, &BoolType, &FloatType, &ComplexType, &StrType, &StrIterType,
    &BytesType, &BytesIterType, &ByteArrayType, &ByteArrayIterType, &MemoryViewType,
    &TupleType, &TupleIterType, &ListType, &ListIterType,
    &DictType, &DictIterType, &DictKeysType, &DictValuesType, &DictItemsType,
    &SetType, &FrozenSetType, &SetIterType,
    &RangeType, &RangeIterType, &SliceType, &SeqIterType, &CallIterType,
    &EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType,
    &FunctionType, &CellType, &MethodType, &BuiltinFunctionType, &MethodDescrType,
    &ClassMethodDescrType, &GetSetDescrType, &MemberDescrType, &GenericAliasType, &UnionType, &StaticMethodType, &ClassMethodType,
    &PropertyType, &ModuleType, &CodeType, &SuperType, &SlotWrapperType, &MethodWrapperType,
    &GenType, &CoroType, &CoroWrapperType, &AsyncGenType, &AsyncGenASendType,
    &AsyncGenAThrowType, &AsyncGenWrappedType, &ANextAwaitableType, &FileType, &FrameType, &LockType, &RLockType, &LocalType,
    &NamespaceType, &SysVersionInfoType.type, &SysFlagsType.type, &SysHashInfoType.type, &SysFloatInfoType.type,
    &SysAsyncgenHooksType.type, &QuitterType, &HelperType,
};

/* The types of the built-in modules other than sys: readied by their
 * module's creator when a program imports it (a program that does not
 * pays nothing for them), cleaned at the end with the others. */
static TypeObject *const module_types[] = {
    &DequeType, &DequeIterType, &DequeRevIterType, &RandomType, &StatResultType.type, &StructTimeType.type,
    &WeakrefType, &MinipyTraceType, &ScannerType, &EncoderType, &HashType, &HashXofType,
    &Blake2bType, &Blake2sType, &ReCodeType,
    &MappingProxyType,      /* readied by the first C.__dict__ (runtime/mappingproxy.c) */
};

#define DATA_CHUNK_SLOTS (64 * 1024)

ThreadState *ts_new(Interp *interp) {
    ThreadState *ts = rawmem_calloc(1, sizeof(ThreadState));
    if (!ts) return NULL;
    ts->interp = interp;
    DataChunk *c = rawmem_alloc(sizeof(DataChunk) + DATA_CHUNK_SLOTS * sizeof(Object *));
    if (!c) { rawmem_free(ts); return NULL; }
    c->prev = NULL;
    c->top = c->data;
    c->limit = c->data + DATA_CHUNK_SLOTS;
    ts->chunk = c;
    ts->stack_top = c->data;
    if (sem_init(&ts->park, 0, 0) != 0) {
        rawmem_free(c);                 /* counted blocks: rawmem's, not free() */
        rawmem_free(ts);
        return NULL;
    }
    ts->run = RUN_DONE;                 /* not started yet: gil_register_thread() */
    ts->gil = interp->gil;
    ts->next = interp->threads;
    interp->threads = ts;
    ts->linked = true;
    return ts;
}

/* ---- the C stack guard --------------------------------------------------
 *
 * How deep can the interpreter go? Python-to-Python calls cost no C stack
 * (CALL pushes a frame on the data stack and the loop carries on), so the
 * recursion limit alone bounds them. But some recursion runs through C:
 * repr() of a list of lists, == on tuples of tuples, a __repr__ that calls
 * repr(self) (obj_repr -> the slot -> eval_frame -> the loop -> repr ...),
 * yield from chains, hashing nested tuples. Each level there takes a few
 * hundred bytes of C stack (several KB in a sanitizer build), and the stack
 * is 8 MiB: sys.setrecursionlimit(50000) used to let such a recursion run
 * off its end. CPython 3.11 crashes the same way; 3.12 added a separate
 * count of C recursion, and 3.14 measures the stack itself.
 *
 * minipy measures the stack itself. ts_bind_stack() asks the C library
 * where the calling thread's stack lies (pthread_getattr_np: for the main
 * thread that is RLIMIT_STACK below the top, for other threads the size
 * they were created with; at most 256 MiB of it are used, since an
 * unlimited RLIMIT_STACK reads as terabytes) and keeps a reserve at the low
 * end: a sixteenth of the stack, between 64 KiB and 512 KiB. Every place
 * where C recursion can be driven by the program -- obj_repr, obj_str,
 * obj_richcompare, isinstance over nested tuples, and eval_frame, the entry
 * from C into Python code -- compares the address of its own frame with
 * the reserve's edge (ts_stack_low(): one subtraction and a compare) and
 * raises RecursionError there. The reserve is what C code may still use
 * between two such checks, and what raising the error costs; no single
 * non-recursive path comes near it. Recursions CPython leaves unguarded,
 * whose every step comes back to the check within a few KB (obj_hash,
 * obj_next, throwing into a yield from chain), use ts_check_stack(), which
 * lets them go on to an eighth of the reserve.
 *
 * A count would have to be sized for the worst frame in the worst build;
 * the address is right for every build and for every thread's stack size.
 * The recursion limit still counts the same things as CPython's, so at the
 * default limit the depths and messages are CPython's; the stack check only
 * decides when the limit has been raised beyond what the stack can hold.
 * (The stack grows down on every platform minipy builds for.)
 */
#define STACK_RESERVE_MIN ((uintptr_t)64 << 10)
#define STACK_RESERVE_MAX ((uintptr_t)512 << 10)
#define STACK_ASSUMED ((uintptr_t)8 << 20)     /* when nothing can be measured */
#define STACK_USED_MAX ((uintptr_t)256 << 20)   /* `ulimit -s unlimited` reports terabytes */

void ts_bind_stack(ThreadState *ts) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    uintptr_t lo = 0, size = 0;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr;
        size_t sz;
        if (pthread_attr_getstack(&attr, &addr, &sz) == 0 && (uintptr_t)addr < here &&
            here - (uintptr_t)addr <= sz) {
            lo = (uintptr_t)addr;
            size = sz;
        }
        pthread_attr_destroy(&attr);
    }
    if (!size) {
        /* no answer: assume RLIMIT_STACK (8 MiB if unlimited) starts just above here */
        struct rlimit rl;
        size = STACK_ASSUMED;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < size)
            size = (uintptr_t)rl.rlim_cur;
        size -= size / 16;
        lo = here - size;
    }
    if (size > STACK_USED_MAX) {
        lo += size - STACK_USED_MAX;
        size = STACK_USED_MAX;
    }
    uintptr_t reserve = size / 16;
    if (reserve < STACK_RESERVE_MIN) reserve = STACK_RESERVE_MIN;
    if (reserve > STACK_RESERVE_MAX) reserve = STACK_RESERVE_MAX;
    ts->stack_lo = lo;
    ts->stack_reserve = reserve;
}

int ts_recursion_error(ThreadState *ts, const char *where) {
    err_format(ts, &ExcRecursionError, "maximum recursion depth exceeded%s", where);
    return -1;
}

void ts_detach(ThreadState *ts) {
    Interp *interp = ts->interp;
    CLEAR(ts->exc);
    CLEAR(ts->handled_exc);
    CLEAR(ts->repr_stack);
    CLEAR(ts->sentinel);
    CLEAR(ts->local_dicts);
    CLEAR(ts->asyncgen_firstiter);
    CLEAR(ts->asyncgen_finalizer);
    if (!ts->linked) return;
    for (ThreadState **p = &interp->threads; *p; p = &(*p)->next) {
        if (*p == ts) { *p = ts->next; break; }
    }
    ts->linked = false;
}

void ts_disown(ThreadState *ts) {
    for (DataChunk *c = ts->chunk; c; c = c->prev) rawmem_disown(c);
    rawmem_disown(ts);
}

void ts_release(ThreadState *ts) {
    DataChunk *c = ts->chunk;
    while (c) {
        DataChunk *prev = c->prev;
        rawmem_free(c);
        c = prev;
    }
    sem_destroy(&ts->park);
    rawmem_free(ts);
}

void ts_free(ThreadState *ts) {
    ts_detach(ts);
    ts_release(ts);
}

/* Set the SipHash key of str hashes from MINIPYHASHSEED, exactly as CPython
 * sets it from PYTHONHASHSEED, so that MINIPYHASHSEED=N and PYTHONHASHSEED=N
 * give the same hash('abc'). Returns false (message on stderr) for a value
 * that is neither "random" nor an integer in [0; 4294967295].
 *
 * The default key is zero, as CPython's under PYTHONHASHSEED=0, so string
 * hashes (and set orders, and --trace=dict probes) are the same every run;
 * lessons and golden traces depend on it. "random" gives a fresh key per
 * run, as CPython does by default to stop attackers from choosing many keys
 * that collide (see the README). */
static bool set_hash_seed(Interp *interp, const char *seed) {
    interp->hash_k0 = interp->hash_k1 = 0;
    if (!seed || !*seed) return true;
    unsigned char key[16];
    if (strcmp(seed, "random") == 0) {
        FILE *f = fopen("/dev/urandom", "rb");
        size_t got = f ? fread(key, 1, sizeof key, f) : 0;
        if (f) fclose(f);
        if (got != sizeof key) {
            /* no /dev/urandom: the clock and the pid are better than nothing */
            struct timespec t;
            clock_gettime(CLOCK_REALTIME, &t);
            uint64_t a = (uint64_t)t.tv_nsec ^ ((uint64_t)t.tv_sec << 32), b = (uint64_t)getpid() * 2654435761u;
            memcpy(key, &a, 8);
            memcpy(key + 8, &b, 8);
        }
    } else {
        char *end;
        errno = 0;
        unsigned long long n = strtoull(seed, &end, 10);
        if (*end || errno || n > 4294967295ULL || seed[0] == '-' || seed[0] == '+' || seed[0] == ' ') {
            fprintf(stderr, "minipy: MINIPYHASHSEED must be \"random\" or an integer in range [0; 4294967295]\n");
            return false;
        }
        if (n == 0) return true;
        /* CPython's lcg_urandom(): the bytes of the key from a linear
         * congruential generator seeded with the number */
        unsigned int x = (unsigned int)n;
        for (size_t i = 0; i < sizeof key; i++) {
            x = x * 214013u + 2531011u;
            key[i] = (unsigned char)((x >> 16) & 0xff);
        }
    }
    memcpy(&interp->hash_k0, key, 8);        /* little-endian, as CPython reads them */
    memcpy(&interp->hash_k1, key + 8, 8);
    return true;
}

Interp *interp_new(const InterpConfig *cfg) {
    type_epoch++;               /* nothing cached by an earlier interpreter is valid */
    /* plain calloc: the Interp holds the counts of everything else */
    Interp *interp = calloc(1, sizeof(Interp));
    if (!interp) return NULL;
    interp->recursion_limit = 1000;
    interp->int_max_str_digits = 4300;
    if (!set_hash_seed(interp, cfg ? cfg->hash_seed : NULL)) {
        free(interp);
        return NULL;
    }
    gmpmem_install();
    rawmem_use(&interp->mem);
    if (cfg) {
        interp->mem.fail_at = cfg->fail_alloc;
        interp->mem.fail_after = cfg->fail_alloc_after;
        interp->mem.counting = cfg->count_memory;
        rawmem_settings_changed(&interp->mem);
    }
#ifdef MINIPY_DEBUG_REFS
    interp->mem.counting = true;          /* teardown checks every byte came back */
#endif
    ThreadState *ts = ts_new(interp);
    if (!ts) {
        rawmem_use(NULL);
        free(interp);
        fprintf(stderr, "minipy: could not initialise the interpreter: out of memory\n");
        return NULL;
    }
    interp->main_thread = ts;
    ts_set_current(ts);
    ts_bind_stack(ts);
    ts->holds_gil = true;
    int_init_small();
    if (gc_init(interp) < 0) goto fail;
    if (gil_init(interp) < 0) goto fail;
    if (exc_memory_init(ts) < 0) goto fail;

    interp->interned = dict_new(ts);
    interp->empty_tuple = tuple_new(ts, 0);
    interp->empty_str = str_new(ts, "", 0);
    if (!interp->interned || !interp->empty_tuple || !interp->empty_str) goto fail;
    ((BaseExceptionObject *)interp->last_memory_error)->args = NEWREF(interp->empty_tuple);
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        Object *s = str_new(ts, &ch, 1);
        if (!s) goto fail;
        interp->ascii_chars[c] = s;
    }
#define ID(name) if (!(interp->ids.name = str_intern_cstr(ts, #name))) goto fail;
#define ID_AS(name, text) if (!(interp->ids.name = str_intern_cstr(ts, text))) goto fail;
#include "ids.def"
#undef ID
#undef ID_AS
    if (class_slot_names_init(ts) < 0) goto fail;
    for (size_t i = 0; i < ARRAY_LEN(static_types); i++)
        if (type_ready(ts, static_types[i]) < 0) goto fail;

    interp->modules = dict_new(ts);
    if (!interp->modules) goto fail;
    interp->builtins_module = builtins_create(ts);
    if (!interp->builtins_module) goto fail;
    interp->builtins = NEWREF(MODULE_DICT(interp->builtins_module));
    if (exc_init(ts, interp->builtins) < 0) goto fail;
    if (dict_set_cstr(ts, interp->modules, "builtins", interp->builtins_module) < 0) goto fail;
    interp->sys_module = sys_create(ts, cfg);
    if (!interp->sys_module) goto fail;
    if (dict_set_cstr(ts, interp->modules, "sys", interp->sys_module) < 0) goto fail;
    return interp;
fail:
    /* what could be made is taken apart again; a MemoryError is said plainly
     * (printing it needs what was not made), as is a step that failed for
     * want of memory before MemoryError could be raised */
    if (!ts->exc || err_matches(ts, &ExcMemoryError)) {
        err_clear(ts);
        fprintf(stderr, "minipy: could not initialise the interpreter: out of memory\n");
    } else {
        if (ts->exc && interp->ascii_chars[127]) err_print(ts);
        err_clear(ts);
        fprintf(stderr, "minipy: could not initialise the interpreter\n");
    }
    interp_free(interp);
    return NULL;
}

ThreadState *interp_main_thread(Interp *interp) { return interp->main_thread; }

/* The end of a program, in the order CPython 3.11's finalize_modules() makes
 * visible to a finalizer (a __del__, a generator's finally):
 *
 * 1. Every module leaves sys.modules, and the interpreter lets go of
 *    __main__. A module nothing else refers to dies; a namespace in no cycle
 *    dies with it, its values released in the order they were defined.
 * 2. A full collection. A namespace that defines a function or a class is
 *    in a cycle with it (the function's __globals__ is the namespace), so it
 *    is garbage now, and the collector calls every finalizer of the garbage
 *    before it breaks anything: a __del__ still finds the globals it uses.
 * 3. The namespaces still alive (something the collector cannot see
 *    through still refers to them) are found among the collector's objects
 *    by their mark and emptied, sys's last, so that finalizers running
 *    meanwhile still find len() (builtins are emptied after that). */
static void clear_modules(ThreadState *ts) {
    Interp *interp = ts->interp;
    if (!interp->modules) return;
    dict_clear(interp->modules);
    CLEAR(interp->main_module);
    gc_collect_at_exit(ts);
    Object *objs = gc_get_objects(ts, -1);
    if (!objs) { err_clear(ts); return; }
    Object *sys_dict = interp->sys_module ? MODULE_DICT(interp->sys_module) : NULL;
    Object *builtins_dict = interp->builtins_module ? MODULE_DICT(interp->builtins_module) : NULL;
    for (size_t i = 0; i < LIST_SIZE(objs); i++) {
        Object *d = LIST_GET(objs, i);
        if (TYPE(d) == &DictType && ((DictObject *)d)->is_namespace && d != sys_dict && d != builtins_dict)
            dict_clear(d);
    }
    DECREF(objs);
    if (sys_dict) dict_clear(sys_dict);
    err_clear(ts);
}

int interp_static_subclasses(ThreadState *ts, TypeObject *cls, Object *list) {
    TypeObject *exc_types[] = {
#define EXC(NAME, BASE, DOC) &Exc##NAME,
#include "exceptions.def"
#undef EXC
    };
    TypeObject *const *tables[] = {static_types, exc_types, module_types};
    size_t sizes[] = {ARRAY_LEN(static_types), ARRAY_LEN(exc_types), ARRAY_LEN(module_types)};
    for (size_t k = 0; k < ARRAY_LEN(tables); k++) {
        for (size_t i = 0; i < sizes[k]; i++) {
            TypeObject *t = tables[k][i];
            if (!(t->flags & TYPE_FLAG_READY) || !t->bases) continue;
            for (size_t j = 0; j < TUPLE_SIZE(t->bases); j++) {
                if (TUPLE_GET(t->bases, j) == (Object *)cls) {
                    if (list_append(ts, list, (Object *)t) < 0) return -1;
                    break;
                }
            }
        }
    }
    return 0;
}

int64_t interp_free(Interp *interp) {
    type_epoch++;
    ThreadState *ts = interp->main_thread;
    ts_set_current(ts);
    interp->finalizing = true;
    interp->mem.fail_at = 0;               /* teardown is not a test of failing allocations */
    interp->mem.limit = 0;
    rawmem_settings_changed(&interp->mem);
    err_clear(ts);
    /* the last MemoryError's traceback holds frames, and they their
     * namespaces: let go before the modules are taken apart, so that those
     * die in CPython's order (its clear further down catches a MemoryError
     * a finalizer raised meanwhile) */
    exc_memory_forget(ts);
    trace_teardown(interp);
    /* from now on the main thread alone runs: a thread still running (a
     * daemon) stops the next time it asks for the GIL (runtime/gil.c) */
    int left = gil_begin_finalizing(interp);
    clear_modules(ts);
    CLEAR(ts->sentinel);
    CLEAR(ts->local_dicts);
    for (size_t i = 0; i < ARRAY_LEN(interp->at_fork); i++) CLEAR(interp->at_fork[i]);
    CLEAR(interp->atexit_calls);
    CLEAR(interp->warn_filters);
    CLEAR(interp->warn_once);
    CLEAR(interp->warn_default_action);
    CLEAR(ts->asyncgen_firstiter);
    CLEAR(ts->asyncgen_finalizer);
    sandbox_free(interp);
    gc_fini(ts);
    /* after the last finalizer that may run Python code (a __del__ that
     * printed a list made a repr stack) */
    err_clear(ts);
    CLEAR(ts->handled_exc);
    CLEAR(ts->repr_stack);
    if (interp->last_memory_error) TYPE(interp->last_memory_error)->clear(interp->last_memory_error);  /* its traceback */
    if (interp->builtins) dict_clear(interp->builtins);
    CLEAR(interp->sys_module);
    CLEAR(interp->builtins_module);
    CLEAR(interp->builtins);
    CLEAR(interp->modules);
    CLEAR(interp->sys_path);
    gc_fini(ts);
    for (size_t i = ARRAY_LEN(module_types); i > 0; i--) type_unready(module_types[i - 1]);
    for (size_t i = ARRAY_LEN(static_types); i > 0; i--) type_unready(static_types[i - 1]);
    exc_fini();
    gc_fini(ts);
#define ID(name) CLEAR(interp->ids.name);
#define ID_AS(name, text) CLEAR(interp->ids.name);
#include "ids.def"
#undef ID
#undef ID_AS
    class_slot_names_fini(interp);
    for (int c = 0; c < 128; c++) CLEAR(interp->ascii_chars[c]);
    CLEAR(interp->empty_str);
    if (interp->interned) {
        /* interned strings are marked; unmark them so they can die */
        ssize_t pos = 0;
        Object *k;
        while (dict_next(interp->interned, &pos, &k, NULL)) ((StrObject *)k)->interned = false;
        CLEAR(interp->interned);
    }
    gc_fini(ts);
    weakref_fini(interp);
    exc_memory_fini(ts);
    CLEAR(interp->empty_tuple);
    int64_t alive = interp->live_objects;
#ifdef MINIPY_DEBUG_REFS
    if (alive != 0 && !left) fprintf(stderr, "minipy: %lld objects still alive at exit\n", (long long)alive);
#endif
    source_cache_free(interp);
    ts_free(ts);
    if (left) {
        /* threads left running may still be reading their objects, and
         * will look at their own ThreadState and the GIL once more: those
         * are never freed (each thread's state stays reachable from its
         * stack, the pools from the GIL) */
        interp->gil->orphaned_pools = interp->pools;
        alive = 0;
    } else {
        mem_fini(&interp->pools);
    }
    gil_fini(interp);
    /* every block the interpreter took from the C heap is back (unless
     * objects leaked, which the count above reports, or threads were left
     * running); read before ts_set_current(NULL), which stops the counting
     * (rawmem_use(NULL)) */
    int64_t bytes = !left && interp->mem.counting ? interp->mem.in_use : 0;
#ifdef MINIPY_DEBUG_REFS
    if (bytes != 0 && alive == 0) fprintf(stderr, "minipy: %lld bytes still allocated at exit\n", (long long)bytes);
#endif
    ts_set_current(NULL);
    free(interp);
    return alive ? alive : bytes != 0;
}
