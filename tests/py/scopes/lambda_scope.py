# lambda scopes like def: parameters are local, free names come from the enclosing function (read at call time) or globals
k = 'global k'
def make(k):
    return lambda x: (x, k)
print(make('enclosing k')(1))
f = lambda: k
print(f())
k = 'changed global k'
print(f())
def adders():
    n = 1
    add = lambda x: x + n
    n = 10
    return add(5)
print(adders())
nested = lambda a: lambda b: lambda c: a + b + c
print(nested(1)(20)(300))
shadow = lambda len: len * 2
print(shadow(4), len('still the builtin'))
compose = lambda f, g: lambda x: f(g(x))
print(compose(abs, lambda v: v - 10)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
