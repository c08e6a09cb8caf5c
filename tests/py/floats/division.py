# float true division, floor division and modulo with every sign; % takes the divisor's sign, -0.0 results included
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (-1, 0.3), (0.0, 5), (5, 0.5), (1e300, 1e-300)]
for a, b in pairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 6.0 % 3, -6.0 % 3, 6.0 % -3)
print(3.0 // 0.1, 3.0 % 0.1, 1.0 // 3, -1.0 // 3)
print(1 / 3 * 3, 2 / 3 + 1 / 3, 10 / 3.0)
print(7 / 7, 0 / -3, 9 ** 0.5 / 3)
