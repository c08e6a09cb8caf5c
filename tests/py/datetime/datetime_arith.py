# datetime arithmetic and comparisons: + and - timedelta, datetime - datetime (naive, same zone, other zones), naive vs aware, fold (PEP 495), hashes
from datetime import datetime, date, timedelta, timezone

a = datetime(2020, 2, 28, 23, 59, 59, 999999)
print(repr(a + timedelta(microseconds=1)), repr(a + timedelta(days=1, microseconds=1)), repr(timedelta(hours=1) + a))
print(repr(a - timedelta(days=365)), repr(a - timedelta(microseconds=-2)), repr(datetime(2020, 1, 1) - timedelta(days=1, microseconds=1)))
print(repr(a - datetime(2020, 1, 1)), repr(datetime(2020, 1, 1) - a), repr(datetime.max - datetime.min))
utc = timezone.utc
plus1 = timezone(timedelta(hours=1))
minus5 = timezone(timedelta(hours=-5), 'EST')
x = datetime(2020, 1, 1, 12, tzinfo=utc)
y = datetime(2020, 1, 1, 13, tzinfo=plus1)
z = datetime(2020, 1, 1, 7, tzinfo=minus5)
print(x == y, x == z, y == z, x < y, x <= z, hash(x) == hash(y) == hash(z), len({x, y, z}))
print(repr(x - y), repr(datetime(2020, 1, 1, tzinfo=utc) - datetime(2019, 1, 1, tzinfo=plus1)), repr(z - datetime(2020, 1, 1, tzinfo=minus5)))
print(repr(x + timedelta(hours=1)), repr(z - timedelta(days=1)))
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=utc), datetime(2020, 1, 1) != datetime(2020, 1, 1, tzinfo=utc))
print(datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1), hash(datetime(2020, 1, 1, fold=1)) == hash(datetime(2020, 1, 1)))
print(sorted([y + timedelta(minutes=1), x, z - timedelta(seconds=1)]))
print(datetime(2020, 1, 1) == 5, datetime(2020, 1, 1) != 'x', datetime(2020, 1, 1) == date(2020, 1, 1))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=utc))
show(lambda: datetime(2020, 1, 1, tzinfo=utc) - datetime(2020, 1, 1))
show(lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=utc))
show(lambda: datetime(2020, 1, 1, tzinfo=utc) >= datetime(2020, 1, 1))
show(lambda: datetime(2020, 1, 1) < date(2020, 1, 1))
show(lambda: date(2020, 1, 1) > datetime(2020, 1, 1))
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: datetime(1, 1, 1, tzinfo=plus1).astimezone(utc))
show(lambda: datetime(9999, 12, 31, 23, tzinfo=minus5).astimezone(utc))
