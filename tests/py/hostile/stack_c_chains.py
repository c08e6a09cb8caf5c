# C recursion that CPython 3.11 leaves unguarded works as deep as CPython's stack allows it: hash of a deep tuple, chains of map/filter/zip/enumerate, yield from chains with send, throw and close
import sys


def nest_tuple(n):
    t = ()
    for i in range(n):
        t = (t,)
    return t


print(hash(nest_tuple(50000)) == hash(nest_tuple(50000)), hash(nest_tuple(3)))
print(hash(frozenset([nest_tuple(20000)])) == hash(frozenset([nest_tuple(20000)])))

x = iter([1, -2, 3])
for i in range(15000):
    x = map(abs, x)
print(list(x))
x = iter([0, 1, 2])
for i in range(15000):
    x = filter(None, x)
print(next(x), next(x))
x = iter('ab')
for i in range(5000):
    x = zip(x)
print(next(x) is not None)
x = iter('ab')
for i in range(5000):
    x = enumerate(x)
print(next(x)[0])

sys.setrecursionlimit(100000)


def chain(n):
    if n:
        r = yield from chain(n - 1)
        return r + 1
    got = yield 'bottom'
    got = yield got
    return got


g = chain(4000)
print(next(g), g.send('sent'))
try:
    g.send(0)
except StopIteration as e:
    print('returned', e.value)
g = chain(4000)
next(g)
try:
    g.throw(KeyError('thrown'))
except KeyError as e:
    print('KeyError', e)
g = chain(4000)
next(g)
g.close()
print('closed')
