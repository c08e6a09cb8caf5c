# generator expressions: lazy, single-use, used directly as the only argument of a call
def noisy(n):
    for i in range(n):
        print('  produce', i)
        yield i
g = (x * x for x in noisy(3))
print('created', type(g).__name__)
print(next(g))
print(list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(any(x > 2 for x in noisy(10)))
print(all(x < 1 for x in noisy(10)))
print(sorted((c for c in 'banana' if c != 'a'), reverse=True))
print(dict((k, k * 2) for k in 'xy'), tuple(i for i in range(3)))
print(' '.join(str(i) for i in range(5)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
