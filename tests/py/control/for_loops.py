# for over range, list, string, tuple, dict with else; the loop variable keeps its last value
for i in range(3):
    print('range', i)
for ch in 'abc':
    print('char', ch)
for item in [10, 'x', None]:
    print('item', item)
for k in {'a': 1, 'b': 2}:
    print('key', k)
for x in (1, 2):
    pass
else:
    print('else after full loop, x =', x)
for x in []:
    print('never')
else:
    print('else after empty loop')
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for i in range(5):
    if i == 3:
        break
print('i after break', i)
items = [1, 2, 3]
for i in items:
    if i == 1:
        items.append(4)
print(items)
