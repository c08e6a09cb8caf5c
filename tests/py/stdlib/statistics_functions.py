# statistics: exact means and variances (fractions inside, the data's type
# outside), the medians, modes, quantiles, correctly rounded stdev, the
# float functions over fsum, and every StatisticsError message.
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3, 4]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([1, 2.5]), st.mean([True, False]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), st.fmean(iter([1, 2])))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5]), st.harmonic_mean([0, 5]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4], n=4, method='inclusive'), st.quantiles([1, 2], n=3))
print(st.variance(data), st.variance([1, 2, 3, 4]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([1, 2, 3]), st.variance([1, 3], xbar=2))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4, 5]), st.stdev([F(1), F(2)]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]; z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(x, z), st.correlation(x, x), st.correlation(x, z), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, [3 * v for v in x], proportional=True))
errors = [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.pvariance([]), lambda: st.stdev([1]),
          lambda: st.pstdev([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.harmonic_mean([]), lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
          lambda: st.covariance([1], [1, 2]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.fmean([1, 2], weights=[1]),
          lambda: st.mean(['a', 'b']), lambda: st.mean([1, F(1), 'x']), lambda: st.quantiles([1, 2], method='x'), lambda: st.harmonic_mean(['a'])]
for e in errors:
    try: print(e())
    except (st.StatisticsError, TypeError, ValueError) as ex: print(type(ex).__name__, ex)
print(issubclass(st.StatisticsError, ValueError), st.mean([float('inf'), 1]), st.mean(range(1, 11)), st.variance(range(10)))
import sys
print(sys.float_info)
