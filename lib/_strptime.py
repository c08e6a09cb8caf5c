"""_strptime: time.strptime() and datetime.strptime() (issue 17), as
CPython 3.11's, in the C locale.

CPython turns the format into one regular expression (a named group per
directive, IGNORECASE) and matches it. minipy has no `re` yet, so the
format becomes a list of tokens instead, each knowing the alternatives its
regular expression would try, in the same order; match() walks them
depth first and backs up where the regular expression would, so the same
text splits the same way ("111" for "%d%m" is day 11, month 1). What the
fields mean afterwards (%I with %p, %U/%W with a weekday, %G/%V, %j,
two-digit years, the zone) is CPython's _strptime, rewritten.

Start reading at _strptime(): _compile() makes the tokens, match() finds
the fields, the rest computes the date.

One difference: a directive used twice is a ValueError here, where
CPython's regular expression compiler raises re.error ("redefinition of
group name").
"""

import time as _time
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

__all__ = []

# the C locale's names, lowercased, as CPython's LocaleTime has them
_A_WEEKDAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
_F_WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_A_MONTH = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
_F_MONTH = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
            'september', 'october', 'november', 'december']
_AM_PM = ['am', 'pm']
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

# the numeric directives: their regular expressions' alternatives, in
# order; 'd' stands for any decimal digit, [..] for a set
_NUMERIC = {
    'd': "3[01]|[12]d|0[1-9]|[1-9]| [1-9]",
    'H': "2[0-3]|[0-1]d|d",
    'I': "1[0-2]|0[1-9]|[1-9]",
    'G': "dddd",
    'j': "36[0-6]|3[0-5]d|[12]dd|0[1-9]d|00[1-9]|[1-9]d|0[1-9]|[1-9]",
    'm': "1[0-2]|0[1-9]|[1-9]",
    'M': "[0-5]d|d",
    'S': "6[0-1]|[0-5]d|d",
    'U': "5[0-3]|[0-4]d|d",
    'W': "5[0-3]|[0-4]d|d",
    'w': "[0-6]",
    'u': "[1-7]",
    'V': "5[0-3]|0[1-9]|[1-4]d|d",
    'y': "dd",
    'Y': "dddd",
    'f': "dddddd|ddddd|dddd|ddd|dd|d",
}

# characters a regular expression escapes: after a '%' they make CPython
# see the directive '\\', reported as '%'
_REGEX_SPECIAL = '\\.^$*+?(){}[]|'


def _sets(pattern):
    # "3[01]|d" -> [[{'3'}, {'0', '1'}], ['d']]: each alternative a list of
    # character sets, 'd' for a decimal digit
    alternatives = []
    for alt in pattern.split('|'):
        items = []
        i = 0
        while i < len(alt):
            c = alt[i]
            if c == '[':
                j = alt.index(']', i)
                chars = set()
                k = i + 1
                while k < j:
                    if k + 2 < j and alt[k + 1] == '-':
                        chars.update(chr(x) for x in range(ord(alt[k]), ord(alt[k + 2]) + 1))
                        k += 3
                    else:
                        chars.add(alt[k])
                        k += 1
                items.append(chars)
                i = j + 1
            else:
                items.append('d' if c == 'd' else {c})
                i += 1
        alternatives.append(items)
    return alternatives


_NUMERIC_SETS = {k: _sets(v) for k, v in _NUMERIC.items()}


def _tz_names():
    # CPython's LocaleTime.timezone: the standard names, then the summer one
    std = {'utc', 'gmt', _time.tzname[0].lower()}
    dst = {_time.tzname[1].lower()} if _time.daylight else set()
    return (std, dst)


def _by_length(names):
    # the order of CPython's alternation: longest first
    return sorted(names, key=len, reverse=True)


def _compile(fmt):
    """The tokens of [fmt]: ('lit', c), ('space',), or (directive, kind,
    data), kind 'num' (data: alternatives), 'names' (data: lowercase
    names), 'z'. ValueError for a bad or stray directive."""
    tokens = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('space',))
            continue
        if c != '%':
            tokens.append(('lit', c))
            i += 1
            continue
        if i + 1 == n:
            raise ValueError(f"stray % in format '{fmt}'")
        d = fmt[i + 1]
        i += 2
        if d.isspace() or d in _REGEX_SPECIAL:
            raise ValueError(f"'%' is a bad directive in format '{fmt}'")
        if d == '%':
            tokens.append(('lit', '%'))
        elif d in _COMPOSITE:
            tokens.extend(_compile(_COMPOSITE[d]))
        elif d in _NUMERIC_SETS:
            tokens.append((d, 'num', _NUMERIC_SETS[d]))
        elif d in 'aAbBpZ':
            names = {'a': _A_WEEKDAY, 'A': _F_WEEKDAY, 'b': _A_MONTH[1:], 'B': _F_MONTH[1:], 'p': _AM_PM}.get(d)
            if names is None:
                std, dst = _tz_names()
                names = std | dst
            tokens.append((d, 'names', _by_length(names)))
        elif d == 'z':
            tokens.append(('z', 'z', None))
        else:
            raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
    return tokens


def _at(s, i):
    return s[i] if i < len(s) else ''


