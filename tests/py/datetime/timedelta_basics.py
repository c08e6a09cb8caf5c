# timedelta: normalisation of days/seconds/microseconds, float arguments rounded half to even, repr and str, total_seconds, min/max/resolution
from datetime import timedelta

print(timedelta())
print(repr(timedelta()), repr(timedelta(1)), repr(timedelta(days=1, seconds=3600)))
print(repr(timedelta(weeks=1, days=-1, hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1001)))
print(repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)), repr(timedelta(hours=-25)))
for td in (timedelta(1, 3600), timedelta(-1, 5, 7), timedelta(days=-2, hours=1), timedelta(days=2, microseconds=10),
           timedelta(microseconds=-1), timedelta(hours=1), timedelta(days=1), timedelta(days=-1), timedelta(seconds=59.5)):
    print(str(td), '|', repr(td), '|', td.days, td.seconds, td.microseconds, td.total_seconds())

# floats: the fractions gather and are rounded once, half to even
for kw in ({'microseconds': 0.5}, {'microseconds': 1.5}, {'microseconds': 2.5}, {'microseconds': -0.5},
           {'microseconds': -1.5}, {'seconds': 1 / 3}, {'days': 0.5e-6}, {'hours': 1.5}, {'minutes': 0.1},
           {'weeks': 1, 'milliseconds': 1.5}, {'seconds': 1e-7}, {'days': 1.1, 'seconds': 0.9, 'microseconds': 0.4},
           {'milliseconds': 0.0005}, {'milliseconds': 0.0015}, {'days': -0.000001}):
    print(kw, repr(timedelta(**kw)))
print(timedelta(True, False), repr(timedelta(seconds=10**10)))

print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta.min, '|', timedelta.max)
print(timedelta.max.total_seconds(), timedelta(microseconds=-1).total_seconds(), timedelta(days=1).total_seconds())
print(repr(timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(timedelta(days=-1)))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), hash(timedelta(0)) == hash(timedelta(seconds=0.0)))
print({timedelta(1): 'a'}[timedelta(seconds=86400)])
