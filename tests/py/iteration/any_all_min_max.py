# any/all short-circuit and return bools; min/max with key and default; sum with a start value
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any('0'), all([[]]))
print(any(iter([0, 0, 3])), all(x % 2 for x in [1, 3, 4, 5]))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), calls)
calls.clear()
print(all(check(x) for x in [3, 4, 1, 5]), calls)
print(max([3, 9, 2]), min('hello'), max('apple', 'pear', key=len), min([[3], [1, 2]], key=len))
print(max([], default=None), min((), default='empty'), max([1, 3, 3.0, 2]), max([(1, 'b'), (1, 'c')]))
print(sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), 100), sum([1, 2], start=10))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
