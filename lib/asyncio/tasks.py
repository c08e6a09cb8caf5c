"""Task: a coroutine driven by the event loop, and the ways to wait for tasks.

A Task is a Future whose result is its coroutine's return value. It drives
the coroutine in steps (__step): each step sends None into it (or throws an
exception in) and runs it to its next suspension. An `await` of a pending
Future suspends the whole chain of coroutines down to the task, and the
future comes out of coro.send() here: the task adds its __wakeup as the
future's done callback and is parked; when the future is done, the loop
runs __wakeup, which schedules the next step. A bare `yield` (sleep(0))
just puts the step back on the ready queue. Nothing but the loop ever
resumes a task, which is why coroutines on one thread need no locks between
their awaits.
"""

import functools
import itertools
import types
from collections import deque

from . import coroutines
from . import events
from . import exceptions
from . import futures
from .events import (TRACING, _report, A_TASK_NEW, A_RESUME, A_SUSPEND, A_YIELD, A_DONE,
                     A_CANCEL, A_RENAME)

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield',
           'ensure_future', 'current_task', 'all_tasks')

_task_name_counter = itertools.count(1)
_all_tasks = set()          # the tasks not yet done (CPython keeps a WeakSet)
_current_tasks = {}         # loop -> the task whose step runs now


def current_task(loop=None):
    """The task running now on [loop] (the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The tasks of [loop] (the running loop) that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


def _what(fut):
    """What a task parked on [fut] waits for, as the narration says it."""
    if isinstance(fut, Task):
        return f'task {fut.get_name()}'
    return fut._what or type(fut).__name__


class Task(futures.Future):
    """A coroutine wrapped in a Future, run by the event loop step by step."""
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = f'Task-{next(_task_name_counter)}' if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._num_cancels_requested = 0
        if TRACING:
            _report(A_TASK_NEW, self._name, getattr(coro, '__qualname__', None), None, 0.0)
        self._loop.call_soon(self.__step, context=context)
        _all_tasks.add(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{coroutines._format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        name = str(value)
        if TRACING:
            _report(A_RENAME, self._name, name, None, 0.0)
        self._name = name

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into its coroutine at
        its next step (or the future it waits on is cancelled, which wakes
        it with the same). False if it is already done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if TRACING:
            _report(A_CANCEL, self._name, None if msg is None else str(msg), None, 0.0)
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        _all_tasks.discard(self)
        if TRACING:
            if self.cancelled():
                _report(A_DONE, self._name, 'cancelled', None, 0.0)
            elif self._exception is not None:
                _report(A_DONE, self._name, 'raised', self._exception, 0.0)
            else:
                _report(A_DONE, self._name, 'returned', self._result, 0.0)

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        if _current_tasks.get(loop) is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while another '
                               f'task {_current_tasks[loop]!r} is being executed.')
        _current_tasks[loop] = self
        if TRACING:
            _report(A_RESUME, self._name, None, exc, 0.0)
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:     # cancel() came while it ran its last step
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
            self._finish()
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled
            super().cancel()
            self._finish()
        except (KeyboardInterrupt, SystemExit) as fatal:
            super().set_exception(fatal)
            self._finish()
            raise
        except BaseException as error:
            # the traceback starts in the coroutine, as with CPython's Task
            # in C: this step's own frame is not part of the story
            if error.__traceback__ is not None:
                error.__traceback__ = error.__traceback__.tb_next
            super().set_exception(error)
            self._finish()
        else:
            self.__park(result)
        finally:
            del _current_tasks[loop]
            self = None

    def __park(self, result):
        """The coroutine handed [result] up: wait for it if it is a future."""
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result._loop is not self._loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
                self._loop.call_soon(self.__step, error, context=self._context)
            elif blocking:
                if result is self:
                    error = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self.__step, error, context=self._context)
                    return
                result._asyncio_future_blocking = False
                result.add_done_callback(self.__wakeup, context=self._context)
                self._fut_waiter = result
                if TRACING:
                    _report(A_SUSPEND, self._name, _what(result), None, 0.0)
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
                self._loop.call_soon(self.__step, error, context=self._context)
        elif result is None:
            if TRACING:
                _report(A_YIELD, self._name, None, None, 0.0)
            self._loop.call_soon(self.__step, context=self._context)
        elif isinstance(result, types.GeneratorType):
            error = RuntimeError(f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
            self._loop.call_soon(self.__step, error, context=self._context)
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self.__step, error, context=self._context)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()
        self = None

    # the name CPython's reprs give it (cb=[Task.task_wakeup()])
    __wakeup.__qualname__ = 'Task.task_wakeup'


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine [coro] on the running loop; its Task."""
    loop = events.get_running_loop()
    # made without the name, which is set after (so it still uses up a
    # Task-N number, as CPython 3.11's create_task does)
    task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    """A Future as is; a coroutine or awaitable wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not coroutines.iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


# ---- sleep ---------------------------------------------------------------------

@types.coroutine
def _sleep0():
    """Give the other ready callbacks a turn: a bare yield, which the Task
    answers by scheduling its next step at the back of the ready queue."""
    yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    """Suspend for [delay] seconds: a future that a timer on the loop's heap finishes."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    future._what = f'sleep({delay})'
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


# ---- gather ---------------------------------------------------------------------

class _GatheringFuture(futures.Future):
    """gather()'s future: cancelling it cancels its children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False
        self._what = f'gather of {len(children)}'

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the results of all the awaitables, in the order given.
    The first exception is passed on at once (the others keep running),
    unless return_exceptions, which puts exceptions among the results."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer

    children = []
    made = {}
    loop = None
    finished = 0
    outer = None

    def child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()      # retrieved, so never reported
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished < len(made):
            return
        results = []
        for child in children:
            if child.cancelled():
                res = exceptions.CancelledError('' if child._cancel_message is None
                                                else child._cancel_message)
            else:
                res = child.exception()
                if res is None:
                    res = child._result
            results.append(res)
        if outer._cancel_requested:
            outer.set_exception(fut._make_cancelled_error())
        else:
            outer.set_result(results)

    for arg in coros_or_futures:
        if arg in made:
            fut = made[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            made[arg] = fut
            fut.add_done_callback(child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Await [arg] without letting a cancellation of the awaiting task cancel it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    outer._what = f'shield of {_what(inner)}'

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# ---- wait_for, wait, as_completed ---------------------------------------------------

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancel [fut] and wait until it has really ended."""
    waiter = fut.get_loop().create_future()
    waiter._what = f'{_what(fut)} to end its cancellation'
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Await [fut] for at most [timeout] seconds; past that, cancel it and
    raise TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    waiter._what = f'{_what(fut)} or {timeout}s'
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait until return_when (or timeout) for the futures and tasks of the
    iterable [fs]; the two sets (done, pending). Nothing is cancelled."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f, loop=loop) for f in fs}

    waiter = loop.create_future()
    waiter._what = f'{return_when.lower().replace("_", " ")} of {len(fs)}'
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def one_done(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines; awaiting each gives the next result to be
    ready, in the order they finish (TimeoutError past [timeout])."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    done = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)       # None: the timeout
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()
