# list, dict and set comprehensions with several for clauses and several if clauses, in the order they nest
pairs = [(x, y) for x in range(4) for y in range(x) if (x + y) % 2]
print(pairs)
print([c + str(n) for c in 'ab' for n in range(3) if n != 1])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row if v % 2 if v > 2])
print([[row[i] for row in matrix] for i in range(3)])
print({w: len(w) for w in ['one', 'three', 'five'] if 'e' in w})
print({k: v for k, v in zip('abc', range(3)) if v})
print(sorted({x * y for x in range(1, 4) for y in range(1, 4)}))
print({n % 3 for n in range(10)})
words = ['apple', 'bob', 'kayak', 'tree']
print([w for w in words if w == w[::-1]], [(w, i) for i, w in enumerate(words) if i % 2 == 0])
print([x if x > 0 else -x for x in [-2, 1, -3]])
print([(i, j, k) for i in range(2) for j in range(i, 2) for k in range(j, 2)])
flat = [ch for word in ['hi', 'yo'] for ch in word.upper()]
print(flat, sum(len(r) for r in matrix))
print({(x, y): x * y for x in range(2) for y in range(2)})
