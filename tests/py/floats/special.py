# inf, nan and negative zero: arithmetic, comparisons, and how they print
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, inf + 1, inf * -2, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf, inf > 10 ** 400)
print(nan == nan, nan != nan, nan < 0, nan >= 0, nan == 0, [nan] == [nan], nan in [nan])
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1080)
z = -0.0
print(z, z == 0.0, z < 0, 0.0 - 0.0, -0.0 + 0.0, -0.0 * 5, 0.0 * -5, abs(-0.0), -(0.0))
print(max(inf, 1), min(-inf, 1), inf // 1, inf % 2 != inf % 2)
print(abs(-inf), -nan, -inf + inf)
print(bool(nan), bool(0.0), bool(-0.0), bool(inf))
