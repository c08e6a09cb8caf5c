# list methods: append, extend, insert (incl. negative and beyond the end), pop, remove, index with start/stop, count, reverse, copy, clear; the mutating ones return None
a = [3, 1, 2]
print(a.append(4), a)
a.extend((5, 6))
a.extend('xy')
a.extend(range(2))
print(a)
a.insert(0, 'first')
a.insert(-1, 'before last')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2), a)
a.remove('x')
print(a)
b = [1, 2, 3, 2, 1, 2]
print(b.index(2), b.index(2, 2), b.index(2, -2), b.index(1, 1, 5), b.count(2), b.count(9))
print(b.reverse(), b)
c = b.copy()
c.append('only in c')
print(b, c, c is b)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append('shared')
print(nested)
print(c.clear(), c, len(c))
d = [1, 2] * 3
d[1:1] = [9]
print(d, d.count(2), [0] * 0, [[]] * 2)
e = [True, 1, 1.0, 'one']
print(e.count(1), e.index(1.0), e.count(True))
