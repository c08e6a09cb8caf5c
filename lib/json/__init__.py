"""json -- JSON <https://json.org> text to Python values and back (issue 17).

    dumps(obj, ...) / dump(obj, fp, ...)    Python -> JSON text (json/encoder.py)
    loads(s, ...)   / load(fp, ...)         JSON text -> Python (json/decoder.py,
                                            json/scanner.py)

The same functions, options, classes and messages as CPython 3.11's json:
JSONEncoder (override default()), JSONDecoder (object_hook,
object_pairs_hook, parse_float, parse_int, parse_constant, strict) and
JSONDecodeError. Where CPython uses its C accelerator (_json), minipy runs
the Python code of this package, so a traceback shows frames in lib/json.
bytes in UTF-16 or UTF-32 are detected as CPython does, but minipy has no
codec for them yet (LookupError).
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _all_default(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                 indent, separators, default, sort_keys, kw):
    # Every option has its default value: the shared encoder will do.
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as JSON text to fp, a file-like object with write():
    each piece of the text is written as soon as it is made."""
    if _all_default(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                    indent, separators, default, sort_keys, kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
            check_circular=check_circular, allow_nan=allow_nan, indent=indent,
            separators=separators,
            default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str.

    skipkeys: leave out dict keys that are not str, int, float, bool or
    None (otherwise TypeError); ensure_ascii: escape every non-ASCII
    character; check_circular: ValueError on a cycle (otherwise
    RecursionError); allow_nan: write NaN and Infinity (otherwise
    ValueError); indent: an int or str to pretty-print with; separators:
    (item_separator, key_separator); default: called for unknown objects;
    sort_keys: write dict keys in order; cls: a JSONEncoder subclass."""
    if _all_default(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                    indent, separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


def detect_encoding(b):
    """The encoding of JSON bytes, from a BOM or the pattern of zero bytes
    in the first four (JSON text starts with an ASCII character)."""
    bstartswith = b.startswith
    if bstartswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (a file-like object
    with read()); the options are those of loads()."""
    return loads(fp.read(),
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)
    to a Python object.

    object_hook(dict) and object_pairs_hook(list of pairs) replace each
    decoded object by what they return (the pairs hook wins);
    parse_float, parse_int and parse_constant turn the text of floats,
    ints and -Infinity/Infinity/NaN into values; cls: a JSONDecoder
    subclass; strict=False allows control characters in strings."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
