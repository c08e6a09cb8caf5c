# return in a generator ends it: the value is carried by StopIteration.value; for loops and list() discard it
def gen():
    yield 1
    return 'the result'

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', repr(e.value), 'args:', e.args)
try:
    next(g)
except StopIteration as e:
    print('second time value:', repr(e.value))
print(list(gen()))
def plain_return():
    return
    yield
try:
    next(plain_return())
except StopIteration as e:
    print('value of a bare return:', e.value)
def collect():
    total = yield from gen()
    yield 'got ' + total
print(list(collect()))
