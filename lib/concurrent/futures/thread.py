"""concurrent.futures.thread -- ThreadPoolExecutor: a pool of worker
threads taking work items from one queue.

Each submit() puts a work item in the queue and starts a worker if none is
idle (up to max_workers); each worker loops: get an item, run it, set its
future's result or exception. shutdown() puts None in the queue: a worker
that gets it puts it back for the next and ends. At the end of the program
threading._shutdown() stops every pool still running (_python_exit). As
CPython 3.11's, simplified: no weak references (a pool lives until its
workers have stopped).
"""

import queue
import threading
from concurrent.futures import _base

_threads_queues = {}
_shutdown = False
# no new work once the interpreter is shutting down
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            print('Exception in initializer: %s: %s' % (type(exc).__name__, exc), file=executor._stderr)
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            # idle again: the next submit() need not start a thread
            executor._idle_semaphore.release()
            continue
        # None: the pool shuts down; the next worker gets it too
        executor._shutdown = True
        work_queue.put(None)
        return


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


def _cpu_count():
    # minipy has no os module: count the processors Linux lists
    try:
        with open('/proc/cpuinfo') as f:
            return sum(1 for line in f if line.startswith('processor'))
    except Exception:
        return 1


class ThreadPoolExecutor(_base.Executor):
    """Run calls in up to max_workers threads."""

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []          # a list, in the order started (CPython: a set)
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            ThreadPoolExecutor._counter += 1
            thread_name_prefix = "ThreadPoolExecutor-%d" % (ThreadPoolExecutor._counter - 1)
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        import sys
        self._stderr = sys.stderr

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # an idle worker will take it
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.append(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
