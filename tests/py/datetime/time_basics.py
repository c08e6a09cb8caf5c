# time: construction, reprs (tzinfo and fold), isoformat with timespec, fromisoformat, strftime, comparisons naive and aware, replace, errors
from datetime import time, timezone, timedelta

for t in (time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999, timezone.utc),
          time(5, fold=1), time(5, 0, 0, 0, timezone(timedelta(hours=-5), 'EST'), fold=1), time.min, time.max):
    print(repr(t), '|', t, '|', t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.utcoffset(), t.dst(), t.tzname())
print(repr(time.resolution))
t = time(13, 4, 5, 678901, timezone(timedelta(hours=5, minutes=30)))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, t.isoformat(spec), t.isoformat(timespec=spec), time(1).isoformat(spec))
print(time(1, 2, 3, 456789, timezone(timedelta(seconds=3661, microseconds=5))).isoformat())
print(t.strftime('%H:%M:%S.%f %I %p %z %Z %Y-%m-%d %j %a %%'), time(0).strftime('%I %p'), format(t, '%H'), format(t), f'{t:%M}')
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=None)), repr(t.replace(fold=1)), repr(t.replace(1, 2, 3, 4, None)))
print(time(1) < time(2), time(1, 0) == time(1), time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc))
a = time(1, tzinfo=timezone(timedelta(hours=1)))
b = time(0, tzinfo=timezone.utc)
print(a == b, a < b, a <= b, hash(a) == hash(b), time(5, fold=1) == time(5), hash(time(5, fold=1)) == hash(time(5)))
print(bool(time(0)), bool(time(0, tzinfo=timezone.utc)))
for s in ('12', 'T12', '12:30', '1230', '12:30:45', '123045', '12:30:45.5', '12:30:45,123', '123045.1234567',
          '12:30:45+05:30', '12:30:45-0130', '12:30:45Z', '12:30Z', 'T12:30:45.123456+01:02:03.5', '12:30:45+00:00',
          '1', '12:3', '12:3045', '12:30:', '12:30:45.', '25:00', '12:60', '12:30:45Zx', '', 'T', '12:30:45+5', '12:30:45 '):
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__ + ':', e)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: time(24))
show(lambda: time(-1))
show(lambda: time(0, 60))
show(lambda: time(0, 0, 60))
show(lambda: time(0, 0, 0, 10**6))
show(lambda: time(fold=2))
show(lambda: time(tzinfo=1))
show(lambda: time(1, 2, 3, 4, None, 1))
show(lambda: time(1, 2, 3, 4, None, 5, 6))
show(lambda: time(hour=1, hour2=3))
show(lambda: time(1, hour=1))
show(lambda: time(1.0))
show(lambda: time(1) < time(1, tzinfo=timezone.utc))
show(lambda: time(1).isoformat('x'))
show(lambda: time(1).isoformat(timespec=1))
show(lambda: time.fromisoformat(1230))
show(lambda: time(1).replace(minute=60))
show(lambda: time(1).strftime(None))
