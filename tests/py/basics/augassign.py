# augmented assignment with every operator, on names, subscripts, lists (in place) and tuples
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1111; print(x)
x |= 0b10000; print(x)
x ^= 0b11111; print(x)
x /= 4; print(x)
y = -17
y //= 5; print(y)
y = -17
y %= 5; print(y)
s = 'ab'
s += 'cd'; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {'n': 1}
d['n'] += 10
d['n'] *= 2
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 30
m[0][1] **= 5
print(m)
f = 1.5
f += 1; print(f)
f **= 2; print(f)
f //= 2; print(f)
f %= 2.5; print(f)
