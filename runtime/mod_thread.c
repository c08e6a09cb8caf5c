/* mod_thread.c -- the _thread module: real OS threads, and the locks they
 * share, as CPython 3.11's (lib/threading.py builds everything else on it).
 *
 * Lesson 5 (what is the GIL?). Start reading at thread_main(): a new
 * pthread gets its own ThreadState, measures its C stack, takes the GIL
 * (runtime/gil.c), calls the function, reports an exception as CPython's
 * _thread does ("Exception ignored in thread started by: ..."), releases
 * the thread's sentinel lock (what Thread.join() waits for) and hands the
 * GIL on for the last time. Then the locks: a lock that is taken makes its
 * acquirer wait without the GIL in the lock's GilQueue, and release()
 * wakes the first waiter (gil_wait(), gil_wake_one()). What they guard is
 * read and changed only by the GIL's holder, so they need no lock of their
 * own.
 *
 * What lives here: start_new_thread, get_ident, get_native_id, _count,
 * allocate_lock and LockType, RLock, _local (threading.local), the
 * sentinel, the default excepthook, and the end of the program's wait for
 * its threads (thread_wait_for_shutdown).
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "modules.h"
#include "module.h"
#include "gil.h"
#include "gc.h"
#include "int.h"
#include "float.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "func.h"
#include "interp.h"
#include "exceptions.h"
#include "args.h"
#include "signals.h"
#include "io.h"
#include "frame.h"
#include "code.h"
#include "trace/events.h"
#include "common/rawmem.h"

/* CPython's PY_TIMEOUT_MAX on Linux, in seconds: _thread.TIMEOUT_MAX */
#define TIMEOUT_MAX_SECONDS 9223372036.0

/* ==== the lock ===================================================================== */

typedef struct LockObject {
    OBJECT_HEAD;
    bool locked;
    GilQueue waiters;             /* threads waiting for it (runtime/gil.h) */
} LockObject;

typedef struct RLockObject {
    OBJECT_HEAD;
    bool locked;
    GilQueue waiters;
    unsigned long owner;          /* the owning thread's ident, 0 when unlocked */
    uint64_t count;               /* acquisitions by the owner not yet released */
} RLockObject;

/* Take a lock's flag [*locked], waiting in [q] if it is taken: [timeout_ns]
 * < 0 waits as long as it takes, 0 not at all. 1: taken; 0: timed out; -1:
 * KeyboardInterrupt (the main thread). The flag is read under the GIL, so
 * a waiter woken by release() finds the lock free -- unless another thread
 * took it first, and then it waits again. */
static int take_lock(ThreadState *ts, bool *locked, GilQueue *q, int64_t timeout_ns, const char *call) {
    if (!*locked) {
        *locked = true;
        return 1;
    }
    if (timeout_ns == 0) return 0;
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    int64_t start = (int64_t)t.tv_sec * 1000000000LL + t.tv_nsec;
    for (;;) {
        int64_t left = -1;
        if (timeout_ns > 0) {
            clock_gettime(CLOCK_MONOTONIC, &t);
            left = start + timeout_ns - ((int64_t)t.tv_sec * 1000000000LL + t.tv_nsec);
            if (left <= 0) return 0;
        }
        GilWaitResult r = gil_wait(ts, q, left, call);
        if (!*locked) {
            *locked = true;
            return 1;
        }
        if (r == GIL_INTERRUPTED) {
            signals_raise_interrupted(ts);
            return -1;
        }
        if (r == GIL_TIMED_OUT) return 0;
    }
}

/* acquire(blocking=True, timeout=-1)'s arguments, as CPython's
 * lock_acquire_parse_args: the timeout in nanoseconds (-1: none, 0: do
 * not wait), or -2 with the exception set. */
