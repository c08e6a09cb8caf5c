# gamma and lgamma to the last digit CPython prints: its Lanczos
# approximation (not the C library's), reflection for negative x, poles as
# domain errors, overflow as range errors
import math
xs = [0.5, 1.5, 2.5, 3.3, 4.9, 5.0001, 7.7, 10.1, 23.0, 24.0, 30.5, 100.25, 139.9, 141.1,
      170.5, 171.7, 199.9, 200.5, -0.5, -1.5, -2.5, -10.3, -100.7, -139.2, -150.9, -199.1,
      -200.5, -300.25, 1e-21, -1e-21, 1e-300, 5e-324, 0.1, 0.9, 1.1, 1.9, 2.1, 1e10, 1e300,
      3.0, 22.0, 0.0, -0.0, -1.0, -7.0, 1.0, 2.0, math.inf, -math.inf, math.nan]
for x in xs:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
