"""multiprocessing.process -- Process: a function run in a forked child.

start() calls os.fork(). From then on there are two interpreters with the
same objects: in the child, fork() returned 0, and _bootstrap() runs the
target and ends the child with os._exit(), so the child never returns into
the parent's program. In the parent, fork() returned the child's pid,
which join() waits for with os.waitpid(). The child's exit status becomes
exitcode: 0, the code given to sys.exit(), 1 for an uncaught exception,
or minus the signal number that killed it (-9 for SIGKILL).

What print() has buffered is copied by fork too, so start() flushes
sys.stdout and sys.stderr first -- or the child would print it again.

sentinel is a descriptor that becomes readable when the child ends, however
it ends (even killed by SIGKILL): the read end of a pipe whose only write
end the child holds -- the kernel closes it when the child is gone, as in
CPython on Linux. select() on sentinels is how a parent waits for "a result
or a death" at once (concurrent.futures.process does).
"""
import itertools
import os
import sys
import time

_SIGTERM = 15
_SIGKILL = 9


class BaseProcess:
    """What the main process, the parent and a child have in common."""
    _name = None
    _pid = None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        if not isinstance(name, str):
            raise AssertionError('name must be a string')
        self._name = name

    @property
    def ident(self):
        return self._pid

    pid = ident


class _MainProcess(BaseProcess):
    def __init__(self):
        self._name = 'MainProcess'
        self._identity = ()
        self._pid = os.getpid()
        self.daemon = False

    def is_alive(self):
        return True

    def __repr__(self):
        return '<_MainProcess name=%r parent=None started>' % self._name


class _ParentProcess(BaseProcess):
    """The parent, as a child sees it: only a name and a pid."""
    def __init__(self, name, pid):
        self._name = name
        self._pid = pid
        self._identity = ()

    def is_alive(self):
        return os.getppid() == self._pid

    def __repr__(self):
        return '<_ParentProcess name=%r parent=None started>' % self._name


class Process(BaseProcess):
    """A target function with its arguments, to be run in a child process.

    Subclass it and override run() to give the child other work."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        self._identity = _current_process._identity + (count,)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._pid = None
        self._returncode = None
        self._sentinel = None
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemon = _current_process.daemon if daemon is None else daemon

    def run(self):
        """What the child does: call the target. Override it in a subclass."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Fork the child; it calls run() and ends."""
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process.daemon, 'daemonic processes are not allowed to have children'
        _reap_children()
        _flush_std_streams()
        sentinel_r, sentinel_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(sentinel_r)
            code = self._bootstrap()
            _flush_std_streams()
            os._exit(code)
        os.close(sentinel_w)
        self._pid = pid
        self._sentinel = sentinel_r
        _children.add(self)

    def _bootstrap(self):
        """In the child: become the current process, run, give the exit code."""
        global _current_process, _parent_process, _children, _counter
        _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
        _current_process = self
        # from now on --trace=gil names this process in its narration
        os._set_process_name(self._name)
        _children = set()
        _counter = itertools.count(1)
        self._pid = os.getpid()
        try:
            self.run()
            exitcode = 0
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            if sys.stderr is getattr(sys, '__stderr__', None):
                sys.excepthook(type(e), e, e.__traceback__)
            else:               # sys.excepthook writes to the real stderr only
                sys.stderr.write(_traceback_text(e))
        _end_children()
        return exitcode

    def _poll(self, block):
        """The exit code if the child has ended (waiting for it if [block])."""
        if self._returncode is None and self._pid is not None:
            try:
                pid, status = os.waitpid(self._pid, 0 if block else os.WNOHANG)
            except ChildProcessError:
                return None
            if pid == self._pid:
                self._returncode = os.waitstatus_to_exitcode(status)
                self._close_sentinel()
        return self._returncode

    def _close_sentinel(self):
        # the child is gone and waited for: its sentinel has said all it can
        if self._sentinel is not None:
            os.close(self._sentinel)
            self._sentinel = None

    @property
    def sentinel(self):
        """A descriptor that select() finds readable once the child has ended."""
        if self._pid is None:
            raise ValueError('process not started')
        if self._sentinel is None:
            raise ValueError('process object is closed')
        return self._sentinel

    def join(self, timeout=None):
        """Wait until the child ends, or [timeout] seconds pass."""
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        if timeout is None:
            self._poll(True)
        else:
            deadline = time.monotonic() + timeout
            delay = 0.0005
            while self._poll(False) is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                time.sleep(min(delay, left))
                delay = min(delay * 2, 0.05)
        if self._returncode is not None:
            _children.discard(self)

    def is_alive(self):
        if self is _current_process:
            return True
        if self._pid is None:
            return False
        return self._poll(False) is None

    @property
    def exitcode(self):
        """None while the child runs, then its exit code."""
        if self._pid is None:
            return None
        return self._poll(False)

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._daemon = daemonic

    def terminate(self):
        """Send SIGTERM to the child."""
        self._signal(_SIGTERM)

    def kill(self):
        """Send SIGKILL to the child."""
        self._signal(_SIGKILL)

    def _signal(self, sig):
        if self._pid is not None and self._returncode is None:
            try:
                os.kill(self._pid, sig)
            except ProcessLookupError:
                pass

    def __repr__(self):
        if self._pid is None:
            status = 'initial'
        elif self._poll(False) is None:
            status = 'started'
        else:
            status = 'stopped exitcode=%s' % self._returncode
        return '<%s name=%r %s%s>' % (type(self).__name__, self._name, status,
                                      ' daemon' if self._daemon else '')


def _traceback_text(e):
    """The worker's traceback, as text for the parent. minipy's traceback
    objects carry line numbers but not frames, so the text gives the line
    numbers (innermost last) and the exception, not the files and source."""
    lines = []
    tb = e.__traceback__
    while tb is not None:
        lines.append('  line %d' % tb.tb_lineno)
        tb = tb.tb_next
    name = type(e).__name__
    text = str(e)
    return 'Traceback (most recent call last):\n%s\n%s\n' % (
        '\n'.join(lines), name + ': ' + text if text else name)


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


def _reap_children():
    for p in list(_children):
        if p._poll(False) is not None:
            _children.discard(p)


def _end_children():
    """A child ending: its daemonic children are terminated, the others
    waited for, as CPython's exit function does."""
    for p in list(_children):
        if p.daemon:
            p.terminate()
    for p in list(_children):
        p.join()


def current_process():
    """The Process object of the process running this code."""
    return _current_process


def parent_process():
    """The parent of this process, or None in the main process."""
    return _parent_process


def active_children():
    """The children started by this process that have not ended yet."""
    _reap_children()
    return list(_children)


_current_process = _MainProcess()
_parent_process = None
_children = set()
_counter = itertools.count(1)
