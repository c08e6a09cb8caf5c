# unpacking at the call: *iterable spreads positional arguments, **mapping spreads keywords, several of each
def f(a, b, c, d=0):
    return a, b, c, d
args = [1, 2, 3]
print(f(*args), f(*args, 4), f(0, *args[:2]), f(*'xyz'), f(*range(3), d=9))
kwargs = {'c': 30, 'b': 20}
print(f(10, **kwargs), f(**{'a': 1, 'b': 2, 'c': 3, 'd': 4}), f(1, *[2], **{'c': 3}))
print(f(*[1], *(2,), **{'c': 3}, **{'d': 4}))
print(*[1, 2, 3], *'ab', sep=',')
def collect(*a, **k):
    return a, k
print(collect(*[], **{}), collect(*(1, 2), x=1, **{'y': 2}))
