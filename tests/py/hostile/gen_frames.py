# generators left suspended, abandoned, closed in finalizers, and referring to themselves: nothing leaks, finally blocks run when CPython runs them
import gc
log = []


def with_finally(name):
    try:
        yield 1
        yield 2
    finally:
        log.append('finally ' + name)


g = with_finally('dropped')
next(g)
del g
print(log)

g = with_finally('never started')
del g
print(log)


def self_ref():
    me = yield
    try:
        yield me
    finally:
        log.append('self_ref finally')


s = self_ref()
next(s)
s.send(s)
del s
print('before collect', log[-1])
gc.collect()
print('after collect', log[-1])

gens = [with_finally(str(i)) for i in range(3)]
for x in gens:
    next(x)
gens.reverse()
gens.clear()
print(log[-3:])


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield 'bottom'


d = deep(200)
print(next(d))
d.close()
print(list(deep(50)))
