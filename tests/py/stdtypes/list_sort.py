# list.sort(key=, reverse=): in place, stable, returns None; sorting with tuples, strings and mixed int/float
a = [5, 2, 8, 1, 9, 2]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
words = ['kiwi', 'Banana', 'apple', 'fig', 'Cherry', 'date']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
records = [('x', 3), ('y', 1), ('z', 3), ('w', 1), ('v', 2)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: r[1], reverse=True)
print(records)
nums = [3, 1.5, -2, 0.0, 2, True]
nums.sort()
print(nums)
grid = [[2, 'b'], [1, 'z'], [2, 'a'], [1, 'a']]
grid.sort()
print(grid)
calls = []
def key(x):
    calls.append(x)
    return -x
v = [1, 3, 2]
v.sort(key=key)
print(v, calls)
try:
    [3, 'a', 1].sort()
except TypeError as e:
    print('TypeError:', e)
try:
    v.sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
