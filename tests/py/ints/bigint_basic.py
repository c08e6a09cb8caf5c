# arbitrary precision: factorial(50), powers of two, negative big ints, comparisons across sizes
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(50))
print(factorial(25) // factorial(23))
print(2 ** 64, 2 ** 64 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print(2 ** 200)
print(-2 ** 200)
print(3 ** 100 - 3 ** 99)
big = 123456789012345678901234567890
print(big * big)
print(big + 1, big - big, big - big + 7, -big)
print(big * -1 == -big, abs(-big) == big)
print(2 ** 100 > 2 ** 99, 2 ** 100 < 5, -(2 ** 100) < -5, 2 ** 100 == 2 ** 100)
print(2 ** 100 != 2 ** 100 + 1, 10 ** 20 == 100000000000000000000)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, 4611686018427387904 * 2, 3037000500 * 3037000500)
print(-9223372036854775808 // -1, -9223372036854775808 * -1)
print(sum([2 ** 62, 2 ** 62, 2 ** 62, 2 ** 62]))
x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
print(x % 1000, x // 10 ** 40)
