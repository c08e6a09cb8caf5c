# nested comprehensions: transpose a matrix, flatten, cartesian products, an inner comprehension per row
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([x for row in matrix if row[0] > 3 for x in row if x % 2])
print([(a, b) for a in 'ab' for b in 'xyz' if b != 'y'])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([sum(row) for row in matrix], [max(col) for col in zip(*matrix)])
print([[c for c in word] for word in ['hi', 'yo']])
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
