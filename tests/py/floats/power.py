# ** with floats: negative and fractional exponents, float results from int bases, edge cases with zero and one
print(2 ** -2, 4 ** 0.5, 2.0 ** 0.5, 27 ** (1 / 3), 10 ** -3, 0.5 ** 2, 1.5 ** 3)
print(2 ** 10.0, 9 ** 0.5, 8.0 ** -1, (-2.0) ** 3, (-2.0) ** 2, (-8) ** 2.0)
print(0.0 ** 0, 0 ** 0.0, 1.0 ** 1e300, 1 ** float('nan'), float('nan') ** 0)
print(1e-200 ** 2, 10.0 ** -400, 2 ** 1023.0, 2.0 ** 1023 * 2 == float('inf'))
print(pow(2.0, 3), pow(2, 0.5), pow(4.0, -0.5), (1 + 1e-10) ** 1e10)
