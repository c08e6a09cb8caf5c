# sum with and without start, over ints, floats, big ints, generators and lists of lists
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([2 ** 64, 2 ** 64]), sum((-1, -2)), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(10)), sum([True, True, False]), sum([1, 2], start=100))
