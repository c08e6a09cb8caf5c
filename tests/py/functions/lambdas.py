# lambda: anonymous one-expression functions, with defaults, as keys, returned from functions, __name__ '<lambda>'
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(['ccc', 'a', 'bb'], key=lambda s: len(s)), square.__name__)
def make_multiplier(n):
    return lambda x: x * n
triple = make_multiplier(3)
print(triple(5), make_multiplier('ab')(2))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b}
print(ops['+'](2, 3), ops['-'](2, 3))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, triple)(2))
