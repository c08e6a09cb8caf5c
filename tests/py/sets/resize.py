# the table grows when 3/5 of its slots are taken, to the smallest power of two above 4 * len; growth reorders colliding keys
s = set()
for n in range(0, 200, 8):
    s.add(n)
    print(len(s), list(s))
t = set()
for n in [1, 9, 17, 25, 33, 41, 49, 57]:
    t.add(n)
    print(list(t))
big = set(range(0, 100000, 3))
print(len(big), 99999 in big, 3 in big, 4 in big, list(big)[:5], list(big)[-5:])
for n in range(0, 100000, 6):
    big.discard(n)
print(len(big), list(big)[:5], list(big)[-5:])
big.update(range(1, 50, 2))
print(len(big), list(big)[:8])
