"""re._translate: a pattern in Python's syntax, checked and rewritten in PCRE2's.

Issue 17 (re on PCRE2). translate() reads the pattern once, left to right,
the way CPython's parser does, so that every mistake a learner makes is
reported with CPython's message and position (re.error); what it writes is
the same pattern spelled for PCRE2 (runtime/mod_re.c compiles it):

- every literal is written as an escape (\\x{..}) or a plain letter or
  digit, so PCRE2's extra syntax can never be triggered by accident;
- verbose mode (re.X) is done here: whitespace and comments are dropped;
- \\Z becomes \\z; back references become \\g{N}, and named groups plain
  numbered groups (the names stay on the Python side: Python allows any
  identifier, PCRE2 only ASCII words); {,n} becomes {0,n}; a '{' that does
  not start a repeat becomes a literal;
- \\s is spelled out as the characters str.isspace() accepts (PCRE2's
  Unicode \\s differs on U+001C..U+001F and U+180E); inside (?a:...) of a
  Unicode pattern, \\d \\w \\s \\b are spelled out in ASCII.
Widths are computed along the way, for "look-behind requires fixed-width
pattern". Start reading at translate().
"""

MAXREPEAT = 4294967295
MAXGROUPS = 2147483647

# the flags, as re numbers them
I, L, M, S, U, X, A = 2, 4, 8, 16, 32, 64, 256
_FLAG_LETTERS = {'i': I, 'L': L, 'm': M, 's': S, 'x': X, 'a': A, 'u': U}
_TYPE_FLAGS = A | L | U

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_SPECIAL = '.\\[{()*+?^$|'
_REPEAT = '*+?{'
_ESCAPES = {'\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92}

# the characters of each category, as (lo, hi) ranges
_UNICODE_SPACE = [(0x9, 0xd), (0x1c, 0x20), (0x85, 0x85), (0xa0, 0xa0), (0x1680, 0x1680),
                  (0x2000, 0x200a), (0x2028, 0x2029), (0x202f, 0x202f), (0x205f, 0x205f),
                  (0x3000, 0x3000)]
_ASCII_SPACE = [(0x9, 0xd), (0x20, 0x20)]
_ASCII_DIGIT = [(0x30, 0x39)]
_ASCII_WORD = [(0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a)]
_AWORD = '[0-9A-Z_a-z]'


def _complement(ranges, top):
    out = []
    lo = 0
    for a, b in ranges:
        if a > lo:
            out.append((lo, a - 1))
        lo = b + 1
    if lo <= top:
        out.append((lo, top))
    return out


def _hex(cp):
    return '\\x{%x}' % cp


def _lit(cp):
    """One literal character in PCRE2 syntax."""
    if cp < 128 and (chr(cp).isalnum()):
        return chr(cp)
    return '\\x{%x}' % cp


def _ranges_text(ranges):
    parts = []
    for a, b in ranges:
        parts.append(_hex(a) if a == b else _hex(a) + '-' + _hex(b))
    return ''.join(parts)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class _Reader:
    """The pattern as tokens: one character, or a backslash and the next."""

    def __init__(self, pattern, text):
        self.pattern = pattern          # as given (str or bytes), for errors
        self.text = text                # as str (bytes decoded as latin-1)
        self.index = 0                  # where the next token starts
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        t = self.text
        if i >= len(t):
            self.next = None
            return
        c = t[i]
        if c == '\\':
            if i + 1 >= len(t):
                raise error('bad escape (end of pattern)', self.pattern, len(t) - 1)
            c = t[i:i + 2]
        self.next = c

    def tell(self):
        return self.index

    def seek(self, index):
        self.index = index
        self._advance()

    def get(self):
        c = self.next
        if c is not None:
            self.index += len(c)
            self._advance()
        return c

    def match(self, c):
        if self.next == c:
            self.get()
            return True
        return False

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self.get()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.get()
            if c is None:
                if not result:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error('missing ' + name, 1)
                break
            result += c
        return result

    def error(self, msg, offset=0):
        return error(msg, self.pattern, self.tell() - offset)


# item kinds in a sequence
_ITEM, _AT, _REPEATED = 0, 1, 2


class _Translator:
    def __init__(self, pattern, flags):
        self.is_bytes = not isinstance(pattern, str)
        text = pattern.decode('latin-1') if self.is_bytes else pattern
        self.src = _Reader(pattern, text)
        self.flags = flags
        self.ngroups = 0
        self.groupindex = {}
        self.open_groups = set()
        self.groupwidths = {}
        self.closing = []               # group -> rank of its ')', group 1 first
        self.parents = []               # group -> the capturing group around it (0: none)
        self.open_stack = []            # the capturing groups open now, innermost last
        self.groups_in_loops = False    # a capturing group is inside a repeat
        self.icase = bool(flags & I)    # case-insensitive here (scoped flags change it)
        self.possessive = False         # a possessive repeat (PCRE2's JIT keeps other
                                        # captures of empty iterations than sre)
        self.nclosed = 0
        self.cond_refs = {}             # conditional group number -> position
        self.lookbehind_error = False
        self.warnings = []              # (message, category): FutureWarning, ...

    # ---- categories --------------------------------------------------------

    def lit(self, cp, ascii_scope):
        """A literal; under re.ASCII|re.IGNORECASE in a str pattern, a
        non-ASCII one matches only itself (sre folds only A-Z there, PCRE2
        would fold it by Unicode)."""
        if self.icase and ascii_scope and not self.is_bytes:
            if cp >= 128:
                return '(?-i:%s)' % _lit(cp)
            if chr(cp) in 'kKsS':       # Unicode folds K (Kelvin) and long s with them
                return '(?-i:[%s%s])' % (chr(cp).lower(), chr(cp).upper())
        return _lit(cp)

    def ucp(self):
        """Compiled with PCRE2_UCP: \\d \\w \\b are PCRE2's Unicode ones."""
        return not self.is_bytes and not self.flags & A

    def category(self, c, ascii_scope, in_class):
        """The text of \\d \\D \\s \\S \\w \\W ([c] the letter)."""
        top = 0xff if self.is_bytes else 0x10ffff
        if not self.is_bytes and not ascii_scope:           # Unicode wanted
            if c in 'sS':
                ranges = _UNICODE_SPACE
            elif self.ucp():
                return '\\' + c
            else:               # (?u:...) in an ASCII pattern
                t = {'d': '\\p{Nd}', 'D': '\\P{Nd}', 'w': '\\p{L}\\p{N}_'}.get(c)
                if t is None:   # \W: no complement of a union inside a set
                    return '\\P{L}' if in_class else '[^\\p{L}\\p{N}_]'
                return t if in_class or c != 'w' else '[' + t + ']'
        else:                                               # ASCII wanted
            if not self.ucp():
                return '\\' + c
            ranges = {'d': _ASCII_DIGIT, 'w': _ASCII_WORD, 's': _ASCII_SPACE}[c.lower()]
        if c.isupper():
            ranges = _complement(ranges, top)
        t = _ranges_text(ranges)
        return t if in_class else '[' + t + ']'

    def boundary(self, c, ascii_scope):
        unicode = not self.is_bytes and not ascii_scope
        if unicode == self.ucp():
            return '\\' + c
        w = '[\\p{L}\\p{N}_]' if unicode else _AWORD
        if c == 'b':
            return '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (w, w, w, w)
        return '(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))' % (w, w, w, w)

    # ---- escapes -----------------------------------------------------------

    def code_escape(self, escape, ascii_scope):
        """An escape outside a set: (text, lo, hi, kind)."""
        src = self.src
        c = escape[1:2]
        if c in 'AZbB':
            if c == 'A':
                return '\\A', 0, 0, _AT
            if c == 'Z':
                return '\\z', 0, 0, _AT
            if c == 'B':        # sre's \B fails in an empty string
                return '(?!\\A\\z)' + self.boundary(c, ascii_scope), 0, 0, _AT
            return self.boundary(c, ascii_scope), 0, 0, _AT
        if c in 'dDsSwW':
            return self.category(c, ascii_scope, False), 1, 1, _ITEM
        cp = self.literal_escape(escape, False)
        if cp is not None:
            return self.lit(cp, ascii_scope), 1, 1, _ITEM
        if c == '0':
            escape += src.getwhile(2, _OCTDIGITS)
            return self.lit(int(escape[1:], 8), ascii_scope), 1, 1, _ITEM
        if c in _DIGITS:
            if src.next is not None and src.next in _DIGITS:
                escape += src.get()
                if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and
                        src.next is not None and src.next in _OCTDIGITS):
                    escape += src.get()
                    value = int(escape[1:], 8)
                    if value > 0o377:
                        raise src.error('octal escape value %s outside of range 0-0o377' % escape,
                                        len(escape))
                    return self.lit(value, ascii_scope), 1, 1, _ITEM
            group = int(escape[1:])
            if group <= self.ngroups:
                if group in self.open_groups:
                    raise src.error('cannot refer to an open group', len(escape))
                lo, hi = self.groupwidths.get(group, (0, MAXREPEAT))
                return '(?:\\g{%d})' % group, lo, hi, _ITEM
            raise src.error('invalid group reference %d' % group, len(escape) - 1)
        if len(escape) == 2:
            if c in _ASCIILETTERS:
                raise src.error('bad escape %s' % escape, len(escape))
            return self.lit(ord(c), ascii_scope), 1, 1, _ITEM
        raise src.error('bad escape %s' % escape, len(escape))

    def literal_escape(self, escape, in_class):
        """The code point of \\a \\n \\x.. \\u.... \\U........ \\N{...} (and
        \\b in a set), or None for another escape."""
        src = self.src
        c = escape[1:2]
        if escape in _ESCAPES and (escape != '\\b' or in_class):
            return _ESCAPES[escape]
        if c == 'x':
            escape += src.getwhile(2, _HEXDIGITS)
            if len(escape) != 4:
                raise src.error('incomplete escape %s' % escape, len(escape))
            return int(escape[2:], 16)
        if c == 'u' and not self.is_bytes:
            escape += src.getwhile(4, _HEXDIGITS)
            if len(escape) != 6:
                raise src.error('incomplete escape %s' % escape, len(escape))
            return int(escape[2:], 16)
        if c == 'U' and not self.is_bytes:
            escape += src.getwhile(8, _HEXDIGITS)
            if len(escape) != 10:
                raise src.error('incomplete escape %s' % escape, len(escape))
            value = int(escape[2:], 16)
            if value > 0x10ffff:
                raise src.error('bad escape %s' % escape, len(escape))
            return value
        if c == 'N' and not self.is_bytes:
            if not src.match('{'):
                raise src.error('missing {')
            charname = src.getuntil('}', 'character name')
            value = _lookup_name(charname)
            if value is None:
                raise src.error('undefined character name %r' % charname,
                                len(charname) + len(r'\N{}'))
            return value
        return None

    def class_escape(self, escape, ascii_scope):
        """An escape inside a set: ('lit', code point) or ('cat', text)."""
        src = self.src
        c = escape[1:2]
        if c in 'dDsSwW':
            return 'cat', self.category(c, ascii_scope, True)
        cp = self.literal_escape(escape, True)
        if cp is not None:
            return 'lit', cp
        if c in _OCTDIGITS:
            escape += src.getwhile(2, _OCTDIGITS)
            value = int(escape[1:], 8)
            if value > 0o377:
                raise src.error('octal escape value %s outside of range 0-0o377' % escape, len(escape))
            return 'lit', value
        if len(escape) == 2 and c not in _DIGITS:
            if c in _ASCIILETTERS:
                raise src.error('bad escape %s' % escape, len(escape))
            return 'lit', ord(c)
        raise src.error('bad escape %s' % escape, len(escape))

    # ---- sets --------------------------------------------------------------

    def parse_set(self, ascii_scope):
        src = self.src
        start = src.tell() - 1
        if src.next == '[':
            self.warnings.append(('Possible nested set at position %d' % src.tell(), FutureWarning))
        negate = src.match('^')
        items = []
        ranges = []         # the literals and ranges, as (lo, hi)
        while True:
            this = src.get()
            if this is None:
                raise error('unterminated character set', src.pattern, start)
            if this == ']' and items:
                break
            if this[0] == '\\':
                code1 = self.class_escape(this, ascii_scope)
            else:
                if items and this in '-&~|' and src.next == this:
                    what = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference',
                            '|': 'union'}[this]
                    self.warnings.append(('Possible set %s at position %d' % (what, src.tell() - 1),
                                          FutureWarning))
                code1 = ('lit', ord(this))
            if src.match('-'):
                that = src.get()
                if that is None:
                    raise error('unterminated character set', src.pattern, start)
                if that == ']':
                    items.append(code1[1] if code1[0] == 'cat' else _hex(code1[1]))
                    items.append(_hex(ord('-')))
                    if code1[0] == 'lit':
                        ranges.append((code1[1], code1[1]))
                    ranges.append((45, 45))
                    break
                if that[0] == '\\':
                    code2 = self.class_escape(that, ascii_scope)
                else:
                    if that == '-':
                        self.warnings.append(('Possible set difference at position %d' % (src.tell() - 2),
                                              FutureWarning))
                    code2 = ('lit', ord(that))
                if code1[0] != 'lit' or code2[0] != 'lit' or code2[1] < code1[1]:
                    msg = 'bad character range %s-%s' % (this, that)
                    raise src.error(msg, len(this) + 1 + len(that))
                items.append(_hex(code1[1]) + '-' + _hex(code2[1]))
                ranges.append((code1[1], code2[1]))
            else:
                items.append(code1[1] if code1[0] == 'cat' else _hex(code1[1]))
                if code1[0] == 'lit':
                    ranges.append((code1[1], code1[1]))
        if self.icase and ascii_scope and not self.is_bytes and any(
                b >= 128 or any(a <= k <= b for k in (0x4b, 0x53, 0x6b, 0x73)) for a, b in ranges):
            # ASCII-only case folding: the other case of each ASCII letter
            # spelled out, and PCRE2's Unicode folding turned off
            for a, b in ranges:
                for lo, hi, shift in ((0x41, 0x5a, 32), (0x61, 0x7a, -32)):
                    x, y = max(a, lo), min(b, hi)
                    if x <= y:
                        items.append(_hex(x + shift) + '-' + _hex(y + shift))
            return '(?-i:[' + ('^' if negate else '') + ''.join(items) + '])'
        return '[' + ('^' if negate else '') + ''.join(items) + ']'

    # ---- sequences and alternatives ------------------------------------------

    def parse_sub(self, verbose, ascii_scope, nested):
        """branch ('|' branch)*: (text, lo, hi, branches)."""
        texts = []
        lo = MAXREPEAT
        hi = 0
        first = nested == 0
        while True:
            t, l, h = self.parse_seq(verbose, ascii_scope, nested, first)
            if nested == 0:     # global flags may have been met
                verbose = bool(self.flags & X)
                ascii_scope = bool(self.flags & A)
            first = False
            texts.append(t)
            lo = min(lo, l)
            hi = max(hi, h)
            if not self.src.match('|'):
                break
        return '|'.join(texts), lo, hi, len(texts)

    def parse_seq(self, verbose, ascii_scope, nested, first):
        src = self.src
        items = []          # [text, lo, hi, kind]
        while True:
            this = src.next
            if this is None or this in '|)':
                break
            nitems = len(items)
            groups_before = self.ngroups
            src.get()
            if verbose:
                if this in _WHITESPACE:
                    continue
                if this == '#':
                    while True:
                        this = src.get()
                        if this is None or this == '\n':
                            break
                    continue
            if this[0] == '\\':
                items.append(list(self.code_escape(this, ascii_scope)))
            elif this not in _SPECIAL:
                items.append([self.lit(ord(this), ascii_scope), 1, 1, _ITEM])
            elif this == '[':
                items.append([self.parse_set(ascii_scope), 1, 1, _ITEM])
            elif this in _REPEAT:
                here = src.tell()
                if this == '?':
                    lo, hi, qtext = 0, 1, '?'
                elif this == '*':
                    lo, hi, qtext = 0, MAXREPEAT, '*'
                elif this == '+':
                    lo, hi, qtext = 1, MAXREPEAT, '+'
                else:
                    if src.next == '}':
                        items.append([_lit(ord(this)), 1, 1, _ITEM])
                        continue
                    lo, hi = 0, MAXREPEAT
                    a = b = ''
                    while src.next is not None and src.next in _DIGITS:
                        a += src.get()
                    if src.match(','):
                        while src.next is not None and src.next in _DIGITS:
                            b += src.get()
                    else:
                        b = a
                    if not src.match('}'):
                        items.append([_lit(ord(this)), 1, 1, _ITEM])
                        src.seek(here)
                        continue
                    if a:
                        lo = int(a)
                        if lo >= MAXREPEAT:
                            raise OverflowError('the repetition number is too large')
                    if b:
                        hi = int(b)
                        if hi >= MAXREPEAT:
                            raise OverflowError('the repetition number is too large')
                        if hi < lo:
                            raise src.error('min repeat greater than max repeat', src.tell() - here)
                    if hi == MAXREPEAT:
                        qtext = '{%d,}' % lo
                    elif lo == hi:
                        qtext = '{%d}' % lo
                    else:
                        qtext = '{%d,%d}' % (lo, hi)
                if not items or items[-1][3] == _AT:
                    raise src.error('nothing to repeat', src.tell() - here + len(this))
                if items[-1][3] == _REPEATED:
                    raise src.error('multiple repeat', src.tell() - here + len(this))
                if src.match('?'):
                    qtext += '?'
                elif src.match('+'):
                    qtext += '+'
                    self.possessive = True
                item = items[-1]
                if len(item) > 4 and self.ngroups > item[4] and hi > 1:
                    self.groups_in_loops = True
                item[0] = item[0] + qtext
                item[1] = min(item[1] * lo, MAXREPEAT)
                item[2] = min(item[2] * hi, MAXREPEAT)
                item[3] = _REPEATED
            elif this == '.':
                items.append(['.', 1, 1, _ITEM])
            elif this == '^':
                items.append(['^', 0, 0, _AT])
            elif this == '$':
                items.append(['$', 0, 0, _AT])
            elif this == '(':
                r = self.parse_group(verbose, ascii_scope, nested, first and not items)
                if r is None:           # a comment
                    continue
                if r == 'global':
                    verbose = bool(self.flags & X)
                    ascii_scope = bool(self.flags & A)
                    self.icase = bool(self.flags & I)
                    continue
                items.append(list(r))
            if len(items) > nitems:
                items[-1].append(groups_before)
        text = ''.join(it[0] for it in items)
        lo = hi = 0
        for it in items:
            lo = min(lo + it[1], MAXREPEAT)
            hi = min(hi + it[2], MAXREPEAT)
        return text, lo, hi

    def parse_group(self, verbose, ascii_scope, nested, at_start):
        src = self.src
        start = src.tell() - 1
        group = True
        name = None
        prefix = '('
        lookbehind = False
        if src.match('?'):
            char = src.get()
            if char is None:
                raise src.error('unexpected end of pattern')
            if char == 'P':
                if src.match('<'):
                    name = src.getuntil('>', 'group name')
                    self.check_name(name, len(name) + 1)
                elif src.match('='):
                    name = src.getuntil(')', 'group name')
                    self.check_name(name, len(name) + 1)
                    gid = self.groupindex.get(name)
                    if gid is None:
                        raise src.error('unknown group name %r' % name, len(name) + 1)
                    if gid in self.open_groups:
                        raise src.error('cannot refer to an open group', len(name) + 1)
                    lo, hi = self.groupwidths.get(gid, (0, MAXREPEAT))
                    return '(?:\\g{%d})' % gid, lo, hi, _ITEM
                else:
                    char = src.get()
                    if char is None:
                        raise src.error('unexpected end of pattern')
                    raise src.error('unknown extension ?P' + char, len(char) + 2)
            elif char == ':':
                group = False
                prefix = '(?:'
            elif char == '#':
                while True:
                    if src.next is None:
                        raise error('missing ), unterminated comment', src.pattern, start)
                    if src.get() == ')':
                        break
                return None
            elif char in '=!<':
                if char == '<':
                    char = src.get()
                    if char is None:
                        raise src.error('unexpected end of pattern')
                    if char not in '=!':
                        raise src.error('unknown extension ?<' + char, len(char) + 2)
                    lookbehind = True
                    prefix = '(?<' + char
                else:
                    prefix = '(?' + char
                text, lo, hi, _ = self.parse_sub(verbose, ascii_scope, nested + 1)
                if not src.match(')'):
                    raise error('missing ), unterminated subpattern', src.pattern, start)
                if lookbehind and lo != hi:
                    self.lookbehind_error = True
                return prefix + text + ')', 0, 0, _ITEM
            elif char == '(':
                return self.parse_conditional(verbose, ascii_scope, nested, start)
            elif char == '>':
                group = False
                prefix = '(?>'
            elif char in _FLAG_LETTERS or char == '-':
                flags = self.parse_flags(char)
                if flags is None:               # global flags
                    if not at_start or nested:
                        raise error('global flags not at the start of the expression',
                                    src.pattern, start)
                    return 'global'
                add, remove = flags
                group = False
                if add & X:
                    verbose = True
                if remove & X:
                    verbose = False
                if add & A:
                    ascii_scope = True
                if add & U:
                    ascii_scope = False
                saved_icase = self.icase
                if add & I:
                    self.icase = True
                if remove & I:
                    self.icase = False
                on = ''.join(ch for ch, f in (('i', I), ('m', M), ('s', S)) if add & f)
                off = ''.join(ch for ch, f in (('i', I), ('m', M), ('s', S)) if remove & f)
                prefix = '(?' + on + ('-' + off if off else '') + ':'
            else:
                raise src.error('unknown extension ?' + char, len(char) + 1)
        gid = None
        if group:
            self.ngroups += 1
            gid = self.ngroups
            if name is not None:
                if name in self.groupindex:
                    raise error('redefinition of group name %r as group %d; was group %d'
                                % (name, gid, self.groupindex[name]), src.pattern,
                                src.tell() - len(name) - 1)
                self.groupindex[name] = gid
            self.open_groups.add(gid)
            self.closing.append(0)
            self.parents.append(self.open_stack[-1] if self.open_stack else 0)
            self.open_stack.append(gid)
        text, lo, hi, _ = self.parse_sub(verbose, ascii_scope, nested + 1)
        if not src.match(')'):
            raise error('missing ), unterminated subpattern', src.pattern, start)
        if prefix.endswith(':') and prefix != '(?:':
            self.icase = saved_icase
        if gid is not None:
            self.open_groups.discard(gid)
            self.open_stack.pop()
            self.groupwidths[gid] = (lo, hi)
            self.nclosed += 1
            self.closing[gid - 1] = self.nclosed
        return prefix + text + ')', lo, hi, _ITEM

    def parse_conditional(self, verbose, ascii_scope, nested, start):
        src = self.src
        condname = src.getuntil(')', 'group name')
        if condname.isidentifier():
            self.check_name(condname, len(condname) + 1)
            condgroup = self.groupindex.get(condname)
            if condgroup is None:
                raise src.error('unknown group name %r' % condname, len(condname) + 1)
        else:
            try:
                condgroup = int(condname)
                if condgroup < 0:
                    raise ValueError
            except ValueError:
                raise src.error('bad character in group name %r' % condname,
                                len(condname) + 1) from None
            if not condgroup:
                raise src.error('bad group number', len(condname) + 1)
            if condgroup >= MAXGROUPS:
                raise src.error('invalid group reference %d' % condgroup, len(condname) + 1)
            if condgroup not in self.cond_refs:
                self.cond_refs[condgroup] = src.tell() - len(condname) - 1
        yes, lo, hi = self.parse_seq(verbose, ascii_scope, nested + 1, False)
        no = None
        if src.match('|'):
            no, lo2, hi2 = self.parse_seq(verbose, ascii_scope, nested + 1, False)
            if src.next == '|':
                raise src.error('conditional backref with more than two branches')
        else:
            lo2 = hi2 = 0
        if not src.match(')'):
            raise error('missing ), unterminated subpattern', src.pattern, start)
        text = '(?(%d)%s' % (condgroup, yes) + ('|' + no if no is not None else '') + ')'
        return text, min(lo, lo2), max(hi, hi2), _ITEM

    def check_name(self, name, offset):
        if not name.isidentifier():
            raise self.src.error('bad character in group name %r' % name, offset)
        if self.is_bytes and not name.isascii():
            self.warnings.append(('bad character in group name %a at position %d'
                                  % (name, self.src.tell() - offset), DeprecationWarning))

    def parse_flags(self, char):
        """The letters after '(?': None for global flags (then in
        self.flags), else (on, off) for a scoped group."""
        src = self.src
        add = remove = 0
        if char != '-':
            while True:
                flag = _FLAG_LETTERS[char]
                if not self.is_bytes:
                    if char == 'L':
                        raise src.error("bad inline flags: cannot use 'L' flag with a str pattern")
                elif char == 'u':
                    raise src.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                add |= flag
                if (flag & _TYPE_FLAGS) and (add & _TYPE_FLAGS) != flag:
                    raise src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                char = src.get()
                if char is None:
                    raise src.error('missing -, : or )')
                if char in ')-:':
                    break
                if char not in _FLAG_LETTERS:
                    msg = 'unknown flag' if char.isalpha() else 'missing -, : or )'
                    raise src.error(msg, len(char))
        if char == ')':
            self.flags |= add
            return None
        if char == '-':
            char = src.get()
            if char is None:
                raise src.error('missing flag')
            if char not in _FLAG_LETTERS:
                msg = 'unknown flag' if char.isalpha() else 'missing flag'
                raise src.error(msg, len(char))
            while True:
                flag = _FLAG_LETTERS[char]
                if flag & _TYPE_FLAGS:
                    raise src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                remove |= flag
                char = src.get()
                if char is None:
                    raise src.error('missing :')
                if char == ':':
                    break
                if char not in _FLAG_LETTERS:
                    msg = 'unknown flag' if char.isalpha() else 'missing :'
                    raise src.error(msg, len(char))
        if add & remove:
            raise src.error('bad inline flags: flag turned on and off', 1)
        return add, remove

    def run(self):
        src = self.src
        text, lo, hi, _ = self.parse_sub(bool(self.flags & X), bool(self.flags & A), 0)
        if src.next is not None:
            raise src.error('unbalanced parenthesis')
        for g, pos in self.cond_refs.items():
            if g > self.ngroups:
                raise error('invalid group reference %d' % g, src.pattern, pos)
        if self.lookbehind_error:
            raise error('look-behind requires fixed-width pattern')
        return text


def _lookup_name(name):
    """The code point of the Unicode character called [name], or None."""
    for ch in name:
        if not (ch.isascii() and (ch.isalnum() or ch in ' -')):
            return None
    try:
        s = eval('"\\N{%s}"' % name)
    except SyntaxError:
        return None
    return ord(s)


def fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & L:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & A:
            flags |= U
        elif flags & U:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & U:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & L and flags & A:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def translate(pattern, flags):
    """(pcre2_text, flags, ngroups, groupindex, groupinfo, warnings) for [pattern]
    (str or bytes) with [flags]; re.error for a mistake in it. [groupinfo]
    is the rank of each group's ')', the group around each, whether a group
    is inside a repeat (for Match.lastindex), and whether a repeat is
    possessive (then PCRE2's interpreter runs it, not its JIT)."""
    t = _Translator(pattern, flags)
    text = t.run()
    flags = fix_flags(pattern, t.flags)
    out = text.encode('latin-1') if t.is_bytes else text
    info = tuple(t.closing) + tuple(t.parents) + (int(t.groups_in_loops), int(t.possessive))
    return out, flags, t.ngroups, t.groupindex, info, t.warnings
