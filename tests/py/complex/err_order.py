# complex numbers have no order: < raises CPython's TypeError
a, b = 1j, 2j
print(a == b)
print(a < b)
