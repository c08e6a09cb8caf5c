"""datetime: dates, times and the spans between them (issue 17), as
CPython 3.11's C module _datetime behaves: timedelta, date, time, datetime,
tzinfo, timezone, MINYEAR, MAXYEAR and UTC, with its reprs (the
"datetime." prefix), its str() and isoformat() texts, its arithmetic and
rounding (round-half-even wherever a float meets microseconds) and its
error messages, down to the argument errors of its C constructors.

Where to start reading: a date is a proleptic Gregorian (year, month, day);
everything else reduces to its ordinal (day 1 is 0001-01-01, see
_ymd_to_ord and _ord_to_ymd) plus seconds and microseconds of the day.
timedelta keeps CPython's normal form: days of any sign, then
0 <= seconds < 86400 and 0 <= microseconds < 10**6.

The calendar of the machine (local time) comes from minipy's time module
(localtime, with tm_gmtoff and tm_zone); datetime.strftime hands everything
but %z, %Z and %f to time.strftime, so %a, %c, %x ... are the C library's,
in the C locale, as CPython's are. datetime.strptime is lib/_strptime.py's,
as time.strptime is.

What a program can see differently: the methods are Python functions, so a
traceback through one shows frames in lib/datetime.py, and an operator
error worded by the interpreter ("unsupported operand type(s) for +")
names the class 'date' where CPython names 'datetime.date'; assigning to a
field (d.year = 5) is refused with the interpreter's words for a property
without a setter.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059          # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_EPOCH_ORDINAL = 719163         # date(1970, 1, 1).toordinal()


# ==== the calendar ===============================================================

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = [0, 0]
for _m in range(1, 12):
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _DAYS_IN_MONTH[_m])
del _m

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    # days in the years 1 .. year-1
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


# days in 400, 100 and 4 years of the Gregorian cycle
_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord_to_ymd(n):
    # the (year, month, day) of ordinal n: whole 400-year cycles, then
    # centuries, 4-year runs and single years inside the cycle
    n -= 1
    n400, n = divmod(n, _DI400Y)
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # the last day of a leap year that ends a 4-year run or a cycle
        return year - 1, 12, 31
    month = 12
    while _days_before_month(year, month) > n:
        month -= 1
    return year, month, n - _days_before_month(year, month) + 1


def _iso_week1_monday(year):
    # the ordinal of the Monday of ISO week 1 (the week with Jan 4th)
    first = _ymd_to_ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


# ==== argument checks, as CPython's C argument parser words them ==================

def _clock_repr(obj):
    """The hour, minute, second, microsecond arguments of a time's or a
    datetime's repr, without the trailing zeros CPython leaves out."""
    if obj._microsecond:
        return f"{obj._hour}, {obj._minute}, {obj._second}, {obj._microsecond}"
    if obj._second:
        return f"{obj._hour}, {obj._minute}, {obj._second}"
    return f"{obj._hour}, {obj._minute}"


def _tname(obj):
    # the type's name as CPython's tp_name gives it: "datetime.date" for the
    # module's own classes, the bare name for a subclass
    t = type(obj)
    if t in _OWN_TYPES:
        return "datetime." + t.__name__
    return t.__name__


def _index(v):
    # an int from an object with __index__ (floats refused), as "i" does
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return type(v).__index__(v)


def _c_int(v):
    n = _index(v)
    if not -2**63 <= n < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    if n > 2**31 - 1:
        raise OverflowError("signed integer is greater than maximum")
    if n < -2**31:
        raise OverflowError("signed integer is less than minimum")
    return n


_NO = object()      # an argument not given


def _parse(fname, args, kwargs, names, required, npositional=None):
    """The values of [names] from args and kwargs, _NO where not given,
    with the messages of CPython's PyArg_ParseTupleAndKeywords: [fname] is
    None for "function", [required] how many names must be given,
    [npositional] how many may come by position (keyword-only after)."""
    total = len(names)
    if npositional is None:
        npositional = total
    where = "function" if fname is None else fname + "()"
    given = len(args) + len(kwargs)
    if given > total:
        raise TypeError(f"{where} takes at most {total} argument{'s' if total != 1 else ''} ({given} given)")
    if len(args) > npositional:
        raise TypeError(f"{where} takes at most {npositional} positional arguments ({len(args)} given)")
    values = list(args) + [_NO] * (total - len(args))
    for i in range(len(args), total):
        if names[i] in kwargs:
            values[i] = kwargs[names[i]]
        elif i < required:
            raise TypeError(f"{where} missing required argument '{names[i]}' (pos {i + 1})")
    for key in kwargs:
        if key not in names:
            suffix = "this function" if fname is None else fname + "()"
            raise TypeError(f"'{key}' is an invalid keyword argument for {suffix}")
        i = names.index(key)
        if i < len(args):
            raise TypeError(f"argument for {where} given by name ('{key}') and position ({i + 1})")
    return values


