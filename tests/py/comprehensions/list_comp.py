# list comprehensions: mapping, filtering, conditional expressions, over strings, ranges and dict items
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([c.upper() for c in 'hello' if c != 'l'])
print(['even' if n % 2 == 0 else 'odd' for n in range(4)])
d = {'a': 1, 'b': 2}
print([f'{k}={v}' for k, v in d.items()], [k for k in d], [])
print([(i, j) for i in range(3) for j in range(i)])
words = ['apple', 'Bob', 'civic', 'dad', 'eve']
print([w for w in words if w.lower() == w.lower()[::-1]])
print([len(w) for w in words], sum([len(w) for w in words]))
print([[row * 3 + col for col in range(3)] for row in range(3)])
