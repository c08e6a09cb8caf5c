# a generator that resumes itself while running: ValueError "generator already executing", from next, send, throw and close; the generator is still usable afterwards
def attempt(label, f):
    try:
        r = f()
        print(label, 'returned', r)
    except Exception as e:
        print(label, type(e).__name__, e)


def selfish():
    while True:
        attempt('next inside', lambda: next(g))
        attempt('send inside', lambda: g.send(1))
        attempt('throw inside', lambda: g.throw(KeyError('k')))
        attempt('close inside', lambda: g.close())
        yield 'ok'


g = selfish()
print(next(g))
print(next(g))
g.close()
attempt('next after close', lambda: next(g))


def outer():
    yield from inner


def inner_gen():
    attempt('outer from inner', lambda: next(o))
    yield 1


inner = inner_gen()
o = outer()
print(list(o))