def _check_date(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{_tname(tz)}'")


def _tz_offset(tzinfo, name, arg):
    # a time's or a datetime's utcoffset() or dst(): its tzinfo's answer, checked
    if tzinfo is None:
        return None
    return _check_offset(name, getattr(tzinfo, name)(arg))


def _check_offset(name, offset):
    # what utcoffset() and dst() may return: None or a timedelta of less
    # than a day either way
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
    return name


def _format_offset(off, sep):
    # +HH<sep>MM, then <sep>SS and .ffffff when they are not zero
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or off.microseconds:
        s += f"{sep}{ss:02d}"
        if off.microseconds:
            s += f".{off.microseconds:06d}"
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f"{hh:02d}"
    if timespec == 'minutes':
        return f"{hh:02d}:{mm:02d}"
    if timespec == 'seconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == 'milliseconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}"
    if timespec == 'microseconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _argtype(v):
    # how CPython's argument errors name what was given
    return "None" if v is None else type(v).__name__


def _str_arg(fname, n, v):
    if not isinstance(v, str):
        raise TypeError(f"{fname}() argument {n} must be str, not {_argtype(v)}")
    return v


def _strftime(obj, fmt, timetuple, tz_owner):
    """obj.strftime(fmt): %z, %Z and %f are the object's own; the rest goes
    to time.strftime with [timetuple]. [tz_owner] is what utcoffset() and
    tzname() are asked of (None for a date)."""
    _str_arg("strftime", 1, fmt)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'z':
            off = tz_owner.utcoffset() if tz_owner is not None else None
            out.append(_format_offset(off, ""))
        elif d == 'Z':
            name = tz_owner.tzname() if tz_owner is not None else None
            out.append((name or "").replace('%', '%%'))
        elif d == 'f':
            us = obj.microsecond if tz_owner is not None else 0
            out.append(f"{us:06d}")
        else:
            out.append('%' + d)
    return _time.strftime(''.join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ymd_to_ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


def _divide_nearest(a, b):
    # a / b rounded to the nearest int, halves to even
    q, r = divmod(a, b)
    r2 = 2 * r
    if r2 > b if b > 0 else r2 < b:
        q += 1
    elif r2 == b and q % 2 == 1:
        q += 1
    return q


# ==== timedelta ==================================================================

# the microseconds in one unit of each constructor argument, in the order
# CPython adds them up
_DELTA_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", _US_PER_SECOND),
                ("minutes", 60 * _US_PER_SECOND), ("hours", 3600 * _US_PER_SECOND),
                ("days", _US_PER_DAY), ("weeks", 7 * _US_PER_DAY))
_DELTA_NAMES = ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")


