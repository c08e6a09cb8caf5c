"""string -- character classes and simple templates.

The constants are the character sets of exercises that classify or
generate text (string.ascii_lowercase for a Caesar cipher, punctuation to
strip, digits to validate); capwords() capitalises each word; Template
substitutes $name placeholders, the simplest of Python's three ways of
formatting.

CPython 3.11's values and Template behaviour. Template's placeholders are
found by a small scanner here (CPython uses a regular expression, and minipy
has no re): a subclass may change `delimiter`, but not `idpattern` or
`pattern`. Formatter only passes its arguments to str.format.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}

_id_start = '_' + ascii_letters
_id_chars = _id_start + digits


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield the pieces of the template: ('text', s), ('escaped', None),
        ('named', name), ('braced', name) or ('invalid', i) where i is the
        position just after a delimiter that starts no placeholder."""
        t = self.template
        delim = self.delimiter
        n = len(t)
        start = 0
        i = t.find(delim)
        while i >= 0:
            if i > start:
                yield 'text', t[start:i]
            j = i + len(delim)
            if t.startswith(delim, j):
                yield 'escaped', None
                start = j + len(delim)
            elif j < n and t[j] in _id_start:
                k = j + 1
                while k < n and t[k] in _id_chars:
                    k += 1
                yield 'named', t[j:k]
                start = k
            elif (j + 1 < n and t[j] == '{' and t[j + 1] in _id_start):
                k = j + 2
                while k < n and t[k] in _id_chars:
                    k += 1
                if k < n and t[k] == '}':
                    yield 'braced', t[j + 1:k]
                    start = k + 1
                else:
                    yield 'invalid', j
                    start = j
            else:
                yield 'invalid', j
                start = j
            i = t.find(delim, start)
        if start < n:
            yield 'text', t[start:]

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, value in self._scan():
            if kind == 'text':
                out.append(value)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(value)
            else:
                out.append('%s' % (mapping[value],))
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, value in self._scan():
            if kind == 'text':
                out.append(value)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                try:
                    out.append('%s' % (mapping[value],))
                except KeyError:
                    if kind == 'named':
                        out.append(self.delimiter + value)
                    else:
                        out.append(self.delimiter + '{' + value + '}')
        return ''.join(out)

    def is_valid(self):
        for kind, value in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, value in self._scan():
            if kind in ('named', 'braced') and value not in ids:
                ids.append(value)
        return ids


class _ChainMap:
    """The keyword arguments, then the mapping (collections.ChainMap's
    lookup, without importing collections)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format as an object: format(format_string, *args, **kwargs).
    (CPython's lets a subclass override each step; this one does not.)"""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
