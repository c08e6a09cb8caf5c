# unpacking a non-iterable raises TypeError
a, b = (1, 2)
print(a + b)
a, b = 5
