"""What counts as a coroutine for asyncio."""

import types
import _collections_abc

__all__ = ('iscoroutinefunction', 'iscoroutine')

_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, _collections_abc.Coroutine)


def iscoroutine(obj):
    """A coroutine object (or a generator, which types.coroutine lets tasks drive)."""
    return isinstance(obj, _COROUTINE_TYPES)


def iscoroutinefunction(func):
    """An `async def` function (flag CO_COROUTINE of its code)."""
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def _format_coroutine(coro):
    """coro=<...> in a Task's repr."""
    name = getattr(coro, '__qualname__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if code is None:
        return f'{name}()'
    if frame is None:
        return f'{name}() done, defined at {code.co_filename}:{code.co_firstlineno}'
    return f'{name}() running at {code.co_filename}:{frame.f_lineno}'
