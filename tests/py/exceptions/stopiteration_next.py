# next() on an exhausted iterator raises StopIteration; with a default it returns the default instead
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
