"""multiprocessing -- run Python functions in other processes, on os.fork().

Lesson 7 ("threads, processes or asyncio?"): threads take turns holding one
GIL, so CPU-bound work does not get faster with more of them. A process made
by os.fork() is a copy of the whole interpreter -- its objects, its modules,
its own GIL -- so two processes really compute at the same time. The price:
they share no objects. Values cross from one to the other as pickled bytes
through pipes (os.pipe()), and each side gets its own copy.

The pieces, each in its own file, in the order to read them:
  process.py      Process: fork, run the target in the child, wait for it
  connection.py   Pipe(): two ends that send and receive pickled objects
  synchronize.py  Lock: a pipe holding one token byte, shared across fork
  queues.py       Queue, SimpleQueue: a pipe plus locks to keep messages whole
  pool.py         Pool: worker processes fed with tasks, results read by a thread

concurrent.futures.ProcessPoolExecutor (lib/concurrent/futures/process.py)
is built on Process, SimpleQueue and Process.sentinel.

Only the "fork" start method exists: there is no "spawn" and no
"forkserver", no Manager, no shared Value/Array, and no Semaphore or
Condition across processes.
"""
import os as _os



class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class BufferTooShort(ProcessError):
    pass


# after the exceptions: pool.py raises this module's TimeoutError
from .process import Process, current_process, parent_process, active_children
from .connection import Pipe
from .synchronize import Lock
from .queues import Queue, SimpleQueue
from .pool import Pool


def cpu_count():
    """The number of CPUs in the system."""
    n = _os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def get_start_method(allow_none=False):
    return 'fork'