def _delta_from_us(us, cls=None):
    # the timedelta of [us] microseconds, normalised; OverflowError beyond
    # 999999999 days either way
    s, us = divmod(us, _US_PER_SECOND)
    d, s = divmod(s, 86400)
    if not -2**31 <= d < 2**31:
        raise OverflowError("Python int too large to convert to C int")
    if abs(d) > _MAX_DELTA_DAYS:
        raise OverflowError(f"days={d}; must have magnitude <= {_MAX_DELTA_DAYS}")
    self = object.__new__(cls or timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, *args, **kwargs):
        values = dict(zip(_DELTA_NAMES, _parse("__new__", args, kwargs, _DELTA_NAMES, 0)))
        # ints add up exactly; the fractions of floats gather in [leftover]
        # and are rounded once, at the end, half to even (CPython's accum())
        total = 0
        leftover = 0.0
        for name, unit in _DELTA_UNITS:
            v = values[name]
            if v is _NO:
                continue
            if isinstance(v, int):
                total += v * unit
            elif isinstance(v, float):
                frac, whole = _math.modf(v)
                total += int(whole) * unit
                if frac:
                    frac, whole = _math.modf(frac * unit)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError(f"unsupported type for timedelta {name} component: {type(v).__name__}")
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total % 2
                whole = 2 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _delta_from_us(total, cls)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"{_tname(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = f"{self._days} day{plural}, " + s
        return s

    # arithmetic: the result is always a plain timedelta, as CPython's

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._us())

    def __pos__(self):
        return _delta_from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError("division by zero")
            return self._us() / other._us()
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_nearest(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if not num:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_nearest(self._us() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, _delta_from_us(r)
        return NotImplemented

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = _delta_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _delta_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta_from_us(1)


# ==== date =======================================================================

def _new_date(cls, y, m, d):
    # a date of class [cls] (a subclass is made through its constructor,
    # as CPython does)
    if cls is not date:
        return cls(y, m, d)
    self = object.__new__(date)
    self._year = y
    self._month = m
    self._day = d
    self._hashcode = -1
    return self


def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    return _new_date(cls, *_ord_to_ymd(n))


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if (len(args) == 1 and not kwargs and isinstance(args[0], bytes) and len(args[0]) == 4
                and 1 <= args[0][2] <= 12):
            # the pickled state
            s = args[0]
            y, m, d = s[0] * 256 + s[1], s[2], s[3]
        else:
            y, m, d = (_c_int(v) for v in _parse(None, args, kwargs, ("year", "month", "day"), 3))
        _check_date(y, m, d)
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self

    # -- other constructors

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        secs, _ = _split_timestamp(t, floor_only=True)
        y, m, d = _fields_of_timestamp(secs, True)[:3]
        _check_year(y)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord_to_ymd(n)
        if y > MAXYEAR:
            raise ValueError(f"year {y} is out of range")
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _parse_iso_date(s, len(s)) if len(s) in (7, 8, 10) else None
        if ymd is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        _check_date(*ymd)
        return _new_date(cls, *ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        year, week, day = _c_int(year), _c_int(week), _c_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        ymd = _iso_to_ymd(year, week, day)
        if ymd == -2:
            raise ValueError(f"Invalid week: {week}")
        if ymd == -3:
            raise ValueError(f"Invalid day: {day} (range is [1, 7])")
        return _new_date(cls, *ymd)

    # -- fields

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- texts

    def __repr__(self):
        return f"{_tname(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return (f"{_DAY_NAMES[self.weekday()]} {_MONTH_NAMES[self._month]} {self._day:2d} "
                f"00:00:00 {self._year:04d}")

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple(), None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"__format__() argument 1 must be str, not {_argtype(fmt)}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- calendar questions

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        n = self.toordinal()
        week1 = _iso_week1_monday(year)
        week, day = divmod(n - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(n - _iso_week1_monday(year), 7)
        elif week >= 52 and n >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        values = _parse("replace", args, kwargs, ("year", "month", "day"), 0)
        y, m, d = _replaced(values, (self._year, self._month, self._day))
        # CPython makes the copy with date's own constructor, whatever the
        # subclass's __new__ is
        return date.__new__(type(self), y, m, d)

    # -- comparisons and arithmetic

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        # date against date: the key; a datetime on either side is
        # datetime's comparison, or NotImplemented
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._cmp_key(), other._cmp_key())
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(("date", self._year, self._month, self._day))
        return self._hashcode

    # as CPython's date_add and date_subtract, these leave a datetime on
    # either side to datetime's methods

    def __add__(self, other):
        if isinstance(other, timedelta) and not isinstance(self, datetime):
            return _date_from_ordinal(type(self), self.toordinal() + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(self, datetime) or isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() - other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 255, self._month, self._day)),))


def _replaced(values, current):
    return tuple(cur if v is _NO else _c_int(v) for v, cur in zip(values, current))