static int64_t acquire_timeout(ThreadState *ts, Object *const *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"blocking", "timeout", NULL};
    static const ArgSpec spec = {"acquire", names};
    Object *a[2];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return -2;
    int blocking = 1;
    if (a[0] && (blocking = obj_is_true(ts, a[0])) < 0) return -2;
    int64_t timeout = -1000000000LL;                     /* "unset": -1 second */
    if (a[1] && time_object_to_ns(ts, a[1], &timeout) < 0) return -2;
    bool unset = timeout == -1000000000LL;
    if (!blocking && !unset) {
        err_set_string(ts, &ExcValueError, "can't specify a timeout for a non-blocking call");
        return -2;
    }
    if (timeout < 0 && !unset) {
        err_set_string(ts, &ExcValueError, "timeout value must be positive");
        return -2;
    }
    if (!blocking) return 0;
    if (unset) return -1;
    if ((double)timeout / 1e9 > TIMEOUT_MAX_SECONDS) {
        err_set_string(ts, &ExcOverflowError, "timeout value is too large");
        return -2;
    }
    return timeout;
}

static Object *lock_repr(ThreadState *ts, Object *self) {
    return str_format(ts, "<%s %s object at %p>", ((LockObject *)self)->locked ? "locked" : "unlocked",
                      TYPE(self)->name, (void *)self);
}

static Object *new_lock(ThreadState *ts) {
    LockObject *l = (LockObject *)obj_alloc(ts, &LockType, sizeof(LockObject));
    if (!l) return NULL;
    l->locked = false;
    l->waiters = (GilQueue){NULL, NULL};
    return (Object *)l;
}

/* Unlock [l] and wake its first waiter. */
static void unlock(ThreadState *ts, LockObject *l) {
    l->locked = false;
    gil_wake_one(ts, &l->waiters);
}

static CFUNC(lock_acquire) {
    int64_t timeout = acquire_timeout(ts, args, nargs, kwnames);
    if (timeout == -2) return NULL;
    LockObject *l = (LockObject *)self;
    int r = take_lock(ts, &l->locked, &l->waiters, timeout, "lock.acquire");
    return r < 0 ? NULL : bool_from(r);
}

static CFUNC(lock_enter) {
    LockObject *l = (LockObject *)self;
    int r = take_lock(ts, &l->locked, &l->waiters, -1, "lock.acquire");
    return r < 0 ? NULL : bool_from(r);
}

static CFUNC(lock_release) {
    if (args_exactly(ts, "lock.release", nargs, kwnames, 0) < 0) return NULL;
    LockObject *l = (LockObject *)self;
    if (!l->locked) return err_set_string(ts, &ExcRuntimeError, "release unlocked lock");
    unlock(ts, l);
    return none_new();
}

static CFUNC(lock_exit) {
    LockObject *l = (LockObject *)self;
    if (!l->locked) return err_set_string(ts, &ExcRuntimeError, "release unlocked lock");
    unlock(ts, l);
    return none_new();
}

static CFUNC(lock_locked) {
    if (args_exactly(ts, "lock.locked", nargs, kwnames, 0) < 0) return NULL;
    return bool_from(((LockObject *)self)->locked);
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, METH_KEYWORDS, "Lock the lock; wait for it (without the GIL) if it is taken."},
    {"acquire_lock", lock_acquire, METH_KEYWORDS, "An obsolete synonym of acquire()."},
    {"release", lock_release, 0, "Release the lock, allowing another thread that is blocked waiting for it to acquire it."},
    {"release_lock", lock_release, 0, "An obsolete synonym of release()."},
    {"locked", lock_locked, 0, "Test whether the lock is currently locked."},
    {"locked_lock", lock_locked, 0, "An obsolete synonym of locked()."},
    {"__enter__", lock_enter, METH_KEYWORDS, "Lock the lock."},
    {"__exit__", lock_exit, METH_KEYWORDS, "Release the lock."},
    {NULL},
};

TypeObject LockType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_thread.lock",
    .basicsize = sizeof(LockObject),
    .dealloc = obj_free,
    .repr = lock_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .methods = lock_methods,
};

/* ==== the reentrant lock =========================================================== */

static Object *rlock_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs, Object *kwnames) {
    RLockObject *r = (RLockObject *)obj_alloc(ts, type, type->basicsize);
    if (!r) return NULL;
    r->locked = false;
    r->waiters = (GilQueue){NULL, NULL};
    r->owner = 0;
    r->count = 0;
    if (type->flags & TYPE_FLAG_GC) gc_track(ts, (Object *)r);
    return (Object *)r;
}

