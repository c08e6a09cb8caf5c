# generator expressions: lazy, single-use, consumed by sum/any/all/list/sorted/min/max/tuple/dict, and by a for loop
def loud(x):
    print('producing', x)
    return x
g = (loud(x) for x in range(3))
print('created')
print(next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)), any(x > 8 for x in range(10)), all(x < 8 for x in range(10)))
print(sorted(-x for x in range(4)), min(len(w) for w in ['aa', 'b']), max((x % 4 for x in range(10))))
print(tuple(x for x in 'abc'), dict((x, x * 2) for x in range(3)), ''.join(c for c in 'a-b-c' if c != '-'))
squares = (x * x for x in range(5))
for s in squares:
    print(s, end=' ')
print()
print(list(x for x in range(3) for _ in range(2)))
