# set methods: add, discard, remove, update and the *_update methods, union/intersection/difference/symmetric_difference with several arguments
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(1)
s.discard(99)
s.remove(4)
print(sorted(s), len(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
c = [4, 6]
print(sorted(a.union(b)), sorted(a.union(b, c)), sorted(a.intersection(b)), sorted(a.intersection(b, c)))
print(sorted(a.difference(b)), sorted(a.difference(b, c)), sorted(a.symmetric_difference(b)))
print(sorted(a.symmetric_difference([1, 9])))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1, 2}), a.isdisjoint({7, 8}), a.isdisjoint(b))
x = {1, 2, 3}
x.update([3, 4], (5,))
print(sorted(x))
x.intersection_update({1, 2, 3, 4, 9})
print(sorted(x))
x.difference_update([1])
print(sorted(x))
x.symmetric_difference_update({3, 10})
print(sorted(x))
y = x.copy()
y.add(100)
print(sorted(x), sorted(y))
x.clear()
print(x, len(x), set(), set('aab') == {'a', 'b'})
single = {42}
print(single.pop(), single)
print(sorted(set([3, 1, 3, 2, 1])), len(set('mississippi')))
