# more of the math module: tau, isqrt, lcm, gcd of many, prod, fsum, comb, perm, log10, log2, copysign, fmod, trig, degrees/radians, isfinite
import math
print(math.tau, math.isqrt(17), math.isqrt(10 ** 20), math.lcm(4, 6), math.lcm(3, 5, 7), math.gcd(), math.gcd(12, 18, 8))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.comb(5, 2), math.perm(5, 2))
print(math.log10(1000), math.log2(1024), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 10), math.degrees(math.pi), math.radians(180))
print(math.isfinite(1e308), math.isfinite(math.nan), math.atan2(1, 1) * 4 == math.pi, math.modf(2.5), math.frexp(8))
