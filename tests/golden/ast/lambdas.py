# lambda with every parameter kind
lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *a, **k: (a, k)
lambda a, /, b, *, c: a
lambda *, k=1: k
f = lambda x: lambda y: x + y
(lambda: 1)()
key = sorted(items, key=lambda p: p[1])
