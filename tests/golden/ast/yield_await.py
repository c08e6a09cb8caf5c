# yield in expressions
def g():
    x = yield
    y = yield x
    z = (yield)
    w = yield from gen()
    f((yield 1))
    return [(yield i) for i in ()]