def _fits(items, s, pos):
    # does the alternative [items] match at s[pos:]?
    if pos + len(items) > len(s):
        return False
    for k, chars in enumerate(items):
        c = s[pos + k]
        if chars == 'd':
            if not c.isdecimal():
                return False
        elif c not in chars:
            return False
    return True


def _z_ends(s, pos):
    # where (?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)) can
    # end at s[pos:], in the order the regular expression tries them
    ends = []
    if _at(s, pos) in ('+', '-') and _fits(['d', 'd'], s, pos + 1):
        p = pos + 3
        for colon in ((1, 0) if _at(s, p) == ':' else (0,)):
            q = p + colon
            if not _fits([set('012345'), 'd'], s, q):
                continue
            q += 2
            for colon2 in ((1, 0) if _at(s, q) == ':' else (0,)):
                r = q + colon2
                if not _fits([set('012345'), 'd'], s, r):
                    continue
                r += 2
                if _at(s, r) == '.':
                    for k in range(6, 0, -1):
                        if _fits(['d'] * k, s, r + 1):
                            ends.append(r + 1 + k)
                ends.append(r)
            ends.append(q)
    if _at(s, pos) == 'Z':
        ends.append(pos + 1)
    return ends


def _ends(token, s, pos):
    # where [token] can end at s[pos:], in the regular expression's order
    kind = token[0]
    if kind == 'lit':
        c = _at(s, pos)
        return [pos + 1] if c and c.lower() == token[1].lower() else []
    if kind == 'space':
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        return list(range(end, pos, -1))
    if token[1] == 'num':
        return [pos + len(alt) for alt in token[2] if _fits(alt, s, pos)]
    if token[1] == 'names':
        return [pos + len(name) for name in token[2] if s[pos:pos + len(name)].lower() == name]
    return _z_ends(s, pos)


def match(tokens, s):
    """The directives' texts ({directive: text}, in the format's order)
    and where the match ends, or None: the first way through in the
    order a regular expression would try."""
    found = {}

    def walk(t, pos):
        if t == len(tokens):
            return pos
        token = tokens[t]
        for end in _ends(token, s, pos):
            if len(token) == 3:
                found[token[0]] = s[pos:end]
            r = walk(t + 1, end)
            if r is not None:
                return r
        return None

    end = walk(0, 0)
    if end is None:
        return None
    return found, end


def _julian_from_week(year, week, weekday, monday_first):
    # the day of the year of [weekday] in %U (weeks from Sunday) or %W
    # (from Monday) week [week]; week 0 holds the days before the first
    first = _date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _strptime(data, fmt="%a %b %d %H:%M:%S %Y"):
    """(the 11 fields of a struct_time, microseconds, microseconds of the
    offset) of [data] read with [fmt]."""
    for index, arg in enumerate([data, fmt]):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(arg)}")
    tokens = _compile(fmt)
    seen = set()
    for token in tokens:
        if len(token) == 3:
            if token[0] in seen:
                raise ValueError(f"redefinition of directive '%{token[0]}' in format '{fmt}'")
            seen.add(token[0])
    result = match(tokens, data)
    if result is None:
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")
    found, end = result
    if end != len(data):
        raise ValueError(f"unconverted data remains: {data[end:]}")

    year = iso_year = iso_week = week = week_start = weekday = julian = gmtoff = None
    month = day = 1
    hour = minute = second = fraction = gmtoff_fraction = 0
    isdst = -1
    for key, text in found.items():
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = _F_MONTH.index(text.lower())
        elif key == 'b':
            month = _A_MONTH.index(text.lower())
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif key == 'A':
            weekday = _F_WEEKDAY.index(text.lower())
        elif key == 'a':
            weekday = _A_WEEKDAY.index(text.lower())
        elif key == 'w':
            weekday = (int(text) + 6) % 7
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key in ('U', 'W'):
            week = int(text)
            week_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _read_offset(text)
        elif key == 'Z':
            zone = text.lower()
            for value, names in enumerate(_tz_names()):
                if zone in names:
                    if not (_time.tzname[0] == _time.tzname[1] and _time.daylight
                            and zone not in ('utc', 'gmt')):
                        isdst = value
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")

    # February 29th without a year is computed in a leap year, then given
    # back the year 1900, so that it sorts before March 1st
    leap_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fix else 1900

    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, week_start == 0)
        elif iso_year is not None and iso_week is not None:
            d = _date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365

    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        d = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    if leap_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst, found.get('Z'), gmtoff),
            fraction, gmtoff_fraction)


def _read_offset(z):
    # %z's text as (seconds, microseconds), both signed
    if z == 'Z':
        return 0, 0
    original = z
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f"Inconsistent use of : in {original}")
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    rest = z[8:]
    micro = int(rest + '0' * (6 - len(rest)))
    if z.startswith('-'):
        return -seconds, -micro
    return seconds, micro


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime(): a struct_time."""
    fields = _strptime(data_string, format)[0]
    return _time.struct_time(fields)


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime(): an instance of [cls], aware if %z was given."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    zone, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        delta = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_timezone(delta, zone) if zone else _timezone(delta),)
    return cls(*args)
