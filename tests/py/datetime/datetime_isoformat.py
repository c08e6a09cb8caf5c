# datetime.fromisoformat (3.11): any separator, basic and extended forms, ISO weeks, fractions of any length, offsets with seconds and Z, and the refusals
from datetime import datetime

for s in ('2020-01-05', '20200105', '2020-01-05T12', '2020-01-05 12:30', '2020-01-05x12:30:45', '2020-01-05T12:30:45.123+05:30',
          '20200105T123045Z', '20200105T123045.5-0130', '2020-W01-3 12', '2020W013T12', '2020-W01T12', '2020W01T1230',
          '2020-W01-3T12:30', '2020-01-05T12:30:45,5', '2020-01-05T12:30:45.1234567', '2020-01-05T12:30:45.123456789-01:00:30.5',
          '2020-01-05T12:30:45+00:00', '2020-01-05T12:30:45-00:00', '2020-01-05T12:30:45+01:00:30', '2020-01-05T00:00Z',
          '2020-01-05T12+0530', '2020-01-05T1230Z', '2020-01-05T24:00', '2020-01-05T1', '2020-01-05T12:3', '2020-01-05T',
          '2020-01-05T12:30Zx', '2020', '', '2020-01', '2020-1-5T00', '2020-13-01T00', '2020-01-05T12:30:45.', '2020-01-05T12:30:45+5',
          '2020-01-05T12:30:45+05:3', '2020-01-05T12:30:45+25:00', '2020-W53-1T00', '2021-W53-1', '2020-01-05T12:30:45 ',
          '2020-01-05T12:30:45.123+', '2020-01-05T12:30:45.123Z', '2020-01-05T12::30'):
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__ + ':', e)
d = datetime(2020, 1, 5, 12, 30, 45, 123456)
for x in (d, d.replace(microsecond=0), d.replace(tzinfo=datetime.fromisoformat('2020-01-01T00+05:30').tzinfo)):
    print(datetime.fromisoformat(x.isoformat()) == x, datetime.fromisoformat(str(x)) == x)
try:
    datetime.fromisoformat(None)
except TypeError as e:
    print('TypeError:', e)
