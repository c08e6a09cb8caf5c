# datetime: construction, reprs (fold before tzinfo), str and isoformat with sep and timespec, date()/time()/timetz(), combine, replace, timetuple, ctime
from datetime import datetime, date, time, timedelta, timezone

est = timezone(timedelta(hours=-5), 'EST')
for d in (datetime(2020, 1, 5), datetime(2020, 1, 5, 13), datetime(2020, 1, 5, 13, 4, 5), datetime(2020, 1, 5, 13, 4, 5, 6),
          datetime(2020, 1, 5, tzinfo=timezone.utc), datetime(2020, 1, 1, 0, 0, 1, 5, est, fold=1), datetime.min, datetime.max,
          datetime(year=1, month=2, day=3, hour=4, minute=5, second=6, microsecond=7, tzinfo=None, fold=0)):
    print(repr(d), '|', d, '|', d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(repr(datetime.resolution))
d = datetime(2020, 1, 5, 13, 4, 5, 678901, timezone(timedelta(hours=5, minutes=30)))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, d.isoformat(timespec=spec), d.isoformat(' ', spec), datetime(2020, 1, 1).isoformat(timespec=spec))
print(d.isoformat(), d.isoformat('x'), d.isoformat(sep='_'), str(d), datetime(1, 1, 1).isoformat())
print(repr(d.date()), repr(d.time()), repr(d.timetz()), repr(datetime(2020, 1, 1, 5, tzinfo=timezone.utc, fold=1).timetz()))
print(d.utcoffset(), d.dst(), d.tzname(), datetime(2020, 1, 1).utcoffset(), datetime(2020, 1, 1).tzname())
print(repr(datetime.combine(date(2020, 1, 1), time(1, 2, 3, 4, timezone.utc))), repr(datetime.combine(date(2020, 1, 1), time(1))))
print(repr(datetime.combine(date(2020, 1, 1), time(1, tzinfo=est), tzinfo=None)), repr(datetime.combine(date(2020, 1, 1), time(1), timezone.utc)))
print(repr(datetime.combine(datetime(2020, 1, 1, 5), time(1, fold=1))))
print(repr(d.replace(year=2021, tzinfo=None)), repr(d.replace(2000, 2, 29)), repr(d.replace(fold=1)), repr(d.replace()))
print(d.timetuple(), d.utctimetuple())
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=3))).utctimetuple())
print(d.ctime(), datetime(2020, 1, 5, 13, 4, 5).ctime(), d.toordinal(), d.weekday(), d.isoweekday(), repr(d.isocalendar()))
print(format(d), format(d, '%Y'), f'{d:%H:%M}', '{:%d}'.format(d))
print(type(datetime.now()).__name__, type(datetime.utcnow()).__name__, type(datetime.today()).__name__, datetime.now(timezone.utc).tzinfo)
print(datetime.now(timezone.utc) - datetime.now(timezone.utc) < timedelta(seconds=60))
