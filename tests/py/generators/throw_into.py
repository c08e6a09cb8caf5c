# throw() raises an exception at the paused yield; the generator may handle it and yield again, or let it propagate
def resilient():
    while True:
        try:
            yield 'working'
        except ValueError as e:
            print('  handled', repr(e))
            yield 'recovered'

g = resilient()
print(next(g))
print(g.throw(ValueError('bad input')))
print(next(g))
try:
    g.throw(KeyError('fatal'))
except KeyError as e:
    print('propagated', repr(e))
print(next(g, 'generator finished'))
def fresh():
    yield 1
try:
    fresh().throw(RuntimeError('before start'))
except RuntimeError as e:
    print('unstarted generator re-raises', repr(e))
def with_finally():
    try:
        yield 'a'
    finally:
        print('  finally on throw')
h = with_finally()
next(h)
try:
    h.throw(IndexError)
except IndexError as e:
    print('class thrown, instance caught:', repr(e))
