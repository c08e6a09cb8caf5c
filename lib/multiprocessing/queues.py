"""multiprocessing.queues -- Queue and SimpleQueue between processes.

A queue is a pipe made before the processes fork, so all of them hold both
ends. put() pickles the object and writes it as one Connection message;
get() reads one. With several writers, two messages written at the same
time could interleave their bytes, so writers take a Lock (a pipe with one
token, synchronize.py) around each message; readers take another, so that
one reader reads a whole message before the next starts.

CPython's Queue.put() hands the object to a feeder thread that writes it
later, so put() never blocks on a full pipe. Here put() writes at once: a
message larger than the pipe's buffer (64 KiB on Linux) waits in put()
until a reader takes it. qsize() is left out: it would need a counter
shared by the processes.
"""
import os
import queue
import time

from .connection import Pipe
from .synchronize import Lock, Semaphore


class SimpleQueue:
    def __init__(self):
        self._reader, self._writer = Pipe(duplex=False)
        self._rlock = Lock()
        self._wlock = Lock()

    def put(self, obj):
        data = _dumps(obj)
        with self._wlock:
            self._writer.send_bytes(data)

    def get(self):
        with self._rlock:
            data = self._reader.recv_bytes()
        return _loads(data)

    def empty(self):
        return not self._reader.poll()

    def close(self):
        """Give back what the queue holds in this process: its pipe and the
        pipes of its two locks."""
        self._reader.close()
        self._writer.close()
        self._rlock._close()
        self._wlock._close()


class Queue:
    """A queue for several processes; [maxsize] > 0 bounds it (a Semaphore
    counts the free places)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._reader, self._writer = Pipe(duplex=False)
        self._rlock = Lock()
        self._wlock = Lock()
        self._places = Semaphore(maxsize) if maxsize > 0 else None
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        if self._places is not None and not self._places.acquire(block, timeout):
            raise queue.Full
        data = _dumps(obj)
        with self._wlock:
            self._writer.send_bytes(data)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        if block and timeout is None:
            with self._rlock:
                data = self._reader.recv_bytes()
        else:
            deadline = time.monotonic() + (timeout if block else 0)
            if not self._rlock.acquire(block, timeout):
                raise queue.Empty
            try:
                if not self._reader.poll(max(deadline - time.monotonic(), 0)):
                    raise queue.Empty
                data = self._reader.recv_bytes()
            finally:
                self._rlock.release()
        if self._places is not None:
            self._places.release()
        return _loads(data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._reader.poll()

    def full(self):
        if self._places is None:
            return False
        if self._places.acquire(False):
            self._places.release()
            return False
        return True

    def close(self):
        """This process puts and gets nothing more."""
        self._closed = True

    def join_thread(self):
        # put() writes at once: there is no feeder thread to wait for
        pass

    def cancel_join_thread(self):
        pass


def _dumps(obj):
    import pickle
    return pickle.dumps(obj)


def _loads(data):
    import pickle
    return pickle.loads(data)
