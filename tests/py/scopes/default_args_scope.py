# default values are evaluated once, in the defining scope, when def runs; not at each call
x = 'x at def time'
def f(arg=x):
    return arg
x = 'x changed later'
print(f(), x)
def outer():
    y = 'outer y'
    def inner(v=y):
        return v
    y = 'changed y'
    return inner(), (lambda: y)()
print(outer())
def log(msg, seen=[]):
    seen.append(msg)
    return list(seen)
print(log('a'), log('b'))
def safe(msg, seen=None):
    if seen is None:
        seen = []
    seen.append(msg)
    return seen
print(safe('a'), safe('b'))
print(f.__defaults__, log.__defaults__)
