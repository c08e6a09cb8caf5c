# sets of ints print in table-slot order: a small int hashes to itself, so it lands in slot n & mask
print({3, 1, 2}, {10, 100, 1000}, {5, 4, 3, 2, 1}, set([0, -1, -2, 7, 8]))
print(set([9, 1]), set([1, 9]), set([9, 1, 2, 3, 4]), set([1, 9, 2, 3, 4]))
print(set(range(10)), set(range(10, 0, -1)), set(range(0, 100, 8)))
print(set([100, 200, 300, 400, 500, 600, 700]))
print(set([-5, -4, -3, -2, -1, 0, 1]))
print(set([2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, 2 ** 64, -(2 ** 64), 10 ** 20]))
s = set()
for n in [17, 33, 49, 1, 65, 81]:
    s.add(n)
    print(len(s), s)
print(list(set([-1, -2])), list(set([-2, -1])), -1 in {-2}, hash(-1) == hash(-2))
