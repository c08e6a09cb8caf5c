# comprehension variables do not leak; comprehensions see enclosing and global names; the first iterable is evaluated outside
x = 'outer x'
squares = [x * x for x in range(4)]
print(x, squares)
n = 10
print([i + n for i in range(3)])
def f():
    k = 100
    return [k + i for i in range(3)], {i: k for i in range(2)}, sum(k for _ in range(2))
print(f())
rows = [[1, 2], [3]]
print([len(r) for r in rows], [y for r in rows for y in r])
data = [1, 2, 3]
print([v for v in data if v not in [x for x in [2]]])
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
