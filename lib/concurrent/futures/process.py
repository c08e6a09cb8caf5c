"""concurrent.futures.process -- ProcessPoolExecutor: calls run in worker
processes, each a fork()ed copy of this interpreter with its own GIL.

Lesson 7 ("threads, processes or asyncio?"): the Future API of
ThreadPoolExecutor, but the workers are processes (lib/multiprocessing), so
CPU-bound calls really run at the same time on several cores. The price is
the one multiprocessing pays: a call and its result cross between processes
as pickled bytes, so the function must be findable by its module-level name
(no lambdas) and the worker returns a copy.

How it works, as CPython 3.11's with the "fork" start method:
  - the first submit() forks all max_workers workers at once (before any
    thread of the pool exists: a fork copies only the thread that calls it);
  - submit() only records the work item and wakes the manager thread;
  - the manager thread is the only one that talks to the workers: it writes
    calls into the call queue -- as many as CPython hands out: one running
    in each worker plus max_workers + 1 waiting in the queue; the others stay
    here, where cancel() or shutdown(cancel_futures=True) can still cancel
    them -- and select()s on the result
    pipe, its wake-up pipe and each worker's sentinel -- a result sets its
    future's result or exception, a sentinel that becomes readable means a
    worker died: the pool is broken, every pending future gets
    BrokenProcessPool and the other workers are terminated;
  - shutdown() tells the manager; once the work sent is done, it sends each
    worker None, joins them and ends.
An exception raised by the call crosses pickled and is raised again by
result(), with the worker's traceback as text in its __cause__ (a
_RemoteTraceback) -- line numbers only (multiprocessing.process says why).
Left out: max_tasks_per_child and mp_context (there is only "fork").
"""

import itertools
import os
import select
import threading
from concurrent.futures import _base
import multiprocessing
from multiprocessing.queues import SimpleQueue
from multiprocessing.process import _traceback_text

EXTRA_QUEUED_CALLS = 1      # calls waiting in the call queue beyond one per worker

_executors = []             # the pools whose manager thread may still run
_global_shutdown = False


def _python_exit():
    # the end of the program: every pool finishes the work it was given
    global _global_shutdown
    _global_shutdown = True
    for executor in list(_executors):
        with executor._shutdown_lock:
            executor._wake()
    for executor in list(_executors):
        t = executor._manager
        if t is not None:
            t.join()


threading._register_atexit(_python_exit)


