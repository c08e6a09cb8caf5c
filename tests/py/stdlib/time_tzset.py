# time.tzset (TZ changed by the program), the OSError of a year the C library cannot hold, time.strptime's arguments
import os
import time

old_tz = os.environ.get('TZ')    # given back at the end: the next program may run in this process
for tz in ('EST+05EDT,M3.2.0,M11.1.0', 'UTC0', 'JST-9', '<+0330>-3:30'):
    os.environ['TZ'] = tz
    print(time.tzset(), time.timezone, time.altzone, time.daylight, time.tzname)
    print(time.localtime(1600000000), time.strftime('%H:%M %Z %z', time.localtime(1600000000)))
    print(time.mktime((2020, 7, 1, 12, 0, 0, 0, 0, -1)), time.ctime(1600000000))
if old_tz is None:
    del os.environ['TZ']
else:
    os.environ['TZ'] = old_tz
time.tzset()
for f in (time.gmtime, time.localtime, time.ctime):
    try:
        f(1e17)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
for args in ((), ('2020',), ('2020', '%Y', 'x')):
    try:
        time.strptime(*args)
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    time.strptime('2020', format='%Y')
except TypeError as e:
    print('TypeError:', e)
try:
    time.tzset(1)
except TypeError as e:
    print('TypeError:', e)
print(time.strptime('2020-02-29', '%Y-%m-%d'), time.strptime('Sat Feb 29 12:00:00 2020'))
