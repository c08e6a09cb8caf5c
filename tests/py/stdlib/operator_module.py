# operator: the functions of the operators, itemgetter/attrgetter/methodcaller with reprs, in-place forms, sorting by a field
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2),
      operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_([]), operator.truth('x'), operator.is_(None, None), operator.is_not(1, None), operator.and_(6, 3),
      operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.concat([1], [2]), operator.contains('team', 'ea'), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'),
      operator.index(7), operator.getitem({'k': 'v'}, 'k'), operator.length_hint([1, 2, 3]), operator.call(max, 3, 9))
seq = [1, 2, 3]
operator.setitem(seq, 0, 'z'); operator.delitem(seq, 1)
print(seq, operator.iadd([1], [2]), operator.iadd(1, 2), operator.imul('ab', 2), operator.ior({1}, {2}), operator.isub(10, 4))
print(operator.__add__ is operator.add, operator.__not__(0), reduce(operator.mul, range(1, 7)), list(map(operator.neg, [1, -2])))
rows = [('bob', 25, 'b'), ('amy', 31, 'a'), ('cy', 25, 'c')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)), itemgetter(0)(rows), itemgetter(slice(1, None))('xyz'))
print(itemgetter(1), itemgetter(1, 'a'), itemgetter('k')({'k': 5}), list(map(itemgetter(0), ['ab', 'cd'])))
class Emp:
    def __init__(self, name, boss=None):
        self.name = name
        self.boss = boss
emp = Emp('ann', Emp('zed'))
print(attrgetter('name')(emp), attrgetter('boss.name')(emp), attrgetter('name', 'boss.name')(emp), attrgetter('name'), attrgetter('a.b', 'c'))
print(sorted([Emp('b'), Emp('a')], key=attrgetter('name'))[0].name)
up = methodcaller('upper')
split2 = methodcaller('split', ',', maxsplit=1)
print(up('abc'), split2('a,b,c'), up, split2, methodcaller('count', 'a')('banana'))
for call in (lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1), lambda: methodcaller(),
             lambda: methodcaller(5), lambda: operator.concat(1, 2), lambda: operator.index(2.5), lambda: itemgetter(5)(3)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
for call in (lambda: itemgetter(5)([1]), lambda: operator.indexOf([1], 2)):
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    attrgetter('missing')(emp)
except AttributeError as err:
    print('AttributeError:', err)
