"""re: regular expressions, as CPython 3.11's re module, on PCRE2.

Issue 17 (the modules real programs import). Three layers:
- re/_translate.py checks a pattern written in Python's syntax (re.error
  with CPython's messages) and rewrites it in PCRE2's;
- _re (runtime/mod_re.c) compiles that with PCRE2 and runs one match at a
  time, giving back the groups' spans in code points;
- this file: Pattern and Match, and findall/finditer/sub/split as loops
  over one match after another, with CPython 3.7's rule for empty matches
  (an empty match may not start where the previous empty match was; a
  non-empty one may), which is PCRE2's NOTEMPTY_ATSTART.
Start reading at compile() and Pattern.
"""

import enum
import _re
from re import _translate
from re._translate import error

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split',
    'findall', 'finditer', 'compile', 'purge', 'template', 'escape',
    'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
    'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
    'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'

_MAXSIZE = 9223372036854775807
_ANCHORED, _ENDANCHORED, _NOTEMPTY_ATSTART = 1, 2, 4


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = self._value_
        names = []
        for flag in _FLAG_ORDER:
            if value & flag._value_:
                names.append('re.' + flag._name_)
                value &= ~flag._value_
        if value:
            names.append(hex(value))
        if not names:
            return 're.NOFLAG'
        return '|'.join(names)

    __str__ = __repr__


_FLAG_ORDER = [RegexFlag.ASCII, RegexFlag.IGNORECASE, RegexFlag.LOCALE, RegexFlag.UNICODE,
               RegexFlag.MULTILINE, RegexFlag.DOTALL, RegexFlag.VERBOSE, RegexFlag.TEMPLATE,
               RegexFlag.DEBUG]

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

# the order CPython's Pattern repr names them in
_REPR_FLAGS = [(1, 're.TEMPLATE'), (2, 're.IGNORECASE'), (4, 're.LOCALE'),
               (8, 're.MULTILINE'), (16, 're.DOTALL'), (32, 're.UNICODE'),
               (64, 're.VERBOSE'), (128, 're.DEBUG'), (256, 're.ASCII')]


def _limit_repr(text, n):
    """'%.<n>R': the repr cut to n characters."""
    return text[:n]


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_code', '_template_cache', '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32        # the default of a str pattern goes unsaid
        names = []
        for value, name in _REPR_FLAGS:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append('0x%x' % flags)
        text = _limit_repr(repr(self.pattern), 200)
        if names:
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode):
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        try:
            n = len(string)
        except TypeError:
            n = 0
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        if endpos < pos:
            self._code.match(string, 0, 0, mode)     # type errors come first
            return None
        r = self._code.match(string, pos, endpos, mode)
        if r is None:
            return None
        return _new_match(self, string, pos, endpos, r, _text(string))

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._run(string, pos, endpos, _ANCHORED)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._run(string, pos, endpos, _ANCHORED | _ENDANCHORED)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance.

        Return None if no position in the string matches."""
        return self._run(string, pos, endpos, 0)

    def _spans(self, string, pos, endpos):
        """Every match from pos, as raw tuples from _re, by 3.7's rule for
        empty matches."""
        code = self._code
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        n = len(string) if isinstance(string, (str, bytes, bytearray)) else _length(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        if endpos < pos:
            code.match(string, 0, 0, 0)
            return
        mode = 0
        while pos <= endpos:
            r = code.match(string, pos, endpos, mode)
            if r is None:
                return
            yield r
            pos = r[1]
            mode = _NOTEMPTY_ATSTART if r[0] == pos else 0

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        n = _length(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        if endpos < pos:
            self._code.match(string, 0, 0, 0)
            return []
        return self._code.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the
        RE pattern in string.

        For each match, the iterator returns a match object."""
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        n = _length(string)
        self._code.match(string, 0, 0, 0)       # a subject of the wrong type fails now
        pos = min(max(pos, 0), n)
        endpos = min(max(endpos, 0), n)
        return _finditer(self, string, pos, endpos, _text(string))

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if type(count) is not int:
            count = _index(count)
        if callable(repl):
            func = repl
            template = None
        else:
            func = None
            template = _compile_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
                template = None
        parts = []
        last = 0
        n = 0
        spans = self._spans(string, 0, _MAXSIZE)
        subject = string
        string = _text(string)
        code = self._code
        for r in spans:
            if count and n >= count:
                break
            if last < r[0]:
                parts.append(code.group(string, last, r[0]))
            if func is not None:
                item = func(_new_match(self, subject, 0, len(string), r, string))
                if item is not None:
                    parts.append(item)
            elif template is None:
                if literal:
                    parts.append(literal)
            else:
                _expand_into(parts, template, string, r, code)
            last = r[1]
            n += 1
        if last < len(string):
            parts.append(code.group(string, last, len(string)))
        if isinstance(self.pattern, str):
            return ''.join(parts), n
        return b''.join(parts), n

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        if type(maxsplit) is not int:
            maxsplit = _index(maxsplit)
        out = []
        last = 0
        n = 0
        groups = self.groups
        spans = self._spans(string, 0, _MAXSIZE)
        string = _text(string)
        code = self._code
        for r in spans:
            if maxsplit and n >= maxsplit:
                break
            out.append(code.group(string, last, r[0]))
            for g in range(1, groups + 1):
                a = r[2 * g]
                out.append(None if a < 0 else code.group(string, a, r[2 * g + 1]))
            last = r[1]
            n += 1
        out.append(code.group(string, last, len(string)))
        return out


