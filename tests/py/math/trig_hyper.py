# trigonometric and hyperbolic functions, erf/erfc, degrees/radians:
# values over a sweep and CPython's domain and range errors
import math
xs = [-2.5, -1.0, -0.5, 0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0, 710.0, -710.0, math.inf, -math.inf, math.nan]
for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
             'erf', 'erfc', 'degrees', 'radians']:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(name, out)
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(math.inf, math.inf))
print(math.degrees(math.pi), math.radians(180), math.tau / 2 == math.pi)
