"""multiprocessing.synchronize -- Lock and Semaphore across processes.

A threading.Lock lives in one process's memory: after fork each process
has its own copy, and locking one locks nothing in the other. This Lock
lives in the kernel instead: a pipe that holds one byte, the token.
acquire() reads the byte -- only one process can get it; the others block
in read() until it is written back -- and release() writes it back. Both
ends of the pipe are inherited by fork, so every child shares the lock.

Unlike CPython's (a POSIX semaphore), release() does not check that the
lock was held: releasing it twice puts two tokens in the pipe.
"""
import os
import select
import time


class Semaphore:
    """A pipe holding [value] tokens: acquire() takes one, release() puts one
    back (at most 65536 fit in a Linux pipe)."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._r, self._w = os.pipe()
        if value:
            os.write(self._w, b'.' * value)

    def acquire(self, block=True, timeout=None):
        """Take the token. With a timeout (or block=False), give up and return
        False if it does not come in time."""
        if block and timeout is None:
            os.read(self._r, 1)
            return True
        if not block:
            timeout = 0
        deadline = time.monotonic() + max(timeout, 0)
        while True:
            left = max(deadline - time.monotonic(), 0)
            readable, _, _ = select.select([self._r], [], [], left)
            if readable:
                # another process may have taken it between select and read:
                # then this read waits for its release
                os.read(self._r, 1)
                return True
            if left == 0:
                return False

    def release(self):
        """Put the token back."""
        os.write(self._w, b'.')

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()

    def _close(self):
        # this process's ends of the pipe (other processes keep theirs);
        # for the queue or pool that owns it, when it closes
        for fd in (self._r, self._w):
            if fd is not None:
                os.close(fd)
        self._r = self._w = None

    def __repr__(self):
        return '<%s(pipe %r, %r)>' % (type(self).__name__, self._r, self._w)


class Lock(Semaphore):
    """A Semaphore with a single token."""

    def __init__(self):
        super().__init__(1)
