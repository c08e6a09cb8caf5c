# *args collects extra positional arguments into a tuple, **kwargs extra keywords into a dict (in call order)
def f(*args):
    return args
print(f(), f(1), f(1, 'two', [3]))
def g(first, *rest, **options):
    return first, rest, options
print(g(1), g(1, 2, 3), g(1, x=10), g(1, 2, y=20, x=10))
def h(**kw):
    for k, v in kw.items():
        print(k, '=', v)
    return len(kw)
print(h(zeta=1, alpha=2, mid=3))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=100), total())
