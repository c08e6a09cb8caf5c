# cmath at infinities, nans and signed zeros (C99 Annex G's special values), with the errors CPython raises
import cmath
inf, nan = float('inf'), float('nan')
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for name in ['sqrt', 'exp', 'log', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
             'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'phase', 'polar']:
    f = getattr(cmath, name)
    out = []
    for x in parts:
        for y in parts:
            if x == x and y == y and abs(x) != inf and abs(y) != inf and x != 0:
                continue
            try:
                out.append(repr(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, ' '.join(out))
out = []
for r in parts:
    for phi in parts:
        try:
            out.append(repr(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
print('rect', ' '.join(out))
for z in [1, -1, complex(1, 1e-200), complex(1, -1e-200), 0j, complex(-0.0, 0)]:
    for name in ['atanh', 'log', 'log10']:
        try:
            print(name, z, getattr(cmath, name)(z))
        except ValueError as e:
            print(name, z, e)