static void rlock_dealloc(Object *self) {
    if (TYPE(self)->flags & TYPE_FLAG_GC) gc_untrack(self);
    obj_free(self);
}

static Object *rlock_repr(ThreadState *ts, Object *self) {
    RLockObject *r = (RLockObject *)self;
    return str_format(ts, "<%s %s object owner=%lu count=%lu at %p>", r->count ? "locked" : "unlocked",
                      TYPE(self)->name, r->owner, (unsigned long)r->count, (void *)self);
}

static Object *rlock_take(ThreadState *ts, RLockObject *r, int64_t timeout) {
    if (r->count && r->owner == ts->ident) {
        if (r->count == UINT64_MAX) return err_set_string(ts, &ExcOverflowError, "Internal lock count overflowed");
        r->count++;
        return bool_from(true);
    }
    int got = take_lock(ts, &r->locked, &r->waiters, timeout, "RLock.acquire");
    if (got < 0) return NULL;
    if (got) {
        r->owner = ts->ident;
        r->count = 1;
    }
    return bool_from(got);
}

static CFUNC(rlock_acquire) {
    int64_t timeout = acquire_timeout(ts, args, nargs, kwnames);
    if (timeout == -2) return NULL;
    return rlock_take(ts, (RLockObject *)self, timeout);
}

static CFUNC(rlock_enter) { return rlock_take(ts, (RLockObject *)self, -1); }

static Object *rlock_give(ThreadState *ts, RLockObject *r) {
    if (r->count == 0 || r->owner != ts->ident)
        return err_set_string(ts, &ExcRuntimeError, "cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        r->locked = false;
        gil_wake_one(ts, &r->waiters);
    }
    return none_new();
}

static CFUNC(rlock_release) {
    if (args_exactly(ts, "RLock.release", nargs, kwnames, 0) < 0) return NULL;
    return rlock_give(ts, (RLockObject *)self);
}

static CFUNC(rlock_exit) { return rlock_give(ts, (RLockObject *)self); }

static CFUNC(rlock_is_owned) {
    RLockObject *r = (RLockObject *)self;
    return bool_from(r->count && r->owner == ts->ident);
}

/* For threading.Condition.wait(): let go of every level at once, and
 * return what _acquire_restore() needs to take them back. */
static CFUNC(rlock_release_save) {
    RLockObject *r = (RLockObject *)self;
    if (r->count == 0) return err_set_string(ts, &ExcRuntimeError, "cannot release un-acquired lock");
    Object *count = int_from_u64(ts, r->count);
    Object *owner = int_from_u64(ts, r->owner);
    Object *state = count && owner ? tuple_pack(ts, 2, count, owner) : NULL;
    XDECREF(count);
    XDECREF(owner);
    if (!state) return NULL;
    r->count = 0;
    r->owner = 0;
    r->locked = false;
    gil_wake_one(ts, &r->waiters);
    return state;
}

static CFUNC(rlock_acquire_restore) {
    RLockObject *r = (RLockObject *)self;
    if (nargs != 1 || !tuple_check(args[0]) || TUPLE_SIZE(args[0]) != 2)
        return err_set_string(ts, &ExcTypeError, "_acquire_restore() argument must be a (count, owner) tuple");
    int64_t count, owner;
    if (!int_check(TUPLE_GET(args[0], 0)) || !int_check(TUPLE_GET(args[0], 1)) ||
        !int_as_i64(TUPLE_GET(args[0], 0), &count) || !int_as_i64(TUPLE_GET(args[0], 1), &owner))
        return err_set_string(ts, &ExcOverflowError, "Python int too large to convert to C unsigned long");
    if (take_lock(ts, &r->locked, &r->waiters, -1, "RLock.acquire") < 0) return NULL;
    r->owner = (unsigned long)owner;
    r->count = (uint64_t)count;
    return none_new();
}

