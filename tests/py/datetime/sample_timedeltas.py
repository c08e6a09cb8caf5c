# random timedeltas (seeded): ints and floats of every unit, then arithmetic with ints, floats and timedeltas, and the overflows
import datetime as D, random
random.seed(7)
out = []
def num():
    k = random.randint(0, 4)
    if k == 0: return random.randint(-10**6, 10**6)
    if k == 1: return random.uniform(-1e5, 1e5)
    if k == 2: return random.randint(-5, 5) / random.choice([2, 4, 8, 3, 10, 1e6, 2e6])
    if k == 3: return random.random() * 10 ** random.randint(-8, 8)
    return random.randint(-10**12, 10**12)
names = ['days','seconds','microseconds','milliseconds','minutes','hours','weeks']
for i in range(400):
    kw = {n: num() for n in random.sample(names, random.randint(1, 4))}
    try:
        t = D.timedelta(**kw)
        r = repr(t) + ' ' + str(t) + ' ' + repr(t.total_seconds())
        f = num()
        for e in (lambda: t * f, lambda: t / f, lambda: t // int(f or 1), lambda: t / (int(f) or 1), lambda: t % D.timedelta(microseconds=int(f) or 1), lambda: divmod(t, D.timedelta(seconds=int(f) or 1)), lambda: t / D.timedelta(seconds=f or 1), lambda: -t, lambda: abs(t), lambda: t + t, lambda: t - 2*t):
            try: r += ' | ' + repr(e())
            except Exception as ex: r += ' | ' + type(ex).__name__ + ': ' + str(ex)
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    out.append(r)
print('\n'.join(out))
