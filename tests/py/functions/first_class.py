# functions are values: stored in lists and dicts, passed and returned, compared by identity, with a __name__
def double(x):
    return 2 * x
def inc(x):
    return x + 1
def apply_all(funcs, value):
    for f in funcs:
        value = f(value)
    return value
pipeline = [double, inc, double]
print(apply_all(pipeline, 3), [f.__name__ for f in pipeline])
alias = double
print(alias(21), alias is double, alias == double, double is inc, alias.__name__)
table = {'d': double, 'i': inc}
print(table['i'](table['d'](5)))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(double, 10, 1), apply_n(inc, 0, 7))
print(type(double), type(len), type(lambda: 0))
