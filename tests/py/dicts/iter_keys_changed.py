# a dict whose keys are deleted and re-added while iterated (same size) raises 'keys changed' exactly where CPython's does
def attempt(n, how):
    d = {i: i for i in range(n)}
    seen = []
    try:
        for k in how(d):
            seen.append(k)
            if len(seen) > 50: break
            if isinstance(k, tuple): k = k[0]
            del d[k]
            d[k] = 1
        print(n, "no error", seen)
    except RuntimeError as e:
        print(n, e, seen)
for n in [1, 2, 3, 5, 8, 20]:
    attempt(n, lambda d: d)
    attempt(n, lambda d: d.items())
    attempt(n, lambda d: d.values())
    attempt(n, lambda d: d.keys())
def other(n):
    d = {i: i for i in range(n)}
    try:
        for k in d:
            d.pop(next(iter(d)))
            d[100 + k] = 0
        print(n, "other no error", d)
    except RuntimeError as e:
        print(n, e, d)
for n in [1, 2, 3, 6]:
    other(n)
d = dict.fromkeys("abc")
it = iter(d)
next(it)
d.clear(); d.update(dict.fromkeys("xyz"))
try: print(list(it))
except RuntimeError as e: print("clear", e)
d = dict.fromkeys("abc")
it = iter(d)
next(it)
d.popitem(); d["q"] = 1
try: print(list(it))
except RuntimeError as e: print("popitem", e)
def bulk(n, m, first_only=True):
    d = {i: i for i in range(n)}
    seen = []
    try:
        for k in d:
            seen.append(k)
            if len(seen) > 3 * n + 5: break
            if first_only and len(seen) > 1: continue
            for j in list(d)[:m]:
                del d[j]
            for j in range(m):
                d[1000 + len(seen) * 100 + j] = 0
        print(n, m, "ok", seen)
    except RuntimeError as e:
        print(n, m, e, seen)
for n in [2, 3, 4, 5, 6, 8, 10, 11, 16, 22, 50]:
    for m in [1, 2, n // 2, n]:
        if m: bulk(n, m); bulk(n, m, False)
d = {str(i): i for i in range(6)}
seen = []
try:
    for k in d:
        seen.append(k)
        if len(seen) > 40: break
        for j in list(d): del d[j]
        for j in range(6): d["n%d_%d" % (len(seen), j)] = 0
    print("str ok", seen)
except RuntimeError as e:
    print("str", e, seen)
