# repr of floats is the shortest string that round-trips, switching to exponent notation at 1e16 and 1e-5
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 0.0, -0.0, 100.0, 1e15, 1e16, 1.5e16,
          123456789012345678.0, 1e-4, 1e-5, 0.00012345, 1.5e-7, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
          1.5e300 * 1e10, -1.5e300 * 1e10, 3.14159, 2.5, 1e100, 9.999999999999999e22, 0.3, 1.1 * 3,
          12345.678, 1 / 7, 2 ** 0.5, 100 / 3, 4.35, 0.1 * 3, 1e-10, 123e-20, 9007199254740993.0]
for v in values:
    print(repr(v), str(v))
print(values[:4])
print(1e16 - 1, 1e16 + 1, 2.0 ** 60, 2.0 ** -20)
print(float(10 ** 15), float(10 ** 16), 1_000.5, 1., .5, 5e0, 0e0)
