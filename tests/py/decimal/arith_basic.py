# + - * / and unary operators of Decimals, with ints mixed in, at several precisions and rounding modes; zero signs, the ideal exponents of exact results
from decimal import *

vals = ['0', '-0', '1', '-1', '2.5', '0.1', '0.2', '3', '7', '1.000', '-1.50', '123456789.123456789', '1E+10',
        '9.999999999999999999999999999', '1E-20', '12345678901234567890123456789', '-0.00', 'Infinity', '-Infinity', 'NaN']
D = [Decimal(v) for v in vals]
for a in D:
    row = []
    for b in D:
        try:
            row.append('%s|%s|%s|%s' % (a + b, a - b, a * b, a / b))
        except (DivisionByZero, InvalidOperation) as e:
            row.append(type(e).__name__)
    print(a, row)

ints = [0, 1, -3, 10**30, 7]
for a in D[:12]:
    for n in ints:
        parts = [a + n, n + a, a - n, n - a, a * n, n * a]
        if n:
            parts.append(a / n)
        if a:
            parts.append(n / a)
        print(a, n, parts)

print(-Decimal('0'), +Decimal('-0'), abs(Decimal('-0.00')), -Decimal('1.50'), +Decimal('1.2345678901234567890123456789'))
print(Decimal(1) / 3, Decimal(2) / 3, Decimal(-2) / 3, Decimal(1) / 7 * 7, Decimal('0.1') * 3 == Decimal('0.3'))
print(Decimal('100') / Decimal('4'), Decimal('1E+2') / 4, Decimal('1.00') / Decimal('0.1'), Decimal(12) / Decimal('0.025'))
print(Decimal('1.1') + Decimal('2.20'), Decimal('1E+5') + Decimal('1E-5'), Decimal('1E+50') + Decimal('1E-50'))
for r in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    with localcontext(prec=4, rounding=r):
        print(r, Decimal('1.2345') + 0, Decimal('-1.2345') + 0, Decimal('1.2355') * 1, Decimal('-1.2355') * 1,
              Decimal('1.2305') + 0, Decimal('1.2405') + 0, Decimal(2) / 3, Decimal(-2) / 3,
              Decimal(1) - Decimal(1), Decimal('-0') + Decimal('0'), Decimal('9.9999') + 0, -Decimal(0))
for p in [1, 2, 5, 9, 50]:
    with localcontext(prec=p):
        print(p, Decimal(1) / 7, Decimal(22) / 7 * 10**10, Decimal(2) ** 100, sum(Decimal('0.1') for i in range(10)))
total = Decimal(0)
for i in range(1, 200):
    total += Decimal(1) / i
print(total, getcontext().flags[Inexact])
x = Decimal('1.1')
x += 2
x *= Decimal('3.3')
x -= 1
x /= 4
print(x)
