# float parsing and printing at the edges: very long digit strings, subnormals, overflow to inf, huge ints to float
print(float('1' * 400), float('0.' + '0' * 400 + '1'), float('1' + '0' * 308), float('9' * 20))
print(float('1e-323'), float('2.4703282292062328e-324'), float('2.4703282292062327e-324'), 5e-324 / 2)
print(float('0.1' + '0' * 1000 + '1'), float(2 ** 1023), float(2 ** 1024 - 2 ** 971))
print(1e308 + 1e308, -1e308 * 10, 1e-308 / 1e10, 1.7976931348623157e308 * 1.0000000000000002)
