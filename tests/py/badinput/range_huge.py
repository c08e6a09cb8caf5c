# ranges of huge ints: indexing, membership and repr work with big ints, len() raises OverflowError
r = range(10 ** 20)
print(r, r[-1], r[10 ** 19], 10 ** 19 in r, 10 ** 20 in r, r[::10 ** 19])
print(range(-10 ** 30, 10 ** 30, 10 ** 29)[3], len(range(0, 10 ** 20, 10 ** 18)))
print(len(r))
