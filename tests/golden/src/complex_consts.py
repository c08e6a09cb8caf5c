# Imaginary literals are constants, and arithmetic on constants is folded
# as CPython 3.11 folds it: each line loads one constant, shown by its repr.
a = 1j
b = 1 + 2j
c = -1j
d = -0.0 - 0j
e = 2 * 3j
f = (1j, 2.5j, -1.5e300j)
g = 1j ** 2
h = 1e309j
i = ~1j if a else 0
