# itertools.product, permutations, combinations, combinations_with_replacement: order, counts, r out of range, repeat
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, factorial, perm

print(list(product('ab', [0, 1])), list(product('ab', repeat=2)), list(product()), list(product('ab', [])))
print(len(list(product(range(3), repeat=4))), list(product([1, 2], 'x', [True]))[:2])
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 0)), list(permutations('ab', 5)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('ab', 0)))
for n in range(6):
    for r in range(7):
        assert len(list(permutations(range(n), r))) == (perm(n, r) if r <= n else 0)
        assert len(list(combinations(range(n), r))) == comb(n, r)
        assert len(list(combinations_with_replacement(range(n), r))) == (comb(n + r - 1, r) if n else int(r == 0))
print('counts agree with math.perm and math.comb')
print(sorted(permutations([1, 2, 3])) == list(permutations([1, 2, 3])), list(permutations([3, 1, 2]))[:3])
# the brute force of an interview: all 3-subsets of coins summing to 10
coins = [1, 2, 5, 3, 4, 6]
print([c for c in combinations(coins, 3) if sum(c) == 10])
print(sum(1 for p in product('HT', repeat=5) if p.count('H') == 3))
for call in (lambda: permutations('ab', -1), lambda: combinations('ab', -1), lambda: product('a', repeat=-1)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
try:
    combinations('ab', 'x')
except TypeError as e:
    print('TypeError:', e)
