# math's integer functions: gcd, lcm, factorial, isqrt, comb, perm, prod
import math
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(12, 18, 27), math.gcd(True, 4), math.gcd(10 ** 30, 10 ** 20 + 10))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2 ** 70, 3))
print([math.factorial(n) for n in range(0, 21)], math.factorial(30), len(str(math.factorial(1000))), math.factorial(True))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 20, 10 ** 20 - 1, 2 ** 127]], math.isqrt(True))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(10 ** 20, 3), math.comb(5, 0), math.comb(0, 0))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(10 ** 20, 2), math.perm(0))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod(['ab'], start=3), math.prod([], start='x'), math.prod(x for x in [2, 2.5]), math.prod([True, 5]))
print(math.comb(1000, 500) % (10 ** 9 + 7), math.perm(50, 25) % 999983, sum(math.comb(30, k) for k in range(31)) == 2 ** 30)