class _RemoteTraceback(Exception):
    """The worker's traceback, as text: the __cause__ of a re-raised error."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


# ---- the worker process ---------------------------------------------------------

def _process_worker(call_queue, result_queue, unused_fds, initializer, initargs):
    """A worker's life: read a call, run it, send back (work_id, result,
    error), until None -- or until the parent is gone."""
    for fd in unused_fds:
        os.close(fd)
    call_queue._writer.close()      # so that the parent's end is the only one
    result_queue._reader.close()
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            import sys
            sys.stderr.write('Exception in initializer:\n' + _traceback_text(e))
            return                  # the pool sees the worker die: broken
    while True:
        try:
            call = call_queue.get()
        except EOFError:
            return                  # the parent is gone
        if call is None:
            return
        work_id, fn, args, kwargs = call
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            _send_back(result_queue, work_id, None, e)
        else:
            _send_back(result_queue, work_id, r, None)
        del call, fn, args, kwargs


def _send_back(result_queue, work_id, result, exc):
    error = None if exc is None else (exc, '\n"""\n' + _traceback_text(exc) + '"""')
    try:
        result_queue.put((work_id, result, error))
    except BaseException as e:
        # the result (or the exception) cannot be pickled: send that instead
        result_queue.put((work_id, None, (e, '\n"""\n' + _traceback_text(e) + '"""')))


def _process_chunk(fn, chunk):
    """What map() sends a worker: a chunk of argument tuples, done in one go."""
    return [fn(*args) for args in chunk]


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _chain_from_iterable_of_lists(iterable):
    # results of chunks, one value at a time, each list emptied as it goes
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


# ---- the pool, in the parent --------------------------------------------------------

class ProcessPoolExecutor(_base.Executor):
    """Run calls in up to max_workers processes (os.cpu_count() if None)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if mp_context is not None and mp_context.get_start_method() != 'fork':
            raise ValueError("minipy's multiprocessing starts processes only with fork")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            raise ValueError("max_tasks_per_child is not supported with the 'fork' start method")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._processes = {}            # pid -> Process, as CPython
        self._call_queue = None
        self._result_queue = None
        self._wake_r = self._wake_w = None
        self._manager = None
        self._woken = False
        self._shutdown_lock = threading.Lock()
        self._shutdown_thread = False
        self._cancel_pending = False
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}   # work id -> _WorkItem, until its result is in
        self._work_ids = []             # ids not yet sent to a worker, oldest first

    # ---- what the caller does ----

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            self._pending_work_items[self._queue_count] = _WorkItem(f, fn, args, kwargs)
            self._work_ids.append(self._queue_count)
            self._queue_count += 1
            self._start_manager()
            self._wake()
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """As Executor.map(), but [chunksize] calls travel to a worker together:
        fewer, larger messages for many small calls."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(_process_chunk, itertools.repeat(fn),
                              _get_chunks(*iterables, chunksize=chunksize), timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending = cancel_futures
            self._shutdown_thread = True
            self._wake()
        if wait and self._manager is not None:
            self._manager.join()

    # ---- starting ----

    def _start_manager(self):
        # under _shutdown_lock
        if self._manager is not None:
            return
        self._call_queue = SimpleQueue()
        self._result_queue = SimpleQueue()
        self._wake_r, self._wake_w = os.pipe()
        # the workers first: fork copies only the thread that calls it
        unused = [self._wake_r, self._wake_w]
        for _ in range(self._max_workers):
            p = multiprocessing.Process(target=_process_worker,
                                        args=(self._call_queue, self._result_queue, unused,
                                              self._initializer, self._initargs))
            p.name = p.name.replace('Process', 'ForkProcess')
            p.start()
            self._processes[p.pid] = p
        self._manager = threading.Thread(target=self._manage, name='ExecutorManagerThread')
        self._manager.start()
        _executors.append(self)

    def _wake(self):
        # under _shutdown_lock; one byte in the pipe is enough to wake the
        # manager (more could fill the pipe and block submit())
        if self._wake_w is not None and not self._woken:
            self._woken = True
            os.write(self._wake_w, b'!')

    # ---- the manager thread ----

    def _manage(self):
        sent = 0                    # calls in the call queue or running
        result_fd = self._result_queue._reader.fileno()
        while True:
            sent += self._send_calls(sent)
            if self._finished(sent):
                break
            watched = [result_fd, self._wake_r] + [p.sentinel for p in self._processes.values()]
            ready, _, _ = select.select(watched, [], [])
            if self._wake_r in ready:
                with self._shutdown_lock:
                    os.read(self._wake_r, 1)
                    self._woken = False
            if result_fd in ready:
                work_id, result, error = self._result_queue.get()
                sent -= 1
                self._deliver(work_id, result, error)
            elif len(ready) > (self._wake_r in ready):
                self._terminate_broken()    # a sentinel and no result: a worker died
                break
        self._join_internals()

    def _send_calls(self, sent):
        """Send pending calls while fewer than 2 * max_workers + 1 are out
        (running or queued); the number sent. A future cancelled meanwhile
        is skipped."""
        n = 0
        with self._shutdown_lock:
            if self._cancel_pending:
                for work_id in self._work_ids:
                    self._pending_work_items.pop(work_id).future.cancel()
                self._work_ids.clear()
                self._cancel_pending = False
            while self._work_ids and sent + n < 2 * self._max_workers + EXTRA_QUEUED_CALLS:
                work_id = self._work_ids.pop(0)
                item = self._pending_work_items[work_id]
                if not item.future.set_running_or_notify_cancel():
                    del self._pending_work_items[work_id]
                    continue
                try:
                    self._call_queue.put((work_id, item.fn, item.args, item.kwargs))
                except BaseException as e:      # the call cannot be pickled
                    del self._pending_work_items[work_id]
                    item.future.set_exception(e)
                    continue
                n += 1
        return n

    def _finished(self, sent):
        with self._shutdown_lock:
            stopping = self._shutdown_thread or _global_shutdown
            return stopping and not self._pending_work_items and sent == 0

    def _deliver(self, work_id, result, error):
        with self._shutdown_lock:
            item = self._pending_work_items.pop(work_id, None)
        if item is None:
            return
        if error is not None:
            exc, tb = error
            exc.__cause__ = _RemoteTraceback(tb)
            item.future.set_exception(exc)
        else:
            item.future.set_result(result)

    def _terminate_broken(self):
        with self._shutdown_lock:
            self._broken = ('A child process terminated abruptly, the process pool '
                            'is not usable anymore')
            self._shutdown_thread = True
            items = list(self._pending_work_items.values())
            self._pending_work_items.clear()
            self._work_ids.clear()
        bpe = BrokenProcessPool("A process in the process pool was terminated abruptly "
                                "while the future was running or pending.")
        for item in items:
            if not item.future.done():      # (one not yet sent may have been cancelled)
                item.future.set_exception(bpe)
        # the others may be in the middle of a message: stop them
        for p in self._processes.values():
            p.terminate()

    def _join_internals(self):
        if not self._broken:
            for _ in self._processes:
                self._call_queue.put(None)
        for p in self._processes.values():
            p.join()
        with self._shutdown_lock:
            self._call_queue.close()
            self._result_queue.close()
            os.close(self._wake_r)
            os.close(self._wake_w)
            self._wake_r = self._wake_w = None
        _executors.remove(self)
