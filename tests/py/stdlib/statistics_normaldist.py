# statistics.NormalDist: pdf, cdf, the inverse cdf (AS241: the quantiles
# agree with CPython's to the last digit, in the centre and both tails),
# overlap, z-scores, arithmetic, samples from a seed, and the errors
from statistics import NormalDist, StatisticsError
import pickle, copy

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.pdf(130), n.cdf(130), n.cdf(70), n.zscore(127.5))
print(n.quantiles(), n.quantiles(10))
z = NormalDist()
for p in (1e-300, 1e-20, 1e-10, 0.001, 0.02425, 0.07, 0.074, 0.075, 0.3, 0.5, 0.5000001, 0.9, 0.925, 0.98, 0.999999, 1 - 1e-16):
    print(p, z.inv_cdf(p))
print([round(x, 12) for x in z.quantiles(100)[:5]])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(1, 2).overlap(NormalDist(3, 2)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist.from_samples([1, 2, 3, 4]))
print(n + 5, 5 + n, n - 5, 5 - n, n * 2, 2 * n, n * -2, n / 3, -n, +n)
print(n + NormalDist(0, 20), n - NormalDist(10, 20))
print(n == NormalDist(100.0, 15.0), n == 5, hash(n) == hash(NormalDist(100, 15)))
print(NormalDist(10, 2).samples(4, seed=42))
print(NormalDist(mu=1, sigma=0).mean, copy.copy(n), pickle.loads(pickle.dumps(n)))
print({n: 1}[NormalDist(100, 15)])


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: NormalDist(0, -1))
attempt(lambda: NormalDist(0, 0).pdf(1))
attempt(lambda: NormalDist(0, 0).cdf(1))
attempt(lambda: NormalDist(0, 0).zscore(1))
attempt(lambda: NormalDist(0, 0).inv_cdf(0.5))
attempt(lambda: z.inv_cdf(0))
attempt(lambda: z.inv_cdf(1.5))
attempt(lambda: z.overlap(3))
attempt(lambda: z.overlap(NormalDist(0, 0)))
attempt(lambda: NormalDist.from_samples([1]))
attempt(lambda: n.x)
attempt(lambda: setattr(n, 'x', 1))
print(isinstance(StatisticsError(), ValueError), NormalDist.__slots__)
