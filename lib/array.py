"""array: sequences of numbers of one C type (typecode), as CPython 3.11's.

The values live in a Python list, each checked and converted as the C
type would hold it (an 'f' value rounded to single precision, an 'h'
value refused outside -32768..32767, with CPython's messages); the bytes
(tobytes, frombytes) are the values packed by struct in the machine's
layout. CPython stores the C values themselves; what a program sees is
the same, except speed and memory.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# the signed and unsigned C types below long: (min, max, name in messages)
_SMALL = {'b': (-2**7, 2**7 - 1, 'signed char'),
          'B': (0, 2**8 - 1, 'unsigned byte integer'),
          'h': (-2**15, 2**15 - 1, 'signed short integer'),
          'H': (0, 2**16 - 1, 'unsigned short'),
          'i': (-2**31, 2**31 - 1, 'signed integer')}


def _index(v):
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


def _check(typecode, v):
    # v as the array holds it, or the error CPython gives
    if typecode in 'fd':
        if isinstance(v, (int, float)) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
            x = float(v)
        else:
            raise TypeError(f"must be real number, not {type(v).__name__}")
        if typecode == 'f':
            x = _struct.unpack('f', _struct.pack('f', x))[0]
        return x
    if typecode == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    n = _index(v)
    if typecode in _SMALL:
        if not -2**63 <= n < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        low, high, name = _SMALL[typecode]
        if n > high:
            raise OverflowError(f"{name} is greater than maximum")
        if n < low:
            raise OverflowError(f"{name} is less than minimum")
        return n
    if typecode == 'I':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2**64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if n >= 2**32:
            raise OverflowError("unsigned int is greater than maximum")
        return n
    if typecode == 'l':
        if not -2**63 <= n < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        return n
    if typecode == 'L':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2**64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        return n
    if typecode == 'q':
        if not -2**63 <= n < 2**63:
            raise OverflowError("int too big to convert")
        return n
    if n < 0:                               # 'Q'
        raise OverflowError("can't convert negative int to unsigned")
    if n >= 2**64:
        raise OverflowError("int too big to convert")
    return n


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the
    appropriate type.
    """
    __slots__ = ('_typecode', '_items')
    __hash__ = None

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not "
                            f"{type(typecode).__name__}")
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode "
                                f"'{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with "
                                f"typecode '{typecode}'")
            self.extend(initializer.tolist())
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEMSIZE[self._typecode]

    def _same_kind(self, other):
        return isinstance(other, array) and other._typecode == self._typecode

    # ---- the list of values -----------------------------------------------------

    def append(self, v, /):
        self._items.append(_check(self._typecode, v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if not self._same_kind(iterable):
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self.append(v)

    def insert(self, i, v, /):
        self._items.insert(i, _check(self._typecode, v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=9223372036854775807, /):
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, values, /):
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        checked = [_check(self._typecode, v) for v in values]
        self._items.extend(checked)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s, /):
        if self._typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    # ---- bytes ---------------------------------------------------------------------

    def _code(self):
        return '=' + ('I' if self._typecode == 'u' else self._typecode)

    def tobytes(self):
        if self._typecode == 'u':
            return _struct.pack(f'={len(self._items)}I', *[ord(c) for c in self._items])
        return _struct.pack(f'={len(self._items)}{self._typecode}', *self._items)

    def frombytes(self, data, /):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        n = len(data) // size
        if self._typecode == 'u':
            self._items.extend(chr(c) for c in _struct.unpack(f'={n}I', data))
        else:
            self._items.extend(_struct.unpack(f'={n}{self._typecode}', data))

    def byteswap(self):
        if self.itemsize == 1:
            return
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self._items), len(self._items))

    # ---- the sequence protocol ------------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            result = array(self._typecode)
            result._items = self._items[i]
            return result
        try:
            return self._items[_index(i)]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            if not self._same_kind(v):
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = v._items
            return
        v = _check(self._typecode, v)
        try:
            self._items[_index(i)] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if not self._same_kind(other):
            raise TypeError("bad argument type for built-in operation")
        result = array(self._typecode)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if not self._same_kind(other):
            raise TypeError("bad argument type for built-in operation")
        self._items += other._items
        return self

    def __mul__(self, n):
        result = array(self._typecode)
        result._items = self._items * _index(n)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, list(self._items)))


ArrayType = array
