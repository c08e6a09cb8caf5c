"""threading -- threads of the program, and the ways they wait for each other.

Lesson 5 (what is the GIL?). Everything here is Python built on the C module
_thread (runtime/mod_thread.c): a Thread is an OS thread that takes turns
with the others holding the interpreter lock (runtime/gil.c); a Lock is
_thread's lock; Condition, Semaphore, Event and Barrier are built from
locks, as in CPython 3.11. Run a program with --trace=gil to watch the lock
change hands.

Where to start reading: Thread.start(), then Thread._bootstrap_inner(),
which is the first Python code a new thread runs, and Thread.join(), which
waits for the lock the thread's end releases (_thread._set_sentinel).

Simpler than CPython's: no settrace/setprofile, no fork handling, no weak
references (the list of threads holds them until they end).
"""

import sys as _sys
import _thread
from posix import register_at_fork as _register_at_fork
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'excepthook', 'local', 'stack_size',
           'get_native_id']

_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may take it again, and
    must release it as many times as it took it."""
    return _thread.RLock(*args, **kwargs)


# ---- Condition --------------------------------------------------------------

class Condition:
    """Threads wait() for a notify() from another thread, each holding the
    lock except while it waits. Each waiter sleeps on a lock of its own,
    which notify() releases."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # an RLock lets go of every level at once while its owner waits
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        # a plain lock cannot say who holds it: held by someone will do
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # it timed out meanwhile
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        """The old name of notify_all(), deprecated."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---- Semaphore, BoundedSemaphore ---------------------------------------------

class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released more often than acquired."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---- Event -----------------------------------------------------------------

class Event:
    """A flag: wait() blocks until another thread set()s it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        """The old name of is_set(), deprecated."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---- Barrier ---------------------------------------------------------------

class Barrier:
    """`parties` threads wait() until all of them have arrived; then all go
    on together (one of them runs `action` first). Its states: filling,
    draining (the threads leave), resetting, broken."""

    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = Barrier._FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # wait while the previous round drains or a reset is under way
        while self._state in (Barrier._DRAINING, Barrier._RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == Barrier._FILLING

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = Barrier._DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != Barrier._FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == Barrier._DRAINING

    def _exit(self):
        # the last one out lets the next round fill
        if self._count == 0:
            if self._state in (Barrier._RESETTING, Barrier._DRAINING):
                self._state = Barrier._FILLING
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == Barrier._FILLING:
                    self._state = Barrier._RESETTING
                elif self._state == Barrier._BROKEN:
                    self._state = Barrier._RESETTING
            else:
                self._state = Barrier._FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = Barrier._BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == Barrier._FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == Barrier._BROKEN


class BrokenBarrierError(RuntimeError):
    pass


# ---- the threads -------------------------------------------------------------

_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


# Every started thread by its ident; the ones started but not yet running
_active_limbo_lock = RLock()
_active = {}
_limbo = {}

# The sentinels of the threads that are no daemons: _shutdown() waits for
# each to be released. A dict, not CPython's set: it keeps the order the
# threads started in, where a set's order follows the locks' addresses --
# and what the program does must not depend on addresses, or
# --switch-every's interleavings would not be the same on every run.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = {}


def _maintain_shutdown_locks():
    # forget the threads that have ended
    to_remove = [lock for lock in _shutdown_locks if not lock.locked()]
    for lock in to_remove:
        del _shutdown_locks[lock]


class Thread:
    """A thread of control: run() runs in a new OS thread once start() is
    called. Pass a `target`, or subclass and override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()         # notices that it has stopped
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _thread._start_named_thread(self._bootstrap, self._name)
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        # until the new thread has said it runs (it waits its turn for the GIL)
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # no references to the arguments once it is done
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # a lock this thread holds until it ends: C releases it then
        self._tstate_lock = _set_sentinel()
        self._tstate_lock.acquire()
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks[self._tstate_lock] = None

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()

    def _delete(self):
        with _active_limbo_lock:
            del _active[get_ident()]

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # the thread's sentinel is free once it has ended
        lock = self._tstate_lock
        if lock is None:
            assert self._is_stopped
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # the names before 2.6, deprecated since 3.10
    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


# ---- an exception in a thread -------------------------------------------------

class ExceptHookArgs:
    """What threading.excepthook receives: exc_type, exc_value,
    exc_traceback and the thread."""

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)[i]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


# "Exception in thread NAME:" and the traceback, on stderr (C: runtime/mod_thread.c)
excepthook = _thread._excepthook
__excepthook__ = excepthook


def _invoke_excepthook(thread):
    exc_type, exc_value, exc_tb = _sys.exc_info()
    args = ExceptHookArgs((exc_type, exc_value, exc_tb, thread))
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(args)
    except Exception as exc:
        exc.__suppress_context__ = True
        stderr = thread._stderr if thread._stderr is not None else _sys.stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        __excepthook__(ExceptHookArgs((type(exc), exc, exc.__traceback__, None)))
    finally:
        args = None


# ---- Timer -------------------------------------------------------------------

class Timer(Thread):
    """Call a function after `interval` seconds, unless cancel() came first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---- the main thread, and the others -----------------------------------------------

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # a thread started by _thread.start_new_thread, seen by current_thread()

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def active_count():
    """How many Thread objects are alive (started and not yet ended)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def currentThread():
    """The old name of current_thread(), deprecated."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def activeCount():
    """The old name of active_count(), deprecated."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _deprecated(message):
    # blamed on the caller of the old name (two frames up from here)
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def enumerate():
    """The Thread objects that are alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main thread: the one the interpreter started in."""
    return _main_thread


# ---- the end of the program -----------------------------------------------------------

_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) when the main thread has finished, before
    the threads are waited for (concurrent.futures stops its workers so)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter when the main thread's program is over
    (vm/run.c): wait until every thread that is no daemon has ended."""
    if _main_thread._is_stopped:
        return
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    if _main_thread.ident == get_ident():
        tlock = _main_thread._tstate_lock
        tlock.release()
        _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            # released when that thread ends
            lock.acquire()
            lock.release()


_main_thread = _MainThread()


# ---- os.fork() ---------------------------------------------------------------------

def _after_fork():
    """In the child of os.fork() (registered below with
    os.register_at_fork): the thread that called fork() is the only thread
    left, and it becomes the main thread; the others' Thread objects say
    they have stopped. The locks of this module may have been held by a
    thread that is gone: they are made anew, as CPython's _after_fork does."""
    global _active_limbo_lock, _main_thread, _shutdown_locks_lock, _shutdown_locks
    _active_limbo_lock = RLock()
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_locks = {}
    try:
        current = _active[get_ident()]
    except KeyError:
        # a thread started with _thread.start_new_thread, unknown here
        current = _MainThread()
    _main_thread = current
    for thread in list(_active.values()) + list(_limbo.values()):
        if thread is not current:
            thread._is_stopped = True
            thread._tstate_lock = None
    _limbo.clear()
    _active.clear()
    _active[get_ident()] = current


_register_at_fork(after_in_child=_after_fork)

