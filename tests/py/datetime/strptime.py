# strptime: time.strptime and datetime.strptime, each directive, the order a regular expression would try, %I with %p, weeks, %G/%V, %z/%Z, the errors
import os
import time
from datetime import datetime

old_tz = os.environ.get('TZ')    # given back at the end: the next program may run in this process
os.environ['TZ'] = 'UTC0'
time.tzset()

def t(*args, f=time.strptime):
    try:
        print(repr(args), '->', f(*args))
    except Exception as e:
        print(repr(args), '!!', type(e).__name__ + ':', e)

t('2020-01-05 13:04:05', '%Y-%m-%d %H:%M:%S')
t('Mon Jan  5 13:04:05 2020')
t('111', '%d%m'); t('1', '%d%m'); t('1231', '%m%d'); t('2020123', '%Y%m%d')
t('12 PM', '%I %p'); t('12 am', '%I %p'); t('3 pM', '%I %p'); t('5 pm', '%H %p')
t('2020 1 0', '%Y %U %w'); t('2020 0 0', '%Y %U %w'); t('2020 0 1', '%Y %W %w'); t('2020 53 6', '%Y %W %u'); t('2020 0 6', '%Y %U %w')
t('2020 W01 1', '%G W%V %u'); t('2020 1', '%G %V'); t('2020 1', '%V %Y'); t('2020 1 1', '%G %V %j'); t('2020 1 1', '%V %Y %u')
t('2020 366', '%Y %j'); t('2021 366', '%Y %j'); t('0 2020', '%j %Y')
t('02 29', '%m %d'); t('feb 29', '%b %d'); t('FEBRUARY 29 1904', '%B %d %Y'); t('29', '%d'); t('Wednesday', '%A'); t('wed', '%a')
t('10:30 +0530', '%H:%M %z'); t('Z', '%z'); t('-01:30:15.5', '%z'); t('+01:3015', '%z'); t('UTC', '%Z'); t('gmt', '%Z'); t('EST', '%Z')
t('12/31/99', '%x'); t('12/31/68', '%x'); t('12/31/69', '%x'); t('23:59:60', '%X'); t('Tue Feb 29 10:00:00 2000', '%c')
t('12', '%f'); t('1234567', '%f'); t('Jan', '%b%Y'); t('2020', '%b%Y'); t('x2020', 'X%Y'); t('%2020', '%%%Y'); t('abc', 'ABC')
t('  2020\t\n01', ' %Y %m'); t('2020  01', '%Y\t%m'); t('2020', '%y'); t('٢٠٢٠', '%Y')
t('2020', '%Y%'); t('2020', '%Y%Q'); t('2020', '% Y'); t('2020', '%Y%.'); t('2020x', '%Y'); t('20', '%Y'); t(2020, '%Y'); t('2020', 5)
t('2020-02-30', '%Y-%m-%d')
t('2020-01-05 13:04:05.123 +0100', '%Y-%m-%d %H:%M:%S.%f %z', f=datetime.strptime)
t('2020-01-05 13:04:05 UTC +0000', '%Y-%m-%d %H:%M:%S %Z %z', f=datetime.strptime)
t('2020-01-05 13:04:05 Z', '%Y-%m-%d %H:%M:%S %z', f=datetime.strptime)
t('2020-01-05', '%Y-%m-%d', f=datetime.strptime); t('1 2', '%H %M', f=datetime.strptime); t(1, '%Y', f=datetime.strptime); t('1', 1, f=datetime.strptime)
t('2020-02-30', '%Y-%m-%d', f=datetime.strptime); t('23:59:60', '%X', f=datetime.strptime); t('+01:30:1', '%z', f=datetime.strptime)
r = time.strptime('2020 +0100', '%Y %z')
print(r.tm_gmtoff, r.tm_zone, time.strptime('2020 UTC', '%Y %Z').tm_zone, time.strptime('2020', '%Y').tm_zone)
try:
    time.strptime('2020', format='%Y')
except TypeError as e:
    print('TypeError:', e)
d = datetime(2021, 7, 4, 9, 8, 7, 654321)
print(datetime.strptime(d.strftime('%c.%f'), '%c.%f') == d, datetime.strptime(str(d), '%Y-%m-%d %H:%M:%S.%f') == d)
if old_tz is None:
    del os.environ['TZ']
else:
    os.environ['TZ'] = old_tz
time.tzset()
