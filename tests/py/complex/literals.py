# imaginary literals (case, exponents, underscores, folding) and complex reprs as CPython's
print(1j, 1J, 1.5j, 1.5J, 1e3j, 1E-3j, 0j, 0.0j, 1_000j, 1_0.5_0j, .5j, 5.j, 0e0j)
print(type(1j), type(0j).__name__, 1j.imag, 1j.real)
print(1 + 2j, 1 - 2j, -1 + 2j, -1 - 2j, -1j, +1j, -0j, -(0j))
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0), -0.0 - 0j)
inf, nan = float('inf'), float('nan')
print(complex(nan, inf), complex(-inf, nan), complex(inf, -inf), complex(0, nan), complex(-nan, -nan))
print(complex(1e20, 1), 1e16j, 1e15j, complex(1e-5, 1e-4), 123456789012345678j, 1.5e-7j)
print(complex(2.5, 0), complex(0.1, 0.2), 0.1j + 0.2j, 1e309j, -1e309j)
print(repr(3+4j), str(3+4j), ascii(3+4j), [1j, -2j], (1j,), {'k': 2+1j})
print(f"{1j}", f"{2-3j!r}", "%s %r" % (1j, -1j), "{}".format(1+1j))
# folded constants
x = 2 * 3j
y = (1 + 2j) * (1 - 2j)
z = 1j ** 2
print(x, y, z, 1j * 1j, 10j / 4, (1+1j) ** 0, 2 ** 1j)
t = (1j, 2j, 1+1j)
print(t, 1j in t, 3j in t, t.index(2j))
print(1j.conjugate(), (3-4j).conjugate(), (1+2j).real + (1+2j).imag)
