# floor division and modulo: a == (a // b) * b + a % b for every sign, and % keeps the divisor's sign
for a in [-13, -12, -1, 0, 1, 12, 13]:
    row = []
    for b in [-5, -3, 3, 5]:
        q, r = a // b, a % b
        assert q * b + r == a
        row.append((q, r))
    print(a, row)
print(-1 % 10, 1 % -10, -10 % 10, 10 % -10)
print(-7 // 1, -7 // -1, 7 // -1)
print(divmod(-1, 3), divmod(1, -3), divmod(-9, -4))