def _index(v):
    import operator
    return operator.index(v)


def _length(string):
    try:
        return len(string)
    except TypeError:
        return 0


def _finditer(pattern, string, pos, endpos, text):
    # _spans and _new_match, written into one loop: this is the hot one
    match = pattern._code.match
    at = pos
    mode = 0
    new = Match.__new__
    while at <= endpos:
        r = match(string, at, endpos, mode)
        if r is None:
            return
        m = new(Match)
        m.re = pattern
        m.string = string
        m.pos = pos
        m.endpos = endpos
        m._r = r
        m._text = text
        yield m
        at = r[1]
        mode = _NOTEMPTY_ATSTART if r[0] == at else 0


class _Scanner:
    """Pattern.scanner(): match() and search() from where the last match
    ended, as CPython's SRE_Scanner (3.7's rule for empty matches)."""

    def __init__(self, pattern, string, pos, endpos):
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        n = _length(string)
        pattern._code.match(string, 0, 0, 0)        # a subject of the wrong type fails now
        self.pattern = pattern
        self._string = string
        self._text = _text(string)
        self._pos = min(max(pos, 0), n)
        self._endpos = min(max(endpos, 0), n)
        self._at = self._pos
        self._must_advance = False

    def match(self):
        return self._next(_ANCHORED)

    def search(self):
        return self._next(0)

    def _next(self, mode):
        if self._at > self._endpos:
            return None
        if self._must_advance:
            mode |= _NOTEMPTY_ATSTART
        r = self.pattern._code.match(self._string, self._at, self._endpos, mode)
        if r is None:
            self._at = self._endpos + 1
            return None
        self._must_advance = r[0] == r[1]
        self._at = r[1]
        return _new_match(self.pattern, self._string, self._pos, self._endpos, r, self._text)


