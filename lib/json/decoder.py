"""json.decoder -- JSON text to Python values (issue 17).

JSONDecoder reads a document with a recursive-descent scanner
(json/scanner.py builds it from the decoder's hooks); this file owns the
pieces the scanner calls: scanstring for strings, JSONObject and
JSONArray for the two containers, and JSONDecodeError, whose message
names the line, column and character where reading stopped.

As in CPython, the C scanner of runtime/mod_json.c (`_json`) replaces
py_scanstring and the scanner when it is there: JSONObject and JSONArray
are then used only by a scanner built with json.scanner.py_make_scanner.
The messages and positions are CPython 3.11's, and, as there, the two
scanners word two of them differently: C says "Invalid control character
at" and "Invalid \\escape", Python names the character ("Invalid control
character '\\x01' at", "Invalid \\escape: 'q'"). minipy has no `re`, so
whitespace and string chunks are found with str.find and plain loops.
"""

from json import scanner
try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}

WHITESPACE_STR = ' \t\n\r'


class _Whitespace:
    """CPython's WHITESPACE is the regular expression [ \\t\\n\\r]*; minipy
    has no `re`, so this stands in for it: WHITESPACE.match(s, idx).end()
    is the index after the whitespace at idx (decode reads it so)."""

    def match(self, s, idx=0):
        return _WhitespaceEnd(skip_ws(s, idx))


class _WhitespaceEnd:
    __slots__ = ('_end',)

    def __init__(self, end):
        self._end = end

    def end(self):
        return self._end


WHITESPACE = _Whitespace()


def skip_ws(s, end):
    """The index of the first character at or after end that is not JSON
    whitespace (len(s) at the end)."""
    n = len(s)
    while end < n and s[end] in ' \t\n\r':
        end += 1
    return end


def _hex4(s, pos):
    # pos is the index of the 'u' of \uXXXX
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX':
        try:
            return int(esc, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at end - 1.

    Returns the str and the index just after the closing quote. If strict
    is false, control characters (code points below 32) may appear
    unescaped."""
    chunks = []
    begin = end - 1
    while True:
        quote = s.find('"', end)
        if quote < 0:
            quote = len(s)
        slash = s.find('\\', end, quote)
        stop = quote if slash < 0 else slash
        content = s[end:stop]
        if strict and not content.isprintable():
            for i, c in enumerate(content):
                if c < ' ':
                    msg = "Invalid control character {0!r} at".format(c)
                    raise JSONDecodeError(msg, s, end + i + 1)
        if stop == len(s):
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunks.append(content)
        end = stop + 1
        if slash < 0:
            break
        if end >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            try:
                chunks.append(_ESCAPES[esc])
            except KeyError:
                msg = "Invalid \\escape: {0!r}".format(esc)
                raise JSONDecodeError(msg, s, end) from None
            end += 1
            continue
        uni = _hex4(s, end)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(uni))
    if len(chunks) == 1:
        return chunks[0], end
    return ''.join(chunks), end


scanstring = c_scanstring or py_scanstring


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None):
    """Decode the members of an object whose '{' is just before end;
    returns the value (a dict, or what a hook made of it) and the index
    after the '}'."""
    s, end = s_and_end
    pairs = []
    if memo is None:
        memo = {}
    end = skip_ws(s, end)
    nextchar = s[end:end + 1]
    if nextchar == '}':
        return _make_object(pairs, object_hook, object_pairs_hook), end + 1
    if nextchar != '"':
        raise JSONDecodeError(
            "Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo.setdefault(key, key)
        end = skip_ws(s, end)
        if s[end:end + 1] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = skip_ws(s, end + 1)
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        pairs.append((key, value))
        end = skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end - 1)
    return _make_object(pairs, object_hook, object_pairs_hook), end


def _make_object(pairs, object_hook, object_pairs_hook):
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs)
    result = dict(pairs)
    if object_hook is not None:
        return object_hook(result)
    return result


def JSONArray(s_and_end, scan_once):
    """Decode the items of an array whose '[' is just before end; returns
    the list and the index after the ']'."""
    s, end = s_and_end
    values = []
    end = skip_ws(s, end)
    if s[end:end + 1] == ']':
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        values.append(value)
        end = skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = skip_ws(s, end)
    return values, end


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    object -> dict, array -> list, string -> str, number -> int or float,
    true/false -> True/False, null -> None; NaN, Infinity and -Infinity are
    read as the floats, outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """Return the Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON document that starts at s[idx]; return the value
        and the index where the document ended (text may follow)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
