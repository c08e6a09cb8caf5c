# names a pattern binds in a function are locals (and can be captured by closures)
def f(v):
    match v:
        case [a, b]:
            return lambda: a + b
    return None
print(f([1, 2])())
print(f.__code__.co_varnames)

def g():
    match 5:
        case n:
            pass
    def inner():
        return n * 2
    return inner()
print(g())
