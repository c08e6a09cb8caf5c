# date arithmetic: + and - with timedelta (whole days only), date - date, the range ends, and comparisons with other types
from datetime import date, datetime, timedelta

d = date(2020, 2, 28)
print(repr(d + timedelta(1)), repr(d + timedelta(2)), repr(timedelta(days=366) + d), repr(d - timedelta(days=59)))
print(repr(d + timedelta(hours=23)), repr(d + timedelta(hours=25)), repr(d - timedelta(hours=1)), repr(d - timedelta(seconds=-1)))
print(repr(date(2020, 3, 1) - date(2019, 3, 1)), repr(date(2019, 3, 1) - date(2020, 3, 1)), repr(d - d))
print(repr(date.max - date.min), repr(date.min + (date.max - date.min)))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: date.min + timedelta(-1))
show(lambda: date(2020, 1, 1) == datetime(2020, 1, 1))
show(lambda: datetime(2020, 1, 1) == date(2020, 1, 1))
show(lambda: date(2020, 1, 1) != datetime(2020, 1, 1))
show(lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
show(lambda: datetime(2020, 1, 1) >= date(2020, 1, 1))
