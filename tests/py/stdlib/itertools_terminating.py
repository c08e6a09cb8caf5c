# itertools that stop: accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       groupby, islice, pairwise, starmap, tee, zip_longest)
import operator

print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(accumulate([])), list(accumulate([], initial=0)), list(accumulate('abc')))
print(list(chain('ab', [1, 2], (), range(2))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 3)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
for key, group in groupby('AAAABBBCCDAABBB'):
    print(key, ''.join(group), end=' | ')
print()
people = [('ann', 30), ('bob', 30), ('cy', 25), ('di', 30)]
print([(k, [p for p, _ in g]) for k, g in groupby(people, key=lambda p: p[1])])
print([(k, [p for p, _ in g]) for k, g in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1])])
groups = groupby('aabbc')
first_key, first_group = next(groups)
second_key, second_group = next(groups)
print(first_key, list(first_group), second_key, list(second_group), [k for k, g in groups])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 5, 2)), next(it))
for args in [(-1,), (1, -1), (0, 2, 0), ('x',)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print('ValueError:', e)
print(list(pairwise('ABCD')), list(pairwise([1])), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ['ab', 'cd'])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
x, y, z = tee('ab', 3)
print(list(x), list(y), list(z), tee('a', 0))
try:
    tee('a', -1)
except ValueError as e:
    print('ValueError:', e)
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab')), list(zip_longest()), list(zip_longest([1], [], [2, 3])))
for make in (lambda: zip_longest(1), lambda: starmap(pow, 5), lambda: accumulate(3), lambda: groupby(None), lambda: pairwise(1), lambda: tee(2)):
    try:
        make()
    except TypeError as e:
        print('TypeError at once:', e)
lazy = chain(1)
try:
    next(lazy)
except TypeError as e:
    print('TypeError on next:', e)
