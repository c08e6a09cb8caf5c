"""multiprocessing.pool -- Pool: worker processes that share out the work.

Pool(n) forks n workers at once. They all read from one task pipe and
write to one result pipe (a SimpleQueue's design: a Lock around each
message keeps it whole). A task is (job, i, func, args, kwds), pickled:
a function crosses by its module-level name, which the worker -- a copy of
the parent -- finds again in its own modules. So a lambda cannot be sent.

map() cuts the input into chunks, one task each, and gives back a
MapResult that fills in as chunks come back. The parent never reads the
result pipe itself: a thread, _handle_results, does, and hands each
result to the AsyncResult waiting for it (self._cache maps job numbers to
them). So apply_async() returns at once, and a worker never blocks on a
full result pipe while the parent is busy elsewhere.

An exception in a worker is sent back as a result, pickled, and raised
again in the parent by get() or map(), with the worker's traceback as
text in its __cause__ (a RemoteTraceback), as CPython does -- though
with line numbers only (process._traceback_text says why).

Workers end when they read None (close() sends one each) or are sent
SIGTERM (terminate(), which `with Pool() as pool:` calls at the end).
Left out: initializer's cousin maxtasksperchild, and the task handler
thread of CPython (tasks are written by the caller, at once).
"""
import collections
import itertools
import os
import pickle
import select
import sys
import threading

from .connection import Pipe
from .synchronize import Lock
from .process import Process, _traceback_text

RUN, CLOSE, TERMINATE = 'RUN', 'CLOSE', 'TERMINATE'

_job_counter = itertools.count()


class RemoteTraceback(Exception):
    """The worker's traceback, as text: the __cause__ of a re-raised error."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """A result or an exception that could not be pickled."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self)


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


# ---- the worker process ---------------------------------------------------

def worker(tasks, tasks_lock, results, results_lock, unused_fds, initializer=None, initargs=()):
    """A worker's life: read a task, run it, send the result, until None."""
    for fd in unused_fds:
        os.close(fd)
    if initializer is not None:
        initializer(*initargs)
    while True:
        with tasks_lock:
            try:
                data = tasks.recv_bytes()
            except EOFError:
                return          # the parent is gone
        task = pickle.loads(data)
        if task is None:
            return
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, (e, '\n"""\n' + _traceback_text(e) + '"""'))
        try:
            data = pickle.dumps((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1] if result[0] else result[1][0])
            data = pickle.dumps((job, i, (False, (wrapped, None))))
        with results_lock:
            results.send_bytes(data)


# ---- the pool, in the parent ----------------------------------------------