def _eq(a, b): return a == b
def _ne(a, b): return a != b
def _lt(a, b): return a < b
def _le(a, b): return a <= b
def _gt(a, b): return a > b
def _ge(a, b): return a >= b


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    """The result of date.isocalendar(): a tuple (year, week, weekday) whose
    items are named. Not a name of the module, as in CPython."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f"{_tname(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})"

    def __reduce__(self):
        return (tuple, (tuple(self),))


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


# ==== tzinfo and timezone ========================================================

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", dt.utcoffset())
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", dt.dst())
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt += off - dst
        dst = _check_offset("dst", dt.dst())
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, *args, **kwargs):
        offset, name = _parse("timezone", args, kwargs, ("offset", "name"), 1)
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {_argtype(offset)}")
        if name is _NO:
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {_argtype(name)}")
        if name is None and not offset and cls is timezone:
            return _UTC
        return cls._create(offset, name)

    def __init_subclass__(cls, **kwargs):
        # CPython's timezone is final
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    @classmethod
    def _create(cls, offset, name):
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{_tname(self)}({self._offset!r})"
        return f"{_tname(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, name, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{name}(dt) argument must be a datetime instance or None, not {type(dt).__name__}")

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_dt("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        """Return None."""
        self._check_dt("dst", dt)
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = timezone._create(timedelta(0), None)
timezone.utc = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59), None)
timezone.max = timezone._create(timedelta(hours=23, minutes=59), None)
UTC = _UTC


# ==== time =======================================================================

_TIME_NAMES = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")


def _time_args(fname, args, kwargs, current):
    # hour, minute, second, microsecond, tzinfo, fold (keyword only) for
    # time() and time.replace(); [current] gives what is not given
    values = _parse(fname, args, kwargs, _TIME_NAMES, 0, 5)
    out = []
    for i, v in enumerate(values):
        if v is _NO:
            out.append(current[i])
        elif i == 4:
            out.append(v)
        else:
            out.append(_c_int(v))
    _check_time(out[0], out[1], out[2], out[3], out[5])
    _check_tzinfo(out[4])
    return out


def _new_time(cls, hh, mm, ss, us, tz, fold):
    if cls is not time:
        return cls(hh, mm, ss, us, tz, fold=fold)
    self = object.__new__(time)
    self._hour, self._minute, self._second, self._microsecond = hh, mm, ss, us
    self._tzinfo, self._fold, self._hashcode = tz, fold, -1
    return self


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, *args, **kwargs):
        s = args[0] if len(args) in (1, 2) else None
        if isinstance(s, bytes) and len(s) == 6 and (s[0] & 0x7F) < 24 and not kwargs:
            # the pickled state, the fold in the hour's top bit
            tz = args[1] if len(args) == 2 else None
            _check_tzinfo(tz)
            hh, mm, ss, us, fold = s[0] & 0x7F, s[1], s[2], (s[3] << 16) | (s[4] << 8) | s[5], s[0] >> 7
        else:
            hh, mm, ss, us, tz, fold = _time_args(None, args, kwargs, (0, 0, 0, 0, None, 0))
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hh, mm, ss, us
        self._tzinfo, self._fold, self._hashcode = tz, fold, -1
        return self

    @classmethod
    def fromisoformat(cls, s):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        text = s[1:] if s[:1] == 'T' else s
        parsed = _parse_iso_time(text)
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        hh, mm, ss, us, tz = parsed
        _check_time(hh, mm, ss, us, 0)
        return _new_time(cls, hh, mm, ss, us, tz, 0)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _tz_offset(self._tzinfo, "utcoffset", None)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _tz_offset(self._tzinfo, "dst", None)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        s = _clock_repr(self)
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_tname(self)}({s})"

    def isoformat(self, *args, **kwargs):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        (timespec,) = _parse("isoformat", args, kwargs, ("timespec",), 0)
        if timespec is _NO:
            timespec = 'auto'
        _str_arg("isoformat", 1, timespec)
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        tt = _build_struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1)
        return _strftime(self, format, tt, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"__format__() argument 1 must be str, not {_argtype(fmt)}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        current = (self._hour, self._minute, self._second, self._microsecond, self._tzinfo, self._fold)
        hh, mm, ss, us, tz, fold = _time_args("replace", args, kwargs, current)
        return time.__new__(type(self), hh, mm, ss, us, tz, fold=fold)

    def _seconds_key(self, offset):
        # (seconds of the day minus the offset, microseconds)
        s = self._hour * 3600 + self._minute * 60 + self._second
        us = self._microsecond
        if offset is not None:
            us = s * _US_PER_SECOND + us - offset._us()
            return divmod(us, _US_PER_SECOND)
        return (s, us)

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            o1 = o2 = None
        else:
            o1, o2 = self.utcoffset(), other.utcoffset()
            if (o1 is None) != (o2 is None):
                if op is _eq:
                    return False
                if op is _ne:
                    return True
                raise TypeError("can't compare offset-naive and offset-aware times")
        return op(self._seconds_key(o1), other._seconds_key(o2))

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(("time", t._hour, t._minute, t._second, t._microsecond))
            else:
                self._hashcode = hash(("time", t._seconds_key(off)))
        return self._hashcode

    def _getstate(self, protocol):
        hour = self._hour | (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        state = bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ==== datetime ===================================================================

_DATETIME_NAMES = ("year", "month", "day") + _TIME_NAMES


def _datetime_args(fname, args, kwargs, current, required):
    values = _parse(fname, args, kwargs, _DATETIME_NAMES, required, 8)
    out = []
    for i, v in enumerate(values):
        if v is _NO:
            out.append(current[i])
        elif i == 7:
            out.append(v)
        else:
            out.append(_c_int(v))
    _check_date(out[0], out[1], out[2])
    _check_time(out[3], out[4], out[5], out[6], out[8])
    _check_tzinfo(out[7])
    return out


def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    if cls is not datetime:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)
    self = object.__new__(datetime)
    self._year, self._month, self._day, self._hashcode = y, m, d, -1
    self._hour, self._minute, self._second, self._microsecond = hh, mm, ss, us
    self._tzinfo, self._fold = tz, fold
    return self


def _split_timestamp(t, floor_only=False):
    # a timestamp as (whole seconds, microseconds), a float's fraction
    # rounded half to even (CPython's _PyTime_ObjectToTimeval); date takes
    # the floor of the seconds alone
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(t)
        us = frac * 1e6
        if floor_only:
            us = 0
            if frac < 0:
                whole -= 1.0
        else:
            us = round(us)
            if us >= 1e6:
                us -= 1000000
                whole += 1.0
            elif us < 0:
                us += 1000000
                whole -= 1.0
        if not -2.0**63 <= whole < 2.0**63:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(us)
    n = _index(t)
    if not -2**63 <= n < 2**63:
        raise OverflowError("timestamp out of range for platform time_t")
    return n, 0


def _fields_of_timestamp(secs, local):
    # (y, m, d, hh, mm, ss) of [secs] in local time or UTC, from the C
    # library as CPython's are (an OSError where it cannot hold the year);
    # a leap second (tm_sec 60) is folded into 59
    tm = _time.localtime(secs) if local else _time.gmtime(secs)
    return tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59)


def _check_year(y):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f"year {y} is out of range")


def _local_seconds(u):
    # local time, in seconds since 0001-01-01, of [u] (UTC seconds since
    # 0001-01-01), as CPython's local()
    y, m, d, hh, mm, ss = _fields_of_timestamp(u - _EPOCH_ORDINAL * 86400, True)
    _check_year(y)
    return ((_ymd_to_ord(y, m, d) - 1) * 86400 + hh * 3600 + mm * 60 + ss) + 86400


_MAX_FOLD_SECONDS = 24 * 3600


def _local_to_utc_seconds(y, m, d, hh, mm, ss, fold):
    """The UTC seconds (since 0001-01-01) of a local wall time: solve
    local(u) == t for u. In a repeated hour there are two answers and
    [fold] picks one; in a skipped hour none, and [fold] picks the side."""
    t = (_ymd_to_ord(y, m, d) - 1) * 86400 + hh * 3600 + mm * 60 + ss + 86400
    a = _local_seconds(t) - t
    u1 = t - a
    t1 = _local_seconds(u1)
    if t1 == t:
        u2 = u1 + _MAX_FOLD_SECONDS if fold else u1 - _MAX_FOLD_SECONDS
        b = _local_seconds(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local_seconds(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_timezone(secs):
    # a fixed timezone with the machine's offset and name at [secs]
    tm = _time.localtime(secs)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        s = args[0] if len(args) in (1, 2) else None
        if isinstance(s, bytes) and len(s) == 10 and 1 <= (s[2] & 0x7F) <= 12 and not kwargs:
            tz = args[1] if len(args) == 2 else None
            _check_tzinfo(tz)
            values = [s[0] * 256 + s[1], s[2] & 0x7F, s[3], s[4], s[5], s[6],
                      (s[7] << 16) | (s[8] << 8) | s[9], tz, s[2] >> 7]
        else:
            values = _datetime_args(None, args, kwargs, (_NO,) * 3 + (0, 0, 0, 0, None, 0), 3)
        self = object.__new__(cls)
        (self._year, self._month, self._day, self._hour, self._minute, self._second,
         self._microsecond, self._tzinfo, self._fold) = values
        self._hashcode = -1
        return self

    # -- other constructors

    @classmethod
    def _from_timestamp(cls, t, local, tz):
        secs, us = _split_timestamp(t)
        y, m, d, hh, mm, ss = _fields_of_timestamp(secs, local)
        _check_year(y)
        fold = 0
        if local and tz is None:
            # a wall time that also happened a little earlier is the second
            # of the two (fold=1)
            result = (_ymd_to_ord(y, m, d) - 1) * 86400 + hh * 3600 + mm * 60 + ss + 86400
            u = secs + _EPOCH_ORDINAL * 86400
            probe = _local_seconds(u - _MAX_FOLD_SECONDS)
            transition = result - probe - _MAX_FOLD_SECONDS
            if transition < 0 and _local_seconds(u + transition) == result:
                fold = 1
        dt = _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold)
        if tz is not None:
            dt = tz.fromutc(dt)
        return dt

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        t, tz = _parse("fromtimestamp", args, kwargs, ("timestamp", "tz"), 1)
        tz = None if tz is _NO else tz
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz is None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._from_timestamp(t, False, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tzinfo(tz)
        return cls._from_timestamp(_time.time(), tz is None, tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls._from_timestamp(_time.time(), False, None)

    @classmethod
    def combine(cls, *args, **kwargs):
        """date, time -> datetime with same date and time fields"""
        d, t, tz = _parse("combine", args, kwargs, ("date", "time", "tzinfo"), 2)
        if not isinstance(d, date):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {_argtype(d)}")
        if not isinstance(t, time):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {_argtype(t)}")
        if tz is _NO:
            tz = t.tzinfo
        _check_tzinfo(tz)
        return _new_datetime(cls, d.year, d.month, d.day, t.hour, t.minute, t.second,
                             t.microsecond, tz, t.fold)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        _str_arg("strptime", 1, date_string)
        _str_arg("strptime", 2, format)
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    @classmethod
    def fromisoformat(cls, s):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_datetime(s)
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        (y, m, d), (hh, mm, ss, us, tz) = parsed
        _check_date(y, m, d)
        _check_time(hh, mm, ss, us, 0)
        return _new_datetime(cls, y, m, d, hh, mm, ss, us, tz)

    # -- fields

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _tz_offset(self._tzinfo, "utcoffset", self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _tz_offset(self._tzinfo, "dst", self)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    # -- texts

    def __repr__(self):
        s = f"{_tname(self)}({self._year}, {self._month}, {self._day}, {_clock_repr(self)}"
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        return s + ")"

    def isoformat(self, *args, **kwargs):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        sep, timespec = _parse("isoformat", args, kwargs, ("sep", "timespec"), 0)
        if sep is _NO:
            sep = 'T'
        elif not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f"isoformat() argument 1 must be a unicode character, not {_argtype(sep)}")
        if timespec is _NO:
            timespec = 'auto'
        _str_arg("isoformat", 2, timespec)
        s = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
             + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        """Return ctime() style string."""
        return (f"{_DAY_NAMES[self.weekday()]} {_MONTH_NAMES[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple(), self)

    # -- calendar and clock questions

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else int(bool(dst))
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self
        if off:
            dt = self._plus_us(-off._us())
        return _build_struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None or self.utcoffset() is None:
            u = _local_to_utc_seconds(self._year, self._month, self._day, self._hour, self._minute,
                                      self._second, self._fold)
            return (u - _EPOCH_ORDINAL * 86400) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        off = None
        if self._tzinfo is not None:
            if self._tzinfo is tz:
                return self
            off = self.utcoffset()
        if off is None:
            # naive: a local time, in the machine's zone at that moment
            u = _local_to_utc_seconds(self._year, self._month, self._day, self._hour, self._minute,
                                      self._second, self._fold)
            off = _local_timezone(u - _EPOCH_ORDINAL * 86400).utcoffset(None)
        utc = self._plus_us(-off._us())
        if tz is None:
            secs = (utc.replace(tzinfo=None) - _EPOCH_NAIVE) // timedelta(seconds=1)
            tz = _local_timezone(secs)
        utc = _new_datetime(type(self), utc._year, utc._month, utc._day, utc._hour, utc._minute,
                            utc._second, utc._microsecond, tz)
        return tz.fromutc(utc)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        current = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                   self._microsecond, self._tzinfo, self._fold)
        y, m, d, hh, mm, ss, us, tz, fold = _datetime_args("replace", args, kwargs, current, 0)
        return datetime.__new__(type(self), y, m, d, hh, mm, ss, us, tz, fold=fold)

    # -- arithmetic

    def _us_since_year1(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * _US_PER_SECOND + self._microsecond

    def _plus_us(self, us):
        total = self._us_since_year1() + us
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days)
        secs, us = divmod(rest, _US_PER_SECOND)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return _new_datetime(type(self), y, m, d, hh, mm, ss, us, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(-other._us())
        if not isinstance(other, datetime):
            return NotImplemented
        us = self._us_since_year1() - other._us_since_year1()
        if self._tzinfo is not other._tzinfo:
            o1, o2 = self.utcoffset(), other.utcoffset()
            if (o1 is None) != (o2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if o1 is not None:
                us += o2._us() - o1._us()
        return _delta_from_us(us)

    def __rsub__(self, other):
        return NotImplemented

    # -- comparisons

    def _flip_fold_offset(self):
        return self.replace(fold=not self._fold).utcoffset()

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op is _eq:
                    return False
                if op is _ne:
                    return True
                raise TypeError(f"can't compare {_tname(self)} to {_tname(other)}")
            return NotImplemented
        key1 = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)
        key2 = (other._year, other._month, other._day, other._hour, other._minute, other._second,
                other._microsecond)
        if self._tzinfo is other._tzinfo:
            return op(key1, key2)
        o1, o2 = self.utcoffset(), other.utcoffset()
        if o1 == o2:
            diff = (key1 > key2) - (key1 < key2)
        elif o1 is not None and o2 is not None:
            d = self - other
            diff = (d > timedelta(0)) - (d < timedelta(0))
        elif op is _eq:
            return False
        elif op is _ne:
            return True
        else:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if diff == 0 and (op is _eq or op is _ne):
            # an ambiguous wall time (its offset depends on fold) is equal
            # to nothing in another zone (PEP 495)
            if (o1 is not None and self._flip_fold_offset() != o1) or \
                    (o2 is not None and other._flip_fold_offset() != o2):
                diff = 1
        return op(diff, 0)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(("datetime", t._us_since_year1()))
            else:
                self._hashcode = hash(("datetime", t._us_since_year1() - off._us(), "aware"))
        return self._hashcode

    # -- pickling

    def _getstate(self, protocol):
        month = self._month | (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        state = bytes((self._year >> 8, self._year & 255, month, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_EPOCH_NAIVE = datetime(1970, 1, 1)

_OWN_TYPES = (timedelta, date, datetime, time, tzinfo, timezone, _IsoCalendarDate)


# ==== ISO 8601 parsing, as CPython 3.11's C parser reads ========================
#
# The C parser walks a NUL-terminated buffer; here [s] is read through
# _at(), which gives '\0' past the end, so the same short strings fail at
# the same places. Each parser returns None where CPython's reports an
# invalid string; the caller words the ValueError.

def _at(s, i):
    return s[i] if 0 <= i < len(s) else '\0'


def _digits(s, i, n):
    # the int of the n digits at s[i:], or None
    v = 0
    for k in range(n):
        c = _at(s, i + k)
        if not '0' <= c <= '9':
            return None
        v = v * 10 + ord(c) - 48
    return v


def _iso_to_ymd(year, week, day):
    # (y, m, d) of an ISO (year, week, weekday); -2 for a bad week, -3 for a bad day
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first_weekday = (_ymd_to_ord(year, 1, 1) + 6) % 7
            ok = first_weekday == 3 or (first_weekday == 2 and _is_leap(year))
        if not ok:
            return -2
    if not 0 < day < 8:
        return -3
    return _ord_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _parse_iso_date(s, length):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D] in s[:length]
    year = _digits(s, 0, 4)
    if year is None:
        return None
    i = 4
    sep = _at(s, i) == '-'
    i += sep
    if _at(s, i) == 'W':
        week = _digits(s, i + 1, 2)
        if week is None:
            return None
        i += 3
        day = 1
        if i < length:
            if sep:
                if _at(s, i) != '-':
                    return None
                i += 1
            day = _digits(s, i, 1)
            if day is None:
                return None
        ymd = _iso_to_ymd(year, week, day)
        return None if isinstance(ymd, int) else ymd
    month = _digits(s, i, 2)
    if month is None:
        return None
    i += 2
    if sep:
        if _at(s, i) != '-':
            return None
        i += 1
    day = _digits(s, i, 2)
    if day is None:
        return None
    return (year, month, day)


def _parse_hh_mm_ss_ff(s, start, end):
    """HH[:MM[:SS[.ffffff]]] (or without colons) in s[start:end]: (code,
    hh, mm, ss, us), code 0 at the end of the string, 1 before more text,
    negative when it does not parse."""
    vals = [0, 0, 0]
    us = 0
    p = start
    has_sep = True
    for i in range(3):
        v = _digits(s, p, 2)
        if v is None:
            return (-3, 0, 0, 0, 0)
        vals[i] = v
        p += 2
        c = _at(s, p)
        p += 1
        if i == 0:
            has_sep = c == ':'
        if p >= end:
            return (int(c != '\0'), vals[0], vals[1], vals[2], 0)
        if has_sep and c == ':':
            continue
        if c in '.,':
            break
        if not has_sep:
            p -= 1
        else:
            return (-4, 0, 0, 0, 0)
    remains = end - p
    n = min(remains, 6)
    us = _digits(s, p, n) if n > 0 else None
    if us is None:
        return (-3, 0, 0, 0, 0)
    us *= 10 ** (6 - n)
    p += n
    while '0' <= _at(s, p) <= '9':
        p += 1
    return (int(_at(s, p) != '\0'), vals[0], vals[1], vals[2], us)


def _parse_iso_time(s, start=0):
    # the time (and offset) in s[start:]: (hh, mm, ss, us, tzinfo) or None
    end = len(s)
    tzpos = start
    while True:
        if _at(s, tzpos) in 'Z+-':
            break
        tzpos += 1
        if tzpos >= end:
            break
    rv, hh, mm, ss, us = _parse_hh_mm_ss_ff(s, start, tzpos)
    if rv < 0:
        return None
    if tzpos == end:
        return None if rv == 1 else (hh, mm, ss, us, None)
    if s[tzpos] == 'Z':
        if _at(s, tzpos + 1) != '\0':
            return None
        return (hh, mm, ss, us, _UTC)
    sign = -1 if s[tzpos] == '-' else 1
    rv, th, tm, ts, tus = _parse_hh_mm_ss_ff(s, tzpos + 1, end)
    if rv:
        return None
    offset = sign * (th * 3600 + tm * 60 + ts)
    tus *= sign
    if not offset and not tus:
        tz = _UTC
    else:
        tz = timezone(timedelta(seconds=offset, microseconds=tus))
    return (hh, mm, ss, us, tz)


def _find_separator(s):
    # where the date of a datetime string ends (CPython 3.11 allows any
    # separator character, so the date's shape decides)
    n = len(s)
    if n == 7:
        return 7
    if _at(s, 4) == '-':
        if _at(s, 5) == 'W':
            if n < 8:
                return -1
            if n > 8 and _at(s, 8) == '-':
                if n == 9:
                    return -1
                if n > 10 and '0' <= _at(s, 10) <= '9':
                    return 8
                return 10
            return 8
        return 10
    if _at(s, 4) == 'W':
        i = 7
        while i < n and '0' <= s[i] <= '9':
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_datetime(s):
    if not s:
        return None
    sep = _find_separator(s)
    if sep < 0:
        return None
    ymd = _parse_iso_date(s, sep)
    if ymd is None:
        return None
    if sep < len(s):
        t = _parse_iso_time(s, sep + 1)
        if t is None:
            return None
    else:
        t = (0, 0, 0, 0, None)
    return ymd, t
