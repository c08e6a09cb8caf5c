# round(): half to even on exact halves, ndigits returning floats, and the representation traps like round(2.675, 2)
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.5000001]:
    print(v, round(v), type(round(v)))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1), round(1234.5678, -2), round(1250.0, -2))
print(round(5.5), round(6.5), round(-6.5), round(1e20), round(123.456, 10), round(0.1, 30))
print(round(1.23456789e-5, 7), round(-0.0), round(-0.4), round(-0.4, 1))
