# the iterator protocol is used by for, unpacking, list(), tuple(), in, sum, min, max, sorted, join, dict(), set() and star-args
class Letters:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        print('  __iter__ called')
        return iter(self.text)

w = Letters('cab')
for ch in w:
    print(ch, end=' ')
print()
a, b, c = w
print(a, b, c)
print(list(w), tuple(w), 'a' in w, 'z' in w)
print(sorted(w), min(w), max(w), ''.join(w))
print(dict(zip(w, range(3))), sorted(set(w)))
print(*w, sep='-')
first, *rest = w
print(first, rest)
print(list(enumerate(w)), [x.upper() for x in w])
