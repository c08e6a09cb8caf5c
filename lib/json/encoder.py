"""json.encoder -- Python values to JSON text (issue 17).

JSONEncoder.iterencode walks the value and yields the text in pieces
(dump writes each piece as it comes); encode joins them. Strings are
escaped by encode_basestring_ascii (everything outside ' '..'~' as \\uXXXX,
astral characters as a surrogate pair) or, with ensure_ascii=False, by
encode_basestring (only '"', '\\' and control characters).

What CPython 3.11 does is followed to the letter: floats are written by
float.__repr__ and ints by int.__repr__ (so subclasses with their own
__repr__ do not change the output), dict keys that are floats, ints, bools
or None become strings. As in CPython, encode() without indent runs the
C encoder (runtime/mod_json.c, `_json.make_encoder`), whose message for a
NaN refused by allow_nan=False does not show the value, while this
file's iterencode() adds it (": nan"); the string escapers are C's too
when `_json` is there. minipy has no `re`: the Python escapers scan the
characters, skipped when str methods show there is nothing to escape.
"""

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
               '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    escape = _ESCAPE_DCT
    return '"' + ''.join([escape.get(c, c) for c in s]) + '"'


def _ascii_char(c):
    try:
        return _ESCAPE_DCT[c]
    except KeyError:
        pass
    n = ord(c)
    if ' ' <= c <= '~':
        return c
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + ''.join([_ascii_char(c) for c in s]) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list and tuple -> array, str -> string, int and float
    (and their subclasses) -> number, True/False -> true/false,
    None -> null. For any other object, default() is called: override it
    in a subclass to return something serializable, or raise TypeError.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o and yield its text in pieces as they are made."""
        if _one_shot and c_make_encoder is not None and self.indent is None:
            # encode() without indent: the C encoder (runtime/mod_json.c)
            # returns the whole text at once
            markers = {} if self.check_circular else None
            encoder = (encode_basestring_ascii if self.ensure_ascii
                       else encode_basestring)
            _iterencode = c_make_encoder(
                markers, self.default, encoder, self.indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        else:
            _iterencode = _Walker(self).value
        return _iterencode(o, 0)


class _Walker:
    """One encoding run: the options, read once, and the markers (ids of
    the containers being written) that detect a cycle."""

    def __init__(self, enc):
        self.markers = {} if enc.check_circular else None
        self.default = enc.default
        self.encoder = (encode_basestring_ascii if enc.ensure_ascii
                        else encode_basestring)
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.key_separator = enc.key_separator
        self.item_separator = enc.item_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        self.allow_nan = enc.allow_nan

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: "
                             + repr(o))
        return text

    def scalar(self, o):
        # The text of a str, None, bool, int or float; None otherwise.
        if isinstance(o, str):
            return self.encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            o2 = self.default(o)
            yield from self.value(o2, level)
            self.leave(o)

    def opening(self, level):
        # The separator between items and the text after the bracket.
        if self.indent is None:
            return self.item_separator, '', None
        newline = '\n' + self.indent * (level + 1)
        return self.item_separator + newline, newline, '\n' + self.indent * level

    def array(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        separator, buf, closing = self.opening(level)
        buf = '[' + buf
        first = True
        for item in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(item)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.value(item, level + 1)
        if closing is not None:
            yield closing
        yield ']'
        self.leave(lst)

    def object(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        separator, newline, closing = self.opening(level)
        if newline:
            yield newline
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, item in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield separator
            yield self.encoder(key)
            yield self.key_separator
            text = self.scalar(item)
            if text is not None:
                yield text
            else:
                yield from self.value(item, level + 1)
        if closing is not None:
            yield closing
        yield '}'
        self.leave(dct)
