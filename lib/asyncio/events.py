"""The event loop: one thread runs callbacks, one at a time, in order.

Everything asyncio does is a callback the loop runs: a Task's step (resume
its coroutine until its next `await` of a pending Future), a Future's done
callbacks, a timer. The loop holds

  - _ready: a FIFO of Handles to run now (call_soon);
  - _scheduled: a heap of TimerHandles by deadline (call_later, call_at);
  - _threadsafe: callbacks other threads handed over (call_soon_threadsafe),
    with an Event that wakes the loop when it waits.

Start reading at _run_once: one round takes the timers that are due onto
the ready queue, waits (until the next deadline, or a thread's callback)
only if nothing is ready, then runs exactly the handles that were ready
when the round began; what they schedule runs in the next round. Waiting
for sockets and files is not implemented: the loop waits only for time
and for other threads.

--trace=async narrates it: the loop and the tasks report each step (task
made, suspended on what, resumed, done; the ready queue; timers; waits)
to trace/ through _asyncio.report, as they take it.
"""

import functools
import heapq
import itertools
import sys
import threading
import time
import types
import _thread
from collections import deque

from _asyncio import report as _report, tracing as _tracing

__all__ = ('AbstractEventLoop', 'BaseEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop')

# the steps --trace=async narrates (trace/events.h's AsyncStep, same order)
(A_LOOP_START, A_LOOP_STOP, A_TASK_NEW, A_READY, A_RESUME, A_SUSPEND, A_YIELD,
 A_DONE, A_CANCEL, A_TIMER, A_WAIT, A_WAKE, A_RENAME) = range(13)
TRACING = _tracing()


def _callback_name(callback):
    """What the narration calls a callback."""
    name = getattr(callback, '__qualname__', None) or getattr(callback, '__name__', None)
    if name is None:
        func = getattr(callback, 'func', None)     # functools.partial
        if func is not None:
            return _callback_name(func)
        return type(callback).__name__
    return name


def _format_args(args, kwargs):
    items = [repr(arg) for arg in args]
    if kwargs:
        items.extend(f'{k}={v!r}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs=None, suffix=''):
    """f(1, 2): a callback with its arguments, a partial's unfolded."""
    if isinstance(func, functools.partial):
        suffix = _format_args(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _format_args(args, kwargs) + suffix


def _format_callback_source(func, args):
    """The callback, and where it was defined if it is a Python function."""
    text = _format_callback(func, args)
    while isinstance(func, functools.partial):
        func = func.func
    if isinstance(func, types.FunctionType):
        code = func.__code__
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


def _handle_label(handle):
    """How the narration names a ready handle: a task's step by its task."""
    callback = handle._callback
    owner = getattr(callback, '__self__', None)
    get_name = getattr(owner, 'get_name', None)
    if get_name is not None and hasattr(owner, '_coro'):
        return get_name()
    return _callback_name(callback)


def _timer_label(callback, args):
    """How the narration names a timer: its callback, with the future it
    will finish named as its maker named it: f(sleep(0.05))."""
    what = getattr(args[0], '_what', None) if args else None
    name = _callback_name(callback)
    return f'{name}({what})' if what else name


class Handle:
    """A callback with its arguments, waiting in the ready queue."""
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '_repr')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._context = context
        self._repr = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return '<{}>'.format(' '.join(self._repr_info()))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _format_callback_source(self._callback, self._args),
                'exception': exc,
                'handle': self,
            })
        self = None  # drop the cycle through a failing callback's traceback