static CFUNC(rlock_recursion_count) {
    RLockObject *r = (RLockObject *)self;
    return int_from_u64(ts, r->owner == ts->ident ? r->count : 0);
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, METH_KEYWORDS, "Lock the lock; a thread that owns it may lock it again."},
    {"release", rlock_release, 0, "Release the lock once; it is free when released as often as it was taken."},
    {"__enter__", rlock_enter, METH_KEYWORDS, "Lock the lock."},
    {"__exit__", rlock_exit, METH_KEYWORDS, "Release the lock."},
    {"_is_owned", rlock_is_owned, 0, "For internal use by `threading.Condition`."},
    {"_release_save", rlock_release_save, 0, "For internal use by `threading.Condition`."},
    {"_acquire_restore", rlock_acquire_restore, 0, "For internal use by `threading.Condition`."},
    {"_recursion_count", rlock_recursion_count, 0, "For internal use by reentrancy checks."},
    {NULL},
};

TypeObject RLockType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_thread.RLock",
    .basicsize = sizeof(RLockObject),
    .flags = TYPE_FLAG_BASETYPE,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .hash = obj_hash_identity,
    .getattr = obj_generic_getattr,
    .new_ = rlock_new,
    .methods = rlock_methods,
};

/* ==== thread-local data (threading.local) ==========================================
 *
 * Each thread sees its own attributes. A _local object has a serial number
 * (never reused); each thread keeps, in ts->local_dicts, the dict of every
 * _local it has used, under that number. Before each attribute access the
 * object's own __dict__ slot is pointed at the running thread's dict (made,
 * and a subclass's __init__ run in it, on the thread's first use), and the
 * generic attribute code does the rest. When a thread ends, its dicts go;
 * when a _local dies, its dict leaves every thread. */

typedef struct LocalObject {
    OBJECT_HEAD;
    Object *dict;                 /* the running thread's dict (the __dict__ slot) */
    Object *args, *kwargs;        /* what the constructor got, for the other threads' __init__ */
    uint64_t serial;
} LocalObject;

static uint64_t local_serials;    /* under the GIL; unique in the process (several interpreters) */

/* Point [self]'s __dict__ at the running thread's dict. 0, or -1 with an
 * exception set. */
static int local_select(ThreadState *ts, LocalObject *self) {
    if (!ts->local_dicts && !(ts->local_dicts = dict_new(ts))) return -1;
    Object *key = int_from_u64(ts, self->serial);
    if (!key) return -1;
    Object *d = dict_get_borrowed(ts, ts->local_dicts, key);
    if (d) {
        DECREF(key);
        if (self->dict != d) SETREF(self->dict, NEWREF(d));
        return 0;
    }
    if (err_occurred(ts) || !(d = dict_new(ts))) {
        DECREF(key);
        return -1;
    }
    int r = dict_set(ts, ts->local_dicts, key, d);
    DECREF(key);
    if (r < 0) {
        DECREF(d);
        return -1;
    }
    SETREF(self->dict, d);
    /* a subclass with an __init__ runs it again in each new thread */
    TypeObject *t = TYPE(self);
    if (t != &LocalType && t->init && t->init != ObjectType.init) {
        Object *call_args = self->args ? self->args : ts->interp->empty_tuple;
        Object *init = obj_getattr(ts, (Object *)t, ts->interp->ids.__init__);
        if (!init) return -1;
        Object *all = tuple_new(ts, TUPLE_SIZE(call_args) + 1);
        if (!all) {
            DECREF(init);
            return -1;
        }
        TUPLE_SET_STEAL(all, 0, NEWREF((Object *)self));
        for (size_t i = 0; i < TUPLE_SIZE(call_args); i++) TUPLE_SET_STEAL(all, i + 1, NEWREF(TUPLE_GET(call_args, i)));
        Object *res = obj_call_tuple_dict(ts, init, all, self->kwargs);
        DECREF(all);
        DECREF(init);
        if (!res) {
            /* a failed __init__ leaves no dict: the next use tries again */
            Object *saved = err_fetch(ts);
            Object *k = int_from_u64(ts, self->serial);
            if (k && dict_get_borrowed(ts, ts->local_dicts, k)) dict_del(ts, ts->local_dicts, k);
            XDECREF(k);
            err_clear(ts);
            ts->exc = saved;
            CLEAR(self->dict);
            return -1;
        }
        DECREF(res);
        /* __init__ may have run Python code that switched threads */
        return local_select(ts, self);
    }
    return 0;
}

