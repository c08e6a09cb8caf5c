# + - * / // % ** on small ints of every sign combination: Python's floor division and modulo follow the divisor's sign
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, '|', a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
for a, e in [(2, 10), (-2, 3), (-2, 4), (0, 0), (5, 0), (10, 1), (-1, 101)]:
    print(a, '**', e, '=', a ** e)
print(2 ** -1, 4 ** -2, (-2) ** -3)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, -3 // 2, -(3 // 2))
print(7 - -3, 7 + -3, - - 5, +5, -0)
print(1 + 2 * 3 - 4 // 3 % 5 ** 2)