class TimerHandle(Handle):
    """A callback due at a time of the loop's clock; ordered by it in the heap."""
    __slots__ = ('_scheduled', '_when', '_seq')

    def __init__(self, when, seq, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return self._when == other._when and self._seq == other._seq
        return NotImplemented

    __hash__ = None

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The interface of an event loop (BaseEventLoop is the one there is)."""


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._timer_seq = itertools.count()
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._thread_id = None
        self._threadsafe = deque()
        self._threadsafe_lock = threading.Lock()
        self._wakeup = threading.Event()
        self._default_executor = None
        self._executor_shutdown_called = False
        self._exception_handler = None
        self._debug = False
        self._asyncgens_shutdown_called = False
        self._old_agen_hooks = None
        self._task_factory = None

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ---- the clock and scheduling ------------------------------------------

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) in the next round of the loop."""
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) [delay] seconds from now."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self._push_timer(self.time() + delay, delay, callback, args, context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) when the loop's clock reaches [when]."""
        if when is None:
            raise TypeError("when cannot be None")
        return self._push_timer(when, when - self.time(), callback, args, context)

    def _push_timer(self, when, delay, callback, args, context):
        """A timer for [when] on the heap ([delay] from now, as asked)."""
        self._check_closed()
        timer = TimerHandle(when, next(self._timer_seq), callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        if TRACING:
            _report(A_TIMER, None, _timer_label(callback, args), None, max(0.0, delay))
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def call_soon_threadsafe(self, callback, *args, context=None):
        """The one method another thread may call: hand callback(*args) over
        and wake the loop if it waits."""
        self._check_closed()
        handle = Handle(callback, args, self, context)
        with self._threadsafe_lock:
            self._threadsafe.append(handle)
        self._wakeup.set()
        return handle

    # ---- futures and tasks ---------------------------------------------------

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wrap the coroutine [coro] in a Task, which starts it in the next round."""
        self._check_closed()
        if self._task_factory is None:
            from .tasks import Task
            task = Task(coro, loop=self, name=name, context=context)
        else:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- running ---------------------------------------------------------------

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run rounds until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = _thread.get_ident()
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        _set_running_loop(self)
        if TRACING:
            _report(A_LOOP_START, None, None, None, 0.0)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            if TRACING:
                _report(A_LOOP_STOP, None, None, None, 0.0)
            self._stopping = False
            self._thread_id = None
            _set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until [future] (a Future, or a coroutine made a Task) is done; its result."""
        self._check_closed()
        self._check_running()
        from .tasks import ensure_future
        from .futures import isfuture
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()    # retrieved: no "never retrieved" report
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the round that is running."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _run_once(self):
        """One round: due timers onto the ready queue, wait if nothing is
        ready, then run the handles that were ready when it began."""
        sched = self._scheduled
        while sched and sched[0]._cancelled:       # cancelled timers at the top go
            self._timer_cancelled_count -= 1
            heapq.heappop(sched)._scheduled = False

        timeout = None
        if self._ready or self._stopping or self._threadsafe:
            timeout = 0
        elif sched:
            timeout = max(0, sched[0]._when - self.time())
        self._wait(timeout)

        end_time = self.time()
        while sched and sched[0]._when <= end_time:
            handle = heapq.heappop(sched)
            handle._scheduled = False
            if handle._cancelled:
                self._timer_cancelled_count -= 1
            else:
                self._ready.append(handle)

        ntodo = len(self._ready)
        if TRACING and ntodo:
            _report(A_READY, None, None,
                    tuple(_handle_label(h) for h in self._ready if not h._cancelled),
                    float(ntodo))
        for _ in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None

    def _wait(self, timeout):
        """Sleep until [timeout] (None: until a thread wakes us), or less if
        another thread hands a callback over; move those onto the ready queue."""
        if timeout != 0:
            if TRACING:
                _report(A_WAIT, None, None, None, -1.0 if timeout is None else timeout)
            self._wakeup.wait(timeout)
        self._wakeup.clear()
        with self._threadsafe_lock:
            handed = list(self._threadsafe)
            self._threadsafe.clear()
        if handed and TRACING:
            _report(A_WAKE, None, None, tuple(_handle_label(h) for h in handed),
                    float(len(handed)))
        self._ready.extend(handed)

    # ---- threads ------------------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) on a thread of [executor] (None: the loop's
        default ThreadPoolExecutor); a Future of its result."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        from .futures import wrap_future
        cfut = executor.submit(func, *args)
        cfut._what = f'thread running {_callback_name(func)}()'
        return wrap_future(cfut, loop=self)

    def set_default_executor(self, executor):
        from concurrent.futures import ThreadPoolExecutor
        if not isinstance(executor, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_default_executor(self):
        """Wait, on a thread of its own, for the default executor's threads to end."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        future._what = 'the default executor to shut down'
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    # ---- async generators ------------------------------------------------------------

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            print(f"RuntimeWarning: asynchronous generator {agen!r} was scheduled "
                  f"after loop.shutdown_asyncgens() call", file=sys.stderr)

    def _asyncgen_finalizer_hook(self, agen):
        """An async generator dies unfinished: close it on the loop, where
        its `finally` may await."""
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Let the acloses of the generators that died unfinished run."""
        self._asyncgens_shutdown_called = True
        from .tasks import sleep
        await sleep(0)

    # ---- errors ---------------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the message, the rest of the context and the exception with
        its traceback to stderr, as CPython's logger does by default."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        print('\n'.join(lines), file=sys.stderr)
        exc = context.get('exception')
        if exc is not None:
            sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return      # the loop is stopping on it anyway
    fut.get_loop().stop()


# ---- the running loop and the current loop --------------------------------------

_running = [None, None]     # the running loop and its thread's ident
_event_loop = None


def _get_running_loop():
    """The loop running on this thread, or None."""
    loop, tid = _running
    if loop is not None and tid == _thread.get_ident():
        return loop
    return None


def _set_running_loop(loop):
    _running[0] = loop
    _running[1] = _thread.get_ident() if loop is not None else None


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop, else the loop set for the main thread (made on demand)."""
    global _event_loop
    loop = _get_running_loop()
    if loop is not None:
        return loop
    if _event_loop is None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _event_loop = loop


def new_event_loop():
    return BaseEventLoop()
