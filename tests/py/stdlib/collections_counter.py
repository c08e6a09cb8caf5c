# collections.Counter: counting, most_common order, elements, update/subtract, arithmetic, comparisons, repr
from collections import Counter

words = 'the cat and the hat and the bat'.split()
c = Counter(words)
print(c, c['the'], c['dog'], len(c), c.total())
print(c.most_common(2), c.most_common(), c.most_common(0), c.most_common(10)[-1])
letters = Counter('abracadabra')
print(letters, sorted(letters.elements()), ''.join(letters.elements()))
print(Counter(a=3, b=1), Counter({'x': 2, 'y': 5}), Counter(), Counter([]), Counter('aab', b=5))
c2 = Counter('aab')
c2.update('abc'); print(c2)
c2.update({'a': 10}, z=2); print(c2)
c2.subtract('aaaa'); print(c2)
c2.subtract(z=5, q=1); print(c2)
del c2['nothing']; del c2['q']; print(c2)
x, y = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-1)
print(x + y, x - y, x & y, x | y, +x, -y, +Counter(a=-2), -Counter(a=-2, b=1))
z = Counter(a=2, b=-1); z += Counter(b=1, c=3); print(z)
z -= Counter(a=5); print(z)
z |= Counter(c=1, d=4); print(z)
z &= Counter(c=2, d=9); print(z)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) >= Counter(a=1, b=0), Counter() > Counter())
print(isinstance(c, dict), list(Counter('cba')), Counter('aab').copy(), sum(Counter('hello').values()))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    Counter(a=1) + {'a': 1}
except TypeError as e:
    print('TypeError:', e)
anagram = lambda p, q: Counter(p) == Counter(q)
print(anagram('listen', 'silent'), anagram('abc', 'abd'))
print(Counter({'x': 'non-numeric'}), Counter({'a': 1.5, 'b': 0.5}).most_common())
text = 'it was the best of times it was the worst of times'
print(Counter(text.split()).most_common(3))
