# tuples: the one-element (1,) repr, empty tuple, nesting, indexing, slicing, + and *, in, len, count, index
t = (1, 'two', 3.0, None)
print(t, (), (1,), ((1,),), (1, (2, (3,))), len(t), len(()))
print(t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], t[-2:])
print((1, 2) + (3,), (0,) * 3, 2 * ('a', 'b'), () * 5, (1, 2) * 0)
print(2 in (1, 2), 'x' not in ('x',), (1, 2) in [(1, 2)], len(((), ())))
print((1, 2, 2, 3, 2).count(2), (5, 6, 7).index(7), tuple('abc'), tuple([1, 2]), tuple(range(3)), tuple())
x = 1, 2
y = (3)
z = (3,)
print(x, y, z, type(y), type(z))
print(((1, 2), [3]), repr(('a',)), str(('a', 'b')))