static Object *local_new(ThreadState *ts, TypeObject *type, Object *const *args, size_t nargs, Object *kwnames) {
    size_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if ((nargs || nkw) && type->init == ObjectType.init)
        return err_set_string(ts, &ExcTypeError, "Initialization arguments are not supported");
    LocalObject *self = (LocalObject *)obj_alloc(ts, type, type->basicsize);
    if (!self) return NULL;
    self->dict = self->args = self->kwargs = NULL;
    self->serial = ++local_serials;
    gc_track(ts, (Object *)self);
    if (nargs || nkw) {
        self->args = tuple_from_array(ts, args, nargs);
        if (!self->args) goto error;
        if (nkw) {
            self->kwargs = dict_new(ts);
            if (!self->kwargs) goto error;
            for (size_t i = 0; i < nkw; i++)
                if (dict_set(ts, self->kwargs, TUPLE_GET(kwnames, i), args[nargs + i]) < 0) goto error;
        }
    }
    /* the creating thread's dict; its __init__ runs as for any object */
    if (!ts->local_dicts && !(ts->local_dicts = dict_new(ts))) goto error;
    Object *key = int_from_u64(ts, self->serial);
    Object *d = key ? dict_new(ts) : NULL;
    int r = d ? dict_set(ts, ts->local_dicts, key, d) : -1;
    XDECREF(key);
    if (r < 0) {
        XDECREF(d);
        goto error;
    }
    self->dict = d;
    return (Object *)self;
error:
    DECREF(self);
    return NULL;
}

static int local_traverse(Object *self, VisitFunc visit, void *arg) {
    LocalObject *l = (LocalObject *)self;
    if (l->dict && visit(l->dict, arg)) return 1;
    if (l->args && visit(l->args, arg)) return 1;
    if (l->kwargs && visit(l->kwargs, arg)) return 1;
    return 0;
}

static int local_clear(Object *self) {
    LocalObject *l = (LocalObject *)self;
    CLEAR(l->dict);
    CLEAR(l->args);
    CLEAR(l->kwargs);
    return 0;
}

static void local_dealloc(Object *self) {
    LocalObject *l = (LocalObject *)self;
    gc_untrack(self);
    ThreadState *ts = ts_current();
    if (ts) {
        /* its dict leaves every thread (each one's list, under the GIL) */
        Object *saved = err_fetch(ts);
        Object *key = int_from_u64(ts, l->serial);
        for (ThreadState *t = ts->interp->threads; t && key; t = t->next) {
            if (t->local_dicts && dict_get_borrowed(ts, t->local_dicts, key) && dict_del(ts, t->local_dicts, key) < 0)
                err_clear(ts);
        }
        XDECREF(key);
        err_clear(ts);
        ts->exc = saved;
    }
    local_clear(self);
    obj_free(self);
}

static Object *local_getattr(ThreadState *ts, Object *self, Object *name) {
    if (local_select(ts, (LocalObject *)self) < 0) return NULL;
    return obj_generic_getattr(ts, self, name);
}

static int local_setattr(ThreadState *ts, Object *self, Object *name, Object *value) {
    if (str_check(name) && str_eq_cstr(name, "__dict__")) {
        err_format(ts, &ExcAttributeError, "'%s' object attribute '__dict__' is read-only", TYPE_NAME(self));
        return -1;
    }
    if (local_select(ts, (LocalObject *)self) < 0) return -1;
    return obj_generic_setattr(ts, self, name, value);
}

static GETTER(local_get_dict) {
    if (local_select(ts, (LocalObject *)self) < 0) return NULL;
    return NEWREF(((LocalObject *)self)->dict);
}

static const GetSetDef local_getset[] = {
    {"__dict__", local_get_dict, NULL, NULL},
    {NULL},
};

