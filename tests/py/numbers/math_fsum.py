# math.fsum is exact: Shewchuk's partials, correctly rounded at the end, infinities kept apart
import math
inf, nan = math.inf, math.nan
cases = [[], [1.0], [0.1] * 10, [1e100, 1.0, -1e100], [1e308, 1e308, -1e308 * 2 + 1e292] if False else [1.5],
         [2.0 ** 53, -0.5, -2.0 ** -54], [2.0 ** 53, 1.0, 2.0 ** -100], [1.0, 1e-16, 1e-16], [-0.0, -0.0], [0.0, -0.0],
         [1e-300] * 1000, [1, 2, 3], [True, 2.5], [inf, 1.0], [-inf, -inf], [nan, 1.0], [inf, nan],
         [1.0, 2.0 ** -53, 2.0 ** -106], [1.0, -2.0 ** -53, -2.0 ** -106], [3.0, 2.0 ** -52, -2.0 ** -105],
         [1e16, 1.0, 1e-16], [0.3, 0.3, 0.3, -0.9], [1.7976931348623157e308, -1.7976931348623157e308, 1.0]]
for c in cases:
    print(math.fsum(c), sum(c) if not any(isinstance(x, float) and x != x for x in c) else 'nan-sum')
print(math.fsum(x / 10 for x in range(1, 11)), math.fsum(range(10 ** 5)), math.fsum(iter([0.1, 0.2, 0.3])))
for f in [lambda: math.fsum([inf, -inf]), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([1e308, 1e308, -1e308]),
          lambda: math.fsum(['a'])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
