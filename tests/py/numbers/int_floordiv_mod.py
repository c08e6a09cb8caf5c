# // and % round toward negative infinity: the remainder takes the divisor's sign
B = 2 ** 63
nums = [0, 1, 7, -7, 13, -13, B - 1, -B, B, 10 ** 25 + 3, -(10 ** 25) - 3]
dens = [1, -1, 2, -2, 3, -3, 7, -7, B, -B, 10 ** 20, -(10 ** 20)]
for a in nums:
    row = []
    for b in dens:
        q, r = divmod(a, b)
        assert q * b + r == a
        assert q == a // b and r == a % b
        row.append(f'{q},{r}')
    print(a, ' '.join(row))
print(-B // -1, -B % -1, divmod(-B, -1))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 2, -7 % 2, 7 % -2, -7 % -2)
print(divmod(10 ** 40, 7), divmod(-10 ** 40, 7), divmod(10 ** 40, -(10 ** 19)))
for name, f in [('//', lambda: 5 // 0), ('%', lambda: 5 % 0), ('divmod', lambda: divmod(5, 0)),
                ('big //', lambda: (10 ** 30) // 0), ('big %', lambda: (10 ** 30) % 0)]:
    try:
        f()
    except ZeroDivisionError as e:
        print(name, '->', e)