TypeObject LocalType = {
    .head = {IMMORTAL_REFCNT, &TypeType},
    .name = "_thread._local",
    .basicsize = sizeof(LocalObject),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dictoffset = offsetof(LocalObject, dict),
    .doc = "Thread-local data",
    .dealloc = local_dealloc,
    .hash = obj_hash_identity,
    .getattr = local_getattr,
    .setattr = local_setattr,
    .traverse = local_traverse,
    .clear = local_clear,
    .new_ = local_new,
    .getset = local_getset,
};

/* ==== threads ======================================================================= */

/* What a new thread is started with: owned references. */
typedef struct Boot {
    ThreadState *ts;
    Object *func, *args, *kwargs;
} Boot;

/* The life of a thread other than the main one. */
static void *thread_main(void *arg) {
    Boot *boot = arg;
    ThreadState *ts = boot->ts;
    ts_set_current(ts);
    ts_bind_stack(ts);
    ts->native_id = (long)gettid();
    /* SIGINT is the main thread's (KeyboardInterrupt is raised there only) */
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, NULL);

    gil_acquire(ts);
    Object *r = obj_call_tuple_dict(ts, boot->func, boot->args, boot->kwargs);
    if (!r) {
        /* SystemExit ends a thread quietly; anything else is reported */
        if (err_matches(ts, &ExcSystemExit)) err_clear(ts);
        else err_write_unraisable_msg(ts, "in thread started by", boot->func);
    }
    XDECREF(r);
    DECREF(boot->func);
    DECREF(boot->args);
    XDECREF(boot->kwargs);
    rawmem_free(boot);
    /* Thread.join() waits for this lock */
    if (ts->sentinel) {
        LockObject *s = (LockObject *)ts->sentinel;
        if (s->locked) unlock(ts, s);
    }
    ts_detach(ts);
    /* Its memory leaves the count while it still holds the GIL: once it
     * lets go, the main thread may tear the interpreter down and free it,
     * counts and all, before this thread gets to free its own state. */
    ts_disown(ts);
    gil_thread_done(ts);
    /* no GIL from here on, and nothing of the interpreter's is touched */
    ts_set_current(NULL);
    ts_release(ts);
    return NULL;
}

/* Start a thread running [func](*[fargs], **[fkwargs]), named [name] for
 * --trace=gil; its ident, or NULL. */
static Object *start_thread(ThreadState *ts, Object *func, Object *fargs, Object *fkwargs, const char *name) {
    Interp *interp = ts->interp;
    if (interp->finalizing)
        return err_set_string(ts, &ExcRuntimeError, "can't create new thread at interpreter shutdown");
    ThreadState *nts = ts_new(interp);
    Boot *boot = nts ? rawmem_alloc(sizeof(Boot)) : NULL;
    if (!boot) {
        if (nts) ts_free(nts);
        return err_no_memory(ts);
    }
    gil_register_thread(nts, name);
    *boot = (Boot){nts, NEWREF(func), NEWREF(fargs), XNEWREF(fkwargs)};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t thread;
    int err = pthread_create(&thread, &attr, thread_main, boot);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        DECREF(boot->func);
        DECREF(boot->args);
        XDECREF(boot->kwargs);
        rawmem_free(boot);
        gil_thread_abort(nts);
        ts_free(nts);
        return err_set_string(ts, &ExcRuntimeError, "can't start new thread");
    }
    nts->ident = (unsigned long)thread;
    if (TRACE_ON(TRACE_GIL)) {
        Event ev = {.kind = EV_GIL, .index = -1,
                    .gil = {.step = GIL_START, .thread = nts->number, .name = nts->name}};
        if (ts->frame) ev.line = code_line(ts->frame->code, frame_lasti(ts->frame));
        trace_emit(ts, &ev);
    }
    return int_from_u64(ts, nts->ident);
}

