# datetime's errors: argument parsing (positional and keyword-only fold), range checks, tzinfo type, combine, isoformat, a tzinfo returning bad offsets
from datetime import datetime, date, time, timedelta, timezone, tzinfo

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: datetime(2020))
show(lambda: datetime(2020, 1))
show(lambda: datetime(1, 2, 3, 4, 5, 6, 7, None, 1))
show(lambda: datetime(1, 2, 3, 4, 5, 6, 7, None, 1, 2))
show(lambda: datetime(2020, 1, 1, year=2))
show(lambda: datetime(2020, 1, 1, foo=2))
show(lambda: datetime(2020, 1, 1, 24))
show(lambda: datetime(2020, 1, 1, 0, 60))
show(lambda: datetime(2020, 1, 1, 0, 0, 60))
show(lambda: datetime(2020, 1, 1, 0, 0, 0, -1))
show(lambda: datetime(2020, 1, 1, fold=2))
show(lambda: datetime(2020, 1, 1, tzinfo=1))
show(lambda: datetime(2020, 1, 1, tzinfo=timedelta(1)))
show(lambda: datetime(2020, 2, 30))
show(lambda: datetime(2020, 1, 1, 1.5))
show(lambda: datetime(2020, 1, 1).replace(month=13))
show(lambda: datetime(2020, 1, 1).replace(1, 2, 3, 4, 5, 6, 7, None, 1))
show(lambda: datetime(2020, 1, 1).replace(tzinfo=5))
show(lambda: datetime(2020, 1, 1).isoformat(sep='ab'))
show(lambda: datetime(2020, 1, 1).isoformat(None))
show(lambda: datetime(2020, 1, 1).isoformat(timespec='x'))
show(lambda: datetime(2020, 1, 1).astimezone(1))
show(lambda: datetime.combine(1, time()))
show(lambda: datetime.combine(date(2020, 1, 1), 1))
show(lambda: datetime.combine(date(2020, 1, 1)))
show(lambda: datetime.combine(date(2020, 1, 1), time(), 5))
show(lambda: datetime.fromtimestamp(0, tz=1))
show(lambda: datetime.fromtimestamp('x'))
show(lambda: datetime.fromtimestamp(float('nan')))
show(lambda: datetime.fromtimestamp(1e20))
show(lambda: datetime.utcfromtimestamp(-1e15))
show(lambda: datetime.utcfromtimestamp(1e17))
show(lambda: datetime.now(5))


class Bad(tzinfo):
    def __init__(self, off, dst=None, name='bad'):
        self.off, self.d, self.name = off, dst, name
    def __repr__(self):
        return 'Bad()'
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return self.d
    def tzname(self, dt):
        return self.name

show(lambda: datetime(2020, 1, 1, tzinfo=Bad(5)).utcoffset())
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(hours=24))).utcoffset())
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(hours=-24))).isoformat())
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(0), 'x')).dst())
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(0), None, 5)).tzname())
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(None)).utcoffset())
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(minutes=30), timedelta(0), 'half')).strftime('%z %Z'))
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(None)) - datetime(2020, 1, 1, tzinfo=timezone.utc))
show(lambda: datetime(2020, 1, 1, tzinfo=Bad(None)) == datetime(2020, 1, 1))
show(lambda: time(1, tzinfo=Bad(timedelta(seconds=30))).isoformat())
show(lambda: Bad(timedelta(hours=1)).fromutc(datetime(2020, 1, 1)))
b = Bad(None)
show(lambda: b.fromutc(datetime(2020, 1, 1, tzinfo=b)))
b = Bad(timedelta(hours=1))
show(lambda: b.fromutc(datetime(2020, 1, 1, tzinfo=b)))
b = Bad(timedelta(hours=1), timedelta(0))
show(lambda: b.fromutc(datetime(2020, 1, 1, tzinfo=b)))
