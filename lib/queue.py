"""queue -- queues that threads share: producers put(), consumers get().

Lesson 5 (what is the GIL?): the GIL keeps the interpreter's list and
counters whole, not the program's "check, then act": `if q: q.pop(0)` can
lose to another thread between the check and the pop. A Queue does both
under one lock, and a get() on an empty queue waits on a Condition -- a
blocking call that lets the GIL go (watch it with --trace=gil).

As CPython 3.11's, simplified: the items are in a plain list (CPython uses
collections.deque) and PriorityQueue keeps its heap with the two functions
below (CPython's heapq).
"""

import threading
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'       # where CPython defines it (in C)


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means no limit."""
    __class_getitem__ = classmethod(type(list[int]))   # C[int]: a types.GenericAlias (PEP 585)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # one lock, three conditions over it: every change of the queue
        # happens holding it
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """A consumer says it has finished with an item it got."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Wait until every item put has been got and marked task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put [item], waiting for a free slot if the queue is full (at
        most [timeout] seconds; not at all unless [block]): Full if none."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one if the queue is
        empty (at most [timeout] seconds; not at all unless [block]): Empty
        if none came."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = _time() + timeout
                while not self._qsize():
                    remaining = endtime - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # What a subclass changes to keep its items otherwise (called holding the lock)
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


def _heappush(heap, item):
    # sift the new last item up to its place
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _heappop(heap):
    # the smallest is at 0: move the last item there and sift it down
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    n = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < last:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = last
    return smallest


class PriorityQueue(Queue):
    """The smallest item first (entries are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """The last item put is the first got (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """A first-in, first-out queue without a limit or task tracking: a list
    and a semaphore that counts its items."""
    __class_getitem__ = classmethod(type(list[int]))   # C[int]: a types.GenericAlias (PEP 585)
    __module__ = '_queue'       # CPython's is written in C, in _queue

    def __init__(self):
        self._queue = []
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout if block else None):
            raise Empty
        return self._queue.pop(0)

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)
