# timezone and tzinfo: fixed offsets, the utc singleton, UTC, reprs and names, equality and hashing, min/max, the abstract tzinfo's errors
import datetime
from datetime import timezone, timedelta, tzinfo, datetime as dt

print(repr(timezone.utc), timezone.utc, datetime.UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
for tz in (timezone(timedelta(hours=1)), timezone(timedelta(hours=-5), 'EST'), timezone(timedelta(0), 'UTC'),
           timezone(timedelta(minutes=-90)), timezone(timedelta(seconds=3601)), timezone(timedelta(seconds=-3601, microseconds=5)),
           timezone(timedelta(hours=5, minutes=30), name='IST'), timezone.min, timezone.max, timezone(offset=timedelta(hours=2))):
    print(repr(tz), '|', tz, '|', tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz.utcoffset(dt(2020, 1, 1)))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'X'), timezone.utc == timezone(timedelta(0), 'Z'),
      timezone(timedelta(hours=1)) != timezone.utc, timezone.utc == 0)
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'X')))
print(isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo))
print(repr(timezone.utc.fromutc(dt(2020, 1, 1, tzinfo=timezone.utc))))
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
print(repr(ist.fromutc(dt(2020, 1, 1, 20, tzinfo=ist))))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: timezone(1))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(-timedelta(hours=24)))
show(lambda: timezone(timedelta(hours=1), 3))
show(lambda: timezone())
show(lambda: timezone(timedelta(0), 'a', 'b'))
show(lambda: timezone.utc.utcoffset(3))
show(lambda: timezone.utc.tzname('x'))
show(lambda: timezone.utc.dst(1))
show(lambda: timezone.utc.fromutc(dt(2020, 1, 1)))
show(lambda: timezone.utc.fromutc(1))
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().tzname(None))
show(lambda: tzinfo().dst(None))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print('TypeError:', e)
