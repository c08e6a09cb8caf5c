# a tzinfo subclass with daylight saving time: utcoffset/dst/tzname, tzinfo.fromutc's default algorithm, astimezone, PEP 495 folds and gaps
from datetime import datetime, timedelta, timezone, tzinfo

HOUR = timedelta(hours=1)
ZERO = timedelta(0)


class Eastern(tzinfo):
    """US Eastern time (2007 rules): EDT from the second Sunday of March at
    2:00 to the first Sunday of November at 2:00; in the hour after each
    change, dst() reads the wall time's fold."""

    def __repr__(self):
        return 'Eastern'

    def _dst_range(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        if dt is None:
            return ZERO
        start, end = self._dst_range(dt.year)
        dt = dt.replace(tzinfo=None)
        if start + HOUR <= dt < end - HOUR:
            return HOUR
        if end - HOUR <= dt < end:
            return ZERO if dt.fold else HOUR
        if start <= dt < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'


class SimpleEastern(Eastern):
    """The same rules, converted from UTC by tzinfo.fromutc's default."""

    def dst(self, dt):
        if dt is None:
            return ZERO
        start, end = self._dst_range(dt.year)
        return HOUR if start <= dt.replace(tzinfo=None) < end else ZERO


eastern = Eastern()
simple = SimpleEastern()
for d in (datetime(2020, 1, 15, 12, tzinfo=eastern), datetime(2020, 7, 4, 12, tzinfo=eastern),
          datetime(2020, 11, 1, 1, 30, tzinfo=eastern), datetime(2020, 11, 1, 1, 30, tzinfo=eastern, fold=1),
          datetime(2020, 3, 8, 2, 30, tzinfo=eastern), datetime(2020, 3, 8, 2, 30, tzinfo=eastern, fold=1)):
    print(d, d.utcoffset(), d.dst(), d.tzname(), d.timetuple().tm_isdst, d.strftime('%H:%M %Z %z'), d.astimezone(timezone.utc))

# from UTC across the autumn change (tzinfo.fromutc's default never sets fold)
for h in range(4, 8):
    u = datetime(2020, 11, 1, h, 30, tzinfo=timezone.utc)
    e = u.astimezone(eastern)
    s = u.astimezone(simple)
    print(u, '->', e, e.fold, e.tzname(), '|', s, s.fold, s.tzname())
# and the spring gap
for h in range(5, 9):
    u = datetime(2020, 3, 8, h, 30, tzinfo=timezone.utc)
    print(u, '->', u.astimezone(eastern), u.astimezone(simple))

a = datetime(2020, 11, 1, 1, 30, tzinfo=eastern)
b = a.replace(fold=1)
u = datetime(2020, 11, 1, 5, 30, tzinfo=timezone.utc)
print(a == b, a == u, b == u, a.astimezone(timezone.utc) == u, b - a, a.astimezone(timezone.utc) < b.astimezone(timezone.utc))
print(b - datetime(2020, 11, 1, tzinfo=eastern), datetime(2020, 11, 2, tzinfo=eastern) - a)
print(hash(a) == hash(a.replace(fold=1)), sorted([b, a, u]) == [a, u, b] or sorted([b, a, u]))
print(simple.fromutc(datetime(2020, 7, 1, 12, tzinfo=simple)), simple.fromutc(datetime(2020, 1, 1, 12, tzinfo=simple)))
