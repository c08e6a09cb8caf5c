# iterating over a list: for loops, enumerate, index loops, and building new lists
names = ['ann', 'ben', 'cat']
for n in names:
    print(n, end=' ')
print()
for i, n in enumerate(names):
    print(i, n)
for i in range(len(names) - 1, -1, -1):
    print(names[i], end=' ')
print()
upper = []
for n in names:
    upper.append(n.upper())
print(upper)
total = 0
for row in [[1, 2], [3, 4], [5]]:
    for v in row:
        total += v
print(total)
