# subclasses of the datetime classes: reprs by the subclass's name, arithmetic and constructors that give the subclass back, extra attributes
from datetime import date, datetime, time, timedelta, timezone


class MyDate(date):
    def __new__(cls, y, m, d, note='-'):
        self = super().__new__(cls, y, m, d)
        self.note = note
        return self

    def label(self):
        return f'{self.isoformat()} ({self.note})'


class MyDatetime(datetime):
    pass


class MyDelta(timedelta):
    pass


class MyTime(time):
    pass


d = MyDate(2020, 1, 5, 'first')
print(repr(d), d.label(), type(d + timedelta(1)).__name__, (d + timedelta(1)).label(), type(d - timedelta(1)).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2020-01-01')).__name__, type(d.replace(day=6)).__name__, hasattr(d.replace(day=6), 'note'))
print(type(d - d).__name__, d == date(2020, 1, 5), hash(d) == hash(date(2020, 1, 5)), type(MyDate.today()).__name__)
m = MyDatetime(2020, 1, 5, 12, tzinfo=timezone.utc)
print(repr(m), type(m + timedelta(1)).__name__, type(m.astimezone(timezone(timedelta(hours=1)))).__name__, type(m.replace(hour=1)).__name__)
print(type(MyDatetime.now()).__name__, type(MyDatetime.fromtimestamp(0, timezone.utc)).__name__, type(MyDatetime.combine(d, time(1))).__name__)
print(type(MyDatetime.strptime('2020', '%Y')).__name__, type(MyDatetime.fromisoformat('2020-01-01T00:00')).__name__, type(m.date()).__name__, type(m.time()).__name__)
print(repr(MyDelta(1, 2, 3)), type(MyDelta(1) + MyDelta(2)).__name__, type(-MyDelta(1)).__name__, type(MyDelta(1) * 2).__name__, MyDelta(hours=1) == timedelta(hours=1))
t = MyTime(1, 2)
print(repr(t), type(t.replace(hour=3)).__name__, type(MyTime.fromisoformat('12:00')).__name__, t == time(1, 2))
print(isinstance(m, date), isinstance(d, datetime), issubclass(MyDatetime, date), MyDatetime.__mro__[1].__name__)
print(datetime.__module__, date.__name__, timedelta.__qualname__, repr(datetime), repr(timezone))
