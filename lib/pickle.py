"""pickle -- objects to bytes and back, byte for byte as CPython's.

Lesson 7 (processes): a value crosses from one process to another as
bytes, and pickle is the format. A pickle is a little program for a stack
machine: each opcode (one byte, sometimes with an argument) pushes a value,
or builds one from what is on the stack, and STOP returns the top. Run
`python3 -m pickletools -a` on the output of dumps() to read one.

Writing (Pickler.save) follows CPython's C pickler (_pickle.c), so that
pickle.dumps(x) here gives the very bytes CPython's gives:
  - None, bools, ints, floats: one opcode each, never memoized;
  - str and bytes: length-prefixed, then remembered in the memo;
  - tuples: their items, then TUPLE1/2/3 or MARK ... TUPLE;
  - list, dict, set: an empty one first (memoized, so a cycle can refer to
    it), then the items in batches of 1000 (APPENDS, SETITEMS, ADDITEMS);
  - classes and functions: by name (module and qualified name), checked
    to be found again under that name;
  - everything else: a "reduce" recipe (a callable and its arguments, then
    a state), the class's own __reduce_ex__/__reduce__ or, for instances of
    plain classes, CPython's object.__reduce_ex__ (NEWOBJ, then BUILD).
The memo maps id(obj) to a number: an object reached twice is written once
and fetched back (BINGET) the second time -- shared references and cycles
survive the round trip.

Protocol 4 (the default) wraps the opcodes in frames of about 64 KiB
(FRAME + 8-byte length); protocol 5 adds bytearray's own opcode.
Protocol 2 (Python 2's) has no bytes type: bytes are written as a call of
_codecs.encode on a latin-1 str, and global names are Python 2's
(__builtin__.unicode for str). Protocol 1 has no NEWOBJ: an instance is a
call of copy_reg._reconstructor; protocol 0 writes numbers in decimal and
each opcode's argument as a line of text. Every protocol, 0 to 5, is
written and read.

Not here, next to CPython's: PickleBuffer (so buffer_callback is never
called), copyreg's extension registry and dispatch_table, reducer_override,
and __getnewargs_ex__ below protocol 4. Deep nesting ends in RecursionError
a little sooner than in CPython (about 496 nested lists instead of 498).

Start reading at Pickler.save, then Unpickler.load.
"""

import sys
import math
import builtins
from io import BytesIO

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython's are the C module's classes: tracebacks say _pickle.PicklingError
for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'


# ---- opcodes -------------------------------------------------------------------
# One byte each; the comment says what it leaves on the stack.

MARK = b'('             # push the mark (the start of a variable-length group)
STOP = b'.'             # the end: return the top of the stack
POP = b'0'              # discard the top
POP_MARK = b'1'         # discard everything down to and with the mark
DUP = b'2'              # push the top again
FLOAT = b'F'            # a float in decimal text, up to a newline
INT = b'I'              # an int in decimal text (I01/I00: True/False)
BININT = b'J'           # a signed 4-byte int
BININT1 = b'K'          # a 1-byte unsigned int
LONG = b'L'             # an int in decimal text with an L
BININT2 = b'M'          # a 2-byte unsigned int
NONE = b'N'             # None
PERSID = b'P'           # a persistent id in text
BINPERSID = b'Q'        # the top is a persistent id
REDUCE = b'R'           # f, args -> f(*args)
STRING = b'S'           # a Python 2 str in repr form
BINSTRING = b'T'        # a Python 2 str, 4-byte length
SHORT_BINSTRING = b'U'  # a Python 2 str, 1-byte length
UNICODE = b'V'          # a str, raw-unicode-escaped, up to a newline
BINUNICODE = b'X'       # a str in UTF-8, 4-byte length
APPEND = b'a'           # list, x -> list with x appended
BUILD = b'b'            # obj, state -> obj with the state set
GLOBAL = b'c'           # module\nname\n -> the object found there
DICT = b'd'             # mark, k, v, ... -> a dict
EMPTY_DICT = b'}'
APPENDS = b'e'          # list, mark, x, ... -> the list extended
GET = b'g'              # a memo entry (decimal index)
BINGET = b'h'           # a memo entry (1-byte index)
INST = b'i'             # mark, args -> an instance of module\nname\n
LONG_BINGET = b'j'      # a memo entry (4-byte index)
LIST = b'l'             # mark, x, ... -> a list
EMPTY_LIST = b']'
OBJ = b'o'              # mark, cls, args -> an instance of cls
PUT = b'p'              # remember the top (decimal index)
BINPUT = b'q'           # remember the top (1-byte index)
LONG_BINPUT = b'r'      # remember the top (4-byte index)
SETITEM = b's'          # dict, k, v -> dict with d[k] = v
TUPLE = b't'            # mark, x, ... -> a tuple
EMPTY_TUPLE = b')'
SETITEMS = b'u'         # dict, mark, k, v, ... -> the dict updated
BINFLOAT = b'G'         # a float, 8 bytes big-endian IEEE 754
TRUE = b'I01\n'
FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'         # the protocol number (1 byte)
NEWOBJ = b'\x81'        # cls, args -> cls.__new__(cls, *args)
EXT1 = b'\x82'          # an object from the extension registry
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'        # x -> (x,)
TUPLE2 = b'\x86'        # x, y -> (x, y)
TUPLE3 = b'\x87'        # x, y, z -> (x, y, z)
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'         # an int, little-endian two's complement, 1-byte length
LONG4 = b'\x8b'         # the same with a 4-byte length
# protocol 3
BINBYTES = b'B'         # bytes, 4-byte length
SHORT_BINBYTES = b'C'   # bytes, 1-byte length
# protocol 4
SHORT_BINUNICODE = b'\x8c'  # a str in UTF-8, 1-byte length
BINUNICODE8 = b'\x8d'       # a str in UTF-8, 8-byte length
BINBYTES8 = b'\x8e'         # bytes, 8-byte length
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'          # set, mark, x, ... -> the set updated
FROZENSET = b'\x91'         # mark, x, ... -> a frozenset
NEWOBJ_EX = b'\x92'         # cls, args, kwargs -> cls.__new__(cls, *args, **kwargs)
STACK_GLOBAL = b'\x93'      # module, qualname -> the object found there
MEMOIZE = b'\x94'           # remember the top under the next index
FRAME = b'\x95'             # the next 8 bytes: the length of a frame
# protocol 5
BYTEARRAY8 = b'\x96'        # a bytearray, 8-byte length
NEXT_BUFFER = b'\x97'       # the next out-of-band buffer
READONLY_BUFFER = b'\x98'   # the top buffer made read-only

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4         # a shorter frame is written without its header
_FRAME_SIZE_TARGET = 64 * 1024

