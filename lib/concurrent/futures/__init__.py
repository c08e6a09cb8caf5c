"""concurrent.futures -- run calls in other threads and collect their
results through Future objects.

Lesson 5 and 7 (threads or processes?): a ThreadPoolExecutor's workers are
threads of this interpreter, so they take turns holding the GIL -- they
overlap waiting (sleep, reading files) but not computing. A
ProcessPoolExecutor's workers are processes (process.py, on lib/multiprocessing),
each with its own interpreter and GIL: they compute at the same time. It is
imported only when asked for (the module's __getattr__), as in CPython, so a
program using threads does not load multiprocessing.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ThreadPoolExecutor',
    'ProcessPoolExecutor',
)


def __getattr__(name):
    global ProcessPoolExecutor
    if name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor as pe
        ProcessPoolExecutor = pe
        return pe
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
