"""multiprocessing.connection -- Pipe(): two Connections that send objects.

A pipe carries bytes, with no idea where one message ends. A Connection
adds the boundaries, as CPython's does: each message is a 4-byte
big-endian length, then that many bytes. send() pickles the object and
sends its bytes; recv() reads one whole message and unpickles it, so the
receiver gets a copy. recv() at the end of the pipe -- every write end
closed, in every process -- raises EOFError. That is why a process closes
the ends it does not use: a copy left open keeps the other side waiting.

os.pipe() is one-way. Pipe(duplex=True) makes two of them, one for each
direction (CPython uses a socket pair).
"""
import os
import pickle
import select

_HEADER = 4


class Connection:
    """One end: it reads from [read_fd] and writes to [write_fd] (either may be None)."""

    def __init__(self, read_fd, write_fd):
        self._read_fd = read_fd
        self._write_fd = write_fd

    @property
    def closed(self):
        return self._read_fd is None and self._write_fd is None

    @property
    def readable(self):
        return self._read_fd is not None

    @property
    def writable(self):
        return self._write_fd is not None

    def _check_readable(self):
        if self.closed:
            raise OSError('handle is closed')
        if self._read_fd is None:
            raise OSError('connection is write-only')

    def _check_writable(self):
        if self.closed:
            raise OSError('handle is closed')
        if self._write_fd is None:
            raise OSError('connection is read-only')

    def fileno(self):
        """The descriptor to wait on with select: the reading one if any."""
        if self.closed:
            raise OSError('handle is closed')
        return self._read_fd if self._read_fd is not None else self._write_fd

    def close(self):
        for fd in {self._read_fd, self._write_fd}:
            if fd is not None:
                os.close(fd)
        self._read_fd = self._write_fd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- sending ----

    def send_bytes(self, buf, offset=0, size=None):
        """Send [buf] (or size bytes of it from offset) as one message."""
        self._check_writable()
        data = bytes(buf)
        if offset < 0:
            raise ValueError('offset is negative')
        if size is None:
            size = len(data) - offset
        if size < 0:
            raise ValueError('size is negative')
        if offset + size > len(data):
            raise ValueError('buffer length < offset + size')
        data = data[offset:offset + size]
        if len(data) > 0x7fffffff:
            raise ValueError('message too long for a 4-byte length')
        self._write_all(len(data).to_bytes(_HEADER, 'big') + data)

    def send(self, obj):
        """Send a copy of [obj]: its pickled bytes."""
        self._check_writable()
        self.send_bytes(pickle.dumps(obj))

    def _write_all(self, data):
        # a pipe may take fewer bytes than asked: write the rest
        while data:
            n = os.write(self._write_fd, data)
            data = data[n:]

    # ---- receiving ----

    def _read_exactly(self, n, at_start):
        chunks = []
        while n > 0:
            chunk = os.read(self._read_fd, n)
            if not chunk:
                if at_start and not chunks:
                    raise EOFError
                raise EOFError('pipe closed in the middle of a message')
            chunks.append(chunk)
            n -= len(chunk)
        return b''.join(chunks)

    def recv_bytes(self, maxlength=None):
        """The bytes of the next message."""
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError('negative maxlength')
        size = int.from_bytes(self._read_exactly(_HEADER, True), 'big')
        if maxlength is not None and size > maxlength:
            raise OSError('bad message length')
        return self._read_exactly(size, False)

    def recv(self):
        """The next object sent (a copy, unpickled)."""
        return pickle.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        """Whether there is something to read, waiting up to [timeout] seconds
        (for ever if None). The end of the pipe counts: recv() would not block."""
        self._check_readable()
        if timeout is not None and timeout < 0:
            timeout = 0
        readable, _, _ = select.select([self._read_fd], [], [], timeout)
        return bool(readable)

    def __repr__(self):
        return '<Connection read=%r write=%r>' % (self._read_fd, self._write_fd)


def Pipe(duplex=True):
    """Two connected Connections. With duplex, both ends send and receive;
    otherwise the first only receives and the second only sends."""
    r1, w1 = os.pipe()
    if not duplex:
        return Connection(r1, None), Connection(None, w1)
    r2, w2 = os.pipe()
    return Connection(r1, w2), Connection(r2, w1)


def wait(object_list, timeout=None):
    """The Connections (or descriptors) of [object_list] ready to be read."""
    readable, _, _ = select.select(object_list, [], [], timeout)
    return readable
