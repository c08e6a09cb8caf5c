# date: construction, ordinals, weekdays, isocalendar (IsoCalendarDate), fromisocalendar, replace, reprs, ctime, strftime and format, min/max
from datetime import date, timedelta, MINYEAR, MAXYEAR

d = date(2020, 1, 5)
print(d, repr(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
print(date(year=1999, month=12, day=31), date(2000, day=29, month=2))
print(repr(date.min), repr(date.max), repr(date.resolution))
print(d.toordinal(), date.fromordinal(1), date.fromordinal(737429), date.fromordinal(3652059), date.max.toordinal())
print(d.weekday(), d.isoweekday(), d.timetuple())
print(d.ctime(), date(2, 3, 4).ctime())
for y, m, dd in ((2020, 1, 1), (2020, 12, 31), (2021, 1, 3), (2021, 1, 4), (2019, 12, 30), (2026, 12, 31), (2015, 12, 31),
                 (1, 1, 1), (9999, 12, 31), (2008, 12, 29), (2010, 1, 3)):
    c = date(y, m, dd).isocalendar()
    print(date(y, m, dd), repr(c), c.year, c.week, c.weekday, c[0], tuple(c), c == (c.year, c.week, c.weekday),
          date.fromisocalendar(*c))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2004, 53, 1), date.fromisocalendar(1, 1, 1))

# every day of four years and the turn of centuries round-trips through its ordinal
n = 0
for start in (date(1999, 12, 1), date(2099, 12, 1), date(1600, 1, 1)):
    o = start.toordinal()
    for i in range(800):
        x = date.fromordinal(o + i)
        assert x.toordinal() == o + i and date.fromisocalendar(*x.isocalendar()) == x
        n += 1
print(n, 'days round-trip')

print(d.replace(year=2021), d.replace(month=2, day=29), d.replace(), d.replace(2000, 2))
print(d.isoformat(), str(date(5, 6, 7)), date(5, 6, 7).isoformat())
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %H:%M:%S %f %z|%Z|%% %x %c'))
print(date(5, 1, 1).strftime('%Y|%y|%G|%C'), date(2020, 1, 1).strftime(''), date(2020, 1, 1).strftime('a%'))
print(format(d), format(d, '%d/%m/%Y'), f'{d:%A %d %B}', f'{d}', '{:%j}'.format(d))
print(d == date(2020, 1, 5), d != date(2020, 1, 5), d < date(2020, 1, 6), d >= date(2021, 1, 1), d == '2020-01-05')
print(sorted([date(2020, 3, 1), date(2019, 12, 31), date(2020, 2, 29)]))
print(hash(d) == hash(date(2020, 1, 5)), len({d, date(2020, 1, 5), date(2020, 1, 6)}))
print(date.today() >= date(2020, 1, 1), type(date.today()).__name__)
import datetime
print(type(d.isocalendar()), hasattr(datetime, 'IsoCalendarDate'), sorted(datetime.__all__))
