# pickling and copying: CPython's reduce values (bytes states, the fold bit from protocol 4), the pickles byte for byte at every protocol, copy and deepcopy
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo

objs = [timedelta(days=-1, seconds=5, microseconds=7), date(2020, 1, 5), date.max, time(1, 2, 3, 4),
        time(23, 59, fold=1), time(5, tzinfo=timezone.utc), datetime(2020, 1, 5, 13, 4, 5, 678901),
        datetime(2020, 11, 1, 1, 30, fold=1), datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-5), 'EST')),
        timezone.utc, timezone(timedelta(hours=1)), timezone(timedelta(minutes=90), 'x'), date(2020, 1, 1).isocalendar()]
for o in objs:
    r = o.__reduce__()
    print(repr(o), '|', r[0].__name__, r[1:])
    for proto in range(6):
        data = pickle.dumps(o, proto)
        back = pickle.loads(data)
        print(' ', proto, data, back == o, type(back) is type(o), getattr(back, 'fold', None) == getattr(o, 'fold', None))
print(datetime(2020, 1, 1, fold=1).__reduce_ex__(2), datetime(2020, 1, 1, fold=1).__reduce_ex__(4), time(1, fold=1).__reduce_ex__(4))
print(repr(date(b'\x07\xe4\x01\x05')), repr(datetime(b'\x07\xe4\x81\x05\x01\x02\x03\x00\x00\x04', timezone.utc)), repr(time(b'\x81\x02\x03\x00\x00\x04')))
for o in objs:
    c, dc = copy.copy(o), copy.deepcopy(o)
    print(repr(c), c == o, dc == o, type(dc) is type(o))
print(pickle.loads(pickle.dumps(timezone.utc)) is timezone.utc, copy.deepcopy(timezone.utc) is timezone.utc)


class Fixed(tzinfo):
    def __init__(self, minutes=0):
        self.minutes = minutes
    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)
    def __repr__(self):
        return f'Fixed({self.minutes})'

f = Fixed(30)
print(f.__reduce__())
d = datetime(2020, 1, 1, tzinfo=f)
back = pickle.loads(pickle.dumps(d))
print(repr(back), back.tzinfo.minutes, back == d)
