# how often __hash__ and __eq__ run: hashing once per operation, __eq__ only on a same-hash different-object probe; no re-hashing on resize
calls = {'hash': 0, 'eq': 0}


class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h

    def __hash__(self):
        calls['hash'] += 1
        return self.h

    def __eq__(self, other):
        calls['eq'] += 1
        return isinstance(other, K) and self.v == other.v


def show(label):
    print(label, calls['hash'], calls['eq'])
    calls['hash'] = calls['eq'] = 0


keys = [K(i) for i in range(100)]
d = {}
for k in keys:
    d[k] = k.v
show('insert 100 distinct hashes (resizes included)')
for k in keys:
    d[k]
show('look up the same objects')
for i in range(100):
    d[K(i)]
show('look up equal new objects')
K(500) in d
show('a missing key')
e = dict(d)
show('dict(d) copies without hashing')
f = d.copy()
show('d.copy() too')
s = set(keys)
show('set(keys)')
k = K(7)
d.pop(K(7))
show('d.pop(equal new object)')
d[k] = 7
show('re-insert')
del d[K(7)]
show('del d[equal new object]')
d.setdefault(K(8), 0)
show('setdefault present')
d.get(K(9))
show('get present')
