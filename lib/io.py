"""io -- in-memory streams: StringIO for text, BytesIO for bytes.

StringIO is a file that lives in a string: write() to it, print(...,
file=buf) into it, then getvalue() -- the way tests capture output, and the
way to build a long text without repeated concatenation (lesson 10: the
pieces are joined once). It reads like a file too: read(), readline(),
iteration by lines, seek() and tell() (positions count characters).

minipy's real files are the built-in open()'s objects (runtime/io.c); this
module adds StringIO, written in Python (CPython's is C, _io.StringIO),
with CPython's behaviour and messages for what a program does with one.
BytesIO is the same for bytes, kept in a bytearray: pickle.dump() writes
into one, pickle.load() reads from one.
"""

__all__ = ['StringIO', 'BytesIO', 'open', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'UnsupportedOperation', 'IOBase', 'TextIOBase']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The base class of the streams (here: of StringIO)."""

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def readlines(self, hint=-1):
        """Return a list of lines from the stream; with a hint, stop once
        the lines read hold that many characters."""
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        """Write each string of lines (no newlines are added)."""
        self._checkClosed()
        for line in lines:
            self.write(line)

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')


class TextIOBase(IOBase):
    """The base class of text streams."""


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of object.  The newline
    argument is like the one of TextIOWrapper's constructor.
    """
    # The text is self._text, plus pieces written at its end that are not
    # joined into it yet (self._tail): a program that only writes pays for
    # one join, in getvalue().

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._text = self._translate(initial_value)
        self._tail = []
        self._size = len(self._text)
        self._pos = 0

    def _translate(self, s):
        """Newlines on the way in: None turns \\r\\n and \\r into \\n; '\\r'
        and '\\r\\n' turn \\n into themselves."""
        newline = self._newline
        if newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if newline in ('\r', '\r\n'):
            return s.replace('\n', newline)
        return s

    def _join(self):
        if self._tail:
            self._text += ''.join(self._tail)
            self._tail = []

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def close(self):
        """Close the IO object.

        Attempting any further operation after the object is closed
        will raise a ValueError.
        """
        self._closed = True
        self._text = ''
        self._tail = []

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._checkClosed()
        self._join()
        return self._text

    def write(self, s):
        """Write string to file.

        Returns the number of characters written, which is always equal to
        the length of the string.
        """
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        s = self._translate(s)
        if self._pos == self._size:
            self._tail.append(s)
        else:
            self._join()
            text = self._text
            if self._pos > self._size:
                text += '\0' * (self._pos - self._size)
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        if self._pos > self._size:
            self._size = self._pos
        return n

    def read(self, size=-1):
        """Read at most size characters, returned as a string.

        If the argument is negative or omitted, read until EOF
        is reached. Return an empty string at EOF.
        """
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError('argument should be integer or None, not %r' % type(size).__name__)
        self._join()
        start = self._pos
        if start >= self._size:
            return ''
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = end
        return self._text[start:end]

    def readline(self, size=-1):
        """Read until newline or EOF.

        Returns an empty string if EOF is hit immediately.
        """
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError('integer argument expected, got %r' % type(size).__name__)
        self._join()
        start = self._pos
        if start >= self._size:
            return ''
        text = self._text
        if self._newline == '':
            # universal: \r, \n and \r\n each end a line
            end = start
            while end < self._size and text[end] not in '\r\n':
                end += 1
            if end < self._size:
                end += 2 if text[end:end + 2] == '\r\n' else 1
        else:
            sep = '\n' if self._newline is None else self._newline
            i = text.find(sep, start)
            end = self._size if i < 0 else i + len(sep)
        if size >= 0 and end - start > size:
            end = start + size
        self._pos = end
        return text[start:end]

    def tell(self):
        """Tell the current file position."""
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position.

        Seek to character offset pos relative to position indicated by whence:
            0  Start of stream (the default).  pos should be >= 0;
            1  Current position - pos must be 0;
            2  End of stream - pos must be 0.
        Returns the new absolute position.
        """
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        """Truncate size to pos.

        The pos argument defaults to the current file position, as
        returned by tell().  The current file position is unchanged.
        Returns the new absolute position.
        """
        self._checkClosed()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError('Negative size value %d' % pos)
        if pos < self._size:
            self._join()
            self._text = self._text[:pos]
            self._size = pos
        return pos

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        raise TypeError("cannot pickle 'StringIO' object")


StringIO.__module__ = '_io'


class BufferedIOBase(IOBase):
    """The base class of binary streams."""


def _bytes_of(b):
    """The bytes of a bytes-like object, or the buffer protocol's TypeError."""
    try:
        return memoryview(b).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray() if initial_bytes is None else bytearray(_bytes_of(initial_bytes))
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _checkClosed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def close(self):
        """Disable all I/O operations."""
        self._closed = True

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        self._checkClosed()
        return memoryview(self._buf)

    def write(self, b):
        """Write bytes to file.

        Return the number of bytes written.
        """
        self._checkClosed()
        b = _bytes_of(b)
        n = len(b)
        if not n:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(bytes(pos - len(self._buf)))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError('argument should be integer or None, not %r' % type(size).__name__)
        return size

    def read(self, size=-1):
        """Read at most size bytes, returned as a bytes object.

        If the size argument is negative, read until EOF is reached.
        Return an empty bytes object at EOF.
        """
        self._checkClosed()
        size = self._size_arg(size)
        start = self._pos
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        if start >= end:
            return b''
        self._pos = end
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        """Next line from the file, as a bytes object."""
        self._checkClosed()
        size = self._size_arg(size)
        start = self._pos
        if start >= len(self._buf):
            return b''
        i = self._buf.find(b'\n', start)
        end = len(self._buf) if i < 0 else i + 1
        if size >= 0 and end - start > size:
            end = start + size
        self._pos = end
        return bytes(self._buf[start:end])

    def readinto(self, b):
        """Read bytes into buffer b; return the number read."""
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def tell(self):
        """Current file position, an integer."""
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position; return the new absolute position."""
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        """Truncate the file to at most size bytes; return the new size."""
        self._checkClosed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError('negative size value %d' % size)
        del self._buf[size:]
        return size

    def __getstate__(self):
        return (self.getvalue(), self._pos, None)


BytesIO.__module__ = '_io'
