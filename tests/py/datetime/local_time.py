# local time (TZ set by the program, POSIX rules so no zone files are needed): fromtimestamp, timestamp with fold, astimezone(), utc conversions
import os
import time
from datetime import datetime, date, timedelta, timezone

old_tz = os.environ.get('TZ')    # given back at the end: the next program may run in this process
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)

for t in (0, 1, -1, 1.5, -1.5, 1e9, 1583650800, 1583650799.9999995, 1604210400, 1604206800, 1604206799, 1604210399.5, 1.0000005, 1.0000015):
    d = datetime.fromtimestamp(t)
    print(repr(t), repr(d), d.timestamp(), repr(date.fromtimestamp(t)), repr(datetime.utcfromtimestamp(t)),
          repr(datetime.fromtimestamp(t, timezone.utc)), d.astimezone(), d.astimezone().tzname())

# the wall times around the two changes of 2020, both folds
for m, d in ((3, 8), (11, 1)):
    for h in range(0, 4):
        for fold in (0, 1):
            w = datetime(2020, m, d, h, 30, fold=fold)
            print(w, fold, w.timestamp(), w.astimezone(), w.astimezone(timezone.utc))

u = datetime(2020, 11, 1, 6, 30, tzinfo=timezone.utc)
print(u.astimezone(), u.astimezone().tzinfo, repr(datetime.fromtimestamp(u.timestamp())))
print(datetime(2020, 7, 1, 12).astimezone(timezone(timedelta(hours=2))))
print(datetime(2020, 1, 1).timetuple(), time.localtime(datetime(2020, 1, 1).timestamp()))
print(repr(datetime.fromtimestamp(0, timezone(timedelta(hours=2)))), repr(datetime.fromtimestamp(1e9, tz=timezone.utc)))
print(abs(datetime.now() - datetime.fromtimestamp(time.time())) < timedelta(seconds=60), abs(date.today() - date.fromtimestamp(time.time())) <= timedelta(1))

os.environ['TZ'] = 'UTC0'
time.tzset()
print(repr(datetime.fromtimestamp(1e9)), datetime(2001, 9, 9, 1, 46, 40).timestamp(), datetime(2020, 1, 1).astimezone())
if old_tz is None:
    del os.environ['TZ']
else:
    os.environ['TZ'] = old_tz
time.tzset()
