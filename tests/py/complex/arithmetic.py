# + - * / ** with complex, int, float and bool operands in both orders, CPython's bits
values = [2+3j, -1.5+0.5j, 0j, 1j, 3, -2, 0.25, True, False, 1e300j]
for a in values:
    row = []
    for b in values:
        for op in ('+', '-', '*'):
            row.append(repr(eval('a %s b' % op)))
    print(' '.join(row))
for a in values:
    for b in values:
        try:
            print(a, '/', b, '=', a / b)
        except ZeroDivisionError as e:
            print(a, '/', b, '->', e)
print((1+2j) / (3-4j), 1 / (1+1j), 1.5 / 2j, (1e308+1e308j) / (1e308+1e308j), 1j / 1e-320)
# powers: small integral exponents are repeated squaring, the rest polar
for base in [1+1j, 2-1j, -1j, 0.5+0.5j, 1.0000001j]:
    print([base ** k for k in (0, 1, 2, 3, -1, -3, 10, 100, -100)])
    print([base ** e for e in (0.5, -0.5, 1.5, 2.0, 101, 1j, 1+1j, -2.5-1j)])
print(2 ** (1+1j), 2.5 ** 1j, (-8) ** (1/3), (-1) ** 0.5, (-2.0) ** 1.5, (-1) ** 2.0, 4 ** 0.5)
print(pow(1j, 2), pow(1+1j, -2), pow(2, 0.5j), 0j ** 0, 0j ** 2, 0j ** 2.5)
print(abs(3+4j), abs(-5j), abs(0j), abs(complex(1e308, 1e308) / 2), abs(complex(float('inf'), float('nan'))))
print(abs(complex(float('nan'), 1)), abs(1e-320+1e-320j))
print(-(1+2j), +(1+2j), -(0j), -complex(0.0, -0.0))
z = 1+1j
z += 1
z *= 2j
z -= 0.5
z /= 2
z **= 2
print(z)
print(sum([1j, 2, 3.5, 1+1j]), sum([0.5j] * 10), sum([], 0j), sum((1j for _ in range(3)), 1))
print(True + 1j, 1j * False, 1j - True)