_FunctionType = type(lambda: None)
_BuiltinType = type(len)
_ModuleType = type(sys)
_complex = complex


class _Method:
    def f(self):
        pass


_MethodType = type(_Method().f)
del _Method


# ---- IEEE 754 doubles ----------------------------------------------------------
# minipy has no struct module; a double's 64 bits come from frexp/ldexp.

def _float_to_bits(x):
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        return sign << 63 | 0x7ff8000000000000
    x = abs(x)
    if x == math.inf:
        return sign << 63 | 0x7ff << 52
    if x == 0.0:
        return sign << 63
    m, e = math.frexp(x)                # x = m * 2**e with 0.5 <= m < 1
    biased = e + 1022
    if biased >= 1:                     # normal: 1.fraction * 2**(biased - 1023)
        fraction = int(math.ldexp(m * 2.0 - 1.0, 52))
    else:                               # subnormal: fraction * 2**-1074
        biased = 0
        fraction = int(math.ldexp(m, e + 1074))
    return sign << 63 | biased << 52 | fraction


def _bits_to_float(bits):
    sign = -1.0 if bits >> 63 else 1.0
    biased = (bits >> 52) & 0x7ff
    fraction = bits & ((1 << 52) - 1)
    if biased == 0x7ff:
        return math.copysign(math.nan, sign) if fraction else sign * math.inf
    if biased == 0:
        return sign * math.ldexp(fraction, -1074)
    return sign * math.ldexp(fraction + (1 << 52), biased - 1075)


def _encode_long(x):
    """x as LONG1 wants it: little-endian two's complement, as few bytes as
    hold it (0 is no bytes at all)."""
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    data = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


# ---- finding objects by name ---------------------------------------------------

def _getattribute(obj, dotted):
    """obj.a.b.c for dotted 'a.b.c': (the object, its parent)."""
    parent = None
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute %r on %r" % (dotted, obj))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def _whichmodule(obj, dotted):
    """The name of the module where obj is found as [dotted]."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in list(sys.modules.items()):
        if module_name == '__main__' or module is None:
            continue
        try:
            if _getattribute(module, dotted)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _type_name(cls):
    """A type's name as CPython's messages give it (tp_name): dotted with
    its module unless that is builtins, or a class statement's plain name."""
    if _is_class_statement(cls) or cls.__module__ == 'builtins':
        return cls.__name__
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _is_class_statement(cls):
    """True for a class made by a class statement (its __module__ is a
    string in its own namespace), false for a built-in type."""
    return isinstance(vars(cls).get('__module__'), str)


# ---- how an object without its own reduce is pickled --------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _dict_state(obj):
    """An instance's __dict__ as its state, None if it has none or it is empty."""
    try:
        d = vars(obj)
    except TypeError:
        return None
    return d if d else None


def _solid_base(cls):
    """The first built-in type in cls's MRO: what the instance is made of."""
    for base in cls.__mro__:
        if not _is_class_statement(base):
            return base
    return object


def _builtin_reduce(obj, cls, base):
    """The reduce value of the built-in types that define their own
    __reduce__ in CPython, for obj whose solid base is [base]; None if
    [base] has none."""
    if obj is Ellipsis:
        return 'Ellipsis'               # a name: pickled as builtins.Ellipsis
    if obj is NotImplemented:
        return 'NotImplemented'
    if base is _complex:
        return (cls, (obj.real, obj.imag)) if cls is _complex else None
    if base is range:
        return range, (obj.start, obj.stop, obj.step)
    if base is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if base is set or base is frozenset:
        return cls, (list(obj),), _dict_state(obj)
    if base is bytearray:
        return cls, (bytes(obj),) if obj else (), _dict_state(obj)
    if issubclass(base, BaseException):
        state = _dict_state(obj)
        if state is None:
            return cls, obj.args
        return cls, obj.args, state
    return None


_module_names = {}


def _codecs_encode(obj, encoding):
    """What CPython's _codecs.encode does with the arguments a protocol 2
    pickle of bytes gives it."""
    return obj.encode(encoding)


_LATIN1 = 'latin1'

# Python 3 names that Python 2 called otherwise (protocols 0 to 2 write and
# read these, as CPython's fix_imports does; its table is _compat_pickle)
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue', '_thread': 'thread',
                '_pickle': 'pickle'}
