# keyword-only parameters (after * or *args) and positional-only parameters (before /)
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(a=1, b=2, c=4))
def pos(a, b, /, c, d=4):
    return a, b, c, d
print(pos(1, 2, 3), pos(1, 2, c=3), pos(1, 2, 3, d=5))
def both(a, /, b, *, c):
    return a + b + c
print(both(1, 2, c=3), both(1, b=2, c=3))
def star_then_kw(*args, sep='-'):
    return sep.join(args)
print(star_then_kw('a', 'b'), star_then_kw('a', 'b', sep='+'))
def name_twice(a, /, **kw):
    return a, kw
print(name_twice(1, a=2))
