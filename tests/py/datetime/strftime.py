# strftime of date, time and datetime: %z %Z %f are datetime's own, the rest the C library's in the C locale (%c %x %X, names, %j %U %W %G %V ...)
from datetime import datetime, date, time, timedelta, timezone

fmt = '%Y-%m-%d %H:%M:%S.%f|%z|%Z|%a %A %b %B|%j %U %W %w %u %G %V|%p %I %y %C %e|%c|%x|%X|%%|%%Z'
est = timezone(timedelta(hours=-5), 'EST')
odd = timezone(timedelta(hours=1, seconds=1, microseconds=1))
for d in (datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=est), datetime(1999, 12, 31, 23, 59, 59, 999999, odd),
          datetime(5, 1, 1, 12), datetime(9999, 12, 31, 0, 30, tzinfo=timezone.utc), datetime(2021, 1, 3, 13, 5, tzinfo=timezone(timedelta(minutes=-90)))):
    print(d.strftime(fmt))
print(date(2020, 1, 1).strftime(fmt))
print(time(13, 4, 5, 6).strftime(fmt))
print(time(13, 4, 5, 6, est).strftime('%H %z %Z'))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1), '100%')).strftime('%Z|%z'))
print(repr(datetime(2020, 1, 1).strftime('')), datetime(2020, 1, 1).strftime('%'), datetime(2020, 1, 1).strftime('a%'), datetime(2020, 1, 1).strftime('%%%'))
print(datetime(2020, 3, 4).strftime('Today is %A, the %dth of %B'))
for y in (1, 99, 999, 1000, 1900, 2000):
    print(date(y, 6, 15).strftime('%Y %y %G %C'))
