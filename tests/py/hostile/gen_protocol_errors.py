# the generator protocol's edges: send to a new generator, throw with bad arguments, close that yields, StopIteration raised inside, return values
def counter():
    n = 0
    while True:
        got = yield n
        n += 1 if got is None else got


def attempt(label, f):
    try:
        print(label, 'returned', f())
    except BaseException as e:
        print(label, type(e).__name__, e)


g = counter()
attempt('send non-None first', lambda: g.send(5))
attempt('send None first', lambda: g.send(None))
attempt('send 10', lambda: g.send(10))
attempt('throw a class', lambda: g.throw(ValueError))
attempt('next after throw', lambda: next(g))
g = counter()
attempt('throw an int', lambda: g.throw(3))
attempt('throw an instance and a value', lambda: g.throw(ValueError('a'), 'b'))
attempt('throw not started', lambda: g.throw(KeyError('fresh')))
attempt('next after', lambda: next(g))


def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
next(s)
attempt('close stubborn', s.close)


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise


c = catches_exit()
next(c)
attempt('close catcher', c.close)
attempt('close again', c.close)


def raises_stop():
    yield 1
    raise StopIteration('inside')


attempt('StopIteration inside', lambda: list(raises_stop()))


def returns():
    yield 1
    return 'value'


r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print('return value', e.value, e.args)
attempt('next exhausted', lambda: next(r))
attempt('send exhausted', lambda: r.send(1))
attempt('throw exhausted', lambda: r.throw(KeyError('late')))