/* start_new_thread(function, args, kwargs=None) */
static CFUNC(thread_start_new_thread) {
    if (args_no_kwargs(ts, "start_new_thread", kwnames) < 0) return NULL;
    if (args_count(ts, "start_new_thread", nargs, 2, 3) < 0) return NULL;
    if (!TYPE(args[0])->call) return err_set_string(ts, &ExcTypeError, "first arg must be callable");
    if (!tuple_check(args[1])) return err_set_string(ts, &ExcTypeError, "2nd arg must be a tuple");
    Object *kw = nargs > 2 ? args[2] : NULL;
    if (kw && !dict_check(kw)) return err_set_string(ts, &ExcTypeError, "optional 3rd arg must be a dictionary");
    return start_thread(ts, args[0], args[1], kw, NULL);
}

/* _start_named_thread(function, name): minipy's own, for threading.Thread:
 * the name is --trace=gil's from the thread's first moment. */
static CFUNC(thread_start_named_thread) {
    if (args_count(ts, "_start_named_thread", nargs, 2, 2) < 0) return NULL;
    if (!TYPE(args[0])->call) return err_set_string(ts, &ExcTypeError, "first arg must be callable");
    if (!str_check(args[1])) return err_set_string(ts, &ExcTypeError, "name must be a str");
    return start_thread(ts, args[0], ts->interp->empty_tuple, NULL, STR_DATA(args[1]));
}

static CFUNC(thread_get_ident) {
    if (args_exactly(ts, "_thread.get_ident", nargs, kwnames, 0) < 0) return NULL;
    return int_from_u64(ts, ts->ident);
}

static CFUNC(thread_get_native_id) {
    if (args_exactly(ts, "_thread.get_native_id", nargs, kwnames, 0) < 0) return NULL;
    return int_from_i64(ts, ts->native_id);
}

static CFUNC(thread_count) {
    if (args_exactly(ts, "_thread._count", nargs, kwnames, 0) < 0) return NULL;
    return int_from_i64(ts, ts->gil->running);
}

static CFUNC(thread_allocate_lock) {
    if (args_exactly(ts, "_thread.allocate_lock", nargs, kwnames, 0) < 0) return NULL;
    return new_lock(ts);
}

static CFUNC(thread_set_sentinel) {
    if (args_exactly(ts, "_thread._set_sentinel", nargs, kwnames, 0) < 0) return NULL;
    Object *lock = new_lock(ts);
    if (!lock) return NULL;
    SETREF(ts->sentinel, NEWREF(lock));
    return lock;
}

static CFUNC(thread_exit) {
    if (args_exactly(ts, "_thread.exit", nargs, kwnames, 0) < 0) return NULL;
    return err_set_object(ts, &ExcSystemExit, NULL);
}

static CFUNC(thread_interrupt_main) {
    static const char *const names[] = {"signum", NULL};
    static const ArgSpec spec = {"interrupt_main", names};
    Object *a[1];
    if (args_parse(ts, &spec, args, nargs, kwnames, a) < 0) return NULL;
    int signum = SIGINT;
    if (a[0] && args_c_int(ts, a[0], &signum) < 0) return NULL;
    if (signum != SIGINT) return err_set_string(ts, &ExcValueError, "minipy: interrupt_main() supports only SIGINT");
    atomic_fetch_or(&ts->interp->eval_breaker, BREAKER_SIGNAL);
    gil_wake_main(ts->interp);
    return none_new();
}

static CFUNC(thread_stack_size) {
    if (args_count_tuple(ts, "stack_size", nargs, 0, 1) < 0) return NULL;
    if (nargs && !(int_check(args[0]) && int_sign(args[0]) == 0))
        return err_set_string(ts, &ExcValueError, "minipy: threads keep the system's stack size (only 0 is accepted)");
    return int_from_i64(ts, 0);
}

/* The default threading.excepthook (CPython's _thread._excepthook): an
 * uncaught exception in a thread, reported with the thread's name. */
