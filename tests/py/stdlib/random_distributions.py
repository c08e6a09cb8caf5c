# random's real-valued distributions after a seed: gauss, normalvariate, expovariate, triangular, betavariate, gammavariate, ...
import random

random.seed(2718)
print(random.gauss(), random.gauss(100, 15), random.gauss(mu=5, sigma=0.1))
print(random.normalvariate(), random.normalvariate(10, 2), random.lognormvariate(0, 0.5))
print(random.expovariate(1.5), random.expovariate(0.1), random.triangular(), random.triangular(0, 10, 8), random.triangular(1, 1, 1))
print(random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(9, 0.5))
print(random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4), random.paretovariate(3), random.weibullvariate(2, 1.5))
samples = [random.gauss(0, 1) for _ in range(2000)]
mean = sum(samples) / len(samples)
print(round(mean, 12), round(max(samples), 12), round(min(samples), 12))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print('ValueError:', e)
