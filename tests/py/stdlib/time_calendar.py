# time's calendar: struct_time, gmtime, localtime, mktime, strftime,
# asctime, ctime, and the time zone names, with CPython's conversions
# (months from 1, weekdays from Monday) and range checks. Only UTC times
# are printed, so that the output does not depend on the machine's zone.
import time
for bad in ([1]*9, (1,)*3, (2026,13,1,0,0,0,0,1,0), (2026,1,1,24,0,0,0,1,0), (2026,1,0,0,0,0,0,1,0), 'x', (2026,1,1,0,0,0,7,1,0), (2026,1,1,0,0,0,-1,1,0), (2026,1,1,0,0,0,-3,1,0), (2026,1,32,0,0,0,0,1,0), (2026,1,1,0,60,0,0,1,0), (2026,1,1,0,0,62,0,1,0), (2026,1,1,0,0,0,0,367,0), (2026.0,1,1,0,0,0,0,1,0)):
    for fn in (time.strftime, time.asctime):
        try: print(fn.__name__, repr(fn('%Y %m %d %a', bad) if fn is time.strftime else fn(bad)))
        except Exception as e: print(fn.__name__, type(e).__name__, e)
print(time.struct_time((1,2,3,4,5,6,7,8,9)))
for bad in ((1,2,3), tuple(range(12)), 5):
    try: time.struct_time(bad)
    except TypeError as e: print(e)
s = time.struct_time(tuple(range(11)))
print(s, s.tm_zone, s.tm_gmtoff, len(s))
t = time.gmtime(0); print(t, t.tm_zone, t.tm_gmtoff, len(t), t[0], t.tm_year, tuple(t))
print(time.gmtime(1e9+0.7), time.asctime(time.gmtime(0)), repr(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %%', time.gmtime(86400*365.25*30))))
print(time.gmtime(-1), time.gmtime(-0.5))
for bad in (1e20, float('nan'), 'x', 2**70):
    try: time.gmtime(bad)
    except Exception as e: print(type(e).__name__, e)
print(time.strftime('', time.gmtime(0)) == '', time.strftime('%', time.gmtime(0)))
print(time.strftime('%A %B %d %Y week %U %W day %w %y %C %e|%I %p %M', time.gmtime(1700000000)))
print(type(time.localtime()).__name__, time.mktime(time.localtime(1234567890)) == 1234567890.0, isinstance(time.ctime(), str), time.ctime(0) == time.asctime(time.localtime(0)))
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1), len(time.tzname))
g = time.gmtime(1234567890)
print(g == (2009, 2, 13, 23, 31, 30, 4, 44, 0), g[:3], list(g)[6:], g.__reduce__()[0] is time.struct_time)
try: g.tm_year = 1
except AttributeError as e: print("AttributeError:", e)
try: time.strftime(5)
except TypeError as e: print(e)
try: time.mktime((1,2))
except TypeError as e: print(e)