static CFUNC(thread_excepthook) {
    if (args_exactly(ts, "_thread._excepthook", nargs, kwnames, 1) < 0) return NULL;
    Object *hook_args = args[0];
    Object *type = obj_getattr_cstr(ts, hook_args, "exc_type");
    Object *value = type ? obj_getattr_cstr(ts, hook_args, "exc_value") : NULL;
    Object *thread = value ? obj_getattr_cstr(ts, hook_args, "thread") : NULL;
    Object *result = NULL;
    if (!thread) goto done;
    if (type == (Object *)&ExcSystemExit) {          /* silently ignored */
        result = none_new();
        goto done;
    }
    Object *name = thread != None ? obj_getattr_cstr(ts, thread, "name") : NULL;
    Object *label = name ? obj_str(ts, name) : NULL;
    XDECREF(name);
    if (thread != None && !label) goto done;
    fflush(stdout);
    if (label) fprintf(stderr, "Exception in thread %s:\n", STR_DATA(label));
    else fprintf(stderr, "Exception in thread %lu:\n", ts->ident);
    XDECREF(label);
    if (value != None && exc_is_exception_instance(value)) exc_print(ts, value);
    fflush(stderr);
    result = none_new();
done:
    XDECREF(type);
    XDECREF(value);
    XDECREF(thread);
    return result;
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", thread_start_new_thread, METH_KEYWORDS,
     "start_new_thread(function, args[, kwargs])\n\nStart a new thread and return its identifier."},
    {"start_new", thread_start_new_thread, METH_KEYWORDS, "An obsolete synonym of start_new_thread()."},
    {"_start_named_thread", thread_start_named_thread, 0,
     "_start_named_thread(function, name)\n\nminipy's: start function() in a new thread called name."},
    {"get_ident", thread_get_ident, 0, "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread."},
    {"get_native_id", thread_get_native_id, 0, "get_native_id() -> integer\n\nReturn the native integral thread ID of the current thread."},
    {"_count", thread_count, 0, "_count() -> integer\n\nReturn the number of currently running Python threads."},
    {"allocate_lock", thread_allocate_lock, 0, "allocate_lock() -> lock object\n\nCreate a new lock object."},
    {"allocate", thread_allocate_lock, 0, "An obsolete synonym of allocate_lock()."},
    {"_set_sentinel", thread_set_sentinel, 0, "_set_sentinel() -> lock\n\nA lock released when the current thread ends."},
    {"exit", thread_exit, 0, "exit()\n\nRaise SystemExit: the thread ends quietly."},
    {"exit_thread", thread_exit, 0, "An obsolete synonym of exit()."},
    {"interrupt_main", thread_interrupt_main, METH_KEYWORDS, "interrupt_main(signum=signal.SIGINT, /)\n\nRaise KeyboardInterrupt in the main thread."},
    {"stack_size", thread_stack_size, 0, "stack_size([size]) -> size\n\nThe stack size of new threads (0: the system's)."},
    {"_excepthook", thread_excepthook, 0, "_excepthook(args, /)\n\nHandle an uncaught exception in a Thread."},
    {NULL},
};

Object *mod_thread_create(ThreadState *ts) {
    Object *m = module_new_cstr(ts, "_thread");
    if (!m) return NULL;
    Object *timeout_max = float_new(ts, TIMEOUT_MAX_SECONDS);
    if (!timeout_max || module_add_functions(ts, m, thread_functions) < 0 ||
        module_add_object(ts, m, "LockType", (Object *)&LockType) < 0 ||
        module_add_object(ts, m, "RLock", (Object *)&RLockType) < 0 ||
        module_add_object(ts, m, "_local", (Object *)&LocalType) < 0 ||
        module_add_object(ts, m, "error", (Object *)&ExcRuntimeError) < 0 ||
        module_add_object(ts, m, "TIMEOUT_MAX", timeout_max) < 0) {
        XDECREF(timeout_max);
        DECREF(m);
        return NULL;
    }
    DECREF(timeout_max);
    return m;
}

/* ==== the end of the program ==================================================== */

void thread_wait_for_shutdown(ThreadState *ts) {
    Object *threading = dict_get_cstr_borrowed(ts, ts->interp->modules, "threading");
    if (!threading) {
        err_clear(ts);
        return;
    }
    INCREF(threading);
    Object *shutdown = obj_getattr_cstr(ts, threading, "_shutdown");
    Object *r = shutdown ? obj_call0(ts, shutdown) : NULL;
    if (!r) err_write_unraisable(ts, threading);
    XDECREF(r);
    XDECREF(shutdown);
    DECREF(threading);
}
