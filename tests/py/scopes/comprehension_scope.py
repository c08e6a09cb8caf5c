# comprehensions have their own scope: the loop variable does not leak and does not clobber an outer variable of the same name
i = 'outer i'
squares = [i * i for i in range(4)]
print(squares, i)
d = {k: k for k in 'ab'}
s = {k for k in range(3)}
g = list(k for k in range(2))
print(d, s, g)
try:
    print(k)
except NameError as e:
    print('NameError:', e)
def f():
    x = 'function x'
    r = [x for x in 'xyz']
    return r, x
print(f())
for j in range(3):
    pass
print('a for loop variable does leak:', j)
