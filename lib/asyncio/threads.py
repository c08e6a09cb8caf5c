"""asyncio.to_thread: run a blocking function on the loop's thread pool."""

import functools

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) on another thread and await its result; the
    loop goes on running the other tasks meanwhile."""
    loop = events.get_running_loop()
    call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
