# date.fromisoformat (3.11): YYYY-MM-DD, YYYYMMDD, the ISO week forms, and what CPython's parser refuses
from datetime import date

for s in ('2020-01-05', '20200105', '2020-W01', '2020W01', '2020-W01-3', '2020W013', '2020-W53', '2020-W53-7',
          '2004-W53-6', '0001-01-01', '9999-12-31', '2020010100', '2020-01-0x', '2020-1-05', '2020-01-5',
          '2020/01/05', '2020-0105', '202001-05', '2021-W53', '2020-W00', '2020-W01-8', '2020-W01-0', '2020-W1',
          '', '2020', '2020-01', '2020-13-01', '2020-02-30', '0000-01-01', ' 2020-01-05', '2020-01-05 ', '2020-01-05T00',
          '２０２０-01-05', '2020−01−05', 'W202001', '2020-W011', '2020W01-1'):
    try:
        print(repr(s), repr(date.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__ + ':', e)
for bad in (20200105, b'2020-01-05', None):
    try:
        date.fromisoformat(bad)
    except TypeError as e:
        print('TypeError:', e)
