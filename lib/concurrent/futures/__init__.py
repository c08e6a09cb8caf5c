"""concurrent.futures -- run calls in other threads and collect their
results through Future objects.

Lesson 5 and 7 (threads or processes?): a ThreadPoolExecutor's workers are
threads of this interpreter, so they take turns holding the GIL -- they
overlap waiting (sleep, reading files) but not computing. minipy has no
ProcessPoolExecutor: it starts no processes.
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
)
