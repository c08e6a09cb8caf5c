# a generator expression reads enclosing variables when it runs, not when it is created (except its first iterable)
def make():
    n = 1
    g = (x + n for x in range(3))
    n = 100
    return g
print(list(make()))
def first_iterable_eager():
    src = [1, 2]
    g = (x for x in src)
    src = [7, 8]
    return list(g)
print(first_iterable_eager())
