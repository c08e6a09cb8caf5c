# a 1,000,000-element list: build, sum, slice, reverse, sort, membership, concatenation, deletion
n = 1000000
a = list(range(n))
print(len(a), sum(a), a[-1], a[n // 2], a[::100000], len(a[::3]))
a.reverse()
print(a[:3], a[-3:])
a.sort()
print(a[:3], a[-3:], n - 1 in a)
b = a + a
print(len(b), b[n])
del b[::2]
print(len(b), b[:3])
b.clear()
print(len(b), len(a))
words = [str(i % 1000) for i in range(50000)]
words.sort(key=lambda s: (len(s), s))
print(words[:3], words[-2:])