class Scanner:
    """Scanner(lexicon, flags=0): a lexicon of (phrase, action) pairs;
    scan(string) matches the phrases one after another from the start and
    gives the actions' results and the text left unmatched."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._groups = []           # the outer group of each phrase
        gid = 1
        for phrase, action in lexicon:
            self._groups.append(gid)
            parts.append('(' + phrase + ')')
            gid += 1 + _compile(phrase, flags).groups
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            k = 0
            while m.start(self._groups[k]) < 0:
                k += 1
            action = self.lexicon[k][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def _text(string):
    """What the groups are cut from: bytes for a bytearray or memoryview
    subject, as CPython gives (one copy per call, not per match)."""
    if isinstance(string, (str, bytes)):
        return string
    try:
        return bytes(memoryview(string))
    except TypeError:
        return string       # _re says what is wrong with it


def _new_match(pattern, string, pos, endpos, r, text=None):
    m = Match.__new__(Match)
    m.re = pattern
    m.string = string
    m._text = string if text is None else text
    m.pos = pos
    m.endpos = endpos
    m._r = r
    return m


class Match:
    """The result of re.match() and re.search().
    Match objects always have a boolean value of True."""

    __slots__ = ('re', 'string', 'pos', 'endpos', '_r', '_text')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if type(g) is int:
            if 0 <= g <= self.re.groups:
                return g
        elif type(g) is str:
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        elif isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                i = g.__index__()
            except (AttributeError, TypeError):
                raise IndexError('no such group') from None
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        r = self._r
        a = r[2 * i]
        if a < 0:
            return default
        return self.re._code.group(self._text, a, r[2 * i + 1])

    def group(self, *args):
        """group([group1, ...]) -> str or tuple.
        Return subgroup(s) of the match by indices or names.
        For 0 returns the entire match."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        i = self._index(g)
        r = self._r
        a = r[2 * i]
        if a < 0:
            return None
        return self.re._code.group(self._text, a, r[2 * i + 1])

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1.

          default
            Is used for groups that did not participate in the match."""
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.

          default
            Is used for groups that did not participate in the match."""
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._r[2 * self._index(group)]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._r[2 * self._index(group) + 1]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        i = self._index(group)
        return (self._r[2 * i], self._r[2 * i + 1])

    @property
    def regs(self):
        r = self._r
        return tuple((r[2 * i], r[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group."""
        i = self._r[-1]
        return i if i else None

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        i = self._r[-1]
        if i:
            for name, j in self.re.groupindex.items():
                if j == i:
                    return name
        return None

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        t = _compile_template(self.re, template)
        parts = []
        _expand_into(parts, t, self._text, self._r, self.re._code)
        if isinstance(template, str):
            return ''.join(parts)
        return b''.join(parts)

    def __repr__(self):
        r = self._r
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            r[0], r[1], _limit_repr(repr(self.re._code.group(self._text, r[0], r[1])), 50))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---- templates ------------------------------------------------------------------

def _expand_into(parts, template, string, r, code):
    for item in template:
        if isinstance(item, int):
            a = r[2 * item]
            if a >= 0 and a < r[2 * item + 1]:
                parts.append(code.group(string, a, r[2 * item + 1]))
        elif item:
            parts.append(item)


def _compile_template(pattern, repl):
    """The replacement [repl] as a list: literal pieces (str or bytes) and
    group numbers; re.error for a mistake in it."""
    cache = pattern._template_cache
    key = (type(repl), repl)
    t = cache.get(key)
    if t is not None:
        return t
    t = _parse_template(pattern, repl)
    if len(cache) >= 100:
        cache.clear()
    cache[key] = t
    return t


def _parse_template(pattern, repl):
    if isinstance(repl, str):
        text = repl
        is_bytes = False
    else:
        try:
            text = bytes(memoryview(repl)).decode('latin-1')
        except TypeError:
            raise TypeError('expected str or bytes-like object, got %r' % type(repl).__name__) from None
        is_bytes = True
    if '\\' not in text:
        return [repl if is_bytes is False or type(repl) is bytes else bytes(repl)]
    src = _translate._Reader(repl, text)
    items = []
    literal = []
    groups = pattern.groups

    def addgroup(index, offset):
        if index > groups:
            raise src.error('invalid group reference %d' % index, offset)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while True:
        this = src.get()
        if this is None:
            break
        if this[0] == '\\':
            c = this[1]
            if c == 'g':
                if not src.match('<'):
                    raise src.error('missing <')
                name = src.getuntil('>', 'group name')
                if name.isidentifier():
                    index = pattern.groupindex.get(name)
                    if index is None:
                        raise IndexError('unknown group name %r' % name)
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise src.error('bad character in group name %r' % name,
                                        len(name) + 1) from None
                    if index >= _translate.MAXGROUPS:
                        raise src.error('invalid group reference %d' % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == '0':
                if src.next is not None and src.next in _translate._OCTDIGITS:
                    this += src.get()
                    if src.next is not None and src.next in _translate._OCTDIGITS:
                        this += src.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _translate._DIGITS:
                isoctal = False
                if src.next is not None and src.next in _translate._DIGITS:
                    this += src.get()
                    if (c in _translate._OCTDIGITS and this[2] in _translate._OCTDIGITS and
                            src.next is not None and src.next in _translate._OCTDIGITS):
                        this += src.get()
                        isoctal = True
                        value = int(this[1:], 8)
                        if value > 0o377:
                            raise src.error('octal escape value %s outside of range 0-0o377' % this,
                                            len(this))
                        literal.append(chr(value))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            elif this in _translate._ESCAPES:
                literal.append(chr(_translate._ESCAPES[this]))
            else:
                if c in _translate._ASCIILETTERS:
                    raise src.error('bad escape %s' % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        items.append(''.join(literal))
    if is_bytes:
        items = [it if isinstance(it, int) else it.encode('latin-1') for it in items]
    return items


# ---- the module's functions --------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    text, final_flags, ngroups, groupindex, closing, warns = _translate.translate(pattern, flags)
    if warns:
        import warnings
        for message, category in warns:
            warnings.warn(message, category, stacklevel=3)   # the caller of re.compile() & co
    try:
        code = _re.compile(text, final_flags, closing)
    except ValueError as e:
        raise error(str(e), pattern) from None
    p = Pattern.__new__(Pattern)
    p.pattern = pattern
    p.flags = final_flags
    p.groups = ngroups
    p.groupindex = _MappingProxy(groupindex)
    p._code = code
    p._template_cache = {}
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def _MappingProxy(d):
    import types
    return types.MappingProxyType(d)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars).encode('latin1')
