# large sets: a million int keys, a set of words, membership; sizes, sums and positions in the table
s = set(range(1000000))
print(len(s), sum(s), 999999 in s, 1000000 in s, list(s)[:3], list(s)[-3:])
t = set(range(0, 2000000, 7))
print(len(s & t), len(s - t), len(s ^ t), len(s | t))
u = {n * n % 1000003 for n in range(300000)}
print(len(u), list(u)[:6])
words = set('w%d' % i for i in range(5000))
print(len(words), 'w4999' in words, 'w5000' in words, list(words)[:4])
for i in range(0, 5000, 2):
    words.discard('w%d' % i)
print(len(words), list(words)[:4])
f = frozenset(range(100000))
print(hash(f), len(f | {-1}))
