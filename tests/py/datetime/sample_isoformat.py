# random ISO 8601 strings (seeded mutations of valid ones) through date, time and datetime.fromisoformat
import datetime as D, random
random.seed(5)
alpha = '0123456789-:T.,+ZW x'
base = ['2020-01-01T12:30:45.123456+05:30', '20200101T123045Z', '2020-W01-3T12', '2020W013 1230', '2020-12-31', '2020-W53-7', '12:30:45', '123045.5-0130', 'T12:30Z', '2020-01-01T12:30:45,5+01:00:30.25']
out = []
for i in range(500):
    s = random.choice(base)
    s = list(s)
    for k in range(random.randint(0, 3)):
        op = random.randint(0, 2)
        j = random.randint(0, len(s))
        if op == 0 and s: del s[min(j, len(s)-1)]
        elif op == 1: s.insert(j, random.choice(alpha))
        elif s: s[min(j, len(s)-1)] = random.choice(alpha)
    s = ''.join(s)
    for f in (D.date.fromisoformat, D.time.fromisoformat, D.datetime.fromisoformat):
        try: r = repr(f(s))
        except Exception as e: r = type(e).__name__ + ': ' + str(e)
        out.append(r)
print('\n'.join(out))
