# functools.reduce (with and without initial, errors) and partial: application, flattening, keywords, repr, attributes
from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], 'abc', []), reduce(operator.add, [], 'empty'), reduce(operator.add, ['only']))
print(reduce(lambda a, b: b + a, iter('abc')))
for call in (lambda: reduce(operator.add, []),
             lambda: reduce(operator.add, 5),
             lambda: reduce(operator.add, [], 0, 1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

basetwo = partial(int, base=2)
print(basetwo('1010'), basetwo('111', base=10), basetwo)
print(basetwo.func, basetwo.args, basetwo.keywords)
p = partial(max, 4, key=abs)
print(p(-7, 2), p, p.args, p.keywords)
q = partial(p, 10)
print(q(-20), q, q.func is max)
power = partial(pow, 2)
print([power(n) for n in range(6)], partial(pow, exp=3)(2))
def greet(greeting, name, punct='!'):
    return f'{greeting}, {name}{punct}'
hello = partial(greet, 'Hello')
print(hello('Ada'), hello('Bob', punct='?'), hello(name='Cy'))
hello.note = 'has a dict'
print(hello.note, hello.__dict__['note'])
class Counter:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
        return self.n
c = Counter()
add5 = partial(c.add, 5)
print(add5(), add5(), c.n)
class Holder:
    f = partial(greet, 'Hi')        # a partial is not a method: no self
print(Holder().f('there'))
for call in (lambda: partial(), lambda: partial(3)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(sorted(map(partial(operator.mul, 3), [3, 1, 2])))