_PY2_NAMES = {('builtins', 'range'): ('__builtin__', 'xrange'), ('builtins', 'chr'): ('__builtin__', 'unichr'),
              ('builtins', 'str'): ('__builtin__', 'unicode'), ('builtins', 'int'): ('__builtin__', 'long'),
              ('builtins', 'zip'): ('itertools', 'izip'), ('builtins', 'map'): ('itertools', 'imap'),
              ('builtins', 'filter'): ('itertools', 'ifilter')}
for _name in ('ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
              'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
              'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
              'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError OverflowError '
              'PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError '
              'SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError '
              'UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError '
              'Warning ZeroDivisionError').split():
    _PY2_NAMES[('builtins', _name)] = ('exceptions', _name)
for _name in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError '
              'ConnectionResetError FileExistsError FileNotFoundError InterruptedError IsADirectoryError '
              'NotADirectoryError PermissionError ProcessLookupError TimeoutError').split():
    _PY2_NAMES[('builtins', _name)] = ('exceptions', 'OSError')
_PY2_NAMES[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
_PY3_MODULES = {v: k for k, v in _PY2_MODULES.items()}
_PY3_MODULES['exceptions'] = 'builtins'
_PY3_NAMES = {v: k for k, v in _PY2_NAMES.items() if v[1] not in ('OSError', 'ImportError') or k[1] == v[1]}
del _name

_NEWOBJ_BASES = (object, int, float, str, bytes, tuple, list, dict, bool, _complex)


def _reconstructor(cls, base, state):
    """How protocols 0 and 1 make an instance again (CPython's
    copyreg._reconstructor): base.__new__, then base's own __init__."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def _old_reduce(obj, cls, base):
    """object.__reduce_ex__ for protocols 0 and 1 (CPython's
    copyreg._reduce_ex): _reconstructor(cls, base, base(obj)), then the
    instance's __dict__ (or __getstate__()) when it holds anything."""
    if base is cls:
        raise TypeError("cannot pickle '%s' object" % _type_name(cls))
    state = None if base is object else base(obj)
    getstate = getattr(obj, '__getstate__', None)
    d = getstate() if getstate is not None else _dict_state(obj)
    if d:
        return _reconstructor, (cls, base, state), d
    return _reconstructor, (cls, base, state)


def _object_reduce(obj, proto):
    """object.__reduce_ex__(proto) for protocols 2 and up: CPython's
    reduce_newobj (typeobject.c) -- cls.__new__(cls, *args), then the state
    and, for list and dict subclasses, the items."""
    cls = type(obj)
    base = _solid_base(cls)
    rv = _builtin_reduce(obj, cls, base)
    if rv is not None:
        return rv
    if proto < 2:
        return _old_reduce(obj, cls, base)
    if base not in _NEWOBJ_BASES:
        raise TypeError("cannot pickle '%s' object" % _type_name(cls))
    kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs_ex is not None:
        value = getnewargs_ex()
        if not isinstance(value, tuple):
            raise TypeError('__getnewargs_ex__ should return a tuple, not %r' % type(value).__name__)
        if len(value) != 2:
            raise ValueError('__getnewargs_ex__ should return a tuple of length 2, not %d' % len(value))
        args, kwargs = value
        if not isinstance(args, tuple):
            raise TypeError('first item of the tuple returned by __getnewargs_ex__ must be a tuple, not %r'
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError('second item of the tuple returned by __getnewargs_ex__ must be a dict, not %r'
                            % type(kwargs).__name__)
    elif getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError('__getnewargs__ should return a tuple, not %r' % type(args).__name__)
    elif base in (int, float, str, bytes, tuple, bool):
        args = (base(obj),)            # int.__getnewargs__ and its kind
    elif base is _complex:
        args = (obj.real, obj.imag)
    else:
        args = ()
    getstate = getattr(obj, '__getstate__', None)
    state = getstate() if getstate is not None else _dict_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + args, state, listitems, dictitems


# ---- the pickler ---------------------------------------------------------------

class Pickler:
    """Write pickles of objects to a binary file (anything with write())."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if not isinstance(protocol, int):
            index = getattr(type(protocol), '__index__', None)
            if index is None:
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(protocol).__name__)
            protocol = index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1    # protocol 0 is text: decimal numbers, lines
        self.memo = {}          # id(obj) -> (memo index, obj): obj kept alive so ids stay unique
        self.fast = 0
        self._frame = None      # the current frame's bytes (protocol 4 and up)

    def clear_memo(self):
        """Forget the objects already written (a later dump writes them again)."""
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    # -- output, in frames for protocol 4 and up --

    def _write(self, data):
        if self._frame is not None:
            self._frame += data
        else:
            self._file_write(data)

    def _commit_frame(self, force=False):
        frame = self._frame
        if frame is None or not frame or (not force and len(frame) < _FRAME_SIZE_TARGET):
            return
        if len(frame) >= _FRAME_SIZE_MIN:
            self._file_write(FRAME + len(frame).to_bytes(8, 'little'))
        self._file_write(bytes(frame))
        self._frame = bytearray()

    def _write_large(self, header, payload):
        """A big str or bytes goes out unframed, straight after the frame so far."""
        if self._frame is not None:
            self._commit_frame(force=True)
            self._file_write(header)
            self._file_write(payload)
        else:
            self._write(header + payload)

    def dump(self, obj):
        """Write a pickle of obj: PROTO, the object, STOP."""
        if self.proto >= 2:
            self._file_write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self._frame = bytearray()
        try:
            self.save(obj)
        except RecursionError as e:
            if str(e) != 'maximum recursion depth exceeded':
                raise
            # CPython's C pickler counts its own nesting and says where it was
            raise RecursionError('maximum recursion depth exceeded while pickling an object') from None
        self._write(STOP)
        self._commit_frame(force=True)
        self._frame = None

    # -- the memo --

    def memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif not self.bin:
            self._write(PUT + str(idx).encode('ascii') + b'\n')
        elif idx < 256:
            self._write(BINPUT + bytes([idx]))
        else:
            self._write(LONG_BINPUT + idx.to_bytes(4, 'little'))
        self.memo[id(obj)] = idx, obj

    def _get(self, idx):
        if not self.bin:
            return GET + str(idx).encode('ascii') + b'\n'
        if idx < 256:
            return BINGET + bytes([idx])
        return LONG_BINGET + idx.to_bytes(4, 'little')

    # -- the dispatch --

    def save(self, obj, save_persistent_id=True):
        if self._frame is not None:
            self._commit_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                if self.bin:
                    self.save(pid, save_persistent_id=False)
                    self._write(BINPERSID)
                    return
                try:
                    self._write(PERSID + str(pid).encode('ascii') + b'\n')
                except UnicodeEncodeError:
                    raise PicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
                return
        t = type(obj)
        if obj is None:
            self._write(NONE)
            return
        if t is bool:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_long(obj)
            return
        if t is float:
            if self.bin:
                self._write(BINFLOAT + _float_to_bits(obj).to_bytes(8, 'big'))
            else:
                self._write(FLOAT + repr(obj).encode('ascii') + b'\n')
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._write(self._get(x[0]))
            return
        saver = self._dispatch.get(t)
        if saver is not None:
            saver(self, obj)
            return
        if isinstance(obj, type):
            self._save_type(obj)
            return
        if t is _BuiltinType:
            owner = getattr(obj, '__self__', None)
            if owner is None or isinstance(owner, _ModuleType):
                self.save_global(obj, obj.__qualname__)
            else:
                self.save_reduce(getattr, (owner, obj.__name__), obj=obj)
            return
        if t is _MethodType:
            self.save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)
            return
        self._save_reduced(obj)

    def _save_reduced(self, obj):
        """obj by its reduce value: the class's __reduce_ex__ or __reduce__
        if it defines one, else what object.__reduce_ex__ gives (minipy's
        object has neither method, so that part is _object_reduce)."""
        reduce_ex = getattr(obj, '__reduce_ex__', None)
        if reduce_ex is not None:
            rv = reduce_ex(self.proto)
        else:
            reduce = getattr(obj, '__reduce__', None)
            rv = reduce() if reduce is not None else _object_reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        # CPython's words name __reduce__ whichever method answered
        if not isinstance(rv, tuple):
            raise PicklingError('__reduce__ must return a string or tuple')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by __reduce__ must contain 2 through 6 elements')
        self.save_reduce(*rv, obj=obj)

    def _save_long(self, obj):
        if not -0x80000000 <= obj <= 0x7fffffff and self.proto < 2:
            self._write(LONG + str(obj).encode('ascii') + b'L\n')
            return
        if not self.bin:
            self._write(INT + str(obj).encode('ascii') + b'\n')
            return
        if 0 <= obj <= 0xff:
            self._write(BININT1 + bytes([obj]))
        elif 0 <= obj <= 0xffff:
            self._write(BININT2 + obj.to_bytes(2, 'little'))
        elif -0x80000000 <= obj <= 0x7fffffff:
            self._write(BININT + obj.to_bytes(4, 'little', signed=True))
        else:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                self._write(LONG1 + bytes([n]) + data)
            else:
                self._write(LONG4 + n.to_bytes(4, 'little', signed=True) + data)

    def _save_bytes(self, obj):
        if self.proto < 3:
            if obj:
                self.save_reduce(_codecs_encode, (obj.decode('latin-1'), _LATIN1), obj=obj)
            else:
                self.save_reduce(bytes, (), obj=obj)
            return
        n = len(obj)
        if n < 256:
            header = SHORT_BINBYTES + bytes([n])
        elif n <= 0xffffffff:
            header = BINBYTES + n.to_bytes(4, 'little')
        else:
            header = BINBYTES8 + n.to_bytes(8, 'little')
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(header, obj)
        else:
            self._write(header + obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        n = len(obj)
        header = BYTEARRAY8 + n.to_bytes(8, 'little')
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(header, bytes(obj))
        else:
            self._write(header + obj)
        self.memoize(obj)

    def _save_str(self, obj):
        if not self.bin:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
            self.memoize(obj)
            return
        data = obj.encode('utf-8', 'surrogatepass')
        n = len(data)
        if n < 256 and self.proto >= 4:
            header = SHORT_BINUNICODE + bytes([n])
        elif n <= 0xffffffff:
            header = BINUNICODE + n.to_bytes(4, 'little')
        else:
            header = BINUNICODE8 + n.to_bytes(8, 'little')
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(header, data)
        else:
            self._write(header + data)
        self.memoize(obj)

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            x = self.memo.get(id(obj))
            if x is not None:            # it contains itself: fetch the one made inside
                self._write(POP * n + self._get(x[0]))
            else:
                self._write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:           # it contains itself: drop what was built, fetch that one
            if self.bin:
                self._write(POP_MARK + self._get(x[0]))
            else:
                self._write(POP * (n + 1) + self._get(x[0]))
            return
        self._write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        if not self.bin:
            self._write(MARK + LIST)
            self.memoize(obj)
            self._batch_appends(obj)
            return
        self._write(EMPTY_LIST)
        self.memoize(obj)
        if len(obj) == 1:
            self.save(obj[0])
            self._write(APPEND)
            return
        # the C pickler's exact-list loop: MARK ... APPENDS for every batch
        i = 0
        while i < len(obj):
            self._write(MARK)
            start = i
            while i < len(obj) and i - start < _BATCHSIZE:
                self.save(obj[i])
                i += 1
            self._write(APPENDS)

    def _save_dict(self, obj):
        if not self.bin:
            self._write(MARK + DICT)
            self.memoize(obj)
            self._batch_setitems(obj.items())
            return
        self._write(EMPTY_DICT)
        self.memoize(obj)
        if not obj:
            return
        if len(obj) == 1:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
            self._write(SETITEM)
            return
        # the C pickler's exact-dict loop: it stops after a short batch, so
        # 1000 items end with an empty MARK SETITEMS
        items = list(obj.items())
        start = 0
        while True:
            batch = items[start:start + _BATCHSIZE]
            self._write(MARK)
            for k, v in batch:
                self.save(k)
                self.save(v)
            self._write(SETITEMS)
            start += _BATCHSIZE
            if len(batch) < _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        items = list(obj)
        start = 0
        while True:                     # as dicts: 1000 items end with an empty batch
            batch = items[start:start + _BATCHSIZE]
            self._write(MARK)
            for item in batch:
                self.save(item)
            self._write(ADDITEMS)
            start += _BATCHSIZE
            if len(batch) < _BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            self._write(POP_MARK + self._get(x[0]))
            return
        self._write(FROZENSET)
        self.memoize(obj)

    def _batch_appends(self, items):
        """APPEND or MARK ... APPENDS for the items of an iterator."""
        items = iter(items)
        if not self.bin:
            for item in items:
                self.save(item)
                self._write(APPEND)
            return
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                self._write(MARK)
                for item in batch:
                    self.save(item)
                self._write(APPENDS)
            elif batch:
                self.save(batch[0])
                self._write(APPEND)
            if len(batch) < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        items = iter(items)
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self._write(SETITEM)
            return
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                self._write(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self._write(SETITEMS)
            elif batch:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                self._write(SETITEM)
            if len(batch) < _BATCHSIZE:
                return

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, obj=None):
        """Write a reduce recipe: how to call something that makes obj
        again, then what to fill it with."""
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a tuple')
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be callable')
        name = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if name == '__newobj_ex__':
            cls, new_args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj_ex__ args has no __new__')
            if obj is not None and cls is not type(obj):
                raise PicklingError('args[0] from __newobj_ex__ args has the wrong class')
            if self.proto < 4:
                # CPython writes a functools.partial here; minipy's partial
                # does not pickle to the same bytes, so it refuses instead
                raise PicklingError('keyword arguments to __new__ (__getnewargs_ex__) need protocol 4 or higher')
            self.save(cls)
            self.save(new_args)
            self.save(kwargs)
            self._write(NEWOBJ_EX)
        elif name == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not type(obj):
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:           # made while making its arguments: use that one
                self._write(POP + self._get(x[0]))
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2)
                self._write(REDUCE)
                self._write(POP)

    def _save_type(self, obj):
        for singleton in (None, Ellipsis, NotImplemented):
            if obj is type(singleton):
                self.save_reduce(type, (singleton,), obj=obj)
                return
        self.save_global(obj)

    def save_global(self, obj, name=None):
        """A class or function by name: module and qualified name, after
        checking that the name leads back to obj."""
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        if obj is _codecs_encode:       # protocol 2's bytes: CPython's _codecs.encode
            self._write(GLOBAL + b'_codecs\nencode\n')
            self.memoize(obj)
            return
        if obj is _reconstructor:       # protocols 0 and 1's instances
            self._write(GLOBAL + b'copy_reg\n_reconstructor\n')
            self.memoize(obj)
            return
        module_name = _whichmodule(obj, name)
        # The module's name is saved as a str, memoized by identity, so which
        # globals share one str object decides where CPython writes a BINGET.
        # There, a built-in type's __module__ (and a name found by searching
        # sys.modules) is one interned 'builtins'; a function's or a
        # Python class's is its module's __name__, another object.
        static = getattr(obj, '__module__', None) is None or \
            (isinstance(obj, type) and not _is_class_statement(obj))
        module_name = _module_names.setdefault((static, module_name), module_name)
        try:
            __import__(module_name)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.proto < 3:          # Python 2's names (fix_imports)
                module_name, name = _PY2_NAMES.get((module_name, name), (module_name, name))
                module_name = _PY2_MODULES.get(module_name, module_name)
                try:
                    line = module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n'
                except UnicodeEncodeError:
                    raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %d"
                                        % (module_name, name, self.proto)) from None
            else:
                line = module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n'
            self._write(GLOBAL + line)
        self.memoize(obj)

    def _save_function(self, obj):
        self.save_global(obj)

    _dispatch = {}


Pickler._dispatch.update({
    bytes: Pickler._save_bytes,
    bytearray: Pickler._save_bytearray,
    str: Pickler._save_str,
    tuple: Pickler._save_tuple,
    list: Pickler._save_list,
    dict: Pickler._save_dict,
    set: Pickler._save_set,
    frozenset: Pickler._save_frozenset,
    _FunctionType: Pickler._save_function,
})
Pickler.__module__ = '_pickle'


# ---- the unpickler -------------------------------------------------------------

class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Read pickles from a binary file (anything with read() and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self.encoding = encoding
        self.errors = errors
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.proto = 0
        self._fbuf = None       # the current frame's bytes, read from _fpos on
        self._fpos = 0

    # -- input: from the current frame while it lasts, else from the file --

    def _read(self, n):
        if self._fbuf is not None:
            pos = self._fpos
            if pos < len(self._fbuf):
                if pos + n > len(self._fbuf):
                    raise UnpicklingError('pickle exhausted before end of frame')
                self._fpos = pos + n
                return self._fbuf[pos:pos + n]
            self._fbuf = None
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def _read_opcode(self):
        if self._fbuf is not None:
            pos = self._fpos
            if pos < len(self._fbuf):
                self._fpos = pos + 1
                return self._fbuf[pos]
            self._fbuf = None
        key = self._file_read(1)
        if not key:
            raise EOFError('Ran out of input')
        return key[0]

    def _readline(self):
        if self._fbuf is not None:
            pos = self._fpos
            if pos < len(self._fbuf):
                end = self._fbuf.find(b'\n', pos)
                if end < 0:
                    raise UnpicklingError('pickle exhausted before end of frame')
                self._fpos = end + 1
                return self._fbuf[pos:end]
            self._fbuf = None
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line[:-1]

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered,\n'
                              'but no persistent_load function was specified.')

    def find_class(self, module, name):
        """The object a GLOBAL or STACK_GLOBAL names."""
        if self.proto < 3:              # a Python 2 pickle's names
            if (module, name) == ('_codecs', 'encode'):
                return _codecs_encode
            if (module, name) == ('copy_reg', '_reconstructor'):
                return _reconstructor
            module, name = _PY3_NAMES.get((module, name), (module, name))
            module = _PY3_MODULES.get(module, module)
        __import__(module)
        mod = sys.modules[module]
        if self.proto >= 4:
            try:
                return _getattribute(mod, name)[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def load(self):
        """Run the pickle: read opcodes until STOP, return what it left."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError('Unpickler.__init__() was not called by %s.__init__()'
                                  % type(self).__name__)
        self._stack = []
        self._metastack = []
        dispatch = self._dispatch
        read_opcode = self._read_opcode
        try:
            while True:
                c = read_opcode()
                handler = dispatch.get(c)
                if handler is None:
                    shown = chr(c) if 0x20 <= c < 0x7f else '\\x%02x' % c
                    raise UnpicklingError("invalid load key, '%s'." % shown)
                handler(self)
        except _Stop as stop:
            return stop.value

    # -- the stack --

    def _pop(self):
        if not self._stack:
            raise UnpicklingError('unpickling stack underflow')
        return self._stack.pop()

    def _top(self):
        if not self._stack:
            raise UnpicklingError('unpickling stack underflow')
        return self._stack[-1]

    def _pop_mark(self):
        """The items pushed since the last MARK (a list). It changes
        self._stack: read that only after calling this."""
        if not self._metastack:
            raise UnpicklingError('could not find MARK')
        items = self._stack
        self._stack = self._metastack.pop()
        return items

    def _memo_get(self, idx):
        try:
            return self.memo[idx]
        except KeyError:
            raise UnpicklingError('Memo value not found at index %d' % idx) from None

    def _memo_put(self, idx):
        if idx < 0:
            raise ValueError('negative PUT argument')
        self.memo[idx] = self._top()

    # -- the opcodes --

    def _op_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError('unsupported pickle protocol: %d' % proto)
        self.proto = proto

    def _op_frame(self):
        n = int.from_bytes(self._read(8), 'little')
        if self._fbuf is not None and self._fpos < len(self._fbuf):
            raise UnpicklingError('beginning of a new frame before end of current frame')
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        self._fbuf = bytes(data)
        self._fpos = 0

    def _op_stop(self):
        raise _Stop(self._pop())

    def _op_mark(self):
        self._metastack.append(self._stack)
        self._stack = []

    def _op_pop(self):
        if self._stack:
            self._stack.pop()
        elif self._metastack:
            self._pop_mark()
        else:
            self._underflow()

    def _op_pop_mark(self):
        self._pop_mark()

    def _op_dup(self):
        self._stack.append(self._top())

    def _op_none(self):
        self._stack.append(None)

    def _op_true(self):
        self._stack.append(True)

    def _op_false(self):
        self._stack.append(False)

    def _op_int(self):
        line = self._readline()
        if line == b'00':
            value = False
        elif line == b'01':
            value = True
        else:
            value = int(line, 0)
        self._stack.append(value)

    def _op_binint(self):
        self._stack.append(int.from_bytes(self._read(4), 'little', signed=True))

    def _op_binint1(self):
        self._stack.append(self._read(1)[0])

    def _op_binint2(self):
        self._stack.append(int.from_bytes(self._read(2), 'little'))

    def _op_long(self):
        line = self._readline()
        if line.endswith(b'L'):
            line = line[:-1]
        self._stack.append(int(line, 0))

    def _op_long1(self):
        n = self._read(1)[0]
        self._stack.append(_decode_long(self._read(n)))

    def _op_long4(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self._stack.append(_decode_long(self._read(n)))

    def _op_float(self):
        self._stack.append(float(self._readline()))

    def _op_binfloat(self):
        self._stack.append(_bits_to_float(int.from_bytes(self._read(8), 'big')))

    def _decode_string(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _op_string(self):
        data = self._readline().rstrip()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        self._stack.append(self._decode_string(_unescape_bytes(data)))

    def _op_binstring(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError('BINSTRING pickle has negative byte count')
        self._stack.append(self._decode_string(self._read(n)))

    def _op_short_binstring(self):
        self._stack.append(self._decode_string(self._read(self._read(1)[0])))

    def _op_unicode(self):
        self._stack.append(_raw_unicode_unescape(self._readline()))

    def _op_binunicode(self):
        n = int.from_bytes(self._read(4), 'little')
        self._stack.append(self._read(n).decode('utf-8', 'surrogatepass'))

    def _op_binunicode8(self):
        n = int.from_bytes(self._read(8), 'little')
        self._stack.append(self._read(n).decode('utf-8', 'surrogatepass'))

    def _op_short_binunicode(self):
        n = self._read(1)[0]
        self._stack.append(self._read(n).decode('utf-8', 'surrogatepass'))

    def _op_binbytes(self):
        self._stack.append(self._read(int.from_bytes(self._read(4), 'little')))

    def _op_short_binbytes(self):
        self._stack.append(self._read(self._read(1)[0]))

    def _op_binbytes8(self):
        self._stack.append(self._read(int.from_bytes(self._read(8), 'little')))

    def _op_bytearray8(self):
        self._stack.append(bytearray(self._read(int.from_bytes(self._read(8), 'little'))))

    def _op_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given')
        try:
            self._stack.append(next(self._buffers))
        except StopIteration:
            raise UnpicklingError('not enough out-of-band buffers') from None

    def _op_readonly_buffer(self):
        buf = self._pop()
        self._stack.append(bytes(buf) if isinstance(buf, bytearray) else buf)

    def _op_tuple(self):
        items = self._pop_mark()
        self._stack.append(tuple(items))

    def _op_empty_tuple(self):
        self._stack.append(())

    def _op_tuple1(self):
        self._stack.append((self._pop(),))

    def _op_tuple2(self):
        if len(self._stack) < 2:
            self._underflow()
        self._stack[-2:] = [tuple(self._stack[-2:])]

    def _op_tuple3(self):
        if len(self._stack) < 3:
            self._underflow()
        self._stack[-3:] = [tuple(self._stack[-3:])]

    def _underflow(self):
        raise UnpicklingError('unpickling stack underflow')

    def _op_empty_list(self):
        self._stack.append([])

    def _op_empty_dict(self):
        self._stack.append({})

    def _op_empty_set(self):
        self._stack.append(set())

    def _op_frozenset(self):
        items = self._pop_mark()
        self._stack.append(frozenset(items))

    def _op_list(self):
        items = self._pop_mark()
        self._stack.append(items)

    def _op_dict(self):
        items = self._pop_mark()
        self._stack.append({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})

    def _op_append(self):
        value = self._pop()
        self._top().append(value)

    def _op_appends(self):
        items = self._pop_mark()
        lst = self._top()
        if isinstance(lst, list):
            lst.extend(items)
            return
        extend = getattr(lst, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                lst.append(item)

    def _op_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _op_setitems(self):
        items = self._pop_mark()
        d = self._top()
        for i in range(0, len(items) - 1, 2):
            d[items[i]] = items[i + 1]

    def _op_additems(self):
        items = self._pop_mark()
        s = self._top()
        if isinstance(s, set):
            s.update(items)
        else:
            for item in items:
                s.add(item)

    def _op_get(self):
        self._stack.append(self._memo_get(int(self._readline())))

    def _op_binget(self):
        self._stack.append(self._memo_get(self._read(1)[0]))

    def _op_long_binget(self):
        self._stack.append(self._memo_get(int.from_bytes(self._read(4), 'little')))

    def _op_put(self):
        self._memo_put(int(self._readline()))

    def _op_binput(self):
        self._memo_put(self._read(1)[0])

    def _op_long_binput(self):
        self._memo_put(int.from_bytes(self._read(4), 'little'))

    def _op_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def _op_global(self):
        module = self._readline().decode('utf-8')
        name = self._readline().decode('utf-8')
        self._stack.append(self.find_class(module, name))

    def _op_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self._stack.append(self.find_class(module, name))

    def _op_reduce(self):
        args = self._pop()
        func = self._top()
        self._stack[-1] = func(*args)

    def _op_newobj(self):
        args = self._pop()
        cls = self._pop()
        self._stack.append(cls.__new__(cls, *args))

    def _op_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self._stack.append(cls.__new__(cls, *args, **kwargs))

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
            try:
                value = cls(*args)
            except TypeError as err:
                raise TypeError('in constructor for %s: %s' % (cls.__name__, err)) from None
        else:
            value = cls.__new__(cls)
        self._stack.append(value)

    def _op_inst(self):
        module = self._readline().decode('ascii')
        name = self._readline().decode('ascii')
        cls = self.find_class(module, name)
        self._instantiate(cls, self._pop_mark())

    def _op_obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _op_persid(self):
        try:
            pid = self._readline().decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
        self._stack.append(self.persistent_load(pid))

    def _op_binpersid(self):
        self._stack.append(self.persistent_load(self._pop()))

    def _op_ext(self):
        raise UnpicklingError('unregistered extension code')

    def _op_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError('state is not a dictionary')
            inst_dict = vars(inst)
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError('slot state is not a dictionary')
            for k, v in slotstate.items():
                setattr(inst, k, v)

    _dispatch = {}


def _raw_unicode_escape(text):
    """UNICODE's argument for text: latin-1 bytes, \\uXXXX and \\UXXXXXXXX
    for the rest, and escapes for what would end the line or confuse a
    reader (backslash, newline, carriage return, NUL, ^Z), as CPython's."""
    out = bytearray()
    for ch in text:
        c = ord(ch)
        if c in (0x5c, 0x0a, 0x0d, 0x00, 0x1a) or 0x100 <= c < 0x10000:
            out += b'\\u%04x' % c
        elif c >= 0x10000:
            out += b'\\U%08x' % c
        else:
            out.append(c)
    return bytes(out)


def _raw_unicode_unescape(data):
    """What the raw-unicode-escape codec decodes (UNICODE's argument):
    each byte is the code point of the same number, except \\uXXXX and
    \\UXXXXXXXX."""
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text) and text[i + 1] in 'uU':
            n = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + n]
            if len(digits) != n or any(d not in '0123456789abcdefABCDEF' for d in digits):
                raise UnicodeDecodeError('rawunicodeescape', data, i, i + 2 + len(digits),
                                         'truncated \\%sXXXX escape' % ('u' if n == 4 else 'UXXXX'))
            out.append(chr(int(digits, 16)))
            i += 2 + n
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def _unescape_bytes(data):
    """The bytes a Python 2 str repr (STRING's argument) stands for."""
    out = bytearray()
    i = 0
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39, ord('"'): 34,
              ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    while i < len(data):
        c = data[i]
        if c != 92 or i + 1 >= len(data):
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e == ord('x'):
            out.append(int(data[i + 2:i + 4], 16))
            i += 4
        elif 48 <= e <= 55:
            j = i + 1
            while j < len(data) and j < i + 4 and 48 <= data[j] <= 55:
                j += 1
            out.append(int(data[i + 1:j], 8) & 0xff)
            i = j
        else:
            out.append(c)
            i += 1
    return bytes(out)


_U = Unpickler
Unpickler._dispatch.update({op[0]: f for op, f in [
    (PROTO, _U._op_proto), (FRAME, _U._op_frame), (STOP, _U._op_stop), (MARK, _U._op_mark),
    (POP, _U._op_pop), (POP_MARK, _U._op_pop_mark), (DUP, _U._op_dup), (NONE, _U._op_none),
    (NEWTRUE, _U._op_true), (NEWFALSE, _U._op_false), (INT, _U._op_int), (BININT, _U._op_binint),
    (BININT1, _U._op_binint1), (BININT2, _U._op_binint2), (LONG, _U._op_long), (LONG1, _U._op_long1),
    (LONG4, _U._op_long4), (FLOAT, _U._op_float), (BINFLOAT, _U._op_binfloat),
    (STRING, _U._op_string), (BINSTRING, _U._op_binstring), (SHORT_BINSTRING, _U._op_short_binstring),
    (UNICODE, _U._op_unicode), (BINUNICODE, _U._op_binunicode), (BINUNICODE8, _U._op_binunicode8),
    (SHORT_BINUNICODE, _U._op_short_binunicode), (BINBYTES, _U._op_binbytes),
    (SHORT_BINBYTES, _U._op_short_binbytes), (BINBYTES8, _U._op_binbytes8),
    (BYTEARRAY8, _U._op_bytearray8), (NEXT_BUFFER, _U._op_next_buffer),
    (READONLY_BUFFER, _U._op_readonly_buffer), (TUPLE, _U._op_tuple), (EMPTY_TUPLE, _U._op_empty_tuple),
    (TUPLE1, _U._op_tuple1), (TUPLE2, _U._op_tuple2), (TUPLE3, _U._op_tuple3),
    (EMPTY_LIST, _U._op_empty_list), (EMPTY_DICT, _U._op_empty_dict), (EMPTY_SET, _U._op_empty_set),
    (FROZENSET, _U._op_frozenset), (LIST, _U._op_list), (DICT, _U._op_dict), (APPEND, _U._op_append),
    (APPENDS, _U._op_appends), (SETITEM, _U._op_setitem), (SETITEMS, _U._op_setitems),
    (ADDITEMS, _U._op_additems), (GET, _U._op_get), (BINGET, _U._op_binget),
    (LONG_BINGET, _U._op_long_binget), (PUT, _U._op_put), (BINPUT, _U._op_binput),
    (LONG_BINPUT, _U._op_long_binput), (MEMOIZE, _U._op_memoize), (GLOBAL, _U._op_global),
    (STACK_GLOBAL, _U._op_stack_global), (REDUCE, _U._op_reduce), (NEWOBJ, _U._op_newobj),
    (NEWOBJ_EX, _U._op_newobj_ex), (INST, _U._op_inst), (OBJ, _U._op_obj), (PERSID, _U._op_persid),
    (BINPERSID, _U._op_binpersid), (EXT1, _U._op_ext), (EXT2, _U._op_ext), (EXT4, _U._op_ext),
    (BUILD, _U._op_build)]})
del _U
Unpickler.__module__ = '_pickle'


# ---- the functions -------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    f = BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Read one pickle from the binary file and return the object."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """The object the pickle in data (bytes-like) stands for."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    f = BytesIO(data)
    return Unpickler(f, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()
