# random formats and texts (seeded, strftime output, sometimes mutated) through time.strptime and datetime.strptime
import os
old_tz = os.environ.get('TZ')    # given back at the end: the next program may run in this process
os.environ['TZ'] = 'UTC0'
import time, datetime as D, random
time.tzset()
random.seed(13)
dirs = ['%d','%m','%Y','%y','%H','%I','%p','%M','%S','%f','%a','%A','%b','%B','%j','%U','%W','%w','%u','%z','%Z','%G','%V','%%','%c','%x','%X',' ','-',':','/','T','.']
out = []
for i in range(600):
    fmt_dirs = random.sample(dirs, random.randint(1, 6))
    fmt = ''.join(fmt_dirs)
    # a directive twice (%c holds %d, ...) is re.error in CPython: left out
    expanded = ''.join({'%c': '%a%b%d%H%M%S%Y', '%x': '%m%d%y', '%X': '%H%M%S'}.get(x, x) for x in fmt_dirs if x != '%%')
    letters = [expanded[k + 1] for k in range(len(expanded) - 1) if expanded[k] == '%']
    if len(letters) != len(set(letters)):
        continue
    dt = D.datetime(random.randint(1, 9999), random.randint(1, 12), random.randint(1, 28), random.randint(0, 23), random.randint(0, 59), random.randint(0, 59), random.randint(0, 999999), random.choice([None, D.timezone.utc, D.timezone(D.timedelta(hours=-3, minutes=-30))]))
    s = dt.strftime(fmt)
    if random.random() < 0.3:
        s = list(s)
        for k in range(random.randint(1, 2)):
            j = random.randint(0, len(s))
            op = random.randint(0, 2)
            if op == 0 and s: del s[min(j, len(s) - 1)]
            elif op == 1: s.insert(j, random.choice('0123456789 :-+Zapm'))
            elif s: s[min(j, len(s)-1)] = random.choice('0123456789 ')
        s = ''.join(s)
    if random.random() < 0.2: fmt = fmt.replace(' ', '')
    r = [repr(s), repr(fmt)]
    for f in (time.strptime, D.datetime.strptime):
        try: v = f(s, fmt); r.append(repr(v)); r.append(repr(getattr(v, 'tm_zone', None)) + repr(getattr(v, 'tm_gmtoff', None)))
        except Exception as e: r.append(type(e).__name__ + ': ' + str(e))
    out.append(' | '.join(r))
print('\n'.join(out))
if old_tz is None:
    del os.environ['TZ']
else:
    os.environ['TZ'] = old_tz
time.tzset()
