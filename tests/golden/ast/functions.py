# function definitions: every parameter kind, annotations, defaults
def f(): pass
def g(a, b): return a + b
def h(a, b=1, *args, c, d=2, **kwargs): pass
def posonly(a, b, /, c, *, d): pass
def posonly_default(a=1, /, b=2): pass
def kwonly(*, a, b=3): pass
def annotated(a: int, b: 'str' = 'x', *c: tuple, d: float, **e: dict) -> bool:
    return True
def only_varargs(*args): pass
def only_kwargs(**kw): pass
def outer():
    def inner(x):
        return x
    return inner
def gen():
    yield
    yield 1
    x = yield 2
    yield from range(3)
    yield 1, 2
