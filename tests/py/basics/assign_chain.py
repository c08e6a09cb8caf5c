# chained assignment, tuple unpacking, starred targets, swap, nested targets
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
(r, s), t = (3, 4), 5
print(r, s, t)
[u, v] = 'uv'
print(u, v)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = 'abcdef'
print(head, middle, tail)
m, *n = (9,)
print(m, n)
*everything, = 1, 2
print(everything)
i, j, k = range(3)
print(i, j, k)
a, b = b, a + b
print(a, b)
lst = [0, 0, 0]
lst[0], lst[2] = 'L', 'R'
print(lst)
i = 0
i, lst[i] = 1, 'changed'
print(i, lst)
d = {}
d['a'] = d['b'] = 5
print(d)
for (n1, n2), letter in [((1, 2), 'a'), ((3, 4), 'b')]:
    print(n1, n2, letter)
z = 1, 2, 3
print(z)
w = 4,
print(w)
