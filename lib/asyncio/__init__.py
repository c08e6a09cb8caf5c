"""asyncio on one thread, written in Python on minipy's coroutines.

Lesson 7: coroutines help with waiting, not with computing. Start reading
at events.py (the loop: a ready queue, a heap of timers), then tasks.py
(how a Task drives a coroutine from one `await` of a Future to the next)
and futures.py. Run a program with --trace=async to watch the loop work.
The loop waits for time and for other threads only: there is no I/O
(sockets, subprocesses, streams) in this asyncio.
"""

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
