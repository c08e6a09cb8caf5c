"""struct: values packed into bytes as C lays them out, and back
(runtime/mod_struct.c does the work; here the Struct class and
iter_unpack, over its functions, as CPython's struct re-exports _struct).
"""

from _struct import calcsize, pack, unpack, unpack_from, error

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


def pack_into(format, buffer, offset, /, *v):
    """Pack values and write the packed bytes into the buffer starting at offset."""
    data = pack(format, *v)
    size = len(data)
    n = len(buffer)
    if offset < 0:
        if -offset > n:
            raise error(f"offset {offset} out of range for {n}-byte buffer")
        offset += n
    if n - offset < size:
        raise error(f"pack_into requires a buffer of at least {size + offset} bytes for "
                    f"packing {size} bytes at offset {offset} (actual buffer size is {n})")
    buffer[offset:offset + size] = data


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the given bytes,
    calcsize(format) bytes at a time."""
    size = calcsize(format)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error(f"iterative unpacking requires a buffer of a multiple of {size} bytes")
    return (unpack_from(format, buffer, i) for i in range(0, len(buffer), size))


class Struct:
    """Struct(format): a compiled format, with its size and its own pack/unpack."""

    def __init__(self, format):
        self.size = calcsize(format)          # checks the format
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format

    def pack(self, *v):
        return pack(self.format, *v)

    def pack_into(self, buffer, offset, *v):
        return pack_into(self.format, buffer, offset, *v)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return f"Struct({self.format!r})"