class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if maxtasksperchild is not None:
            raise ValueError('maxtasksperchild is not supported by this Pool')
        self._state = RUN
        self._cache = {}
        self._tasks_r, self._tasks_w = Pipe(duplex=False)
        self._tasks_lock = Lock()
        self._results_r, self._results_w = Pipe(duplex=False)
        self._results_lock = Lock()
        self._wake_r, self._wake_w = os.pipe()
        self._put_lock = threading.Lock()
        self._pool = []
        unused = [self._tasks_w.fileno(), self._results_r.fileno(), self._wake_r, self._wake_w]
        for _ in range(processes):
            p = Process(target=worker, daemon=True,
                        args=(self._tasks_r, self._tasks_lock, self._results_w,
                              self._results_lock, unused, initializer, initargs))
            p.name = p.name.replace('Process', 'ForkPoolWorker')
            p.start()
            self._pool.append(p)
        # only the workers write results: when they are all gone, the
        # handler reads the end of the pipe
        self._results_w.close()
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()

    def _handle_results(self):
        """The parent's result thread: give each result to its AsyncResult."""
        fd = self._results_r.fileno()
        while True:
            ready, _, _ = select.select([fd, self._wake_r], [], [])
            if fd not in ready:
                return              # woken by join() or terminate()
            try:
                data = self._results_r.recv_bytes()
            except EOFError:
                return
            job, i, (success, value) = pickle.loads(data)
            if not success:
                value, tb = value
                if tb is not None:
                    value.__cause__ = RemoteTraceback(tb)
            result = self._cache.get(job)
            if result is not None:
                result._set(i, (success, value))

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _put_task(self, task):
        data = pickle.dumps(task)
        with self._put_lock:
            self._tasks_w.send_bytes(data)

    # ---- submitting work ----

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """Run func(*args, **kwds) in a worker; an ApplyResult to get it from."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        try:
            self._put_task((result._job, 0, func, args, kwds))
        except BaseException:
            del self._cache[result._job]
            raise
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _map_async(self, func, iterable, mapper, chunksize, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        try:
            for i, batch in enumerate(_chunks(func, iterable, chunksize)):
                self._put_task((result._job, i, mapper, (batch,), {}))
        except BaseException:
            self._cache.pop(result._job, None)
            raise
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers, in order."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], computed by the workers."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(self, ordered)
        n = 0
        for batch in _chunks(func, iterable, chunksize):
            self._put_task((result._job, n, mapstar, (batch,), {}))
            n += 1
        result._set_length(n)
        return result

    def imap(self, func, iterable, chunksize=1):
        """An iterator over func(x) for x in iterable, in order."""
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        """As imap, but results come in the order the workers finish them."""
        return self._imap(func, iterable, chunksize, False)

    # ---- ending ----

    def close(self):
        """No more tasks: each worker ends after the tasks already sent."""
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._put_task(None)

    def terminate(self):
        """Stop the workers now (SIGTERM), finished or not."""
        self._state = TERMINATE
        for p in self._pool:
            p.terminate()
        self._finish()

    def join(self):
        """Wait for the workers to end, after close() or terminate()."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._finish()

    def _finish(self):
        for p in self._pool:
            p.join()
        if self._wake_w is not None:
            os.write(self._wake_w, b'!')
            self._handler.join()
            for fd in (self._wake_r, self._wake_w):
                os.close(fd)
            self._wake_r = self._wake_w = None
            self._results_r.close()
            self._tasks_r.close()
            self._tasks_w.close()
            self._tasks_lock._close()
            self._results_lock._close()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%d>' % (
            type(self).__module__, type(self).__qualname__, self._state, len(self._pool))


def _chunks(func, iterable, size):
    it = iter(iterable)
    while True:
        chunk = tuple(itertools.islice(it, size))
        if not chunk:
            return
        yield (func, chunk)


# ---- results ---------------------------------------------------------------

class ApplyResult:
    """The result of apply_async(): get() waits for it."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        """The value, or the worker's exception raised again."""
        self.wait(timeout)
        if not self.ready():
            from . import TimeoutError
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async(): ready when every chunk is back."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        elif not success and self._success:
            self._success = False       # only the first exception is kept
            self._value = result
        if self._number_left == 0:
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)
            del self._cache[self._job]
            self._event.set()


class IMapIterator:
    """The iterator of imap() and imap_unordered(): next() waits for the
    next value (in order, or in the order chunks come back)."""

    def __init__(self, pool, ordered):
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._ordered = ordered
        self._items = collections.deque()   # (success, value), ready to give
        self._unsorted = {}                 # chunks come back early (ordered)
        self._next_chunk = 0
        self._done = 0
        self._length = None
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._done == self._length:
                    raise StopIteration
                if not self._cond.wait(timeout) and not self._items:
                    from . import TimeoutError
                    raise TimeoutError
            success, value = self._items.popleft()
        if success:
            return value
        raise value

    __next__ = next

    def _give(self, success, value):
        if success:
            self._items.extend((True, v) for v in value)
        else:
            self._items.append((False, value))

    def _set(self, i, obj):
        with self._cond:
            if self._ordered:
                self._unsorted[i] = obj
                while self._next_chunk in self._unsorted:
                    self._give(*self._unsorted.pop(self._next_chunk))
                    self._next_chunk += 1
            else:
                self._give(*obj)
            self._done += 1
            if self._done == self._length:
                del self._cache[self._job]
            self._cond.notify()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._done == length:
                self._cache.pop(self._job, None)
            self._cond.notify()
