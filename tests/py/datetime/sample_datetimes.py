# random datetimes (seeded): reprs, texts, calendar questions, arithmetic, zone conversions, round trips through isoformat, ordinals and pickle
import datetime as D, random, pickle, os, time
# naive datetimes are local times to astimezone(): a fixed zone, whatever the machine's
old_tz = os.environ.get('TZ')    # given back at the end: the next program may run in this process
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
time.tzset()
random.seed(11)
out = []
tzs = [None, D.timezone.utc, D.timezone(D.timedelta(hours=5, minutes=30)), D.timezone(D.timedelta(hours=-8), 'PST'), D.timezone(D.timedelta(seconds=-3601, microseconds=7))]
def rdt():
    y = random.choice([1, 2, 99, 100, 400, 1582, 1899, 1900, 1969, 1970, 2000, 2020, 2024, 9999, random.randint(1, 9999)])
    m = random.randint(1, 12); d = random.randint(1, 28 if m == 2 else 30)
    return D.datetime(y, m, d, random.randint(0, 23), random.randint(0, 59), random.randint(0, 59), random.choice([0, random.randint(0, 999999)]), random.choice(tzs), fold=random.randint(0,1))
for i in range(120):
    a = rdt(); b = rdt()
    r = [repr(a), str(a), a.isoformat(timespec=random.choice(['auto','hours','minutes','seconds','milliseconds','microseconds'])), a.ctime(), repr(a.isocalendar()), a.toordinal(), a.weekday(), repr(a.timetuple()), repr(a.date()), repr(a.timetz()), str(a.time())]
    r.append(a.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %a %A %b %B %j %p %y %I %% %c %x %X %U %W %G %V %u'))
    for e in (lambda: a - b, lambda: a < b, lambda: a == b, lambda: a + D.timedelta(days=random.randint(-10**6, 10**6), microseconds=random.randint(-10**10, 10**10)),
              lambda: a.astimezone(D.timezone.utc), lambda: a.astimezone(random.choice(tzs[1:])), lambda: a.utctimetuple(), lambda: D.datetime.fromisoformat(a.isoformat()),
              lambda: a.timestamp() if a.tzinfo else 0, lambda: D.datetime.fromtimestamp(a.timestamp(), D.timezone.utc) if a.tzinfo else 0,
              lambda: D.date.fromordinal(a.toordinal()), lambda: a.date() - b.date(), lambda: a.date() + D.timedelta(days=random.randint(-10**5, 10**5)),
              lambda: D.date.fromisocalendar(*a.isocalendar()), lambda: pickle.loads(pickle.dumps(a)) == a, lambda: pickle.dumps(a, random.randint(0, 5)),
              lambda: a.replace(year=2000), lambda: hash(a) == hash(pickle.loads(pickle.dumps(a))), lambda: a.timetz() < b.timetz(), lambda: a.time() == b.time(),
              lambda: pickle.dumps(a.timetz(), 4), lambda: pickle.dumps(a.date(), 3), lambda: pickle.dumps(a - b if (a.tzinfo is None) == (b.tzinfo is None) else 1, 2)):
        try: r.append(repr(e()))
        except Exception as ex: r.append(type(ex).__name__ + ': ' + str(ex))
    out.append(' | '.join(map(str, r)))
print('\n'.join(out))
if old_tz is None:
    del os.environ['TZ']
else:
    os.environ['TZ'] = old_tz
time.tzset()
